"""Measure the build on this machine (a command, not a test):

    python scripts/bench.py            # real data, then 10× and 100× synthetic data
    python scripts/bench.py --factors 10 --repeat 1

Prints a table and one JSON line: the pipeline alone (its own imports, then load + validate + render +
write, in a fresh process, as a build runs it: no cache warmed by an earlier run; each stage's CPU time
apart, STAGES), the full ``mkdocs build`` (a subprocess), their ratio, each the median of ``--repeat`` runs;
time per provision and peak memory at each size; the size of a provision page as served (HTML + the CSS and
JS it loads, gzip-compressed, search index apart) and of the search index; and, at each size, what the
search box downloads for the first query (the ranking index, search/index.json, with the result heads, and
the display shards, search/docs/N.json, that hold the snippets of the results it shows: raw and gzip bytes,
as recorded from Chromium's requests) and how long a query takes in Chromium (the time the search box itself
records in ``data-search-ms``: from the input event to the ranked result lines, titles included, in the
page; index loading and the snippets, filled in afterwards, apart), the first query and the next ones.

Synthetic data is written into a temporary copy of the project and never kept:
each provision is copied with a new id, ref and order, everything else as is,
so the data stays valid.

Targets: pipeline ≤ 10 % of the full build at every size; time per provision at 100× within
1.5× of that at 10×; a provision page ≤ 100 KB compressed; the first search query
downloads ≤ 300 KB gzip at every size and answers in < 50 ms (judged here, on
this machine, never in a test).
It needs Playwright and Chromium (the test extra and Debian's chromium);
without them it is left out with a note.
"""

from __future__ import annotations

import argparse
import contextlib
import copy as copy_module
import gzip
import json
import os
import posixpath
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import yaml

from .browser import CHROMIUM, launch, served

COPIED = ("mkdocs.yml", "mkdocs.en.yml", "scripts", "docs")
IGNORED = shutil.ignore_patterns("generated", "__pycache__", ".pytest_cache")


def copy_project(root: Path, dest: Path, data: Path) -> Path:
    """The project's sources in ``dest`` (no outputs), with ``data`` as its data."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=IGNORED)
        else:
            shutil.copy2(src, dest / name)
    generated = dest / "docs" / "generated"
    generated.mkdir(parents=True, exist_ok=True)
    for marker in sorted((root / "docs" / "generated").rglob(".generated")):
        rel = marker.relative_to(root / "docs" / "generated")
        (generated / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(marker, generated / rel)
    shutil.copytree(data, dest / "data")
    return dest


def synthesize(source: Path, dest: Path, factor: int) -> int:
    """Write ``source``'s data into ``dest`` with ``factor`` times as many provisions;
    return how many there are."""
    shutil.copytree(source, dest)
    path = dest / "provisions.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    originals = doc["provisions"]
    step = max(p["order"] for p in originals)
    copies = []
    for k in range(1, factor):
        for p in originals:
            copy = {
                **copy_module.deepcopy(p),  # deep copies: the loader refuses shared (aliased) YAML nodes
                "id": f"{p['id']}-x{k}",
                "ref": f"{p['ref']}-x{k}",
                "order": p["order"] + k * step,
            }
            copy.pop("former_ids", None)  # a former id may be claimed once only
            copies.append(copy)
    doc["provisions"] = originals + copies
    text = "# Synthetic benchmark data (scripts/bench.py), never committed.\n"
    path.write_text(text + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    earlier = dest / "earlier.yaml"
    if earlier.is_file():  # every provision has its row in the comparison with the earlier resolutions
        e_doc = yaml.safe_load(earlier.read_text(encoding="utf-8"))
        rows = e_doc["concordance"]
        e_doc["concordance"] = rows + [
            {**copy_module.deepcopy(row), "provision": f"{row['provision']}-x{k}"}
            for k in range(1, factor)
            for row in rows
        ]
        earlier.write_text(
            text + yaml.safe_dump(e_doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
        )
    return len(doc["provisions"])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# One run of the pipeline in a fresh process, as ``mkdocs build`` runs it: the caches that a
# long-lived process keeps between builds (Jinja's compiled templates, stems, folded words,
# escaped texts) start empty. What MkDocs imports anyway (its own modules, Markdown, Jinja, PyYAML)
# is imported before the clock starts; the pipeline's own imports (pydantic and the models, the
# stemmers, the publishers), which the build pays in its hook, are timed apart and count in its share.
_ONE_RUN = """
import json, sys, tempfile, time, tracemalloc
from pathlib import Path
import mkdocs.commands.build, mkdocs.config, markdown, jinja2, yaml, markupsafe
traced = sys.argv[2] == "traced"
start, cpu = time.perf_counter(), time.process_time()
from resolution_site import pipeline
from resolution_site.pipeline import Project, run
imported, imported_cpu = time.perf_counter() - start, time.process_time() - cpu
stages = {}
def timed(owner, name, stage):  # the CPU time of each stage, by the pipeline's own calls (STAGES)
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        cpu = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            stages[stage] = stages.get(stage, 0.0) + time.process_time() - cpu
    setattr(owner, name, wrapper)
