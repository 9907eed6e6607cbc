"""Keep the editors' JSON Schemas (``data/schema/*.schema.json``) in step with the models.

python scripts/opendata.py --write-schemas   # rewrite data/schema/*.schema.json
python scripts/opendata.py --check-schemas   # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..publish.opendata import file_schemas, stale_schemas

SCHEMA_DIR = Path("data") / "schema"  # under the project's root


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    schema_dir = (root or Path.cwd()) / SCHEMA_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write-schemas", action="store_true", help=f"rewrite {SCHEMA_DIR}/")
    action.add_argument("--check-schemas", action="store_true", help="exit 1 if the schemas are out of date")
    args = parser.parse_args(argv)
    stale = stale_schemas(schema_dir)
    if args.check_schemas:
        for filename in stale:
            print(f"data/schema/{filename} is out of date: run scripts/opendata.py --write-schemas", file=sys.stderr)
        return 1 if stale else 0
    schema_dir.mkdir(parents=True, exist_ok=True)
    for filename, text in file_schemas().items():
        (schema_dir / filename).write_text(text, encoding="utf-8")
    print(f"{len(stale)} schema(s) written to data/schema/")
    return 0
