"""The index file: the contract between this package and search-core.js.

The reader's first query downloads the ranking index (``INDEX_PATH``): terms and their
postings, surface forms, each document's tier and head (what a result line shows
without its snippet: address, kind, title, reference, status) and every rule the
browser applies: how to cut and fold a query (``tokens.contract``), the vocabulary's
groups of equivalent words, the match qualities, the tier order and the day that
separates this act from earlier ones. search-core.js holds mechanics only.

Results are shown from the index alone; the snippet texts are in display shards
(``SHARD_PATH``) fetched after the results are on screen, only for the shards that
hold them; "show more" does the same for the next ones. ``SHARD_SIZE`` documents per
shard, in document order.

The index holds no positions: it grows with the number of distinct (term, document)
pairs and the display texts, linearly with the data. Its bytes are deterministic:
sorted keys, sorted postings, no timestamps.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from ... import collector
from ...catalogue import STRINGS, chrome, label
from ...dataset import Dataset
from ...models import Status
from ...paths import EDITION_PREFIX
from ...text import flat
from . import questions, tokens
from .documents import INTENTS, TIER_NAMES, SearchDoc, documents, kinds, since

INDEX_PATH = "search/index.json"  # under docs/generated/, published at /search/index.json
SHARD_PATH = "search/docs/{}.json"
SHARD_SIZE = 16
FORMAT = 12  # bump when the JSON layout changes, so that search-core.js can refuse an index it does not know

# How well a query word matched a term of the index (search-core.js multiplies a field's weight by it):
# the same word; a word of the vocabulary's group; an inflection the index does not list (the
# term is a prefix of the word, MAX_EXTRA letters at most); a word being typed (a prefix of the
# term, MIN_PREFIX letters at least); one typo (both words TYPO_MIN letters at least). A word
# the index knows matches itself and its vocabulary only: "armes" never reaches "arménie"; a word of
# the vocabulary, its group only: "freeze" never reaches "free".
QUALITIES = {"exact": 1.0, "alias": 0.9, "stem": 0.9, "prefix": 0.7, "typo": 0.45, "lead": 0.3}
MATCHING = {"max_extra": 3, "min_prefix": 3, "typo_min": 5}
# BM25F: term saturation, length normalisation; weights are stored as integers, SCALE per unit.
K1, B, SCALE = 1.2, 0.75, 4
# A document's score is multiplied by its tier's factor (earlier acts and apparatus weigh less). Documents
# that name the query's words (in a heading, a provision's wording, a source's publisher: the naming bit
# of the postings) come before those that only mention them; then results within STRONG of the best
# score come first, in tier order, then by score.
TIER_FACTORS = (1.0, 1.0, 0.8, 0.4, 0.4)
STRONG = 0.5
# When some document holds every word of a query of NEAR_FROM words or more, those that hold all but one follow
# (the rarer words first): a stray word of a question does not empty the answer.
NEAR_FROM = 3
# The anchor of the citation boxes (questions.CITE_WORDS); the home page's "Cite and reuse" (#cite), the section
# that holds its box, speaks of reuse too and is not one
CITE_ANCHORS = ("cite-this",)
# When fewer than FILL_TO documents hold every word, those that hold fewer follow them rather than vanish.
FILL_TO = 3
# In a query of SLACK_FROM words or more, a document that lacks only the query's most common word (the one of
# least rarity; its rarity is the slack) ranks with those that hold every word, then by the usual order: a
# common word ("topics" beside "European Union") no longer puts a page that holds it before the section that
# answers with all the rest. Measured on the dev splits and builtin (1,300 cases): 7 more hits, none lost.
SLACK_FROM = 2
# Each posting's number is the term's weight in the document times NAMED, plus one when a field that
# names the document holds the term.
NAMED = 2

# Postings are written as base-64 variable-length numbers (search-core.js ``postings``): each number in
# 5-bit groups, low first; a character from the second half of VARINT_DIGITS says "more follow".
VARINT_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

GENERATED_BY = "scripts/build.py, from data/*.yaml and the pages. Do not edit: edit the data."


def encode_postings(postings: dict[int, int]) -> str:
    """``{doc: weight}`` as weight groups, heaviest first: weight, count, then the gaps between the
    group's documents (ascending, each gap minus one, the first counted from -1)."""
    grouped: dict[int, list[int]] = {}
    for doc in sorted(postings):
        grouped.setdefault(postings[doc], []).append(doc)
    out: list[str] = []
    for weight in sorted(grouped, reverse=True):
        docs = grouped[weight]
        out += (_varint(weight), _varint(len(docs)))
        previous = -1
        for doc in docs:
            out.append(_varint(doc - previous - 1))
            previous = doc
    return "".join(out)


def _varint(number: int) -> str:
    return _SHORT[number] if number < len(_SHORT) else _digits(number)


