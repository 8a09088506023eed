"""Docs stay complete: every CLI command and option is documented, every doc'd file exists."""

from __future__ import annotations

import re

import typer

from tidings.cli import app

from .conftest import ROOT


def _commands() -> list[tuple[str, list[str]]]:
    group = typer.main.get_command(app)
    out = []

    def walk(cmd, prefix: str) -> None:  # type: ignore[no-untyped-def]
        for name, sub in getattr(cmd, "commands", {}).items():
            full = f"{prefix} {name}".strip()
            if getattr(sub, "commands", None):
                walk(sub, full)
            else:
                opts = [o for p in sub.params for o in p.opts if o.startswith("--")]
                out.append((full, opts))

    walk(group, "")
    return out


def test_every_command_and_option_is_in_the_docs() -> None:
    docs = (ROOT / "README.md").read_text() + (ROOT / "docs" / "cli.md").read_text()
    missing = []
    for name, options in _commands():
        if not re.search(rf"tidings {re.escape(name)}\b|`{re.escape(name)}\b", docs):
            missing.append(name)
        missing += [f"{name} {o}" for o in options if o != "--help" and o not in docs]
    assert not missing, f"undocumented: {missing}"


def test_readme_shows_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_docs_name_only_modules_that_exist() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text()
    for module in re.findall(r"`([a-z_/]+\.py)`", text):
        hits = list((ROOT / "src" / "tidings").rglob(module.split("/")[-1]))
        assert hits, f"docs/architecture.md names {module}, which does not exist"
