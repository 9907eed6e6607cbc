"""Open data: the validated data as JSON and CSV (with CSVW metadata), Akoma
Ntoso and an Atom feed of corrections, and the JSON Schemas that describe it.

The published files (``donnees/…`` on the site) are rendered like any page, by
pure functions called from ``pipeline.site_files``. Same data, same bytes: keys
are sorted, rows follow the provisions' order, nothing depends on the clock.

``resolution.json`` is flat: its top-level keys are the data's own lists and
records (``provisions``, ``sources``, ``events``…), each under the name it has
in its YAML file, beside one ``about`` record (work URI, version, date,
digest, licence, addresses). URLs are absolute when the host sets
``SITE_URL`` and relative to the site root otherwise. Our own texts are published
as their edition shows them: no ``{fr|…|…}`` quotation markup for a re-user to
parse (``models.AS_SHOWN``); the data files keep it, and the published JSON
therefore does not load back into the models where a text has a quotation.

The editor schemas (``data/schema/<file>.schema.json``) describe the YAML files
as written (validation mode); ``donnees/schema.json`` describes the published
JSON (serialisation mode: every field present, defaults filled in). Both come from
the models alone, never from the data: they are written by ``scripts/opendata.py
--write-schemas`` and committed (the published one beside this module,
``PUBLISHED_SCHEMA``), and a build publishes the committed copy instead of asking
pydantic for it again (a tenth of the pipeline's time at 1×); tests/test_opendata.py
fails when either is out of date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from .. import paths, since
from ..dataset import FILES, Dataset
from ..licence import licence
from ..models import AS_SHOWN
from ..paths import (
    CSVW_METADATA,
    EARLIER_CSV,
    EARLIER_CSVW,
    PROVISIONS_CSV,
    RESOLUTION_JSON,
    SCHEMA_JSON,
    SINCE_CSV,
    SINCE_CSVW,
)
from ..release import release
from ..settings import DEFAULT, Settings
from ..text import plain
from . import akn, earlier_data, feed

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PUBLISHED_SCHEMA = Path(__file__).with_name("resolution.schema.json")  # schema_json(), committed

CSV_COLUMNS = [
    "id",
    "ref",
    "kind",
    "order",
    "order_basis",
    "status",
    "heading_fr",
    "heading_en",
    "wording_fr",
    "wording_en",
    "topics",
    "sources",
    "url",
]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def content_fields() -> dict[str, tuple[str, Any]]:
    """``{published key: (data file name, field annotation)}``: every field of every data file, flattened."""
    fields: dict[str, tuple[str, Any]] = {}
    for name, (_, model) in FILES.items():
        for field_name, info in model.model_fields.items():
            key = info.alias or field_name
            if key in fields or key == "about":
                raise ValueError(f"data files {fields[key][0]!r} and {name!r} both publish a key {key!r}")
            fields[key] = (name, info.annotation)
    return fields


def content(data: Dataset) -> dict[str, Any]:
    """The validated data, flat: each file's fields under their YAML names (``for``, not ``for_``),
    our texts as the editions show them (``models.AS_SHOWN``: no quotation markup to parse)."""
    out: dict[str, Any] = {}
    for name in FILES:
        out.update(data.files[name].model_dump(mode="json", by_alias=True, context={AS_SHOWN: True}))
    return out


def digest(data: Dataset, published: dict[str, Any] | None = None) -> str:
    """``sha256:…`` of the content as published (sorted keys): changes with any change to the data.
    ``published``: ``content(data)``, when the caller has it already."""
    canonical = json.dumps(
        content(data) if published is None else published, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def provision_url(provision_id: str, settings: Settings = DEFAULT) -> str:
    """A provision page's address: absolute under SITE_URL, else relative to the site root."""
    return settings.absolute(paths.page_url(paths.provision_page(provision_id)))


