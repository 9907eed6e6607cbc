"""The sections a reader sees on a page, read back from the page's own Markdown.

Search indexes what the pages show, not a second description of them: every
page of an edition is cut into its sections, each opened at its anchor. A
section is the page's top (its ``#`` heading and the text before the first
``##``), each ``##`` and ``###`` heading with the text under it, and each
element the templates give an ``id`` (a row of the vote's table, an open-data
file, a source, a background note): what a reader can link to is what search
can open.

Left out, each for a reason:

- a heading or element marked ``data-provision`` (the full text shows each
  provision; the provision is indexed once, by its own document, from the data);
- an element marked ``data-search-exclude`` (a provision's tool bar: the same
  words on every page);
- a heading that is only a link to another page (a list of that page, which
  is indexed itself).

The Markdown is the one our templates write (``render/templates/``): blocks
start at the beginning of a line, an element with an ``id`` opens its line,
and ends on it or at its closing tag on a line of its own.
``tests/test_search_completeness.py`` checks the result against the built HTML.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from markdown.extensions.toc import slugify as toc_slugify

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$")
_ELEMENT = re.compile(r"^\s*<([a-z][a-z0-9]*)\b([^>]*)>")
_ID = re.compile(r'\bid="([^"]+)"')
_HASH_ID = re.compile(r"(?:^|\s)#([\w-]+)")
_LINK = re.compile(r"!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)(?:\{[^}]*\})?")
# A link to another page of the site (a cross-reference) or a source cited (an <a>, to the source's own page):
# their words name what is indexed where it is shown. A Markdown link out of the site keeps its words: it names
# what no page indexes (a licence, a decision of the Constitutional Council).
_LINK_AWAY = re.compile(r"!?\[(?:\\.|[^\]\\])*\]\((?!#|https?://)[^)]*\)(?:\{[^}]*\})?|<a\b[^>]*>.*?</a>")
_ONLY_LINK = re.compile(r"^\[(?:\\.|[^\]\\])*\]\([^)]*\)$")
_TAG = re.compile(r"<[^>]+>")
# A tag of an element in another language than the page's, and its end (``marked``): the languages of a snippet.
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_LANG = re.compile(r'\blang="([a-z]{2})(?:-[A-Za-z]+)?"')
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Where a run in another language starts ("\x02fr\x03") and ends ("\x04") in a marked text: characters no page
# holds, which str.split() does not take for white space.
RUN_START, RUN_LANG_END, RUN_END = "\x02", "\x03", "\x04"
_RUN_MARK = re.compile("(\x02[a-z]{2}\x03|\x04)")
_ESCAPE = re.compile(r"\\(.)")
# A tag becomes a space (two cells, two labels stay two words); inside brackets and before a
# comma or full stop, that space was not in the text: "LR (<span>Les Républicains</span>)".
_TAG_SPACE = re.compile(r"(?<=[(\[“‘]) | (?=[)\]”’,.])")
# Every match starts at one of {*_` : the lookahead lets the engine skip the rest (4× faster).
_MARKUP = re.compile(r"(?=[{*_`])(?:\{[:#.][^}]*\}|\*\*|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.|>)\s+", re.M)
_RULE_CELL = re.compile(r":?-{3,}:?")  # a cell of the rule under a table's header
_FIRST_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.S)
_STRONG = re.compile(r"\*\*(.+?)\*\*|<strong\b[^>]*>(.*?)</strong>")
_FIRST_NAME = re.compile(r"<(strong|code|dfn)\b[^>]*>(.*?)</\1>", re.S)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary>", re.S)
_ABBR_TITLE = re.compile(r'<abbr\b[^>]*\btitle="([^"]*)"')

_FIRST_GROUP = operator.itemgetter(1)  # a match's first group, in C (a "\\1" template is expanded in Python)

TITLE_LENGTH = 90  # an element without a heading of its own is titled by its first words


@dataclass
class Section:
    anchor: str  # "" for the page's top
    level: int  # 1 the page's top, 2 and 3 headings, 4 an element with an id
    title: str
    parent: str = ""  # the title of the ## a ### (or an element) sits under
    lines: list[str] = field(default_factory=list)
    # an element that lists the evidence for what its page says (data-search-evidence: the sources under the
    # vote's table), ranked with the sources rather than with what it supports
    evidence: bool = False

    @functools.cached_property
    def text(self) -> str:
        return unmarked(self.marked)

    @functools.cached_property
    def marked(self) -> str:
        """The text with its runs in a language set apart (``marked``): what its snippet is cut from."""
        return plain("\n".join(self.lines), marks=True)

    @functools.cached_property
    def own_text(self) -> str:
        """The text without the words of its links to other pages (a source cited, a cross-reference):
        they name another page, which is indexed itself (``_LINK_AWAY``)."""
        markdown = "\n".join(self.lines)
        if "](" not in markdown and "<a" not in markdown:  # no link away (most sections): its text
            return self.text
        return plain(_LINK_AWAY.sub(" ", markdown))

    @functools.cached_property
    def expansions(self) -> str:
        """What its abbreviations stand for (an ``<abbr>``'s title, shown on hover and read by screen readers):
        "LR" is a "groupe politique du Sénat", which the text itself does not say."""
        lines = (line for line in self.lines if "<abbr" in line)
        found = (html.unescape(m.group(1)) for line in lines for m in _ABBR_TITLE.finditer(line))
        return " · ".join(dict.fromkeys(found))

    @functools.cached_property
    def bold(self) -> tuple[str, ...]:
        """What the section sets in bold, each once: the names of a list, the figure of a row, a source's
        title; or a label ("Our reading"), which ``labels`` tells apart."""
        found = (m.group(1) or m.group(2) for line in self.lines for m in _STRONG.finditer(line))
        return tuple(dict.fromkeys(plain(text) for text in found))

    def keys(self, labels: frozenset[str] = frozenset()) -> str:
        """What the section sets in bold, the page's labels apart: the names it gives."""
        return " · ".join(text for text in self.bold if text not in labels)

    @functools.cached_property
    def lead(self) -> str:
        """The section's first paragraph (an element's first line): what it is about."""
        block: list[str] = []
        for line in self.lines:
            if not line.strip() and block:
                break
            if line.strip():
                block.append(_LINK_AWAY.sub(" ", line))
            if self.level == 4:
                break
        return plain("\n".join(block))


# A bold text in this many sections of one page or more is a label ("Notre lecture", "Our reading"), not a
# name: it names none of them.
LABEL_FROM = 3


def labels(page: Iterable[Section]) -> frozenset[str]:
    """The bold texts that ``LABEL_FROM`` sections of ``page`` or more set."""
    counted = Counter(text for section in page for text in section.bold)
    return frozenset(text for text, count in counted.items() if count >= LABEL_FROM)


def _table_cells(markdown: str) -> str:
    """A Markdown table as a reader sees it: each row's cells, " · " apart, without the pipes and the rule under
    the header (a snippet cut from the statuses' table showed "| Statut | Sens | |---|---|")."""
    rows = []
    for line in markdown.split("\n"):
        row = line.strip()
        if len(row) > 1 and row[0] == "|" and row[-1] == "|":
            cells = [cell.strip() for cell in row[1:-1].split("|")]
            if all(_RULE_CELL.fullmatch(cell) for cell in cells):
                continue
            line = " · ".join(cells)
        rows.append(line)
    return "\n".join(rows)


def _lang_tags(markdown: str) -> str:
    """``markdown`` with each tag a space, an element's ``lang`` kept as marks around its text: its start before
    the space that replaces its opening tag, its end after the one that replaces its closing tag ("(<span
    lang="fr">Vu</span>)" keeps its brackets against the words once ``_TAG_SPACE`` has run)."""
    out: list[str] = []
    open_tags: list[tuple[str, bool]] = []  # (name, carries a lang) of each element open here
    at = 0
    for tag in _ANY_TAG.finditer(markdown):
        out.append(markdown[at : tag.start()])
        at = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            ended = False
            while open_tags:
                opened, carries = open_tags.pop()
                ended |= carries
                if opened == name:
                    break
            out.append(RUN_END + " " if ended else " ")
            continue
        lang = _LANG.search(attributes)
        if name not in _VOID and not attributes.rstrip().endswith("/"):
            open_tags.append((name, bool(lang)))
        out.append(f" {RUN_START}{lang.group(1)}{RUN_LANG_END}" if lang and name not in _VOID else " ")
    out.append(markdown[at:])
    return "".join(out)


def unmarked(text: str) -> str:
    """A marked text (``plain(..., marks=True)``) without its marks: the words alone."""
    return _RUN_MARK.sub("", text) if RUN_END in text else text


def runs(marked: str, lang: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """A marked text cut into its words and the runs in another language than ``lang`` in them: ``(start, end,
    language)``, in order, the innermost language of each stretch, runs of ``lang`` itself left out (they
    read as the text around them)."""
    if RUN_START not in marked:
        return unmarked(marked), ()
    out: list[tuple[int, int, str]] = []
    words: list[str] = []
    langs = [lang]
    length = 0
    start = 0  # where the run of the current language began
    for piece in _RUN_MARK.split(marked):
        if not piece:
            continue
        if piece == RUN_END or piece[0] == RUN_START:
            if langs[-1] != lang and length > start:
                out.append((start, length, langs[-1]))
            if piece[0] == RUN_START:
                langs.append(piece[1:3])
            elif len(langs) > 1:
                langs.pop()
            start = length
            continue
        words.append(piece)
        length += len(piece)
    if langs[-1] != lang and length > start:
        out.append((start, length, langs[-1]))
    text = "".join(words)
    return text, tuple(_trimmed(text, out))


def _trimmed(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Runs without the white space at their ends, those of the same language that touch joined, empty ones gone."""
    out: list[tuple[int, int, str]] = []
    for start, end, lang in found:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if out and out[-1][2] == lang and not text[out[-1][1] : start].strip():
            start = out.pop()[0]
        out.append((start, end, lang))
    return out


def plain(markdown: str, marks: bool = False) -> str:
    """The words a reader sees in a stretch of our Markdown: links keep their text, markup goes. With ``marks``,
    what an element says in a language of its own is marked (``runs`` reads the marks, ``unmarked`` drops them)."""
    # (a pattern whose every match holds a character the text lacks is not run: most have no link)
    markdown = _table_cells(markdown) if "|" in markdown else markdown
    text = _LINK.sub(_FIRST_GROUP, markdown) if "[" in markdown else markdown
    text = _lang_tags(text) if marks and 'lang="' in text else _TAG.sub(" ", text)
    text = _BULLET.sub(" ", text)
    text = _MARKUP.sub("", text)
    text = _ESCAPE.sub(_FIRST_GROUP, text) if "\\" in text else text
    text = " ".join(html.unescape(text).split())  # str.split's white space is the \s of re
    return _TAG_SPACE.sub("", text) if "( " in text or " )" in text or " ," in text or " ." in text else text


def front_matter(markdown: str) -> str:
    match = _FRONT_MATTER.match(markdown)
    return match.group(1) if match else ""


def _excluded(attributes: str) -> bool:
    return "data-provision" in attributes or "data-search-exclude" in attributes


def _element_title(block: list[str], text: str) -> str:
    """A disclosure is named by its summary; a row by its first cells; another element by its first name
    in bold, code or a definition, else by its first words."""
    first_line = block[0]
    summary = _SUMMARY.search("\n".join(block[:3]))
    if summary and plain(summary.group(1)):
        return plain(summary.group(1))
    for pattern, group in ((_FIRST_CELL, 1), (_FIRST_NAME, 2)):
        found = [plain(m.group(group)) for m in pattern.finditer(first_line)][: 2 if pattern is _FIRST_CELL else 1]
        if found and found[0]:
            return " — ".join(part for part in found if part)
    if len(text) <= TITLE_LENGTH:
        return text
    return text[:TITLE_LENGTH].rsplit(" ", 1)[0] + " …"


def sections(markdown: str, page_title: str = "") -> tuple[Section, ...]:
    """The page's sections in page order, the page's top first (titled ``page_title``
    when the page has no ``#`` heading)."""
    found = _sections(markdown)
    if found[0].title or not page_title:
        return found
    return (dataclasses.replace(found[0], title=page_title), *found[1:])


@functools.lru_cache(maxsize=1024)
def _sections(markdown: str) -> tuple[Section, ...]:
    """``sections`` with the top untitled when the page has no ``#`` heading. Each edition's
    index reads every page twice, as its own and as its twin's, so the sections of a page and
    their texts (cached on each ``Section``) are made once a build (``forget`` empties the
    cache after both indexes): read only, never changed."""
    front = _FRONT_MATTER.match(markdown)
    body = _COMMENT.sub("", markdown[front.end() :] if front else markdown)
    top = Section("", 1, "")
    out = [top]
    current: Section | None = top  # None while in an excluded section
    h2_title = ""
    seen: set[str] = set()
    lines = body.split("\n")
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        heading = _HEADING.match(line)
        if heading:
            hashes, title_md, attributes = heading.group(1), heading.group(2), heading.group(3) or ""
            title = plain(title_md)
            level = len(hashes)
            if level == 1:
                top.title = title or top.title
                current = top
                continue
            hash_id = _HASH_ID.search(attributes)
            slug = hash_id.group(1) if hash_id else _unique(toc_slugify(title, "-"), seen)
            seen.add(slug)
            if level == 2:
                h2_title = title
            if _excluded(attributes) or _ONLY_LINK.match(title_md.strip()):
                current = None
                continue
            current = Section(slug, level, title, h2_title if level == 3 else "")
            out.append(current)
            continue
        element = _ELEMENT.match(line)
        element_id = _ID.search(element.group(2)) if element else None
        if element and element_id:
            tag, attributes = element.group(1), element.group(2)
            block = [line]
            if f"</{tag}>" not in line:  # runs to its closing tag, on a line of its own
                depth = 1
                while at < len(lines) and depth:
                    depth += lines[at].count(f"<{tag}") - lines[at].count(f"</{tag}>")
                    block.append(lines[at])
                    at += 1
            if _excluded(attributes):
                continue
            anchor = element_id.group(1)
            seen.add(anchor)
            marked = plain("\n".join(block), marks=True)
            text = unmarked(marked)
            parent = (current.title if current is not None and current.level > 1 else "") or h2_title
            found = Section(anchor, 4, _element_title(block, text), parent, block, "data-search-evidence" in attributes)
            found.__dict__["text"] = text  # its text (a cached_property) is the one its title was cut from
            found.__dict__["marked"] = marked
            out.append(found)
            continue
        if current is not None:
            current.lines.append(line)
    return tuple(out)


def forget() -> None:
    """Drop the sections read so far: the next build's pages are new."""
    _sections.cache_clear()


def _unique(slug: str, seen: set[str]) -> str:
    """Python-Markdown's toc numbers repeated slugs ``slug_1``, ``slug_2``…"""
    candidate, n = slug, 0
    while candidate in seen:
        n += 1
        candidate = f"{slug}_{n}"
    return candidate
