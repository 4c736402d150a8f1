"""The hooks reference stays true: every hook documented with its real signature, and tested."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from rapport_plugins import hookspecs

ROOT = Path(__file__).resolve().parent.parent


def _specs() -> dict[str, str]:
    return {
        name: f"{name}({', '.join(inspect.signature(fn).parameters)})"
        for name, fn in vars(hookspecs).items()
        if name.startswith("rapport_") and callable(fn)
    }


def test_every_hook_is_documented_with_its_signature():
    documented = dict(
        (m.group(1), m.group(0)[3:].strip())
        for m in re.finditer(r"^## (rapport_\w+)\(.*\)$", (ROOT / "docs" / "hooks.md").read_text(), re.M)
    )
    specs = _specs()
    assert len(specs) >= 10
    assert set(documented) == set(specs), "docs/hooks.md and hookspecs.py list different hooks"
    for name, signature in specs.items():
        assert documented[name] == signature, f"docs/hooks.md documents {documented[name]}, hookspecs has {signature}"


def test_every_hook_has_a_docstring():
    for name in _specs():
        assert (getattr(hookspecs, name).__doc__ or "").strip(), name


def test_every_hook_has_a_test():
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    implemented = "\n".join(
        p.read_text(encoding="utf-8")
        for folder in ("rapport_plugins", "integrations", "hooks")
        for p in (ROOT / folder).rglob("*.py")
    )
    for name in _specs():
        assert f"def {name}(" in implemented, f"no plugin implements {name}"
        assert name in tests, f"no test mentions {name}"


def test_every_hook_has_its_parameter_types_at_a_glance():
    page = (ROOT / "docs" / "hooks.md").read_text()
    table = page[page.index("## At a glance"):page.index("\n## rapport_")]
    listed = set(re.findall(r"^\| `(rapport_\w+)`", table, re.M))
    assert listed == set(_specs())
