#!/usr/bin/env python3
"""Measure the build on this machine (a command, not a test):

    python scripts/bench.py            # real data, then 10× and 100× synthetic data
    python scripts/bench.py --factors 10 --repeat 1

Prints a table and one JSON line: the pipeline alone (load + validate + render +
write, in process), the full ``mkdocs build`` (a subprocess), their ratio; time
per provision and peak memory at each size; the size of a clause page as served
(HTML + the CSS and JS it loads, gzip-compressed, search index apart) and of
the search index.

Synthetic data is written into a temporary copy of the project and never kept:
each provision is copied with a new id, ref and order, everything else as is,
so the data stays valid.

Targets: pipeline ≤ 10 % of the full build; time per provision at 100× within
1.5× of that at 10×; a clause page ≤ 100 KB compressed.
"""

import sys
from pathlib import Path

from resolution_site.cli.bench import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
