"""The catalogue is complete and has no dead words: every key in every language, every
vocabulary value labelled in every language, and every key used by the code, the
templates or the theme overrides."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from resolution_site import pages
from resolution_site.catalogue import KIND_PLURAL, LANGUAGES, STATUS_EXPLAINED, STRINGS, VOCABULARIES, count

PACKAGE = ROOT / "scripts" / "resolution_site"
# Where a key can be used: the package (catalogue aside), its templates, the theme overrides and scripts.
USERS = [
    *(path for path in PACKAGE.rglob("*.py") if path.name != "catalogue.py"),
    *PACKAGE.rglob("*.j2"),
    *(ROOT / "docs" / "overrides").rglob("*.html"),
    *(ROOT / "docs" / "overrides").rglob("*.js"),
]
# Keys built from a prefix in code, each with the f-string that builds it.
BUILT = {"title.": 'f"title.{', "search_kind_": 'f"search_kind_{', "confidence_": 'f"confidence_{'}


def test_every_key_is_in_every_language() -> None:
    keys = {lang: set(STRINGS[lang]) for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert keys[lang] == keys[LANGUAGES[0]], f"{lang}: {keys[lang] ^ keys[LANGUAGES[0]]}"
        assert all(isinstance(text, str) and text.strip() for text in STRINGS[lang].values()), lang


def test_every_vocabulary_value_has_a_label_in_every_language() -> None:
    for vocabulary, labels in VOCABULARIES.items():
        assert set(labels) == set(vocabulary), vocabulary.__name__
        for value, by_lang in labels.items():
            assert set(by_lang) == set(LANGUAGES), value
    for table in (KIND_PLURAL, STATUS_EXPLAINED):
        for value, by_lang in table.items():
            assert set(by_lang) == set(LANGUAGES), value


def test_every_page_has_a_title_and_every_title_a_page() -> None:
    titles = {key for key in STRINGS[LANGUAGES[0]] if key.startswith("title.")}
    assert titles == {page.title_key for page in pages.PAGES}


@pytest.fixture(scope="module")
def used_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in USERS)


def test_every_key_is_used(used_text: str) -> None:
    """A key is used when the code or a template names it: quoted (``t["key"]``), as an
    attribute of the strings (``t.key``, ``ui.key``, ``STRINGS.key`` in the scripts), or built
    from one of the ``BUILT`` prefixes by an f-string that is in the code."""
    unused = []
    for key in STRINGS[LANGUAGES[0]]:
        prefix = next((p for p in BUILT if key.startswith(p)), None)
        if prefix is not None:
            if BUILT[prefix] not in used_text:
                unused.append(key)
            continue
        named = re.compile(rf"""(["']){re.escape(key)}\1|\b(?:t|ui|strings|STRINGS)\.{re.escape(key)}\b""")
        counted = re.match(r"(.+)_(?:one|many)$", key)
        if counted and re.search(rf"""\bcount\((?:[^()"']*,\s*)?["']{re.escape(counted.group(1))}["']""", used_text):
            continue  # used through catalogue.count, which picks _one or _many
        if not named.search(used_text):
            unused.append(key)
    assert not unused, f"catalogue keys nothing uses: {unused}"


def test_every_count_has_its_singular_and_its_plural() -> None:
    """A count is two strings, ``<key>_one`` and ``<key>_many``, each holding the figure; no
    string hedges with « (s) »."""
    for lang in LANGUAGES:
        keys = set(STRINGS[lang])
        for key in keys:
            base, _, number = key.rpartition("_")
            if number in ("one", "many"):
                assert {f"{base}_one", f"{base}_many"} <= keys, f"{lang}: {key} has no twin"
                assert "{n}" in STRINGS[lang][key] or key.startswith("search_"), f"{lang}: {key} has no {{n}}"
        hedged = [key for key, text in STRINGS[lang].items() if re.search(r"\w\((?:s|e|es|x)\)", text)]
        assert not hedged, f"{lang}: strings that hedge the number: {hedged}"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("fr", 0, "0 autre source"),
        ("fr", 1, "1 autre source"),
        ("fr", 2, "2 autres sources"),
        ("en", 0, "0 more sources"),
        ("en", 1, "1 more source"),
        ("en", 2, "2 more sources"),
    ],
)
def test_a_count_agrees_in_number_as_each_language_has_it(lang: str, n: int, expected: str) -> None:
    """French takes the singular for 0 and 1, English for 1 only."""
    assert count(lang, "more_sources", n) == expected


def test_counted_sentences_agree_with_their_verb() -> None:
    assert count("fr", "excerpts_with", 1).startswith("1 donne ")
    assert count("fr", "excerpts_with", 3).startswith("3 donnent ")
    assert count("en", "excerpts_without", 1) == "1 does not yet"
    assert count("fr", "known_of_total", 1, total=18) == "1 des 18 dispositions repérées à ce jour"
