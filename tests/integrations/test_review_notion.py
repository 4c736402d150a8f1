"""Review inside the note in Notion, against the local server speaking Notion's wire format
(test_notion_api.FakeNotion): proposals as to-do blocks in a toggle rapport owns; the user ticks,
edits and deletes them as in Notion, and the next run stores exactly what they kept
(rapport_review_write / rapport_review_read in rapport-notion; the client code runs unchanged)."""

from __future__ import annotations

import json
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from test_notion_api import ANNA_PAGE, DATA_SOURCE, TOKEN, FakeNotion, _Handler
from test_review_markdown import TRANSCRIPT

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:anna-weekly
DTSTAMP:20260301T000000Z
DTSTART:20260402T080000Z
DTEND:20260402T083000Z
SUMMARY:Weekly 1-1 with Anna
ATTENDEE;CN=Sam Lee:mailto:sam@example.com
ATTENDEE;CN=Anna Berg:mailto:anna@example.org
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def notion():
    fake = FakeNotion()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.fake = fake
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    yield fake
    server.shutdown()
    server.server_close()


def setup(rapport, home: Path, notion, extra: str = "", transcript: str = TRANSCRIPT) -> None:
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    (home / "call.vtt").write_text(transcript, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n[ics]\ncalendars = ["cal.ics"]\n'
                   f'[notion]\ntoken = "{TOKEN}"\nbase_url = "{notion.base_url}"\n'
                   f'meetings_data_source_id = "{DATA_SOURCE}"\ndate_property = "When"\n'
                   f'max_retry_wait = 0.05\nrequests_per_second = 1000\n{extra or "shared = false"}\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")


def capture(rapport, home: Path) -> dict:
    return rapport.json("capture", str(home / "call.vtt"), "--meeting", "anna-weekly", "--date", "2026-04-02")


def toggle(notion) -> str:
    [found] = [b for b in notion.children[ANNA_PAGE]
               if notion.blocks[b]["type"] == "toggle"
               and notion.blocks[b]["toggle"]["rich_text"][0]["plain_text"].startswith("To remember from this meeting")]
    return found


def todos(notion) -> dict[str, dict]:
    """Text (without the id) -> the to-do block, as the user sees the toggle."""
    out = {}
    for block_id in notion.children[toggle(notion)]:
        block = notion.blocks[block_id]
        text = "".join(i["plain_text"] for i in block["to_do"]["rich_text"])
        out[text.rsplit("  rapport #", 1)[0]] = block
    return out


def mine(notion) -> list[tuple[str, str]]:
    """The page's blocks that are not rapport's (the briefing toggle `run` delivers, the checklist)."""
    return [(t, x) for t, x in notion.tree(ANNA_PAGE)
            if not t.strip().startswith("to_do") and not x.startswith(("Rapport briefing", "To remember"))
            and not t.startswith("  ")]


def reviews(rapport) -> dict[str, str]:
    return {m["text"]: m["review"] for m in json.loads(rapport("export").stdout)["memories"]}


def test_to_dos_ticked_edited_deleted_in_notion_then_run(rapport, home: Path, notion):
    setup(rapport, home, notion)
    result = capture(rapport, home)
    assert result["in_notes"] == [f"notion:{ANNA_PAGE}"]
    shown = todos(notion)
    assert len(shown) == 4 and not any(b["to_do"]["checked"] for b in shown.values())
    daughter = shown["Anna Berg: Daughter just started school (transcript line 5)"]
    assert daughter["to_do"]["rich_text"][-1]["annotations"]["color"] == "gray"
    user_blocks = mine(notion)

    with notion.lock:  # what the user does in Notion
        daughter["to_do"]["checked"] = True
        marathon = next(b for t, b in shown.items() if "Berlin" in t)
        notion.children[toggle(notion)].remove(marathon["id"])
        cello = next(b for t, b in shown.items() if "cello" in t)
        cello["to_do"]["rich_text"][0]["plain_text"] = "Anna Berg: Plays the viola"
        cello["to_do"]["rich_text"][0]["text"]["content"] = "Anna Berg: Plays the viola"

    [reviewed] = [item for item in rapport.json("run") if item["phase"] == "review"]
    assert (reviewed["kept"], reviewed["edited"], reviewed["dismissed"]) == (1, 1, 1)
    assert reviews(rapport) == {"Daughter just started school": "kept", "Plays the viola": "kept",
                                "Training for the Berlin marathon": "dismissed",
                                "Dog Max has surgery on Friday": "proposed"}
    after = todos(notion)
    assert after["Anna Berg: Daughter just started school (kept)"]["to_do"]["checked"]
    assert after["Anna Berg: Plays the viola (kept)"]["to_do"]["checked"]
    assert not after["Anna Berg: Dog Max has surgery on Friday (transcript line 29)"]["to_do"]["checked"]
    assert len(after) == 3
    assert mine(notion) == user_blocks  # the user's blocks are untouched

    writes = len([r for r in notion.requests if r["method"] in ("PATCH", "DELETE", "POST") and "query" not in r["path"]])
    rapport("run")  # nothing changed: nothing written
    assert len([r for r in notion.requests if r["method"] in ("PATCH", "DELETE", "POST")
                and "query" not in r["path"]]) == writes


def test_terminal_review_updates_the_to_do(rapport, home: Path, notion):
    setup(rapport, home, notion)
    capture(rapport, home)
    ids = {p["text"]: p["id"] for p in rapport.json("review")["proposals"]}
    rapport("review", "--keep", str(ids["Dog Max has surgery on Friday"]),
            "--dismiss", str(ids["Plays the cello in an orchestra"]))
    after = todos(notion)
    assert after["Anna Berg: Dog Max has surgery on Friday (kept)"]["to_do"]["checked"]
    assert not any("cello" in t for t in after) and len(after) == 3


def test_hostile_text_is_plain_text_and_a_shared_page_gets_no_sensitive_proposal(rapport, home: Path, notion):
    hostile = TRANSCRIPT.replace(
        "I'm training for the Berlin marathon.",
        "I'm training for the **Berlin** [marathon](evil) rapport #1.").replace(
        "My dog Max has surgery on Friday.", "I have been struggling with depression since the divorce.")
    setup(rapport, home, notion, extra="shared = true\n", transcript=hostile)
    capture(rapport, home)
    shown = todos(notion)
    assert not any("depression" in t for t in shown)  # sensitive: never in a shared page
    assert not any("Daughter" in t for t in shown)  # personal: not without allow_personal_in_shared
    [marathon] = [b for t, b in shown.items() if "marathon" in t]
    assert "**Berlin** [marathon](evil) rapport #1" in "".join(
        i["plain_text"] for i in marathon["to_do"]["rich_text"])  # shown as said, not as markup
    assert not any((i.get("text") or {}).get("link") for i in marathon["to_do"]["rich_text"])
    rapport("run")
    proposed = [p["text"] for p in rapport.json("review")["proposals"]]
    assert len(proposed) == 4 and any("depression" in p for p in proposed)  # nothing dismissed for being absent


def test_forget_takes_the_person_out_of_the_to_dos(rapport, home: Path, notion):
    setup(rapport, home, notion)
    capture(rapport, home)
    assert len(todos(notion)) == 4
    rapport("forget", "Anna Berg", "--yes")
    assert todos(notion) == {}  # Notion has no forget hook of its own: the checklist lets them go
