"""Score the ``amounts`` and ``dates`` stages against a gold JSONL file.

Each gold line: ``{"id", "text", "title"?, "anchor"?, "amounts": [{"value", "unit", "approximate",
"what", "year", ...}], "dates": [{"text", "value"}]}``. ``text`` is the body, ``anchor`` the
publication date. An amount matches on value (to 6 significant digits) and unit exactly; a date
on its value exactly; both as multisets per item. Over matched amounts the share with the right
``approximate``, ``what`` (case-folded) and ``year`` is reported too.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import UnreadableInput
from ..model import Amount, Article
from ..pipeline import amounts as _amounts  # noqa: F401 - registers the stage
from ..pipeline import dates as _dates  # noqa: F401 - registers the stage
from ..pipeline import nlp as _nlp  # noqa: F401 - registers the stage
from ..pipeline.registry import Runner
from .metrics import PRF

AmountKey = tuple[float, str | None]


def _key(value: Any, unit: Any) -> AmountKey:
    return (float(f"{float(value):.6g}"), unit)


def _fold(text: Any) -> str | None:
    return " ".join(str(text).lower().split()) if text else None


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise UnreadableInput(f"cannot read gold file {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UnreadableInput(f"{path}:{n}: not JSON ({exc})") from exc
    return items


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = PRF.from_counts(tp, n_pred, n_gold)
    return {"precision": p.precision, "recall": p.recall, "f1": p.f1,
            "tp": tp, "predicted": n_pred, "gold": n_gold}  # fmt: skip


def _match_amounts(
    pred: list[Amount], gold: list[dict[str, Any]]
) -> tuple[int, list[tuple[Amount, dict[str, Any]]]]:
    left = list(gold)
    pairs: list[tuple[Amount, dict[str, Any]]] = []
    for a in pred:
        k = _key(a.value, a.unit)
        for g in left:
            if _key(g["value"], g.get("unit")) == k:
                pairs.append((a, g))
                left.remove(g)
                break
    return len(pairs), pairs


def score_figures(gold_path: str | Path, runner: Runner | None = None) -> dict[str, Any]:
    """Amount and date precision/recall/F1 over the gold file, plus per-item misses."""
    runner = runner or Runner(["nlp", "amounts", "dates"])
    a_tp = a_pred = a_gold = d_tp = d_pred = d_gold = 0
    attr = Counter[str]()
    misses: list[dict[str, Any]] = []
    for item in load_gold(gold_path):
        art = runner(
            Article(body=item.get("text", ""), title=item.get("title"), published=item.get("anchor"))
        )
        gold_amounts = item.get("amounts", [])
        tp, pairs = _match_amounts(art.amounts, gold_amounts)
        a_tp, a_pred, a_gold = a_tp + tp, a_pred + len(art.amounts), a_gold + len(gold_amounts)
        for a, g in pairs:
            attr["approximate"] += a.approximate == bool(g.get("approximate", False))
            attr["what"] += _fold(a.what) == _fold(g.get("what"))
            attr["year"] += a.year == g.get("year")
        gold_dates = Counter(d["value"] for d in item.get("dates", []))
        pred_dates = Counter(d.value for d in art.dates)
        d_tp += sum((gold_dates & pred_dates).values())
        d_pred += sum(pred_dates.values())
        d_gold += sum(gold_dates.values())
        pred_keys = Counter(_key(a.value, a.unit) for a in art.amounts)
        gold_keys = Counter(_key(g["value"], g.get("unit")) for g in gold_amounts)
        if pred_keys != gold_keys or pred_dates != gold_dates:
            misses.append({
                "id": item.get("id"),
                "amounts_missed": sorted(map(str, (gold_keys - pred_keys).elements())),
                "amounts_extra": sorted(map(str, (pred_keys - gold_keys).elements())),
                "dates_missed": sorted((gold_dates - pred_dates).elements()),
                "dates_extra": sorted((pred_dates - gold_dates).elements()),
            })  # fmt: skip
    matched = max(a_tp, 1)
    return {
        "amounts": _prf(a_tp, a_pred, a_gold),
        "dates": _prf(d_tp, d_pred, d_gold),
        "amount_attributes": {k: attr[k] / matched for k in ("approximate", "what", "year")},
        "misses": misses,
    }
