"""The ``rapport`` command line.

Every command that prints data takes ``--json``. User errors are one line on stderr and a
non-zero exit, never a traceback. Heavy modules (the store, requests, integrations) are imported
inside commands so ``rapport --help`` stays instant; plugin commands are loaded only when asked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_brief import brief as brief_cmd
from .cli_brief import run as run_cmd
from .cli_capture import capture_cmd, done_cmd, review_cmd
from .cli_common import (
    MAX_DAYS,
    RECORD_ID,
    App,
    count,
    emit,
    exit_if_sources_failed,
    json_option,
    pass_app,
    resolve_person,
    resolve_when,
)
from .cli_memory import memory_cmd
from .cli_schedule import schedule_cmd
from .context import Context
from .errors import RapportError

CORE_COMMANDS = {
    "init", "remember", "people", "search", "brief", "run", "capture", "review", "done", "forget",
    "export", "import", "plugins", "plugin", "config", "sync", "demo", "memory", "schedule",
}


class RapportGroup(click.Group):
    """A click group that adds plugin commands (``rapport_register_commands``) only when needed.

    ``rapport --help`` lists them from what the last load remembered (``command_cache``), so it
    imports no integration; running a plugin command loads the plugins.
    """

    _plugins_loaded = False
    _listing = False

    def _load_plugin_commands(self, ctx: click.Context) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        app = _app_from(ctx)
        try:
            app.pm.call("rapport_register_commands", cli=self)
        except RapportError as exc:  # e.g. a corrupt config: the command itself will report it
            del exc

    def _remembered(self, ctx: click.Context) -> dict[str, str] | None:
        """Plugin commands as the last plugin load found them, when nothing they depend on changed."""
        from . import plugin_index

        root = ctx.find_root()
        index = plugin_index.load(plugin_index.home_of(root.params.get("home")), root.params.get("hooks_dir"))
        return index["commands"] if index is not None else None

    def list_commands(self, ctx: click.Context) -> list[str]:
        if self._listing and not self._plugins_loaded:
            remembered = self._remembered(ctx)
            if remembered is not None:
                return sorted(set(super().list_commands(ctx)) | set(remembered))
        self._load_plugin_commands(ctx)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in CORE_COMMANDS and cmd_name not in self.commands:
            if self._listing and not self._plugins_loaded:
                remembered = self._remembered(ctx) or {}
                if cmd_name in remembered:  # only its line in the help: never invoked
                    return click.Command(cmd_name, short_help=remembered[cmd_name])
            self._load_plugin_commands(ctx)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False

    def invoke(self, ctx: click.Context) -> Any:
        """Turn user errors into one line on stderr and exit 1 (no traceback)."""
        import sqlite3

        try:
            return super().invoke(ctx)
        except RapportError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:
            raise click.ClickException(f"database error: {' '.join(str(exc).split())}") from None


def _app_from(ctx: click.Context) -> Context:
    root = ctx.find_root()
    if not isinstance(root.obj, Context):
        root.obj = App(home=root.params.get("home"), hooks_dir=root.params.get("hooks_dir"))
        root.obj.index_plugins = True
    return root.obj


@click.group(cls=RapportGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="rapport")
@click.option("--home", envvar="RAPPORT_HOME", type=click.Path(file_okay=False),
              help="Rapport's home folder (default: the platform's app folder; env RAPPORT_HOME).")
@click.option("--hooks-dir", envvar="RAPPORT_HOOKS_DIR", type=click.Path(file_okay=False),
              help="A folder of single-file local plugins to load (env RAPPORT_HOOKS_DIR).")
@click.pass_context
def cli(ctx: click.Context, home: str | None, hooks_dir: str | None) -> None:
    """Remember the small things about the people you meet, and get a rapport
    briefing before every meeting.

    Start with `rapport demo`, then `rapport init`.
    """
    app = _app_from(ctx)
    from .problems import reset

    reset()
    # import: a restore; plugins, plugin: what is installed, and a new plugin, before `rapport init`
    app.home_may_be_missing = ctx.invoked_subcommand in ("init", "demo", "config", "import", "plugins", "plugin")
    ctx.call_on_close(app.close)


# -- init / config ------------------------------------------------------------------------
@cli.command()
@click.option("--name", help="Your name (so your own lines in notes are not taken as facts about others).")
@click.option("--email", "emails", multiple=True, help="Your email address(es).")
@json_option
@pass_app
def init(app: App, name: str | None, emails: tuple[str, ...], as_json: bool) -> None:
    """Create the home folder, a commented config.toml and the database.

    The config gets your name and emails, the core settings, and a commented example section
    for every installed integration (all keys: `rapport config --docs`).
    """
    from .config import write_private
    from .config_check import example_config

    home = app.config.home
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    config_path = home / "config.toml"
    created = not config_path.exists()
    if created:
        write_private(config_path, example_config(app.plugin_manager(), name, emails))
    store = app.store
    me = store.me()
    if name and not me:
        me = store.add_person(name, emails, is_me=True)
    elif me and emails:
        for e in emails:
            store.add_email(me.id, e)
    data = {"home": str(home), "config": str(config_path), "config_created": created,
            "database": str(app.config.db_path), "schema": store.schema_version(),
            "me": me.name if me else None}
    emit(data, as_json, lambda d: (
        f"Home: {d['home']}\nConfig: {d['config']} ({'created' if d['config_created'] else 'kept'})\n"
        f"Database: {d['database']} (schema {d['schema']})" + (f"\nYou are: {d['me']}" if d["me"] else "")
        + ("\nNext: uncomment the sections you use in config.toml (`rapport config edit`), "
           "then `rapport sync`." if d["config_created"] else "")
    ))


@cli.group(invoke_without_command=True)
@json_option
@click.option("--docs", is_flag=True, help="Print every section and key the installed plugins read, with examples.")
@click.pass_context
def config(ctx: click.Context, as_json: bool, docs: bool) -> None:
    """Show config.toml as TOML (secrets hidden; --json for JSON) and check it.

    Problems (a misspelt section or key, a value of the wrong type) are listed on stderr with
    the line and the nearest valid name; wrong values make the exit status 1.
    Subcommands: path, edit.
    """
    if ctx.invoked_subcommand:
        return
    from .config import toml_text
    from .config_check import checked, docs_text
    from .secrets import redact

    app = _app_from(ctx)
    cfg = app.config
    pm = app.plugin_manager()
    if docs:
        click.echo(docs_text(pm))
        return
    data = {"home": str(cfg.home), "path": str(cfg.home / "config.toml"),
            "exists": (cfg.home / "config.toml").exists(), "database": str(cfg.db_path),
            "config": redact(cfg.data)}
    emit(data, as_json, lambda d: f"# {d['path']}{'' if d['exists'] else ' (missing: run `rapport init`)'}\n"
         + toml_text(d["config"]))
    checker = checked(cfg, pm)
    for problem in checker.errors + checker.warnings:
        click.echo(f"rapport: {'error' if problem in checker.errors else 'warning'}: {problem}", err=True)
    if checker.errors:
        ctx.exit(1)


@config.command("path")
@pass_app
def config_path(app: App) -> None:
    """Print the config file's path."""
    click.echo(str(app.config.home / "config.toml"))


