#!/usr/bin/env python3
"""Every URL the site has ever published, kept in a list so that none breaks.

    python scripts/published_urls.py --check   # exit 1 if the site has URLs the list lacks
    python scripts/published_urls.py --write   # append them to the list

The list (``tests/published_urls.txt``) holds one path per line, from the
site root: pages (``/dispositions/<id>/``) and clause anchors on the full
text (``/texte/#<id>``). It only grows: ``--write`` appends what is new and
never removes or reorders a line, and ``tests/test_published_urls.py``
builds the site and fails if any listed URL or anchor stops resolving. When
a provision's id must change, keep the old one in its ``former_ids``: the
build then writes a redirect page and an anchor for it.
"""

import sys
from pathlib import Path

from resolution_site.cli.published_urls import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
