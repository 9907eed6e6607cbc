"""The header search, used as a reader uses it: in Chromium, on the built site.

Expectations are computed from the data in ``data/``, never written in
here: a query must find the provisions whose text (or topic) holds the word.
The checks named ``REAL`` are about words of the real resolution (Sénat,
Azerbaïdjan, exode…); they are skipped only while ``data/`` is a copy of the
test fixture, and fail if the real data lacks the word.

How long a query takes is measured by ``python scripts/bench.py``, never here:
a time limit in a test fails on a busy machine, not on slow code.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from conftest import ROOT
from resolution_site.dataset import Dataset
from resolution_site.publish import search as si
from resolution_site.publish.search import fold

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

DATA = ROOT / "data"
FIXTURE = ROOT / "tests" / "fixtures" / "valid"


@pytest.fixture(scope="module")
def data(real_data: Dataset) -> Dataset:
    """This module reads the site's own data."""
    return real_data


def _is_fixture() -> bool:
    files = sorted(p.name for p in DATA.glob("*.yaml"))
    return files == sorted(p.name for p in FIXTURE.glob("*.yaml")) and all(
        (DATA / name).read_bytes() == (FIXTURE / name).read_bytes() for name in files
    )


real_data_only = pytest.mark.skipif(_is_fixture(), reason="data/ is the test fixture; these words are the real text's")


def _texts(p, lang: str | None = None) -> list[str]:
    texts = []
    if p.wording:
        texts += [(p.wording.fr, "fr"), (p.wording.en, "en")]
    for q in [*p.fragments, *p.paraphrases, *p.variants]:
        texts.append((q.text, q.lang.value))
        if q.translation_en:
            texts.append((q.translation_en, "en"))
    return [text for text, text_lang in texts if lang is None or text_lang == lang]


