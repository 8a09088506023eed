"""The HTML page reader on a page written here, on bad input, and on the shared real pages."""

from __future__ import annotations

import pytest

from tidings.errors import UnreadableInput
from tidings.read.html import read_html

from .conftest import DATA, need

_PARAGRAPHS = [
    "The city council of Riverton voted on Tuesday to build a second bridge across the Amber "
    "River, ending a debate that has divided the town for more than ten years.",
    "Mayor Helen Ortiz said the new crossing would cut travel times for commuters and open the "
    "eastern districts to new housing, which the town badly needs.",
    "Opponents argued that the cost, estimated at 48 million dollars, would strain the budget and "
    "that the money should go to schools and road repairs instead.",
    "Construction is expected to begin next spring and to last about three years, according to "
    "the engineering firm that drew up the plans for the council.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Riverton approves second bridge after decade of debate | Riverton Ledger</title>
<meta property="og:site_name" content="Riverton Ledger">
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2024-03-12T09:30:00Z">
</head><body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main>
<article>
  <h1>Riverton approves second bridge after decade of debate</h1>
  <p class="byline">By Dana Whitfield</p>
  {"".join(f"<p>{p}</p>" for p in _PARAGRAPHS)}
</article>
<aside class="sidebar">
  <h3>Related stories</h3>
  <ul>
    <li><a href="/a">Amber River flood defences to be strengthened before winter</a></li>
    <li><a href="/b">Riverton schools ask council for more money for repairs</a></li>
    <li><a href="/c">Commuters face delays as old bridge closes for inspection</a></li>
  </ul>
</aside>
</main>
<footer><p>Copyright 2024 Riverton Ledger. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_reads_title_body_byline_date_and_related() -> None:
    page = read_html(PAGE, url="https://ledger.example/news/bridge")
    assert page.title == "Riverton approves second bridge after decade of debate"
    assert page.authors == ["Dana Whitfield"]
    assert page.published == "2024-03-12"
    assert page.published_source == "metadata"
    assert page.outlet == "Riverton Ledger"
    assert page.body.split("\n") == _PARAGRAPHS
    assert page.related_headlines == [
        "Amber River flood defences to be strengthened before winter",
        "Riverton schools ask council for more money for repairs",
        "Commuters face delays as old bridge closes for inspection",
    ]
    for furniture in ("Home", "Privacy policy", "Copyright", "Related stories", "flood defences"):
        assert furniture not in page.body
    assert page.warnings == []


def test_bytes_in_and_non_ascii_text() -> None:
    html = PAGE.replace("Mayor Helen Ortiz", "Mayor Hélène Ortíz").encode("utf-8")
    page = read_html(html)
    assert "Mayor Hélène Ortíz said" in page.body


def test_page_without_an_article_gives_a_warning_not_a_crash() -> None:
    page = read_html(
        "<html><head><title>Index</title></head>"
        "<body><nav><a href='/'>Home</a></nav></body></html>"
    )
    assert page.body == ""
    assert any("no article body" in w for w in page.warnings)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   \n",
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" * 20,
        "just some words with no markup at all",
    ],
)
def test_non_html_is_unreadable(bad: str | bytes) -> None:
    with pytest.raises(UnreadableInput):
        read_html(bad)


@pytest.mark.parametrize(
    "odd",
    ["<html>", "<p>unclosed <b>tags <i>everywhere", "<<<>>>< html", "<html><body>" + "<div>" * 5000,
     b"<html><body><p>\xff\xfe broken \xc3 utf-8</p></body></html>"],
)
def test_broken_html_never_raises_a_traceback(odd: str | bytes) -> None:
    try:
        page = read_html(odd)
    except UnreadableInput:
        return
    assert isinstance(page.body, str)


def test_huge_page_is_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import tidings.read.html as reader

    monkeypatch.setattr(reader, "MAX_HTML_CHARS", 5_000)
    page = read_html(PAGE + "<!--" + "x" * 10_000 + "-->")
    assert any("cut" in w for w in page.warnings)
    assert page.title


# Every 14th page of the shared set: 20 real pages from different sites, read in a few seconds.
_FLOOR_F1 = 0.90


def test_body_f1_floor_on_real_pages() -> None:
    from tidings.eval.pages import load_gold, score_html_pages

    data = need(DATA / "pages")
    ids = {g.id for g in load_gold(data)[::14]}
    scores = score_html_pages(data, ids)
    assert scores["pages"] == len(ids)
    assert scores["body_f1"] >= _FLOOR_F1, scores
    assert scores["body_f1"] >= scores["baseline_body_f1"] - 0.005, scores
    assert scores["title_accuracy"] >= 0.8, scores
