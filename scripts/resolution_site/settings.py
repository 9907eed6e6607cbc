"""What the host decides, not the data: where the site is published and where
its repository is. Both are optional; without them the site works with
relative links only.

The repository (``REPO_URL``, or ``repo_url`` in ``mkdocs.yml``) gives every page a
prefilled "report an error" link; without it the site says how else to write.

The host sets the address once, in the ``SITE_URL`` environment variable
(``mkdocs.yml`` reads it as ``site_url``; ``scripts/build.py`` reads it too).
``site_url`` checks and normalises it so that every absolute URL the site
publishes (CSV, JSON, Akoma Ntoso, Atom) is built the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit


class SettingsError(ValueError):
    """A host setting that would give a broken site; the message says how to fix it."""


def site_url(value: str | None) -> str | None:
    """``SITE_URL`` as the site uses it: absolute http(s), no query or fragment,
    ending in ``/``. Empty or None means "not set" (relative links only).

    >>> site_url("https://example.org/senat-2024")
    'https://example.org/senat-2024/'
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(
            f"SITE_URL {value!r} is not an absolute http(s) address; "
            "write it with its scheme and host, e.g. https://example.org/senat-2024/"
        )
    if parts.query or parts.fragment:
        raise SettingsError(f"SITE_URL {value!r} must not have a query (?…) or a fragment (#…)")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def repo_url(value: str | None) -> str | None:
    """The project's repository (``REPO_URL``, or ``repo_url`` in mkdocs.yml) as the "report an
    error" links use it: absolute http(s), without a trailing ``/`` or ``.git``, so that
    ``<repo_url>/issues/new`` is its new-issue form (GitHub, Gitea and Forgejo use that path).

    >>> repo_url("https://github.com/owner/site.git")
    'https://github.com/owner/site'
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise SettingsError(
            f"REPO_URL {value!r} is not the address of a repository; "
            "write it with its scheme and host, e.g. https://github.com/owner/repository"
        )
    return text.rstrip("/").removesuffix(".git")


@dataclass(frozen=True)
class Settings:
    site_url: str | None = None  # absolute, ending in "/" (e.g. https://example.org/senat-2024/)
    repo_url: str | None = None  # the project's repository, for "report an error" links

    def __post_init__(self) -> None:
        object.__setattr__(self, "site_url", site_url(self.site_url))
        object.__setattr__(self, "repo_url", repo_url(self.repo_url))

    def absolute(self, path: str) -> str:
        """``path`` (relative to the site root, e.g. ``donnees/resolution.json``) as the
        site publishes it: absolute under ``site_url`` when set, unchanged otherwise."""
        return f"{self.site_url}{path}" if self.site_url else path


DEFAULT = Settings()
