"""The site's search index, built from the data (never scraped from HTML).

One document per provision (its result opens the provision page at the provision's
own anchor), per topic, source, context event and reported discrepancy, and
one per top page. Each document carries what a result shows (its head: address,
reference, heading, evidence status, in the index; the texts a snippet is cut from,
in the display shards) and fields that are tokenised for the inverted index, each
with a weight: a word in a title counts more than a word in a topic label, which
counts more than the text.

Tokenising: words are split on anything that is not a letter or a digit
(hyphens included), French elisions are stripped (``l'exode`` → ``exode``),
stopwords dropped, then each word is stemmed with the Snowball stemmer of its
field's language and folded (NFKD, combining marks removed, casefolded):
``Sénat`` and ``Senat`` are the same term. ``docs/overrides/assets/javascripts/search.js``
folds the reader's query the same way; it has no stemmer, so the index also
lists each surface form that differs from its stem (``negotiations`` →
``negoti``), and the query side matches stems by prefix.

The index holds no positions: it grows with the number of distinct
(term, document) pairs and the display texts, linearly with the data.
Its bytes are deterministic: sorted keys, sorted postings, no timestamps.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import snowballstemmer
from markdown.extensions.toc import slugify as toc_slugify

from .. import paths
from ..catalogue import STATUS_EXPLAINED, STRINGS, format_date, label
from ..dataset import Dataset
from ..models import Bilingual, Kind, Person, Provision, Quote, Status
from ..pages import PAGES
from ..paths import page_url
from ..text import flat

TITLES = {page.key: {lang: STRINGS[lang][page.title_key] for lang in STRINGS} for page in PAGES}  # key, then lang

INDEX_PATH = "search/index.json"  # under docs/generated/, published at /search/index.json
FORMAT = 4  # bump when the JSON layout changes, so that search.js can refuse an index it does not know

# Field weights: title > topic > status/kind labels > text.
TITLE, TOPIC, META, TEXT = 8, 4, 2, 1

ELISIONS = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu")

# Short lists of our own: the words that would match nearly every document.
# Written with their accents; compared (and shipped to search.js) folded.
_STOPWORDS = {
    "fr": frozenset(
        """
        le la les un une des du de au aux et ou a à en dans par pour sur avec ce cet cette ces se sa son ses
        leur leurs qui que quoi dont où il elle ils elles on nous vous je tu ne pas est sont été être ont y
        lui même comme ainsi
        """.split()
    ),
    "en": frozenset(
        """
        the a an and or of to in on at by for with from as is are was were be been being it its this that
        these those which who whom whose not no but than then there their they he she we you i his her our
        has have had do does did so such into
        """.split()
    ),
}

_STEMMERS = {"fr": snowballstemmer.stemmer("french"), "en": snowballstemmer.stemmer("english")}
_APOSTROPHES = re.compile("[\u2019\u02bc\u2018\u2032`]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ELISION = re.compile(rf"^(?:{'|'.join(sorted(ELISIONS, key=len, reverse=True))})'(?=[^\W_])")
# Letters that NFKD does not decompose but readers type as two letters.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})


# --- tokenising -----------------------------------------------------------------


@functools.lru_cache(maxsize=131072)  # words recur across documents
def fold(text: str) -> str:
    """Lowercase without accents: ``Azerbaïdjan`` → ``azerbaidjan``, ``Œuvre`` → ``oeuvre``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOPWORDS = {lang: frozenset(fold(word) for word in listed) for lang, listed in _STOPWORDS.items()}


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased but not folded (the stemmers want accents).

    Hyphens and other punctuation separate words; a leading French elision is
    dropped; other apostrophes split (``Senate's`` → ``senate``, ``s``).
    """
    lowered = _APOSTROPHES.sub("'", unicodedata.normalize("NFC", text).casefold())
    out = []
    for token in _WORD.findall(lowered):
        out.extend(_ELISION.sub("", token).split("'"))
    return out


def terms(text: str, lang: str) -> list[tuple[str, str]]:
    """``(form, stem)`` pairs for the words of ``text``, both folded; stopwords and lone letters dropped."""
    stopwords = STOPWORDS[lang]
    out = []
    for word in words(text):
        form = fold(word)
        if form in stopwords or (len(form) < 2 and not form.isdigit()):
            continue
        out.append((form, _stem(lang, word)))
    return out


@functools.cache
def _stem(lang: str, word: str) -> str:
    """Snowball is pure Python: each distinct word is stemmed once per build."""
    return fold(_STEMMERS[lang].stemWord(word))


# --- documents ------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    text: str
    lang: str  # "fr" or "en": which stemmer and stopwords apply
    weight: int


# Ranking tiers (lower first, among results that match about as well): the resolution's own
# provisions, then pages about the 2024 vote, then context about earlier acts.
PROVISION_TIER, VOTE_TIER, CONTEXT_TIER = 0, 1, 2


@dataclass(frozen=True)
class SearchDoc:
    url: str  # relative to the edition's root
    kind: str  # a key of kinds(lang): what the result is
    title: str  # in the edition's language
    fields: tuple[Field, ...]  # searched in both languages: a French word finds the English edition's page too
    tier: int = VOTE_TIER
    ref: str = ""
    status: str = ""  # a Status value, for provisions
    page: str = ""  # the page a section belongs to, shown before its title
    texts: tuple[tuple[str, str], ...] = ()  # (lang, text) pairs that snippets are cut from


def kinds(lang: str) -> dict[str, str]:
    """What each result is, in the edition's language (provision kinds reuse the schema's labels)."""
    t = STRINGS[lang]
    own = "vote event source page topic reporting procedure completeness open_data methodology".split()
    return {**{kind.value: label(kind, lang) for kind in Kind}, **{key: t[f"search_kind_{key}"] for key in own}}


# Other names of the region, as readers type them. Search vocabulary, not claims: the site's
# own words stay Haut-Karabagh / Nagorno-Karabakh (TERMS.md). A query word in a group also
# matches every other word of its group; written folded, hyphenated names as their parts.
ALIASES = (("artsakh", "arcakh", "artsax", "karabagh", "karabakh", "karabach", "nagorno", "nagorny", "nagorni"),)


def _both(text: Bilingual | None, weight: int) -> list[Field]:
    return [] if text is None else [Field(text.fr, "fr", weight), Field(text.en, "en", weight)]


def _plain(text: str | None, weight: int) -> list[Field]:
    """A name or a figure: the same in both languages (stemmed as French, and as English)."""
    return [] if not text else [Field(text, "fr", weight), Field(text, "en", weight)]


def _labels(key: str, weight: int, table: dict = TITLES) -> list[Field]:
    """A catalogue entry in both languages (``STRINGS`` is keyed by language first)."""
    if table is TITLES:
        return [Field(TITLES[key]["fr"], "fr", weight), Field(TITLES[key]["en"], "en", weight)]
    return [Field(STRINGS["fr"][key], "fr", weight), Field(STRINGS["en"][key], "en", weight)]


def _quote_lang(quote: Quote) -> str:
    return "en" if quote.lang.value == "en" else "fr"


def _own_texts(texts: list[tuple[str, str]], lang: str) -> tuple[tuple[str, str], ...]:
    """The snippets in the edition's language; the others only when it has none."""
    own = [(text_lang, flat(text)) for text_lang, text in texts if text_lang == lang and text]
    return tuple(own or [(text_lang, flat(text)) for text_lang, text in texts if text])


