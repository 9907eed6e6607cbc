"""The search evaluation set (resolution_site/search_eval.py), run by search.js in Chromium on both editions.

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