def _holding(data: Dataset, word: str, lang: str | None = None) -> set[str]:
    """Ids of the provisions whose text holds ``word`` (accents and case aside) as a word start."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(fold(word))}")
    return {p.id for p in data.provisions if any(pattern.search(fold(t)) for t in _texts(p, lang))}


def search(page, site_url: str, query: str, path: str = "/") -> list[str]:
    """Type ``query`` in the header box; the ids of the provisions listed, in order."""
    if urlsplit(page.url).path != path:
        page.goto(site_url + path)
    page.fill("#site-search-input", query)
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    expect(page.locator(".site-search__status")).not_to_have_text(re.compile("Chargement"))
    hrefs = page.eval_on_selector_all(".site-search__result", "links => links.map(a => a.getAttribute('href'))")
    ids = []
    for href in hrefs:
        match = re.search(r"/dispositions/([a-z0-9-]+)/#\1$", href)
        if match:
            ids.append(match.group(1))
    return ids


def _assert_finds(page, site_url: str, query: str, wanted: set[str]) -> None:
    assert wanted, f"no provision in data/ holds {query!r}"
    found = search(page, site_url, query)
    assert set(found) & wanted, f"{query!r} found {found}, expected some of {sorted(wanted)}"


@pytest.mark.browser
def test_an_unaccented_query_finds_accented_words_and_marks_them(page, site_url: str, data: Dataset) -> None:
    accented = sorted(
        {
            word
            for p in data.provisions
            for text in _texts(p, "fr")
            for word in re.findall(r"[^\W\d_]{5,}", text)
            if fold(word) != word.casefold()
        }
    )
    assert accented, "no accented French word in the provisions"
    word = accented[0]
    wanted = _holding(data, word)
    _assert_finds(page, site_url, fold(word), wanted)
    marks = page.locator(".site-search__result mark")
    expect(marks.first).to_be_visible()
    assert fold(marks.first.inner_text()).endswith(fold(word))


@pytest.mark.browser
def test_each_topic_name_in_french_and_english_finds_its_clauses(page, site_url: str, data: Dataset) -> None:
    page.goto(site_url + "/")
    for topic in data.topics:
        members = {p.id for p in data.provisions if topic.id in p.topics}
        if not members:
            continue
        for label in (topic.label.fr, topic.label.en):
            found = search(page, site_url, label)
            assert found, f"{label!r} found nothing"
            shown = found[: len(members)]
            assert set(shown) <= members, f"{label!r}: first results {shown} are not all tagged {topic.id}"


@pytest.mark.browser
def test_keyboard_ctrl_k_arrows_enter_and_escape(page, site_url: str, data: Dataset) -> None:
    page.goto(site_url + "/vote/")
    for bare in ("/", "s", "f", "n", "p"):  # no single-key shortcut (WCAG 2.1.4)
        page.keyboard.press(bare)
        expect(page.locator("#site-search-input")).not_to_be_focused()
        assert urlsplit(page.url).path == "/vote/"
    close = page.locator(".site-search__close")
    expect(close).to_be_hidden()  # nothing to clear: not in the tab order
    page.keyboard.press("Control+k")
    expect(page.locator("#site-search-input")).to_be_focused()
    target = data.provisions_in_order()[0]
    page.keyboard.type(target.heading.fr)
    page.wait_for_selector(".site-search__result")
    expect(close).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".site-search__results")).to_be_hidden()
    page.keyboard.press("ArrowDown")
    expect(page.locator(".site-search__result").first).to_have_attribute("aria-selected", "true")
    href = page.locator(".site-search__result").first.get_attribute("href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == href


@pytest.mark.browser
def test_clicking_a_result_opens_the_clause_at_its_anchor(page, site_url: str, data: Dataset) -> None:
    target = data.provisions_in_order()[-1]
    found = search(page, site_url, f"{target.ref} {target.heading.fr}", path="/texte/")
    assert found and found[0] == target.id, found
    with page.expect_navigation():
        page.locator(".site-search__result").first.click()
    assert urlsplit(page.url).path == f"/dispositions/{target.id}/"
    assert urlsplit(page.url).fragment == target.id
    expect(page.locator(f"[id='{target.id}']")).to_be_in_viewport()


@pytest.mark.browser
def test_the_status_badge_is_shown_with_each_clause(page, site_url: str, data: Dataset) -> None:
    target = data.provisions_in_order()[0]
    search(page, site_url, f"{target.ref} {target.heading.fr}")
    badge = page.locator(".site-search__result").first.locator(".status")
    expect(badge).to_have_class(re.compile(rf"status--{target.status.value}"))


@pytest.mark.browser
def test_search_works_on_a_phone(page, site_url: str, data: Dataset) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "/")
    box = page.locator("#site-search-input")
    expect(box).to_be_hidden()
    page.locator(".site-search__toggle").click()
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    target = data.provisions_in_order()[0]
    page.keyboard.type(target.heading.fr)
    result = page.locator(".site-search__result").first
    expect(result).to_be_visible()
    bounds = page.locator(".site-search__results").bounding_box()
    assert bounds and bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= 390
    with page.expect_navigation():
        result.click()
    assert "/dispositions/" in page.url


@pytest.mark.browser
def test_escape_closes_the_box_on_a_phone_in_one_press_and_gives_focus_back(page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "/en/")
    toggle = page.locator(".site-search__toggle")
    toggle.click()
    page.keyboard.type("sanctions")
    expect(page.locator(".site-search__result").first).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#site-search-input")).to_be_hidden()
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")


@pytest.mark.browser
def test_escape_on_a_wide_screen_hides_the_results_and_keeps_focus_in_the_box(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    search(page, site_url, "sanctions")
    page.focus("#site-search-input")
    expect(page.locator(".site-search__results")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".site-search__results")).to_be_hidden()
    expect(page.locator("#site-search-input")).to_be_focused()


@pytest.mark.browser
def test_the_index_is_data_not_code(page, site_url: str) -> None:
    response = page.request.get(site_url + "/search/index.json")
    assert response.ok and response.headers["content-type"].startswith("application/json")
    assert response.json()["format"] == si.FORMAT
    shard = page.request.get(site_url + "/search/docs/0.json")
    assert shard.ok and shard.headers["content-type"].startswith("application/json")


def test_every_result_opens_a_section_that_exists(built_site) -> None:
    """Each indexed address, in both editions, is a built page holding the anchor it opens."""
    import json

    for prefix in ("", "en/"):
        index = json.loads((built_site / prefix / "search" / "index.json").read_text(encoding="utf-8"))
        docs = si.expand(index)
        snippets = 0
        for number in range(-(-index["count"] // index["shard_size"])):
            shard = built_site / prefix / "search" / "docs" / f"{number}.json"
            snippets += len(json.loads(shard.read_text(encoding="utf-8"))["docs"])
        assert len(docs) == snippets == index["count"] == len(index["tiers"])
        for doc in docs:
            page, _, anchor = doc["url"].partition("#")
            html = (built_site / prefix / page / "index.html").read_text(encoding="utf-8")
            assert not anchor or f'id="{anchor}"' in html, f"{prefix}{doc['url']}: no such anchor"


@pytest.mark.browser
def test_all_results_are_reachable_with_show_more(page, site_url: str) -> None:
    page.goto(site_url + "/")
    page.fill("#site-search-input", "Haut-Karabagh")
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    status = page.locator(".site-search__status").inner_text()
    total = int(re.search(r"\d+", status).group())
    assert total > 10, status
    more = page.locator(".site-search__more")
    while more.is_visible():
        expect(more).to_have_text(re.compile(r"Afficher \d+ de plus"))
        more.click()
        page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")  # its shards are in
    assert page.locator(".site-search__result").count() == total


@pytest.mark.browser
def test_the_english_edition_answers_in_english(page, site_url: str) -> None:
    page.goto(site_url + "/en/")
    page.fill("#site-search-input", "Goulet")
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    first = page.locator(".site-search__result").first
    expect(first).to_have_attribute("href", re.compile(r"/en/vote/#against$"))
    expect(first.locator(".site-search__kind")).to_have_text(re.compile(r"^Vote · The vote$"))
    expect(page.locator(".site-search__status")).to_have_text(re.compile(r"^1 result$|^\d+ results$"))


@pytest.mark.browser
@real_data_only
def test_a_quotation_in_the_other_language_keeps_its_language_in_the_snippet(page, site_url: str) -> None:
    """An English snippet that quotes the French visas says they are French, as the page does: a screen reader
    reads them in French, and the edition's own words stay in English."""
    search(page, site_url, "Vu la Charte", path="/en/")
    page.wait_for_selector("[data-site-search][data-snippets=ready]", state="attached")
    snippets = page.locator(".site-search__snippet")
    expect(snippets.first).to_have_attribute("lang", "en")
    quoted = page.locator('.site-search__snippet span[lang="fr"]')
    expect(quoted.first).to_contain_text("Vu")
    assert "Vu" not in "".join(
        page.eval_on_selector_all(
            ".site-search__snippet",
            "spans => spans.map(s => [...s.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(''))",
        )
    ), "every French 'Vu' of the snippets is inside a span that says it is French"


