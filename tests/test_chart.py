"""The vote chart (resolution_site/render/chart.py and _vote_chart.html.j2):
bars to scale, uncertain figures qualified in words, labels in each edition's language."""

from __future__ import annotations

import pytest

from helpers import VALID, data_copy
from resolution_site import render
from resolution_site.pipeline import load_dataset
from resolution_site.render import chart


@pytest.fixture
def vote(fixture_data):
    return fixture_data.vote


def test_bars_are_to_scale(vote) -> None:
    bars = {b.key: b for b in chart.vote_bars(vote, "fr")}
    assert bars["for"].percent == 100
    assert bars["against"].percent == pytest.approx(bars["for"].percent / 10)


@pytest.mark.parametrize(
    ("lang", "labels", "qualifier"),
    [
        ("fr", ["Pour", "Contre", "Abstentions"], "calculé, fiabilité faible"),
        ("en", ["For", "Against", "Abstentions"], "derived, low confidence"),
    ],
)
def test_labels_and_qualifiers_are_in_the_editions_language(vote, lang, labels, qualifier) -> None:
    bars = chart.vote_bars(vote, lang)
    assert [b.label for b in bars] == labels
    assert [b.qualifier for b in bars] == ["", "", qualifier]
    assert [b.uncertain for b in bars] == [False, False, True]


def test_without_abstentions_there_are_two_bars(tmp_path) -> None:
    text = (VALID / "vote.yaml").read_text(encoding="utf-8")
    data = data_copy(tmp_path, vote=text[: text.index("  abstentions:")] + text[text.index("  unknown:") :])
    assert [b.key for b in chart.vote_bars(load_dataset(data).vote, "en")] == ["for", "against"]


def test_the_chart_is_text_with_no_blank_line_inside(fixture_data) -> None:
    """Its labels are HTML text (legible at any width), and a blank line would end the HTML block in Markdown."""
    page = render.render_site(fixture_data)["en/vote.md"]
    start, end = page.index('<figure class="vote-chart">'), page.index("</figure>")
    block = page[start:end]
    assert "\n\n" not in block
    assert "<dt>For</dt>" in block and "<dt>Against</dt>" in block
    assert "(derived, low confidence)" in block and "is-uncertain" in block
