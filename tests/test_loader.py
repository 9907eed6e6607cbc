"""The YAML loader refuses what could hurt the build, with located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_site.load import MAX_FILE_BYTES, DataErrors, load_document
from resolution_site.models import Bilingual, Wording


def errors(tmp_path: Path, content: bytes) -> list[str]:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    with pytest.raises(DataErrors) as caught:
        load_document(path, "f.yaml")
    return [str(e) for e in caught.value.errors]


def test_valid_file_records_lines(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("# comment\na:\n  - b: 1\n  - c: 2\n", encoding="utf-8")
    doc = load_document(path, "f.yaml")
    assert doc.value == {"a": [{"b": 1}, {"c": 2}]}
    assert doc.line_of(("a", 1, "c")) == 4
    assert doc.line_of(("a", 1, "missing")) == 4


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a: 1\nb: 2\na: 3\n", "f.yaml:3: a: duplicate key (first given on line 1)"),
        (b"a: &x [1]\nb: *x\n", "f.yaml:2: b: anchors and aliases (&, *) are not allowed"),
        (
            b"a: !!python/object/apply:os.system [ls]\n",
            "f.yaml:1: a: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        ),
        (b"", "f.yaml:1: file is empty; it should hold a mapping"),
        (b"# only a comment\n", "f.yaml:1: file is empty; it should hold a mapping"),
        (b"\xef\xbb\xbfa: 1\n", "f.yaml:1: file starts with a byte-order mark; save it as UTF-8 without BOM"),
        (b"a: 1\nb: caf\xe9\n", "f.yaml:2: byte 0xe9 is not valid UTF-8; save the file as UTF-8"),
        (b"a:\n\t- b\n", "f.yaml:2: YAML syntax: a tab is used for indentation; indent with spaces"),
        (b"a: [1, 2\n", "f.yaml:2: YAML syntax: while parsing a flow sequence did not find expected ',' or ']'"),
        (b"a: 1\n<<: {b: 2}\n", "f.yaml:2: merge keys (<<) are not allowed"),
    ],
)
def test_refused_with_location(tmp_path: Path, content: bytes, expected: str) -> None:
    assert errors(tmp_path, content) == [expected]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    found = errors(tmp_path, ("\n".join(lines) + "\n").encode())
    assert found[0].startswith("f.yaml:2: a1[0]: anchors and aliases")


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    content = b"a: " + b"x" * (MAX_FILE_BYTES + 1) + b"\n"
    assert errors(tmp_path, content)[0].startswith("f.yaml:1: file is")


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    content = ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 60)) + "  " * 60 + "x\n").encode()
    found = errors(tmp_path, content)
    assert any("nested more than" in line or "YAML syntax" in line for line in found)


def test_our_prose_folds_a_non_breaking_space_and_a_source_s_words_keep_it() -> None:
    """Our own text has ordinary spaces in every output (the French edition sets its thin
    spaces on screen by itself); a quotation keeps the spaces its source gives it."""
    ours = Bilingual.model_validate({"fr": "Une phrase\u00a0;\n  la suite\u00a0: «\u00a0mot\u00a0»", "en": "x"})
    assert ours.fr == "Une phrase ; la suite : « mot »"
    quoted = Wording.model_validate(
        {"fr": "appelle\u00a0:\n  «\u00a0le gouvernement\u00a0»", "source": "s", "stage": "adopted", "en": "calls"}
    )
    assert quoted.fr == "appelle\u00a0: «\u00a0le gouvernement\u00a0»"
