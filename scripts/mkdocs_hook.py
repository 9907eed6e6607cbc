"""MkDocs hook: run the pipeline before every build and every ``mkdocs serve``
reload. It holds no logic of its own: everything is in ``resolution_site``."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from resolution_site.load import DataErrors
from resolution_site.pipeline import Project, run
from resolution_site.settings import Settings, SettingsError


def on_pre_build(config, **kwargs) -> None:
    try:
        settings = Settings(site_url=config.site_url or None, repo_url=config.repo_url or None)
        run(Project.at(Path(config.config_file_path).resolve().parent), settings=settings)
    except DataErrors as exc:
        lines = [str(error) for error in exc.errors]
        lines.append(f"{len(lines)} error(s) in the data; the generated pages were left as they were.")
        raise PluginError("\n".join(lines)) from None
    except SettingsError as exc:
        raise PluginError(str(exc)) from None