def provision_doc(data: Dataset, p: Provision, url: str, lang: str = "fr") -> SearchDoc:
    texts: list[tuple[str, str]] = []
    if p.wording:
        texts += [("fr", p.wording.fr), ("en", p.wording.en)]
    for q in [*p.fragments, *p.paraphrases]:
        texts.append((q.lang.value, q.text))
        if q.translation_en:
            texts.append(("en", q.translation_en))
    fields = [*_plain(p.ref, TITLE), *_both(p.heading, TITLE)]
    for topic_id in p.topics:  # the label, and the id, which names it in one word (autodetermination)
        fields += [*_both(data.topic(topic_id).label, TOPIC), *_plain(topic_id, META)]
    fields += [Field(label(p.status, "fr"), "fr", META), Field(label(p.status, "en"), "en", META)]
    fields += [Field(label(p.kind, "fr"), "fr", META), Field(label(p.kind, "en"), "en", META)]
    fields += [Field(text, "en" if text_lang == "en" else "fr", TEXT) for text_lang, text in texts]
    for q in p.variants:
        fields.append(Field(q.text, _quote_lang(q), TEXT))
    for note in [*p.notes, *p.inferences, *(s.note for s in (p.wording.sic if p.wording else []))]:
        fields += _both(note, TEXT)
    return SearchDoc(
        url=url,
        kind=p.kind.value,
        ref=p.ref,
        title=flat(getattr(p.heading, lang)),
        tier=PROVISION_TIER,
        status=p.status.value,
        texts=_own_texts(texts, lang),
        fields=tuple(fields),
    )


