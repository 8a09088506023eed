"""The entities stage: named mentions from spaCy, clustered per document and coded as actors.

Mentions of one person, organisation or place cluster under one canonical name (its fullest
form): "Vladimir Putin", "Putin", "President Putin". Each cluster is looked up in the knowledge
base for its country, its CAMEO actor code (country plus the role held on the article's date) and
its Wikidata id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..knowledge.resolve import ActorResolver
from ..model import Article, Entity, Mention
from .registry import stage

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
          "NORP": "NORP"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING = re.compile(r"(?:['’]s|['’])$")
#: Titles that may precede a name inside spaCy's PERSON span; they are not part of the name.
_TITLES = {
    "president", "prime", "minister", "chair", "chairman", "premier", "king", "queen", "prince",
    "mr", "mrs", "ms", "dr", "sir", "general", "gen", "colonel", "senator", "sen", "rep",
    "governor", "mayor", "ambassador", "secretary", "chancellor", "judge", "analyst",
    "journalist", "former", "deputy", "foreign", "defence", "defense", "lawyer", "activist",
}


@dataclass
class _Cluster:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    actor_code: str | None = None
    kb_id: str | None = None


def _clean(text: str, start: int) -> tuple[str, int]:
    """Strip a leading article, a trailing possessive, and leading titles; return text and start."""
    m = _LEADING.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    text = _TRAILING.sub("", text).rstrip(" ,.;:")
    return text, start


def _strip_titles(text: str, start: int) -> tuple[str, int]:
    words = text.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _plausible(text: str, label: str) -> bool:
    if not any(c.isalpha() for c in text):
        return False
    if label == "PERSON":
        words = text.split()
        # Every word of a name starts with a capital (particles like "bin", "van" aside).
        return all(w[0].isupper() or w in {"bin", "al", "van", "von", "de", "da", "ibn"}
                   for w in words) and len(words) <= 5
    return text[0].isupper() or text[0].isdigit()


class EntityStage:
    def __init__(self, resolver: ActorResolver | None) -> None:
        self.resolver = resolver

    def __call__(self, article: Article) -> Article:
        raw: list[tuple[str, str, Mention]] = []
        for section, doc in article.docs.items():
            text = article.section_text(section)
            for ent in doc.ents:
                label = LABELS.get(ent.label_)
                if label is None:
                    continue
                span = text[ent.start_char:ent.end_char].split("\n", 1)[0]
                surface, start = _clean(span, ent.start_char)
                if label == "PERSON":
                    surface, start = _strip_titles(surface, start)
                if not surface or not _plausible(surface, label):
                    continue
                raw.append((label, surface, Mention(section, start, start + len(surface), surface)))
        clusters = self._cluster(raw)
        if self.resolver is not None:
            countries = self.resolver.article_countries([c.name for c in clusters])
            for c in clusters:
                self.resolver.resolve(c, article, countries)
            clusters = _merge_same_name(clusters)
        article.entities = [
            Entity(id=f"e{i}", name=c.name, type=c.type, country=c.country,
                   actor_code=c.actor_code, kb_id=c.kb_id,
                   mentions=sorted(c.mentions, key=_order))
            for i, c in enumerate(clusters, start=1)
        ]
        return article

    def _cluster(self, raw: list[tuple[str, str, Mention]]) -> list[_Cluster]:
        by_key: dict[tuple[str, str], _Cluster] = {}
        # Longest names first, so short forms ("Putin") attach to the full one.
        for label, surface, mention in sorted(raw, key=lambda r: -len(r[1].split())):
            key = (label, surface.lower())
            cluster = by_key.get(key)
            if cluster is None and label == "PERSON" and " " not in surface:
                matches = {id(c): c for (lab, _), c in by_key.items()
                           if lab == "PERSON" and surface.lower() in c.name.lower().split()}
                if len(matches) == 1:
                    cluster = next(iter(matches.values()))
            if cluster is None:
                cluster = _Cluster(surface, label)
                by_key[key] = cluster
            else:
                by_key.setdefault(key, cluster)
            cluster.mentions.append(mention)
        seen: dict[int, _Cluster] = {}
        for c in by_key.values():
            seen.setdefault(id(c), c)
        return sorted(seen.values(), key=lambda c: _order(min(c.mentions, key=_order)))


def _merge_same_name(clusters: list[_Cluster]) -> list[_Cluster]:
    """Clusters the knowledge base gave one canonical name ("Putin", "Vladimir Putin") become one."""
    by_key: dict[tuple[str, str], _Cluster] = {}
    out: list[_Cluster] = []
    for c in clusters:
        key = (c.type, c.name.lower())
        if key in by_key:
            by_key[key].mentions.extend(c.mentions)
        else:
            by_key[key] = c
            out.append(c)
    return out


def _order(m: Mention) -> tuple[int, int, int]:
    rank = 0 if m.section == "title" else 1 if m.section == "body" else 2
    idx = int(m.section.split(":")[1]) if m.section.startswith("related:") else 0
    return (rank, idx, m.start)


@stage("entities", requires=("docs",), assigns=("entities",))
def make_entities() -> Callable[[Article], Article]:
    from ..knowledge.resolve import ActorResolver

    return EntityStage(ActorResolver())
