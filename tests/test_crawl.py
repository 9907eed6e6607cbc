"""Crawl the built site as a reader's browser would: every internal link and
anchor resolves, every page is reachable from the home page, and every
provision can be reached at its permanent address."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from resolution_site.dataset import Dataset
from site_html import Page, html_pages, is_external, resolve


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, Page]:
    return html_pages(built_site)


def test_every_internal_link_resolves_to_a_file(built_site: Path, pages: dict[str, Page]) -> None:
    broken = [
        f"{name}: <{ref.tag} {ref.attr}={ref.url!r}>"
        for name, page in pages.items()
        for ref in page.refs
        if not is_external(ref.url) and resolve(built_site, name, ref.url)[0] is None
    ]
    assert not broken, "broken internal links:\n" + "\n".join(broken)


def test_every_anchor_exists_in_its_target_page(built_site: Path, pages: dict[str, Page]) -> None:
    missing = []
    checked = 0
    for name, page in pages.items():
        for ref in page.refs:
            if is_external(ref.url) or "#" not in ref.url:
                continue
            target, fragment = resolve(built_site, name, ref.url)
            if target is None or not fragment or not target.endswith(".html"):
                continue
            checked += 1
            if fragment not in pages[target].ids:
                missing.append(f"{name}: {ref.url!r} → {target} has no id {fragment!r}")
    assert checked, "no anchored link found: the crawler is not reading the pages"
    assert not missing, "missing anchors:\n" + "\n".join(missing)


def reachable(built_site: Path, pages: dict[str, Page], start: str = "index.html") -> set[str]:
    """Pages reached from ``start`` by following ``<a href>`` links only, as a reader clicks."""
    seen, queue = {start}, deque([start])
    while queue:
        name = queue.popleft()
        for ref in pages[name].refs:
            if ref.tag != "a" or ref.attr != "href" or is_external(ref.url):
                continue
            target, _ = resolve(built_site, name, ref.url)
            if target in pages and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def test_no_page_is_orphaned(built_site: Path, pages: dict[str, Page]) -> None:
    orphans = sorted(set(pages) - reachable(built_site, pages) - {"404.html", "en/404.html"})
    assert not orphans, f"pages no link leads to from the home page: {orphans}"


def test_every_provision_is_reachable_at_its_permanent_address(
    built_site: Path, pages: dict[str, Page], real_data: Dataset
) -> None:
    data = real_data
    reached = reachable(built_site, pages)
    full_text = pages["texte/index.html"]
    for provision in data.provisions:
        clause = f"dispositions/{provision.id}/index.html"
        assert clause in reached, f"{clause} is not reachable from the home page"
        assert provision.id in pages[clause].ids, f"{clause} has no id {provision.id!r}"
        assert provision.id in full_text.ids, f"texte/ has no anchor #{provision.id}"
    linked = {
        resolve(built_site, name, ref.url)
        for name, page in pages.items()
        for ref in page.refs
        if ref.tag == "a" and not is_external(ref.url)
    }
    unlinked = [p.id for p in data.provisions if ("texte/index.html", p.id) not in linked]
    assert not unlinked, f"no page links to these provisions' anchors in the full text: {unlinked}"


def test_the_crawler_sees_links_anchors_and_breakage(tmp_path: Path) -> None:
    """The crawler itself: it must notice a missing file and a missing anchor."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">A</a><a href="/a/#x">x</a><a href="b/">B</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../">home</a>', encoding="utf-8")
    site = html_pages(tmp_path)
    assert resolve(tmp_path, "index.html", "a/") == ("a/index.html", "")
    assert resolve(tmp_path, "index.html", "/a/#x") == ("a/index.html", "x")
    assert resolve(tmp_path, "index.html", "b/")[0] is None
    assert resolve(tmp_path, "a/index.html", "../../outside")[0] is None
    assert "x" not in site["a/index.html"].ids and "top" in site["a/index.html"].ids
    assert reachable(tmp_path, site) == {"index.html", "a/index.html"}
