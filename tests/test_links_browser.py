"""Links, topics and reading, as a reader meets them in a real browser:
a clause URL lands on the clause and highlights it, the copy-link button
works from the keyboard and copies the absolute URL, a topic page leads to
its clauses, and the full text reads in two columns on a wide screen and
one on a phone."""

from __future__ import annotations

import pytest

from conftest import ROOT
from dataset import load_dataset

DATA = load_dataset(ROOT / "data")
ORDERED = DATA.provisions_in_order()
# The clause furthest down the full text: reaching it takes a real scroll.
LAST = ORDERED[-1]
WORDED = next(p for p in ORDERED if p.wording)


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] < height


def is_highlighted(page, selector: str) -> bool:
    return page.locator(selector).evaluate(
        "el => el.classList.contains('clause--target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'"
    )


def test_full_text_anchor_scrolls_to_the_clause_and_highlights_it(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/#{LAST.id}")
    assert in_viewport(page, f"h3#{LAST.id}")
    assert page.evaluate("window.scrollY") > 0
    assert is_highlighted(page, f'.clause[data-clause="{LAST.id}"]')
    others = page.locator(".clause.clause--target").count()
    assert others == 1, "only the targeted clause is highlighted"


def test_highlight_follows_the_fragment(page, site_url: str) -> None:
    first, last = ORDERED[0], ORDERED[-1]
    page.goto(f"{site_url}/texte/#{first.id}")
    page.goto(f"{site_url}/texte/#{last.id}")  # same document: a hashchange
    assert is_highlighted(page, f'.clause[data-clause="{last.id}"]')
    assert not is_highlighted(page, f'.clause[data-clause="{first.id}"]')


def test_clause_page_shows_and_highlights_its_clause(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/{LAST.id}/")
    assert in_viewport(page, f'.clause[data-clause="{LAST.id}"]')
    assert is_highlighted(page, f'.clause[data-clause="{LAST.id}"]')


def test_copy_link_by_keyboard_copies_the_absolute_clause_url(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/{LAST.id}/")
    button = page.get_by_role("button", name="Copier le lien · Copy link")
    assert button.count() == 1
    for _ in range(200):  # Tab through the page until the button has the focus
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        pytest.fail("the copy-link button is not reachable with Tab")
    page.keyboard.press("Enter")
    status = page.locator(f'.clause[data-clause="{LAST.id}"] [role="status"]')
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function("s => s.textContent.includes('Lien copié')", arg=status.element_handle())
    assert "Link copied" in status.text_content()
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/dispositions/{LAST.id}/"


def test_copy_link_on_the_full_text_copies_the_clause_page_url(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/")
    block = page.locator(f'.clause[data-clause="{WORDED.id}"]')
    link = block.locator("a.clause-permalink")
    assert link.text_content() == f"{site_url}/dispositions/{WORDED.id}/"  # the permalink, shown in full
    link.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('clause-copy')")
    page.keyboard.press("Space")
    status = block.locator('[role="status"]').element_handle()
    page.wait_for_function("s => s.textContent.includes('Lien copié')", arg=status)
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/dispositions/{WORDED.id}/"
    assert block.locator(".clause-link").evaluate("row => getComputedStyle(row).opacity") == "1"  # focus shows it


def test_topic_pages_lead_to_their_clauses(page, site_url: str) -> None:
    members = {t.id: [p for p in ORDERED if t.id in p.topics] for t in DATA.topics}
    topic = max(DATA.topics, key=lambda t: len(members[t.id]))
    clauses = members[topic.id]
    page.goto(f"{site_url}/themes/")
    page.locator(f"h2#{topic.id} a").first.click()
    page.wait_for_url(f"{site_url}/themes/{topic.id}/")
    headings = page.locator("article h2[id]").evaluate_all("hs => hs.map(h => h.id)")
    assert headings == [p.id for p in clauses], "a topic page lists its clauses in the order of the text"
    assert page.locator("article .excerpt").count() == len(clauses)
    page.locator(f"h2#{clauses[0].id} a").first.click()
    page.wait_for_url(f"{site_url}/dispositions/{clauses[0].id}/")
    same = page.locator("#same-topic + ul")
    assert same.get_by_role("link", name=topic.label.fr, exact=False).count() >= 1
    for other in clauses[1:]:
        assert same.locator(f'a[href="../{other.id}/"]').count() >= 1, other.id


def test_full_text_anchor_link_from_the_topic_index(page, site_url: str) -> None:
    topic = next(t for t in DATA.topics if any(t.id in p.topics for p in ORDERED))
    first = next(p for p in ORDERED if topic.id in p.topics)
    page.goto(f"{site_url}/themes/")
    page.locator(f'a[href="../texte/#{first.id}"]').first.click()
    page.wait_for_url(f"{site_url}/texte/#{first.id}")
    assert in_viewport(page, f"h3#{first.id}")
    assert is_highlighted(page, f'.clause[data-clause="{first.id}"]')


@pytest.mark.parametrize(("width", "columns"), [(1280, 2), (390, 1)])
def test_full_text_reads_side_by_side_on_wide_screens_only(page, site_url: str, width: int, columns: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/texte/#{WORDED.id}")
    block = page.locator(f'.clause[data-clause="{WORDED.id}"] .clause-texts')
    fr = block.locator(".clause-fr").bounding_box()
    en = block.locator(".clause-en").bounding_box()
    assert fr and en
    if columns == 2:
        assert abs(fr["y"] - en["y"]) < 1 and en["x"] >= fr["x"] + fr["width"], (fr, en)
    else:
        assert abs(fr["x"] - en["x"]) < 1 and en["y"] >= fr["y"] + fr["height"], (fr, en)
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no horizontal scroll"
