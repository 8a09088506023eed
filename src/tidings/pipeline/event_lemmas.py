"""Lemmas for the event coders: spaCy's, lower-cased and mended where the small English model
gets a word that matters to event coding wrong."""

from __future__ import annotations

from typing import Any

#: Lemmas the small English model gets wrong for verbs that matter here.
_FIXES = {"stag": "stage", "shorte": "shorten", "ree": "reel", "forgave": "forgive",
          "fin": "fine", "teargasse": "teargas", "deregistere": "deregister",
          "unbane": "unban", "unbanne": "unban", "scapegoate": "scapegoat",
          "waterboarde": "waterboard", "audits": "audit", "retook": "retake",
          "firefighte": "firefight"}
#: Forms whose wrong lemma is itself a word ("raped" read as "rap", "waged" as "wag"): mended
#: by the form, so that "rapped" and "wagged" keep theirs.
_FORM_FIXES = {
    **dict.fromkeys(("raped", "rapes", "raping"), "rape"),
    **dict.fromkeys(("waged", "wages", "waging"), "wage"),
    **dict.fromkeys(("sniped", "snipes", "sniping"), "snipe"),
    **dict.fromkeys(("raged", "rages", "raging"), "rage"),
    # "hopes to sign": the model reads every verb form of "hope" as "hop" ("hops", "hopped").
    **dict.fromkeys(("hope", "hoped", "hopes", "hoping"), "hope"),
}


#: Where a parsed document keeps its tokens' mended lemmas: the coders ask for the same token's
#: lemma dozens of times (each rule of each coder), so they are worked out once per document.
_CACHE = "tidings_event_lemmas"


def lemma(tok: Any) -> str:
    """A token's lower-cased lemma, mended where the small English model gets it wrong."""
    doc = tok.doc
    known = doc.user_data.get(_CACHE)
    if known is None or len(known) != len(doc):
        known = doc.user_data[_CACHE] = [_mended(t) for t in doc]
    return str(known[tok.i])


def _mended(tok: Any) -> str:
    out = str(tok.lemma_).lower()
    if misread_plural(tok):
        out = out[:-1]
    if tok.pos_ == "VERB" and tok.lower_ in _FORM_FIXES:
        return _FORM_FIXES[tok.lower_]
    if out == "fire" and _hyphened(tok, "cease"):
        return "ceasefire"  # "a cease-fire", split by the tokenizer into three tokens
    return _FIXES.get(out, out)


def _hyphened(tok: Any, first: str) -> bool:
    """True when ``tok`` ends a hyphenated word whose first part is ``first``."""
    i = tok.i
    return i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].lower_ == first


def misread_plural(tok: Any) -> bool:
    """"Tributes were paid by ...": a sentence-initial plural the parser read as a name keeps
    its "s" in the lemma (and is often taken for a place)."""
    lemma = str(tok.lemma_).lower()
    return (tok.tag_ == "NNPS" and tok.i == tok.sent.start and lemma == tok.lower_
            and lemma.endswith("s") and not lemma.endswith("ss"))