def _section(
    lang: str,
    key: str,
    anchor: str,
    title: Bilingual | str,
    fields: list[Field],
    texts: list[Bilingual | str | None] = (),
    *,
    kind: str = "page",
    tier: int = VOTE_TIER,
) -> SearchDoc:
    """One section of a top page (``key`` in ``paths.PAGES``), opened at ``#anchor``."""
    url = page_url(paths.page(key, lang)) + (f"#{anchor}" if anchor else "")
    shown = getattr(title, lang) if isinstance(title, Bilingual) else title
    title_fields = _both(title, TITLE) if isinstance(title, Bilingual) else _plain(title, TITLE)
    own = []
    for text in texts:
        if isinstance(text, Bilingual):
            own.append((lang, getattr(text, lang)))
        elif text:
            own.append((lang, text))
    page_title = TITLES[key][lang]
    return SearchDoc(
        url,
        kind,
        flat(shown),
        tuple(title_fields + fields),
        tier=tier,
        page="" if flat(shown) == page_title else page_title,
        texts=_own_texts(own, lang),
    )


def _fact_fields(fact, weight: int = TEXT) -> list[Field]:
    """A fact's value and note (its sources are indexed as sources, not here)."""
    if fact is None:
        return []
    value = fact.value
    out = _both(value, weight) if isinstance(value, Bilingual) else _plain(str(value), weight)
    return out + _both(fact.note, TEXT)


def _person_fields(person: Person, weight: int = TITLE) -> list[Field]:
    return [
        *_plain(person.name, weight),
        *_plain(person.group, TOPIC),
        *_both(person.role, TEXT),
        *_both(person.note, TEXT),
    ]


def _bilingual_of(key: str) -> Bilingual:
    return Bilingual(fr=STRINGS["fr"][key], en=STRINGS["en"][key])


def _title_of(key: str) -> Bilingual:
    return Bilingual(fr=TITLES[key]["fr"], en=TITLES[key]["en"])


