"""Whether an article is about politics at all.

Sport, entertainment and market pages use the verbs of conflict for other things ("the Jets
ruled out Wilson", "Noonan beat out Carnell", "he fought through it"). In an article whose words
are mostly those of such pages, an event is kept only when a political actor takes part: a
state, its government, forces, courts or legislators, a party, an armed group or an
international body. Lone sentences and briefs are never judged off-topic.
"""

from __future__ import annotations

from typing import Any

from ..model import ActorRef, Article
from .story_focus import is_article

#: Words of sport, entertainment and market pages.
_OFF_WORDS = frozenset({
    "game", "match", "season", "coach", "league", "playoff", "tournament", "championship",
    "quarterback", "striker", "goalkeeper", "inning", "touchdown", "halftime", "roster",
    "teammate", "stadium", "fan", "draft", "rookie", "score", "scorer", "referee", "medal",
    "film", "movie", "album", "song", "singer", "actor", "actress", "episode", "series",
    "premiere", "concert", "festival", "celebrity", "box", "trailer", "studio", "fashion",
    "stock", "shares", "investor", "earnings", "revenue", "dividend", "portfolio", "nasdaq",
    "recipe", "restaurant", "menu", "car", "engine", "horsepower",
})
#: Words of the arts that tell a lone sentence's praise or blame of a work, not of a party.
_ARTS_WORDS = frozenset({"exhibition", "gallery", "painting", "artwork", "architect", "novel"})
#: Words of political news.
_POLITICAL_WORDS = frozenset({
    "government", "minister", "president", "parliament", "senate", "congress", "election",
    "vote", "policy", "law", "court", "judge", "police", "army", "military", "troops", "war",
    "sanction", "treaty", "diplomat", "embassy", "protest", "opposition", "party", "official",
    "ministry", "prosecutor", "governor", "mayor", "border", "state", "regime", "rebel",
})
#: Actor roles of political actors.
_POLITICAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP",
                              "OPP", "PTY", "UAF", "IGO", "NGO"})
_MIN_OFF = 6


def off_politics(article: Article, doc: Any) -> bool:
    """An article whose words are mostly those of sport, entertainment or markets."""
    if not is_article(article):
        return False
    off = political = 0
    for tok in doc:
        lemma = tok.lemma_.lower()
        off += lemma in _OFF_WORDS
        political += lemma in _POLITICAL_WORDS
    return off >= _MIN_OFF and off >= 2 * political


def political(actor: ActorRef, states: set[str]) -> bool:
    """A state (``states``: the article's entities that are places), one of its institutions,
    a party, an armed group or an international body."""
    code = actor.actor_code or ""
    if code.startswith(("IGO", "NGO")):
        return True
    if actor.country and code == actor.country and (actor.entity is None
                                                    or actor.entity in states):
        return True
    return code[3:6] in _POLITICAL_ROLES


def off_sentence(sent: Any) -> bool:
    """A sentence with words of sport, entertainment or markets and none of politics ("the
    film was praised by critics")."""
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & (_OFF_WORDS | _ARTS_WORDS)) and not lemmas & _POLITICAL_WORDS
