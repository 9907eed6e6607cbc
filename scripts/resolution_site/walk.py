"""Every model inside the loaded data, with where it stands in its file: the checks that look
for a kind of value wherever it stands (every source reference, every person, every text of
ours, every rated value) and the pages that count them share this one walk, made once per
file (``Dataset.located``) instead of once per check."""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel

from .load import Loc


def models(value: Any, loc: Loc = ()) -> list[tuple[Loc, BaseModel]]:
    """Every model in ``value`` (a model, a list of them, a data file), parents first, in the
    file's order, each with where it stands (keys as the YAML spells them: ``for``, not ``for_``)."""
    found: list[tuple[Loc, BaseModel]] = []
    _collect(value, loc, found)
    return found


def _collect(value: Any, loc: Loc, found: list[tuple[Loc, BaseModel]]) -> None:
    # Only models and lists are walked into: most of the data's values are strings.
    if isinstance(value, BaseModel):
        found.append((loc, value))
        for key, name in _keys(type(value)):
            child = getattr(value, name)
            if isinstance(child, BaseModel | list | tuple):
                _collect(child, (*loc, key), found)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if isinstance(item, BaseModel | list | tuple):
                _collect(item, (*loc, index), found)


@functools.cache
def _keys(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """A model's fields as (key in the YAML, attribute name)."""
    return tuple((field.alias or name, name) for name, field in model.model_fields.items())
