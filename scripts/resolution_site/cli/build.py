"""Build the site's Markdown from ``data/``: load → validate → render → write.

    python scripts/build.py           # validate, then write docs/generated/
    python scripts/build.py --check   # validate only; write nothing

Like ``mkdocs build``, it reads the site's address from ``SITE_URL`` (or
``--site-url``); without it the open data's URLs are relative.

Bad data prints every problem as ``file:line: field: message`` and exits 1;
nothing is written, so the last good output stays in place. ``mkdocs build``
and ``mkdocs serve`` run the same pipeline through ``scripts/mkdocs_hook.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..load import DataErrors
from ..pipeline import Project, run
from ..settings import Settings, SettingsError


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    root = root or Path.cwd()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the data; write nothing")
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: data/)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: docs/generated/)")
    parser.add_argument("--site-url", default=os.environ.get("SITE_URL"), help="site address (default: $SITE_URL)")
    args = parser.parse_args(argv)
    try:
        settings = Settings(site_url=args.site_url)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        outcome = run(Project.at(root, args.data), args.out, check=args.check, settings=settings)
    except DataErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        count = len(exc.errors)
        print(f"{count} error{'s' if count != 1 else ''}; nothing was written.", file=sys.stderr)
        return 1
    if args.check:
        print("data is valid")
    else:
        print(f"{len(outcome.written)} written, {len(outcome.deleted)} deleted, {outcome.unchanged} unchanged")
    return 0
