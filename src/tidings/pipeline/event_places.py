"""Where an event happened: a place named on its words, in its sentence, or the dateline.

Names resolve through the knowledge base, unless the article placed them in another country
("Moscow, Idaho"); a sea is not the coastal province named after it."""

from __future__ import annotations

import re
from typing import Any

from ..knowledge.base import KnowledgeBase
from ..knowledge.gazetteer import WATERS
from ..knowledge.place_resolve import town
from ..model import Article, Event, PlaceRef
from .event_mention import Mention as Coded

_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district",
                          "county", "state", "port", "area", "suburb", "outskirts", "enclave"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)\s*(?:,|—|–|-{1,2}|\()")


class EventPlacer:
    """Places events: the sentence's "in X", the clause's own "in X", the speaker's seat."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def in_sentence(self, article: Article, section: str, sent: Any) -> PlaceRef | None:
        for ent in article.entities:
            if ent.type not in ("GPE", "LOC", "FAC", "NORP"):
                continue
            if ent.type == "NORP" and (ent.country or not self.town(ent.name)):
                continue  # a demonym, unless the recogniser mistook a town for one
            for mention in ent.mentions:
                if mention.section != section or not (
                    sent.start_char <= mention.start < sent.end_char
                ):
                    continue
                span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                tok = span.root
                while (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                       and tok.head.head.lemma_.lower() in _PLACE_NOUNS):
                    tok = tok.head.head  # "near the town of Samarra"
                head = tok.head
                if tok.dep_ == "pobj" and (head.lower_ in _PLACE_PREPS or (
                        head.lower_ == "of" and head.head.lower_ in _PLACE_PREPS)):
                    place = self.located(article, ent.name, ent.country)
                    if place is None and (found := self.town(ent.name)) is not None and (
                            ent.country in (None, found.country)):
                        place = found  # the gazetteer's town, unless the story placed it
                    if place is None and ent.country in self.kb.countries:
                        place = PlaceRef(ent.name, ent.country, None, None)
                    if place is not None:
                        return place
        return None

    def town(self, name: str) -> PlaceRef | None:
        if WATERS.search(name):
            return None  # "in the Red Sea" is at sea, not in Sudan's Red Sea State
        entry = town(name)
        return None if entry is None else PlaceRef(entry.name, entry.country, entry.lat,
                                                   entry.lon)

    def in_clause(self, article: Article, section: str, m: Coded) -> PlaceRef | None:
        """A place named "in ..." on the trigger itself, its object or its infinitive, not
        elsewhere in the sentence ("relief officials in Nairobi said")."""
        head = m.support if m.support is not None else m.trigger
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "xcomp")]
        holders += [o for x in holders[1:] if x.dep_ == "xcomp" for o in x.children
                    if o.dep_ == "dobj"]
        spans = {(men.start, men.end): ent for ent in article.entities
                 if ent.type in ("GPE", "LOC") for men in ent.mentions
                 if men.section == section}
        for h in holders:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside"):
                    continue
                for g in prep.children:
                    if g.dep_ != "pobj":
                        continue
                    # The place itself or "the town of X", not a place deeper in the phrase
                    # ("in a broadcast to the U.S. territory").
                    heads = [g] + [o for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for o in c.children if o.dep_ == "pobj"]
                    for (a, b), ent in spans.items():
                        if any(a <= h.idx < b for h in heads):
                            place = self.located(article, ent.name, ent.country)
                            if place is not None:
                                return place
        return None

    def located(self, article: Article, name: str, country: str | None
                       ) -> PlaceRef | None:
        """The place a name stands for in this article: the knowledge base's, unless the text
        put it in another country ("Moscow, Idaho"); then the places stage's reading of it, or
        the country alone."""
        place = self.place_ref(name)
        if place is None or country is None or place.country == country or (
                country not in self.kb.countries):
            return place
        read = next((p for p in article.places if p.name == name and p.country == country),
                    None)
        if read is not None:
            return PlaceRef(read.name, read.country, read.lat, read.lon)
        return PlaceRef(name, country, None, None)

    def place_ref(self, name: str) -> PlaceRef | None:
        place = self.kb.place(name)
        if place is not None:
            return PlaceRef(place.name, place.country, place.lat, place.lon)
        iso3 = self.kb.country_for(name)
        if iso3 is not None:
            return PlaceRef(self.kb.countries[iso3].name, iso3, None, None)
        return None

    def seat(self, ev: Event) -> PlaceRef | None:
        for a in ev.sources:
            seat = self.kb.seat(a.name)
            if seat is not None and seat[0] in self.kb.countries:
                return self.place_ref(self.kb.countries[seat[0]].capital)
        return None

    def dateline(self, body: str) -> PlaceRef | None:
        m = _DATELINE.match(body[:80])
        if m is None:
            return None
        name = m.group(1).strip().title()
        return self.place_ref(name)
