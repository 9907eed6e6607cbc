"""Every field of every data model is read by the build: a field added to a model and filled
in the data, but shown nowhere and published nowhere, fails here instead of passing unseen
(README, "How to add a field", step 4).

"Read" means that the pages' code and templates (``render/``), the published files'
(``publish/``) or the shared views (``dataset.py``, ``since.py``…) name the field as an
attribute (``.field``) or a key (``"field"``). The few fields read under a name built at run
time are listed, each with where it is read.
"""

from __future__ import annotations

import functools
import inspect
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from resolution_site import models, models_around

PACKAGE = Path(models.__file__).resolve().parent
BUILD = ("render", "publish")
SHARED = ("dataset.py", "since.py", "earlier.py", "work.py", "licence.py", "pages.py")

READ_UNDER_ANOTHER_NAME = {
    ("SourceRef", "excerpt_fr"): "render/__init__.py, as getattr(ref, f'excerpt_{lang}')",
    ("SourceRef", "excerpt_en"): "render/__init__.py, as getattr(ref, f'excerpt_{lang}')",
    ("Source", "origin"): "models.py, Source.independent_as (the confidence rule and the sources page)",
}


@functools.cache
def build_code() -> str:
    files = [p for sub in BUILD for p in sorted((PACKAGE / sub).rglob("*")) if p.suffix in (".py", ".j2")]
    files += [PACKAGE / name for name in SHARED]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def data_models() -> list[type[BaseModel]]:
    return [
        cls
        for module in (models, models_around)
        for cls in vars(module).values()
        if inspect.isclass(cls) and issubclass(cls, BaseModel) and cls.__module__ == module.__name__
    ]


FIELDS = [(cls.__name__, name) for cls in data_models() for name in cls.model_fields]


def test_the_models_are_found() -> None:
    assert ("Provision", "wording") in FIELDS and ("Correction", "date") in FIELDS


@pytest.mark.parametrize(("model", "field"), FIELDS, ids=[f"{m}.{f}" for m, f in FIELDS])
def test_every_field_is_read_by_the_build(model: str, field: str) -> None:
    if (model, field) in READ_UNDER_ANOTHER_NAME:
        return
    code = build_code()
    assert re.search(rf"\.{field}\b|[\"']{field}[\"']", code), (
        f"{model}.{field} is in the model but neither rendered nor published: show it in a template"
        " (render/templates/), publish it (publish/), or both"
    )


def test_the_fields_read_under_another_name_still_exist() -> None:
    assert set(READ_UNDER_ANOTHER_NAME) <= set(FIELDS)
