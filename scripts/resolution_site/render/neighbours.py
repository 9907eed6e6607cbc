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


def shorten(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut at a word boundary before ``limit`` characters, with an ellipsis."""
    flat_text = flat(text)
    if len(flat_text) <= limit:
        return flat_text
    cut = flat_text[: limit + 1].rsplit(" ", 1)[0] if " " in flat_text[:limit] else flat_text[:limit]
    return cut.rstrip(" ,;:.—-") + " …"


def excerpt(p: Provision, limit: int = EXCERPT_CHARS) -> Excerpt:
    """The excerpt of ``p``: its wording if known, else its first fragment, else its first paraphrase."""
    if p.wording:
        return Excerpt(
            "wording", shorten(p.wording.fr, limit), "fr", shorten(p.wording.en, limit), True, p.wording.source
        )
    for basis, quotes in (("fragment", p.fragments), ("paraphrase", p.paraphrases)):
        if quotes:
            return _from_quote(basis, _preferred(quotes), limit)
    return Excerpt("none")


def _preferred(quotes: list[Quote]) -> Quote:
    """A French quote if there is one (it is closest to the text), else the first."""
    return next((q for q in quotes if q.lang.value == "fr"), quotes[0])


def _from_quote(basis: str, q: Quote, limit: int) -> Excerpt:
    if q.lang.value == "en":
        return Excerpt(basis, shorten(q.text, limit), "en", None, False, q.source)
    english = shorten(q.translation_en, limit) if q.translation_en else None
    return Excerpt(basis, shorten(q.text, limit), q.lang.value, english, english is not None, q.source)


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
