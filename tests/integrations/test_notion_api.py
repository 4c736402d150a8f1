"""rapport-notion against a local HTTP server speaking Notion's documented wire format.

The server (127.0.0.1, port 0, threaded) keeps a small workspace seeded from
tests/data/notion/workspace.json and answers like api.notion.com/v1 (2025-09-03): list objects
with next_cursor/has_more, block objects with rich_text, error objects, 429 with Retry-After.
The integration's real client code runs unchanged against it; only base_url points here.
"""

from __future__ import annotations

import copy
import json
import threading
import time
import uuid
from collections import defaultdict
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

import rapport_notion
from rapport_notion.pages import MARKER
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Meeting
from rapport_plugins.plugins import build_plugin_manager
from rapport_plugins.testing import serve

SEED = Path(__file__).parent.parent / "data" / "notion" / "workspace.json"
TOKEN = "ntn_test_secret_4242"
VERSION = "2025-09-03"
DATA_SOURCE = "a1b2c3d4-0000-4000-8000-00000000d5d5"
DATABASE = "0d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
ANNA_PAGE = "59833787-2cf9-4fdf-8782-e53db20768a5"
BOT_ID = "bot-00000000-0000-4000-8000-000000000b07"
BERLIN = ZoneInfo("Europe/Berlin")


def _error(status: int, code: str, message: str) -> tuple[int, dict, dict]:
    return status, {}, {"object": "error", "status": status, "code": code, "message": message,
                        "request_id": str(uuid.uuid4())}