for stage, owner, name in %s:
    timed(pipeline if owner == "pipeline" else getattr(pipeline, owner), name, stage)
with tempfile.TemporaryDirectory() as out:
    if traced:
        tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    run(Project.at(Path(sys.argv[1])), Path(out) / "generated")
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(json.dumps([wall, cpu, imported, imported_cpu, peak, stages]))
"""
# The stages of the pipeline's work, timed apart (CPU): (stage, the module of resolution_site.pipeline that
# holds the call, or "pipeline" itself, the function). What none of them holds (the check of the outputs' ids,
# the split between editions) is "other".
STAGES = (
    ("load + validate", "pipeline", "load_dataset"),
    ("render pages", "render", "render_site"),
    ("search index", "search", "render_files"),
    ("open data", "opendata", "render_files"),
    ("write", "write", "sync_tree"),
)
_ONE_RUN %= repr([list(stage) for stage in STAGES])


class PipelineRun(NamedTuple):
    """One fresh-process run of the pipeline: its work and its own imports (wall and CPU seconds)."""

    wall: float
    cpu: float
    import_wall: float
    import_cpu: float
    peak: int
    stages: dict[str, float]  # CPU seconds by stage (STAGES), "other" apart


def _one_run(project: Path, traced: bool) -> PipelineRun:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    done = subprocess.run(
        [sys.executable, "-c", _ONE_RUN, str(project), "traced" if traced else "timed"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    return PipelineRun(*json.loads(done.stdout.splitlines()[-1]))


def time_pipeline(project: Path, repeat: int) -> tuple[PipelineRun, int]:
    """The median of ``repeat`` runs of imports + load + validate + render + write into a fresh folder
    (each field's median on its own, each stage's too), each in a fresh process (``_ONE_RUN``), then, in one more run
    (tracemalloc slows Python down, so it is not timed), its peak Python memory. CPU time is what to
    compare on a shared machine: other people's work stretches the wall time."""
    runs = [_one_run(project, traced=False) for _ in range(repeat)]
    peak = _one_run(project, traced=True).peak

    def median(field: str) -> float:
        return statistics.median(getattr(run, field) for run in runs)

    stages = {stage: statistics.median(run.stages.get(stage, 0.0) for run in runs) for stage, _, _ in STAGES}
    stages["other"] = max(0.0, median("cpu") - sum(stages.values()))
    medians = PipelineRun(median("wall"), median("cpu"), median("import_wall"), median("import_cpu"), peak, stages)
    return medians, peak


def time_mkdocs(project: Path, repeat: int) -> tuple[float, float, int]:
    """The median wall time and median CPU time (user + system) of ``repeat`` runs of ``mkdocs build``,
    and the peak RSS of the largest child so far (bytes)."""
    walls, cpus = [], []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(repeat):
        shutil.rmtree(project / "site", ignore_errors=True)
        start, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=env, check=True, timeout=3600
        )
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return statistics.median(walls), statistics.median(cpus), peak


