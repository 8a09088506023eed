"""The event lexicon: verb and noun patterns per CAMEO code, read from ``data/event_lexicon.csv``.

Columns: ``code, kind, lemma, particle, objects, note, plover``.

- ``kind = verb``: the verb ``lemma``; ``particle`` a particle or preposition that must hang on
  the verb ("call *for*", "crack *down*"); ``objects`` the head lemmas one of which must be the
  verb's object (direct object, object of the particle, or passive subject), with four special
  values: ``-`` (no direct object), ``*`` (some direct object), ``*actor`` (an object that is
  an actor) and ``*place`` (an object the recogniser named as a place: "seized Kabul").
- ``kind = noun``: an event noun; ``particle`` lists the support verbs that carry it with their
  subject as source ("*hold* talks", "*impose* sanctions"); ``objects`` modifier lemmas one of
  which must qualify the noun ("*hunger* strike"); ``+`` among them makes the pattern apply
  only under one of its support verbs ("go on strike", never a bare "strikes").
- ``kind = stop``: a verb whose listed objects make it no event at all ("fight corruption",
  "attack the problem"); ``code`` is empty. A stop is checked before the verb's patterns.
- ``kind = set``: a named word set, used as ``@name`` inside ``objects``.
- ``plover`` (optional): the PLOVER category where this wording is finer than its CAMEO code
  ("indict" is CAMEO 173 with arrests, but PLOVER's ACCUSE as a legal accusation).

Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeDataError
from .cameo import is_code

_PATH = Path(__file__).parent / "data" / "event_lexicon.csv"
SPECIAL_OBJECTS = frozenset({"-", "*", "*actor", "*place", "+"})
PLOVER_CATEGORIES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
#: Verbs whose "re-" form is the same act done again; each gets its base verb's patterns.
_RENEWABLE = ("impose", "open", "start", "establish", "deploy", "arrest", "capture", "enter",
              "occupy", "launch", "introduce", "unite", "engage", "negotiate", "instate",
              "arm", "take", "convene", "schedule", "invade")
#: Support verbs that begin an event; an event begun can also be resumed, renewed or completed.
_BEGINNING = frozenset({"begin", "start", "hold", "launch", "open", "conduct"})
_RESUMING = frozenset({"resume", "renew", "restart", "reopen", "continue", "complete",
                       "conclude", "finish", "wrap"})


@dataclass(frozen=True)
class Pattern:
    code: str
    kind: str
    lemma: str
    particle: str  # verb: a required particle; noun: unused (see ``support``)
    objects: frozenset[str]
    support: frozenset[str]
    note: str
    #: A PLOVER category for this wording, overriding the CAMEO code's (empty: the code's).
    plover: str = ""

    @property
    def specificity(self) -> int:
        """How much of the pattern must match: more constrained patterns win."""
        plain = self.objects - SPECIAL_OBJECTS
        return (2 if plain else 1 if self.objects else 0) + (1 if self.particle else 0) + (
            len(self.code) - 2
        )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    #: Verb lemma -> object lemmas that make it no event ("fight" + corruption).
    stops: dict[str, frozenset[str]] = field(default_factory=dict)

    def support_verbs(self) -> frozenset[str]:
        return frozenset(v for pats in self.nouns.values() for p in pats for v in p.support)


def _renewed(support: frozenset[str]) -> frozenset[str]:
    """Support verbs with the acts of doing it again: "reimpose a blockade", "resume talks"."""
    out = set(support) | {pre + v for v in support & set(_RENEWABLE) for pre in ("re", "re-")}
    if support & _BEGINNING:
        out |= _RESUMING
    return frozenset(out)


def _words(cell: str) -> list[str]:
    return [w.strip().lower() for w in cell.split("|") if w.strip()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event lexicon, loaded once; raises :class:`KnowledgeDataError` on a malformed row."""
    with _PATH.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(line for line in fh if not line.startswith("#"))]
    sets: dict[str, list[str]] = {
        r["lemma"]: _words(r["objects"]) for r in rows if r["kind"] == "set"
    }

    def expand(cell: str) -> frozenset[str]:
        out: list[str] = []
        for w in _words(cell):
            if w.startswith("@"):
                if w[1:] not in sets:
                    raise KnowledgeDataError(f"event lexicon: unknown word set {w!r}")
                out.extend(sets[w[1:]])
            else:
                out.append(w)
        return frozenset(out)

    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    stops: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        kind = r["kind"]
        if kind == "set":
            continue
        if kind == "stop":
            stops[r["lemma"].strip().lower()] |= expand(r["objects"])
            continue
        if kind not in ("verb", "noun") or not is_code(r["code"]):
            raise KnowledgeDataError(f"event lexicon: bad row {r!r}")
        lemma = r["lemma"].strip().lower()
        plover = (r.get("plover") or "").strip().upper()
        if plover and plover not in PLOVER_CATEGORIES:
            raise KnowledgeDataError(f"event lexicon: unknown PLOVER category in {r!r}")
        if kind == "verb":
            p = Pattern(r["code"], kind, lemma, r["particle"].strip().lower(),
                        expand(r["objects"]), frozenset(), r["note"], plover)
            verbs[lemma].append(p)
        else:
            p = Pattern(r["code"], kind, lemma, "", expand(r["objects"]),
                        frozenset(_words(r["particle"])), r["note"], plover)
            nouns[lemma].append(p)
    for base in _RENEWABLE:
        # "reimposed a blockade", "reopened the border": the act done again is the act.
        for form in ("re" + base, "re-" + base):
            if base in verbs and form not in verbs:
                verbs[form] = list(verbs[base])
    for lemma, pats in nouns.items():
        nouns[lemma] = [
            Pattern(p.code, p.kind, p.lemma, p.particle, p.objects, _renewed(p.support), p.note,
                    p.plover)
            for p in pats
        ]
    return Lexicon(
        {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verbs.items()},
        {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in nouns.items()},
        {k: frozenset(v) for k, v in stops.items()},
    )
