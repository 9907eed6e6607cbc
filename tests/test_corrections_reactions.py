"""The corrections log, reactions, background paragraphs and source excerpts:
the valid shapes load (each break's located error is among test_validate.py's cases)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from helpers import VALID, data_copy, errors_for
from resolution_site.catalogue import STRINGS
from resolution_site.pipeline import load_dataset


def test_empty_corrections_and_reactions_are_valid(tmp_path: Path) -> None:
    data = data_copy(tmp_path, corrections="corrections: []\n", reactions="reactions: []\n")
    assert errors_for(data) == []
    loaded = load_dataset(data)
    assert loaded.corrections == [] and loaded.corrections_newest_first() == [] and loaded.reactions == []


def test_background_is_optional(tmp_path: Path) -> None:
    text = (VALID / "context.yaml").read_text(encoding="utf-8").split("background:")[0]
    assert load_dataset(data_copy(tmp_path, context=text)).background == []


def test_corrections_read_newest_first_and_keep_file_order_within_a_day(tmp_path: Path) -> None:
    extra = (
        "  - id: same-day-later-in-file\n    date: 2024-03-05\n    summary: {fr: s, en: s}\n"
        "    reason: {fr: r, en: r}\n"
    )
    text = (VALID / "corrections.yaml").read_text(encoding="utf-8") + extra
    data = load_dataset(data_copy(tmp_path, corrections=text))
    assert [c.id for c in data.corrections] == [
        "first-wording-confirmed",
        "press-claim-weakened",
        "same-day-later-in-file",
    ]
    assert [c.id for c in data.corrections_newest_first()] == [
        "press-claim-weakened",
        "same-day-later-in-file",
        "first-wording-confirmed",
    ]


def test_the_fixture_loads_the_new_shapes() -> None:
    data = load_dataset(VALID)
    reaction = data.reactions[0]
    assert reaction.sources[0].excerpt == "The parliament said: We object."
    assert reaction.quotes[0].source == "press-report"
    assert data.background[0].id == "status"
    assert [p.value for p in data.corrections[1].pages] == ["reporting", "completeness"]


# A page named in a correction's text is named by its title, as the reader sees it in the
# menu: « page « État du texte » », "the 'State of the text' page".
PAGE_NAMED = {
    "fr": re.compile(r"\bpages? «\s*([^»]+?)\s*»"),
    "en": re.compile(r"\b[Tt]he '([^']+)' pages?\b|\bpages? '([^']+)'"),
}
# Names the corrections once used for pages that have since been given other titles.
STALE_NAMES = {
    "fr": ("État de la reconstitution", "page des devancières", "page sur la réception"),
    "en": ("completeness page", "reporting page", "comparison page"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_named_in_the_corrections_is_a_real_page_title(lang: str) -> None:
    data = load_dataset(ROOT / "data")
    titles = {text for key, text in STRINGS[lang].items() if key.startswith("title.")}
    named, stale = set(), []
    for c in data.corrections:
        for text in (getattr(c.summary, lang), getattr(c.reason, lang)):
            for found in PAGE_NAMED[lang].finditer(text):
                named.add(next(g for g in found.groups() if g))
            stale += [(c.id, name) for name in STALE_NAMES[lang] if name in text]
    assert named, "the check found no page name at all: its pattern no longer matches the data"
    assert named <= titles, f"not a page title of the {lang} edition: {sorted(named - titles)}"
    assert not stale, stale
