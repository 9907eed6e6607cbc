"""The site as readers use it in a real browser: on a phone, with the keyboard,
and the policy that makes these tests count (a missing Chromium fails CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, expect

PHONE = {"width": 390, "height": 844}


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "texte/"])
def test_phone_has_no_horizontal_scrolling(page, site_url: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"/{path} is {widths[0]}px wide on a {widths[1]}px phone"
    wide = page.evaluate(
        """() => [...document.querySelectorAll('article *')]
             .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                          && !e.closest('.md-typeset__scrollwrap, pre, code'))
             .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
    )
    assert not wide, f"elements wider than the phone on /{path}: {wide}"


@pytest.mark.browser
def test_phone_navigation_drawer_opens(page, site_url: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/", wait_until="networkidle")
    nav_link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Texte reconstitué").first
    assert not nav_link.is_visible() or not _in_viewport(page, nav_link)
    page.locator("[data-drawer-toggle]").click()
    expect(page.locator("#__drawer")).to_be_checked()
    expect(nav_link).to_be_in_viewport(ratio=1)  # waits for the drawer to slide in, however long it takes
    assert nav_link.is_visible() and _in_viewport(page, nav_link)
    nav_link.click()
    page.wait_for_url(f"{site_url}/texte/")


@pytest.mark.browser
@pytest.mark.parametrize(("path", "first_link"), [("vote/", "Accueil"), ("en/vote/", "Home")])
@pytest.mark.parametrize("key", ["Enter", " "])
def test_on_a_phone_the_keyboard_opens_and_closes_the_menu(
    page, site_url: str, path: str, first_link: str, key: str
) -> None:
    """Tab reaches the menu button before the content; Enter or Space opens the drawer and
    moves focus to its first link; Escape closes it and gives focus back to the button."""
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    toggle = page.locator("[data-drawer-toggle]")
    expect(page.locator("[data-drawer-label]")).to_be_hidden()  # Material's label, swapped for a real button
    expect(toggle).to_have_attribute("aria-expanded", "false")
    seen = []
    for _ in range(8):
        page.keyboard.press("Tab")
        seen.append(focused(page))
        if page.evaluate("document.activeElement.matches('[data-drawer-toggle], [for=__drawer]')") or seen[-1]["main"]:
            break
    expect(toggle).to_be_focused()
    page.keyboard.press(key)
    expect(page.locator("#__drawer")).to_be_checked()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    link = page.locator(".md-sidebar--primary a.md-nav__link", has_text=first_link).first
    expect(link).to_be_focused()
    expect(link).to_be_in_viewport(ratio=1)  # the drawer has slid in
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"), focused(page)
    page.keyboard.press("Escape")
    expect(page.locator("#__drawer")).not_to_be_checked()
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")


_IN_DRAWER = "!!document.activeElement.closest('.md-sidebar--primary')"
# Where focus is among the drawer's Tab stops as a reader meets them (shown links and controls,
# in document order): [its index, or -1 outside them, and how many there are].
_DRAWER_STOP = """() => {
  const stops = [...document.querySelector('.md-sidebar--primary')
      .querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
    .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                 && getComputedStyle(e).visibility !== 'hidden');
  return [stops.indexOf(document.activeElement), stops.length];
}"""


# How much of the focused element shows: the product of its and its ancestors' opacity.
_SHOWN = """() => { let shown = 1;
  for (let e = document.activeElement; e && e !== document.body; e = e.parentElement) shown *= +getComputedStyle(e).opacity;
  return shown; }"""


@pytest.mark.browser
@pytest.mark.parametrize("path", ["texte/", "en/text/"])
def test_on_a_phone_every_stop_of_the_open_menu_can_be_seen(page, site_url: str, path: str) -> None:
    """The page's contents sit in the drawer under the page's entry, faded out until that entry is opened:
    Tab went through their links, invisible, before reaching the rest of the menu."""
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    page.locator("[data-drawer-toggle]").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".md-sidebar--primary a.md-nav__link").first).to_be_in_viewport(ratio=1)
    _, count = page.evaluate(_DRAWER_STOP)
    for _ in range(count):
        assert page.evaluate(_SHOWN) > 0.5, page.evaluate("document.activeElement.textContent.trim()")
        page.keyboard.press("Tab")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["vote/", "en/provisions/"])
