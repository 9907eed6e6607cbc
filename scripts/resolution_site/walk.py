"""Every value of a kind inside the loaded data, found by walking the models: the checks that
look for a kind of value wherever it stands (every source reference, every person, every text
of ours) and the pages that count them share this one walk instead of each writing its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from .load import Loc

T = TypeVar("T")


def _walk(value: Any, loc: Loc) -> Iterator[tuple[Loc, Any]]:
    """``value`` and every model, item and field value inside it, parents first, each with
    where it stands in its file (keys as the YAML spells them: ``for``, not ``for_``)."""
    yield loc, value
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from _walk(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, (*loc, index))


def located(value: Any, kind: type[T]) -> Iterator[tuple[Loc, T]]:
    """Every ``kind`` anywhere in ``value`` (a model, a list of them, a data file), in the
    file's order, with where it stands (``value`` itself is at ``()``)."""
    for loc, found in _walk(value, ()):
        if isinstance(found, kind):
            yield loc, found


def instances(value: Any, kind: type[T]) -> Iterator[T]:
    """Every ``kind`` anywhere in ``value``, in the file's order."""
    return (found for _, found in located(value, kind))
