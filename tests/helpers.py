"""Small helpers shared by the data tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FIXTURES
from resolution_site.load import DataErrors
from resolution_site.pipeline import load_dataset

VALID = FIXTURES / "valid"


def data_copy(tmp_path: Path, **replace: str) -> Path:
    """The valid fixture data in ``tmp_path/data``, with some files' text replaced or edited.

    ``replace={"vote": text}`` replaces ``vote.yaml``; a value that is a
    ``(old, new)`` pair edits the file instead.
    """
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    for name, change in replace.items():
        path = data / f"{name}.yaml"
        if isinstance(change, tuple):
            old, new = change
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{old!r} not in {path.name}"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
        else:
            path.write_text(change, encoding="utf-8")
    return data


def errors_for(data: Path) -> list[str]:
    """The errors the data gives, as printed (paths relative to the data folder's parent)."""
    try:
        load_dataset(data, display_root=data.parent)
    except DataErrors as exc:
        return [str(error) for error in exc.errors]
    return []
