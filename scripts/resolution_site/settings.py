"""What the host decides, not the data: where the site is published and where
its repository is. Both are optional; without them the site works with
relative links only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    site_url: str | None = None  # absolute, ending in "/" (e.g. https://example.org/senat-2024/)
    repo_url: str | None = None  # the project's repository, for "report an error" links


DEFAULT = Settings()
