"""Values several pages show, computed from the data: the link text of every source, and
the completeness counts (wording known, partial or unknown; excerpts given)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..catalogue import format_date
from ..dataset import Dataset
from ..models import Confidence, Kind, Provision, Source, SourceKind, SourceRef, Status
from ..text import NAMED_GROUP

_QUOTED = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"|(?<!\w)'(.+?)'(?!\w)|\{\w+\|([^{}|]+)\|")
_TRAILING = re.compile(r"[\s.,;:!?…]+$")


def _norm(text: str) -> str:
    """``text`` compared up to spacing (any kind of space), final punctuation and case."""
    return _TRAILING.sub("", " ".join(text.split())).casefold()


def excerpt_repeated(supports: str, excerpt: str) -> bool:
    """Whether ``supports`` quotes ``excerpt`` in full (up to final punctuation and case)."""
    target = _norm(excerpt)
    return any(_norm(next(g for g in m.groups() if g)) == target for m in _QUOTED.finditer(supports))


_ONLY_QUOTE = re.compile(r"\s*(?:«\s*(.+?)\s*»|“(.+?)”|\{\w+\|([^{}|]+)(?:\|[^{}]*)?\})[\s.…]*")


def supports_within_excerpt(supports: str, excerpt: str) -> bool:
    """Whether ``supports`` is nothing but a quotation of words that ``excerpt`` holds: then the
    excerpt alone is shown, and the same words are not read twice (once quoted, once in context)."""
    found = _ONLY_QUOTE.fullmatch(supports)
    return found is not None and _norm(next(g for g in found.groups() if g)) in _norm(excerpt)


CONFIDENCE_RANK = {Confidence.low: 0, Confidence.medium: 1, Confidence.high: 2}
_KIND_RANK = {kind: rank for rank, kind in enumerate(SourceKind)}
_STATE_MEDIA = ("armenian-state-media", "azerbaijani-state-media", "russian-state-media")


def lead_first(refs: Iterable[SourceRef], sources: Iterable[Source]) -> list[str]:
    """The ids of the sources that give a fact (those cited as only agreeing with it left
    out), each once, ordered by kind: official first, then parliamentary records, press,
    advocacy, other; within a kind, state media of any side come last, the rest as in the
    data. The first is the one a page shows as the fact's source."""
    by_id = {source.id: source for source in sources}
    ids = [ref.source for ref in refs if not ref.consistent_only and ref.source in by_id]

    def rank(sid: str) -> tuple[int, bool]:
        source = by_id[sid]
        return _KIND_RANK[source.kind], source.outlet is not None and source.outlet.value in _STATE_MEDIA

    return sorted(dict.fromkeys(ids), key=rank)


def source_sort_title(source: Source, lang: str) -> str:
    """What sorts a source among those of its publisher: its title, or where it was not recorded,
    the edition's label (``label``, which validation then requires)."""
    if source.title is not None:
        return source.title.casefold()
    return getattr(source.label, lang, "").casefold() if source.label else ""


def publisher(source: Source, lang: str) -> str:
    """The source's publisher as an edition names it (``publisher_en`` in English, where given)."""
    return source.publisher_en if lang == "en" and source.publisher_en else source.publisher


@dataclass(frozen=True)
class SourceName:
    """A link text for a source: « Publisher, date », and what the document is where two sources
    would read the same (``title``, in the language ``title_lang``)."""

    base: str
    title: str | None
    title_lang: str

    def __str__(self) -> str:
        return f"{self.base} — {self.title}" if self.title else self.base


def source_names(sources: list[Source], lang: str) -> dict[str, SourceName]:
    """A link text for every source that names it distinctly: « Publisher, date », and where
    two sources would read the same, what each document is (its ``label``, in the edition's
    language; validation requires it there)."""
    base = {s.id: f"{publisher(s, lang)}, {format_date(s.date, lang)}" for s in sources}
    seen: dict[str, int] = {}
    for name in base.values():
        seen[name] = seen.get(name, 0) + 1
    return {
        s.id: SourceName(base[s.id], getattr(s.label, lang) if s.label and seen[base[s.id]] > 1 else None, lang)
        for s in sources
    }


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


def group_names(data: Dataset) -> dict[str, str]:
    """Each political group's French name, by acronym, where a group label in the data gives
    both as its source does ("LR (Les Républicains)"): the one table the ``<abbr>`` titles
    of both editions read. A group no label names is only said to be a Senate group."""
    names: dict[str, str] = {}
    for person in data.people:
        found = NAMED_GROUP.fullmatch(person.group or "")
        if found:
            names.setdefault(found.group(1), found.group(2))
    return names


def excerpt_counts(data: Dataset) -> dict[str, int]:
    """How many source references carry the supporting excerpt (the completeness page says so)."""
    refs = data.source_refs
    return {"total": len(refs), "with_": sum(1 for ref in refs if ref.excerpt)}


def wording_counts(data: Dataset) -> dict[str, int]:
    """How many provisions have their wording known in full, in part, only from reports, or
    not at all (the same counts as the completeness page's table)."""
    totals = completeness(data)["totals"]
    return {
        "known": totals[Status.official] + totals[Status.verbatim],
        "official": totals[Status.official],
        "partial": totals[Status.fragment],
        "reported": totals[Status.paraphrase],
        "missing": totals[Status.not_located],
        "total": len(data.provisions),
    }


def date_key(value: date | str) -> tuple[str, str, str]:
    """Sortable (year, month, day) of a full or partial date; a partial date sorts first in its period."""
    if isinstance(value, date):
        return (f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}")
    parts = value.split("-") + ["00", "00"]
    return (parts[0], parts[1], parts[2])


def by_kind(provisions: list[Provision]) -> list[tuple[Kind, list[Provision]]]:
    groups: dict[Kind, list[Provision]] = {}
    for p in provisions:
        groups.setdefault(p.kind, []).append(p)
    return [(kind, groups[kind]) for kind in Kind if kind in groups]
