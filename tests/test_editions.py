"""Two editions, one language each: every page has its twin in the other
edition, the switch keeps the reader's place, and no interface string of the
other language appears outside quoted material (marked with its lang)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from resolution_site import paths
from resolution_site.catalogue import STRINGS, VOCABULARIES
from resolution_site.pipeline import load_dataset
from site_html import html_pages, parse_html, resolve

DATA = load_dataset(ROOT / "data")
OTHER = {"fr": "en", "en": "fr"}


def interface_strings(lang: str) -> set[str]:
    """The catalogue's strings in ``lang`` that could not be read as the other language's:
    whole phrases (three words or more, no placeholder) that differ between editions."""
    other = OTHER[lang]
    found = {text for key, text in STRINGS[lang].items() if text != STRINGS[other][key]}
    found |= {
        labels[lang] for table in VOCABULARIES.values() for labels in table.values() if labels[lang] != labels[other]
    }
    return {text for text in found if "{" not in text and len(text.split()) >= 3}


def visible_outside(html: str, skip: str) -> str:
    """The text of <body> outside scripts, styles and any element whose lang is ``skip``."""
    hidden = ("script", "style", "head", "title")
    return parse_html(html).text_where(lambda t: not t.inside(*hidden) and t.lang != skip)


def attributes(html: str) -> str:
    """Placeholders, aria labels and titles: interface text a reader meets too."""
    return " ".join(re.findall(r'\s(?:placeholder|aria-label|title)="([^"]*)"', html))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_interface_string_of_the_other_language(built_site: Path, lang: str) -> None:
    other = OTHER[lang]
    foreign = interface_strings(other)
    problems = {}
    for name in html_pages(built_site):
        if name.startswith("en/") != (lang == "en") or name == "404.html":
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        text = visible_outside(html, skip=other) + " " + attributes(html)
        hits = sorted(s for s in foreign if s in text)
        if hits:
            problems[name] = hits[:3]
    assert not problems, f"{other} interface strings on {lang} pages: {problems}"


def test_every_page_links_its_twin_and_both_alternates(built_site: Path) -> None:
    missing = {}
    for name, page in html_pages(built_site).items():
        if name == "404.html":
            continue
        if any(tag == "meta" and a.get("http-equiv") == "refresh" for tag, a in page.elements):
            continue  # a redirect page of a former id
        langs = {a["hreflang"]: a["href"] for tag, a in page.elements if tag == "link" and a.get("hreflang")}
        switches = [
            a["href"] for tag, a in page.elements if tag == "a" and "edition-switch" in a.get("class", "").split()
        ]
        if set(langs) != {"fr", "en", "x-default"} or not switches:
            missing[name] = "no alternates or no switch"
            continue
        for url in [*langs.values(), *switches]:
            if resolve(built_site, name, url)[0] is None:
                missing[name] = f"{url} does not resolve"
    assert not missing, missing


def test_twins_pair_every_page_both_ways() -> None:
    for key, by_lang in paths.PAGES.items():
        assert paths.twin(by_lang["fr"], "fr") == by_lang["en"], key
        assert paths.twin(by_lang["en"], "en") == by_lang["fr"], key
    assert paths.twin("dispositions/x.md", "fr") == "provisions/x.md"
    assert paths.twin("topics/y.md", "en") == "themes/y.md"


@pytest.mark.browser
def test_the_switch_keeps_the_provision_on_the_full_text(page, site_url: str) -> None:
    """From the French full text at any provision, the switch lands on the same provision in English, and back."""
    for p in DATA.provisions_in_order():
        page.goto(f"{site_url}/texte/#{p.id}")
        page.click("a[data-edition-switch]")
        page.wait_for_url(f"**/en/text/#{p.id}")
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.locator(f"[id='{p.id}']").count() == 1
    page.click("a[data-edition-switch]")
    page.wait_for_url(f"**/texte/#{p.id}")


@pytest.mark.browser
def test_the_switch_keeps_the_provision_page(page, site_url: str) -> None:
    for p in DATA.provisions_in_order():
        page.goto(f"{site_url}/en/provisions/{p.id}/")
        page.click("a[data-edition-switch]")
        page.wait_for_url(f"**/dispositions/{p.id}/")
        assert page.locator("h1").get_attribute("id") == p.id
