"""Read headline case as headline case: a Title Case headline is re-cased before NER.

spaCy's small English model tags capitalised words as names, so "Xi Strengthen" or "Signs Law"
come out as PERSON when a headline capitalises every word. Here each capitalised word of a headline
is lowered when it is a common English word (a verb, adjective, adverb, function word or common
noun in the lemmatizer's WordNet index) and not a known proper name (the knowledge base, plus any
word the article's body capitalises mid-sentence). Only letter case changes, so every character
offset found in the re-cased text holds for the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)
#: Head nouns that close an organisation's name ("Tengri Engineering", "Kaspi Bank").
_ORG_HEADS = frozenset({
    "engineering", "bank", "group", "company", "corporation", "corp", "holding", "holdings",
    "airlines", "airways", "university", "institute", "foundation", "party", "council", "fund",
    "agency", "service", "services", "ministry", "committee", "commission", "court", "plant",
    "factory", "mining", "energy", "oil", "gas", "motors", "telecom", "media", "news", "times",
    "post", "railways", "technologies", "industries", "partners", "capital", "trust", "club",
})
#: Prepositions and conjunctions that spaCy's stop list lacks but headlines capitalise.
_FUNCTION = frozenset({"amid", "amidst", "despite", "toward", "towards", "via", "versus", "vs",
                       "upon", "onto", "ahead", "inside", "outside", "near", "unlike", "till"})
#: Particles a headline capitalises that the base also holds as names ("To", "Of"): always lowered.
_PARTICLES = frozenset({"to", "of", "in", "on", "at", "for", "with", "from", "into", "over", "and"})
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""),
             ("ed", "e"), ("s", ""), ("d", ""))


class Vocabulary:
    """Common English words by part of speech, from the lemmatizer's WordNet index."""

    def __init__(self, nouns: Iterable[str], verbs: Iterable[str], adjectives: Iterable[str],
                 adverbs: Iterable[str]) -> None:
        self.nouns = frozenset(nouns)
        self.verbs = frozenset(verbs)
        self.adjectives = frozenset(adjectives)
        self.other = frozenset(verbs) | frozenset(adjectives) | frozenset(adverbs)

    @classmethod
    def from_nlp(cls, nlp: object) -> Vocabulary:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return cls(table["noun"], table["verb"], table["adj"], table["adv"])

    def _forms(self, word: str) -> list[str]:
        forms = [word]
        for suffix, repl in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                forms.append(word[: -len(suffix)] + repl)
        for suffix in ("ed", "ing"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 4 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # dragged -> drag, planning -> plan
        if word.endswith(("'s", "’s")):
            forms.append(word[:-2])
        return forms

    def kind(self, word: str) -> str | None:
        """``"function"``, ``"common"`` (verb/adj/adv), ``"noun"`` or None for an unknown word."""
        low = word.lower()
        if low in STOP_WORDS or low in _FUNCTION:
            return "function"
        forms = self._forms(low)
        if any(f in self.other for f in forms):
            return "common"
        if any(f in self.nouns for f in forms):
            return "noun"
        return None


def is_headline_case(text: str) -> bool:
    """True when most content words of a short text start with a capital (Title Case)."""
    words = [w for w in _WORD.findall(text) if w.lower() not in STOP_WORDS or len(w) > 3]
    if len(words) < 3 or len(text) > 300:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def recase_headline(
    text: str, vocab: Vocabulary, is_proper: Callable[[str], bool]
) -> str:
    """Lower the capitals of common words in a Title Case headline; the length never changes."""
    if not is_headline_case(text):
        return text
    out = list(text)
    clause_start = True
    after_unknown = False  # the previous word was an unknown capitalised word: a name goes on
    for m in _WORD.finditer(text):
        word = m.group()
        starts = clause_start
        prev = text[: m.start()].rstrip()
        clause_start = False
        follows_unknown, after_unknown = after_unknown, False
        if not word[0].isupper():
            continue
        if starts or (prev and prev[-1] in ":;—–?!"):
            after_unknown = vocab.kind(word) is None
            continue
        if len(word) > 1 and word[1:].lower() != word[1:]:
            continue  # ALLCAPS or CamelCase: an acronym or a brand, keep
        bare = re.sub(r"['’]s?$", "", word)  # "Sweden's", "Hamas'": the name they own
        parts = re.split(r"[-‐]", bare)
        if word.lower() not in _PARTICLES and (
                any(is_proper(p) for p in parts) or is_proper(word) or is_proper(bare)):
            continue
        kind = vocab.kind(word)
        if kind is None:
            after_unknown = True
            continue
        if kind == "noun" and _before_unknown_name(text, m.end(), vocab, is_proper):
            continue  # "Marat Zhylanbayev": a given name that is also a word, before a surname
        if (len(word) <= 2 and kind != "function") or (
            follows_unknown and word.lower() in _ORG_HEADS
        ):
            continue  # "Tengri Engineering", "Kaspi Bank": a common noun closing a name
        lowered = word[0].lower()
        if len(lowered) == 1:
            out[m.start()] = lowered
    return "".join(out)


def _before_unknown_name(text: str, end: int, vocab: Vocabulary,
                         is_proper: Callable[[str], bool]) -> bool:
    """True when the next word is capitalised, no English word and no known name (a surname
    the base does not hold)."""
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None:
        return False
    nxt = m.group()
    return nxt[0].isupper() and nxt[1:].lower() == nxt[1:] and vocab.kind(nxt) is None \
        and not is_proper(nxt)


def body_proper_words(body: str) -> set[str]:
    """Words the body capitalises where a sentence does not start: names, by the text's own case."""
    found: set[str] = set()
    for m in _WORD.finditer(body):
        word = m.group()
        if not word[0].isupper():
            continue
        before = body[max(0, m.start() - 3) : m.start()]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“”‘’'«»:\n":
            continue
        found.add(word)
    return found
