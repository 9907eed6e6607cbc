"""Same data, same bytes: a second ``mkdocs build`` from another copy of the
project, on another (faked) date, gives byte-identical files, except what
MkDocs itself stamps with the build date, named here:

- ``sitemap.xml``: every ``<lastmod>`` is the build date (the sitemap lists pages
  only once ``site_url`` is set in mkdocs.yml; until then it is empty and identical);
- ``sitemap.xml.gz``: the same XML, and the gzip header's mtime is the build time;
- ``en/sitemap.xml`` and ``en/sitemap.xml.gz``: the same, for the English edition.

MkDocs reads the build date from ``SOURCE_DATE_EPOCH`` when it is set, which is
how this test moves the second build to another day. Material's search index
carries no date (checked: it must be identical).

This is the suite's determinism test: two builds in two processes (each with
its own hash seed) cover every generated file, the search index, the open
data and the vote chart included. Rendering twice in one interpreter and
comparing proves nothing, so no test does that.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from conftest import copy_project, mkdocs_build

DATE_STAMPED = {f"{edition}{name}" for edition in ("", "en/") for name in ("sitemap.xml", "sitemap.xml.gz")}
LASTMOD = re.compile(rb"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>")
OTHER_DAY = str(86400 * 365 * 3)  # 1973-01-01: never the day the session build ran


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def without_dates(name: str, content: bytes) -> bytes:
    if name.endswith(".gz"):
        content = gzip.decompress(content)
    return LASTMOD.sub(b"<lastmod>DATE</lastmod>", content)


@pytest.mark.slow
def test_two_builds_are_byte_identical_but_for_the_build_date(built_site: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "again")
    result = mkdocs_build(project, project / "site", env={"SOURCE_DATE_EPOCH": OTHER_DAY})
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = files(built_site), files(project / "site")
    assert sorted(first) == sorted(second), set(first) ^ set(second)
    different = {name for name in first if first[name] != second[name]}
    assert different <= DATE_STAMPED, f"files that differ between two builds: {sorted(different - DATE_STAMPED)}"
    for name in different:
        assert without_dates(name, first[name]) == without_dates(name, second[name]), name
    # The named exceptions are real, not stale: the build date does reach them.
    for edition in ("", "en/"):
        assert int.from_bytes(second[f"{edition}sitemap.xml.gz"][4:8], "little") == int(OTHER_DAY), edition
        if LASTMOD.search(second[f"{edition}sitemap.xml"]):
            assert b"<lastmod>1973-01-01</lastmod>" in second[f"{edition}sitemap.xml"], edition
