"""Score the ``places`` stage against a gold JSONL file (see tests/gold/places/README.md).

Each gold line: ``{"id", "format": "text"|"page", "text" | "path", "places": [{"text", "country",
"kind", "lat"?, "lon"?}]}``; ``path`` is relative to the gold file. A predicted mention matches a
gold one of the same document with the same surface text (case-folded; each used once). Over
matched mentions: the share with the gold country, and, where the gold gives coordinates, the
share within 25 km of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import UnreadableInput
from ..extractor import Extractor
from ..knowledge.gazetteer import distance_km
from ..sources.base import RawDocument
from .metrics import PRF

COORD_KM = 25.0
STAGES = ("nlp", "entities", "places")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise UnreadableInput(f"cannot read gold file {path}: {exc}") from exc
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UnreadableInput(f"{path}:{n}: not JSON ({exc})") from exc
        if "path" in item:
            try:
                item["text"] = (path.parent / item["path"]).read_text("utf-8")
            except OSError as exc:
                raise UnreadableInput(f"{path}:{n}: cannot read {item['path']}: {exc}") from exc
        items.append(item)
    return items


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def score_places(gold_path: str | Path, extractor: Extractor | None = None) -> dict[str, Any]:
    """Mention precision/recall/F1, country accuracy and coordinates within 25 km."""
    extractor = extractor or Extractor(STAGES)
    tp = n_pred = n_gold = right_country = coords = coords_right = 0
    misses: list[dict[str, Any]] = []
    for item in load_gold(gold_path):
        raw = RawDocument(content=item["text"], format=item.get("format", "text"))
        art = extractor.process(raw, reference_date=item.get("date", "2025-01-01"))
        pred = [(m.text, p) for p in art.places for m in p.mentions]
        left = list(item["places"])
        n_pred += len(pred)
        n_gold += len(left)
        for surface, place in pred:
            g = next((g for g in left if _fold(g["text"]) == _fold(surface)), None)
            if g is None:
                misses.append({"id": item["id"], "extra": surface, "as": place.name})
                continue
            left.remove(g)
            tp += 1
            if place.country == g["country"]:
                right_country += 1
            else:
                misses.append({"id": item["id"], "text": surface, "country": place.country,
                               "gold": g["country"]})
            if g.get("lat") is not None and g.get("lon") is not None:
                coords += 1
                if place.lat is not None and place.lon is not None and distance_km(
                        place.lat, place.lon, g["lat"], g["lon"]) <= COORD_KM:
                    coords_right += 1
                else:
                    misses.append({"id": item["id"], "text": surface, "coords": (place.lat, place.lon),
                                   "gold": (g["lat"], g["lon"])})
        misses += [{"id": item["id"], "missed": g["text"]} for g in left]
    prf = PRF.from_counts(tp, n_pred, n_gold)
    return {
        "places": {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1, "tp": tp,
                   "predicted": n_pred, "gold": n_gold},
        "country_accuracy": right_country / tp if tp else 0.0,
        "coords_within_25km": coords_right / coords if coords else 0.0,
        "coords_checked": coords,
        "misses": misses,
    }