@pytest.mark.browser
@real_data_only
def test_a_provision_s_snippet_says_who_gives_its_words(page, site_url: str) -> None:
    """A provision known only from a paraphrase shows the paraphrase attributed to its source, and an English
    wording is labelled as our translation, before the snippet however it is cut (a blind reader saw a
    third-party paraphrase shown as if it were the resolution's words)."""
    for path, query, said in (
        ("/", "Turquie", "parliament-wa.info"),
        ("/en/", "condemns offensive", "Our translation"),
    ):
        search(page, site_url, query, path=path)
        page.wait_for_selector("[data-site-search][data-snippets=ready]", state="attached")
        first = page.locator(".site-search__result").first
        expect(first.locator(".site-search__by")).to_contain_text(said)


@pytest.mark.browser
@pytest.mark.parametrize(("path", "said"), [("/", "Tapez un mot plus long"), ("/en/", "Type a longer")])
def test_a_query_with_nothing_to_search_asks_for_more(page, site_url: str, path: str, said: str) -> None:
    """A lone letter, or only words like "the", is not a search that found nothing: the reader is told what to
    type, in the edition's language."""
    page.goto(site_url + path)
    for query in ("a", "le la" if path == "/" else "the of"):
        page.fill("#site-search-input", query)
        page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
        expect(page.locator(".site-search__status")).to_have_text(re.compile(f"^{said}"))
        assert page.locator(".site-search__result").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize(("path", "said"), [("/", "aucune correspondance pour\u00a0:"), ("/en/", "no match for:")])
