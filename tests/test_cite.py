"""Citations and page metadata (resolution_site/render/cite.py): pure functions over the fixture data."""

from __future__ import annotations

import json

import pytest

from helpers import data_copy
from resolution_site.pipeline import load_dataset
from resolution_site.publish import akn, opendata
from resolution_site.render import cite

URL = "https://example.test/dispositions/first-clause/"


def provision(data, provision_id: str):
    return next(p for p in data.provisions if p.id == provision_id)


def test_clause_citation_in_french_names_the_act_and_says_the_ref_is_ours(data) -> None:
    text = cite.provision_citation(data, provision(data, "first-clause"), "fr").with_url(URL)
    assert text == (
        "Sénat, résolution du 17 janvier 2024, « proposition de résolution d'exemple », "
        "alinéa du dispositif « Première disposition » (repère O1, numérotation de travail non officielle), "
        f"en ligne : {URL} [consulté le …]."
    )


def test_clause_citation_in_english(data) -> None:
    text = cite.provision_citation(data, provision(data, "a-visa"), "en").with_url(URL)
    assert text.startswith("Senate (France), resolution of 17 January 2024, “proposition de résolution d'exemple”, ")
    assert "citation “Citations” (our working reference V1, not an official number)" in text
    assert text.endswith(f"online: {URL} [accessed …].")


def test_resolution_citations_give_the_official_title_and_our_translation(data) -> None:
    fr = cite.resolution_citation(data, "fr").with_url(URL)
    en = cite.resolution_citation(data, "en").with_url(URL)
    assert "« proposition de résolution d'exemple »" in fr and "[consulté le …]" in fr
    assert "unofficial English translation: “Example motion for a resolution”" in en and "[accessed …]" in en


def test_an_unknown_adopted_text_number_is_left_out(data) -> None:
    assert cite.adopted_text_number(data.identity) is None
    everything = [
        cite.resolution_citation(data, "fr").with_url(URL),
        cite.resolution_citation(data, "en").with_url(URL),
        cite.bibtex(data).with_url(URL),
        cite.csl_json(data).with_url(URL),
        cite.resolution_jsonld(data),
    ]
    for text in everything:
        assert "texte adopté n°" not in text and "adopted text no." not in text and "number" not in text.lower()
    assert "identifier" not in json.loads(cite.resolution_jsonld(data))


def test_a_known_adopted_text_number_is_cited(tmp_path) -> None:
    folder = data_copy(
        tmp_path,
        resolution=(
            "    - label: {fr: Texte adopté n°, en: Adopted text no.}\n      value: null",
            '    - label: {fr: Texte adopté n°, en: Adopted text no.}\n      value: "56 (2023-2024)"',
        ),
    )
    data = load_dataset(folder)
    assert cite.adopted_text_number(data.identity) == "56 (2023-2024)"
    assert "résolution du 17 janvier 2024, texte adopté n° 56 (2023-2024), «" in cite.resolution_citation(
        data, "fr"
    ).with_url(URL)
    assert "adopted text no. 56 (2023-2024)" in cite.resolution_citation(data, "en").with_url(URL)
    assert json.loads(cite.csl_json(data).with_url(URL))[0]["number"] == "56 (2023-2024)"
    jsonld = json.loads(cite.resolution_jsonld(data))
    assert jsonld["identifier"] == "56 (2023-2024)"
    assert jsonld["legislationIdentifier"] == WORK, "the work URI stays the identifier when a number is found"


WORK = "/akn/fr/statement/resolution/senat/2024-01-17/haut-karabagh"


def test_one_work_uri_everywhere(data) -> None:
    """JSON-LD, BibTeX, CSL-JSON, the open data and the AKN documents all name the same FRBR work."""
    assert akn.work_uri(data) == WORK
    assert json.loads(cite.resolution_jsonld(data))["legislationIdentifier"] == WORK
    assert (
        json.loads(cite.provision_jsonld(data, provision(data, "first-clause")))["isPartOf"]["legislationIdentifier"]
        == WORK
    )
    assert f"  eprint = {{{WORK}}},\n" in cite.bibtex(data).with_url(URL)
    assert json.loads(cite.csl_json(data).with_url(URL))[0]["note"] == f"Akoma Ntoso FRBR work URI: {WORK}"
    assert json.loads(opendata.resolution_json(data))["about"]["work"] == WORK
    assert json.loads(opendata.csvw_metadata(data))["dc:relation"] == WORK
    for lang in ("fr", "en"):
        assert f'<FRBRuri value="{WORK}"/>' in akn.render(data, lang)


