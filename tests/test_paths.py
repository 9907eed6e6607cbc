"""Page paths and the addresses MkDocs gives them (directory URLs)."""

from __future__ import annotations

import pytest

from resolution_site.paths import page_url, relative_path


@pytest.mark.parametrize(
    ("md_path", "url"),
    [
        ("index.md", ""),
        ("texte.md", "texte/"),
        ("vote.md", "vote/"),
        ("themes/index.md", "themes/"),
        ("dispositions/index.md", "dispositions/"),
        ("dispositions/x.md", "dispositions/x/"),
    ],
)
def test_page_url_follows_directory_urls(md_path: str, url: str) -> None:
    assert page_url(md_path) == url


@pytest.mark.parametrize(
    ("here", "target", "expected"),
    [
        ("index.md", "sources.md", "sources.md"),
        ("dispositions/a.md", "sources.md", "../sources.md"),
        ("dispositions/a.md", "dispositions/b.md", "b.md"),
        ("themes/x.md", "dispositions/b.md", "../dispositions/b.md"),
        ("texte.md", "dispositions/x.md", "dispositions/x.md"),
        ("a/b/c.md", "a/d.md", "../d.md"),
    ],
)
def test_relative_links_between_pages(here: str, target: str, expected: str) -> None:
    assert relative_path(here, target) == expected
