"""Explicit markers and their attribution."""

from __future__ import annotations

from rapport_markdown.markers import find_markers, parse_marker_line

NOTE = """# Weekly 1-1
## Anna
- remember: Max the dog has surgery on Friday
- @Bob Builder: remember: training for the Berlin marathon
- remember: @Dan: started a new job
- [[Carol Singer|Carol]]: remember:: sings in a choir
- talked about the trip [remember:: flying to Lisbon in May] and (remember:: @Dan: likes jazz)
- [ ] daughter started school #remember
- #remembered is another tag; #remember-me too
**Remember**:: bold field key
> remember: quoted marker

```
remember: inside a code block
```
### Project X
- remember: still under Anna (a deeper heading that names nobody)
## Logistics
- remember: nobody in particular
"""


def test_markers_and_attribution():
    found = find_markers(NOTE, lambda name: name.casefold() in {"anna", "dan"})
    got = [(m.text, m.person, m.line) for m in found]
    assert got == [
        ("Max the dog has surgery on Friday", "Anna", 3),
        ("training for the Berlin marathon", "Bob Builder", 4),
        ("started a new job", "Dan", 5),
        ("sings in a choir", "Carol Singer", 6),
        ("flying to Lisbon in May", "Anna", 7),
        ("likes jazz", "Dan", 7),
        ("daughter started school", "Anna", 8),
        ("bold field key", "Anna", 10),
        ("quoted marker", "Anna", 11),
        ("still under Anna (a deeper heading that names nobody)", "Anna", 17),
        ("nobody in particular", None, 19),
    ]


def test_first_line_offset_and_no_false_positives():
    assert find_markers("remember: x", first_line=10)[0].line == 10
    assert parse_marker_line("I remember: nothing") == []
    assert parse_marker_line("remembering: no") == []
    assert parse_marker_line("remember:") == []
    assert parse_marker_line("see https://x.example/#remember") == []


def test_heading_with_link_to_person():
    text = "## [[Anna Example|Anna]] - catch-up\n- remember: loves kayaking\n"
    found = find_markers(text, lambda n: n == "Anna Example")
    assert [(m.text, m.person) for m in found] == [("loves kayaking", "Anna Example")]
