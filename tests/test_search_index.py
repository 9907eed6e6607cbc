"""The search index: tokenising (folding, elisions, stopwords, stems), the sections read back from
the pages, and the index built from them and from the data."""

from __future__ import annotations

import dataclasses
import gzip
import json
import random
import re

import pytest

from conftest import ROOT
from resolution_site.dataset import Dataset
from resolution_site.models import Bilingual, Wording
from resolution_site.pipeline import site_files
from resolution_site.publish import search as si
from resolution_site.publish.search import tokens
from resolution_site.publish.search.documents import APPARATUS_TIER, EVIDENCE_TIER, address_words
from resolution_site.publish.search.index import vocabulary_acronyms
from resolution_site.publish.search.sections import labels, plain, runs, sections, unmarked
from resolution_site.publish.search.tokens import STOP_PAIRS, acronyms


def _loaded(files: dict[str, str]) -> dict:
    """The index with its heads and its display shards' snippets read back into ``docs``, as search-core.js sees them."""
    index = json.loads(files[si.INDEX_PATH])
    shards = sorted((path for path in files if path != si.INDEX_PATH), key=lambda p: int(p.split("/")[-1][:-5]))
    snippets = [doc for path in shards for doc in json.loads(files[path])["docs"]]
    index["docs"] = [{**head, **texts} for head, texts in zip(si.expand(index), snippets, strict=True)]
    return index


def _edition(files: dict[str, str], lang: str = "fr") -> dict[str, str]:
    return {path.removeprefix(f"{lang}/"): text for path, text in files.items() if path.startswith(f"{lang}/")}


@pytest.fixture(scope="module")
def site(data: Dataset) -> dict[str, str]:
    """Every file of both editions of the fixture site, with a hand-written methodology page."""
    return site_files(data, {"fr/methode.md": "# Méthode · Method\n\nText.\n", "en/methodology.md": "# Method\n"})


@pytest.fixture(scope="module")
def index(site: dict[str, str]) -> dict:
    files = _edition(site)
    return _loaded({path: text for path, text in files.items() if path.startswith("search/")})


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Azerbaïdjan", "azerbaidjan"), ("SÉNAT", "senat"), ("Œuvre", "oeuvre"), ("Straße", "strasse"), ("Ça", "ca")],
)
def test_fold_strips_accents_and_case(text: str, folded: str) -> None:
    assert si.fold(text) == folded


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("l'exode", ["exode"]),
        ("l’exode", ["exode"]),
        ("L’Arménie", ["arménie"]),
        ("jusqu'au bout", ["au", "bout"]),
        ("lorsqu’il, puisqu'elle, qu'on, d'Azerbaïdjan", ["il", "elle", "on", "azerbaïdjan"]),
        ("Haut-Karabagh", ["haut", "karabagh"]),
        ("Nagorno-Karabakh's people", ["nagorno", "karabakh", "s", "people"]),
        ("336 voix contre 1.", ["336", "voix", "contre", "1"]),
    ],
)
def test_words_split_hyphens_and_strip_elisions(text: str, words: list[str]) -> None:
    assert si.words(text) == words


def test_french_terms_are_stemmed_folded_and_without_stopwords() -> None:
    assert list(si.terms("Le Sénat condamne l'offensive et l'exode", "fr")) == [
        ("senat", "senat"),
        ("condamne", "condamn"),
        ("offensive", "offens"),
        ("exode", "exod"),
    ]
    # The French stemmer sees the accents; only its result is folded.
    assert list(si.terms("condamnées, Sanctions", "fr")) == [("condamnees", "condamn"), ("sanctions", "sanction")]
    assert list(si.terms("a été à même", "fr")) == []


def test_english_terms_are_stemmed_with_the_english_stemmer() -> None:
    assert list(si.terms("The humanitarian negotiations of the withdrawal", "en")) == [
        ("humanitarian", "humanitarian"),
        ("negotiations", "negoti"),
        ("withdrawal", "withdraw"),
    ]
    assert list(si.terms("negotiate", "en")) == [("negotiate", "negoti")]