@config.command("edit")
@pass_app
def config_edit(app: App) -> None:
    """Open config.toml in your editor."""
    path = app.config.home / "config.toml"
    if not path.exists():
        raise RapportError(f"{path} does not exist: run `rapport init` first")
    click.edit(filename=str(path))


# -- people -------------------------------------------------------------------------------
def _person_dict(p: Any, store: Any = None, memories: int | None = None) -> dict[str, Any]:
    d = {"id": p.id, "name": p.name, "emails": p.emails, "aliases": p.aliases, "org": p.org,
         "title": p.title, "is_me": p.is_me, "card_uid": p.card_uid, "note_ref": p.note_ref,
         "timezone": p.timezone}
    if memories is not None:
        d["memories"] = memories
    elif store is not None:
        d["memories"] = len(store.memories_for(p.id))
    return d


def _people_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No people yet. Add one: rapport people add NAME --email ADDRESS"
    out = []
    for d in rows:
        extra = ", ".join(d["emails"] + [f"aka {a}" for a in d["aliases"]])
        me = " (you)" if d["is_me"] else ""
        out.append(f"#{d['id']:<4} {d['name']}{me}" + (f"  <{extra}>" if extra else "")
                   + (f"  [{count(d['memories'], 'memory', 'memories')}]" if d.get("memories") else ""))
    return "\n".join(out)


@cli.group(invoke_without_command=True)
@click.option("--limit", type=click.IntRange(0, 10**9), default=100, show_default=True,
              help="How many people to list (0: everyone).")
@click.option("--offset", type=click.IntRange(0, 10**9), default=0, help="Skip this many first (the next page).")
@json_option
@click.pass_context
def people(ctx: click.Context, limit: int, offset: int, as_json: bool) -> None:
    """List people in name order, a page at a time. Subcommands: show, add, alias, email, merge."""
    if ctx.invoked_subcommand:
        return
    store = _app_from(ctx).store
    page = store.people_page(limit or None, offset)
    if as_json:
        emit([_person_dict(p, memories=n) for p, n in page], True)
    else:
        shown = 0
        for p, n in page:
            click.echo(_people_text([_person_dict(p, memories=n)]))
            shown += 1
        if not shown and not offset:
            click.echo(_people_text([]))
    total = store.count_people()
    if limit and offset + limit < total:
        click.echo(f"({total - offset - limit:,} more: rapport people --offset {offset + limit})", err=True)


