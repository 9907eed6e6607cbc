"""Checks on what was rendered, before anything is written: every page has its own path,
and no page gives the same ``id`` to two elements.

The data rules (``validate/``) already refuse the collisions we know of (an id
``index``, a background paragraph named like an event); this is the net under them,
for the ones a new template or a new kind of data would bring. A duplicate ``id``
breaks the anchor a permanent link points at, and MkDocs' strict build does not see
it. When the id comes from the data, the error points at the data item; otherwise at
the generated page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .load import DataError, Loc

# Ids the Markdown sets itself: an attribute list (``{#id}``, ``{: #id .c}``; never a
# backslash-escaped brace, which is data shown as text) and an HTML tag's ``id="…"``
# (data text has its "<" escaped, so only real tags match).
# Two plain patterns, each with a literal start, are several times faster than one alternation.
_ATTR_LIST_ID = re.compile(r"\{:?[ \t]*#([^\s}]+)")
_HTML_ID = re.compile(r"id=\"([^\"]+)\"")


class Outputs(dict[str, str]):
    """The generated files by path; a second file for the same path is an error, never an overwrite."""

    def __setitem__(self, path: str, text: str) -> None:
        if path in self:
            raise PathCollision(path)
        super().__setitem__(path, text)

    def update(self, *others: Any, **more: str) -> None:
        for other in (*others, more):
            for path, text in dict(other).items():
                self[path] = text


class PathCollision(ValueError):
    """Two generated files would share one path: one would silently replace the other."""

    def __init__(self, path: str):
        super().__init__(f"two generated files would share the path {path!r}")
        self.path = path


def page_ids(markdown: str) -> list[tuple[str, int]]:
    """The ids a page's Markdown sets, with their offset in it, in the page's order."""
    found = [
        (m.group(1), m.start()) for m in _ATTR_LIST_ID.finditer(markdown) if markdown[m.start() - 1 : m.start()] != "\\"
    ]
    for m in _HTML_ID.finditer(markdown):
        at = m.start()
        # an attribute (after a space, inside a tag), not words of the text
        if markdown[at - 1 : at].isspace() and markdown.rfind("<", 0, at) > markdown.rfind(">", 0, at):
            found.append((m.group(1), at))
    return sorted(found, key=lambda item: item[1])


def theme_ids(overrides: Path) -> set[str]:
    """The ids our theme overrides give their own elements (the search box…): a page's must differ."""
    found: set[str] = set()
    for template in sorted(overrides.rglob("*.html")) if overrides.is_dir() else ():
        found.update(re.findall(r"\sid=\"([A-Za-z0-9_-]+)\"", template.read_text(encoding="utf-8")))
    return found


def data_ids(files: Mapping[str, Any], docs: Mapping[str, Any]) -> dict[str, list[DataError]]:
    """Every id the data gives (provisions, former ids, events, sources…), with where it is written,
    as an error template to fill in."""
    where: dict[str, list[DataError]] = {}
    for name, model in files.items():
        for value, loc in _ids(model, ()):
            where.setdefault(value, []).append(docs[name].error(loc, ""))
    return where


def _ids(value: Any, loc: Loc) -> Iterable[tuple[str, Loc]]:
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            item, key = getattr(value, name), field.alias or name
            if name == "id" and isinstance(item, str):
                yield item, (*loc, key)
            elif name == "former_ids":
                yield from ((former, (*loc, key, index)) for index, former in enumerate(item))
            else:
                yield from _ids(item, (*loc, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _ids(item, (*loc, index))


def check_ids(
    files: dict[str, str], locate: Callable[[str], list[DataError]], reserved: Iterable[str] = ()
) -> list[DataError]:
    """One error per id used twice on one page (or used by the theme), located in the data
    when the data gave it (``locate(id)``: where the data writes it, asked only on a clash),
    else in the generated page."""
    reserved = set(reserved)
    errors: list[DataError] = []
    for path, text in sorted(files.items()):
        if not path.endswith(".md"):
            continue
        first: dict[str, int] = {}
        for anchor, at in page_ids(text):
            if anchor in first or anchor in reserved:
                line = text.count("\n", 0, at) + 1
                earlier = text.count("\n", 0, first[anchor]) + 1 if anchor in first else 0
                clash = f"first at its line {earlier}" if earlier else "the theme's header uses it too"
                message = f"id {anchor!r} appears twice on the page {path} ({clash}); give it another id"
                located = locate(anchor)
                if located:
                    errors += [DataError(e.file, e.line, e.field, message) for e in located]
                else:
                    errors.append(DataError(f"docs/generated/{path}", line, "", message))
            first.setdefault(anchor, at)
    return errors
