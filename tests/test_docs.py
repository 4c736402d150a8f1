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


def _hook_examples() -> dict[str, str]:
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    found = {}
    for section in re.finditer(r"^## (rapport_\w+)\(.*?\)$(.*?)(?=^## |\Z)", page, re.M | re.S):
        block = re.search(r"```python\n(.*?)```", section.group(2), re.S)
        if block:
            found[section.group(1)] = block.group(1)
    return found


def test_every_hook_example_runs_as_written(rapport_home, rapport_context, rapport_samples, rapport_now):
    """docs/hooks.md's examples, given only rapport_plugins' names, Path and click (as the page
    says), run against the kit's sample meeting, people and memories and answer what the hook asks."""
    from datetime import timedelta
    from pathlib import Path

    import click

    import rapport_plugins
    from rapport_plugins import Config, Correction, MeetingNotes, ReviewItem, Window
    from rapport_plugins.briefing import build_briefing

    examples = _hook_examples()
    assert set(examples) == set(_specs()), "every hook on docs/hooks.md has an example"
    names = {name: getattr(rapport_plugins, name) for name in rapport_plugins.__all__} | {"Path": Path, "click": click}
    hooks = {}
    for hook, code in examples.items():
        scope = dict(names)
        exec(compile(code, f"docs/hooks.md#{hook}", "exec"), scope)  # noqa: S102 - the page's own code
        hooks[hook] = scope[hook]
    notes_dir = rapport_home / "notes"
    meeting = rapport_samples.next_meeting
    (notes_dir / f"{meeting.start:%Y-%m-%d}.md").parent.mkdir()
    (notes_dir / f"{meeting.start:%Y-%m-%d}.md").write_text("## Anna Berg\n- remember: her dog Max had surgery\n")
    config = Config(rapport_home, {"mycal": {"url": "https://example.org/cal"}, "mynotes": {"folder": str(notes_dir)},
                                   "mytool": {"folder": str(notes_dir)}, "printer": {"on": True}})
    briefing = build_briefing(rapport_context, meeting)
    notes = MeetingNotes(text="## Anna Berg\n- remember: her dog Max had surgery", source="mynotes", ref="n.md")

    assert hooks["rapport_calendar_events"](Window(rapport_now, rapport_now + timedelta(days=1)), config)[0].title
    assert hooks["rapport_contacts"](config)[0].dates[0]["kind"] == "birthday"
    assert hooks["rapport_meeting_notes"](meeting, config)[0].source == "mynotes"
    assert hooks["rapport_incoming_notes"](rapport_now - timedelta(days=1), rapport_now, config) == []
    chat = rapport_home / "call.chat"
    chat.write_text("Anna: my dog Max is better\n")
    assert hooks["rapport_parse_notes"](chat, config).utterances[0].speaker == "Anna"
    assert [c.person for c in hooks["rapport_after_meeting"](meeting, notes, config)] == ["Anna Berg"]
    said = MeetingNotes(text="", source="chat", utterances=[rapport_plugins.Utterance("Anna", "My dog Max is ill")])
    assert hooks["rapport_extract_memories"]("x", {"utterances": said.utterances})[0].person == "Anna"
    assert hooks["rapport_resolve_date"]("la semaine prochaine", rapport_now.date(), config).date is None
    assert hooks["rapport_name_variants"]("Wilhelmina") == ["Mina", "Wilma"]
    assert isinstance(hooks["rapport_prompts"](rapport_samples.anna, rapport_samples.memories, meeting,
                                               rapport_now.date(), config), list)
    hooks["rapport_before_meeting"](meeting, briefing, config)
    where = hooks["rapport_deliver_briefing"](meeting, briefing, config)
    assert Path(where).is_file() and oct(Path(where).stat().st_mode & 0o777) == "0o600"
    items = [ReviewItem(id="m1", line="Anna: her dog Max had surgery")]
    written = hooks["rapport_review_write"](meeting, items, [], None, config)
    assert written["ids"] == ["m1"]
    assert [line.id for line in hooks["rapport_review_read"](meeting, written["where"], config)] == ["m1"]
    moved = Correction(kind="moved", title=meeting.title, was=meeting.start, text="Moved: 1:1 Anna",
                       start=meeting.start + timedelta(hours=2))
    assert hooks["rapport_deliver_correction"](meeting, moved, config) == where
    assert "Moved: 1:1 Anna" in Path(where).read_text()
    assert hooks["rapport_forget_person"](rapport_samples.anna, config)["still_named"] == []
    group = click.Group()
    hooks["rapport_register_commands"](group)
    assert "hello" in group.commands
    assert hooks["rapport_storage"](config) is None  # no [store] backend = "postgres"
    assert hooks["rapport_config_sections"]()["webhook"]["keys"]["url"] == "secret"
