"""The search evaluation set (resolution_site/search_eval.py), run by the site's search in Chromium on both editions.

``scripts/search_eval.py`` prints the same hit rates and the misses."""

from __future__ import annotations

import pytest

from resolution_site.cli import search_eval
from resolution_site.dataset import Dataset

pytest.importorskip("playwright.sync_api")


def test_the_evaluation_set_is_large_and_bilingual() -> None:
    assert len(search_eval.CASES) >= 60
    english = {"humanitarian aid", "right of return", "votes cast", "download"}
    assert english <= {case.query for case in search_eval.CASES}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_top_3_hit_rate_reaches_the_target(page, site_url: str, lang: str, real_data: Dataset) -> None:
    data = real_data
    ran = search_eval.run_cases(page, site_url, lang)
    found, misses = search_eval.hits(data, lang, ran)
    assert found / len(ran) >= search_eval.TARGET, [(case.query, urls[:3]) for case, urls in misses]


def test_blind_sets_load_with_site_paths_as_targets() -> None:
    """tests/search_eval/*.yaml, written blind: each case names one edition and site paths."""
    sets = search_eval.splits()
    assert "builtin" in sets and "dev" in sets and len(sets["dev"]) >= 60
    for cases in sets.values():
        for case in cases:
            assert case.expected and set(case.editions) <= {"fr", "en"}, case


def test_a_site_path_target_accepts_its_page_and_anchor(real_data: Dataset) -> None:
    data = real_data
    accepts = search_eval.accepts
    assert accepts("url:en/vote/", "vote/#against", "en", data)
    assert accepts("url:en/vote/#against", "vote/#against", "en", data)
    assert not accepts("url:en/vote/#against", "vote/#unknown", "en", data)
    assert not accepts("url:vote/", "vote/", "en", data)  # the French edition's page
    assert accepts("url:", "", "fr", data)  # the home page


def test_a_one_line_since_entry_is_answered_by_the_events_full_entry(real_data: Dataset) -> None:
    """On the since page an event is shown in full once (``<event>--<its provision>``) and as a one-line entry
    under each other provision, which search leaves out: a case naming a one-line entry accepts the full one."""
    accepts = search_eval.accepts
    wanted = "url:en/since/#texte-accord-paix-publie--liberation-prisonniers-restitution-depouilles"
    assert accepts(wanted, "since/#texte-accord-paix-publie--droit-au-retour-autodetermination", "en", real_data)
    assert not accepts(wanted, "since/#kallas-a-bakou--sanctions-avoirs-embargo", "en", real_data)
    assert not accepts("url:depuis/#x--y", "contexte/#x--z", "fr", real_data)  # the since page only


def test_an_element_search_shows_as_another_result_is_answered_by_that_result(real_data: Dataset) -> None:
    """A citation's BibTeX block is in its citation box; a provision on the full text is found by its own page
    (the completeness test's exclusions say why neither has a document of its own)."""
    accepts = search_eval.accepts
    assert accepts("url:en/#cite-bibtex", "#cite-this", "en", real_data)
    assert accepts("url:texte/#cite-csl-json", "texte/#cite-this", "fr", real_data)
    assert not accepts("url:en/#cite-bibtex", "text/#cite-this", "en", real_data)  # another page's box
    provision = real_data.provisions[0].id
    assert accepts(f"url:en/text/#{provision}", f"provisions/{provision}/#{provision}", "en", real_data)
    assert not accepts("url:en/text/#cite-this", f"provisions/{provision}/#cite-this", "en", real_data)
    assert accepts(f"url:dispositions/{provision}/#wording", f"dispositions/{provision}/#{provision}", "fr", real_data)
    assert accepts(f"url:en/provisions/{provision}/#since", f"since/#{provision}", "en", real_data)
    assert not accepts(
        f"url:en/provisions/{provision}/#sources", f"provisions/{provision}/#{provision}", "en", real_data
    )


def test_a_sealed_held_out_split_loads_without_being_read_here() -> None:
    """tests/search_eval/sealed/: held-out halves kept gzipped; they run like any split (only the
    counts are looked at here, never the queries)."""
    sealed = search_eval.sealed_splits()
    assert "heldout-2026-12c" in sealed
    sets = search_eval.splits(sorted(sealed))
    assert all({lang for case in sets[name] for lang in case.editions} == {"fr", "en"} for name in sealed)


def test_ranks_place_each_case_by_its_first_accepted_result(real_data: Dataset) -> None:
    """--ranks counts, per edition, where the first right result sits in the whole ranking: in the top 3, on
    the rest of the first screen, later, or nowhere (no word of the query reaches it)."""
    case = search_eval.Case("q", ("url:en/vote/#against",), ("en",))
    ran = [
        (case, ["vote/#against"]),
        (case, ["a", "b", "c", "vote/#against"]),
        (case, [*"abcdefghij", "vote/#against"]),
        (case, ["a", "b"]),
        (case, []),
    ]
    bands = search_eval.rank_bands(real_data, "en", ran)
    assert bands == {"top 3": 1, "4-10": 1, "after 10": 1, "not found": 2}


@pytest.mark.browser
def test_the_whole_ranking_begins_with_what_the_box_shows(page, site_url: str) -> None:
    """``ranked`` reads the engine the box uses: its first results are the box's, in order."""
    cases = [search_eval.Case("sanctions", ("url:en/vote/",), ("en",))]
    ((_, shown),) = search_eval.run_cases(page, site_url, "en", cases)
    ((_, whole),) = search_eval.ranked(page, site_url, "en", cases)
    assert len(whole) >= len(shown) > 3
    assert whole[: len(shown)] == shown
