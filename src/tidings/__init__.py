"""tidings: turn news into structured, queryable knowledge, offline on the CPU."""

from __future__ import annotations

__version__ = "0.1.0"
