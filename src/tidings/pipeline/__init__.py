"""The pipeline: named stages run in a checked order over one article at a time."""

from __future__ import annotations

import importlib

from .registry import Runner, StageSpec, registered, stage, validate_order

#: The stages of a full run, in order, and the module that registers each.
DEFAULT_STAGES: tuple[str, ...] = (
    "nlp", "entities", "quotes", "amounts", "dates", "places", "events", "tone",
)
_MODULES = {
    "nlp": "nlp", "entities": "entities", "quotes": "quotes", "amounts": "amounts",
    "dates": "dates", "places": "places", "events": "events", "tone": "tone",
}


def available_stages(names: tuple[str, ...] = DEFAULT_STAGES) -> tuple[str, ...]:
    """Import the modules behind ``names``; keep the stages whose module is present."""
    out = []
    for name in names:
        try:
            importlib.import_module(f"{__name__}.{_MODULES.get(name, name)}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{_MODULES.get(name, name)}":
                raise
            continue
        out.append(name)
    return tuple(out)


def build(names: tuple[str, ...] | None = None) -> Runner:
    """A runner over ``names`` (default: every built stage of :data:`DEFAULT_STAGES`)."""
    return Runner(available_stages(names or DEFAULT_STAGES))


__all__ = ["DEFAULT_STAGES", "Runner", "StageSpec", "build", "registered", "stage",
           "validate_order"]
