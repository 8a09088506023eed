"""Sentence starts at paragraph breaks: a dateline or heading never runs into the next sentence."""

from __future__ import annotations

from tidings import spacy_model


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in spacy_model.load()(text).sents]


def test_a_blank_line_ends_a_sentence() -> None:
    got = sentences("Friday, July 12, 2019\n\n\nThe governor of Louisiana declared a state of "
                    "emergency on Thursday.")
    assert got == ["Friday, July 12, 2019",
                   "The governor of Louisiana declared a state of emergency on Thursday."]


def test_a_short_heading_line_ends_a_sentence() -> None:
    got = sentences("ASTANA, May 3\nKazakhstan's president signed the law on Friday.")
    assert got[0] == "ASTANA, May 3"


def test_hard_wrapped_prose_stays_one_sentence() -> None:
    got = sentences("Putin held talks with\nXi Jinping in Moscow on Thursday and the two leaders"
                    " signed\nagreements on gas.")
    assert len(got) == 1


def test_a_line_closing_a_quote_ends_a_sentence() -> None:
    got = sentences('The envoy spoke. "More aid could go in if the fighting stopped, and it must."\n'
                    "Since the attack, the council approved a resolution on Gaza.")
    assert got[-1] == "Since the attack, the council approved a resolution on Gaza."
    assert got[-2].endswith('must."')
