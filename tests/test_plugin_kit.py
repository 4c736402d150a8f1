"""The plugin author's tools: the rapport_plugins.testing kit, `rapport plugin new`, and
RAPPORT_TRACE_PLUGINS."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from rapport_plugins import Attendee, Meeting, RapportError, hookimpl
from rapport_plugins.scaffold import hook_names
from rapport_plugins.testing import PINNED_NOW

ROOT = Path(__file__).resolve().parent.parent


def _calendar_plugin(meeting: Meeting) -> types.ModuleType:
    module = types.ModuleType("rapport_kitcal")

    @hookimpl
    def rapport_calendar_events(window, config):
        return [meeting] if window.start <= meeting.start < window.end else []

    module.rapport_calendar_events = rapport_calendar_events
    return module


def test_the_kit_pins_the_clock_and_keeps_the_home_private_to_the_test(rapport_context, rapport_home, rapport_now):
    assert rapport_now == PINNED_NOW
    assert rapport_context.now() == rapport_now
    assert os.environ["RAPPORT_HOME"] == str(rapport_home)
    assert rapport_context.config.home == rapport_home


def test_samples_are_stored_and_meetings_are_dated_from_the_pinned_clock(rapport_context, rapport_samples, rapport_now):
    store = rapport_context.store
    assert store.find_person("anna@example.org").id == rapport_samples.anna.id
    assert store.me().name == "Sam Rivera"
    assert [m.text for m in store.memories_for(rapport_samples.anna.id)][:1] == ["Her dog Max has surgery on Friday"]
    assert rapport_samples.next_meeting.start == rapport_now.replace(minute=0, hour=10)
    assert store.meetings_with(rapport_samples.anna.id)[0]["uid"] == "weekly-1-1-anna@example.org"


def test_a_plugin_registered_for_one_test_reaches_engines_and_the_command_line(
        rapport_context, rapport_plugin, rapport_cli, rapport_now):
    meeting = Meeting(uid="kit-1", title="Kit check", start=rapport_now.replace(hour=10),
                      end=rapport_now.replace(hour=11), attendees=[Attendee(email="anna@example.org", name="Anna Berg")])
    rapport_plugin(_calendar_plugin(meeting), name="kitcal")
    assert "rapport_calendar_events" in rapport_context.pm.info["kitcal"].hooks
    rapport_cli("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport_cli("remember", "Plays the cello", "--who", "Anna Berg")
    briefing = rapport_cli.json("brief")
    assert briefing["meeting"]["title"] == "Kit check"
    assert "cello" in str(briefing["people"])
    listed = rapport_cli.json("plugins")
    assert [p["name"] for p in listed if p["kind"] == "test"] == ["kitcal"]


def test_the_example_on_the_testing_page(rapport_cli, rapport_plugin, rapport_samples):
    class FakeCalendar:
        @hookimpl
        def rapport_calendar_events(self, window, config):
            return [rapport_samples.next_meeting]

    rapport_plugin(FakeCalendar(), name="fakecal")
    briefing = rapport_cli.json("brief")
    assert briefing["meeting"]["title"] == "1:1 Anna"
    assert "Max" in str(briefing["people"])


def test_a_test_plugin_replaces_an_installed_one_of_the_same_name(rapport_context, rapport_plugin):
    import rapport_ics

    assert rapport_context.pm.info["ics"].kind == "entrypoint"
    rapport_plugin(rapport_ics, name="ics")  # as a plugin's own tests do while it is pip install -e'd
    assert rapport_context.pm.info["ics"].kind == "test"
    assert len([i for i in rapport_context.pm.get_plugins() if i is rapport_ics]) == 1


def test_the_plugin_is_gone_in_the_next_test(rapport_context):
    assert "kitcal" not in rapport_context.pm.info


# -- the scaffold --------------------------------------------------------------------------------
def _generate(rapport_cli, tmp_path: Path, name: str, *hooks: str) -> Path:
    args = ["plugin", "new", name, "--dir", str(tmp_path)]
    for hook in hooks:
        args += ["--hook", hook]
    created = rapport_cli.json(*args)
    return Path(created["folder"])


def _run_generated_tests(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(folder)}
    env.pop("RAPPORT_HOME", None)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder / "tests")],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=300)


def test_a_scaffolded_plugin_passes_its_own_test_as_generated(rapport_cli, tmp_path):
    folder = _generate(rapport_cli, tmp_path / "out", "meetup", "rapport_calendar_events")
    assert folder.name == "rapport-meetup"
    pyproject = (folder / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.rapport]\nmeetup = "rapport_meetup"' in pyproject
    module = (folder / "rapport_meetup" / "__init__.py").read_text(encoding="utf-8")
    assert "@hookimpl\ndef rapport_calendar_events(window, config):" in module
    assert "List the meetings a calendar source has in ``window``" in module  # the hook's contract
    assert (folder / "README.md").read_text(encoding="utf-8").startswith("# rapport-meetup")
    # mapped as the project's own integrations are: `pip install -e` prints no "Editable installation" warning
    assert 'package-dir = {"" = "."}' in pyproject and 'include = ["rapport_meetup*"]' in pyproject
    assert "@hookimpl\ndef rapport_config_sections():" in module  # it reads [meetup], so it declares it
    done = _run_generated_tests(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_plugins_says_whether_a_scaffolded_plugin_is_configured(rapport_cli, rapport_plugin, tmp_path):
    import importlib.util

    folder = _generate(rapport_cli, tmp_path / "out", "meetup", "rapport_calendar_events")
    spec = importlib.util.spec_from_file_location("rapport_meetup", folder / "rapport_meetup" / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rapport_plugin(module, name="meetup")
    (row,) = [r for r in rapport_cli.json("plugins") if r["name"] == "meetup"]
    assert (row["status"], row["sections"]) == ("not configured", ["meetup"])
    rapport_cli.config('[meetup]\nurl = "https://example.org/"\n')
    (row,) = [r for r in rapport_cli.json("plugins") if r["name"] == "meetup"]
    assert row["status"] == "configured"


def test_every_hook_scaffolds_into_a_plugin_whose_test_passes(rapport_cli, tmp_path):
    folder = _generate(rapport_cli, tmp_path, "everything", *hook_names())
    source = (folder / "rapport_everything" / "__init__.py").read_text(encoding="utf-8")
    compile(source, "rapport_everything/__init__.py", "exec")
    assert source.count("@hookimpl") == len(hook_names())
    done = _run_generated_tests(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout


def test_the_scaffold_refuses_bad_names_unknown_hooks_and_existing_folders(rapport_cli, tmp_path):
    bad = rapport_cli("plugin", "new", "My Plugin", "--hook", "rapport_contacts", "--dir", str(tmp_path), code=1)
    assert "bad plugin name 'My Plugin'" in bad.stderr
    unknown = rapport_cli("plugin", "new", "x", "--hook", "rapport_calendar", "--dir", str(tmp_path), code=1)
    assert "unknown hook 'rapport_calendar'" in unknown.stderr and "rapport_calendar_events" in unknown.stderr
    rapport_cli("plugin", "new", "twice", "--hook", "rapport_contacts", "--dir", str(tmp_path))
    again = rapport_cli("plugin", "new", "twice", "--hook", "rapport_contacts", "--dir", str(tmp_path), code=1)
    assert "already exists" in again.stderr
    builtin = rapport_cli("plugin", "new", "prompts", "--hook", "rapport_prompts", "--dir", str(tmp_path), code=1)
    assert "a built-in plugin has that name" in builtin.stderr  # its entry point would not load


# -- tracing -------------------------------------------------------------------------------------
def test_trace_names_every_hook_call_its_plugin_and_time(rapport_cli, rapport_plugin, rapport_now, monkeypatch):
    meeting = Meeting(uid="kit-2", title="Traced", start=rapport_now.replace(hour=10),
                      end=rapport_now.replace(hour=11), attendees=[Attendee(email="ben@example.org", name="Ben")])
    rapport_plugin(_calendar_plugin(meeting), name="kitcal")
    monkeypatch.setenv("RAPPORT_TRACE_PLUGINS", "1")
    result = rapport_cli("brief")
    lines = [line for line in result.stderr.splitlines() if line.startswith("rapport trace: ")]
    assert any(line.startswith("rapport trace: rapport_calendar_events kitcal ") and line.endswith("-> 1 item(s)")
               for line in lines), result.stderr
    assert any(" rapport_storage sqlite-store " in f" {line[15:]}" for line in lines)
    assert all(" ms -> " in line for line in lines)
    monkeypatch.delenv("RAPPORT_TRACE_PLUGINS")
    assert "rapport trace:" not in rapport_cli("brief").stderr


def test_a_slow_plugin_is_flagged_in_the_trace(rapport_context, monkeypatch, capsys):
    """The trace's clock is the test's: the slow plugin takes 1.5 s of it, the others none, so
    which one is flagged never depends on the machine's load."""
    now = [100.0]

    class Slow:
        @hookimpl
        def rapport_contacts(self, config):
            now[0] += 1.5
            return []

    monkeypatch.setenv("RAPPORT_TRACE_PLUGINS", "1")
    monkeypatch.setattr("rapport_plugins.plugins._clock", lambda: now[0])
    from rapport_plugins import build_plugin_manager

    pm = build_plugin_manager(rapport_context.config)
    pm.register(Slow(), name="slowpoke")
    pm.call("rapport_contacts", config=rapport_context.config)
    lines = capsys.readouterr().err.splitlines()
    (slow,) = [line for line in lines if line.startswith("rapport trace: rapport_contacts slowpoke ")]
    assert " 1500.0 ms -> " in slow and slow.endswith("  SLOW")
    others = [line for line in lines if line.startswith("rapport trace: rapport_contacts ") and line != slow]
    assert others and not any(line.endswith("SLOW") for line in others)  # vcard took none of the test's time