class FakeNotion:
    """An in-memory Notion workspace behind the documented endpoints the integration uses."""

    def __init__(self, page_size: int = 100):
        seed = json.loads(SEED.read_text())
        self.page_size = page_size
        self.lock = threading.Lock()
        self.requests: list[dict] = []
        self.faults: list[tuple[str, str, int, dict, dict]] = []  # (method, path prefix, status, headers, body)
        self.databases = seed["databases"]
        self.data_sources = seed["data_sources"]
        self.pages: dict[str, dict] = {}
        self.blocks: dict[str, dict] = {}
        self.children: dict[str, list[str]] = defaultdict(list)
        for page in seed["pages"]:
            page = copy.deepcopy(page)
            kids = page.pop("children", [])
            self.pages[page["id"]] = page
            for kid in kids:
                self.add_block(page["id"], "page_id", kid)

    # --- model -----------------------------------------------------------------------------
    @staticmethod
    def _rich(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            item = copy.deepcopy(item)
            if item.get("type", "text") == "text":
                item["type"] = "text"
                text = item.setdefault("text", {})
                text.setdefault("link", None)
                item["plain_text"] = text["content"]
                item["href"] = (text.get("link") or {}).get("url")
            item.setdefault("annotations", {"bold": False, "italic": False, "strikethrough": False,
                                            "underline": False, "code": False, "color": "default"})
            out.append(item)
        return out

    def add_block(self, parent_id: str, parent_type: str, data: dict, after: str | None = None) -> dict:
        kind = data["type"]
        content = copy.deepcopy(data.get(kind, {}))
        kids = content.pop("children", None) or data.get("children") or []
        if "rich_text" in content:
            content["rich_text"] = self._rich(content["rich_text"])
        block = {"object": "block", "id": str(uuid.uuid4()), "parent": {"type": parent_type, parent_type: parent_id},
                 "created_time": "2026-04-01T08:00:00.000Z", "last_edited_time": "2026-04-01T08:00:00.000Z",
                 "created_by": {"object": "user", "id": BOT_ID}, "has_children": False, "archived": False,
                 "in_trash": False, "type": kind, kind: content}
        self.blocks[block["id"]] = block
        siblings = self.children[parent_id]
        siblings.insert(siblings.index(after) + 1 if after else len(siblings), block["id"])
        for kid in kids:
            self.add_block(block["id"], "block_id", kid)
        block["has_children"] = bool(kids)
        return block

    def tree(self, parent_id: str) -> list[tuple[str, str]]:
        """(type, text) of every live block under ``parent_id``, depth first, for assertions."""
        out = []
        for block_id in self.children[parent_id]:
            block = self.blocks[block_id]
            text = "".join(i["plain_text"] for i in block[block["type"]].get("rich_text", []))
            out.append((block["type"], text))
            out += [(f"  {k}", t) for k, t in self.tree(block_id)]
        return out

    def _page_of(self, items: list[dict], cursor: str | None, size: int) -> dict:
        ids = [i["id"] for i in items]
        start = ids.index(cursor) if cursor in ids else 0
        size = min(size, self.page_size)
        chunk = items[start:start + size]
        more = start + size < len(items)
        return {"object": "list", "results": chunk, "next_cursor": ids[start + size] if more else None,
                "has_more": more}

    def _matches(self, page: dict, f: dict) -> bool:
        if "and" in f:
            return all(self._matches(page, g) for g in f["and"])
        if "or" in f:
            return any(self._matches(page, g) for g in f["or"])
        prop = page["properties"][f["property"]]
        if "date" in f:
            value = ((prop.get("date") or {}).get("start") or "")[:10]
            (op, arg), = f["date"].items()
            return bool(value) and {"equals": value == arg, "before": value < arg, "after": value > arg,
                                    "on_or_before": value <= arg, "on_or_after": value >= arg}[op]
        if "title" in f:
            title = "".join(i["plain_text"] for i in prop["title"]).lower()
            (op, arg), = f["title"].items()
            return arg.lower() in title if op == "contains" else title == arg.lower()
        raise ValueError(f)

    # --- HTTP ------------------------------------------------------------------------------
    def handle(self, method: str, raw_path: str, headers: dict, body: dict | None) -> tuple[int, dict, dict]:
        url = urlsplit(raw_path)
        path = url.path.removeprefix("/v1")
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with self.lock:
            self.requests.append({"method": method, "path": path, "query": query, "headers": headers,
                                  "body": body, "at": time.monotonic()})
            for fault in self.faults:
                if fault[0] == method and path.startswith(fault[1]):
                    self.faults.remove(fault)
                    return fault[2], fault[3], fault[4]
            if headers.get("authorization") != f"Bearer {TOKEN}":
                return _error(401, "unauthorized", "API token is invalid.")
            if not headers.get("notion-version"):
                return _error(400, "missing_version", "Notion-Version header failed validation: "
                                                      "Notion-Version header should be defined, instead was `undefined`.")
            return self._route(method, path.strip("/").split("/"), query, body or {})

    def _route(self, method: str, parts: list[str], query: dict, body: dict) -> tuple[int, dict, dict]:
        match (method, parts):
            case ("GET", ["databases", db]) if db in self.databases:
                return 200, {}, self.databases[db]
            case ("GET", ["data_sources", ds]) if ds in self.data_sources:
                return 200, {}, self.data_sources[ds]
            case ("POST", ["data_sources", ds, "query"]) if ds in self.data_sources:
                try:
                    hits = [p for p in self.pages.values() if not p["in_trash"]
                            and p["parent"]["data_source_id"] == ds
                            and (not body.get("filter") or self._matches(p, body["filter"]))]
                except KeyError as exc:
                    return _error(400, "validation_error", f"Could not find property with name or id: {exc.args[0]}")
                return 200, {}, {**self._page_of(hits, body.get("start_cursor"), body.get("page_size", 100)),
                                 "type": "page_or_data_source", "page_or_data_source": {}}
            case ("POST", ["pages"]):
                ds = body["parent"]["data_source_id"]
                props = {}
                for name, value in body["properties"].items():
                    kind = self.data_sources[ds]["properties"][name]["type"]
                    props[name] = {"id": name, "type": kind,
                                   kind: self._rich(value[kind]) if kind == "title" else value[kind]}
                page = {"object": "page", "id": str(uuid.uuid4()), "in_trash": False, "properties": props,
                        "last_edited_time": "2026-04-01T08:00:00.000Z", "url": "https://www.notion.so/new",
                        "parent": {"type": "data_source_id", "data_source_id": ds, "database_id": DATABASE}}
                self.pages[page["id"]] = page
                return 200, {}, page
            case ("GET", ["blocks", block_id, "children"]) if block_id in self.pages or block_id in self.blocks:
                items = [self.blocks[i] for i in self.children[block_id]]
                return 200, {}, {**self._page_of(items, query.get("start_cursor"), int(query.get("page_size", 100))),
                                 "type": "block", "block": {}}
            case ("PATCH", ["blocks", block_id, "children"]) if block_id in self.pages or block_id in self.blocks:
                kids = body.get("children", [])
                too_long = _too_long(kids, "body.children")
                if too_long:
                    return _error(400, "validation_error", f"body failed validation: {too_long}")
                if len(kids) > 100:
                    return _error(400, "validation_error",
                                  f"body failed validation: body.children.length should be ≤ `100`, instead was `{len(kids)}`.")
                parent_type = "page_id" if block_id in self.pages else "block_id"
                after = body.get("after")
                if after and self.requests[-1]["headers"]["notion-version"] >= "2026-03-11":
                    return _error(400, "validation_error", "body.after is not supported in this version: use position")
                if (body.get("position") or {}).get("type") == "after_block":
                    after = body["position"]["after_block"]["id"]
                created = []
                for kid in kids:
                    created.append(self.add_block(block_id, parent_type, kid, after=after))
                    after = created[-1]["id"] if after else None
                if parent_type == "block_id":
                    self.blocks[block_id]["has_children"] = True
                return 200, {}, {"object": "list", "results": created, "next_cursor": None, "has_more": False,
                                 "type": "block", "block": {}}
            case ("PATCH", ["blocks", block_id]) if block_id in self.blocks:  # "Update a block"
                block = self.blocks[block_id]
                kind = block["type"]
                if set(body) - {kind, "archived", "in_trash"}:
                    return _error(400, "validation_error",
                                  f"body failed validation: the block is a {kind}, not {sorted(body)}.")
                content = copy.deepcopy(body.get(kind) or {})
                if "rich_text" in content:
                    content["rich_text"] = self._rich(content["rich_text"])
                block[kind].update(content)
                block["last_edited_time"] = "2026-04-02T09:00:00.000Z"
                return 200, {}, block
            case ("DELETE", ["blocks", block_id]) if block_id in self.blocks:
                block = self.blocks[block_id]
                parent = block["parent"][block["parent"]["type"]]
                self.children[parent].remove(block_id)
                block.update(archived=True, in_trash=True)
                return 200, {}, block
        return _error(404, "object_not_found", f"Could not find block with ID: {parts[1] if len(parts) > 1 else ''}. "
                                               "Make sure the relevant pages and databases are shared with your integration.")


class _Handler(BaseHTTPRequestHandler):
    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, payload = self.server.fake.handle(self.command, self.path, headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_DELETE = _serve

    def log_message(self, *args) -> None:  # keep test output clean
        pass


pytestmark = pytest.mark.usefixtures("notes_service_env")


@pytest.fixture
def notion():
    for fake in serve(_Handler, FakeNotion()):
        fake.base_url += "/v1"
        yield fake


def _too_long(blocks: list[dict], where: str) -> str | None:
    """Notion's check of rich-text contents: at most 2000, counted as JavaScript counts (UTF-16 units)."""
    for i, block in enumerate(blocks):
        content = block.get(block.get("type", ""), {})
        for j, item in enumerate(content.get("rich_text", [])):
            length = len(item.get("text", {}).get("content", "").encode("utf-16-le")) // 2
            if length > 2000:
                return (f"{where}[{i}].{block['type']}.rich_text[{j}].text.content.length should be ≤ `2000`, "
                        f"instead was `{length}`.")
        nested = _too_long(content.get("children", []), f"{where}[{i}].{block.get('type')}.children")
        if nested:
            return nested
    return None


def _config(tmp_path, fake, **extra) -> Config:
    # Pacing (3 requests a second by default) is tested with a fake clock; here it must not slow the suite.
    section = {"token": TOKEN, "base_url": fake.base_url, "meetings_data_source_id": DATA_SOURCE,
               "date_property": "When", "shared": False, "max_retry_wait": 0.05, "requests_per_second": 1000, **extra}
    return Config(tmp_path, {"notion": section})


def _meeting(title: str = "Weekly 1-1 with Anna", day: int = 2) -> Meeting:
    start = datetime(2026, 4, day, 10, 0, tzinfo=BERLIN)
    return Meeting(uid="uid-anna", title=title, start=start, end=start.replace(hour=11))


class StandInBriefing:
    def __init__(self, markdown: str):
        self.markdown = markdown

    def render(self, fmt: str) -> str:
        assert fmt == "markdown"
        return self.markdown

    def for_shared_sink(self, config):
        return StandInBriefing("## Briefing\n- light details only")


def test_meeting_page_found_by_date_and_title_and_markers_captured(notion, tmp_path):
    config = _config(tmp_path, notion)
    found = rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    assert [n.ref for n in found] == [f"notion:{ANNA_PAGE}"]  # not next week's page, not the budget review
    notes = found[0]
    assert notes.text.split("\n") == [
        "## Agenda",
        "- Q2 roadmap",
        "  remember: @Anna: her daughter starts school in May",
        "remember: @Anna Schmidt: Max the dog has surgery on Friday",
        "- [ ] send the contract",
        "We should remember: this line is prose, not a marker",
    ]
    candidates = rapport_notion.rapport_after_meeting(meeting=_meeting(), notes=notes, config=config)
    assert [(c.person, c.text, c.explicit) for c in candidates] == [
        ("Anna", "Her daughter starts school in May", True),
        ("Anna Schmidt", "Max the dog has surgery on Friday", True),
    ]
    nested = notion.children[notion.children[ANNA_PAGE][1]][0]
    assert candidates[0].source_ref == f"notion:{ANNA_PAGE}:{nested}"

    assert notion.requests and all(r["headers"]["notion-version"] == VERSION for r in notion.requests)
    assert all(r["headers"]["authorization"] == f"Bearer {TOKEN}" for r in notion.requests)
    query = next(r for r in notion.requests if r["path"].endswith("/query"))
    assert query["method"] == "POST" and query["path"] == f"/data_sources/{DATA_SOURCE}/query"
    assert {"property": "When", "date": {"on_or_after": "2026-04-01"}} in query["body"]["filter"]["and"]


def test_database_id_resolves_to_its_data_source_and_lists_are_paged(notion, tmp_path):
    notion.page_size = 1  # the server answers one result at a time
    config = Config(tmp_path, {"notion": {"token": TOKEN, "base_url": notion.base_url, "database_id": DATABASE,
                                          "date_property": "When"}})
    found = rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    assert len(found) == 1 and len(found[0].text.split("\n")) == 6
    assert notion.requests[0]["path"] == f"/databases/{DATABASE}"
    children_calls = [r for r in notion.requests if r["path"] == f"/blocks/{ANNA_PAGE}/children"]
    assert len(children_calls) == 6 and "start_cursor" not in children_calls[0]["query"]
    assert children_calls[1]["query"]["start_cursor"] == notion.children[ANNA_PAGE][1]
    query_calls = [r for r in notion.requests if r["path"].endswith("/query")]
    assert len(query_calls) == 2 and query_calls[1]["body"]["start_cursor"]


def test_long_briefing_goes_in_batches_of_at_most_100_and_text_is_split(notion, tmp_path):
    config = _config(tmp_path, notion)
    lines = ["# Rapport briefing", "long: " + "x" * 4500] + [f"- point {i} about **Max**" for i in range(248)]
    where = rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("\n".join(lines)),
                                                    config=config)
    assert where == "notion:Weekly 1-1 with Anna"
    patches = [r for r in notion.requests if r["method"] == "PATCH"]
    sizes = []
    for r in patches:
        kids = r["body"]["children"]
        sizes.append(len(kids) + sum(len(k.get(k["type"], {}).get("children", [])) for k in kids))
    assert max(sizes) <= 100 and sum(sizes) == 251  # the toggle plus 250 lines
    toggle_id = notion.children[ANNA_PAGE][-1]
    toggle = notion.blocks[toggle_id]
    assert toggle["type"] == "toggle" and toggle["toggle"]["rich_text"][0]["plain_text"] == MARKER
    inside = [notion.blocks[i] for i in notion.children[toggle_id]]
    assert len(inside) == 250 and inside[0]["type"] == "heading_1"
    assert [len(i["plain_text"]) for i in inside[1]["paragraph"]["rich_text"]] == [2000, 2000, 506]
    last = inside[-1]["bulleted_list_item"]["rich_text"]
    assert [(i["plain_text"], i["annotations"]["bold"]) for i in last] == [("point 247 about ", False), ("Max", True)]


@pytest.mark.parametrize("version", [VERSION, "2026-03-11"])
def test_rerun_replaces_only_our_toggle_in_place_and_skips_unchanged(notion, tmp_path, version):
    config = _config(tmp_path, notion, notion_version=version)
    user_blocks_before = notion.tree(ANNA_PAGE)
    rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("## B\n- first"), config=config)
    first_toggle = notion.children[ANNA_PAGE][-1]
    # The user adds a block after the briefing; a re-run must keep the briefing where it was.
    notion.add_block(ANNA_PAGE, "page_id", {"type": "paragraph", "paragraph": {"rich_text": [
        {"type": "text", "text": {"content": "written after the briefing"}}]}})

    rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("## B\n- second"), config=config)
    tree = notion.tree(ANNA_PAGE)
    assert tree == user_blocks_before + [("toggle", MARKER), ("  heading_2", "B"),
                                         ("  bulleted_list_item", "second"),
                                         ("paragraph", "written after the briefing")]
    assert notion.blocks[first_toggle]["in_trash"]
    assert any(r["method"] == "DELETE" and r["path"] == f"/blocks/{first_toggle}" for r in notion.requests)

    writes = len([r for r in notion.requests if r["method"] in ("PATCH", "DELETE")])
    rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("## B\n- second"), config=config)
    assert len([r for r in notion.requests if r["method"] in ("PATCH", "DELETE")]) == writes
    assert notion.tree(ANNA_PAGE) == tree
    assert {r["headers"]["notion-version"] for r in notion.requests} == {version}


