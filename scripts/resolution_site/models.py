"""Closed, typed models of the data in ``data/``.

Every model forbids unknown keys and coerces nothing: a number written as a
string, or a date written as free text, is an error rather than a guess.
Cross-file rules (known topics, known sources, vote arithmetic) live in
``validate/``; this module only says what each file may contain.

Here: the resolution's own files (resolution, vote, provisions, sources, topics,
vocabulary); the rules every text obeys are in ``text_types.py``, and the closed sets of values in
``choices.py``, both re-exported here. The files around the text
(context, reporting, reactions, corrections, since, earlier) are modelled in
``models_around.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Generic, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    FieldSerializationInfo,
    StringConstraints,
    ValidationInfo,
    field_serializer,
    field_validator,
)

from .choices import Aspect as Aspect
from .choices import AspectName as AspectName
from .choices import Confidence as Confidence
from .choices import ConfidenceLevel as ConfidenceLevel
from .choices import Kind as Kind
from .choices import KindName as KindName
from .choices import Lang as Lang
from .choices import LangName as LangName
from .choices import OrderBasis as OrderBasis
from .choices import OrderBasisName as OrderBasisName
from .choices import Outlet as Outlet
from .choices import OutletName as OutletName
from .choices import QuoteKind as QuoteKind
from .choices import QuoteKindName as QuoteKindName
from .choices import SourceKind as SourceKind
from .choices import SourceKindName as SourceKindName
from .choices import Stage as Stage
from .choices import StageName as StageName
from .choices import Status as Status
from .choices import StatusName as StatusName
from .text import foreign_errors, plain

# The text rules (text_types.py), re-exported: callers know them as models.*
from .text_types import FORBIDDEN_CHARS as FORBIDDEN_CHARS
from .text_types import MAX_TEXT_CHARS as MAX_TEXT_CHARS
from .text_types import Excerpt as Excerpt
from .text_types import HttpsUrl as HttpsUrl
from .text_types import PartialDate as PartialDate
from .text_types import Quoted as Quoted
from .text_types import Slug as Slug
from .text_types import Text as Text
from .text_types import clean_quoted as clean_quoted
from .text_types import clean_text as clean_text
from .text_types import refuse_blank as refuse_blank
from .text_types import refuse_hidden_characters as refuse_hidden_characters

# The serialisation context of the open data (``publish.opendata.content``): text of ours is
# published as the pages show it, foreign quotations resolved (``Bilingual``).
AS_SHOWN = "as_shown"
# A text of ours as published: no longer bound by the data's length limit, since a resolved
# quotation gains its marks and our translation.
ShownText = Annotated[str, StringConstraints(min_length=1)]

T = TypeVar("T")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Bilingual(Model):
    """Editorial text of ours, in both languages. Words quoted in the other language (or a
    third) are written ``{en|the words|nos mots}``: marked with their language on the page,
    with our translation beside them (``text.FOREIGN``)."""

    fr: Text
    en: Text

    @field_validator("fr", "en")
    @classmethod
    def _foreign_quotations(cls, value: str, info: ValidationInfo) -> str:
        errors = foreign_errors(value, str(info.field_name))
        if errors:
            raise ValueError("; ".join(errors))
        return value

    @field_serializer("fr", "en")
    def _as_shown(self, value: str, info: FieldSerializationInfo) -> ShownText:
        """In the open data (context ``AS_SHOWN``), each side as its edition shows it: no
        ``{fr|…|…}`` for a reader to parse, but the quotation in the edition's marks and our
        translation after it, marked as ours (``text.plain``, the pages' own reading)."""
        if info.context and info.context.get(AS_SHOWN):
            return plain(value, info.field_name)
        return value


class SourceRef(Model):
    source: Slug
    supports: Bilingual = Field(description="What this source supports, in a few words.")
    locator: Text | None = Field(default=None, description="Where in the source: section, paragraph.")
    excerpt: Excerpt | None = None
    excerpt_en: Text | None = Field(
        default=None,
        description="Our unofficial English translation of an excerpt in another language (French, Russian…), shown"
        " beside it in the English edition.",
    )
    excerpt_fr: Text | None = Field(
        default=None,
        description="Our unofficial French translation of an excerpt in another language (English, Russian…), shown"
        " beside it in the French edition.",
    )
    consistent_only: bool = Field(
        default=False,
        description=(
            "The source does not state the value, it only agrees with it (a release saying 'unanimously but"
            " for one vote' beside a figure of 336): shown, but not counted in the confidence rule."
        ),
    )


# What every rated value of ours carries: at least one source, each saying what it supports.
Sources = Annotated[list[SourceRef], Field(min_length=1)]


class Fact(Model, Generic[T]):
    value: T
    confidence: ConfidenceLevel
    sources: Sources
    derived: bool = Field(default=False, description="Computed by us, not stated by any source.")
    note: Bilingual | None = None


class Person(Model):
    name: Text
    group: Text | None = Field(default=None, description="Political group, as the source labels it.")
    group_en: Text | None = Field(
        default=None,
        description="The group as the English edition gives it, where ``group`` holds words of ours (a "
        "descriptor such as « sénatrice de l'Orne »); required then. A label that is only the group's acronym, "
        "or its acronym and French name ('LR (Les Républicains)'), needs none: it is quoted as the source gives it.",
    )
    role: Bilingual | None = None
    confidence: ConfidenceLevel
    sources: Sources
    note: Bilingual | None = None


class Quote(Model):
    """Words as a source gives them, never ours."""

    text: Quoted
    lang: LangName
    kind: QuoteKindName
    stage: StageName
    source: Slug
    locator: Text | None = None
    translation_en: Text | None = Field(default=None, description="Our unofficial English translation.")
    translation_fr: Text | None = Field(
        default=None, description="Our unofficial French translation, of words in another language than French."
    )
    note: Bilingual | None = None


class Said(Model):
    """A party's own words about the resolution, as a source gives them: not the resolution's
    text, so no stage of the text."""

    text: Quoted
    lang: LangName
    kind: QuoteKindName
    source: Slug
    locator: Text | None = None
    translation_en: Text | None = Field(default=None, description="Our unofficial English translation.")
    translation_fr: Text | None = Field(
        default=None, description="Our unofficial French translation, of words in another language than French."
    )
    note: Bilingual | None = None


class Sic(Model):
    fragment: Quoted = Field(description="Exact words of the text that carry the oddity.")
    note: Bilingual


class Wording(Model):
    """The French wording shown as the provision's text."""

    fr: Quoted
    source: Slug
    locator: Text | None = None
    stage: StageName
    en: Text = Field(description="Our own English translation, unofficial.")
    sic: list[Sic] = []


class Rating(Model):
    """How sure we are of one aspect of a provision, under the methodology's confidence rule."""

    about: AspectName
    confidence: ConfidenceLevel
    sources: list[Slug] = Field(min_length=1, description="Ids of the provision's sources the rating rests on.")
    derived: bool = Field(default=False, description="An inference of ours (from a verb's tense, an order).")
    note: Bilingual | None = None


class Provision(Model):
    id: Slug
    ref: Text = Field(description="The dossier's working label (O1, C1…); editorial, not official.")
    kind: KindName
    order: int = Field(ge=1)
    order_basis: OrderBasisName
    order_note: Bilingual | None = None
    heading: Bilingual
    status: StatusName
    wording: Wording | None = None
    variants: list[Quote] = []
    fragments: list[Quote] = []
    paraphrases: list[Quote] = []
    inferences: list[Bilingual] = []
    ratings: list[Rating] = Field(default=[], description="Every confidence shown for the provision, each rated.")
    notes: list[Bilingual] = []
    topics: list[Slug] = Field(min_length=1)
    sources: Sources
    former_ids: list[Slug] = Field(default=[], description="Ids this provision was published under before.")


class ProvisionsFile(Model):
    provisions: list[Provision] = Field(min_length=1)


class Source(Model):
    id: Slug
    title: Text | None = Field(
        default=None,
        description="The document's own title, as it gives it, in its language; left out when it was not recorded, "
        "and then the 'label' (ours, in both languages) says what the document is.",
    )
    publisher: Text
    publisher_en: Text | None = Field(
        default=None,
        description="The publisher as the English edition names it, where ours differs: our descriptors "
        "('copie conservée…', '(Azerbaïdjan)') in English, institutions by their English names.",
    )
    date: date | PartialDate | None
    label: Bilingual | None = Field(
        default=None,
        description="What the document is, in a few words of each edition's language ('communiqué de presse' / "
        "'press release'): shown after publisher and date where two sources would read the same, so the link "
        "never shows a title cut short or in the other language. Required then.",
    )
    url: HttpsUrl
    kind: SourceKindName
    outlet: OutletName | None = Field(default=None, description="For press sources: what kind of outlet.")
    language: LangName
    origin: Text | None = Field(
        default=None,
        description=(
            "Who first published this content, when the source relays or copies it (a wire story on a client's"
            " site, a copy in a repository). Two sources are independent only if their origins differ; without"
            " an origin, the publisher is the origin."
        ),
    )
    note: Bilingual | None = None

    @property
    def independent_as(self) -> str:
        """The name under which this source counts once in the confidence rule."""
        return self.origin or self.publisher


class SourcesFile(Model):
    sources: list[Source] = Field(min_length=1)


class Topic(Model):
    id: Slug
    label: Bilingual
    description: Bilingual


class TopicsFile(Model):
    topics: list[Topic] = Field(min_length=1)


class VocabularyEntry(Model):
    words: list[Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"\w")]] = Field(
        min_length=2,
        description="Words or phrases a reader may type for the same thing, in any language: "
        "an acronym and its expansions, synonyms, a demonym and its country.",
    )
    leads_to: list[Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"\w")]] = Field(
        default=[],
        description="Words or phrases the entry's words also find, one way and ranked after what names the "
        "words themselves: a capital leads to its country, the country not to its capital.",
    )
    note: Text | None = Field(default=None, description="Why these belong together (for editors).")