@people.command("add")
@click.argument("name")
@click.option("--email", "emails", multiple=True, help="Email address (repeatable).")
@click.option("--alias", "aliases", multiple=True, help="Another name they go by (repeatable).")
@click.option("--me", "is_me", is_flag=True, help="This person is you.")
@json_option
@pass_app
def people_add(app: App, name: str, emails: tuple[str, ...], aliases: tuple[str, ...], is_me: bool, as_json: bool) -> None:
    """Add a person (someone you had forgotten comes back: sync may update them again)."""
    from .tombstones import lift

    lift(app.store, list(emails), None, name)
    p = app.store.add_person(name, emails, aliases, is_me=is_me)
    emit(_person_dict(p), as_json, lambda d: f"Added #{d['id']} {d['name']}")


@people.command("show")
@click.argument("person")
@json_option
@pass_app
def people_show(app: App, person: str, as_json: bool) -> None:
    """Show a person and what you remember about them."""
    store = app.store
    p = resolve_person(store, person)
    d = _person_dict(p)
    from .rotation import last_brought_up

    brought = last_brought_up(store, p.id)
    d["memories"] = [{**m.to_dict(), "last_brought_up": brought.get(m.id)}
                     for m in store.memories_for(p.id, review=("kept", "proposed"))]
    now = app.now()
    # Met: meetings that have ended; next: the earliest one still to start that you did not decline.
    d["meetings"] = _one_per_meeting(store.meetings_with(p.id, limit=10, before=now, ended_by=now), app.zone)[:5]
    ended = {m["key"] for m in store.meetings_with(p.id, limit=10, before=now, ended_by=now)}
    # Under way: started, not yet ended (neither "met" nor "next", and still worth seeing).
    d["now_meetings"] = [m for m in store.meetings_with(p.id, limit=10, before=now, declined=False)
                         if m["key"] not in ended]
    upcoming = store.meetings_with(p.id, limit=50, after=now, newest_first=False)
    attending = [m for m in upcoming if m.get("response") != "declined"]
    d["next_meeting"] = attending[0] if attending else None  # a meeting the user declined is not the next one
    d["declined_upcoming"] = [m for m in upcoming if m.get("response") == "declined"]
    from .usertime import memory_when, show_time, their_zone

    for mt in [*d["meetings"], *d["now_meetings"], *upcoming]:
        mt["when"] = show_time(mt["start"], app.zone, mt.get("timezone"))

    def text(d: dict[str, Any]) -> str:
        lines = [f"#{d['id']} {d['name']}"]
        if d["emails"]:
            lines.append("  emails: " + ", ".join(d["emails"]))
        if d["aliases"]:
            lines.append("  aliases: " + ", ".join(d["aliases"]))
        if d.get("timezone"):
            lines.append(f"  time zone: {their_zone(d['timezone'], now, app.zone)}")
        for m in d["memories"]:
            flag = " (proposed)" if m["review"] == "proposed" else ""
            pinned = ", pinned" if m.get("pinned") else ""
            lines.append(f"  - #{m['id']} {m['text']}{memory_when(m)} ({m['category']}, {m['sensitivity']}{pinned}){flag}"
                         + _brought_up(m))
        for mt in d["meetings"]:
            if mt.get("response") == "declined":
                lines.append(f"  declined: {mt['when']} {mt['title']}")
            else:
                lines.append(f"  met: {mt['when']} {mt['title']}{_tentative(mt)}")
        for mt in d["now_meetings"]:
            lines.append(f"  now: {mt['when']} {mt['title']}{_tentative(mt)} (under way)")
        if d["next_meeting"]:
            nxt = d["next_meeting"]
            lines.append(f"  next: {nxt['when']} {nxt['title']}{_tentative(nxt)}")
        for mt in d["declined_upcoming"]:
            lines.append(f"  declined: {mt['when']} {mt['title']}")
        return "\n".join(lines)

    emit(d, as_json, text)


def _tentative(meeting: dict[str, Any]) -> str:
    return " (tentative)" if meeting.get("response") == "tentative" else ""


def _brought_up(memory: dict[str, Any]) -> str:
    """' - last brought up 2026-03-26' (the meeting's date), or nothing if no briefing offered it yet."""
    last = memory.get("last_brought_up")
    return f" - last brought up {last['meeting_start'][:10]}" if last else ""


