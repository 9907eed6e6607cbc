"""One language per page, quotations included (reader notes of 2 December 2026, §7, §8, §11, §18).

Words quoted in the other edition's language are marked with their language and followed by
our translation, marked unofficial, in both editions alike; each edition uses its own
quotation marks and spacing; a source title we did not record is not replaced by words of
ours in one language; readers see no working ids or process names of ours.
"""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import ROOT
from resolution_site import walk
from resolution_site.catalogue import STRINGS
from resolution_site.models import Bilingual, Quote, Said
from resolution_site.pipeline import load_dataset
from resolution_site.render.environment import html_inline, md
from resolution_site.text import ENGLISH_WORDS, FRENCH_LETTERS, FRENCH_WORDS, plain
from site_html import html_pages, parse_html

DATA = load_dataset(ROOT / "data")


def _models(*kinds: type) -> list:
    """Every model of these kinds anywhere in the data (the build's own walk)."""
    return [model for value in DATA.files.values() for _, model in walk.models(value) if isinstance(model, kinds)]


HIDDEN = ("script", "style", "head", "title")

QUOTED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+?)”|(?<!\w)'([^']+?)'(?!\w)|\"([^\"]+?)\"")
# A name, an acronym or a title quoted as a source spells it ('Cécile Soucierman', 'EST'): not a phrase to translate.
NAME = re.compile(r"^(?:[A-ZÉ][\w'’.-]*)(?: [A-ZÉ][\w'’.-]*){0,3}$")


def own_text(html: str, lang: str) -> str:
    """The page's text in its own language (outside any element marked as another), pieces joined as they touch."""
    return "".join(
        t.text for t in parse_html(html).texts if not t.inside(*HIDDEN) and (t.lang or "").split("-")[0] == lang
    )


def foreign_quotations(text: str, lang: str) -> list[str]:
    """Quoted phrases in ``text`` (an edition ``lang``'s own text) that read as the other language."""
    found = []
    for match in QUOTED.finditer(text):
        quoted = next(group for group in match.groups() if group)
        if NAME.match(quoted):
            continue
        french = FRENCH_WORDS.search(quoted) or FRENCH_LETTERS.search(quoted)
        if lang == "en" and french and not ENGLISH_WORDS.search(quoted):
            found.append(quoted)
        if lang == "fr" and ENGLISH_WORDS.search(quoted) and not french:
            found.append(quoted)
    return found


def _pages(built_site: Path, lang: str):
    for name in html_pages(built_site):
        if name.startswith("en/") == (lang == "en") and name != "404.html" and not name.endswith("404.html"):
            yield name, (built_site / name).read_text(encoding="utf-8")


def test_the_english_edition_uses_english_quotation_marks_and_spacing(built_site: Path) -> None:
    """No « » and no space before ; : ! ? in English text: French marks stay inside lang="fr"."""
    found = {}
    for name, html in _pages(built_site, "en"):
        text = own_text(html, "en")
        hits = [text[max(0, m.start() - 30) : m.end() + 30] for m in re.finditer("[«»]", text)]
        hits += [
            text[max(0, m.start() - 30) : m.end() + 30]
            for m in re.finditer(r"[^\s\d][ \u00a0\u202f][;:!?](?=\s|$)", text)
        ]
        if hits:
            found[name] = hits[:3]
    assert not found, found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_quotation_in_the_other_language_is_left_unmarked(built_site: Path, lang: str) -> None:
    """French quoted on an English page, or English on a French one, is inside an element marked with
    its language (and then, written as {fr|…|…} in the data, followed by our translation)."""
    found = {}
    for name, html in _pages(built_site, lang):
        hits = foreign_quotations(own_text(html, lang), lang)
        if hits:
            found[name] = hits[:5]
    assert not found, found


def test_the_detectors_catch_what_they_name() -> None:
    assert foreign_quotations("az24saat: '1 personne a voté contre : Natali Gule'.", "en")
    assert foreign_quotations("elle a qualifié la résolution de « biased, one-sided and unfounded ».", "fr")
    assert not foreign_quotations("the verb “condemns”, and 'Cécile Soucierman' (Cukierman)", "en")
    assert not foreign_quotations("au milieu du mot « missi[on] »", "fr")


def test_a_foreign_quotation_is_marked_and_translated_in_both_editions() -> None:
    english = md("it says {fr|1 personne a voté contre|1 person voted against}.", "en")
    assert '“<span lang="fr">1 personne a voté contre</span>”' in english
    assert (
        f"({STRINGS['en']['our_translation'].split(' (')[0].lower()}, unofficial: “1 person voted against”)" in english
    )
    french = html_module.unescape(
        html_inline("la qualifie de {en|obvious example of hypocrisy|exemple évident d'hypocrisie}.", "fr")
    )
    assert '«\u00a0<span lang="en">obvious example of hypocrisy</span>\u00a0»' in french
    assert "notre traduction, non officielle\u00a0: «\u00a0exemple évident d'hypocrisie\u00a0»" in french
    assert (
        plain("de {en|biased|partiale}", "fr")
        == "de «\u00a0biased\u00a0» (notre traduction, non officielle\u00a0: «\u00a0partiale\u00a0»)"
    )
    assert plain("renders {fr|réprouve} as “disapproves of”", "en") == "renders “réprouve” as “disapproves of”"
    with pytest.raises(ValueError):
        md("{fr|words|ours}")  # the edition decides the marks and the label