def test_a_word_the_site_never_uses_is_named_beside_the_results(page, site_url: str, path: str, said: str) -> None:
    """A query about something the site does not hold ("EUMA", "CSTO") is told so, the word as typed, in the
    edition's language; the results for its other words follow, and a query whose words all lead somewhere says
    only how many results."""
    status = page.locator(".site-search__status")
    search(page, site_url, "Xyzzyq", path)
    expect(status).to_contain_text(said)
    expect(status.locator("strong")).to_have_text("Xyzzyq")
    assert page.locator(".site-search__result").count() == 0
    search(page, site_url, "Xyzzyq sanctions", path)
    expect(status).to_contain_text(said)
    assert page.locator(".site-search__result").count() > 0
    search(page, site_url, "sanctions", path)
    expect(status).not_to_contain_text(said)


def _hrefs(page, site_url: str, query: str) -> list[str]:
    search(page, site_url, query)
    return page.eval_on_selector_all(".site-search__result", "links => links.map(a => a.getAttribute('href'))")


@pytest.mark.browser
@pytest.mark.parametrize("query", ["Sénat", "Senat"])
def test_a_word_of_the_sites_name_alone_opens_the_provisions_first(page, site_url: str, query: str) -> None:
    """The site's name is everywhere; the provisions it names come before the pages that mention it."""
    hrefs = _hrefs(page, site_url, query)
    assert hrefs and "/dispositions/" in hrefs[0], hrefs


@pytest.mark.browser
def test_the_sites_whole_name_opens_its_home_page(page, site_url: str) -> None:
    hrefs = _hrefs(page, site_url, "Résolution du Sénat sur le Haut-Karabagh")
    assert any(urlsplit(href).path == "/" for href in hrefs[:3]), hrefs


@pytest.mark.browser
@real_data_only
def test_a_source_is_found_by_its_publisher(page, site_url: str) -> None:
    """The outlet is named on the source's line, not in its title: its sources are among the first results."""
    hrefs = _hrefs(page, site_url, "Nor Haratch")
    assert sum("/sources/#norharatch-" in href for href in hrefs[:3]) >= 2, hrefs


@pytest.mark.browser
@real_data_only
def test_a_citation_box_comes_after_the_sections_as_good_unless_the_query_asks_to_cite(page, site_url: str) -> None:
    """A provision's citation box is named by the provision's heading: without a word for citing, the provision
    and the pages about its subject come first; with one, the box does."""
    assert not any("#cite-this" in href for href in _hrefs_at(page, site_url, "embargo gaz pétrole", "/")[:3])
    assert "#cite-this" in _hrefs_at(page, site_url, "citer l'alinéa sur l'embargo", "/")[0]


@pytest.mark.browser
@pytest.mark.parametrize(("path", "query"), [("/", "résolution sénat arménie"), ("/en/", "Senate resolution Armenia")])
def test_the_acts_name_in_a_few_words_opens_its_home_page_first(page, site_url: str, path: str, query: str) -> None:
    """Two words of the site's name and a word of the act's full title name the act: its home page, whose title
    holds them all, comes before the provisions that name Armenia. A word the title lacks ("senate resolution
    sanctions") leaves the provisions first."""
    hrefs = _hrefs_at(page, site_url, query, path)
    assert hrefs and urlsplit(hrefs[0]).path == path and not urlsplit(hrefs[0]).fragment, hrefs


