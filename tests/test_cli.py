"""Every core command through click's CliRunner, text and --json, and the one-line errors."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_help_and_version(rapport):
    out = rapport("--help").stdout
    for command in ("init", "remember", "people", "search", "brief", "capture", "forget", "export",
                    "import", "plugins", "config", "sync", "demo", "review", "done"):
        assert f"  {command}" in out, command
    assert rapport("-h").stdout == out
    assert "rapport, version 0.1.0" in rapport("--version").stdout


def test_python_dash_m_runs_the_cli(home):
    result = subprocess.run([sys.executable, "-m", "rapport_plugins", "--version"], capture_output=True, text=True,
                            env={**os.environ, "RAPPORT_HOME": str(home)}, timeout=60)
    assert result.returncode == 0 and "0.1.0" in result.stdout


def test_init_creates_private_home(rapport, home: Path):
    data = rapport.json("init", "--name", "Sam Lee", "--email", "sam@example.com")
    assert data["config_created"] is True and data["me"] == "Sam Lee"
    assert stat.S_IMODE(os.stat(home).st_mode) == 0o700
    for name in ("config.toml", "rapport.db"):
        assert stat.S_IMODE(os.stat(home / name).st_mode) == 0o600
    again = rapport.json("init")
    assert again["config_created"] is False
    people = rapport.json("people")
    assert [p["name"] for p in people if p["is_me"]] == ["Sam Lee"]


def test_people_add_show_alias_email_merge(rapport):
    anna = rapport.json("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "alias", "anna", "Annie")
    rapport("people", "email", "Annie", "anna.berg@home.example")
    shown = rapport.json("people", "show", "anna@example.org")
    assert shown["id"] == anna["id"]
    assert shown["aliases"] == ["Annie"] and len(shown["emails"]) == 2
    dup = rapport.json("people", "add", "A. Berg", "--email", "aberg@old.example")
    rapport("remember", "Has a cat called Miso", "--who", "A. Berg")
    merged = rapport.json("people", "merge", "Anna Berg", "aberg@old.example", "--yes")
    assert merged["id"] == anna["id"] and merged["memories"] == 1
    assert "A. Berg" in merged["aliases"]
    assert [p["name"] for p in rapport.json("people")] == ["Anna Berg"]
    text = rapport("people").stdout
    assert "Anna Berg" in text and "[1 memory]" in text
    assert dup["id"] != anna["id"]
    rapport("remember", "Allergic to peanuts", "--who", "Anna", "--pin")
    assert "Allergic to peanuts (health, sensitive, pinned)" in rapport("people", "show", "Anna").stdout


def test_remember_search_and_json(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    m = rapport.json("remember", "Training for the Berlin marathon", "--who", "anna", "--when", "2026-09-27",
                     "--category", "hobby")
    assert m["created"] is True and m["event_date"] == "2026-09-27" and m["follow_up"] == "open"
    assert m["category"] == "hobby" and m["source"] == "manual"
    again = rapport.json("remember", "training for the Berlin marathon!", "--who", "anna@example.org")
    assert again["created"] is False and again["id"] == m["id"]
    secret = rapport.json("remember", "Father in hospital", "--who", "anna", "--sensitive")
    assert secret["sensitivity"] == "sensitive"
    bday = rapport.json("remember", "Birthday", "--who", "anna", "--when", "1990-05-17", "--yearly")
    assert bday["recurrence"] == "yearly" and bday["follow_up"] is None
    found = rapport.json("search", "marathon")
    assert [x["id"] for x in found["memories"]] == [m["id"]]
    assert "Anna Berg: Training for the Berlin marathon" in rapport("search", "berlin").stdout
    assert "Nothing found" in rapport("search", "zebra").stdout


def test_errors_are_one_line_and_change_nothing(rapport, home: Path):
    rapport("people", "add", "Anna Berg")
    result = rapport("remember", "x", "--who", "nobody", code=1)
    assert result.stderr.strip() == "Error: unknown person 'nobody' (see `rapport people`)"
    result = rapport("remember", "x", "--who", "anna", "--when", "the 45th of Smarch", code=1)
    assert result.stderr.count("\n") == 1 and "45th of Smarch" in result.stderr
    result = rapport("remember", "x", "--who", "anna", "--category", "gossip", code=1)
    assert "unknown category 'gossip'" in result.stderr
    assert rapport.json("people", "show", "anna")["memories"] == []
    result = rapport("import", str(home / "missing.json"), code=1)
    assert result.stderr.startswith("Error: ") and "missing.json" in result.stderr and "Traceback" not in result.stderr
    bad = home / "bad.json"
    bad.write_text('{"format": "rapport-export",\n "people": [,]}', encoding="utf-8")
    result = rapport("import", str(bad), code=1)
    assert f"{bad}:2: not valid JSON" in result.stderr


def test_corrupt_config_is_one_line_error(rapport, home: Path):
    rapport.config("[briefing]\nupcoming_days = \n")
    result = rapport("people", code=1)
    assert "config.toml:2:" in result.stderr and "invalid TOML" in result.stderr
    assert result.stderr.count("\n") == 1
    assert (home / "config.toml").read_text() == "[briefing]\nupcoming_days = \n"


def test_corrupt_database_is_one_line_error(rapport, home: Path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "rapport.db").write_bytes(b"\x00garbage" * 500)
    result = rapport("people", code=1)
    assert "rapport.db: cannot open the rapport database" in result.stderr
    assert result.stderr.count("\n") == 1
    assert (home / "rapport.db").read_bytes() == b"\x00garbage" * 500


def test_forget_says_what_it_deleted(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("remember", "Zanzibarquokka fan", "--who", "anna")
    asked = rapport("forget", "anna", "--json", input="n\n", code=1)  # --json alone does not skip the asking
    assert asked.stdout == "" and "Forget Anna Berg and the 1 memory about them?" in asked.stderr
    counts = rapport.json("forget", "anna", "--yes")
    assert counts["person"] == "Anna Berg" and counts["memories"] == 1 and counts["emails"] == 1
    assert rapport.json("search", "Zanzibarquokka") == {"memories": [], "people": []}
    rapport("forget", "anna", code=1)
    rapport("people", "add", "Ben Okafor")
    result = rapport("forget", "ben", input="n\n", code=1)
    assert "Aborted" in result.stderr
    assert [p["name"] for p in rapport.json("people")] == ["Ben Okafor"]


def test_export_import_round_trip(rapport, home: Path, tmp_path: Path):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org", "--alias", "Annie")
    rapport("remember", "Loves sourdough", "--who", "anna", "--category", "hobby")
    out = tmp_path / "export.json"
    rapport("export", "-o", str(out))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    exported = json.loads(out.read_text())
    assert json.loads(rapport("export").stdout) == exported
    other_home = tmp_path / "other"
    other_home.mkdir()  # a fresh home: `rapport init` would make it
    counts = json.loads(rapport("import", str(out), "--json", env={"RAPPORT_HOME": str(other_home)}).stdout)
    assert counts["people"] == 1 and counts["memories"] == 1
    again = json.loads(rapport("export", env={"RAPPORT_HOME": str(other_home)}).stdout)
    for data in (again, exported):
        for p in data["people"]:
            p.pop("created_at")
    assert again == exported


def test_plugins_lists_builtins_and_integrations(rapport):
    rows = rapport.json("plugins", "--all")
    by_name = {r["name"]: r for r in rows}
    for builtin in ("sqlite-store", "terminal", "rules-extractor", "prompts", "text-notes"):
        assert by_name[builtin]["kind"] == "builtin"
    assert "rapport_calendar_events" in by_name["ics"]["hooks"]
    assert "rapport_meeting_notes" in by_name["markdown"]["hooks"]
    assert by_name["ics"]["distribution"] == "rapport-ics"
    assert "sqlite-store" not in {r["name"] for r in rapport.json("plugins")}
    assert "  ics            0.1.0    [ics]" in rapport("plugins").stdout
    rows = [line for line in rapport("plugins", "--all").stdout.splitlines() if line.startswith("  ")]
    assert len({line.index(" 0.1.0") for line in rows if " 0.1.0" in line}) == 1  # one column, long names too
    assert "hooks: rapport_calendar_events" in rapport("plugins", "-v").stdout


def test_plugins_says_which_are_configured_and_which_are_not(rapport):
    rapport.config('[ics]\ncalendars = []\n')
    out = rapport("plugins").stdout
    configured, rest = out.split("\nActive (no configuration needed):\n")
    active, unconfigured = rest.split("\nInstalled, not configured")
    assert configured.startswith("Configured:\n  ics ") and "vcard" not in configured
    assert "  transcripts " in active
    assert "  vcard " in unconfigured and "  caldav " in unconfigured and "  ics " not in unconfigured
    rows = {r["name"]: r for r in rapport.json("plugins")}
    assert (rows["ics"]["status"], rows["vcard"]["status"], rows["transcripts"]["status"]) == (
        "configured", "not configured", "active")
    assert rows["vcard"]["sections"] == ["vcard"]


def test_hooks_dir_option_loads_local_plugins(rapport):
    rows = rapport.json("--hooks-dir", str(ROOT / "hooks"), "plugins")
    assert {"daily_note", "webhook_reminder", "agenda_section"} <= {r["name"] for r in rows}


def test_config_hides_secrets(rapport):
    rapport.config('[google]\nclient_id = "abc"\nclient_secret = "s3cr3t"\n[joplin]\ntoken_env = "JOPLIN_TOKEN"\n')
    data = rapport.json("config")
    assert data["config"]["google"] == {"client_id": "abc", "client_secret": "***"}
    assert data["config"]["joplin"] == {"token_env": "JOPLIN_TOKEN"}
    assert "s3cr3t" not in rapport("config").stdout
    assert rapport("config", "path").stdout.strip().endswith("config.toml")


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:standup-1
DTSTAMP:20260301T000000Z
DTSTART:20260401T080000Z
DTEND:20260401T083000Z
SUMMARY:Standup
ATTENDEE;CN=Anna Berg:mailto:ANNA@example.org
ATTENDEE;CN=Dana New:mailto:dana@new.example
ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:room1@example.org
END:VEVENT
END:VCALENDAR
"""

