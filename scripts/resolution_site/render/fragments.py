"""The fragments every provision page repeats many times (a quote, a list of sources, the links to
other provisions), built in Python rather than in Jinja macros: a page shows dozens of them, and
each value a macro prints costs a call through Jinja's runtime (about a third of the pipeline's
render time at 100× data went there). They print exactly what the macros they stand for printed,
escaped as Jinja's autoescape escaped it: ``escape`` on every value that is not already
``Markup``, ``md`` (``environment._md_cached``) where the template said ``|md``. The macros in
``_macros.md.j2`` keep their names and call these, so the templates read as before.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from .environment import _md_cached, our_translation

if TYPE_CHECKING:
    from ..models import Provision, Rating, SourceRef, Topic
    from . import Edition


class PageParts:
    """The fragments of one page of edition ``e`` (``here``): links are relative to it (``href``),
    sources link to the sources page (``link_source``)."""

    def __init__(self, e: Edition, here: str, href: Callable[..., str], link_source: Callable[[str], Markup]):
        self.e, self.href, self.link_source = e, href, link_source
        self.folder = posixpath.dirname(here)  # what a relative link depends on
        self.lang, self.t = e.lang, e.t

    def md(self, text: Any) -> Markup:
        """The ``md`` filter, in this page's edition."""
        return _md_cached(str(text), self.lang)

    def excerpt_of(self, ref: SourceRef) -> Markup:
        """A source's words, marked with the source's language; in the other edition, followed by
        our translation (``excerpt_en``, ``excerpt_fr``), marked unofficial."""
        if not ref.excerpt:
            return Markup("")
        quoted = self.e.data.source(ref.source).language.value
        ours = getattr(ref, f"excerpt_{self.lang}")
        out = f'<q class="source-excerpt" lang="{escape(quoted)}">{self.md(ref.excerpt)}</q>'
        if ours and quoted != self.lang:
            out += f' <span class="excerpt-translation">{our_translation(ours, self.lang)}</span>'
        return Markup(out)

    def source_refs(self, refs: Iterable[SourceRef]) -> Markup:
        """One list item per source: its link, where in it, what it supports (or the excerpt that
        says it), and its excerpt where the supports do not already quote it whole."""
        e, colon = self.e, str(escape(self.t["colon"]))
        lines = []
        for ref in refs:
            line = f"- {self.link_source(ref.source)}"
            if ref.locator:
                line += f" ({self.md(ref.locator)})"
            if ref.consistent_only:
                line += f" ({escape(self.t['consistent_only'])})"
            line += colon
            if e.within_excerpt(ref):
                line += str(self.excerpt_of(ref))
            else:
                line += str(self.md(e.tr(ref.supports)))
                if ref.excerpt and not e.repeats(ref):
                    line += f"<br>{self.excerpt_of(ref)}"
            lines.append(line + "\n")
        return Markup("".join(lines))

    def quote(self, q: Any, anchor: str | None = None) -> Markup:
        """Words as a source gives them (a ``Quote``, or a ``Said`` which has no stage), with where
        they come from, our translation in this edition where there is one, and our note.
        ``anchor``: the id of the report a provision page's text column shows whole, which the list
        of what is known points up to (``pointer``)."""
        e, t = self.e, self.t
        out = [self._blockquote(q, anchor)]
        if hasattr(q, "stage"):
            out.append(f" · {self._stage(q)}")
        out.append(f" — {self.link_source(q.source)}")
        if q.locator:
            out.append(f" ({self.md(q.locator)})")
        out.append("</p>\n")
        ours = q.translation_en if self.lang == "en" else q.translation_fr if self.lang == "fr" else None
        if ours:
            out.append(
                f'\n<p class="quote-translation" lang="{self.lang}" markdown>'
                f"{escape(t['our_translation'])}{escape(t['colon'])}{self.md(ours)}</p>\n"
            )
        if q.note:
            out.append(f'\n<p class="note" markdown>{self.md(e.tr(q.note))}</p>\n')
        return Markup("".join(out))

    def pointer(self, q: Any, anchor: str) -> Markup:
        """In the list of what is known of a provision's wording, the report its text column shows
        whole at the top of the page: what it is and where from, and a link up to it, not its
        words a second time."""
        kind = escape(self.e.label(q.kind).capitalize()) + escape(self.t["colon"])
        up = f'<a href="#{escape(anchor)}">{escape(self.t["report_above"])}</a>'
        return Markup(f'<p class="quote-meta quote-pointer" markdown>{kind}{up} — {self.link_source(q.source)}</p>\n')

    def _stage(self, q: Any) -> str:
        """Which version of the text a quote is of ("version : texte adopté"), never a bare stage
        that would read as a claim that the words are that text."""
        return f"{escape(self.t['quote_stage'])}{escape(self.t['colon'])}{escape(self.e.label(q.stage))}"

    def _blockquote(self, q: Any, anchor: str | None) -> str:
        """A quote's words, and the opening of the line that says what they are."""
        e = self.e
        the_id = f' id="{escape(anchor)}"' if anchor else ""
        return (
            f'<blockquote{the_id} class="quote quote--{escape(q.kind.value)}" lang="{escape(q.lang.value)}"'
            f' cite="{escape(e.data.source(q.source).url)}" markdown>\n\n{self.md(q.text)}\n\n</blockquote>\n\n'
            f'<p class="quote-meta" markdown>{escape(e.label(q.kind).capitalize())}'
        )

    def cell_quote(self, q: Any) -> Markup:
        """A quote in a cell of the comparison with the earlier resolutions: its words, what they
        are, their source by name, and our translation in this edition where there is one."""
        t = self.t
        out = f"{self._blockquote(q, None)} · {self._stage(q)} — {self.source_by_name(q.source)}</p>"
        ours = q.translation_en if self.lang == "en" else q.translation_fr if self.lang == "fr" else None
        if ours:  # one newline, as the macro printed it (trim_blocks ate the second, after its {% if %})
            out += (
                f'\n<p class="quote-translation" lang="{self.lang}" markdown>'
                f"{escape(t['our_translation'])}{escape(t['colon'])}{self.md(ours)}</p>"
            )
        return Markup(out)

    def source_by_name(self, source_id: str) -> Markup:
        """A Markdown link to a source on the sources page, its link text its plain name."""
        to = escape(self.href(self.e.page("sources"), source_id))
        return Markup(f"[{self.md(str(self.e.names[source_id]))}]({to})")

    def act_name(self, act: Any, year: Any) -> Markup:
        """An earlier act: its chamber and year (« Sénat, 2022 »)."""
        return Markup(f"{escape(self.e.label(act.chamber))}, {escape(year)}")

    def rating(self, r: Rating) -> Markup:
        """How sure we are of one aspect of a provision, and the sources that say so."""
        e, t = self.e, self.t
        out = (
            f'{escape(e.label(r.about))}{escape(t["colon"])}<span class="confidence confidence--'
            f'{escape(r.confidence.value)}">{escape(e.confidence_level(r.confidence))}</span>'
        )
        if r.derived:
            out += f" ({escape(t['inference'])})"
        out += f" — {escape(t['list_separator']).join(self.link_source(s) for s in r.sources)}"
        if r.note:
            out += f". {self.md(e.tr(r.note))}"
        return Markup(out)

    def provision_link(self, p: Provision, before: str = "", after: str = "") -> Markup:
        """A Markdown link to provision ``p``'s page: its ref and heading (``before`` and ``after``
        them: an arrow). The same from every page of a folder (a provision's neighbours are linked
        from many provision pages), so built once per folder (``Edition.provision_links``)."""
        key = (self.folder, p.id, before, after)
        link = self.e.provision_links.get(key)
        if link is None:
            target = escape(self.href(self.e.provision_page(p.id)))
            link = Markup(f"[{before}{self.md(p.ref)} — {self.md(self.e.tr(p.heading))}{after}]({target})")
            self.e.provision_links[key] = link
        return link

    def same_topic(self, neighbours: Iterable[tuple[Topic, list[Provision], int]]) -> Markup:
        """Each of a provision's topics, with the other provisions on it (``neighbours.same_topic``):
        a nested Markdown list, one line each."""
        e, t = self.e, self.t
        lines = []
        for topic, others, more in neighbours:
            to_topic = escape(self.href(e.topic_page(topic.id)))
            lines.append(f"- **[{self.md(e.tr(topic.label))}]({to_topic})**\n")
            lines.extend(f"    - {self.provision_link(o)}\n" for o in others)
            if not others:
                lines.append(f"    - {escape(t['no_other'])}\n")
            if more:
                lines.append(f"    - [{escape(t['more_on_topic'].format(n=more))}]({to_topic})\n")
        return Markup("".join(lines))
