"""MkDocs hook: run the pipeline before every build and every ``mkdocs serve``
reload, and build the English edition after the French one. It holds no
logic of its own: everything is in ``resolution_site``."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from resolution_site import editions
from resolution_site.catalogue import PRIMARY
from resolution_site.load import DataErrors
from resolution_site.paths import EDITION_PREFIX
from resolution_site.pipeline import Project, run
from resolution_site.publish import sitemap
from resolution_site.settings import Settings, SettingsError


def on_config(config, **kwargs):
    return editions.configure(config)


def on_pre_build(config, **kwargs) -> None:
    if editions.edition_of(config) != PRIMARY:
        return  # the pipeline already wrote both editions
    try:
        settings = Settings(site_url=editions.root_site_url(config), repo_url=config.repo_url or None)
        run(Project.at(Path(config.config_file_path).resolve().parent), settings=settings)
    except DataErrors as exc:
        lines = [str(error) for error in exc.errors]
        lines.append(f"{len(lines)} error(s) in the data; the generated pages were left as they were.")
        raise PluginError("\n".join(lines)) from None
    except SettingsError as exc:
        raise PluginError(str(exc)) from None


def on_post_build(config, **kwargs) -> None:
    editions.build_other_editions(config)
    if editions.edition_of(config) == PRIMARY:
        others = [prefix.rstrip("/") for prefix in EDITION_PREFIX.values() if prefix]
        sitemap.merge_editions(Path(config.site_dir), others)
