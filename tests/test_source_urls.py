"""A source URL must be an absolute https:// URL: anything else is refused with
an error that names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import data_copy, errors_for

VALID_URL = "url: https://example.org/official"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/official",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/official",
        "/official",
        "official.html",
        "//example.org/official",
        "https://example.org/a b",
        " https://example.org/official",
        "https://",
    ],
)
def test_source_url_other_than_https_is_refused_with_location(tmp_path: Path, url: str) -> None:
    data = data_copy(tmp_path, sources=(VALID_URL, f"url: {url!r}".replace("'", '"')))
    errors = errors_for(data)
    assert len(errors) == 1, errors
    assert errors[0].startswith("data/sources.yaml:7: sources[0].url: "), errors[0]


def test_https_source_url_is_accepted(tmp_path: Path) -> None:
    data = data_copy(tmp_path, sources=(VALID_URL, "url: https://www.senat.fr/leg/ppr23-195.html#x"))
    assert errors_for(data) == []