def test_rate_limit_is_retried_after_retry_after(notion, tmp_path):
    config = _config(tmp_path, notion, max_retry_wait=0.3)
    limited = _error(429, "rate_limited", "You have been rate limited. Please try again in a few minutes.")
    notion.faults += [("POST", "/data_sources/", limited[0], {"Retry-After": "1"}, limited[2])] * 2
    found = rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    assert [n.ref for n in found] == [f"notion:{ANNA_PAGE}"]
    queries = [r for r in notion.requests if r["path"].endswith("/query")]
    assert len(queries) == 3
    gaps = [b["at"] - a["at"] for a, b in zip(queries, queries[1:], strict=False)]
    assert all(gap >= 0.28 for gap in gaps)  # Retry-After (1 s) honoured up to the configured cap


def test_emoji_heavy_text_is_split_by_notions_count(notion, tmp_path):
    """1500 emoji are 1500 Python characters but 3000 UTF-16 code units: Notion's 2000 limit counts units."""
    config = _config(tmp_path, notion)
    text = "Ask about the trip 🏔️🎒" + "😀" * 1500 + " 🐕 Max"
    rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing(f"# B\n{text}"), config=config)
    toggle_id = notion.children[ANNA_PAGE][-1]
    paragraph = [notion.blocks[i] for i in notion.children[toggle_id]][1]["paragraph"]["rich_text"]
    units = [len(i["plain_text"].encode("utf-16-le")) // 2 for i in paragraph]
    assert max(units) <= 2000 and units[0] in (1999, 2000)
    assert "".join(i["plain_text"] for i in paragraph) == text  # split, never cut or broken mid-character


def test_the_fake_refuses_what_notion_refuses(notion):
    from rapport_notion.client import NotionClient

    client = NotionClient(notion.base_url, TOKEN, "2025-09-03", requests_per_second=0)
    too_long = [{"object": "block", "type": "paragraph",
                 "paragraph": {"rich_text": [{"type": "text", "text": {"content": "😀" * 1001}}]}}]
    with pytest.raises(RapportError, match=r"validation_error: body failed validation: .*should be ≤ `2000`, instead was `2002`"):
        client.append_children(ANNA_PAGE, too_long)


def test_requests_are_paced_to_three_a_second_on_average():
    from rapport_notion.client import Pacer

    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = Pacer(3.0, lambda: now[0], sleep)
    for _ in range(9):
        pacer.wait()
    assert slept[:1] == [pytest.approx(1 / 3)] and len(slept) == 6  # a burst of three, then one every 1/3 s
    assert now[0] == pytest.approx(2.0)  # 9 requests in 2 s of pauses: 3 a second after the burst
    now[0] += 10  # idle: the bucket refills, but only to three
    before = len(slept)
    for _ in range(4):
        pacer.wait()
    assert len(slept) - before == 1
    off = Pacer(0, lambda: now[0], sleep)
    off.wait()
    assert len(slept) - before == 1


def test_pacing_is_on_by_default_through_the_plugin(notion, tmp_path):
    from rapport_notion.pages import NotionMeetings
    from rapport_notion.settings import NotionSettings

    settings = NotionSettings.from_config(_config(tmp_path, notion, requests_per_second=3))
    assert NotionMeetings(settings).client.pacer.rate == 3.0
    default = NotionSettings.from_config(Config(tmp_path, {"notion": {"token": TOKEN, "database_id": DATABASE}}))
    assert default.requests_per_second == 3.0


@pytest.mark.parametrize(("status", "code"), [(409, "conflict_error"), (500, "internal_server_error"),
                                              (503, "service_unavailable")])
def test_conflicts_and_server_errors_are_retried(notion, tmp_path, status, code):
    config = _config(tmp_path, notion)
    fault = _error(status, code, "Conflict occurred while saving. Please try again.")
    notion.faults += [("POST", "/data_sources/", fault[0], {}, fault[2])]
    found = rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    assert [n.ref for n in found] == [f"notion:{ANNA_PAGE}"]
    assert len([r for r in notion.requests if r["path"].endswith("/query")]) == 2


def test_a_500_on_a_write_is_not_repeated(notion, tmp_path):
    """The append may have been applied before the 500: repeating it could write the briefing twice."""
    config = _config(tmp_path, notion)
    fault = _error(500, "internal_server_error", "Unexpected error occurred.")
    notion.faults += [("PATCH", "/blocks/", fault[0], {}, fault[2])]
    with pytest.raises(RapportError, match=r"HTTP 500 internal_server_error"):
        rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("# B\n- x"), config=config)
    assert len([r for r in notion.requests if r["method"] == "PATCH"]) == 1


