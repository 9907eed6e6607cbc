"""The corrections log, reactions, background paragraphs and source excerpts:
the valid shapes load, and each break gives a located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import VALID, data_copy, errors_for
from resolution_site.pipeline import load_dataset

CASES = {
    "unknown provision in a correction": (
        {"corrections": ("provisions: [first-clause]", "provisions: [first-clause, no-such-clause]")},
        "data/corrections.yaml:7: corrections[0].provisions[1]: unknown provision 'no-such-clause' "
        "(known: a-visa, first-clause, second-clause)",
    ),
    "former id in a correction": (
        {
            "provisions": ("    topics: [alpha]\n", "    topics: [alpha]\n    former_ids: [old-first]\n"),
            "corrections": ("provisions: [first-clause]", "provisions: [old-first]"),
        },
        "data/corrections.yaml:7: corrections[0].provisions[0]: 'old-first' is a former id; use 'first-clause'",
    ),
    "unknown page in a correction": (
        {"corrections": ("pages: [text]", "pages: [texte]")},
        "data/corrections.yaml:8: corrections[0].pages[0]: 'texte' is not allowed; allowed values: 'home', 'text',",
    ),
    "page listed twice": (
        {"corrections": ("pages: [text]", "pages: [text, text]")},
        "data/corrections.yaml:8: corrections[0].pages[1]: page 'text' is listed twice",
    ),
    "duplicate correction id": (
        {"corrections": ("id: press-claim-weakened", "id: first-wording-confirmed")},
        "data/corrections.yaml:9: corrections[1].id: duplicate correction id 'first-wording-confirmed' (first on line 3)",
    ),
    "correction date as free text": (
        {"corrections": ("date: 2024-02-01", "date: février 2024")},
        "data/corrections.yaml:4: corrections[0].date: expected a valid date",
    ),
    "correction without a reason": (
        {"corrections": ("    reason: {fr: Page officielle lue., en: Official page read.}\n", "")},
        "data/corrections.yaml:3: corrections[0].reason: required field is missing",
    ),
    "reaction citing an unknown source": (
        {"reactions": ("      - source: press-report", "      - source: press-reprot")},
        "data/reactions.yaml:15: reactions[0].sources[0].source: unknown source 'press-reprot'",
    ),
    "reaction quote citing an unknown source": (
        {"reactions": ("        source: press-report", "        source: nowhere")},
        "data/reactions.yaml:12: reactions[0].quotes[0].source: unknown source 'nowhere'",
    ),
    "reaction without sources": (
        {
            "reactions": (
                "    sources:\n      - source: press-report\n",
                "    sources: []\n    x:\n      - source: press-report\n",
            )
        },
        "data/reactions.yaml:14: reactions[0].sources: List should have at least 1 item",
    ),
    "excerpt longer than 300 characters": (
        {"reactions": ('excerpt: "The parliament said: We object."', 'excerpt: "' + "x" * 301 + '"')},
        "data/reactions.yaml:17: reactions[0].sources[0].excerpt: text is 301 characters long; the limit is 300",
    ),
    "background without sources": (
        {"context": ("    sources: [{source: press-report, supports: {fr: le contexte, en: the background}}]\n", "")},
        "data/context.yaml:25: background[0].sources: required field is missing",
    ),
    "duplicate background id": (
        {
            "context": (
                "background:\n",
                "background:\n  - id: status\n    text: {fr: A, en: A}\n    sources: [{source: press-report, supports: {fr: a, en: a}}]\n",
            )
        },
        "data/context.yaml:28: background[1].id: duplicate background id 'status' (first on line 25)",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_data_gives_located_error(tmp_path: Path, case: str) -> None:
    replace, expected = CASES[case]
    found = errors_for(data_copy(tmp_path, **replace))
    assert any(line.startswith(expected) for line in found), "\n".join(found)


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
