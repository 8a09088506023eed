"""The pipeline: named stages run in a checked order over one article at a time."""

from __future__ import annotations

import importlib

from .registry import Runner, StageSpec, registered, stage, validate_order

#: The stages of a full run, in order; each is registered by the module of the same name.
DEFAULT_STAGES: tuple[str, ...] = (
    "nlp", "entities", "quotes", "amounts", "dates", "places", "events", "tone",
)


def register_all() -> None:
    """Import every stage module so that its stage is in the registry (imports are cheap)."""
    for name in DEFAULT_STAGES:
        importlib.import_module(f"{__name__}.{name}")


def build(names: tuple[str, ...] | None = None, *, keep_docs: bool = False) -> Runner:
    """A runner over ``names`` (default: :data:`DEFAULT_STAGES`); the order is checked.
    ``keep_docs`` leaves the parsed docs on each article (for evaluation)."""
    register_all()
    return Runner(names or DEFAULT_STAGES, keep_docs=keep_docs)


__all__ = ["DEFAULT_STAGES", "Runner", "StageSpec", "build", "register_all", "registered", "stage",
           "validate_order"]
