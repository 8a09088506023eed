"""Score the entities stage against the entity gold set (JSONL files in a folder).

Each line: ``{"id", "split", "kind", "date", "title", "body", "related", "entities": [{"name",
"type", "country", "actor_code", "also"?}]}``. The real runner (``nlp`` then ``entities``) reads
each record as an Article. An entity is (canonical name, type) with type PERSON, ORG or GPE; gold
names may list accepted variants in ``also``. Counts are summed over articles (micro-averaged) for
precision, recall and F1; actor-country accuracy is over matched entities whose gold country is
set, actor-code accuracy over those whose gold actor code is set.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..model import Article
from .metrics import PRF

SCORED_TYPES = frozenset({"PERSON", "ORG", "GPE"})


def name_key(name: str) -> str:
    """Case-, accent-, dot- and leading-article-insensitive form of a name."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = plain.replace("’", "'").replace(".", "").replace("-", " ")
    words = plain.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def read_gold(gold: str | Path) -> list[dict[str, Any]]:
    """Every record of a gold file, or of every ``*.jsonl`` file in a gold folder."""
    path = Path(gold)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    out: list[dict[str, Any]] = []
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rec.setdefault("part", f.stem)
                out.append(rec)
    return out


def article_for(rec: dict[str, Any]) -> Article:
    return Article(body=rec.get("body") or "", title=rec.get("title"),
                   related_headlines=list(rec.get("related") or []),
                   published=rec.get("date"))


def _runner() -> Callable[[Article], Article]:
    from ..pipeline import entities, nlp  # noqa: F401 - registers the stages
    from ..pipeline.registry import Runner

    return Runner(["nlp", "entities"])


class _Tally:
    def __init__(self) -> None:
        self.tp = self.n_pred = self.n_gold = 0
        self.country_ok = self.country_n = self.code_ok = self.code_n = 0
        self.articles = 0

    def result(self) -> dict[str, Any]:
        prf = PRF.from_counts(self.tp, self.n_pred, self.n_gold)
        return {
            "articles": self.articles, "gold": self.n_gold, "predicted": self.n_pred,
            "matched": self.tp, "precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
            "country_accuracy": self.country_ok / self.country_n if self.country_n else 1.0,
            "actor_code_accuracy": self.code_ok / self.code_n if self.code_n else 1.0,
        }


def score_article(article: Article, gold: Iterable[dict[str, Any]], tally: _Tally,
                  rec_id: str, errors: list[dict[str, Any]], ignore: Iterable[str] = ()) -> None:
    """Add one article's counts to ``tally``; misses and wrong codes go to ``errors``.

    Predicted names listed in ``ignore`` (nested or ambiguous names the gold leaves open) count
    neither way."""
    skip = {name_key(n) for n in ignore}
    pred: dict[tuple[str, str], Any] = {}
    for e in article.entities:
        if e.type in SCORED_TYPES and name_key(e.name) not in skip:
            pred.setdefault((name_key(e.name), e.type), e)
    tally.articles += 1
    tally.n_pred += len(pred)
    used: set[tuple[str, str]] = set()
    for g in gold:
        tally.n_gold += 1
        keys = [(name_key(n), g["type"]) for n in (g["name"], *g.get("also", ()))]
        hit = next((k for k in keys if k in pred and k not in used), None)
        if hit is None:
            errors.append({"id": rec_id, "missed": g["name"], "type": g["type"]})
            continue
        used.add(hit)
        tally.tp += 1
        p = pred[hit]
        if g.get("country"):
            tally.country_n += 1
            tally.country_ok += p.country == g["country"]
        if g.get("actor_code"):
            tally.code_n += 1
            tally.code_ok += p.actor_code == g["actor_code"]
        if p.country != g.get("country") or (g.get("actor_code") and p.actor_code != g["actor_code"]):
            errors.append({"id": rec_id, "entity": g["name"], "country": p.country,
                           "gold_country": g.get("country"), "actor_code": p.actor_code,
                           "gold_actor_code": g.get("actor_code")})
    for k, e in pred.items():
        if k not in used:
            errors.append({"id": rec_id, "spurious": e.name, "type": e.type})


def title_case_false_persons(article: Article, gold: Iterable[dict[str, Any]],
                             ignore: Iterable[str] = ()) -> list[str]:
    """PERSON entities found only in headlines (title, related) that the gold does not hold."""
    names = {name_key(n) for g in gold if g["type"] == "PERSON"
             for n in (g["name"], *g.get("also", ()))} | {name_key(n) for n in ignore}
    return [e.name for e in article.entities if e.type == "PERSON"
            and name_key(e.name) not in names
            and all(m.section != "body" for m in e.mentions)]


def score_entities(gold_dir: str | Path) -> dict[str, Any]:
    """Entity P/R/F1 and actor-country accuracy, overall, per split (``all dev``, ``all
    test``), per part and per part and split (``wikinews test``)."""
    run = _runner()
    records = read_gold(gold_dir)
    tallies: dict[str, _Tally] = {"all": _Tally()}
    errors: list[dict[str, Any]] = []
    false_persons: list[str] = []
    started = time.perf_counter()
    for rec in records:
        article = run(article_for(rec))
        split = rec.get("split", "dev")
        groups = ("all", f"all {split}", rec["part"], f"{rec['part']} {split}")
        for group in groups:
            tally = tallies.setdefault(group, _Tally())
            score_article(article, rec["entities"], tally, rec["id"],
                          errors if group == "all" else [], rec.get("ignore", ()))
        if rec.get("kind") in ("page", "headlines"):
            false_persons += [f"{rec['id']}: {n}" for n in title_case_false_persons(
                article, rec["entities"], rec.get("ignore", ()))]
    out: dict[str, Any] = {name: t.result() for name, t in tallies.items()}
    out["title_case_false_persons"] = len(false_persons)
    out["seconds"] = time.perf_counter() - started
    out["false_person_names"] = false_persons
    out["errors"] = errors
    return out
