"""Typography. In both editions, a number joined by hyphens ("article 34-1", "2009-403",
"2023-2024") is kept on one line (``unbroken_numbers``): Chromium breaks a line after
its hyphen, and "34-" then "1" on a phone's next line misreads as two numbers. For the
French edition: a narrow no-break space (U+202F) before
« ; : ! ? » and inside « », where the data, the templates and the hand-written pages
write a plain space, so that a line never starts with a colon or a closing guillemet.

Applied at render time, in one pass over the HTML of every page (``edition_html``, which
leaves markup and code untouched; on a French page, in a stretch in another language, it
spaces only the guillemets), and to the theme's French strings (``french_text``). The data
keeps the spaces its sources have; the methodology page says that the site normalises them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NNBSP = "\u202f"

_BEFORE = re.compile(r"(?:(?<=\S)|^) +(?=[;:!?»])")  # at a text node's start too: "</a> ; <a>"
_AFTER = re.compile(r"« +")
_BEFORE_CLOSING = re.compile(r"(?<=\S) +(?=»)|^ +(?=»)")
_PARTS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", re.S)
_LANG = re.compile(r"""\blang\s*=\s*["']?([a-zA-Z-]+)""")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_VERBATIM = {"code", "pre", "script", "style", "kbd", "samp", "textarea"}


def french_text(text: str) -> str:
    """``text`` (plain text, not markup) with French spacing."""
    return _AFTER.sub("«" + NNBSP, _BEFORE.sub(NNBSP, text))


def french_guillemets(text: str) -> str:
    """``text`` with the narrow no-break space inside its guillemets only: a quotation in
    another language on a French page (« <span lang="en">…</span> », or the marks inside
    the span) keeps its own punctuation, but the guillemets are French."""
    return _AFTER.sub("«" + NNBSP, _BEFORE_CLOSING.sub(NNBSP, text))


def french_html(html: str, lang: str = "fr") -> str:
    """``html`` with French spacing in its text, outside tags, comments and code; in an
    element whose ``lang`` is not French (``lang`` is the language around it), only
    inside guillemets."""
    return _retext(html, lang, _french)


def unbroken_numbers(html: str) -> str:
    """``html`` with each number joined by hyphens in a span that the stylesheet keeps on one line (its
    characters unchanged: copied, it is the same text), outside tags, comments and code."""
    return _retext(html, "", lambda text, _: _unbroken(text)) if "-" in html else html


def edition_html(html: str, edition: str) -> str:
    """A page's ``html`` as its edition shows it, in one pass: numbers joined by hyphens kept on one line, and in
    the French edition French spacing."""
    if edition != "fr":
        return unbroken_numbers(html)
    return _retext(html, "fr", lambda text, language: _unbroken(_french(text, language)))


def _french(text: str, language: str) -> str:
    return french_text(text) if language == "fr" else french_guillemets(text)


_NUMBERED = re.compile(r"(?<![\w.-])\d{1,4}(?:-\d{1,4})+(?![\w-])")
UNBROKEN = '<span class="unbroken">{}</span>'


def _unbroken(text: str) -> str:
    return _NUMBERED.sub(lambda m: UNBROKEN.format(m[0]), text) if "-" in text else text


def _retext(html: str, lang: str, change: Callable[[str, str], str]) -> str:
    """``html`` with ``change(text, its language)`` applied to its text, outside tags, comments and code
    (``lang``: the language around it)."""
    out = []
    stack: list[tuple[str, str, bool]] = []  # (tag, language, verbatim)
    for part in _PARTS.split(html):
        if not part:
            continue
        if part.startswith("<"):
            out.append(part)
            tag = _TAG.match(part)
            if not tag or part.startswith("<!"):
                continue
            closing, name = tag.group(1), tag.group(2).lower()
            if closing:
                while stack and stack.pop()[0] != name:
                    pass
            elif name not in _VOID and not tag.group(3).rstrip().endswith("/"):
                language = _LANG.search(tag.group(3))
                here = language.group(1).lower().split("-")[0] if language else (stack[-1][1] if stack else lang)
                verbatim = name in _VERBATIM or bool(stack and stack[-1][2])
                stack.append((name, here, verbatim))
            continue
        current, verbatim = (stack[-1][1], stack[-1][2]) if stack else (lang, False)
        out.append(part if verbatim else change(part, current))
    return "".join(out)
