"""tidings: turn news into structured, queryable knowledge, offline on the CPU.

>>> import tidings
>>> article = tidings.extract(page_text, date="2025-07-20")
>>> article.to_dict()["events"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .extractor import Extractor, extract
    from .model import Article
    from .store import Store


def __getattr__(name: str) -> Any:
    # Lazy so that `import tidings` stays light (the CLI's --help does not load spaCy).
    if name in ("extract", "Extractor"):
        from . import extractor

        return getattr(extractor, name)
    if name == "Article":
        from .model import Article

        return Article
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)


__all__ = ["Article", "Extractor", "Store", "__version__", "extract"]
