"""Two editions, one language each: every page has its twin in the other
edition, the switch keeps the reader's place, and no interface string of the
other language appears outside quoted material (marked with its lang)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from resolution_site import paths
from resolution_site.catalogue import STRINGS, VOCABULARIES
from resolution_site.pipeline import load_dataset
from site_html import html_pages, resolve

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


class _Visible(HTMLParser):
    """The text of <body> outside scripts, styles and any element whose lang is ``skip``."""

    def __init__(self, skip: str) -> None:
        super().__init__(convert_charrefs=True)
        self.skip, self.stack, self.chunks = skip, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if any(tag in ("script", "style", "head", "title") for tag, _ in self.stack):
            return
        langs = [lang for _, lang in self.stack if lang]
        if langs and langs[-1] == self.skip:
            return
        self.chunks.append(data)


def visible_outside(html: str, skip: str) -> str:
    parser = _Visible(skip)
    parser.feed(html)
    return " ".join(" ".join(parser.chunks).split())


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
    for name in html_pages(built_site):
        if name == "404.html":
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a redirect page of a former id
        langs = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
        switch = re.search(r'<a class="md-header__button edition-switch" target="_self" href="([^"]+)"', html)
        if set(langs) != {"fr", "en", "x-default"} or not switch:
            missing[name] = "no alternates or no switch"
            continue
        for url in [*langs.values(), switch.group(1)]:
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
