"""The quotes stage: every layout, speakers, scare quotes, odd marks, and the gold-set floor."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tidings.eval.quotes import coverage, fallback_entities, same_speaker, score_quotes
from tidings.model import Article, Entity, Mention, Quote
from tidings.pipeline import nlp as _nlp  # noqa: F401 - registers "nlp"
from tidings.pipeline.quotes import dateline_end, find_marked, find_quotes, is_media
from tidings.pipeline.registry import registered, validate_order

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "quotes" / "quotes.jsonl"
HELDOUT = ROOT / "tests" / "gold" / "quotes" / "heldout.jsonl"
EXAMPLE = ROOT.parent / "shared" / "examples" / "orda-putin-xi.txt"
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews" / "articles.jsonl"


@pytest.fixture(scope="module")
def parse() -> Callable[[Article], Article]:
    return registered()["nlp"].factory()


def people_in(article: Article, people: dict[str, str]) -> list[Entity]:
    """Entities by hand: canonical name -> regex of its mentions, searched in every section."""
    out = []
    for i, (name, pattern) in enumerate(people.items(), 1):
        mentions = [
            Mention(section, m.start(), m.end(), m.group())
            for section, text in article.sections()
            for m in re.finditer(pattern, text)
        ]
        out.append(Entity(f"e{i}", name, "PERSON", mentions=mentions))
    return out


@pytest.fixture(scope="module")
def quotes_of(
    parse: Callable[[Article], Article],
) -> Callable[..., list[Quote]]:
    def run(text: str, people: dict[str, str] | None = None, title: str | None = None) -> list[Quote]:
        article = parse(Article(body=text, title=title))
        article.entities = people_in(article, people) if people else fallback_entities(article)
        return find_quotes(article)

    return run


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def test_stage_is_registered_after_entities() -> None:
    spec = registered()["quotes"]
    assert spec.requires == ("docs", "entities")
    assert spec.assigns == ("quotes",)
    with pytest.raises(Exception, match="requires"):
        validate_order(["nlp", "quotes"])


LAYOUTS = [
    # (text, title, people, expected [(quote text, speaker)]); a comma that ends the quote
    # before its attribution is left out of the span
    (
        "“The bridge opens in May,” Helen Carter said on Tuesday.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter")],
    ),
    (
        'Helen Carter told the council: "The bridge opens in May."',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May.", "Helen Carter")],
    ),
    (
        '"The bridge opens in May," said Helen Carter, the mayor of the town.',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter")],
    ),
    (
        "«The bridge opens in May», Helen Carter said.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter")],
    ),
    (
        "‘The bridge opens in May,’ Helen Carter said.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter")],
    ),
    # split around the cue: two records, both with the speaker
    (
        "“The bridge opens in May,” Helen Carter said. “Traffic will move again by June.”",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter"), ("Traffic will move again by June.", "Helen Carter")],
    ),
    (
        '"The bridge opens in May," Helen Carter said, "and traffic moves by June."',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May", "Helen Carter"), ("and traffic moves by June.", "Helen Carter")],
    ),
    # multi-paragraph: opening marks at each paragraph, one closing mark at the end
    (
        "Helen Carter said: “The bridge opens in May.\n“Traffic will move again by June.”\nThe end.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May.\n“Traffic will move again by June.", "Helen Carter")],
    ),
    # block quote with the attribution on the next line
    (
        "The mayor met the builders.\nThe bridge opens in May and traffic will move again by June,\n"
        "Helen Carter said, closing the meeting.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May and traffic will move again by June", "Helen Carter")],
    ),
    # a lead-in line ending in ":" and a mark-less quote line
    (
        "Helen Carter thanked the workers and stressed:\nThe bridge belongs to every family in town.\n"
        "The meeting ended.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge belongs to every family in town.", "Helen Carter")],
    ),
    # headlines
    (
        "Kassym-Jomart Tokayev spoke in Astana.",
        "Tokayev: 'We Will Not Yield'",
        {"Kassym-Jomart Tokayev": r"(?:Kassym-Jomart )?Tokayev"},
        [("We Will Not Yield", "Kassym-Jomart Tokayev")],
    ),
    (
        "Kassym-Jomart Tokayev spoke in Astana.",
        "Tokayev: We Must Build More Roads",
        {"Kassym-Jomart Tokayev": r"(?:Kassym-Jomart )?Tokayev"},
        [("We Must Build More Roads", "Kassym-Jomart Tokayev")],
    ),
    # pronouns, with gender told by honorifics
    (
        "Mr. Tom Hale met Ms. Rita Moss. “It went well,” she said. “We agreed,” he added.",
        None,
        {"Tom Hale": r"Tom Hale", "Rita Moss": r"Rita Moss"},
        [("It went well", "Rita Moss"), ("We agreed", "Tom Hale")],
    ),
    # role noun resolved through the article's naming of the role
    (
        'Health Minister Ingrid Solberg opened the clinic. "It will serve the whole valley," '
        "the minister said.",
        None,
        {"Ingrid Solberg": r"Ingrid Solberg"},
        [("It will serve the whole valley", "Ingrid Solberg")],
    ),
    # an editor's bracketed comma ends the quote like a comma
    (
        '"We will rebuild the school[,]" Helen Carter told the crowd.',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("We will rebuild the school[,]", "Helen Carter")],
    ),
    # a title abbreviation inside the speaker, then the quote's second half
    (
        '"The river is clean," said Dr. Helen Carter. "We tested it twice."',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The river is clean", "Helen Carter"), ("We tested it twice.", "Helen Carter")],
    ),
    # a written statement: its owner is the speaker
    (
        'Helen Carter\'s statement read: "The bridge opens in May."',
        None,
        {"Helen Carter": r"Helen Carter"},
        [("The bridge opens in May.", "Helen Carter")],
    ),
    # a mark-less block quote with a cue-first attribution line
    (
        "The council met.\nWe have asked the builders to finish the bridge by May,\n"
        "said Mayor Helen Carter.\nThe meeting ended.",
        None,
        {"Helen Carter": r"Helen Carter"},
        [("We have asked the builders to finish the bridge by May", "Helen Carter")],
    ),
    # unnamed source: text kept, no entity
    (
        "“The decision is made,” a source close to the Kremlin said.",
        None,
        {"Nobody": r"Zzz"},
        [("The decision is made", "a source close to the Kremlin")],
    ),
]


@pytest.mark.parametrize(("text", "title", "people", "expected"), LAYOUTS)
def test_direct_layouts(
    quotes_of: Callable[..., list[Quote]],
    text: str,
    title: str | None,
    people: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    got = direct(quotes_of(text, people, title))
    assert [(q.text, q.speaker) for q in got] == expected
    article_text = {"body": text, "title": title or ""}
    for q in got:
        assert article_text[q.section][q.start : q.end] == q.text
        assert q.cue is None or q.cue.isalpha()


def test_dateline_is_never_speaker_or_content(quotes_of: Callable[..., list[Quote]]) -> None:
    text = (
        "ASTANA, May 16 — The Anti-Corruption Agency said on Friday it had detained a city official.\n"
        "ORAL, May 14 — Police detained 23 people on Tuesday at a rally, local monitors said."
    )
    got = [
        q
        for q in quotes_of(text, {"Anti-Corruption Agency": r"Anti-Corruption Agency"})
        if q.kind == "indirect"
    ]
    assert [(q.speaker, q.text) for q in got] == [
        ("Anti-Corruption Agency", "it had detained a city official"),
        ("local monitors", "Police detained 23 people on Tuesday at a rally"),
    ]
    assert dateline_end("MOSCOW (Reuters) - Prices rose.", 0) == len("MOSCOW (Reuters) - ")
    assert dateline_end("Prices rose - again.", 0) == 0


def test_outlet_attributions_are_not_quotes(quotes_of: Callable[..., list[Quote]]) -> None:
    text = (
        "The two countries agreed on new rail projects worth billions of dollars, reports Steppe Ledger.\n"
        "The Daily Herald reported that the minister had resigned over the rail contract.\n"
        "According to local news media, the bridge had been closed for a week before the flood.\n"
        "Lukas Brandt told Reuters that the deficit would fall next year."
    )
    got = quotes_of(text, {"Lukas Brandt": r"Lukas Brandt"})
    assert [(q.speaker, q.text) for q in got] == [("Lukas Brandt", "the deficit would fall next year")]
    assert is_media("Orda.kz") and is_media("WSET-TV") and is_media("local news sources")
    assert not is_media("the Anti-Corruption Agency") and not is_media("officials")


def test_plural_pronoun_and_titled_name(quotes_of: Callable[..., list[Quote]]) -> None:
    text = (
        "State prosecutors charged the driver with manslaughter. They said the car had been stolen.\n"
        "U.S. Attorney Bash said the case would go to trial in the spring."
    )
    got = [(q.speaker, q.text) for q in quotes_of(text, {"Nobody": r"Zzz"}) if q.kind == "indirect"]
    assert got == [
        ("State prosecutors", "the car had been stolen"),
        ("Bash", "the case would go to trial in the spring"),
    ]


def test_same_speaker() -> None:
    assert same_speaker("Biden", "Joe Biden") and same_speaker("Recep Tayyip Erdoğan", "Erdogan")
    assert same_speaker("The Government of Germany", ["German government", "Government of Germany"])
    assert not same_speaker("Jill Biden", "Joe Biden") and not same_speaker(None, "X")


def test_unnamed_source_has_no_entity(quotes_of: Callable[..., list[Quote]]) -> None:
    [q] = quotes_of("“The decision is made,” a source close to the Kremlin said.", {"Kremlin": r"Kremlin"})
    assert q.speaker == "a source close to the Kremlin" and q.speaker_entity is None
    assert q.cue == "said"


def test_speaker_entity_id(quotes_of: Callable[..., list[Quote]]) -> None:
    [q] = quotes_of('"Yes," Helen Carter said.', {"Helen Carter": r"Helen Carter"})
    assert q.speaker_entity == "e1"


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Finance Minister Lukas Brandt said that the deficit would fall next year.",
            "the deficit would fall next year",
            "Lukas Brandt",
        ),
        (
            "According to Lukas Brandt, the deficit will fall next year.",
            "the deficit will fall next year",
            "Lukas Brandt",
        ),
        (
            "Lukas Brandt told reporters the deficit would fall next year.",
            "the deficit would fall next year",
            "Lukas Brandt",
        ),
        (
            "The deficit will fall next year, Lukas Brandt said.",
            "The deficit will fall next year",
            "Lukas Brandt",
        ),
    ],
)
def test_indirect(quotes_of: Callable[..., list[Quote]], text: str, clause: str, speaker: str) -> None:
    got = [q for q in quotes_of(text, {"Lukas Brandt": r"Lukas Brandt"}) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in got] == [(clause, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed on “equality” and a “dear friend” approach.",
        "The “Far Eastern gas route” refers to a pipeline project.",
        "Ramos called his rival a “dear friend” and emphasized the ties.",
        'Critics call the rules "red tape" and the plan "a mess".',
        "The film «Winter Light» opened the festival.",
        "The band played ‘Northern Star’ twice.",
    ],
)
def test_scare_quotes_and_names_are_not_quotes(quotes_of: Callable[..., list[Quote]], text: str) -> None:
    assert direct(quotes_of(text, {"Ramos": r"Ramos"})) == []


@pytest.mark.parametrize(
    "text",
    [
        '"The vote is over," Ivan Petrov said. The count began at " eight.\n\nA long second '
        "paragraph that must not be swallowed.\n\nA third one.",
        "“Unclosed quote runs on, Ivan Petrov said\n\nNext paragraph stays out.",
        '""""" "" " “ ” « » ‘ ’ \' \'',
        "He said: “\n\n”",
        "”Backwards“ marks, Ivan Petrov said.",
        "Ivan Petrov said: «one «two «three",
        "",
    ],
)
def test_unbalanced_marks_never_crash_or_swallow(quotes_of: Callable[..., list[Quote]], text: str) -> None:
    quotes = quotes_of(text, {"Ivan Petrov": r"Ivan Petrov"})
    for q in direct(quotes):
        assert "\n" not in q.text, q
    assert all(q.end <= len(text) for q in quotes)


