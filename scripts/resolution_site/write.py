"""Write the rendered tree into the generated folder, touching only what changed.

A file is rewritten only when its bytes differ (so ``mkdocs serve`` reloads
only what changed, and timestamps mean something); files that the build no
longer produces are deleted. The folder carries a marker file: the writer
refuses to delete anything in a non-empty folder that lacks it, so a wrong
``--out`` can never wipe someone's files.
"""

from __future__ import annotations

import os
import posixpath
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
    # One listing of what is there (os.walk reads the kinds with the names: no stat per file).
    present: set[str] = set()
    folders: list[str] = []
    for folder, _, names in os.walk(out_dir):
        rel_folder = Path(folder).relative_to(out_dir).as_posix()
        folders.append(rel_folder)
        prefix = "" if rel_folder == "." else rel_folder + "/"
        present.update(prefix + name for name in names)
    made = set(folders)
    written, unchanged = [], 0
    for rel, text in sorted(files.items()):
        target = out_dir / rel
        data = text.encode("utf-8")
        if rel in present and target.is_file() and target.read_bytes() == data:
            unchanged += 1
            continue
        parent = posixpath.dirname(rel) or "."
        if parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(parent)
        _atomic_write(target, data)
        written.append(rel)
    deleted = []
    for rel in sorted(present):
        if rel != MARKER and rel not in files:
            (out_dir / rel).unlink()
            deleted.append(rel)
    for rel_folder in sorted(folders, reverse=True):
        path = out_dir / rel_folder
        if rel_folder != "." and not any(path.iterdir()):
            path.rmdir()
    return written, deleted, unchanged


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