def test_rate_limit_gives_up_after_bounded_retries_with_one_line(notion, tmp_path):
    config = _config(tmp_path, notion, max_retries=2, max_retry_wait=0.01)
    limited = _error(429, "rate_limited", "You have been rate limited.")
    notion.faults += [("POST", "/data_sources/", limited[0], {"Retry-After": "30"}, limited[2])] * 5
    with pytest.raises(RapportError) as info:
        rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    message = str(info.value)
    assert "HTTP 429 rate_limited" in message and "gave up after 2 retries" in message and "\n" not in message
    assert len([r for r in notion.requests if r["path"].endswith("/query")]) == 3


@pytest.mark.parametrize("status,code", [(403, "restricted_resource"), (404, "object_not_found"),
                                         (500, "internal_server_error")])
def test_api_errors_are_one_line_without_the_token(notion, tmp_path, status, code):
    config = _config(tmp_path, notion, max_retries=0)
    notion.faults.append(("POST", "/data_sources/", *_error(status, code, f"{code} says Notion")))
    with pytest.raises(RapportError) as info:
        rapport_notion.rapport_meeting_notes(meeting=_meeting(), config=config)
    message = str(info.value)
    assert f"HTTP {status} {code}" in message and f"/data_sources/{DATA_SOURCE}/query" in message
    assert TOKEN not in message and "\n" not in message


