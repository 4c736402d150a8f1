"""After a Google Meet meeting: its transcript, through the Meet REST API v2.

``GET /v2/conferenceRecords?filter=space.meeting_code="abc-mnop-xyz"`` finds the conferences held
in the event's Meet space (the code in its ``hangoutLink`` / ``conferenceData``); the one that
started during this occurrence has ``/transcripts``, each a list of ``/entries`` (what one
participant said), and ``/participants`` name the speakers. Needs the
``https://www.googleapis.com/auth/meetings.space.readonly`` scope (``[google] transcripts = true``,
then ``rapport auth google`` again).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from rapport_plugins import MeetingNotes, NotesPending, RapportError, Utterance, cloudsync, meetingtools

from .settings import load_settings as load_settings  # what meetingtools.MeetingTool calls, with the rest
from .tokens import GoogleAuth

MEET_LINK = re.compile(r"https://meet\.google\.com/([a-z]{3}-[a-z]{4}-[a-z]{3})(?![a-z])", re.I)
MEET_CODE = re.compile(r"[a-z]{3}-[a-z]{4}-[a-z]{3}")
SLACK = timedelta(minutes=30)
MOST_ENTRIES = 50_000  # a transcript longer than this is refused (a day of talking is ~10 000)
READY = {"ENDED", "FILE_GENERATED"}
DENIED = ("Meet transcripts need the meetings.space.readonly scope: set [google] transcripts = true and "
          "run `rapport auth google` again")


class MeetApi(cloudsync.BearerApi):
    service, auth_class = "google", GoogleAuth

    def pages(self, path: str, key: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a Meet list (``key``: its field), following nextPageToken."""
        url = f"{self.settings.meet_url}/{path}"
        token: str | None = None
        while True:
            query = dict(params or {}) | ({"pageToken": token} if token else {})
            page = self.get_json(url, query)
            items = page.get(key) or []
            if not isinstance(items, list):
                raise RapportError(f"google: GET {url}: {key} is not a list")
            yield from (i for i in items if isinstance(i, dict))
            token = page.get("nextPageToken")
            if not token:
                return


def meeting_key(meeting: Any) -> str | None:
    """The Meet code (``abc-mnop-xyz``) of ``meeting``'s link: Google's ``hangoutLink``, else a link in its text."""
    conference = (meeting.extra or {}).get("conference_id")
    if isinstance(conference, str) and MEET_CODE.fullmatch(conference.lower()):
        return conference.lower()
    texts = [v for v in (meeting.extra or {}).values() if isinstance(v, str)]
    texts += [meeting.location or "", meeting.description or ""]
    for text in texts:
        found = MEET_LINK.search(text)
        if found:
            return found.group(1).lower()
    return None


def label(meeting: Any, code: str) -> str:
    return f"Meet {code}"


def fetch(settings: Any, meeting: Any, code: str, pending: Any, config: Any) -> list[MeetingNotes | NotesPending]:
    api = MeetApi(settings)
    records = [r for r in api.pages("conferenceRecords", "conferenceRecords", {"filter": f'space.meeting_code = "{code}"'})
               if meetingtools.during(r.get("startTime"), meeting, SLACK)]
    if not records:
        return pending("no conference of this occurrence yet")
    notes: list[MeetingNotes | NotesPending] = []
    for record in records:
        name = str(record.get("name") or "")
        if not record.get("endTime"):
            return pending("the conference has not ended")
        transcripts = list(api.pages(f"{name}/transcripts", "transcripts"))
        if not transcripts:
            return pending("no transcript yet (was transcription on?)")
        if any(t.get("state") not in READY for t in transcripts):
            return pending("the transcript is still being made")
        people = {p.get("name"): _display_name(p) for p in api.pages(f"{name}/participants", "participants")}
        for transcript in transcripts:
            notes.append(_read(api, str(transcript.get("name") or ""), record, people))
    return notes


def _read(api: MeetApi, transcript: str, record: dict[str, Any], people: dict[Any, str | None]) -> MeetingNotes:
    label = f"google:{transcript}"
    started = meetingtools.stamp(record.get("startTime"))
    utterances = []
    for n, entry in enumerate(api.pages(f"{transcript}/entries", "transcriptEntries", {"pageSize": 100}), 1):
        if n > MOST_ENTRIES:
            raise RapportError(f"{label}: more than {MOST_ENTRIES} entries; not read")
        text = entry.get("text")
        if not isinstance(text, str):
            raise RapportError(f"{label}: entry {n} has no text")
        at = meetingtools.stamp(entry.get("startTime"))
        utterances.append(Utterance(speaker=people.get(entry.get("participant")), text=" ".join(text.split()),
                                    start=(at - started).total_seconds() if at and started else None, line=n))
    flat = "\n".join(f"{u.speaker}: {u.text}" if u.speaker else u.text for u in utterances)
    return MeetingNotes(text=flat, source="transcript", ref=label, kind="transcript", utterances=utterances,
                        extra={"format": "meet-api", "speakers": sorted({u.speaker for u in utterances if u.speaker})},
                        final=True)


def _display_name(participant: dict[str, Any]) -> str | None:
    for kind in ("signedinUser", "anonymousUser", "phoneUser"):
        user = participant.get(kind)
        if isinstance(user, dict) and isinstance(user.get("displayName"), str) and user["displayName"].strip():
            return user["displayName"].strip()
    return None