class VocabularyFile(Model):
    vocabulary: list[VocabularyEntry] = Field(min_length=1)


class OtherTitle(Model):
    text: Quoted
    lang: LangName
    translation_en: Text | None = Field(default=None, description="Our unofficial English translation.")
    description: Bilingual
    source: Slug


class DocumentNumber(Model):
    label: Bilingual
    value: Text | None = Field(description="null where the number is not known.")
    confidence: ConfidenceLevel | None = None
    sources: list[SourceRef] = []
    note: Bilingual | None = None


class OpenItem(Model):
    id: Slug
    label: Bilingual
    note: Bilingual | None = None


class RuleText(Model):
    """A rule that governs resolutions of this kind (an article of the Constitution), quoted in
    French as a source gives it, with our translation."""

    label: Bilingual = Field(description="Which rule: the article and paragraph.")
    text: Quoted
    translation_en: Text = Field(description="Our unofficial English translation.")
    confidence: ConfidenceLevel
    sources: Sources
    note: Bilingual | None = None


class LegalEffect(Model):
    summary: Bilingual = Field(
        description="In our words: what the rules below say of such resolutions, and what no source consulted says."
    )
    rules: list[RuleText] = Field(min_length=1)


class Identity(Model):
    title: Fact[Quoted] = Field(description="The motion's official French title, quoted exactly.")
    adopted_title: Fact[Quoted] | None = Field(
        default=None, description="The title of the text adopted, quoted exactly; null while no source gives it."
    )
    title_en: Text = Field(description="Our unofficial English rendering of the title.")
    short_title: Bilingual
    other_titles: list[OtherTitle] = []
    chamber: Fact[Bilingual]
    session: Fact[Bilingual]
    legal_basis: Fact[Bilingual]
    legal_effect: LegalEffect | None = Field(
        default=None, description="What the rules on such resolutions say; null while no source is read."
    )
    deposited: Fact[date]
    adopted: Fact[date]
    sitting: Fact[Bilingual]
    authors: list[Person] = Field(min_length=1)
    presiding_officer: Person
    government_representative: Person
    speakers: list[Person] = []
    documents: list[DocumentNumber] = []
    open_items: list[OpenItem] = []


class IdentityFile(Model):
    resolution: Identity


class Vote(Model):
    outcome: Fact[Bilingual]
    for_: Fact[int] = Field(alias="for")
    against: Fact[int]
    cast: Fact[int] | None = Field(default=None, description="Suffrages exprimés.")
    voters: Fact[int] | None = Field(default=None, description="Votants.")
    abstentions: Fact[int] | None = None
    ballot_number: Fact[Text] | None = Field(default=None, description="Scrutin public n°.")
    voted_against: list[Person] = []
    unknown: list[Bilingual] = Field(default=[], description="What is not known about the vote.")


class VoteFile(Model):
    vote: Vote
