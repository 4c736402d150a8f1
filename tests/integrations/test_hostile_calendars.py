"""Hostile calendars and contacts: one bad event or card never turns off the rest, and every
read and expansion is bounded. The files are in tests/data/hostile/ (see its README)."""

from __future__ import annotations

import gzip
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from dateutil.rrule import DAILY, rrule

from rapport_ics import meetings_from_ics, rapport_calendar_events
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Window
from rapport_plugins.testing import JsonHandler, serve
from rapport_vcard import parse_vcards, rapport_contacts

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
WINDOW = Window(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 15, tzinfo=UTC))
BAD_EVENTS = ["bysetpos-zero.ics", "byhour-25.ics", "bysecond-61.ics", "tzoffset-2500.ics",
              "secondly-impossible.ics", "minutely-count-billion.ics", "broken-structure.ics"]


def _home_with(tmp_path: Path, *names: str, **limits: float) -> Config:
    for name in names:
        shutil.copy(HOSTILE / name, tmp_path / name)
    good = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:other-cal\r\nDTSTART:20260402T090000Z\r\n"
            "DURATION:PT1H\r\nSUMMARY:Other calendar\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (tmp_path / "other.ics").write_text(good)
    data = {"ics": {"calendars": [*names, "other.ics"], "timezone": "UTC"}}
    if limits:
        data["limits"] = limits
    return Config(tmp_path, data)


@pytest.mark.parametrize("name", BAD_EVENTS)
def test_one_bad_event_never_turns_off_a_calendar(tmp_path, capsys, name):
    meetings = rapport_calendar_events(window=WINDOW, config=_home_with(tmp_path, name))
    titles = {m.title for m in meetings}
    assert {"Good meeting", "Other calendar"} <= titles  # same file and other calendars arrive
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith(f"rapport: {tmp_path / name}:") for line in err)


def test_a_malformed_line_or_a_lost_end_costs_only_that_event(tmp_path, capsys):
    meetings = rapport_calendar_events(window=WINDOW, config=_home_with(tmp_path, "broken-structure.ics"))
    assert {m.title for m in meetings} == {"Lost its END", "Good meeting", "Open at the end", "Other calendar"}
    err = capsys.readouterr().err
    assert "broken-structure.ics:6: event skipped: malformed content line" in err
    assert "broken-structure.ics:9: BEGIN:VEVENT is never closed; closed at line 13" in err


def test_a_billion_minutely_count_is_exact_near_the_window(tmp_path):
    data = (HOSTILE / "minutely-count-billion.ics").read_bytes()
    found = [m.start for m in meetings_from_ics(data, WINDOW, "m.ics", warn=lambda _m: None) if m.uid == "bad"]
    # 10^9 minutes from 2000 run to the year 3901: every minute of the window is an instance
    # (30-minute meetings, so the first one overlapping the window started 29 minutes before it).
    assert found[:50] == [WINDOW.start + timedelta(minutes=k - 29) for k in range(50)]


@pytest.mark.parametrize("count", [10, 100, 200])
def test_a_counted_daily_rule_ends_where_its_count_says(count):
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:c\r\nDTSTART:20260101T100000Z\r\nDURATION:PT1H\r\n"
            f"RRULE:FREQ=DAILY;COUNT={count}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    found = [m.start for m in meetings_from_ics(text.encode(), WINDOW, "c.ics")]
    oracle = rrule(DAILY, dtstart=datetime(2026, 1, 1, 10, tzinfo=UTC), count=count)
    assert found == oracle.between(WINDOW.start, WINDOW.end, inc=True)


def test_a_secondly_flood_leaves_the_later_meetings_of_the_calendar(capsys):
    data = (HOSTILE / "secondly-flood.ics").read_bytes()
    warnings: list[str] = []
    meetings = meetings_from_ics(data, WINDOW, "flood.ics", warn=warnings.append)
    assert 9990 <= sum(m.uid == "flood" for m in meetings) <= 10000
    assert [m.title for m in meetings if m.uid == "later"] == ["Later meeting"]
    assert len(warnings) == 1 and "more than 10000 instances" in warnings[0]


def test_a_counted_rule_too_costly_to_reach_the_window_is_reported(capsys):
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:00010101T000000Z\r\n"
            "RRULE:FREQ=SECONDLY;BYMINUTE=5;COUNT=100\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    warnings: list[str] = []
    assert meetings_from_ics(text.encode(), WINDOW, "x.ics", warn=warnings.append) == []
    assert len(warnings) == 1 and "expand_steps" in warnings[0] and warnings[0].startswith("x.ics:2:")


def test_dev_zero_as_a_calendar_stops_at_the_file_limit(tmp_path, capsys):
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    cfg = Config(tmp_path, {"ics": {"calendars": [str(zero), "other.ics"], "timezone": "UTC"},
                            "limits": {"file_mb": 1}})
    (tmp_path / "other.ics").write_bytes((HOSTILE / "byhour-25.ics").read_bytes())
    assert {m.title for m in rapport_calendar_events(window=WINDOW, config=cfg)} >= {"Good meeting"}
    err = capsys.readouterr().err
    assert "rapport: /dev/zero: calendar file larger than 1 MB; not read (raise [limits] file_mb" in err


