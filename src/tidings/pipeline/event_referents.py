"""What a pronoun object stands for, for the lexicon's object words: "the two countries
drafted a peace treaty, and Armenia signed it" signs the treaty; "the US imposed sanctions on
Venezuela, and Biden eased them" eases the sanctions; "the report was published on Monday.
Canada welcomed it." welcomes the report."""

from __future__ import annotations

from typing import Any

from ..knowledge.event_lexicon import SPECIAL_OBJECTS, Pattern
from .event_actors import ActorFinder
from .event_lemmas import lemma as _lemma
from .event_parse import object_words, particle_objects

#: Where the thing a later "it" takes up stands: an argument of a verb, or one conjoined.
_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "attr", "conj", "appos")


def referent(pron: Any) -> Any | None:
    """The noun an object "it" or "them" takes up: the nearest argument noun of its number
    before it in its sentence, else the last one of the sentence before. Only one is tried: a
    pattern's words must then fit that noun, so a wrong guess mostly finds nothing."""
    plural = {"it": False, "them": True}.get(pron.lower_)
    if plural is None or pron.dep_ not in ("dobj", "nsubjpass"):
        return None
    sent = pron.sent
    before = [t for t in sent if t.i < pron.i and _argument(t, plural)]
    if before:
        return before[-1]
    if any(t.pos_ in ("NOUN", "PROPN") for t in sent if t.i < pron.i and t.dep_ in (
            "nsubj", "nsubjpass") and t.head.i == pron.head.i) and sent.start > 0:
        prev = pron.doc[sent.start - 1].sent
        last = [t for t in prev if _argument(t, plural)]
        return last[-1] if last else None
    return None


def referent_words(heads: list[Any]) -> set[str]:
    """The words of what the "it" and "them" objects among ``heads`` stand for: the noun and its
    compounds and modifiers ("a peace treaty", "the sanctions package")."""
    words: set[str] = set()
    for h in heads:
        ref = referent(h)
        if ref is not None:
            words |= {_lemma(ref), ref.lower_} | {
                _lemma(c) for c in ref.children if c.dep_ in ("compound", "amod")}
    return words


def done_to_head(verb: Any, pats: tuple[Pattern, ...], finder: ActorFinder) -> bool:
    """"the sanctions imposed by the EU on Russian banks", "the curfew lifted by France": a
    passive participle with a doer of some country, qualifying a noun that one of the verb's
    patterns names by its words. The noun is what the act is done to (a bare "*" object would
    take any noun: "an area occupied by the Roman army"; "a lawsuit filed by customers" is
    no state's act)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN"
            and any(not p.particle and p.objects - SPECIAL_OBJECTS
                    and object_words(verb, [verb.head]) & p.objects for p in pats)
            and any(f.actor is not None and f.actor.country
                    for c in verb.children if c.dep_ == "agent"
                    for g in particle_objects(c) for f in finder.find(g)))


def _argument(tok: Any, plural: bool) -> bool:
    return tok.pos_ == "NOUN" and (tok.tag_ == "NNS") == plural and tok.dep_ in _ARGUMENTS and (
        tok.dep_ != "conj" or tok.head.pos_ == "NOUN")