def _digits(number: int) -> str:
    out = []
    while number >= 32:
        out.append(VARINT_DIGITS[32 + (number & 31)])
        number >>= 5
    out.append(VARINT_DIGITS[number])
    return "".join(out)


_SHORT = tuple(_digits(n) for n in range(1024))  # one or two digits: nearly every number of the index


def decode_postings(text: str) -> dict[int, int]:
    """The inverse of ``encode_postings`` (search-core.js has its own)."""
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


def vocabulary_groups(data: Dataset) -> list[list[list[str]]]:
    """The vocabulary's groups as search-core.js reads them: each word or phrase as its folded words."""
    groups = []
    known = vocabulary_acronyms(data)
    for entry in data.vocabulary:
        group = [tokens.query_words(phrase, known) for phrase in entry.words]
        groups.append([phrase for phrase in group if phrase])
    return groups


def vocabulary_leads(data: Dataset) -> list[list[list[list[str]]]]:
    """The vocabulary's one-way leads (``leads_to``) as search-core.js reads them: ``[words, leads]``, each a
    list of phrases as their folded words (the words find the leads at QUALITIES["lead"], not back)."""
    known = vocabulary_acronyms(data)
    out = []
    for entry in data.vocabulary:
        if entry.leads_to:
            sides = [[tokens.query_words(phrase, known) for phrase in side] for side in (entry.words, entry.leads_to)]
            out.append([[phrase for phrase in side if phrase] for side in sides])
    return out


def vocabulary_acronyms(data: Dataset | None) -> frozenset[str]:
    """The stopwords the vocabulary writes in capitals (UN, AN): acronyms in a query even all in capitals."""
    return tokens.acronyms([phrase for entry in data.vocabulary for phrase in entry.words]) if data else frozenset()


# Prepositions and adverbs that readers put in queries and sections use in passing: "sanctions contre les
# responsables", "encore", "after". Like the site's name, they are never required and never decide which
# sections hold the query (search-core.js): they only add to the score of those that hold them, so "qui a voté
# contre" still opens the vote's "contre". Measured on the dev splits and builtin: 2 more hits, none lost.
# "nombre" / "number" ask for a figure, which a figure's row gives without the word ("nombre d'abstentions").
# "visant", "concernant", "targeting" join a thing to its object as "contre" does ("sanctions visant les
# responsables": O14 says « ciblant »). "complète", "full", "entire" say how much of a thing is wanted, not which
# ("liste complète des sources": the sources page, not the few sections that say « révision complète »).
WEAK_WORDS = (
    "contre against après after avant before entre between encore still toujours sans without nombre number "
    "visant ciblant concernant targeting regarding concerning "
    "complet complete complets completes full entire whole entier entiere"
)


def weak_words() -> list[str]:
    """``WEAK_WORDS`` as a query gives them (folded)."""
    return sorted(set(tokens.query_words(WEAK_WORDS)))


def site_words() -> list[str]:
    """The words of the site's name in both editions (Sénat, résolution, Haut-Karabagh, 2024…): nearly every
    section holds them, so a query made only of them says nothing of which section is wanted. search-core.js
    ranks such a query by tier alone: the resolution's provisions first, the site being about them."""
    return sorted({word for lang in ("fr", "en") for word in tokens.query_words(STRINGS[lang]["site_name"])})


class _Counted(NamedTuple):
    """A field's text as the index counts it (``_counted``)."""

    length: int  # how many terms
    counts: tuple[tuple[str, int], ...]  # each stem and how often, in the order the stems first appear
    stems: frozenset[str]
    forms: tuple[tuple[str, str], ...]  # the (form, stem) pairs that differ


@functools.lru_cache(maxsize=65536)  # a text is a field of many documents, and of both editions' indexes
def _counted(text: str, lang: str) -> _Counted:
    pairs = tokens.terms(text, lang)
    stems = [stem for _, stem in pairs]
    forms = tuple(pair for pair in pairs if pair[0] != pair[1])
    return _Counted(len(stems), tuple(Counter(stems).items()), frozenset(stems), forms)


