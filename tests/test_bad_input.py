"""Bad input never hurts, through the real pipeline (``scripts/build.py`` as a
subprocess): broken or hostile data gives exit code 1 and a located message,
never a traceback, and the previous output stays byte for byte (a hang is cut
by the subprocess timeout; how long a build takes is scripts/bench.py's
business, not a test's); hostile text that is valid data is inert in the built HTML.

The loader's own unit tests (test_loader.py) check each refusal's exact
wording; here we check what a user running the build sees.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build
from helpers import VALID, data_copy
from site_html import html_pages, is_external, parse_html

BUILD = ROOT / "scripts" / "build.py"


def alias_bomb() -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    return "\n".join(lines) + "\n"


# name → (file, change, expected message). A change is (old, new) text, a whole
# new text, or bytes. Messages are matched after "<file>:<line>: ".
CASES: dict[str, tuple[str, str | tuple[str, str] | bytes, str]] = {
    "yaml-syntax": ("vote", ("value: 11", "value: [eleven"), r"YAML syntax"),
    "tab-indentation": ("provisions", ("    ref: O1", "\tref: O1"), r"YAML syntax: a tab is used for indentation"),
    "duplicate-key": (
        "provisions",
        ("    ref: O1", "    ref: O1\n    ref: O9"),
        r"provisions\[0\]\.ref: duplicate key",
    ),
    "unknown-key": ("provisions", ("    ref: O1", "    ref: O1\n    colour: blue"), r"provisions\[0\]\.colour: "),
    "wrong-type": ("provisions", ("order: 2", "order: second"), r"provisions\[0\]\.order: "),
    "missing-field": ("provisions", ("    ref: O1\n", ""), r"provisions\[0\]\.ref: "),
    "duplicate-id": ("provisions", ("id: second-clause", "id: first-clause"), r"provisions\[1\]\.id: "),
    "unknown-topic": ("provisions", ("topics: [alpha]", "topics: [gamma]"), r"provisions\[0\]\.topics\[0\]: .*gamma"),
    "unknown-source": (
        "provisions",
        ("source: official-page\n      stage", "source: nowhere\n      stage"),
        r"provisions\[0\]\.wording\.source: .*nowhere",
    ),
    "not-utf8": ("sources", "sources:\n  - id: caf\xe9\n".encode("latin-1"), r"byte 0xe9 is not valid UTF-8"),
    "byte-order-mark": (
        "topics",
        b"\xef\xbb\xbf" + (VALID / "topics.yaml").read_bytes(),
        r"file starts with a byte-order mark",
    ),
    "empty-file": ("topics", "", r"file is empty"),
    "python-tag": (
        "vote",
        "vote: !!python/object/apply:os.system [touch /tmp/pwned]\n",
        r"vote: tag .* is not allowed",
    ),
    "alias-bomb": ("topics", alias_bomb(), r"a1\[0\]: anchors and aliases \(&, \*\) are not allowed"),
    "huge-file": (
        "provisions",
        b"provisions:\n" + b"  - id: x\n    note: " + b"x" * 20_000_000 + b"\n",
        r"file is [\d,]+ bytes; the limit is",
    ),
    # Dates: a month that does not exist, a day that does not exist (PyYAML's timestamp parser raises).
    "month-13": (
        "context",
        ('date: "2023-09"', 'date: "2023-13"'),
        r"events\[0\]\.date: .*does not have the expected form",
    ),
    "month-00": (
        "context",
        ('date: "2023-09"', 'date: "2023-00"'),
        r"events\[0\]\.date: .*does not have the expected form",
    ),
    "february-30": (
        "context",
        ("date: 2024-01-17", "date: 2024-02-30"),
        r"events\[1\]\.date: '2024-02-30' is not a real date",
    ),
    "day-32-in-a-source": (
        "sources",
        ("date: 2024-01-17", "date: 2024-01-32"),
        r"sources\[\d\]\.date: .*not a real date",
    ),
    # Text: hidden characters, blank, huge (Markdown is quadratic on one paragraph: refused before rendering).
    "control-character": (
        "context",
        ("{fr: Un contexte.,", '{fr: "Un\\u0001 contexte.",'),
        r"background\[0\]\.text\.fr: character U\+0001 .* is not allowed in text",
    ),
    "bidi-override-in-a-name": (
        "resolution",
        ("name: ", 'name: "\\u202Eevil\\u202C"\n    # was: '),
        r"resolution\..*\.name: character U\+202E \(RIGHT-TO-LEFT OVERRIDE\)",
    ),
    "bidi-isolate-in-a-heading": (
        "provisions",
        ("heading: {fr: Première disposition,", 'heading: {fr: "Première \\u2067disposition",'),
        r"provisions\[0\]\.heading\.fr: character U\+2067",
    ),
    "nul-in-an-excerpt": (
        "context",
        ("supports: {fr: le contexte,", 'excerpt: "a\\u0000b", supports: {fr: le contexte,'),
        r"background\[0\]\.sources\[0\]\.excerpt: character U\+0000",
    ),
    "blank-heading": (
        "provisions",
        ("heading: {fr: Première disposition,", 'heading: {fr: "   ",'),
        r"provisions\[0\]\.heading\.fr: text is blank",
    ),
    "five-megabyte-value": (
        "context",
        ("{fr: Un contexte.,", "{fr: " + "x" * 5_000_000 + ","),
        r"background\[0\]\.text\.fr: text is 5,000,000 characters long; the limit is 4,000",
    ),
    # Ids: two outputs on one path, two equal ids on one page (the data's or the templates').
    "provision-id-index": (
        "provisions",
        ("id: second-clause", "id: index"),
        r"provisions\[1\]\.id: two generated files would share the path 'dispositions/index\.md'",
    ),
    "provision-id-like-a-heading-anchor": (
        "provisions",
        ("id: second-clause", "id: operative"),
        r"provisions\[1\]\.id: id 'operative' appears twice on the page (en/text|fr/texte)\.md",
    ),
    "background-id-like-an-event-id": (
        "context",
        ("id: status", "id: adoption"),
        r"(events\[1\]|background\[0\])\.id: id 'adoption' appears twice on the page (en/context|fr/contexte)\.md",
    ),
    "background-id-like-a-year-anchor": (
        "context",
        ("id: status", "id: y2024"),
        r"background\[0\]\.id: id 'y2024' appears twice on the page",
    ),
    "topic-id-like-the-search-box": (
        "topics",
        (
            "  - id: beta",
            "  - id: site-search-input\n    label: {fr: X, en: X}\n    description: {fr: X, en: X}\n  - id: beta",
        ),
        r"topics\[1\]\.id: id 'site-search-input' appears twice on the page .*the theme's header uses it too",
    ),
    # Across files: a correction of what was not yet published.
    "correction-before-adoption": (
        "corrections",
        ("date: 2024-02-01", "date: 2024-01-16"),
        r"corrections\[0\]\.date: 2024-01-16 is before the adoption \(2024-01-17\)",
    ),
    "reaction-before-the-motion": (
        "reactions",
        ('date: "2024-01"', 'date: "2023-01"'),
        r"reactions\[0\]\.date: 2023-01 is before the motion was tabled",
    ),
    "period-ending-before-it-starts": (
        "context",
        ("date: 2024-01-17", "date: 2024-01-17\n    end: 2023-12-31"),
        r"events\[1\]\.end: 2023-12-31 is before the event's date \(2024-01-17\)",
    ),
}
LINE_EXPECTED = {
    "yaml-syntax": 17,
    "duplicate-key": 5,
    "unknown-key": 5,
    "not-utf8": 2,
    "python-tag": 1,
    "february-30": 9,
    "control-character": 26,
}

# Edits a case needs in another file so that only its own fault remains: a renamed
# provision keeps its row in the comparison with the earlier resolutions.
ALSO = {
    "provision-id-index": {"earlier": ("  - provision: second-clause\n", "  - provision: index\n")},
    "provision-id-like-a-heading-anchor": {"earlier": ("  - provision: second-clause\n", "  - provision: operative\n")},
}


def run_build(data: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BUILD), "--data", str(data), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def previous_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "generated"
    result = run_build(VALID, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("case", CASES)
def test_bad_data_is_refused_with_a_located_message(tmp_path: Path, previous_output: Path, case: str) -> None:
    name, change, expected = CASES[case]
    edits = {name: change, **ALSO.get(case, {})}
    data = data_copy(tmp_path) if isinstance(change, bytes) else data_copy(tmp_path, **edits)
    if isinstance(change, bytes):
        (data / f"{name}.yaml").write_bytes(change)
    before = snapshot(previous_output)
    result = run_build(data, previous_output)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    located = rf"{re.escape(str(data / name))}\.yaml:(\d+): {expected}"
    match = re.search(located, result.stderr)
    assert match, f"expected /{located}/ in:\n{result.stderr}"
    if case in LINE_EXPECTED:
        assert int(match.group(1)) == LINE_EXPECTED[case], result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(previous_output) == before, "the previous output changed"
    assert not Path("/tmp/pwned").exists()


# Hostile text that is valid data: it must come out as text, in the built HTML.
# One site is built, with both strings below in its data, and both tests read it.
HOSTILE = (
    '<script>alert("s")</script> <img src=x onerror=alert(1)> <a href="javascript:alert(2)">a</a> '
    "[md](javascript:alert(3)) ![im](https://evil.example/i.png) {: onclick=alert(4) } "
    "&lt;b&gt; &amp; {{ 7*7 }} {% raw %}x{% endraw %} <!-- c --> ]]>"
)
HOSTILE_MARKUP = (
    '<script>alert(1)</script> [x](javascript:alert(2)) {: onclick="alert(3)" } <img src=x onerror=alert(4)>'
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture data with hostile text in every field a page shows (clause wording,
    heading and notes, topic label, source title and note), built by ``mkdocs build --strict``."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    quoted = HOSTILE.replace("'", "''")
    both = f"{quoted} {HOSTILE_MARKUP}"
    data = data_copy(
        tmp_path,
        provisions=("en: The Senate condemns the example;", f"en: '{both}'"),
        topics=("label: {fr: Thème alpha,", f"label: {{fr: '{both}',"),
        sources=("title: An official page", f"title: '{quoted}'"),
    )
    for name, old in (
        ("provisions", "heading: {fr: Première disposition,"),
        ("provisions", "notes:\n      - {fr: Aucun visa trouvé.,"),
        ("sources", "note:\n      fr: Une note."),
    ):
        path = data / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        new = old.replace("Première disposition,", f"'{quoted}',").replace("Aucun visa trouvé.,", f"'{quoted}',")
        new = new.replace("fr: Une note.", f"fr: '{quoted}'")
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    project = copy_project(tmp_path / "project", data=data)
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.mark.slow
def test_hostile_text_is_inert_in_the_built_site(hostile_site: Path) -> None:
    site = hostile_site
    problems = []
    for name, page in html_pages(site).items():
        for tag, attrs in page.elements:
            handlers = [a for a in attrs if a.startswith("on")]
            if handlers:
                problems.append(f"{name}: <{tag}> has event handler {handlers}")
            for attr in ("href", "src", "action", "formaction"):
                if attrs.get(attr, "").strip().lower().startswith(("javascript:", "data:")):
                    problems.append(f"{name}: <{tag} {attr}={attrs[attr]!r}>")
            if tag == "img" and is_external(attrs.get("src", "")):
                problems.append(f"{name}: image from data: {attrs['src']}")
        problems += [f"{name}: script from data: {s[:60]!r}" for s in page.inline_scripts if "alert" in s]
        # JSON data blocks (JSON-LD) may carry the text, but never a raw "<" that could close the script
        problems += [f"{name}: raw '<' in a JSON script: {s[:60]!r}" for s in page.data_scripts if "<" in s]
        text = (site / name).read_text(encoding="utf-8")
        if ">49<" in text or " 49 " in text:
            problems.append(f"{name}: template syntax was evaluated (49)")
    assert not problems, "\n".join(problems)
    # and the text is there, shown as text, on the pages that display each field
    clause = (site / "dispositions" / "first-clause" / "index.html").read_text(encoding="utf-8")
    assert (
        "&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt;" in clause
        or '&lt;script&gt;alert("s")&lt;/script&gt;' in clause
    )
    assert "{{ 7*7 }}" in clause and "{% raw %}" in clause
    assert "<title>O1 — &lt;script&gt;" in clause, "Material prints the page title unescaped: it must arrive escaped"
    assert "&amp;lt;b&amp;gt;" in clause, "an entity in the data must show as typed, not be decoded"
    # The page header shows the title escaped once: "&lt;" on screen would be a double escape.
    header = re.search(r'data-md-component="header-topic">\s*<span class="md-ellipsis">(.*?)</span>', clause, re.S)
    assert header and header.group(1).startswith("O1 — &lt;script&gt;alert(&quot;s&quot;)"), header
    assert "&amp;lt;b&amp;gt; &amp;amp; {{ 7*7 }}" in header.group(1), "typed entities show as typed, escaped once"
    sources = (site / "sources" / "index.html").read_text(encoding="utf-8")
    assert sources.count("{{ 7*7 }}") >= 2  # title and note
    topics = (site / "themes" / "index.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in topics


def _active_markup(html: str) -> list[str]:
    """What a browser would run: event-handler attributes, javascript: URLs, and scripts whose
    text comes from the data."""
    page = parse_html(html)
    found = [f"<{tag} {name}=...>" for tag, values in page.elements for name in values if name.startswith("on")]
    found += [
        f"<{tag} {name}={value}>"
        for tag, values in page.elements
        for name, value in values.items()
        if name in ("href", "src") and value.strip().lower().startswith("javascript:")
    ]
    found += [f"<script>{code[:60]}" for code in page.inline_scripts if "alert(" in code]
    return found


@pytest.mark.slow
def test_hostile_markup_is_inert_in_every_html_file(hostile_site: Path) -> None:
    """Every HTML file (redirect pages and 404 included) read for what would run, and the
    wording's markup shown as text."""
    for page in hostile_site.rglob("*.html"):
        found = _active_markup(page.read_text(encoding="utf-8"))
        assert not found, f"{page}: {found}"
    clause = (hostile_site / "dispositions" / "first-clause" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in clause
