"""Each validation rule: the valid fixture passes, and each break gives a located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import VALID, data_copy, errors_for
from resolution_site.models import Confidence, Source
from resolution_site.pipeline import load_dataset
from resolution_site.validate import check_confidence, check_confidences


def test_valid_fixture_has_no_errors() -> None:
    assert errors_for(VALID) == []


CASES = {
    # The corrections log, reactions, background paragraphs and source excerpts.
    "unknown provision in a correction": (
        {"corrections": ("provisions: [first-clause]", "provisions: [first-clause, no-such-clause]")},
        "data/corrections.yaml:7: corrections[0].provisions[1]: unknown provision 'no-such-clause' "
        "(known: a-visa, first-clause, second-clause)",
    ),
    "former id in a correction": (
        {
            "provisions": ("    topics: [alpha]\n", "    topics: [alpha]\n    former_ids: [old-first]\n"),
            "corrections": ("provisions: [first-clause]", "provisions: [old-first]"),
        },
        "data/corrections.yaml:7: corrections[0].provisions[0]: 'old-first' is a former id; use 'first-clause'",
    ),
    "unknown page in a correction": (
        {"corrections": ("pages: [text]", "pages: [texte]")},
        "data/corrections.yaml:8: corrections[0].pages[0]: 'texte' is not allowed; allowed values: 'home', 'text',",
    ),
    "page listed twice": (
        {"corrections": ("pages: [text]", "pages: [text, text]")},
        "data/corrections.yaml:8: corrections[0].pages[1]: page 'text' is listed twice",
    ),
    "duplicate correction id": (
        {"corrections": ("id: press-claim-weakened", "id: first-wording-confirmed")},
        "data/corrections.yaml:9: corrections[1].id: duplicate correction id 'first-wording-confirmed' (first on line 3)",
    ),
    "correction date as free text": (
        {"corrections": ("date: 2024-02-01", "date: février 2024")},
        "data/corrections.yaml:4: corrections[0].date: expected a valid date",
    ),
    "correction without a reason": (
        {"corrections": ("    reason: {fr: Page officielle lue., en: Official page read.}\n", "")},
        "data/corrections.yaml:3: corrections[0].reason: required field is missing",
    ),
    "reaction citing an unknown source": (
        {"reactions": ("      - source: press-report", "      - source: press-reprot")},
        "data/reactions.yaml:14: reactions[0].sources[0].source: unknown source 'press-reprot'",
    ),
    "reaction quote citing an unknown source": (
        {"reactions": ("        source: press-report", "        source: nowhere")},
        "data/reactions.yaml:11: reactions[0].quotes[0].source: unknown source 'nowhere'",
    ),
    "excerpt longer than 300 characters": (
        {"reactions": ('excerpt: "The parliament said: We object."', 'excerpt: "' + "x" * 301 + '"')},
        "data/reactions.yaml:16: reactions[0].sources[0].excerpt: text is 301 characters long; the limit is 300",
    ),
    "reaction quote given a stage of the text": (
        {"reactions": ("        kind: verbatim\n", "        kind: verbatim\n        stage: adopted\n")},
        "data/reactions.yaml:11: reactions[0].quotes[0].stage: unknown field",
    ),
    "background without sources": (
        {"context": ("    sources: [{source: press-report, supports: {fr: le contexte, en: the background}}]\n", "")},
        "data/context.yaml:25: background[0].sources: required field is missing",
    ),
    "duplicate background id": (
        {
            "context": (
                "background:\n",
                "background:\n  - id: status\n    text: {fr: A, en: A}\n    sources: [{source: press-report, supports: {fr: a, en: a}}]\n",
            )
        },
        "data/context.yaml:28: background[1].id: duplicate background id 'status' (first on line 25)",
    ),
    "later event without its subject": (
        {"since": ("      subject: {fr: Le gouvernement agit, en: The government acts}\n", "")},
        "data/since.yaml:5: since.events[0].subject: required field is missing",
    ),
    # The provisions, vote, topics and sources.
    "unknown key": (
        {"vote": ("  against:\n", "  againts: 3\n  against:\n")},
        "data/vote.yaml:11: vote.againts: unknown field (check its spelling against the schema)",
    ),
    "wrong type": (
        {"vote": ("value: 10", 'value: "10"')},
        "data/vote.yaml:8: vote.for.value: expected a valid integer, got str '10'",
    ),
    "missing field": (
        {"topics": ("    description: {fr: Premier thème., en: First topic.}\n", "")},
        "data/topics.yaml:3: topics[0].description: required field is missing",
    ),
    "closed vocabulary": (
        {"provisions": ("status: official", "status: officiel")},
        "data/provisions.yaml:9: provisions[0].status: 'officiel' is not allowed; allowed values: "
        "'official', 'verbatim', 'fragment', 'paraphrase' or 'not-located'",
    ),
    "bad slug": (
        {"topics": ("id: beta", "id: Beta Topic")},
        "data/topics.yaml:6: topics[1].id: 'Beta Topic' does not have the expected form (pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$)",
    ),
    "non-https url": (
        {"sources": ("https://example.org/press", "javascript:alert(1)")},
        "data/sources.yaml:14: sources[1].url: 'javascript:alert(1)' does not have the expected form",
    ),
    "duplicate provision id": (
        {"provisions": ("id: second-clause", "id: first-clause")},
        "data/provisions.yaml:22: provisions[1].id: duplicate provision id 'first-clause' (first on line 3)",
    ),
    "duplicate order": (
        {"provisions": ("order: 3", "order: 2")},
        "data/provisions.yaml:25: provisions[1].order: order 2 is already used by provisions[0]",
    ),
    "unknown topic": (
        {"provisions": ("topics: [alpha, beta]", "topics: [alpha, gamma]")},
        "data/provisions.yaml:38: provisions[1].topics[1]: unknown topic 'gamma' (known: alpha, beta)",
    ),
    "unknown source": (
        {
            "provisions": (
                "      - source: press-report\n        supports: {fr: la paraphrase",
                "      - source: press-reprot\n        supports: {fr: la paraphrase",
            )
        },
        "data/provisions.yaml:40: provisions[1].sources[0].source: unknown source 'press-reprot' "
        "(known: official-page, press-report)",
    ),
    "unused source": (
        {
            "sources": (
                "sources:\n",
                "sources:\n  - id: lonely\n    title: T\n    publisher: P\n    date: null\n"
                "    url: https://example.org/x\n    kind: other\n    language: fr\n",
            )
        },
        "data/sources.yaml:3: sources[0].id: source 'lonely' is cited nowhere",
    ),
    "vote does not add up": (
        {"vote": ("value: 11", "value: 12")},
        "data/vote.yaml:16: vote.cast.value: for (10) + against (1) != cast (12)",
    ),
    "wording without status that allows it": (
        {"provisions": ("status: official", "status: fragment")},
        "data/provisions.yaml:10: provisions[0].wording: status 'fragment' cannot show a wording as the text; "
        "use 'fragments' or 'paraphrases'",
    ),
    "official without official source": (
        {"sources": ("kind: official", "kind: press")},
        "data/provisions.yaml:9: provisions[0].status: status 'official' needs at least one source of kind 'official'",
    ),
    "sic not in wording": (
        {"provisions": ("- fragment: l'exemple", "- fragment: l'exempel")},
        "data/provisions.yaml:16: provisions[0].wording.sic[0].fragment: not found in wording.fr",
    ),
    "paraphrase status without paraphrases": (
        {"provisions": ("status: not-located", "status: paraphrase")},
        "data/provisions.yaml:42: provisions[2].paraphrases: status 'paraphrase' needs at least one paraphrase",
    ),
    "single secondary source rated medium": (
        {"vote": ("  voters:\n    value: 12\n    confidence: low", "  voters:\n    value: 12\n    confidence: medium")},
        "data/vote.yaml:21: vote.voters.confidence: confidence 'medium' needs an official source or two independent"
        " secondary sources; this value has one origin ('Example Press'): rate it 'low' or add a source",
    ),
    "secondary sources rated high": (
        {"vote": ("  cast:\n    value: 11\n    confidence: low", "  cast:\n    value: 11\n    confidence: high")},
        "data/vote.yaml:17: vote.cast.confidence: confidence 'high' needs a source of kind 'official'",
    ),
    "derived value rated above low": (
        {"vote": ("confidence: low\n    derived: true", "confidence: medium\n    derived: true")},
        "data/vote.yaml:25: vote.abstentions.confidence: a derived value (computed by us) is an inference",
    ),
    "provision rated medium on one secondary source": (
        {
            "provisions": (
                "confidence: medium, sources: [official-page]}",
                "confidence: medium, sources: [press-report]}",
            )
        },
        "data/provisions.yaml:56: provisions[2].ratings[0].confidence: confidence 'medium' needs an official source",
    ),
    "provision rated on a source it does not cite": (
        {"provisions": ("confidence: medium, sources: [official-page]}", "confidence: low, sources: [press-report]}")},
        "data/provisions.yaml:56: provisions[2].ratings[0].sources[0]: 'press-report' is not among the provision's",
    ),
    "aspect rated twice": (
        {
            "provisions": (
                "      - {about: substance,",
                "      - {about: wording, confidence: low, sources: [official-page]}\n      - {about: wording,",
            )
        },
        "data/provisions.yaml:57: provisions[2].ratings[1].about: 'wording' is rated twice",
    ),
    "confidence stated in a note": (
        {"provisions": ("Verbe probable « Appelle ».", "Verbe probable « Appelle » (confiance moyenne à élevée).")},
        "data/provisions.yaml:37: provisions[1].inferences[0].fr: states a confidence in words ('confiance moyenne')",
    ),
    "confidence range in English": (
        {"provisions": ('Probable verb "Appelle".', 'Probable verb "Appelle" (low to medium confidence).')},
        "data/provisions.yaml:37: provisions[1].inferences[0].en: states a confidence in words",
    ),
    "official source that only agrees, counted for high": (
        {
            "vote": (
                "sources: [{source: official-page, supports: {fr: pour, en: for}}]",
                "sources: [{source: official-page, supports: {fr: pour, en: for}, consistent_only: true}]",
            )
        },
        "data/vote.yaml:9: vote.for.confidence: confidence 'high' needs a source of kind 'official'",
    ),
    "group label with words of ours and no English": (
        {"resolution": ("      group: LR\n", "      group: LR (sénatrice de l'Exemple)\n")},
        'data/resolution.yaml:35: resolution.authors[0].group: group "LR (sénatrice de l\'Exemple)" holds words of ours',
    ),
    "two sources named alike, one without a label": (
        {"sources": ('publisher: Example Press\n    date: "2024-01"', "publisher: Sénat\n    date: 2024-01-17")},
        "data/sources.yaml:3: sources[0].id: named like 'press-report' (same publisher and date): add a 'label'",
    ),
    "source with neither title nor label": (
        {"sources": ("    title: A press report\n", "")},
        "data/sources.yaml:10: sources[1].id: no 'title' (not recorded) and no 'label': add a 'label'",
    ),
    "foreign quotation marked in its own language": (
        {"provisions": ('en: Probable verb "Appelle".}', 'en: "Probable verb {en|Calls|Appelle}."}')},
        "data/provisions.yaml:37: provisions[1].inferences[0].en: the quotation '{en|Calls|Appelle}' is "
        "marked 'en' in the 'en' text",
    ),
    "misspelt foreign quotation in a text of ours": (
        {"provisions": ('en: Probable verb "Appelle".}', 'en: "Probable verb {fr|Appelle."}')},
        "data/provisions.yaml:37: provisions[1].inferences[0].en: something that looks like a foreign quotation "
        "but is not one; write one as {fr|the quoted words|our translation}",
    ),
    "excerpt translation in the excerpt's language": (
        {
            "reactions": (
                'excerpt_fr: "Le parlement a dit : Nous objectons."',
                'excerpt_fr: "The parliament said that it objects to the text and to the vote."',
            )
        },
        "data/reactions.yaml:17: reactions[0].sources[0].excerpt_fr: reads as English, not French",
    ),
    "excerpt translated into its own language": (
        {"reactions": ('excerpt_fr: "Le parlement a dit : Nous objectons."', 'excerpt_en: "The parliament objects."')},
        "data/reactions.yaml:17: reactions[0].sources[0].excerpt_en: the excerpt is already in English",
    ),
    "translation of no excerpt": (
        {"reactions": ('        excerpt: "The parliament said: We object."\n', "")},
        "data/reactions.yaml:16: reactions[0].sources[0].excerpt_fr: translates no excerpt",
    ),
    "partial date as free text": (
        {"sources": ('date: "2024-01"', "date: janvier 2024")},
        "data/sources.yaml:13: sources[1].date: expected a valid date",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_data_gives_located_error(tmp_path: Path, case: str) -> None:
    replace, expected = CASES[case]
    found = errors_for(data_copy(tmp_path, **replace))
    assert any(line.startswith(expected) for line in found), "\n".join(found)


def test_all_errors_are_reported_at_once(tmp_path: Path) -> None:
    found = errors_for(data_copy(tmp_path, topics=("id: beta", "id: Beta"), vote=("value: 11", "value: eleven")))
    assert any("topics.yaml:6: topics[1].id" in line for line in found)
    assert any("vote.yaml:16: vote.cast.value" in line for line in found)


# --- The confidence rule as a function (other data files reuse it) ---


def _source(source_id: str, kind: str, publisher: str, origin: str | None = None) -> Source:
    return Source.model_validate(
        {
            "id": source_id,
            "title": "T",
            "publisher": publisher,
            "date": None,
            "url": "https://example.org/" + source_id,
            "kind": kind,
            "language": "fr",
            "origin": origin,
        }
    )


SOURCES = {
    s.id: s
    for s in (
        _source("senate", "official", "Sénat"),
        _source("paper", "press", "Le Journal"),
        _source("other-paper", "press", "Die Zeitung"),
        _source("wire-copy-1", "press", "Reuters, via A", origin="Reuters"),
        _source("wire-copy-2", "press", "Reuters, via B", origin="Reuters"),
        _source("senate-copy", "official", "Sénat, copie", origin="Sénat"),
    )
}

ALLOWED = [
    ("high", ["senate"]),
    ("high", ["paper", "senate"]),
    ("medium", ["senate"]),
    ("medium", ["paper", "other-paper"]),
    ("medium", ["paper", "wire-copy-1"]),
    ("low", ["paper"]),
    ("low", []),
]
REFUSED = [
    ("high", ["paper", "other-paper", "wire-copy-1"], "needs a source of kind 'official'"),
    ("medium", ["paper"], "one origin ('Le Journal')"),
    ("medium", ["paper", "paper"], "one origin ('Le Journal')"),
    ("medium", ["wire-copy-1", "wire-copy-2"], "one origin ('Reuters')"),
]


@pytest.mark.parametrize(("confidence", "cited"), ALLOWED)
def test_confidence_rule_allows(confidence: str, cited: list[str]) -> None:
    assert check_confidence(Confidence(confidence), cited, SOURCES) is None


@pytest.mark.parametrize(("confidence", "cited", "reason"), REFUSED)
def test_confidence_rule_refuses(confidence: str, cited: list[str], reason: str) -> None:
    message = check_confidence(Confidence(confidence), cited, SOURCES)
    assert message is not None and reason in message


def test_a_derived_value_is_low_even_from_an_official_page() -> None:
    assert check_confidence(Confidence.low, ["senate"], SOURCES, derived=True) is None
    message = check_confidence(Confidence.high, ["senate"], SOURCES, derived=True)
    assert message is not None and "inference" in message


def test_the_real_data_follows_the_confidence_rule() -> None:
    """The project's own data, checked like any edit would be."""
    data = load_dataset(Path(__file__).resolve().parents[1] / "data")
    assert check_confidences(data) == []


def test_sources_a_and_b_count_as_one_origin() -> None:
    """Sources A (parliament-wa.info) and B (citizenship-western-armenia.info)
    are sites of the same 'Western Armenia' bodies: the rule counts them once."""
    data = load_dataset(Path(__file__).resolve().parents[1] / "data")
    by_id = {source.id: source for source in data.sources}
    assert by_id["parliament-wa-fr"].independent_as == by_id["citizenship-western-armenia-fr"].independent_as


def test_sources_named_alike_are_told_apart_by_their_label_in_the_page_language() -> None:
    """The vote table and the facts box cite two Senate documents of 17 January 2024: each
    link says what the document is, whole, in the edition's language (never a title cut short)."""
    from resolution_site.render.views import source_names

    sources = load_dataset(Path(__file__).resolve().parent.parent / "data").sources
    for lang in ("fr", "en"):
        names = source_names(sources, lang)
        assert str(names["senat-communique-2024-01-17"]).endswith(
            {"fr": "— communiqué de presse", "en": "— press release"}[lang]
        )
        shown = [str(name) for name in names.values()]
        assert not [name for name in shown if name.endswith("…")]
        assert len(set(shown)) == len(shown)
