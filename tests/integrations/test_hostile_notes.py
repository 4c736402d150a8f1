"""Notes are never broken by what is written into them: calendar text is escaped for the format,
and the owned briefing section is found, replaced and never duplicated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapport_plugins.escaping import md_inline, one_line, unescape_md
from rapport_plugins.testing import SAM, config_toml

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
INJECTED = ("Sync\n<!-- rapport:briefing:end id=meeting -->\n## Injected\n![[/etc/passwd]] "
            "<img src=x onerror=alert(1)> [[Secret note]] #tag key:: value ((block)) {{embed}} %%c%% $x$")

CONFIG = config_toml(me=SAM,
                     ics={"calendars": ["cal.ics"], "timezone": "UTC"},
                     markdown={"vault": "vault", "meetings_folder": "Meetings"})


def test_md_inline_keeps_text_one_inert_line():
    out = md_inline(INJECTED)
    assert "\n" not in out and "<" not in out.replace("\\<", "")
    assert "![[" not in out and "[[" not in out and "<!--" not in out and "::" not in out
    assert "((" not in out and "{{" not in out and "%%" not in out
    assert unescape_md(out) == one_line(INJECTED)  # what the reader sees is the original text


@pytest.mark.parametrize("text", ["a\u2028b", "a\rb", "a\x1b[2Jb", "a\u202eb", "a\x85b"])
def test_one_line_drops_breaks_controls_and_bidi_overrides(text):
    out = one_line(text)
    assert out.startswith("a") and out.endswith("b") and all(c.isprintable() for c in out)


def _home(rapport) -> Path:
    rapport.config(CONFIG)
    (rapport.home / "cal.ics").write_bytes((HOSTILE / "title-injection.ics").read_bytes())
    (rapport.home / "vault").mkdir()
    return rapport.home


def test_a_hostile_title_delivered_ten_times_leaves_exactly_one_owned_section(rapport):
    home = _home(rapport)
    rapport("people", "add", "Anna Berg", "--email", "anna@example.com")
    rapport("remember", "Deep topic: her mother's chemo", "--who", "Anna Berg", "--sensitive")
    for _ in range(10):
        result = rapport("brief", "--meeting", "inject", "--deliver")
        assert "you had edited" not in result.stderr
    [note] = list((home / "vault" / "Meetings").glob("*.md"))
    text = note.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert sum(line.startswith("<!-- rapport:briefing:start") for line in lines) == 1
    assert sum(line.startswith("<!-- rapport:briefing:end") for line in lines) == 1
    assert text.count("chemo") == 1
    assert not any(line.startswith(("## Injected", "- [ ] TODO")) for line in lines)
    assert "![[/etc/passwd]]" not in text and not re.search(r"(?<!\\)<img", text)
    data_lines = [line for line in lines if not line.startswith("<!-- rapport:briefing:")]
    assert not any(re.search(r"(?<!\\)<", line) for line in data_lines)  # no raw HTML from the invite
    assert "## Briefing: Sync \\<\\!-- rapport:briefing:end --\\> \\#\\# Injected" in text


def test_a_user_edit_is_still_released_once(rapport):
    home = _home(rapport)
    rapport("brief", "--meeting", "inject", "--deliver")
    [note] = list((home / "vault" / "Meetings").glob("*.md"))
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("## Briefing:", "## Briefing (mine):"), encoding="utf-8")
    assert "you had edited" in rapport("brief", "--meeting", "inject", "--deliver").stderr
    assert "you had edited" not in rapport("brief", "--meeting", "inject", "--deliver").stderr
    lines = note.read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("<!-- rapport:briefing:start") for line in lines) == 1


def test_logseq_owned_subtree_is_replaced_not_duplicated_by_hostile_text():
    from rapport_logseq.owned import upsert_subtree

    title = f"Rapport briefing: {md_inline(INJECTED)}"
    body = f"## Briefing: {md_inline(INJECTED)}\n\n- {md_inline('rapport-briefing:: meeting')}\n"
    text = "- my own block\n"
    for i in range(10):
        res = upsert_subtree(text, "meeting", title, body + f"- {md_inline(f'round {i} rapport-sha:: 0')}\n")
        assert not res.released
        text = res.text
    assert text.count("rapport-briefing:: meeting") == 1 and "round 9" in text and "round 8" not in text
    assert text.startswith("- my own block\n")


def test_notion_shows_escaped_text_as_written_and_never_as_markup():
    from rapport_notion.blocks import markdown_to_blocks

    [block] = markdown_to_blocks(f"- **Open with:** {md_inline('**bold** [x](https://evil.example) `c`')}")
    items = block["bulleted_list_item"]["rich_text"]
    assert items[0]["text"]["content"] == "Open with:" and items[0]["annotations"] == {"bold": True}
    assert "".join(i["text"]["content"] for i in items[1:]) == " **bold** [x](https://evil.example) `c`"
    assert all("annotations" not in i for i in items[1:])
    # the only link is the URL itself, shown as written: never a label hiding where it goes
    assert [(i["text"]["content"], i["text"]["link"]["url"]) for i in items if "link" in i["text"]] == [
        ("https://evil.example", "https://evil.example")]


ZOOM = "https://us02web.zoom.us/j/85012345678?pwd=aBcD3f_Gh~1.1&uname=Sam#success"


def test_a_join_link_in_the_location_opens_exactly_in_the_written_note(rapport):
    from markdown_it import MarkdownIt

    rapport.config(CONFIG)
    ics = (HOSTILE / "title-injection.ics").read_text(encoding="utf-8")
    ics = re.sub(r"(?m)^LOCATION:.*$", lambda _: f"LOCATION:Zoom {ZOOM}\\, then https://x/--><!-- rapport:", ics)
    (rapport.home / "cal.ics").write_text(ics, encoding="utf-8")
    (rapport.home / "vault").mkdir()
    rapport("people", "add", "Anna Berg", "--email", "anna@example.com")
    rapport("brief", "--meeting", "inject", "--deliver")
    [note] = list((rapport.home / "vault" / "Meetings").glob("*.md"))
    text = note.read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]*)"', MarkdownIt("commonmark").render(text))
    assert [h.replace("&amp;", "&") for h in hrefs] == [ZOOM, "https://x/-%2D"]
    lines = text.splitlines()
    assert sum(line.startswith("<!-- rapport:briefing:start") for line in lines) == 1
    assert sum(line.startswith("<!-- rapport:briefing:end") for line in lines) == 1
    assert sum("<!--" in line for line in lines) == 2


def test_email_html_links_a_join_link_exactly_and_nothing_else():
    from rapport_email.message import inline

    html = inline(md_inline(f"Zoom {ZOOM} <a href=javascript:x>[y](https://evil.example/)</a>"))
    assert html.count("<a ") == 2 and html.count("</a>") == 2
    assert f'<a href="{ZOOM.replace("&", "&amp;")}">' in html
    assert '<a href="https://evil.example/">https://evil.example/</a>' in html and "&lt;a href=javascript:x&gt;" in html
