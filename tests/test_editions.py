"""Two editions, one language each: every page has its twin in the other
edition, the switch keeps the reader's place, and no interface string of the
other language appears outside quoted material (marked with its lang)."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

import pytest

from conftest import ROOT, expect
from resolution_site import paths
from resolution_site.catalogue import STRINGS, VOCABULARIES
from resolution_site.models import SourceRef
from resolution_site.pipeline import load_dataset
from resolution_site.render.views import excerpt_repeated
from resolution_site.text import GROUP_ACRONYM, OUR_TRANSLATION, flat
from site_html import html_pages, parse_html, resolve

DATA = load_dataset(ROOT / "data")
OTHER = {"fr": "en", "en": "fr"}


def interface_strings(lang: str) -> set[str]:
    """The catalogue's strings in ``lang`` that could not be read as the other language's:
    whole phrases (three words or more, no placeholder) that differ between editions."""
    other = OTHER[lang]
    found = {text for key, text in STRINGS[lang].items() if text != STRINGS[other][key]}
    found |= {
        labels[lang] for table in VOCABULARIES.values() for labels in table.values() if labels[lang] != labels[other]
    }
    return {text for text in found if "{" not in text and len(text.split()) >= 3}


def visible_outside(html: str, skip: str) -> str:
    """The text of <body> outside scripts, styles and any element whose lang is ``skip``."""
    hidden = ("script", "style", "head", "title")
    return parse_html(html).text_where(lambda t: not t.inside(*hidden) and t.lang != skip)


def attributes(html: str) -> str:
    """Placeholders, aria labels and titles: interface text a reader meets too."""
    return " ".join(re.findall(r'\s(?:placeholder|aria-label|title)="([^"]*)"', html))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_interface_string_of_the_other_language(built_site: Path, lang: str) -> None:
    other = OTHER[lang]
    foreign = interface_strings(other)
    problems = {}
    for name in html_pages(built_site):
        if name.startswith("en/") != (lang == "en") or name == "404.html":
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        text = visible_outside(html, skip=other) + " " + attributes(html)
        hits = sorted(s for s in foreign if s in text)
        if hits:
            problems[name] = hits[:3]
    assert not problems, f"{other} interface strings on {lang} pages: {problems}"


def test_every_page_links_its_twin_and_no_alternate_that_material_would_fetch(built_site: Path) -> None:
    """The switch leads to the twin. No <link rel="alternate">: Material's language script
    fetches a sitemap.xml beside each one (a 404 on every page load); the language versions
    are in the sitemap instead (test_hosting)."""
    missing = {}
    for name in html_pages(built_site):
        if name.endswith("404.html"):
            continue  # an error page links both editions' homes (test_a_missing_page_answers…)
        html = (built_site / name).read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a redirect page of a former id
        if re.search(r"<link[^>]*rel=.?alternate", html, re.I):
            missing[name] = "a link rel=alternate"
        switch = re.search(r'<a class="md-header__button edition-switch" target="_self" href="([^"]+)"', html)
        if not switch:
            missing[name] = "no switch"
        elif resolve(built_site, name, switch.group(1))[0] is None:
            missing[name] = f"{switch.group(1)} does not resolve"
    assert not missing, missing


def test_twins_pair_every_page_both_ways() -> None:
    for key, by_lang in paths.PAGES.items():
        assert paths.twin(by_lang["fr"], "fr") == by_lang["en"], key
        assert paths.twin(by_lang["en"], "en") == by_lang["fr"], key
    assert paths.twin("dispositions/x.md", "fr") == "provisions/x.md"
    assert paths.twin("topics/y.md", "en") == "themes/y.md"


@pytest.mark.browser
def test_the_switch_keeps_the_provision_on_the_full_text(page, site_url: str) -> None:
    """From the French full text at any provision, the switch lands on the same provision in English, and back."""
    for p in DATA.provisions_in_order():
        page.goto(f"{site_url}/texte/#{p.id}")
        page.click("a[data-edition-switch]")
        page.wait_for_url(f"**/en/text/#{p.id}")
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.locator(f"[id='{p.id}']").count() == 1
    page.click("a[data-edition-switch]")
    page.wait_for_url(f"**/texte/#{p.id}")


@pytest.mark.browser
def test_the_switch_keeps_the_provision_page(page, site_url: str) -> None:
    for p in DATA.provisions_in_order():
        page.goto(f"{site_url}/en/provisions/{p.id}/")
        page.click("a[data-edition-switch]")
        page.wait_for_url(f"**/dispositions/{p.id}/")
        assert page.locator("h1").get_attribute("id") == p.id


def test_every_anchor_has_its_twin_in_the_other_edition(built_site: Path) -> None:
    """The switch keeps the reader's #fragment: every id of a page (its sections, rows,
    provisions; the page title's aside) exists on its twin, in both directions."""
    pages = html_pages(built_site)
    missing = {}
    for name, page in pages.items():
        if name.endswith("404.html") or page.lang != "fr":
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        switch = re.search(r'<a class="md-header__button edition-switch" target="_self" href="([^"]+)"', html)
        if not switch:
            continue  # a redirect page of a former id
        twin = resolve(built_site, name, switch.group(1))[0]
        ours, theirs = anchors(page), anchors(pages[twin])
        if ours != theirs:
            missing[f"{name} ↔ {twin}"] = (sorted(ours - theirs)[:5], sorted(theirs - ours)[:5])
    assert not missing, missing


