#!/usr/bin/env python3
"""Check that the sources' URLs are still alive. Run it by hand or on a schedule,
never as a gate on every change (the build itself never touches the network):

    python scripts/check_links.py                 # the real data
    python scripts/check_links.py --data DIR --timeout 20

Each URL gets a HEAD request, then a GET when HEAD is refused or fails (many
servers answer HEAD badly); redirects are followed. At most four requests run
at once. Dead URLs are reported with where they are given in the data, and the
command exits 1.
"""

import sys
from pathlib import Path

from resolution_site.cli.linkcheck import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