@pytest.mark.browser
def test_the_sites_name_mistyped_is_still_the_sites_name(page, site_url: str) -> None:
    """ "karabak" is one letter short of "karabakh": the query is the site's name, which opens the home page."""
    hrefs = _hrefs_at(page, site_url, "nagorno karabak french senate", "/en/")
    assert any(urlsplit(href).path == "/en/" for href in hrefs[:3]), hrefs


@pytest.mark.browser
@real_data_only
def test_a_query_of_the_sites_name_alone_opens_the_pages_about_the_whole_first(page, site_url: str) -> None:
    """ "nagorno karabach senate" says only what the site is about: the home page opens, in either edition,
    before the provisions that name the region and the Senate as well."""
    for prefix, query in (("/en/", "nagorno karabach senate"), ("/", "haut karabagh sénat")):
        hrefs = _hrefs_at(page, site_url, query, prefix)
        assert hrefs and urlsplit(hrefs[0]).path == prefix, (query, hrefs)


@pytest.mark.browser
def test_the_sites_name_beside_other_words_is_not_required(page, site_url: str) -> None:
    """'abstentions' is not said with 'Sénat' in the vote's row; the row is still found first."""
    hrefs = _hrefs(page, site_url, "abstentions Sénat")
    assert hrefs and hrefs[0].endswith("vote/#figure-abstentions"), hrefs


# --- the real resolution's words ------------------------------------------------------


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize("query", ["Senat condamne", "Sénat condamne", "SENAT CONDAMNE"])
def test_real_senat_with_or_without_accent_finds_the_condemnation(page, site_url, data, query: str) -> None:
    _assert_finds(page, site_url, query, _holding(data, "Le Sénat condamne", "fr"))


@real_data_only
@pytest.mark.parametrize(
    ("query", "word", "lang"),
    [
        ("azerbaidjan", "Azerbaïdjan", "fr"),
        ("exode", "exode", "fr"),
        ("offensive", "offensive", "fr"),
        ("offensive", "offensive", "en"),
        ("withdrawal", "withdrawal", "en"),
        ("humanitarian", "humanitarian", "en"),
    ],
)
@pytest.mark.browser
def test_real_words_find_their_clauses(page, site_url, data, query: str, word: str, lang: str) -> None:
    _assert_finds(page, site_url, query, _holding(data, word, lang))


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize("query", ["sanctions", "patrimoine", "heritage"])
def test_real_topic_names_find_tagged_clauses(page, site_url, data, query: str) -> None:
    topics = {t.id for t in data.topics if fold(query) in fold(f"{t.label.fr} {t.label.en}")}
    wanted = {p.id for p in data.provisions if topics & set(p.topics)}
    _assert_finds(page, site_url, query, wanted)


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize(("query", "look_alike"), [("initiative", "initial"), ("notamment", "note")])
def test_real_a_word_does_not_find_its_look_alike(page, site_url, data, query: str, look_alike: str) -> None:
    """Snowball joins these (tests/test_search_vocabulary.py); search keeps them apart."""
    only_look_alike = _holding(data, look_alike) - _holding(data, query)
    assert only_look_alike and _holding(data, query)
    found = search(page, site_url, query)
    assert found and not set(found) & only_look_alike


@pytest.mark.browser
def test_the_not_found_page_searches_the_reader_s_edition(page, site_url: str, built_site) -> None:
    """A host serves the site root's 404.html at any missing address; under /en/ its search box
    reads the English index and speaks English."""
    not_found = (built_site / "404.html").read_text(encoding="utf-8")
    page.route("**/en/no-such-page/", lambda route: route.fulfill(status=404, body=not_found, content_type="text/html"))
    page.goto(site_url + "/en/no-such-page/")
    page.fill("#site-search-input", "humanitarian aid")
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    hrefs = page.eval_on_selector_all(".site-search__result", "links => links.map(a => a.href)")
    assert hrefs and all(urlsplit(href).path.startswith("/en/") for href in hrefs)
    expect(page.locator(".site-search__status")).to_have_text(re.compile(r"^1 result$|^\d+ results$"))


