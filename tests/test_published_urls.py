"""Links are forever: every URL in tests/published_urls.txt keeps resolving,
every URL the site publishes is in that list, and an id that changed keeps
its old URL and anchor through ``former_ids``."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, expect, mkdocs_build
from helpers import data_copy
from resolution_site import render
from resolution_site.cli.published_urls import current_urls
from resolution_site.pipeline import load_dataset
from resolution_site.publish import urls as published_urls
from resolution_site.render import redirects
from site_html import parse_page


def listed() -> list[str]:
    return published_urls.parse_list((ROOT / published_urls.LIST).read_text(encoding="utf-8"))


def problem(site: Path, url: str) -> str | None:
    """Why ``url`` does not resolve in the built ``site``, or None if it does.
    A redirect page resolves if the page it sends to exists."""
    path, _, anchor = url.partition("#")
    page = site / path.lstrip("/") / "index.html"
    if not page.is_file():
        return "no such page"
    parsed = parse_page(site, page.relative_to(site).as_posix())
    refresh = [a["content"] for tag, a in parsed.elements if tag == "meta" and a.get("http-equiv") == "refresh"]
    if refresh:
        target = posixpath.normpath(posixpath.join(path, refresh[0].partition("url=")[2]))
        if not (site / target.lstrip("/") / "index.html").is_file():
            return f"redirects to {target}/, which does not exist"
    if anchor and anchor not in parsed.ids:
        return f"no element with id {anchor!r} on {path}"
    return None


def test_every_published_url_still_resolves(built_site: Path) -> None:
    broken = [f"{url}: {why}" for url in listed() if (why := problem(built_site, url))]
    assert not broken, (
        "published URLs no longer resolve (a clause URL must never break: if an id changed, "
        "list the old one in the provision's former_ids):\n" + "\n".join(broken)
    )


def test_every_url_of_the_site_is_listed(built_site: Path) -> None:
    current = current_urls(ROOT)
    new = published_urls.missing_from(listed(), current)
    assert not new, (
        "the site publishes URLs that tests/published_urls.txt does not list yet; append them with "
        "`python scripts/published_urls.py --write` (appending is the only allowed change):\n" + "\n".join(new)
    )
    broken = [f"{url}: {why}" for url in current if (why := problem(built_site, url))]
    assert not broken, "URLs the pipeline says it publishes are missing from the built site:\n" + "\n".join(broken)


def test_the_list_is_clean() -> None:
    urls = listed()
    assert urls, "tests/published_urls.txt is empty"
    assert len(urls) == len(set(urls)), "tests/published_urls.txt lists a URL twice"
    malformed = [url for url in urls if not url.startswith("/") or " " in url]
    assert not malformed, f"malformed lines: {malformed}"


# --- the pure functions, on the fixture -------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("fr/index.md", "/"),
        ("fr/texte.md", "/texte/"),
        ("fr/dispositions/index.md", "/dispositions/"),
        ("fr/dispositions/first-clause.md", "/dispositions/first-clause/"),
        ("fr/dispositions/old-id/index.html", "/dispositions/old-id/"),
        ("en/index.md", "/en/"),
        ("en/provisions/first-clause.md", "/en/provisions/first-clause/"),
        ("en/provisions/old-id/index.html", "/en/provisions/old-id/"),
        ("fr/assets/site.css", None),
        ("fr/donnees/resolution.json", None),
    ],
)
def test_page_url(path: str, url: str | None) -> None:
    assert published_urls.page_url(path) == url


FORMER = ("  - id: first-clause\n", "  - id: first-clause\n    former_ids: [old-first]\n")


def test_site_urls_cover_pages_anchors_and_former_ids(tmp_path: Path) -> None:
    data = load_dataset(data_copy(tmp_path, provisions=FORMER))
    urls = published_urls.site_urls(render.render_site(data), data)
    assert urls[0] == "/"
    assert "/dispositions/first-clause/" in urls and "/dispositions/old-first/" in urls
    assert "/themes/alpha/" in urls
    assert (
        "/en/provisions/first-clause/" in urls and "/en/provisions/old-first/" in urls and "/en/topics/alpha/" in urls
    )
    anchors = [url for url in urls if "#" in url]
    assert anchors == [
        *("/texte/#a-visa", "/texte/#first-clause", "/texte/#old-first", "/texte/#second-clause"),
        *("/en/text/#a-visa", "/en/text/#first-clause", "/en/text/#old-first", "/en/text/#second-clause"),
    ]
    assert len(urls) == len(set(urls))


def test_write_only_appends() -> None:
    text = published_urls.HEADER + "/texte/\n/gone/\n"
    new = published_urls.missing_from(published_urls.parse_list(text), ["/", "/texte/", "/texte/#x"])
    assert new == ["/", "/texte/#x"]
    assert published_urls.appended(text, new) == text + "/\n/texte/#x\n"
    assert published_urls.appended("/a/", ["/b/"]) == "/a/\n/b/\n"


def test_former_id_gets_a_redirect_page_and_an_anchor(tmp_path: Path) -> None:
    data = load_dataset(data_copy(tmp_path, provisions=FORMER))
    site = render.render_site(data)
    page = site["fr/" + redirects.redirect_path("old-first")]
    assert '<meta http-equiv="refresh" content="0; url=../first-clause/">' in page
    assert '<link rel="canonical" href="../first-clause/">' in page
    assert '<a href="../first-clause/">' in page
    assert '<span id="old-first" class="former-id"></span>' in site["fr/" + render.paths.FULL_TEXT]
    assert '<span id="old-first" class="former-id"></span>' in site["en/text.md"]
    assert '<meta http-equiv="refresh" content="0; url=../first-clause/">' in site["en/provisions/old-first/index.html"]
    redirect_pages = {"fr/" + redirects.redirect_path("old-first"), "en/" + redirects.redirect_path("old-first", "en")}
    assert not any("old-first" in path for path in site if path not in redirect_pages)


@pytest.mark.slow
@pytest.mark.browser
def test_former_id_urls_work_in_a_browser(tmp_path: Path, browser, serve) -> None:
    project = copy_project(tmp_path / "project", data=data_copy(tmp_path, provisions=FORMER))
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    for url in ("/dispositions/old-first/", "/texte/#old-first", "/en/provisions/old-first/", "/en/text/#old-first"):
        assert problem(project / "site", url) is None, url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        base = serve(project / "site")
        page.goto(f"{base}/dispositions/old-first/")
        page.wait_for_url(f"{base}/dispositions/first-clause/")
        assert page.locator("h1#first-clause").is_visible()
        page.goto(f"{base}/en/provisions/old-first/")
        page.wait_for_url(f"{base}/en/provisions/first-clause/")
        assert page.locator("h1#first-clause").is_visible()

        page.goto(f"{base}/texte/#old-first")
        heading = page.locator("h3#first-clause")
        expect(heading).to_have_class(re.compile(r"(^|\s)provision--target(\s|$)"))  # waits for permalinks.js
        expect(heading).to_be_in_viewport()
        assert heading.evaluate("h => h.classList.contains('provision--target')")
        assert page.locator('section.provision[data-provision="first-clause"]').evaluate(
            "b => b.classList.contains('provision--target')"
        )
        box = heading.bounding_box()
        assert box is not None and 0 <= box["y"] < 900
    finally:
        context.close()
