"""The store: round trips, idempotence, queries, full-text search, exports, migrations, crash
safety. Query tests run on SQLite and, when its server binaries are installed, on a throwaway
PostgreSQL cluster started on 127.0.0.1."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import pwd
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from tidings.errors import StoreError, UsageError
from tidings.model import (
    ActorRef,
    Alias,
    Amount,
    Article,
    DateMention,
    Entity,
    Event,
    Mention,
    Place,
    PlaceRef,
    Provenance,
    Quote,
)
from tidings.store import Store
from tidings.store.export import export

HERE = Path(__file__).resolve().parent
CRASH_WRITER = HERE / "store_crash_writer.py"

# ---------------------------------------------------------------- articles built by hand


def full_article() -> Article:
    """Every layer filled, spans pointing at real text."""
    title = "Kazakh and Chinese ministers sign water agreement in Astana"
    body = (
        "Minister Aliya Serikova and her counterpart Wang Lin signed an agreement on the "
        "shared rivers on Wednesday in Astana. \"This accord protects farmers on both banks,\" "
        "Serikova said. The deal is worth $1.2 billion and cuts losses by 15%. Talks on a "
        "second stage are planned for June 1."
    )
    related = ["Grain exports from Kostanay rise again"]

    def span(section: str, text: str, needle: str) -> tuple[str, int, int]:
        start = text.index(needle)
        return section, start, start + len(needle)

    def mention(needle: str, section: str = "body") -> Mention:
        text = {"title": title, "body": body, "related:0": related[0]}[section]
        sec, start, end = span(section, text, needle)
        return Mention(sec, start, end, needle)

    quote_text = "This accord protects farmers on both banks,"
    return Article(
        body=body,
        title=title,
        url="https://news.example.org/water-accord",
        outlet="Steppe Ledger",
        authors=["Dana Ospan", "Erik Lund"],
        published="2025-05-08",
        published_source="metadata",
        language="en",
        related_headlines=related,
        entities=[
            Entity("e1", "Aliya Serikova", "PERSON", "KAZ", "KAZGOV", None,
                   [mention("Aliya Serikova"), mention("Serikova said")]),
            Entity("e2", "Wang Lin", "PERSON", "CHN", "CHNGOV", None, [mention("Wang Lin")]),
            Entity("e3", "Astana", "GPE", "KAZ", "KAZ", "Q1520",
                   [mention("Astana", "title"), mention("Astana")]),
            Entity("e4", "Kostanay", "GPE", "KAZ", "KAZ", None,
                   [mention("Kostanay", "related:0")]),
        ],
        quotes=[Quote(quote_text, "Aliya Serikova", "e1", "said", "direct",
                      *span("body", body, quote_text))],
        events=[
            Event("057", "05", "Sign formal agreement", "AGREE", 1, 8.0,
                  [ActorRef("Aliya Serikova", "e1", "KAZGOV", "KAZ")],
                  [ActorRef("Wang Lin", "e2", "CHNGOV", "CHN")],
                  "2025-05-07", PlaceRef("Astana", "KAZ", 51.17, 71.45), "asserted",
                  body.split(". ")[0] + ".", *span("body", body, "signed an agreement"), 0.9),
            Event("036", "03", "Express intent to meet or negotiate", "CONSULT", 1, 4.0,
                  [ActorRef("Aliya Serikova", "e1", "KAZGOV", "KAZ")],
                  [ActorRef("Wang Lin", "e2", "CHNGOV", "CHN")],
                  "XXXX-06-01", None, "planned", "Talks on a second stage are planned.",
                  *span("body", body, "Talks on a second stage"), 0.6),
        ],
        amounts=[
            Amount("$1.2 billion", 1.2e9, "USD", "deal", None, False,
                   *span("body", body, "$1.2 billion")),
            Amount("15%", 15.0, "%", "losses", None, False, *span("body", body, "15%")),
        ],
        dates=[
            DateMention("Wednesday", "2025-05-07", *span("body", body, "Wednesday")),
            DateMention("June 1", "XXXX-06-01", *span("body", body, "June 1")),
        ],
        places=[
            Place("Astana", "city", "KAZ", 51.17, 71.45,
                  [mention("Astana", "title"), mention("Astana")]),
            Place("Kostanay", "city", "KAZ", 53.21, 63.62, [mention("Kostanay", "related:0")]),
        ],
        aliases=[Alias("the water accord", "Kazakh-Chinese water agreement")],
        tone=1.5,
        errors=["tone: lexicon incomplete"],
        provenance=Provenance(kind="file", path="/data/water.txt", source_id="w-1"),
    )


def norway_article() -> Article:
    body = "Minister Tom Berg accused Russia of jamming signals. \"We saw it,\" Berg said. " \
           "Crews moved 300 tonnes of gear."
    return Article(
        body=body, title="Norway accuses Russia over jamming", published="2024-11-02",
        entities=[
            Entity("e1", "Tom Berg", "PERSON", "NOR", "NORGOV", None,
                   [Mention("body", 9, 17, "Tom Berg"), Mention("body", 64, 68, "Berg")]),
            Entity("e2", "Russia", "GPE", "RUS", "RUS", None, [Mention("body", 27, 33, "Russia")]),
        ],
        quotes=[Quote("We saw it,", "Tom Berg", "e1", "said", "direct", "body", 54, 64)],
        events=[Event("112", "11", "Accuse", "ACCUSE", 3, -2.0,
                      [ActorRef("Tom Berg", "e1", "NORGOV", "NOR")],
                      [ActorRef("Russia", "e2", "RUS", "RUS")],
                      "2024-11-01", None, "asserted", body.split(". ")[0], "body", 0, 50, 0.8)],
        amounts=[Amount("300 tonnes", 300.0, "tonnes", "gear", None, False, "body", 84, 94)],
    )


def undated_article() -> Article:
    body = "Aliya Serikova will visit Tom Berg. The trip costs 5 million euros."
    return Article(
        body=body, title="A visit is planned",
        entities=[
            Entity("e1", "Aliya Serikova", "PERSON", "KAZ", "KAZGOV", None,
                   [Mention("body", 0, 14, "Aliya Serikova")]),
            Entity("e2", "Tom Berg", "PERSON", "NOR", "NORGOV", None,
                   [Mention("body", 26, 34, "Tom Berg")]),
        ],
        events=[Event("042", "04", "Make a visit", "CONSULT", 1, 1.9,
                      [ActorRef("Aliya Serikova", "e1", "KAZGOV", "KAZ")],
                      [ActorRef("Tom Berg", "e2", "NORGOV", "NOR")],
                      None, None, "planned", body.split(". ")[0], "body", 0, 34, 0.7)],
        amounts=[Amount("5 million euros", 5e6, "EUR", "trip", None, True, "body", 51, 66)],
    )


# ---------------------------------------------------------------- PostgreSQL cluster


def _pg_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster in a temp folder, on 127.0.0.1 and a free port."""
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed "
                    "(Debian: apt-get install -y postgresql)")
    run_as: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="tidings-pg-"))
    if os.geteuid() == 0:  # the server refuses to run as root: use the postgres account
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server")
        os.chown(base, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, timeout=120)

    run(initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale",
        "-N")
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off "
               "-c full_page_writes=off -c synchronous_commit=off")
    run(pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60", "-o", options,
        "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _pg_admin(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "t.db")
        return
    server = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    _pg_admin(server, f"CREATE DATABASE {name}")
    try:
        yield f"{server}/{name}"
    finally:
        _pg_admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()


@pytest.fixture
def filled(store: Store) -> Store:
    for art in (full_article(), norway_article(), undated_article()):
        assert store.add(art)
    return store


# ---------------------------------------------------------------- writes and reads


def _layer_counts(doc: dict[str, Any]) -> dict[str, int]:
    """Rows each table should hold for one contract JSON document."""
    return {
        "articles": 1,
        "entities": len(doc["entities"]),
        "mentions": sum(len(e["mentions"]) for e in doc["entities"]),
        "quotes": len(doc["quotes"]),
        "events": len(doc["events"]),
        "event_actors": sum(len(e["sources"]) + len(e["targets"]) for e in doc["events"]),
        "amounts": len(doc["amounts"]),
        "dates": len(doc["dates"]),
        "places": len(doc["places"]),
        "place_mentions": sum(len(p["mentions"]) for p in doc["places"]),
        "aliases": len(doc["aliases"]),
    }


def test_round_trip_every_layer(store: Store) -> None:
    art = full_article()
    assert not store.has(art.id)
    assert store.add(art) is True
    assert store.has(art.id)
    back = store.get(art.id)
    assert back is not None
    assert back == art
    assert back.to_dict() == art.to_dict()
    assert store.counts() == _layer_counts(art.to_dict())
    assert store.get("0" * 24) is None
    assert [a.id for a in store.articles()] == [art.id]


def test_layer_rows_hold_the_facts(filled: Store) -> None:
    (quote,) = filled.quotes(speaker="Serikova")
    assert quote["speaker_actor_code"] == "KAZGOV"
    assert quote["speaker_country"] == "KAZ"
    body = full_article().body
    assert body[quote["start"]:quote["end"]] == quote["text"]
    (ev,) = filled.events(code="057")
    assert (ev["source"], ev["target"]) == ("Aliya Serikova", "Wang Lin")
    assert ev["sources"] == [{"name": "Aliya Serikova", "entity": "e1",
                              "actor_code": "KAZGOV", "country": "KAZ"}]
    assert (ev["place"], ev["place_country"], ev["place_lat"]) == ("Astana", "KAZ", 51.17)
    assert ev["title"] == full_article().title and ev["published"] == "2025-05-08"


def test_add_is_idempotent(store: Store) -> None:
    art = full_article()
    assert store.add(art)
    before = store.counts()
    assert store.add(art) is False
    assert store.add(Article.from_dict(art.to_dict())) is False
    assert store.counts() == before


def test_articles_iterates_in_ingestion_order(filled: Store) -> None:
    titles = [a.title for a in filled.articles()]
    assert titles == [full_article().title, norway_article().title, undated_article().title]
    assert len(list(filled.articles(limit=2))) == 2


# ---------------------------------------------------------------- queries


def _codes(rows: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in rows]


def test_events_filters(filled: Store) -> None:
    assert sorted(_codes(filled.events())) == ["036", "042", "057", "112"]
    assert sorted(_codes(filled.events(actor="aliya"))) == ["036", "042", "057"]
    assert sorted(_codes(filled.events(actor="kaz"))) == ["036", "042", "057"]  # code prefix
    assert _codes(filled.events(actor="CHNGOV")) == ["036", "057"]
    assert _codes(filled.events(actor="russia")) == ["112"]
    assert sorted(_codes(filled.events(country="nor"))) == ["042", "112"]
    assert _codes(filled.events(code="05")) == ["057"]
    assert _codes(filled.events(code="04")) == ["042"]
    assert _codes(filled.events(code="%")) == []
    # "XXXX-06-01" has no year: the event falls back to its article's date, 2025-05-08.
    assert _codes(filled.events(since="2025-05-08")) == ["036"]
    assert sorted(_codes(filled.events(since="2025-01-01"))) == ["036", "057"]
    assert _codes(filled.events(until="2024-11")) == ["112"]
    assert _codes(filled.events(since="2024", until="2024")) == ["112"]
    assert _codes(filled.events(actor="Wang", since="2025-05-07", until="2025-05-07")) == ["057"]
    # Newest first; undated last.
    assert _codes(filled.events()) == ["036", "057", "112", "042"]
    assert _codes(filled.events(limit=1)) == ["036"]


def test_quotes_filters(filled: Store) -> None:
    assert len(filled.quotes()) == 2
    assert [q["speaker"] for q in filled.quotes(speaker="BERG")] == ["Tom Berg"]
    assert [q["speaker"] for q in filled.quotes(country="kaz")] == ["Aliya Serikova"]
    assert [q["speaker"] for q in filled.quotes(since="2025-01-01")] == ["Aliya Serikova"]
    assert [q["speaker"] for q in filled.quotes(until="2024-12-31")] == ["Tom Berg"]
    assert filled.quotes(speaker="nobody") == []
    assert len(filled.quotes(limit=1)) == 1


def test_entities_aggregate_over_articles(filled: Store) -> None:
    rows = filled.entities(type="person")
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"Aliya Serikova", "Wang Lin", "Tom Berg"}
    assert (by_name["Aliya Serikova"]["articles"], by_name["Aliya Serikova"]["mentions"]) == (2, 3)
    assert (by_name["Tom Berg"]["articles"], by_name["Tom Berg"]["mentions"]) == (2, 3)
    assert rows[-1]["name"] == "Wang Lin"  # one article: ranked after the two-article ones
    assert {r["name"] for r in filled.entities(country="KAZ")} == {
        "Aliya Serikova", "Astana", "Kostanay"}
    (astana,) = filled.entities(name="asta")
    assert (astana["kb_id"], astana["type"], astana["mentions"]) == ("Q1520", "GPE", 2)
    assert len(filled.entities(limit=2)) == 2