def _weights(field_terms: list[list[tuple[int, _Counted]]], names: list[set[str]]) -> dict[str, dict[int, int]]:
    """Each term's weight in each document: BM25F over the document's fields (a word counts by its
    field's weight, by how often it appears, with diminishing returns, and less in a long field
    than in a short one: a short heading naming a thing is about it, a long one mentions it),
    scaled by SCALE and rounded, at least 1, then times NAMED, plus one where the term names the document.
    ``field_terms``: each document's fields, as (weight, terms); ``names``: each document's naming terms."""
    lengths: dict[int, list[int]] = {}
    for fields in field_terms:
        for weight, counted in fields:
            lengths.setdefault(weight, []).append(counted.length)
    average = {weight: max(1.0, sum(found) / len(found)) for weight, found in lengths.items()}
    # a field's values depend on its terms and weight only: found once for the many documents that share it
    # (by the terms' id: each is held by ``field_terms`` meanwhile; hashing their contents would cost more)
    values: dict[tuple[int, int], dict[tuple[str, int], float]] = {}
    out: dict[str, dict[int, int]] = {}
    for number, fields in enumerate(field_terms):
        # per term and weight, the best field: the same words in both languages (a name, a figure) or
        # repeated labels count once
        best: dict[tuple[str, int], float] = {}
        weighed: set[int] = set()
        for weight, counted in fields:
            found = values.get((id(counted), weight))
            if found is None:
                norm = K1 * (1 - B + B * counted.length / average[weight])
                found = {(stem, weight): weight * tf / (tf + norm) for stem, tf in counted.counts}
                values[id(counted), weight] = found
            if weight not in weighed:  # no key of this weight yet: every key is new (in C)
                weighed.add(weight)
                best.update(found)
                continue
            # keys already there keep their place and the larger value; new keys follow in the field's order
            kept = {key: best[key] for key in found.keys() & best.keys() if best[key] > found[key]}
            best.update(found)
            best.update(kept)
        score: dict[str, float] = {}
        for (stem, _), value in best.items():
            score[stem] = score.get(stem, 0.0) + value
        named = names[number]
        for stem, value in score.items():
            row = out.get(stem)  # (setdefault would make an empty dict for every posting)
            if row is None:
                row = out[stem] = {}
            row[number] = (round(value * SCALE) or 1) * NAMED + (stem in named)  # (values > 0: "or 1" is max(1, …))
    return out


def build_index(docs: list[SearchDoc], lang: str = "fr", data: Dataset | None = None) -> dict:
    """The ranking index as plain data: postings, surface forms, tiers, each document's head
    (what its result line shows, snippets apart) and the rules search-core.js applies."""
    forms: dict[str, set[str]] = {}
    field_terms = []
    names: list[set[str]] = []  # each document's terms that name it
    seen: set[int] = set()  # the texts whose forms are in ``forms`` (by id: ``field_terms`` holds them)
    for doc in docs:
        fields = []
        named: set[str] = set()
        for field in doc.fields:
            counted = _counted(field.text, field.lang)
            if id(counted) not in seen:
                seen.add(id(counted))
                for form, stem in counted.forms:
                    forms.setdefault(form, set()).add(stem)
            fields.append((field.weight, counted))
            if field.names:
                named |= counted.stems
        field_terms.append(fields)
        names.append(named)
    weights = _weights(field_terms, names)
    pages = sorted({doc.url.partition("#")[0] for doc in docs})
    page_numbers = {url: n for n, url in enumerate(pages)}
    return {
        "format": FORMAT,
        "generated_by": GENERATED_BY,
        "count": len(docs),
        # the pages results open, each once: a head's address is a number in this list and an anchor
        "pages": pages,
        # one head per document, head(): [page number, anchor, kind, title, ref, status, page label]
        "heads": [_head(doc, page_numbers) for doc in docs],
        "shard_size": SHARD_SIZE,
        "shard_path": SHARD_PATH,
        # one digit per document: its ranking tier, a position in ranking.tiers
        "tiers": "".join(str(doc.tier) for doc in docs),
        "lang": lang,
        "kinds": kinds(lang),
        # the search box's own words in this edition (the not-found page shows them in the reader's edition)
        "strings": {key: text for key, text in chrome(lang).items() if key.startswith("search_")},
        # where each edition's index is, from the site's root: the not-found page, served at any address,
        # reads the one of the edition the address is in
        "editions": dict(EDITION_PREFIX),
        "statuses": {status.value: label(status, lang) for status in Status},
        "tokens": tokens.contract(vocabulary_acronyms(data)),
        "ranking": {
            "qualities": QUALITIES,
            **MATCHING,
            "strong": STRONG,
            "near_from": NEAR_FROM,
            "fill_to": FILL_TO,
            "slack_from": SLACK_FROM,
            "named": NAMED,
            # a query made only of these words is ranked by tier, then score (site_words)
            "site_words": site_words(),
            # never required either, but not the site's name (WEAK_WORDS)
            "weak_words": weak_words(),
            "tier_factors": list(TIER_FACTORS),
            "tiers": list(TIER_NAMES),
            # events and sources dated from this day on are about this act (tier "act"), before it "earlier"
            "since": since(data).isoformat() if data is not None else "",
            # what a question asks beyond its words (questions.py): intents and their documents, years, apparatus
            "questions": questions.rules(
                {intent: [n for n, doc in enumerate(docs) if intent in doc.intents] for intent in INTENTS},
                _act_year(data),
                [n for n, doc in enumerate(docs) if "earlier" in doc.intents],
                [n for n, doc in enumerate(docs) if "later" in doc.intents],
                people_terms(data),
                [n for n, doc in enumerate(docs) if doc.url.rpartition("#")[2] in CITE_ANCHORS],
            ),
        },
        "aliases": vocabulary_groups(data) if data is not None else [],
        # one-way leads: [the words, what they also find, weakly]
        "leads": vocabulary_leads(data) if data is not None else [],
        # term → its postings, encode_postings: weight × ranking.named, plus 1 where the term names the document
        "terms": {stem: encode_postings(postings) for stem, postings in weights.items()},
        # folded surface form → its stem(s), where they differ
        "forms": {form: sorted(stems)[0] if len(stems) == 1 else sorted(stems) for form, stems in forms.items()},
    }


