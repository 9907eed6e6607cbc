"""The data files, loaded and validated together into one ``Dataset``.

``DataFiles`` is the one list of data files: one typed field per file, named as
the file in ``data/`` (``provisions`` is ``data/provisions.yaml``) and typed by
its model. Adding a data file is one line there, ``name: NameFile``; ``FILES``,
loading, the open data, the JSON Schemas and the pages' headers follow from it.
Cross-file checks, if the file needs any, go in ``validate/``, and a shortcut
to its items, if pages need one, beside the others on ``Dataset``. Loading and
validating the files is ``pipeline.load_dataset``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar, get_type_hints

from pydantic import BaseModel

from .load import Document, Loc
from .models import (
    Identity,
    IdentityFile,
    Kind,
    Person,
    Provision,
    ProvisionsFile,
    Source,
    SourceRef,
    SourcesFile,
    Topic,
    TopicsFile,
    VocabularyEntry,
    VocabularyFile,
    Vote,
    VoteFile,
)
from .models_around import (
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
    LaterEvent,
    NothingFound,
    Reaction,
    ReactionsFile,
    ReportingFile,
    SinceFile,
)
from .walk import models

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, eq=False)
class DataFiles(Mapping[str, BaseModel]):
    """One field per data file, named as the file (``data/<name>.yaml``), typed by its model.

    It is also a read-only mapping from those names to the models, for the code that
    walks every file (open data, schemas, cross-file checks)."""

    resolution: IdentityFile
    vote: VoteFile
    provisions: ProvisionsFile
    sources: SourcesFile
    topics: TopicsFile
    context: ContextFile
    reporting: ReportingFile
    reactions: ReactionsFile
    corrections: CorrectionsFile
    vocabulary: VocabularyFile
    since: SinceFile
    earlier: EarlierFile

    def __getitem__(self, name: str) -> BaseModel:
        if name not in FILES:
            raise KeyError(name)
        model: BaseModel = getattr(self, name)
        return model

    def __iter__(self) -> Iterator[str]:
        return iter(FILES)

    def __len__(self) -> int:
        return len(FILES)


# Each data file's name, file name and model, in the order above (validation reports in that order).
FILES: dict[str, tuple[str, type[BaseModel]]] = {
    f.name: (f"{f.name}.yaml", get_type_hints(DataFiles)[f.name]) for f in dataclasses.fields(DataFiles)
}


@dataclass
class Dataset:
    """The validated files (``DataFiles``), with the documents they came from."""

    files: DataFiles
    docs: dict[str, Document] = field(default_factory=dict)

    @property
    def identity(self) -> Identity:
        return self.files.resolution.resolution

    @property
    def vote(self) -> Vote:
        return self.files.vote.vote

    @property
    def provisions(self) -> list[Provision]:
        """In file order (their index is their place in the file)."""
        return self.files.provisions.provisions

    @property
    def sources(self) -> list[Source]:
        return self.files.sources.sources

    @property
    def topics(self) -> list[Topic]:
        return self.files.topics.topics

    @property
    def context(self) -> list[Event]:
        """Timeline events, in file order."""
        return self.files.context.events

    @property
    def background(self) -> list[Background]:
        """Background paragraphs of the context page, in file order."""
        return self.files.context.background

    @property
    def reporting(self) -> list[Discrepancy]:
        return self.files.reporting.discrepancies

    @property
    def reactions(self) -> list[Reaction]:
        return self.files.reactions.reactions

    @property
    def corrections(self) -> list[Correction]:
        """The corrections log, in file order (see ``corrections_newest_first``)."""
        return self.files.corrections.corrections

    @property
    def vocabulary(self) -> list[VocabularyEntry]:
        """Search's groups of equivalent words (acronyms, synonyms, demonyms)."""
        return self.files.vocabulary.vocabulary

    @property
    def since(self) -> list[LaterEvent]:
        """Events after the resolution on the matters it raised, in file order."""
        return self.files.since.since.events

    @property
    def since_not_found(self) -> list[NothingFound]:
        return self.files.since.since.not_found

    @property
    def earlier_acts(self) -> list[EarlierAct]:
        """The earlier resolutions, in file order (Senate first, oldest first)."""
        return self.files.earlier.earlier_acts

    @property
    def concordance(self) -> list[Concordance]:
        return self.files.earlier.concordance

    @property
    def dropped_themes(self) -> list[DroppedTheme]:
        return self.files.earlier.dropped_themes

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

    def place_in_part(self, provision_id: str) -> int:
        """Rank (from 1) of a provision among those of its kind, in reading order."""
        return self._part_places[provision_id]

    def concordance_of(self, provision_id: str) -> Concordance:
        """The earlier resolutions' concordance row of a 2024 provision (every provision has one)."""
        return self._concordance_by_provision[provision_id]

    def corrections_newest_first(self) -> list[Correction]:
        """The corrections log as readers see it: newest first; on one day, in file order."""
        return self._corrections_newest_first

    def source(self, source_id: str) -> Source:
        return self._sources_by_id[source_id]

    def topic(self, topic_id: str) -> Topic:
        return self._topics_by_id[topic_id]

    def located(self, name: str, kind: type[M]) -> list[tuple[Loc, M]]:
        """Every ``kind`` (a model) anywhere in the data file ``name``, parents first, in the file's
        order, each with where it stands in the file (what a check's error points at)."""
        return [(loc, model) for loc, model in self._models[name] if isinstance(model, kind)]

    @cached_property
    def people(self) -> list[Person]:
        """Every person anywhere in the data (senators of the vote, people of the context…), in file order."""
        return [person for name in self.files for _, person in self.located(name, Person)]

    @cached_property
    def source_refs(self) -> list[SourceRef]:
        """Every source reference anywhere in the data, in file order."""
        return [ref for name in self.files for _, ref in self.located(name, SourceRef)]

    @cached_property
    def _models(self) -> dict[str, list[tuple[Loc, BaseModel]]]:
        return {name: models(value) for name, value in self.files.items()}

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
    def _part_places(self) -> dict[str, int]:
        seen: dict[Kind, int] = {}
        places = {}
        for p in self._in_order:
            seen[p.kind] = places[p.id] = seen.get(p.kind, 0) + 1
        return places

    @cached_property
    def _concordance_by_provision(self) -> dict[str, Concordance]:
        rows: dict[str, Concordance] = {}
        for row in self.concordance:
            rows.setdefault(row.provision, row)  # the first, as a search in file order would find
        return rows

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
