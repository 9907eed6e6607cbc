"""The site is self-contained: a reader's browser loads nothing from any host but
ours. Checked twice: statically over every built HTML, CSS and JS file, and in
a real browser (the ``page`` fixture fails on any request to another host)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from resolution_site import licence
from resolution_site.dataset import Dataset
from site_html import PAGE_KINDS, html_pages, is_external, page_path

# Elements whose URL the browser fetches by itself (a plain <a href> waits for a click).
LOADED = {"src", "srcset", "poster", "data", "action", "formaction"}
FORBIDDEN = re.compile(r"fonts\.googleapis|fonts\.gstatic|cdnjs|jsdelivr|unpkg\.com|cdn\.[a-z]", re.I)
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I)

# Hosts named in the code (not the comments) of Material's JavaScript, each with
# why no browser of ours fetches it. A host not listed here fails the test: a theme
# upgrade or a new script must be looked at.
MATERIAL_JS_HOSTS = {
    "unpkg.com": "mermaid (only on pages with a .mermaid block: none, checked below) and the "
    "ResizeObserver polyfill (only in browsers without ResizeObserver: none of the last five years)",
    "api.github.com": "repository facts, only when mkdocs.yml sets repo_url (checked below)",
    "bit.ly": "text of an error message in the search worker",
}
JS_COMMENT = re.compile(r"/\*.*?\*/|^\s*//.*$", re.S | re.M)


def css_urls(text: str) -> list[str]:
    return [m.group(2) if m.group(2) is not None else m.group(4) for m in CSS_URL.finditer(text)]


def foreign_css(text: str) -> list[str]:
    return [url for url in css_urls(text) if is_external(url) and not url.lower().startswith("data:")]


def test_html_loads_nothing_from_other_hosts(built_site: Path) -> None:
    problems = []
    for name, page in html_pages(built_site).items():
        for tag, attrs in page.elements:
            for attr, value in attrs.items():
                loaded = attr in LOADED or (tag == "link" and attr == "href")
                if loaded and is_external(value) and not value.startswith("data:"):
                    problems.append(f"{name}: <{tag} {attr}={value!r}>")
            problems += [f"{name}: <{tag} style> loads {url}" for url in foreign_css(attrs.get("style", ""))]
        problems += [f"{name}: <style> loads {url}" for css in page.inline_styles for url in foreign_css(css)]
        text = (built_site / name).read_text(encoding="utf-8")
        problems += [f"{name}: mentions {m.group(0)}" for m in FORBIDDEN.finditer(text)]
    assert not problems, "\n".join(problems)


def test_links_to_other_hosts_are_links_to_our_sources(built_site: Path, real_data: Dataset) -> None:
    """Links to other hosts are citations only: the data's sources and the licences and
    the legal sources the open-data page cites (resolution_site/licence.py)."""
    sources = {s.url for s in real_data.sources}
    for item in (licence.DATA, licence.CODE, licence.OFFICIAL_TEXT, licence.QUOTATIONS):
        sources |= {item["url"]} if item.get("url") else set()
        sources |= {s["url"] for s in item.get("sources", [])}
    others = {
        f"{name}: <{ref.tag} {ref.attr}={ref.url!r}>"
        for name, page in html_pages(built_site).items()
        for ref in page.refs
        if ref.tag in ("a", "blockquote") and is_external(ref.url) and ref.url not in sources
    }
    assert not others, "links to other hosts that are not sources:\n" + "\n".join(sorted(others))


def test_css_loads_nothing_from_other_hosts(built_site: Path) -> None:
    problems = []
    for path in sorted(built_site.rglob("*.css")):
        text = path.read_text(encoding="utf-8")
        problems += [f"{path.relative_to(built_site)}: url {url}" for url in foreign_css(text)]
        problems += [f"{path.relative_to(built_site)}: mentions {m.group(0)}" for m in FORBIDDEN.finditer(text)]
    assert not problems, "\n".join(problems)


def test_javascript_names_only_known_hosts_that_are_never_fetched(built_site: Path) -> None:
    hosts: dict[str, set[str]] = {}
    for path in sorted(built_site.rglob("*.js")):
        code = JS_COMMENT.sub("", path.read_text(encoding="utf-8"))  # licence comments name many hosts
        for host in re.findall(r"https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})", code):
            hosts.setdefault(host.lower(), set()).add(path.relative_to(built_site).as_posix())
    unknown = {host: sorted(files) for host, files in hosts.items() if host not in MATERIAL_JS_HOSTS}
    assert not unknown, f"JavaScript names hosts nobody has reviewed (see MATERIAL_JS_HOSTS): {unknown}"
    # The conditions under which Material would fetch the listed hosts never hold here.
    assert "repo_url" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    mermaid = [
        name
        for name, page in html_pages(built_site).items()
        for _, attrs in page.elements
        if "mermaid" in attrs.get("class", "").split()
    ]
    assert not mermaid, f"pages with a mermaid block (Material would load mermaid from unpkg.com): {mermaid}"


def test_the_css_scanner_sees_foreign_loads() -> None:
    css = "a{background:url(https://evil.example/x.png)} @import 'https://fonts.googleapis.com/css';b{c:url(data:x)}"
    assert foreign_css(css) == ["https://evil.example/x.png", "https://fonts.googleapis.com/css"]
    assert foreign_css("a{background:url('../img/x.png')}") == []


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_each_kind_of_page_requests_only_our_host(page, site_url: str, kind: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    response = page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}", wait_until="networkidle")
    assert response is not None and response.ok, kind
    page.locator("h1").first.wait_for()
    assert not errors, f"JavaScript errors on the {kind} page: {errors}"
    # the page fixture fails the test if any request went to another host