def _vote_docs(data: Dataset, lang: str) -> list[SearchDoc]:
    vote = data.vote
    t = STRINGS[lang]
    figures = [("for", vote.for_), ("against", vote.against), ("cast", vote.cast), ("voters", vote.voters)]
    figures.append(("abstentions", vote.abstentions))
    summary = ", ".join(f"{STRINGS[lang][key]} {fact.value}" for key, fact in figures if fact is not None)
    words = _labels("ballot", META, STRINGS) + _labels("vote", META, STRINGS) + _plain("scrutin public ballot", META)
    top_words = [Field(f.text, f.lang, TITLE) for f in words]  # the page about the ballot as a whole
    docs = [
        _section(
            lang,
            "vote",
            "",
            _title_of("vote"),
            [*_fact_fields(vote.outcome), *top_words],
            [vote.outcome.value, summary],
            kind="vote",
        )
    ]
    for key, fact in figures:
        if fact is None:
            continue
        title = Bilingual(fr=f"{STRINGS['fr'][key]} : {fact.value}", en=f"{STRINGS['en'][key]}: {fact.value}")
        docs.append(
            _section(
                lang, "vote", f"figure-{key}", title, [*_fact_fields(fact, TITLE), *words], [fact.note], kind="vote"
            )
        )
    if vote.voted_against:
        fields = [f for person in vote.voted_against for f in _person_fields(person)]
        names = ", ".join(person.name for person in vote.voted_against)
        notes = [person.note for person in vote.voted_against]
        docs.append(
            _section(
                lang,
                "vote",
                "against",
                Bilingual(
                    fr=f"{STRINGS['fr']['vote_against']} — {names}", en=f"{STRINGS['en']['vote_against']} — {names}"
                ),
                fields + words,
                notes,
                kind="vote",
            )
        )
    if vote.unknown:
        fields = [f for item in vote.unknown for f in _both(item, TEXT)]
        docs.append(
            _section(
                lang,
                "vote",
                "unknown",
                Bilingual(
                    fr=f"{TITLES['vote']['fr']} — {STRINGS['fr']['not_known']}",
                    en=f"{TITLES['vote']['en']} — {STRINGS['en']['not_known']}",
                ),
                fields + words,
                list(vote.unknown),
                kind="vote",
            )
        )
    del t
    return docs


def _procedure_docs(data: Dataset, lang: str) -> list[SearchDoc]:
    ident = data.identity
    kind = "procedure"
    docs = [
        _section(
            lang,
            "procedure",
            "title",
            _bilingual_of("title"),
            [
                *_plain(ident.title.value, TOPIC),
                *_plain(ident.title_en, TOPIC),
                *_both(ident.short_title, TOPIC),
                *_both(ident.title.note, TEXT),
            ],
            [ident.title.value if lang == "fr" else ident.title_en],
            kind=kind,
        ),
    ]
    if ident.other_titles:
        fields = [f for o in ident.other_titles for f in (*_plain(o.text, TEXT), *_both(o.description, TEXT))]
        docs.append(
            _section(
                lang,
                "procedure",
                "other-titles",
                _bilingual_of("other_titles"),
                fields,
                [o.text for o in ident.other_titles],
                kind=kind,
            )
        )
    steps = [
        ("chamber", ident.chamber),
        ("session", ident.session),
        ("legal_basis", ident.legal_basis),
        ("deposited", ident.deposited),
        ("sitting", ident.sitting),
        ("adopted", ident.adopted),
    ]
    fields, shown = [], []
    for key, fact in steps:
        fields += _labels(key, META, STRINGS) + _fact_fields(fact, TOPIC)
        value = fact.value
        if not isinstance(value, Bilingual):
            fields += [Field(format_date(value, "fr"), "fr", TEXT), Field(format_date(value, "en"), "en", TEXT)]
            value = format_date(value, lang)
        else:
            value = getattr(value, lang)
        shown.append(f"{STRINGS[lang][key]}{STRINGS[lang]['colon']}{value}")
    docs.append(
        _section(lang, "procedure", "procedure", _bilingual_of("procedure"), fields, ["; ".join(shown)], kind=kind)
    )
    names = ", ".join(person.name for person in ident.authors)
    docs.append(
        _section(
            lang,
            "procedure",
            "authors",
            _bilingual_of("authors_cosignatories"),
            [f for person in ident.authors for f in _person_fields(person)],
            [names],
            kind=kind,
        )
    )
    sitting = [ident.presiding_officer, ident.government_representative]
    docs.append(
        _section(
            lang,
            "procedure",
            "sitting",
            _bilingual_of("in_chamber"),
            [
                *_labels("presiding", META, STRINGS),
                *_labels("government", META, STRINGS),
                *(f for person in sitting for f in _person_fields(person)),
            ],
            [", ".join(person.name for person in sitting)],
            kind=kind,
        )
    )
    if ident.speakers:
        docs.append(
            _section(
                lang,
                "procedure",
                "speakers",
                _bilingual_of("known_speakers"),
                [f for person in ident.speakers for f in _person_fields(person)],
                [", ".join(person.name for person in ident.speakers)],
                kind=kind,
            )
        )
    if ident.documents:
        fields = [
            f for d in ident.documents for f in (*_both(d.label, TOPIC), *_plain(d.value, TITLE), *_both(d.note, TEXT))
        ]
        shown = [f"{getattr(d.label, lang)} {d.value or STRINGS[lang]['unknown']}" for d in ident.documents]
        docs.append(
            _section(
                lang, "procedure", "documents", _bilingual_of("document_numbers"), fields, ["; ".join(shown)], kind=kind
            )
        )
    return docs


