"""The public plugin API: ``rapport_plugins.__all__`` is all an integration imports from the core,
and integrations use each other only through what the other one exports."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import rapport_plugins

ROOT = Path(__file__).resolve().parent.parent
INTEGRATIONS = ROOT / "integrations"


def _exports(package: str) -> set[str]:
    return set(getattr(importlib.import_module(package), "__all__", ()))


def import_problems(source: str, own_package: str) -> list[str]:
    """Every import in ``source`` that reaches past a package's ``__all__`` (the core's or another
    integration's); an integration's own modules are its own business."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top.startswith("rapport_") and top != own_package and "." in alias.name:
                    problems.append(f"line {node.lineno}: import {alias.name} (a submodule)")
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            top = node.module.split(".")[0]
            if not top.startswith("rapport_") or top == own_package:
                continue
            if node.module != top:
                problems.append(f"line {node.lineno}: from {node.module} import ... (an unexported module)")
                continue
            exported = _exports(top)
            problems += [f"line {node.lineno}: {a.name} is not in {top}.__all__"
                         for a in node.names if a.name not in exported]
    return problems


def _integration_sources() -> list[tuple[Path, str]]:
    found = []
    for package in sorted(INTEGRATIONS.glob("*/rapport_*")):
        found += [(path, package.name) for path in sorted(package.rglob("*.py"))]
    return found


def test_every_integration_imports_only_exported_names():
    sources = _integration_sources()
    assert len({pkg for _, pkg in sources}) >= 11
    problems = {str(path.relative_to(ROOT)): found for path, pkg in sources
                if (found := import_problems(path.read_text(encoding="utf-8"), pkg))}
    assert problems == {}


def test_the_check_catches_a_core_submodule_an_unexported_name_and_another_integrations_module():
    source = (
        "from rapport_plugins.store import SQLiteStore\n"
        "from rapport_plugins import hookimpl, _one_line\n"
        "from rapport_markdown.noteio import read_note\n"
        "import rapport_plugins.extract\n"
        "from rapport_ics import meetings_from_ics\n"
        "from .own import anything\n"
    )
    problems = import_problems(source, "rapport_mine")
    assert problems == [
        "line 1: from rapport_plugins.store import ... (an unexported module)",
        "line 2: _one_line is not in rapport_plugins.__all__",
        "line 3: from rapport_markdown.noteio import ... (an unexported module)",
        "line 4: import rapport_plugins.extract (a submodule)",
    ]


def test_every_public_name_resolves_and_is_documented():
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#{2,3} `([A-Za-z_]+)", api, re.M))
    for name in rapport_plugins.__all__:
        assert getattr(rapport_plugins, name) is not None
    assert set(rapport_plugins.__all__) - {"__version__"} <= documented
    assert "hookimpl" in dir(rapport_plugins) and "Meeting" in dir(rapport_plugins)


def _annotation(value: object) -> str:
    import inspect

    return value if isinstance(value, str) else inspect.formatannotation(value)


def shown(obj: object) -> str:
    """``obj``'s signature as docs/api.md heads its entry: annotations as written, defaults as
    Python would print them, a default factory as ``...``."""
    import dataclasses
    import inspect

    parts, star = [], False
    for p in inspect.signature(obj).parameters.values():
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        prefix = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "")
        star = star or p.kind is p.VAR_POSITIONAL
        text = prefix + p.name + (f": {_annotation(p.annotation)}" if p.annotation is not p.empty else "")
        if p.default is not p.empty:
            default = p.default
            text += " = " + ("..." if default is dataclasses.MISSING or "factory" in repr(default) else
                             f"{default.__module__}.{default.__name__}" if callable(default) else repr(default))
        parts.append(text)
    returns = inspect.signature(obj).return_annotation
    tail = "" if returns is inspect.Signature.empty else f" -> {_annotation(returns)}"
    return f"{getattr(obj, '__name__', '')}({', '.join(parts)}){tail}"


def test_every_documented_signature_is_the_real_one():
    """A plugin author copies from docs/api.md: each heading names a public name with the
    signature it really has (a field added to a model shows up here, or this fails)."""
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for heading in re.findall(r"^### `([^`]+)`", api, re.M):
        name = re.match(r"\w+", heading).group(0)
        assert name in rapport_plugins.__all__, f"docs/api.md documents {name}, which is not exported"
        if "(" in heading:
            assert heading == shown(getattr(rapport_plugins, name)), f"docs/api.md: {heading}"


def test_importing_the_package_loads_no_engine():
    import subprocess
    import sys

    code = ("import sys, rapport_plugins; "
            "print(sorted(m for m in sys.modules if m.startswith('rapport_plugins.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['rapport_plugins.hookspecs']"
