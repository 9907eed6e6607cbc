"""Citations and page metadata (resolution_site/render/cite.py): pure functions over the fixture data."""

from __future__ import annotations

import json
from datetime import date

import pytest

from helpers import data_copy
from resolution_site.catalogue import STRINGS, format_date
from resolution_site.pipeline import load_dataset
from resolution_site.publish import akn, opendata
from resolution_site.render import cite

URL = "https://example.test/dispositions/first-clause/"


def provision(data, provision_id: str):
    return next(p for p in data.provisions if p.id == provision_id)


def test_clause_citation_in_french_names_the_act_and_says_the_ref_is_ours(data) -> None:
    text = cite.provision_citation(data, provision(data, "first-clause"), "fr").with_url(URL)
    assert text == (
        "Sénat, résolution du 17 janvier 2024 (titre du texte adopté non trouvé ; titre de la proposition : "
        "« proposition de résolution d'exemple »), "
        "alinéa du dispositif O1 — Première disposition (repère et intitulé de travail, non officiels). "
        "Texte reconstitué à partir de sources secondaires : « Résolution du Sénat sur le Haut-Karabagh "
        f"(17 janvier 2024) », site web non officiel, en ligne : {URL} (données : version 3 du 5 mars 2024) "
        "[consulté le …]."
    )


def test_a_citation_names_the_version_of_the_data_it_was_read_in(data, tmp_path) -> None:
    """A reference that changes is cited as it stood: the version and date of the data (the
    corrections log's), in every format; with an empty log there is no date, and none is invented."""
    for lang in ("fr", "en"):
        assert (
            f"{URL} {STRINGS[lang]['cite_version'].format(version='3', date=format_date(date(2024, 3, 5), lang))[1:]}"
            in (cite.provision_citation(data, provision(data, "first-clause"), lang).with_url(URL))
        )
        assert "version = {3}" in cite.bibtex(data, lang).with_url(URL)
        assert '"version": "3"' in cite.csl_json(data, lang).with_url(URL)
    empty = load_dataset(data_copy(tmp_path, corrections="corrections: []\n"))
    assert "version" not in cite.resolution_citation(empty, "en").with_url(URL)
    assert "version" not in cite.bibtex(empty, "en").with_url(URL)


def test_clause_citation_in_english(data) -> None:
    text = cite.provision_citation(data, provision(data, "a-visa"), "en").with_url(URL)
    assert text.startswith("Senate (France), resolution of 17 January 2024 (title of the adopted text not found; ")
    assert "title of the motion: “proposition de résolution d'exemple”" in text
    assert "citation V1 — Citations (our working reference and heading, not official)" in text
    assert "“Citations”" not in text, "our heading is not a quotation"
    assert text.endswith(f"unofficial website, online: {URL} (data: version 3 of 5 March 2024) [accessed …].")


def test_resolution_citations_do_not_present_the_site_as_the_senates(data) -> None:
    """The act is cited as the Senate's, with the title the sources give (the motion's, said to
    be the motion's); the URL is introduced as this site's reconstruction, unofficial."""
    fr = cite.resolution_citation(data, "fr").with_url(URL)
    en = cite.resolution_citation(data, "en").with_url(URL)
    assert "titre de la proposition : « proposition de résolution d'exemple »" in fr
    assert "titre du texte adopté non trouvé" in fr and "[consulté le …]" in fr
    assert f"Texte reconstitué à partir de sources secondaires : « {STRINGS['fr']['site_name']} »" in fr
    assert fr.index("site web non officiel") < fr.index(URL)
    assert "our translation (unofficial): “Example motion for a resolution”" in en and "[accessed …]" in en
    assert en.index("Text reconstructed from secondary sources") < en.index("unofficial website") < en.index(URL)


