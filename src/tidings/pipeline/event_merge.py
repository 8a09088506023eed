"""One real event, one record: mentions of the same act in one article fold into one event.

Same CAMEO root, same date and the same actor countries (or a subset of them) within one section
group make one event; further mentions are kept in ``Event.mentions``; a generic code gives way to
a specific one."""

from __future__ import annotations

from typing import Any

from ..knowledge.cameo import code_info
from ..model import ActorRef, Event, Mention
from .event_modality import under_denial

#: Mediation: between two other parties, never the mediator's own country, and directed
#: (a mediator and a party it mediates for are two sides).
MEDIATION = frozenset({"045", "046"})
#: Acts two parties do together, reported from either side ("Putin met Xi", "Xi held talks
#: with Putin"): one event whichever side is the source.
_SYMMETRIC_ROOTS = frozenset({"04", "05", "06"})
#: Verbal acts: each named speaker's words are an act of their own ("Obama took a shot at
#: Trump. Biden also slammed Trump.": two criticisms), unless one mention names them together.
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})
#: What may come, as a speaker foresees it ("warned that the fighting could spread").
_MAYBE = frozenset({"could", "might", "may"})
#: The name of a party of the home country that the story does not name.
UNNAMED = "unnamed party in "


def _countries(ev: Event) -> frozenset[str]:
    return frozenset(a.country for a in ev.sources + ev.targets if a.country)


def merge(events: list[Event], speakers: frozenset[str] = frozenset()) -> list[Event]:
    """One real event, one record: fold mentions with the same root, date and actor countries
    (or a subset of them) in the same story into the first record. Where every party is of one
    country, the country says nothing of which event it is: the mentions must share a party
    ("Manafort was sentenced" and "Judge Jackson sentenced Manafort", not two sentencings).
    ``speakers``: the entities that are people or bodies, each of whose words is its own act."""
    out: list[Event] = []
    for ev in events:
        host = next((kept for kept in out if _same_event(kept, ev, speakers)), None)
        if host is None:
            out.append(ev)
            continue
        host.mentions.append(Mention(ev.section, ev.start, ev.end, ev.sentence))
        if _generic(host.code) and not _generic(ev.code):
            # "met ... and visited the Western Wall": the record takes the kind that says more
            info = code_info(ev.code)
            host.code, host.label, host.plover = info.code, info.label, ev.plover
            host.goldstein, host.quad_class = info.goldstein, info.quad_class
        target_countries = {a.country for a in host.targets}
        source_countries = {a.country for a in host.sources}
        src_keys = {key(a) for a in host.sources}
        tgt_keys = {key(a) for a in host.targets}
        both = ({a.country for a in ev.sources} & {a.country for a in ev.targets}) - {None}
        for a in ev.sources + ev.targets:
            # A party keeps the side it has in the record; a new one goes to the side of its
            # country ("Xi held talks with Putin" after "Putin met Xi"), else keeps its own
            # (always when its own mention has that country on both sides).
            if key(a) in tgt_keys or (key(a) not in src_keys and (
                    (a not in ev.sources) if a.country in both else (
                        a.country in target_countries - source_countries or (
                            a.country not in source_countries - target_countries
                            and a not in ev.sources)))):
                host.targets.append(a)
            else:
                host.sources.append(a)
        host.sources = _drop_bare(dedupe(host.sources))
        keys = {k for a in host.sources for k in (key(a), a.name.lower())}
        host.targets = [t for t in dedupe(host.targets)
                        if key(t) not in keys and t.name.lower() not in keys]
        host.targets = _drop_bare(host.targets)
        host.implied_targets = [] if any(a.country for a in host.targets) else (
            host.implied_targets or ev.implied_targets)
        if host.place is None:
            host.place = ev.place
        host.confidence = round(min(0.95, max(host.confidence, ev.confidence) + 0.05), 2)
    return out


def words_over_deed(head: Any, modality: str) -> bool:
    """An act that a speaker's words deny or foresee ("denied that it had sold arms to Iran",
    "warned that the fighting could spread to Chad"): the words are the sentence's news and
    outrank the act, which did not happen as far as the sentence says."""
    if modality == "negated" and under_denial(head):
        return True
    # a noun's act is as real as the verb it is the subject or object of
    clause = _clause_of(head, ("nsubj", "nsubjpass", "csubj", "dobj"))
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return False
    # not "said they would blockade Paris": a reported intention is the news
    return modality == "hypothetical" or any(
        c.dep_ == "aux" and c.lower_ in _MAYBE for c in clause.children)


