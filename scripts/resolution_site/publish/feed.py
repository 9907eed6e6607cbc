"""An Atom feed (RFC 4287) of the corrections log, one per edition language,
so that anyone watching learns when a wording is confirmed or corrected.

Same data, same bytes: entries follow ``Dataset.corrections_newest_first``,
every timestamp is a correction's day at midnight UTC, never the build time.
The feed's ``updated`` is the newest correction's day; an empty log has no
such day, so the feed then carries the adoption date (it has no entries).

Links are absolute under ``SITE_URL`` when the host sets it, and otherwise
relative to the feed's own address (``donnees/``), as RFC 4287 allows. Ids
are URNs of ours, the same whatever the host, so a reader's feed software
does not see old entries as new when the site moves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from lxml import etree
from lxml.builder import ElementMaker

from .. import paths
from ..catalogue import STRINGS
from ..dataset import Dataset
from ..models_around import Correction
from ..settings import Settings
from ..work import ID_BASE

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


A = ElementMaker(namespace=ATOM_NS, nsmap={None: ATOM_NS})


def path(lang: str) -> str:
    """Where the feed of ``lang`` is published, under docs/generated/."""
    return paths.feed_file(lang)


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _linker(settings: Settings) -> Callable[[str], str]:
    """A site path (``dispositions/x/``) as the feed links to it."""
    if settings.site_url:
        return settings.absolute
    return lambda site_path: "../" + site_path  # the feed lives in donnees/


def _entry(data: Dataset, correction: Correction, lang: str, link: Callable[[str], str]) -> etree._Element:
    text = lambda value: getattr(value, lang)  # noqa: E731
    entry = A.entry(
        A.id(f"{ID_BASE}:corrections:{lang}:{correction.id}"),
        A.title(text(correction.summary)),
        A.updated(_stamp(correction.date)),
        A.published(_stamp(correction.date)),
    )
    for provision_id in correction.provisions:
        page_path = paths.provision_page(provision_id, lang)
        entry.append(A.link(rel="related", href=link(paths.site_url_of(page_path, lang))))
    for page in correction.pages:  # every key names a page of the registry (``models_around.PageKey``)
        entry.append(A.link(rel="related", href=link(paths.site_url_of(paths.page(page.value, lang), lang))))
    summary = STRINGS[lang]["feed_summary"].format(summary=text(correction.summary), reason=text(correction.reason))
    entry.append(A.summary(summary, type="text"))
    return entry


def render(data: Dataset, lang: str, settings: Settings) -> str:
    log = data.corrections_newest_first()
    link = _linker(settings)
    updated = log[0].date if log else data.identity.adopted.value
    feed = A.feed(
        A.id(f"{ID_BASE}:corrections:{lang}"),
        A.title(STRINGS[lang]["feed_title"]),
        A.updated(_stamp(updated)),
        A.author(A.name(STRINGS[lang]["feed_author"])),
        A.link(rel="self", href=settings.absolute(path(lang)) if settings.site_url else f"corrections.{lang}.atom"),
        A.link(rel="alternate", href=link(paths.site_url_of(paths.page("home", lang), lang))),
        *(_entry(data, correction, lang, link) for correction in log),
    )
    feed.set(XML_LANG, lang)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(feed, encoding="unicode", pretty_print=True)


def render_files(data: Dataset, settings: Settings) -> dict[str, str]:
    return {path(lang): render(data, lang, settings) for lang in ("fr", "en")}
