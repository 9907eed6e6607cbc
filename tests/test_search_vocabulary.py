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
