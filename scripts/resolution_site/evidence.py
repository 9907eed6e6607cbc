"""Checks that a cited source gives what it is cited for, and that one fact carries
one confidence wherever it is stated (docs/pages/methode.md, « Niveaux de confiance »).

- A figure (a ``Fact`` whose value is a number, in any file) cites its sources for
  that number: every counted source whose passage we quote (``excerpt``) must show
  the number in it. A source that agrees without giving it is ``consistent_only``
  and does not count.
- An event of the context timeline that states figures of the vote names them
  (``figures: [for, against]``): it then carries their confidence, not a rating of
  its own, and cites only sources that give them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import BaseModel

from .dataset import Dataset
from .load import DataError, Loc
from .models import Confidence, Fact, Provision, SourceRef, Status

# How a source may write 1 in words (the single vote against: « une seule voix
# contre », "one against", "the lone senator").
_ONE = re.compile(r"\b(?:one|une|un|seule?|single|lone|sole)\b", re.IGNORECASE)
_RANK = {Confidence.low: 0, Confidence.medium: 1, Confidence.high: 2}
# A number of votes in an event title: « 336 voix », "336 votes".
_VOTES_IN_TITLE = re.compile(r"\b\d+\s+(?:voix|votes?)\b")


def gives_number(excerpt: str, value: int) -> bool:
    """Whether ``excerpt`` states ``value`` (in digits, or 1 in words)."""
    if re.search(rf"(?<![\d.,]){value}(?![\d])", excerpt):
        return True
    return value == 1 and bool(_ONE.search(excerpt))


def _figures(value: Any, loc: Loc) -> Iterable[tuple[Loc, Fact[Any]]]:
    """Every ``Fact`` in ``value`` whose value is a number."""
    if isinstance(value, Fact) and isinstance(value.value, int) and not isinstance(value.value, bool):
        yield loc, value
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from _figures(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _figures(item, (*loc, index))


def check_figure_excerpts(data: Dataset) -> list[DataError]:
    """A source counted for a figure, and quoted for it, gives the figure in its excerpt."""
    errors: list[DataError] = []
    for name, doc in data.docs.items():
        for loc, fact in _figures(data.files[name], ()):
            if fact.derived:
                continue
            for index, ref in enumerate(fact.sources):
                if ref.consistent_only or not ref.excerpt or gives_number(ref.excerpt, fact.value):
                    continue
                message = (
                    f"the excerpt of {ref.source!r} does not give {fact.value}: a source cited for a figure must state"
                    " it; quote the passage that does, or mark the source consistent_only"
                )
                errors.append(doc.error((*loc, "sources", index, "excerpt"), message))
    return errors


def _counted(refs: Iterable[SourceRef]) -> set[str]:
    return {ref.source for ref in refs if not ref.consistent_only}


def check_stated_figures(data: Dataset) -> list[DataError]:
    """An event that states figures of the vote carries their confidence (the lowest,
    if it states several) and cites only sources counted for every one of them; an
    event on the day of the vote whose title gives a number of votes must say which
    figures it states, so that the rule applies to it."""
    doc = data.docs["context"]
    vote = data.vote
    facts: dict[str, Fact[int] | None] = {
        "for": vote.for_,
        "against": vote.against,
        "cast": vote.cast,
        "voters": vote.voters,
    }
    errors: list[DataError] = []
    for index, event in enumerate(data.context):
        at = ("events", index)
        if not event.figures:
            titled = _VOTES_IN_TITLE.search(event.title.fr) or _VOTES_IN_TITLE.search(event.title.en)
            if titled and event.date == data.identity.adopted.value:
                message = (
                    f"the title states a number of votes ({titled.group(0)!r}) on the day of the vote: name the"
                    " figures of data/vote.yaml it states (figures: [for, against]), so it carries their confidence"
                )
                errors.append(doc.error((*at, "title"), message))
            continue
        stated = [(key, facts[key]) for key in event.figures]
        missing = [key for key, fact in stated if fact is None]
        if missing:
            errors.append(doc.error((*at, "figures"), f"data/vote.yaml gives no figure {missing[0]!r}"))
            continue
        rated = {key: fact.confidence for key, fact in stated if fact is not None}
        weakest = min(rated.values(), key=_RANK.__getitem__)
        if event.confidence is not weakest:
            there = ", ".join(f"{key}: {level.value}" for key, level in rated.items())
            message = (
                f"states figures of the vote rated there {there}: one fact carries one confidence, so rate this"
                f" event {weakest.value!r}, not {event.confidence.value!r}"
            )
            errors.append(doc.error((*at, "confidence"), message))
        for s_index, ref in enumerate(event.sources):
            if ref.consistent_only:
                continue
            for key, fact in stated:
                if fact is not None and ref.source not in _counted(fact.sources):
                    message = (
                        f"{ref.source!r} is not cited in data/vote.yaml as giving the figure {key!r}: cite a source"
                        " that gives it, or mark this one consistent_only"
                    )
                    errors.append(doc.error((*at, "sources", s_index, "source"), message))
                    break
    return errors


def _dated_facts(data: Dataset) -> Iterable[tuple[str, Loc, date, list[SourceRef]]]:
    """The facts that say something happened on a day: the adoption, and the
    context events dated to the day."""
    yield "resolution", ("resolution", "adopted"), data.identity.adopted.value, data.identity.adopted.sources
    for index, event in enumerate(data.context):
        if isinstance(event.date, date):
            yield "context", ("events", index), event.date, event.sources


def check_sources_not_before(data: Dataset) -> list[DataError]:
    """A source published before a day cannot attest what happened that day (a page of
    16 January announcing the sitting does not give the adoption of 17 January): such a
    source is cited as ``consistent_only``, or not at all."""
    sources = {source.id: source for source in data.sources}
    errors: list[DataError] = []
    for name, loc, day, refs in _dated_facts(data):
        for index, ref in enumerate(refs):
            published = sources[ref.source].date if ref.source in sources else None
            if ref.consistent_only or not isinstance(published, date) or published >= day:
                continue
            message = (
                f"{ref.source!r} was published on {published.isoformat()}, before {day.isoformat()}: it cannot"
                " attest what happened that day; cite a later source, or mark it consistent_only"
            )
            errors.append(data.docs[name].error((*loc, "sources", index, "source"), message))
    return errors


def evidence_status(p: Provision) -> tuple[Status, ...]:
    """The statuses the evidence of ``p`` allows, by one rule: a wording makes it
    official or a verbatim copy; else any fragment of the text (quoted word for word,
    or in reported speech) makes it « fragments only »; else a paraphrase makes it
    « paraphrase only »; else it is not located. The badge shows the status, and the
    caption of the words shown follows the kind of the quote (neighbours.CAPTIONS)."""
    if p.wording:
        return (Status.official, Status.verbatim)
    if p.fragments:
        return (Status.fragment,)
    if p.paraphrases:
        return (Status.paraphrase,)
    return (Status.not_located,)


def check_status_from_evidence(data: Dataset) -> list[DataError]:
    """Every provision's status is the one its evidence gives (``evidence_status``)."""
    doc = data.docs["provisions"]
    errors: list[DataError] = []
    for index, p in enumerate(data.provisions):
        allowed = evidence_status(p)
        if p.status not in allowed:
            names = " or ".join(repr(s.value) for s in allowed)
            message = (
                f"the evidence given (wording, fragments, paraphrases) makes the status {names}, not {p.status.value!r}"
            )
            errors.append(doc.error(("provisions", index, "status"), message))
    return errors