def background(head: Any) -> bool:
    """An act told in an adverbial clause ("Since Hamas took control of Gaza, Israel has
    blockaded it", "Rallying a crowd, he protested the rules"): the setting of the main
    clause's act, which is the news even when it names fewer parties."""
    clause = _clause_of(head, ("nsubj", "nsubjpass", "csubj", "dobj", "pobj"))
    return clause.dep_ == "advcl" and clause.head.i != clause.i


def _clause_of(head: Any, argument_deps: tuple[str, ...]) -> Any:
    """The clause an act's word stands in: the verb a noun is an argument of (by
    ``argument_deps``), up through conjoined verbs and open complements."""
    clause = head.head if head.dep_ in argument_deps else head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _generic(code: str) -> bool:
    """A root's catch-all code ("040", "170"), which any of its kinds may refine."""
    return len(code) == 3 and code.endswith("0")


def _same_event(kept: Event, ev: Event, speakers: frozenset[str]) -> bool:
    if kept.root != ev.root or kept.date != ev.date or kept.modality != ev.modality:
        return False
    if kept.code[:3] != ev.code[:3] and not (_generic(kept.code) or _generic(ev.code)):
        return False  # an arrest and a confiscation are two acts of coercion
    if section_group(kept.section) != section_group(ev.section):
        return False
    ks, cs = _countries(kept), _countries(ev)
    if not (cs and ks and (cs <= ks or ks <= cs)):
        return False
    own_k = {a.country for a in kept.sources if a.country}
    own_e = {a.country for a in ev.sources if a.country}
    if own_k and own_e and not own_k & own_e and kept.root not in _SYMMETRIC_ROOTS:
        return False  # Syria's promise and China's pledge to Syria are two acts
    if (kept.root not in _SYMMETRIC_ROOTS or kept.code[:3] in MEDIATION) and (
            {key(a) for a in kept.sources} & {key(a) for a in ev.targets}
            or {key(a) for a in kept.targets} & {key(a) for a in ev.sources}):
        return False  # "Biden criticised Trump", "Trump criticised Biden": two acts
    if kept.root in _VERBAL_ROOTS and _other_speakers(kept, ev, speakers):
        return False
    if len(cs | ks) > 1 and cs == ks:
        return True
    if kept.section == ev.section and kept.sentence == ev.sentence:
        return True  # "US drone strike kills Iranian general": the noun and the verb, one act
    # Otherwise the mentions must share a party: a record that has gathered many countries
    # would swallow every act of the same kind in the story.
    # An unnamed party of a country is no one in particular: two critics, not one.
    return bool({_party(a) for a in kept.sources + kept.targets if not _unnamed(a)}
                & {_party(a) for a in ev.sources + ev.targets if not _unnamed(a)})


def _other_speakers(kept: Event, ev: Event, speakers: frozenset[str]) -> bool:
    """Both mentions name who spoke, and no one of them is the same: two acts."""
    def named(e: Event) -> set[str]:
        return {_party(a) for a in e.sources
                if a.entity in speakers}
    mine, theirs = named(kept), named(ev)
    return bool(mine and theirs and not mine & theirs)


def _party(a: ActorRef) -> str:
    """Who a party is: an entity, or its words ("six people" and "1,200 people" are two)."""
    return a.entity or a.name.lower() + "|" + (a.country or "")


def section_group(section: str) -> str:
    return section if section.startswith("related:") else "main"


def key(a: ActorRef) -> str:
    return a.entity or a.actor_code or (a.name.lower() + "|" + (a.country or ""))


def dedupe(actors: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    out = []
    for a in actors:
        keys = {key(a), a.name.lower() + "|" + (a.country or "")}
        if not keys & seen:
            seen |= keys
            out.append(a)
    return out


def _drop_bare(actors: list[ActorRef]) -> list[ActorRef]:
    """Leave out a bare country ("China") where a named actor of that country is present."""
    named = {a.country for a in actors if a.actor_code != a.country or a.entity}
    return [a for a in actors if not (a.country in named and a.actor_code == a.country
                                      and not a.entity)]


def _unnamed(a: ActorRef) -> bool:
    return a.name.startswith(UNNAMED) and not a.entity


