"""Shared test fixtures: the data (loaded once per run), the real project, a built
site served on 127.0.0.1, and a real Chromium driven by Playwright.

Browser tests are skipped with a one-line reason when Chromium is missing,
except under CI (``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from resolution_site.cli.browser import CHROMIUM, launch, served
from resolution_site.dataset import Dataset
from resolution_site.pipeline import load_dataset

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/ from the renderer")


def mkdocs_env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# The markers tell the truth. A test that uses the browser fixture (``page`` does) is
# marked ``browser``, and only those: checked when the tests are collected. A test that
# runs a full mkdocs build of its own (not the session's ``built_site``) is marked
# ``slow``: checked by mkdocs_build, which knows the test being run.
_running: dict[str, pytest.Item] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wrong = [
        item.nodeid
        for item in items
        if ("browser" in item.fixturenames) != (item.get_closest_marker("browser") is not None)
    ]
    if wrong:
        raise pytest.UsageError(
            "mark exactly the tests that use the browser fixture with @pytest.mark.browser:\n" + "\n".join(wrong)
        )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _running["item"] = item


def mkdocs_build(
    project: Path, site_dir: Path, env: dict[str, str] | None = None, *, shared: bool = False
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site_dir`` (the hook runs the pipeline),
    with ``env`` added to the environment. Only ``built_site`` (``shared``) may build for a
    test that is not marked ``slow``."""
    item = _running.get("item")
    if not shared and item is not None and item.get_closest_marker("slow") is None:
        pytest.fail(f"{item.nodeid} runs a full mkdocs build of its own: mark it @pytest.mark.slow", pytrace=False)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env={**mkdocs_env(), **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def copy_project(dest: Path, data: Path | None = None) -> Path:
    """A copy of the project's sources (not its outputs) in ``dest``, optionally with other data."""
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", ".pytest_cache")
    for name in ("mkdocs.yml", "mkdocs.en.yml", "scripts", "docs", "data"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / name)
    generated = dest / "docs" / "generated"
    for path in sorted(generated.rglob("*"), reverse=True) if generated.exists() else ():
        if path.is_file() and path.name != ".generated":
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if data is not None:
        shutil.rmtree(dest / "data", ignore_errors=True)
        shutil.copytree(data, dest / "data")
    return dest


# The data, loaded and validated once for the whole run. The models are shared between
# tests: a test that needs other data changes a copy (``model_copy``) or a copied folder
# (``helpers.data_copy``), never these.


@pytest.fixture(scope="session")
def fixture_data() -> Dataset:
    """The small hand-made data of tests/fixtures/valid (the goldens are rendered from it)."""
    return load_dataset(FIXTURES / "valid")


@pytest.fixture(scope="session")
def real_data() -> Dataset:
    """The site's own data, data/."""
    return load_dataset(ROOT / "data")


@pytest.fixture(scope="session")
def data(fixture_data: Dataset) -> Dataset:
    """The fixture data under the name most test modules use (a module may rebind it to ``real_data``)."""
    return fixture_data


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per session with ``mkdocs build --strict`` from a copy of the project."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    site = project / "site"
    result = mkdocs_build(project, site, shared=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[..., str]]:
    """The one test HTTP server: ``serve(folder)`` serves a built site on 127.0.0.1 (an
    ephemeral port) and returns its base URL (``serve(folder, not_found=page)`` answers a
    missing address with ``page``, as a static host does); every server stops at the end of
    the session."""
    with contextlib.ExitStack() as servers:
        yield lambda folder, not_found=None: servers.enter_context(served(folder, not_found))


@pytest.fixture(scope="session")
def site_url(built_site: Path, serve: Callable[[Path], str]) -> str:
    """The real site (``built_site``) served over HTTP."""
    return serve(built_site)


def expect(target, message: str | None = None):
    """Playwright's auto-waiting ``expect``, imported when used: without Playwright the
    browser fixture skips (or fails under CI) before any test gets here."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target, message)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium): browser tests skipped"
        if ON_CI:
            pytest.fail(message.replace("skipped", "required under CI"))
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if ON_CI:
            pytest.fail("Python Playwright is not installed; required under CI")
        pytest.skip("Python Playwright is not installed: browser tests skipped")
    with sync_playwright() as playwright:
        instance = launch(playwright)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh browser page. Every request it makes must stay on the test server:
    the site loads nothing from any other host."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    yield page
    context.close()
    allowed = urlsplit(site_url).netloc
    foreign = sorted(
        {
            url
            for url in requested
            if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != allowed
        }
    )
    assert not foreign, f"the page requested other hosts: {foreign}"
