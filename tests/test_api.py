"""The Python API a user meets first: tidings.extract and tidings.Store."""

from __future__ import annotations

from pathlib import Path

import tidings

HTML = """<!doctype html><html><head><title>Astana hosts talks | Steppe Wire</title>
<meta property="og:site_name" content="Steppe Wire">
<meta property="article:published_time" content="2025-03-04T09:00:00+05:00"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Astana hosts talks on water sharing</h1>
<p>The foreign ministers of Kazakhstan and Uzbekistan held talks in Astana on Tuesday about
sharing the water of the Syr Darya, the Kazakh foreign ministry said in a statement.</p>
<p>"We agreed to meet again in Tashkent in May," the ministry quoted its minister as saying.
Both sides said trade between the two countries reached $4.2 billion last year.</p>
</article><footer>© Steppe Wire. All rights reserved.</footer></body></html>"""


def test_extract_text_with_reference_date() -> None:
    article = tidings.extract(
        "Kazakhstan and China signed a trade agreement in Astana on May 8, officials said.",
        date="2025-07-20", format="text",
    )
    assert isinstance(article, tidings.Article)
    assert article.published == "2025-07-20" and article.published_source == "reference"
    names = {e.name for e in article.entities}
    assert {"Kazakhstan", "China"} <= names
    assert any(d.value == "2025-05-08" for d in article.dates)
    assert article.to_dict()["schema_version"] == "1"


def test_extract_recognises_html_and_reads_its_metadata() -> None:
    article = tidings.extract(HTML)
    assert article.title == "Astana hosts talks on water sharing"
    assert article.published == "2025-03-04" and article.published_source == "metadata"
    assert "Home" not in article.body and "All rights reserved" not in article.body
    assert any(a.unit == "USD" and a.value == 4.2e9 for a in article.amounts)


def test_non_english_document_is_flagged_not_analysed() -> None:
    text = ("Президент Казахстана провёл переговоры с председателем КНР в Астане. Стороны "
            "подписали соглашения о торговле и транспорте, сообщила пресс-служба Акорды.")
    article = tidings.extract(text, format="text")
    assert article.language == "ru"
    assert any(e.startswith("language:") for e in article.errors)
    assert article.entities == [] and article.events == []


def test_store_round_trip(tmp_path: Path) -> None:
    article = tidings.extract(HTML)
    with tidings.Store(str(tmp_path / "t.db")) as store:
        assert store.add(article) is True
        assert store.add(article) is False
        again = store.get(article.id)
        assert again is not None and again.to_dict()["body"] == article.body
        assert store.search("water")
