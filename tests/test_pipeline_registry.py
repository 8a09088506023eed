"""The stage registry: order checking and the error policy a user relies on."""

from __future__ import annotations

import pytest

from tidings.errors import PipelineConfigError
from tidings.model import Article
from tidings.pipeline import registry


@registry.stage("test_adds_x", assigns=("x",))
def _adds_x():  # type: ignore[no-untyped-def]
    def run(article: Article) -> Article:
        article.tone = 1.0
        return article

    return run


@registry.stage("test_needs_x", requires=("x",), assigns=("y",))
def _needs_x():  # type: ignore[no-untyped-def]
    def run(article: Article) -> Article:
        raise ValueError("boom on purpose")

    return run


def test_order_is_checked() -> None:
    with pytest.raises(PipelineConfigError, match="requires x"):
        registry.validate_order(["test_needs_x", "test_adds_x"])
    with pytest.raises(PipelineConfigError, match="unknown stage"):
        registry.validate_order(["no_such_stage"])


def test_failing_stage_is_named_and_others_still_run() -> None:
    runner = registry.Runner(["test_adds_x", "test_needs_x"])
    article = runner(Article(body="Some text."))
    assert article.tone == 1.0
    assert article.errors == ["test_needs_x: ValueError: boom on purpose"]


def test_default_pipeline_order_is_valid() -> None:
    from tidings import pipeline

    pipeline.register_all()
    assert pipeline.DEFAULT_STAGES[0] == "nlp"
    pipeline.validate_order(pipeline.DEFAULT_STAGES)