def test_wrong_token_is_a_401_error_that_never_shows_it(notion, tmp_path):
    config = Config(tmp_path, {"notion": {"token": "ntn_wrong_token_999", "base_url": notion.base_url,
                                          "meetings_data_source_id": DATA_SOURCE}})
    with pytest.raises(RapportError, match="HTTP 401 unauthorized.*check \\[notion\\] token") as info:
        rapport_notion.rapport_deliver_briefing(meeting=_meeting(), briefing=StandInBriefing("x"), config=config)
    assert "ntn_wrong_token_999" not in str(info.value)


def test_missing_page_is_skipped_or_created_when_allowed(notion, tmp_path):
    meeting = _meeting("Coffee with Ben", day=7)
    assert rapport_notion.rapport_deliver_briefing(
        meeting=meeting, briefing=StandInBriefing("- hi"), config=_config(tmp_path, notion)) is None
    assert not [r for r in notion.requests if r["method"] in ("PATCH", "POST") and r["path"] == "/pages"]

    config = _config(tmp_path, notion, create_pages=True)
    where = rapport_notion.rapport_deliver_briefing(meeting=meeting, briefing=StandInBriefing("- hi Ben"),
                                                    config=config)
    assert where == "notion:Coffee with Ben"
    create = next(r for r in notion.requests if r["path"] == "/pages")
    assert create["body"]["parent"] == {"type": "data_source_id", "data_source_id": DATA_SOURCE}
    assert create["body"]["properties"]["When"] == {"date": {"start": "2026-04-07T10:00:00+02:00"}}
    page = next(p for p in notion.pages.values() if p["url"].endswith("/new"))
    assert notion.tree(page["id"]) == [("toggle", MARKER), ("  bulleted_list_item", "hi Ben")]
    # Found by the query from now on: a second run writes into the same page.
    rapport_notion.rapport_deliver_briefing(meeting=meeting, briefing=StandInBriefing("- again"), config=config)
    assert len([r for r in notion.requests if r["path"] == "/pages"]) == 1


def test_shared_by_default_and_loaded_by_entry_point(notion, tmp_path):
    config = Config(tmp_path, {"notion": {"token": TOKEN, "base_url": notion.base_url,
                                          "meetings_data_source_id": DATA_SOURCE, "date_property": "When"},
                               "plugins": {"allow": ["notion"]}})
    pm = build_plugin_manager(config)
    assert pm.info["notion"].distribution == "rapport-notion"
    results = pm.call("rapport_deliver_briefing", meeting=_meeting(),
                      briefing=StandInBriefing("## Private\n- sensitive detail"), config=config)
    assert results == ["notion:Weekly 1-1 with Anna"]
    texts = [t for _, t in notion.tree(ANNA_PAGE)]
    assert "light details only" in texts and "sensitive detail" not in texts
    assert pm.call("rapport_meeting_notes", meeting=_meeting(), config=Config(tmp_path, {})) == []