def anchors(page) -> set[str]:
    return {attrs["id"] for tag, attrs in page.elements if attrs.get("id") and tag != "h1"}


@pytest.mark.browser
@pytest.mark.parametrize(("missing", "lang"), [("texte/nulle-part/", "fr"), ("en/nowhere/", "en")])
def test_a_missing_page_answers_in_the_readers_edition(
    page, site_url: str, built_site: Path, missing: str, lang: str
) -> None:
    """One root 404.html (what a static host serves for any missing address) answers in the
    language of the address, with the edition's home, full text and search (which searches
    that edition's index)."""
    page.route(
        f"{site_url}/{missing}",
        lambda route: route.fulfill(status=404, path=built_site / "404.html", content_type="text/html"),
    )
    base = site_url
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{base}/{missing}")
    # The page shows the address asked for, and keeps it in the address bar (the English
    # reader is sent on from the root's page, and comes back to the address typed); the tab
    # says what the page is.
    expect(page.locator("[data-not-found-address]")).to_have_text(f"/{missing}")
    assert page.url == f"{base}/{missing}"
    expect(page).to_have_title(f"{STRINGS[lang]['not_found_title']} - {STRINGS[lang]['site_name']}")
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.locator("h1#not-found").inner_text() == STRINGS[lang]["not_found_title"]
    prefix = paths.EDITION_PREFIX[lang]
    hrefs = page.eval_on_selector_all(".not-found-links a", "links => links.map(a => a.href)")
    assert f"{base}/{prefix}" in hrefs
    assert f"{base}/{paths.site_url_of(paths.page('text', lang), lang)}" in hrefs
    # The header's language switch is there too, as on every page: it leads to the other
    # edition's home, in that edition's language.
    other = "en" if lang == "fr" else "fr"
    switch = page.locator("a[data-edition-switch]")
    assert switch.get_attribute("lang") == other
    assert switch.evaluate("a => a.href") == f"{base}/{paths.EDITION_PREFIX[other]}"
    page.click("[data-open-search]")
    page.keyboard.type("Arménie")
    page.wait_for_selector(".site-search__list [role=option], .site-search__list a", timeout=10000)
    assert f"{base}/{prefix}search/index.json" in requests


def test_without_a_repository_every_page_says_how_to_report_an_error(built_site: Path) -> None:
    """The session's site is built without REPO_URL: no link to a repository, but a sentence
    saying how to write, naming the provision's id on its page."""
    for lang in ("fr", "en"):
        for p in DATA.provisions:
            url = paths.site_url_of(paths.provision_page(p.id, lang), lang)
            html = (built_site / url / "index.html").read_text(encoding="utf-8")
            text = visible_outside(html, skip="-")
            assert " ".join(STRINGS[lang]["report_provision_none"].format(id=p.id).split()) in text, url
            assert " ".join(STRINGS[lang]["report_error_none"].split()) in text, url
            assert "/issues/new" not in html


