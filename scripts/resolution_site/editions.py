"""The two editions as MkDocs builds them: ``mkdocs.yml`` (French, the site's
root) and ``mkdocs.en.yml`` (English, under ``en/``), each with its own
navigation and the theme's own interface in its language.

``mkdocs build`` and ``mkdocs serve`` are run on ``mkdocs.yml``; the hook
runs the pipeline once, before the French build, and builds the English
edition into ``<site_dir>/en`` after it, so one command builds, serves and
live-reloads both. The functions here hold that logic; the hook only calls them.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError

from . import paths
from . import settings as host
from .catalogue import PRIMARY, chrome, format_date
from .dataset import Dataset
from .load import DataErrors
from .paths import EDITION_DIRS, EDITION_PREFIX
from .pipeline import Project, run
from .publish import sitemap
from .publish.release import release
from .typography import french_html, french_text

CONFIGS = {"fr": "mkdocs.yml", "en": "mkdocs.en.yml"}
OTHER = {"fr": "en", "en": "fr"}

# ``mkdocs serve`` replaces ``site_url`` with the development server's address
# (http://127.0.0.1:8000/) before the hook sees the configuration. That address must
# never reach the generated pages (hreflang links, canonical URLs in the data), which a
# later ``mkdocs build`` would publish: while serving, the pipeline takes the host's
# address from SITE_URL, as mkdocs.yml does.
_serving = False


def startup(command: str) -> None:
    """Remember whether MkDocs serves (``serve``) or builds (``build``, ``gh-deploy``)."""
    global _serving
    _serving = command == "serve"


def published_site_url(config: MkDocsConfig) -> str | None:
    """The site's root address as the host will publish it, never the development server's."""
    if _serving:
        return normalised_site_url(os.environ.get("SITE_URL"))
    return root_site_url(config)


def edition_of(config: MkDocsConfig) -> str:
    """Which edition a configuration builds, from its theme's language."""
    lang = config.theme["language"]
    if lang not in CONFIGS:
        raise ConfigurationError(f"theme.language is {lang!r}; the editions are {', '.join(CONFIGS)}")
    return lang


def normalised_site_url(value: str | None) -> str | None:
    """The host's address for the site (``settings.site_url``), as a configuration error if it is wrong."""
    try:
        return host.site_url(value)
    except host.SettingsError as exc:
        raise ConfigurationError(str(exc)) from None


def configure(config: MkDocsConfig) -> MkDocsConfig:
    """Give the theme its interface strings (``extra.ui``) and edition, and fix up ``site_url``."""
    lang = edition_of(config)
    site_url = normalised_site_url(config.site_url)
    if site_url and lang != PRIMARY:
        site_url = site_url.removesuffix(EDITION_PREFIX[lang]) + EDITION_PREFIX[lang]
    config.site_url = site_url
    # The repository serves only the "report an error" links (config.extra.repo_url). MkDocs's
    # own repo_url is cleared: with it, Material shows a repository widget that fetches
    # api.github.com from the reader's browser, and "edit this page" buttons that would lead
    # to generated files.
    try:
        config.extra["repo_url"] = host.repo_url(os.environ.get("REPO_URL") or config.repo_url)
    except host.SettingsError as exc:
        raise ConfigurationError(str(exc)) from None
    config.repo_url = None
    config.edit_uri = None
    ui = chrome(lang)
    config.extra["ui"] = {key: french_text(text) for key, text in ui.items()} if lang == "fr" else ui
    config.extra["edition"] = lang
    config.extra["other"] = OTHER[lang]
    config.extra["other_prefix"] = EDITION_PREFIX[OTHER[lang]] if lang == PRIMARY else ""
    return config


def typeset(html: str, page, config: MkDocsConfig) -> str:
    """A page of the French edition with French spacing (``typography``): its content,
    its title (which the header repeats) and its table of contents."""
    if edition_of(config) != "fr":
        return html
    if page.meta.get("title"):
        page.meta["title"] = french_text(page.meta["title"])

    def walk(items) -> None:
        for item in items:
            item.title = french_text(item.title)
            walk(item.children)

    walk(page.toc)
    return french_html(html)


