"""The pipeline in one place: load → validate → render → write.

``load_dataset`` reads and validates every data file; ``run`` renders the
site and writes it. Bad data raises ``DataErrors`` before anything is
written, so the last good output stays in place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import collector, earlier, evidence, outputs, render, validate, write
from .catalogue import LANGUAGES
from .dataset import FILES, DataFiles, Dataset
from .load import DataError, DataErrors, Document, load_document
from .paths import EDITION_DIRS
from .publish import opendata, search
from .settings import DEFAULT, Settings

CHECKS = (
    validate.check_references,
    validate.check_source_labels,
    validate.check_provisions,
    validate.check_vote,
    validate.check_identity,
    validate.check_dates,
    validate.check_provision_links,
    validate.check_other_ids,
    validate.check_since,
    validate.check_confidences,
    validate.check_ratings,
    validate.check_worded_confidence,
    validate.check_group_labels,
    validate.check_excerpt_translations,
    evidence.check_figure_excerpts,
    evidence.check_stated_figures,
    evidence.check_sources_not_before,
    evidence.check_status_from_evidence,
    earlier.check_earlier,
)


@dataclass(frozen=True)
class Project:
    """Where a project's folders are: its data, its hand-written pages and the generated output."""

    root: Path
    data: Path
    pages: Path
    generated: Path

    @classmethod
    def at(cls, root: Path, data: Path | None = None) -> Project:
        """The usual layout under ``root``; ``data`` may live elsewhere."""
        return cls(root, data or root / "data", root / "docs" / "pages", root / "docs" / "generated")


@dataclass(frozen=True)
class Outcome:
    written: list[str]
    deleted: list[str]
    unchanged: int
    data: Dataset


def load_dataset(data_dir: Path, display_root: Path | None = None) -> Dataset:
    """Load and validate every file; raise ``DataErrors`` with all problems."""
    with collector.paused(fresh=True):
        return _load_dataset(data_dir, display_root)


def _load_dataset(data_dir: Path, display_root: Path | None) -> Dataset:
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
    data = Dataset(DataFiles(**files), docs)
    for check in CHECKS:
        errors.extend(check(data))
    if errors:
        raise DataErrors(errors)
    return data


def site_files(data: Dataset, pages: dict[str, str] | None = None, settings: Settings = DEFAULT) -> dict[str, str]:
    """Every generated file, as ``{path under docs/generated: content}``: both editions' pages
    (``render``), then what is published beside them (``publish``): each edition's search index,
    which covers its hand-written pages too, and the open data, which both editions share at
    the French edition's root, the site's root."""
    pages = pages or {}
    out = render.render_site(data, pages, settings)
    editions: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    folders = {EDITION_DIRS[lang]: lang for lang in LANGUAGES}
    for name, text in out.items():
        folder, _, rel = name.partition("/")
        editions[folders[folder]][rel] = text
    for lang in LANGUAGES:
        # search indexes what each page shows, with its twin's words (a French word finds the English page)
        twins = editions["en" if lang == "fr" else "fr"]
        found = search.render_files(data, editions[lang], lang, twins)
        out.update({f"{EDITION_DIRS[lang]}/{name}": text for name, text in found.items()})
    search.sections.forget()  # each page's sections served both editions' indexes
    out.update({f"{EDITION_DIRS['fr']}/{name}": text for name, text in opendata.render_files(data, settings).items()})
    return out


def render_project(project: Project, settings: Settings = DEFAULT) -> tuple[Dataset, dict[str, str]]:
    """The validated data and every generated file of ``project``."""
    data = load_dataset(project.data, display_root=project.root)

    @functools.cache
    def ids() -> dict[str, list[DataError]]:  # where the data writes each id; wanted only on a clash
        return outputs.data_ids(data.files, data.docs)

    try:
        files = site_files(data, pages=render.read_pages(project.pages), settings=settings)
    except outputs.PathCollision as exc:  # the page's name is an id of the data: point at it
        stem = exc.path.rsplit("/", 1)[-1].removesuffix(".md").removesuffix(".html")
        where = ids().get(stem) or [DataError(f"docs/generated/{exc.path}", 1, "", "")]
        raise DataErrors([DataError(e.file, e.line, e.field, str(exc)) for e in where]) from None

    def locate(anchor: str) -> list[DataError]:
        return ids().get(anchor, [])

    errors = outputs.check_ids(files, locate, outputs.theme_ids(project.root / "docs" / "overrides"))
    if errors:
        raise DataErrors(errors)
    return data, files


def run(project: Project, out_dir: Path | None = None, *, check: bool = False, settings: Settings = DEFAULT) -> Outcome:
    """Validate and, unless ``check``, render and write. Raises ``DataErrors``."""
    data, files = render_project(project, settings)
    if check:
        return Outcome([], [], 0, data)
    # Each edition's folder keeps a marker (committed), so that MkDocs finds its docs_dir in a fresh clone.
    markers = {f"{folder}/{write.MARKER}": write.MARKER_TEXT for folder in EDITION_DIRS.values()}
    return Outcome(*write.sync_tree(out_dir or project.generated, {**files, **markers}), data)


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            pass
    return str(path)