def test_the_repository_address_is_checked_and_normalised() -> None:
    from resolution_site import settings

    assert settings.repo_url(" https://github.com/o/r.git ") == "https://github.com/o/r"
    assert settings.repo_url("https://github.com/o/r/") == "https://github.com/o/r"
    assert settings.repo_url("") is None
    with pytest.raises(settings.SettingsError, match="REPO_URL"):
        settings.repo_url("github.com/o/r")


# Our own descriptors of sources, in French, that the English edition must never show as English.
FRENCH_DESCRIPTORS = (
    "copie conservée",
    "Azerbaïdjan)",
    "site miroir",
    "édition française",
    "service français",
    "relayé par",
    "Site de ",
    "Site d'",
    "visant à condamner",
    "sénatrice de",
    "centriste (",
)


def test_the_english_edition_shows_no_french_descriptor_outside_lang_fr(built_site: Path) -> None:
    """Publishers are named with our English descriptors (publisher_en), and the French title
    inside an English citation is marked as French."""
    found = {}
    for name in html_pages(built_site):
        if not name.startswith("en/"):
            continue
        text = visible_outside((built_site / name).read_text(encoding="utf-8"), skip="fr")
        hits = [word for word in FRENCH_DESCRIPTORS if word in text]
        if hits:
            found[name] = hits
    assert not found, found


def test_every_source_has_an_english_name_when_ours_is_french() -> None:
    missing = [s.id for s in DATA.sources if any(w in s.publisher for w in FRENCH_DESCRIPTORS) and not s.publisher_en]
    assert not missing, f"sources whose publisher needs publisher_en: {missing}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_group_acronym_is_expanded_in_the_editions_language(built_site: Path, lang: str) -> None:
    """A political group's acronym (LR, SER, CRCE-K…) in a group label is an <abbr> whose title,
    from the one table of group names (render.views.group_names), is in the edition's language;
    a French name quoted in the English edition is marked as French."""
    from resolution_site.render.views import group_names

    names = group_names(DATA)
    expected = {STRINGS[lang]["group_abbr"]} | {
        STRINGS[lang]["group_abbr_named"].format(name=n) for n in names.values()
    }
    seen = {}
    for name in html_pages(built_site):
        if name.startswith("en/") != (lang == "en"):
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        for title, acronym in re.findall(r'<abbr title="([^"]*)">([A-Z-]+)</abbr>', html):
            seen[acronym] = html_module.unescape(title)
    groups = {found.group(0) for p in DATA.people for found in GROUP_ACRONYM.finditer(p.group or "")}
    assert groups and groups <= set(seen), f"acronyms never expanded: {sorted(groups - set(seen))}"
    assert set(seen.values()) <= expected, set(seen.values()) - expected
    if lang == "en":
        procedure = (built_site / "en/procedure/index.html").read_text(encoding="utf-8")
        assert all(f'<span lang="fr">{n}</span>' in procedure for n in names.values())


def test_no_english_page_says_visa(built_site: Path) -> None:
    """TERMS.md: the French « visa » is a "citation" in English ("Having regard to …"); the word
    "visa" appears in the English edition only inside French quoted material (lang="fr")."""
    found = {}
    for name in html_pages(built_site):
        if not name.startswith("en/"):
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        text = visible_outside(html, skip="fr") + " " + attributes(html)
        text = re.sub(r"\S*/\S*", " ", text)  # addresses: /en/provisions/visas/ is a permanent URL
        for p in DATA.provisions:  # and the permanent identifier the reader is asked to quote
            text = text.replace(STRINGS["en"]["report_provision_none"].format(id=p.id), " ")
        hits = re.findall(r".{0,40}\bvisas?\b.{0,40}", text, re.I)
        if hits:
            found[name] = hits[:3]
    assert not found, found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_provision_page_says_what_its_kind_is(built_site: Path, lang: str) -> None:
    from resolution_site.catalogue import KIND_EXPLAINED

    for p in DATA.provisions:
        url = paths.site_url_of(paths.provision_page(p.id, lang), lang)
        text = " ".join(
            visible_outside((built_site / url / "index.html").read_text(encoding="utf-8"), skip="-").split()
        )
        expected = " ".join(parse_html(KIND_EXPLAINED[p.kind][lang]).text_where(lambda t: True).split())
        assert expected in text, (url, expected)


