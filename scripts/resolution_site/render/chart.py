"""The vote as a bar chart in plain HTML: the figures and bar lengths here, the
markup in ``render/templates/_vote_chart.html.j2`` (no JavaScript, no SVG:
its labels are text at the page's own size, so they stay legible on a phone).

One horizontal bar per figure, to scale, with its number written beside it. A
figure that is computed by us (``derived``) or of low confidence is drawn
hatched with a dashed outline and labelled as such, so it never looks as firm
as a figure the sources state. The table beside the chart gives every figure
with its sources. Colours are dark on white (contrast above 7:1), and the
hatching keeps the uncertain bar distinct in black-and-white print.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import STRINGS, label
from ..models import Confidence, Fact, Vote


@dataclass(frozen=True)
class Bar:
    key: str  # for, against, abstentions
    label: str
    value: int
    percent: float  # of the longest bar
    qualifier: str  # "derived, low confidence" for an uncertain figure; else ""

    @property
    def uncertain(self) -> bool:
        return bool(self.qualifier)


def _qualifier(fact: Fact[int], lang: str) -> str:
    words = []
    if fact.derived:
        words.append(STRINGS[lang]["derived"])
    if fact.confidence is Confidence.low:
        words.append(label(Confidence.low, lang))
    return ", ".join(words)


def vote_bars(vote: Vote, lang: str) -> list[Bar]:
    """For, against and, when the data gives it, abstentions, to scale."""
    rows: list[tuple[str, Fact[int] | None]] = [
        ("for", vote.for_),
        ("against", vote.against),
        ("abstentions", vote.abstentions),
    ]
    facts = [(key, fact) for key, fact in rows if fact is not None]
    largest = max((fact.value for _, fact in facts), default=0) or 1
    return [
        Bar(
            key=key,
            label=STRINGS[lang][key],
            value=fact.value,
            percent=round(100 * fact.value / largest, 1),
            qualifier=_qualifier(fact, lang),
        )
        for key, fact in facts
    ]