def test_capturing_one_note_expands_a_day_of_the_calendars_not_two_years(rapport_context, rapport_plugin, rapport_now):
    """find_meeting by uid asks calendars for a narrow window first, wider only on a miss."""
    from datetime import timedelta

    from rapport_plugins.calendar import find_meeting
    from rapport_plugins.testing import sample_meeting

    asked: list[float] = []
    far = sample_meeting(rapport_now, uid="far@example.org", days=30)

    class Calendar:
        @hookimpl
        def rapport_calendar_events(self, window, config):
            asked.append((window.end - window.start) / timedelta(days=1))
            return [m for m in (sample_meeting(rapport_now), far) if window.start <= m.start < window.end]

    rapport_plugin(Calendar(), name="counting")
    assert find_meeting(rapport_context, uid="weekly-1-1-anna@example.org").uid == "weekly-1-1-anna@example.org"
    assert asked == [2.0]
    asked.clear()
    assert find_meeting(rapport_context, uid="far@example.org").uid == "far@example.org"
    assert asked == [2.0, 14.0, 90.0]


def test_capture_looks_for_the_notes_meeting_near_the_notes_date_only(rapport_context, rapport_plugin, rapport_now,
                                                                     tmp_path):
    """A note naming a meeting uid no calendar has near the note's date costs a bounded search."""
    from datetime import timedelta

    from rapport_plugins.capture import UID_SEARCH_DAYS, capture_file

    asked: list[float] = []

    class Calendar:
        @hookimpl
        def rapport_calendar_events(self, window, config):
            asked.append((window.end - window.start) / timedelta(days=1))
            return []

    rapport_plugin(Calendar(), name="counting")
    note = tmp_path / "notes.txt"
    note.write_text("Anna: remember: her dog is called Biscuit\n", encoding="utf-8")
    with pytest.raises(RapportError, match=r"no meeting with uid 'gone@example.org' .* within 7 days of .*--date"):
        capture_file(rapport_context, note, meeting_uid="gone@example.org", dry_run=True)
    assert asked and max(asked) <= 2 * UID_SEARCH_DAYS
