"""Every URL the site has ever published, kept in a list so that none breaks.

The list (``tests/published_urls.txt``) holds one path per line, from the
site root: pages (``/dispositions/<id>/``) and provision anchors on the full
text (``/texte/#<id>``). It only grows: ``--write`` appends what is new and
never removes or reorders a line, and ``tests/test_published_urls.py``
builds the site and fails if any listed URL or anchor stops resolving
(``resolution_site.cli.published_urls`` is the command that checks and appends). When
a provision's id must change, keep the old one in its ``former_ids``: the
build then writes a redirect page and an anchor for it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from pathlib import Path

from .. import paths
from ..dataset import Dataset

LIST = Path("tests") / "published_urls.txt"  # under the project's root
HEADER = (
    "# Every URL the site has published (tests/test_published_urls.py keeps them all working).\n"
    "# Append-only: run `python scripts/published_urls.py --write`; never edit or remove a line.\n"
)


def page_url(path: str) -> str | None:
    """The URL of a file under docs/generated/ (``fr/…`` at the site's root, ``en/…`` under
    ``/en/``; directory URLs), or None if it is not a page."""
    edition, _, rel = path.partition("/")
    if edition not in paths.EDITION_DIRS.values() or not rel:
        return None
    lang = next(lang for lang, folder in paths.EDITION_DIRS.items() if folder == edition)
    if rel.endswith("/index.html") or rel == "index.html":
        folder = posixpath.dirname(rel)
        return "/" + paths.EDITION_PREFIX[lang] + (f"{folder}/" if folder else "")
    if rel.endswith(".md"):
        return "/" + paths.site_url_of(rel, lang)
    return None


def site_urls(files: Iterable[str], data: Dataset) -> list[str]:
    """The URLs the site publishes: every generated page of both editions, then each
    provision's anchors on each edition's full text (its id, then its former ids), in text order."""
    pages = sorted({url for url in map(page_url, files) if url is not None}, key=_page_order)
    anchors = []
    for lang in paths.EDITION_DIRS:
        text = "/" + paths.site_url_of(paths.page("text", lang), lang)
        anchors += [f"{text}#{anchor}" for p in data.provisions_in_order() for anchor in (p.id, *p.former_ids)]
    return pages + anchors


def _page_order(url: str) -> tuple[int, str]:
    """Top-level pages first, then deeper ones; alphabetical within each depth."""
    return (url.count("/"), url)


def parse_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def missing_from(listed: Iterable[str], current: Iterable[str]) -> list[str]:
    """URLs of ``current`` that are not yet in ``listed``, in ``current``'s order."""
    known = set(listed)
    return [url for url in current if url not in known]


def appended(text: str, new: list[str]) -> str:
    """``text`` (the list file) with ``new`` lines added at the end; nothing else changes."""
    if not text:
        text = HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    return text + "".join(f"{url}\n" for url in new)
