"""What happened since the resolution (data/since.yaml): each break gives a
located error; the page says what it is in both editions, writes every
relation out in words and links both ways with the provision pages; the open
data and the published-URL list carry it."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, expect
from helpers import VALID, data_copy, errors_for
from resolution_site import paths, since
from resolution_site.catalogue import VOCABULARIES
from resolution_site.models import Confidence, Kind
from resolution_site.models_around import Relation
from resolution_site.pipeline import load_dataset
from resolution_site.publish import opendata
from resolution_site.render import render_site

KNOWN = "(known: a-visa, first-clause, second-clause)"

CASES = {
    "event dated before the adoption": (
        ("date: 2024-03-01", "date: 2023-12-01"),
        "data/since.yaml:6: since.events[0].date: 2023-12-01 is before the resolution's adoption (2024-01-17)",
    ),
    "partial date wholly before the adoption": (
        ('date: "2025-02"', 'date: "2023"'),
        "data/since.yaml:18: since.events[1].date: 2023 is before the resolution's adoption (2024-01-17)",
    ),
    "unknown provision": (
        (
            "- provision: first-clause\n          relation: acts-on",
            "- provision: no-such-clause\n          relation: acts-on",
        ),
        f"data/since.yaml:8: since.events[0].bears_on[0].provision: unknown provision 'no-such-clause' {KNOWN}",
    ),
    "unknown provision in what was not found": (
        ("  not_found:\n    - provision: first-clause", "  not_found:\n    - provision: third-clause"),
        f"data/since.yaml:32: since.not_found[0].provision: unknown provision 'third-clause' {KNOWN}",
    ),
    "provision listed twice": (
        (
            "          note: {fr: En partie., en: In part.}\n",
            "        - provision: first-clause\n          relation: related\n",
        ),
        "data/since.yaml:23: since.events[1].bears_on[1].provision: provision 'first-clause' is listed twice",
    ),
    "relation outside the vocabulary": (
        ("relation: acts-on", "relation: fulfils"),
        "data/since.yaml:9: since.events[0].bears_on[0].relation: 'fulfils' is not allowed; "
        "allowed values: 'acts-on', 'contrary' or 'related'",
    ),
    "no source at all": (
        (
            "      sources:\n        - source: press-report",
            "      sources: []\n      x:\n        - source: press-report",
        ),
        "data/since.yaml:28: since.events[1].sources: List should have at least 1 item",
    ),
    "unknown source": (
        ("- source: official-page", "- source: nowhere"),
        "data/since.yaml:14: since.events[0].sources[0].source: unknown source 'nowhere'",
    ),
    "duplicate event id": (
        ("id: a-month-event", "id: a-later-event"),
        "data/since.yaml:17: since.events[1].id: duplicate event id 'a-later-event' (first on line 5)",
    ),
    "single-side event rated above low": (
        ("      confidence: low", "      confidence: medium"),
        "data/since.yaml:27: since.events[1].confidence: an event known only from one side's sources "
        "is rated 'low', not 'medium'",
    ),
    "one source rated medium": (
        ("      single_side: true\n      confidence: low", "      confidence: medium"),
        "data/since.yaml:26: since.events[1].confidence: confidence 'medium' needs an official source or two "
        "independent secondary sources",
    ),
    "two primary provisions for one event": (
        (
            "- provision: first-clause\n          relation: acts-on\n",
            "- provision: first-clause\n          relation: acts-on\n          primary: true\n"
            "        - provision: second-clause\n          relation: related\n          primary: true\n",
        ),
        "data/since.yaml:7: since.events[0].bears_on: only one provision may be primary, "
        "not 2 (first-clause, second-clause)",
    ),
    "high without an official source": (
        ("      single_side: true\n      confidence: low", "      confidence: high"),
        "data/since.yaml:26: since.events[1].confidence: confidence 'high' needs a source of kind 'official'",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_since_gives_located_error(tmp_path: Path, case: str) -> None:
    edit, expected = CASES[case]
    found = errors_for(data_copy(tmp_path, since=edit))
    assert any(line.startswith(expected) for line in found), "\n".join(found)


def test_former_id_is_named_as_such(tmp_path: Path) -> None:
    data = data_copy(
        tmp_path,
        provisions=("    topics: [alpha]\n", "    topics: [alpha]\n    former_ids: [old-first]\n"),
        since=(
            "- provision: first-clause\n          relation: acts-on",
            "- provision: old-first\n          relation: acts-on",
        ),
    )
    expected = (
        "data/since.yaml:8: since.events[0].bears_on[0].provision: 'old-first' is a former id; use 'first-clause'"
    )
    assert expected in errors_for(data)


def test_a_month_of_the_adoption_is_accepted(tmp_path: Path) -> None:
    assert errors_for(data_copy(tmp_path, since=('date: "2025-02"', 'date: "2024-01"'))) == []


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {name: html.unescape(text) for name, text in render_site(load_dataset(VALID)).items()}


def _sections(text: str) -> dict[str, str]:
    """``{heading id: text up to the next h2}`` of a generated page."""
    parts = re.split(r"^## .*\{#([a-z0-9-]+)\}$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize(
    ("page", "no_cause", "nothing"),
    [
        ("fr/depuis.md", "à cause de la résolution", "Rien trouvé dans nos sources."),
        ("en/since.md", "because of the resolution", "Nothing found in our sources."),
    ],
)
def test_page_says_what_it_is_and_writes_relations_in_words(
    pages: dict[str, str], page: str, no_cause: str, nothing: str
) -> None:
    text = pages[page]
    lang = page.split("/")[0]
    intro = text.split("\n## ", 1)[0]
    assert no_cause in intro, "the opening paragraph must say no event is claimed to follow from the resolution"
    sections = _sections(text)
    assert list(sections) == ["first-clause", "second-clause"], "the operative paragraphs, in the text's order"
    assert nothing in sections["second-clause"]
    events = re.findall(r"^### .*$", text, flags=re.M)
    relations = re.findall(r'<p class="since-relation since-relation--([a-z-]+)"[^>]*>(.*?)</p>', text)
    assert len(relations) == len(events) == 2
    for value, paragraph in relations:
        assert VOCABULARIES[Relation][Relation(value)][lang] in paragraph, "the relation in words, not colour alone"
    first = sections["first-clause"]
    assert first.index("1 March 2024" if lang == "en" else "1er mars 2024") < first.index(
        "February 2025" if lang == "en" else "février 2025"
    ), "events in date order"


@pytest.mark.parametrize(
    ("since_page", "provision_page", "to_since"),
    [
        ("fr/depuis.md", "fr/dispositions/first-clause.md", "](../depuis.md#first-clause)"),
        ("en/since.md", "en/provisions/first-clause.md", "](../since.md#first-clause)"),
    ],
)
def test_links_both_ways(pages: dict[str, str], since_page: str, provision_page: str, to_since: str) -> None:
    provision_dir = provision_page.split("/")[1]
    assert f"]({provision_dir}/first-clause.md)" in _sections(pages[since_page])["first-clause"]
    section = _sections(pages[provision_page])["since"]
    assert to_since in section
    # the newest event comes first on the provision page
    assert section.index("2025") < section.index("2024")


def test_open_data_carries_the_events() -> None:
    data = load_dataset(VALID)
    files = opendata.render_files(data)
    rows = list(csv.reader(io.StringIO(files[paths.SINCE_CSV])))
    metadata = json.loads(files[paths.SINCE_CSVW])
    assert rows[0] == [column["name"] for column in metadata["tableSchema"]["columns"]]
    assert [(row[0], row[2], row[3]) for row in rows[1:]] == [
        ("a-later-event", "first-clause", "acts-on"),
        ("a-month-event", "first-clause", "contrary"),
    ]
    assert rows[1][-1] == "../depuis/#a-later-event--first-clause"  # relative to the file, in donnees/
    published = json.loads(files[paths.RESOLUTION_JSON])
    assert [event["id"] for event in published["since"]["events"]] == ["a-later-event", "a-month-event"]
    assert published["about"]["files"]["since_csv"] == paths.SINCE_CSV


def test_page_is_in_the_published_url_list() -> None:
    urls = (ROOT / "tests" / "published_urls.txt").read_text(encoding="utf-8").split()
    assert "/depuis/" in urls and "/en/since/" in urls


def test_real_data_follows_every_operative_paragraph() -> None:
    """The site's own data: each operative paragraph has a section, and the
    single-side events are marked and rated low."""
    data = load_dataset(ROOT / "data")
    follow_ups = since.follow_ups(data)
    operative = [p.id for p in data.provisions_in_order() if p.kind is Kind.operative]
    assert [f.provision.id for f in follow_ups if f.provision.kind is Kind.operative] == operative
    one_sided = [event for event in data.since if event.single_side]
    assert one_sided and all(event.confidence is Confidence.low for event in one_sided)
    assert "azerbaidjan-reelu-comite-1954" in {event.id for event in one_sided}
    # a recital appears only because an event bears on it, after the note that recitals ask for nothing
    recitals = [f.provision.id for f in follow_ups if f.provision.kind is not Kind.operative]
    assert recitals == ["considerant-rapports-ecri-cerd"]


# The fixture's first event, also bearing on the second clause, listed first in the data.
TWO_PROVISIONS = (
    "        - provision: first-clause\n          relation: acts-on\n",
    "        - provision: second-clause\n          relation: related\n"
    "        - provision: first-clause\n          relation: acts-on\n",
)


@pytest.mark.parametrize(
    ("primary", "home", "other", "see_under"),
    [
        (False, "first-clause", "second-clause", "voir sous"),  # the first in the text's order, not the data's
        (True, "second-clause", "first-clause", "voir sous"),  # the one the data marks primary
    ],
)
def test_an_event_under_several_provisions_is_described_once_and_referred_to_elsewhere(
    tmp_path: Path, primary: bool, home: str, other: str, see_under: str
) -> None:
    old, new = TWO_PROVISIONS
    if primary:
        new = new.replace("relation: related\n", "relation: related\n          primary: true\n")
    data = load_dataset(data_copy(tmp_path, since=(old, new)))
    entries = {(x.event.id, f.provision.id): x for f in since.follow_ups(data) for x in f.entries}
    assert entries[("a-later-event", home)].full and not entries[("a-later-event", other)].full
    assert entries[("a-later-event", other)].home_anchor == f"a-later-event--{home}"
    text = html.unescape(render_site(data)["fr/depuis.md"]).replace("\\", "")
    sections = _sections(text)
    ref = {p.id: p.ref for p in data.provisions}
    assert "### 1er mars 2024 — Le gouvernement agit {#a-later-event--" + home + "}" in sections[home]
    assert text.count("Le gouvernement agit.") == 1, "the event's description is printed once"
    assert text.count("Le gouvernement a agi.") == 1, "and so are its sources"
    line = (
        f'<p class="since-see" id="a-later-event--{other}" data-search-exclude markdown>'
        f"1er mars 2024 — Le gouvernement agit — [{see_under} {ref[home]}](#a-later-event--{home})</p>"
    )
    assert line in sections[other], "one line under the other provision keeps its anchor and links the full entry"
    # the full entry states how the event stands to the other provision too, and links its line
    assert f"Également sous [{ref[other]}](#a-later-event--{other})" in sections[home]


def _spaces(text: str) -> str:
    """Typography's no-break spaces as plain ones (the data has them where the Markdown may not yet)."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_real_data_prints_each_event_in_full_once_and_keeps_every_anchor(lang: str) -> None:
    """On the real data, in both editions: each event has one heading, one description and its
    sources once; every "<event>--<provision>" anchor is still on the page, and each one-line
    entry links its event's full entry."""
    from resolution_site.catalogue import format_date

    data = load_dataset(ROOT / "data")
    page = render_site(data)[f"{paths.EDITION_DIRS[lang]}/{paths.page('since', lang)}"]
    text = _spaces(html.unescape(page).replace("\\", ""))
    headings = set(re.findall(r"^### .*\{#([a-z0-9-]+)\}$", text, flags=re.M))
    lines = dict(re.findall(r'<p class="since-see" id="([a-z0-9-]+)".*\]\(#([a-z0-9-]+)\)</p>$', text, flags=re.M))
    several = 0
    for event in data.since:
        anchors = {f"{event.id}--{b.provision}" for b in event.bears_on}
        full = anchors & headings
        assert len(full) == 1, f"{event.id} is printed in full {len(full)} times"
        assert anchors - full == {a for a in lines if a in anchors}, f"{event.id}: every other place has its line"
        assert all(lines[a] in full for a in anchors - full), f"{event.id}: each line links the full entry"
        heading = f"### {format_date(event.date, lang)} — {getattr(event.subject, lang)} {{#{full.pop()}}}"
        assert text.count(heading) == 1, heading
        description = _spaces(getattr(event.description, lang))
        assert text.count(description) == 1, f"{event.id}'s description appears {text.count(description)} times"
        several += len(anchors) > 1
    assert several, "the real data has events under several provisions"