def _one_per_meeting(meetings: list[dict[str, Any]], zone: Any) -> list[dict[str, Any]]:
    """A captured note's stand-in meeting ("capture:" source) is dropped when the calendar has a
    meeting with the person that day: it is the same meeting, not a second one."""
    from .usertime import local_day

    days = {local_day(m["start"], zone) for m in meetings if not str(m.get("source") or "").startswith("capture:")}
    return [m for m in meetings
            if not (str(m.get("source") or "").startswith("capture:") and local_day(m["start"], zone) in days)]



@people.command("alias")
@click.argument("person")
@click.argument("alias")
@json_option
@pass_app
def people_alias(app: App, person: str, alias: str, as_json: bool) -> None:
    """Add another name a person goes by."""
    p = app.store.add_alias(resolve_person(app.store, person).id, alias)
    emit(_person_dict(p), as_json, lambda d: f"#{d['id']} {d['name']} also goes by: {', '.join(d['aliases'])}")


@people.command("email")
@click.argument("person")
@click.argument("email")
@json_option
@pass_app
def people_email(app: App, person: str, email: str, as_json: bool) -> None:
    """Add an email address to a person."""
    p = app.store.add_email(resolve_person(app.store, person).id, email)
    emit(_person_dict(p), as_json, lambda d: f"#{d['id']} {d['name']}: {', '.join(d['emails'])}")


@people.command("merge")
@click.argument("keep")
@click.argument("other")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_app
def people_merge(app: App, keep: str, other: str, yes: bool, as_json: bool) -> None:
    """Merge OTHER into KEEP: OTHER's emails, aliases, memories and meetings move to KEEP and
    OTHER's name becomes an alias. Shows what will move and asks first (--yes skips the asking,
    not the showing). You are never merged with anyone, either way."""
    store = app.store
    a, b = resolve_person(store, keep), resolve_person(store, other)
    if a.id == b.id:
        raise RapportError(f"#{a.id} {a.name} is one person: give two different people to merge")
    if a.is_me != b.is_me:
        me, them = (a, b) if a.is_me else (b, a)
        raise RapportError(
            f"#{me.id} {me.name} is you: rapport never merges you with anyone, either way (their memories "
            f"would become facts about you and what they say in a transcript would count as yours); if "
            f"#{them.id} {them.name} is you too, add their email to [me] emails in config.toml and "
            f"`rapport forget '#{them.id}'`")
    moving = _merge_preview(store, a, b)
    if not yes:  # --yes skips the asking, not the telling: the summary says the same, done
        click.echo(f"Merge #{b.id} {b.name} into #{a.id} {a.name}: {moving} would move.", err=as_json)
        click.confirm("Go on?", abort=True, err=as_json)
    p = store.merge_people(a.id, b.id)
    emit(_person_dict(p, store) | {"moved": moving}, as_json,
         lambda d: f"Merged #{b.id} {b.name} into #{d['id']} {d['name']}: {d['moved']} moved.")


def _merge_preview(store: Any, keep: Any, person: Any) -> str:
    """What merging ``person`` into ``keep`` moves, in plain words ("1 email (a@b.c), 2 memories
    and their name as an alias")."""
    memories = len(store.memories_for(person.id, ("kept", "proposed")))
    meetings = len(store.meetings_with(person.id, limit=10_000))
    parts = [count(len(person.emails), "email") + f" ({', '.join(person.emails[:3])}"
             + (", ..." if len(person.emails) > 3 else "") + ")" if person.emails else "",
             count(len(person.aliases), "alias", "aliases") if person.aliases else "",
             count(memories, "memory", "memories") if memories else "",
             count(meetings, "meeting") if meetings else "",
             f"the name '{person.name}' as an alias" if person.name.casefold() != keep.name.casefold() else ""]
    parts = [part for part in parts if part]
    if not parts:
        return "nothing (they have no emails, aliases, memories or meetings)"
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


# -- remember / search / memories / forget ------------------------------------------------
def _date_in_text(app: App, text: str, category: str) -> tuple[Any, str | None, str | None]:
    """The date ``text`` itself names, read as capture reads a marker's, today being the day it was
    said: (date or None, the phrase, "yearly" or None)."""
    from datetime import date

    from .capture import date_in_text

    found = date_in_text(app, text, category, app.today())
    day = getattr(found, "date", None)
    if not isinstance(day, date):
        return None, None, None
    return day, getattr(found, "phrase", None), getattr(found, "recurrence", None)


@cli.command()
@click.argument("text")
@click.option("--who", "who", required=True, help="Name, alias, email or #id of the person.")
@click.option("--when", help="The date it refers to: 2026-05-17, 'Friday', 'Friday week', 'in 3 days', "
                              "'tomorrow', 'in March' (the date is shown back to you). Default: the date TEXT itself says, if any.")