def test_amounts_filters(filled: Store) -> None:
    assert [a["text"] for a in filled.amounts(unit="usd")] == ["$1.2 billion"]
    assert [a["value"] for a in filled.amounts(unit="%")] == [15.0]
    assert [a["unit"] for a in filled.amounts(until="2024-12-31")] == ["tonnes"]
    assert {a["unit"] for a in filled.amounts(since="2025-05")} == {"USD", "%"}
    (eur,) = filled.amounts(unit="EUR")
    assert eur["approximate"] is True and eur["published"] is None


def test_bad_filters_raise_usage_errors(filled: Store) -> None:
    with pytest.raises(UsageError):
        filled.events(since="last week")
    with pytest.raises(UsageError):
        filled.quotes(limit=-1)


def test_full_text_search(filled: Store) -> None:
    (hit,) = filled.search("agreements Astana")  # stemmed: agreements ~ agreement
    assert hit["article_id"] == full_article().id
    assert hit["title"] == full_article().title and hit["published"] == "2025-05-08"
    assert "[" in hit["snippet"] and "]" in hit["snippet"]
    assert [h["title"] for h in filled.search("jamming")] == [norway_article().title]
    assert filled.search("zebra") == []
    assert filled.search('"AND ( OR* :') == []  # query syntax in the input is just words
    assert len(filled.search("minister")) == 2
    assert len(filled.search("minister", limit=1)) == 1