def test_bibtex_entry(data) -> None:
    entry = cite.bibtex(data).with_url(URL)
    assert entry.startswith("@misc{senat-resolution-2024-01-17,\n")
    assert "  author = {{Sénat}},\n" in entry
    assert "  title = {{proposition de résolution d'exemple}},\n" in entry
    assert "  date = {2024-01-17},\n" in entry and "  month = jan,\n" in entry
    assert entry.endswith(f"  url = {{{URL}}}\n}}")
    assert entry.count("{") == entry.count("}")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("50 % & more", r"50 \% \& more"),
        ("a_b #1 $x$", r"a\_b \#1 \$x\$"),
        ("{x} \\ ~^", r"\{x\} \textbackslash{} \~{}\^{}"),
    ],
)
def test_bibtex_escapes_special_characters(text: str, escaped: str) -> None:
    assert cite.bibtex_escape(text) == escaped


def test_csl_json_is_json_with_the_url(data) -> None:
    (item,) = json.loads(cite.csl_json(data).with_url(URL))
    assert item["URL"] == URL
    assert item["type"] == "legislation"
    assert item["issued"] == {"date-parts": [[2024, 1, 17]]}
    assert item["title"] == "proposition de résolution d'exemple"


def test_script_json_cannot_close_its_script_element() -> None:
    text = cite.script_json({"name": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script> & <!--"}


# Properties schema.org defines for Legislation (and CreativeWork/Thing, which it extends) that we use.
LEGISLATION_PROPERTIES = {
    "@context",
    "@type",
    "name",
    "alternateName",
    "inLanguage",
    "legislationType",
    "legislationDate",
    "legislationPassedBy",
    "legislationIdentifier",
    "identifier",
    "isPartOf",
    "position",
    "text",
}


def test_resolution_jsonld(data) -> None:
    item = json.loads(cite.resolution_jsonld(data))
    assert set(item) <= LEGISLATION_PROPERTIES
    assert item["@type"] == "Legislation"
    assert item["name"] == "proposition de résolution d'exemple"
    assert item["legislationDate"] == "2024-01-17"
    assert item["legislationPassedBy"] == {"@type": "Organization", "name": "Sénat"}


def test_clause_jsonld_states_position_and_text_only_when_known(data) -> None:
    certain = json.loads(cite.provision_jsonld(data, provision(data, "first-clause")))
    unknown = json.loads(cite.provision_jsonld(data, provision(data, "a-visa")))
    provisional = json.loads(cite.provision_jsonld(data, provision(data, "second-clause")))
    for item in (certain, unknown, provisional):
        assert set(item) <= LEGISLATION_PROPERTIES
        assert item["isPartOf"]["@type"] == "Legislation"
    assert certain["position"] == 2 and certain["text"] == "Le Sénat condamne l'exemple ; »"
    assert "position" not in unknown and "text" not in unknown
    assert "position" not in provisional and "text" not in provisional


def test_citation_meta(data) -> None:
    assert dict(cite.citation_meta(data)) == {
        "citation_title": "proposition de résolution d'exemple",
        "citation_author": "Sénat",
        "citation_publication_date": "2024/01/17",
        "citation_date": "2024/01/17",
        "citation_language": "fr",
    }
    clause = dict(cite.citation_meta(data, provision(data, "second-clause")))
    assert (
        clause["citation_title"] == "proposition de résolution d'exemple, alinéa du dispositif « Deuxième disposition »"
    )


def test_citation_meta_of_the_english_edition_names_the_provision_in_english(data) -> None:
    meta = dict(cite.citation_meta(data, provision(data, "second-clause"), "en"))
    assert meta["citation_title"] == "proposition de résolution d'exemple, paragraph “Second provision”"
    assert meta["citation_language"] == "en"


def test_sources_cited_are_those_of_the_provisions(data) -> None:
    assert [s.id for s in cite.sources_cited(data)] == ["press-report", "official-page"]
