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
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..load import DataError
from ..text import FOREIGN, OUR_TRANSLATION, QUOTE_MARKS, flat, plain, resolve

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
    return Markup("").join(
        resolve(
            text,
            lang,
            _md_keep_spaces,
            lambda quoted, words: Markup('<span lang="{q}">{words}</span>').format(q=quoted, words=_md(words)),
            lambda before, words, after: _ours(before, _md(words), after),
        )
    )


def html_inline(text: str, lang: str) -> Markup:
    """``text`` for raw HTML (no Markdown inside): escaped, each foreign quotation marked as ``md`` marks it."""
    text = flat(str(text))
    if "{" not in text or not FOREIGN.search(text):
        return Markup(html.escape(text, quote=False))
    return Markup("").join(
        resolve(
            text,
            lang,
            lambda piece: Markup(html.escape(piece, quote=False)),
            lambda quoted, words: Markup('<span lang="{q}">{words}</span>').format(q=quoted, words=words),
            _ours,
        )
    )


def _ours(before: str, words: str, after: str) -> Markup:
    """Our translation of a quotation, marked as ours for the styles (``text.resolve``)."""
    return Markup('<span class="our-translation">{before}{words}{after}</span>').format(
        before=before, words=words, after=after
    )


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


def sic_marked(shown: Markup, fragments: list[str], mark: str) -> Markup:
    """``shown`` (a wording through ``md``) with ``mark`` ("[sic]") after the first occurrence of each of
    ``fragments``, the words the source itself gets wrong: the words are left as the source gives them, and
    the mark, ours, stands outside them, in its own element."""
    out = str(shown)
    for fragment in fragments:
        found = str(_md(fragment))
        at = out.find(found)
        if at < 0:  # validation checks each fragment is in the wording; an escape may differ from it
            raise ValueError(f"a [sic] fragment is not in the wording as shown: {fragment!r}")
        end = at + len(found)
        out = out[:end] + f'<span class="sic-mark" lang="la"> {html.escape(mark)}</span>' + out[end:]
    return Markup(out)


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


def front_matter_text(sources: list[str], meta: dict[str, Any]) -> Markup:
    """YAML front matter whose first line names the data the page came from.

    Material prints ``title`` and ``description`` into the page unescaped
    (header, ``<title>``, ``<meta content>``), so those are HTML-escaped here.
    """
    origin = f"from {', '.join(sources)}" if sources else "from its template alone"
    lines = ["---", f"# Generated by scripts/build.py {origin}. Do not edit: edit the data."]
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
        sic_marked=sic_marked,
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


_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


def template_error(template: str, lang: str, exc: Exception) -> DataError:
    """A template that names a string or value nobody gave it, as one located line:
    ``scripts/…/templates/<name>:<line>: <name>: …`` (the template's own line, read from
    the traceback Jinja rewrites to point at it), saying where the missing string goes."""
    path = TEMPLATES / template
    line = 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(path):
            line = tb.tb_lineno
        tb = tb.tb_next
    where = path.relative_to(TEMPLATES.parents[3]).as_posix()
    if isinstance(exc, KeyError):
        name = str(exc.args[0]) if exc.args else "?"
        hint = f"no string {name!r} in STRINGS[{lang!r}] (catalogue.py): add it to both languages"
        return DataError(where, line, name, hint)
    message = str(exc)
    missing = _NO_ATTRIBUTE.search(message)
    name = missing.group(1) if missing else ""
    hint = f"if it is a string (t.{name}), add it to both languages of STRINGS in catalogue.py" if missing else ""
    return DataError(where, line, name, f"{message}{'; ' + hint if hint else ''} ({lang} edition)")