def _completeness_docs(data: Dataset, lang: str) -> list[SearchDoc]:
    docs = []
    for status in Status:
        members = [p for p in data.provisions_in_order() if p.status == status]
        if not members:
            continue
        title = Bilingual(fr=label(status, "fr"), en=label(status, "en"))
        explained = Bilingual(**STATUS_EXPLAINED[status])
        fields = [
            *_both(explained, TEXT),
            *_labels("completeness", META),
            *_plain(" ".join(p.ref for p in members), TEXT),
        ]
        docs.append(_section(lang, "completeness", status.value, title, fields, [explained], kind="completeness"))
    ident = data.identity
    fields = [f for item in ident.open_items for f in (*_both(item.label, TOPIC), *_both(item.note, TEXT))]
    fields += [f for d in ident.documents if not d.value for f in _both(d.label, TEXT)]
    fields += [f for u in data.vote.unknown for f in _both(u, TEXT)] + _labels("completeness", META)
    docs.append(
        _section(
            lang,
            "completeness",
            "open-items",
            _bilingual_of("still_to_find"),
            fields,
            [item.label for item in ident.open_items],
            kind="completeness",
        )
    )
    return docs


# The open data files (resolution_site/publish/opendata.py), with the words a reader types to find them.
OPEN_DATA = (
    ("resolution.json", "opendata_json", "JSON télécharger téléchargement download données data fichier file"),
    (
        "dispositions.csv",
        "opendata_csv",
        "CSV tableur spreadsheet Excel télécharger téléchargement download données data",
    ),
    ("schema.json", "opendata_schema", "JSON Schema schéma télécharger download données data"),
)


def _open_data_docs(lang: str) -> list[SearchDoc]:
    docs = []
    for name, key, words in OPEN_DATA:
        anchor = name.replace(".", "-")
        title = f"{name} — {STRINGS[lang][key]}"
        fields = [
            *_plain(name, TITLE),
            *_labels(key, TOPIC, STRINGS),
            *_plain(words, TOPIC),
            *_labels("open-data", META),
        ]
        docs.append(
            _section(lang, "open-data", anchor, title, fields, [STRINGS[lang]["opendata_intro"]], kind="open_data")
        )
    return docs


def _page_docs(data: Dataset, lang: str) -> list[SearchDoc]:
    """The pages that are lists of other documents: found by their title, opened at the top."""
    title = Bilingual(fr=data.identity.title.value, en=data.identity.title_en)  # the home page's
    intros = {p.key: _bilingual_of(p.search_intro) if p.search_intro else title for p in PAGES if p.searched_whole}
    return [_section(lang, key, "", _title_of(key), _both(intro, TEXT), [intro]) for key, intro in intros.items()]


def _methodology_docs(text: str, lang: str) -> list[SearchDoc]:
    """The hand-written page, one document per ``##`` section, opened at the heading's anchor
    (the same slug Python-Markdown's toc gives it, or its ``{#id}``)."""
    docs: list[SearchDoc] = []
    seen: set[str] = set()
    title, anchor, body = _hand_written_title(text) or TITLES["methodology"][lang], "", []

    def flush() -> None:
        plain = _markdown_text("\n".join(body))
        shown = title if not anchor else title
        fields = [*_plain(plain, TEXT), *_labels("methodology", META)]
        docs.append(_section(lang, "methodology", anchor, shown, fields, [plain], kind="methodology"))

    for line in text.splitlines():
        match = re.match(r"^##\s+(.+?)\s*(?:\{#([\w-]+)[^}]*\})?\s*$", line)
        if match and not line.startswith("###"):
            flush()
            title, body = match.group(1), []
            anchor = match.group(2) or _unique(toc_slugify(title, "-"), seen)
            seen.add(anchor)
        elif not line.startswith("# "):
            body.append(line)
    flush()
    return docs


