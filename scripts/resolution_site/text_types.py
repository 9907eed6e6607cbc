"""The rules every text of the data obeys, in one place: no hidden characters, not blank, not
huge, and normalised once, at load (``Text`` for our own prose, ``Quoted`` for a source's
words), so that no output needs to fold it again. ``models.py`` re-exports every name."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

# --- text: the rules every string of the data obeys, in one place --------------------

MAX_TEXT_CHARS = 4000  # the longest paragraph of the data is under 700; Markdown is slow on huge ones
# Characters no text of ours needs, each of which has broken or could mislead an output:
# C0/C1 controls and DEL (XML refuses most of them), line and paragraph separators,
# bidirectional embeddings, overrides and isolates (they reorder what a reader sees, as in
# "Trojan Source"), lone surrogates, and the non-characters U+FFFE/U+FFFF. A line break is
# allowed: YAML block scalars keep theirs, and the loader folds them (clean_text).
FORBIDDEN_CHARS = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def refuse_hidden_characters(value: str) -> str:
    """Refuse the characters of ``FORBIDDEN_CHARS``, naming the first one and where it is."""
    found = FORBIDDEN_CHARS.search(value)
    if found:
        char = found.group()
        name = unicodedata.name(char, "a control character")
        raise ValueError(
            f"character U+{ord(char):04X} ({name}) at position {found.start() + 1} is not allowed in text; "
            "remove it (control and bidirectional-override characters are refused)"
        )
    return value


def refuse_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("text is blank; write the text or remove the field")
    return value


def clean_quoted(value: str) -> str:
    """Words as a source gives them, as every output shows them: checked, then its line breaks
    and runs of spaces folded into one space (YAML block scalars keep their line breaks; no
    output wants them). Only ASCII spaces and line breaks are folded: a non-breaking space of
    the source is kept, as the methodology promises."""
    return _SPACES.sub(" ", refuse_blank(refuse_hidden_characters(value))).strip(" ")


def clean_text(value: str) -> str:
    """Our own prose as every output shows it: as ``clean_quoted``, and a non-breaking space
    is folded too (it is typography, which the French edition sets on screen by itself), so
    that JSON, CSV, Akoma Ntoso, feeds and search all carry the same characters."""
    return _SPACES_NBSP.sub(" ", refuse_blank(refuse_hidden_characters(value))).strip(" ")


_SPACES = re.compile("[ \n]+")
_SPACES_NBSP = re.compile("[ \n\u00a0]+")

# Every text field of the data: not blank, not huge, no hidden characters, normalised once, here,
# so that no output needs to fold it again. ``Text`` is ours; ``Quoted`` is a source's words.
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_CHARS), AfterValidator(clean_text)]
Quoted = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_CHARS), AfterValidator(clean_quoted)]

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80),
    Field(description="Lowercase ASCII words joined by hyphens; never reused."),
]
HttpsUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}\.?(?::\d+)?(?:/[^\s]*)?$", max_length=2000),
    AfterValidator(refuse_hidden_characters),
    Field(description="An absolute https:// URL; no other scheme is accepted."),
]
Excerpt = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    AfterValidator(refuse_hidden_characters),
    AfterValidator(refuse_blank),
    Field(description="The supporting passage, copied exactly from the source, in its language (≤ 300 characters)."),
]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$"),
    Field(description="A year (2024) or a month (2024-01), quoted."),
]
