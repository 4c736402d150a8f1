"""rapport-notion pieces that need no server: Markdown to blocks, blocks to lines, settings."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from rapport_notion.blocks import block_line, markdown_to_blocks, plain_text, rich_text
from rapport_notion.client import NotionClient
from rapport_notion.pages import MARKER, is_ours, page_day
from rapport_notion.settings import NotionSettings
from rapport_plugins import find_markers
from rapport_plugins.config import Config
from rapport_plugins.errors import ConfigError
from rapport_plugins.models import Meeting


def test_markdown_kinds_and_inline_annotations():
    blocks = markdown_to_blocks(
        "# Title\n\n## Anna\n#### deep\n- **Max** the dog, see [vet](https://vet.example)\n"
        "  * nested item\n1. first\n> quoted\n- [x] done\n---\nplain *italic* and `code`")
    assert [b["type"] for b in blocks] == [
        "heading_1", "heading_2", "heading_3", "bulleted_list_item", "bulleted_list_item",
        "numbered_list_item", "quote", "to_do", "divider", "paragraph"]
    bullet = blocks[3]["bulleted_list_item"]["rich_text"]
    assert bullet[0] == {"type": "text", "text": {"content": "Max"}, "annotations": {"bold": True}}
    assert bullet[2]["text"] == {"content": "vet", "link": {"url": "https://vet.example"}}
    assert blocks[7]["to_do"]["checked"] is True
    para = blocks[9]["paragraph"]["rich_text"]
    assert [(i["text"]["content"], i.get("annotations")) for i in para] == [
        ("plain ", None), ("italic", {"italic": True}), (" and ", None), ("code", {"code": True})]


def test_long_text_is_split_at_2000_and_100_items_per_block():
    items = rich_text("y" * 4001)
    assert [len(i["text"]["content"]) for i in items] == [2000, 2000, 1]
    huge = markdown_to_blocks("z" * (2000 * 150))
    assert [len(b["paragraph"]["rich_text"]) for b in huge] == [100, 50]
    assert "".join(i["text"]["content"] for b in huge for i in b["paragraph"]["rich_text"]) == "z" * 300000


def test_lines_from_blocks_with_mentions_and_markers():
    mention = {"type": "paragraph", "id": "b1", "paragraph": {"rich_text": [
        {"type": "text", "text": {"content": "remember: "}, "plain_text": "remember: "},
        {"type": "mention", "mention": {"type": "page", "page": {"id": "p"}}, "plain_text": "Priya Shah"},
        {"type": "text", "text": {"content": ": loves Wilco"}, "plain_text": ": loves Wilco"}]}}
    todo = {"type": "to_do", "id": "b2", "to_do": {"rich_text": [{"plain_text": "remember: plays the cello"}], "checked": True}}
    image = {"type": "image", "id": "b3", "image": {}}
    lines = [block_line(mention), block_line(todo, depth=1), block_line(image)]
    assert lines == ["remember: @Priya Shah: loves Wilco", "  - [x] remember: plays the cello", None]
    found = find_markers("\n".join(lines[:2]), ref_for=lambda n: f"ref{n}")
    assert [(c.person, c.text, c.source_ref) for c in found] == [("Priya Shah", "Loves Wilco", "ref1"),
                                                                 (None, "Plays the cello", "ref2")]


def test_our_toggle_is_recognised_by_its_title():
    ours = {"type": "toggle", "toggle": {"rich_text": rich_text(MARKER)}}
    theirs = {"type": "toggle", "toggle": {"rich_text": rich_text("Rapport briefing notes of mine")}}
    heading = {"type": "heading_2", "heading_2": {"rich_text": rich_text(MARKER)}}
    assert plain_text(ours) == MARKER
    assert is_ours(ours) and not is_ours(theirs) and not is_ours(heading)


def test_page_day_uses_the_meeting_time_zone():
    meeting = Meeting(uid="u", title="t", start=datetime(2026, 4, 3, 0, 30, tzinfo=ZoneInfo("Europe/Berlin")),
                      end=datetime(2026, 4, 3, 1, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    page = {"properties": {"When": {"type": "date", "date": {"start": "2026-04-02T22:30:00.000Z"}}}}
    assert page_day(page, "When", meeting) == date(2026, 4, 3)
    assert page_day({"properties": {"When": {"type": "date", "date": {"start": "2026-04-03"}}}},
                    "When", meeting) == date(2026, 4, 3)
    assert page_day({"properties": {}}, "When", meeting) is None


def test_settings(tmp_path, monkeypatch):
    assert NotionSettings.from_config(Config(tmp_path, {})) is None
    with pytest.raises(ConfigError, match="meetings_data_source_id or database_id"):
        NotionSettings.from_config(Config(tmp_path, {"notion": {"token": "t"}}))
    with pytest.raises(ConfigError, match="max_retries"):
        NotionSettings.from_config(Config(tmp_path, {"notion": {"token": "t", "database_id": "d", "max_retries": -1}}))
    monkeypatch.setenv("NOTION_SECRET_FOR_TEST", "ntn_abc")
    settings = NotionSettings.from_config(Config(tmp_path, {"notion": {
        "token_env": "NOTION_SECRET_FOR_TEST", "database_id": "d"}}))
    assert settings.token == "ntn_abc" and settings.notion_version == "2025-09-03"
    assert settings.base_url == "https://api.notion.com/v1" and settings.shared is True
    assert "ntn_abc" not in repr(settings)
    assert "ntn_abc" not in repr(NotionClient(settings.base_url, settings.token, settings.notion_version))


def test_briefing_shaped_markdown_converts_every_line():
    """The shapes the core's Markdown briefing uses: callout, bold labels, underscore notes."""
    markdown = "\n".join([
        "## Briefing: Weekly 1-1 with Anna", "", "Thu 2 Apr 10:00-11:00", "",
        "> [!warning] Pacing", "> Anna: last time went deep (grief); let her lead", "",
        "### Anna Schmidt", "Last met 7 days ago", "",
        "- **Follow up:** How did Max's surgery go? _(#12, pet)_",
        "", "Also remembered:", "- Loves Wilco _(#3, hobby)_",
    ])
    blocks = markdown_to_blocks(markdown)
    assert [b["type"] for b in blocks] == ["heading_2", "paragraph", "callout", "quote", "heading_3",
                                           "paragraph", "bulleted_list_item", "paragraph", "bulleted_list_item"]
    assert blocks[2]["callout"]["icon"] == {"type": "emoji", "emoji": "⚠️"}
    assert plain_text(blocks[2]) == "Pacing"
    follow = blocks[6]["bulleted_list_item"]["rich_text"]
    assert [(i["text"]["content"], i.get("annotations")) for i in follow] == [
        ("Follow up:", {"bold": True}), (" How did Max's surgery go? ", None), ("(#12, pet)", {"italic": True})]
    assert plain_text(blocks[8]) == "Loves Wilco (#3, hobby)"
