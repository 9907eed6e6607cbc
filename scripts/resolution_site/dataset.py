"""The data files, loaded and validated together into one ``Dataset``.

``FILES`` is the one list of data files: adding a file means adding a line
here (name, file name, model) and, if it needs them, cross-file checks in
``validate.py``. Loading and validating them is ``pipeline.load_dataset``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pydantic import BaseModel

from .load import Document
from .models import (
    Background,
    Concordance,
    ContextFile,
    Correction,
    CorrectionsFile,
    Discrepancy,
    DroppedTheme,
    EarlierAct,
    EarlierFile,
    Event,
    Identity,
    IdentityFile,
    Provision,
    ProvisionsFile,
    Reaction,
    ReactionsFile,
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
    "reactions": ("reactions.yaml", ReactionsFile),
    "corrections": ("corrections.yaml", CorrectionsFile),
    "earlier": ("earlier.yaml", EarlierFile),
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
    def background(self) -> list[Background]:
        """Background paragraphs of the context page, in file order."""
        return self.files["context"].background

    @property
    def reporting(self) -> list[Discrepancy]:
        return self.files["reporting"].discrepancies

    @property
    def reactions(self) -> list[Reaction]:
        return self.files["reactions"].reactions

    @property
    def corrections(self) -> list[Correction]:
        """The corrections log, in file order (see ``corrections_newest_first``)."""
        return self.files["corrections"].corrections

    @property
    def earlier_acts(self) -> list[EarlierAct]:
        """The earlier resolutions, in file order (Senate first, oldest first)."""
        return self.files["earlier"].earlier_acts

    @property
    def concordance(self) -> list[Concordance]:
        return self.files["earlier"].concordance

    @property
    def dropped_themes(self) -> list[DroppedTheme]:
        return self.files["earlier"].dropped_themes

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

    def corrections_newest_first(self) -> list[Correction]:
        """The corrections log as readers see it: newest first; on one day, in file order."""
        return self._corrections_newest_first

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
    def _corrections_newest_first(self) -> list[Correction]:
        order = sorted(enumerate(self.corrections), key=lambda pair: (-pair[1].date.toordinal(), pair[0]))
        return [correction for _, correction in order]

    @cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def _topics_by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}
