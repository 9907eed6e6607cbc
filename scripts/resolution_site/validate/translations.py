"""Our translations of the sources' excerpts: each in the other edition's language, of an excerpt
in another language than its own (``SourceRef.excerpt_en``, ``excerpt_fr``)."""

from __future__ import annotations

from ..dataset import Dataset
from ..load import DataError
from ..models import SourceRef
from ..text import flat, reads_as

_NAMES = {"fr": "French", "en": "English", "ru": "Russian", "hy": "Armenian", "az": "Azerbaijani"}


def check_excerpt_translations(data: Dataset) -> list[DataError]:
    """An excerpt's translation into an edition's language translates an excerpt there is, in
    another language, and reads as that language, not as the excerpt's."""
    errors: list[DataError] = []
    languages = {source.id: source.language.value for source in data.sources}
    for name, doc in data.docs.items():
        for loc, ref in data.located(name, SourceRef):
            quoted = languages.get(ref.source)  # an unknown source is check_references' error
            for lang in ("fr", "en"):
                ours = getattr(ref, f"excerpt_{lang}")
                if ours is None or quoted is None:
                    continue
                field = (*loc, f"excerpt_{lang}")
                read = reads_as(ours)
                if not ref.excerpt:
                    message = "translates no excerpt: give the source's words in 'excerpt', or drop this"
                elif quoted == lang:
                    message = f"the excerpt is already in {_NAMES[lang]}, the source's language: drop this"
                elif flat(ours) == flat(ref.excerpt):
                    message = f"is the excerpt itself: give our {_NAMES[lang]} translation of it"
                elif read not in (lang, None):
                    message = f"reads as {_NAMES[read]}, not {_NAMES[lang]}: give our {_NAMES[lang]} translation here"
                else:
                    continue
                errors.append(doc.error(field, message))
    return errors
