"""Plumbing every `rapport` command shares: the App context, `--json`, and output.

Kept free of heavy imports: the store and plugins are built only when a command asks for them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import click

from .context import Context
from .errors import RapportError

MAX_ID = 2**63 - 1  # SQLite's INTEGER: ids past it name nothing


class _RecordId(click.IntRange):
    """A record's #id: checked against SQLite's range, which --help does not spell out."""

    name = "id"

    def _describe_range(self) -> str:
        return ""  # "[1<=x<=9223372036854775807]" tells a reader of --help nothing

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(f"{value!r} is not in the range of ids: a whole number from 1", param, ctx)


RECORD_ID = _RecordId(1, MAX_ID)
MAX_DAYS = 3660  # ten years: the longest look-ahead or look-back any option accepts


App = Context  # the commands' name for the core Context


pass_app = click.make_pass_decorator(App, ensure=True)


def json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--json`` (parameter ``as_json``) to a command that prints data."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def to_jsonable(value: Any) -> Any:
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(dataclasses.asdict(value))
    if hasattr(value, "to_dict"):
        return to_jsonable(value.to_dict())
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def emit(data: Any, as_json: bool, text_fn: Callable[[Any], str | None] | None = None) -> None:
    """Print ``data`` as JSON, or as the text ``text_fn`` makes of it."""
    if as_json:
        click.echo(json.dumps(to_jsonable(data), indent=2, sort_keys=True, ensure_ascii=False))
        return
    text = text_fn(data) if text_fn else str(data)
    if text:
        click.echo(text)


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 memory``, ``2 memories``, ``0 new faces``: a number with its noun in plain grammar."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def exit_if_sources_failed() -> None:
    """Exit 1 after the summary when a configured source could not be read (each was already said
    once on stderr), so cron mail and systemd notice; the other sources were still used."""
    from .problems import failures

    failed = failures()
    if failed:
        click.echo(f"rapport: {count(len(failed), 'source')} could not be read (see above)", err=True)
        raise SystemExit(1)


def _fold(text: str) -> str:
    """Lower case without accents: "Tomás" and "tomas" compare equal."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _closest_people(store: Any, key: str) -> list[tuple[float, Any]]:
    """(closeness, person), closest first: how close their name, first name or alias is to
    ``key`` (1.0: the same but for case and accents), for everyone at least 0.6 close."""
    import difflib

    wanted = _fold(key.strip().lstrip("#"))
    matcher = difflib.SequenceMatcher(None, wanted, "")
    scored: dict[int, tuple[float, Any]] = {}
    for person in store.list_people():
        for label in [person.name, *person.aliases, *person.name.split()[:1]]:
            matcher.set_seq2(_fold(label))
            # real_quick_ratio and quick_ratio bound ratio() from above, cheaply: most of a large
            # address book is ruled out before the full comparison (as difflib.get_close_matches does).
            if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
                continue
            score = matcher.ratio()
            if score >= 0.6 and score > scored.get(person.id, (0.0, None))[0]:
                scored[person.id] = (score, person)
    return sorted(scored.values(), key=lambda pair: (-pair[0], pair[1].name))


def nearest_people(store: Any, key: str, n: int = 3) -> list[str]:
    """Names of the people whose name, first name or alias is closest to ``key`` (for "did you mean")."""
    return [p.name for _, p in _closest_people(store, key)][:n]


def resolve_person(store: Any, key: str) -> Any:
    """``store.resolve_person``; a name that differs only in case or accents ("Tomas" for Tomás
    García) finds the one person it fits; otherwise the nearest names ("did you mean ...")."""
    try:
        return store.resolve_person(key)
    except RapportError as exc:
        if not str(exc).startswith("unknown person"):
            raise
        closest = _closest_people(store, key)
        exact = [p for score, p in closest if score == 1.0]
        if len(exact) == 1:
            return exact[0]
        names = [p.name for _, p in closest][:3]
        if not names:
            raise
        raise RapportError(f"unknown person {key!r}: did you mean {' or '.join(names)}? "
                           "(`rapport people` lists everyone)") from None


def resolve_when(value: str, today: Any) -> Any:
    """The date ``--when`` names: ISO, or a whole phrase like "Friday" or "in March" resolved
    against today. A phrase read only in part, or one with two readings ("next Friday"), is an
    error that says what to write instead: a wrong date is worse than none."""
    import re
    from datetime import date, timedelta

    from .clock import YEARS, parse_date
    from .dates import find_date

    text = " ".join(value.split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        resolved = parse_date(text, "--when date")
    else:
        try:
            found = find_date(text, today, ahead=True)
        except Exception:  # noqa: BLE001 - an unreadable phrase is reported below, never a traceback
            found = find_date("", today)
        whole = found.phrase and _plain(found.phrase) == _plain(text)
        if found.date and whole:
            resolved = found.date
        elif found.phrase and whole:
            raise RapportError(_unsure_when(text, today))
        elif found.phrase:
            raise RapportError(f"--when {value!r}: only {found.phrase!r} is a date phrase rapport reads; "
                               f"give the day as a date, e.g. {(today + timedelta(days=7)).isoformat()}")
        else:
            try:
                resolved = parse_date(text, "--when date")
            except RapportError:
                raise RapportError(f"--when {value!r}: not a date rapport reads; write e.g. 2026-05-17, "
                                   "'Friday', 'in 3 days', 'tomorrow' or 'in March'") from None
    if not isinstance(resolved, date) or not YEARS[0] <= resolved.year <= YEARS[1]:
        raise RapportError(f"bad --when date {value!r}: rapport works with years {YEARS[0]} to {YEARS[1]}")
    return resolved


def _plain(text: str) -> str:
    import re

    return re.sub(r"^(on|the|by|at) ", "", " ".join(text.casefold().split()).strip(" .,"))


def _unsure_when(text: str, today: Any) -> str:
    """Why a date phrase gives no single day, with what to write instead."""
    import re
    from datetime import timedelta

    from dateutil.relativedelta import MO, relativedelta

    from .usertime import day_text

    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    m = re.search(r"next (" + "|".join(days) + ")", text.casefold())
    if m:
        weekday = days.index(m.group(1))
        coming = today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        next_week = today + relativedelta(days=1, weekday=MO(+1)) + timedelta(days=weekday)
        return (f"--when {text!r} is {day_text(coming)} to some and {day_text(next_week)} to others: "
                f"write {m.group(1).title()!r} or {m.group(1).title() + ' week'!r}, or the date "
                f"({next_week.isoformat()})")
    return (f"--when {text!r} names no single day: give the day, e.g. 'Friday' or "
            f"{(today + timedelta(days=7)).isoformat()}")
