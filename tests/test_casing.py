"""Headline case is not read as running text."""

from __future__ import annotations

import pytest

from tidings import spacy_model
from tidings.casing import Vocabulary, body_proper_words, is_headline_case, recase_headline


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_nlp(spacy_model.load())


KNOWN = {"Putin", "Xi", "Moscow", "Beijing", "Trump", "Kazakhstan", "EU"}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Putin and Xi Strengthen Moscow-Beijing Ties Amid Victory Anniversary",
         "Putin and Xi strengthen Moscow-Beijing ties amid victory anniversary"),
        ("President Signs Law on Governance, Infrastructure Development",
         "President signs law on governance, infrastructure development"),
        ("Trump Raises the Stakes: Could Kazakhstan Face Secondary Sanctions?",
         "Trump raises the stakes: Could Kazakhstan face secondary sanctions?"),
    ],
)
def test_recase_lowers_common_words_and_keeps_names(vocab: Vocabulary, headline: str,
                                                    expected: str) -> None:
    out = recase_headline(headline, vocab, KNOWN.__contains__)
    assert out == expected
    assert len(out) == len(headline)


def test_unknown_names_keep_their_capitals(vocab: Vocabulary) -> None:
    out = recase_headline("Journalist Lukpan Akhmedyarov Says His Channel Has Been Removed",
                          vocab, KNOWN.__contains__)
    assert "Lukpan Akhmedyarov" in out
    assert "says" in out and "removed" in out


def test_running_text_is_left_alone(vocab: Vocabulary) -> None:
    text = "The minister said on Monday that talks would resume in Astana next week."
    assert not is_headline_case(text)
    assert recase_headline(text, vocab, KNOWN.__contains__) == text


def test_body_proper_words_skip_sentence_starts() -> None:
    words = body_proper_words("Talks resumed. The delegation met Tokayev in Astana.")
    assert {"Tokayev", "Astana"} <= words
    assert "Talks" not in words and "The" not in words


def test_a_known_name_owning_a_thing_keeps_its_capital(vocab: Vocabulary) -> None:
    out = recase_headline("Turkey Blocks Sweden's NATO Bid", vocab, {"Sweden"}.__contains__)
    assert "Sweden's" in out and "blocks" in out


def test_a_particle_is_lowered_even_when_a_name(vocab: Vocabulary) -> None:
    """"To" and "Of" are also names in the base; between a name and a verb they are particles."""
    out = recase_headline("Japarov To Visit Beijing", vocab, {"To", "Beijing"}.__contains__)
    assert out == "Japarov to visit Beijing"
