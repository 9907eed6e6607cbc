"""Validation: each file against its model (``schema``), then the rules that span files, one
module per concern: ids and references (``ids``), the resolution's facts (``facts``), dates
(``dates``), the confidence rule (``confidence``), how sources and groups are named
(``labels``), our translations of excerpts (``translations``).

Every check returns ``DataError``s located with the ``Document`` the value
came from (file, line and field); nothing here raises on bad data and nothing prints.
"""

from __future__ import annotations

from .confidence import check_confidence, check_confidences, check_ratings, check_worded_confidence
from .dates import check_dates, check_since
from .facts import check_identity, check_provisions, check_vote
from .ids import check_other_ids, check_provision_links, check_references, check_unique_ids
from .labels import check_group_labels, check_source_labels
from .schema import validate_model
from .translations import check_excerpt_translations

__all__ = [
    "check_confidence",
    "check_confidences",
    "check_dates",
    "check_excerpt_translations",
    "check_group_labels",
    "check_identity",
    "check_other_ids",
    "check_provision_links",
    "check_provisions",
    "check_ratings",
    "check_references",
    "check_since",
    "check_source_labels",
    "check_unique_ids",
    "check_vote",
    "check_worded_confidence",
    "validate_model",
]
