"""What Google Meet and Teams transcripts must both do (rapport-google and rapport-microsoft, both on
the core's meetingtools), tested once for both against their local fakes: a transcript not made
yet is pending with the configured give-up time, and transcripts are off unless asked for."""

from __future__ import annotations

import pytest
import test_google_meet
import test_microsoft_transcripts
from cloud_services import GOOGLE, MICROSOFT

from rapport_plugins import NotesPending

ONE_ON_ONE = "1:1 Ada / Grace"  # in both fixture calendars, with a Meet link and a Teams link
NOT_YET = [(GOOGLE, *case) for case in test_google_meet.NOT_YET] + \
          [(MICROSOFT, *case) for case in test_microsoft_transcripts.NOT_YET]


@pytest.fixture
def fake(service):
    yield from service.serve()


def notes_of(service, config):
    return service.plugin.rapport_meeting_notes(meeting=service.meeting_titled(config, ONE_ON_ONE), config=config)


@pytest.mark.parametrize("service, setup, reason", NOT_YET, ids=lambda v: getattr(v, "name", None))
def test_a_transcript_not_made_yet_is_pending(tmp_path, service, fake, setup, reason):
    setup(fake)
    [pending] = notes_of(service, service.transcribing(tmp_path, fake, give_up_after_hours=4))
    assert isinstance(pending, NotesPending) and reason in pending.reason and pending.give_up_after == 4
    assert pending.source == service.name


@pytest.mark.parametrize("service, api", [(GOOGLE, "/v2/"), (MICROSOFT, "/onlineMeetings")], ids=["google", "microsoft"])
def test_transcripts_are_off_unless_asked_for(tmp_path, service, fake, api):
    assert notes_of(service, service.transcribing(tmp_path, fake, transcripts=False)) is None
    assert not [r for r in fake.requests if api in r["path"]]