# -- HTTP: size after decompression, and the whole response's time -------------------------------
# Each case has one possible outcome, whatever the machine's load: the size cases get a generous
# time limit (only their size can stop them), and the slow servers never finish (only the time limit
# can stop them, however late it comes).

BOMB = gzip.compress(b"BEGIN:VCALENDAR\r\n" + b"X" * (8 * 1024 * 1024))  # 8 MB once unpacked


class _Hostile(JsonHandler):
    def do_GET(self):
        if self.path.startswith("/bomb.ics"):
            self.send_json(200, {"Content-Encoding": "gzip"}, BOMB)
        elif self.path.startswith("/drip.ics"):  # a byte every 50 ms, for ever: each read is quick
            self.send_response(200)
            self.send_header("Content-Length", str(10**6))
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"B")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:  # the client gave up
                pass
        elif self.path.startswith("/silent.ics"):  # never answers: waits until the client hangs up
            self.rfile.read(1)
        elif self.path.startswith("/huge.ics"):
            self.send_response(200)
            self.send_header("Content-Length", str(10**12))
            self.end_headers()
        else:
            self.send_json(500, {}, None)


@pytest.fixture(scope="module")
def hostile_server():
    yield from (fake.base_url for fake in serve(_Hostile, SimpleNamespace()))  # the kit's server, its URL


TOO_BIG = "response larger than 1 MB (raise [limits] http_mb"
TOO_SLOW = "response not complete within the time limit (raise [limits] http_seconds"


@pytest.mark.parametrize("path, words, http_seconds", [
    ("/bomb.ics", TOO_BIG, 600),
    ("/huge.ics", TOO_BIG, 600),
    ("/drip.ics", TOO_SLOW, 1),  # endless, each byte well within the 5 s read timeout
    ("/silent.ics", TOO_SLOW, 1),  # no headers ever: the same limit, the same words
])
def test_feeds_are_bounded_in_size_and_total_time(tmp_path, capsys, hostile_server, path, words, http_seconds):
    url = f"{hostile_server}{path}?token=s3cret"
    cfg = Config(tmp_path, {"ics": {"calendars": [url, "other.ics"], "timezone": "UTC", "timeout": 5},
                            "limits": {"http_mb": 1, "http_seconds": http_seconds}})
    (tmp_path / "other.ics").write_bytes((HOSTILE / "byhour-25.ics").read_bytes())
    assert "Good meeting" in {m.title for m in rapport_calendar_events(window=WINDOW, config=cfg)}
    [line] = [x for x in capsys.readouterr().err.splitlines() if "127.0.0.1" in x]
    assert line.startswith(f"rapport: {hostile_server}{path}?token=***: ") and words in line


def test_a_feed_slower_than_the_read_timeout_says_that_timeout(tmp_path, hostile_server):
    """The feed's own `timeout`, when shorter than [limits] http_seconds, is the one named."""
    from rapport_ics.fetch import read_calendar

    with pytest.raises(RapportError) as info:
        read_calendar(f"{hostile_server}/silent.ics", Config(tmp_path), timeout=0.5)
    assert str(info.value).endswith("/silent.ics: timed out after 0.5 s")


def test_http_errors_never_print_query_strings(tmp_path, hostile_server):
    from rapport_ics.fetch import read_calendar

    with pytest.raises(RapportError) as info:
        read_calendar(f"{hostile_server}/x.ics?token=s3cret&export", Config(tmp_path))
    assert "s3cret" not in str(info.value) and "token=***&export" in str(info.value)


# -- vCard: one card costs only itself ------------------------------------------------------------

def test_a_bad_birthday_costs_only_its_card(tmp_path, capsys):
    shutil.copy(HOSTILE / "bday-99999999.vcf", tmp_path / "cards.vcf")
    contacts = rapport_contacts(Config(tmp_path, {"vcard": {"files": ["cards.vcf"]}}))
    assert [c.name for c in contacts] == ["Person 1", "Person 2", "Person 3", "Person 4"]
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"rapport: vcard: {tmp_path / 'cards.vcf'}:14: BDAY is not a date: '99999999' (card skipped)")


def test_a_million_character_name_costs_only_its_card():
    text = ("BEGIN:VCARD\r\nFN:" + "A" * 1_000_000 + "\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nFN:Real Person\r\nEMAIL:r@example.com\r\nEND:VCARD\r\n")
    warnings: list[str] = []
    assert [c.name for c in parse_vcards(text, "big.vcf", warnings.append)] == ["Real Person"]
    assert warnings == ["big.vcf:1: name longer than 1000 characters (card skipped)"]


def test_many_email_lines_are_read_in_linear_time():
    emails = "".join(f"EMAIL:p{i}@example.com\r\n" for i in range(20_000))
    (card,) = parse_vcards(f"BEGIN:VCARD\r\nFN:Many\r\n{emails}END:VCARD\r\n", "many.vcf")
    assert len(card.emails) == 20_000 and card.emails[-1] == "p19999@example.com"
