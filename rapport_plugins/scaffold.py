"""``rapport plugin new NAME --hook ...``: a new integration's distribution, ready to install and test.

It writes ``rapport-NAME/`` with a ``pyproject.toml`` (entry point in group ``rapport``), a module
``rapport_NAME`` with one ``@hookimpl`` stub per chosen hook (carrying the hook's contract as its
docstring), a test that uses the ``rapport_plugins.testing`` kit, and a README. What it generates
installs with ``pip install -e`` and passes its own test as generated.
"""

from __future__ import annotations

import inspect
import keyword
import re
import textwrap
from pathlib import Path

from . import __version__, hookspecs
from .errors import RapportError

NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")

# The section a plugin reads, declared: `rapport plugins` then says whether it is configured,
# `rapport init` writes its example and `rapport config` warns about a misspelt key.
_SECTION_BODY = '''return {SECTION: {
    "about": "what this plugin does, in a few words",  # shown by `rapport plugins` and `rapport init`
    "keys": {"*": None},  # any key; name yours ({"url": str}) to have a misspelt one warned about
    "example": 'url = "https://example.org/"\\n',  # written into config.toml, commented out, by `rapport init`
}}'''
# What each stub does until the author fills it in: stay out of the way when not configured.
_BODIES: dict[str, str] = {
    "rapport_calendar_events": "settings = config.section(SECTION)\nif not settings:\n    return None  # not configured: stay out of the way\nreturn []  # Meeting(uid=..., title=..., start=..., end=..., attendees=[Attendee(...)])",
    "rapport_contacts": "settings = config.section(SECTION)\nif not settings:\n    return None\nreturn []  # Contact(name=..., emails=[...], source=SECTION)",
    "rapport_meeting_notes": "settings = config.section(SECTION)\nif not settings:\n    return None\nreturn []  # MeetingNotes(text=..., source=SECTION, ref=...)",
    "rapport_deliver_briefing": "settings = config.section(SECTION)\nif not settings:\n    return None  # not enabled: nothing delivered\nreturn None  # deliver briefing.render(\"markdown\"), then return where it went",
    "rapport_deliver_correction": "settings = config.section(SECTION)\nif not settings:\n    return None\nreturn None  # send correction.text (one line: moved or cancelled), then return where it went",
    "rapport_after_meeting": "settings = config.section(SECTION)\nif not settings:\n    return None\nreturn []  # Candidate(text=..., person=..., explicit=True)",
    "rapport_before_meeting": "return None  # briefing.add_section(title, lines, source=SECTION)",
    "rapport_parse_notes": "return None  # MeetingNotes for the files this plugin understands, else None",
    "rapport_incoming_notes": "settings = config.section(SECTION)\nif not settings:\n    return None\nreturn []  # MeetingNotes(text=..., source=SECTION, ref=str(path)) for files changed since `since`",
    "rapport_extract_memories": "return []  # Candidate(text=..., person=...) for details the text states",
    "rapport_prompts": "return []  # Prompt(kind=..., text=..., memory_ids=[...])",
    "rapport_register_commands": "@cli.command(SECTION)\ndef command() -> None:\n    \"\"\"What this plugin's command does.\"\"\"\n    click.echo(SECTION)",
    "rapport_storage": "return None  # an object meeting rapport_plugins.Store, when configured",
    "rapport_resolve_date": "return None  # a DateMatch when the text names a date this plugin knows",
    "rapport_name_variants": "return None  # other names a person called `name` goes by",
    "rapport_config_sections": _SECTION_BODY,
}
_DEFAULT_BODY = "return None"

# What an unconfigured stub answers, by hook (the generated test checks it).
_EXPECTED: dict[str, str] = {
    "rapport_calendar_events": "None", "rapport_contacts": "None", "rapport_meeting_notes": "None",
    "rapport_deliver_briefing": "None", "rapport_deliver_correction": "None", "rapport_after_meeting": "None", "rapport_before_meeting": "None",
    "rapport_parse_notes": "None", "rapport_extract_memories": "[]", "rapport_prompts": "[]",
    "rapport_storage": "None", "rapport_resolve_date": "None", "rapport_name_variants": "None",
    "rapport_incoming_notes": "None",
}
# Every argument a hook may take, as the generated test builds it from the kit's fixtures.
_ARGUMENTS = """    available = {
        "config": rapport_context.config,
        "window": Window(rapport_now, rapport_now + timedelta(days=7)),
        "meeting": rapport_samples.next_meeting, "briefing": None, "correction": None, "notes": None,
        "path": rapport_home / "notes.txt", "text": "My dog Max has surgery next Friday.", "context": {},
        "person": rapport_samples.anna, "memories": rapport_samples.memories, "my_memories": [], "today": rapport_now.date(),
        "reference": rapport_now.date(), "name": "Katherine",
        "since": rapport_now - timedelta(days=1), "now": rapport_now,
    }"""


