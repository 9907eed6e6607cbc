#!/usr/bin/env python3
"""Build the site's Markdown from ``data/``: load → validate → render → write.

    python scripts/build.py           # validate, then write docs/generated/
    python scripts/build.py --check   # validate only; write nothing

Like ``mkdocs build``, it reads the site's address from ``SITE_URL`` (or
``--site-url``); without it the open data's URLs are relative.

Bad data prints every problem as ``file:line: field: message`` and exits 1;
nothing is written, so the last good output stays in place. ``mkdocs build``
and ``mkdocs serve`` run the same pipeline through ``scripts/mkdocs_hook.py``.
"""

import sys
from pathlib import Path

from resolution_site.cli.build import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
