"""The team store on a real PostgreSQL: two members, row-level security, exactly-once runs, errors.

Ana and Sam each have their own rapport home whose ``[postgres]`` points at one database, each
as their own database role; the tables belong to the cluster's admin, so neither member owns
them and the row-level security policies hold for both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from rapport_plugins.cli import cli
from rapport_postgres.store import PostgresStore

PINNED_NOW = "2026-04-02T09:55:00+02:00"
MEETINGS = 6  # Sam's meetings with Rosa starting within the next hours
ICS_EVENT = """BEGIN:VEVENT
UID:rosa-{n}
DTSTAMP:20260301T000000Z
DTSTART:20260402T{hour:02d}0000Z
DTEND:20260402T{hour:02d}3000Z
SUMMARY:Check-in Rosa {n}
ATTENDEE;CN=Sam Lee:mailto:sam@clinic.example
ATTENDEE;CN=Ana Ruiz:mailto:ana@clinic.example
ATTENDEE;CN=Rosa Diaz:mailto:rosa@example.org
END:VEVENT
"""
SINK = '''"""Test sink: one line per delivered briefing, appended (O_APPEND: lines never interleave)."""
import os

from rapport_plugins import hookimpl


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    line = f"{os.environ['RAPPORT_WHO']} {meeting.key}\\n".encode()
    fd = os.open(os.environ["RAPPORT_SINK_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)
    return "test log"
'''


@pytest.fixture
def team(postgres_cluster, pg_database, tmp_path: Path):
    """A migrated team database (by the admin), roles ana and sam, and a home for each."""
    PostgresStore(pg_database).close()  # the admin creates the schema: members own nothing
    dbname = pg_database.rsplit("dbname=", 1)[1].split()[0]
    for role in ("ana", "sam"):
        if not postgres_cluster.sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'"):
            postgres_cluster.sql(f"CREATE ROLE {role} LOGIN")
    calendar = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n"
    calendar += "".join(ICS_EVENT.format(n=n, hour=8 + n) for n in range(MEETINGS)) + "END:VCALENDAR\n"
    homes = {}
    for role, name in (("ana", "Ana Ruiz"), ("sam", "Sam Lee")):
        home = tmp_path / role
        home.mkdir(mode=0o700)
        (home / "cal.ics").write_text(calendar, encoding="utf-8")
        config = home / "config.toml"
        config.write_text(
            f'[me]\nname = "{name}"\nemails = ["{role}@clinic.example"]\n'
            f'[postgres]\ndsn = "{postgres_cluster.dsn(role, dbname)}"\nuser = "{role}@clinic.example"\n'
            '[ics]\ncalendars = ["cal.ics"]\n', encoding="utf-8")
        config.chmod(0o600)
        homes[role] = home
    return {"homes": homes, "dsn": {r: postgres_cluster.dsn(r, dbname) for r in ("ana", "sam")}, "tmp": tmp_path}


def rapport(home: Path, *args: str, input: str | None = None, code: int = 0):
    env = {"RAPPORT_HOME": str(home), "RAPPORT_NOW": PINNED_NOW, "RAPPORT_HOOKS_DIR": None,
           "RAPPORT_PLUGINS_ALLOW": None, "RAPPORT_PLUGINS_BLOCK": None}
    result = CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    assert result.exit_code == code, f"rapport {' '.join(args)}: {result.exit_code}\n{result.stdout}\n{result.stderr}"
    return result


def test_a_light_fact_is_shared_from_its_author_and_a_sensitive_one_stays_hers(team):
    ana, sam = team["homes"]["ana"], team["homes"]["sam"]
    rapport(ana, "people", "add", "Rosa Diaz", "--email", "rosa@example.org")
    rapport(ana, "remember", "Her puppy is called Churro", "--who", "rosa", "--category", "pet")
    secret = json.loads(rapport(ana, "remember", "Rosa is waiting for a biopsy result", "--who", "rosa",
                                "--sensitive", "--json").stdout)
    assert secret["shared"] is False and secret["author"] is None  # Ana's own, private

    briefing = json.loads(rapport(sam, "brief", "--meeting", "rosa-1", "--json").stdout)
    rosa = next(e for e in briefing["people"] if e["person"]["name"] == "Rosa Diaz")
    assert [m["text"] for m in rosa["memories"]] == ["Her puppy is called Churro"]
    assert rosa["memories"][0]["author"] == "Ana, 2 Apr"
    assert "biopsy" not in json.dumps(briefing)
    shown = rapport(sam, "brief", "--meeting", "rosa-1", "--format", "markdown").stdout
    assert "from Ana, 2 Apr" in shown and "biopsy" not in shown
    assert "Nothing found for 'biopsy'" in rapport(sam, "search", "biopsy").stdout
    assert "biopsy" in rapport(ana, "search", "biopsy").stdout  # the search itself finds it

    # Not only Python: Sam's database role cannot read it with raw SQL either.
    with psycopg.connect(team["dsn"]["sam"]) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM memories")]
        assert texts == ["Her puppy is called Churro"]
        assert conn.execute("SELECT count(*) FROM memories WHERE text LIKE '%biopsy%'").fetchone()[0] == 0
        assert conn.execute("UPDATE memories SET shared = true WHERE text LIKE '%biopsy%'").rowcount == 0
    with psycopg.connect(team["dsn"]["ana"]) as conn:  # Ana sees both: the check above could fail
        assert conn.execute("SELECT count(*) FROM memories").fetchone()[0] == 2

    # Sam cannot share Ana's memory; Ana can, and then Sam sees it from her.
    out = rapport(sam, "share", str(secret["id"]), code=1)
    assert "unknown memory" in out.stderr + out.stdout
    rapport(ana, "share", str(secret["id"]))
    briefing = json.loads(rapport(sam, "brief", "--meeting", "rosa-1", "--json").stdout)
    assert "biopsy" in json.dumps(briefing)


def test_remember_share_and_sensitive_updates(team):
    ana, sam = team["homes"]["ana"], team["homes"]["sam"]
    rapport(ana, "people", "add", "Rosa Diaz", "--email", "rosa@example.org")
    rapport(ana, "remember", "Rosa's son starts university in Lyon", "--who", "rosa", "--personal", "--share")
    texts = [m["text"] for m in json.loads(rapport(sam, "people", "show", "rosa", "--json").stdout)["memories"]]
    assert texts == ["Rosa's son starts university in Lyon"]


def test_forget_asks_and_counts_the_memories_of_other_authors(team):
    ana, sam = team["homes"]["ana"], team["homes"]["sam"]
    rapport(ana, "people", "add", "Rosa Diaz", "--email", "rosa@example.org")
    rapport(ana, "remember", "Her puppy is called Churro", "--who", "rosa")
    rapport(ana, "remember", "Her divorce is final", "--who", "rosa", "--sensitive")
    rapport(sam, "remember", "Likes oat milk", "--who", "rosa")

    def count_all() -> int:  # as Ana, who sees her private memory: the check below could fail
        with psycopg.connect(team["dsn"]["ana"]) as conn:
            return conn.execute("SELECT count(*) FROM memories").fetchone()[0]

    asked = rapport(sam, "forget", "rosa", input="n\n", code=1)
    assert ("Forget Rosa Diaz for the whole team? This deletes 3 memories: 1 of yours and 2 written by other "
            "team members (ana@clinic.example 2), 1 of them private to their authors.") in asked.stdout
    assert "divorce" not in asked.stdout  # counted, never shown
    assert count_all() == 3  # "n": nothing removed
    refused = rapport(sam, "forget", "rosa", "--json", code=1)  # a script must say --yes for the team
    assert "forget removes Rosa Diaz for the whole team: confirm with --yes" in refused.stderr
    assert count_all() == 3

    done = rapport(sam, "forget", "rosa", input="y\n")
    assert "Forgot Rosa Diaz: 3 memories" in done.stdout
    assert "2 of those memories were written by other team members" in done.stdout
    assert count_all() == 0  # hers too, the private one included: a team decision
    for home in (ana, sam):
        assert rapport(home, "people", "show", "rosa", code=1)


def test_forget_names_the_other_authors_the_team_knows(team):
    ana, sam = team["homes"]["ana"], team["homes"]["sam"]
    rapport(ana, "people", "add", "Ana Ruiz", "--email", "ana@clinic.example")  # the team knows Ana's address
    rapport(sam, "people", "add", "Rosa Diaz", "--email", "rosa@example.org")
    rapport(ana, "remember", "Her puppy is called Churro", "--who", "rosa")
    asked = rapport(sam, "forget", "rosa", input="n\n", code=1)
    assert "This deletes 1 memory: 0 of yours and 1 written by other team members (Ana Ruiz 1)." in asked.stdout
    done = json.loads(rapport(sam, "forget", "rosa", "--yes", "--json").stdout)
    assert (done["memories"], done["others_memories"]) == (1, 1)


def test_sharing_on_a_one_person_store_is_a_clear_error(rapport, home: Path):
    rapport("people", "add", "Rosa Diaz")
    out = rapport("remember", "Likes tea", "--who", "rosa", "--share", code=1)
    assert "one-person store (SQLite)" in out.stderr
    assert rapport.json("people", "show", "rosa")["memories"] == []  # nothing written


def test_eight_parallel_runs_deliver_each_briefing_once_per_member(team):
    ana, sam = team["homes"]["ana"], team["homes"]["sam"]
    rapport(ana, "people", "add", "Rosa Diaz", "--email", "rosa@example.org")
    rapport(ana, "remember", "Her puppy is called Churro", "--who", "rosa")
    hooks = team["tmp"] / "hooks"
    hooks.mkdir()
    (hooks / "test_sink.py").write_text(SINK, encoding="utf-8")
    log = team["tmp"] / "deliveries.log"

    def start(home: Path, who: str) -> subprocess.Popen:
        env = {**os.environ, "RAPPORT_HOME": str(home), "RAPPORT_NOW": "2026-04-02T07:50:00+00:00",
               "RAPPORT_HOOKS_DIR": str(hooks), "RAPPORT_SINK_LOG": str(log), "RAPPORT_WHO": who}
        return subprocess.Popen([sys.executable, "-m", "rapport_plugins", "run", "--within", "600", "--no-capture"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    procs = [start(sam, "sam") for _ in range(8)] + [start(ana, "ana") for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    lines = log.read_text().splitlines()
    for who in ("sam", "ana"):
        keys = [line.split(" ", 1)[1] for line in lines if line.startswith(who + " ")]
        assert len(keys) == MEETINGS and len(set(keys)) == MEETINGS, (who, sorted(keys))


def test_an_unreachable_database_is_one_line_without_the_password(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    config = home / "config.toml"
    config.write_text('[postgres]\ndsn = "host=127.0.0.1 port=1 dbname=team user=sam connect_timeout=2"\n'
                      'password = "hunter2-secret"\nretries = 0\n', encoding="utf-8")
    config.chmod(0o600)
    done = subprocess.run([sys.executable, "-m", "rapport_plugins", "people"], capture_output=True, text=True,
                          env={**os.environ, "RAPPORT_HOME": str(home)}, timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot connect" in lines[0] and "sam@127.0.0.1:1/team" in lines[0], done.stderr
    assert "hunter2" not in done.stderr + done.stdout and "Traceback" not in done.stderr


def test_a_member_cannot_migrate_and_is_told_how(postgres_cluster, pg_database):
    dbname = pg_database.rsplit("dbname=", 1)[1].split()[0]
    if not postgres_cluster.sql("SELECT 1 FROM pg_roles WHERE rolname = 'newbie'"):
        postgres_cluster.sql("CREATE ROLE newbie LOGIN")
    postgres_cluster.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", dbname=dbname)
    from rapport_plugins.errors import StoreError

    with pytest.raises(StoreError, match="run rapport once with the admin's DSN"):
        PostgresStore(postgres_cluster.dsn("newbie", dbname))


def test_a_member_imports_an_export_as_its_author(team, tmp_path: Path):
    from rapport_plugins.models import Memory
    from rapport_plugins.store import SQLiteStore

    mine = SQLiteStore(tmp_path / "mine.db")
    rosa = mine.add_person("Rosa Diaz", ["rosa@example.org"])
    mine.add_memory(Memory(person_id=rosa.id, text="Sings in a choir", category="hobby"))
    mine.add_memory(Memory(person_id=rosa.id, text="Her father died in May", sensitivity="sensitive"))
    exported = mine.export()
    mine.close()
    sam = PostgresStore(team["dsn"]["sam"])  # a member, not the admin: no privileges beyond the grants
    assert sam.import_data(exported) == {"people": 1, "memories": 2, "duplicates": 0, "meetings": 0}
    later = sam.add_person("Ben Okafor")  # the sequence moved past the imported ids
    assert later.id != rosa.id
    sam.close()
    ana = PostgresStore(team["dsn"]["ana"])
    seen = ana.memories_for(ana.resolve_person("rosa").id)
    assert [(m.text, m.author) for m in seen] == [("Sings in a choir", "sam")]  # no [postgres] user given: the role
    ana.close()


def test_rapport_export_files_move_a_personal_store_into_the_team_store_and_back(team, tmp_path: Path):
    """The CLI's streamed export file (one record per line) imports into PostgreSQL and back, losslessly."""
    personal = tmp_path / "personal"
    personal.mkdir(mode=0o700)
    rapport(personal, "people", "add", "Rosa Diaz", "--email", "rosa@example.org", "--alias", "Rosie")
    rapport(personal, "remember", "Her puppy is called Churro", "--who", "rosa", "--category", "pet", "--pin")
    rapport(personal, "remember", "Waiting for a biopsy result", "--who", "rosa", "--sensitive")
    rapport(personal, "remember", "Runs the Lisbon half marathon", "--who", "rosa", "--when", "2026-05-17")
    mine = tmp_path / "mine.json"
    rapport(personal, "export", "-o", str(mine))
    assert mine.read_text().startswith('{"format": "rapport-export", "version": 2')

    sam = team["homes"]["sam"]
    counts = json.loads(rapport(sam, "import", str(mine), "--json").stdout)
    assert (counts["people"], counts["memories"]) == (1, 3)
    assert json.loads(rapport(sam, "import", str(mine), "--json").stdout)["duplicates"] == 3  # twice: nothing new
    team_file = tmp_path / "team.json"
    rapport(sam, "export", "-o", str(team_file))
    back = tmp_path / "back"
    back.mkdir(mode=0o700)
    rapport(back, "import", str(team_file))

    def rosa(home: Path) -> dict:
        shown = json.loads(rapport(home, "people", "show", "rosa", "--json").stdout)
        memories = sorted((m["text"], m["category"], m["sensitivity"], m["event_date"], m["pinned"], m["follow_up"])
                          for m in shown["memories"])
        return {"name": shown["name"], "emails": shown["emails"], "aliases": shown["aliases"], "memories": memories}

    assert rosa(back) == rosa(personal)
    assert len(rosa(personal)["memories"]) == 3
    # In the team, Ana sees the light facts Sam brought in, not the sensitive one.
    seen = [m[0] for m in rosa(team["homes"]["ana"])["memories"]]
    assert seen == ["Her puppy is called Churro", "Runs the Lisbon half marathon"]


