"""Score the quotes stage against a gold JSONL file (one passage per line).

Each line: ``{"id", "text", "title"?, "quotes": [{"text", "speaker", "kind"}]}``. A predicted quote
matches a gold quote of the same passage when it covers at least 80% of the gold quote's words
(multiset overlap); matching is one-to-one, best coverage first. Speaker accuracy is over matched
pairs whose gold speaker is not null: the predicted speaker (entity name, else speaker text) names
the gold speaker (``same_speaker``). ``speaker`` may be a list of acceptable names.

Besides the all-kinds scores, ``direct`` scores direct quotes on their own (direct predictions
against direct gold quotes), the figure the issue's targets are set on.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import Article, Entity, Mention, Quote
from .metrics import PRF, words

MATCH_COVERAGE = 0.8
_ARTICLES = ("the ", "a ", "an ")


def coverage(predicted: str, gold: str) -> float:
    """Share of the gold text's words that the predicted text holds (multiset)."""
    g = Counter(words(gold))
    if not g:
        return 0.0
    p = Counter(words(predicted))
    return sum((p & g).values()) / sum(g.values())


def _norm_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = " ".join(s.lower().replace("’", "'").split())
    for a in _ARTICLES:
        if s.startswith(a):
            s = s[len(a) :]
    return s


def same_speaker(predicted: str | None, gold: str | list[str]) -> bool:
    """The predicted speaker names the gold one: equal once case, accents and a leading article
    are ignored, or one is the other's trailing words ("Biden" for "Joe Biden", the surname a
    passage that never gives the first name can only know)."""
    if predicted is None:
        return False
    p = _norm_name(predicted)
    for g in [gold] if isinstance(gold, str) else gold:
        n = _norm_name(g)
        if p == n or (p and n and (n.endswith(" " + p) or p.endswith(" " + n))):
            return True
    return False


def exact_speaker(predicted: str | None, gold: str | list[str]) -> bool:
    """Equal once case and a leading article are ignored (the stricter reading)."""
    golds = [gold] if isinstance(gold, str) else gold
    return predicted is not None and any(_norm_name(predicted) == _norm_name(g) for g in golds)


def fallback_entities(article: Article) -> list[Entity]:
    """FALLBACK, used only while no "entities" stage is registered: PERSON/ORG/GPE spans from the
    spaCy Docs, a shorter PERSON name joined to a longer one that ends with it ("Carter" to
    "Helen Carter"), each entity named by its longest mention."""
    found: list[tuple[str, str, int, int, str]] = []
    for section, doc in article.docs.items():
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE"):
                text = article.section_text(section)[ent.start_char : ent.end_char]
                found.append((section, ent.label_, ent.start_char, ent.end_char, text))
    names: dict[tuple[str, str], list[Mention]] = {}
    for section, label, s, e, text in found:
        key = (label, text.removesuffix("'s").removesuffix("’s"))
        names.setdefault(key, []).append(Mention(section, s, e, text))
    keys = sorted(names, key=lambda k: -len(k[1]))
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for k in keys:
        target = k
        if k[0] == "PERSON":
            for longer in keys:
                if longer[0] == "PERSON" and len(longer[1]) > len(k[1]) and (longer[1].endswith(" " + k[1])):
                    target = merged.get(longer, longer)
                    break
        merged[k] = target
    groups: dict[tuple[str, str], list[Mention]] = {}
    for k, ms in names.items():
        groups.setdefault(merged[k], []).extend(ms)
    return [
        Entity(id=f"e{i}", name=k[1], type=k[0], mentions=ms) for i, (k, ms) in enumerate(groups.items(), 1)
    ]


def _pipeline(entities: str = "auto") -> tuple[Callable[[Article], Article], bool]:
    """The real runner, with the entities stage when one is registered (``entities="auto"``),
    else nlp + the fallback entities (also forced by ``entities="fallback"``)."""
    from ..pipeline import nlp, quotes  # noqa: F401 - registers the stages
    from ..pipeline.registry import Runner, registered

    with contextlib.suppress(ImportError):
        importlib.import_module("tidings.pipeline.entities")
    if entities != "fallback" and "entities" in registered():
        runner = Runner(["nlp", "entities", "quotes"])
        return runner, True
    nlp_fn = registered()["nlp"].factory()
    quotes_fn = registered()["quotes"].factory()

    def run(article: Article) -> Article:
        article = nlp_fn(article)
        article.entities = fallback_entities(article)
        article = quotes_fn(article)
        article.docs.clear()
        return article

    return run, False


