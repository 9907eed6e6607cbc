"""The net under the data rules: the rendered site is refused when two files share a path
or a page gives one id to two elements (resolution_site.outputs)."""

from __future__ import annotations

import pytest

from resolution_site.load import DataError
from resolution_site.outputs import Outputs, PathCollision, check_ids, page_ids


def test_a_second_file_on_a_taken_path_is_an_error_not_an_overwrite() -> None:
    out = Outputs({"fr/vote.md": "a"})
    with pytest.raises(PathCollision, match="fr/vote.md"):
        out["fr/vote.md"] = "b"
    with pytest.raises(PathCollision):
        out.update({"fr/vote.md": "c"})
    assert out == {"fr/vote.md": "a"}


def test_ids_are_read_from_attribute_lists_and_tags_never_from_escaped_text() -> None:
    page = (
        '## A {#one}\n<div class="x" id="two" markdown>\n\\{#not-an-id\\} id="nor-this" &lt;p id="nor"&gt;\n{: #three }'
    )
    assert [anchor for anchor, _ in page_ids(page)] == ["one", "two", "three"]


def test_a_duplicate_id_is_located_in_the_data_when_the_data_gave_it() -> None:
    files = {"fr/texte.md": "## Dispositif {#operative}\n### O1 {#operative}\n", "fr/x.json": '{"id": 1}'}
    from_data = {"operative": [DataError("data/provisions.yaml", 22, "provisions[1].id", "")]}
    (error,) = check_ids(files, lambda anchor: from_data.get(anchor, []))
    assert (error.file, error.line, error.field) == ("data/provisions.yaml", 22, "provisions[1].id")
    assert "'operative' appears twice on the page fr/texte.md (first at its line 1)" in error.message


def test_a_duplicate_id_of_the_templates_is_located_in_the_generated_page() -> None:
    (error,) = check_ids({"fr/vote.md": 'a\n<p id="cite-this"></p>\n<p id="cite-this"></p>\n'}, lambda _: [])
    assert str(error).startswith("docs/generated/fr/vote.md:3: id 'cite-this' appears twice")
    (error,) = check_ids({"fr/vote.md": "## S {#site-search-input}\n"}, lambda _: [], reserved={"site-search-input"})
    assert "the theme's header uses it too" in error.message