def test_on_a_phone_tab_stays_inside_the_open_menu(page, site_url: str, path: str) -> None:
    """The open drawer covers the page: Tab from its last link goes to its first, Shift+Tab
    from its first to its last, and Tab never leaves it; Escape still closes it and gives
    focus back to the button."""
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    toggle = page.locator("[data-drawer-toggle]")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#__drawer")).to_be_checked()
    expect(page.locator(".md-sidebar--primary a.md-nav__link").first).to_be_in_viewport(ratio=1)
    at, count = page.evaluate(_DRAWER_STOP)
    assert at >= 0 and count > 3, (at, count)
    for _ in range(count - 1 - at):  # on to the last stop
        page.keyboard.press("Tab")
        assert page.evaluate(_IN_DRAWER), focused(page)
    assert page.evaluate(_DRAWER_STOP)[0] == count - 1, focused(page)
    page.keyboard.press("Tab")
    assert page.evaluate(_DRAWER_STOP)[0] == 0, focused(page)
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(_DRAWER_STOP)[0] == count - 1, focused(page)
    for _ in range(count + 2):  # round once more, and on
        page.keyboard.press("Tab")
        assert page.evaluate(_IN_DRAWER), focused(page)
    page.keyboard.press("Escape")
    expect(page.locator("#__drawer")).not_to_be_checked()
    expect(toggle).to_be_focused()


@pytest.mark.browser
def test_on_a_wide_screen_the_hidden_menu_button_takes_no_tab_stop(page, site_url: str) -> None:
    page.goto(f"{site_url}/vote/", wait_until="networkidle")
    for _ in range(8):
        page.keyboard.press("Tab")
        assert not page.evaluate("document.activeElement.matches('[data-drawer-toggle], [for=__drawer]')")


@pytest.mark.browser
def test_without_javascript_the_menu_still_opens(browser, site_url: str) -> None:
    """Material's label, which needs no script, is what a reader without JavaScript gets."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/vote/")
        expect(page.locator("[data-drawer-toggle]")).to_be_hidden()
        page.locator("[data-drawer-label]").click()
        expect(page.locator("#__drawer")).to_be_checked()
        expect(
            page.locator(".md-sidebar--primary a.md-nav__link", has_text="Texte reconstitué").first
        ).to_be_in_viewport()
    finally:
        context.close()


def _in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    width = page.viewport_size["width"]
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1


def focused(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return {tag: e.tagName, cls: String(e.className), text: (e.textContent || '').trim().slice(0, 40),
                           header: !!e.closest('.md-header'), main: !!e.closest('article.md-content__inner'),
                           href: e.getAttribute('href')} }"""
    )


@pytest.mark.browser
def test_keyboard_reaches_header_link_and_main_content(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/", wait_until="networkidle")
    page.keyboard.press("Tab")
    first = focused(page)
    assert "md-skip" in first["cls"], f"the first Tab should land on the skip link, not {first}"
    seen = [first]
    for _ in range(60):
        page.keyboard.press("Tab")
        seen.append(focused(page))
        if any(f["header"] and f["tag"] == "A" for f in seen) and any(f["main"] for f in seen):
            break
    assert any(f["header"] and f["tag"] == "A" for f in seen), f"no header link reached by Tab: {seen}"
    assert any(f["main"] for f in seen), f"main content not reached by Tab: {seen[-5:]}"


@pytest.mark.browser
def test_skip_link_moves_focus_to_the_content(page, site_url: str) -> None:
    page.goto(f"{site_url}/texte/", wait_until="networkidle")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    after = focused(page)
    assert after["main"], f"after the skip link, Tab should stay in the content: {after}"


POLICY_TEST = "import pytest\n\n\n@pytest.mark.browser\ndef test_needs_browser(browser):\n    pass\n"


def run_policy_test(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_policy.py").write_text(POLICY_TEST, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(CHROMIUM="/nonexistent/chromium", PYTHONPATH=str(ROOT / "tests"))
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "conftest", "-p", "no:cacheprovider"]
        + ["-o", "markers=browser", "--strict-markers", "test_policy.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_chromium_fails_under_ci(tmp_path: Path) -> None:
    result = run_policy_test(tmp_path, "true")
    assert result.returncode != 0, result.stdout
    assert "Chromium not found at /nonexistent/chromium" in result.stdout
    assert "required under CI" in result.stdout


def test_missing_chromium_is_skipped_with_a_reason_outside_ci(tmp_path: Path) -> None:
    result = run_policy_test(tmp_path, None)
    assert result.returncode == 0, result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1 and "Chromium not found at /nonexistent/chromium" in skipped[0], result.stdout