@click.option("--category", "-c", help="pet, family, hobby, work, travel, health, ... (guessed if omitted).")
@click.option("--sensitive", is_flag=True, help="Deep topic: never used as an opener, never sent to shared places.")
@click.option("--personal", is_flag=True, help="Personal: kept out of shared places.")
@click.option("--yearly", is_flag=True, help="The date recurs every year (birthdays, anniversaries).")
@click.option("--pin", is_flag=True, help="Always show this in briefings.")
@click.option("--share", is_flag=True, help="Team store: share it with the team even if personal or sensitive.")
@json_option
@pass_app
def remember(app: App, text: str, who: str, when: str | None, category: str | None, sensitive: bool,
             personal: bool, yearly: bool, pin: bool, share: bool, as_json: bool) -> None:
    """Remember something about someone."""
    from .lexicon import classify
    from .models import Memory

    store = app.store
    if share and not _is_team_store(store):
        store.share_memory(0)  # a one-person store: its own clear error, before anything is written
    person = resolve_person(store, who)
    guessed = classify(text)
    guessed_category, guessed_sensitivity = guessed.category, guessed.sensitivity
    sensitivity = "sensitive" if sensitive else "personal" if personal else guessed_sensitivity
    event_date = resolve_when(when, app.today()) if when else None
    said, recurrence = None, "yearly" if yearly else None
    if when is None:  # as a "remember:" line in notes: the date the text says ("on Sunday", "since Monday")
        event_date, said, read_yearly = _date_in_text(app, text, category or guessed_category)
        recurrence = recurrence or read_yearly
    from .followups import opens_follow_up

    follow_up = "open" if opens_follow_up(event_date, recurrence, app.today()) else None
    memory, created = store.add_memory(Memory(
        person_id=person.id, text=text, category=category or guessed_category, sensitivity=sensitivity,
        source="manual", event_date=event_date.isoformat() if event_date else None,
        event_text=when or said, recurrence=recurrence,  # the phrase: "in March" is all of March
        follow_up=follow_up, pinned=pin, captured_at=app.now().isoformat(timespec="seconds"),
        shared=True if share else None,
    ))
    revived = not created and memory.review == "dismissed"
    if revived:  # said again by hand: the user wants it back in briefings
        memory = store.update_memory(memory.id, review="kept")
    d = memory.to_dict() | {"created": created, "revived": revived, "person": person.name}
    from .spans import span_label
    from .usertime import day_text, memory_when

    on = ""
    if event_date and recurrence == "yearly":
        on = ", " + memory_when(d).strip(" []")
    elif event_date:
        span = span_label(d)  # "in March 2027", never a day nobody said ("Mon 1 Mar 2027")
        on = f", in {span}" if span else f", on {day_text(event_date)}"
    if event_date and said:
        on += f" (read from {said!r}; --when gives another)"
    emit(d, as_json, lambda d: (f"Remembered #{d['id']} for {d['person']}{on}: {d['text']}" if created
                                else f"Brought back #{d['id']} (it was dismissed) for {d['person']}{on}: {d['text']}"
                                if revived else f"Already remembered as #{d['id']} for {d['person']}{on}: {d['text']}"))


@cli.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True,
              help="Best matches to show, of people and of memories each.")
@click.option("--offset", type=click.IntRange(0, 10**9), default=0, help="Skip this many best matches (the next page).")
@json_option
@pass_app
def search(app: App, query: str, limit: int, offset: int, as_json: bool) -> None:
    """Full-text search over memories and people, best matches first: every word, the last one
    also as the start of a word (a word in more than 5,000 memories: the best of the newest 5,000)."""
    found = app.store.search(query, limit=limit, offset=offset)
    data = {"people": [_person_dict(p) for p in found["people"]],
            "memories": [m.to_dict() | {"person": p.name} for m, p in found["memories"]]}

    def text(d: dict[str, Any]) -> str:
        lines = [f"person #{p['id']} {p['name']}" for p in d["people"]]
        lines += [f"#{m['id']} {m['person']}: {m['text']}" for m in d["memories"]]
        return "\n".join(lines) or f"Nothing found for {query!r}."

    emit(data, as_json, text)


@cli.command()
@click.argument("person")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--allow-return", is_flag=True,
              help="Let the next sync add them again from your contacts (default: they stay forgotten).")
