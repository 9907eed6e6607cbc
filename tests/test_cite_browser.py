"""Citing and downloading as a reader does, in a real browser on the built site."""

from __future__ import annotations

import json
import re
import urllib.request
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from site_html import parse_html


@pytest.mark.browser
def test_cite_a_clause_and_paste_it(real_data, page, site_url: str) -> None:
    data = real_data
    provision = data.provisions_in_order()[0]
    url = f"{site_url}/dispositions/{provision.id}/"
    page.goto(url)
    page.get_by_text("Citer cette disposition").click()
    french = page.locator(".cite [data-cite][lang=fr]")
    assert french.is_visible()
    page.locator(".cite-copy").first.click()
    page.get_by_text("Copié", exact=True).wait_for()
    pasted = page.evaluate("navigator.clipboard.readText()")
    title = " ".join(data.identity.title.value.split())
    assert title in pasted
    assert url in pasted
    assert "[consulté le …]" in pasted
    # the citations now carry the full address: the note that they give a relative path is gone
    assert page.locator(".cite-relative").count() == 0


@pytest.mark.browser
def test_a_page_read_at_its_index_html_is_cited_at_its_clean_address(real_data, page, site_url: str) -> None:
    """A reader at ".../aide-humanitaire/index.html" cites the address the permalink gives, without it."""
    provision = real_data.provisions_in_order()[0]
    url = f"{site_url}/dispositions/{provision.id}/"
    page.goto(url + "index.html")
    citation = page.locator(".cite [data-cite][lang=fr]")
    expect(citation).to_contain_text(url)
    assert "index.html" not in citation.text_content()


@pytest.mark.browser
def test_cite_the_resolution_from_home_in_bibtex(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    page.locator("details.cite > summary").click()  # the panel starts closed on the home page
    bibtex = page.locator(".cite pre[data-cite]").first
    assert f"url = {{{site_url}/}}" in bibtex.inner_text()
    assert page.locator(".cite-copy").count() == 4
    # four "Copy" buttons are told apart by what they copy (a blind reader found four identical names)
    described = page.eval_on_selector_all(
        ".cite-copy",
        "buttons => buttons.map(b => document.getElementById(b.getAttribute('aria-describedby'))?.textContent)",
    )
    assert all(described) and len(set(described)) == 4, described


def head_of(html: str) -> SimpleNamespace:
    """The page's ``citation_*`` meta tags (``meta``) and its JSON-LD blocks (``jsonld``)."""
    page = parse_html(html)
    meta = {
        a["name"]: a["content"]
        for tag, a in page.elements
        if tag == "meta" and a.get("name", "").startswith("citation_")
    }
    return SimpleNamespace(meta=meta, jsonld=page.jsonld)


def test_pages_carry_citation_meta_and_jsonld(real_data, built_site) -> None:
    """The page head describes the act as the Senate's and the page as this site's, unofficial."""
    data = real_data
    name = " ".join(data.identity.short_title.fr.split())
    motion = " ".join(data.identity.title.value.split())
    home = head_of((built_site / "index.html").read_text(encoding="utf-8"))
    assert home.meta["citation_title"].endswith("site web non officiel")
    assert "citation_author" not in home.meta and "citation_publication_date" not in home.meta
    (resolution,) = map(json.loads, home.jsonld)
    assert resolution["@type"] == "Legislation" and resolution["name"] == name
    assert motion in resolution["description"]
    provision = data.provisions_in_order()[0]
    clause = head_of((built_site / "dispositions" / provision.id / "index.html").read_text(encoding="utf-8"))
    (item,) = map(json.loads, clause.jsonld)
    assert item["isPartOf"]["name"] == name
    assert " ".join(provision.heading.fr.split()) in clause.meta["citation_title"]


@pytest.mark.browser
@pytest.mark.parametrize("page_path", ["donnees/", "en/open-data/"])
def test_the_open_data_page_links_the_files_and_they_download(real_data, page, site_url: str, page_path: str) -> None:
    page.goto(f"{site_url}/{page_path}")
    expected = {
        "resolution.json": "application/json",
        "dispositions.csv": "text/csv",
        "schema.json": "application/json",
    }
    for name, content_type in expected.items():
        link = page.locator(f'.opendata a:has(code:text-is("{name}"))')
        url = link.evaluate("a => a.href")
        assert url == f"{site_url}/donnees/{name}", "both editions link the one shared file"
        with urllib.request.urlopen(url) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].split(";")[0] == content_type
            body = response.read().decode("utf-8")
        if name.endswith(".json"):
            json.loads(body)
        else:
            assert re.match(r"id,ref,kind,order,", body)
            assert body.count("\r\n") == len(real_data.provisions) + 1


