"""Dates that contradict each other across files, and the later events' rules (after the
adoption, on provisions that exist).
"""

from __future__ import annotations

import calendar
from datetime import date

from ..dataset import Dataset
from ..load import DataError, Loc
from ..models import Confidence
from .ids import check_unique_ids, known_ids


def _period(value: date | str) -> tuple[date, date]:
    """The first and last day a full or partial date (``2024``, ``2024-01``) can mean."""
    if isinstance(value, date):
        return value, value
    year, _, month = value.partition("-")
    if not month:
        return date(int(year), 1, 1), date(int(year), 12, 31)
    first = date(int(year), int(month), 1)
    return first, date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])


def check_dates(data: Dataset) -> list[DataError]:
    """Dates that contradict each other across files: a correction before the resolution was
    adopted (nothing was published to correct), a reaction before the motion was even tabled,
    a timeline period that ends before it starts."""
    ident = data.identity
    adopted, deposited = ident.adopted.value, ident.deposited.value
    errors = []
    doc = data.docs["corrections"]
    for index, c in enumerate(data.corrections):
        if c.date < adopted:
            message = f"{c.date.isoformat()} is before the adoption ({adopted.isoformat()})"
            errors.append(doc.error(("corrections", index, "date"), message))
    doc = data.docs["reactions"]
    for index, r in enumerate(data.reactions):
        if r.date is not None and _period(r.date)[1] < deposited:
            message = f"{r.date} is before the motion was tabled ({deposited.isoformat()})"
            errors.append(doc.error(("reactions", index, "date"), message))
    doc = data.docs["context"]
    for index, event in enumerate(data.context):
        if event.end is not None and _period(event.end)[1] < _period(event.date)[0]:
            errors.append(doc.error(("events", index, "end"), f"{event.end} is before the event's date ({event.date})"))
    return errors


def _ends_before(value: date | str, day: date) -> bool:
    """Whether a full or partial date (a month, a year) lies wholly before ``day``."""
    if isinstance(value, date):
        return value < day
    parts = value.split("-")
    if len(parts) == 1:
        return int(parts[0]) < day.year
    return (int(parts[0]), int(parts[1])) < (day.year, day.month)


def check_since(data: Dataset) -> list[DataError]:
    """Later events: after the adoption, on provisions that exist, rated by the confidence rule.

    The confidence rule itself is ``check_confidences``'; on top of it, an
    event known only from one side's sources is "low" whatever their number."""
    doc = data.docs["since"]
    adopted = data.identity.adopted.value
    provision_ids = {p.id for p in data.provisions}
    renamed = {former: p.id for p in data.provisions for former in p.former_ids}
    errors = check_unique_ids(doc, ("since", "events"), data.since, "event")

    def need_provision(loc: Loc, provision: str) -> None:
        if provision in renamed:
            errors.append(doc.error(loc, f"{provision!r} is a former id; use {renamed[provision]!r}"))
        elif provision not in provision_ids:
            errors.append(doc.error(loc, f"unknown provision {provision!r} ({known_ids(provision_ids)})"))

    for index, event in enumerate(data.since):
        at = ("since", "events", index)
        if _ends_before(event.date, adopted):
            errors.append(doc.error((*at, "date"), f"{event.date} is before the resolution's adoption ({adopted})"))
        seen: list[str] = []
        for b_index, bearing in enumerate(event.bears_on):
            loc = (*at, "bears_on", b_index, "provision")
            need_provision(loc, bearing.provision)
            if bearing.provision in seen:
                errors.append(doc.error(loc, f"provision {bearing.provision!r} is listed twice"))
            seen.append(bearing.provision)
        if event.single_side and event.confidence is not Confidence.low:
            message = f"an event known only from one side's sources is rated 'low', not {event.confidence.value!r}"
            errors.append(doc.error((*at, "confidence"), message))
    for index, gap in enumerate(data.since_not_found):
        need_provision(("since", "not_found", index, "provision"), gap.provision)
    return errors
