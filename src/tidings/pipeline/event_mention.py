"""One event mention as the coder finds it in a sentence, before the stage dates, places and
merges it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .event_actors import Found


@dataclass
class Mention:
    """One coded event mention in a sentence, before dates, places and merging."""

    code: str
    trigger: Any
    sources: list[Found]
    targets: list[Found]
    nominal: bool = False
    support: Any = None
    tokens: list[Any] = field(default_factory=list)
    confidence: float = 0.5
    flipped: bool = False
    #: A passive with no "by" agent ("was arrested in Lebanon").
    agentless: bool = False
    #: The pattern's own PLOVER category where its wording is finer than the code.
    plover: str = ""
    #: The act promised, threatened, asked for or refused, when the code composes one: "043"
    #: in "offered to host talks" (036), where the host alone is a party.
    act: str = ""
