"""The overlay's modules import each other without a circle: read from the source with ``ast``.

Every import counts, function-level ones included (a circle hidden in a function still breaks when
the function runs first); imports under ``if TYPE_CHECKING:`` do not (they never run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "overlay" / "openrouter"
ROOT = "openrouter"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The overlay modules ``path`` imports at run time (the root package itself left out)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _imports(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        found.update(t for t in targets if t in modules and t != ROOT and t != name)
    return found


def overlay_graph() -> dict[str, set[str]]:
    """Module → the overlay modules it imports."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): imports_of(p, modules) for p in paths}


def circles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Every import circle (strongly connected group of more than one module, or a self-import)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_among_overlay_modules() -> None:
    graph = overlay_graph()
    assert len(graph) > 20  # the whole package was read
    assert circles(graph) == []


def test_the_check_finds_a_circle_through_a_function_level_import(tmp_path: Path) -> None:
    # The checker itself can fail: a circle through a function-level import is found.
    tree = ast.parse("import os\n\ndef f():\n    from . import b\n")
    assert [n.module for n in _imports(tree) if isinstance(n, ast.ImportFrom)] == [None]
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"a"}}) == [["a"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_type_checking_imports_do_not_count() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import x\nelse:\n    import y\n"
    )
    assert [a.name for n in _imports(tree) if isinstance(n, ast.Import) for a in n.names] == ["y"]


def test_the_layers_below_the_client_do_not_import_it() -> None:
    # The request machinery is below the client: none of it imports the client or the CLI.
    graph = overlay_graph()
    below = [
        "_steps",
        "_retry",
        "_responses",
        "_outcomes",
        "_config",
        "_transport",
        "_backends",
        "_body",
        "_pools",
    ]
    for name in below:
        above = {m for m in graph[f"{ROOT}.{name}"] if m == f"{ROOT}._client" or m.startswith(f"{ROOT}._cli")}
        assert not above, name
    for leaf in ("_constants", "_retry_after", "_attempt"):
        assert graph[f"{ROOT}.{leaf}"] == set(), leaf
    assert graph[f"{ROOT}.errors"] == {f"{ROOT}._exceptions"}  # the public face of the one tree
    assert graph[f"{ROOT}._exceptions"] == {f"{ROOT}._retry_after"}
