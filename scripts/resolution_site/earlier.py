"""The earlier resolutions (``data/earlier.yaml``): their cross-file rules and the word diff.

An earlier act names its adoption event in ``context.yaml`` instead of
repeating its date, number and vote, so each figure lives in one place. Its
provisions follow the rules of evidence of the 2024 provisions, and every
2024 provision has exactly one row in the concordance, so a provision added
later cannot be left out of the comparison silently.

The word diff uses the standard library's ``difflib.SequenceMatcher`` on
word tokens: the texts are a sentence or two, the output must be the same
bytes on every run, and word granularity is what a reader compares.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .dataset import Dataset
from .load import DataError, Document, Loc
from .models import Status
from .models_around import EarlierAct, EarlierProvision

# A word with its trailing spaces, or a punctuation mark with its trailing spaces:
# rejoining the tokens gives back the text exactly.
_TOKEN = re.compile(r"[\w’'\-‑]+\s*|[^\w\s]\s*|\s+")


@dataclass(frozen=True)
class Chunk:
    """A stretch of a word diff: ``same``, ``old`` (only in the earlier text) or ``new`` (only in 2024)."""

    kind: str
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Chunk]:
    """The difference between two wordings, word by word, as consecutive chunks.

    Tokens are compared without their trailing spaces (a word before a comma is the
    same word) and with typographic apostrophes read as straight ones (copies differ
    in that alone); the text shown keeps them. A replaced stretch is an ``old`` chunk
    followed by a ``new`` one."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, _keys(a), _keys(b), autojunk=False)
    chunks: list[Chunk] = []

    def add(kind: str, text: str) -> None:
        if not text:
            return
        if chunks and chunks[-1].kind == kind:
            chunks[-1] = Chunk(kind, chunks[-1].text + text)
        else:
            chunks.append(Chunk(kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("same", "".join(b[j1:j2]))
        else:
            add("old", "".join(a[i1:i2]))
            add("new", "".join(b[j1:j2]))
    return chunks


def _keys(words: list[str]) -> list[str]:
    return [word.strip().replace("’", "'") for word in words]


def wording_text(p: EarlierProvision) -> str | None:
    """The earlier provision's wording without the number a copy put before it (``1. Demande…``)."""
    if p.wording is None:
        return None
    return re.sub(r"^(?:\d+\.|-)\s+", "", p.wording.text)


def by_id(data: Dataset) -> dict[str, tuple[EarlierAct, EarlierProvision]]:
    return {p.id: (act, p) for act in data.earlier_acts for p in act.provisions}


# --- validation ---------------------------------------------------------------------


def check_earlier(data: Dataset) -> list[DataError]:
    """Ids, links to the timeline and to the 2024 provisions, and the rules of evidence.

    Confidence ratings are checked with every other file's, by ``validate.check_confidences``."""
    doc = data.docs["earlier"]
    errors: list[DataError] = []
    events = {e.id: e for e in data.context}
    provision_ids = {p.id for p in data.provisions}
    renamed = {former: p.id for p in data.provisions for former in p.former_ids}
    seen: dict[str, Loc] = {}

    def unique(loc: Loc, ident: str, what: str) -> None:
        if ident in seen:
            errors.append(doc.error(loc, f"duplicate id {ident!r} ({what}; first on line {doc.line_of(seen[ident])})"))
        elif ident in provision_ids:
            errors.append(doc.error(loc, f"id {ident!r} is a 2024 provision's id; earlier ids must differ"))
        else:
            seen[ident] = loc

    for a_index, act in enumerate(data.earlier_acts):
        at: Loc = ("earlier_acts", a_index)
        unique((*at, "id"), act.id, "act")
        event = events.get(act.event)
        if event is None:
            errors.append(doc.error((*at, "event"), f"unknown timeline event {act.event!r} (see data/context.yaml)"))
        elif event.related_act is None:
            errors.append(doc.error((*at, "event"), f"event {act.event!r} has no related_act (number, vote)"))
        if act.deposit_event is not None and act.deposit_event not in events:
            message = f"unknown timeline event {act.deposit_event!r} (see data/context.yaml)"
            errors.append(doc.error((*at, "deposit_event"), message))
        for p_index, p in enumerate(act.provisions):
            here: Loc = (*at, "provisions", p_index)
            unique((*here, "id"), p.id, "provision")
            errors += _evidence_errors(data, doc, here, p)

    earlier_ids = {p.id for act in data.earlier_acts for p in act.provisions}
    listed: dict[str, int] = {}
    for index, row in enumerate(data.concordance):
        at = ("concordance", index)
        if row.provision in renamed:
            message = f"{row.provision!r} is a former id; use {renamed[row.provision]!r}"
            errors.append(doc.error((*at, "provision"), message))
        elif row.provision not in provision_ids:
            errors.append(doc.error((*at, "provision"), f"unknown provision {row.provision!r}"))
        elif row.provision in listed:
            errors.append(doc.error((*at, "provision"), f"provision {row.provision!r} already has a row"))
        listed.setdefault(row.provision, index)
        errors += _earlier_links(doc, (*at, "earlier"), row.earlier, earlier_ids)
    for provision in data.provisions_in_order():
        if provision.id not in listed:
            message = f"2024 provision {provision.id!r} has no row (add one, even if empty)"
            errors.append(doc.error(("concordance",), message))
    for index, theme in enumerate(data.dropped_themes):
        at = ("dropped_themes", index)
        unique((*at, "id"), theme.id, "dropped theme")
        errors += _earlier_links(doc, (*at, "earlier"), theme.earlier, earlier_ids)
    return errors


def _earlier_links(doc: Document, loc: Loc, ids: list[str], known: set[str]) -> list[DataError]:
    errors = []
    for index, ident in enumerate(ids):
        if ident not in known:
            errors.append(doc.error((*loc, index), f"unknown earlier provision {ident!r}"))
        elif ident in ids[:index]:
            errors.append(doc.error((*loc, index), f"{ident!r} is listed twice"))
    return errors


def _evidence_errors(data: Dataset, doc: Document, at: Loc, p: EarlierProvision) -> list[DataError]:
    """The 2024 provisions' rules: a wording only for a verbatim copy, a fragment or paraphrase
    for those statuses, and no 'official' status without an official source."""
    errors = []
    if p.status is Status.official:
        message = "no official copy of an earlier text was found; use 'verbatim' at most"
        errors.append(doc.error((*at, "status"), message))
    if p.status is Status.verbatim and p.wording is None:
        errors.append(doc.error((*at, "status"), "status 'verbatim' needs a 'wording'"))
    if p.status is not Status.verbatim and p.wording is not None:
        errors.append(doc.error((*at, "wording"), f"status {p.status.value!r} cannot show a wording as the text"))
    if p.status is Status.fragment and not p.fragments:
        errors.append(doc.error((*at, "fragments"), "status 'fragment' needs at least one fragment"))
    if p.status is Status.paraphrase and not p.paraphrases:
        errors.append(doc.error((*at, "paraphrases"), "status 'paraphrase' needs at least one paraphrase"))
    return errors
