"""The command that keeps ``tests/published_urls.txt`` in step with the site
(``python scripts/published_urls.py --check`` or ``--write``; the list's rules are
in ``publish/urls.py``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..load import DataErrors
from ..pipeline import Project, render_project
from ..publish.urls import LIST, appended, missing_from, parse_list, site_urls


def current_urls(root: Path) -> list[str]:
    data, files = render_project(Project.at(root))
    return site_urls(files, data)


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    root = root or Path.cwd()
    parser = argparse.ArgumentParser(
        description="Every URL the site has ever published, kept in a list so that none breaks."
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="exit 1 if the site has URLs the list lacks")
    mode.add_argument("--write", action="store_true", help="append the site's new URLs to the list")
    parser.add_argument("--list", type=Path, default=root / LIST, help=f"the list file (default: {LIST})")
    args = parser.parse_args(argv)
    try:
        current = current_urls(root)
    except DataErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 1
    text = args.list.read_text(encoding="utf-8") if args.list.exists() else ""
    shown = args.list.resolve().relative_to(root) if args.list.resolve().is_relative_to(root) else args.list
    new = missing_from(parse_list(text), current)
    if args.write:
        if new:
            args.list.write_text(appended(text, new), encoding="utf-8")
        print(f"{len(new)} URL(s) appended to {shown}")
        return 0
    for url in new:
        print(f"{shown}: not listed yet: {url}", file=sys.stderr)
    if new:
        print("Run `python scripts/published_urls.py --write` to append them.", file=sys.stderr)
        return 1
    print(f"all {len(current)} current URLs are listed")
    return 0