class _Assets(HTMLParser):
    """The stylesheets and scripts a page loads by itself."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "stylesheet" and (href := values.get("href")):
            self.urls.append(href)
        elif tag == "script" and (src := values.get("src")):
            self.urls.append(src)


def loaded_assets(site: Path, page: str, html: str) -> list[str]:
    parser = _Assets()
    parser.feed(html)
    found = []
    for url in parser.urls:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), urlsplit(url).path))
        if (site / path).is_file():
            found.append(path)
    return found


def served_size(site: Path, page: str) -> dict[str, int]:
    """Gzip-compressed bytes of ``page`` and of the CSS and JS it loads (not what scripts fetch later:
    the search files are measured by ``search_sizes``)."""
    html = (site / page).read_text(encoding="utf-8")
    sizes = {"html": len(gzip.compress(html.encode("utf-8"), 6))}
    css = js = 0
    for asset in loaded_assets(site, page, html):
        size = len(gzip.compress((site / asset).read_bytes(), 6))
        if asset.endswith(".css"):
            css += size
        else:
            js += size
    sizes.update(css=css, js=js, total=sizes["html"] + css + js)
    return sizes


# --- search query time, in Chromium ------------------------------------------------------

# Queries of each kind the search box meets: one word, two words (AND), a prefix being typed.
QUERIES = ("sanctions", "senat condamne", "azerbaidjan exode", "con", "humanitarian")
FIRST_QUERY_GZ_BUDGET = 300 * 1024
FIRST_QUERY_MS_BUDGET = 50


def _query_ms(page, query: str) -> float:
    page.fill("#site-search-input", "")
    page.fill("#site-search-input", query)  # the search runs in the input event
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")  # results shown
    ms = float(page.get_attribute("[data-site-search]", "data-search-ms"))
    # The snippets' display shards, fetched after the results are shown, count in what a query downloads.
    page.wait_for_selector("[data-site-search]:not([data-snippets=loading])", state="attached")
    return ms


def query_times(browser, base_url: str, queries: tuple[str, ...] = QUERIES, repeat: int = 5) -> dict:
    """What the first query downloads (the site-relative paths of the search files it fetched,
    index included) and takes, in a fresh page; then the milliseconds each query took, as the
    search box records them in ``data-search-ms``, ``repeat`` times each."""
    context = browser.new_context()
    try:
        page = context.new_page()
        fetched: list[str] = []
        page.on("request", lambda request: fetched.append(urlsplit(request.url).path.lstrip("/")))
        page.goto(f"{base_url}/")
        fetched.clear()  # the page and its assets apart: what search itself asks for
        page.focus("#site-search-input")  # loads the index
        page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
        first_ms = _query_ms(page, queries[0])
        first = sorted({path for path in fetched if path.startswith("search/")})
        times = [_query_ms(page, query) for _ in range(repeat) for query in queries]
        return {"first_files": first, "first_ms": first_ms, "times": times}
    finally:
        context.close()


def search_sizes(site: Path, files: list[str]) -> dict[str, int]:
    """Raw and gzip bytes of ``files`` (site-relative), each compressed on its own as a server would."""
    raw = gz = 0
    for name in files:
        data = (site / name).read_bytes()
        raw += len(data)
        gz += len(gzip.compress(data, 6))
    return {"files": len(files), "raw": raw, "gz": gz}


# search-core.js has no stemmer: the index lists each surface form that differs from its stem. A Snowball
# JavaScript build could replace that table; measured (December 2026) against npm's snowball-stemmers
# 0.6.0, the only maintained-looking build: its French and English stemmers alone weigh 11.2 KB gzip
# (unminified), more than the forms table (``search_forms_gz``: 9.8 KB at 1×, and it barely grows with
# the data, whose vocabulary is bounded), and they stem 14 of the site's ~5,200 words differently from
# Python's snowballstemmer 3.1 (française, international, organization…), so a query would miss what the
# index holds. The table stays; it also lets search-core.js match a word the index knows to its own terms only.


def forms_size(site: Path) -> int:
    """Gzip bytes of the French index's surface-forms table alone (what a JS stemmer could replace)."""
    index = json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))
    return len(gzip.compress(json.dumps(index["forms"], ensure_ascii=False, separators=(",", ":")).encode(), 6))


