"""The NLP stage: spaCy over the title, the body and each related headline as separate texts.

Headlines in Title Case are re-cased first (see :mod:`tidings.casing`), so the Doc of a headline
may differ from its section text in letter case only; spans and offsets hold for both. Later
stages read ``article.docs[section]`` and take surface text from ``article.section_text``. An
editor's brackets inside quotes are parsed as spaces (same offsets).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import spacy_model
from ..casing import Vocabulary, body_proper_words, recase_headline
from ..model import Article
from .registry import stage

#: An editor's words or cut inside a quote: "Congratulations to [Bill de Blasio]", "[has]",
#: "[...]". A whole word or more, never part of one ("friend[s]") nor a note number ("[1]").
_EDITORIAL = re.compile(r"(?<![\w\[])\[([A-Za-z][\w'’ .-]{0,40}|\.\.\.|…)\](?![\w\]])")

#: Texts longer than this are parsed in pieces no longer than it (spaCy's own limit is 1,000,000).
MAX_CHARS = 200_000


def _proper_words() -> Callable[[str], bool]:
    from ..knowledge import proper_name_words

    known = proper_name_words()
    return lambda word: word in known


class NlpStage:
    def __init__(self) -> None:
        self.nlp = spacy_model.load()
        self.vocab = Vocabulary.from_nlp(self.nlp)
        self.known = _proper_words()
        from ..knowledge.event_lexicon import lexicon

        self.event_verbs = frozenset(lexicon().verbs)
        self.past: dict[str, list[str]] = dict(self.nlp.get_pipe("lemmatizer").lookups.get_table(
            "lemma_exc")["verb"])

    def texts_for(self, article: Article) -> list[tuple[str, str]]:
        from_body = body_proper_words(article.body)

        def is_proper(word: str) -> bool:
            return word in from_body or self.known(word)

        out = []
        for section, text in article.sections():
            if section != "body":
                text = recase_headline(text, self.vocab, is_proper)
            elif _headline_alone(text):
                # a body that is one headline ("US Strikes Iran-Backed Militias"): its own
                # capitals say nothing of which words are names
                text = recase_headline(text, self.vocab, self.known)
            out.append((section, plural_possessives(unbracket(text[:MAX_CHARS]))))
        return out

    def __call__(self, article: Article) -> Article:
        pairs = self.texts_for(article)
        docs = list(self.nlp.pipe([t for _, t in pairs], batch_size=64))
        # a body that is one headline is read as a headline
        alone = _headline_alone(article.body)
        article.docs = {section: self._verbs_read(
            doc if section == "body" and not alone else self._headline_read(self._clauses(doc)))
                        for (section, _), doc in zip(pairs, docs, strict=True)}
        return article

    def _verbs_read(self, doc: Any) -> Any:
        """A sentence whose event verb, a form English uses only as a verb, the parser took
        for an adjective or a noun ("expelled the ambassador and froze relations with Madrid",
        "Lawyers for the firm allege in a lawsuit that ...") is parsed again with a plain
        verb of that form in its place ("cut", "say"), and that parse is kept for it."""
        fixes = [(tok, lemma) for tok in doc if tok.pos_ in ("ADJ", "NOUN")
                 and (lemma := self._only_verb(tok)) is not None]
        if not fixes:
            return doc
        attrs, kept = _reparse_attrs()
        rows = doc.to_array(attrs + kept)
        changed = False
        for tok, lemma in fixes:
            sent = tok.sent
            again = self._parsed_with(sent, tok.i, _STAND_INS[tok.lower_ == lemma])
            if again is None:
                continue
            new = again[tok.i - sent.start]
            if new.pos_ != "VERB" or not (new.dep_ in ("ROOT", "conj") and any(
                    c.dep_ in ("nsubj", "dobj", "ccomp") for c in new.children)):
                continue
            _splice(rows, attrs, sent, again)
            rows[tok.i, len(attrs)] = self.nlp.vocab.strings.add(lemma)
            changed = True
        return _rebuilt(doc, attrs + kept, rows) if changed else doc

    def _parsed_with(self, sent: Any, at: int, stand_in: str) -> Any | None:
        """``sent`` parsed again (without names) with ``stand_in`` for its word at ``at``; None
        when the parser then splits any other word differently."""
        tok = sent.doc[at]
        text = sent.text[:tok.idx - sent.start_char] + stand_in \
            + sent.text[tok.idx - sent.start_char + len(tok.text):]
        again = self.nlp(text, disable=["ner"])
        if len(again) != len(sent) or any(
                a.text != b.text for a, b in zip(again, sent, strict=True) if b.i != at):
            return None
        return again

    def _only_verb(self, tok: Any) -> str | None:
        """The event verb a word is a form of, when English has it as no noun or adjective."""
        low = tok.lower_
        if not low.isalpha() or len(low) < 4 or low.endswith("ing") or (
                low in self.vocab.nouns or low in self.vocab.adjectives):
            return None
        lemma = self.past[low][0] if low in self.past else (
            low if low in self.vocab.verbs else None)
        return lemma if lemma is not None and lemma in self.event_verbs else None

    def _headline_read(self, doc: Any) -> Any:
        """A headline the parser gave no verb to act ("Niger junta expels French ambassador",
        "Amendment bars Trump from ballot", "Trump pressured Ukraine to ...": the verb read as a
        noun or a modifier; "Tokayev To Meet Xi": the name read as the verb; "China summons
        Japanese ambassador": the object read as an adverb) is parsed again with a stand-in
        word the parser reads well in that place, and that parse is kept when it then has a
        subject and the verb heads the clause."""
        sent = next(doc.sents, None)
        if sent is None or len(sent) < 3:
            return doc
        root = sent.root
        tries: list[tuple[int, list[str], str | None]] = []
        for tok in sent:
            nxt = doc[tok.i + 1] if tok.i + 2 < sent.end else None
            if nxt is not None and nxt.lower_ == "to" and doc[tok.i + 2].tag_ == "VB" and (
                    tok.text[:1].isupper() and tok.pos_ in ("VERB", "NOUN", "PROPN")
                    and tok.dep_ != "nsubj" and doc[tok.i + 2].dep_ != "ROOT"):
                tries.append((tok.i, ["Russia"], None))  # "Tokayev To Meet Xi Jinping"
        if root.pos_ != "VERB":
            # not after a verb the parse has ("Suspect arrested in alleged theft")
            first = next((t.i for t in sent if t.pos_ == "VERB"), sent.end)
            for tok in doc[sent.start:first]:
                lemma, form = self._verb_form(tok)
                if lemma is not None and tok.i > sent.start and tok.pos_ in ("NOUN", "ADJ") and (
                        form != "base" or doc[tok.i - 1].tag_ in ("NNS", "NNPS")):
                    # a base form only after a plural it agrees with ("guards fire on")
                    tries.append((tok.i, _HEADLINE_STAND_INS[form], lemma))
            tries.sort(key=lambda t: t[1] == _HEADLINE_STAND_INS["base"])
        elif any(c.dep_ == "npadvmod" and c.i > root.i for c in root.children) and not any(
                c.dep_ == "dobj" for c in root.children):
            lemma, form = self._verb_form(root)
            if lemma is not None:
                tries.append((root.i, _HEADLINE_STAND_INS[form], lemma))
        for at, stand_ins, lemma in tries:
            for stand_in in stand_ins:
                out = self._reparse(doc, sent, at, stand_in, lemma)
                if out is not None:
                    return out
        return doc

    def _verb_form(self, tok: Any) -> tuple[str | None, str]:
        """The event verb a headline word is a form of, and the form: "s", "ed" or "base"."""
        low = tok.lower_
        if not low.isalpha() or len(low) < 3:
            return None, ""
        if low in self.past and low.endswith(("ed", "d", "t")) and low != self.past[low][0]:
            lemma, form = self.past[low][0], "ed"
        elif low.endswith("ed") and (low[:-1] in self.vocab.verbs or low[:-2] in self.vocab.verbs):
            lemma, form = (low[:-1] if low[:-1] in self.vocab.verbs else low[:-2]), "ed"
        elif low.endswith("s") and not low.endswith("ss") and (
                low[:-1] in self.vocab.verbs or (low.endswith("es") and low[:-2] in self.vocab.verbs)):
            lemma, form = (low[:-1] if low[:-1] in self.vocab.verbs else low[:-2]), "s"
        elif low in self.vocab.verbs:
            lemma, form = low, "base"
        else:
            return None, ""
        return (lemma, form) if lemma in self.event_verbs else (None, "")

    def _reparse(self, doc: Any, sent: Any, at: int, stand_in: str, lemma: str | None) -> Any:
        """The doc with ``sent`` parsed again with ``stand_in`` for the word at ``at``, when
        the word then is the subject of the clause's verb (a name) or the verb that heads the
        clause with a subject and an object or a preposition (a verb); else None."""
        again = self._parsed_with(sent, at, stand_in)
        if again is None:
            return None
        new = again[at - sent.start]
        kids = {c.dep_ for c in new.children}
        if lemma is None:
            if new.dep_ != "nsubj" or new.head.dep_ != "ROOT" or new.head.pos_ != "VERB":
                return None
        elif new.pos_ != "VERB" or new.dep_ != "ROOT" or "nsubj" not in kids or not (
                kids & {"dobj", "xcomp", "ccomp"} or ("prep" in kids and any(
                    c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNP", "NNPS") and not any(
                        g.dep_ == "poss" for g in c.children) for c in new.children))):
            # with no object, only people or a name act ("guards fire on"; not "X's Dream
            # Lands in Los Angeles")
            return None
        from spacy.attrs import POS, TAG

        attrs, kept = _reparse_attrs()
        rows = doc.to_array(attrs + kept)
        _splice(rows, attrs, sent, again)
        if lemma is not None:
            rows[at, len(attrs)] = self.nlp.vocab.strings.add(lemma)
        else:
            rows[at, attrs.index(POS)] = doc.vocab.strings.add("PROPN")
            rows[at, attrs.index(TAG)] = doc.vocab.strings.add("NNP")
        return _rebuilt(doc, attrs + kept, rows)

    def _clauses(self, doc: Any) -> Any:
        """A headline of two clauses ("Kurds announce deal with Assad; Turkey invades Syria",
        "X announces deal as Turkey invades Y") whose whole parse loses the second clause: each
        side parsed alone, kept when each then has a verb of its own (after "as", one with a
        named subject: "as protests spread" is a circumstance)."""
        from spacy.tokens import Doc

        for tok in doc[2:-2]:
            after_as = doc[tok.i - 1].lower_ == "as"
            if (doc[tok.i - 1].text != ";" and not after_as) or not _clauses_lost(doc, tok.i):
                continue
            left, right = (self.nlp(doc.text[:tok.idx]), self.nlp(doc.text[tok.idx:]))
            lroot, rroot = next(left.sents).root, next(right.sents).root
            if lroot.pos_ != "VERB" or rroot.pos_ != "VERB" or (after_as and not any(
                    c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_)
                    for c in rroot.children)):
                continue
            joined = Doc.from_docs([left, right], ensure_whitespace=False)
            if joined.text == doc.text and len(joined) == len(doc):
                return joined
        return doc


def _clauses_lost(doc: Any, at: int) -> bool:
    """The whole parse does not give the clause from ``at`` a verb of its own that heads it."""
    right = [t for t in doc[at:] if t.pos_ == "VERB"]
    return not right or not any(t.dep_ in ("advcl", "ROOT", "conj", "parataxis") and (
        t.head.i < at or t.dep_ == "ROOT") for t in right)


def _headline_alone(text: str) -> bool:
    """A body of one line with no closing stop, short as a headline."""
    text = text.strip()
    return 0 < len(text) <= 160 and "\n" not in text and not text.endswith(
        (".", "!", "?", '"', "”", "’", "'", ":"))


#: Verbs the parser reads as verbs wherever they stand, by form: a past (or participle), a base.
_STAND_INS = {False: "cut", True: "say"}

#: Headline stand-ins by the form of the verb they stand for, tried in turn.
_HEADLINE_STAND_INS = {"s": ["keeps", "helps"], "ed": ["urged", "helped"], "base": ["help"]}

#: A curly apostrophe after a plural or a name in -s, before a word: "the Houthis’ arsenal".
_S_APOSTROPHE = re.compile(r"(?<=[A-Za-z]s)’(?= \w)")


def plural_possessives(text: str) -> str:
    """The text with a curly apostrophe that marks a plural possessive ("the rebels’ weapons",
    "Hamas’ rockets") written straight, which the parser reads as a possessive, not as a
    closing quote; one that closes a quote opened with "‘" stays (same length)."""
    def straight(m: re.Match[str]) -> str:
        opened = text.rfind("‘", max(0, m.start() - 300), m.start())
        if opened >= 0 and not re.search(r"’(?!\w)", text[opened:m.start()]):
            return m.group(0)  # "‘They are all liars’ he said": the quote's close
        return "'"
    return _S_APOSTROPHE.sub(straight, text)


def unbracket(text: str) -> str:
    """The text with editorial brackets read as spaces, so the parse sees the quote's words
    as written around them; offsets and length stay those of the section text."""
    return _EDITORIAL.sub(lambda m: " " + m.group(1) + " ", text)


@stage("nlp", assigns=("docs",))
def make_nlp() -> Callable[[Article], Article]:
    return NlpStage()


def _reparse_attrs() -> tuple[list[int | str], list[int | str]]:
    """The token attributes a re-parse replaces (the parse and tags) and those it keeps from
    the whole text's parse (the lemma, and the names found in the whole text)."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    return [HEAD, DEP, POS, TAG, MORPH, SENT_START], [LEMMA, ENT_IOB, ENT_TYPE]


def _splice(rows: Any, attrs: list[int | str], sent: Any, again: Any) -> None:
    """Put the re-parse ``again`` of ``sent`` into the document's attribute ``rows``."""
    from spacy.attrs import SENT_START

    part = again.to_array(attrs)
    part[0, attrs.index(SENT_START)] = 1
    rows[sent.start:sent.end, :len(attrs)] = part


def _rebuilt(doc: Any, attrs: list[int | str], rows: Any) -> Any:
    """A new document of ``doc``'s words with ``rows`` for ``attrs``, keeping the norms."""
    from spacy.tokens import Doc

    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(attrs, rows)
    for a, b in zip(out, doc, strict=True):
        a.norm_ = b.norm_
    return out
