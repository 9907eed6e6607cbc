"""The confidence rule (docs/pages/methode.md, « Niveaux de confiance »): every rated value in
every file, a provision's ratings, and no rating said in words instead of a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from ..dataset import Dataset
from ..load import DataError, Loc
from ..models import Bilingual, Confidence, Source, SourceKind, SourceRef
from ..models_around import Discrepancy


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
        for loc, rated in _rated(data, name):
            message = check_confidence(
                rated.confidence,
                _counted(rated.sources),
                sources,
                derived=getattr(rated, "derived", False),
            )
            if message:
                errors.append(doc.error((*loc, "confidence"), message))
    return errors


def _rated(data: Dataset, name: str) -> Iterator[tuple[Loc, Any]]:
    """Every model in the data file ``name`` that carries both a confidence and its sources."""
    for loc, found in data.located(name, BaseModel):
        if (
            not isinstance(found, Discrepancy)
            and getattr(found, "confidence", None) is not None
            and hasattr(found, "sources")
        ):
            yield loc, found


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
        for loc, text in _our_words(data, name):
            found = _WORDED_CONFIDENCE.search(text)
            if found:
                message = (
                    f"states a confidence in words ({found.group(0)!r}); rate it in a 'confidence'"
                    " or 'ratings' field, which the confidence rule checks"
                )
                errors.append(doc.error(loc, message))
    return errors


def _our_words(data: Dataset, name: str) -> Iterator[tuple[Loc, str]]:
    """Every text of ours (each language of a ``Bilingual``) in the data file ``name``."""
    for loc, found in data.located(name, Bilingual):
        yield (*loc, "fr"), found.fr
        yield (*loc, "en"), found.en
