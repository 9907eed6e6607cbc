"""The vote as an inline SVG bar chart, built as a string at build time (no JavaScript).

One horizontal bar per figure, to scale, with its number written beside it. A
figure that is computed by us (``derived``) or of low confidence is drawn
hatched with a dashed outline and labelled as such, so it never looks as firm
as a figure the sources state. The SVG has ``role="img"``, a ``<title>`` and a
``<desc>`` giving every figure in words; the table beside it gives them with
their sources. Colours are dark on white (contrast above 7:1), and the hatching
keeps the uncertain bar distinct in black-and-white print.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..models import Confidence, Fact, Vote

WIDTH = 640
LABEL_WIDTH = 170
BAR_HEIGHT = 26
GAP = 14
TOP = 8
NUMBER_ROOM = 210  # room right of the longest bar for its number and qualifier

INK = "#1a1a1a"
COLOURS = {"for": "#1b5e20", "against": "#8e1c1c", "abstentions": "#37474f"}


@dataclass(frozen=True)
class Bar:
    key: str
    label_fr: str
    label_en: str
    value: int
    uncertain: bool
    derived: bool
    confidence: Confidence


def vote_bars(vote: Vote) -> list[Bar]:
    """The figures drawn: for, against and, when the data gives it, abstentions."""
    rows: list[tuple[str, str, str, Fact[int] | None]] = [
        ("for", "Pour", "For", vote.for_),
        ("against", "Contre", "Against", vote.against),
        ("abstentions", "Abstentions", "Abstentions", vote.abstentions),
    ]
    return [
        Bar(
            key,
            fr,
            en,
            fact.value,
            uncertain=fact.derived or fact.confidence is Confidence.low,
            derived=fact.derived,
            confidence=fact.confidence,
        )
        for key, fr, en, fact in rows
        if fact is not None
    ]


def bar_label(bar: Bar) -> str:
    """« Pour · For »; a word that is the same in both languages is written once."""
    return bar.label_fr if bar.label_fr == bar.label_en else f"{bar.label_fr} · {bar.label_en}"


def qualifier(bar: Bar, lang: str) -> str:
    """« calculé, fiabilité faible » / "derived, low confidence" for an uncertain figure; else ""."""
    if not bar.uncertain:
        return ""
    words = []
    if bar.derived:
        words.append("calculé" if lang == "fr" else "derived")
    if bar.confidence is Confidence.low:
        words.append("fiabilité faible" if lang == "fr" else "low confidence")
    return ", ".join(words)


def description(bars: list[Bar]) -> str:
    """The chart in words (its ``<desc>``), in French then English."""
    fr = "; ".join(f"{b.label_fr} : {b.value}" + (f" ({qualifier(b, 'fr')})" if b.uncertain else "") for b in bars)
    en = "; ".join(f"{b.label_en}: {b.value}" + (f" ({qualifier(b, 'en')})" if b.uncertain else "") for b in bars)
    return f"{fr}. {en}."


def vote_svg(vote: Vote) -> str:
    """The chart as one block of SVG markup, with no blank line (it sits inside Markdown)."""
    bars = vote_bars(vote)
    scale_width = WIDTH - LABEL_WIDTH - NUMBER_ROOM
    largest = max((b.value for b in bars), default=0) or 1
    height = TOP * 2 + len(bars) * BAR_HEIGHT + (len(bars) - 1) * GAP
    lines = [
        f'<svg class="vote-chart" role="img" aria-labelledby="vote-chart-title vote-chart-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg">',
        '<title id="vote-chart-title">Résultat du vote · Result of the vote</title>',
        f'<desc id="vote-chart-desc">{escape(description(bars))}</desc>',
        "<defs>",
        '<pattern id="vote-chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" '
        'patternTransform="rotate(45)">',
        f'<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" '
        f'stroke="{COLOURS["abstentions"]}" stroke-width="3"/>',
        "</pattern>",
        "</defs>",
    ]
    for index, bar in enumerate(bars):
        y = TOP + index * (BAR_HEIGHT + GAP)
        middle = y + BAR_HEIGHT / 2
        length = max(bar.value * scale_width / largest, 2 if bar.value else 0)
        colour = COLOURS[bar.key]
        lines.append(f'<g class="vote-chart-bar vote-chart-bar--{bar.key}{" is-uncertain" if bar.uncertain else ""}">')
        lines.append(
            f'<text x="{LABEL_WIDTH - 10}" y="{middle:g}" text-anchor="end" dominant-baseline="central" '
            f'fill="{INK}" font-size="14">{escape(bar_label(bar))}</text>'
        )
        if bar.uncertain:
            lines.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
                f'fill="url(#vote-chart-hatch)" stroke="{colour}" stroke-width="1.5" stroke-dasharray="4 3"/>'
            )
        else:
            lines.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" fill="{colour}"/>'
            )
        number = str(bar.value) + (f" ({qualifier(bar, 'fr')})" if bar.uncertain else "")
        lines.append(
            f'<text x="{LABEL_WIDTH + length + 8:.1f}" y="{middle:g}" dominant-baseline="central" '
            f'fill="{INK}" font-size="14" font-weight="{"400" if bar.uncertain else "700"}">{escape(number)}</text>'
        )
        lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines)
