"""Read one YAML data file into plain Python values, remembering where each
value stands, and turn any problem into a located ``DataError``.

PyYAML gives node marks but no paths; we walk the composed node tree once to
record the line of every key and item, and build the value in the same walk, so that later checks (pydantic's and
our own) can say ``data/provisions.yaml:42: provisions[3].topics[1]: …``.

Besides YAML's own syntax errors, this refuses what a data file of ours never
needs and what could hurt the build: duplicate keys (PyYAML silently keeps
the last), anchors and aliases (a few lines can expand to billions of nodes),
non-standard tags (``!!python/object``), a byte-order mark, bytes that are not
UTF-8, an empty file, and files above ``MAX_FILE_BYTES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # the C parser is several times faster; the pure-Python one gives the same nodes
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _Loader(_SafeLoader):
    """The safe loader, except that a date that does not exist (``2024-02-30``) is a
    located YAML error instead of the ``ValueError`` PyYAML's timestamp parser raises."""


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    try:
        return _SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
        ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

# Far above any real file (provisions.yaml, the largest, is about 100 KB), and above the 100× synthetic
# data scripts/bench.py measures (its provisions.yaml passed 8 MiB in December 2026), which must load.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 40  # our deepest data is about 8 levels; this stops pathological nesting
STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)

Loc = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class DataError:
    """One problem in one data file, located as precisely as we can."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataErrors(Exception):
    """Raised with every problem found, so that all of them can be reported at once."""

    def __init__(self, errors: list[DataError]):
        super().__init__(f"{len(errors)} data error(s)")
        self.errors = sorted(set(errors))


def format_loc(loc: Loc) -> str:
    """``('provisions', 3, 'topics', 1)`` → ``provisions[3].topics[1]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass
class Document:
    """A parsed data file: its value and the line of every path in it."""

    file: str
    value: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int:
        """The line of ``loc``, or of its nearest ancestor that exists (a missing
        field is reported on the line of the mapping that should hold it)."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return 1

    def error(self, loc: Loc, message: str) -> DataError:
        return DataError(self.file, self.line_of(loc), format_loc(loc), message)


def load_document(path: Path, display: str | None = None) -> Document:
    """Parse ``path``; raise ``DataErrors`` (never a YAML or Unicode exception)."""
    name = display or str(path)

    def fail(line: int, message: str) -> DataErrors:
        return DataErrors([DataError(name, line, "", message)])

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise fail(1, f"cannot read file: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise fail(1, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} (split it or trim it)")
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail(1, "file starts with a byte-order mark; save it as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise fail(line, f"byte {raw[exc.start]:#04x} is not valid UTF-8; save the file as UTF-8") from None
    return parse_document(text, name)


def parse_document(text: str, name: str) -> Document:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataErrors([DataError(name, 1, "", "file is empty; it should hold a mapping")])
        doc = Document(name, None)
        problems: list[DataError] = []
        walk = _Walk(doc, problems, loader)
        value = walk.node(node, ())
        if problems:
            raise DataErrors(problems)
        # A value that did not construct (a date that does not exist): PyYAML's own construction
        # raises the error, as it always has, now that every line is known.
        doc.value = loader.construct_document(node) if walk.failed else value
    except yaml.constructor.ConstructorError as exc:  # a value that does not construct (a date that does not exist)
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise DataErrors([DataError(name, line, _field_on(doc, line), str(exc.problem))]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        lines = text.splitlines()
        if mark and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            message = "a tab is used for indentation; indent with spaces"
        raise DataErrors([DataError(name, line, "", f"YAML syntax: {message}")]) from None
    except yaml.YAMLError as exc:  # unmarked reader errors, e.g. control characters
        raise DataErrors([DataError(name, 1, "", f"YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return doc


def _field_on(doc: Document, line: int) -> str:
    """The deepest field that starts on ``line`` (where a value that failed to construct stands)."""
    on_line = [loc for loc, at in doc.lines.items() if at == line]
    return format_loc(max(on_line, key=len)) if on_line else ""


class _Walk:
    """One walk of the composed node tree that records the line of every key and item,
    collects structural problems, and builds the plain value as PyYAML's safe constructor
    would (``construct_document``, a second walk of the same nodes, was a third of the load).
    Where a scalar does not construct, ``failed`` is set and the walk goes on, so that every
    line is known and structural problems still come first."""

    def __init__(self, doc: Document, problems: list[DataError], loader: _Loader):
        self.doc, self.problems, self.loader = doc, problems, loader
        self.seen: set[int] = set()
        self.failed = False
        self.constructors = loader.yaml_constructors

    def node(self, node: yaml.Node, loc: Loc) -> Any:
        """The value of ``node``, recording its line and its children's; collect structural problems."""
        doc, problems = self.doc, self.problems
        if id(node) in self.seen:  # an alias is the very node its anchor names: it has no mark of its own
            line = doc.lines[loc] if loc and isinstance(loc[-1], str) else doc.line_of(loc[:-1])
            problems.append(DataError(doc.file, line, format_loc(loc), "anchors and aliases (&, *) are not allowed"))
            return None
        line = node.start_mark.line + 1
        doc.lines.setdefault(loc, line)
        self.seen.add(id(node))
        if len(loc) > MAX_DEPTH:
            problems.append(
                DataError(doc.file, line, format_loc(loc[:3]) + "…", f"nested more than {MAX_DEPTH} levels deep")
            )
            return None
        tag = node.tag
        if tag not in STANDARD_TAGS:
            problems.append(DataError(doc.file, line, format_loc(loc), f"tag {tag!r} is not allowed"))
            return None
        if isinstance(node, yaml.ScalarNode):
            if tag == _STR:
                return node.value
            try:
                return self.constructors[tag](self.loader, node)
            except Exception:  # noqa: BLE001 - PyYAML's construct_document raises it again, unchanged
                self.failed = True
                return None
        if isinstance(node, yaml.MappingNode):
            mapping: dict[str, Any] = {}
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                if key_node.tag == "tag:yaml.org,2002:merge":
                    problems.append(DataError(doc.file, key_line, format_loc(loc), "merge keys (<<) are not allowed"))
                    continue
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                    problems.append(DataError(doc.file, key_line, format_loc(loc), "keys must be plain words"))
                    continue
                key = key_node.value
                if key in first_line:
                    problems.append(
                        DataError(
                            doc.file,
                            key_line,
                            format_loc((*loc, key)),
                            f"duplicate key (first given on line {first_line[key]})",
                        )
                    )
                    continue
                first_line[key] = key_line
                doc.lines[(*loc, key)] = key_line
                mapping[key] = self.node(value_node, (*loc, key))
            return mapping
        return [self.node(item, (*loc, index)) for index, item in enumerate(node.value)]


_STR = "tag:yaml.org,2002:str"
