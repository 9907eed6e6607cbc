"""View models of the comparison page ("La résolution et ses devancières") and of the
"Before 2024" section of each provision page.

Earlier acts are shown oldest first, so a row reads as the Senate's position
moving from 2020 to 2022 to 2024. A word diff is shown only where both
wordings are known (the 2024 provision's status is official or verbatim, and
the earlier provision's is verbatim); everywhere else the row says that only
themes are compared, in the data's own ``comparison`` text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dataset import Dataset
from ..earlier import Chunk, by_id, word_diff, wording_text
from ..models import Confidence, Provision, Quote, Status
from ..models_around import Chamber, EarlierAct, EarlierProvision, Event, RelatedVote

KNOWN = (Status.official, Status.verbatim)


@dataclass
class Column:
    """One earlier act's provisions on the matter of a row."""

    act: EarlierAct
    year: int
    provisions: list[EarlierProvision]


@dataclass
class Row:
    provision: Provision
    comparison: Any  # Bilingual
    columns: list[Column]
    diff: list[Chunk] | None = None
    diff_with: EarlierProvision | None = None
    diff_year: int | None = None
    assembly: list[tuple[EarlierAct, int, EarlierProvision]] = field(default_factory=list)


def act_event(data: Dataset, act: EarlierAct) -> Event:
    return next(e for e in data.context if e.id == act.event)


def act_year(data: Dataset, act: EarlierAct) -> int:
    value = act_event(data, act).date
    return value.year if isinstance(value, date) else int(value[:4])


def best_quote(p: EarlierProvision) -> Quote:
    """What a side-by-side cell shows: the wording, else the first fragment, else the first paraphrase."""
    if p.wording is not None:
        return p.wording
    return (p.fragments or p.paraphrases)[0]


def vote_evidence(vote: RelatedVote) -> tuple[Confidence, list[str]]:
    """The vote line's confidence (that of its least sure figure) and every source of its figures, once each."""
    facts = [f for f in (vote.for_, vote.against, vote.voters, vote.cast, *vote.abstentions) if f is not None]
    order = [Confidence.low, Confidence.medium, Confidence.high]
    level = min((f.confidence for f in facts), key=order.index)
    sources = list(dict.fromkeys(ref.source for f in facts for ref in f.sources))
    return level, sources


def senate_acts(data: Dataset) -> list[EarlierAct]:
    return sorted(
        (a for a in data.earlier_acts if a.chamber is Chamber.senate), key=lambda a: (act_year(data, a), a.id)
    )


def rows(data: Dataset) -> list[Row]:
    """One row per 2024 provision, in the text's order."""
    index = by_id(data)
    concordance = {row.provision: row for row in data.concordance}
    senate = senate_acts(data)
    out = []
    for p in data.provisions_in_order():
        entry = concordance[p.id]
        matched = [index[i] for i in entry.earlier]
        columns = [Column(act, act_year(data, act), [ep for a, ep in matched if a.id == act.id]) for act in senate]
        row = Row(p, entry.comparison, columns)
        row.assembly = [(a, act_year(data, a), ep) for a, ep in matched if a.chamber is not Chamber.senate]
        if p.status in KNOWN and p.wording is not None:
            for column in reversed(columns):  # the most recent known wording first
                for ep in column.provisions:
                    old = wording_text(ep)
                    if old is not None and row.diff is None:
                        row.diff, row.diff_with, row.diff_year = word_diff(old, p.wording.fr), ep, column.year
        out.append(row)
    return out


def new_in_2024(data: Dataset) -> list[Provision]:
    """2024 provisions whose row names no earlier provision."""
    empty = {row.provision for row in data.concordance if not row.earlier}
    return [p for p in data.provisions_in_order() if p.id in empty]


def matches_in_2024(data: Dataset) -> dict[str, list[Provision]]:
    """For each earlier provision id, the 2024 provisions whose row names it (back links)."""
    by_provision = {p.id: p for p in data.provisions}
    out: dict[str, list[Provision]] = {}
    for row in data.concordance:
        for ident in row.earlier:
            out.setdefault(ident, []).append(by_provision[row.provision])
    return out


def before_2024(data: Dataset, provision_id: str) -> dict[str, Any]:
    """The provision page's short "Before 2024" section: the comparison and the earlier provisions, newest first."""
    index = by_id(data)
    entry = data.concordance_of(provision_id)
    earlier = [(act, act_year(data, act), ep) for act, ep in (index[i] for i in entry.earlier)]
    earlier.sort(key=lambda item: (-item[1], item[0].chamber is not Chamber.senate))
    return {"comparison": entry.comparison, "earlier": earlier}


def page_values(data: Dataset) -> dict[str, Any]:
    acts = sorted(data.earlier_acts, key=lambda a: (a.chamber is not Chamber.senate, act_year(data, a), a.id))
    return {
        "rows": rows(data),
        "new": new_in_2024(data),
        "acts": [(act, act_year(data, act), act_event(data, act)) for act in acts],
        "deposits": {e.id: e for e in data.context},
        "matches": matches_in_2024(data),
        "index": by_id(data),
        "best_quote": best_quote,
        "vote_evidence": vote_evidence,
    }
