"""The tone stage: GDELT-style (positive - negative) / words x 100 over title and body."""

from __future__ import annotations

import pytest

from tidings.model import Article
from tidings.pipeline import nlp as _nlp  # noqa: F401 - registers the stage
from tidings.pipeline import tone as tone_mod
from tidings.pipeline.registry import Runner


@pytest.fixture(scope="module")
def run() -> Runner:
    return Runner(["nlp", "tone"])


def test_lexicon_is_sane() -> None:
    lex = tone_mod.lexicon()
    assert len(lex) >= 300
    assert set(lex.values()) == {1, -1}
    assert lex["peace"] == 1 and lex["kill"] == -1
    assert all(w == w.lower() and " " not in w for w in lex)


def test_formula_counts_words() -> None:
    # 2 positive, 1 negative, 10 words -> (2 - 1) / 10 * 100
    words = [
        (w, w) for w in ["peace", "and", "support", "despite", "war", "on", "the", "other", "two", "sides"]
    ]
    assert tone_mod.tone_of(words) == pytest.approx(10.0)
    assert tone_mod.tone_of([]) is None


def test_negative_story(run: Runner) -> None:
    art = run(Article(title="Blast Kills 12", body="A bomb attack killed twelve people and injured dozens."))
    assert art.tone is not None and art.tone < -10


def test_positive_story(run: Runner) -> None:
    art = run(Article(body="The leaders welcomed the agreement and praised their strong cooperation."))
    assert art.tone is not None and art.tone > 10


def test_lemmas_catch_inflections(run: Runner) -> None:
    assert run(Article(body="Gunmen killed the hostages.")).tone == pytest.approx(-200 / 4)


def test_related_headlines_do_not_count(run: Runner) -> None:
    art = run(Article(body="The committee met on Tuesday.", related_headlines=["War and murder"]))
    assert art.tone == 0.0


def test_empty_document_has_no_tone(run: Runner) -> None:
    assert run(Article(body="")).tone is None


def test_works_without_docs() -> None:
    # Without a parse there are no lemmas: "failed" is not "fail", so only "peace" counts.
    art = tone_mod.ToneStage()(Article(body="Peace talks failed."))
    assert art.tone == pytest.approx(100 / 3, abs=0.001)
