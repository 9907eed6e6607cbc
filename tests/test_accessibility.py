"""Accessibility of each kind of page: axe-core in a real browser (no serious or
critical violation), the page language, English marked as English, and
headings in order.

axe-core comes from PyPI: the ``axe-playwright-python`` package (in the
``test`` extra) ships ``axe.min.js``, which is injected into each page. Without
it the axe tests are skipped with a one-line reason, except under ``CI=true``
where they fail, as the browser tests do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ON_CI, ROOT, copy_project, mkdocs_build
from helpers import VALID
from site_html import PAGE_KINDS, html_pages, page_path, parse_html

BLOCKING = {"serious", "critical"}
# Violations that come from Material for MkDocs itself, not from our templates or
# CSS: (rule, target selector) → why we accept it for now. Anything else fails.
# Empty: the one entry (Material's search dialog, .md-search) went with Material's
# search plugin, replaced by our own search box.
MATERIAL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe.min.js as shipped by axe-playwright-python (we run it ourselves, with our own options)."""
    try:
        from axe_playwright_python.base import AXE_FILE_PATH
    except ImportError:
        message = "axe-playwright-python is not installed (pip install -e '.[test]'): axe tests skipped"
        if ON_CI:
            pytest.fail(message.replace("skipped", "required under CI"))
        pytest.skip(message)
    return Path(AXE_FILE_PATH)


def format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(map(str, node["target"])) for node in v["nodes"][:8])
        more = f" (+{len(v['nodes']) - 8} more)" if len(v["nodes"]) > 8 else ""
        lines.append(f"{v['id']} [{v['impact']}] {v['help']}: {targets}{more}")
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_axe_finds_no_serious_violation(page, site_url: str, axe_script: Path, kind: str) -> None:
    # axe comes in as an init script, which the pages' Content-Security-Policy lets through (a
    # <script> tag added to the page would be refused, as any script the site did not ship)
    page.add_init_script(path=str(axe_script))
    page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}", wait_until="networkidle")
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    blocking = []
    for violation in result["violations"]:
        nodes = [n for n in violation["nodes"] if (violation["id"], " ".join(n["target"])) not in MATERIAL]
        if violation["impact"] in BLOCKING and nodes:
            blocking.append({**violation, "nodes": nodes})
    assert not blocking, f"axe on the {kind} page:\n" + format_violations(blocking)


@pytest.mark.browser
def test_axe_sees_violations(page, site_url: str, axe_script: Path) -> None:
    """axe really runs on our pages: a deliberately broken image is reported."""
    page.add_init_script(path=str(axe_script))
    page.goto(f"{site_url}/", wait_until="networkidle")
    page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=x.png>')")
    result = page.evaluate("async () => await axe.run(document, {runOnly: ['image-alt']})")
    assert [v["id"] for v in result["violations"]] == ["image-alt"]


def test_every_page_declares_its_editions_language(built_site: Path) -> None:
    """French at the root, English under en/: screen readers pick the right voice."""
    pages = html_pages(built_site)
    wrong = {name: page.lang for name, page in pages.items() if page.lang != ("en" if name.startswith("en/") else "fr")}
    assert not wrong, f"pages whose <html lang> is not their edition's: {wrong}"
    assert any(name.startswith("en/") for name in pages) and any(not name.startswith("en/") for name in pages)


# Words that only English text uses; French text containing one is probably unmarked English.
ENGLISH = re.compile(
    r"\b(the|and|of|which|with|from|see|full|all|text|provisions?|unofficial|translation|topics?|sources? of)\b", re.I
)


def english_outside_lang_en(html: str) -> list[str]:
    """Visible text in the article that reads as English but has no ``lang="en"`` ancestor."""
    hidden = ("script", "style", "code", "title", "desc")  # desc: SVG's names, one string
    return [
        " ".join(t.text.split())
        for t in parse_html(html).texts
        if t.inside("article") and not t.inside(*hidden) and t.lang != "en" and ENGLISH.search(t.text)
    ]


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the small fixture data, whose French and English are known."""
    project = copy_project(tmp_path_factory.mktemp("fixture-site"), data=VALID)
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.mark.slow
def test_english_text_is_marked_as_english(fixture_site: Path) -> None:
    """The French edition's templates mark their English as English, on every generated
    page. Built from the fixture data: real data quotes English names and titles inside
    French notes, which a word list cannot tell from unmarked English (methode is
    hand-written prose and 404 is Material's). The English edition is checked the
    other way round in test_editions.py."""
    unmarked = {}
    for path in sorted(fixture_site.rglob("index.html")):
        name = path.relative_to(fixture_site).as_posix()
        if name.startswith("en/"):
            continue
        found = english_outside_lang_en(path.read_text(encoding="utf-8"))
        if found and not name.startswith("methode/"):
            unmarked[name] = found[:5]
    assert not unmarked, f"English text without lang='en': {unmarked}"


def test_the_language_checker_finds_unmarked_english() -> None:
    html = '<article><p>Le texte</p><p>The text</p><p lang="en">The <b>provision</b></p></article>'
    assert english_outside_lang_en(html) == ["The text"]


def skipped_levels(headings: list[tuple[int, str]]) -> list[str]:
    problems, previous = [], 0
    for level, text in headings:
        if level > previous + 1:
            problems.append(f"h{level} {text!r} follows h{previous or '-'}")
        previous = level
    return problems


def test_headings_never_skip_a_level(built_site: Path) -> None:
    problems = {}
    for name, page in html_pages(built_site).items():
        h1 = [text for level, text in page.headings if level == 1]
        found = skipped_levels(page.headings)
        if len(h1) != 1:
            found.append(f"{len(h1)} h1 headings")
        if found:
            problems[name] = found
    assert not problems, f"heading order: {problems}"


def test_the_heading_checker_sees_a_skip() -> None:
    page = parse_html("<h1>a</h1><h2>b</h2><h4>c</h4><h2>d</h2><h3>e</h3>")
    assert skipped_levels(page.headings) == ["h4 'c' follows h2"]


def test_a_headings_permanent_link_is_named_by_what_it_is(built_site: Path) -> None:
    """Reader with a screen reader: each heading's link was announced as "#", its visible text; the title
    only describes it. It is named by its title, in the page's edition."""
    found = 0
    for path in sorted(built_site.rglob("*.html")):
        for link in re.findall(r'<a class="headerlink"[^>]*>', path.read_text(encoding="utf-8")):
            found += 1
            title = re.search(r'title="([^"]+)"', link)
            assert title and f'aria-label="{title.group(1)}"' in link, (path.relative_to(built_site), link)
    assert found > 100
