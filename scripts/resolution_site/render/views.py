"""Values several pages show, computed from the data: the link text of every source, and
the completeness counts (wording known, partial or unknown; excerpts given)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from ..catalogue import format_date
from ..dataset import Dataset
from ..models import Kind, Provision, Source, SourceRef, Status
from ..text import flat
from . import neighbours


def source_names(sources: list[Source], lang: str) -> dict[str, str]:
    """A link text for every source that names it distinctly: « Publisher, date », and where
    two sources would read the same, their titles too."""
    base = {s.id: f"{flat(s.publisher)}, {format_date(s.date, lang)}" for s in sources}
    seen: dict[str, int] = {}
    for name in base.values():
        seen[name] = seen.get(name, 0) + 1
    titles = {s.id: neighbours.shorten(s.title, 60) for s in sources}
    return {sid: f"{name} — {titles[sid]}" if seen[name] > 1 else name for sid, name in base.items()}


def completeness(data: Dataset) -> dict[str, Any]:
    """Counts of provisions by evidence status and kind, and the lists behind them."""
    kinds = [kind for kind in Kind if any(p.kind is kind for p in data.provisions)]
    table = {status: {kind: 0 for kind in kinds} for status in Status}
    by_status: dict[Status, list[Provision]] = {status: [] for status in Status}
    for p in data.provisions_in_order():
        table[p.status][p.kind] += 1
        by_status[p.status].append(p)
    return {
        "kinds": kinds,
        "statuses": list(Status),
        "table": table,
        "by_status": by_status,
        "totals": {status: len(by_status[status]) for status in Status},
        "kind_totals": {kind: sum(table[status][kind] for status in Status) for kind in kinds},
    }


def source_refs(value: Any) -> Iterable[SourceRef]:
    """Every source reference anywhere in ``value`` (a model, a list of them, the data files)."""
    if isinstance(value, SourceRef):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from source_refs(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from source_refs(item)


def excerpt_counts(data: Dataset) -> dict[str, int]:
    """How many source references carry the supporting excerpt (the completeness page says so)."""
    refs = [ref for model in data.files.values() for ref in source_refs(model)]
    return {"total": len(refs), "with_": sum(1 for ref in refs if ref.excerpt)}


def wording_counts(data: Dataset) -> dict[str, int]:
    """How many provisions have their wording known in full, in part, or only from reports."""
    totals = completeness(data)["totals"]
    return {
        "known": totals[Status.official] + totals[Status.verbatim],
        "partial": totals[Status.fragment],
        "unknown": totals[Status.paraphrase] + totals[Status.not_located],
        "total": len(data.provisions),
    }