def test_the_officials_are_not_a_response() -> None:
    """Snowball stems « responsables » (French), "responsible" and "response" (English) all "respons": "Azerbaijan
    reaction" (whose vocabulary group holds "response") opened O14, on sanctions against « responsables
    azerbaïdjanais », before the Milli Majlis's reactions (a blind reader's query)."""
    officials = {stem for _, stem in si.terms("les responsables azéris, responsible", "fr")} | {
        stem for _, stem in si.terms("responsible", "en")
    }
    responses = {stem for _, stem in si.terms("response responses", "en")}
    assert officials and responses and not officials & responses
    assert {stem for _, stem in si.terms("responsibility", "en")} == {
        stem for _, stem in si.terms("responsabilité", "fr")
    }


def test_a_stopword_that_says_something_after_a_vote_is_what_it_says() -> None:
    """« voté pour », "voted for": the votes in favour (two blind readers' "how many voted for" opened the voters'
    row; the row "For" is named by « faveur » / "favour"); « pour » and "for" elsewhere stay stopwords."""
    assert tokens.query_words("combien de sénateurs ont voté pour") == ["senateurs", "vote", "faveur"]
    assert tokens.query_words("how many voted for") == ["voted", "favour"]
    assert tokens.query_words("aide pour les réfugiés") == ["aide", "refugies"]


def test_stopwords_are_folded_like_the_text() -> None:
    for words in si.STOPWORDS.values():
        assert all(word == si.fold(word) for word in words)
    assert "ete" in si.STOPWORDS["fr"] and "the" in si.STOPWORDS["en"]


def test_a_compound_preposition_says_nothing_in_a_query() -> None:
    """ "par rapport à" is "compared with": its "rapport" is not a report; "rapport" alone still is."""
    assert si.query_words("nouveau par rapport à 2022") == ["nouveau", "2022"]
    assert si.query_words("rapport du Sénat") == ["rapport", "senat"]
    assert si.query_words("au sujet des visas, with regard to sanctions") == ["visas", "sanctions"]
    # "au nom de" and "on behalf of" speak for someone: their "nom" is not a name
    assert si.query_words("qui parlait au nom du gouvernement") == ["parlait", "gouvernement"]
    assert si.query_words("who spoke on behalf of the government") == ["spoke", "government"]
    assert si.query_words("nom de l'auteur") == ["nom", "auteur"]
    # a fact-checker's question: the claim is what is looked for, not "true"; « était » is « est » in the past
    assert si.query_words("is it true france sanctioned azerbaijan") == ["france", "sanctioned", "azerbaijan"]
    assert si.query_words("est-il vrai que le vote était unanime") == ["vote", "unanime"]
    assert si.query_words("vrai ou faux") == ["vrai", "faux"]
    assert all(pair == tuple(si.fold(word) for word in pair) for pair in STOP_PAIRS)


def test_to_co_sign_and_the_co_signatories_are_one_term() -> None:
    """Snowball gives "cosign" and "cosignatair": "quels groupes ont cosigné" finds « Auteurs et cosignataires »."""
    stems = {stem for word in ("cosigné", "cosignataires", "cosigner") for _, stem in si.terms(word, "fr")}
    assert stems == {stem for word in ("cosigned", "cosignatories") for _, stem in si.terms(word, "en")} == {"cosign"}


def _doc(index: dict, url: str) -> tuple[int, dict]:
    return next((n, doc) for n, doc in enumerate(index["docs"]) if doc["url"] == url)


def _postings(index: dict, term: str) -> dict[int, int]:
    return si.decode_postings(index["terms"][term])


def test_a_provision_result_opens_the_clause_at_its_anchor_with_its_status(index: dict) -> None:
    n, doc = _doc(index, "dispositions/first-clause/#first-clause")
    assert doc["ref"] == "O1" and doc["status"] == "official"
    assert doc["title"] == "Première disposition" and index["tiers"][n] == str(si.PROVISION_TIER)
    assert ["fr", "Le Sénat condamne l'exemple ; »"] in doc["texts"]
    assert index["statuses"]["official"] == "Libellé officiel"


def test_the_english_edition_shows_english_titles_and_labels_only(data: Dataset) -> None:
    index = _loaded(si.render_files(data, {}, "en"))
    _, doc = _doc(index, "provisions/first-clause/#first-clause")
    assert doc["title"] == "First provision" and all(lang == "en" for lang, _ in doc["texts"])
    assert index["statuses"]["official"] == "Official wording"
    assert index["kinds"]["event"] == "Timeline event" and index["lang"] == "en"
    # still searchable in French: the original's words lead to the English edition's pages
    first, _ = _doc(index, "provisions/first-clause/#first-clause")
    assert first in _postings(index, "condamn")


