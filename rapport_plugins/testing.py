"""A pytest plugin for testing rapport plugins: loaded by pytest whenever rapport-plugins is installed
(entry point ``pytest11``), so a plugin's tests just ask for the fixtures.

- ``rapport_now``: the pinned clock (Thu 2 Apr 2026 09:55 +02:00); nothing depends on the time of day.
- ``rapport_home``: a temporary, private (0700) rapport home (``RAPPORT_HOME``; ``RAPPORT_NOW`` pinned; no
  hooks folder, allow or block list leaking in from the caller's shell).
- ``rapport_config``: ``rapport_config("[mycal]\\nurl = ...")`` writes config.toml (0600).
- ``rapport_context``: a core :class:`~rapport_plugins.Context` on that home with the pinned clock.
- ``rapport_plugin``: ``rapport_plugin(module_or_object, name="mycal")`` registers a plugin for
  this test only, in ``rapport_context`` and in every ``rapport_cli`` call.
- ``rapport_samples``: sample people, memories and meetings stored in ``rapport_context.store``.
- ``rapport_cli``: ``rapport_cli("brief", "--json")`` runs the ``rapport`` command line in-process.
- :func:`serve`: a local fake HTTP server speaking a cloud API's wire format, for client code
  tested unchanged (never patched); :class:`JsonHandler` a base for its request handler.
- :func:`ics_calendar` / :func:`ics_event`: a real ICS calendar file's text, for calendar tests;
  :func:`config_toml` a config.toml's text from sections (``me=SAM``).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest

from .context import Context
from .models import Attendee, Meeting, Memory, Person

PINNED_NOW = datetime(2026, 4, 2, 9, 55, tzinfo=timezone(timedelta(hours=2)))
Fake = TypeVar("Fake")


# -- a context and a command line with the test's plugins --------------------------------------
def _register(pm: Any, plugin: Any, name: str) -> None:
    """Register ``plugin`` as ``name``; the test's copy replaces an installed plugin of that name
    (a plugin's own tests run while it is installed with ``pip install -e``)."""
    from .plugins import PluginInfo

    if pm.has_plugin(name):
        pm.unregister(name=name)
    pm.register_plugin(plugin, PluginInfo(name, "test"))


class _TestContext(Context):
    """A Context whose plugin manager also holds the plugins registered for the current test."""

    def __init__(self, *args: Any, extra: list[tuple[Any, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._extra = extra

    def plugin_manager(self) -> Any:
        pm = super().plugin_manager()
        for plugin, name in self._extra:
            _register(pm, plugin, name)
        return pm

    @property
    def pm(self) -> Any:  # type: ignore[override]
        if "_pm" not in self.__dict__:
            self._pm = self.plugin_manager()
        return self._pm


class RapportRunner:
    """Runs ``rapport`` in-process (click's CliRunner) on the test's home, clock and plugins."""

    def __init__(self, home: Path, now: datetime, extra: list[tuple[Any, str]]) -> None:
        from click.testing import CliRunner

        self.home, self.now, self._extra = home, now, extra
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, code: int = 0, env: dict[str, str] | None = None) -> Any:
        """Run ``rapport ARGS``; assert it exits with ``code`` (stdout and stderr in the message)."""
        from .cli import cli

        context = _TestContext(home=str(self.home), extra=self._extra)
        result = self.runner.invoke(cli, list(args), input=input, env=env, obj=context, catch_exceptions=False)
        assert result.exit_code == code, (
            f"rapport {' '.join(args)} exited {result.exit_code}, wanted {code}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}"
        )
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        """Run ``rapport ARGS --json`` and parse what it printed."""
        return json.loads(self(*args, "--json", **kwargs).stdout)

    def config(self, text: str) -> Path:
        """Write the home's config.toml (mode 0600)."""
        return write_config(self.home, text)


def write_config(home: Path, text: str) -> Path:
    """Write ``home/config.toml`` with ``text``, private as rapport keeps it."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def rapport_now() -> datetime:
    """The pinned "now" of every rapport test: Thursday 2 April 2026, 09:55 at UTC+2."""
    return PINNED_NOW


@pytest.fixture
def rapport_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rapport_now: datetime) -> Path:
    """A fresh, empty rapport home (mode 0700), as ``rapport init`` leaves it before the config."""
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("RAPPORT_HOME", str(home))
    monkeypatch.setenv("RAPPORT_NOW", rapport_now.isoformat())
    for var in ("RAPPORT_HOOKS_DIR", "RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK", "RAPPORT_TRACE_PLUGINS"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def rapport_config(rapport_home: Path) -> Callable[[str], Path]:
    """``rapport_config(text)`` writes the test home's config.toml."""
    return lambda text: write_config(rapport_home, text)


@pytest.fixture
def _rapport_extra_plugins() -> list[tuple[Any, str]]:
    return []


@pytest.fixture
def rapport_context(rapport_home: Path, rapport_now: datetime,
                    _rapport_extra_plugins: list[tuple[Any, str]]) -> Iterator[Context]:
    """A core Context on the test home, its clock pinned to ``rapport_now``."""
    context = _TestContext(home=str(rapport_home), clock=lambda: rapport_now, extra=_rapport_extra_plugins)
    yield context
    context.close()


@pytest.fixture
def rapport_plugin(rapport_context: Context, _rapport_extra_plugins: list[tuple[Any, str]]) -> Callable[..., Any]:
    """``rapport_plugin(plugin, name=None)`` registers a plugin (a module or an object with
    ``@hookimpl`` methods) for this test only; returns it."""

    def register(plugin: Any, name: str | None = None) -> Any:
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        _rapport_extra_plugins.append((plugin, name))
        if "_pm" in rapport_context.__dict__:
            _register(rapport_context.pm, plugin, name)
        return plugin

    return register


@pytest.fixture
def rapport_cli(rapport_home: Path, rapport_now: datetime,
                _rapport_extra_plugins: list[tuple[Any, str]]) -> RapportRunner:
    """The ``rapport`` command line, in-process, on the test home with the test's plugins."""
    return RapportRunner(rapport_home, rapport_now, _rapport_extra_plugins)


# -- sample people, memories and meetings ------------------------------------------------------
@dataclass
class Samples:
    """What ``rapport_samples`` stored: the user, two people, their memories, three meetings."""

    me: Person
    anna: Person
    ben: Person
    memories: list[Memory] = field(default_factory=list)
    next_meeting: Meeting | None = None  # a 1:1 with Anna in five minutes
    last_meeting: Meeting | None = None  # the same 1:1 a week ago
    group_meeting: Meeting | None = None  # Anna and Ben, tomorrow


def sample_meeting(now: datetime, *, uid: str = "weekly-1-1-anna@example.org", title: str = "1:1 Anna",
                   days: int = 0, minutes: int = 5, people: tuple[tuple[str, str], ...] = (
                       ("Anna Berg", "anna@example.org"),)) -> Meeting:
    """A 30-minute meeting ``days`` days and ``minutes`` minutes after ``now`` with the user and ``people``."""
    start = now + timedelta(days=days, minutes=minutes)
    return Meeting(uid=uid, title=title, start=start, end=start + timedelta(minutes=30), source="test",
                   attendees=[Attendee(email="sam@example.org", name="Sam Rivera", is_self=True, response="accepted"),
                              *(Attendee(email=e, name=n, response="accepted") for n, e in people)])


@pytest.fixture
def rapport_samples(rapport_context: Context, rapport_now: datetime) -> Samples:
    """The user (Sam Rivera), Anna Berg and Ben Okafor with a few memories, and meetings with them."""
    store = rapport_context.store
    captured = (rapport_now - timedelta(days=7)).isoformat(timespec="seconds")
    samples = Samples(
        me=store.add_person("Sam Rivera", ["sam@example.org"], is_me=True),
        anna=store.add_person("Anna Berg", ["anna@example.org"], ["Annie"]),
        ben=store.add_person("Ben Okafor", ["ben@example.org"]),
    )
    for person, text, category, sensitivity, when in (
        (samples.anna, "Her dog Max has surgery on Friday", "pet", "personal", "2026-04-03"),
        (samples.anna, "Plays the cello in a community orchestra", "hobby", "light", None),
        (samples.anna, "Training for the Berlin half marathon", "hobby", "light", None),
        (samples.ben, "Just moved to Leipzig", "milestone", "light", None),
    ):
        memory, _ = store.add_memory(Memory(person_id=person.id, text=text, category=category, sensitivity=sensitivity,
                                            source="manual", captured_at=captured, event_date=when,
                                            follow_up="open" if when else None))
        samples.memories.append(memory)
    samples.next_meeting = sample_meeting(rapport_now)
    samples.last_meeting = sample_meeting(rapport_now, days=-7)
    samples.group_meeting = sample_meeting(rapport_now, uid="planning@example.org", title="Planning", days=1,
                                           people=(("Anna Berg", "anna@example.org"), ("Ben Okafor", "ben@example.org")))
    store.record_meeting(samples.last_meeting, [samples.anna.id])
    return samples


# -- a local fake HTTP server ------------------------------------------------------------------
class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: Any


def serve(handler: type[BaseHTTPRequestHandler], fake: Fake) -> Iterator[Fake]:
    """Run ``handler`` on 127.0.0.1:<free port> with ``fake`` (its state) as ``self.server.fake``;
    sets ``fake.base_url`` and yields ``fake``. Use it in a fixture: ``yield from serve(H, State())``."""
    server = _Server(("127.0.0.1", 0), handler)
    server.fake = fake
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


class JsonHandler(BaseHTTPRequestHandler):
    """A base for the request handler of a fake JSON API (use with :func:`serve`): answers with
    :meth:`send_json`, reads the query (:meth:`query`), a JSON body (:meth:`json_body`) and a form
    body (:meth:`form`), notes each request (:meth:`record`), logs nothing."""

    server: Any  # the server, whose ``.fake`` is the API's state
    content_type = "application/json"

    def send_json(self, status: int, headers: dict[str, str], body: Any) -> None:
        """Answer ``body`` as JSON, or as it is when it is bytes (a file: say its Content-Type in ``headers``)."""
        raw = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if body is not None and "Content-Type" not in headers:
            self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def query(self) -> tuple[str, dict[str, str]]:
        """The request's path and its query parameters (first value of each)."""
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(self.path)
        return parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}

    def json_body(self) -> Any:
        """The request's JSON body; ``{}`` when it has none."""
        return json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")

    def record(self, path: str, params: dict[str, str], **more: Any) -> None:
        """Note this request in the fake's ``requests`` list, for a test to look at: its method,
        path, query, the Authorization header as sent, and ``more`` (a body, other headers)."""
        self.server.fake.requests.append({"method": self.command, "path": path, "params": params,
                                          "authorization": self.headers.get("Authorization", ""), **more})

    def form(self) -> dict[str, str]:
        """A ``application/x-www-form-urlencoded`` body (an OAuth token request)."""
        from urllib.parse import parse_qs

        length = int(self.headers.get("Content-Length", "0"))
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def write_section(home: Path, name: str, values: dict[str, Any]) -> Path:
    """A rapport home whose config.toml has one ``[name]`` section with ``values``."""
    return write_config(home, f"[{name}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()))


SAM = {"name": "Sam Lee", "emails": ["sam@example.com"]}  # the user of the calendars below: their [me]


def config_toml(**sections: dict[str, Any]) -> str:
    """A config.toml's text: ``config_toml(me=SAM, ics={"calendars": ["cal.ics"]})``."""
    from .config import toml_text

    return toml_text(sections) + "\n"


def ics_event(uid: str, start: str, end: str, summary: str, *lines: str,
              organizer: tuple[str, str] | None = None, attendees: tuple[tuple[str, ...], ...] = (),
              stamp: str = "20260301T090000Z") -> str:
    """One VEVENT. ``start``/``end`` are ICS values (``20260402T080000Z``, or with parameters:
    ``TZID=Europe/Berlin:20260407T100000``); ``organizer`` is ``(name, email)``; each attendee
    ``(name, email)`` or ``(name, email, PARTSTAT)``; ``lines`` are further properties as written."""
    def when(prop: str, value: str) -> str:
        return f"{prop};{value}" if ":" in value else f"{prop}:{value}"

    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", when("DTSTART", start), when("DTEND", end),
           f"SUMMARY:{summary}", *lines]
    if organizer:
        out.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, email, *status in attendees:
        out.append(f"ATTENDEE;CN={name}" + (f";PARTSTAT={status[0]}" if status else "") + f":mailto:{email}")
    return "\n".join([*out, "END:VEVENT"])


def ics_calendar(*events: str) -> str:
    """A VCALENDAR holding ``events`` (each from :func:`ics_event`, or written out)."""
    return "\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//rapport tests//EN", *events, "END:VCALENDAR"]) + "\n"