# ---------------------------------------------------------------- exports


def test_export_jsonl(filled: Store, tmp_path: Path) -> None:
    out = export(filled, "jsonl", tmp_path / "out.jsonl")
    docs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [d["id"] for d in docs] == [a.id for a in filled.articles()]
    assert Article.from_dict(docs[0]) == full_article()


def test_export_csv_folder_and_zip(filled: Store, tmp_path: Path) -> None:
    counts = filled.counts()
    folder = export(filled, "csv", tmp_path / "csv")
    for table, n in counts.items():
        with open(folder / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n, table
    with open(folder / "articles.csv", encoding="utf-8", newline="") as fh:
        first = next(csv.DictReader(fh))
    assert "doc" not in first
    assert json.loads(first["authors"]) == ["Dana Ospan", "Erik Lund"]

    archive = export(filled, "csv", tmp_path / "out.zip")
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == sorted(f"{t}.csv" for t in counts)
        text = zf.read("amounts.csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == counts["amounts"]
    assert {r["approximate"] for r in rows} == {"true", "false"}


def test_export_parquet(filled: Store, tmp_path: Path) -> None:
    folder = export(filled, "parquet", tmp_path / "pq")
    for table, n in filled.counts().items():
        assert pq.read_table(folder / f"{table}.parquet").num_rows == n, table
    events = pq.read_table(folder / "events.parquet").to_pylist()
    assert {e["code"] for e in events} == {"036", "042", "057", "112"}
    assert pq.read_table(folder / "amounts.parquet").schema.field("value").type == "double"


def test_export_parquet_of_empty_store(store: Store, tmp_path: Path) -> None:
    folder = export(store, "parquet", tmp_path / "empty")
    assert pq.read_table(folder / "quotes.parquet").num_rows == 0


def test_export_formats_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown export format"):
        export(store, "xml", tmp_path / "g.xml")


# ---------------------------------------------------------------- opening and migrations


def test_migrations_recorded_once(store_url: str) -> None:
    first = Store(store_url)
    assert first.applied_migrations == [1]
    first.close()
    again = Store(store_url)
    assert again.applied_migrations == []
    with again.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT version, name FROM schema_migrations").all()
    assert [tuple(r) for r in rows] == [(1, "initial schema")]
    again.close()


def test_store_from_a_newer_tidings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store(str(path)).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2099-01-01')")
    with pytest.raises(StoreError, match="newer"):
        Store(str(path))


def test_sqlite_settings(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "t.db"))
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_default_location_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIDINGS_DB", raising=False)
    Store().close()
    assert (tmp_path / "tidings.db").exists()
    monkeypatch.setenv("TIDINGS_DB", str(tmp_path / "env.db"))
    Store().close()
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    "url, message",
    [
        ("mysql://u@localhost/db", "unsupported database URL"),
        ("postgresql+psycopg2://u@localhost/db", "unsupported PostgreSQL driver"),
        ("postgresql://u@127.0.0.1:1/db", "cannot open store"),
        ("/no/such/folder/t.db", "does not exist"),
        ("sqlite://", None),
    ],
)
def test_bad_locations_raise_store_error(url: str, message: str | None) -> None:
    if message is None:  # an in-memory SQLite URL is fine
        Store(url).close()
        return
    with pytest.raises(StoreError, match=message) as info:
        Store(url)
    assert "\n" not in str(info.value)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some words, not a database\n" * 200)
    with pytest.raises(StoreError, match="cannot open store") as info:
        Store(str(bogus))
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- crash safety


