"""The site's search index, built from the data (never scraped from HTML).

One document per provision (its result opens the clause page at the clause's
own anchor), per topic, source, context event and reported discrepancy, and
one per top page. Each document carries what a result shows (reference,
headings, evidence status, the texts a snippet is cut from) and fields that
are tokenised for the inverted index, each with a weight: a word in a title
counts more than a word in a topic label, which counts more than the text.

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import snowballstemmer

from ..catalogue import TITLES, label
from .. import paths
from ..dataset import Dataset
from ..models import Bilingual, Kind, Provision, Quote, Status
from ..paths import page_url

INDEX_PATH = "search/index.json"  # under docs/generated/, published at /search/index.json
FORMAT = 1  # bump when the JSON layout changes, so that search.js can refuse an index it does not know

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


@dataclass(frozen=True)
class SearchDoc:
    url: str  # relative to the site root
    kind: str  # a key of KINDS
    title: str  # French (or original) title
    title_en: str
    fields: tuple[Field, ...]
    ref: str = ""
    status: str = ""  # a Status value, for provisions
    texts: tuple[tuple[str, str], ...] = ()  # (lang, text) pairs that snippets are cut from


# Labels of the document kinds; provision kinds reuse the schema's labels.
KINDS = {
    **{kind.value: (label(kind, "fr"), label(kind, "en")) for kind in Kind},
    "topic": ("Thème", "Topic"),
    "source": ("Source", "Source"),
    "event": ("Contexte", "Context"),
    "discrepancy": ("Ce qui a été rapporté", "What was reported"),
    "page": ("Page", "Page"),
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bilingual(text: Bilingual | None, weight: int) -> list[Field]:
    return [] if text is None else [Field(text.fr, "fr", weight), Field(text.en, "en", weight)]


def _quote_lang(quote: Quote) -> str:
    return "en" if quote.lang.value == "en" else "fr"


def provision_doc(data: Dataset, p: Provision, url: str) -> SearchDoc:
    texts: list[tuple[str, str]] = []
    if p.wording:
        texts += [("fr", p.wording.fr), ("en", p.wording.en)]
    for q in [*p.fragments, *p.paraphrases]:
        texts.append((q.lang.value, q.text))
        if q.translation_en:
            texts.append(("en", q.translation_en))
    fields = [Field(p.ref, "fr", TITLE), *_bilingual(p.heading, TITLE)]
    for topic_id in p.topics:
        fields += _bilingual(data.topic(topic_id).label, TOPIC)
    fields += [Field(label(p.status, "fr"), "fr", META), Field(label(p.status, "en"), "en", META)]
    fields += [Field(label(p.kind, "fr"), "fr", META), Field(label(p.kind, "en"), "en", META)]
    fields += [Field(text, "en" if lang == "en" else "fr", TEXT) for lang, text in texts]
    for q in p.variants:
        fields.append(Field(q.text, _quote_lang(q), TEXT))
    for note in [*p.notes, *p.inferences, *(s.note for s in (p.wording.sic if p.wording else []))]:
        fields += _bilingual(note, TEXT)
    return SearchDoc(
        url=url,
        kind=p.kind.value,
        ref=p.ref,
        title=_flat(p.heading.fr),
        title_en=_flat(p.heading.en),
        status=p.status.value,
        texts=tuple((lang, _flat(text)) for lang, text in texts),
        fields=tuple(fields),
    )


def _bilingual_doc(url: str, kind: str, title: Bilingual, text: Iterable[Bilingual | None] = ()) -> SearchDoc:
    fields = _bilingual(title, TITLE)
    for item in text:
        fields += _bilingual(item, TEXT)
    texts = [(lang, _flat(getattr(item, lang))) for item in text if item for lang in ("fr", "en")]
    return SearchDoc(url, kind, _flat(title.fr), _flat(title.en), tuple(fields), texts=tuple(texts))


def _page_doc(url: str, title: tuple[str, str], text: tuple[str, str]) -> SearchDoc:
    return _bilingual_doc(url, "page", Bilingual(fr=title[0], en=title[1]), [Bilingual(fr=text[0], en=text[1])])


def _top_pages(data: Dataset, lang: str) -> list[SearchDoc]:
    identity, vote = data.identity, data.vote
    people = [*identity.authors, identity.presiding_officer, identity.government_representative, *identity.speakers]
    names = ", ".join(person.name for person in people)
    topics = ", ".join(f"{t.label.fr} ({t.label.en})" for t in data.topics)
    texts = {
        "home": (identity.title.value, identity.title_en),
        "text": ("Le texte de la résolution, disposition par disposition.", "The text, provision by provision."),
        "provisions": ("Visas, considérants et dispositif.", "Citations, recitals and operative part."),
        "topics": (topics, topics),
        "vote": (vote.outcome.value.fr, vote.outcome.value.en),
        "procedure": (names, names),
        "context": ("Chronologie datée et sourcée.", "A dated, sourced timeline."),
        "reporting": ("Ce que disent les sources, et où elles divergent.", "What the sources say, and where they differ."),
        "completeness": ("Ce qui est connu du texte, et ce qui manque.", "What is known of the text, and what is missing."),
        "sources": ("Toutes les sources citées.", "Every source cited."),
        "open-data": ("Télécharger les données : JSON, CSV.", "Download the data: JSON, CSV."),
    }
    return [
        _page_doc(page_url(paths.page(key, lang)), (TITLES[key]["fr"], TITLES[key]["en"]), text)
        for key, text in texts.items()
    ]


def _hand_written_title(text: str) -> str | None:
    match = re.search(r"^# (.+?)\s*(?:\{.*\})?$", text, re.M)
    return match.group(1).strip() if match else None


def documents(data: Dataset, pages: dict[str, str] | None = None, lang: str = "fr") -> list[SearchDoc]:
    """Every searchable document of an edition, in a stable order: provisions in text order first.

    ``pages`` are the edition's hand-written pages, by their path in the edition."""
    docs = [
        provision_doc(data, p, f"{page_url(paths.provision_page(p.id, lang))}#{p.id}") for p in data.provisions_in_order()
    ]
    for t in data.topics:
        docs.append(_bilingual_doc(page_url(paths.topic_page(t.id, lang)), "topic", t.label, [t.description]))
    docs += _top_pages(data, lang)
    for name, text in sorted((pages or {}).items()):
        title = _hand_written_title(text) or name.removesuffix(".md")
        docs.append(_bilingual_doc(page_url(name), "page", Bilingual(fr=title, en=title)))
    context_url = page_url(paths.page("context", lang))
    for e in sorted(data.context, key=lambda e: e.id):
        docs.append(_bilingual_doc(f"{context_url}#{e.id}", "event", e.title, [e.description, e.note]))
    reporting_url = page_url(paths.page("reporting", lang))
    for d in sorted(data.reporting, key=lambda d: d.id):
        docs.append(_bilingual_doc(f"{reporting_url}#{d.id}", "discrepancy", d.title, [d.summary, d.assessment]))
    sources_url = page_url(paths.page("sources", lang))
    for s in sorted(data.sources, key=lambda s: s.id):
        fields = (Field(s.title, "fr", TITLE), Field(s.title, "en", TITLE), Field(s.publisher, "fr", TEXT))
        fields += tuple(_bilingual(s.note, TEXT))
        docs.append(
            SearchDoc(
                f"{sources_url}#{s.id}",
                "source",
                _flat(s.title),
                _flat(s.title),
                fields,
                texts=((s.language.value, _flat(s.publisher)),),
            )
        )
    return docs