@contextlib.contextmanager
def chromium() -> Iterator[object | None]:
    """A headless Chromium through Playwright, or None (with a note) when either is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("search query time left out: Playwright is not installed (pip install -e '.[test]')", file=sys.stderr)
        yield None
        return
    if not CHROMIUM.exists():
        print(f"search query time left out: no Chromium at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        yield None
        return
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            yield browser
        finally:
            browser.close()


def _factor(text: str) -> int:
    """A data size for ``--factors``: a whole number from 1 up."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is below 1: a factor multiplies the data")
    return value


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    root = root or Path.cwd()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=root / "data")
    parser.add_argument("--factors", type=_factor, nargs="*", default=[10, 100])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement at every size (median kept)")
    parser.add_argument("--search-repeat", type=int, default=5, help="times each search query is run (0: none)")
    args = parser.parse_args(argv)
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="bench-") as tmp,
        chromium() if args.search_repeat else contextlib.nullcontext() as browser,
    ):
        for factor in sorted({1, *args.factors}):  # 1× is always measured; a factor given twice runs once
            data = Path(tmp) / f"data-{factor}"
            count = synthesize(args.data, data, factor)
            project = copy_project(root, Path(tmp) / f"project-{factor}", data)
            pipeline, py_peak = time_pipeline(project, args.repeat)
            full, full_cpu, rss = time_mkdocs(project, args.repeat)
            # the pipeline's share of the build: its work and its own imports, both paid in the build's hook
            own, own_cpu = pipeline.wall + pipeline.import_wall, pipeline.cpu + pipeline.import_cpu
            row: dict[str, Any] = {
                "factor": factor,
                "provisions": count,
                "runs": args.repeat,
                "pipeline_s": round(own, 4),
                "pipeline_work_s": round(pipeline.wall, 4),
                "pipeline_import_s": round(pipeline.import_wall, 4),
                "mkdocs_s": round(full, 3),
                "ratio": round(own / full, 4),
                "pipeline_cpu_s": round(own_cpu, 4),
                "pipeline_work_cpu_s": round(pipeline.cpu, 4),
                "pipeline_import_cpu_s": round(pipeline.import_cpu, 4),
                "mkdocs_cpu_s": round(full_cpu, 3),
                "cpu_ratio": round(own_cpu / full_cpu, 4),
                "work_cpu_ratio": round(pipeline.cpu / full_cpu, 4),
                "pipeline_ms_per_provision": round(1000 * pipeline.wall / count, 3),
                "mkdocs_ms_per_provision": round(1000 * full / count, 2),
                "pipeline_peak_mb": round(py_peak / 2**20, 1),
                # each stage's CPU time, and its share of the full build's
                "pipeline_stages_cpu_s": {stage: round(cpu, 4) for stage, cpu in pipeline.stages.items()},
                "mkdocs_peak_rss_mb": round(rss / 2**20, 1),
            }
            site = project / "site"
            everything = sorted(p.relative_to(site).as_posix() for p in (site / "search").rglob("*.json"))
            row["search_all"] = search_sizes(site, everything)  # every search file of the French edition
            row["search_forms_gz"] = forms_size(site)
            if browser is not None:
                with served(site) as base_url:
                    measured = query_times(browser, base_url, repeat=args.search_repeat)
                row["search_first_query"] = {
                    **search_sizes(site, measured["first_files"]),
                    "query": QUERIES[0],
                    "ms": round(measured["first_ms"], 2),
                }
                row["search_query_ms_median"] = round(statistics.median(measured["times"]), 2)
                row["search_query_ms_max"] = round(max(measured["times"]), 2)
            if factor == 1:
                first = sorted((project / "site" / "dispositions").glob("*/index.html"))[0]
                row["provision_page"] = first.relative_to(project / "site").as_posix()
                row["served_gz"] = served_size(project / "site", row["provision_page"])
            rows.append(row)
            shutil.rmtree(project)
    print_table(rows)
    print(json.dumps(summary(rows), sort_keys=True))
    return 0


def summary(rows: list[dict]) -> dict:
    by = {r["factor"]: r for r in rows}
    targets: dict[str, bool] = {}
    out: dict[str, Any] = {"rows": rows, "targets": targets}
    targets["pipeline_share_le_10pct"] = all(r["ratio"] <= 0.10 for r in rows)  # at every size
    targets["pipeline_cpu_share_le_10pct"] = all(r["cpu_ratio"] <= 0.10 for r in rows)
    if 10 in by and 100 in by:
        growth = by[100]["mkdocs_ms_per_provision"] / by[10]["mkdocs_ms_per_provision"]
        out["per_provision_growth_10x_to_100x"] = round(growth, 2)
        targets["linear_within_1_5x"] = growth <= 1.5
    targets["provision_page_le_100kb_gz"] = by[1]["served_gz"]["total"] <= 100 * 1024
    firsts = [r["search_first_query"] for r in rows if "search_first_query" in r]
    if firsts:
        targets["search_first_query_le_300kb_gz"] = all(f["gz"] <= FIRST_QUERY_GZ_BUDGET for f in firsts)
        targets["search_first_query_lt_50ms"] = all(
            f["ms"] < FIRST_QUERY_MS_BUDGET and r["search_query_ms_max"] < FIRST_QUERY_MS_BUDGET
            for f, r in zip(firsts, [r for r in rows if "search_first_query" in r], strict=True)
        )
    return out


