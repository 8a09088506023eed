"""Print a layer's scores as one Rich table: nested numeric results flattened to rows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from ..render import make_console


def flatten(scores: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, float]]:
    """``("amounts f1", 0.97)`` pairs for every number in ``scores``; lists and text are skipped."""
    for key, value in scores.items():
        name = f"{prefix}{key}".replace("_", " ")
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            yield name, float(value)
        elif isinstance(value, Mapping):
            yield from flatten(value, f"{prefix}{key} ")


def print_scores(title: str, scores: Mapping[str, Any], console: Console | None = None) -> None:
    out = console or make_console()
    table = Table(title=title, title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in flatten(scores):
        table.add_row(name, f"{value:.0f}" if value.is_integer() and value > 1 else f"{value:.3f}")
    out.print(table)
