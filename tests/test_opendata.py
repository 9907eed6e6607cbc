"""Open data (scripts/opendata.py): the JSON, the CSV and the schemas."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import ROOT
from helpers import VALID
from resolution_site.dataset import FILES
from resolution_site.pipeline import load_dataset
from resolution_site.publish import opendata


@pytest.fixture(scope="module")
def data():
    return load_dataset(VALID)


def url_for(provision_id: str) -> str:
    return f"dispositions/{provision_id}/"


def test_json_reloads_into_the_models_unchanged(data) -> None:
    published = json.loads(opendata.resolution_json(data))
    assert sorted(published) == sorted(FILES)
    for name, (_, model) in FILES.items():
        assert model.model_validate_json(json.dumps(published[name])) == data.files[name], name


def test_json_uses_the_data_file_names_and_aliases(data) -> None:
    published = json.loads(opendata.resolution_json(data))
    assert published["vote"]["vote"]["for"]["value"] == 10
    assert "for_" not in published["vote"]["vote"]
    assert published["resolution"]["resolution"]["adopted"]["value"] == "2024-01-17"


def test_json_is_canonical(data) -> None:
    text = opendata.resolution_json(data)
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_csv_has_one_row_per_provision_in_text_order(data) -> None:
    rows = list(csv.DictReader(io.StringIO(opendata.provisions_csv(data, url_for))))
    assert list(rows[0]) == opendata.CSV_COLUMNS
    assert [row["id"] for row in rows] == [p.id for p in data.provisions_in_order()]
    first = next(row for row in rows if row["id"] == "first-clause")
    assert first == {
        "id": "first-clause",
        "ref": "O1",
        "kind": "operative",
        "order": "2",
        "order_basis": "certain",
        "status": "official",
        "heading_fr": "Première disposition",
        "heading_en": "First provision",
        "wording_fr": "Le Sénat condamne l'exemple ; »",
        "wording_en": "The Senate condemns the example;",
        "topics": "alpha",
        "sources": "official-page",
        "url": "dispositions/first-clause/",
    }
    second = next(row for row in rows if row["id"] == "second-clause")
    assert second["wording_fr"] == "" and second["topics"] == "alpha;beta"


def test_published_schema_describes_every_file(data) -> None:
    schema = opendata.published_schema()
    assert schema["$schema"] == opendata.JSON_SCHEMA_DIALECT
    assert set(schema["properties"]) == set(FILES)
    assert set(schema["required"]) == set(FILES)
    assert schema["additionalProperties"] is False
    vote = schema["$defs"]["Vote"]["properties"]
    assert "for" in vote and "for_" not in vote


def test_editor_schemas_are_up_to_date() -> None:
    """data/schema/*.schema.json are committed for editors; they must match the models."""
    assert opendata.stale_schemas(ROOT / "data" / "schema") == [], "run: python scripts/opendata.py --write-schemas"
    on_disk = sorted(p.name for p in (ROOT / "data" / "schema").glob("*.schema.json"))
    assert on_disk == sorted(opendata.file_schemas())


def test_editor_schema_is_the_model_of_its_file() -> None:
    schema = json.loads(opendata.file_schemas()["provisions.schema.json"])
    assert schema["title"] == "data/provisions.yaml"
    assert schema["required"] == ["provisions"]
    assert schema["additionalProperties"] is False


def test_every_data_file_names_its_schema() -> None:
    """Each data file's first line points editors to its schema (yaml-language-server)."""
    for name, (filename, _) in FILES.items():
        first = (ROOT / "data" / filename).read_text(encoding="utf-8").splitlines()[0]
        assert first == opendata.schema_header(name), (
            f"data/{filename}: first line should be {opendata.schema_header(name)!r}"
        )
