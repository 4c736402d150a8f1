"""What rapport-google and rapport-microsoft must both do, tested once for both against their
local fake servers: time-outs and sign-in errors said in one line, a sync token gone starting
over, loading through the plugin manager, briefing through the real CLI, a light import, and one
unmappable event costing only itself."""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from cloud_services import SERVICES, WEEK

from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(params=SERVICES, ids=lambda s: s.name)
def service(request):
    return request.param


@pytest.fixture
def fake(service):
    yield from service.serve()


def test_timeout_is_reported(service, fake, tmp_path):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts, never answers
    try:
        port = silent.getsockname()[1]
        config = service.signed_in(tmp_path / "home", fake, timeout=0.2,
                                   base_url=f"http://127.0.0.1:{port}{service.api_path}")
        with pytest.raises(RapportError) as err:
            service.plugin.rapport_calendar_events(window=WEEK, config=config)
    finally:
        silent.close()
    assert "timed out after 0.2s" in str(err.value) and f"127.0.0.1:{port}{service.listed}" in str(err.value)


def test_not_configured_and_not_signed_in(service, fake, tmp_path):
    assert service.plugin.rapport_calendar_events(window=WEEK, config=Config(tmp_path)) is None
    service.support.write_config(tmp_path, fake)
    with pytest.raises(RapportError, match=f"not signed in: run `rapport auth {service.name}`"):
        service.plugin.rapport_calendar_events(window=WEEK, config=Config.load(tmp_path))


def test_a_revoked_sign_in_says_what_to_do(service, fake, tmp_path):
    config = service.signed_in(tmp_path / "home", fake)
    fake.refresh_tokens.clear()
    with pytest.raises(RapportError) as err:
        service.plugin.rapport_calendar_events(window=WEEK, config=config)
    message = str(err.value)
    assert f"run `rapport auth {service.name}`" in message and "invalid_grant" in message
    assert service.refresh not in message and "\n" not in message


def test_a_persistent_401_names_the_endpoint_and_the_fix(service, fake, tmp_path):
    config = service.signed_in(tmp_path / "home", fake)
    body = {"error": {"code": 401, "message": "Invalid Credentials"}}
    fake.failures = [(401, {}, body), (401, {}, body)]
    with pytest.raises(RapportError) as err:
        service.plugin.rapport_calendar_events(window=WEEK, config=config)
    message = str(err.value)
    assert f"{service.listed} answered 401" in message and f"rapport auth {service.name}" in message
    assert service.access not in message and "\n" not in message


# An event of the fixture calendar to delete, every title listed after it is gone (cancelled
# meetings included), and the query parameter of an incremental listing and of a full one
RESYNC = {
    "google": ("m1onetoone", ["Coaching with Sam", "Intro call with Kim", "Offsite"], "syncToken", "timeMin"),
    "microsoft": ("AAMkAGIAAAoZDOFBBB=", ["1:1 Ada / Grace", "Canceled: Intro call with Kim", "Coaching with Sam",
                                          "Vendor demo"], "$deltatoken", "startDateTime"),
}


def test_a_token_answered_410_gone_clears_the_cache_and_resyncs(service, fake, tmp_path):
    event_id, left, incremental, full = RESYNC[service.name]
    config = service.signed_in(tmp_path / "home", fake)
    service.plugin.rapport_calendar_events(window=WEEK, config=config)
    fake.delete(event_id)
    fake.tokens_gone = True
    meetings = service.plugin.rapport_calendar_events(window=WEEK, config=config)
    assert sorted(m.title for m in meetings) == left
    calls = [r["params"] for r in fake.listings()]
    assert incremental in calls[1]  # answered 410
    assert full in calls[2] and incremental not in calls[2]  # the full resync
    fake.tokens_gone = False
    service.plugin.rapport_calendar_events(window=WEEK, config=config)
    assert incremental in fake.listings()[3]["params"]  # the new token works


def test_loaded_through_the_plugin_manager(service, fake, tmp_path):
    from rapport_plugins.plugins import build_plugin_manager

    config = service.signed_in(tmp_path / "home", fake)
    pm = build_plugin_manager(config)
    assert pm.info[service.name].distribution == f"rapport-{service.name}"
    batches = pm.call("rapport_calendar_events", window=WEEK, config=config)
    assert "1:1 Ada / Grace" in {m.title for batch in batches for m in batch if m.source == service.source}


def test_rapport_brief_uses_the_services_meetings(service, fake, tmp_path):
    """The real `rapport` CLI, in its own process, briefs the next meeting of the service."""
    home = tmp_path / "home"
    service.signed_in(home, fake)
    rapport = Path(sys.executable).with_name("rapport")
    result = subprocess.run([str(rapport), "brief", "--at", service.brief_at, "--json"],
                            env=os.environ | {"RAPPORT_HOME": str(home)}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    briefing = json.loads(result.stdout)
    assert (briefing["meeting"]["title"], briefing["meeting"]["source"]) == (service.briefed, service.source)
    assert service.refresh not in result.stdout + result.stderr


def test_importing_the_plugin_stays_light(service):
    """Entry points are loaded on every `rapport` start: requests and the sync code load only when used."""
    name = f"rapport_{service.name}"
    code = f"import sys, {name}; print(sorted(m for m in ('requests', '{name}.sync', '{name}.api') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# One event the client cannot map: the service's own way of breaking an attendee.
HOSTILE = {
    "google": ("items", {"id": "hostile1", "summary": "Hostile", "iCalUID": "hostile1@example.com",
                         "attendees": [{"email": "x@example.com", "responseStatus": ["not", "a", "string"]}]},
               "rapport: google: calendar 'primary' event 'hostile1': skipped:"),
    "microsoft": ("value", {"id": "hostile1", "subject": "Hostile", "iCalUId": "hostile1",
                            "attendees": [{"emailAddress": {"address": "x@example.com"}, "status": "not an object"}]},
                  "rapport: microsoft: event 'hostile1': skipped:"),
}


def test_one_unmappable_event_costs_only_itself(service, fake, tmp_path, capsys):
    key, changes, said = HOSTILE[service.name]
    bad = copy.deepcopy(json.loads((DATA / service.name / "events.json").read_text())[key][0])
    bad.update(changes)
    fake.put(bad)
    meetings = service.plugin.rapport_calendar_events(window=WEEK, config=service.signed_in(tmp_path / "home", fake))
    assert "1:1 Ada / Grace" in {m.title for m in meetings} and "Hostile" not in {m.title for m in meetings}
    err = [line for line in capsys.readouterr().err.splitlines() if "hostile1" in line]
    assert len(err) == 1 and err[0].startswith(said)
