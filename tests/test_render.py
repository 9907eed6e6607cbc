"""The renderer against golden files, and its escaping of data text.

Refresh the goldens after an intended change with
``pytest tests/test_render.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import pytest

from resolution_site import render
from resolution_site.dataset import Dataset
from resolution_site.load import DataErrors
from resolution_site.pipeline import site_files

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def rendered(fixture_data: Dataset) -> dict[str, str]:
    """The Markdown pages and the search index (the open data files are checked in test_opendata.py)."""
    site = site_files(fixture_data, pages={"fr/methode.md": "# Méthode\n", "en/methodology.md": "# Methodology\n"})
    return {path: text for path, text in site.items() if path.endswith(".md") or "/search/" in path}


def test_goldens(rendered: dict[str, str], request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-goldens"):
        for old in GOLDEN.rglob("*.*"):
            old.unlink()
        for rel, text in rendered.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.*")}
    assert sorted(rendered) == sorted(expected), "pages added or removed: run with --update-goldens and review"
    for rel, text in rendered.items():
        assert text == expected[rel], f"{rel} differs from tests/golden/{rel}: run with --update-goldens and review"


def test_every_page_names_its_data(rendered: dict[str, str]) -> None:
    for rel, text in rendered.items():
        head = text.splitlines()[:8]
        assert any("scripts/build.py" in line for line in head), rel


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
        ("[click](javascript:alert(1))", "\\[click\\]\\(javascript:alert\\(1\\)\\)"),
        ("![img](https://evil.example/x.png)", "\\!\\[img\\]\\(https://evil\\.example/x\\.png\\)"),
        ('text {: onclick="alert(1)" }', 'text \\{: onclick="alert\\(1\\)" \\}'),
        ("*emphasis* and _under_", "\\*emphasis\\* and \\_under\\_"),
        ("a | table", "a &#124; table"),
        ("&lt;b&gt; entity", "&amp;lt;b&amp;gt; entity"),
        ("# not a heading", "\\# not a heading"),
        ("{{ template }} {% tag %}", "\\{\\{ template \\}\\} \\{% tag %\\}"),
        ("line\nbreak", "line break"),
    ],
)
def test_md_filter_neutralises_markup(text: str, escaped: str) -> None:
    assert render.md(text) == escaped


def test_dates_in_both_languages() -> None:
    from datetime import date

    assert render.format_date(date(2024, 1, 17), "fr") == "17 janvier 2024"
    assert render.format_date(date(2023, 12, 1), "fr") == "1er décembre 2023"
    assert render.format_date(date(2023, 12, 1), "en") == "1 December 2023"
    assert render.format_date("2024-01", "en") == "January 2024"
    assert render.format_date(None, "fr") == "sans date"


def test_a_template_edited_between_builds_is_read_again(tmp_path: Path) -> None:
    """Templates are not checked on disk at every page (``auto_reload=False``), but each build
    drops those that changed, so ``mkdocs serve`` shows an edited template at once."""
    page = tmp_path / "page.md.j2"
    page.write_text("before", encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), auto_reload=False)
    assert env.get_template("page.md.j2").render() == "before"
    page.write_text("after", encoding="utf-8")
    os.utime(page, (page.stat().st_atime, page.stat().st_mtime + 10))  # a later edit, whatever the clock's grain
    assert env.get_template("page.md.j2").render() == "before"  # within a build: not checked again
    render.drop_changed_templates(env)
    assert env.get_template("page.md.j2").render() == "after"


def test_a_string_missing_from_the_catalogue_is_a_located_error(fixture_data: Dataset) -> None:
    """A newcomer who adds a page but forgets its title in ``catalogue.py`` gets one line naming
    the template, its line and the missing key, not a Jinja traceback."""
    edition = render.Edition(fixture_data, "en")
    edition.t = {key: text for key, text in edition.t.items() if key != "title.vote"}  # a copy: STRINGS stays whole
    with pytest.raises(DataErrors) as caught:
        edition.render("vote.md.j2", "vote.md", ["vote"], **edition.vote_values())
    (error,) = caught.value.errors
    assert error.file == "scripts/resolution_site/render/templates/vote.md.j2" and error.line > 0
    assert error.field == "title.vote" and "catalogue.py" in error.message and "'en'" in error.message
