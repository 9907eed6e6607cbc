"""Where every generated page lives, and the URL MkDocs gives it.

Paths are relative to docs/generated/. A clause's URL depends on its id
alone (``clause_page``), never on its position or heading. Every module that
needs a page's path or address takes it from here.
"""

from __future__ import annotations

import functools

HOME = "index.md"
FULL_TEXT = "texte.md"
CLAUSES = "dispositions/index.md"
TOPICS = "themes/index.md"
VOTE = "vote.md"
SOURCES = "sources.md"
PROCEDURE = "procedure.md"
CONTEXT = "contexte.md"
REPORTING = "rapporte.md"
COMPLETENESS = "etat.md"


def clause_page(provision_id: str) -> str:
    return f"dispositions/{provision_id}.md"


def topic_page(topic_id: str) -> str:
    return f"themes/{topic_id}.md"


def page_url(md_path: str) -> str:
    """The site-relative address MkDocs gives a page (directory URLs):
    ``dispositions/x.md`` → ``dispositions/x/``, ``themes/index.md`` → ``themes/``, ``index.md`` → ``""``."""
    if md_path == "index.md":
        return ""
    if md_path.endswith("/index.md"):
        return md_path[: -len("index.md")]
    return md_path.removesuffix(".md") + "/"


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
