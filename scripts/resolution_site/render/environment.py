"""The Jinja environment every page is rendered with, and the escaping it applies.

Templates fail on any undefined name; HTML is autoescaped, and data text that lands
in Markdown goes through the ``md`` filter, so data never becomes markup. Templates
are compiled once per process and checked on disk once per build
(``drop_changed_templates``); their compiled code is kept between processes in Jinja's
bytecode cache (``_bytecode_cache``), which saves every build a fifth of a second.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..text import FOREIGN, OUR_TRANSLATION, QUOTE_MARKS, flat, foreign_parts, plain

TEMPLATES = Path(__file__).resolve().parent / "templates"

# --- escaping -----------------------------------------------------------------

# Exactly the characters Python-Markdown accepts backslash escapes for; "<",
# ">" and "&" become entities through html.escape, and "|" (a table cell
# separator, which has no backslash escape) becomes an entity too.
_MD_ESCAPE = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def md(text: str, lang: str | None = None) -> Markup:
    """Escape ``text`` for a Markdown inline context (heading, link text, list item, table cell).

    A foreign quotation of ours (``text.FOREIGN``: ``{fr|…|…}``) is marked with its language, in
    edition ``lang``'s quotation marks, and followed by our translation, marked unofficial."""
    text = str(text)
    if "{" not in text or not FOREIGN.search(text):
        return _md(text)
    if lang is None:
        raise ValueError(f"a foreign quotation needs the edition's language to be shown: {text[:80]!r}")
    opening, closing = QUOTE_MARKS[lang]
    out = Markup("")
    for part in foreign_parts(text):
        if isinstance(part, str):
            out += _md_keep_spaces(part)
        else:
            quoted, original, translation = part
            out += Markup('{o}<span lang="{q}">{original}</span>{c}').format(
                o=opening, c=closing, q=quoted, original=_md(original)
            )
            if translation:
                out += Markup(' <span class="our-translation">({label}{o}{translation}{c})</span>').format(
                    o=opening, c=closing, translation=_md(translation), label=OUR_TRANSLATION[lang]
                )
    return out


def html_inline(text: str, lang: str) -> Markup:
    """``text`` for raw HTML (no Markdown inside): escaped, each foreign quotation marked as ``md`` marks it."""
    text = flat(str(text))
    if "{" not in text or not FOREIGN.search(text):
        return Markup(html.escape(text, quote=False))
    opening, closing = QUOTE_MARKS[lang]
    out = Markup("")
    for part in foreign_parts(text):
        if isinstance(part, str):
            out += Markup(html.escape(part, quote=False))
        else:
            quoted, original, translation = part
            out += Markup('{o}<span lang="{q}">{original}</span>{c}').format(
                o=opening, c=closing, q=quoted, original=original
            )
            if translation:
                out += Markup(' <span class="our-translation">({label}{o}{translation}{c})</span>').format(
                    o=opening, c=closing, translation=translation, label=OUR_TRANSLATION[lang]
                )
    return out


@jinja2.pass_context
def _html_filter(context: Any, text: str) -> Markup:
    """The ``html`` filter: ``html_inline`` in the page's edition (the template's ``lang``)."""
    return html_inline(text, context["lang"])


@jinja2.pass_context
def _md_filter(context: Any, text: str) -> Markup:
    """The ``md`` filter: ``md`` in the page's edition (the template's ``lang``)."""
    return _md_cached(str(text), context.get("lang"))


# Headings, refs and labels recur on many pages (neighbours, pager, lists): about half of the
# filter's calls on the real data repeat an earlier one. ``md`` is pure; its result is immutable.
_md_cached = functools.lru_cache(maxsize=65536)(md)


def _md_keep_spaces(text: str) -> Markup:
    """A piece of a text cut around its quotations: escaped, its outer spaces kept (one each side)."""
    if not text.strip():
        return Markup(" " if text else "")
    return Markup(" " if text[0].isspace() else "") + _md(text) + Markup(" " if text[-1].isspace() else "")


