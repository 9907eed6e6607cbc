"""Every value of a kind inside the loaded data, found by walking the models: the checks that
look for a kind of value wherever it stands (every source reference, every person, every text
of ours) and the pages that count them share this one walk instead of each writing its own."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from .load import Loc

T = TypeVar("T")


def located(value: Any, kind: type[T], loc: Loc = ()) -> Iterator[tuple[Loc, T]]:
    """Every ``kind`` anywhere in ``value`` (a model, a list of them, a data file), parents
    first, in the file's order, each with where it stands in its file (keys as the YAML spells
    them: ``for``, not ``for_``). Only models and lists are walked into (one generator
    each): most of the data's ~80,000 values are strings, and a generator per string cost more
    than the rest of the walk."""
    if isinstance(value, kind):
        yield loc, value
    if isinstance(value, BaseModel):
        children: Iterable[tuple[str | int, Any]] = ((key, getattr(value, name)) for key, name in _keys(type(value)))
    elif isinstance(value, list | tuple):
        children = enumerate(value)
    else:
        return
    for key, child in children:
        if isinstance(child, BaseModel | list | tuple):
            yield from located(child, kind, (*loc, key))
        elif isinstance(child, kind):
            yield (*loc, key), child


@functools.cache
def _keys(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """A model's fields as (key in the YAML, attribute name)."""
    return tuple((field.alias or name, name) for name, field in model.model_fields.items())


def instances(value: Any, kind: type[T]) -> Iterator[T]:
    """Every ``kind`` anywhere in ``value``, in the file's order."""
    return (found for _, found in located(value, kind))
