"""The data files, loaded and validated together into one ``Dataset``.

``FILES`` is the one list of data files: adding a file means adding a line
here (name, file name, model) and, if it needs them, cross-file checks in
``validate.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel

import validate
from loader import DataError, DataErrors, Document, load_document
from models import (
    ContextFile,
    Discrepancy,
    Event,
    Identity,
    IdentityFile,
    Provision,
    ProvisionsFile,
    ReportingFile,
    Source,
    SourcesFile,
    Topic,
    TopicsFile,
    Vote,
    VoteFile,
)

FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "resolution": ("resolution.yaml", IdentityFile),
    "vote": ("vote.yaml", VoteFile),
    "provisions": ("provisions.yaml", ProvisionsFile),
    "sources": ("sources.yaml", SourcesFile),
    "topics": ("topics.yaml", TopicsFile),
    "context": ("context.yaml", ContextFile),
    "reporting": ("reporting.yaml", ReportingFile),
}


@dataclass
class Dataset:
    """Validated models, keyed like ``FILES``, with the documents they came from."""

    files: dict[str, Any]
    docs: dict[str, Document] = field(default_factory=dict)

    @property
    def identity(self) -> Identity:
        return self.files["resolution"].resolution

    @property
    def vote(self) -> Vote:
        return self.files["vote"].vote

    @property
    def provisions(self) -> list[Provision]:
        """In file order (their index is their place in the file)."""
        return self.files["provisions"].provisions

    @property
    def sources(self) -> list[Source]:
        return self.files["sources"].sources

    @property
    def topics(self) -> list[Topic]:
        return self.files["topics"].topics

    @property
    def context(self) -> list[Event]:
        """Timeline events, in file order."""
        return self.files["context"].events

    @property
    def reporting(self) -> list[Discrepancy]:
        return self.files["reporting"].discrepancies

    # Indexes every page needs, computed once per build (the data does not change after loading).

    def provisions_in_order(self) -> list[Provision]:
        """Provisions in reading order."""
        return self._in_order

    def provisions_by_topic(self) -> dict[str, list[Provision]]:
        """For each topic id, its provisions in reading order."""
        return self._by_topic

    def place_in_topic(self, topic_id: str, provision_id: str) -> int:
        """Index of a provision in ``provisions_by_topic()[topic_id]``."""
        return self._topic_places[(topic_id, provision_id)]

    def source(self, source_id: str) -> Source:
        return self._sources_by_id[source_id]

    def topic(self, topic_id: str) -> Topic:
        return self._topics_by_id[topic_id]

    @cached_property
    def _in_order(self) -> list[Provision]:
        return sorted(self.provisions, key=lambda p: p.order)

    @cached_property
    def _by_topic(self) -> dict[str, list[Provision]]:
        members: dict[str, list[Provision]] = {t.id: [] for t in self.topics}
        for p in self._in_order:
            for topic in p.topics:
                members[topic].append(p)
        return members

    @cached_property
    def _topic_places(self) -> dict[tuple[str, str], int]:
        return {(tid, p.id): i for tid, members in self._by_topic.items() for i, p in enumerate(members)}

    @cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def _topics_by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}


CHECKS = (
    validate.check_references,
    validate.check_provisions,
    validate.check_vote,
    validate.check_identity,
    validate.check_provision_links,
)


def load_dataset(data_dir: Path, display_root: Path | None = None) -> Dataset:
    """Load and validate every file; raise ``DataErrors`` with all problems."""
    errors: list[DataError] = []
    docs: dict[str, Document] = {}
    files: dict[str, Any] = {}
    for name, (filename, model) in FILES.items():
        path = data_dir / filename
        display = _display(path, display_root)
        if not path.exists():
            errors.append(DataError(display, 1, "", "file is missing"))
            continue
        try:
            doc = load_document(path, display)
        except DataErrors as exc:
            errors.extend(exc.errors)
            continue
        value, problems = validate.validate_model(doc, model)
        errors.extend(problems)
        if value is not None:
            docs[name], files[name] = doc, value
    if errors:  # cross-file checks need every file to be well-formed
        raise DataErrors(errors)
    data = Dataset(files, docs)
    for check in CHECKS:
        errors.extend(check(data))
    if errors:
        raise DataErrors(errors)
    return data


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            pass
    return str(path)
