"""What search finds: one document per provision, from the data, and one per section of
every other page, from the page's Markdown (``sections.py``).

A provision is indexed from the data because the data knows what its page only shows:
its reference, its evidence status, and which words are its own (the wording, weighed
above its apparatus of notes and variants). Every other page is indexed from what it
shows, so a new page is searchable the day it is added to the registry (``pages.py``; its
``searched`` flag can leave it out), without a line here.

Each document carries what a result shows (its head: address, reference, title,
evidence status; the texts a snippet is cut from) and fields that are tokenised for
the inverted index, each with a weight: a word in a title counts more than a word in a
topic label, which counts more than the text. Both editions' words are indexed for each
document (a French word finds the English edition's page too); snippets are cut from the
edition's own language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit

from ... import pages as registry
from ... import paths
from ...catalogue import STRINGS, label
from ...dataset import Dataset
from ...models import Bilingual, Kind, Provision, Quote
from ...paths import page_url
from ...render.cite import provision_citation
from ...render.views import publisher
from ...text import QUOTE_MARKS, flat, plain
from .sections import RUN_END, RUN_LANG_END, RUN_START, Section, front_matter, labels, runs, sections
from .tokens import fold, words

# Field weights: title > topic > a provision's own words and labels > text.
TITLE, TOPIC, META, TEXT = 8, 4, 2, 1
WORDING = META  # a provision's own words weigh more than its notes and variants

# Ranking tiers (lower first, among results that match about as well): the resolution's own
# provisions, then pages about this act, then context about earlier acts, then the apparatus (the
# list of sources, the log of our corrections), found by its own words after what it supports: first
# the sources of the provisions themselves (of the same publisher's sources, "Reuters" first opens the
# dispatch the provisions quote), then the others.
PROVISION_TIER, VOTE_TIER, CONTEXT_TIER, EVIDENCE_TIER, APPARATUS_TIER = 0, 1, 2, 3, 4
TIER_NAMES = ("provision", "act", "earlier", "evidence", "apparatus")


@dataclass(frozen=True)
class Field:
    text: str
    lang: str  # "fr" or "en": which stemmer and stopwords apply
    weight: int
    # Does the field name the document (its title or heading, a provision's wording, a source's publisher,
    # the page it is on, what the registry says it is about)? A query word found in a name ranks the
    # document above those that only mention it (index.py: the naming bit of the postings).
    names: bool = False


@dataclass(frozen=True)
class SearchDoc:
    url: str  # relative to the edition's root
    kind: str  # a key of kinds(lang): what the result is
    title: str  # in the edition's language
    fields: tuple[Field, ...]  # searched in both languages
    tier: int = VOTE_TIER
    ref: str = ""
    status: str = ""  # a Status value, for provisions
    page: str = ""  # the page a section belongs to, shown after its kind
    texts: tuple[tuple[str, str], ...] = ()  # (lang, text) pairs that snippets are cut from
    # each text's stretches in another language than its own (sections.runs): (start, end, lang), or none at all
    runs: tuple[tuple[tuple[int, int, str], ...], ...] = ()
    # each text's attribution, shown before it (a provision's fragment: its source; a translation: ours), or none
    by: tuple[str, ...] = ()
    # the questions it answers (INTENTS), and "earlier" (EARLIER_PAGES), "later" (LATER_PAGES)
    intents: frozenset[str] = frozenset()


# The questions a section answers by what it is, whatever its words (index.py ships each intent's question words
# and its documents): "people", a section that lists people of the data in bold (the authors, the speakers,
# the senator who voted against); "dated", an entry of a timeline (an event of the context, a later event);
# "subject", the pages about the whole (SUBJECT_PAGES), which a query naming only the site's subject asks for;
# "file", the open data's sections (FILE_PAGES), which a query asking for a file or a format asks for.
# "reaction", the reactions page's sections (REACTION_PAGES), which a word for reacting asks for.
INTENTS = ("people", "dated", "subject", "file", "reaction")


def kinds(lang: str) -> dict[str, str]:
    """What each result is, in the edition's language (provision kinds reuse the schema's labels;
    a section of a page is named by its page, ``search_kind_<page key>`` where the catalogue has one)."""
    t = STRINGS[lang]
    own = [key.removeprefix("search_kind_") for key in t if key.startswith("search_kind_")]
    return {**{kind.value: label(kind, lang) for kind in Kind}, **{key: t[f"search_kind_{key}"] for key in own}}


def since(data: Dataset) -> date:
    """The day from which events and sources are about this act rather than earlier ones: its tabling."""
    value = data.identity.deposited.value
    return value if isinstance(value, date) else data.identity.adopted.value


# --- provisions, from the data -------------------------------------------------------


def _both(text: Bilingual | None, weight: int, names: bool = False) -> list[Field]:
    return (
        []
        if text is None
        else [Field(plain(text.fr, "fr"), "fr", weight, names), Field(plain(text.en, "en"), "en", weight, names)]
    )


def _plain(text: str | None, weight: int, names: bool = False) -> list[Field]:
    """A name or a figure: the same in both languages (stemmed as French, and as English)."""
    return [] if not text else [Field(text, "fr", weight, names), Field(text, "en", weight, names)]


def _quote_lang(quote: Quote) -> str:
    return "en" if quote.lang.value == "en" else "fr"


Run = tuple[int, int, str]


def _snippet_texts(data: Dataset, p: Provision, lang: str) -> list[tuple[str, str, tuple[Run, ...], str]]:
    """What a provision's snippet is cut from, as its page shows it: the wording (in English, labelled as our
    translation); each fragment and paraphrase attributed to its source, quoted in its own language or given in
    our translation, labelled as such (a blind reader saw a paraphrase shown as if it were the text). Each is
    ``(lang, text, runs, by)``: its runs in another language than the edition's (sections.runs), and who says it,
    which search.js shows before the snippet however it is cut."""
    strings = STRINGS[lang]
    ours = strings["our_translation"]
    opening, closing = QUOTE_MARKS[lang]
    shown: list[tuple[str, str, tuple[Run, ...], str]] = []
    if p.wording:
        shown.append((lang, flat(p.wording.fr), (), "") if lang == "fr" else (lang, flat(p.wording.en), (), ours))
    for q in [*p.fragments, *p.paraphrases]:
        who = publisher(data.source(q.source), lang)
        translated = q.translation_en if lang == "en" else q.translation_fr
        if q.lang.value != lang and translated:
            shown.append((lang, flat(translated), (), f"{who}, {ours[0].lower()}{ours[1:]}"))
            continue
        quoted = flat(q.text)
        found = ((len(opening), len(opening) + len(quoted), q.lang.value),) if q.lang.value != lang else ()
        shown.append((lang, f"{opening}{quoted}{closing}", found, who))
    return shown


def _aligned(found: list[tuple[Run, ...]]) -> tuple[tuple[Run, ...], ...]:
    """The runs of each text, in order, or none at all when no text has any."""
    return tuple(found) if any(found) else ()


def provision_doc(data: Dataset, p: Provision, url: str, lang: str = "fr") -> SearchDoc:
    texts: list[tuple[str, str]] = []
    if p.wording:
        texts += [("fr", p.wording.fr), ("en", p.wording.en)]
    for q in [*p.fragments, *p.paraphrases]:
        texts.append((q.lang.value, q.text))
        if q.translation_en:
            texts.append(("en", q.translation_en))
    # its names: reference, heading, topics, kind, and its own words
    fields = [*_plain(p.ref, TITLE, True), *_both(p.heading, TITLE, True)]
    fields += _plain(p.id, META, True)  # its stable name, in its address: a French slug of its subject
    for topic_id in p.topics:  # the label, and the id, which names it in one word (autodetermination)
        fields += [*_both(data.topic(topic_id).label, TOPIC, True), *_plain(topic_id, META, True)]
    fields += [Field(label(p.status, "fr"), "fr", META), Field(label(p.status, "en"), "en", META)]
    fields += [Field(label(p.kind, "fr"), "fr", META, True), Field(label(p.kind, "en"), "en", META, True)]
    own = _snippet_texts(data, p, lang)
    first_note = [] if own else [_marked_note(getattr(n, lang), lang) for n in p.notes[:1]]
    fields += [Field(text, "en" if text_lang == "en" else "fr", WORDING, True) for text_lang, text in texts]
    # its apparatus: variants of other stages, notes, inferences
    fields += [Field(q.text, _quote_lang(q), TEXT) for q in p.variants]
    for note in [*p.notes, *p.inferences, *(s.note for s in (p.wording.sic if p.wording else []))]:
        fields += _both(note, TEXT)
    return SearchDoc(
        url=url,
        kind=p.kind.value,
        ref=p.ref,
        title=flat(getattr(p.heading, lang)),
        tier=PROVISION_TIER,
        status=p.status.value,
        # its snippet: its own words; without any (its wording unknown), our first note on it
        texts=tuple((text_lang, text) for text_lang, text, _, _ in own) or tuple((lang, n) for n, _ in first_note),
        runs=_aligned([found for _, _, found, _ in own]) or tuple(found for _, found in first_note if found),
        by=tuple(by for _, _, _, by in own) if any(by for _, _, _, by in own) else (),
        fields=tuple(fields),
    )


def _marked_note(text: str, lang: str) -> tuple[str, tuple[Run, ...]]:
    """A note of ours as edition ``lang`` shows it (``text.plain``), with its quotations in another language as
    runs (``sections.runs``): a snippet sets them apart as the page does."""
    return runs(plain(text, lang, lambda quoted, words: f"{RUN_START}{quoted}{RUN_LANG_END}{words}{RUN_END}"), lang)


def cite_doc(data: Dataset, p: Provision, url: str, lang: str = "fr") -> SearchDoc:
    """The citation box of a provision's page (its ``#cite-this``): named by what it is (to cite, a citation)
    and by the provision it cites, whose wording it does not repeat. "citer l'alinéa sur l'embargo" opens it.
    Its snippet is the citation itself, up to the page's address (the box's own words, never empty)."""
    cite = " ".join(text for at, text in registry.BY_KEY["text"].about if at == "cite-this")
    names = [Field(STRINGS[other]["cite_provision"], other, TITLE, True) for other in ("fr", "en")]
    # its names weigh as the whole act's citation box's (the registry's about words, META): "BibTeX entry" opens
    # that box first, the provisions' after it; a provision's box comes first when the query names the provision
    fields = [*names, *_plain(cite, META, True), *_plain(p.ref, META, True), *_both(p.heading, META, True)]
    fields += [Field(label(p.kind, "fr"), "fr", META, True), Field(label(p.kind, "en"), "en", META, True)]
    return SearchDoc(
        url=url,
        kind=p.kind.value,
        ref=p.ref,
        title=STRINGS[lang]["cite_provision"],
        tier=VOTE_TIER,
        page=flat(getattr(p.heading, lang)),
        texts=((lang, flat(provision_citation(data, p, lang).head)),),
        fields=tuple(fields),
    )


# --- every other page, from what it shows ----------------------------------------------


def _page_keys(lang: str) -> dict[str, str]:
    """The registry's pages by their path in ``lang``'s edition (those it leaves out of search apart)."""
    return {page.path(lang): page.key for page in registry.PAGES if page.searched}


def _left_out(lang: str) -> set[str]:
    return {page.path(lang) for page in registry.PAGES if not page.searched}


def _about(key: str, anchor: str, under: str = "") -> list[Field]:
    """What the registry says the page (anchor "") or this section is about, or the ## section it sits under
    (``under``: its ### are part of it): names, in both languages."""
    page = registry.BY_KEY.get(key)
    words = [text for at, text in (page.about if page else ()) if at in ("", anchor) or (under and at == under)]
    return [field for text in words for field in _plain(text, META, True)]


def _names(data: Dataset) -> dict[tuple[str, str], list[Field]]:
    """Names the data gives a section beyond its heading, by (page key, anchor): a source is also known by
    its publisher, in each edition's words (the outlet a reader remembers: Reuters, Nor Haratch)."""
    out: dict[tuple[str, str], list[Field]] = {}
    for s in data.sources:
        out["sources", s.id] = [
            Field(publisher(s, "fr"), "fr", TITLE, True),
            Field(publisher(s, "en"), "en", TITLE, True),
        ]
    return out


# The words of an address that say nothing of its source: the scheme, "www", file extensions.
_ADDRESS_NOISE = frozenset({"http", "https", "www", "www2", "www3", "html", "htm", "php", "asp", "aspx", "pdf", "cfm"})


def address_words(url: str) -> str:
    """The words of a source's address a reader may type or paste: its host (``senat.fr``, ``legifrance``)
    and the words of its path and query (``ppr23-507``, ``?p=20230``), without the scheme, ``www`` and file
    extensions."""
    parts = urlsplit(url)
    found = re.split(r"[^\w]+|_", f"{parts.hostname or ''} {unquote(parts.path)} {unquote(parts.query)}")
    return " ".join(word for word in found if word and word.casefold() not in _ADDRESS_NOISE)


def _hosts(data: Dataset) -> dict[tuple[str, str], str]:
    """Each source's host as written, without ``www.`` (``senat.fr``: a unit, and its labels, see tokens), by
    (page key, anchor)."""
    return {("sources", s.id): re.sub(r"^www\d*\.", "", urlsplit(s.url).hostname or "") for s in data.sources}


def _addresses(data: Dataset) -> dict[tuple[str, str], list[Field]]:
    """A source's address, shown on the sources page as a link (which section texts leave out): its host
    names the source (a reader pastes ``senat.fr``), the words of its path are text."""
    hosts = _hosts(data)
    out: dict[tuple[str, str], list[Field]] = {}
    for s in data.sources:
        out["sources", s.id] = [*_plain(hosts["sources", s.id], META, True), *_plain(address_words(s.url), TEXT)]
    return out


def _listed_hosts(key: str, own: Sequence[Section], hosts: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """The hosts of the sources each heading lists, by the heading's anchor: "sources officielles senat.fr"
    finds the list of official sources, which shows their addresses."""
    out: dict[str, list[str]] = {}
    heading = ""
    for section in own:
        if section.level in (2, 3):
            heading = section.anchor
        elif section.level == 4 and (key, section.anchor) in hosts:
            out.setdefault(heading, []).append(hosts[key, section.anchor])
    return {anchor: " ".join(dict.fromkeys(found)) for anchor, found in out.items()}


def _contents(own: Sequence[Section]) -> dict[str, str]:
    """The titles of the sections right under each section, by its anchor: what a heading with no text of its own
    (a page that opens on its sections, a year of a timeline) shows as its snippet."""
    out: dict[str, str] = {}
    for n, section in enumerate(own):
        under: list[Section] = []
        for later in own[n + 1 :]:
            if later.level <= section.level:
                break
            under.append(later)
        top = min((s.level for s in under), default=0)  # the headings right under it, not the elements under those
        out[section.anchor] = " · ".join(s.title for s in under if s.level == top)
    return out


def _row_keys(own: Sequence[Section]) -> dict[str, str]:
    """What the rows of a table set in bold (the vote's figures), by the anchor of the section the table is
    in: they name that section too, which shows them together ("336 to 1" opens the vote, not one row)."""
    out: dict[str, list[str]] = {}
    heading = ""
    for section in own:
        if section.level in (2, 3):
            heading = section.anchor
        elif section.level == 4 and section.lines and section.lines[0].lstrip().startswith("<tr"):
            out.setdefault(heading, []).append(section.keys())
    return {anchor: " · ".join(found) for anchor, found in out.items()}


def _people(data: Dataset) -> frozenset[str]:
    """The folded names of the people the data names (authors, speakers, the senator who voted against…)."""
    return frozenset(fold(flat(str(person.name))) for person in data.people)


def _intents(
    key: str, section: Section, twin: Section | None, people: frozenset[str], dated: frozenset[str]
) -> frozenset[str]:
    """The questions ``section`` answers by what it is (INTENTS)."""
    said = (*section.bold, *(twin.bold if twin else ()))
    bold = {fold(name.strip()) for text in said for name in text.split("·")}
    found = {"people"} if bold & people else set()
    if f"{key}#{section.anchor.partition('--')[0]}" in dated:
        found.add("dated")
    if key in FILE_PAGES:
        found.add("file")
    if key in REACTION_PAGES:
        found.add("reaction")
    return frozenset(found)


def _dated(data: Dataset) -> dict[tuple[str, str], tuple[str, object]]:
    """Sections the data dates, by (page key, anchor): their kind and date."""
    out: dict[tuple[str, str], tuple[str, object]] = {}
    for e in data.context:  # an event the resolution bears on (its provisions say so) is about this act, whenever
        out["context", e.id] = ("event", None if e.provisions else e.date)
    quoted = (q.source for p in data.provisions for q in [*p.variants, *p.fragments, *p.paraphrases])
    evidence = {*(ref.source for p in data.provisions for ref in p.sources), *quoted}
    for s in data.sources:  # the site's apparatus: found by its own words, after what it supports
        out["sources", s.id] = ("source", "evidence" if s.id in evidence else "apparatus")
    for c in data.corrections:  # the log of our own changes: about the site, not the act
        out["corrections", c.id] = ("page", "apparatus")
    return out


# Pages about earlier acts: their detailed sections (### headings, elements) are context, ranked with the
# events before this act; the page and its ## sections stay with this act's pages (a query naming the earlier
# resolutions opens them).
EARLIER_PAGES = frozenset({"earlier"})
# Pages about what came after this act: a query whose years all precede it asks for something else ("what happened
# in September 2023" opens the timeline, not the since page's entries under O1, whose heading says "2023").
LATER_PAGES = frozenset({"since"})
# Pages about the whole subject: the home page, the text, its context. A query that names only the region
# ("Karabakh", "Artsakh") says nothing of which section is wanted: these pages come first (questions.py).
SUBJECT_PAGES = frozenset({"home", "text", "context"})
# Pages that give the files (the open data: each file, its format, its licence).
FILE_PAGES = frozenset({"open-data"})
# Pages that gather the reactions to this act ("réaction de l'Azerbaïdjan", "Baku response").
REACTION_PAGES = frozenset({"reactions"})
# Pages whose sections are headed by a sentence rather than a name (the log of corrections).
SENTENCE_HEADED = frozenset({"corrections"})


def _tier(when: object, cutoff: date) -> int:
    """A (partial) date from ``cutoff`` on is about this act; before it, about earlier ones."""
    if when is None:
        return VOTE_TIER
    if when == "apparatus":
        return APPARATUS_TIER
    if when == "evidence":
        return EVIDENCE_TIER
    return VOTE_TIER if str(when) >= cutoff.isoformat()[: len(str(when))] else CONTEXT_TIER


def _page_title(path: str, markdown: str) -> str:
    for line in front_matter(markdown).splitlines():
        if line.startswith("title:"):
            return flat(line.removeprefix("title:").strip().strip('"'))
    return path


def page_docs(data: Dataset, pages: Mapping[str, str], lang: str, twins: Mapping[str, str]) -> list[SearchDoc]:
    """One document per section of each page of ``pages`` (an edition's Markdown by path),
    with the words of the same section in the other edition (``twins``, by path there).
    Provision pages are left to ``provision_doc``."""
    other = "en" if lang == "fr" else "fr"
    keys, left_out = _page_keys(lang), _left_out(lang)
    known = kinds(lang)
    dated = _dated(data)
    named = _names(data)
    for at, fields in _addresses(data).items():
        named[at] = [*named.get(at, []), *fields]
    hosts = _hosts(data)
    cutoff = since(data)
    people = _people(data)
    timeline = frozenset([*(f"context#{e.id}" for e in data.context), *(f"since#{e.id}" for e in data.since)])
    docs = []
    for path in sorted(pages):
        markdown = pages[path]
        meta = front_matter(markdown)
        if not path.endswith(".md") or "\nprovision:" in f"\n{meta}" or path in left_out:
            continue
        key = keys.get(path) or (f"{paths.TOPIC_DIR[lang]}/" in path and "topic") or "page"
        page_title = _page_title(path, markdown)
        own = sections(markdown, page_title)
        listed = _listed_hosts(key, own, hosts)
        rows = _row_keys(own)
        contents = _contents(own)
        try:
            twin_path = paths.twin(path, lang)
        except KeyError:
            twin_path = ""
        twin_sections = {s.anchor: s for s in sections(twins[twin_path])} if twin_path in twins else {}
        own_labels, twin_labels = labels(own), labels(twin_sections.values())
        twin_title = _page_title(twin_path, twins[twin_path]) if twin_path in twins else ""
        base = page_url(path)
        under = ""  # the anchor of the ## the section sits under
        for section in own:
            under = section.anchor if section.level == 2 else "" if section.level == 1 else under
            text, foreign = runs(section.marked, lang)
            text_lang = lang
            if len(foreign) == 1 and foreign[0][:2] == (0, len(text)):  # all of it in another language
                text_lang, foreign = foreign[0][2], ()
            twin = twin_sections.get(section.anchor)
            # its names: its heading, what it sets in bold, the page it is on, what the registry says
            # a correction's heading is a sentence saying what changed: it tells what the entry says, it does not
            # name it (a query reaches the log by its name, "corrections", or by the entry's words)
            naming = not (key in SENTENCE_HEADED and section.level > 1)
            fields = [Field(section.title, lang, TITLE, naming)]
            if twin is not None:
                fields.append(Field(twin.title, other, TITLE, naming))
            if section.level == 1:
                fields.append(Field(twin_title, other, TITLE, True))
            else:  # the page's names and the heading it sits under say what the section is about
                fields += [Field(name, lang, META, True) for name in dict.fromkeys((page_title, own[0].title))]
                fields += [Field(twin_title, other, META, True)]
                fields += [Field(section.parent, lang, META)] + ([Field(twin.parent, other, META)] if twin else [])
            fields += [*named.get((key, section.anchor), []), *_about(key, section.anchor, under)]
            # its stable name, in its address (as a provision's id): an event's id is a French slug of its subject
            # ("pachinian-ecarte-le-retour"); on the since page, the part before "--" (the provision it is under).
            # Only the words its heading does not say: the heading already names the section by them.
            headed = _title_words(section.title) | _title_words(twin.title if twin else "")
            slug = [word for word in section.anchor.partition("--")[0].split("-") if fold(word) not in headed]
            fields += _plain(" ".join(slug), META, True)
            fields += [*_plain(listed.get(section.anchor), TEXT), *_plain(rows.get(section.anchor), META, True)]
            fields += [Field(section.keys(own_labels), lang, TOPIC, naming), Field(section.lead, lang, META)]
            fields += [Field(section.own_text, lang, TEXT), Field(section.expansions, lang, TEXT)]
            if twin is not None:
                fields += [
                    Field(twin.keys(twin_labels), other, TOPIC, naming),
                    Field(twin.lead, other, META),
                    Field(twin.own_text, other, TEXT),
                    Field(twin.expansions, other, TEXT),
                ]
            # its snippet: its text, else the titles under it (a heading with no text of its own)
            shown = ((text_lang, text),) if text else ((lang, contents[section.anchor]),)
            kind, when = dated.get((key, section.anchor), (key.replace("-", "_"), None))
            if kind not in known or section.level == 1:
                kind = "page" if section.level == 1 or key == "page" else kind
            docs.append(
                SearchDoc(
                    base + (f"#{section.anchor}" if section.anchor else ""),
                    kind if kind in known else "page",
                    section.title,
                    tuple(f for f in fields if f.text),
                    tier=(
                        EVIDENCE_TIER
                        if section.evidence
                        else CONTEXT_TIER
                        if key in EARLIER_PAGES and section.level >= 3
                        else _tier(when, cutoff)
                    ),
                    # the page's name once: not when the section is the page, nor when its kind already says it
                    page="" if page_title in (section.title, known.get(kind)) else page_title,
                    texts=shown if shown[0][1] else (),
                    runs=(foreign,) if text and foreign else (),
                    intents=_intents(key, section, twin, people, timeline)
                    | ({"earlier"} if key in EARLIER_PAGES and section.level >= 3 else set())
                    | ({"later"} if key in LATER_PAGES else set())
                    | ({"subject"} if key in SUBJECT_PAGES and section.level == 1 else set()),
                )
            )
    return docs


@functools.lru_cache(maxsize=8192)  # a heading is read in its edition and as the twin of the other's
def _title_words(title: str) -> frozenset[str]:
    """The folded words of a heading."""
    return frozenset(fold(word) for word in words(title))


def documents(
    data: Dataset, pages: Mapping[str, str] | None = None, lang: str = "fr", twins: Mapping[str, str] | None = None
) -> list[SearchDoc]:
    """Every searchable section of an edition, in a stable order: provisions in text order first.

    ``pages`` are the edition's pages (Markdown by path in the edition), ``twins`` the other
    edition's."""
    provisions = data.provisions_in_order()
    docs = [provision_doc(data, p, f"{page_url(paths.provision_page(p.id, lang))}#{p.id}", lang) for p in provisions]
    # each provision page's citation box, once the site has pages (it is on the provision's page)
    cites = [cite_doc(data, p, f"{page_url(paths.provision_page(p.id, lang))}#cite-this", lang) for p in provisions]
    return docs + page_docs(data, pages or {}, lang, twins or {}) + (cites if pages else [])