def test_an_adopted_title_once_found_is_cited_before_the_motions(tmp_path) -> None:
    folder = data_copy(
        tmp_path,
        resolution=(
            "  title_en:",
            "  adopted_title:\n    value: résolution d'exemple adoptée\n    confidence: high\n"
            "    sources: [{source: official-page, supports: {fr: le titre, en: the title}}]\n  title_en:",
        ),
    )
    data = load_dataset(folder)
    fr = cite.resolution_citation(data, "fr").with_url(URL)
    assert (
        "(« résolution d'exemple adoptée » ; titre de la proposition : « proposition de résolution d'exemple »)" in fr
    )
    assert json.loads(cite.resolution_jsonld(data))["name"] == "résolution d'exemple adoptée"
    english = cite.bibtex(data, "en").with_url(URL) + cite.csl_json(data, "en").with_url(URL)
    assert "our translation (unofficial): “Example motion for a resolution”" in english
    assert "adoptée" not in english and "proposition" not in english


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
    assert "résolution du 17 janvier 2024, texte adopté n° 56 (2023-2024) (" in cite.resolution_citation(
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
    assert json.loads(cite.csl_json(data).with_url(URL))[0]["note"].endswith(f"Akoma Ntoso FRBR work URI: {WORK}")
    assert json.loads(opendata.resolution_json(data))["about"]["work"] == WORK
    assert json.loads(opendata.csvw_metadata(data))["dc:relation"] == WORK
    for lang in ("fr", "en"):
        assert f'<FRBRuri value="{WORK}"/>' in akn.render(data, lang)


def test_bibtex_entry_is_this_sites_page_not_the_senates(data) -> None:
    entry = cite.bibtex(data).with_url(URL)
    assert entry.startswith("@online{senat-resolution-2024-01-17,\n")
    assert "author" not in entry, "the Senate did not publish this page"
    assert "  title = {{Résolution du Sénat sur le Haut-Karabagh (17 janvier 2024), site web non officiel}},\n" in entry
    assert "reconstitué à partir de sources secondaires" in entry
    assert "titre de la proposition\u202f: «\u202fproposition de résolution d'exemple\u202f»" in entry
    assert entry.endswith(f"  url = {{{URL}}}\n}}")
    assert entry.count("{") == entry.count("}")


def test_the_english_editions_reference_entries_are_in_english(data) -> None:
    """The English page is cited as what it is, an English page: a reader pasting its BibTeX
    or CSL-JSON gets an English record. A field cannot be marked lang="fr", so the motion's
    title is given in our translation, marked unofficial, and the French stays in the French entries."""
    entry = cite.bibtex(data, "en").with_url(URL)
    assert (
        "  title = {{French Senate resolution on Nagorno-Karabakh (17 January 2024), unofficial website}},\n" in entry
    )
    assert "  language = {english},\n" in entry
    assert "reconstitué" not in entry and "Titre" not in entry
    (item,) = json.loads(cite.csl_json(data, "en").with_url(URL))
    assert item["language"] == "en" and item["title"].endswith("unofficial website")
    assert "title of the motion, our translation (unofficial): “Example motion for a resolution”" in item["note"]
    assert "proposition" not in item["note"] and "proposition" not in entry  # no French a field cannot mark
    blocks = {block.label: block for block in cite.resolution_blocks(data, "en")}
    assert blocks["BibTeX"].lang == "en" and "{english}" in blocks["BibTeX"].cite.with_url(URL)


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


def test_csl_json_is_a_web_page_with_the_url(data) -> None:
    (item,) = json.loads(cite.csl_json(data).with_url(URL))
    assert item["URL"] == URL
    assert item["type"] == "webpage" and "author" not in item and "authority" not in item
    assert item["title"].endswith("site web non officiel")
    assert "reconstitué à partir de sources secondaires" in item["note"]


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
    "description",
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
    assert item["name"] == data.identity.short_title.fr, "the adopted title is not known"
    assert "titre de la proposition\u202f: «\u202fproposition de résolution d'exemple\u202f»" in item["description"]
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


def test_citation_meta_describe_this_page_not_the_senates(data) -> None:
    site = "Résolution du Sénat sur le Haut-Karabagh (17 janvier 2024), site web non officiel"
    assert dict(cite.citation_meta(data)) == {"citation_title": site, "citation_language": "fr"}
    clause = dict(cite.citation_meta(data, provision(data, "second-clause")))
    assert clause["citation_title"] == f"Alinéa du dispositif O2 — Deuxième disposition — {site}"


def test_citation_meta_of_the_english_edition_names_the_provision_in_english(data) -> None:
    meta = dict(cite.citation_meta(data, provision(data, "second-clause"), "en"))
    assert meta["citation_title"].startswith("Paragraph O2 — Second provision — ")
    assert meta["citation_title"].endswith("unofficial website")
    assert meta["citation_language"] == "en"


def test_sources_cited_are_those_of_the_provisions(data) -> None:
    assert [s.id for s in cite.sources_cited(data)] == ["press-report", "official-page"]
