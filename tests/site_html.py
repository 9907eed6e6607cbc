"""Read the built site's HTML with the standard library, as a crawler would.

``parse_page`` gives, for one HTML file, the ids it defines, the URLs it
references (with the tag and attribute that reference them), every element's
attributes, its headings, its ``<html lang>``, its scripts and styles, and its
text, each stretch with the elements it sits in and the language they declare.
Every test that reads built HTML reads it through this one parser (crawl,
privacy, hostile input, editions, accessibility, citations), so they agree on
what a page contains.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes whose value is a URL the browser follows or loads.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "cite"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass(frozen=True)
class Ref:
    tag: str
    attr: str
    url: str
    rel: str = ""


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(frozen=True)
class Text:
    """A stretch of text and where it sits: the tags open around it (outermost first) and the
    ``lang`` of the nearest element that declares one (None when none does)."""

    text: str
    tags: tuple[str, ...]
    lang: str | None

    def inside(self, *tags: str) -> bool:
        return any(tag in self.tags for tag in tags)


@dataclass
class Page:
    path: str  # relative to the site root, e.g. "texte/index.html"
    lang: str | None = None
    ids: set[str] = field(default_factory=set)
    refs: list[Ref] = field(default_factory=list)
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)  # code, not data blocks
    data_scripts: list[str] = field(default_factory=list)  # <script type="application/ld+json"> and the like
    inline_styles: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)  # <script type="application/ld+json">
    texts: list[Text] = field(default_factory=list)

    def text_where(self, keep: Callable[[Text], bool]) -> str:
        """The page's text that ``keep`` accepts, whitespace collapsed."""
        return " ".join(" ".join(t.text for t in self.texts if keep(t)).split())

    # in the page's <article>: each element with an id, with its attributes and the text it holds
    anchored: list[tuple[str, dict[str, str], str]] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self._heading: tuple[int, list[str]] | None = None
        self._raw: tuple[str, list[str]] | None = None  # inside <script> or <style>
        self._around: list[tuple[str, str | None]] = []  # the elements around the text: (tag, lang)
        self._jsonld = False
        self._article = 0  # depth inside <article>
        self._open: list[tuple[str, dict[str, str], list[str], int]] = []  # anchored elements being read
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.page.elements.append((tag, values))
        if tag == "html":
            self.page.lang = values.get("lang")
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.page.ids.add(values[name])
        for name, value in values.items():
            if name in URL_ATTRIBUTES and value:
                self.page.refs.append(Ref(tag, name, value, values.get("rel", "")))
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.refs.append(Ref(tag, name, candidate.split()[0]))
        if tag in HEADINGS:
            self._heading = (HEADINGS[tag], [])
        if tag not in VOID:
            self._depth += 1
            self._article += tag == "article" or bool(self._article)
            if self._article and values.get("id"):
                self._open.append((tag, values, [], self._depth))
        if tag in ("script", "style"):
            kind = values.get("type", "")
            self._raw = ("data" if tag == "script" and kind.endswith("json") else tag, [])
            self._jsonld = kind == "application/ld+json"
        if tag not in VOID:
            self._around.append((tag, values.get("lang")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:  # a self-closed <script/>, or SVG's <path/>: closed at once, no text inside
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        langs = [lang for _, lang in self._around if lang]
        self.page.texts.append(Text(data, tuple(tag for tag, _ in self._around), langs[-1] if langs else None))
        for _, _, parts, _ in self._open:
            parts.append(data)
        if self._heading:
            self._heading[1].append(data)
        if self._raw:
            self._raw[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if any(open_tag == tag for open_tag, _ in self._around):  # close it and anything left open inside
            while self._around.pop()[0] != tag:
                pass
        if tag not in VOID:
            while self._open and self._open[-1][3] >= self._depth:
                name, values, parts, _ = self._open.pop()
                self.page.anchored.append((name, values, " ".join("".join(parts).split())))
            self._depth -= 1
            self._article = max(0, self._article - 1) if self._article else 0
        if tag in HEADINGS and self._heading:
            level, parts = self._heading
            self.page.headings.append((level, " ".join("".join(parts).split())))
            self._heading = None
        if self._raw and tag == ("script" if self._raw[0] == "data" else self._raw[0]):
            text = "".join(self._raw[1])
            {"script": self.page.inline_scripts, "data": self.page.data_scripts, "style": self.page.inline_styles}[
                self._raw[0]
            ].append(text)
            if self._raw[0] == "data" and self._jsonld:
                self.page.jsonld.append(text)
            self._raw = None


def parse_html(text: str, path: str = "") -> Page:
    page = Page(path)
    parser = _Parser(page)
    parser.feed(text)
    parser.close()
    return page


def parse_page(site: Path, rel: str) -> Page:
    return parse_html((site / rel).read_text(encoding="utf-8"), rel)


def html_pages(site: Path) -> dict[str, Page]:
    """Every HTML page of the site, parsed, keyed by its path relative to the site root."""
    return {
        p.relative_to(site).as_posix(): parse_page(site, p.relative_to(site).as_posix())
        for p in sorted(site.rglob("*.html"))
    }


def is_external(url: str) -> bool:
    """A URL with a scheme (https:, mailto:, javascript: …) or a host (//host/…)."""
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def resolve(site: Path, page: str, url: str) -> tuple[str | None, str]:
    """The file (relative to the site root) that an internal ``url`` on ``page`` points
    to, or None if there is none, and the URL's fragment."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if not path:
        return page, unquote(parts.fragment)
    base = "" if path.startswith("/") else posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    if target.startswith(".."):
        return None, parts.fragment
    candidates = [target, posixpath.join(target, "index.html")] if target != "." else ["index.html"]
    for candidate in candidates:
        if (site / candidate).is_file():
            return candidate, unquote(parts.fragment)
    return None, unquote(parts.fragment)


# One page of each kind a reader meets, in both editions ("en-" names the English
# edition's): every page of the registry (resolution_site.pages.PAGES) and the first page
# of each family (a provision, a topic). The browser tests (privacy, accessibility, phones,
# print) open each of them, so a page added to the registry is checked without a list here.
def _kinds() -> tuple[str, ...]:
    from resolution_site import pages

    kinds = tuple(page.key for page in pages.PAGES) + tuple(family.key for family in pages.FAMILIES)
    return kinds + tuple(f"en-{kind}" for kind in kinds)


PAGE_KINDS = _kinds()


def page_path(kind: str, data_dir: Path) -> str:
    """The URL path (from the site root) of the page of ``kind`` (a registry key, "en-" for English)."""
    from resolution_site import pages, paths
    from resolution_site.pipeline import load_dataset

    lang, key = ("en", kind[3:]) if kind.startswith("en-") else ("fr", kind)
    if key in pages.BY_KEY:
        return paths.site_url_of(paths.page(key, lang), lang)
    data = load_dataset(data_dir)
    if key == "provision":
        return paths.site_url_of(paths.provision_page(data.provisions_in_order()[0].id, lang), lang)
    if key == "topic":
        return paths.site_url_of(paths.topic_page(data.topics[0].id, lang), lang)
    raise ValueError(f"unknown page kind {kind!r}")
