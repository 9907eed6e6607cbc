"""The resolution's own facts: the rules of evidence a provision obeys, the vote's
arithmetic, and the order of its deposit and adoption.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..load import DataError
from ..models import SourceKind, Status
from .ids import check_unique_ids


def check_provisions(data: Dataset) -> list[DataError]:
    """The rules of evidence that the schema alone cannot express."""
    doc = data.docs["provisions"]
    sources = {source.id: source for source in data.sources}
    errors = check_unique_ids(doc, "provisions", data.provisions, "provision")
    ids = {p.id for p in data.provisions}
    seen_order: dict[int, int] = {}
    seen_former: dict[str, int] = {}
    for index, p in enumerate(data.provisions):
        at = ("provisions", index)
        if p.order in seen_order:
            first = seen_order[p.order]
            errors.append(doc.error((*at, "order"), f"order {p.order} is already used by provisions[{first}]"))
        seen_order.setdefault(p.order, index)
        for f_index, former in enumerate(p.former_ids):
            if former in ids or former in seen_former:
                errors.append(doc.error((*at, "former_ids", f_index), f"id {former!r} is already in use"))
            seen_former.setdefault(former, index)
        has_wording = p.wording is not None
        if p.status in (Status.official, Status.verbatim) and not has_wording:
            errors.append(doc.error((*at, "status"), f"status {p.status.value!r} needs a 'wording'"))
        if p.status not in (Status.official, Status.verbatim) and has_wording:
            errors.append(
                doc.error(
                    (*at, "wording"),
                    f"status {p.status.value!r} cannot show a wording as the text; use 'fragments' or 'paraphrases'",
                )
            )
        if p.status is Status.fragment and not p.fragments:
            errors.append(doc.error((*at, "fragments"), "status 'fragment' needs at least one fragment"))
        if p.status is Status.paraphrase and not p.paraphrases:
            errors.append(doc.error((*at, "paraphrases"), "status 'paraphrase' needs at least one paraphrase"))
        if p.status is Status.official:
            cited = [ref.source for ref in p.sources] + ([p.wording.source] if p.wording else [])
            if not any(sources.get(s) and sources[s].kind is SourceKind.official for s in cited):
                message = "status 'official' needs at least one source of kind 'official'"
                errors.append(doc.error((*at, "status"), message))
        if p.wording:
            for s_index, sic in enumerate(p.wording.sic):
                if sic.fragment not in p.wording.fr:
                    errors.append(doc.error((*at, "wording", "sic", s_index, "fragment"), "not found in wording.fr"))
        for t_index, topic in enumerate(p.topics):
            if topic in p.topics[:t_index]:
                errors.append(doc.error((*at, "topics", t_index), f"topic {topic!r} is listed twice"))
    return errors


def check_vote(data: Dataset) -> list[DataError]:
    doc = data.docs["vote"]
    vote = data.vote
    errors = []
    if vote.cast and vote.for_.value + vote.against.value != vote.cast.value:
        errors.append(
            doc.error(
                ("vote", "cast", "value"),
                f"for ({vote.for_.value}) + against ({vote.against.value}) != cast ({vote.cast.value})",
            )
        )
    if vote.voters and vote.cast and vote.cast.value > vote.voters.value:
        errors.append(doc.error(("vote", "cast", "value"), "more votes cast than voters"))
    if vote.voters and vote.cast and vote.abstentions:
        if vote.voters.value - vote.cast.value != vote.abstentions.value:
            errors.append(doc.error(("vote", "abstentions", "value"), "voters - cast != abstentions"))
    return errors


def check_identity(data: Dataset) -> list[DataError]:
    doc = data.docs["resolution"]
    ident = data.identity
    errors = []
    if ident.deposited.value > ident.adopted.value:
        errors.append(doc.error(("resolution", "adopted", "value"), "adopted before it was deposited"))
    return errors
