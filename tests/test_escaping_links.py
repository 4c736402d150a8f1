"""URLs in calendar text reach notes as links that open exactly the URL the calendar holds, and
URL-like hostile text stays inert: checked by rendering with a CommonMark renderer."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from rapport_plugins.escaping import md_inline, unescape_md

JOIN_LINKS = [
    "https://us02web.zoom.us/j/85012345678?pwd=aBcD3fGh1JkLmN0pQrStUvWxYz.1&uname=Sam_K#success",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk4%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    "72f988bf%22%2c%22Oid%22%3a%22d1e2%22%7d",
    "https://meet.google.com/abc-defg-hij?authuser=0&hs=122",
    "https://acme.webex.com/acme/j.php?MTID=m1f2e3d4c5b6a7&~x=a_b~c",
    "http://intranet.example/rooms/4-12/~sam/call;jsessionid=A1?a=1&b=%20c+d!*$,@:x",
]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text += data


def render(markdown: str) -> _Links:
    """What a CommonMark viewer (Joplin's markdown-it, Obsidian's reading view) makes of the line."""
    links = _Links()
    links.feed(MarkdownIt("commonmark").render(markdown))
    return links


@pytest.mark.parametrize("url", JOIN_LINKS)
@pytest.mark.parametrize("around", ["{}", "Zoom: {}", "Join ({}) now.", "Location - {}, room 2", "**{}**"])
def test_a_join_link_opens_exactly_the_calendars_url(url, around):
    text = around.format(url)
    out = md_inline(text)
    shown = render(out)
    assert shown.hrefs == [url]
    # the reader still sees the text as written (the renderer shows %7b in the link's text as '{')
    assert shown.text.strip() == text.replace(url, MarkdownIt().normalizeLinkText(url))
    assert "\\" not in re.search(r"<https?://[^>]*>", out)[0]  # no backslash inside the link
    assert unescape_md(out) == text


@pytest.mark.parametrize(("url", "href"), [
    ("https://x.example/a.", "https://x.example/a"),  # trailing punctuation is the sentence's (GFM)
    ("https://x.example/a?!,:*_~", "https://x.example/a"),
    ("https://en.wikipedia.org/wiki/Matching_(graph_theory)", "https://en.wikipedia.org/wiki/Matching_(graph_theory)"),
    ("https://x.example/a&amp;", "https://x.example/a"),
    ("https://x.example/call-", "https://x.example/call%2D"),  # the same URL: '-' is unreserved
])
def test_a_url_ends_where_gfm_ends_it(url, href):
    out = md_inline(url)
    assert render(out).hrefs == [href]
    assert unescape_md(out) == url


@pytest.mark.parametrize("text", [
    "https://x/--><!-- rapport:briefing:end id=meeting -->",
    "https://x.example/a--",
    "https://x/)![[/etc/passwd]]",
    "https://x/[[Secret note]]",
    "https://x/((block)) https://x/a::b https://x/{{embed}} https://x/%%c%% https://x/a|b^c",
    "javascript:alert(1)", "JavaScript://x/%0Aalert(1)", "<javascript:alert(1)>",
    "https://x/\"onmouseover=alert(1) https://x/'a https://x/`a` https://x/a\\b",
    "<https://x/a> <img src=x onerror=alert(1)> <!-- rapport:briefing:start -->",
    "data:text/html,<script>alert(1)</script> vbscript:x file:///etc/passwd",
])
def test_url_like_hostile_text_stays_inert(text):
    out = md_inline(text)
    assert "\n" not in out and "-->" not in out and "<!--" not in out
    assert "[[" not in out and "((" not in out and "{{" not in out and "%%" not in out and "::" not in out
    # the only unescaped '<' opens an http(s) autolink
    assert all(out.startswith(("http://", "https://"), m.end()) for m in re.finditer(r"(?<!\\)<", out))
    shown = render(out)
    assert set(shown.tags) <= {"p", "a"}  # no HTML, images or embeds: text and plain links only
    assert all(re.fullmatch(r"https?://[^\s<>\"'\\`\[\]{}|^]+", h) for h in shown.hrefs)
    assert shown.text.strip() == text.strip()
    assert unescape_md(out) == text


def test_text_without_a_url_is_escaped_as_before():
    assert md_inline("pwd=abc & <b>") == "pwd\\=abc \\& \\<b\\>"
    assert md_inline("see www.example.com or ftp://x") == "see www.example.com or ftp://x"
