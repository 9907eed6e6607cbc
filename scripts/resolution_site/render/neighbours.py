"""What the topic pages and the provision pages show of other provisions: a short
excerpt of each, and the provisions that share a topic.

Pure functions from the models; the templates decide how they look. An
excerpt never passes a paraphrase off as the text: it says which kind of
evidence it quotes (``basis``), and the templates label it accordingly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dataset import Dataset
from ..models import Provision, Quote, Topic
from ..text import flat

# About two lines of a topic page: enough to recognise the provision.
EXCERPT_CHARS = 220


@dataclass(frozen=True)
class Excerpt:
    """The best known words of a provision, shortened.

    ``basis`` is ``wording`` (the French text and our translation),
    ``fragment`` (words of the text, quoted by a source), ``paraphrase`` (a
    third party's words, not the text) or ``none`` (nothing is known: the
    templates then show our heading, labelled as ours).
    """

    basis: str
    text: str | None = None
    lang: str | None = None
    english: str | None = None
    english_is_ours: bool = False
    source: str | None = None
    caption: str | None = None
    french: str | None = None  # our French translation of words in English, for the French edition


def shorten(text: str, limit: int | None = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut at a word boundary before ``limit`` characters, with an ellipsis
    (``None``: whole)."""
    flat_text = flat(text)
    if limit is None or len(flat_text) <= limit:
        return flat_text
    cut = flat_text[: limit + 1].rsplit(" ", 1)[0] if " " in flat_text[:limit] else flat_text[:limit]
    return close_quotes(cut.rstrip(" ,;:.—-") + " …")


_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def close_quotes(text: str) -> str:
    """``text`` with every quotation it opens and a cut left open closed at its end
    (a quotation within a report, cut short, never leaves an opening mark alone)."""
    for opening, closing in _QUOTE_PAIRS:
        missing = text.count(opening) - text.count(closing)
        if missing > 0:
            text += (" " if closing == "»" else "") + closing * missing
    return text


def excerpt(p: Provision, limit: int = EXCERPT_CHARS) -> Excerpt:
    """The excerpt of ``p``: its wording if known, else its first fragment, else its first paraphrase.
    Shortened only when it has no translation of ours: the original and the translation would be cut
    at different words, and a translation must not say more than the words it stands beside (as on
    the full text, ``text_view``)."""
    if p.wording:
        cut = None if p.wording.en else limit
        return Excerpt("wording", shorten(p.wording.fr, cut), "fr", shorten(p.wording.en, cut), True, p.wording.source)
    for basis, quotes in (("fragment", p.fragments), ("paraphrase", p.paraphrases)):
        if quotes:
            best = _preferred(quotes)
            translated = best.translation_fr if best.lang.value == "en" else best.translation_en
            return _from_quote(basis, best, None if translated else limit)
    return Excerpt("none")


def _preferred(quotes: list[Quote]) -> Quote:
    """A French quote if there is one (it is closest to the text), else the first."""
    return next((q for q in quotes if q.lang.value == "fr"), quotes[0])


# One rule for the caption of the words shown of a provision, on every page that shows
# them (the full text, the provision pages, the topic pages): it follows the kind of the
# quote shown, as the status badge follows the same evidence (evidence.evidence_status).
# The values are catalogue keys.
CAPTIONS = {
    "verbatim": "known_fragment_not_full",
    "reported": "reported_fragment_not_text",
    "paraphrase": "paraphrase_not_text",
    "translation": "paraphrase_not_text",
}


def _from_quote(basis: str, q: Quote, limit: int | None) -> Excerpt:
    caption = CAPTIONS[q.kind.value]
    if q.lang.value == "en":
        french = shorten(q.translation_fr, limit) if q.translation_fr else None
        return Excerpt(basis, shorten(q.text, limit), "en", None, False, q.source, caption, french)
    english = shorten(q.translation_en, limit) if q.translation_en else None
    return Excerpt(basis, shorten(q.text, limit), q.lang.value, english, english is not None, q.source, caption)


