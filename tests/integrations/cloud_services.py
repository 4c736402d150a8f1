"""The Google and Microsoft calendar tests' common ground: each service's fake server, config and
sign-in, so behaviour both must share is tested once for both (test_cloud_calendars_shared.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from rapport_plugins import oauth
from rapport_plugins.config import Config
from rapport_plugins.models import Window

WEEK = Window(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 8, tzinfo=UTC))  # the fixture calendars' week


@dataclass(frozen=True)
class CloudService:
    name: str  # the integration: rapport_<name>, [<name>]
    refresh: str  # the refresh token the fake accepts
    api_path: str  # where the fake's API lives under its base URL
    listed: str  # the endpoint a window's listing asks first (as errors name it)
    access: str  # how the service's access tokens begin (never in a message)
    source: str  # Meeting.source of its meetings
    brief_at: str  # a time whose next meeting comes from the fixture calendar
    briefed: str  # that meeting's title

    @property
    def support(self) -> Any:
        return import_module(f"test_{self.name}_support")

    @property
    def plugin(self) -> Any:
        return import_module(f"rapport_{self.name}")

    def serve(self) -> Iterator[Any]:
        """The fake service with its fixture calendar loaded (use in a fixture)."""
        for fake in self.support.serve():
            fake.load_fixture()
            yield fake

    def signed_in(self, home: Path, fake: Any, **extra: Any) -> Config:
        """``home`` configured for ``fake`` (``extra`` settings on top) and signed in to it."""
        fake.refresh_tokens.add(self.refresh)
        self.support.write_config(home, fake, **extra)
        config = Config.load(home)
        settings = import_module(f"rapport_{self.name}.settings").load_settings(config)
        oauth.TokenStore(settings.token_path).save(oauth.Tokens(refresh_token=self.refresh))
        return config

    def transcribing(self, tmp_path: Path, fake: Any, **extra: Any) -> Config:
        """Signed in as :meth:`signed_in`, in ``tmp_path/home``, with ``transcripts = true`` (``extra`` on top)."""
        return self.signed_in(tmp_path / "home", fake, **({"transcripts": True} | extra))

    def meeting_titled(self, config: Config, title: str) -> Any:
        """The one meeting called ``title`` in the fixture calendar's week."""
        [meeting] = [m for m in self.plugin.rapport_calendar_events(window=WEEK, config=config) if m.title == title]
        return meeting


GOOGLE = CloudService("google", "1//seed-refresh-token-SECRET", "/calendar/v3", "/calendar/v3/calendars/primary/events", "ya29.",
                      "google:primary", "2026-04-02T07:30:00Z", "1:1 Ada / Grace")
MICROSOFT = CloudService("microsoft", "0.AAAA-seed-refresh-SECRET", "/v1.0", "/v1.0/me/calendarView/delta", "eyJ0eXAi",
                         "microsoft:me", "2026-04-06T14:00:00Z", "Coaching with Sam (moved)")  # Kim's call is cancelled
SERVICES = (GOOGLE, MICROSOFT)


def edited_meanwhile(fake: Any, change: Callable[[], None]) -> None:
    """The user's other app makes ``change`` to the event once, just before rapport's next write lands."""
    def once() -> None:
        fake.before_patch = None
        change()

    fake.before_patch = once
