"""Texts that speak for whoever put them out.

"The ministry issued a statement that condemned the strike", "Amnesty published a report which
accused Russia of torture", "the president signed a decree that imposes sanctions": the act of
the relative clause is done by the one who issued the text, not by the text. Only texts that
are issued (not ones backed, vetoed or received: "the US would back a resolution that calls for
a ceasefire" is not the US calling) pass their act on.
"""

from __future__ import annotations

from typing import Any

from .event_lemmas import lemma as _lemma

#: Texts that carry their author's words or orders.
_TEXTS = frozenset({
    "statement", "report", "memo", "memorandum", "letter", "declaration", "communique",
    "communiqué", "note", "decree", "order", "notice", "message", "post", "tweet", "document",
    "ruling", "verdict", "judgment", "judgement", "directive", "resolution", "law", "bill",
    "ordinance", "filing", "lawsuit", "complaint", "petition", "editorial", "op-ed",
    "announcement", "proclamation", "edict", "circular", "dossier", "study", "paper",
})
#: Verbs by which an author puts a text out.
_ISSUING = frozenset({
    "issue", "release", "publish", "circulate", "send", "sign", "adopt", "pass", "post",
    "deliver", "write", "pen", "file", "enact", "hand", "submit", "distribute", "put",
})


def issuer_verb(noun: Any) -> Any | None:
    """The verb by which the text ``noun`` was put out ("issued a statement that ..."), when
    the text is that verb's object; None otherwise."""
    if _lemma(noun) not in _TEXTS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or _lemma(verb) not in _ISSUING:
        return None
    if _lemma(verb) == "put" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                         for c in verb.children):
        return None  # "put out a statement", not "put a bill to a vote"
    return verb


#: Texts named by their kind with "of": "a note of protest", "a message of congratulation".
_KIND_OF = frozenset({"note", "letter", "message", "telegram", "cable", "statement"})


def kind_of(noun: Any) -> set[str]:
    """"a note of protest" is a protest note: the bare noun after "of" that says what kind of
    text ``noun`` is, as a modifier would ("the note of the ministry" names no kind)."""
    if _lemma(noun) not in _KIND_OF:
        return set()
    return {_lemma(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.tag_ == "NN" and not any(
                d.dep_ in ("det", "poss") for d in g.children)}