def hook_names() -> list[str]:
    """Every hook a plugin can implement, in the order hookspecs.py lists them."""
    return [name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("rapport_")]


def _stub(hook: str) -> str:
    spec = getattr(hookspecs, hook)
    args = ", ".join(inspect.signature(spec).parameters)
    doc = inspect.getdoc(spec) or ""
    body = textwrap.indent(_BODIES.get(hook, _DEFAULT_BODY), "    ")
    return f'@hookimpl\ndef {hook}({args}):\n    """{textwrap.indent(doc, "    ").lstrip()}\n    """\n{body}\n'


def render(name: str, hooks: list[str]) -> dict[str, str]:
    """The files of a new plugin distribution, by path relative to its folder."""
    module = f"rapport_{name.replace('-', '_')}"
    dist = f"rapport-{name.replace('_', '-')}"
    needs_click = "rapport_register_commands" in hooks
    imports = ["from __future__ import annotations", ""]
    if needs_click:
        imports += ["import click", ""]
    imports += ["from rapport_plugins import hookimpl", ""]
    has_section = "rapport_config_sections" in hooks
    configured = (f"Configured by the ``[{name}]`` section of rapport's config.toml (declared below, so `rapport\n"
                  "plugins` says whether it is configured); every hook stays out of the way while it is missing."
                  if has_section else
                  "Needs no configuration: its hooks run as soon as it is installed (a plugin that reads a\n"
                  "section declares it with ``rapport_config_sections``).")
    module_text = "\n".join([
        f'"""{dist}: a rapport plugin ({", ".join(hooks)}).',
        "",
        configured,
        'Hooks: docs/hooks.md of rapport-plugins; the API: docs/api.md."""',
        "",
        *imports,
        f'SECTION = "{name}"',
        "", "",
        "\n\n".join(_stub(h) for h in hooks).rstrip() + "\n",
    ])
    tested = [h for h in hooks if h in _EXPECTED]
    test_lines = [
        f'"""Tests of {dist}, with the rapport_plugins.testing kit (loaded by pytest automatically)."""',
        "",
        "from __future__ import annotations",
        "",
        "import inspect",
        "from datetime import timedelta",
        "",
        "from rapport_plugins import Window",
        "",
        f"import {module}",
        "",
        "",
        "def _call(hook, available):",
        '    """Call a hook implementation with the arguments it asks for, as rapport does."""',
        "    return hook(**{k: v for k, v in available.items() if k in inspect.signature(hook).parameters})",
        "",
        "",
        "def test_the_plugin_registers_its_hooks(rapport_context, rapport_plugin):",
        f'    rapport_plugin({module}, name="{name}")',
        f'    assert rapport_context.pm.info["{name}"].hooks == {sorted(hooks)!r}',
        "",
    ]
    if tested:
        test_lines += [
            "",
            "def test_an_unconfigured_plugin_stays_out_of_the_way(rapport_context, rapport_samples, rapport_now, rapport_home):",
            _ARGUMENTS,
        ]
        test_lines += [f"    assert _call({module}.{h}, available) {'is' if _EXPECTED[h] == 'None' else '=='} {_EXPECTED[h]}"
                       for h in tested]
        test_lines.append("")
    if has_section:
        test_lines += [
            "",
            "def test_rapport_plugins_shows_its_section_and_whether_it_is_configured(rapport_cli, rapport_plugin):",
            f'    rapport_plugin({module}, name="{name}")',
            "",
            "    def row():",
            f'        (found,) = [r for r in rapport_cli.json("plugins") if r["name"] == "{name}"]',
            "        return found",
            "",
            f'    assert (row()["status"], row()["sections"]) == ("not configured", ["{name}"])',
            f'    example = {module}.rapport_config_sections()["{name}"]["example"]',
            f'    rapport_cli.config("[{name}]\\n" + example)  # the example `rapport init` writes, uncommented',
            '    assert rapport_cli("config").stderr == ""  # it fits the keys the section declares',
            '    assert row()["status"] == "configured"',
            "",
        ]
    if "rapport_register_commands" in hooks:
        test_lines += [
            "",
            "def test_the_command_runs(rapport_cli, rapport_plugin):",
            f'    rapport_plugin({module}, name="{name}")',
            "    import click",
            "",
            "    group = click.Group()",
            f"    {module}.rapport_register_commands(cli=group)",
            f'    assert "{name}" in group.commands',
            "",
        ]
    pyproject = f'''[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{dist}"
version = "0.1.0"
description = "A rapport plugin: {", ".join(hooks)}"
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["rapport-plugins>={__version__}"]

[project.optional-dependencies]
test = ["pytest>=8"]

# The entry point's name is the plugin's name: `rapport plugins` shows it, [plugins] allow/block use it.
[project.entry-points.rapport]
{name} = "{module}"

[tool.setuptools]
# A flat layout mapped explicitly: `pip install -e .` then uses a plain .pth file, without warnings.
package-dir = {{"" = "."}}

[tool.setuptools.packages.find]
include = ["{module}*"]
'''
    configure = (f"Add a `[{name}]` section to rapport's config.toml (`rapport config path` prints where it is;\n"
                 f"`rapport init` writes the example the plugin declares, commented out):\n\n"
                 f"    [{name}]\n    url = \"https://example.org/\"\n\n"
                 f"`rapport plugins` then lists `{name}` as configured."
                 if has_section else
                 "Nothing to configure: the plugin runs as soon as it is installed. When it needs settings,\n"
                 f"read them with `config.section(\"{name}\")` and declare the section with the\n"
                 "`rapport_config_sections` hook, so `rapport plugins` says whether it is configured.")
    readme = f"""# {dist}

A [rapport](https://pypi.org/project/rapport-plugins/) plugin implementing {", ".join(f"`{h}`" for h in hooks)}.

## Install

    pip install -e .            # from this folder; `rapport plugins` then lists `{name}` (`-v`: its hooks)

## Configure

{configure}

## Test

    pip install -e ".[test]"
    pytest

The tests use the `rapport_plugins.testing` kit (a temporary home, a pinned clock, sample people
and meetings, the `rapport` command line in-process), which pytest loads automatically.

## Publish

    python -m build && python -m twine upload dist/*

Name the distribution `rapport-<name>` and keep the entry point in the `rapport` group, so users
find it and rapport loads it. Import only what `rapport_plugins.__all__` exports.
"""
    return {
        "pyproject.toml": pyproject,
        f"{module}/__init__.py": module_text,
        f"tests/test_{module}.py": "\n".join(test_lines),
        "README.md": readme,
    }