# How many neighbours a provision page lists per topic. Listing every member
# would make each page grow with the topic, and the site with the square of
# the number of provisions; the topic page has the full list.
SAME_TOPIC_LIMIT = 8


def same_topic(data: Dataset, p: Provision, limit: int = SAME_TOPIC_LIMIT) -> list[tuple[Topic, list[Provision], int]]:
    """For each topic of ``p`` (in ``p``'s order): up to ``limit`` other provisions
    on it, the nearest to ``p`` in text order, and how many more there are."""
    groups = []
    for topic_id in p.topics:
        members = data.provisions_by_topic()[topic_id]
        at = data.place_in_topic(topic_id, p.id)
        others = members[:at] + members[at + 1 :]
        start = min(max(at - limit // 2, 0), max(len(others) - limit, 0))
        shown = others[start : start + limit]
        groups.append((data.topic(topic_id), shown, len(others) - len(shown)))
    return groups


# --- what the full text shows of a provision whose wording is not known in full ----------

GAP = "[…]"

# How much of a report the full text shows: about two lines; the provision page has the rest.
# A report shown with our translation is never cut: the two editions would cut it at
# different words, and a translation must not say more than the words it translates.
REPORT_CHARS = 200


def join_fragments(texts: list[str]) -> str:
    """Fragments of the text in order, each gap marked once with ``[…]`` (a fragment that
    already ends or starts with ``[…]`` does not get a second one)."""
    out = ""
    for text in (t for t in texts):
        if not out.endswith(GAP) and not text.startswith(GAP):
            out += (" " if out else "") + GAP
        out += (" " if out else "") + text
    if not out.endswith(GAP):
        out += " " + GAP
    return out


@dataclass(frozen=True)
class TextView:
    """What stands in the text column for one provision.

    ``basis`` is ``wording`` (the full wording), ``fragments`` (words of the
    text itself, quoted verbatim by a source: ``french`` and ``english`` are
    the joined fragments, ``sources`` where they are quoted), ``report`` (no words of the text are known as
    such: ``report`` is the best account of what it says, a report and never
    the wording, and ``quote`` the quote it comes from, which the provision page
    shows whole in its evidence and the text column links to) or ``none``
    (nothing is known).
    """

    basis: str
    french: str | None = None
    english: str | None = None
    report: Excerpt | None = None
    sources: tuple[str, ...] = ()  # the fragments' sources, in order of first quotation
    quote: Quote | None = None


def text_view(p: Provision, limit: int = REPORT_CHARS) -> TextView:
    """The text column of ``p``. Words of the text quoted in reported speech (« Elle fait valoir
    que… ») or a third party's account are a report: only the best one is shown, shortened,
    so that two reports of the same clause never read as two clauses; shortened only when it
    has no translation of ours, so that both editions show it to the same word."""
    if p.wording:
        return TextView("wording", p.wording.fr, p.wording.en)
    verbatim = [q for q in p.fragments if q.kind.value == "verbatim" and q.lang.value == "fr"]
    if verbatim:
        english = [q.translation_en for q in verbatim if q.translation_en]
        joined_en = join_fragments(english) if len(english) == len(verbatim) else None
        sources = tuple(dict.fromkeys(q.source for q in verbatim))
        return TextView("fragments", join_fragments([q.text for q in verbatim]), joined_en, sources=sources)
    reports = [q for q in p.fragments if q.kind.value == "reported"] or p.paraphrases or p.fragments
    if reports:
        best = min(reports, key=_report_rank)
        translated = best.translation_fr if best.lang.value == "en" else best.translation_en
        basis = "fragment" if best in p.fragments else "paraphrase"
        return TextView("report", report=_from_quote(basis, best, None if translated else limit), quote=best)
    return TextView("none")


_KIND_RANK = {"verbatim": 0, "reported": 1, "paraphrase": 2, "translation": 3}


def _report_rank(q: Quote) -> tuple[int, int, int]:
    """Closest to the adopted text first: the text's own words in reported speech, then a
    third party's account, then a third party's retranslation; of the adopted text before
    the motion's; in French before English."""
    return (_KIND_RANK[q.kind.value], q.stage.value != "adopted", q.lang.value != "fr")
