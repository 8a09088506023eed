"""The events stage: every sentence and headline that reports an interaction becomes an event.

Per section (title, body, each related headline) and sentence, :class:`SentenceCoder` finds the
CAMEO-coded mentions; this stage gives each its actors (anaphors such as "they" or "the leaders"
take the actors of the event before), modality, date, place and confidence, and folds mentions of
one real event into one record: same CAMEO root, same date, and the same actor countries (or a
subset of them) within one article; further mentions are kept in ``Event.mentions``.

Related headlines are separate stories: they never share actors, dates or records with the body.
Precision comes first: a mention with no actor of known country or code is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..knowledge import get_kb
from ..knowledge.cameo import CodeInfo, code_info
from ..knowledge.event_lexicon import lexicon
from ..knowledge.resolve import ActorResolver
from ..model import ActorRef, Article, Event, PlaceRef
from .event_actors import PRONOUNS, ActorFinder, Found, accident, airborne, soldiers_abroad
from .event_clauses import (
    abstract_subject,
    asked,
    blow_untold,
    crowd_subject,
    doer_untold,
    embedded,
    fighters_untold,
    generic_you,
    in_main_clause,
    own_doer,
    own_option,
    quoted,
    subject_holder,
    unless,
    unowned_subject,
    unreal,
)
from .event_coder import SentenceCoder
from .event_dates import SectionDates
from .event_mention import Mention as Coded
from .event_merge import (
    MEDIATION,
    UNNAMED,
    background,
    dedupe,
    key,
    merge,
    section_group,
    words_over_deed,
)
from .event_modality import modality, under_denial
from .event_parse import happening, recode_intent, recode_refusal, recode_threat
from .event_places import EventPlacer
from .event_specific import asked_of, foreign_restriction, specify, specify_intent
from .event_speech import SpeechCoder
from .event_violence import (
    attackers,
    court,
    crowd_dissent,
    custodial_release,
    mission_country,
    protest_aim,
    violence_kind,
    violent,
)
from .registry import stage
from .story_focus import headline_place, is_article, mention_weight
from .story_topic import off_politics, off_sentence, political

#: Working people whose "striking" is a walkout, never an attack on them.
_STRIKERS = frozenset({"worker", "employee", "staff", "nurse", "doctor", "teacher", "writer",
                       "actor", "miner", "driver", "docker", "pilot", "member", "union",
                       "workforce", "professor", "lecturer", "farmer"})
#: Objects that "no" does not negate: "makes no sense", "made no secret of", "no doubt".
_NO_NEGATION = frozenset({"sense", "secret", "doubt", "mistake"})
_OPEN_QUOTES = "“\"«"
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
#: Intents, meetings, visits, support, cooperation and aid: with no one doing them they are
#: trips and pleasantries of private people ("flew to Moscow", "was met with applause"), the
#: reasons given for another event ("arrested for collaborating with Israel") or what a
#: system permits ("LRIT allows states to examine data").
_NEEDS_SOURCE = frozenset({"02", "03", "04", "05", "06", "07", "08"})
#: Talks, deals, yielding and refusals between firms alone are commerce (a firm bought stays
#: economic cooperation, 061; a firm's appeals and pledges stay, as the gold codes them).
_COMMERCE_ROOTS = frozenset({"04", "05", "08", "12"})
#: Verbs of winning: between people, a race or a match.
_CONTESTS = frozenset({"beat", "defeat", "trounce", "thrash", "rout", "crush", "outpoll"})
#: Things that cannot strike anyone, whatever the verb says.
_ABSTRACT = frozenset({"promise", "plan", "idea", "policy", "law", "decision", "move", "bill",
                       "proposal", "price", "cost", "market", "economy", "inflation", "drug",
                       "technology", "report", "study", "data", "trend", "demand", "issue",
                       "problem", "question", "strategy", "approach", "debate", "news",
                       "story", "film", "book", "song", "show", "game", "rule", "reform"})
#: Circumstances that force no one's hand the way a government does ("the high interest rate
#: environment is forcing companies to sell"); a law or a decision may.
_CONDITIONS = frozenset({"environment", "rate", "condition", "crisis", "factor", "pressure",
                         "situation", "shortage", "weather", "heat", "cold", "debt", "loss",
                         "price", "cost", "market", "economy", "inflation", "trend",
                         "technology", "demand", "competition", "recession"})
#: Those a tribute or a prayer is for, who are no party.
_MOURNED = frozenset({"victim", "dead", "deceased", "memory"})
#: Acts of police and courts whose unnamed doer is a whole article's home country.
_LAW_CODES = frozenset({"173", "116", "0841"})
#: Doers of those acts that name no country ("was questioned by detectives").
_LAW_DOERS = frozenset({"police", "officer", "detective", "trooper", "deputy", "sheriff",
                        "authority", "court", "judge", "jury", "prosecutor", "agent"})
#: Statements, consultations and force: with no one named, not a story country's own act.
_ABROAD_ROOTS = frozenset({"01", "04", "15", "18", "19", "20"})
#: Violence with no named perpetrator is only an event when the sentence names an attack.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Mishaps that kill without an attacker.
_MISHAPS = frozenset({"crash", "collapse", "accident", "storm", "flood", "earthquake", "quake",
                      "avalanche", "landslide", "derailment", "pileup", "tsunami", "eruption",
                      "hurricane", "typhoon", "cyclone", "tornado", "wildfire", "blaze",
                      "collision", "stampede", "drown"})
#: Subjects that are no one's doing.
_NO_DOERS = _ABSTRACT | _CONDITIONS | _MISHAPS | frozenset({"event", "incident", "disaster",
                                                           "it", "this", "that", "which"})
#: Roots whose act falls on a place: with no target named, the place's country is the target.
_PLACE_TARGET_ROOTS = frozenset({"03", "08", "13", "15", "16", "17", "18", "19", "20"})
#: Roots whose role-only targets ("demonstrators", "opposition leader") belong to the source's
#: country; not violence, which crosses borders.
_DOMESTIC_ROOTS = frozenset({"08", "09", "10", "11", "12", "14", "15", "16", "17"})
#: Acts of foreign parties that, with no one named, are about the country a story is about:
#: intents, cooperation, aid, yielding, demands, criticism, rejection, threats, reduced ties.
_FOCUS_TARGET_ROOTS = frozenset({"03", "05", "06", "07", "08", "10", "11", "12", "13", "16"})
#: Words judging or answering someone: statements, appeals, praise, demands, criticism, rejection.
_ANSWERING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
#: Roles of people outside a state's organs and its opposition ("Chinese students").
_PRIVATE_ROLES = frozenset({"", "CVL", "EDU", "MED", "BUS"})
#: Acts that are as often across borders as at home: a body with no country named does not
#: take the country of the other side.
_ACROSS_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12",
                           "13", "16", "19", "20"})
#: Words said to or about someone, and help given, that with no one the story places behind
#: them come from the target's own country when it is the story's home: statements, appeals,
#: intents, praise, cooperation, aid, concessions, demands, criticism, rejection.
_HOME_PARTY_ROOTS = frozenset({"01", "02", "03", "05", "06", "07", "08", "10", "11", "12"})
#: Judgements of what someone did: criticism, accusation, rejection, threats.
_JUDGING_ROOTS = frozenset({"11", "12", "13"})
#: Deeds a judgement may name without their doer, who was named before in the story.
_VIOLENT_DEEDS = frozenset({"attack", "strike", "airstrike", "raid", "bombing", "operation",
                            "offensive", "invasion", "incursion", "killing", "shelling",
                            "assassination"})
#: Prepositions naming whom a deed fell on ("the attack on Israel").
_STRUCK = frozenset({"on", "against"})
_TOLD_DEEDS = _VIOLENT_DEEDS | frozenset({"decision", "move", "plan", "step", "policy",
                                          "measure", "announcement", "proclamation",
                                          "declaration", "ban", "sanction", "order", "deal",
                                          "agreement", "withdrawal", "deployment"})
#: Consultations one named party makes: visits, hosting, mediation.
_ONE_PARTY_CONSULTS = frozenset({"042", "043", "045"})
#: Nouns whose "to" clause is a way open, not an act done ("the best way to resolve it").
_POSSIBILITIES = frozenset({"way", "means", "chance", "opportunity", "path", "option",
                            "ability", "capacity", "avenue"})
#: Releases of people or things asked, offered or done.
_RELEASES = frozenset({"0253", "1053", "0841", "0353", "0843", "1243"})
#: What one is released from that is a job, not captivity.
_WORK = frozenset({"contract", "club", "team", "label", "deal", "company", "promotion", "job",
                   "duty", "duties", "obligation", "obligations", "commitment", "squad"})
_AUTHORITY_ROLES = {"09": "COP", "1121": "JUD", "1125": "SPY", "116": "JUD", "115": "JUD",
                    "166": "GOV", "171": "GOV", "172": "GOV", "173": "COP", "174": "GOV", "175": "COP"}
#: Over a lone sentence or a brief, its headline says which country the story is about
#: ("Kenya bans plastic bags" over "The minister praised Rwanda's example").
_HEADLINE_WEIGHT = 2
#: Singular role nouns that, with no one named before, stand for the story's own country
#: ("the country" is as often its weather or its land).
_HOME_ROLES = {"president": "GOV"}
#: Verbs whose object is a past act called to mind.
_MEMORY = frozenset({"recall", "remember", "recount", "reminisce", "relive", "revisit"})
#: People of a school or a newsroom, who may strike as persons do.
_SCHOOL_PEOPLE = frozenset({"student", "students", "pupil", "pupils", "teacher", "teachers",
                            "journalist", "journalists", "reporter", "reporters"})
#: Prepositions naming where something happens, not who takes part.
_AT_PLACE = frozenset({"in", "at", "inside", "near", "outside"})
#: Prepositions naming what talks are about.
_TOPICS = frozenset({"on", "about", "over", "regarding"})
#: How many sentences back "they" or "the leaders" may find their antecedent.
_ANAPHOR_REACH = 8
#: How far back (characters) "he" or "she" looks for the person it stands for.
_PRONOUN_REACH = 400


@dataclass
class _Context:
    """What the sentences of one section group share: the last event's actors."""

    last_actors: list[ActorRef]
    last_sentence: int = -10
    #: The actors of the last event with two or more parties, and its sentence.
    last_group: list[ActorRef] | None = None
    last_group_sentence: int = -10
    #: The country the story is about, for actors named by role alone ("police").
    focus: str | None = None
    #: The focus when it holds two thirds of the story's countries: named people no one
    #: places are its own only then (a story about several countries names foreigners).
    home: str | None = None
    #: The group's events so far, with the sentence each came from.
    told: list[tuple[int, Event]] = field(default_factory=list)
    #: The article's entities that are people (private attackers assault, not fight).
    people: frozenset[str] = frozenset()
    #: False on a sport or market page, whose unplaced voices are fans and traders.
    political: bool = True
    #: The article's entities that are states or places (for telling political actors).
    states: set[str] = field(default_factory=set)
    #: The body that was the subject of the last sentence's main clause, and that sentence.
    last_subject: tuple[int, ActorRef] | None = None
    #: The group or groups a plural subject of the last sentence named ("The Houthis ...").
    last_plural: tuple[int, list[ActorRef]] | None = None
    #: The person the last sentence's main clause was about, for "he"/"she" opening the next.
    last_person: tuple[int, ActorRef] | None = None


