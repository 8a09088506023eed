"""Scoring the plain-text layout reader: our own gold pages and the shared real page dumps."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tidings.eval.metrics import PRF, shingle_prf
from tidings.read.base import PageText
from tidings.read.text_layout import read_page


def norm(text: str | None) -> str:
    """Compare-form of a title or name: NFKC, straight quotes, lower case, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("‘’“”«»–—", "''\"\"\"\"--"))
    return re.sub(r"\s+", " ", text).strip(" .").lower()


def _set_counts(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    p = {norm(x) for x in pred if norm(x)}
    g = {norm(x) for x in gold if norm(x)}
    return len(p & g), len(p), len(g)


def _first_last(body: str) -> tuple[str, str]:
    paras = [p for p in body.split("\n") if p.strip()]
    return (paras[0], paras[-1]) if paras else ("", "")


def score_layout_gold(folder: Path) -> dict[str, float]:
    """Score ``read_page`` over ``NAME.txt`` / ``NAME.json`` pairs in ``folder``."""
    n = title_ok = outlet_ok = bounds_ok = 0
    a_tp = a_p = a_g = r_tp = r_p = r_g = 0
    for expected_path in sorted(folder.glob("*.json")):
        page_path = expected_path.with_suffix(".txt")
        if not page_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        got = read_page(page_path.read_text(encoding="utf-8"))
        n += 1
        title_ok += norm(got.title) == norm(expected.get("title"))
        outlet_ok += norm(got.outlet) == norm(expected.get("outlet"))
        first, last = _first_last(got.body)
        bounds_ok += norm(first) == norm(expected.get("body_first")) and norm(last) == norm(
            expected.get("body_last")
        )
        tp, np_, ng = _set_counts(got.authors, expected.get("authors", []))
        a_tp, a_p, a_g = a_tp + tp, a_p + np_, a_g + ng
        tp, np_, ng = _set_counts(got.related_headlines, expected.get("related_headlines", []))
        r_tp, r_p, r_g = r_tp + tp, r_p + np_, r_g + ng
    if not n:
        return {"pages": 0.0}
    authors = PRF.from_counts(a_tp, a_p, a_g)
    related = PRF.from_counts(r_tp, r_p, r_g)
    return {
        "pages": float(n),
        "title_accuracy": title_ok / n,
        "author_precision": authors.precision,
        "author_recall": authors.recall,
        "author_f1": authors.f1,
        "outlet_accuracy": outlet_ok / n,
        "body_boundary_accuracy": bounds_ok / n,
        "related_precision": related.precision,
        "related_recall": related.recall,
        "related_f1": related.f1,
    }


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def dump_ids(dumps_path: Path) -> list[str]:
    """Page ids of a dumps file, in file order (the even/odd development split uses this order)."""
    return [str(rec["id"]) for rec in _jsonl(dumps_path)]


def score_dumps(gold_path: Path, dumps_path: Path, ids: set[str] | None = None) -> dict[str, Any]:
    """Score ``read_page`` on real page dumps against their gold: body shingle P/R/F1 (mean over
    pages), title exact match (normalised), author P/R/F1 (micro) and date accuracy."""
    gold = {str(rec["id"]): rec for rec in _jsonl(gold_path)}
    n = title_ok = date_ok = 0
    bp = br = bf = 0.0
    a_tp = a_p = a_g = 0
    per_page: dict[str, float] = {}
    for rec in _jsonl(dumps_path):
        pid = str(rec["id"])
        if (ids is not None and pid not in ids) or pid not in gold:
            continue
        g = gold[pid]
        got: PageText = read_page(rec.get("page") or "")
        prf = shingle_prf(got.body, g.get("body") or "")
        n += 1
        bp, br, bf = bp + prf.precision, br + prf.recall, bf + prf.f1
        per_page[pid] = prf.f1
        title_ok += norm(got.title) == norm(g.get("title"))
        date_ok += bool(got.published) and str(g.get("date") or "")[:10] == got.published
        tp, np_, ng = _set_counts(got.authors, g.get("authors") or [])
        a_tp, a_p, a_g = a_tp + tp, a_p + np_, a_g + ng
    if not n:
        return {"pages": 0}
    authors = PRF.from_counts(a_tp, a_p, a_g)
    return {
        "pages": n,
        "body_precision": bp / n,
        "body_recall": br / n,
        "body_f1": bf / n,
        "title_accuracy": title_ok / n,
        "author_precision": authors.precision,
        "author_recall": authors.recall,
        "author_f1": authors.f1,
        "date_accuracy": date_ok / n,
        "per_page_f1": per_page,
    }