def create(name: str, hooks: list[str], parent: Path) -> Path:
    """Write a new plugin distribution under ``parent``; return its folder. Refuses to overwrite."""
    if not NAME.match(name) or keyword.iskeyword(name):
        raise RapportError(f"bad plugin name {name!r}: use lower-case letters, digits and dashes, e.g. meetup")
    from .plugins import BUILTIN_PLUGINS

    if name in BUILTIN_PLUGINS:
        raise RapportError(f"bad plugin name {name!r}: a built-in plugin has that name; choose another, e.g. my-{name}")
    known = hook_names()
    unknown = [h for h in hooks if h not in known]
    if unknown:
        raise RapportError(f"unknown hook {unknown[0]!r}: choose from {', '.join(known)}")
    if not hooks:
        raise RapportError("name at least one hook with --hook (e.g. --hook rapport_calendar_events)")
    hooks = list(dict.fromkeys(hooks))
    if "rapport_config_sections" not in hooks and any("config.section(SECTION)" in _BODIES.get(h, "") for h in hooks):
        hooks.append("rapport_config_sections")  # a plugin that reads [NAME] declares it
    folder = parent / f"rapport-{name.replace('_', '-')}"
    if folder.exists():
        raise RapportError(f"{folder} already exists: choose another name or folder")
    for rel, text in render(name, hooks).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