def test_topic_labels_in_both_languages_find_the_clauses(index: dict) -> None:
    first, _ = _doc(index, "dispositions/first-clause/#first-clause")
    second, _ = _doc(index, "dispositions/second-clause/#second-clause")
    assert {first, second} <= set(_postings(index, "alpha"))
    assert second in _postings(index, "bet") and second in _postings(index, "topic")


def test_title_weighs_more_than_topic_than_text(index: dict) -> None:
    first, _ = _doc(index, "dispositions/first-clause/#first-clause")
    assert _postings(index, "premi")[first] > _postings(index, "alpha")[first] > _postings(index, "condamn")[first]


def test_forms_map_surface_words_to_their_stems(index: dict) -> None:
    assert index["forms"]["condamne"] == "condamn"
    assert index["forms"]["condemns"] == "condemn"
    assert "senat" not in index["forms"]  # equal to its stem: the term itself


def test_every_page_is_a_document(index: dict) -> None:
    urls = {doc["url"] for doc in index["docs"]}
    assert {
        "",
        "texte/",
        "vote/",
        "sources/",
        "themes/",
        "themes/alpha/",
        "methode/",
        "sources/press-report",
    } - urls == {"sources/press-report"}
    assert "sources/#press-report" in urls and "contexte/#adoption" in urls
    _, methode = _doc(index, "methode/")
    assert methode["title"] == "Méthode · Method" and methode["kind"] == "page"


def test_pages_are_indexed_by_section_at_their_anchors(index: dict) -> None:
    urls = {doc["url"] for doc in index["docs"]}
    assert {"vote/#figure-for", "vote/#figure-against", "procedure/#authors", "procedure/#procedure"} <= urls
    assert {"etat/#open-items", "donnees/#dispositions-csv", "donnees/#resolution-json"} <= urls
    _, csv = _doc(index, "donnees/#dispositions-csv")
    assert csv["kind"] == "open_data" and "page" not in csv  # its kind is its page's name, said once
    for word in ("telecharg", "csv", "json"):
        assert any(word.startswith(term) or term == word for term in index["terms"]), word


def test_a_bold_label_repeated_on_a_page_names_none_of_its_sections() -> None:
    """ "**Our reading**" heads a paragraph of every entry of the reporting page: it is a label, not a name
    ("read the resolution" opened those entries before the text)."""
    entry = "## {0} {{#{0}}}\n\n**Our reading**: about **{0}**.\n\n"
    found = sections("---\ntitle: x\n---\n# Page\n\n" + "".join(entry.format(n) for n in ("one", "two", "three")))
    assert labels(found) == {"Our reading"}
    assert [s.keys(labels(found)) for s in found[1:]] == ["one", "two", "three"]
    assert labels(found[:3]) == set() and found[1].keys() == "Our reading · one"


def test_a_page_is_cut_into_its_sections_at_their_anchors() -> None:
    page = (
        "---\ntitle: x\n---\n# Méthode\n\nIntro.\n\n## D'où vient le texte\n\nDu **Sénat**.\n\n"
        "### Adresses {#urls}\n\nVoir [la page](vote.md) et [ici](#urls).\n\n"
        '<p class="source" id="s1"><strong>Un titre</strong> — Éditeur</p>\n\n'
        '<div class="x" id="d1" markdown>\n\nDans le bloc.\n\n</div>\n\nAprès le bloc.\n\n'
        '<p data-search-exclude id="tools">Outils</p>\n\n'
        "## [O1 — ailleurs](dispositions/o1.md) {#o1}\n\nUn renvoi.\n"
    )
    found = sections(page)
    assert [(s.anchor, s.level, s.title) for s in found] == [
        ("", 1, "Méthode"),
        ("dou-vient-le-texte", 2, "D'où vient le texte"),
        ("urls", 3, "Adresses"),
        ("s1", 4, "Un titre"),
        ("d1", 4, "Dans le bloc."),
    ]
    _, origin, urls, source, block = found
    assert origin.keys() == "Sénat" and urls.parent == "D'où vient le texte"
    assert urls.text == "Voir la page et ici. Après le bloc." and urls.own_text == "Voir et ici. Après le bloc."
    assert source.text == "Un titre — Éditeur" and block.text == "Dans le bloc."