@pytest.mark.browser
@pytest.mark.parametrize(
    ("page_path", "caption", "label"),
    [("vote/", "Résultat du vote", "Pour"), ("en/vote/", "Result of the vote", "For")],
)
def test_vote_chart_is_text_in_the_editions_language(
    real_data, page, site_url: str, page_path: str, caption: str, label: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{page_path}")
    chart = page.locator("figure.vote-chart")
    assert chart.locator("figcaption").inner_text() == caption
    vote = real_data.vote
    row = chart.locator(".vote-chart-row--for")
    assert row.locator("dt").inner_text() == label and str(vote.for_.value) in row.locator("dd").inner_text()
    size = row.locator("dt").evaluate("dt => parseFloat(getComputedStyle(dt).fontSize)")
    assert size >= 12, f"chart labels are {size}px on a phone"


@pytest.mark.browser
def test_full_text_prints_the_text_without_chrome_or_apparatus(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".cite", ".provision-more"):
        for element in page.locator(chrome).all():
            assert not element.is_visible(), chrome
    assert page.locator(".provision-texts").first.is_visible()


@pytest.mark.browser
def test_a_provision_page_prints_with_its_permanent_link(real_data, page, site_url: str) -> None:
    provision = real_data.provisions_in_order()[-1]
    page.goto(f"{site_url}/dispositions/{provision.id}/")
    page.emulate_media(media="print")
    link = page.locator("a.provision-permalink")
    assert link.is_visible() and link.inner_text() == f"{site_url}/dispositions/{provision.id}/"
    assert not page.locator(".provision-copy").is_visible()


@pytest.mark.browser
@pytest.mark.parametrize(("path", "lang"), [("texte/", "fr"), ("en/text/", "en")])
def test_words_of_the_text_copied_say_what_they_are(page, site_url: str, path: str, lang: str) -> None:
    """Blind reader: O1 copied from the text page said nothing of its status. Text copied from
    the resolution's words leaves with what the text is, the data's version and the address;
    text copied elsewhere (a heading) is copied as it is."""
    from resolution_site.catalogue import STRINGS

    page.goto(f"{site_url}/{path}")
    page.evaluate("""() => {
        const words = document.querySelector("#condamnation-offensive-septembre-2023").closest("section").querySelector(".provision-original");
        const range = document.createRange();
        range.selectNodeContents(words);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
    }""")
    page.keyboard.press("Control+C")
    pasted = page.evaluate("navigator.clipboard.readText()")
    assert "Azerbaïdjan" in pasted
    what = STRINGS[lang]["print_what"].split(";")[0]
    assert what.replace("\u202f", " ") in pasted.replace("\u202f", " ")
    assert pasted.rstrip().endswith(f"{site_url}/{path}")
    page.evaluate("""() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector("article h1"));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
    }""")
    page.keyboard.press("Control+C")
    heading = page.evaluate("navigator.clipboard.readText()")
    assert heading.strip() and what.replace("\u202f", " ") not in heading.replace("\u202f", " ")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/texte/", "/en/text/"])
def test_every_id_is_unique_once_the_theme_has_run(page, site_url: str, path: str) -> None:
    """The theme names each code block after the nearest id around it: the BibTeX and CSL-JSON blocks of one
    citation panel each have an id of their own, so the page keeps one element per id."""
    page.goto(f"{site_url}{path}")
    page.wait_for_function("document.querySelectorAll('pre[id^=__code_]').length >= 2")
    ids = page.eval_on_selector_all("[id]", "found => found.map(element => element.id)")
    assert len(ids) == len(set(ids)), sorted(i for i in set(ids) if ids.count(i) > 1)
