"""`rapport run` posting briefings to chat webhooks, against a loopback receiver that records requests.

A meeting ten minutes after the pinned RAPPORT_NOW is delivered once per sink; a 429 with
Retry-After is waited out; a shared sink never gets a sensitive memory; the URL never shows.
"""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler

import pytest

from rapport_plugins.testing import ics_calendar, ics_event, serve

CALENDAR = ics_calendar(
    ics_event("one-on-one@test.rapport", "20260402T080500Z", "20260402T083000Z", "Weekly 1-1: Anna",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Sam Lee", "sam@example.com", "ACCEPTED"), ("Anna Berg", "anna.berg@example.org", "ACCEPTED"))),
)
SECRET_PATH = "/services/T000/B000/s3cretT0ken"


class Receiver:
    """What the receiver got, and the answers it gives next (status, headers) before it says 200."""

    base_url = ""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.answers: list[tuple[int, dict[str, str]]] = []


class Handler(BaseHTTPRequestHandler):
    def _handle(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        fake.requests.append({"method": self.command, "path": self.path, "at": time.monotonic(),
                              "auth": self.headers.get("Authorization"), "json": json.loads(raw or b"null")})
        status, headers = fake.answers.pop(0) if fake.answers else (200, {})
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        body = b"ok" if status < 300 else b"{}"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def receiver():
    yield from serve(Handler, Receiver())


def setup_home(rapport, receiver, sinks: str, monkeypatch) -> None:
    monkeypatch.setenv("TEST_HOOK_URL", receiver.base_url + SECRET_PATH)
    rapport.config(f'[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n\n[ics]\ncalendars = ["cal.ics"]\n\n{sinks}')
    (rapport.home / "cal.ics").write_text(CALENDAR, encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")
    rapport("remember", "Her father died last autumn", "--who", "Anna Berg", "--sensitive")


SLACK = '[webhook.sinks.team]\nformat = "slack"\nurl_env = "TEST_HOOK_URL"\n'


def all_output(result) -> str:
    return result.stdout + result.stderr


def test_run_delivers_once_to_slack(rapport, receiver, monkeypatch):
    setup_home(rapport, receiver, SLACK, monkeypatch)
    first = rapport("run", "--within", "15")
    assert len(receiver.requests) == 1
    (req,) = receiver.requests
    assert req["method"] == "POST" and req["path"] == SECRET_PATH
    assert set(req["json"]) == {"text", "mrkdwn"} and "Biscuit" in req["json"]["text"]
    assert "##" not in req["json"]["text"]  # Slack mrkdwn has no headings
    assert "father" not in req["json"]["text"]  # the default audience is shared
    second = rapport("run", "--within", "15")
    assert len(receiver.requests) == 1  # already delivered: nothing sent again
    assert (rapport.home / "webhook-sent.json").stat().st_mode & 0o777 == 0o600
    for out in (all_output(first), all_output(second)):
        assert "s3cret" not in out and receiver.base_url not in out


def test_slack_gets_the_text_as_written_and_nothing_it_would_read_as_a_link_or_mention(rapport, receiver, monkeypatch):
    """Slack's mrkdwn has no backslash escapes: a join link reads as it is (no `pwd\\=`); `<` `>` `&`
    are Slack's entities, so `<!channel>` in a meeting title pings nobody."""
    setup_home(rapport, receiver, SLACK, monkeypatch)
    calendar = CALENDAR.replace("SUMMARY:Weekly 1-1: Anna", "SUMMARY:Weekly 1-1: Anna <!channel> & co").replace(
        "END:VEVENT", "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=Zm9vYmFy\nEND:VEVENT")
    (rapport.home / "cal.ics").write_text(calendar, encoding="utf-8")
    rapport("remember", "Loves 1=1 puzzles! #chess", "--who", "Anna Berg")
    rapport("run", "--within", "15")
    text = receiver.requests[0]["json"]["text"]
    assert "https://us02web.zoom.us/j/81234567890?pwd=Zm9vYmFy" in text and "Loves 1=1 puzzles! #chess" in text
    assert "\\" not in text and "<!channel>" not in text and "&lt;!channel&gt; &amp; co" in text


def test_429_with_retry_after_is_waited_out(rapport, receiver, monkeypatch):
    setup_home(rapport, receiver, SLACK, monkeypatch)
    receiver.answers = [(429, {"Retry-After": "1"})]
    rapport("run", "--within", "15")
    assert [r["path"] for r in receiver.requests] == [SECRET_PATH, SECRET_PATH]
    assert receiver.requests[1]["at"] - receiver.requests[0]["at"] >= 0.9  # it waited as asked
    rapport("run", "--within", "15")
    assert len(receiver.requests) == 2


def test_shared_sink_never_gets_sensitive_memory_private_sink_does(rapport, receiver, monkeypatch):
    sinks = ('[webhook.sinks.channel]\nformat = "discord"\nurl_env = "TEST_HOOK_URL"\naudience = "shared"\n\n'
             '[webhook.sinks.me]\nformat = "mattermost"\nurl_env = "TEST_HOOK_URL"\naudience = "private"\n')
    setup_home(rapport, receiver, sinks, monkeypatch)
    rapport("run", "--within", "15")
    discord, mattermost = (r["json"] for r in receiver.requests)
    assert "Biscuit" in discord["content"] and "father" not in discord["content"]
    assert len(discord["content"]) <= 2000
    assert "father" in mattermost["text"]


def test_failing_sink_retried_next_run_without_repeating_the_other(rapport, receiver, monkeypatch):
    monkeypatch.setenv("TEST_BROKEN_URL", receiver.base_url + "/broken/s3cretT0ken2")
    sinks = SLACK + '\n[webhook.sinks.broken]\nformat = "teams"\nurl_env = "TEST_BROKEN_URL"\n'
    setup_home(rapport, receiver, sinks, monkeypatch)
    receiver.answers = [(200, {}), (400, {})]  # slack fine; teams refuses once (400: not retried)
    first = rapport("run", "--within", "15", code=1)
    out = all_output(first)
    assert "[webhook.sinks.broken] url answered 400" in out
    assert "s3cret" not in out and receiver.base_url not in out and "127.0.0.1" not in out
    rapport("run", "--within", "15")
    paths = [r["path"] for r in receiver.requests]
    assert paths == [SECRET_PATH, "/broken/s3cretT0ken2", "/broken/s3cretT0ken2"]
    card = receiver.requests[-1]["json"]["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    rapport("run", "--within", "15")
    assert len(receiver.requests) == 3


def test_matrix_put_with_txn_id_and_token(rapport, receiver, monkeypatch):
    monkeypatch.setenv("TEST_MATRIX_TOKEN", "syt_secret_token")
    sinks = ('[webhook.sinks.room]\nformat = "matrix"\nurl_env = "TEST_HOOK_URL"\nroom = "!abc:example.org"\n'
             'token_env = "TEST_MATRIX_TOKEN"\n')
    monkeypatch.setenv("TEST_HOOK_URL", receiver.base_url)
    setup_home(rapport, receiver, sinks, monkeypatch)
    monkeypatch.setenv("TEST_HOOK_URL", receiver.base_url)  # a homeserver, not a hook path
    rapport("run", "--within", "15")
    (req,) = receiver.requests
    assert req["method"] == "PUT" and req["auth"] == "Bearer syt_secret_token"
    assert req["path"].startswith("/_matrix/client/v3/rooms/%21abc%3Aexample.org/send/m.room.message/")
    assert req["json"]["msgtype"] == "m.notice" and "Biscuit" in req["json"]["body"]


def test_bad_format_is_a_one_line_error_naming_the_table(rapport, receiver, monkeypatch):
    setup_home(rapport, receiver, '[webhook.sinks.team]\nformat = "irc"\nurl_env = "TEST_HOOK_URL"\n', monkeypatch)
    result = rapport("run", "--within", "15", code=1)
    out = all_output(result)
    assert "[webhook.sinks.team] format: 'irc' is not one of slack, teams, discord, mattermost, matrix" in out
    assert receiver.requests == []


def test_a_cancelled_meeting_gets_one_correction_at_the_sinks_that_had_the_briefing(rapport, receiver, monkeypatch):
    monkeypatch.setenv("TEST_LATE_URL", receiver.base_url + "/late/s3cretT0ken3")
    setup_home(rapport, receiver, SLACK, monkeypatch)
    rapport("run")
    late = '\n[webhook.sinks.late]\nformat = "mattermost"\nurl_env = "TEST_LATE_URL"\n'  # added after the briefing
    rapport.config((rapport.home / "config.toml").read_text(encoding="utf-8") + late)
    (rapport.home / "cal.ics").write_text(CALENDAR.replace("SUMMARY:", "STATUS:CANCELLED\nSUMMARY:"), encoding="utf-8")
    out = rapport("run").stdout
    assert "Cancelled: Weekly 1-1: Anna" in out and "told webhook:team" in out
    assert [r["path"] for r in receiver.requests] == [SECRET_PATH, SECRET_PATH]
    # STATUS:CANCELLED: still in the calendar, as cancelled (not "no longer in your calendar")
    assert receiver.requests[1]["json"] == {"text": "Cancelled: Weekly 1-1: Anna, Thu 2 Apr 2026 08:05", "mrkdwn": True}
    rapport("run")
    assert len(receiver.requests) == 2  # told once; the sink that never had the briefing is not told


def test_matrix_shows_the_briefing_as_written_with_its_join_link_exact():
    from rapport_plugins import md_inline
    from rapport_webhook.payloads import body

    line = md_inline("Zoom https://zoom.us/j/1?pwd=ab&x=1 for Q3 #1 <b>")
    sent = body("matrix", "t", f"## Weekly\n{line}")
    assert sent["body"] == "## Weekly\nZoom https://zoom.us/j/1?pwd=ab&x=1 for Q3 #1 <b>"
    assert sent["formatted_body"] == ("<strong>Weekly</strong><br>"
                                      "Zoom https://zoom.us/j/1?pwd=ab&amp;x=1 for Q3 #1 &lt;b&gt;")
