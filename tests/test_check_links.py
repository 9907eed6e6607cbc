"""scripts/check_links.py, offline: which URLs it collects, how it falls back
from HEAD to GET, how many requests it runs at once, and what it reports.
No test touches the network: the fetcher is replaced."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from helpers import VALID, data_copy
from resolution_site.cli import linkcheck as check_links


def test_collects_every_source_url_with_its_place() -> None:
    where = check_links.collect_urls(VALID)
    assert where == {
        "https://example.org/official": ["valid/sources.yaml:7: sources[0].url: official-page"],
        "https://example.org/press": ["valid/sources.yaml:14: sources[1].url: press-report"],
    }


def fake(statuses: dict[tuple[str, str], int | Exception]):
    calls: list[tuple[str, str]] = []

    def fetch(method: str, url: str, timeout: float) -> int:
        calls.append((method, url))
        outcome = statuses.get((method, url), 200)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return fetch, calls


def test_head_then_get_fallback() -> None:
    fetch, calls = fake({("HEAD", "https://a.example/"): 405})
    assert check_links.check_url("https://a.example/", 5, fetch) == check_links.Result(
        "https://a.example/", True, "HEAD 405, GET 200"
    )
    assert calls == [("HEAD", "https://a.example/"), ("GET", "https://a.example/")]
    fetch, calls = fake({})
    assert check_links.check_url("https://b.example/", 5, fetch).detail == "HEAD 200"
    assert len(calls) == 1


def test_dead_and_timed_out_urls_are_reported_with_their_place(tmp_path: Path, capsys) -> None:
    data = data_copy(tmp_path)
    fetch, _ = fake(
        {
            ("HEAD", "https://example.org/press"): 404,
            ("GET", "https://example.org/press"): 404,
            ("HEAD", "https://example.org/official"): TimeoutError("timed out"),
            ("GET", "https://example.org/official"): OSError("connection refused"),
        }
    )
    assert check_links.main(["--data", str(data)], fetch=fetch) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "2 URLs checked, 2 dead.",
        "DEAD https://example.org/official (HEAD timed out, GET connection refused)",
        "  given at data/sources.yaml:7: sources[0].url: official-page",
        "DEAD https://example.org/press (HEAD 404, GET 404)",
        "  given at data/sources.yaml:14: sources[1].url: press-report",
    ]


def test_all_alive_exits_zero(capsys) -> None:
    fetch, _ = fake({})
    assert check_links.main(["--data", str(VALID)], fetch=fetch) == 0
    assert capsys.readouterr().out == "2 URLs checked, 0 dead.\n"


def test_bad_data_is_reported_not_checked(tmp_path: Path, capsys) -> None:
    data = data_copy(tmp_path, vote=("value: 11", "value: [eleven"))
    fetch, calls = fake({})
    assert check_links.main(["--data", str(data)], fetch=fetch) == 1
    assert "vote.yaml:" in capsys.readouterr().err and not calls


@pytest.mark.parametrize("jobs", [1, 4, 50])
def test_never_more_than_four_requests_at_once(jobs: int) -> None:
    lock, running, peak = threading.Lock(), [0], [0]

    def fetch(method: str, url: str, timeout: float) -> int:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.01)
        with lock:
            running[0] -= 1
        return 200

    urls = [f"https://h{n}.example/" for n in range(20)]
    results = check_links.check_all(urls, 5, fetch, workers=jobs)
    assert [r.url for r in results] == urls and all(r.ok for r in results)
    assert peak[0] <= min(jobs, 4)
