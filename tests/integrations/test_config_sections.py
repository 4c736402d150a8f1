"""Every installed integration that reads a config section declares it (``rapport_config_sections``),
with every key it reads, so `rapport config` checks it and `rapport init` / `config --docs` show it.

The sections and keys an integration reads are found in its source: ``config.section("name")`` or
``SectionReader(config, "name")``, then ``.get("key")``, ``["key"]``, a SectionReader's
``.text/.number/.flag("key")`` and ``secret(section, "key", ...)`` on what those return.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from rapport_plugins.config_check import CORE_SECTIONS, SECRET
from rapport_plugins.plugins import BUILTIN_PLUGINS

INTEGRATIONS = sorted({ep.name: ep for ep in entry_points(group="rapport")}.values(), key=lambda ep: ep.name)
RECIPES = sorted((Path(__file__).parents[2] / "hooks").glob("*.py"))


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` constants (e.g. ``SECTION = "google"``)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _section_named(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The section name when ``node`` reads a section: ``x.section("a")``, ``SectionReader(c, "a")``,
    ``(x.section("a") or {})``, ``x.section("a") if ... else {}``."""
    if isinstance(node, ast.BoolOp | ast.IfExp):
        parts = node.values if isinstance(node, ast.BoolOp) else [node.body, node.orelse]
        return next((n for n in (_section_named(p, constants) for p in parts) if n), None)
    if not isinstance(node, ast.Call) or not node.args:
        return None
    if isinstance(node.func, ast.Attribute) and node.func.attr == "section":
        return _text(node.args[0], constants)
    if isinstance(node.func, ast.Name) and node.func.id == "SectionReader" and len(node.args) > 1:
        return _text(node.args[1], constants)
    return None


def reads(package: Path) -> dict[str, set[str]]:
    """Section -> the keys the package's source reads from it."""
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")) if package.is_dir() else [package]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for scope in [tree, *[n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]]:
            bound: dict[str, str] = {}  # variable -> section it holds
            if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                bound.update({a.arg: "?" for a in scope.args.args if a.arg == "section"})
            for node in ast.walk(scope):
                name = _section_named(node, constants)
                if name:
                    found.setdefault(name, set())
                if isinstance(node, ast.Assign) and (name := _section_named(node.value, constants)):
                    bound.update({t.id: name for t in node.targets if isinstance(t, ast.Name)})
            for node in ast.walk(scope):
                section, key = None, None
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                    owner = node.func.value
                    section = bound.get(owner.id) if isinstance(owner, ast.Name) else _section_named(owner, constants)
                    key = _text(node.args[0], constants)
                elif isinstance(node, ast.Subscript):
                    owner = node.value
                    section = bound.get(owner.id) if isinstance(owner, ast.Name) else _section_named(owner, constants)
                    key = _text(node.slice, constants)
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "secret"
                      and len(node.args) > 1 and isinstance(node.args[0], ast.Name)):
                    section, key = bound.get(node.args[0].id), _text(node.args[1], constants)
                if section and key:
                    found.setdefault(section, set()).add(key)
    unnamed = found.pop("?", set())  # a `section` parameter: the package's own section, when it reads one
    own = [name for name in found if name not in CORE_SECTIONS]
    if unnamed and len(own) == 1:
        found[own[0]] |= unnamed
    return found


def _allowed(keys: dict[str, Any]) -> set[str]:
    names = set(keys)
    for key, kind in keys.items():
        if kind == SECRET:
            names |= {f"{key}_env", f"{key}_command"}
    return names


def test_the_source_reader_finds_sections_keys_and_secrets(tmp_path: Path):
    (tmp_path / "a.py").write_text(
        'SECTION = "svc"\n'
        "def settings(config):\n"
        "    section = config.section(SECTION)\n"
        "    read = SectionReader(config, SECTION)\n"
        '    return section.get("url"), read.number("timeout", 3), secret(section, "token", "x")\n'
        "def other(config):\n"
        '    return (config.section("more") or {}).get("sinks"), config.section("me")["name"]\n',
        encoding="utf-8")
    assert reads(tmp_path) == {"svc": {"url", "timeout", "token"}, "more": {"sinks"}, "me": {"name"}}


def check_declared(label: str, source: Path, module: Any) -> dict[str, Any]:
    """Assert ``module`` declares every section and key its ``source`` reads; returns what it declares."""
    read = {name: keys for name, keys in reads(source).items() if name not in CORE_SECTIONS}
    declare = getattr(module, "rapport_config_sections", None)
    declared = declare() if declare else {}
    assert set(read) <= set(declared), f"{label} reads {sorted(set(read) - set(declared))} but does not declare it"
    for name, keys in read.items():
        allowed = _allowed(declared[name].get("keys") or {})
        assert keys <= allowed, f"{label}: [{name}] reads {sorted(keys - allowed)}, not declared"
        assert declared[name].get("about"), f"{label}: [{name}] says nothing about itself"
    return {name: declared[name] for name in read}


@pytest.mark.parametrize("entry", INTEGRATIONS, ids=[ep.name for ep in INTEGRATIONS])
def test_every_integration_declares_the_sections_and_keys_it_reads(entry):
    module = entry.load()
    package = Path(importlib.import_module(module.__name__.split(".")[0]).__file__).parent
    for name, spec in check_declared(entry.name, package, module).items():
        assert spec.get("example"), f"{entry.name}: [{name}] has no example for `rapport init`"


@pytest.mark.parametrize("name", sorted(BUILTIN_PLUGINS))
def test_every_builtin_declares_what_it_reads(name):
    module = importlib.import_module(BUILTIN_PLUGINS[name])
    check_declared(name, Path(module.__file__), module)


@pytest.mark.parametrize("recipe", RECIPES, ids=[p.stem for p in RECIPES])
def test_every_hook_recipe_declares_what_it_reads(recipe: Path):
    spec = importlib.util.spec_from_file_location(f"recipe_{recipe.stem}", recipe)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check_declared(recipe.name, recipe, module)


def test_the_integrations_and_recipes_are_all_found():
    assert {"ics", "dateparser", "postgres", "nicknames"} <= {ep.name for ep in INTEGRATIONS}
    assert {"daily_note", "webhook_reminder"} <= {p.stem for p in RECIPES}
