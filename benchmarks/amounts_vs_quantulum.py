"""Amounts: tidings beside quantulum3 on the same gold, in one run (quality and speed).

Usage: python benchmarks/amounts_vs_quantulum.py [--gold tests/gold/figures/figures.jsonl]

Both extract amounts from every gold passage; a prediction matches a gold amount when value and
unit agree exactly (quantulum3's currency entities give their ISO code, its percentages ``%``, other
units their name, plural when the value is not 1). Prints P/R/F1 for all amounts and for money and
percentages alone, and the seconds each took: for tidings both the amounts stage alone and the
stage with the spaCy parse it needs.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _quantulum_unit(q: Any) -> str | None:
    unit = q.unit
    if unit.entity.name == "currency":
        return getattr(unit, "currency_code", None) or unit.name
    if unit.name == "percentage":
        return "%"
    if unit.name == "dimensionless":
        return None
    name = str(unit.name)
    return name if q.value == 1 or name.endswith("s") else name + "s"


def _score(pred: list[list[tuple[float, str | None]]], gold: list[list[tuple[float, str | None]]],
           keep: Any = lambda unit: True) -> tuple[float, float, float]:
    from tidings.eval.metrics import PRF

    tp = n_pred = n_gold = 0
    for p_items, g_items in zip(pred, gold, strict=True):
        p_items = [x for x in p_items if keep(x[1])]
        g_items = [x for x in g_items if keep(x[1])]
        left = list(g_items)
        for item in p_items:
            if item in left:
                left.remove(item)
                tp += 1
        n_pred += len(p_items)
        n_gold += len(g_items)
    prf = PRF.from_counts(tp, n_pred, n_gold)
    return prf.precision, prf.recall, prf.f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/gold/figures/figures.jsonl")
    args = parser.parse_args()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
    except ImportError:
        print("skipped: quantulum3 is not installed (pip install -e '.[bench]')")
        return 0

    from tidings.eval.figures import _key, load_gold
    from tidings.model import Article
    from tidings.pipeline import build

    items = load_gold(args.gold)
    gold = [[_key(a["value"], a.get("unit")) for a in it.get("amounts", [])] for it in items]
    runner = build(("nlp", "amounts"))
    runner(Article(body="Warm-up: trade reached $1 billion."))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        qparser.parse("Warm-up: trade reached $1 billion.")
    runner.timings = dict.fromkeys(runner.timings, 0.0)

    began = time.perf_counter()
    ours = []
    for it in items:
        art = runner(Article(body=it["text"], title=it.get("title"), published=it.get("anchor")))
        ours.append([_key(a.value, a.unit) for a in art.amounts if a.value is not None])
    ours_total = time.perf_counter() - began

    began = time.perf_counter()
    theirs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for it in items:
            text = "\n".join(t for t in (it.get("title"), it["text"]) if t)
            theirs.append([_key(q.value, _quantulum_unit(q)) for q in qparser.parse(text)])
    theirs_total = time.perf_counter() - began

    def money(unit: str | None) -> bool:
        return bool(unit) and (unit == "%" or (len(unit) == 3 and unit.isupper()))

    print(f"gold: {len(items)} passages, {sum(map(len, gold))} amounts ({args.gold})")
    print(f"{'':22} {'P':>6} {'R':>6} {'F1':>6}   {'money+% F1':>10}   seconds")
    for name, pred, secs in (("tidings", ours, ours_total), ("quantulum3", theirs, theirs_total)):
        p, r, f = _score(pred, gold)
        _, _, fm = _score(pred, gold, money)
        print(f"{name:22} {p:6.3f} {r:6.3f} {f:6.3f}   {fm:10.3f}   {secs:7.2f}")
    print(f"tidings amounts stage alone: {runner.timings['amounts']:.2f} s "
          f"(the rest of its time is the spaCy parse: {runner.timings['nlp']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