def _unique(slug: str, seen: set[str]) -> str:
    """Python-Markdown's toc numbers repeated slugs ``slug_1``, ``slug_2``…"""
    candidate, n = slug, 0
    while candidate in seen:
        n += 1
        candidate = f"{slug}_{n}"
    return candidate


def _markdown_text(text: str) -> str:
    """Readable text of a Markdown body: links keep their words, markup goes."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>|[*_`>#]|\{[^}]*\}", " ", text)
    return flat(text.replace("\\", ""))


def _hand_written_title(text: str) -> str | None:
    match = re.search(r"^# (.+?)\s*(?:\{.*\})?$", text, re.M)
    return match.group(1).strip() if match else None


def documents(data: Dataset, pages: dict[str, str] | None = None, lang: str = "fr") -> list[SearchDoc]:
    """Every searchable section of an edition, in a stable order: provisions in text order first.

    ``pages`` are the edition's hand-written pages, by their path in the edition."""
    docs = [
        provision_doc(data, p, f"{page_url(paths.provision_page(p.id, lang))}#{p.id}", lang)
        for p in data.provisions_in_order()
    ]
    docs += _vote_docs(data, lang)
    docs += _procedure_docs(data, lang)
    for d in sorted(data.reporting, key=lambda d: d.id):
        fields = [*_both(d.title, TITLE), *_both(d.summary, TEXT), *_both(d.assessment, TEXT)]
        fields += [Field(q.text, _quote_lang(q), TEXT) for q in [*d.reference, *d.divergent]]
        docs.append(_section(lang, "reporting", d.id, d.title, fields[2:], [d.summary, d.assessment], kind="reporting"))
    docs += _completeness_docs(data, lang)
    docs += _open_data_docs(lang)
    for name, text in sorted((pages or {}).items()):
        if name == paths.page("methodology", lang):
            docs += _methodology_docs(text, lang)
    for t in data.topics:
        url = page_url(paths.topic_page(t.id, lang))
        docs.append(
            SearchDoc(
                url,
                "topic",
                flat(getattr(t.label, lang)),
                (*_both(t.label, TITLE), *_both(t.description, TEXT)),
                texts=((lang, flat(getattr(t.description, lang))),),
            )
        )
    docs += _page_docs(data, lang)
    context_url = page_url(paths.page("context", lang))
    for e in sorted(data.context, key=lambda e: e.id):
        fields = [*_both(e.title, TITLE), *_both(e.description, TEXT), *_both(e.note, TEXT)]
        when = e.date if isinstance(e.date, date) else None
        fields += _plain(str(e.date)[:4], META)
        act = e.related_act
        if act is not None:
            if act.title:
                fields.append(Field(act.title.text, _quote_lang(act.title), TEXT))
            if act.number:
                fields += _plain(act.number.value, TITLE)
            if act.vote:
                fields += _plain(f"{act.vote.for_.value} {act.vote.against.value}", META)
                fields += [f for person in act.vote.voted_against for f in _person_fields(person, TEXT)]
        tier = VOTE_TIER if str(e.date) >= "2024-01" else CONTEXT_TIER
        title = getattr(e.title, lang)
        if when is not None or e.date:
            title = f"{format_date(e.date, lang)} — {title}"
        docs.append(
            SearchDoc(
                f"{context_url}#{e.id}",
                "event",
                flat(title),
                tuple(fields),
                tier=tier,
                texts=_own_texts([(lang, getattr(e.description, lang) if e.description else "")], lang),
            )
        )
    sources_url = page_url(paths.page("sources", lang))
    for s in sorted(data.sources, key=lambda s: s.id):
        fields = (*_plain(s.title, TITLE), *_plain(s.publisher, TOPIC), *_both(s.note, TEXT))
        tier = VOTE_TIER if str(s.date or "") >= "2024-01" else CONTEXT_TIER
        docs.append(
            SearchDoc(
                f"{sources_url}#{s.id}",
                "source",
                flat(s.title),
                fields,
                tier=tier,
                page=flat(f"{s.publisher}, {format_date(s.date, lang)}"),
            )
        )
    return docs


