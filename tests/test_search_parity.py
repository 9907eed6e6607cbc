"""One tokeniser on both sides of the contract: search-core.js cuts a query into the same words as
``tokens.query_words``, on a few hundred real strings of the site (titles, snippets) and on the
hard cases (elisions, ligatures, other scripts, hosts), in Chromium; and into the same units
(``tokens.query_units``: the vocabulary's phrases typed in full) as Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resolution_site.publish.search import query_words
from resolution_site.publish.search.questions import intents
from resolution_site.publish.search.tokens import query_units

pytest.importorskip("playwright.sync_api")

HARD = [
    "L’Arménie et l'Azerbaïdjan",
    "jusqu'au bout, lorsqu’il, puisqu'elle, qu'on, d'Azerbaïdjan",
    "Haut-Karabagh / Nagorno-Karabakh's people",
    "Œuvre, Straße, Øresund, Łódź, Đakovo, cœur, æsthetic",
    "İstanbul, ǅemal, ﬁn, Ⅻ, ½",
    "336 voix contre 1 ; O1, O13, C2, V",
    "Сенат Франции принял резолюцию ; Ֆրանսիայի Սենատ",
    "Qui a voté contre ? What did the Senate ask? Où trouver le texte officiel ?",
    "« réprouve » — “condemns” — 'quoted' — `code` — l`exode — l\u02bcexode — l\u2032exode",
    "e-mail_address snake_case x_y 2024-01-17 12,5 12.5",
    "UN resolution, l'AN, L'ONU, D'UN, Un vote, un an, IT, ÉTATS-UNIS",
    "QUI A VOTÉ CONTRE ? UN RESOLUTION AN CC BY",
    "AN 2024 ; UN ; Straße STRASSE ß ẞ",
    "senat.fr, www.senat.fr/leg/ppr23-192.html, WWW2.Assemblee-Nationale.FR, mfa.gov.az. 12.5 e.g. U.S. fin.Début",
    "SENAT.FR UN ; l'europarl.europa.eu ; Élysée.fr ; x.y1 ; 2024.fr",
    "nouveau par rapport à 2022 ; PAR RAPPORT ; au sujet des visas ; rapport du Sénat ; with regard to sanctions",
]

# Queries where a vocabulary phrase is typed in full, spelled as another phrase's words, or neither.
UNITS = [
    "force de maintien de la paix",
    "peace keeping force in Karabakh",
    "Union européenne et Nations unies",
    "European Union sanctions",
    "cessez le feu",
    "cease fire 2020",
    "droit d'auteur",
    "Cour internationale de justice",
    "International Court of Justice ruling",
    "union sanctions européenne",
    "CC BY licence",
    "mesures restrictives",
    "jeu de données csv",
]


# Questions, and sentences that look like them (a question word after "ce": "ce qui", not a person).
QUESTIONS = [
    "qui a déposé la proposition de résolution",
    "Who tabled the resolution?",
    "quel sénateur a voté contre",
    "Which senators spoke",
    "quand a été déposée la proposition",
    "When was the motion tabled",
    "date du vote",
    "qu'est-ce qui est nouveau par rapport à 2022",
    "ce qui s'est passé depuis la résolution",
    "QUI PRÉSIDAIT LA SÉANCE ? what year",
    "l'auteur, quel jour, à quelle date",
]


def _strings(site: Path) -> list[str]:
    """Titles and snippet texts of both editions' indexes, cut to a sentence or so each."""
    out: list[str] = []
    for prefix in ("", "en/"):
        index = json.loads((site / prefix / "search/index.json").read_text(encoding="utf-8"))
        out += [head[3] for head in index["heads"]][:150]
        for shard in sorted((site / prefix / "search/docs").glob("*.json"))[:4]:
            for doc in json.loads(shard.read_text(encoding="utf-8"))["docs"]:
                out += [text[:200] for _, text in doc.get("texts", [])]
    return out


def _in_the_browser(page, site_url: str, method: str, strings: list[str]) -> list:
    """What the search box's ``method`` gives for each string, once its index is loaded."""
    page.goto(site_url)
    page.focus("#site-search-input")
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    script = f"(texts) => texts.map((t) => document.querySelector('[data-site-search]').{method}(t))"
    return page.evaluate(script, strings)


@pytest.mark.browser
def test_search_js_cuts_queries_as_python_does(page, site_url: str, built_site: Path) -> None:
    strings = HARD + _strings(built_site)
    assert len(strings) >= 300
    got = _in_the_browser(page, site_url, "queryWords", strings)
    index = json.loads((built_site / "search/index.json").read_text(encoding="utf-8"))
    acronyms = frozenset(index["tokens"]["acronyms"])  # the vocabulary's: UN, AN
    assert {"un", "an"} <= acronyms
    expected = [query_words(text, acronyms) for text in strings]
    differ = [(text, js, py) for text, js, py in zip(strings, got, expected, strict=True) if js != py]
    assert not differ, differ[:5]


@pytest.mark.browser
def test_search_js_cuts_a_query_into_the_vocabularys_phrases_as_python_does(
    page, site_url: str, built_site: Path
) -> None:
    strings = UNITS + HARD + _strings(built_site)[:100]
    got = _in_the_browser(page, site_url, "queryUnits", strings)
    index = json.loads((built_site / "search/index.json").read_text(encoding="utf-8"))
    acronyms = frozenset(index["tokens"]["acronyms"])
    known = [phrase for group in index["aliases"] for phrase in group]
    expected = [[list(unit) for unit in query_units(query_words(text, acronyms), known)] for text in strings]
    assert expected[0] == [[3, ["force", "maintien", "paix"]]]
    assert expected[1][0] == [3, ["peacekeeping", "force"]]
    assert expected[5][0] == [2, ["ceasefire"]]
    differ = [(text, js, py) for text, js, py in zip(strings, got, expected, strict=True) if js != py]
    assert not differ, differ[:5]


@pytest.mark.browser
def test_search_js_reads_what_a_question_asks_as_python_does(page, site_url: str, built_site: Path) -> None:
    strings = QUESTIONS + HARD + _strings(built_site)[:100]
    got = _in_the_browser(page, site_url, "intents", strings)
    expected = [intents(text) for text in strings]
    assert expected[:9] == [["people"], ["people"], ["people"], ["people"], ["dated"], ["dated"], ["dated"], [], []]
    differ = [(text, js, py) for text, js, py in zip(strings, got, expected, strict=True) if js != py]
    assert not differ, differ[:5]
