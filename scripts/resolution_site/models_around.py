"""Closed, typed models of the data files around the text itself: its context and how it
was reported (``context.yaml``, ``reporting.yaml``), how it was received and corrected
(``reactions.yaml``, ``corrections.yaml``), what happened since (``since.yaml``) and the
earlier resolutions (``earlier.yaml``). The resolution's own files, and the rules every
text obeys, are in ``models.py``; the same conventions hold here.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, Strict, field_validator

from .models import (
    Bilingual,
    ConfidenceLevel,
    Fact,
    KindName,
    Model,
    PartialDate,
    Person,
    Quote,
    Said,
    Slug,
    Sources,
    StatusName,
    Text,
)
from .pages import PAGES

# --- Context timeline (data/context.yaml) and reporting (data/reporting.yaml) ---


class RelatedVote(Model):
    """The vote on a related act, each figure with its own sources.

    Where sources disagree on a figure (abstentions, non-participants), every
    reported value is listed side by side rather than one being chosen.
    """

    for_: Fact[int] = Field(alias="for")
    against: Fact[int]
    voters: Fact[int] | None = Field(default=None, description="Votants.")
    cast: Fact[int] | None = Field(default=None, description="Suffrages exprimés.")
    abstentions: list[Fact[int]] = Field(default=[], description="Every reported figure, side by side.")
    non_participants: list[Fact[int]] = Field(default=[], description="N'ont pas pris part au vote.")
    ballot_number: Fact[Text] | None = Field(default=None, description="Scrutin public n°.")
    voted_against: list[Person] = []
    note: Bilingual | None = None


class RelatedAct(Model):
    """Another parliamentary act that an event is about (an earlier resolution…)."""

    title: Quote | None = Field(default=None, description="Its title, or the part of it a source gives.")
    number: Fact[Text] | None = Field(default=None, description="Its number, as later cited.")
    vote: RelatedVote | None = None


# A field named ``date`` with a default (``Field(...)``) would shadow the type
# ``date`` inside the class body; this alias keeps the annotations unambiguous.
Day = date


class Event(Model):
    id: Slug
    date: Day | PartialDate = Field(description="First (or only) day; a quoted month or year if that is all we know.")
    end: Day | PartialDate | None = Field(default=None, description="Last day of a period.")
    title: Bilingual
    description: Bilingual | None = None
    confidence: ConfidenceLevel
    sources: Sources
    related_act: RelatedAct | None = None
    provisions: list[Slug] = Field(default=[], description="Provisions of the resolution this event bears on.")
    figures: list[Literal["for", "against", "cast", "voters"]] = Field(
        default=[],
        description="Figures of data/vote.yaml that the title states: the event carries their confidence, and "
        "cites only sources that give them (evidence.check_stated_figures).",
    )
    note: Bilingual | None = None


class Background(Model):
    """A paragraph of background a fair reader needs (status of the territory…), every statement sourced."""

    id: Slug
    text: Bilingual
    sources: Sources


class ContextFile(Model):
    events: list[Event] = Field(min_length=1)
    background: list[Background] = []


class Discrepancy(Model):
    """A point on which sources (or reports of the text) disagree."""

    id: Slug
    title: Bilingual
    summary: Bilingual = Field(description="What differs, in our words.")
    reference: list[Quote] = Field(default=[], description="What the best source says.")
    divergent: list[Quote] = Field(default=[], description="What the diverging reports say.")
    assessment: Bilingual = Field(description="Our reading of the difference.")
    confidence: ConfidenceLevel = Field(description="How sure we are of the assessment.")
    provisions: list[Slug] = Field(default=[], description="Provisions of the resolution concerned.")
    sources: Sources


class ReportingFile(Model):
    discrepancies: list[Discrepancy] = Field(min_length=1)


# --- Reactions (data/reactions.yaml) and the corrections log (data/corrections.yaml) ---


class Reaction(Model):
    """How one party received the resolution, in its own words where a source gives them."""

    id: Slug
    party: Bilingual = Field(description="Who reacted (a parliament, a government, a senator…).")
    date: Day | PartialDate | None = Field(description="When; a quoted month or year if that is all we know.")
    summary: Bilingual = Field(description="What they said, attributed, in our neutral words.")
    quotes: list[Said] = []
    confidence: ConfidenceLevel
    sources: Sources


class ReactionsFile(Model):
    reactions: list[Reaction]


# Every page of the registry, by its key, in the navigation's order.
PageKey = StrEnum("PageKey", {page.key.replace("-", "_"): page.key for page in PAGES})  # type: ignore[misc]
PageKey.__doc__ = "The site's pages a correction can concern (provision pages are named by provision id instead)."


PageKeyName = Annotated[PageKey, Strict(False)]


class Correction(Model):
    """One entry of the corrections log: a change that alters what a reader sees."""

    id: Slug
    date: Day = Field(description="The day the change was published.")
    summary: Bilingual = Field(description="What changed.")
    reason: Bilingual = Field(description="Why.")
    provisions: list[Slug] = Field(default=[], description="Provisions whose page the change concerns.")
    pages: list[PageKeyName] = Field(default=[], description="Other pages the change concerns.")


class CorrectionsFile(Model):
    corrections: list[Correction] = Field(description="Every correction; an empty list before the first one.")


# --- What happened since (data/since.yaml) ---


class Relation(StrEnum):
    """How a later event stands to what a provision asks."""

    acts_on = "acts-on"  # does what the provision asked, or part of it
    contrary = "contrary"  # goes against what it asked
    related = "related"  # the same matter, neither fulfilling nor defeating the request


RelationName = Annotated[Relation, Strict(False)]


class Bearing(Model):
    provision: Slug
    relation: RelationName
    note: Bilingual | None = Field(default=None, description="Which part of the provision, if not all of it.")
    primary: bool = Field(
        default=False,
        description=(
            "The provision under which the since page describes the event in full (at most one per event); "
            "without it, the first of its provisions in the text's order. Its other provisions refer to it in one line."
        ),
    )


class LaterEvent(Model):
    """An event after the resolution's adoption on a matter it raised; never a claim that it caused it."""

    id: Slug
    date: Day | PartialDate = Field(description="The day; a quoted month or year if that is all the sources give.")
    date_note: Bilingual | None = Field(default=None, description="Why the date is partial or uncertain.")
    bears_on: list[Bearing] = Field(min_length=1, description="The provisions it bears on, each with its relation.")
    subject: Bilingual = Field(
        description="A few neutral words naming the event (who, what), shown after its date in its heading."
    )
    description: Bilingual = Field(description="One neutral line: what happened, attributed.")
    single_side: bool = Field(default=False, description="Known only from sources on one side of the conflict.")
    confidence: ConfidenceLevel
    sources: Sources
    note: Bilingual | None = None

    @field_validator("bears_on")
    @classmethod
    def one_primary_at_most(cls, bearings: list[Bearing]) -> list[Bearing]:
        """The since page describes an event in full under one provision only."""
        primary = [b.provision for b in bearings if b.primary]
        if len(primary) > 1:
            raise ValueError(f"only one provision may be primary, not {len(primary)} ({', '.join(primary)})")
        return bearings


