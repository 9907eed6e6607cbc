"""Render: pure functions from the validated ``Dataset`` to the Markdown of both editions.

Every page is rendered once per language (``catalogue.LANGUAGES``) from one
set of templates: the French edition at the site's root, the English one
under ``en/``. Templates receive prepared values and the edition's strings
(``t``); they fail on any undefined name, and every value from the data is
escaped (Jinja autoescape for HTML, the ``md`` filter for Markdown inline
text), so data never becomes markup (``environment.py``: the Jinja environment
and its escaping filters). Nothing here reads or writes files except
``hand_written.read_pages`` (hand-written pages, read once by the pipeline).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup, escape

from .. import pages as registry
from .. import paths, since
from ..catalogue import KIND_EXPLAINED, KIND_PLURAL, LANGUAGES, STATUS_EXPLAINED, STRINGS, count, format_date, label
from ..dataset import FILES, Dataset
from ..load import DataErrors
from ..models import Bilingual, Confidence, Kind, Person, Provision, Source, SourceRef, Status
from ..models_around import Correction
from ..outputs import Outputs
from ..settings import DEFAULT, Settings
from ..text import GROUP_ACRONYM
from . import cite, neighbours, redirects
from . import earlier as earlier_view
from .environment import _MD_ESCAPE, ENV, drop_changed_templates, front_matter_text, template_error
from .environment import TEMPLATES as TEMPLATES  # re-exported: callers know them as render.*
from .environment import md as md
from .fragments import PageParts
from .hand_written import HAND_WRITTEN as HAND_WRITTEN  # re-exported: callers know them as render.*
from .hand_written import HAND_WRITTEN_KEYS, copied_page
from .hand_written import read_pages as read_pages
from .page_values import PageValues
from .views import (
    excerpt_repeated,
    group_names,
    publisher,
    source_names,
    supports_within_excerpt,
)


def data_files(*names: str) -> list[str]:
    """The data files a page is made from, as its header names them (``pages.EVERY_FILE``: all of them)."""
    if names == (registry.EVERY_FILE,):
        names = tuple(FILES)
    return [f"data/{FILES[name][0]}" for name in names]


T = TypeVar("T")

_SOURCE_LETTER = re.compile(r"\bsources? [ABC]\b")


class Edition(PageValues):
    """One language's pages. Each template gets the data, the edition's strings and
    small helpers bound to the page being rendered (links, labels, dates)."""

    def __init__(self, data: Dataset, lang: str, settings: Settings = DEFAULT, shared: dict | None = None):
        self.data, self.lang, self.settings = data, lang, settings
        # What both editions show alike (a provision's text view, its JSON-LD), computed once for both.
        self.shared: dict[tuple[str, str], Any] = {} if shared is None else shared
        self.other = "en" if lang == "fr" else "fr"
        self.t = STRINGS[lang]
        self.names = source_names(data.sources, lang)
        self._links: dict[tuple[str, str], Markup] = {}  # (path to the sources page, source id)
        self._marks: dict[Status | Confidence, Markup] = {}  # status_mark, confidence_mark
        self.provision_links: dict[tuple[str, str, str, str], Markup] = {}  # PageParts.provision_link
        self.group_names = group_names(data)
        self.provisions = {p.id: p for p in data.provisions}
        self.since = since.by_provision(data)
        self.corrections: dict[str, list[Correction]] = {}
        for correction in data.corrections_newest_first():
            for provision_id in correction.provisions:
                self.corrections.setdefault(provision_id, []).append(correction)

    # --- helpers the templates call -------------------------------------------------

    def tr(self, text: Bilingual | None) -> str:
        return "" if text is None else getattr(text, self.lang)

    def tr_dict(self, text: dict[str, str]) -> str:
        return text[self.lang]

    def label(self, value: Any) -> str:
        return label(value, self.lang)

    def count(self, key: str, n: int, **values: Any) -> str:
        """``n`` things in words that agree with it (``catalogue.count``)."""
        return count(self.lang, key, n, **values)

    def group(self, person: Person, raw_html: bool = False) -> Markup:
        """``person``'s group in this edition, escaped for Markdown: our English (``group_en``)
        in the English edition where the label holds words of ours, else the label as the
        source gives it (French, so marked as such in the English edition). Each group acronym
        is an ``<abbr>`` whose title, in the edition's language, says what it stands for.
        ``raw_html``: for raw HTML, which Markdown leaves alone (escaped for HTML only)."""
        text = person.group_en if self.lang == "en" and person.group_en else person.group or ""

        def escape(piece: str) -> Markup:  # keeps the spaces between the pieces, which md() would trim
            escaped = html.escape(piece, quote=False)
            return Markup(escaped if raw_html else _MD_ESCAPE.sub(r"\\\1", escaped).replace("|", "&#124;"))

        quoted = self.lang != "fr" and text == person.group  # the source's French, in another edition

        def words(piece: str) -> Markup:
            if not quoted:
                return escape(piece)
            before, core, after = re.fullmatch(r"(\W*)(.*?)(\W*)", piece, re.S).groups()  # type: ignore[union-attr]
            marked = Markup('<span lang="fr">{}</span>').format(escape(core)) if core else Markup("")
            return escape(before) + marked + escape(after)

        parts, start = [], 0
        for found in GROUP_ACRONYM.finditer(text):
            parts.append(words(text[start : found.start()]))
            name = self.group_names.get(found.group(0))
            title = self.t["group_abbr_named"].format(name=name) if name else self.t["group_abbr"]
            parts.append(Markup('<abbr title="{}">{}</abbr>').format(title, found.group(0)))
            start = found.end()
        parts.append(words(text[start:]))
        return Markup("").join(parts)

    def date(self, value: date | str | None) -> str:
        return format_date(value, self.lang)

    def explain(self, status: Status) -> str:
        return STATUS_EXPLAINED[status][self.lang]

    def status_mark(self, status: Status) -> Markup:
        """An evidence status's badge, its explanation in a tooltip: the same on every page, so built once."""
        mark = self._marks.get(status)
        if mark is None:
            mark = self._marks[status] = Markup(
                '<span class="status status--{}" tabindex="0"><span class="status-label">{}</span>'
                '<span class="status-tip" role="tooltip">{}</span></span>'
            ).format(status.value, self.label(status), self.explain(status))
        return mark

    def confidence_mark(self, level: Confidence) -> Markup:
        """A confidence level's label, styled by level."""
        mark = self._marks.get(level)
        if mark is None:
            mark = self._marks[level] = Markup('<span class="confidence confidence--{}">{}</span>').format(
                level.value, self.label(level)
            )
        return mark

    def explain_kind(self, kind: Kind) -> Markup:
        """What a provision of ``kind`` is (citation, recital, paragraph), in a sentence."""
        return Markup(KIND_EXPLAINED[kind][self.lang])

    def names_sources_abc(self, p: Provision) -> bool:
        """Whether ``p``'s page (the provision, its corrections) speaks of "source A/B/C", the
        dossier's names for the text's three main sources, which the page then spells out."""
        key = ("names_sources_abc", p.id)
        if key not in self.shared:
            said = [p.model_dump(mode="json"), [c.model_dump(mode="json") for c in self.corrections.get(p.id, [])]]
            self.shared[key] = bool(_SOURCE_LETTER.search(json.dumps(said, ensure_ascii=False)))
        return bool(self.shared[key])

    def place_in_part(self, p: Provision) -> str:
        """``p``'s rank among the provisions of its kind (O1 is the first operative paragraph,
        whatever comes before it), as an ordinal: « 1er », « 2e » / "1", "2"."""
        n = self.data.place_in_part(p.id)
        if self.lang == "fr":
            return "1er" if n == 1 else f"{n}e"
        return str(n)

    def source_label(self, source_id: str, markdown: bool = True) -> Markup:
        """A source's name: « Publisher, date », and its title where two sources would read the
        same, marked with its language when it is not the edition's. In Markdown or raw HTML."""
        n = self.names[source_id]
        label = md(n.base) if markdown else escape(n.base)
        if n.title:
            title = md(n.title) if markdown else escape(n.title)
            if n.title_lang != self.lang:
                title = Markup('<span lang="{}">').format(n.title_lang) + title + Markup("</span>")
            label += Markup(" — ") + title
        return label

    def source_link(self, source_id: str, to_sources: str) -> Markup:
        """A Markdown link to a source on the sources page (``to_sources``: its path from the
        page being rendered), the same on every page of a folder, so built once per folder."""
        key = (to_sources, source_id)
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = Markup("[{}]({}#{})").format(self.source_label(source_id), to_sources, source_id)
        return link

    def publisher(self, source: Source) -> str:
        return publisher(source, self.lang)

    def confidence_level(self, level: Confidence) -> str:
        """The level alone (« élevée », "high"), under a heading that already says "confidence"."""
        return self.t[f"confidence_{level.value}"]

    def repeats(self, ref: SourceRef) -> bool:
        """Whether ``ref``'s "supports" already quotes its whole excerpt, which is then not shown twice."""
        return ref.excerpt is not None and excerpt_repeated(self.tr(ref.supports), ref.excerpt)

    def within_excerpt(self, ref: SourceRef) -> bool:
        """Whether ``ref``'s "supports" only quotes part of its excerpt, which is then shown alone:
        not where it quotes the whole excerpt (``repeats``: the supports are shown alone), nor where
        the excerpt, in the other language, has no translation of ours to show with it."""
        if ref.excerpt is None or self.repeats(ref):
            return False
        translated = self.data.source(ref.source).language.value == self.lang or bool(
            getattr(ref, f"excerpt_{self.lang}")
        )
        return translated and supports_within_excerpt(self.tr(ref.supports), ref.excerpt)

    def text_view(self, p: Provision) -> neighbours.TextView:
        return self._once("text_view", p, neighbours.text_view)

    def _once(self, name: str, p: Provision, make: Callable[[Provision], T]) -> T:
        """``make(p)``, computed by the first edition that asks and shared with the other."""
        key = (name, p.id)
        if key not in self.shared:
            self.shared[key] = make(p)
        return cast(T, self.shared[key])

    def kind_plural(self, kind: Kind) -> str:
        return KIND_PLURAL[kind][self.lang]

    def title(self, key: str) -> str:
        return self.t[f"title.{key}"]

    def page(self, key: str) -> str:
        return paths.page(key, self.lang)

    def provision_page(self, provision_id: str) -> str:
        return paths.provision_page(provision_id, self.lang)

    def topic_page(self, topic_id: str) -> str:
        return paths.topic_page(topic_id, self.lang)

    def report_url(self, here: str, p: Provision) -> str | None:
        """A prefilled new issue in the project's repository about provision ``p`` (its page
        and its id), or None when the build does not know the repository."""
        if not self.settings.repo_url:
            return None
        t = self.t
        address = self.settings.absolute(self.site_url(here))
        query = urlencode(
            {
                "title": f"{t['report_title']} {p.ref} — {self.tr(p.heading)} ({p.id})",
                "body": f"{t['report_body']} {address}\n{t['report_provision_id']} {p.id}\n\n",
            },
            quote_via=quote,
        )
        return f"{self.settings.repo_url}/issues/new?{query}"

    def cite_address(self, here_url: str) -> dict[str, Any]:
        """The address a citation gives for the page at ``here_url``: its canonical URL when the
        build knows the site's address, else its path from the site's root (``./`` for the
        home page), marked ``relative`` so the panel says so."""
        if self.settings.site_url:
            return {"url": self.settings.absolute(here_url), "relative": False}
        return {"url": here_url or "./", "relative": True}

    def site_url(self, md_path: str) -> str:
        """Site-relative directory URL of one of this edition's pages."""
        return paths.site_url_of(md_path, self.lang)

    # --- pages ------------------------------------------------------------------------

    def render(self, template: str, here: str, origin: list[str], **values: Any) -> str:
        here_url = self.site_url(here)

        def href(target: str, anchor: str | None = None) -> str:
            """A relative ``.md`` link (MkDocs checks it in strict mode)."""
            path = paths.relative_path(here, target)
            return f"{path}#{anchor}" if anchor else path

        def url_to(target: str, anchor: str | None = None) -> str:
            """A relative directory URL, for raw HTML (which MkDocs does not rewrite)."""
            url = paths.relative_url(here_url, self.site_url(target))
            return f"{url}#{anchor}" if anchor else url

        def shared(path: str) -> str:
            """A relative URL to a file both editions share (the open data, at the site's root)."""
            return "../" * here_url.count("/") + path

        def front_matter(**meta: Any) -> Markup:
            return front_matter_text(origin, {**meta, **self.alternates(here)})

        to_sources = href(self.page("sources"))

        def link_source(source_id: str) -> Markup:
            return self.source_link(source_id, to_sources)

        try:
            return ENV.get_template(template).render(
                data=self.data,
                lang=self.lang,
                other=self.other,
                t=self.t,
                e=self,
                here=here,
                href=href,
                url_to=url_to,
                shared=shared,
                front_matter=front_matter,
                source_name=self.names.__getitem__,
                link_source=link_source,
                parts=PageParts(self, here, href, link_source),
                **values,
            )
        except (jinja2.UndefinedError, KeyError) as exc:
            raise DataErrors([template_error(template, self.lang, exc)]) from None

    def alternates(self, here: str) -> dict[str, Any]:
        """The page's twin in the other edition (``twin``: a relative URL the switch links to)
        and its ``hreflang`` alternates (absolute when the host's ``site_url`` is known)."""
        here_url = self.site_url(here)
        urls = {self.lang: here_url, self.other: paths.site_url_of(paths.twin(here, self.lang), self.other)}

        def address(url: str) -> str:
            if self.settings.site_url:
                return self.settings.site_url + url
            return paths.relative_url(here_url, url)

        return {
            "lang": self.lang,
            "twin": paths.relative_url(here_url, urls[self.other]),
            "twin_lang": self.other,
            "alternates": [[lang, address(urls[lang])] for lang in LANGUAGES] + [["x-default", address(urls["fr"])]],
        }

    def pages(self) -> dict[str, str]:
        data, lang = self.data, self.lang
        ordered = data.provisions_in_order()
        out = Outputs()  # a page whose path is taken is an error, not an overwrite
        for page in registry.PAGES:
            if page.template is None:
                continue  # hand-written: render_site copies it
            here = self.page(page.key)
            values = getattr(self, page.view)() if page.view else {}
            out[here] = self.render(page.template, here, data_files(*page.reads), **values)
        family = registry.FAMILY["provision"]
        for index, p in enumerate(ordered):
            here = self.provision_page(p.id)
            out[here] = self.render(
                family.template,
                here,
                data_files(*family.reads),
                p=p,
                previous=ordered[index - 1] if index else None,
                following=ordered[index + 1] if index + 1 < len(ordered) else None,
                neighbours=self._once("neighbours", p, lambda p: neighbours.same_topic(data, p)),
                corrections=self.corrections.get(p.id, []),
                since=self.since[p.id],
                before=self._once("before", p, lambda p: earlier_view.before_2024(data, p.id)),
                blocks=cite.provision_blocks(data, p, lang),
                jsonld=self._once("jsonld", p, lambda p: cite.provision_jsonld(data, p)),
                citation_meta=cite.citation_meta(data, p, lang),
            )
        family = registry.FAMILY["topic"]
        for topic_id, members in data.provisions_by_topic().items():
            here = self.topic_page(topic_id)
            out[here] = self.render(
                family.template,
                here,
                data_files(*family.reads),
                topic=data.topic(topic_id),
                members=members,
                excerpts={p.id: neighbours.excerpt(p) for p in members},
            )
        for r in redirects.redirects(data, lang):
            out[r.path] = self.render(
                "redirect.html.j2",
                r.path,
                [],
                p=r.provision,
                former_id=r.former_id,
                target=r.target,
                title=f"{r.provision.ref} — {self.tr(r.provision.heading)}",
                message=self.t["redirect_message"],
            )
        return out


def render_site(data: Dataset, pages: dict[str, str] | None = None, settings: Settings = DEFAULT) -> dict[str, str]:
    """Every page of both editions, as ``{path under docs/generated: Markdown}``.

    ``pages`` are the hand-written pages by edition path (``fr/methode.md``,
    ``en/methodology.md``). The files published beside the pages (search
    indexes, open data) are ``publish``'s: ``pipeline.site_files`` adds them."""
    pages = pages or {}
    drop_changed_templates()
    out = Outputs()
    shared: dict[tuple[str, str], Any] = {}
    for lang in LANGUAGES:
        edition = Edition(data, lang, settings, shared)
        files = edition.pages()
        for name, text in pages.items():
            page_lang, rel = name.split("/", 1)
            if page_lang != lang:
                continue
            if rel in files:
                raise ValueError(f"docs/pages/{HAND_WRITTEN[name]} would overwrite a generated page")
            meta = {"title": edition.title(HAND_WRITTEN_KEYS[name]), **edition.alternates(rel)}
            files[rel] = copied_page(HAND_WRITTEN[name], text, meta)
        out.update({f"{paths.EDITION_DIRS[lang]}/{name}": text for name, text in files.items()})
    return out
