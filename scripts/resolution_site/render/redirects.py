"""Old provision URLs keep working: one tiny redirect page per former id, in each edition.

A provision whose id changed lists its old ids in ``former_ids``; the old
address (``/dispositions/<old>/``, ``/en/provisions/<old>/``) must still lead
to it. Each is a static ``index.html`` (MkDocs copies non-Markdown files as
they are), not a Markdown page: a redirect carries no theme, navigation or
search entry, and its ``<meta http-equiv="refresh">`` belongs in ``<head>``.
Its links are relative, so it works on any host and under any path prefix.
The old anchor on the full text (``texte/#<old>``) is kept by the full-text
template itself. ``render`` writes the page from ``redirect.html.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dataset import Dataset
from ..models import Provision
from ..paths import PROVISION_DIR


@dataclass(frozen=True)
class Redirect:
    path: str  # relative to the edition's folder
    former_id: str
    provision: Provision
    target: str  # relative URL from the redirect to the provision's page


def redirect_path(former_id: str, lang: str = "fr") -> str:
    return f"{PROVISION_DIR[lang]}/{former_id}/index.html"


def redirects(data: Dataset, lang: str) -> list[Redirect]:
    """Every former id of every provision, sorted by path."""
    found = [Redirect(redirect_path(old, lang), old, p, f"../{p.id}/") for p in data.provisions for old in p.former_ids]
    return sorted(found, key=lambda r: r.path)
