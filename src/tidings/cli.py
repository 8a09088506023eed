"""The command line: thin commands over the library (see README and docs/cli.md)."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .errors import TidingsError, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="tidings: turn news into structured, queryable knowledge.",
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(no_args_is_help=True, help="Score an extraction layer against its gold set.")
app.add_typer(eval_app, name="eval")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite path or postgresql:// URL (default: $TIDINGS_DB or tidings.db)."),
]
FormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]
LimitOption = Annotated[int, typer.Option("--limit", help="Most rows to show.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]


def _err(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """tidings: turn news into structured, queryable knowledge."""


def _db_url(db: str | None) -> str:
    return db or os.environ.get("TIDINGS_DB") or "tidings.db"


def _check_date(value: str | None, option: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} takes a date as YYYY-MM-DD, got {value!r}") from None
    return value


# ---------------------------------------------------------------- extract / ingest


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="A path, '-' for stdin, or a URL.")],
    format: Annotated[str, typer.Option("--format", help="json, jsonl or text.")] = "json",
    date: Annotated[
        str | None, typer.Option("--date", help="Reference date when the document has none.")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name to record.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="URL to record.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language code; skips detection.")] = None,
) -> None:
    """Read one document (or each line of a JSONL file) and print what was extracted."""
    from .extractor import Extractor
    from .render import article_text
    from .sources import iter_documents

    if format not in ("json", "jsonl", "text"):
        raise UsageError(f"--format takes json, jsonl or text, got {format!r}")
    _check_date(date, "--date")
    docs = list(iter_documents(source, date=date, outlet=outlet, url=url))
    if not docs:
        raise UsageError(f"no document found in {source}")
    extractor = Extractor()
    many = len(docs) > 1 or format == "jsonl"
    failed = 0
    for raw in docs:
        if raw.error and not many:
            raise UsageError(f"{raw.name}: {raw.error}")
        if many:
            article = next(extractor.process_many([raw], reference_date=date, outlet=outlet,
                                                  url=url, language=lang))
        else:
            article = extractor.process(raw, reference_date=date, outlet=outlet, url=url,
                                        language=lang)
        if any(e.startswith("read:") for e in article.errors) and not article.body:
            failed += 1
            _err(f"{raw.name}: {'; '.join(article.errors)}")
        if format == "text":
            typer.echo(article_text(article))
        elif many:
            typer.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        else:
            typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, feeds or URLs.")],
    db: DbOption = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Reference date for documents without one.")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name to record.")] = None,
) -> None:
    """Extract and store; re-ingesting the same content is a no-op."""
    from .ingest import ingest_sources

    _check_date(date, "--date")
    report = ingest_sources(sources, _db_url(db), reference_date=date, outlet=outlet,
                            progress=sys.stderr.isatty())
    for name, message in report.failures:
        _err(f"failed: {name}: {message}")
    for link in report.links:
        _err(f"link only, not fetched: {link}")
    typer.echo(report.summary())
    if report.failures:
        raise typer.Exit(1)


# ---------------------------------------------------------------- queries


def _emit(rows: list[dict[str, Any]], format: str, columns: Sequence[str], title: str) -> None:
    if format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif format == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(row.get(k)) for k in columns})
        typer.echo(buf.getvalue().rstrip("\n"))
    elif format == "table":
        from .render import print_table

        print_table(rows, columns, title)
    else:
        raise UsageError(f"--format takes table, json or csv, got {format!r}")


def _flat(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _store(db: str | None) -> Any:
    from .store import Store

    return Store(_db_url(db))


@app.command()
def events(
    actor: Annotated[str | None, typer.Option("--actor", help="Actor name or code.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO3 of an actor.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code prefix.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Query stored events."""
    rows = _store(db).events(actor=actor, country=country, code=code,
                             since=_check_date(since, "--since"),
                             until=_check_date(until, "--until"), limit=limit)
    _emit(rows, format, ["date", "code", "label", "source", "target", "modality", "sentence"],
          "Events")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Speaker's ISO3.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Query stored quotations."""
    rows = _store(db).quotes(speaker=speaker, country=country,
                             since=_check_date(since, "--since"),
                             until=_check_date(until, "--until"), limit=limit)
    _emit(rows, format, ["published", "speaker", "kind", "cue", "text"], "Quotes")


