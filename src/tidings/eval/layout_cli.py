"""``tidings eval layout``: both page readers on real pages, and the dump reader on our gold set."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..errors import UsageError
from ..render import make_console

DEFAULT_GOLD = Path("tests/gold/layout")


def _table(title: str, rows: dict[str, dict[str, float]]) -> Table:
    """One row per measure, one column per reader."""
    keys = sorted({k for scores in rows.values() for k in scores if k != "pages"})
    table = Table(title=title, title_justify="left")
    table.add_column("measure")
    for name in rows:
        table.add_column(name, justify="right")
    table.add_row("pages", *(f"{scores.get('pages', 0):.0f}" for scores in rows.values()))
    for key in keys:
        table.add_row(key.replace("_", " "),
                      *(f"{scores[key]:.3f}" if key in scores else "-" for scores in rows.values()))
    return table


def _split(scores: dict[str, float], prefixes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Split ``{"baseline_body_f1": ..}``-style keys into one row per prefix."""
    out: dict[str, dict[str, float]] = {}
    for prefix in prefixes:
        row = {k[len(prefix):]: v for k, v in scores.items()
               if k.startswith(prefix) and not any(
                   k.startswith(p) for p in prefixes if len(p) > len(prefix))}
        if prefix == "":
            row = {k: v for k, v in row.items()
                   if not any(k.startswith(p) for p in prefixes if p)}
        row["pages"] = scores.get("pages", 0.0)
        out[prefix] = row
    return out


def run_layout_eval(data: Path | None, limit: int | None, gold: Path | None = None,
                    console: Console | None = None) -> dict[str, dict[str, float]]:
    from .layout_gold import score_layout_gold
    from .pages import load_gold, score_dump_pages, score_html_pages

    console = console or make_console()
    results: dict[str, dict[str, float]] = {}
    if data is not None:
        if not (data / "gold.jsonl").exists():
            raise UsageError(f"--data {data}: no gold.jsonl there")
        ids = {g.id for g in load_gold(data)[:limit]} if limit else None
        html = _split(score_html_pages(data, ids), ("", "baseline_"))
        dump = _split(score_dump_pages(data, ids), ("", "whole_dump_", "trafilatura_dump_"))
        results.update({"html tidings": html[""], "html trafilatura": html["baseline_"],
                        "dump tidings": dump[""], "dump whole": dump["whole_dump_"],
                        "dump trafilatura": dump["trafilatura_dump_"]})
        console.print(_table(f"Real pages ({data})", dict(results)))
    gold = gold or DEFAULT_GOLD
    if gold.is_dir():
        results["layout gold"] = score_layout_gold(gold)
        console.print(_table(f"Layout gold set ({gold})", {"dump tidings": results["layout gold"]}))
    if not results:
        raise UsageError("nothing to score: pass --data DIR (real pages) or --gold DIR")
    return results