@pytest.mark.browser
@pytest.mark.parametrize(
    ("provision_url", "since_url", "heading"),
    [
        ("dispositions/facilite-europeenne-pour-la-paix/", "depuis/", "Depuis la résolution"),
        ("en/provisions/facilite-europeenne-pour-la-paix/", "en/since/", "Since the resolution"),
    ],
)
def test_a_reader_reaches_what_happened_since_from_a_provision_page(
    page, site_url: str, provision_url: str, since_url: str, heading: str
) -> None:
    """On a provision page, the section "Since" shows dated events, and one click
    lands on that provision's section of the page, relations written out."""
    page.goto(f"{site_url}/{provision_url}")
    section = page.locator("h2#since")
    expect(section).to_have_text(re.compile(heading))
    page.locator(
        f'a[href$="#facilite-europeenne-pour-la-paix"][href*="{since_url.rstrip("/").split("/")[-1]}"]'
    ).click()
    expect(page).to_have_url(re.compile(re.escape(since_url) + "#facilite-europeenne-pour-la-paix$"))
    target = page.locator("h2#facilite-europeenne-pour-la-paix")
    expect(target).to_be_in_viewport()
    relations = page.locator(".since-relation")
    assert relations.count() > 0
    assert all(text.strip() for text in relations.all_inner_texts()), "every relation is written out"


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path: Path) -> None:
    data = load_dataset(data_copy(tmp_path, since=("{fr: Le gouvernement agit.,", "{fr: =HYPERLINK(1),")))
    rows = list(csv.reader(io.StringIO(opendata.since_csv(data))))
    assert rows[1][4] == "'=HYPERLINK(1)"
    assert opendata.CSV_NEUTRALISED in json.loads(opendata.since_csvw(data))["dc:description"]


