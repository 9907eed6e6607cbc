"""Each page's values (``pages.Page.view`` names the method) and the view models they are made
of: a mixin of ``Edition``, kept apart so that the edition's helpers and its page values each
stay readable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from .. import licence, paths, since
from ..models import Kind, Source, SourceKind, SourceRef, Status
from ..work import work_uri
from . import chart, cite
from . import earlier as earlier_view
from .views import (
    CONFIDENCE_RANK,
    by_kind,
    completeness,
    date_key,
    excerpt_counts,
    lead_first,
    publisher,
    source_sort_title,
    wording_counts,
)

if TYPE_CHECKING:
    from datetime import date

    from ..dataset import Dataset
    from ..models import Bilingual, Person, Provision


class PageValues:
    if TYPE_CHECKING:  # what ``Edition`` gives the page values
        data: Dataset
        lang: str
        other: str
        t: dict[str, str]
        provisions: dict[str, Provision]

        def tr(self, text: Bilingual | None) -> str: ...
        def date(self, value: date | str | None) -> str: ...
        def group(self, person: Person, raw_html: bool = False) -> Markup: ...
    # --- each page's values (``pages.Page.view``) -------------------------------------------

    def home_values(self) -> dict[str, Any]:
        data, ordered = self.data, self.data.provisions_in_order()
        return {
            "counts": wording_counts(data),
            "points": [p for p in ordered if p.kind is Kind.operative],
            "facts": self.home_facts(),
            "blocks": cite.resolution_blocks(data, self.lang),
            "jsonld": cite.resolution_jsonld(data),
            "citation_meta": cite.citation_meta(data, lang=self.lang),
        }

    def text_values(self) -> dict[str, Any]:
        data = self.data
        return {
            "groups": by_kind(data.provisions_in_order()),
            "counts": wording_counts(data),
            # provisions expected but not found (V, the citations) are counted: the text names them
            "placeholders": [
                f"{p.ref} — {self.tr(p.heading)}" for p in data.provisions_in_order() if p.status is Status.not_located
            ],
            "blocks": cite.resolution_blocks(data, self.lang),
            "jsonld": cite.resolution_jsonld(data),
            "citation_meta": cite.citation_meta(data, lang=self.lang),
        }

    def provisions_values(self) -> dict[str, Any]:
        return {"groups": by_kind(self.data.provisions_in_order())}

    def topics_values(self) -> dict[str, Any]:
        return {"members": self.data.provisions_by_topic()}

    def vote_values(self) -> dict[str, Any]:
        """The chart, the table's rows, and the sources that support several rows' figures
        (the same reports give "336 for, 1 against"): those are listed once, under the table,
        and each row lists only the sources that support its figure alone."""
        v = self.data.vote
        facts = [("for", v.for_), ("against", v.against), ("cast", v.cast), ("voters", v.voters)]
        rows = [(key, fact) for key, fact in [*facts, ("abstentions", v.abstentions)] if fact]
        rows_of: dict[tuple[str, bool], list[str]] = {}
        for key, fact in rows:
            if not fact.derived:
                for ref in fact.sources:
                    rows_of.setdefault((ref.source, ref.consistent_only), []).append(key)
        shared = {unit: keys for unit, keys in rows_of.items() if len(keys) > 1}
        groups: dict[tuple[str, ...], list[SourceRef]] = {}
        own: dict[str, list[SourceRef]] = {}
        for key, fact in rows:
            own[key] = []
            for ref in fact.sources:
                keys = shared.get((ref.source, ref.consistent_only)) if not fact.derived else None
                if keys is None:
                    own[key].append(ref)
                elif keys[0] == key:  # listed once, with the first row it supports
                    groups.setdefault(tuple(keys), []).append(ref)

        def names(keys: tuple[str, ...]) -> str:
            named = [self.t["row_name"].format(row=self.t[k]) for k in keys]
            return ", ".join(named[:-1]) + f" {self.t['and']} " + named[-1]

        def anchor(n: int) -> str:
            return "figure-sources" if n == 0 else f"figure-sources-{n + 1}"

        has_shared: dict[str, str] = {}  # row -> the first list under the table that holds its sources
        for n, rows_listed in enumerate(groups):
            for key in rows_listed:
                has_shared.setdefault(key, anchor(n))
        return {
            "bars": chart.vote_bars(v, self.lang),
            "rows": rows,
            "own": own,
            "has_shared": has_shared,
            "shared_sources": [
                (anchor(n), self.t["shared_sources"].format(rows=names(keys)), refs)
                for n, (keys, refs) in enumerate(groups.items())
            ],
        }

    def sources_values(self) -> dict[str, Any]:
        return {"groups": self.source_groups()}

    def context_values(self) -> dict[str, Any]:
        return {
            "years": self.context_years(),
            "provisions": self.provisions,
            "earlier_acts": {act.event: act.id for act in self.data.earlier_acts},
        }

    def earlier_values(self) -> dict[str, Any]:
        return earlier_view.page_values(self.data)

    def reporting_values(self) -> dict[str, Any]:
        return {"provisions": self.provisions}

    def completeness_values(self) -> dict[str, Any]:
        return {"excerpts": excerpt_counts(self.data), **completeness(self.data)}

    def since_values(self) -> dict[str, Any]:
        return {
            "searched": self.data.files.since.since.searched,
            "followups": since.follow_ups(self.data),
            "source_type": since.source_type,
            "provisions": self.provisions,
        }

    def corrections_values(self) -> dict[str, Any]:
        return {
            "log": self.data.corrections_newest_first(),
            "provisions": self.provisions,
            "feed": paths.feed_file(self.lang),
        }

    def open_data_values(self) -> dict[str, Any]:
        return {
            "files": self.open_data_files(),
            "licences": [licence.DATA, licence.OFFICIAL_TEXT, licence.QUOTATIONS],
            "code_licence": licence.CODE,
            "work_uri": work_uri(self.data),
        }

    # --- view models ------------------------------------------------------------------

    def home_facts(self) -> list[dict[str, Any]]:
        """The home page's facts: each with its value, its confidence (the lowest of the
        facts it states), and the sources that give it, official first (``lead_first``)."""
        r, v, t = self.data.identity, self.data.vote, self.t
        authors = Markup(t["list_separator"]).join(
            Markup("{}, {}").format(a.name, self.group(a, raw_html=True)) if a.group else a.name for a in r.authors
        )
        rows: list[tuple[str, Any, list[Any]]] = [
            (t["adopted_on"], self.date(r.adopted.value), [r.adopted]),
            (
                t["vote"],
                t["vote_line_home"].format(for_=v.for_.value, against=v.against.value),
                [v.outcome, v.for_, v.against],
            ),
            (t["deposited_on"], self.date(r.deposited.value), [r.deposited]),
            (t["legal_basis"], self.tr(r.legal_basis.value), [r.legal_basis]),
            (t["authors"], authors, list(r.authors)),
            (t["presiding"], r.presiding_officer.name, [r.presiding_officer]),
            (t["government"], r.government_representative.name, [r.government_representative]),
        ]
        return [
            {
                "label": name,
                "value": value,
                "confidence": min((f.confidence for f in facts), key=CONFIDENCE_RANK.__getitem__),
                "sources": lead_first([ref for f in facts for ref in f.sources], self.data.sources),
            }
            for name, value, facts in rows
        ]

    def open_data_files(self) -> list[tuple[str, str]]:
        """The published files, each with the catalogue key of what it holds: the edition's
        own corrections feed, then the other edition's (in the other language)."""
        return [
            (paths.RESOLUTION_JSON, "opendata_json"),
            (paths.PROVISIONS_CSV, "opendata_csv"),
            (paths.CSVW_METADATA, "opendata_csvw"),
            (paths.SINCE_CSV, "opendata_since_csv"),
            (paths.SINCE_CSVW, "opendata_since_csvw"),
            (paths.SCHEMA_JSON, "opendata_schema"),
            (paths.EARLIER_CSV, "opendata_earlier_csv"),
            (paths.EARLIER_CSVW, "opendata_earlier_csvw"),
            (paths.akn_file("fr"), "opendata_akn_fr"),
            (paths.akn_file("en"), "opendata_akn_en"),
            (paths.feed_file(self.lang), "opendata_feed"),
            (paths.feed_file(self.other), "opendata_feed_other"),
        ]

    def source_groups(self) -> list[tuple[SourceKind, list[Source]]]:
        groups: dict[SourceKind, list[Source]] = {}
        for source in sorted(
            self.data.sources, key=lambda s: (publisher(s, self.lang).casefold(), source_sort_title(s, self.lang), s.id)
        ):
            groups.setdefault(source.kind, []).append(source)
        return [(kind, groups[kind]) for kind in SourceKind if kind in groups]

    def context_years(self) -> list[tuple[str, list]]:
        years: dict[str, list] = {}
        for event in sorted(self.data.context, key=lambda e: (date_key(e.date), e.id)):
            years.setdefault(date_key(event.date)[0], []).append(event)
        return list(years.items())