def test_a_table_reads_as_its_cells_without_pipes_or_rule() -> None:
    """A snippet cut from a Markdown table shows its cells, not "| Statut | Sens | |---|---|"."""
    table = "| Statut | Sens |\n|:---|---:|\n| **Libellé officiel** | Confirmée. |\n| Copie | Mot pour mot. |"
    assert plain(table) == "Statut · Sens Libellé officiel · Confirmée. Copie · Mot pour mot."
    assert plain("a | b, not a table") == "a | b, not a table"


def test_a_stretch_in_another_language_is_a_run_of_the_snippet_text() -> None:
    """A French quotation in an English section keeps its language in the snippet (search.js sets it apart in a
    span with its lang, as the page does): its words, its start and end; the words themselves are unchanged."""
    markdown = (
        'Having regard (<q lang="fr">Vu la <strong>Charte</strong>, <span lang="en">sic</span> fin</q>),<br> end.'
    )
    marked = plain(markdown, marks=True)
    assert unmarked(marked) == plain(markdown) == "Having regard (Vu la Charte, sic fin), end."
    text, found = runs(marked, "en")
    assert text == plain(markdown)
    assert [(text[start:end], lang) for start, end, lang in found] == [("Vu la Charte,", "fr"), ("fin", "fr")]
    assert runs(plain('<p lang="fr">Tout</p>', marks=True), "fr") == ("Tout", ())  # the text's own language
    assert runs(plain("No language here", marks=True), "en") == ("No language here", ())


def test_an_abbreviation_is_found_by_what_it_stands_for_which_its_snippet_does_not_show() -> None:
    """The authors' list writes "LR" with its expansion in the abbreviation's title (shown on hover, read by screen
    readers): « auteurs groupes politiques » finds the list by it; the snippet shows the text as the page does."""
    markdown = '## Auteurs {#authors}\n\n- **Bruno Retailleau**, <abbr title="groupe politique du Sénat">LR</abbr>\n'
    authors = sections(markdown)[1]
    assert authors.expansions == "groupe politique du Sénat"
    assert authors.text == "Bruno Retailleau, LR"


def test_a_link_out_of_the_site_keeps_its_words_a_cross_reference_and_a_cited_source_do_not() -> None:
    """The licence is named by its link ("CC BY 4.0 licence" finds it); a cross-reference names the page it opens,
    and a source cited (an <a>) the source's own entry, each indexed where it is shown."""
    markdown = (
        "## Licences {#licences}\n\n- [Creative Commons Attribution 4.0](https://creativecommons.org/licenses/by/4.0/):"
        ' our data; see [O13](../dispositions/x/); (<a href="https://example.org/">Jastrow (blog)</a>, 2011)\n'
    )
    found = next(section for section in sections(markdown) if section.anchor == "licences")
    assert found.own_text == "Creative Commons Attribution 4.0: our data; see ; (, 2011)"


def test_the_vocabulary_is_shipped_as_folded_phrases(index: dict) -> None:
    group = next(group for group in index["aliases"] if ["artsakh"] in group)
    assert {("karabagh",), ("karabakh",), ("nagorny",), ("haut", "karabagh")} <= {tuple(p) for p in group}
    assert all(word == si.fold(word) for phrase in group for word in phrase)


def test_the_index_says_where_it_comes_from(data: Dataset) -> None:
    first = si.render_index(data)
    assert "scripts/build.py" in first.splitlines()[1]
    assert json.loads(first)["format"] == si.FORMAT


def test_the_index_carries_every_rule_the_browser_applies(index: dict, data: Dataset) -> None:
    """search-core.js holds mechanics only: the word pattern, folding, stopwords, match qualities, tiers and
    the day separating this act from earlier ones come with the index."""
    rules = index["tokens"]
    assert rules["ligatures"]["œ"] == "oe" and "l" in rules["elisions"] and "\\p{L}" in rules["word"]
    assert {"qui", "quand", "what", "where", "le", "the"} <= set(rules["stopwords"])
    ranking = index["ranking"]
    assert ranking["qualities"]["exact"] == 1 and len(ranking["tiers"]) == len(ranking["tier_factors"])
    assert ranking["since"] == str(data.identity.deposited.value)  # from the data, not written in the code
    assert set(index["tiers"]) <= {str(n) for n in range(len(ranking["tiers"]))}


