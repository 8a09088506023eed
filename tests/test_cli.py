"""The command line as a user and outside scripts meet it: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from .conftest import EXAMPLE_PAGE, ROOT, need

TIDINGS = [sys.executable, "-m", "tidings"]
SCHEMA = json.loads((ROOT / "src" / "tidings" / "schema" / "article.schema.json").read_text())
HEADLINE_WORDS = {"Strengthen", "Signs", "Sign", "Latest", "Explains", "Tasks", "Sees", "Says",
                  "Raises", "Faces", "Pledges", "Detains", "Blames", "Passes", "Dragged",
                  "Describe", "Escalates", "Amid", "News"}


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*TIDINGS, *args], input=stdin.decode("utf-8", "replace") if stdin else None,
        capture_output=True, text=True, cwd=cwd, timeout=300,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def example_json() -> dict:
    need(EXAMPLE_PAGE)
    proc = run("extract", str(EXAMPLE_PAGE), "--format", "json", "--date", "2025-07-20")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_example_page_contract(example_json: dict) -> None:
    doc = example_json
    jsonschema.validate(doc, SCHEMA)
    page = EXAMPLE_PAGE.read_text("utf-8").splitlines()
    assert doc["title"] == page[0].strip()
    assert doc["authors"] == ["Ruslan Loginov"]
    assert doc["outlet"] == "Orda.kz"
    latest = [line[2:].strip() for line in page[page.index("Latest news") + 1 :] if line.strip()]
    assert doc["related_headlines"] == latest
    assert len(latest) == 20
    assert "Original Author" not in doc["body"] and "Ruslan Loginov" not in doc["body"]
    for headline in latest:
        assert headline not in doc["body"]
    assert doc["published"] == "2025-07-20" and doc["published_source"] == "reference"


def test_example_page_has_no_headline_word_people(example_json: dict) -> None:
    for entity in example_json["entities"]:
        if entity["type"] == "PERSON":
            assert not set(entity["name"].split()) & HEADLINE_WORDS, entity
    names = {e["name"] for e in example_json["entities"] if e["type"] == "PERSON"}
    assert {"Vladimir Putin", "Xi Jinping"} <= names


def test_spans_point_at_their_text(example_json: dict) -> None:
    def section(name: str) -> str:
        if name == "title":
            return example_json["title"]
        if name == "body":
            return example_json["body"]
        return example_json["related_headlines"][int(name.split(":")[1])]

    for entity in example_json["entities"]:
        for m in entity["mentions"]:
            assert section(m["section"])[m["start"] : m["end"]] == m["text"]
    for layer in ("amounts", "dates", "quotes"):
        for item in example_json[layer]:
            assert section(item["section"])[item["start"] : item["end"]] == item["text"]
    for place in example_json["places"]:
        for m in place["mentions"]:
            assert section(m["section"])[m["start"] : m["end"]] == m["text"]
    for event in example_json["events"]:
        trigger = section(event["section"])[event["start"] : event["end"]]
        assert trigger and trigger in event["sentence"]
        assert event["sentence"] in section(event["section"])


def test_every_example_validates_against_the_schema() -> None:
    proc = run("extract", str(ROOT / "examples" / "batch.jsonl"), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) >= 4
    for doc in lines:
        jsonschema.validate(doc, SCHEMA)
        assert doc["source_id"]


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("tidings ")


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": tmp / "empty.txt",
        "binary": tmp / "blob.txt",
        "huge": tmp / "huge.txt",
        "html_no_body": tmp / "nobody.html",
        "feed_not_xml": tmp / "feed.rss",
        "missing": tmp / "does-not-exist.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    with open(files["huge"], "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    files["html_no_body"].write_text("<html><head><title>x</title></head></html>")
    files["feed_not_xml"].write_text("this is { not xml at all")
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "huge", "html_no_body", "feed_not_xml",
                                  "missing"])
def test_bad_input_gives_one_line_and_exit_2_or_errors(tmp_path: Path, kind: str) -> None:
    path = _bad_inputs(tmp_path)[kind]
    proc = run("extract", str(path))
    if proc.returncode == 0:
        doc = json.loads(proc.stdout)
        assert doc["errors"], kind
    else:
        assert proc.returncode in (1, 2), proc
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_invalid_utf8_is_read_with_an_error_noted(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Talks in Astana\n\nThe minister said the caf\xe9 deal was done.".encode(
        "latin-1") + b"\xff\xfe\xfa")
    proc = run("extract", str(path))
    assert proc.returncode in (0, 1, 2)
    if proc.stdout.strip():
        assert any("utf-8" in e.lower() for e in json.loads(proc.stdout)["errors"])


def test_jsonl_bad_line_gives_errored_object_not_a_stop(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Kazakhstan and China signed a trade deal on Monday."})
        + "\n{not json\n"
        + json.dumps({"id": "c", "text": "Police detained three activists in Bishkek."}) + "\n"
    )
    proc = run("extract", str(path), "--format", "jsonl")
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [bool(d["errors"]) for d in docs] == [False, True, False]
    assert docs[0]["source_id"] == "a" and docs[2]["source_id"] == "c"
    assert proc.returncode == 1


def test_bad_usage_exits_2() -> None:
    proc = run("extract", str(ROOT / "examples"), "--format", "yaml")
    assert proc.returncode == 2
    proc = run("events", "--since", "last week", "--db", "/nonexistent-dir/x.db")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1


def test_ingest_twice_same_counts_and_queries(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = run("ingest", str(ROOT / "examples"), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "new articles" in first.stdout
    from tidings.store import Store

    counts = Store(str(db)).counts()
    second = run("ingest", str(ROOT / "examples"), "--db", str(db))
    assert second.returncode == 0
    assert "0 new articles" in second.stdout
    assert Store(str(db)).counts() == counts
    entities = run("entities", "--format", "json", "--db", str(db))
    assert json.loads(entities.stdout)
    search = run("search", "sanctions", "--format", "json", "--db", str(db))
    assert json.loads(search.stdout)
    out = tmp_path / "out.jsonl"
    exported = run("export", "--format", "jsonl", str(out), "--db", str(db))
    assert exported.returncode == 0
    assert len(out.read_text().splitlines()) == counts["articles"]


def test_link_only_feed_entries_are_reported_not_failed(tmp_path: Path) -> None:
    feed = tmp_path / "links.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Only a link</title><link>http://127.0.0.1:9/story</link></item>"
        "</channel></rss>"
    )
    proc = run("ingest", str(feed), "--db", str(tmp_path / "t.db"))
    assert proc.returncode == 0, proc.stderr
    assert "1 link-only feed entries to fetch" in proc.stdout
    assert "http://127.0.0.1:9/story" in proc.stderr


def test_eval_events_explains_what_it_missed(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Kazakh police detained two activists in Almaty.",
         "expected_events": [{"source": ["KAZ"], "target": ["KAZ"], "code": "173"}]},
        {"id": "b", "text": "The weather in Astana was warm on Sunday.", "expected_events": []},
        {"id": "c", "text": "Uzbekistan praised the decision of Tajikistan.",
         "expected_events": [{"source": ["UZB"], "target": ["TJK"], "code": "042"}]},
        {"id": "d", "text": "The old harbour of Aktau glowed at dusk.",
         "expected_events": [{"source": ["KAZ"], "target": ["KAZ"], "code": "010"}]},
    ]) + "\n", encoding="utf-8")
    proc = run("eval", "events", "--gold", str(gold), "--explain")
    assert proc.returncode == 0, proc.stderr
    assert "(source, target, code)" in proc.stdout
    assert "2 records missed:" in proc.stdout
    # A miss with no event says why: here no word of the lexicon at all.
    assert "got  no event (no trigger)" in proc.stdout
    assert "- c: Uzbekistan praised the decision of Tajikistan." in proc.stdout
    assert "gold 042 ['UZB'] -> ['TJK']" in proc.stdout
    assert "got  051" in proc.stdout
