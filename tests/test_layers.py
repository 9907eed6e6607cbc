"""The package's layers, read from the import statements of its source (nothing is imported):
the build path never imports a command or a measuring tool, and the pages (``render``) never
import what is published beside them (``publish``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "scripts" / "resolution_site"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute (``from . import x`` counts as ``package.x``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def within(module: str, layer: str) -> bool:
    return module == layer or module.startswith(layer + ".")


@pytest.mark.parametrize("name", [name for name in MODULES if not within(name, "resolution_site.cli")])
def test_no_module_outside_cli_imports_a_command_or_a_tool(name: str) -> None:
    offending = sorted(m for m in imported(MODULES[name]) if within(m, "resolution_site.cli"))
    assert not offending, f"{name} imports {offending}: the build path must not depend on resolution_site.cli"


@pytest.mark.parametrize("name", [name for name in MODULES if within(name, "resolution_site.render")])
def test_render_does_not_import_publish(name: str) -> None:
    offending = sorted(m for m in imported(MODULES[name]) if within(m, "resolution_site.publish"))
    assert not offending, f"{name} imports {offending}: move what both need to a neutral module"


def test_the_scan_sees_relative_imports() -> None:
    """The scan itself: a relative import of a tool, two levels up, is seen as one."""
    assert "resolution_site.pipeline.run" in imported(MODULES["resolution_site.cli.build"])
    assert "resolution_site.cli.browser.launch" in imported(MODULES["resolution_site.cli.bench"])
    assert "resolution_site.publish.search" in imported(MODULES["resolution_site.pipeline"])
