"""Review inside the note in Joplin, against the real Joplin terminal app the Joplin tests start
(test_joplin_server.joplin_url): proposals as `- [ ]` checkboxes in a section of the meeting's note;
ticked, edited and deleted through Joplin's Data API as the user's app would, then `rapport run`
(rapport_review_write / rapport_review_read in rapport-joplin)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_joplin_server import TOKEN, joplin_url  # noqa: F401 - the module's Joplin server
from test_review_markdown import TRANSCRIPT

from rapport_joplin.client import JoplinClient


def ics(uid: str, title: str) -> str:
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260301T000000Z
DTSTART:20260402T060000Z
DTEND:20260402T063000Z
SUMMARY:{title}
ATTENDEE;CN=Sam Lee:mailto:sam@example.com
ATTENDEE;CN=Anna Berg:mailto:anna@example.org
END:VEVENT
END:VCALENDAR
"""


def setup(rapport, home: Path, url: str, uid: str, title: str, transcript: str = TRANSCRIPT) -> JoplinClient:
    (home / "cal.ics").write_text(ics(uid, title), encoding="utf-8")
    (home / "call.vtt").write_text(transcript, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n[ics]\ncalendars = ["cal.ics"]\n'
                   f'[joplin]\nurl = "{url}"\ntoken = "{TOKEN}"\nnotebook = "Review tests"\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport.json("capture", str(home / "call.vtt"), "--meeting", uid, "--date", "2026-04-02")
    return JoplinClient(url, TOKEN)


def note_of(client: JoplinClient, title: str) -> dict:
    [note] = [n for n in client.notes("id,title,body") if n["title"] == f"2026-04-02 {title}"]
    return note


def reviews(rapport) -> dict[str, str]:
    return {m["text"]: m["review"] for m in json.loads(rapport("export").stdout)["memories"]}


def test_checklist_in_a_joplin_note_ticked_deleted_edited(rapport, home: Path, joplin_url):  # noqa: F811
    client = setup(rapport, home, joplin_url, "joplin-review-1", "Review one")
    note = note_of(client, "Review one")
    body = note["body"]
    assert body.count("<!-- rapport:review:start -->") == 1
    assert re.search(r"^- \[ \] Anna Berg: Daughter just started school \(transcript line 5\) <!-- rapport-id:\d+ -->$",
                     body, re.M)

    mine = "My agenda\n\n" + body.replace("- [ ] Anna Berg: Daughter", "- [x] Anna Berg: Daughter")
    mine = "\n".join(line for line in mine.split("\n") if "Berlin" not in line)
    mine = re.sub(r"Plays the cello in an orchestra \(transcript line \d+\)", "Plays the viola", mine)
    client.update_note(note["id"], body=mine + "\nafter the section\n")

    [reviewed] = [item for item in rapport.json("run") if item["phase"] == "review"]
    assert (reviewed["kept"], reviewed["edited"], reviewed["dismissed"]) == (1, 1, 1)
    assert reviews(rapport) == {"Daughter just started school": "kept", "Plays the viola": "kept",
                                "Training for the Berlin marathon": "dismissed",
                                "Dog Max has surgery on Friday": "proposed"}
    body = client.get_note(note["id"])["body"]
    assert body.startswith("My agenda\n\n") and body.endswith("\nafter the section\n")
    assert "- [x] Anna Berg: Daughter just started school (kept) <!-- rapport-id:" in body
    assert "- [x] Anna Berg: Plays the viola (kept) <!-- rapport-id:" in body
    assert "- [ ] Anna Berg: Dog Max has surgery on Friday" in body and "Berlin" not in body
    rapport("run")
    assert client.get_note(note["id"])["body"] == body  # nothing new: the note is not rewritten


def test_terminal_review_and_a_deleted_note(rapport, home: Path, joplin_url):  # noqa: F811
    client = setup(rapport, home, joplin_url, "joplin-review-2", "Review two")
    note = note_of(client, "Review two")
    ids = {p["text"]: p["id"] for p in rapport.json("review")["proposals"]}
    rapport("review", "--keep", str(ids["Dog Max has surgery on Friday"]))
    assert "- [x] Anna Berg: Dog Max has surgery on Friday (kept)" in client.get_note(note["id"])["body"]
    client.request("DELETE", f"/notes/{note['id']}", params={"permanent": 1})
    rapport("run")
    assert len(rapport.json("review")["proposals"]) == 3  # a deleted note decides nothing
    assert not [n for n in client.notes("id,title") if n["title"] == "2026-04-02 Review two"]  # nor comes back


def test_a_note_moved_to_the_trash_is_gone_like_a_deleted_one(rapport, home: Path, joplin_url):  # noqa: F811
    """Joplin's DELETE moves a note to the trash: `GET /notes/:id` still answers it, with
    `deleted_time` set. rapport treats it as deleted: nothing is decided from it, it is never
    written again (not even by a keep in the terminal), and no new note is made in its place."""
    client = setup(rapport, home, joplin_url, "joplin-review-4", "Review four")
    note = note_of(client, "Review four")
    ticked = note["body"].replace("- [ ] Anna Berg: Daughter", "- [x] Anna Berg: Daughter")
    client.update_note(note["id"], body=ticked)
    client.request("DELETE", f"/notes/{note['id']}")  # to the trash
    trashed = client.get_note(note["id"], "id,body,deleted_time")
    assert trashed["deleted_time"] and trashed["body"] == ticked  # Joplin still answers it
    rapport("run")
    assert len(rapport.json("review")["proposals"]) == 4  # a tick in the trash decides nothing
    ids = {p["text"]: p["id"] for p in rapport.json("review")["proposals"]}
    rapport("review", "--keep", str(ids["Dog Max has surgery on Friday"]))
    assert client.get_note(note["id"], "id,body")["body"] == ticked  # never written again
    assert not [n for n in client.notes("id,title") if n["title"] == "2026-04-02 Review four"]


def test_forget_takes_the_person_out_of_the_checklist(rapport, home: Path, joplin_url):  # noqa: F811
    client = setup(rapport, home, joplin_url, "joplin-review-3", "Review three")
    note = note_of(client, "Review three")
    rapport("forget", "Anna Berg", "--yes")
    body = client.get_note(note["id"])["body"]
    assert "Anna Berg" not in body and "rapport-id" not in body
