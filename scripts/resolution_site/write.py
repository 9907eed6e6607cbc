"""Write the rendered tree into the generated folder, touching only what changed.

A file is rewritten only when its bytes differ (so ``mkdocs serve`` reloads
only what changed, and timestamps mean something); files that the build no
longer produces are deleted. The folder carries a marker file: the writer
refuses to delete anything in a non-empty folder that lacks it, so a wrong
``--out`` can never wipe someone's files.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

MARKER = ".generated"
MARKER_TEXT = "This folder is written by scripts/build.py. Everything in it but this file is replaced at each build.\n"


class UnsafeOutput(Exception):
    pass


def sync_tree(out_dir: Path, files: dict[str, str]) -> tuple[list[str], list[str], int]:
    """Make ``out_dir`` hold exactly ``files``; return (written, deleted, unchanged)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    marker = out_dir / MARKER
    if not marker.exists():
        if any(out_dir.iterdir()):
            raise UnsafeOutput(f"{out_dir} is not empty and has no {MARKER} file; refusing to write there")
        marker.write_text(MARKER_TEXT, encoding="utf-8")
    written, unchanged = [], 0
    for rel, text in sorted(files.items()):
        target = out_dir / rel
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
            continue
        _atomic_write(target, data)
        written.append(rel)
    deleted = []
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir).as_posix()
        if path.is_file() and rel != MARKER and rel not in files:
            path.unlink()
            deleted.append(rel)
    for path in sorted(out_dir.rglob("*"), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, deleted, unchanged


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
