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

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit


class SettingsError(ValueError):
    """A host setting that would give a broken site; the message says how to fix it."""


# RFC 3986, section 2: the characters a URI may hold (unreserved, reserved, and "%" for
# percent-encoding). Anything else (a space, a quote, "<", a non-ASCII letter) is refused
# rather than guessed at: the address is printed into every page, feed and file.
_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"  # a DNS label (RFC 1123)
_HOST = re.compile(rf"(?:{_LABEL}\.)*{_LABEL}\.?")


def http_url(value: str, name: str) -> str:
    """``value`` if it is a well-formed absolute http(s) URL (RFC 3986) with a host, and
    no user, query or fragment; else a ``SettingsError`` naming the setting ``name``."""
    example = "e.g. https://example.org/senat-2024/"
    if not _URI_CHARS.fullmatch(value):
        bad = next(c for c in value if not _URI_CHARS.fullmatch(c))
        raise SettingsError(
            f"{name} {value!r} is not a well-formed URL: {bad!r} is not allowed in a URL "
            f"(percent-encode it, RFC 3986); {example}"
        )
    if "&" in value:  # RFC 3986 allows it, but Material prints the address raw into the 404 page's HTML
        raise SettingsError(f"{name} {value!r}: '&' is not accepted in the site's address; percent-encode it (%26)")
    if _PERCENT.search(value):
        raise SettingsError(f"{name} {value!r} is not a well-formed URL: a '%' must be followed by two hex digits")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SettingsError(
            f"{name} {value!r} is not an absolute http(s) address; write it with its scheme and host, {example}"
        )
    if "@" in parts.netloc:
        raise SettingsError(f"{name} {value!r} must not hold a user name or password")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except ValueError:
        raise SettingsError(f"{name} {value!r} has a port that is not a number from 0 to 65535") from None
    if "[" in parts.path or "]" in parts.path:
        raise SettingsError(f"{name} {value!r} is not a well-formed URL: '[' and ']' belong only around an IPv6 host")
    host = parts.hostname or ""
    if not (_HOST.fullmatch(host) or _is_ip_literal(parts.netloc)):
        raise SettingsError(f"{name} {value!r} has no valid host name; {example}")
    if parts.query or parts.fragment or value.endswith(("?", "#")):
        raise SettingsError(f"{name} {value!r} must not have a query (?…) or a fragment (#…)")
    return value


def _is_ip_literal(netloc: str) -> bool:
    host = netloc.rsplit(":", 1)[0] if not netloc.endswith("]") else netloc
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return True
    return False


def site_url(value: str | None) -> str | None:
    """``SITE_URL`` as the site uses it: a well-formed absolute http(s) URL, no query or
    fragment, ending in ``/``. Empty or None means "not set" (relative links only).

    >>> site_url("https://example.org/senat-2024")
    'https://example.org/senat-2024/'
    """
    if value is None or not value.strip():
        return None
    text = http_url(value.strip(), "SITE_URL")
    return text if text.endswith("/") else text + "/"


def repo_url(value: str | None) -> str | None:
    """``REPO_URL`` (or ``repo_url`` in mkdocs.yml): the repository's address, checked like
    ``SITE_URL``, without a trailing ``/`` or ``.git``, so that ``<repo_url>/issues/new`` is
    its new-issue form (GitHub, Gitea and Forgejo use that path).

    >>> repo_url("https://github.com/owner/site.git")
    'https://github.com/owner/site'
    """
    if value is None or not value.strip():
        return None
    return http_url(value.strip(), "REPO_URL").rstrip("/").removesuffix(".git")


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

    def from_data(self, path: str) -> str:
        """``path`` (relative to the site root) as a table of the open data gives it: absolute under ``site_url``
        when set, else relative to the open-data folder, where the tables are (CSVW reads a relative address
        against the table's own)."""
        return f"{self.site_url}{path}" if self.site_url else f"../{path}"


DEFAULT = Settings()
