"""Ids and the references between files: every id unique in its list, every topic, source
and provision named anywhere exists (a former id is named as such), every source is cited.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from ..dataset import Dataset
from ..load import DataError, Document, Loc
from ..models_around import Correction, Discrepancy, Event


def check_unique_ids(doc: Document, key: str | Loc, items: Iterable[Any], what: str) -> list[DataError]:
    """Ids unique within the list at ``key`` (a top-level key, or the path to a nested list)."""
    at: Loc = (key,) if isinstance(key, str) else key
    errors = []
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item.id in first:
            line = doc.line_of((*at, first[item.id], "id"))
            errors.append(doc.error((*at, index, "id"), f"duplicate {what} id {item.id!r} (first on line {line})"))
        else:
            first[item.id] = index
    return errors


def known_ids(ids: Iterable[str], limit: int = 12) -> str:
    ids = sorted(ids)
    shown = ", ".join(ids[:limit])
    return f"known: {shown}, …" if len(ids) > limit else f"known: {shown}"


def check_references(data: Dataset) -> list[DataError]:
    """Every topic and source named anywhere exists; every source is used."""
    errors: list[DataError] = []
    topic_ids = {topic.id for topic in data.topics}
    sources = {source.id: source for source in data.sources}
    used: set[str] = set()
    errors += check_unique_ids(data.docs["topics"], "topics", data.topics, "topic")
    errors += check_unique_ids(data.docs["sources"], "sources", data.sources, "source")

    def need_source(doc: Document, loc: Loc, source_id: str) -> None:
        used.add(source_id)
        if source_id not in sources:
            errors.append(doc.error(loc, f"unknown source {source_id!r} ({known_ids(sources)})"))

    for name, file_doc in data.docs.items():
        for loc, source_id in _source_ids(data, name):
            need_source(file_doc, loc, source_id)

    prov_doc = data.docs["provisions"]
    for index, provision in enumerate(data.provisions):
        for t_index, topic in enumerate(provision.topics):
            if topic not in topic_ids:
                loc = ("provisions", index, "topics", t_index)
                errors.append(prov_doc.error(loc, f"unknown topic {topic!r} ({known_ids(topic_ids)})"))

    src_doc = data.docs["sources"]
    for index, source in enumerate(data.sources):
        if source.id not in used:
            errors.append(src_doc.error(("sources", index, "id"), f"source {source.id!r} is cited nowhere"))
    return errors


def _source_ids(data: Dataset, name: str) -> Iterator[tuple[Loc, str]]:
    """Every source id named in the data file ``name``, with where: a field called ``source``
    holding an id (a source reference's, a quotation's)."""
    for loc, model in data.located(name, BaseModel):
        field = type(model).model_fields.get("source")
        if field is not None and isinstance(source := model.source, str):  # type: ignore[attr-defined]
            yield (*loc, field.alias or "source"), source


def check_provision_links(data: Dataset) -> list[DataError]:
    """Timeline events, reporting discrepancies and corrections: unique ids,
    and every provision they link to exists (a former id is named as such)."""
    provision_ids = {p.id for p in data.provisions}
    renamed = {former: p.id for p in data.provisions for former in p.former_ids}
    errors: list[DataError] = []
    linking: list[tuple[str, str, Sequence[Event | Discrepancy | Correction], str]] = [
        ("context", "events", data.context, "event"),
        ("reporting", "discrepancies", data.reporting, "discrepancy"),
        ("corrections", "corrections", data.corrections, "correction"),
    ]
    for name, key, items, what in linking:
        doc = data.docs[name]
        errors += check_unique_ids(doc, key, items, what)
        for index, item in enumerate(items):
            for p_index, provision in enumerate(item.provisions):
                loc = (key, index, "provisions", p_index)
                if provision in renamed:
                    errors.append(doc.error(loc, f"{provision!r} is a former id; use {renamed[provision]!r}"))
                elif provision not in provision_ids:
                    errors.append(doc.error(loc, f"unknown provision {provision!r} ({known_ids(provision_ids)})"))
                elif provision in item.provisions[:p_index]:
                    errors.append(doc.error(loc, f"provision {provision!r} is listed twice"))
    return errors


def check_other_ids(data: Dataset) -> list[DataError]:
    """Reactions, background paragraphs, and the pages a correction names: unique within their list."""
    errors = check_unique_ids(data.docs["reactions"], "reactions", data.reactions, "reaction")
    errors += check_unique_ids(data.docs["context"], "background", data.background, "background")
    doc = data.docs["corrections"]
    for index, correction in enumerate(data.corrections):
        for p_index, page in enumerate(correction.pages):
            if page in correction.pages[:p_index]:
                loc = ("corrections", index, "pages", p_index)
                errors.append(doc.error(loc, f"page {page.value!r} is listed twice"))
    return errors