VCF = """BEGIN:VCARD
VERSION:3.0
UID:c-anna
FN:Anna Berg
EMAIL:anna@example.org
BDAY:--0517
END:VCARD
"""


def test_synced_contacts_and_their_dates_are_searchable(rapport, home: Path, monkeypatch):
    """A sync writes the search index a batch at a time (several batches here): every new person
    and birthday is found, and what is added after the sync is indexed as it goes again."""
    import rapport_plugins.store_people as store_people

    monkeypatch.setattr(store_people, "INDEX_BATCH", 3)
    home.mkdir(parents=True, exist_ok=True)
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nUID:c-{i}\nFN:Contact Zubrowka{i}\nEMAIL:c{i}@example.org\n"
                    f"BDAY:1980-05-{i + 1:02d}\nEND:VCARD\n" for i in range(8))
    (home / "people.vcf").write_text(cards, encoding="utf-8")
    rapport.config('[vcard]\nfiles = ["people.vcf"]\n')
    assert rapport.json("sync", "--days", "0", "--past-days", "0")["people_added"] == 8
    found = rapport.json("search", "zubrowka5")
    assert [p["name"] for p in found["people"]] == ["Contact Zubrowka5"]
    assert sorted(m["text"] for m in rapport.json("search", "birthday may")["memories"]) == [
        f"Birthday: {i + 1} May 1980" for i in range(8)]
    rapport("remember", "Collects old maps", "--who", "c3@example.org")
    assert [m["person"] for m in rapport.json("search", "maps")["memories"]] == ["Contact Zubrowka3"]


