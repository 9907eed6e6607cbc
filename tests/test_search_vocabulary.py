"""The search vocabulary (data/vocabulary.yaml) and the words Snowball must keep apart."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from helpers import data_copy, errors_for
from resolution_site.pipeline import Project, render_project
from resolution_site.publish.search import INDEX_PATH, terms
from resolution_site.publish.search.tokens import STEM_OVERRIDES, fold, query_words


@pytest.fixture(scope="module")
def indexes() -> dict[str, dict]:
    """The real site's index of each edition."""
    _, files = render_project(Project.at(ROOT))
    return {lang: json.loads(files[f"{lang}/{INDEX_PATH}"]) for lang in ("fr", "en")}


def _known(index: dict, word: str) -> bool:
    return word in index["terms"] or word in index["forms"]


def test_every_vocabulary_entry_leads_to_a_result_in_both_editions(indexes: dict[str, dict]) -> None:
    """search.js finds a vocabulary phrase where all its words are; an entry none of whose words or
    phrases the site holds would find nothing."""
    for lang, index in indexes.items():
        dead = [group for group in index["aliases"] if not any(all(_known(index, w) for w in p) for p in group)]
        assert not dead, (lang, dead)


def test_every_lead_leads_to_a_result_in_both_editions(indexes: dict[str, dict]) -> None:
    """A one-way lead (``leads_to``: a capital to its country) is shipped apart from the groups and finds
    something on both sides."""
    for lang, index in indexes.items():
        assert index["leads"], lang
        for side in (side for lead in index["leads"] for side in lead):
            assert any(all(_known(index, w) for w in p) for p in side), (lang, side)


def test_a_capital_leads_to_its_country_but_is_no_synonym_of_it(indexes: dict[str, dict]) -> None:
    """ "Bakou" finds the pages that name Baku first, the country's after (search.js); "Azerbaïdjan" does not
    find every page that names the capital."""
    index = indexes["fr"]
    assert [[["bakou"], ["baku"]], [["azerbaidjan"], ["azerbaijan"]]] in index["leads"]
    assert not [group for group in index["aliases"] if ["bakou"] in group and ["azerbaidjan"] in group]


def test_a_vocabulary_entry_needs_two_words(tmp_path) -> None:
    data = data_copy(tmp_path, vocabulary=("  - words: [UE, EU, Union européenne, European Union]", "  - words: [UE]"))
    assert any("data/vocabulary.yaml:" in error and "words" in error for error in errors_for(data))


# Pairs Snowball (French or English) would join though they are unrelated: found by grouping the
# index's surface forms by stem, and the stems that a French-only form and an English-only form of the
# site's own texts share (each edition's index stems both languages' fields); each kept apart by
# tokens.STEM_OVERRIDES.
COLLISIONS = [
    ("événement", "even"),
    ("aboutir", "about"),
    ("important", "imports"),
    ("voici", "voice"),
    ("milliers", "Milli"),
    ("responsabilité", "responses"),
    ("formation", "format"),
    ("Massis", "mass"),
    ("partir", "partly"),
    ("mais", "mai"),
    ("données", "donne"),
    ("visas", "visant"),
    ("site", "sitting"),
    ("identité", "identique"),
    ("parlement", "parle"),
    ("parti", "partie"),
    ("parti", "partir"),
    ("initiative", "initial"),
    ("cour", "courante"),
    ("via", "vie"),
    ("missing", "mission"),
    ("notamment", "note"),
    ("operative", "operation"),
    ("assistance", "assistaient"),
    ("Senate", "senators"),
]


@pytest.mark.parametrize(("word", "other"), COLLISIONS)
def test_unrelated_look_alikes_are_different_terms(word: str, other: str) -> None:
    stems = {stem for lang in ("fr", "en") for _, stem in terms(word, lang)}
    others = {stem for lang in ("fr", "en") for _, stem in terms(other, lang)}
    assert stems and others and not stems & others


def test_every_override_is_a_folded_word() -> None:
    assert all(word == fold(word) and query_words(word) == [word] for word in STEM_OVERRIDES)
