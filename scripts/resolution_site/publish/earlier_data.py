"""Open data of the earlier resolutions: one CSV row per earlier provision, with its CSVW metadata.

The full records (acts, provisions with every quotation, concordance, dropped
themes) are in ``resolution.json`` under ``earlier_acts``, ``concordance`` and
``dropped_themes``, like every data file; the CSV is the flat view a
spreadsheet wants, one row per provision of an earlier text.
"""

from __future__ import annotations

import csv
import io

from .. import paths
from ..dataset import Dataset
from ..earlier import by_id
from ..paths import EARLIER_CSV, EARLIER_CSVW
from ..settings import DEFAULT, Settings
from . import opendata  # its CSV-injection rule; opendata imports this module too, so only attributes at call time

COLUMNS = {
    "id": ("Stable id of the earlier provision (its anchor on the comparison page).", "string"),
    "act": ("Id of the earlier resolution (resolution.json, key 'earlier_acts').", "string"),
    "chamber": ("senate or national-assembly.", "string"),
    "ref": ("Our working label (P2, S20-b…); editorial, not an official number.", "string"),
    "kind": ("visa, recital or operative.", "string"),
    "status": ("Status of the wording: verbatim, fragment, paraphrase or not-located (never official).", "string"),
    "confidence": ("high, medium or low, under the methodology's rule.", "string"),
    "heading_fr": ("Our heading, in French.", "string"),
    "heading_en": ("Our heading, in English.", "string"),
    "text": ("The wording if a verbatim copy is known, else the first fragment, else the first paraphrase.", "string"),
    "text_lang": ("Language of 'text'.", "string"),
    "text_kind": ("verbatim, reported, paraphrase or translation: what 'text' is.", "string"),
    "text_stage": ("draft, deposited, adopted or unknown: which state of the text 'text' reflects.", "string"),
    "text_source": ("Source id of 'text' (resolution.json, key 'sources').", "string"),
    "provisions_2024": ("Ids of the 2024 provisions on the same matter, separated by ';'.", "string"),
    "sources": ("Source ids, separated by ';'.", "string"),
    "url": ("Its place on the comparison page (relative to this file when the site's address is not set).", "anyURI"),
}


def earlier_csv(data: Dataset, settings: Settings = DEFAULT) -> str:
    """One row per earlier provision, acts in file order, provisions in file order."""
    matches: dict[str, list[str]] = {}
    for match in data.concordance:
        for ident in match.earlier:
            matches.setdefault(ident, []).append(match.provision)
    page = settings.from_data(paths.page_url(paths.page("earlier")))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for ident, (act, p) in by_id(data).items():
        quote = p.wording or (p.fragments or p.paraphrases)[0]
        row = [
            ident,
            act.id,
            act.chamber.value,
            p.ref,
            p.kind.value,
            p.status.value,
            p.confidence.value,
            p.heading.fr,
            p.heading.en,
            quote.text,
            quote.lang.value,
            quote.kind.value,
            quote.stage.value,
            quote.source,
            ";".join(matches.get(ident, [])),
            ";".join(dict.fromkeys(ref.source for ref in p.sources)),
            f"{page}#{ident}",
        ]
        writer.writerow([opendata.csv_cell(cell) for cell in row])
    return out.getvalue()


def earlier_csvw(data: Dataset, settings: Settings = DEFAULT) -> str:
    """CSV on the Web metadata for ``devancieres.csv``."""
    return opendata.csvw(
        data,
        settings,
        EARLIER_CSV,
        title="Provisions of the French Senate's earlier resolutions on Nagorno-Karabakh (2020, 2022), "
        "and of the National Assembly's, as far as known (one row per provision)",
        description=opendata.CSV_NEUTRALISED,
        columns=COLUMNS,
        lists=frozenset({"provisions_2024", "sources"}),
        nullable=frozenset({"provisions_2024", "sources"}),
        relation=False,
    )


def render_files(data: Dataset, settings: Settings = DEFAULT) -> dict[str, str]:
    return {EARLIER_CSV: earlier_csv(data, settings), EARLIER_CSVW: earlier_csvw(data, settings)}