@pytest.mark.browser
@pytest.mark.parametrize("since_url", ["depuis/", "en/since/"])
def test_in_the_browser_each_event_reads_once_and_every_anchor_lands_on_it(page, site_url: str, since_url: str) -> None:
    """The built page, in Chromium: each event's heading and description are shown once; every
    "<event>--<provision>" anchor is on the page, and a one-line entry's link opens the full entry."""
    data = load_dataset(ROOT / "data")
    page.goto(f"{site_url}/{since_url}")
    shown = page.locator("article").inner_text()
    entries = page.evaluate(
        """() => [...document.querySelectorAll("article h3[id]")].map(h => {
            let next = h.nextElementSibling;
            while (next && next.tagName === "P" && next.className) next = next.nextElementSibling;
            return [h.id, next ? next.innerText : ""];
        })"""
    )
    for anchor, description in entries:
        assert description and shown.count(description) == 1, f"{anchor}: its description is shown more than once"
    full = {anchor.split("--", 1)[0] for anchor, _ in entries}
    assert full == {event.id for event in data.since} and len(entries) == len(full), "each event has one full entry"
    ids = set(page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)"))
    missing = [f"{e.id}--{b.provision}" for e in data.since for b in e.bears_on if f"{e.id}--{b.provision}" not in ids]
    assert not missing, missing
    line = page.locator("p.since-see").first
    target = line.locator("a").get_attribute("href")
    assert target and target.startswith("#")
    page.goto(f"{site_url}/{since_url}#{line.get_attribute('id')}")
    expect(page.locator(f"[id='{line.get_attribute('id')}']")).to_be_in_viewport()
    page.locator(f"[id='{line.get_attribute('id')}'] a").click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    heading = page.locator(f"h3[id='{target[1:]}']")
    expect(heading).to_be_in_viewport()
