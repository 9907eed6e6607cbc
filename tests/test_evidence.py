"""A cited source gives what it is cited for, and one fact carries one confidence
everywhere it is stated (the reader's notes of 2 December 2026, §1 and §2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import data_copy, errors_for
from resolution_site.evidence import (
    check_figure_excerpts,
    check_sources_not_before,
    check_stated_figures,
    gives_number,
)
from resolution_site.pipeline import load_dataset

ROOT = Path(__file__).resolve().parents[1]

ADOPTION = "title: {fr: Adoption, en: Adoption}\n    confidence: high\n"
CASES = {
    "excerpt that does not give the figure": (
        {
            "vote": (
                "sources: [{source: official-page, supports: {fr: pour, en: for}}]",
                "sources: [{source: official-page, supports: {fr: pour, en: for}, excerpt: adoptée à l'unanimité}]",
            )
        },
        "data/vote.yaml:10: vote.for.sources[0].excerpt: the excerpt of 'official-page' does not give 10",
    ),
    "event stating the vote with a confidence of its own": (
        {
            "context": (ADOPTION, "title: {fr: Adoption, en: Adoption}\n    confidence: low\n    figures: [for]\n"),
        },
        "data/context.yaml:11: events[1].confidence: states figures of the vote rated there for: high",
    ),
    "event citing, for a figure, a source the vote does not count for it": (
        {
            "context": (
                ADOPTION + "    provisions: [first-clause]\n    sources: [{source: official-page,",
                "title: {fr: Adoption, en: Adoption}\n    confidence: low\n    figures: [cast]\n"
                "    provisions: [first-clause]\n    sources: [{source: official-page,",
            ),
        },
        "data/context.yaml:14: events[1].sources[0].source: 'official-page' is not cited in data/vote.yaml as giving",
    ),
    "event on the day of the vote giving a number of votes without naming the figures": (
        {
            "context": (
                "title: {fr: Adoption, en: Adoption}",
                "title: {fr: Adoption par 10 voix, en: Adopted by 10 votes}",
            )
        },
        "data/context.yaml:10: events[1].title: the title states a number of votes ('10 voix') on the day of the vote",
    ),
    "source published the day before, cited for the adoption": (
        {"sources": ("    date: 2024-01-17\n", "    date: 2024-01-16\n")},
        "data/resolution.yaml:28: resolution.adopted.sources[0].source: 'official-page' was published on 2024-01-16,"
        " before 2024-01-17",
    ),
    "status that the evidence does not give": (
        {"provisions": ("    status: paraphrase\n", "    status: fragment\n")},
        "data/provisions.yaml:29: provisions[1].status: the evidence given (wording, fragments, paraphrases) makes"
        " the status 'paraphrase', not 'fragment'",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_evidence_gives_located_error(tmp_path: Path, case: str) -> None:
    replace, expected = CASES[case]
    found = errors_for(data_copy(tmp_path, **replace))
    assert any(line.startswith(expected) for line in found), "\n".join(found)


@pytest.mark.parametrize(
    ("excerpt", "value", "gives"),
    [
        ("Pour : 336", 336, True),
        ("336 votes in favor and one against", 1, True),
        ("(336 voix pour ; 1 seule voix contre)", 1, True),
        ("à l'unanimité moins une voix", 336, False),
        ("Votants : 3360", 336, False),
    ],
)
def test_gives_number(excerpt: str, value: int, gives: bool) -> None:
    assert gives_number(excerpt, value) is gives


def test_the_real_data_cites_for_each_figure_only_sources_that_give_it() -> None:
    data = load_dataset(ROOT / "data")
    assert check_figure_excerpts(data) == []
    assert check_stated_figures(data) == []
    assert check_sources_not_before(data) == []


def test_the_headline_figure_has_one_confidence_on_every_page() -> None:
    """336 to 1 is rated like the vote's figures wherever it is stated: on the
    context timeline, and on the vote page, and no Senate source counts for it."""
    data = load_dataset(ROOT / "data")
    adoption = next(event for event in data.context if event.figures)
    assert adoption.confidence is data.vote.for_.confidence
    by_id = {source.id: source for source in data.sources}
    counted = [ref.source for ref in adoption.sources if not ref.consistent_only]
    assert counted and all(by_id[s].kind.value != "official" for s in counted)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_facts_lead_with_a_source_that_gives_them_official_first(lang: str) -> None:
    """The home page's facts (reader's notes §2, §13): each shows its confidence, and
    its first source is one counted for it, never one that only agrees with it; an
    official source leads wherever one gives the fact, and state media never lead."""
    from resolution_site.render import Edition

    data = load_dataset(ROOT / "data")
    by_id = {source.id: source for source in data.sources}
    facts = Edition(data, lang).home_facts()
    vote = next(fact for fact in facts if fact["label"] in ("Vote",))
    assert vote["confidence"] is data.vote.for_.confidence
    assert "senat-cra-2024-01-17" not in next(f for f in facts if f is facts[0])["sources"]
    for fact in facts:
        kinds = [by_id[s].kind.value for s in fact["sources"]]
        assert kinds == sorted(kinds, key=lambda k: k != "official"), fact["label"]
        lead = by_id[fact["sources"][0]]
        assert lead.outlet is None or "state-media" not in lead.outlet.value, fact["label"]


FRAGMENT_CAPTIONS = {"known_fragment_not_full", "reported_fragment_not_text"}


def test_badge_and_caption_follow_one_rule() -> None:
    """Reader's notes §4: the status badge and the caption of the words shown say the
    same thing, on the full text, the provision pages and the topic pages alike."""
    from resolution_site.evidence import evidence_status
    from resolution_site.render.neighbours import excerpt, text_view

    data = load_dataset(ROOT / "data")
    for p in data.provisions:
        assert p.status in evidence_status(p), p.ref
        report = text_view(p).report
        shown = [x.caption for x in (report, excerpt(p)) if x is not None and x.caption]
        expected = {"fragment": FRAGMENT_CAPTIONS, "paraphrase": {"paraphrase_not_text"}}.get(p.status.value, set())
        assert set(shown) <= expected, (p.ref, shown)
        assert len(set(shown)) <= 1, f"{p.ref}: two captions for one provision: {shown}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_provision_of_the_full_text_shows_its_status(built_site: Path, lang: str) -> None:
    """Reader's notes §3: the full text badges every provision, those copied verbatim
    from a secondary source included, on screen and in print (the badge is not hidden there)."""
    import re

    from resolution_site import paths

    html = (built_site / paths.site_url_of(paths.page("text", lang), lang) / "index.html").read_text(encoding="utf-8")
    sections = dict(re.findall(r'<section class="provision[^"]*" data-provision="([^"]+)">(.*?)</section>', html, re.S))
    data = load_dataset(ROOT / "data")
    for p in data.provisions:
        assert f'class="status status--{p.status.value}"' in sections[p.id], p.ref
    print_css = (ROOT / "docs/overrides/assets/stylesheets/print.css").read_text(encoding="utf-8")
    hidden = " ".join(re.findall(r"([^{}]*)\{[^}]*display:\s*none", print_css))
    assert not re.search(r"\.status(?![-\w])|\.provision-mark", hidden)


def test_sources_link_to_the_document_and_say_when_it_is_a_copy() -> None:
    """Reader's notes §6: no source links to a repository's front page; a source read in a
    GitHub copy says so in its name in both editions; a Senate document found only on a
    secondary senat.fr host says it is a copy there."""
    from urllib.parse import urlsplit

    for source in load_dataset(ROOT / "data").sources:
        url = urlsplit(source.url)
        if url.hostname == "github.com":
            assert len([part for part in url.path.split("/") if part]) > 2, f"{source.id}: links a repository root"
            assert "copie" in source.publisher and source.publisher_en and "copy" in source.publisher_en, source.id
        host = url.hostname or ""
        if host.endswith(".senat.fr") and host not in ("www.senat.fr", "www2.senat.fr"):
            named = (source.label.fr if source.label else "", source.label.en if source.label else "")
            assert "copie" in named[0] and "copy" in named[1], f"{source.id}: on {host} without saying it is a copy"


@pytest.fixture(scope="module")
def real_pages() -> dict[str, str]:
    from resolution_site.pipeline import site_files

    site = site_files(load_dataset(ROOT / "data"), pages={"fr/methode.md": "# Méthode\n", "en/methodology.md": "# M\n"})
    return {path: text for path, text in site.items() if path.endswith(".md")}


def test_quotation_marks_are_balanced_on_every_line(real_pages: dict[str, str]) -> None:
    """Reader's notes §14: a quotation inside a quotation, or cut short, never leaves an
    opening mark alone (“Seeks … EU “to the hegemonic …”)."""
    for path, text in real_pages.items():
        for number, line in enumerate(text.splitlines(), 1):
            for opening, closing in (("“", "”"), ("«", "»")):
                assert line.count(opening) == line.count(closing), f"{path}:{number}: {line[:160]}"
            assert not re.search(r"“[^”]*“", line), f"{path}:{number}: “ inside “: {line[:160]}"


def test_home_says_what_its_list_of_requests_covers(real_pages: dict[str, str]) -> None:
    """Reader's notes §18: « 4 dispositions sur 18 » beside a list of 15 says what the 15 are."""
    data = load_dataset(ROOT / "data")
    operative = sum(p.kind.value == "operative" for p in data.provisions)
    for path in ("fr/index.md", "en/index.md"):
        text = real_pages[path]
        assert text.count('<li><a href="') >= operative
        scope = re.search(r'<p class="asks-scope">(.*?)</p>', text)
        assert scope and str(operative) in scope.group(1) and str(len(data.provisions)) in scope.group(1)


def test_the_french_edition_names_the_scale_fiabilite(real_pages: dict[str, str]) -> None:
    """Reader's notes §18 and TERMS.md: one word for the confidence scale, « fiabilité »,
    in our own French text (the methodology page and the data's notes)."""
    methode = (ROOT / "docs/pages/methode.md").read_text(encoding="utf-8")
    assert "confiance" not in methode.lower()
    for name in ("context", "resolution", "vote", "provisions", "reactions", "reporting", "since", "earlier"):
        assert "confiance" not in (ROOT / "data" / f"{name}.yaml").read_text(encoding="utf-8").lower(), name


def test_the_cite_help_names_references_that_exist() -> None:
    """Reader's notes §18: the widget's example references (O1, C1…) are labels the site uses."""
    from resolution_site.catalogue import STRINGS

    refs = {p.ref for p in load_dataset(ROOT / "data").provisions}
    for lang in ("fr", "en"):
        named = re.search(r"\((.*?)…\)", STRINGS[lang]["cite_help_ref"])
        assert named and {r.strip() for r in named.group(1).split(",")} <= refs