# --- the index --------------------------------------------------------------------

# The reader's first query downloads the ranking index (INDEX_PATH: terms, postings, surface forms,
# each document's tier, and each document's head: what a result line shows without its snippet,
# address, kind, title, reference, status). Results are shown from the index alone; the snippet
# texts are in display shards (SHARD_PATH) fetched after the results are on screen, only for the
# shards that hold them, and filled in when they arrive; "show more" does the same for the next
# ones. SHARD_SIZE documents per shard, in document order.
SHARD_PATH = "search/docs/{}.json"
SHARD_SIZE = 16

# Postings are written as base-64 variable-length numbers (search.js ``decode``): each number in
# 5-bit groups, low first; a character from the second half of VARINT_DIGITS says "more follow".
VARINT_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def encode_postings(postings: dict[int, int]) -> str:
    """``{doc: weight}`` as weight groups, heaviest first: weight, count, then the gaps between the
    group's documents (ascending, each gap minus one, the first counted from -1)."""
    grouped: dict[int, list[int]] = {}
    for doc, weight in sorted(postings.items()):
        grouped.setdefault(weight, []).append(doc)
    numbers: list[int] = []
    for weight in sorted(grouped, reverse=True):
        docs = grouped[weight]
        numbers += [weight, len(docs)]
        previous = -1
        for doc in docs:
            numbers.append(doc - previous - 1)
            previous = doc
    return "".join(_varint(n) for n in numbers)


def _varint(number: int) -> str:
    out = []
    while number >= 32:
        out.append(VARINT_DIGITS[32 + (number & 31)])
        number >>= 5
    out.append(VARINT_DIGITS[number])
    return "".join(out)


def decode_postings(text: str) -> dict[int, int]:
    """The inverse of ``encode_postings`` (search.js has its own)."""
    numbers, value, shift = [], 0, 0
    for char in text:
        digit = VARINT_DIGITS.index(char)
        value |= (digit & 31) << shift
        if digit >= 32:
            shift += 5
        else:
            numbers.append(value)
            value, shift = 0, 0
    postings: dict[int, int] = {}
    at = 0
    while at < len(numbers):
        weight, count = numbers[at], numbers[at + 1]
        doc = -1
        for gap in numbers[at + 2 : at + 2 + count]:
            doc += gap + 1
            postings[doc] = weight
        at += 2 + count
    return postings


def build_index(docs: list[SearchDoc], lang: str = "fr") -> dict:
    """The ranking index as plain data: postings, surface forms, tiers, and each document's head
    (what its result line shows, snippets apart)."""
    weights: dict[str, dict[int, int]] = {}
    forms: dict[str, set[str]] = {}
    for number, doc in enumerate(docs):
        for field in doc.fields:
            for form, stem in set(terms(field.text, field.lang)):
                postings = weights.setdefault(stem, {})
                postings[number] = max(postings.get(number, 0), field.weight)
                if form != stem:
                    forms.setdefault(form, set()).add(stem)
    pages = sorted({doc.url.partition("#")[0] for doc in docs})
    return {
        "format": FORMAT,
        "generated_by": GENERATED_BY,
        "count": len(docs),
        # the pages results open, each once: a head's address is a number in this list and an anchor
        "pages": pages,
        # one head per document, head(): [page number, anchor, kind, title, ref, status, page label]
        "heads": [_head(doc, {url: n for n, url in enumerate(pages)}) for doc in docs],
        "shard_size": SHARD_SIZE,
        # one digit per document: its ranking tier (PROVISION_TIER, VOTE_TIER, CONTEXT_TIER)
        "tiers": "".join(str(doc.tier) for doc in docs),
        "lang": lang,
        "kinds": kinds(lang),
        "statuses": {status.value: label(status, lang) for status in Status},
        "aliases": [list(group) for group in ALIASES],
        "elisions": sorted(ELISIONS),
        "stopwords": sorted(STOPWORDS["fr"] | STOPWORDS["en"]),
        # term → its postings, encode_postings
        "terms": {stem: encode_postings(postings) for stem, postings in weights.items()},
        # folded surface form → its stem(s), where they differ
        "forms": {form: sorted(stems)[0] if len(stems) == 1 else sorted(stems) for form, stems in forms.items()},
    }


