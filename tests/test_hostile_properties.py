"""Any input gives a result or the project's own one-line error: a property suite over every
parser (ICS, vCard, front matter and markers, Logseq outlines, transcripts, date phrases, config,
import) and the CLI's options. Inputs mix random text with the pieces attackers use (hostile
recurrence parts, markers, brackets, control characters); sizes are small and examples modest so
the whole suite runs in CI in well under a minute. Speed is never asserted here: a parser that
turns quadratic shows up as a slow suite and in benchmarks, not as a flaky test."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport_plugins.errors import RapportError

PROPERTY = settings(max_examples=100, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
HOSTILE_BITS = [
    "[", "]", "[[", "]]", "![[/etc/passwd]]", "<!-- rapport:briefing:end id=meeting -->", "\\n", "\r", "\n",
    "\x00", "\x1b[2J", "\u202e", "\ufeff", "::", "((", "{{", "#", "remember:", "---", ":", ";", ",", "=", "\"",
    "'", "99999999999999999999", "-1", "0", "T", "Z", "+2500", "\t", " ", "é", "💡",
]
TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE_BITS), st.text(max_size=12)), max_size=30).map("".join)
ONE_LINE_ERROR = (RapportError,)


def _one_line(exc: BaseException) -> None:
    assert str(exc) and "\n" not in str(exc), repr(str(exc))


# -- ICS -----------------------------------------------------------------------------------------

RRULE_PARTS = st.sampled_from([
    "FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=NEVER",
    "COUNT=1000000000", "COUNT=3", "COUNT=-1", "COUNT=x", "INTERVAL=0", "INTERVAL=99999999999999",
    "BYSETPOS=0", "BYSETPOS=-1", "BYHOUR=25", "BYHOUR=23", "BYSECOND=61", "BYMINUTE=5", "BYMONTH=2", "BYMONTH=13",
    "BYMONTHDAY=30", "BYMONTHDAY=-31", "BYMONTHDAY=0", "BYYEARDAY=366", "BYWEEKNO=53", "BYDAY=MO,-1FR,99TU",
    "UNTIL=20260410T000000Z", "UNTIL=20260410", "UNTIL=99999999", "WKST=XX", "X-FOO=1", "",
])
ICS_VALUES = st.sampled_from([
    "DTSTART:20260402T100000Z", "DTSTART;VALUE=DATE:20260402", "DTSTART:00010101T000000Z",
    "DTSTART:99991231T235959Z", "DTSTART;TZID=Mars/Base:20260402T100000", "DTSTART;TZID=Europe/Berlin:20260402T100000",
    "DTEND:20260402T110000Z", "DURATION:PT30M", "DURATION:P99999999W", "DURATION:-PT1H", "EXDATE:20260409T100000Z",
    "RDATE:20260403T100000Z/PT1H", "RECURRENCE-ID:20260409T100000Z", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260409T100000Z",
    "SEQUENCE:99999999999999999999", "STATUS:CANCELLED", "SUMMARY:hi\\n<!-- rapport -->", "UID:a", "UID:b",
    "ATTENDEE;CN=\"A;B\":mailto:a@example.com", "ORGANIZER:mailto:", "X-WR-TIMEZONE:Nowhere/Zone",
])
VTIMEZONE = ("BEGIN:VTIMEZONE\r\nTZID:Mars/Base\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
             "TZOFFSETFROM:{a}\r\nTZOFFSETTO:{b}\r\n{rule}END:STANDARD\r\nEND:VTIMEZONE\r\n")


@st.composite
def calendars(draw):
    events = []
    for _ in range(draw(st.integers(1, 4))):
        lines = draw(st.lists(ICS_VALUES, min_size=1, max_size=6))
        if draw(st.booleans()):
            lines.append("RRULE:" + ";".join(draw(st.lists(RRULE_PARTS, min_size=1, max_size=4))))
        if draw(st.booleans()):
            lines.append(draw(TEXT).replace("\r", "").replace("\n", ""))
        events.append("BEGIN:VEVENT\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VEVENT\r\n")
    offsets = st.sampled_from(["+0100", "+2500", "-0000", "+0160", "x", "+01"])
    tz = VTIMEZONE.format(a=draw(offsets), b=draw(offsets),
                          rule=draw(st.sampled_from(["", "RRULE:FREQ=YEARLY;BYMONTH=3\r\n", "RRULE:FREQ=SECONDLY\r\n"])))
    return ("BEGIN:VCALENDAR\r\n" + tz + "".join(events) + "END:VCALENDAR\r\n").encode("utf-8", "surrogatepass")


@PROPERTY
@given(calendars())
def test_any_calendar_gives_meetings_or_a_one_line_error(data):
    from rapport_ics import meetings_from_ics
    from rapport_plugins.models import Window

    window = Window(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 15, tzinfo=UTC))
    warnings: list[str] = []
    try:
        meetings = meetings_from_ics(data, window, "fuzz.ics", warn=warnings.append, strict=False,
                                     max_instances=500, max_steps=20_000)
    except ONE_LINE_ERROR as exc:
        _one_line(exc)
        return
    assert len(meetings) <= 5000
    assert all("\n" not in w and w.startswith("fuzz.ics") for w in warnings)


@PROPERTY
@given(st.binary(max_size=300))
def test_any_bytes_as_a_calendar(data):
    from rapport_ics import parse_calendar

    try:
        parse_calendar(b"BEGIN:VCALENDAR\r\n" + data + b"\r\nEND:VCALENDAR\r\n", "b.ics", strict=False)
    except ONE_LINE_ERROR as exc:
        _one_line(exc)


# -- vCard -----------------------------------------------------------------------------------------

VCARD_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "FN:Anna", "FN:" + "A" * 2000, "N:B;C;;;", "EMAIL:a@b.c",
    "BDAY:99999999", "BDAY:--0229", "BDAY:19800314", "BDAY;VALUE=text:circa 1800", "item1.X-ABDATE:2001-02-03",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=nope:a=", "NICKNAME:a\\,b,c", "PHOTO;ENCODING=b:AAAA", ":", ";", "",
])


@PROPERTY
@given(st.lists(st.one_of(VCARD_LINES, TEXT), max_size=25))
def test_any_vcard_text_gives_cards_and_warnings(lines):
    from rapport_vcard import parse_vcards

    warnings: list[str] = []
    contacts = parse_vcards("\r\n".join(lines), "fuzz.vcf", warnings.append)
    assert all(c.name and len(c.name) <= 1000 for c in contacts)
    assert all("\n" not in w and w.startswith("fuzz.vcf") for w in warnings)


# -- notes: front matter, markers, Logseq outlines, capture --------------------------------------

@PROPERTY
@given(TEXT, TEXT)
def test_any_front_matter_is_read_or_reported(head, body):
    from rapport_markdown.frontmatter import read_front_matter

    fm = read_front_matter(f"---\n{head}\n---\n{body}")
    assert fm.error is None or "\n" not in str(fm.error)


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["remember: [[Anna]] likes jazz", "## Anna", "```", "- remember: x",
                                           "#remember", "[[A|B]]: remember: y"]), TEXT), max_size=20))
def test_any_note_gives_markers(lines):
    from rapport_plugins import find_markers

    text = "\n".join(lines)
    assert isinstance(find_markers(text), list)
    assert isinstance(find_markers(text, "n.md", ["Anna Berg"], parents_of=lambda _line: ["[[Anna Berg]]"]), list)


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["- a", "\t- b", "  key:: value", "- rapport-briefing:: meeting",
                                           "#+BEGIN_SRC", "```"]), TEXT), max_size=20))
def test_any_logseq_page_gives_blocks(lines):
    from rapport_logseq.outline import parse_page

    page = parse_page("\n".join(lines))
    assert isinstance(page.blocks, list)


@PROPERTY
@given(TEXT)
def test_escaped_text_is_one_inert_line_that_reads_as_written(text):
    from rapport_plugins.escaping import md_inline, one_line, unescape_md

    out = md_inline(text)
    assert "\n" not in out and "\r" not in out
    assert "[[" not in out and "<!--" not in out and "::" not in out
    assert unescape_md(out) == one_line(text)


# -- transcripts, date phrases ----------------------------------------------------------------------

@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["WEBVTT", "00:00:01.000 --> 00:00:02.000", "1", "<v Anna>hi</v>",
                                           "Anna: I just moved", "99:99:99,999 --> 00:00:00,000", "NOTE x", ""]),
                          TEXT), max_size=20),
       st.sampled_from([None, "vtt", "srt", "otter", "plain", "meet"]))
def test_any_transcript_gives_utterances_or_a_one_line_error(lines, fmt):
    from rapport_transcripts.parse import parse_transcript

    try:
        notes = parse_transcript("\n".join(lines), "t.vtt", fmt)
    except ONE_LINE_ERROR as exc:
        _one_line(exc)
        return
    assert isinstance(notes.text, str)


@PROPERTY
@given(st.one_of(TEXT, st.sampled_from(["next Friday", "in 99999 years", "in 3 weeks", "the 31st", "on 29 Feb",
                                        "9999-12-31", "0001-01-01", "March 32", "99999 days ago"])),
       st.dates(min_value=date(1000, 1, 1), max_value=date(8999, 12, 31)))
def test_any_date_phrase_gives_a_date_or_nothing(text, today):
    from rapport_plugins.dates import resolve_date

    resolved, _how = resolve_date(text, today)
    assert resolved is None or isinstance(resolved, date)


# -- config and import ---------------------------------------------------------------------------

@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["[limits]", "file_mb = -1", "file_mb = 1e999", "http_seconds = true",
                                           "[ics]", "calendars = 5", 'calendars = ["https://u:p@h/x?token=t"]',
                                           "max_instances = 'x'", "[[x]]", "a = [", "[webhook]", 'url = "x"']),
                          TEXT), max_size=10))
def test_any_config_loads_or_is_one_line(tmp_path_factory, lines):
    from rapport_plugins.config import Config
    from rapport_plugins.limits import limits_of
    from rapport_plugins.secrets import redact

    home = tmp_path_factory.mktemp("cfg")
    (home / "config.toml").write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    try:
        config = Config.load(home)
        limits_of(config)
    except ONE_LINE_ERROR as exc:
        _one_line(exc)
        return
    shown = json.dumps(redact(config.data), default=str)
    assert "token=t" not in shown and "u:p@" not in shown


JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=8))
JSON_VALUE = st.recursive(JSON_LEAF, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                            st.dictionaries(st.text(max_size=6), kids, max_size=4)),
                          max_leaves=20)
EXPORT_KEYS = st.fixed_dictionaries({"format": st.just("rapport-export")}, optional={
    "people": st.one_of(JSON_VALUE, st.lists(st.fixed_dictionaries({"name": st.text(max_size=5)}, optional={
        "emails": JSON_VALUE, "aliases": JSON_VALUE, "id": JSON_VALUE, "memories": st.one_of(JSON_VALUE, st.lists(
            st.fixed_dictionaries({"text": st.text(max_size=5)}, optional={"category": JSON_VALUE, "id": JSON_VALUE}),
            max_size=3))}), max_size=3)),
    "meetings": JSON_VALUE, "state": JSON_VALUE})


@PROPERTY
@given(st.one_of(EXPORT_KEYS, JSON_VALUE))
def test_any_json_is_an_export_or_a_one_line_error(data):
    from rapport_plugins.export_schema import load_export

    try:
        load_export(json.dumps(data), "x.json")
    except ONE_LINE_ERROR as exc:
        _one_line(exc)


# -- the CLI's options ---------------------------------------------------------------------------

OPTION_VALUES = st.one_of(st.sampled_from(["0", "-1", "1", "99999999999999999999999", "9999-12-31T23:59",
                                           "0001-01-01", "2026-04-02", "#1", "#99999999999999999999", "",
                                           "next Friday", "nan", "1e9"]), TEXT.filter(lambda s: "\x00" not in s))
COMMANDS = st.sampled_from([
    ["people", "show", "{}"], ["search", "x", "--limit", "{}"], ["done", "{}"], ["brief", "--at", "{}"],
    ["run", "--within", "{}", "--no-capture"], ["run", "--since", "{}", "--no-capture"], ["sync", "--days", "{}"],
    ["remember", "x", "--who", "Sam", "--when", "{}"], ["review", "--keep", "{}"], ["brief", "--meeting", "{}"],
    ["capture", "notes.txt", "--date", "{}", "--with", "Sam"], ["people", "add", "{}"], ["search", "{}"],
])


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory):
    from click.testing import CliRunner

    from rapport_plugins.cli import cli

    home = tmp_path_factory.mktemp("home")
    env = {"RAPPORT_HOME": str(home), "RAPPORT_NOW": "2026-04-02T09:55:00+02:00"}
    CliRunner().invoke(cli, ["init", "--name", "Sam"], env=env, catch_exceptions=False)
    (home / "notes.txt").write_text("remember: Sam likes tea\n")
    return home, env


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(COMMANDS, OPTION_VALUES, st.sampled_from([None, "9999-12-31T23:59", "garbage", "2026-04-02"]))
def test_no_cli_option_value_ends_in_a_traceback(cli_home, command, value, now):
    from click.testing import CliRunner

    from rapport_plugins.cli import cli

    home, env = cli_home
    env = dict(env, RAPPORT_NOW=now or env["RAPPORT_NOW"])
    args = [value if part == "{}" else part for part in command]
    args = [str(home / a) if a == "notes.txt" else a for a in args]
    result = CliRunner().invoke(cli, args, env=env, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code:
        assert result.stderr.strip().splitlines()[-1].startswith(("Error: ", "Aborted"))