def about(data: Dataset, settings: Settings = DEFAULT, published: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a re-user needs to know about the files: which work, which version, what licence, where
    (``published``: ``content(data)``, when the caller has it already)."""
    return {
        "work": akn.work_uri(data),
        "expressions": {lang: akn.expression_uri(data, lang) for lang in akn.LANGUAGES},
        **release(data).as_dict(),
        "digest": digest(data, published),
        "licence": licence(),
        "site": settings.site_url,
        "files": {
            "json": settings.absolute(RESOLUTION_JSON),
            "schema": settings.absolute(SCHEMA_JSON),
            "csv": settings.absolute(PROVISIONS_CSV),
            "csvw": settings.absolute(CSVW_METADATA),
            "since_csv": settings.absolute(SINCE_CSV),
            "since_csvw": settings.absolute(SINCE_CSVW),
            "earlier_csv": settings.absolute(EARLIER_CSV),
            "earlier_csvw": settings.absolute(EARLIER_CSVW),
            "akn": {lang: settings.absolute(akn.path(lang)) for lang in akn.LANGUAGES},
            "atom": {lang: settings.absolute(feed.path(lang)) for lang in ("fr", "en")},
        },
        "provision_urls": {p.id: provision_url(p.id, settings) for p in data.provisions_in_order()},
    }


def resolution_json(data: Dataset, settings: Settings = DEFAULT) -> str:
    """``about`` and the flattened content (see ``content``), made once for the digest and the file."""
    published = content(data)
    return _dumps({"about": about(data, settings, published), **published})


def _list(values: list[str]) -> str:
    return ";".join(values)


# A cell a spreadsheet would read as a formula (CSV injection): OWASP's advice is to start
# it with an apostrophe, which spreadsheets show as text and do not evaluate. The CSVW
# metadata says so (CSV_NEUTRALISED); resolution.json keeps the values untouched.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_NEUTRALISED = (
    "A cell that would start with =, +, -, @, a tab or a carriage return starts with an apostrophe (') "
    "added by us, so that spreadsheets show it as text instead of running it as a formula (OWASP's advice "
    "on CSV injection); remove that first apostrophe to get the value, or read resolution.json."
)


def csv_cell(value: object) -> object:
    """``value`` as a CSV cell that no spreadsheet evaluates (see ``FORMULA_STARTS``)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def provisions_csv(data: Dataset, url_for: Callable[[str], str]) -> str:
    """One row per provision, in the text's order; lists are ``;``-separated ids.

    ``url_for(id)`` gives the provision page's site-relative address.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in data.provisions_in_order():
        sources = list(dict.fromkeys(ref.source for ref in p.sources))
        row = [
            p.id,
            p.ref,
            p.kind.value,
            p.order,
            p.order_basis.value,
            p.status.value,
            p.heading.fr,
            p.heading.en,
            p.wording.fr if p.wording else "",
            p.wording.en if p.wording else "",
            _list(p.topics),
            _list(sources),
            url_for(p.id),
        ]
        writer.writerow([csv_cell(cell) for cell in row])
    return out.getvalue()


# --- schemas --------------------------------------------------------------------


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Files(_Closed):
    json_: str = Field(alias="json")
    schema_: str = Field(alias="schema")
    csv: str
    csvw: str
    since_csv: str = Field(description="What happened since: one row per event and provision it bears on.")
    since_csvw: str
    earlier_csv: str = Field(description="The earlier resolutions' provisions, one row each.")
    earlier_csvw: str = Field(description="CSV on the Web metadata of earlier_csv.")
    akn: dict[str, str] = Field(description="Akoma Ntoso 3.0, one document per language expression.")
    atom: dict[str, str] = Field(description="Atom feed of the corrections log, by language.")


class About(_Closed):
    work: str = Field(description="FRBR work URI (Akoma Ntoso naming convention).")
    expressions: dict[str, str] = Field(description="FRBR expression URI by language (fr original, en unofficial).")
    version: str = Field(description="1 + the number of days in the corrections log.")
    date: str | None = Field(description="Day of the newest correction; null while the log is empty.")
    digest: str = Field(description="sha256 of the published content (every key but 'about').")
    licence: dict[str, Any] = Field(description="Licence of our data; what is stated about the official text.")
    site: str | None = Field(description="SITE_URL, if the host set it.")
    files: Files
    provision_urls: dict[str, str] = Field(description="Each provision's page, by id.")


def _published_model() -> type[BaseModel]:
    """A model of ``resolution.json``: ``about`` and every data file's fields, flat."""
    fields: dict[str, Any] = {"about": (About, ...)}
    fields.update({key: (annotation, ...) for key, (_, annotation) in content_fields().items()})
    return create_model("OpenData", __config__=ConfigDict(extra="forbid"), **fields)


def published_schema() -> dict[str, Any]:
    """The JSON Schema of ``donnees/resolution.json`` (what the published JSON contains)."""
    schema = _published_model().model_json_schema(by_alias=True, mode="serialization")
    schema["title"] = "Résolution du Sénat du 17 janvier 2024 — données ouvertes · open data"
    schema["description"] = (
        f"{RESOLUTION_JSON}: 'about' (work URI, version, licence, addresses), then every data file's "
        f"fields under their YAML names. The columns of {PROVISIONS_CSV} are the provisions' fields of the "
        f"same names (lists joined with ';'); {CSVW_METADATA} describes them as CSV on the Web."
    )
    schema["$defs"]["Bilingual"]["description"] = (
        "Editorial text of ours, in both languages, each as its edition shows it: words quoted in another"
        " language stand in the edition's quotation marks (« » in French, “ ” in English), followed by our"
        " translation, in brackets and marked as ours and unofficial."
    )
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def schema_json() -> str:
    """``published_schema`` as published, made from the models (``PUBLISHED_SCHEMA`` holds it, committed)."""
    return _dumps(published_schema())


def committed_schema_json() -> str:
    """What the build publishes as SCHEMA_JSON: ``schema_json()`` as last written (``--write-schemas``)."""
    return PUBLISHED_SCHEMA.read_text(encoding="utf-8")


def file_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one data file as an editor sees it (YAML as written)."""
    filename, model = FILES[name]
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["title"] = f"data/{filename}"
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def file_schemas() -> dict[str, str]:
    """``{schema file name: text}`` for every data file."""
    return {schema_name(name): _dumps(file_schema(name)) for name in FILES}


def schema_name(name: str) -> str:
    """``resolution`` → ``resolution.schema.json`` (named after the data file, not the key)."""
    return FILES[name][0].removesuffix(".yaml") + ".schema.json"


def schema_header(name: str) -> str:
    """The first line every data file carries, so that editors find its schema."""
    return f"# yaml-language-server: $schema=schema/{schema_name(name)}"


CSV_DESCRIPTIONS = {
    "id": ("Stable id of the provision (its permanent URL and Akoma Ntoso wId).", "string"),
    "ref": ("Our working label (O1, C1…); editorial, not an official number.", "string"),
    "kind": ("visa, recital or operative.", "string"),
    "order": ("Place in the text (see order_basis).", "integer"),
    "order_basis": ("certain, provisional or unknown.", "string"),
    "status": (
        "Status of the wording: official (read in an official source), verbatim (copied word for word from an"
        " unofficial secondary copy, not read in an official source), fragment, paraphrase or not-located.",
        "string",
    ),
    "heading_fr": ("Our heading, in French (the text has no official headings).", "string"),
    "heading_en": ("Our heading, in English.", "string"),
    "wording_fr": (
        "The French wording, where status is official or verbatim (see status: a verbatim wording comes from an"
        " unofficial copy); empty otherwise.",
        "string",
    ),
    "wording_en": ("Our English translation of the wording, unofficial.", "string"),
    "topics": ("Topic ids, separated by ';'.", "string"),
    "sources": ("Source ids, separated by ';' (see resolution.json, key 'sources').", "string"),
    "url": ("The provision's page (relative to this file when the site's address is not set).", "anyURI"),
}


def csvw(
    data: Dataset,
    settings: Settings,
    path: str,
    *,
    title: str,
    description: str,
    columns: dict[str, tuple[str, str]],
    lists: frozenset[str] = frozenset(),
    nullable: frozenset[str] = frozenset(),
    primary_key: str | list[str] = "id",
    relation: bool = True,
) -> str:
    """CSV on the Web (W3C) metadata for the CSV at ``path``: its ``columns`` (name: description,
    datatype), which of them hold ``;``-separated lists or may be empty, its licence and version."""
    rel = release(data)
    described: list[dict[str, Any]] = []
    for name, (text, datatype) in columns.items():
        column: dict[str, Any] = {"name": name, "titles": name, "datatype": datatype, "dc:description": text}
        if name in lists:
            column["separator"] = ";"
        if name in nullable:
            column["null"] = ""
        described.append(column)
    metadata: dict[str, Any] = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}],
        "url": settings.absolute(path) if settings.site_url else path.rsplit("/", 1)[1],
        "dc:title": title,
        "dc:description": description,
        "dc:license": {"@id": licence()["data"]["url"]},
        "schema:version": rel.version,
        "tableSchema": {"columns": described, "primaryKey": primary_key},
        "dialect": {"header": True, "lineTerminators": ["\r\n"]},
    }
    if relation:
        metadata["dc:relation"] = akn.work_uri(data)
    if rel.date:
        metadata["dc:modified"] = {"@value": rel.date.isoformat(), "@type": "xsd:date"}
    return _dumps(metadata)


def csvw_metadata(data: Dataset, settings: Settings = DEFAULT) -> str:
    """CSV on the Web metadata for ``dispositions.csv``."""
    required = {"id", "ref", "kind", "order", "order_basis", "status", "heading_fr", "heading_en", "url"}
    return csvw(
        data,
        settings,
        PROVISIONS_CSV,
        title="Provisions of the French Senate resolution of 17 January 2024 (one row per provision)",
        description=CSV_NEUTRALISED,
        columns={name: CSV_DESCRIPTIONS[name] for name in CSV_COLUMNS},
        lists=frozenset({"topics", "sources"}),
        nullable=frozenset(CSV_COLUMNS) - required,
    )


# --- what happened since (data/since.yaml) ----------------------------------------

SINCE_COLUMNS = {
    "event": ("Stable id of the event (in resolution.json, key 'since').", "string"),
    "date": ("Its date: a day (2024-02-13), or a month or a year where that is all the sources give.", "string"),
    "provision": ("Id of the provision it bears on (one row per event and provision).", "string"),
    "relation": ("acts-on, contrary or related: how it stands to what that provision asks.", "string"),
    "description_fr": ("One neutral line, in French (ours).", "string"),
    "description_en": ("One neutral line, in English (ours).", "string"),
    "confidence": ("high, medium or low, under the methodology's rule.", "string"),
    "single_side": ("true when the event is known only from one side's sources.", "boolean"),
    "sources": ("Source ids, separated by ';' (see resolution.json, key 'sources').", "string"),
    "url": (
        "The event under that provision on the page 'Depuis la résolution' (relative to this file when the site's "
        "address is not set).",
        "anyURI",
    ),
}


def since_rows(data: Dataset, settings: Settings = DEFAULT) -> list[list[Any]]:
    """One row per event and provision, provisions in the text's order, events in date order."""
    page = settings.from_data(paths.page_url(paths.page("since")))
    rows = []
    for follow_up in since.follow_ups(data):  # the page's order and anchors, so file and page agree
        for entry in follow_up.entries:
            event = entry.event
            rows.append(
                [
                    event.id,
                    str(event.date),
                    entry.bearing.provision,
                    entry.bearing.relation.value,
                    plain(event.description.fr, "fr"),
                    plain(event.description.en, "en"),
                    event.confidence.value,
                    "true" if event.single_side else "false",
                    _list(list(dict.fromkeys(ref.source for ref in event.sources))),
                    f"{page}#{entry.anchor}",
                ]
            )
    return rows


def since_csv(data: Dataset, settings: Settings = DEFAULT) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(SINCE_COLUMNS))
    writer.writerows([csv_cell(cell) for cell in row] for row in since_rows(data, settings))
    return out.getvalue()