@app.command()
def entities(
    country: Annotated[str | None, typer.Option("--country", help="ISO3 country.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Name contains.")] = None,
    limit: LimitOption = 50,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Query stored entities, aggregated over articles."""
    rows = _store(db).entities(country=country, type=type, name=actor, limit=limit)
    _emit(rows, format, ["name", "type", "country", "actor_code", "kb_id", "articles",
                         "mentions"], "Entities")


@app.command()
def amounts(
    unit: Annotated[str | None, typer.Option("--unit", help="USD, KZT, %, ...")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Query stored amounts."""
    rows = _store(db).amounts(unit=unit, since=_check_date(since, "--since"),
                              until=_check_date(until, "--until"), limit=limit)
    _emit(rows, format, ["published", "text", "value", "unit", "what", "year"], "Amounts")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find.")],
    limit: LimitOption = 20,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Full-text search over stored articles."""
    rows = _store(db).search(text, limit=limit)
    _emit(rows, format, ["published", "title", "snippet"], f"Search: {text}")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file or folder.")],
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Write the store out."""
    from .store.export import export as do_export

    written = do_export(_store(db), format, out)
    typer.echo(f"exported to {written}")


@app.command()
def summary(db: DbOption = None, limit: LimitOption = 10) -> None:
    """Print what the store holds: articles, top entities, events, quotes, amounts."""
    from .render import print_summary

    print_summary(_store(db), limit)


# ---------------------------------------------------------------- eval


@eval_app.command("layout")
def eval_layout(
    data: Annotated[
        Path | None, typer.Option("--data", help="Folder of real pages (gold.jsonl, html/, dumps).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N pages.")] = None,
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Our layout gold set (default tests/gold/layout).")
    ] = None,
) -> None:
    """Score both page readers: real pages (HTML and dumps) and our own layout gold set."""
    from .eval.layout_cli import run_layout_eval

    run_layout_eval(data, limit, gold)


GoldOption = Annotated[Path | None, typer.Option("--gold", help="Gold set (default: the project's).")]


def _gold(path: Path | None, default: str) -> Path:
    gold = path or Path(default)
    if not gold.exists():
        raise UsageError(f"gold set not found: {gold} (pass --gold PATH)")
    return gold


@eval_app.command("quotes")
def eval_quotes(gold: GoldOption = None) -> None:
    """Quote precision, recall and F1 (a match covers 80% of the gold quote's words) and speakers."""
    from .eval.quotes import score_quotes
    from .eval.report import print_scores

    path = _gold(gold, "tests/gold/quotes/quotes.jsonl")
    print_scores(f"Quotes ({path})", score_quotes(path))


@eval_app.command("figures")
def eval_figures(gold: GoldOption = None) -> None:
    """Amounts (value and unit exact), dates (value exact) and places (country exact, coordinates
    within 25 km): precision, recall and F1. Without --gold, the development set and the held-out
    set are scored separately."""
    from .eval.figures import score_figures
    from .eval.report import print_scores

    defaults = ("tests/gold/figures/figures.jsonl", "tests/gold/figures/heldout.jsonl")
    paths = [_gold(gold, "")] if gold else [_gold(None, d) for d in defaults]
    for path in paths:
        print_scores(f"Figures ({path})", score_figures(path))
    from .eval.places import score_places

    for name in ("places.jsonl", "heldout.jsonl"):
        places = paths[0].parent.parent / "places" / name
        if places.exists():
            print_scores(f"Places ({places})", score_places(places))


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL (PLOVER records or ours).")],
    half: Annotated[
        str | None, typer.Option("--half", help="Score only the even or odd records.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N.")] = None,
    context: Annotated[
        Path | None,
        typer.Option("--context", help="Articles (JSONL: url, title, text, date) the gold "
                     "sentences came from; each is read whole, as in real use."),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also list each record the coder gets wrong.")
    ] = False,
    pages: Annotated[
        Path | None,
        typer.Option("--pages", help="Page dumps (JSONL, may be gzipped: id, page) that gold "
                     "records pointing into pages (page, start, end) take their text from."),
    ] = None,
    text_only: Annotated[
        bool, typer.Option("--text-only", help="Read each sentence with nothing but its text "
                           "(no headline from the record's URL).")
    ] = False,
) -> None:
    """Score the event coder: category accuracy and source/target actor-country P/R/F1."""
    from .eval.events import format_misses, format_report, score_events

    misses: list[dict[str, object]] | None = [] if explain else None
    report = score_events(gold, half=half, limit=limit, context=context, pages=pages,
                          misses=misses, text_only=text_only)
    typer.echo(format_report(str(gold), report))
    if misses:
        typer.echo(f"\n{len(misses)} records missed:")
        typer.echo(format_misses(misses))


@eval_app.command("entities")
def eval_entities(gold: GoldOption = None) -> None:
    """Entity precision, recall and F1 (canonical name and type) and actor-country accuracy."""
    from .eval.entities import score_entities
    from .eval.report import print_scores

    path = _gold(gold, "tests/gold/entities")
    print_scores(f"Entities ({path})", score_entities(path))


# ---------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI; library errors become one-line messages with exit code 2, never tracebacks."""
    try:
        code = app(args=list(argv) if argv is not None else None, standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except TidingsError as exc:
        _err(f"tidings: {exc}")
        sys.exit(2)
    except KeyboardInterrupt:
        _err("tidings: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the contract: no input may crash with a traceback
        if type(exc).__name__ == "Abort":
            _err("tidings: aborted")
            sys.exit(1)
        if hasattr(exc, "format_message"):  # a usage error from the (vendored) click parser
            message = exc.format_message()
            if message:
                _err(f"tidings: {message}")
            sys.exit(2)
        _err(f"tidings: internal error: {type(exc).__name__}: {exc}")
        sys.exit(2)