def test_the_team_export_streams_in_the_same_few_statements_whatever_the_size(team, monkeypatch):
    """One statement per table read through a server-side cursor a page at a time (not a query per
    person); each member's export holds what that member may see, and nothing else."""
    import rapport_postgres.store as pg_store
    from rapport_plugins.models import Memory

    statements: list[str] = []
    for cls in (psycopg.Connection, psycopg.Cursor, psycopg.ServerCursor):
        original = cls.execute

        def spy(self, query, *args, _original=original, **kw):
            statements.append(str(query))
            return _original(self, query, *args, **kw)

        monkeypatch.setattr(cls, "execute", spy)
    sam = PostgresStore(team["dsn"]["sam"])
    counts = {}
    records = {}
    for total in (3, 30):
        while sam.count_people() < total:
            n = sam.count_people()
            person = sam.add_person(f"Person {n}", [f"p{n}@example.org"])
            sam.add_memory(Memory(person_id=person.id, text=f"Plays chess, game {n}"))
            sam.add_memory(Memory(person_id=person.id, text=f"Her mother is ill ({n})", sensitivity="sensitive"))
        monkeypatch.setattr(pg_store, "EXPORT_PAGE", 4)  # many pages
        statements.clear()
        records[total] = list(sam.export_records())
        counts[total] = len(statements)
    assert counts[3] == counts[30] <= 6
    kinds = [kind for kind, _ in records[30]]
    assert kinds.count("person") == 30 and kinds.count("memory") == 60
    monkeypatch.setattr(pg_store, "EXPORT_PAGE", 2000)
    assert list(sam.export_records()) == records[30]  # pages change nothing
    raw = [value for kind, value in sam.export_records(raw=True) if kind == "memory"]
    assert [json.loads(text) for text in raw] == [value for kind, value in records[30] if kind == "memory"]
    sam.close()
    ana = PostgresStore(team["dsn"]["ana"])
    theirs = [value for kind, value in ana.export_records() if kind == "memory"]
    assert len(theirs) == 30 and all("chess" in m["text"] and m["author"] == "sam" for m in theirs)
    ana.close()