class NothingFound(Model):
    """What was looked for on a provision's matter and not found in our sources."""

    provision: Slug
    text: Bilingual


class Since(Model):
    searched: Bilingual = Field(description="When and how the events were gathered: the selection's limits.")
    events: list[LaterEvent] = Field(min_length=1)
    not_found: list[NothingFound] = []


class SinceFile(Model):
    since: Since


# --- Earlier resolutions (data/earlier.yaml) ---


class Chamber(StrEnum):
    senate = "senate"
    national_assembly = "national-assembly"


ChamberName = Annotated[Chamber, Strict(False)]


class EarlierProvision(Model):
    """A provision of an earlier resolution, with the same evidence statuses as the 2024 text's."""

    id: Slug
    ref: Text = Field(description="Our working label (P2, S20-b…); editorial, not official.")
    kind: KindName
    heading: Bilingual
    status: StatusName
    wording: Quote | None = Field(default=None, description="The copy shown as its wording (status verbatim only).")
    variants: list[Quote] = []
    fragments: list[Quote] = []
    paraphrases: list[Quote] = []
    notes: list[Bilingual] = []
    confidence: ConfidenceLevel
    sources: Sources


class EarlierAct(Model):
    """An earlier resolution on the same conflict. Its date, number and vote live in the
    timeline event of its adoption (``event``), so each figure is stated once."""

    id: Slug
    chamber: ChamberName
    event: Slug = Field(description="Id of its adoption event in data/context.yaml.")
    deposit_event: Slug | None = Field(default=None, description="Id of its deposit event in data/context.yaml.")
    title: Quote | None = Field(description="Its title as a source gives it; null where none was re-checked.")
    known: Bilingual = Field(description="What is known of its text, in a sentence or two.")
    missing: list[Bilingual] = Field(default=[], description="What is not known of its text.")
    provisions: list[EarlierProvision] = []
    sources: Sources


class Concordance(Model):
    """For one provision of 2024, the earlier provisions on the same matter and our comparison."""

    provision: Slug = Field(description="A provision id of data/provisions.yaml.")
    earlier: list[Slug] = Field(default=[], description="Ids of earlier provisions on the same matter.")
    comparison: Bilingual = Field(description="Our comparison, in our words; says when only themes are compared.")


class DroppedTheme(Model):
    """A matter of the earlier texts for which no counterpart was found in what is known of 2024."""

    id: Slug
    heading: Bilingual
    earlier: list[Slug] = Field(min_length=1)
    comparison: Bilingual


class EarlierFile(Model):
    earlier_acts: list[EarlierAct] = Field(min_length=1)
    concordance: list[Concordance]
    dropped_themes: list[DroppedTheme] = []