def test_unclosed_quote_is_capped_at_its_paragraph(quotes_of: Callable[..., list[Quote]]) -> None:
    text = 'Karl Jensen said: "The workers return on Monday.\nThe union has not confirmed it.'
    [q] = direct(quotes_of(text, {"Karl Jensen": r"Karl Jensen"}))
    assert q.text == "The workers return on Monday." and q.speaker == "Karl Jensen"


def test_find_marked_pairs_each_family() -> None:
    text = 'A “one” B "two" C «three» D ‘four’ E it’s fine.'
    assert [text[m.start : m.end] for m in find_marked(text)] == ["one", "two", "three", "four"]


def _example_article() -> Article:
    lines = EXAMPLE.read_text("utf-8").split("\n")
    end = next(i for i, line in enumerate(lines) if line.startswith("Original Author"))
    return Article(title=lines[0], body="\n".join(lines[2:end]))


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="shared example page not present")
def test_example_page_quotes(parse: Callable[[Article], Article]) -> None:
    article = parse(_example_article())
    article.entities = people_in(
        article,
        {"Vladimir Putin": r"\b(?:Vladimir )?Putin\b", "Xi Jinping": r"\bXi(?: Jinping)?\b"},
    )
    got = direct(find_quotes(article))
    assert [q.speaker for q in got] == ["Vladimir Putin", "Xi Jinping", "Vladimir Putin", "Xi Jinping"]
    assert [q.speaker_entity for q in got] == ["e1", "e2", "e1", "e2"]
    for q in got:
        assert len(q.text.split()) > 10 and "\n" not in q.text
        assert article.body[q.start : q.end] == q.text
    assert got[1].cue == "emphasized"
    assert all(q.text != "equality" and "dear friend" not in q.text for q in got)
    assert not [q for q in find_quotes(article) if q.speaker and "Orda" in q.speaker]


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="shared example page not present")
def test_store_quotes_by_speaker_and_country(tmp_path: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "tidings", *args, "--db", str(tmp_path / "t.db")],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        return proc

    cli("ingest", str(EXAMPLE))
    by_name = json.loads(cli("quotes", "--speaker", "Xi Jinping", "--format", "json").stdout)
    by_country = json.loads(cli("quotes", "--country", "CHN", "--format", "json").stdout)
    assert len(by_name) == 2 and by_country == by_name
    for row in by_name:
        assert row["speaker"] == "Xi Jinping" and row["kind"] == "direct"
        assert row["speaker_country"] == "CHN" and row["speaker_actor_code"] == "CHNGOV"
    putin = json.loads(cli("quotes", "--country", "RUS", "--format", "json").stdout)
    assert [r["speaker"] for r in putin] == ["Vladimir Putin", "Vladimir Putin"]