def _check_consistent(path: Path) -> set[str]:
    """Integrity ok and every stored article has exactly its layer rows; returns the ids."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        ids = set()
        for article_id, doc_json in db.execute("SELECT id, doc FROM articles"):
            doc = json.loads(doc_json)
            for table, n in _layer_counts(doc).items():
                got = db.execute(
                    f"SELECT count(*) FROM {table} WHERE "
                    + ("id" if table == "articles" else "article_id") + " = ?", (article_id,)
                ).fetchone()[0]
                assert got == n, (article_id, table)
            fts = db.execute("SELECT count(*) FROM articles_fts WHERE article_id = ?",
                             (article_id,)).fetchone()[0]
            assert fts == 1
            ids.add(article_id)
        (orphans,) = db.execute(
            "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()
        assert orphans == 0
        return ids
    finally:
        db.close()


def _writer(path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CRASH_WRITER), str(path), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_sigkill_mid_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    proc = _writer(path, "--slow-after", "40")
    assert proc.stdout is not None
    added = 0
    for line in proc.stdout:
        added += line.startswith("added ")
        if added >= 25:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    stored = _check_consistent(path)
    assert 25 <= len(stored) < 200

    rerun = _writer(path)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert len(out.splitlines()) == 200 - len(stored)
    assert len(_check_consistent(path)) == 200
    with Store(str(path)) as s:
        assert s.counts()["articles"] == 200
        assert len({a.id for a in s.articles()}) == 200  # paged reads see each article once
        assert len(list(s.articles(limit=201))) == 200
