"""MkDocs hook: run the pipeline before every build and every ``mkdocs serve``
reload. It holds no logic of its own: everything is in ``build.py``."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # noqa: E402
from loader import DataErrors  # noqa: E402


def on_pre_build(config, **kwargs) -> None:
    try:
        build.run()
    except DataErrors as exc:
        lines = [str(error) for error in exc.errors]
        lines.append(f"{len(lines)} error(s) in the data; the generated pages were left as they were.")
        raise PluginError("\n".join(lines)) from None
