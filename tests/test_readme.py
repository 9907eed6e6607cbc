"""The README's two commands are the ones the project really uses."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block, "README has no sh block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_gives_exactly_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("mkdocs serve")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_the_publishing_workflow_runs_ci_then_builds_with_the_hosts_addresses() -> None:
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "run: bash .ci/run" in workflow
    assert "mkdocs build --strict" in workflow and "SITE_URL:" in workflow and "REPO_URL:" in workflow
    assert "path: site" in workflow
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/zizmor --offline" in ci, "CI lints the workflow, offline"