def since_csvw(data: Dataset, settings: Settings = DEFAULT) -> str:
    """CSV on the Web metadata for ``depuis.csv``."""
    return csvw(
        data,
        settings,
        SINCE_CSV,
        title="What happened since the French Senate resolution of 17 January 2024 (one row per event and provision)",
        description=(
            "Events after the resolution on the matters it raised. No source says that any of them happened "
            "because of the resolution; the selection is ours and dated. " + CSV_NEUTRALISED
        ),
        columns=SINCE_COLUMNS,
        lists=frozenset({"sources"}),
        primary_key=["event", "provision"],
    )


def render_files(data: Dataset, settings: Settings = DEFAULT) -> dict[str, str]:
    """The published data files, as ``{path under docs/generated: text}``."""
    return {
        RESOLUTION_JSON: resolution_json(data, settings),
        PROVISIONS_CSV: provisions_csv(
            data, lambda provision_id: settings.from_data(paths.page_url(paths.provision_page(provision_id)))
        ),
        CSVW_METADATA: csvw_metadata(data, settings),
        SINCE_CSV: since_csv(data, settings),
        SINCE_CSVW: since_csvw(data, settings),
        SCHEMA_JSON: committed_schema_json(),
        **akn.render_files(data),
        **feed.render_files(data, settings),
        **earlier_data.render_files(data, settings),
    }


def stale_schemas(schema_dir: Path) -> list[str]:
    """Paths of the schemas that differ from the models (or are missing): the editor schemas in
    ``schema_dir`` by name, then the published one (``PUBLISHED_SCHEMA``) by its path in the package."""
    written = {schema_dir / filename: text for filename, text in file_schemas().items()}
    written[PUBLISHED_SCHEMA] = schema_json()
    return [
        path.name if path.parent == schema_dir else path.relative_to(Path(__file__).parents[1]).as_posix()
        for path, text in written.items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]


def write_schemas(schema_dir: Path) -> None:
    """Write every schema from the models: the editors' into ``schema_dir``, the published one beside this module."""
    schema_dir.mkdir(parents=True, exist_ok=True)
    for filename, text in file_schemas().items():
        (schema_dir / filename).write_text(text, encoding="utf-8")
    PUBLISHED_SCHEMA.write_text(schema_json(), encoding="utf-8")
