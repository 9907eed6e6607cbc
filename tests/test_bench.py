"""The benchmark's parts keep working (synthetic data, served size, search query time), so scripts/bench.py cannot rot."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import VALID
from resolution_site.cli import bench
from resolution_site.pipeline import load_dataset


def test_synthetic_data_at_2x_is_valid(tmp_path: Path) -> None:
    count = bench.synthesize(VALID, tmp_path / "data", 2)
    data = load_dataset(tmp_path / "data")
    assert count == len(data.provisions) == 2 * len(load_dataset(VALID).provisions)
    assert len({p.id for p in data.provisions}) == count
    assert len({p.order for p in data.provisions}) == count


def test_served_size_counts_the_page_and_what_it_loads(built_site: Path) -> None:
    page = sorted((built_site / "dispositions").glob("*/index.html"))[0].relative_to(built_site).as_posix()
    assets = bench.loaded_assets(built_site, page, (built_site / page).read_text(encoding="utf-8"))
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    sizes = bench.served_size(built_site, page)
    assert sizes["total"] == sizes["html"] + sizes["css"] + sizes["js"] > 0


@pytest.mark.browser
def test_search_query_time_is_measured_in_the_page(browser, site_url: str) -> None:
    """The benchmark reads each query's time from the search box (data-search-ms): a number
    per query and run. It is printed by scripts/bench.py and never judged here."""
    measured = bench.query_times(browser, site_url, queries=("sanctions", "con"), repeat=2)
    times = measured["times"]
    assert len(times) == 4 and all(ms >= 0 for ms in times) and measured["first_ms"] >= 0
    assert "search/index.json" in measured["first_files"]
    assert any(path.startswith("search/docs/") for path in measured["first_files"]), "display shards load lazily"