def test_postings_round_trip_and_are_compact() -> None:
    postings = {0: si.TEXT, 1: si.TEXT, 31: si.TITLE, 32: si.TEXT, 5000: si.TOPIC}
    encoded = si.encode_postings(postings)
    assert si.decode_postings(encoded) == postings
    assert si.encode_postings({0: 1, 1: 1, 2: 1}) == "BDAAA"  # weight 1, 3 documents, gaps 0 0 0
    assert set(encoded) <= set(si.VARINT_DIGITS)


def test_every_document_is_in_exactly_one_shard(data: Dataset) -> None:
    files = si.render_files(synthetic(data, 3 * si.SHARD_SIZE + 1))
    index = _loaded(files)
    assert len(index["docs"]) == index["count"] == len(index["tiers"])
    assert all(
        len(json.loads(text)["docs"]) == si.SHARD_SIZE for path, text in files.items() if path.endswith("/0.json")
    )
    # The index holds what a result line shows at once, the shards only the snippets' texts.
    assert "texts" not in files[si.INDEX_PATH] and len(index["heads"]) == index["count"]
    assert all(
        set(doc) <= {"texts"}
        for path, text in files.items()
        if path != si.INDEX_PATH
        for doc in json.loads(text)["docs"]
    )


def synthetic(data: Dataset, count: int, seed: int = 0) -> Dataset:
    """``count`` provisions with realistic-length texts drawn from a large vocabulary."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzéèà"
    vocabulary = ["".join(rng.choices(letters, k=rng.randint(3, 11))) for _ in range(8000)]
    zipf = [1 / rank for rank in range(1, len(vocabulary) + 1)]  # word frequencies as in real text
    template = data.provisions[0]
    provisions = []
    for n in range(count):
        fr, en = (" ".join(rng.choices(vocabulary, zipf, k=rng.randint(25, 70))) for _ in range(2))
        provisions.append(
            template.model_copy(
                update={
                    "id": f"clause-{n}",
                    "ref": f"O{n}",
                    "order": n + 1,
                    "heading": Bilingual(
                        fr=" ".join(rng.choices(vocabulary, k=4)), en=" ".join(rng.choices(vocabulary, k=4))
                    ),
                    "wording": Wording(fr=fr, en=en, source="official-page", stage="adopted"),
                }
            )
        )
    files = dataclasses.replace(
        data.files, provisions=data.files.provisions.model_copy(update={"provisions": provisions})
    )
    return Dataset(files)


def test_the_index_grows_linearly(data: Dataset) -> None:
    """Sizes are measured in resolution_site/bench.py; this only checks the growth is linear."""
    small = "".join(si.render_files(synthetic(data, 300)).values()).encode()
    large = "".join(si.render_files(synthetic(data, 3000)).values()).encode()
    assert len(large) < 12 * len(small)
    assert len(gzip.compress(large)) < 12 * len(gzip.compress(small))


def _names(index: dict, term: str) -> set[int]:
    """The documents ``term`` names (the naming bit of its postings)."""
    named = index["ranking"]["named"]
    return {doc for doc, number in _postings(index, term).items() if number % named}


def test_a_term_in_a_name_is_marked_apart_from_one_in_the_text(index: dict) -> None:
    """A provision is named by its heading and its own wording, not by its notes; a section by its heading."""
    first, _ = _doc(index, "dispositions/first-clause/#first-clause")
    visas, _ = _doc(index, "dispositions/a-visa/#a-visa")
    assert first in _names(index, "premi") and first in _names(index, "condamn")  # heading, wording
    assert visas in _postings(index, "trouv") and visas not in _names(index, "trouv")  # a note
    against, _ = _doc(index, "vote/#figure-against")
    assert against in _names(index, "contr")


def test_a_source_is_named_by_its_publisher(index: dict) -> None:
    source, _ = _doc(index, "sources/#press-report")
    assert source in _names(index, "press") and source in _names(index, "exampl")
    # weighed as a title: more than the words it only mentions
    assert _postings(index, "press")[source] > min(
        _postings(index, term)[source] for term in _postings_of(index, source)
    )


def _postings_of(index: dict, doc: int) -> list[str]:
    return [term for term in index["terms"] if doc in _postings(index, term)]


def test_what_the_registry_says_a_page_is_about_names_its_sections(index: dict) -> None:
    csv, _ = _doc(index, "donnees/#dispositions-csv")
    cite, _ = _doc(index, "#cite-this")
    assert csv in _names(index, "download") and csv in _names(index, "telecharg")
    assert cite in _names(index, "bibtex") and cite in _names(index, "csl")


def test_the_sites_name_is_shipped_as_words_a_query_need_not_hold(index: dict) -> None:
    """search-core.js does not require these words beside others, and ranks a query of them alone by tier."""
    assert {"senat", "senate", "resolution", "haut", "karabagh", "nagorno", "karabakh"} <= set(
        index["ranking"]["site_words"]
    )
    assert all(word == si.fold(word) for word in index["ranking"]["site_words"])


def test_a_result_names_its_page_once(index: dict) -> None:
    """A section whose kind is its page's name ("Open data") does not repeat it ("Open data · Open data")."""
    for doc in index["docs"]:
        assert doc.get("page") != index["kinds"].get(doc["kind"]), doc
    _, cite = _doc(index, "#cite-this")
    assert cite["title"] == "Citer la résolution"  # a disclosure is titled by its summary


