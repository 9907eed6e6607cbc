"""The page registry (``resolution_site.pages``): every page the pipeline writes is declared
there, sits in both editions' navigation unless it belongs to a family, and has a twin."""

from __future__ import annotations

import pytest
import yaml
from mkdocs.config import load_config

from conftest import ROOT
from resolution_site import editions, pages, paths, render
from resolution_site.catalogue import LANGUAGES, STRINGS
from resolution_site.dataset import FILES
from resolution_site.models_around import PageKey
from resolution_site.pipeline import load_dataset

DATA = load_dataset(ROOT / "data")
SITE = render.render_site(DATA, render.read_pages(ROOT / "docs" / "pages"))


def written_pages(lang: str) -> set[str]:
    """The Markdown pages the pipeline writes for an edition (redirects are HTML, the index JSON)."""
    prefix = paths.EDITION_DIRS[lang] + "/"
    return {name[len(prefix) :] for name in SITE if name.startswith(prefix) and name.endswith(".md")}


def in_a_family(path: str, lang: str) -> bool:
    return any(path.startswith(family.folder(lang) + "/") for family in pages.FAMILIES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_in_the_navigation(lang: str) -> None:
    """What MkDocs gets as the navigation (from the hook) is every written page but the families'."""
    config = load_config(config_file=str(ROOT / editions.CONFIGS[lang]))
    nav = editions.configure(config).nav
    expected = {path for path in written_pages(lang) if not in_a_family(path, lang) or path in nav}
    assert sorted(nav) == sorted(expected)
    assert len(nav) == len(set(nav)) == len(pages.PAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_only_family_pages_are_left_out_of_the_navigation(lang: str) -> None:
    """A page missing from the navigation warns (and fails the strict build) unless it is a family's."""
    spec = load_config(config_file=str(ROOT / editions.CONFIGS[lang]))
    left_out = editions.configure(spec).not_in_nav
    for path in written_pages(lang):
        assert left_out.match_file(path) == (in_a_family(path, lang) and path not in pages.nav(lang)), path
    assert not left_out.match_file("forgotten.md")


@pytest.mark.parametrize("name", editions.CONFIGS.values())
def test_no_configuration_spells_the_navigation(name: str) -> None:
    config = yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "nav" not in config


def test_every_written_page_has_a_twin() -> None:
    for lang in LANGUAGES:
        other = "en" if lang == "fr" else "fr"
        for path in written_pages(lang):
            twin = paths.twin(path, lang)
            assert twin in written_pages(other), f"{lang}/{path} → {other}/{twin}"
            assert paths.twin(twin, other) == path


def test_every_declared_page_is_complete() -> None:
    """Each page names a template that exists, or a hand-written source that exists; the data it
    reads; a view ``render.Edition`` has; and a title in both languages."""
    for page in pages.PAGES:
        if page.template is None:
            assert page.hand_written, page.key
            for source in page.hand_written:
                assert (ROOT / "docs" / "pages" / source).is_file(), source
        else:
            assert (render.TEMPLATES / page.template).is_file(), page.template
            assert set(page.reads) <= {*FILES, pages.EVERY_FILE}, page.key  # () for a page made from no data file
        if page.view:
            assert callable(getattr(render.Edition, page.view, None)), page.view
        assert all(page.title_key in STRINGS[lang] for lang in LANGUAGES), page.title_key
    for family in pages.FAMILIES:
        assert (render.TEMPLATES / family.template).is_file()
        assert set(family.reads) <= set(FILES)


def test_a_correction_can_name_every_page() -> None:
    assert [key.value for key in PageKey] == [page.key for page in pages.PAGES]


def test_keys_and_paths_are_unique() -> None:
    assert len(pages.BY_KEY) == len(pages.PAGES)
    for lang in LANGUAGES:
        assert len({page.path(lang) for page in pages.PAGES}) == len(pages.PAGES)
        assert len({family.folder(lang) for family in pages.FAMILIES}) == len(pages.FAMILIES)


def test_hand_written_pages_are_found_where_the_registry_says() -> None:
    assert set(render.read_pages(ROOT / "docs" / "pages")) == set(render.HAND_WRITTEN)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_vote_table_lists_each_source_once(lang: str) -> None:
    """/vote/: a source sits in a row only when it supports that row's figure alone; one that
    gives several figures ("336 for, 1 against") is listed once, under the table, saying
    which rows it supports. Nothing the data cites for a figure is lost."""
    import re

    page = SITE[f"{paths.EDITION_DIRS[lang]}/vote.md"]
    table, below = page.split("</table>", 1)
    below = below.split("\n## ", 1)[0]
    v = DATA.vote
    facts = {"for": v.for_, "against": v.against, "cast": v.cast, "voters": v.voters, "abstentions": v.abstentions}
    listed: dict[tuple[str, bool], list[str]] = {}
    for key, cell in re.findall(r'<tr id="figure-([a-z]+)">.*?<td data-label="[^"]*">(.*?)</td></tr>', table):
        for part in cell.split("<br>"):
            for source in re.findall(r"#([a-z0-9-]+)\">", part):
                if not source.startswith("figure-sources"):
                    consistent = STRINGS[lang]["consistent_only"] in part
                    listed.setdefault((source, consistent), []).append(key)
                    fact = facts[key]
                    assert fact and (source, consistent) in {(r.source, r.consistent_only) for r in fact.sources}
    twice = {unit: keys for unit, keys in listed.items() if len(keys) > 1}
    assert not twice, f"sources listed under several rows: {twice}"
    shared = re.findall(r"sources\.md#([a-z0-9-]+)\)", below)
    assert len(shared) == len(set(shared)), "a source listed twice under the table"
    cited = {r.source for fact in facts.values() if fact for r in fact.sources}
    assert cited == {source for source, _ in listed} | set(shared)
    assert shared, "the real data has sources that give several figures: the check no longer finds them"
