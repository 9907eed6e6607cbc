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
import re
from pathlib import Path

import pathspec
from markupsafe import Markup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError

from . import pages as registry
from . import paths
from . import settings as host
from .catalogue import PRIMARY, STRINGS, chrome, format_date
from .dataset import Dataset
from .load import DataErrors
from .paths import EDITION_DIRS, EDITION_PREFIX
from .pipeline import Project, run
from .publish import csp, sitemap
from .release import release
from .typography import edition_html, french_text

CONFIGS = {"fr": "mkdocs.yml", "en": "mkdocs.en.yml"}
OTHER = {"fr": "en", "en": "fr"}


def published_site_url(config: MkDocsConfig) -> str | None:
    """The site's root address as the host will publish it, never the development server's.

    ``mkdocs serve`` replaces ``site_url`` with its own address (http://127.0.0.1:8000/)
    before the hook sees the configuration. That address must never reach the generated
    pages (canonical URLs in the data, the sitemap's language versions), which a later
    ``mkdocs build`` would publish: while serving, the pipeline takes the host's address
    from SITE_URL, as mkdocs.yml does."""
    if _command["name"] == "serve":
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
    """Give the theme its interface strings (``extra.ui``) and edition, the edition its name,
    description, permanent links' title (from the catalogue) and navigation (from the page
    registry, ``pages.PAGES``), and fix up ``site_url``."""
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
    config.extra["corrections_page"] = paths.page_url(paths.page("corrections", lang))  # the footer links it
    # the notice at the head of every page links where the text comes from
    config.extra["text_origin"] = paths.page_url(paths.page("methodology", lang)) + "#source-of-the-text"
    config.extra["other"] = OTHER[lang]
    config.extra["other_prefix"] = EDITION_PREFIX[OTHER[lang]] if lang == PRIMARY else ""
    config.site_name = STRINGS[lang]["site_name"]
    config.site_description = STRINGS[lang]["site_description"]
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = STRINGS[lang]["permalink_title"]
    config.nav = registry.nav(lang)
    config.not_in_nav = pathspec.gitignore.GitIgnoreSpec.from_lines(not_in_nav(lang))
    return config


# A heading's permanent link (toc's permalink "#"): named by its title, not by "#", which a screen reader
# would read as the link's name (the title only describes it).
_HEADERLINK = re.compile(r'<a class="headerlink" href="(#[^"]*)" title="([^"]*)">')


def _named_headerlinks(html: str) -> str:
    return _HEADERLINK.sub(r'<a class="headerlink" href="\1" title="\2" aria-label="\2">', html)


def typeset(html: str, page, config: MkDocsConfig) -> str:
    """A page's content as its edition shows it (``typography``: numbers joined by hyphens kept on one line);
    in the French edition, with French spacing in its content, its title (which the header repeats; still
    marked HTML-safe, see ``mark_escaped``) and its table of contents. Headings' permanent links are named."""
    html = _named_headerlinks(html)
    if edition_of(config) != "fr":
        return edition_html(html, edition_of(config))
    title = page.meta.get("title")
    if isinstance(title, str):
        page.meta["title"] = Markup(french_text(str(title))) if isinstance(title, Markup) else french_text(title)

    def walk(items) -> None:
        for item in items:
            item.title = french_text(item.title)
            walk(item.children)

    walk(page.toc)
    return edition_html(html, "fr")


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


def mark_escaped(meta: dict) -> None:
    """Declare the front matter's ``title`` and ``description`` HTML-safe (``Markup``).

    The pipeline writes them HTML-escaped, because Material prints them raw (``<title>``,
    navigation, footer); marked as such, a template that escapes them again (``| e``, as
    our header and Material's footer labels do) leaves them alone instead of showing
    ``&amp;`` to the reader."""
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = Markup(meta[key])


def not_in_nav(lang: str) -> list[str]:
    """The pages an edition's navigation leaves out on purpose, as gitignore patterns: the
    families' pages (one per provision or topic), reached from their list pages. Any other
    page missing from the navigation is a warning, which fails the strict build."""
    patterns = [f"/{family.folder(lang)}/*.md" for family in registry.FAMILIES]
    return patterns + [f"!/{path}" for path in registry.nav(lang)]


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
        lines.append(f"{len(lines)} error(s); the generated pages were left as they were.")
        raise PluginError("\n".join(lines)) from None
    releases = {lang: release_values(outcome.data, lang) for lang in CONFIGS}
    config.extra["release"] = releases[PRIMARY]
    config.extra["releases"] = releases  # build_other_editions hands each edition its own


# The MkDocs command being run (on_startup). ``mkdocs serve`` injects an inline live-reload
# script into every page it serves, whose text changes with each request: no hash can
# allow it, so the pages it serves go without a policy (the built site always has one).
_command = {"name": "build"}


def started(command: str) -> None:
    _command["name"] = command


def finish(config: MkDocsConfig) -> None:
    """After the primary edition's build: build the other editions into their sub-folders
    of the same site, merge their sitemaps into the root one, and give every page its
    Content-Security-Policy (``publish/csp.py``)."""
    if edition_of(config) != PRIMARY:
        return
    build_other_editions(config)
    root = root_site_url(config)
    generated = Path(config.docs_dir).resolve().parent
    alternates = language_versions(generated, root) if root else {}
    sitemap.merge_editions(Path(config.site_dir), [p.rstrip("/") for p in EDITION_PREFIX.values() if p], alternates)
    if _command["name"] != "serve":
        csp.secure_site(Path(config.site_dir))


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
        root_url = root_site_url(config)
        other = load_config(
            config_file=str(root / name),
            site_dir=str(site_dir),
            strict=config.strict,
            site_url=(root_url + EDITION_PREFIX[lang]) if root_url else None,
        )
        other.extra["release"] = config.extra["releases"][lang]
        build(other)  # its 404.html is the English error page the root's sends English readers to