def test_our_translation_has_one_label_in_english(built_site: Path) -> None:
    """TERMS.md: "our translation (unofficial)", always; no "English rendering" or "unofficial
    English translation" for what we translated."""
    assert STRINGS["en"]["our_title_rendering"] == STRINGS["en"]["our_translation"]
    strays = ("english rendering", "unofficial english translation")
    found = {}
    for name in html_pages(built_site):
        if name.startswith("en/"):
            text = visible_outside((built_site / name).read_text(encoding="utf-8"), skip="fr").lower()
            if hits := [s for s in strays if s in text]:
                found[name] = hits
    assert not found, found


@pytest.mark.parametrize("page", ["en/procedure/index.html", "en/context/index.html"])
def test_every_french_quotation_on_the_english_background_pages_has_our_translation(
    built_site: Path, page: str
) -> None:
    """The English procedure and context pages quote the French as the sources give it (in
    lang="fr"), each quotation followed by our translation, marked unofficial."""
    html = (built_site / page).read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    label = html_module.escape(STRINGS["en"]["our_translation"].lower(), quote=False)
    untranslated = []
    for found in re.finditer(r'<q class="source-excerpt" lang="fr">(.*?)</q>', article, re.S):
        if not article[found.end() :].startswith(f' <span class="excerpt-translation">({OUR_TRANSLATION["en"]}'):
            untranslated.append(found.group(1)[:60])
    for found in re.finditer(r'<blockquote[^>]*lang="fr"[^>]*>(.*?)</blockquote>', article, re.S):
        after = re.split(r"<blockquote|<h[1-6]", article[found.end() :], maxsplit=1)[0]
        if 'class="quote-translation"' not in after and STRINGS["en"]["our_translation"] not in after:
            untranslated.append(found.group(1).strip()[:60])
    for found in re.finditer(r'<li><span lang="fr">(.*?)</span>', article, re.S):
        if not article[found.end() :].startswith(f" ({label}"):
            untranslated.append(found.group(1)[:60])
    assert 'lang="fr"' in article and not untranslated, untranslated


def test_every_group_name_shown_is_quoted_from_a_source_of_that_person() -> None:
    """A group acronym is expanded only where a source gives the full name: the label's own
    "LR (Les Républicains)", or a note's "'LIRT' (Les Indépendants – …)" whose words one of
    the person's sources quotes. The rest are said to be the acronym as the source gives it."""
    unsourced = []
    for person in DATA.people:
        excerpts = " ".join(ref.excerpt or "" for ref in person.sources).replace("’", "'")
        texts = [person.group or ""] + ([person.note.fr, person.note.en] if person.note else [])
        for text in texts:
            for name in re.findall(r"\b[A-Z]{2,}(?:-[A-Z]+)?\b(?:\s?[»'])? \(([^()]+)\)", text):
                if name.replace("’", "'") not in excerpts and text != person.group:
                    unsourced.append((person.name, name))
    assert not unsourced, unsourced


def test_without_a_repository_the_footer_promises_no_address_and_links_the_corrections(built_site: Path) -> None:
    """No contact address is known (no REPO_URL, nothing in the data or settings): the footer
    and each provision page say so plainly and link the corrections log of their edition,
    which exists; nothing tells the reader to "write" to an address the site does not give."""
    for name in html_pages(built_site):
        if name == "404.html":  # one file for both editions, built apart (test_a_missing_page_answers_…)
            continue
        lang = "en" if name.startswith("en/") else "fr"
        html = (built_site / name).read_text(encoding="utf-8")
        footer = html[html.index('<div class="md-copyright site-footer">') :]
        footer = footer[: footer.index("</div>")]
        assert " ".join(STRINGS[lang]["report_error_none"].split()) in " ".join(
            html_module.unescape(re.sub(r"<[^>]+>", "", footer)).replace("\u202f", " ").replace("\u00a0", " ").split()
        ), name
        (href,) = re.findall(r'<a href="([^"]*)">' + STRINGS[lang]["report_error_log"] + "</a>", footer)
        target, _ = resolve(built_site, name, href)
        assert target == paths.site_url_of(paths.page("corrections", lang), lang) + "index.html", (name, href)
        text = visible_outside(html, skip="-").lower()
        assert "write to the site's editors" not in text and "écrivez aux responsables" not in text, name