def test_a_foreign_quotation_must_be_in_the_other_language_and_well_formed() -> None:
    with pytest.raises(ValidationError, match="marked 'fr' in the 'fr' text"):
        Bilingual(fr="il dit {fr|a|b}", en="he says")
    assert Bilingual(fr="{{ modèle }}", en="{{ template }}").en == "{{ template }}"  # other braces are text
    with pytest.raises(ValidationError, match="looks like a foreign quotation"):
        Bilingual(fr="il dit", en="he says {fr|a")


def test_english_quotations_shown_in_the_french_edition_have_our_translation() -> None:
    """Words quoted in English (reactions, reports, paraphrases, earlier texts) get our French
    translation, as French words get an English one."""
    missing = [
        (value.source, value.text[:60])
        for value in _models(Quote, Said)
        if value.lang.value == "en" and not value.translation_fr
    ]
    assert not missing, missing


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_source_title_not_recorded_is_our_label_in_the_editions_language(built_site: Path, lang: str) -> None:
    untitled = [s for s in DATA.sources if s.title is None]
    assert untitled, "the data has sources whose title was not recorded"
    name = "sources/index.html" if lang == "fr" else "en/sources/index.html"
    html = (built_site / name).read_text(encoding="utf-8")
    for source in untitled:
        entry = re.search(rf'<p class="source" id="{source.id}">(.*?)</p>', html, re.S)
        assert entry, source.id
        label = getattr(source.label, lang)
        assert label[1:] in entry.group(1) and STRINGS[lang]["title_not_recorded"] in entry.group(1), entry.group(1)
    assert "title not recorded" not in " ".join(s.title or "" for s in DATA.sources)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_readers_see_no_working_ids_or_process_names(built_site: Path, lang: str) -> None:
    """Earlier resolutions' paragraph ids (P5, S20-f) stay off the provision pages; the corrections
    log speaks of readings, not of our 'blind review' or 'third audit'; COSAC is spelled out."""
    earlier_ids = {ep.ref for act in DATA.earlier_acts for ep in act.provisions if re.search(r"\d", ep.ref)}
    prefix = "en/provisions/" if lang == "en" else "dispositions/"
    for name, html in _pages(built_site, lang):
        text = own_text(html, lang)
        if name.startswith(prefix):
            shown = {ref for ref in earlier_ids if re.search(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", text)}
            assert not shown, (name, shown)
        if "corrections/" in name:
            assert not re.search(r"(?i)aveugle|audit|blind review|vocabulaire du projet|project vocabulary", text), name
        for found in re.finditer(r"COSAC", text):
            assert "COSAC (" in text[found.start() - 1 : found.end() + 3] or "(COSAC)" in text, (
                name,
                text[found.start() - 60 : found.end() + 60],
            )
            break


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_open_data_page_says_what_each_format_is(built_site: Path, lang: str) -> None:
    name = "donnees/index.html" if lang == "fr" else "en/open-data/index.html"
    text = own_text((built_site / name).read_text(encoding="utf-8"), lang)
    for term, explained in [
        ("CSVW", "W3C"),
        ("Akoma Ntoso", "OASIS"),
        ("FRBR", "bibliothèques" if lang == "fr" else "libraries"),
    ]:
        assert term in text and explained in text, (term, explained)


def test_one_spelling_of_pashinyan_in_our_own_text() -> None:
    """Our English says Pashinyan, our French Pachinian; quotations and titles keep their sources' spelling."""
    texts = _models(Bilingual)
    assert texts
    assert not [t.en for t in texts if "Pashinian" in t.en or "Pachinian" in t.en]
    assert not [t.fr for t in texts if "Pashinyan" in t.fr or "Pashinian" in t.fr]


_SINGLE_QUOTED = re.compile(r"(?<![\w])'(.+?)'(?![\w])")


def test_no_french_is_single_quoted_in_our_english_text() -> None:
    """French words quoted in our English text are written {fr|…|our translation}, never 'in single
    quotes' (which the page would show unmarked and untranslated). Single quotes around French
    with apostrophes inside (« l'article ») escaped the page-level detector; this reads the data."""
    found = [
        quoted.group(1)[:60]
        for text in _models(Bilingual)
        for quoted in _SINGLE_QUOTED.finditer(text.en)
        if len(FRENCH_WORDS.findall(quoted.group(1))) + len(FRENCH_LETTERS.findall(quoted.group(1))) >= 2
    ]
    assert not found, found
