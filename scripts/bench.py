#!/usr/bin/env python3
"""Measure the build on this machine (see resolution_site/cli/bench.py; --help lists the options)."""

import sys
from pathlib import Path

from resolution_site.cli.bench import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
