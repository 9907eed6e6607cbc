"""Reading first (issue 10), measured as a reader meets the site: no stray markup,
doubled parentheses, raw codes or field names in any page's visible text; no page
scrolls sideways on a phone and no table is wider than it; the full text stays short
on screen and on paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_html import PAGE_KINDS, html_pages, page_path
from test_editions import visible_outside

ROOT = Path(__file__).resolve().parent.parent

# What a reader must never see: markup shown as text, "(LR (Les Républicains))",
# our schema's codes and field names, a number beside "(unknown)".
LEAKS = {
    "literal markup": re.compile(r"<\s*/?\s*(br|span|small|div|p|a|em|strong)\b|\{:\s|\*\*\S|\]\("),
    "doubled parentheses": re.compile(r"\([^()]*\([^()]*\)\)"),
    "raw code": re.compile(r"\b(not-located|order_basis|translation_en|wording\.(fr|en)|paraphrases?\[|former_ids)\b"),
    "number beside unknown": re.compile(r"\d+\s*\((unknown|inconnu)\)"),
}


def test_no_page_shows_markup_codes_or_doubled_parentheses(built_site: Path) -> None:
    found = {}
    for name in html_pages(built_site):
        html = (built_site / name).read_text(encoding="utf-8")
        body = html[html.find("<article") : html.find("</article>")]
        text = visible_outside(body, skip="-")
        for what, pattern in LEAKS.items():
            match = pattern.search(text)
            if match:
                found[f"{name}: {what}"] = text[max(0, match.start() - 40) : match.end() + 40]
    assert not found, found


def test_the_leak_patterns_catch_what_they_name() -> None:
    assert LEAKS["literal markup"].search("Voir<br>ici")
    assert LEAKS["doubled parentheses"].search("Bruno Retailleau (LR (Les Républicains))")
    assert LEAKS["raw code"].search("statut not-located")
    assert LEAKS["number beside unknown"].search("Ordre : 16 (unknown)")
    assert not LEAKS["doubled parentheses"].search("Bruno Retailleau, LR (Les Républicains)")


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_on_a_phone_nothing_scrolls_sideways_and_no_table_hides_a_column(page, site_url: str, kind: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    too_wide = page.evaluate(
        """() => [...document.querySelectorAll('article table')]
              .filter(t => t.scrollWidth > t.closest('article').clientWidth + 1)
              .map(t => t.scrollWidth)"""
    )
    assert not too_wide, f"tables wider than the page: {too_wide}"
    badges = page.evaluate(
        """() => [...document.querySelectorAll('article .status-label')]
              .map(b => Math.round(b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight)))"""
    )
    assert all(lines <= 2 for lines in badges), badges


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "width", "max_height"),
    [("texte/", 1280, 6000), ("en/text/", 1280, 6000), ("texte/", 390, 12000), ("en/text/", 390, 12000)],
)
def test_the_full_text_is_short_enough_to_read(page, site_url: str, path: str, width: int, max_height: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{path}")
    height = page.evaluate("document.documentElement.scrollHeight")
    words = page.evaluate("document.querySelector('article').innerText.split(/\\s+/).filter(Boolean).length")
    assert height <= max_height, f"{path} at {width}px is {height}px tall"
    assert words <= 2000, f"{path} shows {words} words"


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.browser
@pytest.mark.parametrize(("path", "max_pages"), [("texte/", 8), ("en/text/", 8)])
def test_the_full_text_prints_on_a_few_pages(page, site_url: str, path: str, max_pages: int) -> None:
    page.goto(f"{site_url}/{path}")
    pdf = page.pdf(format="A4")
    assert 1 <= pdf_pages(pdf) <= max_pages, f"{path} prints on {pdf_pages(pdf)} A4 pages"


@pytest.mark.browser
def test_a_provision_prints_on_one_or_two_pages(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/integrite-territoriale-retrait-des-forces/")
    assert 1 <= pdf_pages(page.pdf(format="A4")) <= 2
