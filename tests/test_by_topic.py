"""Excerpts and same-topic lists: what a topic page and a clause page show of other clauses."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import data_copy
from resolution_site.pipeline import load_dataset
from resolution_site.render.neighbours import excerpt, same_topic, shorten


def by_id(data, provision_id):
    return next(p for p in data.provisions if p.id == provision_id)


def test_wording_gives_the_text_and_our_translation(data) -> None:
    x = excerpt(by_id(data, "first-clause"))
    assert (x.basis, x.lang, x.text, x.english, x.english_is_ours) == (
        "wording",
        "fr",
        "Le Sénat condamne l'exemple ; »",
        "The Senate condemns the example;",
        True,
    )


def test_paraphrase_is_labelled_and_sourced(data) -> None:
    x = excerpt(by_id(data, "second-clause"))
    assert (x.basis, x.lang, x.text, x.english, x.source) == (
        "paraphrase",
        "en",
        "Calls for something.",
        None,
        "press-report",
    )


def test_nothing_known_gives_no_text(data) -> None:
    assert excerpt(by_id(data, "a-visa")).basis == "none"
    assert excerpt(by_id(data, "a-visa")).text is None


def test_a_french_fragment_is_preferred_and_keeps_its_translation(tmp_path: Path) -> None:
    fragments = (
        "    status: paraphrase\n    paraphrases:\n",
        "    status: fragment\n"
        "    fragments:\n"
        "      - {text: Calls for it., lang: en, kind: translation, stage: adopted, source: press-report}\n"
        "      - {text: appelle le Gouvernement, lang: fr, kind: verbatim, stage: adopted, source: press-report,\n"
        "         translation_en: calls on the Government}\n"
        "    paraphrases:\n",
    )
    x = excerpt(by_id(load_dataset(data_copy(tmp_path, provisions=fragments)), "second-clause"))
    assert (x.basis, x.lang, x.text, x.english, x.english_is_ours) == (
        "fragment",
        "fr",
        "appelle le Gouvernement",
        "calls on the Government",
        True,
    )


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short text", 50, "short text"),
        ("one two three four", 9, "one two …"),
        ("word, another", 6, "word …"),
        ("a\n  folded   line", 50, "a folded line"),
        ("unbreakableword", 5, "unbre …"),
        ("a\n  long   text " * 500, None, ("a long text " * 500).strip()),
    ],
)
def test_shorten(text: str, limit: int | None, expected: str) -> None:
    assert shorten(text, limit) == expected


def test_same_topic_lists_the_others_per_topic_in_text_order(data) -> None:
    groups = same_topic(data, by_id(data, "second-clause"))
    assert [(topic.id, [p.id for p in others]) for topic, others, _ in groups] == [
        ("alpha", ["first-clause"]),
        ("beta", ["a-visa"]),
    ]
    assert [(t.id, [p.id for p in o]) for t, o, _ in same_topic(data, by_id(data, "first-clause"))] == [
        ("alpha", ["second-clause"])
    ]


def test_same_topic_lists_only_the_nearest_neighbours(data) -> None:
    first, second = by_id(data, "first-clause"), by_id(data, "second-clause")
    [(alpha, shown, more)] = same_topic(data, first, limit=0)
    assert (alpha.id, shown, more) == ("alpha", [], 1)
    groups = same_topic(data, second, limit=1)
    assert [(t.id, [p.id for p in o], more) for t, o, more in groups] == [
        ("alpha", ["first-clause"], 0),
        ("beta", ["a-visa"], 0),
    ]
