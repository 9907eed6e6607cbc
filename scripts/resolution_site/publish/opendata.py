"""Open data: the validated data as JSON and CSV, and the JSON Schemas that describe it.

The published files (``donnees/…`` on the site) are rendered like any page, by
pure functions called from ``render.render_site``. Same data, same bytes: keys
are sorted, rows follow the provisions' order, nothing depends on the clock.

The editor schemas (``data/schema/<file>.schema.json``) describe the YAML files
as written (validation mode); ``donnees/schema.json`` describes the published
JSON (serialisation mode: every field present, defaults filled in).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from ..dataset import FILES, Dataset

FOLDER = "donnees"
RESOLUTION_JSON = f"{FOLDER}/resolution.json"
PROVISIONS_CSV = f"{FOLDER}/dispositions.csv"
SCHEMA_JSON = f"{FOLDER}/schema.json"

# The files the open-data page lists, with the catalogue key of what each holds.
FILES_LISTED = [(RESOLUTION_JSON, "opendata_json"), (PROVISIONS_CSV, "opendata_csv"), (SCHEMA_JSON, "opendata_schema")]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

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


def resolution_json(data: Dataset) -> str:
    """Every data file's validated model, by alias (``for``, not ``for_``), keyed by file name."""
    return _dumps({name: data.files[name].model_dump(mode="json", by_alias=True) for name in FILES})


def _list(values: list[str]) -> str:
    return ";".join(values)


def provisions_csv(data: Dataset, url_for: Callable[[str], str]) -> str:
    """One row per provision, in the text's order; lists are ``;``-separated ids.

    ``url_for(id)`` gives the clause page's site-relative address.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in data.provisions_in_order():
        sources = list(dict.fromkeys(ref.source for ref in p.sources))
        writer.writerow(
            [
                p.id,
                p.ref,
                p.kind.value,
                p.order,
                p.order_basis.value,
                p.status.value,
                _flat(p.heading.fr),
                _flat(p.heading.en),
                _flat(p.wording.fr) if p.wording else "",
                _flat(p.wording.en) if p.wording else "",
                _list(p.topics),
                _list(sources),
                url_for(p.id),
            ]
        )
    return out.getvalue()


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- schemas --------------------------------------------------------------------


def _published_model() -> type[BaseModel]:
    """A model of ``resolution.json``: one field per data file."""
    fields: dict[str, Any] = {name: (model, ...) for name, (_, model) in FILES.items()}
    return create_model("OpenData", __config__=ConfigDict(extra="forbid"), **fields)


def published_schema() -> dict[str, Any]:
    """The JSON Schema of ``donnees/resolution.json`` (what the published JSON contains)."""
    schema = _published_model().model_json_schema(by_alias=True, mode="serialization")
    schema["title"] = "Résolution du Sénat du 17 janvier 2024 — données ouvertes · open data"
    schema["description"] = (
        f"{RESOLUTION_JSON}: every data file, keyed by its name. The columns of {PROVISIONS_CSV} "
        "are the provisions' fields of the same names (lists joined with ';')."
    )
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def schema_json() -> str:
    return _dumps(published_schema())


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


def render_files(data: Dataset, url_for: Callable[[str], str]) -> dict[str, str]:
    """The published data files, as ``{path under docs/generated: text}``."""
    return {
        RESOLUTION_JSON: resolution_json(data),
        PROVISIONS_CSV: provisions_csv(data, url_for),
        SCHEMA_JSON: schema_json(),
    }


def stale_schemas(schema_dir: Path) -> list[str]:
    """Names of the editor schemas in ``schema_dir`` that differ from the models (or are missing)."""
    return [
        filename
        for filename, text in file_schemas().items()
        if not (schema_dir / filename).is_file() or (schema_dir / filename).read_text(encoding="utf-8") != text
    ]
