"""Language detection with the model py3langid ships."""

from __future__ import annotations

import pytest

from tidings.read.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The city council voted on Tuesday to build a second bridge across the river.", "en"),
        ("Городской совет во вторник проголосовал за строительство второго моста.", "ru"),
        ("Қалалық кеңес сейсенбі күні өзен арқылы екінші көпір салуға дауыс берді.", "kk"),
        ("Le conseil municipal a voté mardi la construction d'un second pont.", "fr"),
    ],
)
def test_detects_the_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text", ["", "   ", "Hi", "OK thanks", "12345 2025-05-08", "Xi Jinping", "!!! ??? ..."]
)
def test_short_or_unclear_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_same_answer_on_every_call() -> None:
    """The model loads once and answers alike; its speed is part of the pipeline's time in
    benchmarks/throughput.py, not asserted here."""
    text = "The city council voted on Tuesday to build a second bridge across the river. " * 40
    assert {detect_language(text) for _ in range(50)} == {"en"}