@pytest.mark.parametrize(
    ("query", "acronyms", "words"),
    [
        ("UN resolution", (), ["un", "resolution"]),  # a stopword typed in capitals is an acronym
        ("un vote", (), ["vote"]),  # in lowercase it is a stopword
        ("Un an", (), []),  # a capital initial is not an acronym
        ("l'AN et L'ONU", (), ["an", "onu"]),  # the elision apart
        ("QUI A VOTÉ CONTRE", (), ["vote", "contre"]),  # all in capitals: capitals say nothing
        ("UN RESOLUTION", (), ["resolution"]),
        ("UN RESOLUTION", ("un",), ["un", "resolution"]),  # unless the vocabulary writes it so
        ("AN 2024", (), ["an", "2024"]),  # figures are not words in capitals
    ],
)
def test_a_stopword_typed_in_capitals_is_an_acronym(query: str, acronyms: tuple[str, ...], words: list[str]) -> None:
    assert si.query_words(query, frozenset(acronyms)) == words


def test_the_index_holds_a_stopword_only_as_an_acronym() -> None:
    assert [form for form, _ in si.terms("the UN Charter", "en")] == ["un", "charter"]
    # a French quote in an English field: both languages' stopwords go, as they go from a query
    assert [form for form, _ in si.terms("un vote, the vote", "en")] == ["vote", "vote"]
    assert [form for form, _ in si.terms("LE VOTE DE L'AN", "fr")] == ["vote"]  # shouted: no acronym


def test_the_vocabularys_acronyms_are_shipped(data: Dataset) -> None:
    vocabulary = [*(entry.words for entry in data.vocabulary)]
    shipped = vocabulary_acronyms(data)
    assert shipped == acronyms([phrase for words in vocabulary for phrase in words])
    assert all(word in si.STOPWORDS["fr"] | si.STOPWORDS["en"] for word in shipped)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://www.senat.fr/leg/ppr23-192.html", "senat fr leg ppr23 192"),
        (
            "https://www2.legifrance.gouv.fr/jorf/id/JORFTEXT000049036071",
            "legifrance gouv fr jorf id JORFTEXT000049036071",
        ),
        ("https://norharatch.com/?p=20230", "norharatch com p 20230"),
        ("https://example.org/a_b%C3%A9/", "example org a bé"),
    ],
)
def test_an_address_is_cut_into_its_host_and_path_words(url: str, words: str) -> None:
    assert address_words(url) == words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("voir www.senat.fr.", ["senat.fr", "senat", "fr", "voir"]),
        ("vie-publique.fr", ["vie-publique.fr", "vi", "publiqu", "fr"]),
        ("mfa.gov.az", ["mfa.gov.az", "mfa", "gov", "az"]),
        ("12.5 e.g. U.S.", ["12", "5"]),
    ],
)
def test_a_host_is_one_term_beside_the_words_of_its_labels(text: str, found: list[str]) -> None:
    assert sorted(stem for _, stem in si.terms(text, "fr")) == sorted(found)


def test_a_host_in_a_query_is_one_word() -> None:
    assert si.query_words("sources officielles WWW.Senat.FR") == ["sources", "officielles", "senat.fr"]