_PRONOUN_GENDER = {"he": "m", "she": "f"}


def own_office(m: Coded) -> bool:
    """A resignation of one's own office ("announced his resignation", "resigned")."""
    head = m.support if m.support is not None else m.trigger
    return head.lemma_.lower() == "resign" or any(
        t.lemma_.lower() == "resignation" and any(c.dep_ == "poss" for c in t.children)
        for t in (m.trigger, *m.trigger.children))


def _quoted_before(between: str) -> bool:
    """Whether a quotation closes in ``between`` (the text from a name to a pronoun) that
    opened before it: "'Putin's regime is lawless,' he said" -- Putin, named inside the
    words, is not the "he" who says them."""
    return between.count("\u201d") > between.count("\u201c") or between.count('"') % 2 == 1


def _gender(article: Article, actor: ActorRef) -> str:
    """The KB's gender of a known person ("" when unknown)."""
    ent = next((e for e in article.entities if e.id == actor.entity), None)
    return "" if ent is None or ent.type != "PERSON" else _name_gender(ent.name)


@lru_cache(maxsize=4096)
def _name_gender(name: str) -> str:
    try:
        from ..knowledge import people
    except ImportError:
        return ""
    found = {p.gender for p in people.find_person(name)}
    return found.pop() if len(found) == 1 else ""


_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "campaign"})
_CRAFT = frozenset({"vessel", "ship", "tanker", "boat", "freighter", "trawler", "yacht",
                    "aircraft", "plane", "jet", "cargo"})
_AIMED = frozenset({"against", "on", "upon", "toward", "towards"})


