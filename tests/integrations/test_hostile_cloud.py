"""Google and Microsoft: one event the client cannot map costs only itself (the rest of the
calendar arrives, the bad one is reported once with its id), against the local fake servers."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

from rapport_plugins.config import Config
from rapport_plugins.models import Window

DATA = Path(__file__).resolve().parent.parent / "data"
WEEK = Window(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 8, tzinfo=UTC))
SEED_REFRESH = "1//seed-refresh-token-SECRET"


def test_google_one_unmappable_event_costs_only_itself(tmp_path, capsys):
    from test_google_support import serve, write_config

    from rapport_google import rapport_calendar_events
    from rapport_google.settings import load_settings
    from rapport_google.tokens import Tokens, TokenStore

    for fake in serve():
        fake.load_fixture()
        fake.refresh_tokens.add(SEED_REFRESH)
        good = json.loads((DATA / "google" / "events.json").read_text())["items"][0]
        bad = copy.deepcopy(good)
        bad.update(id="hostile1", summary="Hostile", iCalUID="hostile1@example.com",
                   attendees=[{"email": "x@example.com", "responseStatus": ["not", "a", "string"]}])
        fake.put(bad)
        home = tmp_path / "home"
        write_config(home, fake)
        config = Config.load(home)
        TokenStore(load_settings(config).token_path).save(Tokens(refresh_token=SEED_REFRESH))
        meetings = rapport_calendar_events(window=WEEK, config=config)
        assert "1:1 Ada / Grace" in {m.title for m in meetings} and "Hostile" not in {m.title for m in meetings}
        err = [line for line in capsys.readouterr().err.splitlines() if "hostile1" in line]
        assert len(err) == 1 and err[0].startswith("rapport: google: calendar 'primary' event 'hostile1': skipped:")


def test_microsoft_one_unmappable_event_costs_only_itself(tmp_path, capsys):
    from test_microsoft_support import serve, write_config

    from rapport_microsoft import rapport_calendar_events
    from rapport_microsoft.settings import load_settings
    from rapport_microsoft.tokens import Tokens, TokenStore

    for fake in serve():
        fake.load_fixture()
        fake.refresh_tokens.add(SEED_REFRESH)
        good = json.loads((DATA / "microsoft" / "events.json").read_text())["value"][0]
        bad = copy.deepcopy(good)
        bad.update(id="hostile1", subject="Hostile", iCalUId="hostile1",
                   attendees=[{"emailAddress": {"address": "x@example.com"}, "status": "not an object"}])
        fake.put(bad)
        home = tmp_path / "home"
        write_config(home, fake)
        config = Config.load(home)
        TokenStore(load_settings(config).token_path).save(Tokens(refresh_token=SEED_REFRESH))
        meetings = rapport_calendar_events(window=WEEK, config=config)
        assert "1:1 Ada / Grace" in {m.title for m in meetings} and "Hostile" not in {m.title for m in meetings}
        err = [line for line in capsys.readouterr().err.splitlines() if "hostile1" in line]
        assert len(err) == 1 and err[0].startswith("rapport: microsoft: event 'hostile1': skipped:")