def error_page_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """The error page's links (``not_found``: this edition's home and full text, the other
    edition's home), absolute from the edition's root, as MkDocs makes every link of an
    error page. MkDocs takes that root from ``site_url``, or ``/`` without one: right for
    the root's 404.html, not for another edition's (en/404.html), whose root is its folder."""
    if template_name != "404.html":
        return context
    lang = edition_of(config)
    if lang != PRIMARY and not config.site_url:
        context["base_url"] = "/" + EDITION_PREFIX[lang]
    base = context["base_url"].rstrip("/") + "/"
    site_root = base.removesuffix(EDITION_PREFIX[lang]) if EDITION_PREFIX[lang] else base
    context["not_found"] = {
        "home": base,
        "text": base + paths.page_url(paths.page("text", lang)),
        "other_home": site_root + EDITION_PREFIX[OTHER[lang]],
    }
    return context


def root_site_url(config: MkDocsConfig) -> str | None:
    """The site's root address, whichever edition ``config`` builds."""
    lang = edition_of(config)
    url = config.site_url or None
    return url.removesuffix(EDITION_PREFIX[lang]) if url and lang != PRIMARY else url


def release_values(data: Dataset, lang: str) -> dict[str, str]:
    """The data's version and date as the footer shows them."""
    values = release(data)
    return {"version": values.version, "date_label": format_date(values.date, lang)}


def prepare(config: MkDocsConfig) -> None:
    """Before the primary edition's build: run the pipeline (both editions) and give the
    footer the data's release. Bad data stops the build with every located error; the
    generated pages stay as they were."""
    if edition_of(config) != PRIMARY:
        return  # the pipeline already wrote every edition; build_other_editions passed the release on
    settings = host.Settings(site_url=published_site_url(config), repo_url=config.extra["repo_url"])
    try:
        outcome = run(Project.at(Path(config.config_file_path).resolve().parent), settings=settings)
    except DataErrors as exc:
        lines = [str(error) for error in exc.errors]
        lines.append(f"{len(lines)} error(s) in the data; the generated pages were left as they were.")
        raise PluginError("\n".join(lines)) from None
    releases = {lang: release_values(outcome.data, lang) for lang in CONFIGS}
    config.extra["release"] = releases[PRIMARY]
    config.extra["releases"] = releases  # build_other_editions hands each edition its own


def finish(config: MkDocsConfig) -> None:
    """After the primary edition's build: build the other editions into their sub-folders
    of the same site, then merge their sitemaps into the root one."""
    if edition_of(config) != PRIMARY:
        return
    build_other_editions(config)
    root = root_site_url(config)
    generated = Path(config.docs_dir).resolve().parent
    alternates = language_versions(generated, root) if root else {}
    sitemap.merge_editions(Path(config.site_dir), [p.rstrip("/") for p in EDITION_PREFIX.values() if p], alternates)


def language_versions(generated: Path, root: str) -> dict[str, list[tuple[str, str]]]:
    """For every generated page of every edition, its absolute URL → its language versions
    (``hreflang``, absolute URL), French first, the French one also as ``x-default``."""
    versions: dict[str, list[tuple[str, str]]] = {}
    for lang in CONFIGS:
        folder = generated / EDITION_DIRS[lang]
        for md in sorted(folder.rglob("*.md")):
            rel = md.relative_to(folder).as_posix()
            try:
                other = paths.twin(rel, lang)
            except KeyError:
                continue  # a page with no twin has no language versions to announce
            urls = {
                lang: root + paths.site_url_of(rel, lang),
                OTHER[lang]: root + paths.site_url_of(other, OTHER[lang]),
            }
            versions[urls[lang]] = [("fr", urls["fr"]), ("en", urls["en"]), ("x-default", urls["fr"])]
    return versions


def build_other_editions(config: MkDocsConfig) -> None:
    """Build every other edition into its sub-folder of the primary edition's site."""
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
        other.extra["release"] = config.extra["releases"][lang]
        build(other)  # its 404.html is the English error page the root's sends English readers to
