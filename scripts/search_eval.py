#!/usr/bin/env python3
"""Top-3 hit rate of the site's search on its evaluation set (a command; the test is tests/test_search_eval.py):

    python scripts/search_eval.py                 # builds the site into a temporary folder
    python scripts/search_eval.py --site site     # or uses an existing build

Serves the built site on 127.0.0.1, types every query of
resolution_site/search_eval.py into the header box of each edition in Chromium
(search-core.js itself does the ranking) and prints the hit rate per edition and
the misses. Exit status 1 when an edition is below the target (95 %).
"""

import sys
from pathlib import Path

from resolution_site.cli.search_eval import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