@json_option
@pass_app
def forget(app: App, person: str, yes: bool, allow_return: bool, as_json: bool) -> None:
    """Delete a person and everything remembered about them (search index included).

    By default they stay forgotten: a tombstone of their keys (hashed emails and card UID, not
    their data) keeps `rapport sync` from adding them again. It says which configured contact
    sources still hold them; `rapport people add` with their email lets them back.
    """
    from .tombstones import bury

    store = app.store
    p = resolve_person(store, person)
    if _is_team_store(store) and as_json and not yes:
        raise RapportError(f"forget removes {p.name} for the whole team: confirm with --yes")
    if not yes:  # --json does not skip the asking (on stderr then): only --yes does
        seen = store.memories_for(p.id, ('kept', 'proposed', 'dismissed'))
        if _is_team_store(store):
            click.confirm(_team_forget_question(p.name, seen, store.memories_by_others(p.id)), abort=True)
        else:
            n = len(seen)
            what = {0: "(nothing is remembered about them)", 1: "and the 1 memory about them"}.get(n, f"and all {n} memories")
            click.confirm(f"Forget {p.name} {what}?", abort=True, err=as_json)
    holding = sorted({c.source or "a contacts source" for batch in app.pm.call("rapport_contacts", config=app.config)
                      for c in batch if _same_person(p, c)})
    counts = store.forget_person(p.id)
    counts["kept_out"] = not allow_return
    if not allow_return:
        bury(store, p)
    counts["sources_holding"] = holding
    notes: dict[str, list[str]] = {"redacted": [], "still_named": []}
    for found in app.pm.call("rapport_forget_person", person=p, config=app.config):
        for key in notes:
            notes[key] += [str(ref) for ref in found.get(key, [])] if isinstance(found, dict) else []
    from .cli_capture import review_in_notes

    review_in_notes(app)  # their lines leave the review checklists in every notes tool
    counts.update(notes_redacted=notes["redacted"], notes_still_naming=notes["still_named"])
    emit(counts, as_json, lambda c: (
        f"Forgot {c['person']}: {count(c['memories'], 'memory', 'memories')}, {count(c['emails'], 'email')}, "
        f"{count(c['aliases'], 'alias', 'aliases')}, {count(c['meetings'], 'meeting link')}."
        + (f"\n{c['others_memories']} of those memories were written by other team members."
           if c.get("others_memories") else "")
        + (f"\nRemoved them from rapport's sections in {count(len(c['notes_redacted']), 'note')}: "
           + ", ".join(c["notes_redacted"]) if c["notes_redacted"] else "")
        + ("\nStill named in notes you wrote (edit them yourself): " + ", ".join(c["notes_still_naming"])
           if c["notes_still_naming"] else "")
        + _holding_text(c)
    ))


def _team_forget_question(name: str, seen: list[Any], others: dict[str, int]) -> str:
    """What forgetting on a team store removes: the user's own memories and every other member's,
    private ones included (counted by author, never shown)."""
    yours = sum(1 for m in seen if m.author is None)
    theirs = sum(others.values())
    unseen = theirs - (len(seen) - yours)
    question = (f"Forget {name} for the whole team? This deletes {count(yours + theirs, 'memory', 'memories')}: "
                f"{yours} of yours")
    if theirs:
        question += (f" and {theirs} written by other team members ("
                     + ", ".join(f"{who} {n}" for who, n in others.items()) + ")")
        if unseen:
            question += f", {unseen} of them private to their authors"
    return question + "."


def _is_team_store(store: Any) -> bool:
    """A store several people share (it answers ``is_team_store``); the core knows no service."""
    return bool(getattr(store, "is_team_store", lambda: False)())


@cli.command()
@click.argument("memory_id", type=RECORD_ID, metavar="MEMORY_ID")
@click.option("--undo", is_flag=True, help="Make it private to you again.")
@json_option
@pass_app
def share(app: App, memory_id: int, undo: bool, as_json: bool) -> None:
    """Team store: share one of your memories with the team (light ones are shared already)."""
    memory = app.store.share_memory(memory_id, shared=not undo)
    emit(memory.to_dict(), as_json, lambda d: (f"#{d['id']} is now " + ("shared with the team" if d["shared"]
                                                                        else "private to you") + f": {d['text']}"))


def _same_person(person: Any, contact: Any) -> bool:
    """Whether a contact from a source is the person being forgotten (card UID, email or name)."""
    if person.card_uid and contact.uid == person.card_uid:
        return True
    if {e.lower() for e in person.emails} & {e.lower() for e in contact.emails}:
        return True
    return " ".join(contact.name.lower().split()) == " ".join(person.name.lower().split())


def _holding_text(c: dict[str, Any]) -> str:
    if not c["sources_holding"]:
        return ""
    where = ", ".join(c["sources_holding"])
    if c["kept_out"]:
        return f"\nStill in {where}: sync will not add them again (`rapport people add` lets them back)."
    return f"\nStill in {where}: the next sync adds them again (delete them there to stop that)."


