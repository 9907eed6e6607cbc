#!/usr/bin/env python3
"""Keep the editors' JSON Schemas (``data/schema/*.schema.json``) in step with the models.

python scripts/opendata.py --write-schemas   # rewrite data/schema/*.schema.json
python scripts/opendata.py --check-schemas   # exit 1 if they are out of date
"""

import sys
from pathlib import Path

from resolution_site.cli.schemas import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent.parent))