def test_a_source_is_named_by_its_host_and_found_by_its_path(index: dict) -> None:
    """A source's address is shown as a link, which section texts leave out: its words are indexed apart."""
    source, _ = _doc(index, "sources/#press-report")  # https://example.org/press
    assert source in _names(index, "exampl") and source in _names(index, "org")
    assert source in _names(index, "example.org")
    assert source in _postings(index, "press")
    listing, _ = _doc(index, "sources/#kind-press")  # the heading that lists it: its host, as text
    assert listing in _postings(index, "org") and listing not in _names(index, "org")


def test_the_rows_of_a_table_name_the_section_it_is_in(index: dict) -> None:
    """The vote's figures are in one row each; the page that shows them together is named by all."""
    vote, _ = _doc(index, "vote/")
    assert vote in _names(index, "10") and vote in _names(index, "12")


def test_the_list_of_sources_under_the_vote_ranks_with_the_sources(index: dict) -> None:
    """The label over the sources of the vote's rows names the rows ("For", "Against") without giving them: it
    ranks with the evidence, after the rows and the sections that answer (data-search-evidence)."""
    label, _ = _doc(index, "vote/#figure-sources")
    row, _ = _doc(index, "vote/#figure-against")
    assert index["tiers"][label] == str(EVIDENCE_TIER)
    assert int(index["tiers"][row]) < EVIDENCE_TIER


def test_the_sources_the_provisions_cite_come_before_the_others(index: dict, data: Dataset) -> None:
    cited = {ref.source for p in data.provisions for ref in p.sources}
    for source in data.sources:
        number, _ = _doc(index, f"sources/#{source.id}")
        tier = EVIDENCE_TIER if source.id in cited else APPARATUS_TIER
        assert index["tiers"][number] == str(tier), source.id


@pytest.fixture(scope="module")
def real_site(real_data: Dataset) -> dict[str, str]:
    """Every generated file of the site's own data (its since page has one-line entries; the fixture's has none)."""
    return site_files(real_data)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_later_event_is_found_through_its_one_full_entry(
    real_site: dict[str, str], real_data: Dataset, lang: str
) -> None:
    """On the since page an event is shown in full once, under its home provision, and as a one-line entry
    (data-search-exclude) under the others: search holds the full entry, never the one-line ones."""
    from resolution_site import paths
    from resolution_site.since import follow_ups

    index = _loaded({path: text for path, text in _edition(real_site, lang).items() if path.startswith("search/")})
    page = paths.page_url(paths.page("since", lang))
    anchors = {doc["url"].partition("#")[2] for doc in index["docs"] if doc["url"].partition("#")[0] == page}
    entries = [entry for follow_up in follow_ups(real_data) for entry in follow_up.entries]
    assert any(entry.full for entry in entries) and not all(entry.full for entry in entries)
    for entry in entries:
        assert (entry.anchor in anchors) == entry.full, entry.anchor
    assert {entry.event.id for entry in entries} == {entry.event.id for entry in entries if entry.full}


def test_the_word_pattern_matches_as_a_host_or_else_a_plain_word() -> None:
    """tokens._WORD is written for speed (the first label taken out in front); it must match exactly as the
    pattern it stands for, a host (``_HOST``) or else a plain word, on every line of the data and on hosts,
    addresses, elisions and hyphens."""
    plain = re.compile(tokens._HOST + r"|[^\W_]+(?:'[^\W_]+)*")
    lines = [line for path in sorted((ROOT / "data").glob("*.yaml")) for line in path.read_text("utf-8").splitlines()]
    tricky = [
        "senat.fr",
        "www2.senat.fr/leg/ppr23-507.html",
        "mfa.gov.az.",
        "a.b c.d1 x-y.com -z.fr",
        "l'AN d'Azerbaïdjan aujourd'hui",
        "article 34-1, n° 2009-403 (2023-2024)",
        "É.-U. U.S. e.g. fr_FR",
        "Haut-Karabagh.Nagorno",
    ]
    assert len(lines) > 1000
    for text in [*lines, *tricky]:
        assert tokens._WORD.findall(text) == plain.findall(text), text


def test_a_provisions_citation_box_shows_its_citation_as_snippet(index: dict, data: Dataset) -> None:
    """A result line is never empty: the box's snippet is the citation, which names the provision it cites."""
    boxes = [doc for doc in index["docs"] if doc["url"].endswith("#cite-this") and doc.get("ref")]
    assert {doc["ref"] for doc in boxes} == {p.ref for p in data.provisions}
    for doc in boxes:
        assert any(doc["ref"] in text for _, text in doc["texts"]), doc
