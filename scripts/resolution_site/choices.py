"""The closed sets of values a data field may take (the schema's enums), each with what it
means; their labels in each edition are in ``catalogue.py``. Re-exported by ``models``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Strict


class Lang(StrEnum):
    fr = "fr"
    en = "en"
    ru = "ru"
    hy = "hy"
    az = "az"


class Confidence(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class Kind(StrEnum):
    """Where a provision stands in a French resolution."""

    visa = "visa"
    recital = "recital"
    operative = "operative"


class Status(StrEnum):
    """How well the French wording of a provision is known."""

    official = "official"  # wording confirmed by an official (senat.fr) source
    verbatim = "verbatim"  # verbatim from a secondary copy
    fragment = "fragment"  # only fragments of the wording are known
    paraphrase = "paraphrase"  # only third-party paraphrase is known
    not_located = "not-located"  # nothing of the wording is known yet


class OrderBasis(StrEnum):
    certain = "certain"
    provisional = "provisional"
    unknown = "unknown"


class Stage(StrEnum):
    """Which state of the text a quotation reflects."""

    draft = "draft"  # a provisional draft quoted before the motion was tabled
    deposited = "deposited"
    adopted = "adopted"
    unknown = "unknown"


class QuoteKind(StrEnum):
    verbatim = "verbatim"  # the text itself, word for word
    reported = "reported"  # the text's words in reported speech
    paraphrase = "paraphrase"  # a third party's own words
    translation = "translation"  # a third party's translation


class Aspect(StrEnum):
    """What a provision's rating is about."""

    wording = "wording"  # its exact words
    substance = "substance"  # what it says, whatever the words
    presence = "presence"  # that it is in the text adopted at all


class SourceKind(StrEnum):
    official = "official"
    parliamentary_record = "parliamentary-record"
    press = "press"
    advocacy = "advocacy"
    other = "other"


class Outlet(StrEnum):
    """What kind of outlet a press source is, where the reader needs it to weigh it
    (state media of either side, diaspora press…); the same label whichever side."""

    wire = "wire"
    us_funded_broadcaster = "us-funded-broadcaster"
    armenian_state_media = "armenian-state-media"
    azerbaijani_state_media = "azerbaijani-state-media"
    azerbaijani_pro_government = "azerbaijani-pro-government"
    russian_state_media = "russian-state-media"
    armenian_private = "armenian-private"
    diaspora_press = "diaspora-press"
    other_press = "other-press"
    aggregator = "aggregator"


# The models are strict (no coercion), but a closed vocabulary is written in
# YAML as its plain string value: these aliases accept exactly those strings.
LangName = Annotated[Lang, Strict(False)]
ConfidenceLevel = Annotated[Confidence, Strict(False)]
KindName = Annotated[Kind, Strict(False)]
StatusName = Annotated[Status, Strict(False)]
OrderBasisName = Annotated[OrderBasis, Strict(False)]
StageName = Annotated[Stage, Strict(False)]
QuoteKindName = Annotated[QuoteKind, Strict(False)]
SourceKindName = Annotated[SourceKind, Strict(False)]
AspectName = Annotated[Aspect, Strict(False)]
OutletName = Annotated[Outlet, Strict(False)]
