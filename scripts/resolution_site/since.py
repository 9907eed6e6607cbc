"""What happened since the resolution, arranged for readers: the order and
anchors that its page, the section on each provision page and the open data
(``depuis.csv``) share.

The page goes provision by provision in the text's order: every paragraph of
the operative part (each one asks for something, so each says what was found
or that nothing was), then any citation or recital an event bears on. Under a
provision, its events come in date order, each with the relation it has to
that provision's request. An event bearing on several provisions is described
in full once, under its home (the provision its data marks ``primary``, else
the first of them in the text's order), and its other provisions list it in
one line that refers to the full entry: the page stays readable on a phone and
search finds each event once. Every entry keeps its anchor, ``<event>--<provision>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .catalogue import SOURCE_KIND_ONE, label
from .dataset import Dataset
from .models import Kind, Provision, Source
from .models_around import Bearing, LaterEvent, NothingFound

LATEST_ON_PROVISION_PAGE = 2  # the provision page must still print on one or two pages


@dataclass(frozen=True)
class Entry:
    """One event as it bears on one provision."""

    event: LaterEvent
    bearing: Bearing
    home: str  # the provision the event is described under in full
    elsewhere: tuple[Bearing, ...] = ()  # its other bearings, in the text's order

    @property
    def anchor(self) -> str:
        """Its id on the page: stable, language-neutral, unique (an event may bear on several provisions)."""
        return anchor(self.event, self.bearing.provision)

    @property
    def full(self) -> bool:
        """Whether the event is described here in full (else this entry is one line referring to ``home``)."""
        return self.home == self.bearing.provision

    @property
    def home_anchor(self) -> str:
        """The anchor of the event's full entry."""
        return anchor(self.event, self.home)


@dataclass(frozen=True)
class FollowUp:
    """A provision, what happened since on its matter (oldest first), and what was looked for in vain."""

    provision: Provision
    entries: list[Entry] = field(default_factory=list)
    not_found: list[NothingFound] = field(default_factory=list)

    @property
    def latest(self) -> list[Entry]:
        """The newest events, newest first: what a provision page shows."""
        return self.entries[::-1][:LATEST_ON_PROVISION_PAGE]


def date_key(value: date | str) -> tuple[int, int, int]:
    """A full or partial date as a sortable triple; a month or a year sorts before its first day."""
    if isinstance(value, date):
        return (value.year, value.month, value.day)
    parts = [int(part) for part in value.split("-")] + [0, 0]
    return (parts[0], parts[1], 0)


def anchor(event: LaterEvent, provision: str) -> str:
    return f"{event.id}--{provision}"


def home(event: LaterEvent, order: dict[str, int]) -> str:
    """The provision under which ``event`` is described in full: its primary one, else its first in the text's order."""
    primary = [b.provision for b in event.bears_on if b.primary]
    if primary:
        return primary[0]
    return min((b.provision for b in event.bears_on), key=lambda provision: order.get(provision, len(order)))


def follow_ups(data: Dataset) -> list[FollowUp]:
    """Every operative paragraph, then every other provision an event bears on, in the text's order."""
    order = {p.id: index for index, p in enumerate(data.provisions_in_order())}
    events = sorted(data.since, key=lambda event: (date_key(event.date), event.id))
    entries: dict[str, list[Entry]] = {}
    for event in events:
        where = home(event, order)
        bearings = sorted(event.bears_on, key=lambda b: order.get(b.provision, len(order)))
        for bearing in bearings:
            others = tuple(b for b in bearings if b is not bearing)
            entries.setdefault(bearing.provision, []).append(Entry(event, bearing, where, others))
    gaps: dict[str, list[NothingFound]] = {}
    for gap in data.since_not_found:
        gaps.setdefault(gap.provision, []).append(gap)
    return [
        FollowUp(p, entries.get(p.id, []), gaps.get(p.id, []))
        for p in data.provisions_in_order()
        if p.kind is Kind.operative or p.id in entries or p.id in gaps
    ]


def by_provision(data: Dataset) -> dict[str, FollowUp]:
    """Each provision's follow-up, for its page (an empty one where the since page has no section for it)."""
    found = {f.provision.id: f for f in follow_ups(data)}
    return {p.id: found.get(p.id, FollowUp(p)) for p in data.provisions}


def source_type(source: Source, lang: str) -> str:
    """What kind of source it is, in words: the outlet where the data says it, else its kind."""
    if source.outlet is not None:
        return label(source.outlet, lang)
    return SOURCE_KIND_ONE[source.kind][lang]


def counts(data: Dataset) -> dict[str, int]:
    """How many events, and how many operative paragraphs have at least one."""
    operative = [f for f in follow_ups(data) if f.provision.kind is Kind.operative]
    return {
        "events": len(data.since),
        "operative": len(operative),
        "covered": sum(1 for f in operative if f.entries),
    }
