"""The CAMEO event codebook with each code's PLOVER category, read from ``data/cameo_codebook.csv``.

The file holds, per CAMEO code: its root, a short label, the Goldstein value, the GDELT quad class
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), and the
PLOVER category and mode from the 2021 CAMEO-to-PLOVER conversion. Root 01 (public statements)
has no PLOVER category; root 02 (appeals) is REQUEST, as the PLOVER manual folds appeals into it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import UnknownCode

_PATH = Path(__file__).parent / "data" / "cameo_codebook.csv"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


@lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code the project knows, keyed by its string code (``"057"``)."""
    out: dict[str, CodeInfo] = {}
    with _PATH.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[r["code"]] = CodeInfo(
                r["code"], r["root"], r["label"], float(r["goldstein"]), int(r["quad_class"]),
                r["plover"] or None, r["plover_mode"] or None,
            )
    return out


def code_info(code: str) -> CodeInfo:
    """The codebook entry for ``code``; raises :class:`UnknownCode` for a code CAMEO lacks."""
    info = codebook().get(code.strip())
    if info is None:
        raise UnknownCode(f"no CAMEO event code {code!r}")
    return info


def is_code(code: str) -> bool:
    return code.strip() in codebook()