# An excerpt that is only names, with their groups ("Bruno Retailleau (LR), Maryse Carrère (RDSE)"):
# nothing in it to translate.
_NAME = r"[A-ZÉ][\w'’.-]*(?: [A-ZÉ][\w'’.-]*)*(?: \([A-Z-]+\))?"
NAMES_ONLY = re.compile(rf"{_NAME}(?:, {_NAME})*")


def _excerpts_to_translate(lang: str) -> dict[str, str]:
    """Each excerpt that edition ``lang`` shows in another language (not one its "supports" quotes
    in full, nor one of names only), by its flat text: where it is in the data."""
    languages = {source.id: source.language.value for source in DATA.sources}
    found: dict[str, str] = {}
    for name in DATA.files:
        for loc, ref in DATA.located(name, SourceRef):
            supports = ref.supports.fr if lang == "fr" else ref.supports.en
            if (
                ref.excerpt
                and languages[ref.source] != lang
                and not excerpt_repeated(supports, ref.excerpt)
                and not NAMES_ONLY.fullmatch(flat(ref.excerpt))
            ):
                found.setdefault(flat(ref.excerpt), f"data/{name}.yaml:{DATA.docs[name].line_of(loc)}")
                if not getattr(ref, f"excerpt_{lang}"):
                    found[flat(ref.excerpt)] += " (untranslated)"
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_excerpt_in_the_other_language_has_our_translation_in_the_data(lang: str) -> None:
    """Every source excerpt that edition ``lang`` shows in another language has our translation
    into ``lang`` (``excerpt_fr``, ``excerpt_en``)."""
    missing = [where for where in _excerpts_to_translate(lang).values() if where.endswith("(untranslated)")]
    assert not missing, missing


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_excerpt_shown_in_the_other_language_is_followed_by_our_translation(built_site: Path, lang: str) -> None:
    """On every page of edition ``lang``, a source's excerpt in another language keeps its words,
    marked with their language, and is followed by our translation, marked unofficial (TERMS.md)."""
    to_translate = _excerpts_to_translate(lang)
    label = html_module.escape(OUR_TRANSLATION[lang], quote=False)
    shown, untranslated = 0, []
    for name in html_pages(built_site):
        if name.startswith("en/") != (lang == "en"):
            continue
        html = (built_site / name).read_text(encoding="utf-8")
        for found in re.finditer(r'<q class="source-excerpt" lang="([a-z]+)">(.*?)</q>', html, re.S):
            words = flat(html_module.unescape(re.sub(r"<[^>]+>", "", found.group(2))))
            if found.group(1) == lang or NAMES_ONLY.fullmatch(words):
                continue
            shown += 1
            if not html[found.end() :].startswith(f' <span class="excerpt-translation">({label}'):
                untranslated.append(f"{name}: {to_translate.get(words, '?')}: {words[:60]}")
    assert shown and not untranslated, untranslated


def test_a_supports_text_that_only_quotes_its_excerpt_is_not_shown_beside_it() -> None:
    from resolution_site.render.views import supports_within_excerpt

    excerpt = "Au Sénat, 336 personnes ont voté en faveur de la résolution, et 1 personne a voté contre : Natali Gule."
    assert supports_within_excerpt("« 1 personne a voté contre : Natali Gule ».", excerpt)
    assert supports_within_excerpt("{fr|1 personne a voté contre : Natali Gule|1 person voted against}.", excerpt)
    assert not supports_within_excerpt("Contexte : « 1 personne a voté contre » au scrutin.", excerpt)
    assert not supports_within_excerpt("« 2 personnes ont voté contre ».", excerpt)


@pytest.mark.parametrize("path", ["vote/index.html", "en/vote/index.html"])
def test_the_vote_page_reads_each_quotation_once(built_site: Path, path: str) -> None:
    """A blind reader saw « 1 personne a voté contre : Natali Gule » twice in a row: quoted as
    what the source supports, then again inside the longer excerpt."""
    text = visible_outside((built_site / path).read_text(encoding="utf-8"), skip="-")
    assert text.count("1 personne a voté contre : Natali Gule") == 1
