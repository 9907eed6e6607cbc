"""Citing and downloading as a reader does, in a real browser on the built site."""

from __future__ import annotations

import json
import re
import urllib.request
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from resolution_site.pipeline import load_dataset


def real_data():
    return load_dataset(ROOT / "data")


@pytest.mark.browser
def test_cite_a_clause_and_paste_it(page, site_url: str) -> None:
    data = real_data()
    provision = data.provisions_in_order()[0]
    url = f"{site_url}/dispositions/{provision.id}/"
    page.goto(url)
    page.get_by_text("Citer cette disposition").click()
    french = page.locator(".cite [data-cite][lang=fr]")
    assert french.is_visible()
    page.locator(".cite-copy").first.click()
    page.get_by_text("Copié · Copied").wait_for()
    pasted = page.evaluate("navigator.clipboard.readText()")
    title = " ".join(data.identity.title.value.split())
    assert title in pasted
    assert url in pasted
    assert "[consulté le …]" in pasted


@pytest.mark.browser
def test_cite_the_resolution_from_home_in_bibtex(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    page.locator("details.cite > summary").click()  # the panel starts closed on the home page
    bibtex = page.locator(".cite pre[data-cite]").first
    assert f"url = {{{site_url}/}}" in bibtex.inner_text()
    assert page.locator(".cite-copy").count() == 4


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name", "").startswith("citation_"):
            self.meta[attrs["name"]] = attrs["content"]
        self._in_jsonld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, text):
        if self._in_jsonld:
            self.jsonld.append(text)

    def handle_endtag(self, tag):
        self._in_jsonld = False


def head_of(html: str) -> _Head:
    parser = _Head()
    parser.feed(html)
    return parser


def test_pages_carry_citation_meta_and_jsonld(built_site) -> None:
    data = real_data()
    title = " ".join(data.identity.title.value.split())
    home = head_of((built_site / "index.html").read_text(encoding="utf-8"))
    assert home.meta["citation_title"] == title
    assert home.meta["citation_publication_date"] == data.identity.adopted.value.strftime("%Y/%m/%d")
    (resolution,) = map(json.loads, home.jsonld)
    assert resolution["@type"] == "Legislation" and resolution["name"] == title
    provision = data.provisions_in_order()[0]
    clause = head_of((built_site / "dispositions" / provision.id / "index.html").read_text(encoding="utf-8"))
    (item,) = map(json.loads, clause.jsonld)
    assert item["isPartOf"]["name"] == title
    assert clause.meta["citation_title"].startswith(title)


@pytest.mark.browser
def test_home_links_to_the_data_files_and_they_download(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    expected = {
        "resolution.json": "application/json",
        "dispositions.csv": "text/csv",
        "schema.json": "application/json",
    }
    for name, content_type in expected.items():
        link = page.locator(f'.opendata a:text-is("{name}")')
        href = link.get_attribute("href")
        assert href == f"donnees/{name}"
        with urllib.request.urlopen(f"{site_url}/{href}") as response:
            assert response.status == 200
            assert response.headers["Content-Type"].split(";")[0] == content_type
            body = response.read().decode("utf-8")
        if name.endswith(".json"):
            json.loads(body)
        else:
            assert re.match(r"id,ref,kind,order,", body)
            assert body.count("\r\n") == len(real_data().provisions) + 1


@pytest.mark.browser
def test_vote_chart_is_an_image_with_a_text_alternative(page, site_url: str) -> None:
    page.goto(f"{site_url}/vote/")
    chart = page.get_by_role("img", name="Résultat du vote · Result of the vote")
    assert chart.count() == 1
    vote = real_data().vote
    assert f"{vote.for_.value}" in page.locator("#vote-chart-desc").text_content()


@pytest.mark.browser
def test_full_text_prints_without_chrome_and_with_source_urls(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".cite-copy"):
        for element in page.locator(chrome).all():
            assert not element.is_visible(), chrome
    sources = page.locator(".sources-cited li")
    assert sources.count() >= 1
    assert "https://" in sources.first.inner_text()
