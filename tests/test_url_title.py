"""A headline read from the URL's slug for documents that come without one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tidings.eval.events import score_records
from tidings.model import Article
from tidings.pipeline import build
from tidings.read import read_document
from tidings.read.url_title import title_from_url
from tidings.sources.base import RawDocument


@pytest.mark.parametrize(("url", "title"), [
    ("https://en.wikinews.org/wiki/Chile_and_Peru_sign_fishing_accord", "Chile and Peru sign fishing accord"),
    ("https://news.example.kz/en/kazakhstan-and-uzbekistan-open-new-border-post-48213/",
     "Kazakhstan And Uzbekistan Open New Border Post"),
    ("https://example.com/2025/05/08/xi-arrives-in-moscow-for-talks.html", "Xi Arrives In Moscow For Talks"),
    ("https://example.org/wiki/Bolivia%27s_president_visits_Brazil", "Bolivia's president visits Brazil"),
])
def test_slug_becomes_the_headline(url: str, title: str) -> None:
    assert title_from_url(url) == title


@pytest.mark.parametrize("url", [
    "https://example.com/news/2025/07/20/",
    "https://www.example.co.uk/news/world-europe-68123456",
    "https://example.com/article?id=5512",
    "https://example.com/a1b2c3d4e5f6",
    "not a url",
    "",
    None,
])
def test_no_slug_no_headline(url: str | None) -> None:
    assert title_from_url(url) is None


def _read(text: str, url: str | None, title: str | None = None) -> Article:
    return read_document(RawDocument(content=text.encode(), format="text", url=url, title=title))


def test_text_without_headline_takes_the_slug_and_says_so() -> None:
    body = "Police detained two suspects on Tuesday."
    url = "https://example.org/news/new-zealand-police-detain-two-suspects"
    article = _read(body, url)
    assert article.title == "New Zealand Police Detain Two Suspects"
    assert article.title_source == "url"
    assert json.loads(json.dumps(article.to_dict()))["title_source"] == "url"
    # The same text under another address is the same document.
    assert article.id == _read(body, "https://example.org/other-address-same-story-here").id
    assert article.id == _read(body, None).id


def test_a_real_headline_wins_over_the_slug() -> None:
    article = _read("Body text.", "https://example.org/news/slug-words-are-here",
                    title="The real headline")
    assert (article.title, article.title_source) == ("The real headline", None)


@pytest.fixture(scope="module")
def runner() -> Any:
    return build(("nlp", "entities", "events"))


def test_eval_reads_a_lone_sentence_under_its_urls_headline(runner: Any) -> None:
    """"Police" is nobody's until the headline says the story is in New Zealand."""
    rec = {"id": "https://example.org/wiki/New_Zealand_police_arrest_gunman_in_Christchurch#3",
           "text": "Police arrested the gunman on Friday evening.", "date": "2019-03-16",
           "expected_events": [{"source": ["NZL"], "target": ["NZL"], "code": "173"}]}
    assert score_records([rec], runner)["source"]["f1"] == 1.0
    assert score_records([rec], runner, text_only=True)["source"]["f1"] == 0.0