def _hrefs_at(page, site_url: str, query: str, path: str) -> list[str]:
    search(page, site_url, query, path)
    return page.eval_on_selector_all(".site-search__result", "links => links.map(a => a.getAttribute('href'))")


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize(
    ("path", "query", "wanted"),
    [
        ("/en/", "UN resolution", "/context/#conseil-de-securite-2023-09-21"),
        ("/", "ONU", "/contexte/#conseil-de-securite-2023-09-21"),
        ("/", "UN", "/contexte/#conseil-de-securite-2023-09-21"),
        ("/", "AN", "/devancieres/#assemblee-nationale-20"),
        ("/en/", "AN 2022", "/earlier-resolutions/#assemblee-nationale-2022"),
        # a person's name, even mistyped, asks for the sections that list people (the authors)
        ("/", "retaillau proposition", "/procedure/#authors"),
        # "par rapport à" compares: a section about the earlier texts names their years
        ("/", "qu'est-ce qui est nouveau par rapport à 2022", "/devancieres/#new-in-2024"),
        # the earlier acts' page after a timeline entry named as well
        ("/", "corridor de Latchine", "/contexte/#blocus-corridor-latchine"),
        # one section holds both words: those holding one follow it rather than vanish (index.py FILL_TO)
        (
            "/",
            "la turquie est-elle visée par la résolution",
            "/dispositions/mise-en-garde-ambitions-azerbaidjan-turquie/",
        ),
        # a file asked for: the open data's file before the page about the same acts (questions.py "file")
        ("/", "fichier comparant les résolutions de 2020 et 2022", "/donnees/#devancieres-csv"),
        # "nombre de" asks for the figure, which the vote's row gives (WEAK_WORDS)
        ("/", "nombre d'abstentions", "/vote/#figure-abstentions"),
        # a year before this act's asks for the earlier acts: their context ranks with this act's pages
        ("/", "résolution de 2020", "/contexte/#adoption-resolution-2020"),
        ("/en/", "2022 resolution", "/earlier-resolutions/#senat-2022"),
        # what happened on a day before this act: the timeline, not the since page; after it, the since page
        ("/", "que s'est-il passé le 19 septembre 2023", "/contexte/#offensive-septembre-2023"),
        ("/en/", "what happened after the resolution was adopted", "/since/"),
        # "voted for", « voté pour »: the row of the votes for, not the voters' (tokens.SAID_PAIRS)
        ("/", "combien de sénateurs ont voté pour", "/vote/#figure-for"),
        ("/en/", "how many senators voted in favour", "/vote/#figure-for"),
        # a typo in a plural: one letter off the singular, then its "s"
        ("/en/", "ammendments to the motion", "/methodology/#tabled-text"),
        # two words the site writes as one are that word; not where only a source's address joins them
        ("/en/", "Total Energies", "/reactions/#milli-majlis-commission-relations-internationales"),
        ("/en/", "open data", "/open-data/"),
        # a word for reacting asks for the reactions page (questions.py "reaction"), before a 2020 event whose
        # heading says UNESCO awaited Azerbaijan's answer
        ("/", "réaction de l'Azerbaïdjan", "/reactions/#milli-majlis-"),
        ("/en/", "Azerbaijan response", "/reactions/#milli-majlis-"),
        # "is it true" asks about the claim, not about what is true (tokens.STOP_PAIRS)
        ("/en/", "is it true france sanctioned azerbaijan", "/provisions/sanctions-avoirs-embargo/"),
    ],
)
def test_real_a_rule_of_the_query_finds_the_section_that_answers(page, site_url, path, query, wanted) -> None:
    """UN and AN are the stopwords "un" and "an" in lowercase; typed in capitals they are acronyms. The question
    rules (questions.py) find the section that answers in the first three."""
    hrefs = _hrefs_at(page, site_url, query, path)
    assert any(wanted in href for href in hrefs[:3]), hrefs


