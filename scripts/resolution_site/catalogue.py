"""Bilingual labels for the closed vocabularies and for dates, shown on every page.

Kept beside the models (not in data/) because they name the schema's own
values: adding a status means adding its label here, and the tests check
that every value of every vocabulary has one.
"""

from __future__ import annotations

from datetime import date

from .models import Confidence, Kind, Lang, QuoteKind, SourceKind, Stage, Status

STATUS = {
    Status.official: ("Libellé officiel confirmé", "Official wording confirmed"),
    Status.verbatim: ("Libellé cité d'après une copie secondaire", "Verbatim from a secondary copy"),
    Status.fragment: ("Fragments du libellé seulement", "Fragments of the wording only"),
    Status.paraphrase: ("Paraphrase seulement, libellé inconnu", "Paraphrase only, wording unknown"),
    Status.not_located: ("Pas encore localisé", "Not yet located"),
}

STATUS_EXPLAINED = {
    Status.official: (
        "Le libellé français est confirmé par une source officielle (senat.fr).",
        "The French wording is confirmed by an official source (senat.fr).",
    ),
    Status.verbatim: (
        "Le libellé français est cité mot pour mot d'après une copie publiée hors du Sénat ; "
        "aucune source officielle consultée ne le reproduit en entier.",
        "The French wording is quoted word for word from a copy published outside the Senate; "
        "no official source consulted reproduces it in full.",
    ),
    Status.fragment: (
        "Seuls des fragments du libellé français sont connus, cités par leurs sources.",
        "Only fragments of the French wording are known, quoted from their sources.",
    ),
    Status.paraphrase: (
        "Le libellé français est inconnu ; seules des paraphrases ou traductions de tiers existent.",
        "The French wording is unknown; only third-party paraphrases or translations exist.",
    ),
    Status.not_located: (
        "La disposition est attendue mais rien de son libellé n'a encore été trouvé.",
        "The provision is expected, but nothing of its wording has been found yet.",
    ),
}

KIND = {
    Kind.visa: ("Visa", "Citation (visa)"),
    Kind.recital: ("Considérant", "Recital"),
    Kind.operative: ("Alinéa du dispositif", "Operative paragraph"),
}

KIND_PLURAL = {
    Kind.visa: ("Visas", "Citations (visas)"),
    Kind.recital: ("Considérants", "Recitals"),
    Kind.operative: ("Dispositif", "Operative part"),
}

CONFIDENCE = {
    Confidence.high: ("fiabilité élevée", "high confidence"),
    Confidence.medium: ("fiabilité moyenne", "medium confidence"),
    Confidence.low: ("fiabilité faible", "low confidence"),
}

SOURCE_KIND = {
    SourceKind.official: ("Sources officielles", "Official sources"),
    SourceKind.parliamentary_record: ("Comptes rendus et documents parlementaires", "Parliamentary records"),
    SourceKind.press: ("Presse", "Press"),
    SourceKind.advocacy: ("Associations et militants", "Advocacy"),
    SourceKind.other: ("Autres", "Other"),
}

STAGE = {
    Stage.deposited: ("texte déposé", "text as deposited"),
    Stage.adopted: ("texte adopté", "text as adopted"),
    Stage.unknown: ("étape inconnue", "stage unknown"),
}

QUOTE_KIND = {
    QuoteKind.verbatim: ("citation littérale", "verbatim quotation"),
    QuoteKind.reported: ("discours rapporté", "reported speech"),
    QuoteKind.paraphrase: ("paraphrase d'un tiers", "third-party paraphrase"),
    QuoteKind.translation: ("traduction d'un tiers", "third-party translation"),
}

LANG = {
    Lang.fr: ("français", "French"),
    Lang.en: ("anglais", "English"),
    Lang.ru: ("russe", "Russian"),
    Lang.hy: ("arménien", "Armenian"),
    Lang.az: ("azerbaïdjanais", "Azerbaijani"),
}

VOCABULARIES = {
    Status: STATUS,
    Kind: KIND,
    Confidence: CONFIDENCE,
    SourceKind: SOURCE_KIND,
    Stage: STAGE,
    QuoteKind: QUOTE_KIND,
    Lang: LANG,
}


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def format_date(value: date | str | None, lang: str = "fr") -> str:
    """``2024-01-17`` → ``17 janvier 2024`` / ``17 January 2024``; partial dates too."""
    months = MONTHS[lang]
    if value is None:
        return "s. d." if lang == "fr" else "n.d."
    if isinstance(value, date):
        day = "1er" if (lang == "fr" and value.day == 1) else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"
    parts = value.split("-")
    return f"{months[int(parts[1]) - 1]} {parts[0]}" if len(parts) == 2 else parts[0]