def _match(pred: list[Quote], gold: list[dict[str, Any]]) -> list[tuple[Quote, dict[str, Any]]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            c = coverage(p.text, g["text"])
            if c >= MATCH_COVERAGE:
                pairs.append((c, gi, pi))
    pairs.sort(key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _c, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((pred[pi], gold[gi]))
    return out


def score_quotes(gold_path: str | Path, *, entities: str = "auto") -> dict[str, Any]:
    """Quote P/R/F1, per-kind recall and speaker accuracy over the gold passages."""
    run, real_entities = _pipeline(entities)
    n_pred = n_gold = tp = 0
    spk_ok = spk_n = kind_ok = spk_exact = 0
    d_pred = d_gold = d_tp = d_spk_ok = d_spk_n = 0
    per_kind: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    started = time.perf_counter()
    records = [json.loads(line) for line in Path(gold_path).read_text("utf-8").splitlines() if line]
    for rec in records:
        article = run(Article(body=rec["text"], title=rec.get("title")))
        gold = rec["quotes"]
        pred = article.quotes
        pairs = _match(pred, gold)
        n_pred += len(pred)
        n_gold += len(gold)
        tp += len(pairs)
        d_p = [p for p in pred if p.kind == "direct"]
        d_g = [g for g in gold if g["kind"] == "direct"]
        d_pairs = _match(d_p, d_g)
        d_pred += len(d_p)
        d_gold += len(d_g)
        d_tp += len(d_pairs)
        for p, g in d_pairs:
            if g.get("speaker") is not None:
                d_spk_n += 1
                d_spk_ok += same_speaker(p.speaker, g["speaker"])
        for g in gold:
            per_kind.setdefault(g["kind"], [0, 0])[1] += 1
        for p, g in pairs:
            per_kind[g["kind"]][0] += 1
            kind_ok += p.kind == g["kind"]
            if g.get("speaker") is not None:
                spk_n += 1
                ok = same_speaker(p.speaker, g["speaker"])
                spk_ok += ok
                spk_exact += exact_speaker(p.speaker, g["speaker"])
                if not ok:
                    misses.append(
                        {
                            "id": rec["id"],
                            "quote": g["text"][:60],
                            "speaker": p.speaker,
                            "gold_speaker": g["speaker"],
                        }
                    )
        matched_g = {id(g) for _p, g in pairs}
        matched_p = {id(p) for p, _g in pairs}
        misses += [{"id": rec["id"], "missed": g["text"][:80]} for g in gold if id(g) not in matched_g]
        misses += [
            {"id": rec["id"], "spurious": p.text[:80], "kind": p.kind} for p in pred if id(p) not in matched_p
        ]
    prf = PRF.from_counts(tp, n_pred, n_gold)
    d_prf = PRF.from_counts(d_tp, d_pred, d_gold)
    return {
        "passages": len(records),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": prf.precision,
        "recall": prf.recall,
        "f1": prf.f1,
        "speaker_accuracy": spk_ok / spk_n if spk_n else 1.0,
        "speaker_accuracy_exact": spk_exact / spk_n if spk_n else 1.0,
        "kind_accuracy": kind_ok / tp if tp else 1.0,
        "recall_by_kind": {k: v[0] / v[1] for k, v in per_kind.items() if v[1]},
        "direct": {
            "gold": d_gold,
            "predicted": d_pred,
            "precision": d_prf.precision,
            "recall": d_prf.recall,
            "f1": d_prf.f1,
            "speaker_accuracy": d_spk_ok / d_spk_n if d_spk_n else 1.0,
        },
        "entities": "stage" if real_entities else "fallback",
        "seconds": time.perf_counter() - started,
        "errors": misses,
    }