@pytest.mark.browser
def test_a_stopword_in_lowercase_is_still_a_stopword(page, site_url: str) -> None:
    assert _hrefs_at(page, site_url, "un vote", "/") == _hrefs_at(page, site_url, "vote", "/")


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize("path", ["/", "/en/"])
def test_real_a_source_is_found_by_its_address(page, site_url: str, data: Dataset, path: str) -> None:
    """Pasting a source's address opens it (one source in four, those whose address is theirs alone)."""
    urls = [s.url for s in data.sources]
    own = [s for s in data.sources if urls.count(s.url) == 1][::4]
    missed = []
    for source in own:
        hrefs = _hrefs_at(page, site_url, source.url, path)
        if not any(href.endswith(f"/sources/#{source.id}") for href in hrefs[:3]):
            missed.append((source.url, hrefs[:3]))
    assert own and not missed, missed


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize(
    ("query", "host"),
    [("senat.fr", "senat.fr"), ("vie-publique.fr", "vie-publique.fr"), ("norharatch", "norharatch.com")],
)
def test_real_a_host_finds_its_sources(page, site_url: str, data: Dataset, query: str, host: str) -> None:
    """A host typed with its dots is one word: its sources come first, not every section that says "fr"."""
    ids = {s.id for s in data.sources if urlsplit(s.url).hostname.endswith(host)}
    hrefs = _hrefs_at(page, site_url, query, "/")
    assert ids and any(href.rpartition("#")[2] in ids for href in hrefs[:5] if "/sources/#" in href), hrefs


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize(
    "query", ["force de maintien de la paix", "peace keeping force", "peacekeeping force", "casques bleus"]
)
def test_real_a_vocabulary_phrase_typed_in_full_finds_its_synonyms(page, site_url: str, query: str) -> None:
    """The vocabulary's phrase of several words (or its words spelled apart) finds its group's other words:
    the 2022 resolution's "force d'interposition"."""
    hrefs = _hrefs_at(page, site_url, query, "/")
    assert any("/devancieres/#" in href and "force-interposition" in href for href in hrefs[:3]), hrefs


@pytest.mark.browser
@real_data_only
@pytest.mark.parametrize(("query", "path"), [("Bakou", "/"), ("Baku", "/en/"), ("Erevan", "/")])
def test_real_a_capital_finds_the_pages_that_name_it_before_its_country(
    page, site_url: str, built_site, query: str, path: str
) -> None:
    """The capital leads to its country (vocabulary leads_to), one way and weakly: the first results name
    the capital (the strong ones; a page found through the lead is never strong)."""
    index = json.loads((built_site / path.lstrip("/") / "search/index.json").read_text(encoding="utf-8"))
    capital = {fold(query)} | {w for lead in index["leads"] for p in lead[0] if [fold(query)] in lead[0] for w in p}
    holding = set()
    for word in capital:
        stems = index["forms"].get(word, word)
        for stem in [stems] if isinstance(stems, str) else stems:
            holding |= set(si.decode_postings(index["terms"].get(stem, "")))
    heads = si.expand(index)
    named = {heads[doc]["url"] for doc in holding}
    shown = [urlsplit(href) for href in _hrefs_at(page, site_url, query, path)]  # the first page of results
    hrefs = [(url.path.removeprefix(path) + "#" + url.fragment).removesuffix("#") for url in shown]
    assert len(named) >= 3 and set(hrefs[:3]) <= named, (hrefs, named)


@pytest.mark.browser
def test_the_keyboard_focus_on_the_search_box_is_drawn_around_it(page, site_url: str) -> None:
    """The input draws no outline of its own (it sits in the header's colour): reached by Tab on a wide
    screen, the box around it is outlined."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "/en/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-input":
            break
    assert page.evaluate("document.activeElement.id") == "site-search-input"
    form = page.locator(".site-search__form")
    assert form.evaluate("f => getComputedStyle(f).outlineStyle") == "solid"
