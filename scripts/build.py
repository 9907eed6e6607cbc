#!/usr/bin/env python3
"""Build the site's Markdown from data/ (see resolution_site/cli/build.py; --help lists the options)."""

import sys
from pathlib import Path

from resolution_site.cli.build import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
