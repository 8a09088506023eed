"""Sources: every input kind yields the right RawDocuments; bad input gives a clean error."""

from __future__ import annotations

import gzip
import io
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.errors import InputTooLarge, SourceNotFound, TidingsError, UnreadableInput
from tidings.sources import LINK_ONLY, MAX_DOCUMENT_BYTES, RawDocument, iter_documents
from tidings.sources.decode import decode
from tidings.sources.folder import folder_files
from tidings.sources.stdin import StdinSource
from tidings.sources.url import UrlSource

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Astana Hosts Talks</title>"
    "<meta property='og:title' content='Astana Hosts Talks'></head><body><nav>Home</nav>"
    "<article><h1>Astana Hosts Talks</h1><p>ASTANA, May 5 — Ministers met on Monday.</p>"
    "</article></body></html>"
)
RSS_LINKS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://x.example/</link>
<item><title>Short item</title><link>http://x.example/a</link>
<description>Only a teaser.</description><pubDate>Mon, 05 May 2025 23:30:00 -0500</pubDate></item>
<item><title>Long item</title><link>http://x.example/b</link>
<description>{long}</description></item>
<item><title>No link, no content</title><description>Tiny.</description></item>
</channel></rss>
"""


def docs(spec: str | Path, **kwargs: str) -> list[RawDocument]:
    return list(iter_documents(str(spec), **kwargs))


def one_line(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


# --- the bundled examples ----------------------------------------------------------------------


def test_examples_folder_yields_every_document_in_order() -> None:
    found = docs(EXAMPLES)
    assert len(found) == 12
    assert all(d.error is None and d.warnings == () for d in found)
    names = [Path(d.path or "").relative_to(EXAMPLES).as_posix() for d in found]
    assert names == sorted(names, key=lambda n: tuple(n.split("/")))
    assert not any(n.endswith(".md") for n in names)
    formats = {Path(d.path or "").name: d.format for d in found}
    assert formats["khorgos-rail-freight.txt"] == "page"
    assert formats["beijing-uzbekistan-yuan-swap.html"] == "html"


def test_txt_file_is_a_page_dump() -> None:
    (doc,) = docs(EXAMPLES / "almaty-bank-fraud-sentence.txt")
    assert doc.format == "page"
    assert isinstance(doc.content, str)
    assert "ALMATY, March 3 —" in doc.content
    assert doc.path == str(EXAMPLES / "almaty-bank-fraud-sentence.txt")
    assert doc.title is None and doc.date is None


def test_html_file_is_html() -> None:
    (doc,) = docs(EXAMPLES / "beijing-uzbekistan-yuan-swap.html")
    assert doc.format == "html"
    assert 'property="article:published_time"' in str(doc.content)


def test_jsonl_examples_keep_fields_and_formats() -> None:
    found = docs(EXAMPLES / "batch.jsonl")
    assert [d.source_id for d in found] == ["batch-001", "batch-002", "batch-003", "batch-004"]
    assert [d.format for d in found] == ["text", "html", "page", "text"]
    assert [d.date for d in found] == ["2025-01-07", "2025-03-19", "2025-04-02", "2025-04-15"]
    assert found[0].outlet == "Silk Road Monitor"
    assert found[0].url and found[0].url.startswith("https://")
    # A text body is taken as given: the title is not glued onto it.
    assert found[0].title and found[0].title not in str(found[0].content)
    assert [d.extra["line"] for d in found] == ["1", "2", "3", "4"]


def test_rss_items_with_full_content_become_html_documents() -> None:
    found = docs(EXAMPLES / "feeds" / "steppe-wire.rss")
    assert len(found) == 3
    first = found[0]
    assert first.format == "html"
    assert first.title == "Police Detain 23 at Bashkortostan Rally Against Limestone Quarry"
    assert first.url == "https://steppewire.example/russia/2025/05/14/bashkortostan-quarry-protest"
    assert first.date == "2025-05-14"
    assert first.extra["author"] == "Ilya Gavrilov"
    assert first.outlet == "Steppe Wire"
    assert first.source_id == "steppewire-2025-0514-01"
    content = str(first.content)
    assert "10,000 and 20,000 rubles" in content
    assert 'content="Ilya Gavrilov"' in content
    assert "<title>Police Detain 23" in content


def test_atom_entries_with_content_become_html_documents() -> None:
    found = docs(EXAMPLES / "feeds" / "eurasia-desk.atom")
    assert [d.date for d in found] == ["2025-02-18", "2025-02-20"]
    assert [d.extra["author"] for d in found] == ["Svetlana Morozova", "Farrukh Nazarov"]
    assert all(d.format == "html" and d.error is None for d in found)
    assert "42,000 somoni" in str(found[1].content)


def test_feed_link_only_entries_are_reported_as_links(tmp_path: Path) -> None:
    long_summary = "Trade talks went on for hours in Astana. " * 20
    feed = tmp_path / "wire.xml"
    feed.write_text(RSS_LINKS.format(long=long_summary), "utf-8")
    short, long, bare = docs(feed)
    assert short.link_only and short.error == f"{LINK_ONLY}http://x.example/a"
    assert short.url == "http://x.example/a" and short.title == "Short item"
    assert short.date == "2025-05-05"  # the publisher's local date, not shifted to UTC
    assert long.error is None and long.format == "html" and "Trade talks" in str(long.content)
    assert bare.error and not bare.link_only and "neither content nor a link" in bare.error


# --- options ----------------------------------------------------------------------------------


def test_date_outlet_url_fill_only_missing_fields() -> None:
    found = docs(EXAMPLES / "batch.jsonl", date="2020-01-01", outlet="Fallback", url="http://u/")
    assert found[0].date == "2025-01-07" and found[0].outlet == "Silk Road Monitor"
    assert found[1].url == "http://u/"
    (page,) = docs(EXAMPLES / "khorgos-rail-freight.txt", date="2025-06-12", outlet="Ledger")
    assert (page.date, page.outlet, page.url) == ("2025-06-12", "Ledger", None)


# --- other file kinds -----------------------------------------------------------------------


def _warc_response(writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=name.endswith(".gz"))
        _warc_response(writer, "http://a.example/1", HTML_PAGE.encode(), "text/html", "200 OK")
        _warc_response(writer, "http://a.example/2", b"<html>gone</html>", "text/html", "404 NF")
        _warc_response(writer, "http://a.example/3", b"\x89PNG\r\n", "image/png", "200 OK")
        cyr = "<html><body><p>Новости из Бишкека</p></body></html>".encode("cp1251")
        _warc_response(
            writer, "http://a.example/4", cyr, "text/html; charset=windows-1251", "200 OK"
        )
    found = docs(path)
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/4"]
    assert all(d.format == "html" and d.record_id and d.fetched_at for d in found)
    assert found[0].record_id and found[0].record_id.startswith("<urn:uuid:")
    assert "Новости из Бишкека" in str(found[1].content)
    assert found[1].path == str(path)


def test_not_a_warc_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_text("this is not an archive\n", "utf-8")
    with pytest.raises(UnreadableInput, match="not a WARC archive"):
        docs(path)


def test_json_array_gzip_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps([{"id": 1, "text": "One."}, {"page": "Two\n\nBody."}]), "utf-8"
    )
    found = docs(tmp_path / "a.json")
    assert [(d.source_id, d.format) for d in found] == [("1", "text"), ("2", "page")]
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(HTML_PAGE.encode()))
    (gz,) = docs(tmp_path / "p.html.gz")
    assert gz.format == "html" and "Ministers met" in str(gz.content)
    (tmp_path / "noext").write_text(HTML_PAGE, "utf-8")
    assert docs(tmp_path / "noext")[0].format == "html"
    (tmp_path / "dump.dat").write_text("Headline\n\nBody text here.\n", "utf-8")
    assert docs(tmp_path / "dump.dat")[0].format == "page"


def test_folder_skips_hidden_and_foreign_files_and_survives_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second\n\nBody.", "utf-8")
    (tmp_path / "a.txt").write_text("", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nBody.", "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", "utf-8")
    (tmp_path / "notes.md").write_text("# notes", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text(HTML_PAGE, "utf-8")
    assert [p.name for p in folder_files(tmp_path)] == ["a.txt", "b.txt", "c.htm"]
    empty, second, page = docs(tmp_path)
    assert empty.error and "empty" in empty.error and empty.path == str(tmp_path / "a.txt")
    assert second.content == "Second\n\nBody." and second.error is None
    assert page.format == "html"


# --- stdin ------------------------------------------------------------------------------------


def test_stdin_stream_is_sniffed() -> None:
    (html,) = StdinSource(io.BytesIO(HTML_PAGE.encode())).documents()
    assert html.format == "html" and html.name == "<stdin>"
    feed = (EXAMPLES / "feeds" / "eurasia-desk.atom").read_bytes()
    assert len(list(StdinSource(io.BytesIO(feed)).documents())) == 2
    (page,) = StdinSource(io.BytesIO(b"Headline\n\nBody.")).documents()
    assert page.format == "page"
    with pytest.raises(UnreadableInput, match="standard input is empty"):
        list(StdinSource(io.BytesIO(b"  \n")).documents())


def test_stdin_jsonl_through_a_real_pipe() -> None:
    lines = (EXAMPLES / "batch.jsonl").read_bytes() + b"not json\n"
    script = (
        "import sys\nfrom tidings.sources import iter_documents\n"
        "for d in iter_documents('-'): print(d.source_id, d.format, d.error is not None)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], input=lines, capture_output=True, check=True, timeout=60
    ).stdout.decode()
    assert out.splitlines() == [
        "batch-001 text False",
        "batch-002 html False",
        "batch-003 page False",
        "batch-004 text False",
        "5 text True",
    ]


# --- URLs, against a real HTTP server on 127.0.0.1 --------------------------------------------

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/page.html": (200, "text/html; charset=utf-8", HTML_PAGE.encode()),
    "/cyr": (
        200,
        "text/html; charset=windows-1251",
        "<html><body><p>Суд в Алматы вынес приговор</p></body></html>".encode("cp1251"),
    ),
    "/feed": (200, "application/rss+xml", (EXAMPLES / "feeds" / "steppe-wire.rss").read_bytes()),
    "/batch": (200, "application/x-ndjson", (EXAMPLES / "batch.jsonl").read_bytes()),
    "/empty": (200, "text/html", b""),
    "/broken": (500, "text/plain", b"oops"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/page.html")
            self.end_headers()
            return
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(MAX_DOCUMENT_BYTES + 1))
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_page(server: str) -> None:
    (doc,) = docs(f"{server}/page.html", date="2025-05-05")
    assert doc.format == "html" and doc.url == f"{server}/page.html"
    assert doc.fetched_at and doc.date == "2025-05-05"
    assert "Ministers met on Monday" in str(doc.content)


def test_url_redirect_and_declared_charset(server: str) -> None:
    (doc,) = docs(f"{server}/old")
    assert doc.url == f"{server}/page.html"
    (cyr,) = docs(f"{server}/cyr")
    assert "Суд в Алматы" in str(cyr.content) and cyr.warnings == ()


def test_url_feed_and_jsonl(server: str) -> None:
    found = docs(f"{server}/feed")
    assert len(found) == 3 and all(d.format == "html" for d in found)
    assert found[2].url == "https://steppewire.example/kazakhstan/2025/05/16/shymkent-land-bribe"
    assert found[2].extra["feed"] == f"{server}/feed"
    assert [d.source_id for d in docs(f"{server}/batch")][-1] == "batch-004"


def test_url_errors_are_clean(server: str) -> None:
    with pytest.raises(SourceNotFound, match="HTTP 404"):
        docs(f"{server}/missing")
    with pytest.raises(UnreadableInput, match="HTTP 500"):
        docs(f"{server}/broken")
    with pytest.raises(UnreadableInput, match="empty"):
        docs(f"{server}/empty")
    with pytest.raises(InputTooLarge, match="/huge"):
        docs(f"{server}/huge")
    with pytest.raises(UnreadableInput, match="timed out"):
        list(UrlSource(f"{server}/slow", timeout=0.3).documents())
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with pytest.raises(UnreadableInput, match="cannot fetch") as caught:
        docs(f"http://127.0.0.1:{closed}/x")
    assert str(closed) in one_line(caught.value)
    with pytest.raises(UnreadableInput, match="unsupported URL scheme"):
        docs("ftp://example.org/file.txt")


# --- bad input --------------------------------------------------------------------------------


def test_missing_path_raises_at_once(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(SourceNotFound) as caught:
        iter_documents(str(missing))
    assert str(missing) in one_line(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "error", "says"),
    [
        ("empty.txt", b"", UnreadableInput, "is empty"),
        ("blank.html", b" \n\t\n", UnreadableInput, "is empty"),
        (
            "picture.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            UnreadableInput,
            "looks binary",
        ),
        ("zeros.jsonl", b"\x00" * 4096, UnreadableInput, "looks binary"),
        ("feed.xml", b"Just a sentence, not a feed.\n", UnreadableInput, "not XML"),
        ("page.rss", HTML_PAGE.encode(), UnreadableInput, "not an RSS or Atom feed"),
        ("empty.jsonl", b"\n\n", UnreadableInput, "is empty"),
        ("fake.html.gz", b"\x1f\x8b not really", UnreadableInput, "gzip"),
    ],
)
def test_bad_files_raise_one_line_errors(
    tmp_path: Path, name: str, content: bytes, error: type[TidingsError], says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error, match=says) as caught:
        docs(path)
    assert str(path) in one_line(caught.value)


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(InputTooLarge, match=str(MAX_DOCUMENT_BYTES)) as caught:
        docs(path)
    assert time.perf_counter() - started < 1.0
    assert str(path) in one_line(caught.value)


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_offset(tmp_path: Path) -> None:
    good = "Суд в Астане оштрафовал компанию на 5 млн тенге. ".encode()
    path = tmp_path / "bad.txt"
    path.write_bytes(good + b"\xff\xfe" + "Конец.".encode())
    (doc,) = docs(path)
    assert doc.error is None and "\ufffd" in str(doc.content) and "Конец." in str(doc.content)
    (warning,) = doc.warnings
    assert f"at byte {len(good)}" in warning and str(path) in warning


def test_jsonl_bad_lines_become_errored_documents(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "a", "text": "First body."}\n'
        "{not json at all\n"
        '{"id": "c", "title": "No content", "outlet": "X"}\n'
        '["a", "list"]\n'
        '{"text": 42}\n'
        '{"text": ""}\n'
        "\n"
        '{"id": "g", "page": "Headline\\n\\nBody."}\n',
        "utf-8",
    )
    found = docs(path)
    assert [d.source_id for d in found] == ["a", "2", "c", "4", "5", "6", "g"]
    assert [d.error is None for d in found] == [True, False, False, False, False, False, True]
    assert found[1].error and "line 2: not JSON" in found[1].error
    assert found[2].error and "none of the fields text, html, page" in found[2].error
    assert found[2].title == "No content" and found[2].outlet == "X"
    assert found[3].error and "not a JSON object" in found[3].error
    assert found[4].error and "not a string" in found[4].error
    assert found[5].error and "empty" in found[5].error
    assert found[6].format == "page" and found[6].extra["line"] == "8"
    assert all("\n" not in (d.error or "") for d in found)


# --- decoding ---------------------------------------------------------------------------------


def test_decode_boms_charsets_and_refusals() -> None:
    assert decode("\ufeffhello".encode()) == ("hello", [])
    assert decode("\ufeffПривет".encode("utf-16-le")) == ("Привет", [])
    assert decode("\ufeffПривет".encode("utf-16-be")) == ("Привет", [])
    text, warnings = decode(
        "Санкции против банков вступили в силу в понедельник.".encode("cp1251"), name="x.txt"
    )
    assert text.startswith("Санкции") and "decoded as cp1251" in warnings[0]
    assert "x.txt" in warnings[0] and "offset 0" in warnings[0]
    meta = '<meta charset="windows-1251"><p>Торговля с Китаем выросла</p>'.encode("cp1251")
    assert decode(meta)[0].endswith("Торговля с Китаем выросла</p>")
    assert decode("Приговор".encode("cp1251"), declared="windows-1251") == ("Приговор", [])
    text, warnings = decode("Page with a stray \x00 NUL. " + "More text after it. " * 20)
    assert "\x00" not in text and "control characters" in warnings[0]
    with pytest.raises(UnreadableInput, match="empty"):
        decode("\ufeff  ")
    with pytest.raises(InputTooLarge, match=r"big\.txt"):
        decode(b"a" * (MAX_DOCUMENT_BYTES + 1), name="big.txt")
