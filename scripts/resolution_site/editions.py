"""The two editions as MkDocs builds them: ``mkdocs.yml`` (French, the site's
root) and ``mkdocs.en.yml`` (English, under ``en/``), each with its own
navigation and the theme's own interface in its language.

``mkdocs build`` and ``mkdocs serve`` are run on ``mkdocs.yml``; the hook
runs the pipeline once, before the French build, and builds the English
edition into ``<site_dir>/en`` after it, so one command builds, serves and
live-reloads both. The functions here hold that logic; the hook only calls them.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from .catalogue import PRIMARY, chrome
from .paths import EDITION_PREFIX

CONFIGS = {"fr": "mkdocs.yml", "en": "mkdocs.en.yml"}


def edition_of(config: MkDocsConfig) -> str:
    """Which edition a configuration builds, from its theme's language."""
    lang = config.theme["language"]
    if lang not in CONFIGS:
        raise ConfigurationError(f"theme.language is {lang!r}; the editions are {', '.join(CONFIGS)}")
    return lang


def normalised_site_url(value: str | None) -> str | None:
    """The host's address for the site, ending in "/"; None when not set.

    An address without a scheme and host (``example.org/x``) is refused with a
    clear message rather than turned into a broken site."""
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"SITE_URL / site_url must be an absolute http(s) address such as "
            f"https://example.org/senat-2024/ (got {value!r})"
        )
    return value if value.endswith("/") else value + "/"


def configure(config: MkDocsConfig) -> MkDocsConfig:
    """Give the theme its interface strings (``extra.ui``) and edition, and fix up ``site_url``."""
    lang = edition_of(config)
    site_url = normalised_site_url(config.site_url)
    if site_url and lang != PRIMARY:
        site_url = site_url.removesuffix(EDITION_PREFIX[lang]) + EDITION_PREFIX[lang]
    config.site_url = site_url
    config.extra["ui"] = chrome(lang)
    config.extra["edition"] = lang
    return config


def root_site_url(config: MkDocsConfig) -> str | None:
    """The site's root address, whichever edition ``config`` builds."""
    lang = edition_of(config)
    url = config.site_url or None
    return url.removesuffix(EDITION_PREFIX[lang]) if url and lang != PRIMARY else url


def build_other_editions(config: MkDocsConfig) -> None:
    """After the primary edition's build: build every other edition into its sub-folder of the same site."""
    if edition_of(config) != PRIMARY:
        return
    root = Path(config.config_file_path).resolve().parent
    for lang, name in CONFIGS.items():
        if lang == PRIMARY:
            continue
        site_dir = Path(config.site_dir) / EDITION_PREFIX[lang].rstrip("/")
        other = load_config(
            config_file=str(root / name),
            site_dir=str(site_dir),
            strict=config.strict,
            site_url=(root_site_url(config) + EDITION_PREFIX[lang]) if config.site_url else None,
        )
        build(other)
        # A host serves one error page, the site root's; the theme's copy here would only
        # hold links that assume it sits at the root.
        (site_dir / "404.html").unlink(missing_ok=True)
