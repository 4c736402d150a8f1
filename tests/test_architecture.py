"""The core's shape, checked: no import circle, engines never import command-line modules, and
every storage backend the core ships meets the Store protocol."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rapport_plugins
from rapport_plugins.errors import StoreError
from rapport_plugins.store import SQLiteStore
from rapport_plugins.store_protocol import Store, check_store, store_methods

CORE = Path(rapport_plugins.__file__).parent
CLI_MODULES = {"rapport_plugins.cli", "rapport_plugins.cli_common", "rapport_plugins.cli_brief",
               "rapport_plugins.cli_capture", "rapport_plugins.cli_memory", "rapport_plugins.cli_schedule", "rapport_plugins.__main__"}
DRIVES_THE_CLI = {"rapport_plugins.testing"}  # the test kit runs `rapport` as a user would


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        name = ".".join(("rapport_plugins", *path.relative_to(CORE).with_suffix("").parts))
        found[name.removesuffix(".__init__")] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """Every core module -> the core modules it imports, at the top or inside a function."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):  # imports only a type checker runs are not imports
            if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
                node.body = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    target = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                deps.update({target} & modules.keys())
                deps.update({f"{target}.{a.name}" for a in node.names} & modules.keys())
            elif isinstance(node, ast.Import):
                deps.update({a.name for a in node.names} & modules.keys())
        deps.discard(name)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_the_core_has_no_import_circle_even_through_lazy_imports():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_engine_module_imports_a_command_line_module():
    graph = import_graph()
    offenders = {name: sorted(deps & CLI_MODULES) for name, deps in graph.items()
                 if name not in CLI_MODULES | DRIVES_THE_CLI and deps & CLI_MODULES}
    assert offenders == {}


def test_the_sqlite_store_meets_the_store_protocol(tmp_path):
    store = SQLiteStore(tmp_path / "r.db")
    try:
        assert isinstance(store, Store)
        assert check_store(store) is store
    finally:
        store.close()
    assert "add_memory" in store_methods() and "claim" in store_methods()


def test_a_backend_missing_methods_is_named_with_what_it_lacks():
    class HalfStore:
        def add_person(self, *a, **k):
            return None

    with pytest.raises(StoreError) as err:
        check_store(HalfStore(), "storage plugin 'half'")
    message = str(err.value)
    assert "'half'" in message and "HalfStore" in message and "add_memory" in message
    assert "add_person," not in message


def test_a_storage_plugin_returning_something_else_is_a_one_line_error(rapport, tmp_path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "notastore.py").write_text(
        "from rapport_plugins import hookimpl\n\n"
        "@hookimpl\n"
        "def rapport_storage(config):\n"
        "    return {'people': []}\n", encoding="utf-8")
    result = rapport("--hooks-dir", str(hooks), "people", code=1)
    assert "storage plugin 'notastore' returned a dict that is not a rapport Store: missing transaction" in result.stderr
    assert "Traceback" not in result.stderr
