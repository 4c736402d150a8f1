"""A configured source that cannot be read: `sync` and `run` say so once, use the others, exit 1;
and each command's summary says only what happened, in plain grammar."""

from __future__ import annotations

from pathlib import Path

from rapport_plugins.testing import config_toml, ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("one-on-one", "20260402T080000Z", "20260402T083000Z", "1-1 Anna",
              attendees=(("Anna Berg", "anna@example.org"), ("Dana New", "dana@new.example"))),
)

VCF = "BEGIN:VCARD\nVERSION:3.0\nUID:c-anna\nFN:Anna Berg\nEMAIL:anna@example.org\nBDAY:--0517\nEND:VCARD\n"

CONFIG = config_toml(me={"name": "Sam Lee"},
                     ics={"calendars": ["missing.ics", "cal.ics"]},
                     vcard={"files": ["people.vcf", "gone.vcf"]})


def _setup(rapport, home: Path) -> None:
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    (home / "people.vcf").write_text(VCF, encoding="utf-8")
    rapport.config(CONFIG)


def test_sync_reports_each_unreadable_source_once_uses_the_rest_and_exits_1(rapport, home: Path):
    _setup(rapport, home)
    result = rapport("sync", code=1)
    assert result.stderr.count("missing.ics: calendar file not found") == 1
    assert result.stderr.count("gone.vcf: vCard file not found") == 1
    assert result.stderr.rstrip().endswith("rapport: 2 sources could not be read (see above)")
    assert result.stdout == ("Synced: 1 new person, 1 new date; 1 meeting, "
                             "1 new face (Dana New; `rapport sync --add-new` adds them).\n")
    assert rapport.json("people", "show", "anna")["next_meeting"]["title"] == "1-1 Anna"  # the readable calendar was used


def test_run_reports_a_calendar_once_though_it_reads_it_twice(rapport, home: Path):
    _setup(rapport, home)
    result = rapport("run", code=1)
    assert result.stderr.count("missing.ics: calendar file not found") == 1
    assert result.stderr.rstrip().endswith("rapport: 1 source could not be read (see above)")


def test_run_is_quiet_when_nothing_happened_unless_verbose(rapport, home: Path):
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\n[ics]\ncalendars = ["cal.ics"]\n')
    late = {"RAPPORT_NOW": "2026-04-05T12:00:00+00:00"}  # long after the meeting, nothing ahead
    quiet = rapport("run", env=late)
    assert quiet.stdout == "" and quiet.stderr == ""
    verbose = rapport("run", "-v", env=late).stdout
    assert verbose == "no meeting starts in the window\nno ended meeting has new notes to capture\n"


def test_a_second_sync_updates_nobody_when_nothing_changed(rapport, home: Path):
    (home / "people.vcf").write_text(VCF, encoding="utf-8")
    rapport.config('[vcard]\nfiles = ["people.vcf"]\n')
    assert rapport("sync").stdout.startswith("Synced: 1 new person, 1 new date; 0 meetings")
    assert rapport("sync").stdout.startswith("Synced: 0 new people; 0 meetings, 0 new faces.")
    (home / "people.vcf").write_text(VCF.replace("END:VCARD", "EMAIL:anna@home.example\nEND:VCARD"), encoding="utf-8")
    assert rapport("sync").stdout.startswith("Synced: 0 new people, 1 updated; ")


def test_sync_with_no_source_configured_says_where_to_start(rapport, tmp_path, monkeypatch):
    rapport.config('[me]\nname = "Sam Lee"\n')
    out = rapport("sync").stdout
    assert out.endswith("No calendar or contacts source is configured yet: uncomment one in config.toml "
                        "(`rapport config edit`; `rapport plugins` lists those installed).\n")
    assert rapport.json("sync")["sources"] == []
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "mycal.py").write_text("from rapport_plugins import hookimpl\n\n\n@hookimpl\n"
                                    "def rapport_calendar_events(window, config):\n    return []\n", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOOKS_DIR", str(hooks))
    assert "No calendar" not in rapport("sync").stdout  # a hooks-folder calendar needs no section
    assert rapport.json("sync")["sources"] == ["mycal"]