class EventStage:
    def __init__(self) -> None:
        self.lex = lexicon()
        self.kb = get_kb()
        self.places = EventPlacer(self.kb)

    def __call__(self, article: Article) -> Article:
        events: list[Event] = []
        dates = SectionDates(article)
        contexts: dict[str, _Context] = {}
        states = {e.id for e in article.entities if e.type == "GPE"}
        people = frozenset(e.id for e in article.entities if e.type == "PERSON")
        off = "body" in article.docs and off_politics(article, article.docs["body"])
        for section, doc in article.docs.items():
            group = section_group(section)
            if group not in contexts:
                focus, home = self._focus(article, group)
                contexts[group] = _Context([], focus=focus, home=home, people=people,
                                           political=not (off and group == "main"),
                                           states=states)
            ctx = contexts[group]
            found = self._section(article, section, doc, dates, ctx)
            if off and group == "main":
                # A sport or market page: only political actors make its events.
                found = [e for e in found if _political_act(e, states)]
            events.extend(found)
        article.events = merge(events, frozenset(
            e.id for e in article.entities if e.type in ("PERSON", "ORG")))
        return article

    def _last_person(self, article: Article, section: str, at: int, pronoun: str = ""
                     ) -> ActorRef | None:
        """"He said ...": the person named last before the pronoun, within a few sentences;
        in a body that names nobody before it, the one person the headline names ("Sultan
        Qaboos of Oman dies" over "He helped negotiate the deal")."""
        best: tuple[int, Any] | None = None
        named_before = False
        text = article.section_text(section)
        for ent in article.entities:
            if ent.type != "PERSON":
                continue
            if _name_gender(ent.name) not in ("", _PRONOUN_GENDER.get(pronoun, "")) and (
                    pronoun in _PRONOUN_GENDER):
                continue  # "she" is not the man the KB knows
            for men in ent.mentions:
                named_before |= men.section == section and men.end <= at
                if (ent.country or ent.actor_code) and men.section == section and (
                        at - _PRONOUN_REACH <= men.end <= at) and (
                        best is None or men.end > best[0]) and not _quoted_before(
                        text[men.end:at]):
                    best = (men.end, ent)
        if best is None and section == "body" and not named_before:
            heads = [e for e in article.entities if e.type == "PERSON"
                     and any(m.section == "title" for m in e.mentions)]
            if len(heads) == 1 and (heads[0].country or heads[0].actor_code):
                best = (0, heads[0])
        if best is None:
            return None
        ent = best[1]
        return ActorRef(name=ent.name, entity=ent.id, actor_code=ent.actor_code,
                        country=ent.country)

    def _focus(self, article: Article, group: str) -> tuple[str | None, str | None]:
        """The one country most of the story's named actors and places belong to (at least
        two mentions and half of all mentions with a country), and the same country where it
        holds two thirds of them (the story's home)."""
        votes: Counter[str] = Counter()
        for ent in article.entities:
            if ent.country not in self.kb.countries or (
                    ent.type == "PERSON" and "IGO" in (ent.actor_code or "")):
                continue  # the head of a world body speaks for no country
            votes[ent.country] += sum(
                mention_weight(article, m) * (_HEADLINE_WEIGHT if m.section == "title" and (
                    not is_article(article)) else 1)
                for m in ent.mentions if section_group(m.section) == group)
        if group == "main" and (place := headline_place(article)) and not any(
                ent.country == place and any(m.section == "title" for m in ent.mentions)
                for ent in article.entities):
            # "Karachi police detain British reporter": the headline's city is a vote for
            # its country, as the country's own name would be.
            votes[place] += _HEADLINE_WEIGHT
        votes = +votes  # (a country named only as a border's far side has no vote)
        if not votes:
            return None, None
        iso, n = votes.most_common(1)[0]
        if len(votes) == 1 and not is_article(article):
            # A lone sentence or a brief naming one country: its police and its parliament.
            return iso, iso
        total = sum(votes.values())
        return ((iso if n >= 2 and n * 2 >= total else None),
                (iso if n >= 2 and n * 3 >= total * 2 else None))

    def _section(self, article: Article, section: str, doc: Any, dates: SectionDates,
                 ctx: _Context) -> list[Event]:
        headline = section != "body"
        text = article.section_text(section)
        finder = ActorFinder(article, section, doc, article.anchor_date)
        coder = SentenceCoder(self.lex, finder, headline=headline)
        speech = SpeechCoder(finder, headline=headline, coder=coder)
        quotes = [(q.start, q.end) for q in article.quotes if q.section == section]
        dateline = self.places.dateline(text) if section == "body" else None
        out: list[Event] = []
        for n, sent in enumerate(doc.sents):
            day, explicit, _ = dates.for_sentence(section, sent.start_char, sent.end_char)
            future = dates.future_spans(section, sent.start_char, sent.end_char)
            # Reported words are read only where no act of the sentence's main clause makes
            # an event ("We are appalled by Russia's decision to attack": the words are).
            for mentions in (coder.code, speech.code):
                made = 0
                for m in mentions(sent):
                    main = in_main_clause(m, sent)
                    ev = self._event(article, section, text, sent, n, m, ctx, quotes, headline,
                                     day, future, main)
                    if ev is None or _interview(ev) or _seats_held(ev):
                        continue
                    made += main
                    if ev.place is None:
                        ev.place = self.places.seat(ev) or dateline
                    out.append(ev)
                    ctx.told.append((n, ev))
                    ctx.last_actors = ev.sources + ev.targets
                    ctx.last_sentence = n
                    if len({a.country or a.name for a in ctx.last_actors}) >= 2:
                        ctx.last_group = ctx.last_actors
                        ctx.last_group_sentence = n
                if made:
                    break
            _drop_accused_defiance(out, n, ctx)
            ctx.last_subject, ctx.last_plural = self._main_subject(article, finder, sent, n)
            ctx.last_person = self._subject_person(article, finder, sent, n)
            dates.carry(section, day if explicit else None)
        return out

    def _main_subject(self, article: Article, finder: ActorFinder, sent: Any, n: int
                      ) -> tuple[tuple[int, ActorRef] | None, tuple[int, list[ActorRef]] | None]:
        """What the sentence's main clause is about, for pronouns in the next one: the one
        country or organisation "it" stands for ("North Korea has conducted 100 missile
        tests"), and the group or groups a plural subject names, for "they" ("The Houthis
        control the port")."""
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        found = [f.actor for s in subjects for f in finder.find(s) if f.actor is not None]
        body = None
        if len(found) == 1 and found[0].country is not None and found[0].entity is not None:
            kind = next((e.type for e in article.entities if e.id == found[0].entity), None)
            if kind == "ORG" or (kind == "GPE" and found[0].actor_code == found[0].country):
                body = (n, found[0])
        group = [a for a in found if a.country]
        plural = len(subjects) == 1 and (
            subjects[0].tag_ in ("NNS", "NNPS") or bool(subjects[0].conjuncts)
            or (subjects[0].pos_ == "PROPN" and subjects[0].lower_.endswith("s")))
        return body, ((n, group) if plural and group else None)

    @staticmethod
    def _subject_person(article: Article, finder: ActorFinder, sent: Any, n: int
                        ) -> tuple[int, ActorRef] | None:
        """The one named person subject of the sentence's main clause ("Obama criticised
        Trump"), whom a "he" opening the next sentence most likely means."""
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        found = [f.actor for s in subjects for f in finder.find(s) if f.actor is not None]
        if len(found) != 1 or found[0].entity is None or not (
                found[0].country or found[0].actor_code):
            return None
        ent = next((e for e in article.entities if e.id == found[0].entity), None)
        return (n, found[0]) if ent is not None and ent.type == "PERSON" else None

    @staticmethod
    def _doers_told(m: Coded, ctx: _Context, n: int, home: set[str]) -> list[ActorRef]:
        """Who did the deed a judgement names without its doer ("the attack", "the move"):
        the parties of the last such event told a few sentences before, if foreign to the
        judge."""
        head = m.support if m.support is not None else m.trigger
        deeds = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() in _TOLD_DEEDS
                 and any((d.dep_ == "det" and d.lower_ in ("the", "this", "that")) or (
                     d.dep_ == "poss" and d.ent_type_ == "DATE") for d in c.children)
                 and not any((d.dep_ == "poss" and d.ent_type_ != "DATE") or (
                     d.dep_ == "prep" and d.lower_ not in _STRUCK) for d in c.children)]
        if not deeds:
            return []
        violent = deeds[0].lemma_.lower() in _VIOLENT_DEEDS
        # "the attack on Israel": the deed told before that fell on that country
        struck = {iso for d in deeds[0].children if d.dep_ == "prep"
                  for iso in get_kb().countries_in(" ".join(t.text for t in d.subtree))}
        for at, ev in reversed(ctx.told):
            if n - at > _ANAPHOR_REACH:
                break
            if violent and ev.root not in _VIOLENT_ROOTS | {"15", "17"}:
                continue
            if struck and not struck & {a.country for a in ev.targets}:
                continue
            doers = [a for a in ev.sources if a.country and a.country not in home | struck]
            if doers and ev.root not in _JUDGING_ROOTS:
                return doers
        return []

    def _resolve(self, found: list[Found], ctx: _Context, n: int, article: Article,
                 section: str, sent_start: int = 0) -> tuple[list[ActorRef], bool]:
        out: list[ActorRef] = []
        used = False
        for f in found:
            if f.actor is not None:
                out.append(f.actor)
            elif f.anaphor in ("he", "she", "him", "her"):
                person = self._last_person(article, section, f.at, f.anaphor)
                text = article.section_text(section)
                if (f.anaphor in ("he", "she") and ctx.last_person
                        and ctx.last_person[0] == n - 1
                        and (person is None or person.entity != ctx.last_person[1].entity)
                        and not any(sent_start <= men.start < f.at
                                    and not _quoted_before(text[men.end:f.at])
                                    for e in article.entities
                                    for men in e.mentions if men.section == section)
                        and _gender(article, ctx.last_person[1]) in ("", _PRONOUN_GENDER[
                            f.anaphor])):
                    # "Obama criticised Trump. He also slammed the Senate": the subject of
                    # the sentence before, not the last person it named.
                    person = ctx.last_person[1]
                people = [person] if person else [a for a in ctx.last_actors if a.entity]
                if people:
                    out.append(people[0])
                    used = True
            elif f.anaphor == "them" and ctx.told and ctx.told[-1][0] == n and any(
                    a.country for a in ctx.told[-1][1].targets):
                # "added five companies to its sanctions list, accusing them of ...": those
                # the sentence's act fell on.
                out.extend(a for a in ctx.told[-1][1].targets if a.country)
                used = True
            elif f.anaphor == "it":
                # "NASA interrupted its coverage ... It also credited Leonov": the one body
                # that acted in the sentence before.
                bodies = [a for a in ctx.told[-1][1].sources if a.country and (
                    a.entity is None or self._is_body(article, a.entity))
                ] if ctx.told and 0 < n - ctx.told[-1][0] <= 1 else []
                if len(bodies) == 1:
                    out.extend(bodies)
                    used = True
                elif ctx.last_subject and (ctx.last_subject[0] == n - 1 or (
                        n == 0 and section == "body" and not is_article(article))):
                    # "North Korea has conducted 100 missile tests. It also exported shells
                    # to Russia": the country or body the sentence before was about (for a
                    # lone sentence, the one its headline is about).
                    out.append(ctx.last_subject[1])
                    used = True
            elif f.anaphor not in PRONOUNS and (named := self._named_before(
                    article, section, sent_start, f.at)):
                # "Singapore, India and Australia searched the sea: all three nations offered
                # help": the countries the sentence has just named.
                out.extend(named)
                used = True
            elif f.anaphor is not None and ctx.last_group and (
                n - ctx.last_group_sentence <= _ANAPHOR_REACH or ctx.last_group_sentence > n
            ):
                out.extend(_joint_doers(ctx) if f.anaphor not in PRONOUNS else []
                           or ctx.last_group)
                used = True
            elif f.anaphor in ("they", "them") and ctx.told and 0 < n - ctx.told[-1][0] <= 2:
                # "Police arrested a man. They later released him.": the body or group that
                # acted just before.
                bodies = [a for a in ctx.told[-1][1].sources if a.country and (
                    a.entity is None or self._is_body(article, a.entity))]
                if bodies:
                    out.extend(bodies)
                    used = True
            elif f.anaphor in ("they", "them") and ctx.last_plural and (
                    ctx.last_plural[0] == n - 1):
                # "The Houthis control the port. In 2022 they attacked Saudi facilities."
                out.extend(ctx.last_plural[1])
                used = True
            elif f.anaphor in _HOME_ROLES and ctx.home in self.kb.countries and (
                    (said := article.section_text(section)[f.at:].split()[:2])[:1] == [
                        f.anaphor] and said[1:] != ["of"]):
                # "The president urged Ghana to reopen the border" in a story about Nigeria,
                # no other party named before: the story's own ("the presidents", "the
                # president of the club" are not).
                out.append(ActorRef(name=f.anaphor, actor_code=ctx.home + _HOME_ROLES[f.anaphor],
                                    country=ctx.home))
                used = True
        return dedupe(out), used

    def _home_speaker(self, m: Coded, ctx: _Context, article: Article,
                      targets: list[ActorRef]) -> ActorRef | None:
        """"She said she would ask Norway to resume funding" read alone under a headline
        about Brazil, naming no person: someone of the story's country, unless the act falls
        on that country as a whole (then "he" is more likely a foreigner)."""
        pron = next((f.anaphor for f in m.sources if f.actor is None
                     and f.anaphor in ("he", "she")), None)
        iso = ctx.home
        if pron is None or iso not in self.kb.countries or is_article(article) or any(
                t.country == iso and self._national(article, t) for t in targets):
            return None
        return ActorRef(name=pron, actor_code=iso, country=iso)

    def _named_before(self, article: Article, section: str, start: int, at: int
                      ) -> list[ActorRef]:
        """The countries named in the sentence before ``at``, when there are two to four."""
        if at < 0:
            return []
        seen: dict[str, tuple[int, Any]] = {}
        for ent in article.entities:
            if ent.type != "GPE" or ent.country not in self.kb.countries or (
                    ent.actor_code != ent.country):
                continue
            for men in ent.mentions:
                if men.section == section and start <= men.start < at:
                    seen.setdefault(ent.country, (men.start, ent))
        if not 2 <= len(seen) <= 4:
            return []
        return [ActorRef(name=ent.name, entity=ent.id, actor_code=ent.actor_code,
                         country=ent.country) for _, ent in sorted(seen.values(),
                                                                     key=lambda x: x[0])]

    def _national(self, article: Article, actor: ActorRef) -> bool:
        """True for an actor that stands for its whole country ("Russia", "the Russian
        annexation"), not a person or a region of it ("Georgia", the US state)."""
        ent = next((e for e in article.entities if e.id == actor.entity), None)
        if ent is None:
            return bool(self.kb.countries_in(actor.name))  # not "the state of Michigan"
        if ent.type in ("GPE", "LOC", "FAC"):
            return self.kb.country_for(ent.name, capitals=True) == actor.country
        return ent.type in ("NORP", "ORG")

    @staticmethod
    def _released_from_work(article: Article, section: str, m: Coded) -> bool:
        """"his release from WWE", "released from his contract": freed of a job or from a
        firm, not from custody."""
        froms = [g for t in m.tokens if t.lemma_.lower() in ("release", "free")
                 for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"]
        for g in froms:
            if g.lemma_.lower() in _WORK:
                return True
            firm = next((e for e in article.entities if e.type == "ORG" for men in e.mentions
                         if men.section == section and men.start <= g.idx < men.end), None)
            if firm is not None and (firm.actor_code is None  # a league, a label
                                     or firm.actor_code[-3:] in ("BUS", "MED", "EDU")):
                return True
        return False

    def _state(self, article: Article, actor: ActorRef, capitals: bool = False) -> bool:
        """True for a country itself as an actor ("Rwanda"; with ``capitals``, "Moscow" as a
        party too), not a body or a person of it."""
        ent = next((e for e in article.entities if e.id == actor.entity), None)
        name = actor.name if ent is None else ent.name
        return (ent is None or ent.type == "GPE") and self.kb.country_for(
            name, capitals=capitals) == actor.country

    def _borrowed(self, article: Article, actor: ActorRef, others: list[ActorRef],
                  after: Collection[str] = ()) -> bool:
        """A person the KB does not know, whose country the entity stage took from the country
        the sentence names as the other party ("X criticised Kenya") or in the act's own words
        (``after``: "X called for sanctions against Kenya"), with no title or apposition of
        the text saying it."""
        ent = next((e for e in article.entities if e.id == actor.entity), None)
        if (ent is None or ent.type != "PERSON" or ent.kb_id is not None or not actor.country
                or actor.country != ent.country or not (actor.country in after or any(
                    o.country == actor.country and self._state(article, o) for o in others))):
            return False
        res = self._resolver()
        return res.titled_country(article, ent) is None and res.context(article, ent, {})[0] is None

    def _judging_outsider(self, article: Article, code: str, sources: list[ActorRef],
                          targets: list[ActorRef]) -> bool:
        """"Senator Harris criticized the Saudi crown prince", "Yale rejected the demands of
        Chinese students": a person or body the KB does not know, judging or answering
        people whose own words give their country, is not thereby of that country (in a
        sentence read alone; an article tells its people's country otherwise)."""
        if code[:2] not in _ANSWERING_ROOTS or not sources or not targets or is_article(article):
            return False
        ents = [next((e for e in article.entities if e.id == a.entity), None) for a in sources]
        return all(e is not None and e.type in ("PERSON", "ORG") and e.kb_id is None
                   and not self.kb.countries_in(e.name) and self.kb.seat(e.name) is None
                   for e in ents) and all(
            self._of_a_people(article, t) and (t.actor_code or "")[3:] in _PRIVATE_ROLES
            for t in targets)

    def _of_a_people(self, article: Article, actor: ActorRef) -> bool:
        """An unnamed party its own words give a country ("the Saudi crown prince", "Chinese
        students"), not a named person or body of it."""
        ent = next((e for e in article.entities if e.id == actor.entity), None)
        return (ent is None or ent.type == "NORP") and actor.country in self.kb.countries_in(
            actor.name)

    def _named_after(self, article: Article, section: str, sent: Any, m: Coded) -> set[str]:
        """Countries the act's own words name after the trigger as what it is aimed at
        ("sanctions against Kenya", "an embargo on Iran"), not where it happens ("in London")
        nor a party to it ("until Sweden joins")."""
        head = m.support if m.support is not None else m.trigger
        lo = min(m.trigger.idx, head.idx)
        hi = head.right_edge.idx + len(head.right_edge)
        found: set[str] = set()
        for ent in article.entities:
            if ent.type != "GPE" or not ent.country:
                continue
            for men in ent.mentions:
                if men.section != section or not (
                        sent.start_char <= men.start < sent.end_char and lo < men.start < hi):
                    continue
                tok = next((t for t in sent if t.idx <= men.start < t.idx + len(t)), None)
                while tok is not None and tok.dep_ == "compound":
                    tok = tok.head
                if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in _AIMED:
                    found.add(ent.country)
        return found

    @staticmethod
    @lru_cache(maxsize=1)
    def _resolver() -> ActorResolver:
        return ActorResolver()

    @staticmethod
    def _is_body(article: Article, entity: str) -> bool:
        return any(e.id == entity and e.type in ("ORG", "NORP") for e in article.entities)

    def _event(self, article: Article, section: str, text: str, sent: Any, n: int, m: Coded,
               ctx: _Context, quotes: list[tuple[int, int]], headline: bool, day: str | None,
               future: list[int], main: bool) -> Event | None:
        if (dissent := crowd_dissent(m.code, m.trigger, m.support)) != m.code:
            m.code, m.plover = dissent, ""
        # (asked before the rules below give the parties countries)
        home_only = self._lone_home(article, section, sent, ctx, m)
        sources, s_ana = self._resolve(m.sources, ctx, n, article, section, sent.start_char)
        targets, t_ana = self._resolve(m.targets, ctx, n, article, section, sent.start_char)
        if not sources and (speaker := self._home_speaker(m, ctx, article, targets)):
            sources, s_ana = [speaker], True
        if not sources and (m.agentless or m.nominal) and not m.sources and section == "body" and (
                not is_article(article)):  # an article's later passives tell its background
            sources = _headline_doers(m, ctx, targets)
        if m.code == "141" and ((m.trigger.tag_ == "NN" and m.trigger.dep_ == "dobj" and any(
                c.dep_ == "prep" and c.lower_ == "from"
                for h in (m.trigger, m.trigger.head) for c in h.children)) or (
                m.trigger.pos_ == "VERB" and m.trigger.lemma_.lower() == "protest" and (any(
                    c.ent_type_ == "GPE" for c in m.trigger.children if c.dep_ == "nsubj")
                    or all((a.actor_code or "").endswith("GOV") for a in sources)))) and (
                sources) and all(a.actor_code == a.country or (a.actor_code or "").endswith("GOV")
                                 for a in sources):
            # "the arrest drew a protest from Moscow", "Japan protested against the detention":
            # a state's complaint
            m.code = "114"
        confidence = m.confidence
        if s_ana or t_ana:
            confidence -= 0.1
        if not sources and m.agentless and m.code == "0841" and (
                freer := custodial_release(m.trigger)):
            # "was released on bail": the authorities of where it happened, or the story's
            where = self.places.in_sentence(article, section, sent)
            sources = self._authorities(m.code, where.country if where else ctx.focus, freer)
        if not sources and targets and m.code[:2] in _NEEDS_SOURCE:
            # Who acted is the news: a verbal or cooperative act with no actor is not coded,
            # unless a lone sentence's headline says whose ("Smith was urged to quit").
            if (iso := home_only) is None:
                return None
            sources = [self._country(iso)]
            confidence -= 0.1
        if not sources and not m.nominal and unowned_subject(m.trigger):
            return None  # "It also blocked roads and forced thousands to flee": a storm's doing
        if not sources and not m.nominal and (
                (m.code[:2] in _VIOLENT_ROOTS and abstract_subject(m.trigger, _ABSTRACT))
                or (m.code[:2] == "17" and abstract_subject(m.trigger, _CONDITIONS))):
            return None  # "the promise of these drugs has been clashing with insurers"
        if m.nominal and m.trigger.dep_ == "dobj" and m.trigger.head.lemma_.lower() in _MEMORY:
            return None  # "Winton recalls his first visit to Prague": a memory, not news
        verb = m.trigger.lemma_.lower()
        if verb == "strike" and (m.trigger.dep_ == "amod" or (
                m.trigger.lower_ == "striking" and m.trigger.dep_ in ("pcomp", "acl") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _STRIKERS
                    for c in m.trigger.children))):
            return None  # "striking workers", "in solidarity with striking writers": a walkout
        if verb == "blame" and not targets and any(c.dep_ == "dobj" for c in m.trigger.children):
            return None  # "Microsoft blamed two updates for the glitches": no one accused
        if (verb in _CONTESTS and not sources and m.trigger.dep_ == "pcomp"
                and any(a.entity in ctx.people for a in targets)):
            return None  # "a shot at beating Trump": a race, its runner unnamed
        if any(t.lemma_.lower() in _CONTESTS for t in m.tokens) and sources and targets and all(
                a.entity in ctx.people or _surname_of(a, article) for a in sources + targets):
            return None  # "To beat Trump, Haley tries ...": a race, not a beating
        place = self.places.in_sentence(article, section, sent)
        # "They arrested three for trespassing" with no one named before: police and courts.
        unnamed = court(m.code) and bool(m.sources) and all(
            f.actor is None and f.anaphor in ("they", "them") for f in m.sources)
        if not sources and (m.agentless or unnamed or (m.nominal and court(m.code))):
            # "was arrested in Minsk", "protests followed the arrest of X in Minsk"
            sources = self._authorities(m.code, place.country if place else None)
        if (not sources and (m.agentless or unnamed or (m.nominal and court(m.code)))
                and place is None
                and ctx.focus in self.kb.countries
                and not any(a.country or _owned_abroad(a, sent.text, m.code) for a in targets)):
            # "Another man, who was arrested on the day, was released on bail" in a story
            # (or a sentence) about one country: its authorities.
            sources = self._authorities(m.code, ctx.focus)
        home_of_dissent = place.country if place is not None else ctx.focus
        if not sources and m.code[:2] == "14" and (
                ((not m.nominal or any(c.dep_ == "nsubj" for c in m.trigger.children))
                 and crowd_subject(m.support if m.support is not None else m.trigger))
                or happening(m.trigger)) and (
                home_of_dissent in self.kb.countries):
            # "Prisoners rioted at a jail in Dili", "Protesters marched to Parliament" in a
            # story about Britain: dissent in a country is its people's.
            sources = [ActorRef(name=self.kb.countries[home_of_dissent].name + " protesters",
                                actor_code=home_of_dissent + "OPP", country=home_of_dissent)]
        if (m.code[:2] in ("15", "18", "19", "20") or m.code[:3] == "087") and sources and all(
                (a.actor_code or "").endswith(("BUS", "MED", "EDU"))
                and not (_SCHOOL_PEOPLE & set(a.name.lower().split()) and not m.nominal
                         and m.trigger.tag_ != "VBG") for a in sources):
            # "banks tightened checks": firms show no force; "firms announced their
            # withdrawal from Russia": nor retreat; "a student opened fire" is no firm
            return None
        if (m.code[:2] == "19" and m.nominal and m.trigger.lemma_.lower() == "clash"
                and sources + targets and all((a.actor_code or "").endswith(("GOV", "LEG"))
                                              for a in sources + targets)):
            return None  # "clashes with misguided politicians": a quarrel, not force
        if (m.code[:3] == "040" and not m.nominal and m.trigger.lemma_.lower() == "discuss"
                and len({key(a) for a in sources}) == 1 and not any(
                    t.dep_ == "prep" and t.lower_ == "with" and t.i > m.trigger.i
                    for t in m.trigger.subtree)):
            return None  # "Jorgensen discusses her cabinet": what one party talks about
        if m.code[:2] == "04" and any((a.actor_code or "").endswith("MED") for a in sources):
            return None  # "Vanity Fair has reached out to him for comment": journalism
        if (not m.nominal and m.trigger.dep_ in ("relcl", "acl")
                and m.trigger.head.lemma_.lower() in _POSSIBILITIES
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in m.trigger.children)):
            return None  # "the best way for the two nations to resolve their differences"
        if m.code in _RELEASES and self._released_from_work(article, section, m):
            return None  # "after asking for his release from WWE": a contract, not captivity
        if m.code[:2] in _VIOLENT_ROOTS and not sources and any(
                t.lemma_.lower() in _MISHAPS for t in sent):
            return None  # "seven were killed when a bomber crashed": a mishap, not an attack
        if (m.code[:2] in _VIOLENT_ROOTS and not sources and not m.nominal
                and m.trigger.dep_ in ("relcl", "acl")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in m.trigger.children)):
            return None  # "loans to shell companies": a purpose, or a misread noun
        if m.code[:2] in _VIOLENT_ROOTS and not sources and fighters_untold(m):
            return None
        if (m.code[:2] in _VIOLENT_ROOTS and not sources and targets and place is not None
                and place.country in self.kb.countries and (not m.nominal or m.agentless)
                and violent(m, sent, article.title or "") and not from_the_air(m)):
            # "a roadside bomb near Samarra killed a US soldier": unidentified attackers in
            # the place (CAMEO's UAF) are the source; an airstrike's fly in from elsewhere.
            sources = [attackers(place.country)]
        victims = {a.country for a in targets if a.country}
        struck = next(iter(victims)) if len(victims) == 1 else None
        if (m.code[:2] in _VIOLENT_ROOTS and not sources and struck is not None and place is None
                and struck in (ctx.home, ctx.focus) and not m.nominal
                and (section == "title" or blow_untold(m.trigger))
                and struck in self.kb.countries
                and not any((a.actor_code or "").endswith("MIL") for a in targets)
                and violent(m, sent, article.title or "") and not from_the_air(m)):
            # "A police officer was stabbed to death" in a story about Britain: with no
            # place named, unidentified attackers of the victims' country, the story's
            # (soldiers fall to an enemy the sentence does not name).
            sources = [attackers(struck)]
        if (m.code[:2] in _VIOLENT_ROOTS and not targets and place is not None
                and place.country in self.kb.countries and not m.nominal):
            # "blew himself up in a market in Baghdad": violence strikes where it happens.
            targets = [self._country(place.country)]
        if not sources and not targets:
            if (section == "body" and m.code[:2] in _COOPERATIVE_ROOTS
                    and 0 < n - ctx.last_sentence <= 2 and ctx.last_group
                    and ctx.last_group_sentence == ctx.last_sentence and not m.nominal
                    and not own_doer(m.support if m.support is not None else m.trigger)):
                sources = list(ctx.last_group)
                confidence -= 0.2
            elif iso := home_only:
                # "The ruling drew objections from conservatives" read alone under a headline
                # about one country: an act of its own unnamed people.
                sources = [self._country(iso)]
                confidence -= 0.1
            else:
                return None
        src_keys = {key(a) for a in sources}
        src_countries = {a.country for a in sources}
        # The acting country as its own target says nothing ("Serbia lifted a curfew in
        # Serbia"); its people do ("Croatia is investigating Croatian extremists").
        targets = [t for t in targets if key(t) not in src_keys and not (
            t.country in src_countries and t.entity is None and t.actor_code == t.country
            and self.kb.country_for(t.name) == t.country)]
        # A lone sentence's one country is no body's home when it is the other side's
        # as a whole ("Parliament condemned the Russian annexation"); a person's or a
        # region's may be ("officials urged Trump", "officials warned Georgia").
        lone = not is_article(article) and m.code[:2] in _ACROSS_ROOTS
        for a in sources:
            if lone and a.entity is None and a.name in _HOME_ROLES and any(
                    t.country == a.country and self._state(article, t, capitals=True) for t in targets):
                # "The president criticised Russia": the story's country taken for "the
                # president" is the other side's, not the president's.
                a.country, a.actor_code = None, _HOME_ROLES[a.name]
        after = self._named_after(article, section, sent, m)
        for a in sources + targets:
            if self._borrowed(article, a, targets if any(a is x for x in sources) else sources,
                              after if any(a is x for x in sources) else set()):
                a.country = a.actor_code = None
        for a in sources:
            if a.country and self._judging_outsider(article, m.code, [a], targets) and all(
                    t.country == a.country for t in targets) and self._borrowed(
                    article, a, [self._country(a.country)]):
                a.country = a.actor_code = None  # the entity stage's sentence country
        sides = self._headline_sides(article, section, ctx, m)
        for a in sources + targets:
            side = targets if any(a is x for x in sources) else sources
            if (_role_only(a) and sides
                    and (ours := sides[side is targets]) not in {o.country for o in side}):
                # "The army said it hit the group's depots" under "Israel strikes Hezbollah
                # targets in Lebanon": a role acting as the headline's act is its side's.
                a.country = ours
                a.actor_code = ours + (a.actor_code or "")
            elif a.country is None and a.actor_code and place is not None and place.country \
                    and not airborne(a) and not soldiers_abroad(a, place.country):
                a.country = place.country
                a.actor_code = place.country + a.actor_code
            elif (_role_only(a) and lone
                  and (across := {o.country for o in side if o.country})
                  and (other := self._headline_other(article, section, across))):
                # "Officials accused Moscow of spying" alone under "Germany expels Russian
                # diplomats": the one headline country that is not the other side's.
                a.country = other
                a.actor_code = other + (a.actor_code or "")
            elif (_role_only(a) and ctx.focus and not airborne(a)
                  and not soldiers_abroad(a, ctx.focus) and not any(
                      o.country == ctx.focus and (
                          (lone and self._national(article, o))
                          or _foreigner(o, sent.text, m.code))
                      for o in (targets if any(a is x for x in sources) else sources))):
                # "Police arrested two suspects" in a story about one country: its police.
                a.country = ctx.focus
                a.actor_code = ctx.focus + (a.actor_code or "")
            elif a.country is None and a.actor_code is None and a.entity in ctx.people and (
                    iso := place.country if place is not None else ctx.home) in (
                    self.kb.countries) and not (m.code == "042" and iso in (
                        {t.country for t in targets} | {place.country if place else None})) and (
                    not any(o.country == iso and (
                        self._state(article, o) or self._of_a_people(article, o))
                            for o in (targets if any(a is x for x in sources) else sources))) and (
                    iso not in after or not any(a is x for x in sources)):
                # "Usman Khan stabbed several people in London": a person the story gives no
                # other country belongs to the country the act happens in, or the story's;
                # not to the country that is the other party ("X will send migrants to
                # Rwanda"), nor a visitor to the place visited.
                a.country = iso
                a.actor_code = iso
        if not targets and len(after) == 1 and sources and all(
                a.country is None and a.entity in ctx.people for a in sources):
            # "Archbishop X called for sanctions against Nigeria": the country the act's own
            # words aim at is its target, not the home of the person acting.
            targets = [self._country(next(iter(after)))]
        if not any(a.country for a in sources) and court(m.code) and place is None:
            # "Chirac was convicted of corruption", "a Georgian player was arrested", "the
            # former mayor of Almaty was accused of corruption": with no place named, the
            # courts and police are those of the accused's own country.
            homes = {a.country for a in targets if a.country in self.kb.countries
                     and not _foreigner(a, sent.text, m.code)}
            if len(homes) == 1:
                sources = self._authorities(m.code, homes.pop())
        if not any(a.country for a in sources) and not (
                lone and any(self._state(article, t, capitals=True) for t in targets)) and not (
                _state_bodies(sources) and all(_state_deed(t, ctx.people)
                                               or self._of_a_people(article, t)
                                               for t in targets)) and not (
                self._judging_outsider(article, m.code, sources, targets)) and (
                iso := self._home_target(ctx, targets, sent, m)):
            if m.code[:2] in _HOME_PARTY_ROOTS:
                sources = self._home_party(sources, iso)
            elif m.code[:2] == "09" or court(m.code):
                # "public security organs have investigated 6,300 people", "an impeachment
                # inquiry into the president": the home country's police and courts, where
                # no doer is told ("Wikinews investigates", "pressed him into investigating
                # X" name one the story does not place).
                if sources:
                    sources = self._home_party(sources, iso)
                elif unnamed or doer_untold(m):
                    sources = self._authorities(m.code, iso)
        home = {a.country for a in sources if a.country}
        if len(home) == 1 and (m.code[:2] in _DOMESTIC_ROOTS or m.code[:3] == "175") and (
                next(iter(home)) in self.kb.countries):
            # "Egyptian police dispersed demonstrators": a group with no country of its own
            # is the acting country's (a world body's, as "the EU condemned the rebels", has
            # none).
            iso = next(iter(home))
            for a in targets:
                if a.country is None and (a.actor_code is None or _role_only(a)):
                    a.country = iso
                    a.actor_code = iso + (a.actor_code or "")
        if not targets and m.code[:2] in _PLACE_TARGET_ROOTS and not m.nominal:
            # "lifted the curfew in Montenegro", "resume attacks in Israel": the country where
            # the act falls is its target when no one else is named.
            where = self.places.in_clause(article, section, m)
            if where is not None and where.country in self.kb.countries and (
                    where.country not in home):
                targets = [self._country(where.country)]
        if m.code[:2] == "17" and not targets and len(home) == 1 and (
                place is None or place.country in home) and next(iter(home)) in self.kb.countries \
                and not any(c.dep_ == "dobj" and c.lemma_.lower() in _CRAFT
                            for c in (m.support or m.trigger).children):
            # "imposed a curfew in the town of Cizre", "declared a national emergency": on the
            # country's own people ("seized a tanker": a ship of no told flag is not).
            targets = [self._country(next(iter(home)))]
        if not any(a.country or a.actor_code for a in sources + targets):
            iso = None if sources else home_only
            if iso is None:
                return None
            sources = [self._country(iso)]  # "Smith was found guilty" under a headline
            confidence -= 0.1
        if m.code == "042" and not m.nominal and not any(a.country for a in targets) and (
                self.places.in_clause(article, section, m) is None):
            return None  # "she heads down to the library": a trip to no state is no visit
        # a consultation, or an intent to hold one, that takes two parties
        two_party = (m.code[:2] == "04" and m.code[:3] not in _ONE_PARTY_CONSULTS) or (
            m.code == "036" and m.act[:3] not in _ONE_PARTY_CONSULTS)
        if two_party and not targets and len(home) == 1 and (
                other := self._counterpart(article, section, m, home)):
            # "Seoul agreed to a summit proposed by Tokyo", "worked to negotiate changes to the
            # draft Egypt circulated": the one other country the sentence names takes part.
            targets = [self._country(other)]
        if two_party and len({a.country or key(a) for a in sources + targets}) < 2 and not (
                    len({key(a) for a in sources + targets}) >= 2
                    and any(political(a, ctx.states) for a in sources + targets)
                    and all(political(a, ctx.states) or len(a.actor_code or "") > 3
                            for a in sources + targets)) and not (
                m.code == "036" and len(home) == 1 and not targets
                and self._headline_other(article, section, home)):
            # "the annual meeting of the Society", "the Senate met": a consultation needs
            # two parties; two political actors of one country are two ("Biden met Pelosi"),
            # and so are a political actor and a group ("Putin met business leaders");
            # people met in private life are not; a visit, a host or a mediator ("Russia
            # brokered a truce") needs one; one that agrees to meet, alone under a headline
            # naming another country, agrees with that country.
            return None
        if m.code[:2] == "14" and not targets and (
                mission := mission_country(sent, self.kb.countries_in)) in self.kb.countries:
            # a protest at a country's embassy is aimed at that country's government
            targets = [ActorRef(name=self.kb.countries[mission].name, actor_code=mission + "GOV",
                                country=mission)]
        if m.code[:2] in _COMMERCE_ROOTS and sources and all(
                (a.actor_code or "").endswith("BUS") for a in sources + targets) and (
                targets or not any(t.ent_type_ in ("GPE", "NORP") for t in sent)):
            # "Twitter refused Musk's offer", "Twitter had to acquiesce": commerce; not
            # "Google agreed to pay the French government"
            return None
        if m.code[:2] == "14" and not targets:
            targets = self._protest_aim(article, section, m) or self._protested(sources, place)
        if not targets and m.code[:2] in _JUDGING_ROOTS and section == "body":
            # "The operation was condemned by the EU", "called the attack a violation": the
            # deed told of before, and whoever did it.
            targets = self._doers_told(m, ctx, n, home)
        if (not targets and ctx.focus and home and ctx.focus not in home
                and m.code[:2] in _FOCUS_TARGET_ROOTS and ctx.focus in self.kb.countries
                and is_article(article)):
            # "China, Iran and Russia have pledged funds" in a story about Syria: foreign
            # parties' words and help with no one named are about the story's country.
            targets = [self._country(ctx.focus)]
        if not sources and (iso := home_only):
            # "Smith was praised for her courage" under a headline about one country
            sources = [self._country(iso)]
            confidence -= 0.1

        if sources:
            confidence += 0.15
        if targets:
            confidence += 0.15
        if not m.nominal:
            confidence += 0.05
        if main:
            confidence += 0.05  # the sentence's own act before those it embeds
        toks = sorted(m.tokens, key=lambda t: t.i)
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1])
        # Words in a quote are reported, even when the verb that reports them stands outside.
        in_quote = any(s <= t.idx < e for t in toks for s, e in quotes) or quoted(
            text, sent.start_char, start)
        head = m.support if m.support is not None else m.trigger
        if m.code[:2] in _VIOLENT_ROOTS and not sources and not violent(m, sent, article.title or ""):
            return None
        if sent.text.rstrip(' "\u201d').endswith("?") and asked(head):
            return None  # "Had Red Hat considered this?": a question tells no event
        # A later date counts when it belongs to the trigger's own clause ("launch in 2027").
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        # "was bailed to return to the station on 6 March": a past passive's "to" clause
        # keeps its own date
        later = [c for c in head.children if c.dep_ in ("xcomp", "advcl")] if any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children) else []
        mod = modality(head, headline=headline, in_quote=in_quote,
                       future_date=any(lo <= f < hi and not any(
                           c.left_edge.idx <= f <= c.right_edge.idx for c in later)
                           for f in future), outlet=article.outlet)
        things = [m.trigger] if m.support is not None else [
            c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(d.dep_ == "det" and d.lower_ == "no" for t in things for d in t.children
               if t.lemma_.lower() not in _NO_NEGATION):
            mod = "negated"  # "No charges were filed against him", "imposed no sanctions"
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in head.children):
            mod = "negated"  # "Nobody has been arrested", "No other officer has faced charges"
        if not in_quote and not headline and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in head.children):
            return None  # "You can block access to Facebook": the reader, advised
        if unreal(head, m.support is None and not m.sources):
            return None  # "This should be banned", "a law that would have banned noncompetes"
        code = foreign_restriction(violence_kind(
            protest_aim(specify(m.code, m.trigger, m.support), sent), sources, targets, head,
            sent, ctx.people), m.trigger, sources, targets)
        if mod == "negated" and "03" <= code[:2] <= "08" and not under_denial(head):
            # "did not agree", "will not accept": a refusal, as CAMEO codes it.
            code = recode_refusal(code) or code
        elif mod == "negated" and code == "014" and asked_of(head):
            code = "120"  # "would not consider requests from Iran": a refusal
        would = (any(c.lower_ in ("would", "will", "'ll") for c in head.children)
                 and not any(c.lower_ == "have" and c.dep_ == "aux" for c in head.children)
                 ) or own_option(head)  # "would have been barred": what did not happen
        if mod == "planned" and not m.flipped:
            code = specify_intent(recode_threat(recode_intent(code)), m.trigger, m.support)
        elif mod == "hypothetical" and would and not m.flipped:
            code = recode_threat(code)
        if mod in ("planned", "hypothetical") and unless(head) and code[:2] != "13":
            # "will withdraw its force unless ...": a conditional announcement is a threat;
            # "will refuse aid / reject talks unless ...": to withhold them (1311, 134).
            code = recode_threat(code) if code[:2] >= "14" else _REFUSAL_THREATS.get(
                code, _REFUSAL_THREATS.get(code[:3], "130"))
        elif mod == "negated" and would and unless(head) and code[:3] in _REFUSAL_THREATS:
            # "would hold no more talks unless the bombing stopped": a refusal threatened
            code, mod = _REFUSAL_THREATS[code[:3]], "planned"
        confidence -= 0.04 * min(4, sum(1 for _ in head.ancestors))
        confidence -= 0.08 * embedded(head)
        if words_over_deed(head, mod):
            confidence -= 0.3
        elif background(head):
            confidence -= 0.1
        info = code_info(code)
        implied = [] if any(a.country for a in targets) or (place is not None and any(
            soldiers_abroad(a, place.country or "") for a in targets)) else self._implied(
            article, section, sent, m, home, ctx, n)
        return Event(
            code=info.code, root=info.root, label=info.label,
            plover=m.plover if m.plover and code == m.code else _plover(info, targets),
            quad_class=info.quad_class, goldstein=info.goldstein,
            sources=sources, targets=targets, implied_targets=implied,
            date=day or article.anchor_date,
            place=place,
            modality=mod, sentence=text[sent.start_char:sent.end_char].strip(),
            section=section, start=start, end=end,
            confidence=round(max(0.05, min(0.95, confidence)), 2),
        )

    def _implied(self, article: Article, section: str, sent: Any, m: Coded,
                 home: set[str], ctx: _Context, n: int) -> list[ActorRef]:
        """The other side of the CAMEO dyad when no target is named: for mediation, the
        parties mediated between; else the country the clause places the act in, else the one
        acting country itself, when the sentence names no other country (joint acts of several
        countries: none), else the one other country it names."""
        # The other side is a country the sentence names as a place or people, not the home
        # of a firm or a person it mentions ("via Twitter", "prosecutor Josh Bash").
        others = {ent.country for ent in article.entities
                  if ent.type in ("GPE", "NORP") and ent.country in self.kb.countries
                  and ent.country not in home for men in ent.mentions
                  if men.section == section and sent.start_char <= men.start < sent.end_char}
        if m.code[:3] in MEDIATION:
            # "a deal it brokered between Sudan and Israel": the parties it mediated between,
            # named in the sentence or in the event told just before.
            if len(others) >= 2:
                return [self._country(iso) for iso in sorted(others)]
            parties = {a.country for a in ctx.last_group or [] if a.country in self.kb.countries
                       and a.country not in home}
            if not others and len(parties) >= 2 and 0 < n - ctx.last_group_sentence <= 3:
                return [self._country(iso) for iso in sorted(parties)]
            return []
        where = self.places.in_clause(article, section, m)
        if where is not None and where.country in self.kb.countries:
            return [self._country(where.country)]
        if len(home) > 1 and len(others) == 1 and not m.targets and (
                m.code[:2] in _FOCUS_TARGET_ROOTS):
            # "China, Iran and Russia have pledged funds and Syria is taxing goods": the one
            # other country named is what several countries' words and help are about.
            return [self._country(others.pop())]
        if len(home) != 1 or (m.code == "015" and m.trigger.lemma_.lower() == "claim"):
            return []  # a claim of responsibility is about the claimant's own act
        iso = next(iter(home))
        if iso not in self.kb.countries and len(others) == 1 and m.code[:2] in (
                _FOCUS_TARGET_ROOTS):
            # "Reporters Without Borders said the murder was a blow to journalism in Yemen":
            # what a body of no country judges or gives is about the one country named.
            return [self._country(others.pop())]
        if iso in self.kb.countries and m.code == "0831" and own_office(m):
            # "announced his resignation in a broadcast to the US territory": one leaving
            # office yields to the own country.
            return [self._country(iso)]
        if iso not in self.kb.countries or len(others) > 1:
            return []
        bodies = {ent.id: ent for ent in article.entities if ent.type == "ORG"
                  and (ent.actor_code or "").startswith("IGO") and ent.country not in home
                  for men in ent.mentions if men.section == section
                  and sent.start_char <= men.start < sent.end_char}
        if not others and len(bodies) == 1:
            # "France backed a draft resolution at the United Nations": the body it acts in.
            body = next(iter(bodies.values()))
            return [ActorRef(name=body.name, entity=body.id, actor_code=body.actor_code,
                             country=body.country)]
        if not others and (head := self._headline_other(article, section, home)):
            # A lone sentence naming no other country, under a headline that names one:
            # "The ministry called the strike a violation of Iraqi sovereignty" under "Iraq
            # votes to expel US troops".
            others = {head}
        # The one other country the sentence names is the other side ("Trump defended his
        # decision: 'if Turkey does anything ...'").
        return [self._country(others.pop() if others else iso)]

    @staticmethod
    def _headline_sides(article: Article, section: str, ctx: _Context, m: Coded
                        ) -> tuple[str, str] | None:
        """The target's and the source's country of the one act of ``m``'s root the
        headline over a lone sentence tells, when each is one country and they differ."""
        if section != "body" or is_article(article):
            return None
        heads = [ev for _, ev in ctx.told if ev.section == "title" and ev.root == m.code[:2]]
        if len(heads) != 1:
            return None
        src = {a.country for a in heads[0].sources if a.country}
        tgt = {a.country for a in heads[0].targets if a.country}
        if len(src) != 1 or len(tgt) != 1 or src == tgt:
            return None
        return tgt.pop(), src.pop()

    def _headline_other(self, article: Article, section: str, home: set[str]) -> str | None:
        """The one country other than ``home`` the headline over a lone sentence names."""
        if section != "body" or is_article(article):
            return None
        heads = {ent.country for ent in article.entities
                 if ent.type in ("GPE", "NORP", "PERSON") and ent.country in self.kb.countries
                 and ent.country not in home
                 and any(men.section == "title" for men in ent.mentions)}
        return heads.pop() if len(heads) == 1 else None

    def _counterpart(self, article: Article, section: str, m: Coded, home: set[str]
                     ) -> str | None:
        """The one country other than ``home`` the act's own clause names as a state or a
        people, not as where something happens ("talks in Geneva", "at the Egyptian resort",
        "entered Syria for talks"), nor as whoever reports it ("Brazil agreed to talks,
        Argentine officials said")."""
        head = m.support if m.support is not None else m.trigger
        clause = list(head.subtree)
        # the act's own verbs: its trigger up to its head, and their open complements
        # ("agreed to open talks", "worked to negotiate")
        chain = {m.trigger.i, head.i} | {v.i for v in m.trigger.ancestors if v in clause}
        opens = [t for t in clause if t.i in chain]
        while opens:
            v = opens.pop()
            for c in v.children:
                if c.dep_ == "xcomp" and c.i not in chain:
                    chain.add(c.i)
                    opens.append(c)
        found: set[str] = set()
        for ent in article.entities:
            if ent.type not in ("GPE", "NORP") or ent.country not in self.kb.countries or (
                    ent.country in home):
                continue
            for men in ent.mentions:
                span = [t for t in clause if men.start <= t.idx < men.end]
                if men.section != section or not span:
                    continue
                tok = next((t for t in span if t.head not in span or t.head.i == t.i), None)
                if tok is not None and any(v.pos_ in ("VERB", "AUX") and v.i not in chain and not (
                        v.dep_ == "acl" and v.tag_ == "VBN") for v in tok.ancestors
                        if v in clause):
                    continue  # words of another clause ("claiming he did business with China")
                while tok is not None and tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
                    tok = tok.head
                if tok is None or tok.dep_ == "dobj" or (
                        tok.dep_ == "pobj" and tok.head.lower_ in _AT_PLACE) or (
                        tok.dep_ == "pobj" and tok.head.lower_ in _TOPICS and tok in span):
                    continue  # ("entered Syria for talks"; "talks on Ukraine" may be with anyone)
                found.add(ent.country)
        return found.pop() if len(found) == 1 else None

    def _home_target(self, ctx: _Context, targets: list[ActorRef], sent: Any, m: Coded
                     ) -> str | None:
        """The story's home country when the act falls on its people only (not foreigners
        there, not the generic "you" of advice, not on a sport or market page)."""
        if (ctx.political and ctx.home in self.kb.countries
                and {a.country for a in targets if a.country} == {ctx.home}
                and not any(_foreigner(a, sent.text, m.code) for a in targets)
                and not generic_you(m)):
            return ctx.home
        return None

    def _home_party(self, sources: list[ActorRef], iso: str) -> list[ActorRef]:
        """Words or help for someone of the story's home country from a party the story does
        not place ("She received criticism for her remarks", "We extend our condolences to his
        family", "the council condemned him"): a party of that country, as the named body
        or person when there is one."""
        if not sources:
            return [ActorRef(name=f"{UNNAMED}{self.kb.countries[iso].name}",
                             actor_code=iso, country=iso)]
        for a in sources:
            role = a.actor_code if a.actor_code and a.actor_code.isalpha() and len(
                a.actor_code) == 3 else ""
            a.country = iso
            a.actor_code = iso + role
        return sources

    def _lone_home(self, article: Article, section: str, sent: Any, ctx: _Context, m: Coded
                   ) -> str | None:
        """The one home country the headline gives, for a domestic act whose doer a lone body
        sentence does not name at all and whose other side, if any, is a person of no other
        country: none when the sentence names another country or the act falls on a state."""
        iso = ctx.home
        whole = is_article(article)
        if (section != "body" or (whole and not self._article_home(m)) or not ctx.political or m.sources
                or iso not in self.kb.countries or m.code[:2] in _ABROAD_ROOTS
                or (m.code in _RELEASES and not m.nominal)  # hostages freed by their captors
                or off_sentence(sent) or any(f.actor is not None and f.actor.country and (
                    f.actor.country != iso or f.actor.entity not in ctx.people)
                    for f in m.targets)):
            return None
        # The doer the words give may be unnamed people, not a thing: "That event destroyed
        # 300 homes" is a quake's doing ("objections from", "by" give a noun's doer).
        noun = m.nominal or m.trigger.pos_ == "NOUN"
        head = m.trigger if noun or m.support is None else m.support
        doers = [c for c in subject_holder(head).children if not noun and c.dep_ == "nsubj"] + [
            g for c in head.children if c.dep_ == "agent" or (
                noun and c.dep_ == "prep" and c.lower_ in ("by", "from"))
            for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in _NO_DOERS or accident(g) for g in doers) or any(
                t.lemma_.lower() in _MOURNED for t in m.trigger.subtree):
            return None  # ("paid tribute to the victims": mourning, not an act on anyone)
        if not whole and not any(
                ent.country == iso and any(men.section == "title" for men in ent.mentions)
                for ent in article.entities) and headline_place(article) != iso:
            return None  # the headline, not the sentence, says whose story it is
        for ent in article.entities:
            if ent.country and ent.country != iso and any(
                    men.section == section and sent.start_char <= men.start < sent.end_char
                    for men in ent.mentions):
                return None
        return iso

    @staticmethod
    def _article_home(m: Coded) -> bool:
        """Within a whole article, only a law officer's act told in the passive with no doer
        or an officer as the doer ("He was arrested at 16", "was questioned by detectives")
        is the home country's: elsewhere an article's unnamed doers are its writers,
        advertisers and the people of its features."""
        if m.code not in _LAW_CODES or m.nominal:
            return False
        head = m.trigger if m.support is None else m.support
        clause = head
        while clause.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in clause.children):
            clause = clause.head  # "was expelled from school and arrested at 16"
        agents = [g for c in head.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        return any(c.dep_ == "auxpass" for c in clause.children) and all(
            g.lemma_.lower() in _LAW_DOERS for g in agents)

    def _country(self, iso: str) -> ActorRef:
        """A country as an actor, coded by itself."""
        return ActorRef(name=self.kb.countries[iso].name, actor_code=iso, country=iso)

    def _authorities(self, code: str, iso: str | None, role: str | None = None
                     ) -> list[ActorRef]:
        """Who acts in an agentless passive of law and order ("was arrested in Lebanon",
        "was put under investigation in Italy", "was released on bail"): the authorities of
        the country it happens in, as CAMEO codes it; ``role`` where the act says whose
        (a release on bail is the courts')."""
        if iso is None or iso not in self.kb.countries:
            return []
        role = role or next((_AUTHORITY_ROLES[k] for k in (code, code[:3], code[:2])
                             if k in _AUTHORITY_ROLES), None)
        if role is None:
            return []
        return [ActorRef(name=self.kb.countries[iso].name + " authorities",
                         actor_code=iso + role, country=iso)]

    def _protest_aim(self, article: Article, section: str, m: Coded) -> list[ActorRef]:
        """The country a protest named under the act is against, by the modifier of what it
        opposes ("marched in the tenth week of protests against Chinese government
        encroachment"): that country's government."""
        head = m.support if m.support is not None else m.trigger
        spans = [(men.start, men.end, ent.country) for ent in article.entities
                 if ent.type in ("GPE", "NORP") and ent.country in self.kb.countries
                 for men in ent.mentions if men.section == section]
        for t in head.subtree:
            if t.i == head.i or t.lemma_.lower() not in _PROTEST_NOUNS:
                continue
            for g in (g for p in t.children if p.dep_ == "prep" and p.lower_ == "against"
                      for g in p.children if g.dep_ == "pobj"):
                mods = [g] + [c for c in g.children if c.dep_ in ("amod", "compound", "poss")]
                mods += [d for c in mods[1:] for d in c.children
                         if d.dep_ in ("amod", "compound", "poss")]
                isos = {iso for a, b, iso in spans for c in mods if a <= c.idx < b}
                if len(isos) == 1:
                    iso = isos.pop()
                    return [ActorRef(name=self.kb.countries[iso].name, actor_code=iso + "GOV",
                                     country=iso)]
        return []

    def _protested(self, sources: list[ActorRef], place: PlaceRef | None) -> list[ActorRef]:
        """A protest with no named target is aimed at the government where it happens (else
        at the protesters' own government), as PLOVER codes it."""
        iso = place.country if place is not None and place.country else next(
            (a.country for a in sources if a.country in self.kb.countries), None)
        if iso is None or iso not in self.kb.countries:
            return []
        return [ActorRef(name=self.kb.countries[iso].name, actor_code=iso + "GOV", country=iso)]



def _joint_doers(ctx: _Context) -> list[ActorRef]:
    """"They called on Turkey to halt the drilling it began in Cyprus's waters. The ministers
    agreed ...": the parties that acted together in the sentence that told of the last group
    (its first act, not those embedded in it), when several countries did."""
    for at, ev in ctx.told:
        if at != ctx.last_group_sentence:
            continue
        if len({a.country for a in ev.sources if a.country}) >= 2 and not (
                {a.country for a in ev.sources} & {a.country for a in ev.targets}):
            return list(ev.sources)
    return []


#: Refusals announced on a condition, as the threats they are: of aid withheld (1311), of
#: talks refused (134).
_REFUSAL_THREATS = {"122": "1311", "125": "134", "126": "134"}


def from_the_air(m: Coded) -> bool:
    """An attack with aerial weapons (CAMEO 195): drones and warplanes strike far from home;
    so do missiles and rockets that are the subject ("Missiles hit a market in Kharkiv")."""
    verbs = [m.trigger, *([m.trigger.head] if m.trigger.dep_ in ("advcl", "conj") else [])]
    return specify(m.code, m.trigger, m.support)[:3] == "195" or any(
        airborne(ActorRef(name=c.lemma_)) for v in verbs for c in v.children
        if c.dep_ in ("nsubj", "nsubjpass"))


def _headline_doers(m: Coded, ctx: _Context, targets: list[ActorRef]) -> list[ActorRef]:
    """"US imposes new sanctions on Iran" over "Sanctions were imposed on Iranian oil exports
    on Monday": an act of the headline's kind told with no doer is the headline's doers' (not
    when it falls on their own country: "Two Israeli soldiers were killed" under "Israel
    strikes Gaza")."""
    heads = [ev for _, ev in ctx.told if ev.section == "title" and ev.root == m.code[:2]]
    if len(heads) != 1:
        return []
    doers = [a for a in heads[0].sources if a.country]
    if not doers or {a.country for a in doers} & {a.country for a in targets}:
        return []
    return [ActorRef(name=a.name, entity=a.entity, actor_code=a.actor_code, country=a.country)
            for a in doers]


def _drop_accused_defiance(out: list[Event], n: int, ctx: _Context) -> None:
    """"X said Y broke the law": the accusation is the event; Y's defiance of the law (128),
    reported in the same sentence, is what Y is accused of, not a second act."""
    told = [ev for at, ev in ctx.told if at == n]
    accused = {key(a) for ev in told if ev.root == "11" for a in ev.targets}
    for ev in told:
        if ev.code.startswith("128") and ev.modality == "reported" and ev.sources and all(
                key(a) in accused for a in ev.sources) and ev in out:
            out.remove(ev)
            ctx.told = [(at, e) for at, e in ctx.told if e is not ev]


def _role_only(a: ActorRef) -> bool:
    """An actor known by its role alone ("police" coded COP), its country not yet told."""
    return (a.country is None and a.actor_code is not None and a.actor_code.isalpha()
            and len(a.actor_code) == 3)


def _plover(info: CodeInfo, targets: list[ActorRef]) -> str | None:
    """PLOVER's category; a state's officials expelled (CAMEO 174) are a diplomatic sanction."""
    if info.code == "174" and targets and all(
            (t.actor_code or "").endswith("GOV") for t in targets):
        return "SANCTION"
    return info.plover


#: People abroad: "two Afghan migrants", "a British tourist", "Chinese nationals", "the Russian
#: ambassador".
_ABROAD = re.compile(r"\b(?:nationals?|citizens?|(?:im)?migrants?|refugees?|tourists?|visitors?|"
                     r"expatriates?|expats?|foreigners?|asylum[- ]seekers?|ambassadors?|"
                     r"envoys?|diplomats?|embassy|charg[eé] d'affaires|hostages?|captives?|"
                     r"abductees?|aid workers?)\b")


def _foreigner(actor: ActorRef, sentence: str, code: str) -> bool:
    """True for the other side of an act when its country is that of people abroad, so says
    nothing of where the act's police or officials are from ("Police detained a British
    tourist", "Authorities deported three Chinese nationals", "arrested X, an Australian
    citizen")."""
    if code[:3] == "174" or _ABROAD.search(actor.name.lower()):
        return True
    name = re.escape(actor.name)
    return bool(re.search(name + r",\s+an?\s+(?:[\w-]+\s+){0,2}(?:citizen|national)\b", sentence)
                or re.search(r"\b(?:citizen|national)\s+" + name, sentence))


def _state_bodies(sources: list[ActorRef]) -> bool:
    """Unplaced organs of a state: "the Foreign Ministry", "the army"."""
    return bool(sources) and all(
        a.country is None and (a.actor_code or "") in ("GOV", "MIL") for a in sources)


def _state_deed(actor: ActorRef, people: Any) -> bool:
    """A state, or a state's organ or act named with its country ("Iran", "the Iranian
    seizure", "the Chinese ambassador"): a ministry protesting it is another state's, so
    the object's country is not the ministry's."""
    return bool(actor.country) and (actor.actor_code or "")[3:] in ("", "GOV", "MIL") and (
        actor.entity not in people) and actor.name[:1].isupper()


def _owned_abroad(actor: ActorRef, sentence: str, code: str) -> bool:
    """"the detention of its citizens", "our nationals": people abroad owned by a pronoun
    are the speaker's (or subject's), so their country says nothing of who held them."""
    return actor.name.lower().split(" ", 1)[0] in ("its", "their", "our") and _foreigner(
        actor, sentence, code)


#: The last word of a news outlet's name ("Wikinews", "Fox Business", "the Daily Herald").
_OUTLET = re.compile(r"(?:news|business|times|post|journal|tribune|herald|gazette|tv|radio)$",
                     re.IGNORECASE)


def _interview(ev: Event) -> bool:
    """A meeting or talk with a news outlet is an interview, no consultation ("spoke to
    Wikinews in June", "the paper reached out to the minister", "Speaking with Fox
    Business, he said ...")."""
    return ev.code[:2] in ("03", "04") and any(
        (a.actor_code or "").endswith("MED") or (not a.country and _OUTLET.search(a.name))
        for a in ev.sources + ev.targets)


def _seats_held(ev: Event) -> bool:
    """"These seats are often occupied by the Labour Party": parties hold seats and offices,
    never ground (192)."""
    return ev.code == "192" and any(
        (a.actor_code or "")[3:6] == "PTY" or a.name.endswith(" Party") for a in ev.sources)


@stage("events", requires=("docs", "entities"), assigns=("events",))
def make_events() -> Callable[[Article], Article]:
    return EventStage()


def _surname_of(actor: ActorRef, article: Article) -> bool:
    """An unlinked name that is the surname of one of the article's people ("To beat Trump"
    in a headline the linker left to itself)."""
    return actor.entity is None and " " not in actor.name and any(
        e.type == "PERSON" and e.name.split()[-1] == actor.name for e in article.entities)


def _political_act(event: Event, states: set[str]) -> bool:
    """On a sport or market page, an act with a political actor the text names, or one of the
    authorities acting on someone it names ("was banned from the national team"). The story's
    country standing in for "you" or a star's fans, and authorities put to an unnamed target,
    are the stage's guesses ("You will be fined through adversity", "Adele spoke out against
    fans throwing things"): no state's act."""
    named = any(t.entity for t in event.targets)
    return any(political(a, states) and not (a.entity is None and (
        a.actor_code == a.country or (a.name.endswith(" authorities") and not named)))
        for a in event.sources + event.targets)
