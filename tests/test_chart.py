"""The vote chart (resolution_site/publish/chart.py): an accessible inline SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from helpers import VALID, data_copy
from resolution_site.pipeline import load_dataset
from resolution_site.publish import chart

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def vote():
    return load_dataset(VALID).vote


def test_svg_is_well_formed_and_labelled(vote) -> None:
    svg = ET.fromstring(chart.vote_svg(vote))
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "vote-chart-title vote-chart-desc"
    assert svg.find(f"{SVG}title").text == "Résultat du vote · Result of the vote"
    desc = svg.find(f"{SVG}desc").text
    assert desc == (
        "Pour : 10; Contre : 1; Abstentions : 1 (calculé, fiabilité faible). "
        "For: 10; Against: 1; Abstentions: 1 (derived, low confidence)."
    )


def test_bars_are_to_scale_and_the_uncertain_one_is_hatched(vote) -> None:
    svg = ET.fromstring(chart.vote_svg(vote))
    bars = {g.get("class"): g.find(f"{SVG}rect") for g in svg.iter(f"{SVG}g")}
    firm_for = bars["vote-chart-bar vote-chart-bar--for"]
    firm_against = bars["vote-chart-bar vote-chart-bar--against"]
    hatched = bars["vote-chart-bar vote-chart-bar--abstentions is-uncertain"]
    assert float(firm_for.get("width")) == pytest.approx(10 * float(firm_against.get("width")))
    assert firm_for.get("fill").startswith("#") and hatched.get("fill") == "url(#vote-chart-hatch)"
    assert hatched.get("stroke-dasharray")


def test_chart_has_no_blank_line(vote) -> None:
    text = chart.vote_svg(vote)
    assert "\n\n" not in text  # a blank line would end the HTML block inside Markdown


def test_without_abstentions_there_are_two_bars(tmp_path) -> None:
    text = (VALID / "vote.yaml").read_text(encoding="utf-8")
    data = data_copy(tmp_path, vote=text[: text.index("  abstentions:")] + text[text.index("  unknown:") :])
    svg = ET.fromstring(chart.vote_svg(load_dataset(data).vote))
    assert [g.get("class") for g in svg.iter(f"{SVG}g")] == [
        "vote-chart-bar vote-chart-bar--for",
        "vote-chart-bar vote-chart-bar--against",
    ]


def test_a_firm_figure_is_not_qualified(vote) -> None:
    bars = chart.vote_bars(vote)
    assert [chart.qualifier(b, "en") for b in bars] == ["", "", "derived, low confidence"]
    assert [chart.bar_label(b) for b in bars] == ["Pour · For", "Contre · Against", "Abstentions"]
