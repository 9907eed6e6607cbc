#!/usr/bin/env python3
"""Build the site's Markdown from ``data/``: load → validate → render → write.

    python scripts/build.py           # validate, then write docs/generated/
    python scripts/build.py --check   # validate only; write nothing

Bad data prints every problem as ``file:line: field: message`` and exits 1;
nothing is written, so the last good output stays in place. ``mkdocs build``
and ``mkdocs serve`` call ``run`` through ``scripts/mkdocs_hook.py``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render  # noqa: E402
import writer  # noqa: E402
from dataset import load_dataset  # noqa: E402
from loader import DataErrors  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
PAGES_DIR = ROOT / "docs" / "pages"
OUT_DIR = ROOT / "docs" / "generated"


@dataclass(frozen=True)
class Outcome:
    written: list[str]
    deleted: list[str]
    unchanged: int


def run(
    data_dir: Path = DATA_DIR, out_dir: Path = OUT_DIR, pages_dir: Path = PAGES_DIR, *, check: bool = False
) -> Outcome:
    """Validate and, unless ``check``, render and write. Raises ``DataErrors``."""
    data = load_dataset(data_dir, display_root=ROOT)
    files = render.render_site(data, pages=render.read_pages(pages_dir))
    if check:
        return Outcome([], [], 0)
    return Outcome(*writer.sync_tree(out_dir, files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the data; write nothing")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: data/)")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: docs/generated/)")
    args = parser.parse_args(argv)
    try:
        outcome = run(args.data, args.out, check=args.check)
    except DataErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        count = len(exc.errors)
        print(f"{count} error{'s' if count != 1 else ''} in the data; nothing was written.", file=sys.stderr)
        return 1
    if args.check:
        print("data is valid")
    else:
        print(f"{len(outcome.written)} written, {len(outcome.deleted)} deleted, {outcome.unchanged} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
