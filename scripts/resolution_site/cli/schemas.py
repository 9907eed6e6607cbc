"""Keep the JSON Schemas in step with the models: the editors' (``data/schema/*.schema.json``) and the
published open data's (``publish/resolution.schema.json``, which a build publishes as donnees/schema.json).

python scripts/opendata.py --write-schemas   # rewrite both
python scripts/opendata.py --check-schemas   # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..publish.opendata import stale_schemas, write_schemas

SCHEMA_DIR = Path("data") / "schema"  # under the project's root


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    schema_dir = (root or Path.cwd()) / SCHEMA_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write-schemas", action="store_true", help=f"rewrite {SCHEMA_DIR}/ and the published schema")
    action.add_argument("--check-schemas", action="store_true", help="exit 1 if the schemas are out of date")
    args = parser.parse_args(argv)
    stale = stale_schemas(schema_dir)
    if args.check_schemas:
        for filename in stale:
            where = filename if "/" in filename else f"data/schema/{filename}"
            print(f"{where} is out of date: run scripts/opendata.py --write-schemas", file=sys.stderr)
        return 1 if stale else 0
    write_schemas(schema_dir)
    print(f"{len(stale)} schema(s) out of date, all rewritten (data/schema/ and the published one)")
    return 0