# --- the index --------------------------------------------------------------------


def build_index(docs: list[SearchDoc]) -> dict:
    """The index as plain data: documents to display, postings, surface forms."""
    weights: dict[str, dict[int, int]] = {}
    forms: dict[str, set[str]] = {}
    for number, doc in enumerate(docs):
        for field in doc.fields:
            for form, stem in set(terms(field.text, field.lang)):
                postings = weights.setdefault(stem, {})
                postings[number] = max(postings.get(number, 0), field.weight)
                if form != stem:
                    forms.setdefault(form, set()).add(stem)
    return {
        "format": FORMAT,
        "generated_by": "scripts/build.py, from data/*.yaml. Do not edit: edit the data.",
        "docs": [_display(doc) for doc in docs],
        "kinds": {key: list(value) for key, value in KINDS.items()},
        "statuses": {status.value: [label(status, "fr"), label(status, "en")] for status in Status},
        "elisions": sorted(ELISIONS),
        "stopwords": sorted(STOPWORDS["fr"] | STOPWORDS["en"]),
        # term → {weight: [doc, ...]}, docs ascending: most postings share the text weight, so
        # grouping by weight keeps the index about a third smaller than [doc, weight] pairs
        "terms": {stem: _by_weight(postings) for stem, postings in weights.items()},
        # folded surface form → its stem(s), where they differ
        "forms": {form: sorted(stems)[0] if len(stems) == 1 else sorted(stems) for form, stems in forms.items()},
    }


def _by_weight(postings: dict[int, int]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for doc, weight in sorted(postings.items()):
        grouped.setdefault(str(weight), []).append(doc)
    return grouped


def _display(doc: SearchDoc) -> dict:
    shown = {"url": doc.url, "kind": doc.kind, "title": doc.title, "title_en": doc.title_en}
    if doc.ref:
        shown["ref"] = doc.ref
    if doc.status:
        shown["status"] = doc.status
    if doc.texts:
        shown["texts"] = [list(pair) for pair in doc.texts]
    return shown


def dumps(index: dict) -> str:
    """Compact JSON, one document, term or form per line: small, and readable in a diff."""

    def rows(key: str, items: Iterator[str], open_: str, close: str) -> str:
        return f'"{key}":{open_}\n' + ",\n".join(items) + f"\n{close}"

    def js(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    parts = []
    for key in sorted(index, key=lambda k: (k != "generated_by", k)):  # say where it comes from first
        value = index[key]
        if key == "docs":
            parts.append(rows(key, (js(doc) for doc in value), "[", "]"))
        elif key in ("terms", "forms"):
            parts.append(rows(key, (f"{js(k)}:{js(value[k])}" for k in sorted(value)), "{", "}"))
        else:
            parts.append(f"{js(key)}:{js(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_index(data: Dataset, pages: dict[str, str] | None = None, lang: str = "fr") -> str:
    return dumps(build_index(documents(data, pages, lang)))
