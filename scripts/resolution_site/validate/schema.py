"""Each data file against its model: pydantic's errors, located on the path that really
exists in the file and said in words an editor can act on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..load import DataError, Document, Loc

M = TypeVar("M", bound=BaseModel)


def validate_model(doc: Document, model: type[M]) -> tuple[M | None, list[DataError]]:
    """Validate ``doc`` against ``model``; errors carry the file, line and field."""
    try:
        return model.model_validate(doc.value), []
    except ValidationError as exc:
        return None, _located(doc, exc)


def _located(doc: Document, exc: ValidationError) -> list[DataError]:
    # A union (``date | "2024-01"``) reports one error per member, under an
    # extra loc element naming the member; fold them into one message on the
    # path that really exists in the file.
    grouped: dict[Loc, list[str]] = defaultdict(list)
    for err in exc.errors(include_url=False):
        loc = _data_path(doc.value, tuple(err["loc"]))
        message = _message(err)
        if message not in grouped[loc]:
            grouped[loc].append(message)
    return [doc.error(loc, "; or ".join(messages)) for loc, messages in grouped.items()]


def _data_path(value: Any, loc: Loc) -> Loc:
    """The longest prefix of ``loc`` that walks through the data itself
    (plus a last key that is missing or unexpected)."""
    path: list[str | int] = []
    for part in loc:
        if isinstance(value, dict) and isinstance(part, str):
            path.append(part)
            if part not in value:
                break
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            path.append(part)
            value = value[part]
        else:
            break
    return tuple(path)


def _message(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check its spelling against the schema)"
    if kind == "enum":
        return f"{err['input']!r} is not allowed; allowed values: {err['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        return f"{err['input']!r} does not have the expected form (pattern {err['ctx']['pattern']})"
    if kind in ("model_type", "dict_type"):
        return f"expected a mapping, got {_describe(err['input'])}"
    if kind == "list_type":
        return f"expected a list, got {_describe(err['input'])}"
    if kind == "value_error":  # our own validators (models.Text): their message is the whole story
        return err["msg"].removeprefix("Value error, ")
    if kind == "string_too_long":
        return f"text is {len(err['input']):,} characters long; the limit is {err['ctx']['max_length']:,}"
    if kind in ("string_type", "int_type", "date_type", "bool_type"):
        return f"{err['msg'].replace('Input should be', 'expected')}, got {_describe(err['input'])}"
    return err["msg"]


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"
