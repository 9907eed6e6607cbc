"""Are the sources' URLs still alive? The logic of ``scripts/check_links.py``,
run by hand or on a schedule, never as a gate on every change.

Each URL gets a HEAD request, then a GET when HEAD is refused or fails (many
servers answer HEAD badly); redirects are followed. At most four requests run
at once. Dead URLs are reported with where they are given in the data, and the
command exits 1.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..load import DataErrors
from ..pipeline import load_dataset

MAX_WORKERS = 4
USER_AGENT = "senat-resolution-link-check/1 (+periodic check of cited sources)"


@dataclass(frozen=True)
class Result:
    url: str
    ok: bool
    detail: str  # "200", "HEAD 405, GET 200", "timed out", ...


Fetch = Callable[[str, str, float], int]  # (method, url, timeout) → HTTP status; raises OSError


def collect_urls(data_dir: Path) -> dict[str, list[str]]:
    """Every source URL in the data → where it is given (``data/sources.yaml:7: sources[0].url``)."""
    data = load_dataset(data_dir, display_root=data_dir.parent)
    doc = data.docs["sources"]
    found: dict[str, list[str]] = {}
    for index, source in enumerate(data.sources):
        found.setdefault(source.url, []).append(str(doc.error(("sources", index, "url"), source.id)))
    return found


def http_status(method: str, url: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def check_url(url: str, timeout: float, fetch: Fetch = http_status) -> Result:
    attempts = []
    for method in ("HEAD", "GET"):
        try:
            status = fetch(method, url, timeout)
        except (OSError, ValueError) as exc:  # URLError, timeouts and TLS errors are OSErrors
            reason = getattr(exc, "reason", exc)
            attempts.append(f"{method} {'timed out' if isinstance(reason, TimeoutError) else reason}")
            continue
        attempts.append(f"{method} {status}")
        if 200 <= status < 400:
            return Result(url, True, ", ".join(attempts))
    return Result(url, False, ", ".join(attempts))


def check_all(urls: list[str], timeout: float, fetch: Fetch = http_status, workers: int = MAX_WORKERS) -> list[Result]:
    with ThreadPoolExecutor(max_workers=max(1, min(workers, MAX_WORKERS))) as pool:
        return list(pool.map(lambda url: check_url(url, timeout, fetch), urls))


def report(results: list[Result], where: dict[str, list[str]]) -> tuple[str, int]:
    """The text to print and the exit code."""
    dead = [r for r in results if not r.ok]
    lines = [f"{len(results)} URLs checked, {len(dead)} dead."]
    for result in dead:
        lines.append(f"DEAD {result.url} ({result.detail})")
        lines += [f"  given at {place}" for place in where.get(result.url, [])]
    return "\n".join(lines), 1 if dead else 0


def main(argv: list[str] | None = None, fetch: Fetch = http_status, root: Path | None = None) -> int:
    root = root or Path.cwd()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=root / "data", help="data folder (default: data/)")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default: 15)")
    parser.add_argument("--jobs", type=int, default=MAX_WORKERS, help=f"parallel requests (at most {MAX_WORKERS})")
    args = parser.parse_args(argv)
    try:
        where = collect_urls(args.data)
    except DataErrors as exc:
        print("\n".join(map(str, exc.errors)), file=sys.stderr)
        return 1
    text, code = report(check_all(sorted(where), args.timeout, fetch, args.jobs), where)
    print(text, file=sys.stderr if code else sys.stdout)
    return code
