"""Renderers (placeholder until the pages land)."""
from pathlib import Path


def read_pages(pages_dir: Path) -> dict[str, str]:
    return {}


def render_site(data, pages) -> dict[str, str]:
    return {}
