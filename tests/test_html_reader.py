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
        "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
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
    [
        "<html>",
        "<p>unclosed <b>tags <i>everywhere",
        "<<<>>>< html",
        "<html><body>" + "<div>" * 5000,
        b"<html><body><p>\xff\xfe broken \xc3 utf-8</p></body></html>",
    ],
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


def _story_page(inner: str, *, head: str = "", after: str = "") -> str:
    """A page around ``inner``: the four paragraphs of the bridge story, then ``after``."""
    paras = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f"<html><head><title>Riverton approves second bridge</title>{head}</head><body>"
        f"<article><h1>Riverton approves second bridge</h1>{inner}{paras}{after}</article>"
        "</body></html>"
    )


def test_boxes_the_page_marks_as_furniture_are_dropped() -> None:
    caption = "Commuters wait on the old bridge during the morning rush in Riverton last week."
    bio = (
        "Dana Whitfield writes about local government and transport for the paper and has done "
        "so for twelve years since moving to the valley from the coast."
    )
    pitch = "Get the best of our local reporting delivered to you every single weekday morning."
    page = read_html(
        _story_page(
            f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>',
            after=f'<div class="author-bio"><p>{bio}</p></div>'
            f'<div class="newsletterSignup"><p>{pitch}</p></div>'
            '<ul class="user-comments"><li><div><span>reader_one said:</span>'
            "I would rather they fixed the old bridge first, honestly, before building another."
            "</div></li></ul>",
        )
    )
    assert page.body.split("\n") == _PARAGRAPHS


def test_teaser_lines_and_a_repeated_headline_under_a_kicker_are_dropped() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    body = (
        "<p>Local news</p><p>Riverton approves second bridge</p>"
        + paras[: len(paras) // 2 + 1].rsplit("<p>", 1)[0]
        + "<p>RELATED: Amber River flood defences to be strengthened before winter</p>"
        + "<p>"
        + paras[len(paras) // 2 + 1 :].split("<p>", 1)[-1]
    )
    html = (
        "<html><head><title>Riverton approves second bridge | Ledger</title></head><body>"
        f"<article>{body}</article></body></html>"
    )
    page = read_html(html)
    assert "RELATED" not in page.body
    assert not page.body.startswith(("Local news", "Riverton approves"))
    assert _PARAGRAPHS[-1] in page.body


def test_story_held_in_script_data_replaces_the_rendered_teaser() -> None:
    import json

    # 23 distinct words (a prime number of them), so no two paragraphs repeat one another:
    # the reader rejects data that says everything twice.
    words = sorted({w.strip(".,") for p in _PARAGRAPHS for w in p.split()})[:23]
    rest = [
        " ".join(words[(n * k) % len(words)] for k in range(1, 19)) + f" number {n}." for n in range(2, 23)
    ]
    data = {
        "story": {
            "body": [
                {"type": "paragraph", "content": [{"type": "text", "value": p}]}
                for p in [_PARAGRAPHS[0], *rest]
            ],
        }
    }
    html = (
        "<html><head><title>Riverton approves second bridge</title></head><body><article>"
        f"<h1>Riverton approves second bridge</h1><p>{_PARAGRAPHS[0]}</p></article>"
        f'<script type="application/json">{json.dumps(data)}</script></body></html>'
    )
    page = read_html(html)
    lines = page.body.split("\n")
    assert lines[0] == _PARAGRAPHS[0]
    assert lines[-1] == rest[-1]
    assert len(lines) == 1 + len(rest)


def test_cookie_notice_is_not_taken_for_the_story() -> None:
    notice = "".join(
        f"<p>We use cookies number {n} to remember your cookie choices and other cookie "
        "settings, and third-party cookies for our advertising partners.</p>"
        for n in range(12)
    )
    html = _story_page("", after="").replace(
        "<article>", f'<div class="cookie-consent-modal">{notice}</div><article>'
    )
    page = read_html(html)
    assert _PARAGRAPHS[0] in page.body
    assert "cookie" not in page.body


# Every 14th page of the shared set: 20 real pages from different sites, read in a few seconds.
_FLOOR_F1 = 0.96


def test_body_f1_floor_on_real_pages() -> None:
    from tidings.eval.pages import load_gold, score_html_pages

    data = need(DATA / "pages")
    ids = {g.id for g in load_gold(data)[::14]}
    scores = score_html_pages(data, ids)
    assert scores["pages"] == len(ids)
    assert scores["body_f1"] >= _FLOOR_F1, scores
    assert scores["body_f1"] >= scores["baseline_body_f1"] - 0.005, scores
    assert scores["title_accuracy"] >= 0.8, scores
