"""MkDocs hook: run the pipeline before every build and every ``mkdocs serve``
reload, and build the English edition after the French one. It holds no
logic of its own: everything is in ``resolution_site.editions``."""

from __future__ import annotations

from resolution_site import editions


def on_startup(command, **kwargs) -> None:
    editions.started(command)


def on_config(config, **kwargs):
    return editions.configure(config)


def on_page_markdown(markdown, page, **kwargs):
    editions.mark_escaped(page.meta)
    return markdown


def on_pre_build(config, **kwargs) -> None:
    editions.prepare(config)


def on_post_build(config, **kwargs) -> None:
    editions.finish(config)