def test_sync_imports_contacts_and_records_meetings(rapport, home: Path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    (home / "people.vcf").write_text(VCF, encoding="utf-8")
    rapport.config('[me]\ntimezone = "Europe/Berlin"\n[ics]\ncalendars = ["cal.ics"]\n[vcard]\nfiles = ["people.vcf"]\n')
    result = rapport.json("sync")
    assert result["people_added"] == 1 and result["meetings"] == 1
    assert [f["email"] for f in result["new_faces"]] == ["dana@new.example"]  # the room is not a person
    shown = rapport.json("people", "show", "anna")
    assert shown["meetings"][0]["title"] == "Standup"
    assert any(m["category"] == "birthday" and m["recurrence"] == "yearly" for m in shown["memories"])
    text = rapport("people", "show", "anna").stdout
    assert "[every year on 17 May]" in text and "2000" not in text  # no placeholder year for a --MMDD birthday
    assert "met: Wed 1 Apr 2026 10:00 Standup" in text and "next:" not in text  # 08:00Z in Berlin
    again = rapport.json("sync")
    assert again["people_added"] == 0 and again["people_updated"] == 0  # nothing changed: nothing "updated"
    assert len(rapport.json("people", "show", "anna")["memories"]) == len(shown["memories"])
    added = rapport.json("sync", "--add-new")
    assert added["people_added"] == 1 and added["new_faces"] == []


def test_every_option_of_every_command_says_what_it_does():
    """`--help` of every command (plugins' too) explains each option: none is a bare name."""
    import click

    from rapport_plugins.cli import cli

    ctx = click.Context(cli)
    missing = []

    def walk(command: click.Command, path: str) -> None:
        for param in command.params:
            if isinstance(param, click.Option) and not (param.help or "").strip() and "--help" not in param.opts:
                missing.append(f"{path} {param.opts[0]}")
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name), f"{path} {name}")

    walk(cli, "rapport")
    assert missing == []