@functools.lru_cache(maxsize=65536)  # the same names and labels recur on every page
def our_translation(text: str, lang: str) -> Markup:
    """Our translation ``text`` of a quotation, for edition ``lang``: in brackets, marked as ours and
    unofficial, in the edition's quotation marks, as a foreign quotation's translation (``md``)."""
    opening, closing = QUOTE_MARKS[lang]
    return Markup("({label}{o}{translation}{c})").format(
        label=OUR_TRANSLATION[lang], o=opening, c=closing, translation=_md(nested(text, lang))
    )


def _md(text: str) -> Markup:
    escaped = _MD_ESCAPE.sub(r"\\\1", html.escape(flat(text), quote=False))
    return Markup(escaped.replace("|", "&#124;"))


def in_lang(text: str, phrase: str, lang: str) -> Markup:
    """``text`` HTML-escaped, with every occurrence of ``phrase`` marked as ``lang`` (a French
    title inside an English citation, which screen readers would otherwise mispronounce)."""
    escaped, mark = html.escape(str(text), quote=False), html.escape(flat(phrase), quote=False)
    if not mark:
        return Markup(escaped)
    return Markup(escaped.replace(mark, f'<span lang="{lang}">{mark}</span>'))


def nested(text: str, outer: str) -> str:
    """``text`` made ready to sit inside our own quotation marks (``outer``: "fr" for « »,
    "en" for “ ”): its own quotation marks become the inner marks of that convention
    (“ ” inside « », ‘ ’ inside “ ”), so that a quotation within a quotation never reads
    as a second opening mark."""
    if outer == "fr":
        for french, inner in (("« ", "“"), ("«\u00a0", "“"), (" »", "”"), ("\u00a0»", "”"), ("«", "“"), ("»", "”")):
            text = str(text).replace(french, inner)
        return str(text)
    return str(text).replace("“", "‘").replace("”", "’")


def link_url(url: str) -> str:
    """A URL safe to put inside Markdown's ``(...)``: parentheses and spaces encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def front_matter_text(sources: Iterable[str], meta: dict[str, Any]) -> Markup:
    """YAML front matter whose first line names the data the page came from.

    Material prints ``title`` and ``description`` into the page unescaped
    (header, ``<title>``, ``<meta content>``), so those are HTML-escaped here.
    """
    lines = ["---", f"# Generated by scripts/build.py from {', '.join(sources)}. Do not edit: edit the data."]
    for key, value in meta.items():
        if key in ("title", "description"):
            value = plain(value, meta.get("lang", "fr")) if "{" in str(value) else flat(value)
            value = html.escape(value, quote=False).replace('"', "&quot;")
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return Markup("\n".join(lines))


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates, in the user's temporary folder. Jinja checks each
    entry against the template's source; what it cannot see, the options this module compiles
    with and Jinja's own version, is in the file names, so a change to either starts afresh.
    None where Jinja finds no safe folder (the templates are then compiled every time)."""
    options = Path(__file__).read_bytes() + jinja2.__version__.encode()
    pattern = f"resolution-site-{hashlib.sha256(options).hexdigest()[:16]}-%s.cache"
    try:
        return jinja2.FileSystemBytecodeCache(pattern=pattern)
    except RuntimeError:
        return None


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        bytecode_cache=_bytecode_cache(),
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        # Markdown's attribute lists ({#id .class}) need "{#": Jinja comments are {## ... ##}.
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters.update(
        md=_md_filter,
        html=_html_filter,
        url=link_url,
        inline=flat,
        in_lang=in_lang,
        nested=nested,
        our_translation=our_translation,
    )
    return env


ENV = _environment()


def drop_changed_templates(env: jinja2.Environment = ENV) -> None:
    """Templates are not checked on disk at every use (``auto_reload=False``: that was a
    ``stat`` per page, include and import), but once per build: ``mkdocs serve`` renders
    again in the same process, and a template edited since is then compiled afresh."""
    cache = env.cache
    if cache is not None and any(not template.is_up_to_date for template in cache.values()):
        cache.clear()
