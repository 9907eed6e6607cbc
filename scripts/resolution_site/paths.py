"""Where every generated page lives in each edition, and the URL MkDocs gives it.

The French edition is the site's root (its URLs are the ones published
first and never change); the English edition lives under ``en/`` with
English slugs. Paths here are relative to an edition's own folder
(``docs/generated/fr/`` or ``docs/generated/en/``). A provision's URL
depends on its id alone, in both editions, and the id is also its anchor
on the full text, so switching language keeps the reader's place.
"""

from __future__ import annotations

import functools

from . import pages as registry

EDITION_DIRS = {"fr": "fr", "en": "en"}  # under docs/generated/
EDITION_PREFIX = {"fr": "", "en": "en/"}  # where each edition sits on the site

PAGES = {page.key: {"fr": page.fr, "en": page.en} for page in registry.PAGES}
PROVISION_DIR = {lang: registry.FAMILY["provision"].folder(lang) for lang in EDITION_DIRS}
TOPIC_DIR = {lang: registry.FAMILY["topic"].folder(lang) for lang in EDITION_DIRS}
FULL_TEXT = PAGES["text"]["fr"]  # the French edition's full text, where the old anchors are kept


def page(key: str, lang: str = "fr") -> str:
    return PAGES[key][lang]


def provision_page(provision_id: str, lang: str = "fr") -> str:
    return f"{PROVISION_DIR[lang]}/{provision_id}.md"


def topic_page(topic_id: str, lang: str = "fr") -> str:
    return f"{TOPIC_DIR[lang]}/{topic_id}.md"


def page_url(md_path: str) -> str:
    """The edition-relative address MkDocs gives a page (directory URLs):
    ``dispositions/x.md`` → ``dispositions/x/``, ``themes/index.md`` → ``themes/``, ``index.md`` → ``""``."""
    if md_path == "index.md":
        return ""
    if md_path.endswith("/index.md"):
        return md_path[: -len("index.md")]
    return md_path.removesuffix(".md") + "/"


def site_url_of(md_path: str, lang: str) -> str:
    """The site-relative address of an edition's page: ``("vote.md", "en")`` → ``en/vote/``."""
    return EDITION_PREFIX[lang] + page_url(md_path)


def twin(md_path: str, lang: str) -> str:
    """The same page in the other edition (its path there): ``texte.md`` ↔ ``text.md``,
    ``dispositions/x.md`` ↔ ``provisions/x.md``."""
    other = "en" if lang == "fr" else "fr"
    for paths in PAGES.values():
        if paths[lang] == md_path:
            return paths[other]
    for family in registry.FAMILIES:
        prefix = family.folder(lang) + "/"
        if md_path.startswith(prefix):
            return family.folder(other) + "/" + md_path[len(prefix) :]
    raise KeyError(f"no twin for {lang}/{md_path}")


@functools.lru_cache(maxsize=65536)
def relative_path(here: str, target: str) -> str:
    """``relative_path("dispositions/a.md", "sources.md")`` → ``../sources.md``.

    Pure string work on site paths (``posixpath.relpath`` would consult the
    working directory on every call, which dominated large builds)."""
    start = here.split("/")[:-1]
    parts = target.split("/")
    common = 0
    while common < len(start) and common < len(parts) - 1 and start[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + parts[common:])


def relative_url(here_url: str, target_url: str) -> str:
    """A relative link between two site-relative directory URLs (``en/vote/`` → ``vote/``: ``../../vote/``)."""
    depth = here_url.count("/")
    return "../" * depth + target_url if (depth or target_url) else "./"


# The files published beside the pages, shared by both editions: under docs/generated/fr/,
# which is the site's root.
OPEN_DATA = "donnees"
RESOLUTION_JSON = f"{OPEN_DATA}/resolution.json"
PROVISIONS_CSV = f"{OPEN_DATA}/dispositions.csv"
CSVW_METADATA = f"{PROVISIONS_CSV}-metadata.json"
SCHEMA_JSON = f"{OPEN_DATA}/schema.json"
SINCE_CSV = f"{OPEN_DATA}/depuis.csv"
SINCE_CSVW = f"{SINCE_CSV}-metadata.json"
EARLIER_CSV = f"{OPEN_DATA}/devancieres.csv"
EARLIER_CSVW = f"{EARLIER_CSV}-metadata.json"


def akn_file(lang: str) -> str:
    """Where the Akoma Ntoso document of ``lang`` is published."""
    return f"{OPEN_DATA}/akn/{lang}.xml"


def feed_file(lang: str) -> str:
    """Where the corrections feed of ``lang`` is published."""
    return f"{OPEN_DATA}/corrections.{lang}.atom"
