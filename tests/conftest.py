from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE_PAGE = SHARED / "examples" / "orda-putin-xi.txt"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    """Skip the calling test with a clear reason when shared reference data is absent."""
    if not path.exists():
        pytest.skip(f"reference data not present: {path}")
    return path


@pytest.fixture(scope="session")
def example_page() -> str:
    return need(EXAMPLE_PAGE).read_text("utf-8")


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from tidings.extractor import Extractor

    return Extractor()
