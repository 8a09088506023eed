"""Write the whole store out, read in one consistent snapshot.

Formats:

- ``jsonl``: one file, one contract JSON document per line, in ingestion order.
- ``csv``: one CSV file per table (``articles.csv``, ``entities.csv``, ...) in the folder OUT,
  or inside a zip archive when OUT ends in ``.zip``. UTF-8, a header row, JSON-valued columns
  (authors, errors, provenance, ...) as JSON text, booleans as ``true``/``false``, NULL as empty.
- ``parquet``: one Parquet file per table in the folder OUT, typed from the schema.
- ``gdelt``: the GDELT 2.0 event table layout (see :mod:`tidings.store.export_gdelt`).

CSV and Parquet hold the flattened tables; the ``doc`` column (the contract JSON, already the
content of the ``jsonl`` export) is left out of them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, Boolean, Column, Connection, Float, Integer, Table, select
from sqlalchemy.exc import SQLAlchemyError

from tidings.errors import StoreError, UsageError
from tidings.store import schema

if TYPE_CHECKING:
    from tidings.store.core import Store

_BATCH = 1000
_SKIP_COLUMNS = {("articles", "doc")}

Exporter = Callable[[Connection, Path], Path]


def export(store: Store, fmt: str, out_path: str | Path) -> Path:
    """Write the store to ``out_path`` in format ``fmt``; returns the path written."""
    writer = EXPORTERS.get(fmt)
    if writer is None:
        if fmt in PLANNED:
            raise UsageError(f"export format {fmt!r} is not available yet")
        known = ", ".join(sorted(EXPORTERS))
        raise UsageError(f"unknown export format {fmt!r}; choose one of {known}")
    out = Path(out_path)
    try:
        with _snapshot(store) as conn:
            return writer(conn, out)
    except OSError as exc:
        raise StoreError(f"cannot write export to {out}: {exc.strerror or exc}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read store {store.location} for export: {exc}") from None


@contextmanager
def _snapshot(store: Store) -> Iterator[Connection]:
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


# ---------------------------------------------------------------- jsonl


def export_jsonl(conn: Connection, out: Path) -> Path:
    a = schema.articles
    stmt = select(a.c.doc).order_by(a.c.ingested_at, a.c.id)
    with _atomic_text(out) as fh:
        for doc in conn.execution_options(yield_per=_BATCH).scalars(stmt):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------- csv


def export_csv(conn: Connection, out: Path) -> Path:
    if out.suffix.lower() == ".zip":
        with _atomic_binary(out) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for table in schema.DATA_TABLES:
                with zf.open(f"{table.name}.csv", "w") as member:
                    text = io.TextIOWrapper(member, encoding="utf-8", newline="")
                    _write_csv(conn, table, text)
                    text.flush()
                    text.detach()
        return out
    _folder(out)
    for table in schema.DATA_TABLES:
        with _atomic_text(out / f"{table.name}.csv", newline="") as fh:
            _write_csv(conn, table, fh)
    return out


def _write_csv(conn: Connection, table: Table, fh: IO[str]) -> None:
    cols = _columns(table)
    writer = csv.writer(fh)
    writer.writerow([c.name for c in cols])
    for row in _rows(conn, table, cols):
        writer.writerow([_csv_cell(c, v) for c, v in zip(cols, row, strict=True)])


def _csv_cell(col: Column[Any], value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(col.type, JSON):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(col.type, Boolean):
        return "true" if value else "false"
    return value


# ---------------------------------------------------------------- parquet


def export_parquet(conn: Connection, out: Path) -> Path:
    _folder(out)
    for table in schema.DATA_TABLES:
        cols = _columns(table)
        arrow_schema = pa.schema([(c.name, _arrow_type(c)) for c in cols])
        target = out / f"{table.name}.parquet"
        tmp = target.with_name(target.name + ".part")
        with pq.ParquetWriter(tmp, arrow_schema) as writer:
            batch: list[tuple[Any, ...]] = []
            for row in _rows(conn, table, cols):
                batch.append(tuple(_arrow_cell(c, v) for c, v in zip(cols, row, strict=True)))
                if len(batch) >= _BATCH:
                    writer.write_table(_arrow_table(batch, arrow_schema))
                    batch = []
            writer.write_table(_arrow_table(batch, arrow_schema))
        os.replace(tmp, target)
    return out


def _arrow_type(col: Column[Any]) -> pa.DataType:
    if isinstance(col.type, JSON):
        return pa.string()
    if isinstance(col.type, Boolean):
        return pa.bool_()
    if isinstance(col.type, Integer):
        return pa.int64()
    if isinstance(col.type, Float):
        return pa.float64()
    return pa.string()


def _arrow_cell(col: Column[Any], value: Any) -> Any:
    if value is not None and isinstance(col.type, JSON):
        return json.dumps(value, ensure_ascii=False)
    return value


def _arrow_table(rows: list[tuple[Any, ...]], arrow_schema: pa.Schema) -> pa.Table:
    columns = [[row[i] for row in rows] for i in range(len(arrow_schema))]
    return pa.table(
        [pa.array(vals, type=f.type) for vals, f in zip(columns, arrow_schema, strict=True)],
        schema=arrow_schema,
    )


# ---------------------------------------------------------------- shared


def _columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if (table.name, c.name) not in _SKIP_COLUMNS]


def _rows(conn: Connection, table: Table, cols: list[Column[Any]]) -> Iterator[tuple[Any, ...]]:
    order = list(table.primary_key.columns)
    stmt = select(*cols).order_by(*order)
    for row in conn.execution_options(yield_per=_BATCH).execute(stmt):
        yield tuple(row)


def _folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"export needs a folder, and {out} is a file")
    out.mkdir(parents=True, exist_ok=True)


@contextmanager
def _atomic_text(path: Path, newline: str | None = None) -> Iterator[IO[str]]:
    with _atomic_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        yield text
        text.flush()
        text.detach()


@contextmanager
def _atomic_binary(path: Path) -> Iterator[IO[bytes]]:
    """Write beside ``path`` and rename into place, so a failed export leaves no half file."""
    if path.is_dir():
        raise UsageError(f"export needs a file name, and {path} is a folder")
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as raw:
            yield raw
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_gdelt(conn: Connection, out: Path) -> Path:
    from tidings.store.export_gdelt import export_gdelt as write

    return write(conn, out)


EXPORTERS: dict[str, Exporter] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
    "gdelt": export_gdelt,
}
# Formats the contract names whose writer is not registered yet.
PLANNED: tuple[str, ...] = ()
FORMATS = (*EXPORTERS, *PLANNED)
