"""Validation: each file against its model, then the rules that span files.

Every check returns ``DataError``s located with the ``Document`` the value
came from; nothing here raises on bad data and nothing prints.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .dataset import Dataset
from .load import DataError, Document, Loc
from .models import Bilingual, Confidence, Person, Source, SourceKind, SourceRef, Status
from .models_around import Correction, Discrepancy, Event
from .text import QUOTED_GROUP

M = TypeVar("M", bound=BaseModel)


def validate_model(doc: Document, model: type[M]) -> tuple[M | None, list[DataError]]:
    """Validate ``doc`` against ``model``; errors carry the file, line and field."""
    try:
        return model.model_validate(doc.value), []
    except ValidationError as exc:
        return None, _located(doc, exc)


def _located(doc: Document, exc: ValidationError) -> list[DataError]:
    # A union (``date | "2024-01"``) reports one error per member, under an
    # extra loc element naming the member; fold them into one message on the
    # path that really exists in the file.
    grouped: dict[Loc, list[str]] = defaultdict(list)
    for err in exc.errors(include_url=False):
        loc = _data_path(doc.value, tuple(err["loc"]))
        message = _message(err)
        if message not in grouped[loc]:
            grouped[loc].append(message)
    return [doc.error(loc, "; or ".join(messages)) for loc, messages in grouped.items()]


def _data_path(value: Any, loc: Loc) -> Loc:
    """The longest prefix of ``loc`` that walks through the data itself
    (plus a last key that is missing or unexpected)."""
    path: list[str | int] = []
    for part in loc:
        if isinstance(value, dict) and isinstance(part, str):
            path.append(part)
            if part not in value:
                break
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            path.append(part)
            value = value[part]
        else:
            break
    return tuple(path)


def _message(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check its spelling against the schema)"
    if kind == "enum":
        return f"{err['input']!r} is not allowed; allowed values: {err['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        return f"{err['input']!r} does not have the expected form (pattern {err['ctx']['pattern']})"
    if kind in ("model_type", "dict_type"):
        return f"expected a mapping, got {_describe(err['input'])}"
    if kind == "list_type":
        return f"expected a list, got {_describe(err['input'])}"
    if kind == "value_error":  # our own validators (models.Text): their message is the whole story
        return err["msg"].removeprefix("Value error, ")
    if kind == "string_too_long":
        return f"text is {len(err['input']):,} characters long; the limit is {err['ctx']['max_length']:,}"
    if kind in ("string_type", "int_type", "date_type", "bool_type"):
        return f"{err['msg'].replace('Input should be', 'expected')}, got {_describe(err['input'])}"
    return err["msg"]


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


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


def _known(ids: Iterable[str], limit: int = 12) -> str:
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
            errors.append(doc.error(loc, f"unknown source {source_id!r} ({_known(sources)})"))

    for name, file_doc in data.docs.items():
        for doc, loc, source_id in _source_ids(file_doc, (), data.files[name]):
            need_source(doc, loc, source_id)

    prov_doc = data.docs["provisions"]
    for index, provision in enumerate(data.provisions):
        for t_index, topic in enumerate(provision.topics):
            if topic not in topic_ids:
                loc = ("provisions", index, "topics", t_index)
                errors.append(prov_doc.error(loc, f"unknown topic {topic!r} ({_known(topic_ids)})"))

    src_doc = data.docs["sources"]
    for index, source in enumerate(data.sources):
        if source.id not in used:
            errors.append(src_doc.error(("sources", index, "id"), f"source {source.id!r} is cited nowhere"))
    return errors


def check_source_labels(data: Dataset) -> list[DataError]:
    """Sources that an edition would name alike (same publisher, same date) each say what the
    document is (``label``), and say it differently: a link never relies on a title cut short."""
    errors: list[DataError] = []
    doc = data.docs["sources"]
    unlabelled: dict[int, list[str]] = {}
    for lang in ("fr", "en"):
        alike: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, source in enumerate(data.sources):
            name = source.publisher_en if lang == "en" and source.publisher_en else source.publisher
            alike[(str(name), str(source.date))].append(index)
        for group in (group for group in alike.values() if len(group) > 1):
            labels: dict[str, str] = {}
            for index in group:
                source = data.sources[index]
                if source.label is None:
                    unlabelled.setdefault(index, [data.sources[i].id for i in group if i != index])
                elif (said := getattr(source.label, lang)) in labels:
                    errors.append(doc.error(("sources", index, "label", lang), f"same label as {labels[said]!r}"))
                else:
                    labels[said] = source.id
    for index, alike_ids in sorted(unlabelled.items()):
        alike_names = ", ".join(map(repr, alike_ids))
        message = f"named like {alike_names} (same publisher and date): add a 'label' saying what the document is"
        errors.append(doc.error(("sources", index, "id"), message))
    for index, source in enumerate(data.sources):
        if source.title is None and source.label is None:
            message = (
                "no 'title' (not recorded) and no 'label': add a 'label' saying what the document is, in French"
                " and English (fr:, en:), or the document's own title"
            )
            errors.append(doc.error(("sources", index, "id"), message))
    return errors


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


def _source_ids(doc: Document, loc: Loc, value: Any) -> Iterable[tuple[Document, Loc, str]]:
    if isinstance(value, SourceRef):
        yield doc, (*loc, "source"), value.source
    elif isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            key = field.alias or name
            if name == "source" and isinstance(getattr(value, name), str):
                yield doc, (*loc, key), getattr(value, name)
            else:
                yield from _source_ids(doc, (*loc, key), getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _source_ids(doc, (*loc, index), item)


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
                    errors.append(doc.error(loc, f"unknown provision {provision!r} ({_known(provision_ids)})"))
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
            errors.append(doc.error(loc, f"unknown provision {provision!r} ({_known(provision_ids)})"))

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


# --- The confidence rule (docs/pages/methode.md, « Niveaux de confiance ») ---


def check_confidence(
    confidence: Confidence,
    source_ids: Iterable[str],
    sources: Mapping[str, Source],
    *,
    derived: bool = False,
) -> str | None:
    """Whether ``confidence`` is allowed for a value resting on ``source_ids``;
    ``None`` if it is, else the reason (a message for ``Document.error``).

    The rule, as the methodology page publishes it:

    - **high** needs an official page: a source of kind ``official`` (the
      Senate, or the state body whose act or figure it is);
    - **medium** needs an official page, or at least two *independent*
      secondary sources (every other kind: parliamentary records kept by third
      parties, press, advocacy, other);
    - **low** is always allowed: one secondary source, or an inference.

    Two sources are independent when their ``Source.independent_as`` differ:
    the ``origin`` field names who first published a relayed or copied text
    (Reuters on a client's site, a Senate page copied into a repository), and
    without it the publisher is the origin. A ``derived`` value (computed by
    us, stated by no source) is an inference, hence low. Unknown source ids
    are left to ``check_references``. The rule caps a rating, never raises
    one: a value may always be rated lower than its sources allow.

    Any data file can use it: pass the value's rating, the ids of the
    sources cited for it, and ``{source.id: source}``.
    """
    if confidence is Confidence.low:
        return None
    if derived:
        return f"a derived value (computed by us) is an inference: confidence must be 'low', not {confidence.value!r}"
    cited = [sources[s] for s in dict.fromkeys(source_ids) if s in sources]
    if any(source.kind is SourceKind.official for source in cited):
        return None
    if confidence is Confidence.high:
        return (
            "confidence 'high' needs a source of kind 'official'; rate it 'medium' or 'low', or cite the official page"
        )
    origins = sorted({source.independent_as for source in cited})
    if len(origins) >= 2:
        return None
    named = f"one origin ({origins[0]!r})" if origins else "no known source"
    return (
        f"confidence 'medium' needs an official source or two independent secondary sources;"
        f" this value has {named}: rate it 'low' or add a source"
    )


def check_confidences(data: Dataset) -> list[DataError]:
    """Every rated value in every file (figures, people, document numbers,
    events, reactions, a provision's ratings) follows ``check_confidence``;
    a source cited as ``consistent_only`` (it agrees with the value without
    stating it) does not count.

    A discrepancy's confidence on the reporting page rates our reading of a
    difference between reports, not a fact, and is left out (the methodology
    page says so)."""
    sources = {source.id: source for source in data.sources}
    errors: list[DataError] = []
    for name, doc in data.docs.items():
        for loc, rated in _rated(data.files[name], ()):
            message = check_confidence(
                rated.confidence,
                _counted(rated.sources),
                sources,
                derived=getattr(rated, "derived", False),
            )
            if message:
                errors.append(doc.error((*loc, "confidence"), message))
    return errors


def _counted(refs: Iterable[SourceRef | str]) -> Iterable[str]:
    """The ids of the sources that count for a rating: a provision's rating
    names its sources by id; a ``SourceRef`` counts unless ``consistent_only``."""
    for ref in refs:
        if isinstance(ref, str):
            yield ref
        elif not ref.consistent_only:
            yield ref.source


def check_ratings(data: Dataset) -> list[DataError]:
    """A provision's ratings rest on sources the provision cites, one rating
    per aspect."""
    doc = data.docs["provisions"]
    errors: list[DataError] = []
    for index, p in enumerate(data.provisions):
        cited = {ref.source for ref in p.sources}
        for r_index, rating in enumerate(p.ratings):
            at = ("provisions", index, "ratings", r_index)
            if rating.about in [r.about for r in p.ratings[:r_index]]:
                errors.append(doc.error((*at, "about"), f"{rating.about.value!r} is rated twice"))
            for s_index, source in enumerate(rating.sources):
                if source not in cited:
                    message = f"{source!r} is not among the provision's sources; cite it there, with what it supports"
                    errors.append(doc.error((*at, "sources", s_index), message))
    return errors


# A confidence said in free text escapes the rule: "confiance moyenne à
# élevée", "high confidence" in a note. Only "low" may be said in words (the
# rule always allows it); anything higher, or a range, is a rated field.
_WORDED_CONFIDENCE = re.compile(
    r"\b(?:confiance|fiabilité)\s+(?:élevée|moyenne|faible\s+à)"
    r"|\b(?:high|medium)(?:\s+to\s+\w+)?\s+confidence\b|\blow\s+to\s+\w+\s+confidence\b",
    re.IGNORECASE,
)


def check_worded_confidence(data: Dataset) -> list[DataError]:
    """No note of ours states a confidence above 'low' (or a range) in words:
    such a rating is a field the rule checks (``confidence``, a provision's
    ``ratings``). The corrections log, which tells of former ratings, is left out."""
    errors: list[DataError] = []
    for name, doc in data.docs.items():
        if name == "corrections":
            continue
        for loc, text in _our_words(data.files[name], ()):
            found = _WORDED_CONFIDENCE.search(text)
            if found:
                message = (
                    f"states a confidence in words ({found.group(0)!r}); rate it in a 'confidence'"
                    " or 'ratings' field, which the confidence rule checks"
                )
                errors.append(doc.error(loc, message))
    return errors


def check_group_labels(data: Dataset) -> list[DataError]:
    """Every descriptor of ours exists in both languages: a person's ``group`` that is not
    the source's acronym (with its French name) has its English, ``group_en``."""
    errors: list[DataError] = []
    for name, doc in data.docs.items():
        for loc, person in _people(data.files[name], ()):
            if person.group and person.group_en is None and not QUOTED_GROUP.fullmatch(person.group):
                message = (
                    f"group {person.group!r} holds words of ours, which the English edition must show in English:"
                    " add group_en (or keep only the group's acronym and French name, as the source gives them)"
                )
                errors.append(doc.error((*loc, "group"), message))
    return errors


def _people(value: Any, loc: Loc) -> Iterable[tuple[Loc, Person]]:
    if isinstance(value, Person):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from _people(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _people(item, (*loc, index))


def _our_words(value: Any, loc: Loc) -> Iterable[tuple[Loc, str]]:
    """Every text of ours (each language of a ``Bilingual``) in ``value``."""
    if isinstance(value, Bilingual):
        yield (*loc, "fr"), value.fr
        yield (*loc, "en"), value.en
    elif isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from _our_words(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _our_words(item, (*loc, index))


def _rated(value: Any, loc: Loc) -> Iterable[tuple[Loc, Any]]:
    """Every model in ``value`` that carries both a confidence and its sources."""
    if isinstance(value, BaseModel):
        if (
            not isinstance(value, Discrepancy)
            and getattr(value, "confidence", None) is not None
            and hasattr(value, "sources")
        ):
            yield loc, value
        for name, field in type(value).model_fields.items():
            yield from _rated(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _rated(item, (*loc, index))
