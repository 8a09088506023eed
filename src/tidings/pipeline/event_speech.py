"""Events carried by what someone says rather than by an act: praise and criticism of another
actor in reported words, condolences, apologies.

Used by the events stage for sentences the lexicon-driven coder finds nothing in.
"""

from __future__ import annotations

from typing import Any

from .event_actors import ActorFinder
from .event_coder import Mention


class SpeechCoder:
    """Codes the evaluations in reported speech of one section."""

    def __init__(self, finder: ActorFinder, *, headline: bool) -> None:
        self.finder = finder
        self.headline = headline

    def code(self, sent: Any) -> list[Mention]:
        return []
