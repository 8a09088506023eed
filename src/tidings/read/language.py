"""Which language a text is in (py3langid: a small naive-Bayes model shipped inside the package)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: Fewer letters than this and the answer is a guess: say nothing.
MIN_LETTERS = 20
#: The model's normalised probability below which the text is too mixed or unclear to tell.
MIN_CONFIDENCE = 0.5
#: Only this much of a long text is looked at; a page's language shows in its first paragraphs.
_SAMPLE_CHARS = 4000
#: The model's labels that are not ISO 639-1 but have a 639-1 macro-language.
_TO_639_1 = {"arz": "ar", "ary": "ar", "uzs": "uz", "yue": "zh", "wuu": "zh"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    code = _TO_639_1.get(code, code)
    if confidence < MIN_CONFIDENCE or len(code) != 2:
        return None
    return str(code)
