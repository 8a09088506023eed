"""Human-readable output: the text form of an article and Rich tables for queries and summaries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from .model import Article

_WIDE = {"sentence", "text", "snippet", "title"}


def make_console() -> Console:
    """A console for tables: the terminal's width, or 120 columns when output is piped."""
    default = Console()
    return default if default.is_terminal else Console(width=120)


def _cell(value: Any, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, float):
        value = f"{value:,.2f}".rstrip("0").rstrip(".")
    text = str(value).replace("\n", " ")
    limit = 90 if column in _WIDE else 40
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str,
                console: Console | None = None) -> None:
    console = console or make_console()
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=90 if column in _WIDE else 40)
    for row in rows:
        table.add_row(*(_cell(row.get(c), c) for c in columns))
    console.print(table)


def print_summary(store: Any, limit: int = 10, console: Console | None = None) -> None:
    """What the store holds, as Rich tables: counts, top entities, events, quotes, amounts."""
    console = console or make_console()
    counts = store.counts()
    overview = Table(title="Store", title_justify="left")
    overview.add_column("table")
    overview.add_column("rows", justify="right")
    for name, n in counts.items():
        overview.add_row(name, str(n))
    console.print(overview)
    articles = [
        {"published": a.published, "outlet": a.outlet, "title": a.title,
         "entities": len(a.entities), "events": len(a.events), "quotes": len(a.quotes),
         "amounts": len(a.amounts)}
        for a in store.articles(limit=limit)
    ]
    print_table(articles, ["published", "outlet", "title", "entities", "events", "quotes",
                           "amounts"], "Articles", console)
    print_table(store.entities(limit=limit), ["name", "type", "country", "actor_code",
                                              "articles", "mentions"], "Top entities", console)
    print_table(store.events(limit=limit), ["date", "code", "label", "source", "target",
                                            "modality"], "Events", console)
    print_table(store.quotes(limit=limit), ["speaker", "cue", "text"], "Quotes", console)
    print_table(store.amounts(limit=limit), ["text", "value", "unit", "what", "year"],
                "Amounts", console)


def article_text(article: Article) -> str:
    """A compact plain-text report of one article's layers."""
    lines = [f"# {article.title or '(untitled)'}"]
    meta = [f"id {article.id}"]
    if article.outlet:
        meta.append(article.outlet)
    if article.published:
        meta.append(f"published {article.published} ({article.published_source})")
    if article.authors:
        meta.append("by " + ", ".join(article.authors))
    lines.append(" · ".join(meta))
    if article.errors:
        lines.append("errors: " + "; ".join(article.errors))
    lines.append("")
    lines.append("Entities:")
    for e in article.entities:
        code = f" [{e.actor_code or e.country or ''}]" if (e.actor_code or e.country) else ""
        lines.append(f"  {e.id} {e.type:<7} {e.name}{code} ×{len(e.mentions)}")
    lines.append("Quotes:")
    for q in article.quotes:
        lines.append(f"  {q.speaker or '?'} ({q.kind}, {q.cue or '-'}): {q.text[:120]}")
    lines.append("Events:")
    for ev in article.events:
        src = ", ".join(a.name for a in ev.sources) or "-"
        tgt = ", ".join(a.name for a in ev.targets) or "-"
        lines.append(f"  {ev.date or '?'} {ev.code} {ev.label}: {src} -> {tgt} [{ev.modality}]")
    lines.append("Amounts:")
    for a in article.amounts:
        lines.append(f"  {a.text} = {a.value} {a.unit or ''} ({a.what or '-'})")
    lines.append("Dates:")
    for d in article.dates:
        lines.append(f"  {d.text} = {d.value}")
    lines.append("Places:")
    for p in article.places:
        lines.append(f"  {p.name} ({p.country or '?'})")
    if article.related_headlines:
        lines.append(f"Related headlines: {len(article.related_headlines)}")
    return "\n".join(lines)