# -- export / import ----------------------------------------------------------------------
@cli.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file (mode 0600).")
@pass_app
def export_cmd(app: App, output: str | None) -> None:
    """Export everything as JSON (to stdout or a file), one record per line, streamed."""
    from .export_file import records_of_store, write_export

    records = records_of_store(app.store)
    if output:
        from .config import open_private

        with open_private(Path(output)) as fh:
            write_export(records, fh)
        click.echo(f"Exported to {output}", err=True)
    else:
        out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
        if out is None:  # a text-only stream (tests, embedding): encode through it
            import io

            out = io.BytesIO()
            write_export(records, out)
            sys.stdout.write(out.getvalue().decode("utf-8"))
        else:
            write_export(records, out)
            out.flush()


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@json_option
@pass_app
def import_cmd(app: App, file: str, as_json: bool) -> None:
    """Import a JSON export (people matching by email are merged, duplicates skipped).

    Exports made by this version are read a line at a time (any size); older ones whole, within
    the [limits] file_mb limit. A bad record anywhere stores nothing."""
    from .export_file import import_into, read_export
    from .limits import limits_of

    limit = limits_of(app.config).file_bytes
    if file == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        if stream is None:
            import io

            stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
        counts = import_into(app.store, read_export(stream, "-", limit))
    else:
        path = Path(file)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed below, after the import's transaction
        except FileNotFoundError:
            raise RapportError(f"{path}: export not found") from None
        except IsADirectoryError:
            raise RapportError(f"{path}: is a folder, not an export") from None
        except OSError as exc:
            raise RapportError(f"{path}: cannot read export: {exc.strerror or exc}") from None
        with fh:
            counts = import_into(app.store, read_export(fh, file, limit))
    emit(counts, as_json, lambda c: f"Imported {count(c['people'], 'person', 'people')}, "
         f"{count(c['memories'], 'memory', 'memories')} ({c['duplicates']} already known), "
         f"{count(c['meetings'], 'meeting')}."
         + (f" {count(c['forgotten'], 'forgotten person stays', 'forgotten people stay')} forgotten "
            "(sync will not add them again)." if c.get("forgotten") else ""))


# -- plugins ------------------------------------------------------------------------------
@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the hooks each plugin implements.")
@json_option
@pass_app
def plugins(app: App, show_all: bool, verbose: bool, as_json: bool) -> None:
    """List installed plugins: which are configured, which are installed but not configured yet,
    with their versions (and hooks, -v)."""
    from .config_check import declared_sections

    sections = declared_sections(app.pm)
    infos = []
    for info in app.pm.info.values():
        if not show_all and info.kind == "builtin":
            continue
        own = {name: spec for name, spec in sections.items() if spec["plugin"] == info.name}
        about = next((spec["about"] for spec in own.values() if spec.get("about")), "")
        infos.append(info.to_dict() | {"status": _status(app, info, own), "sections": sorted(own), "about": about})
    emit(infos, as_json, lambda rows: _plugins_text(rows, verbose))


def _status(app: App, info: Any, own: dict[str, Any]) -> str:
    """A plugin's state for the user: "configured", "not configured" (its section is missing) or
    "active" (it needs no section, or works without one)."""
    present = any(name in app.config.data for name in own)
    optional = any(spec.get("optional") for spec in own.values())
    if info.kind == "builtin" or not own or (optional and not present):
        return "active"
    return "configured" if present else "not configured"


def sources_in_use(app: App) -> list[str]:
    """The plugins `sync` reads contacts or calendars from: implementing those hooks, not waiting
    for a section of config.toml."""
    from .config_check import declared_sections

    sections = declared_sections(app.pm)
    return [info.name for info in app.pm.info.values()
            if {"rapport_contacts", "rapport_calendar_events"} & set(info.hooks)
            and _status(app, info, {n: s for n, s in sections.items() if s["plugin"] == info.name}) != "not configured"]


def _plugins_text(rows: list[dict[str, Any]], verbose: bool) -> str:
    if not rows:
        return "No plugins installed (add --all to see the built-ins)."
    groups = (("configured", "Configured:"), ("active", "Active (no configuration needed):"),
              ("not configured", "Installed, not configured (add its section to config.toml; "
                                 "`rapport config --docs` shows an example):"))
    out: list[str] = []
    width = max(14, *(len(r["name"]) for r in rows))  # "rules-extractor" does not push its row out of line
    wheres = {r["name"]: " ".join(f"[{s}]" for s in r["sections"]) for r in rows}
    where_width = max(14, *(len(w) for w in wheres.values()))  # nor does a long [section]
    for status, title in groups:
        chosen = [r for r in rows if r["status"] == status]
        if not chosen:
            continue
        out += ["" if out else None, title]
        for r in sorted(chosen, key=lambda r: r["name"]):
            line = f"  {r['name']:<{width}} {r['version'] or r['kind']:<8} {wheres[r['name']]:<{where_width}} {r['about']}"
            out.append(line.rstrip())
            if verbose:
                out.append(f"  {'':<{width}} hooks: {', '.join(r['hooks'])}")
    return "\n".join(line for line in out if line is not None)


