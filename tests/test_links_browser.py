"""Links, topics and reading, as a reader meets them in a real browser:
a provision URL lands on the provision and highlights it, the copy-link button
works from the keyboard and copies the absolute URL, a topic page leads to
its provisions, and the full text reads in two columns on a wide screen and
one on a phone."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, expect
from resolution_site.models import Status
from resolution_site.pipeline import load_dataset
from resolution_site.render import neighbours
from resolution_site.text import flat

# Facts of the real data (data/provisions.yaml, data/topics.yaml) that these
# tests stand on; test_the_facts_still_hold says so if the data moves on.
LAST = "negociations-paix-durable"  # O15, the last clause of the text: reaching it takes a real scroll
FIRST = "visas"  # V, the first
WORDED = "integrite-territoriale-retrait-des-forces"  # O4, a verbatim copy: French and English
PARAPHRASED = "sanctions-avoirs-embargo"  # O13, only third-party paraphrases are known
FRAGMENTED = "facilite-europeenne-pour-la-paix"  # O7, only a fragment is known
TOPIC = "union-europeenne"
TOPIC_LABEL = "Union européenne"
TOPIC_CLAUSES = [  # in the order of the text
    "aide-humanitaire",
    "mise-en-garde-ambitions-azerbaidjan-turquie",
    "facilite-europeenne-pour-la-paix",
    "sanctions-avoirs-embargo",
    "regime-sanctions-ue-relations-ue-azerbaidjan",
]

DATA = load_dataset(ROOT / "data")
ORDERED = DATA.provisions_in_order()


def test_the_facts_still_hold() -> None:
    by_id = {p.id: p for p in ORDERED}
    assert ORDERED[0].id == FIRST and ORDERED[-1].id == LAST
    assert by_id[WORDED].status is Status.verbatim and by_id[WORDED].wording
    assert by_id[PARAPHRASED].status is Status.paraphrase and by_id[PARAPHRASED].paraphrases
    assert by_id[FRAGMENTED].status is Status.fragment and by_id[FRAGMENTED].fragments
    assert DATA.topic(TOPIC).label.fr == TOPIC_LABEL
    assert [p.id for p in ORDERED if TOPIC in p.topics] == TOPIC_CLAUSES


TARGETED = re.compile(r"(^|\s)provision--target(\s|$)")


def clause(page, clause_id: str):
    """The provision's block: its section on the full text, its heading on its own page."""
    return page.locator(f'section.provision[data-provision="{clause_id}"], h1[data-provision="{clause_id}"]')


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] < height


def is_highlighted(page, selector: str) -> bool:
    return page.locator(selector).evaluate(
        "el => el.classList.contains('provision--target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'"
    )


