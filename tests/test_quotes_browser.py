"""Quotation marks the browser draws: a ``<q>`` in French gets « » with the narrow no-break
space inside, like the guillemets of the text itself (typography.py), in both editions."""

from __future__ import annotations

import pytest

from conftest import ROOT
from site_html import page_path

# Every page kind that shows a <q> in French: the proposal's title, the source excerpts.
PAGES = ["home", "vote", "en-home", "en-vote"]


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGES)
def test_a_french_q_has_spaced_guillemets(page, site_url: str, kind: str) -> None:
    page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}")
    quotes = page.evaluate(
        """() => [...document.querySelectorAll('article q')]
             .filter(q => (q.closest('[lang]') || document.documentElement).lang.startsWith('fr'))
             .map(q => [q.textContent.slice(0, 30), getComputedStyle(q).quotes])"""
    )
    assert quotes, f"no French <q> on the {kind} page: this test no longer checks anything there"
    wrong = [(text, marks) for text, marks in quotes if not marks.startswith('"«\u202f" "\u202f»"')]
    assert not wrong, wrong
