"""A registry of named pipeline stages and the runner that checks their order.

Like spaCy's ``Language.factory``: each stage declares its name, the layers it requires and the
layers it assigns. A factory builds the stage once (loading whatever resources it holds); the
built stage is a callable ``Article -> Article``. Stages never touch the store or the network.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import PipelineConfigError
from ..model import Article

log = logging.getLogger(__name__)

StageFn = Callable[[Article], Article]

#: Layers present on every article when it leaves the reader.
BASE_LAYERS = frozenset({"title", "body", "related_headlines", "published", "language"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: Callable[[], StageFn]


_REGISTRY: dict[str, StageSpec] = {}


def stage(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[Callable[[], StageFn]], Callable[[], StageFn]]:
    """Register a stage factory under ``name``."""

    def register(factory: Callable[[], StageFn]) -> Callable[[], StageFn]:
        _REGISTRY[name] = StageSpec(name, tuple(requires), tuple(assigns), factory)
        return factory

    return register


def registered() -> dict[str, StageSpec]:
    return dict(_REGISTRY)


def validate_order(names: Sequence[str]) -> list[StageSpec]:
    """The specs for ``names`` in order, or a :class:`PipelineConfigError` naming what is missing."""
    have = set(BASE_LAYERS)
    specs: list[StageSpec] = []
    for name in names:
        spec = _REGISTRY.get(name)
        if spec is None:
            raise PipelineConfigError(f"unknown stage {name!r}; known: {', '.join(sorted(_REGISTRY))}")
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise PipelineConfigError(
                f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns"
            )
        have.update(spec.assigns)
        specs.append(spec)
    return specs


class Runner:
    """Runs stages in order over articles; a stage that fails is named in ``errors``, others go on."""

    def __init__(self, names: Sequence[str], *, keep_docs: bool = False) -> None:
        self.specs = validate_order(names)
        #: Keep the parsed docs on the article after the run (evaluation reads them again).
        self.keep_docs = keep_docs
        self._built: list[tuple[str, StageFn]] | None = None
        #: Seconds spent in each stage so far (read by benchmarks/).
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.specs}

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def _stages(self) -> list[tuple[str, StageFn]]:
        if self._built is None:
            self._built = [(s.name, s.factory()) for s in self.specs]
        return self._built

    def __call__(self, article: Article) -> Article:
        for name, fn in self._stages():
            began = time.perf_counter()
            try:
                article = fn(article)
            except Exception as exc:  # the error policy: name the stage, go on
                log.debug("stage %s failed", name, exc_info=True)
                article.add_error(name, f"{type(exc).__name__}: {exc}")
            finally:
                self.timings[name] += time.perf_counter() - began
        if not self.keep_docs:
            article.docs.clear()
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)