def _head(doc: SearchDoc, page_numbers: dict[str, int]) -> list:
    """What a result line shows before its snippet: ``[page number, anchor, kind, title, ref, status,
    page label]``, trailing empty strings left out (search.js ``prepare`` reads it back)."""
    page, _, anchor = doc.url.partition("#")
    head = [page_numbers[page], anchor, doc.kind, doc.title, doc.ref, doc.status, doc.page]
    while head[-1] == "":
        head.pop()
    return head


def expand(index: dict) -> list[dict]:
    """The heads of ``index`` as search.js reads them: ``url``, ``kind``, ``title`` and, where set,
    ``ref``, ``status``, ``page``."""
    out = []
    for head in index["heads"]:
        page_number, anchor, kind, title, *rest = head
        rest += [""] * (3 - len(rest))
        doc = {"url": index["pages"][page_number] + (f"#{anchor}" if anchor else ""), "kind": kind, "title": title}
        doc.update({key: value for key, value in zip(("ref", "status", "page"), rest, strict=True) if value})
        out.append(doc)
    return out


def build_shards(docs: list[SearchDoc]) -> list[list[dict]]:
    """The snippet texts of each result, SHARD_SIZE documents per shard: shard ``n // SHARD_SIZE``
    holds document ``n`` (``{}`` when it has none)."""
    shown = [{"texts": [list(pair) for pair in doc.texts]} if doc.texts else {} for doc in docs]
    return [shown[start : start + SHARD_SIZE] for start in range(0, len(shown), SHARD_SIZE)]


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(index: dict) -> str:
    """Compact JSON, one term or form per line: small, and readable in a diff."""

    def rows(key: str, items: Iterator[str], open_: str, close: str) -> str:
        return f'"{key}":{open_}\n' + ",\n".join(items) + f"\n{close}"

    parts = []
    for key in sorted(index, key=lambda k: (k != "generated_by", k)):  # say where it comes from first
        value = index[key]
        if key in ("terms", "forms"):
            parts.append(rows(key, (f"{_js(k)}:{_js(value[k])}" for k in sorted(value)), "{", "}"))
        elif key in ("heads", "pages"):
            parts.append(rows(key, (_js(item) for item in value), "[", "]"))
        else:
            parts.append(f"{_js(key)}:{_js(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


GENERATED_BY = "scripts/build.py, from data/*.yaml. Do not edit: edit the data."


def dumps_shard(shard: list[dict]) -> str:
    """A display shard: where it comes from, then its documents, one per line."""
    docs = ",\n".join(_js(doc) for doc in shard)
    return f'{{\n"generated_by":{_js(GENERATED_BY)},\n"docs":[\n{docs}\n]\n}}\n'


def render_index(data: Dataset, pages: dict[str, str] | None = None, lang: str = "fr") -> str:
    """The ranking index alone (INDEX_PATH)."""
    return dumps(build_index(documents(data, pages, lang), lang))


def render_files(data: Dataset, pages: dict[str, str] | None = None, lang: str = "fr") -> dict[str, str]:
    """Every search file of an edition, by its path under the edition: the index and its display shards."""
    docs = documents(data, pages, lang)
    files = {INDEX_PATH: dumps(build_index(docs, lang))}
    for number, shard in enumerate(build_shards(docs)):
        files[SHARD_PATH.format(number)] = dumps_shard(shard)
    return files