def test_coverage() -> None:
    assert coverage("we will win the vote", "We will win") == 1.0
    assert coverage("we", "We will win the vote") == pytest.approx(0.2)


def test_gold_set_floor() -> None:
    result = score_quotes(GOLD)
    assert result["passages"] >= 60
    # Measured 0.98 / 0.98 / 0.97; floors leave room for entity-stage changes.
    assert result["precision"] >= 0.93, result["errors"]
    assert result["recall"] >= 0.93, result["errors"]
    assert result["speaker_accuracy"] >= 0.9, result["errors"]
    assert result["direct"]["f1"] >= 0.95, result["errors"]


def test_heldout_set_floor() -> None:
    """The second set (wikinews passages the stage was not built on, annotated before its output
    was seen). The issue's bar: direct-quote F1 >= 0.90, speaker accuracy >= 0.88."""
    result = score_quotes(HELDOUT)
    assert result["passages"] >= 40
    # Measured: all kinds P 0.99 R 0.95 F1 0.97, speakers 0.96; direct F1 0.99, speakers 0.97.
    assert result["direct"]["f1"] >= 0.92, result["errors"]
    assert result["direct"]["speaker_accuracy"] >= 0.9, result["errors"]
    assert result["f1"] >= 0.9, result["errors"]
    assert result["speaker_accuracy"] >= 0.88, result["errors"]


@pytest.mark.skipif(not WIKINEWS.is_file(), reason="shared wikinews data not present")
def test_wikinews_sample_no_errors(parse: Callable[[Article], Article]) -> None:
    import json

    lines = WIKINEWS.read_text("utf-8").splitlines()[:15]
    for line in lines:
        rec = json.loads(line)
        article = parse(Article(body=rec["text"], title=rec["title"]))
        article.entities = fallback_entities(article)
        for q in find_quotes(article):
            assert article.section_text(q.section)[q.start : q.end] == q.text
            assert len(q.text) < 2000