@pytest.mark.browser
def test_full_text_anchor_scrolls_to_the_clause_and_highlights_it(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/#{LAST}")
    expect(clause(page, LAST)).to_have_class(TARGETED)  # waits for permalinks.js
    expect(page.locator(f"h3#{LAST}")).to_be_in_viewport()
    assert in_viewport(page, f"h3#{LAST}")
    assert page.evaluate("window.scrollY") > 0
    assert is_highlighted(page, f'section.provision[data-provision="{LAST}"]')
    others = page.locator("section.provision.provision--target").count()
    assert others == 1, "only the targeted clause is highlighted"


@pytest.mark.browser
def test_highlight_follows_the_fragment(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/#{FIRST}")
    expect(clause(page, FIRST)).to_have_class(TARGETED)
    assert is_highlighted(page, f'section.provision[data-provision="{FIRST}"]')
    page.goto(f"{site_url}/texte/#{LAST}")  # same document: a hashchange, handled after goto returns
    expect(clause(page, LAST)).to_have_class(TARGETED)
    expect(clause(page, FIRST)).not_to_have_class(TARGETED)
    assert is_highlighted(page, f'section.provision[data-provision="{LAST}"]')
    assert not is_highlighted(page, f'section.provision[data-provision="{FIRST}"]')


@pytest.mark.browser
def test_clause_page_shows_and_highlights_its_clause(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/{LAST}/")
    expect(clause(page, LAST)).to_have_class(TARGETED)
    expect(clause(page, LAST)).to_be_in_viewport()
    assert in_viewport(page, f'h1[data-provision="{LAST}"]')
    assert is_highlighted(page, f'h1[data-provision="{LAST}"]')


@pytest.mark.browser
def test_copy_link_by_keyboard_copies_the_absolute_clause_url(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/{LAST}/")
    button = page.get_by_role("button", name="Copier le lien")
    assert button.count() == 1
    for _ in range(200):  # Tab through the page until the button has the focus
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        pytest.fail("the copy-link button is not reachable with Tab")
    page.keyboard.press("Enter")
    status = page.locator('.provision-toolbar [role="status"]')
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function("s => s.textContent.includes('Lien copié')", arg=status.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/dispositions/{LAST}/"


@pytest.mark.browser
def test_the_full_text_has_no_per_provision_toolbar_but_links_each_provision_page(page, site_url: str) -> None:
    """The apparatus is one click away: no copy or cite button per provision, one link to its page."""
    page.goto(f"{site_url}/texte/")
    assert page.locator("button.provision-copy, a.provision-permalink").count() == 0
    assert page.locator("details.cite").count() == 1, "one cite panel for the whole text"
    block = page.locator(f'section.provision[data-provision="{WORDED}"]')
    block.locator("a", has_text="Détails et sources").click()
    page.wait_for_url(f"{site_url}/dispositions/{WORDED}/")


@pytest.mark.browser
def test_copy_link_in_english_says_so_in_english(page, site_url: str) -> None:
    page.goto(f"{site_url}/en/provisions/{WORDED}/")
    page.get_by_role("button", name="Copy link").click()
    status = page.locator('.provision-toolbar [role="status"]').element_handle()
    page.wait_for_function("s => s.textContent.includes('Link copied')", arg=status)
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/en/provisions/{WORDED}/"


@pytest.mark.browser
def test_topic_pages_lead_to_their_clauses(page, site_url: str) -> None:
    page.goto(f"{site_url}/themes/")
    page.locator(f"h2#{TOPIC} a").first.click()
    page.wait_for_url(f"{site_url}/themes/{TOPIC}/")
    headings = page.locator("article h2[id]").evaluate_all("hs => hs.map(h => h.id)")
    assert headings == TOPIC_CLAUSES, "a topic page lists its clauses in the order of the text"
    assert page.locator("article .excerpt").count() == len(TOPIC_CLAUSES)
    fragment = page.locator(f"h2#{FRAGMENTED} ~ .excerpt").first
    assert "Fragment connu" in fragment.text_content() and "Known fragment" not in fragment.text_content()
    paraphrase = page.locator(f"h2#{PARAPHRASED} ~ .excerpt").first
    assert "Paraphrase de tiers, pas le texte" in paraphrase.text_content()

    page.locator(f"h2#{TOPIC_CLAUSES[0]} a").first.click()
    page.wait_for_url(f"{site_url}/dispositions/{TOPIC_CLAUSES[0]}/")
    same = page.locator("#same-topic + ul")
    assert same.get_by_role("link", name=TOPIC_LABEL).count() == 1
    for other in TOPIC_CLAUSES[1:]:  # one click away
        assert same.locator(f'a[href="../{other}/"]').count() >= 1, other
    same.locator(f'a[href="../{TOPIC_CLAUSES[1]}/"]').first.click()
    page.wait_for_url(f"{site_url}/dispositions/{TOPIC_CLAUSES[1]}/")


@pytest.mark.browser
def test_full_text_anchor_link_from_the_topic_index(page, site_url: str) -> None:
    page.goto(f"{site_url}/themes/")
    page.locator(f'article a[href="../texte/#{LAST}"]').first.click()
    page.wait_for_url(f"{site_url}/texte/#{LAST}")
    expect(clause(page, LAST)).to_have_class(TARGETED)
    expect(page.locator(f"h3#{LAST}")).to_be_in_viewport()
    assert in_viewport(page, f"h3#{LAST}")
    assert is_highlighted(page, f'section.provision[data-provision="{LAST}"]')


@pytest.mark.browser
def test_a_clause_without_wording_says_so_and_shows_what_is_known(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/#{PARAPHRASED}")
    block = page.locator(f'section.provision[data-provision="{PARAPHRASED}"]')
    report = block.locator(".provision-report")
    assert report.is_visible(), "what the best report says stands where the text would"
    assert "pas le texte" in " ".join(report.locator(".provision-report-label").text_content().split())
    assert report.locator("a[href*='sources/#']").count() == 1, "its source is one click away"
    assert block.locator(".provision-texts").count() == 0, "no paraphrase is shown as the text"
    assert block.locator("blockquote").count() == 0, "the evidence is on the provision page"
    page.goto(f"{site_url}/dispositions/{PARAPHRASED}/")
    assert page.locator("blockquote.quote--paraphrase, blockquote.quote--translation").count() >= 1
    assert "pas le texte" in page.locator("h3#paraphrases").text_content()


@pytest.mark.browser
@pytest.mark.parametrize(("width", "columns"), [(1280, 2), (390, 1)])
def test_full_text_reads_side_by_side_on_wide_screens_only(page, site_url: str, width: int, columns: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/texte/#{WORDED}")
    block = page.locator(f'section.provision[data-provision="{WORDED}"] .provision-texts')
    fr = block.locator(".provision-original").bounding_box()
    en = block.locator(".provision-translation").bounding_box()
    assert fr and en
    if columns == 2:
        assert abs(fr["y"] - en["y"]) < 1 and en["x"] >= fr["x"] + fr["width"], (fr, en)
    else:
        assert abs(fr["x"] - en["x"]) < 1 and en["y"] >= fr["y"] + fr["height"], (fr, en)
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no horizontal scroll"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_provision_page_shows_its_report_first_and_points_up_to_it(page, site_url: str, lang: str) -> None:
    """Readers, twice: a provision known only from reports opened on a label and a link down the page,
    no words. Its text column now shows the report whole (its words, where they come from, our
    translation); the list of what is known below names it and links up to it, not its words again."""
    p = next(x for x in ORDERED if x.id == PARAPHRASED)
    shown = neighbours.text_view(p).quote
    assert shown is not None
    base = "dispositions" if lang == "fr" else "en/provisions"
    page.goto(f"{site_url}/{base}/{PARAPHRASED}/")
    column = page.locator(".provision-report")
    report = column.locator("blockquote#report")
    expect(report).to_have_count(1)
    opening = " ".join(flat(shown.text).split()[:6])
    assert opening in " ".join(report.text_content().split())
    translation = shown.translation_en if lang == "en" else shown.translation_fr
    if translation:  # our translation stands with it, labelled
        words = " ".join(flat(translation).split()[:6])
        assert words in " ".join(column.text_content().split()), words
    below = page.locator(".quote-pointer")  # its words once: test_reading.py, on every provision page
    expect(below).to_have_count(1)
    assert opening not in " ".join(below.text_content().split())
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    below.locator("a[href='#report']").click()
    page.wait_for_url(f"**/{PARAPHRASED}/#report")
    expect(report).to_be_in_viewport()
