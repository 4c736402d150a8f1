"""rapport-joplin pieces that need no server: the owned briefing section, markers, settings."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from rapport_joplin.briefing_section import END, START, blank_section, replace_section
from rapport_joplin.client import JoplinClient
from rapport_joplin.meeting_notes import new_note_title, title_matches
from rapport_joplin.settings import JoplinSettings
from rapport_plugins import find_markers
from rapport_plugins.config import Config
from rapport_plugins.errors import ConfigError, ParseError
from rapport_plugins.models import Meeting


def _meeting(title: str = "Weekly 1-1 with Anna", start: object = None) -> Meeting:
    start = start or datetime(2026, 4, 2, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    return Meeting(uid="uid-1", title=title, start=start, end=start)


def test_section_goes_on_top_and_is_replaced_without_touching_user_text():
    user = "My notes\n\n- remember: @Anna: Max the dog\n"
    first = replace_section(user, "## Briefing\n- ask about Max", "note")
    assert first.startswith(START) and first.endswith(user)
    edited = first.replace("My notes", "My notes, edited") + "more text after\n"
    second = replace_section(edited, "## Briefing\n- new line", "note")
    assert "ask about Max" not in second and "- new line" in second
    assert second.count(START) == 1 and second.count(END) == 1
    assert second.split(END, 1)[1] == edited.split(END, 1)[1]


def test_section_in_the_middle_stays_in_place():
    body = f"top\n{START}\nold\n{END}\nbottom"
    assert replace_section(body, "new", "n") == f"top\n{START}\nnew\n{END}\nbottom"


def test_damaged_markers_raise_parse_error_naming_note_and_line():
    body = f"a\n{START}\nold\nno end here"
    with pytest.raises(ParseError) as info:
        replace_section(body, "x", "joplin note abc")
    assert str(info.value).startswith("joplin note abc:2: ")
    with pytest.raises(ParseError, match=":2: .*before its start"):
        replace_section(f"a\n{END}\n{START}\n", "x", "joplin note abc")


def test_blank_section_keeps_line_numbers():
    body = f"{START}\nremember: @X: not mine\n{END}\nuser\nremember: mine"
    blanked = blank_section(body, "n")
    assert blanked.split("\n") == ["", "", "", "user", "remember: mine"]
    assert [c.source_ref for c in find_markers(blanked, "joplin:n1")] == ["joplin:n1:5"]


def test_markers_forms_person_and_line():
    text = "\n".join([
        "# 1-1",                                           # 1
        "- remember: @Anna Schmidt: Max the dog has surgery Friday",  # 2
        "@Ben: remember: daughter started school",         # 3
        "* [x] Remember: loves the band Wilco",            # 4
        "```",                                             # 5
        "remember: inside code is ignored",                # 6
        "```",                                             # 7
        "we should remember: this is prose",               # 8 not at line start
        "remember:   ",                                    # 9 empty -> no marker of its own
        "> **remember:** quoted bold marker",              # 10
    ])
    found = find_markers(text, "joplin:abc")
    assert [(c.person, c.text, c.source_ref) for c in found] == [
        ("Anna Schmidt", "Max the dog has surgery Friday", "joplin:abc:2"),
        ("Ben", "Daughter started school", "joplin:abc:3"),
        (None, "Loves the band Wilco", "joplin:abc:4"),
        (None, "Quoted bold marker", "joplin:abc:10"),
    ]
    assert all(c.explicit for c in found)


def test_title_matching_uses_meeting_local_date():
    meeting = _meeting()  # 23:30 in Berlin: still the 2nd there
    assert title_matches("2026-04-02  weekly 1-1 WITH anna", meeting)
    assert not title_matches("2026-04-01 Weekly 1-1 with Anna", meeting)
    assert title_matches("Weekly 1-1 with Anna, 02.04.2026", meeting)
    assert title_matches("2026/04/02 Weekly 1-1 with Anna", meeting)
    assert not title_matches("04/02/2026 Weekly 1-1 with Anna", meeting)  # US or EU? not guessed
    assert not title_matches("2026-04-02 Weekly sync", meeting)
    assert not title_matches("2026-04-02 anything", _meeting(title="  "))
    assert new_note_title(_meeting(start=date(2026, 5, 1))) == "2026-05-01 Weekly 1-1 with Anna"


def test_settings_missing_section_is_none_and_token_env(tmp_path, monkeypatch):
    assert JoplinSettings.from_config(Config(tmp_path, {})) is None
    with pytest.raises(ConfigError, match="token"):
        JoplinSettings.from_config(Config(tmp_path, {"joplin": {}}))
    monkeypatch.setenv("MY_JOPLIN_TOKEN", "s3cret-token")
    settings = JoplinSettings.from_config(Config(tmp_path, {"joplin": {"token_env": "MY_JOPLIN_TOKEN"}}))
    assert settings.token == "s3cret-token" and settings.url == "http://127.0.0.1:41184"
    assert settings.state_path == tmp_path / "joplin-state.json"
    assert "s3cret" not in repr(settings)
    with pytest.raises(ConfigError, match="NOT_SET_ANYWHERE"):
        JoplinSettings.from_config(Config(tmp_path, {"joplin": {"token_env": "NOT_SET_ANYWHERE"}}))


def test_client_redacts_token():
    client = JoplinClient("http://127.0.0.1:1", "tok123")
    assert "tok123" not in repr(client)
    assert client.redact("GET http://h/notes?fields=a&token=tok123&page=2 tok123") == \
        "GET http://h/notes?fields=a&token=***&page=2 ***"