def people_terms(data: Dataset | None) -> list[str]:
    """The terms of the names of the people the data names (surnames and first names, stemmed in both
    languages), words of four letters or more: a query that names one of them asks for the sections that list
    people (questions.rules)."""
    if data is None:
        return []
    found = {
        stem
        for person in data.people
        for lang in ("fr", "en")
        for form, stem in tokens.terms(flat(str(person.name)), lang)
        if len(form) >= 4
    }
    return sorted(found)


def _act_year(data: Dataset | None) -> str:
    """The year of the act's adoption (a query naming no year means this act)."""
    adopted = data.identity.adopted.value if data is not None else None
    return str(adopted)[:4] if adopted is not None else ""


def _head(doc: SearchDoc, page_numbers: dict[str, int]) -> list:
    """What a result line shows before its snippet: ``[page number, anchor, kind, title, ref, status,
    page label]``, trailing empty strings left out (search-core.js ``read`` reads it back)."""
    page, _, anchor = doc.url.partition("#")
    head = [page_numbers[page], anchor, doc.kind, doc.title, doc.ref, doc.status, doc.page]
    while head[-1] == "":
        head.pop()
    return head


def expand(index: dict) -> list[dict]:
    """The heads of ``index`` as search-core.js reads them: ``url``, ``kind``, ``title`` and, where set,
    ``ref``, ``status``, ``page``."""
    out = []
    for head in index["heads"]:
        page_number, anchor, kind, title, *rest = head
        rest += [""] * (3 - len(rest))
        doc = {"url": index["pages"][page_number] + (f"#{anchor}" if anchor else ""), "kind": kind, "title": title}
        doc.update({key: value for key, value in zip(("ref", "status", "page"), rest, strict=True) if value})
        out.append(doc)
    return out


def _shown(doc: SearchDoc) -> dict:
    """What a result's snippet is cut from: its texts, ``[lang, text]``; where a text has stretches in another
    language, ``runs``: one list per text of ``[start, end, lang]`` (search.js sets them apart); where a text is
    attributed, ``by``: one string per text (search.js shows it before the snippet)."""
    if not doc.texts:
        return {}
    shown: dict = {"texts": [list(pair) for pair in doc.texts]}
    if any(doc.runs):
        shown["runs"] = [[list(run) for run in found] for found in doc.runs]
    if any(doc.by):
        shown["by"] = list(doc.by)
    return shown


def build_shards(docs: list[SearchDoc]) -> list[list[dict]]:
    """The snippet texts of each result, SHARD_SIZE documents per shard: shard ``n // SHARD_SIZE``
    holds document ``n`` (``{}`` when it has none)."""
    shown = [_shown(doc) for doc in docs]
    return [shown[start : start + SHARD_SIZE] for start in range(0, len(shown), SHARD_SIZE)]


# One encoder for the tens of thousands of small values (a term, its postings): json.dumps with
# options builds a new encoder at every call.
_js = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


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


def dumps_shard(shard: list[dict]) -> str:
    """A display shard: where it comes from, then its documents, one per line."""
    docs = ",\n".join(_js(doc) for doc in shard)
    return f'{{\n"generated_by":{_js(GENERATED_BY)},\n"docs":[\n{docs}\n]\n}}\n'


def render_files(
    data: Dataset, pages: Mapping[str, str] | None = None, lang: str = "fr", twins: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Every search file of an edition, by its path under the edition: the index and its display shards.

    ``pages`` are the edition's pages (Markdown by path), ``twins`` the other edition's."""
    with collector.paused():
        docs = documents(data, pages, lang, twins)
        files = {INDEX_PATH: dumps(build_index(docs, lang, data))}
        for number, shard in enumerate(build_shards(docs)):
            files[SHARD_PATH.format(number)] = dumps_shard(shard)
    return files


def render_index(data: Dataset, pages: Mapping[str, str] | None = None, lang: str = "fr") -> str:
    """The ranking index alone (INDEX_PATH)."""
    return dumps(build_index(documents(data, pages, lang), lang, data))