def print_table(rows: list[dict]) -> None:
    print(
        f"{'size':>6} {'provisions':>10} {'pipeline':>10} {'mkdocs':>9} {'ratio':>7} {'ms/prov (pipe)':>15} "
        f"{'ms/prov (mkdocs)':>17} {'py peak':>8} {'rss peak':>9}"
    )
    for r in rows:
        print(
            f"{str(r['factor']) + '×':>6} {r['provisions']:>10} {r['pipeline_s']:>9.3f}s {r['mkdocs_s']:>8.2f}s "
            f"{100 * r['ratio']:>6.1f}% {r['pipeline_ms_per_provision']:>15.2f} {r['mkdocs_ms_per_provision']:>17.1f} "
            f"{r['pipeline_peak_mb']:>6.1f}MB {r['mkdocs_peak_rss_mb']:>7.1f}MB"
        )
    print(
        "CPU time (user + system; what to compare when the machine is shared), pipeline = its imports + its work:\n"
        f"{'size':>6} {'provisions':>10} {'pipeline':>10} {'mkdocs':>9} {'ratio':>7} {'imports':>9} {'work':>9} "
        f"{'work/mkdocs':>12}"
    )
    for r in rows:
        print(
            f"{str(r['factor']) + '×':>6} {r['provisions']:>10} {r['pipeline_cpu_s']:>9.3f}s "
            f"{r['mkdocs_cpu_s']:>8.2f}s {100 * r['cpu_ratio']:>6.1f}% {r['pipeline_import_cpu_s']:>8.3f}s "
            f"{r['pipeline_work_cpu_s']:>8.3f}s {100 * r['work_cpu_ratio']:>11.1f}%"
        )
    stages = list(rows[0]["pipeline_stages_cpu_s"])
    print("the pipeline's CPU time by stage, and its share of the full build's:")
    print(f"{'size':>6} " + " ".join(f"{stage:>17}" for stage in ["imports", *stages]))
    for r in rows:
        cpus = [r["pipeline_import_cpu_s"], *r["pipeline_stages_cpu_s"].values()]
        shares = (f"{cpu:.3f}s {100 * cpu / r['mkdocs_cpu_s']:4.1f}%" for cpu in cpus)
        print(f"{str(r['factor']) + '×':>6} " + " ".join(f"{share:>17}" for share in shares))
    served = rows[0]["served_gz"]
    print(
        f"\nprovision page as served ({rows[0]['provision_page']}), gzip: HTML {served['html'] / 1024:.1f} KB + "
        f"CSS {served['css'] / 1024:.1f} KB + JS {served['js'] / 1024:.1f} KB = {served['total'] / 1024:.1f} KB"
    )
    print("search, whole-site index of the French edition (all files; what the first query downloads):")
    for r in rows:
        line = (
            f"  {str(r['factor']) + '×':>5} {r['provisions']:>6} provisions: all {r['search_all']['files']} files "
            f"{r['search_all']['raw'] / 1024:.1f} KB, {r['search_all']['gz'] / 1024:.1f} KB gzip "
            f"(surface forms {r['search_forms_gz'] / 1024:.1f} KB gzip)"
        )
        first = r.get("search_first_query")
        if first:
            line += (
                f"; first query {first['query']!r}: {first['files']} files {first['raw'] / 1024:.1f} KB, "
                f"{first['gz'] / 1024:.1f} KB gzip, {first['ms']:.1f} ms"
            )
        print(line)
    searched = [r for r in rows if "search_query_ms_median" in r]
    if searched:
        print(f"search query in Chromium, after the first ({len(QUERIES)} queries; median, slowest):")
        for r in searched:
            print(
                f"  {str(r['factor']) + '×':>5} {r['provisions']:>6} provisions: "
                f"{r['search_query_ms_median']:.1f} ms, {r['search_query_ms_max']:.1f} ms"
            )
