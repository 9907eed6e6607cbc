"""Text of the data as one line: YAML block scalars keep their line breaks, and
a heading, a citation, a CSV cell or an XML attribute wants none."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# A political group's acronym as the sources write it: "LR", "SER", "CRCE-K".
GROUP_ACRONYM = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]+)?\b")
# A group label that is the source's own: an acronym, an acronym with the group's French name
# in brackets, a name as names begin ("LR (Les Républicains)"), or the name alone, each word
# capitalised ("Union Centriste"). Anything else holds words of ours ("centriste (sénatrice…)").
QUOTED_GROUP = re.compile(rf"(?:{GROUP_ACRONYM.pattern})(?: \([A-ZÉ][^()]*\))?|[A-ZÉ][\w'’-]*(?: [A-ZÉ][\w'’-]*)*")
NAMED_GROUP = re.compile(rf"({GROUP_ACRONYM.pattern}) \(([^()]+)\)")


def flat(text: str) -> str:
    """``text`` with every run of white space (line breaks included) folded into one space."""
    return " ".join(str(text).split())


# A quotation in another language inside a text of ours, with our translation beside it:
# ``{fr|1 personne a voté contre|1 person voted against}`` in the English text of a note,
# ``{en|obvious example of hypocrisy|exemple évident d'hypocrisie}`` in the French one. The
# pages mark the quotation with its language and the translation as ours, unofficial
# (``render.environment.md``); plain outputs (CSV, feeds, search) get ``plain``. A word discussed
# as a word, whose translation the sentence itself gives ("renders {fr|réprouve} as 'disapproves
# of'"), is written without one: ``{fr|réprouve}``.
FOREIGN = re.compile(r"\{(fr|en|ru|hy|az)\|([^{}|]+)(?:\|([^{}|]+))?\}")
# What looks like the start of one ("{fr|", "{en:"): where ``FOREIGN`` does not match, a mistake.
# Other braces are plain text, shown as written.
FOREIGN_START = re.compile(r"\{\s*[a-z]{2}\s*[|:]")
# The edition's quotation marks and the words that mark a translation as ours.
QUOTE_MARKS = {"fr": ("«\u00a0", "\u00a0»"), "en": ("“", "”")}
OUR_TRANSLATION = {"fr": "notre traduction, non officielle\u00a0: ", "en": "our translation, unofficial: "}


def foreign_parts(text: str) -> list[str | tuple[str, str, str]]:
    """``text`` cut into plain pieces and (language, quotation, translation) triples (translation
    "" for a word discussed as a word)."""
    parts: list[str | tuple[str, str, str]] = []
    start = 0
    for found in FOREIGN.finditer(text):
        parts.append(text[start : found.start()])
        lang, original, translation = found.groups()
        parts.append((lang, original.strip(), (translation or "").strip()))
        start = found.end()
    parts.append(text[start:])
    return parts


def resolve(
    text: str,
    edition: str,
    piece: Callable[[str], T],
    quoted: Callable[[str, str], T],
    ours: Callable[[str, str, str], T],
) -> list[T | str]:
    """The one reading of our foreign quotations, for every output (pages, open data, feeds,
    search): ``text`` as edition ``edition`` shows it, in pieces for the caller to join. A plain
    piece goes through ``piece``; a quotation is the edition's opening mark, ``quoted(language,
    words)``, the closing mark and, when we give a translation, a space and ``ours(before,
    translation, after)``, where ``before`` and ``after`` wrap it as ours and unofficial, in the
    edition's marks and in brackets."""
    opening, closing = QUOTE_MARKS[edition]
    out: list[T | str] = []
    for part in foreign_parts(text):
        if isinstance(part, str):
            out.append(piece(part))
            continue
        lang, original, translation = part
        out += [opening, quoted(lang, original), closing]
        if translation:
            out += [" ", ours(f"({OUR_TRANSLATION[edition]}{opening}", translation, f"{closing})")]
    return out


def plain(text: str, lang: str, quoted: Callable[[str, str], str] = lambda _, words: words) -> str:
    """``text`` for an output without markup, in edition ``lang``: what the edition's pages show of
    it, without the HTML (``resolve``); ``quoted(language, words)`` gives a quotation's words (search marks
    their language with it)."""
    if "{" not in text:
        return flat(text)
    out = resolve(text, lang, str, quoted, lambda before, words, after: before + words + after)
    return " ".join(re.split(r"[ \t\n]+", "".join(out))).strip()


def foreign_errors(text: str, side: str) -> list[str]:
    """What is wrong with the foreign quotations of ``text``, the ``side`` (fr, en) of a text of ours."""
    errors = []
    rest = FOREIGN.sub("", text)
    if FOREIGN_START.search(rest):
        errors.append(
            "something that looks like a foreign quotation but is not one; write one as"
            " {fr|the quoted words|our translation}"
            " (language fr, en, ru, hy or az; no '|', '{' or '}' inside)"
        )
    for found in FOREIGN.finditer(text):
        if found.group(1) == side:
            errors.append(
                f"the quotation {found.group(0)[:60]!r} is marked {side!r} in the {side!r} text: only words in another"
                " language are marked (and translated)"
            )
    return errors


# Words that only one of the two editions' languages uses often (articles, prepositions,
# pronouns, auxiliaries): enough of them, and none or few of the other's, tell which language a
# sentence is in. Words both languages write ("on", "an", "a", "es") are left out: French "un an"
# is not English. The one home of these lists: the validation of our translations counts them
# (``reads_as``), the tests over the pages and the data search them.
FRENCH_WORDS = re.compile(
    r"(?i)(?<![\w'’])(?:le|la|les|des|du|une|et|est|sont|pour|contre|voix|dans|qui|que|sur|avec|par|au|aux|ne"
    r"|pas|son|ses|sa|leur|leurs|cette|ces|il|elle|nous|vous|ont|été|d|l|qu)(?![\w-])"
)
ENGLISH_WORDS = re.compile(
    r"(?i)(?<![\w'’])(?:the|of|and|is|was|to|that|with|has|have|for|by|its|this|it|are|were|which|from|will|be"
    r"|been|their|they|would)(?![\w'’-])"
)
# Accented letters English words never carry: a sign of French in a short quotation with none of
# its common words ("élection présidentielle"), but not counted by ``reads_as``, since names keep
# them in both languages (Gérard Larcher, Élysée).
FRENCH_LETTERS = re.compile(r"(?i)[éèêàçùâîôû]")


def reads_as(text: str) -> str | None:
    """ "fr" or "en" where ``text`` clearly reads as that language (three of its common words or
    more, and at most a third as many of the other's), else None: a name, a figure or a few
    words tell nothing."""
    french = len(FRENCH_WORDS.findall(text))
    english = len(ENGLISH_WORDS.findall(text))
    if french >= 3 and english * 3 <= french:
        return "fr"
    if english >= 3 and french * 3 <= english:
        return "en"
    return None