@cli.group("plugin")
def plugin_group() -> None:
    """Write your own plugin: `rapport plugin new NAME --hook HOOK`."""


@plugin_group.command("new")
@click.argument("name")
@click.option("--hook", "hooks", multiple=True, metavar="HOOK",
              help="A hook to implement (repeatable), e.g. rapport_calendar_events.")
@click.option("--dir", "parent", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Where to create rapport-NAME/.")
@json_option
def plugin_new(name: str, hooks: tuple[str, ...], parent: str, as_json: bool) -> None:
    """Create rapport-NAME/: pyproject (entry point), hook stubs, a test using the kit, a README."""
    from .scaffold import create

    folder = create(name, list(hooks), Path(parent))
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    emit({"folder": str(folder), "files": files}, as_json, lambda d: (
        f"Created {d['folder']}/ ({', '.join(d['files'])})\n"
        f"Next: pip install -e {d['folder']}  &&  rapport plugins  &&  pytest {d['folder']}"))


# -- sync ---------------------------------------------------------------------------------
@cli.command()
@click.option("--days", type=click.IntRange(0, MAX_DAYS), default=14, show_default=True,
              help="How far ahead to look in calendars.")
@click.option("--past-days", type=click.IntRange(0, MAX_DAYS), default=30, show_default=True,
              help="How far back to record meetings (for 'last met').")
@click.option("--add-new", is_flag=True, help="Add unmatched attendees as new people.")
@json_option
@pass_app
def sync(app: App, days: int, past_days: int, add_new: bool, as_json: bool) -> None:
    """Pull contacts and calendars: people, birthdays, and who you meet when."""
    from .sync import sync_all

    interactive = not as_json and sys.stderr.isatty()
    result = sync_all(app, days=days, past_days=past_days, add_new=add_new,
                      progress=lambda msg: click.echo(msg, err=True) if interactive else None)
    from .cli_capture import review_in_notes

    result["review"] = review_in_notes(app)
    result["sources"] = sources_in_use(app)
    emit(result, as_json, _sync_text)
    exit_if_sources_failed()


def _sync_text(r: dict[str, Any]) -> str:
    """One summary line: what changed, in plain grammar."""
    people = [count(r["people_added"], "new person", "new people")]
    if r["people_updated"]:
        people.append(f"{r['people_updated']} updated")
    if r["dates_added"]:
        people.append(count(r["dates_added"], "new date"))
    if r.get("notes_added"):
        people.append(count(r["notes_added"], "card note"))
    faces = count(r["new_faces_count"], "new face")
    if r["new_faces"]:
        shown = ", ".join(f["label"] for f in r["new_faces"][:8])
        more = f" and {r['new_faces_count'] - 8} more" if r["new_faces_count"] > 8 else ""
        faces += f" ({shown}{more}; `rapport sync --add-new` adds them)"
    gone = r.get("forgotten_skipped")
    kept_out = f" {count(gone, 'forgotten person', 'forgotten people')} not added back." if gone else ""
    from .cli_capture import review_text

    reviewed = "".join(f"\n{line}" for line in review_text(r.get("review") or []))
    unset = ("" if r.get("sources", True) else "\nNo calendar or contacts source is configured yet: uncomment "
             "one in config.toml (`rapport config edit`; `rapport plugins` lists those installed).")
    return f"Synced: {', '.join(people)}; {count(r['meetings'], 'meeting')}, {faces}.{kept_out}{reviewed}{unset}"


# -- demo ---------------------------------------------------------------------------------
@cli.command()
@click.option("--keep", type=click.Path(file_okay=False), help="Build the demo home here and keep it.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True,
              help="How the briefing is printed.")
@pass_app
def demo(app: App, keep: str | None, fmt: str) -> None:
    """Run the whole pipeline on bundled sample data in a temporary home."""
    from .demo import run_demo

    run_demo(keep=keep, fmt=fmt, hooks_dir=app.config.hooks_dir if app._hooks_dir else None)


for _command in (capture_cmd, review_cmd, done_cmd, memory_cmd, brief_cmd, run_cmd, schedule_cmd):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point. Whatever input a command meets, the user sees one line:
    an unexpected error (a bug) is named in one line too, its traceback with RAPPORT_DEBUG=1."""
    try:
        cli(prog_name="rapport")
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("RAPPORT_DEBUG"):
            raise
        from .errors import describe
        from .secrets import mask_text

        click.echo(f"Error: unexpected {mask_text(describe(exc))} (a bug in rapport or a plugin; "
                   "RAPPORT_DEBUG=1 shows the traceback)", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
