"""The build as a user runs it: the command line, the MkDocs build, and what
happens to the last good output when the data is broken."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build
from helpers import VALID, data_copy
from resolution_site.pipeline import load_dataset

BUILD = ROOT / "scripts" / "build.py"


def run_build(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BUILD), *map(str, args)], capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_accepts_the_real_data() -> None:
    result = run_build("--check")
    assert result.returncode == 0, result.stderr
    assert "data is valid" in result.stdout


def test_second_build_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_build("--data", VALID, "--out", out)
    assert first.returncode == 0, first.stderr
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.md")}
    second = run_build("--data", VALID, "--out", out)
    assert second.stdout.startswith("0 written, 0 deleted")
    assert mtimes == {p: p.stat().st_mtime_ns for p in out.rglob("*.md")}


def test_broken_data_is_reported_and_leaves_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_build("--data", VALID, "--out", out).returncode == 0
    before = snapshot(out)
    broken = data_copy(tmp_path, vote=("value: 11", "value: [eleven"), topics=("id: beta", "id: alpha"))
    result = run_build("--data", broken, "--out", out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"vote\.yaml:\d+: YAML syntax", result.stderr), result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(out) == before


def test_removed_provision_page_is_deleted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_build("--data", VALID, "--out", out).returncode == 0
    assert (out / "fr" / "dispositions" / "a-visa.md").exists()
    text = (VALID / "provisions.yaml").read_text(encoding="utf-8")
    row = "  - provision: a-visa\n    comparison: {fr: Aucun équivalent trouvé., en: No counterpart found.}\n"
    data = data_copy(tmp_path, provisions=text[: text.index("  - id: a-visa")], earlier=(row, ""))
    result = run_build("--data", data, "--out", out)
    assert result.returncode == 0, result.stderr
    assert not (out / "fr" / "dispositions" / "a-visa.md").exists()


def test_refuses_to_write_into_a_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me", encoding="utf-8")
    result = run_build("--data", VALID, "--out", out)
    assert result.returncode != 0
    assert (out / "precious.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.slow
def test_mkdocs_build_fails_cleanly_on_bad_data_and_keeps_generated_pages(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", data=VALID)
    assert mkdocs_build(project, project / "site").returncode == 0
    generated = project / "docs" / "generated"
    before = snapshot(generated)
    site_before = snapshot(project / "site")
    vote = project / "data" / "vote.yaml"
    vote.write_text(vote.read_text(encoding="utf-8").replace("value: 11", 'value: "11"'), encoding="utf-8")
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0
    assert "data/vote.yaml:16: vote.cast.value" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(generated) == before
    assert snapshot(project / "site") == site_before


@pytest.mark.parametrize("name", ["index.html", "texte/index.html", "vote/index.html", "sources/index.html"])
def test_pages_exist(built_site: Path, name: str) -> None:
    assert (built_site / name).is_file()


def test_loading_leaves_the_collector_as_it_found_it() -> None:
    """load_dataset pauses Python's cyclic collector while it loads (see pipeline._collector_paused):
    it must resume it, and never turn on one that was off."""
    import gc

    assert gc.isenabled()
    load_dataset(VALID)
    assert gc.isenabled()
    gc.disable()
    try:
        load_dataset(VALID)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_serving_never_writes_the_development_address_into_the_pages(tmp_path: Path) -> None:
    """``mkdocs serve`` sets ``site_url`` to its own address before the hook runs: the generated
    Markdown (which a later build would publish) must not depend on it."""
    from mkdocs.config import load_config

    from resolution_site import editions

    project = copy_project(tmp_path / "project")
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.site_url = "http://127.0.0.1:8000/"  # what mkdocs serve does
    editions.started("serve")
    try:
        editions.prepare(editions.configure(config))
    finally:
        editions.started("build")
    generated = project / "docs" / "generated"
    leaked = [
        p.relative_to(generated).as_posix()
        for p in generated.rglob("*")
        if p.is_file() and b"127.0.0.1" in p.read_bytes()
    ]
    assert not leaked, leaked
    assert (generated / "fr" / "texte.md").is_file()
