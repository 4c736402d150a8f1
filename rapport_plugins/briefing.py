"""The briefing for one meeting: a JSON-serialisable value, its renderings, and how it is built.

``build_briefing`` joins the calendar (who is coming), the store (what you remember, when you
last met) and the prompt plugins (what to say), then lets ``rapport_before_meeting`` plugins add
sections. ``Briefing`` renders to Markdown (reads natively in Obsidian), terminal text or JSON,
and ``for_shared_sink`` makes the copy a shared place may receive (light details only).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .context import Context
from .models import Attendee, Meeting, Memory, Person, Prompt

if TYPE_CHECKING:
    from .config import Config

FORMATS = ("markdown", "text", "json")
SENSITIVITY_RANK = {"light": 0, "personal": 1, "sensitive": 2}
KIND_LABELS = {
    "keep_in_mind": "Keep in mind",
    "opener": "Open with", "follow_up": "Follow up", "date": "Date", "shared_ground": "Shared ground",
    "question": "Ask", "stale": "Check", "deep": "Deep",
}
ONE_TO_ONE_CAPS = {"prompts": 8, "memories": 8, "deep": 3}
# Deep topics have their own cap: knowing what *not* to open with matters most in a group.
GROUP_CAPS = {"prompts": 3, "memories": 3, "deep": 1}
FEW_MEMORIES = 3  # below this many kept memories, ask a curiosity question


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def footnote(prompt: dict[str, Any], esc: Callable[[object], str] = str) -> str:
    """'from #12, notes 2026-03-02': which memories and sources a prompt came from (sources,
    which name notes and files, go through ``esc``)."""
    parts = [f"#{i}" if isinstance(i, int) else esc(f"#{i}") for i in prompt.get("memory_ids") or []]
    parts += [esc(s) for s in prompt.get("sources") or []]
    authors = [esc(a) for a in prompt.get("authors") or []]
    if authors:
        return "from " + "; ".join(authors) + (f" ({', '.join(parts)})" if parts else "")
    return "from " + ", ".join(parts) if parts else ""


def author_label(memory: Memory) -> str | None:
    """'Ana, 12 Mar': who on the team wrote a memory and when, or None when the user did."""
    if not memory.author:
        return None
    who = memory.author.split("@")[0].capitalize() if "@" in memory.author else memory.author.split()[0]
    try:
        when = datetime.fromisoformat(str(memory.captured_at)).strftime("%-d %b")
    except ValueError:
        return who
    return f"{who}, {when}"


class Briefing:
    """What to remember before one meeting. ``to_dict`` is the stable JSON shape (docs/briefing.md)."""

    def __init__(self, meeting: dict[str, Any], generated_at: str, today: str, *,
                 people: list[dict[str, Any]] | None = None, new_faces: list[dict[str, Any]] | None = None,
                 group_shared_ground: list[dict[str, Any]] | None = None,
                 sections: list[dict[str, Any]] | None = None, pacing: list[dict[str, Any]] | None = None,
                 group: bool = False, shared: bool = False, quiet: str | None = None,
                 timezone: str | None = None):
        self.meeting = meeting
        self.timezone = timezone  # the user's zone (IANA name; None: the machine's): times are shown in it
        self.generated_at = generated_at
        self.today = today
        self.people = people or []
        self.new_faces = new_faces or []
        self.group_shared_ground = group_shared_ground or []
        self.sections = sections or []
        self.pacing = pacing or []
        self.group = group
        self.shared = shared
        # Why this meeting is a quiet series (briefed only when there is something new), or None.
        self.quiet = quiet
        # Set by `rapport brief` once it has printed the briefing, so the terminal sink does not repeat it.
        self.displayed = False
        # Set by `rapport run`: the briefing is being delivered automatically (the terminal sink's default).
        self.automatic = False

    def __repr__(self) -> str:  # no personal details in reprs (they end up in logs)
        return f"<Briefing {self.meeting.get('uid')!r} people={len(self.people)} new_faces={len(self.new_faces)}>"

    # -- building ---------------------------------------------------------------------------
    def add_section(self, title: str, lines: list[str] | str, source: str = "", sensitivity: str = "light") -> None:
        """Let a plugin add a titled block of lines (a CRM note, an agenda, the weather).

        ``sensitivity`` ("light", "personal", "sensitive") decides whether shared copies keep it.
        """
        if isinstance(lines, str):
            lines = lines.splitlines()
        if sensitivity not in SENSITIVITY_RANK:
            sensitivity = "sensitive"
        self.sections.append({"title": str(title), "lines": [str(line) for line in lines], "source": str(source),
                              "sensitivity": sensitivity})

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting": dict(self.meeting),
            "generated_at": self.generated_at,
            "today": self.today,
            "timezone": self.timezone,
            "group": self.group,
            "shared": self.shared,
            "people": copy.deepcopy(self.people),
            "new_faces": copy.deepcopy(self.new_faces),
            "group_shared_ground": copy.deepcopy(self.group_shared_ground),
            "sections": copy.deepcopy(self.sections),
            "pacing": copy.deepcopy(self.pacing),
            "quiet": self.quiet,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        return cls(
            data["meeting"], data["generated_at"], data["today"], people=data.get("people"),
            new_faces=data.get("new_faces"), group_shared_ground=data.get("group_shared_ground"),
            sections=data.get("sections"), pacing=data.get("pacing"), group=bool(data.get("group")),
            shared=bool(data.get("shared")), quiet=data.get("quiet"), timezone=data.get("timezone"),
        )

    def is_empty(self) -> bool:
        """A quiet briefing with nothing new to say (plugin sections alone do not count)."""
        return bool(self.quiet) and not self.prompts() and not self.new_faces

    def prompts(self) -> list[dict[str, Any]]:
        """Every prompt in the briefing, people in order."""
        return [p for entry in self.people for p in entry["prompts"]]

    # -- privacy ----------------------------------------------------------------------------
    def for_shared_sink(self, config: Any = None) -> Briefing:
        """A copy fit for a place others can read: personal and sensitive details dropped.

        ``[briefing] allow_personal_in_shared`` / ``allow_sensitive_in_shared`` relax this.
        Pacing notes say a past meeting went deep, so they count as sensitive.
        """
        section = config.section("briefing") if config is not None else {}
        allowed = 0
        if section.get("allow_personal_in_shared"):
            allowed = 1
        if section.get("allow_sensitive_in_shared"):
            allowed = 2
        data = self.to_dict()
        ok = lambda item: SENSITIVITY_RANK.get(item.get("sensitivity", "sensitive"), 2) <= allowed  # noqa: E731
        for entry in data["people"]:
            entry["memories"] = [m for m in entry["memories"] if ok(m)]
            entry["prompts"] = [p for p in entry["prompts"] if ok(p)]
            if allowed < 2:
                entry["pacing"] = None
        if allowed < 2:
            data["pacing"] = []
        data["group_shared_ground"] = [g for g in data["group_shared_ground"] if ok(g)]
        data["sections"] = [sec for sec in data["sections"] if ok({"sensitivity": sec.get("sensitivity", "light")})]
        data["shared"] = True
        return Briefing.from_dict(data)

    # -- rendering --------------------------------------------------------------------------
    def render(self, fmt: str = "markdown", color: bool = False) -> str:
        """Markdown (Obsidian-friendly), plain ``text`` for a terminal (colours if ``color``), or JSON."""
        if fmt == "json":
            return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        if self.quiet and fmt in ("markdown", "text"):
            return _render_quiet(self, fmt)
        if fmt == "markdown":
            return _render_markdown(self)
        if fmt == "text":
            return _render_text(self, color)
        from .errors import RapportError

        raise RapportError(f"unknown briefing format {fmt!r} (one of: {', '.join(FORMATS)})")


# -- rendering helpers -----------------------------------------------------------------------------
# Every value below comes from a calendar, a contact, a note or a transcript: ``esc`` makes it one
# line of inert text for the format (see rapport_plugins.escaping). Labels are our own.
def _last_met_text(last: dict[str, Any] | None, esc: Callable[[object], str]) -> str:
    if not last:
        return "First meeting on record"
    title = f": {esc(last['title'])}" if last.get("title") else ""
    days = last.get("days_ago")
    ago = {0: "earlier today", 1: "yesterday"}.get(days, f"{days} days ago")
    from datetime import date

    from .usertime import day_text

    try:
        when = day_text(date.fromisoformat(str(last["date"])[:10]))
    except ValueError:
        when = esc(last["date"])
    return f"Last met {when} ({ago}){title}"


def meeting_time(b: Briefing) -> str:
    """When the meeting starts, in the user's zone (and the event's own zone where it differs)."""
    from .usertime import show_time, zone_for

    return show_time(b.meeting.get("start"), zone_for(b.timezone), b.meeting.get("timezone"))


def _meeting_line(b: Briefing, esc: Callable[[object], str]) -> str:
    m = b.meeting
    parts = [meeting_time(b)]
    if m.get("response") in ("tentative", "declined"):
        parts.append(f"you answered {esc(m['response'])}")
    if m.get("location"):
        parts.append(esc(m["location"]))
    return " · ".join(p for p in parts if p)


def _render_quiet(briefing: Any, fmt: str) -> str:
    """A quiet briefing: one line per thing to say (Markdown keeps its heading for note sinks)."""
    title = briefing.meeting.get("title") or "meeting"
    lines = []
    for entry in briefing.people:
        for p in entry["prompts"]:
            note = footnote(p)
            if fmt == "markdown":
                lines.append(f"- **{entry['person']['name']}:** {p['text']}" + (f" _({note})_" if note else ""))
            else:
                lines.append(f"{title} · {entry['person']['name']}: {p['text']}" + (f"  [{note}]" if note else ""))
    for f in briefing.new_faces:
        who = f.get("name") or f.get("email") or "?"
        lines.append(f"- **{who}** (new face): {f['question']}" if fmt == "markdown"
                     else f"{title} · {who} (new face): {f['question']}")
    if not lines:
        lines = [f"Nothing new for {title} ({meeting_time(briefing)}): "
                 "a frequent series is briefed only when there is something to say."]
    if fmt == "markdown":
        lines = [f"## Briefing: {title}", "", *lines]
    return "\n".join(lines) + "\n"


def _render_markdown(b: Briefing) -> str:
    from .escaping import md_inline as esc

    lines = [f"## Briefing: {esc(b.meeting.get('title') or 'meeting')}", "", _meeting_line(b, esc), ""]
    if b.pacing:
        lines.append("> [!warning] Pacing")
        lines += [f"> {esc(p['name'])}: {esc(p['note'])}" for p in b.pacing]
        lines.append("")
    for entry in b.people:
        person = entry["person"]
        lines.append(f"### {esc(person['name'])}" + (" (new face)" if entry.get("new_face") else ""))
        lines.append(_last_met_text(entry.get("last_met"), esc))
        lines.append("")
        for p in entry["prompts"]:
            note = footnote(p, esc)
            lines.append(f"- **{esc(KIND_LABELS.get(p['kind'], p['kind']))}:** {esc(p['text'])}"
                         + (f" _({note})_" if note else ""))
        cited = {i for p in entry["prompts"] for i in p.get("memory_ids") or []}
        rest = [m for m in entry["memories"] if m["id"] not in cited]
        if rest:
            lines += ["", "Also remembered:"]
            lines += [f"- {esc(m['text'])} _(#{m['id']}, {esc(m['category'])}"
                      + (f", from {esc(m['author'])}" if m.get("author") else "") + ")_" for m in rest]
        lines.append("")
    if b.group_shared_ground:
        lines += ["### Shared ground in the room", ""]
        lines += [f"- {esc(g['text'])} _({footnote(g, esc)})_" for g in b.group_shared_ground]
        lines.append("")
    if b.new_faces:
        lines += ["### New faces", ""]
        for f in b.new_faces:
            who = esc(f["name"] or f["email"] or "?")
            email = f" ({esc(f['email'])})" if f.get("email") and f.get("name") else ""
            lines.append(f"- **{who}**{email}: {esc(f['question'])} _(from question bank)_")
        lines.append("")
    for s in b.sections:
        lines += [f"### {esc(s['title'])}", ""]
        lines += [f"- {esc(_LIST_MARK.sub('', str(line), count=1))}" for line in s["lines"]]
        if s.get("source"):
            lines.append(f"_({esc(s['source'])})_")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_LIST_MARK = re.compile(r"^\s*[-*+]\s+")  # a plugin's own list marker: we add ours
KIND_COLOURS = {"follow_up": "green", "date": "cyan", "deep": "yellow", "stale": "magenta", "question": "blue"}


def _render_text(b: Briefing, color: bool) -> str:
    import click

    from .escaping import one_line as esc

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    out = [style(f"Briefing: {esc(b.meeting.get('title') or 'meeting')}", bold=True) + f"  {_meeting_line(b, esc)}"]
    for p in b.pacing:
        out.append(style(f"! {esc(p['name'])}: {esc(p['note'])}", fg="yellow", bold=True))
    for entry in b.people:
        out.append("")
        name = esc(entry["person"]["name"]) + (" (new face)" if entry.get("new_face") else "")
        out.append(style(name, bold=True) + "  " + style(_last_met_text(entry.get("last_met"), esc), dim=True))
        for p in entry["prompts"]:
            label = KIND_LABELS.get(p["kind"], esc(p["kind"])).lower().ljust(14)
            out.append("  " + style(label, fg=KIND_COLOURS.get(p["kind"])) + esc(p["text"])
                       + "  " + style(f"[{footnote(p, esc)}]", dim=True))
        # What no prompt cites (a personal detail, one resting this week): listed as in the note's
        # "Also remembered", so the terminal does not hide what the note shows.
        cited = {i for p in entry["prompts"] for i in p.get("memory_ids") or []}
        for m in (m for m in entry["memories"] if m["id"] not in cited):
            author = f", from {esc(m['author'])}" if m.get("author") else ""
            out.append("  " + style("also".ljust(14), dim=True) + esc(m["text"])
                       + "  " + style(f"[#{m['id']}, {esc(m['category'])}{author}]", dim=True))
    if b.group_shared_ground:
        out += ["", style("Shared ground in the room", bold=True)]
        out += [f"  {esc(g['text'])}  " + style(f"[{footnote(g, esc)}]", dim=True) for g in b.group_shared_ground]
    if b.new_faces:
        out += ["", style("New faces", bold=True)]
        out += [f"  {esc(f['name'] or f['email'])}: {esc(f['question'])}" for f in b.new_faces]
    for s in b.sections:
        out += ["", style(esc(s["title"]), bold=True)
                + (style(f"  [{esc(s['source'])}]", dim=True) if s.get("source") else "")]
        out += [f"  {esc(line)}" for line in s["lines"]]
    return "\n".join(out) + "\n"


# -- building ------------------------------------------------------------------------------------
def memory_entry(memory: Memory) -> dict[str, Any]:
    """The concise JSON form of a memory inside a briefing."""
    from .care import effective_sensitivity
    from .prompting import source_labels

    return {
        "id": memory.id, "text": memory.text, "category": memory.category,
        "sensitivity": effective_sensitivity(memory), "event_date": memory.event_date,
        "follow_up": memory.follow_up, "pinned": memory.pinned, "sources": source_labels(memory),
    } | ({"author": author_label(memory)} if memory.author else {})


def prompt_entry(prompt: Prompt, by_id: dict[int, Memory]) -> dict[str, Any]:
    """A prompt as JSON, with the sensitivity of the most sensitive memory it cites."""
    from .care import effective_sensitivity

    rank = max((SENSITIVITY_RANK.get(effective_sensitivity(by_id[i]), 2) for i in prompt.memory_ids if i in by_id),
               default=0)
    authors = list(dict.fromkeys(a for i in prompt.memory_ids if i in by_id and (a := author_label(by_id[i]))))
    return {
        "kind": prompt.kind, "text": prompt.text, "memory_ids": list(prompt.memory_ids),
        "sources": list(prompt.sources), "sensitivity": ("light", "personal", "sensitive")[rank],
    } | ({"authors": authors} if authors else {})


def _as_prompt(value: Any) -> Prompt | None:
    if isinstance(value, Prompt):
        return value
    if isinstance(value, dict) and value.get("kind") and value.get("text"):
        return Prompt(kind=str(value["kind"]), text=str(value["text"]),
                      memory_ids=[int(i) for i in value.get("memory_ids") or []],
                      sources=[str(s) for s in value.get("sources") or []], score=float(value.get("score") or 0))
    return None


SMALL_TALK = ("opener", "shared_ground")  # prompt kinds that bring a memory up lightly


def collect_prompts(pm: Any, person: Person, memories: list[Memory], meeting: Meeting, today: date,
                    config: Any = None, my_memories: list[Memory] | None = None) -> list[Prompt]:
    """Call every rapport_prompts plugin and keep only prompts that cite this person's memories
    (shared ground may cite the user's own too)."""
    from .care import small_talk
    from .prompting import sources_for

    by_id = {m.id: m for m in memories}
    mine = {m.id: m for m in my_memories or []}
    batches = pm.call("rapport_prompts", person=person, memories=memories, meeting=meeting, today=today,
                      config=config, my_memories=list(my_memories or []))
    out: list[Prompt] = []
    seen: set[tuple[str, str]] = set()
    for batch in batches:
        for raw in batch if isinstance(batch, list | tuple) else [batch]:
            prompt = _as_prompt(raw)
            if prompt is None:
                continue
            cited = [by_id[i] for i in prompt.memory_ids if i in by_id]
            own = [mine[i] for i in prompt.memory_ids if i in mine and i not in by_id] if prompt.kind == "shared_ground" else []
            if prompt.kind != "question" and (not cited or len(cited) + len(own) != len(prompt.memory_ids)):
                pm.report(f"prompt dropped ({prompt.kind}): it must cite memories of person #{person.id}")
                continue
            if prompt.kind in SMALL_TALK and not all(small_talk(m) for m in cited + own):
                # whatever plugin wrote it: a health, loss or sensitive memory is never small talk
                pm.report(f"prompt dropped ({prompt.kind}): it offers a sensitive or health memory as small talk")
                continue
            if (prompt.kind, prompt.text) in seen:
                continue
            seen.add((prompt.kind, prompt.text))
            if not prompt.sources:
                prompt.sources = sources_for(cited + own)
            prompt.person_id = person.id
            out.append(prompt)
    return out


def _question_for(store: Any, state_key: str, rotation_key: str, meeting: Meeting,
                  known: set[str]) -> int | None:
    """Next question in the rotation for this person (the same one again for the same meeting)."""
    from .questions import pick_question

    index, new_state = pick_question(store.get_state(state_key), rotation_key, meeting.key, known)
    if new_state is not None:
        store.set_state(state_key, new_state)
    return index


def _last_met(store: Any, person_id: int, before: datetime, now: datetime, zone: Any) -> dict[str, Any] | None:
    """The latest meeting with the person that had *ended* by ``now`` (and started before this one)."""
    last = store.last_meeting_with(person_id, before=min(before, now), now=now)
    if not last:
        return None
    from .usertime import local_day

    day = local_day(last.get("start"), zone)
    today = now.astimezone(zone).date()
    return {
        "key": last.get("key"), "date": day.isoformat() if day else None,
        "days_ago": max((today - day).days, 0) if day else None, "title": last.get("title"),
    }


def _as_datetime(value: date | datetime) -> datetime:
    from .calendar import as_datetime

    return as_datetime(value)


def build_briefing(app: Context, meeting: Meeting, now: datetime | None = None) -> Briefing:
    """Build the briefing for ``meeting`` as of ``now`` (default: the app's clock)."""
    from .cadence import QuietSettings, cadence_of
    from .matching import mark_me, match_attendees, me_keys
    from .prompting import (
        TEMPLATES,
        Settings,
        group_shared_ground,
        sort_prompts,
        went_deep,
    )
    from .questions import QUESTIONS, question_prompt
    from .rotation import RestSettings
    from .usertime import user_zone, user_zone_name

    store, config, pm = app.store, app.config, app.pm
    zone = getattr(app, "zone", None) or user_zone(config)
    now = (now or app.now()).astimezone(zone)
    today = now.date()
    mark_me(meeting, *me_keys(store, config))  # prompt generators see the others as meeting.people()
    pairs = match_attendees(store, meeting, config)
    group = len(pairs) > 1
    settings = Settings.from_config(config, group=group)
    caps = GROUP_CAPS if group else ONE_TO_ONE_CAPS
    people = [p for _, p in pairs if p is not None]
    all_memories = store.memories_for_many([p.id for p in people]) if people else {}
    me = store.me()
    my_memories = store.memories_for(me.id) if me else []
    start = _as_datetime(meeting.start)
    rest = RestSettings.from_config(config)
    cadence = cadence_of(app, meeting, QuietSettings.from_config(config))

    entries: list[dict[str, Any]] = []
    pacing: list[dict[str, Any]] = []
    for person in people:
        memories = all_memories.get(person.id, [])
        by_id = {m.id: m for m in memories}
        last = _last_met(store, person.id, start, now, zone)
        prompts = collect_prompts(pm, person, memories, meeting, today, config, my_memories)
        in_shared = {i for p in prompts if p.kind == "shared_ground" for i in p.memory_ids}
        # Shared ground says more than a plain opener about the same memory: keep only the former.
        prompts = [p for p in prompts if not (p.kind == "opener" and set(p.memory_ids) <= in_shared)]
        rotated, news, history = _rotate(store, person, memories, prompts, meeting, start, today, rest, settings, group)
        if cadence.quiet:  # chosen from every candidate, not only the openers rotation picked
            prompts = _quiet(store, person, memories, prompts, news, history, start, today, cadence)
            if not prompts:
                continue
        else:
            prompts = rotated
        if not cadence.quiet and (len(memories) < FEW_MEMORIES or not any(p.kind == "opener" for p in prompts)):
            known = {m.category for m in memories}
            index = _question_for(store, f"person:{person.id}:last_question", f"person:{person.id}", meeting, known)
            if index is not None:
                prompts.append(question_prompt(index, person))
        from .rotation import cap_keeping_due

        ordered = one_prompt_per_memory(sort_prompts(prompts), set(by_id))
        # What to keep in mind (an allergy at a team lunch) is never cut by the caps.
        prompts = ([p for p in ordered if p.kind == "keep_in_mind"]
                   + cap_keeping_due([p for p in ordered if p.kind not in ("deep", "keep_in_mind")], caps["prompts"])
                   + [p for p in ordered if p.kind == "deep"][: caps["deep"]])
        deep = went_deep(memories, last["key"] if last else None) if not cadence.quiet else []
        note = TEMPLATES["pacing"] if deep else None
        if note:
            pacing.append({"person_id": person.id, "name": person.name, "note": note,
                           "memory_ids": [m.id for m in deep]})
        from .prompting import rank_memories

        ranked = rank_memories(memories, today, settings)[: caps["memories"]]
        if cadence.quiet:  # a quiet briefing lists only what it says
            ranked = [m for m in ranked if any(m.id in p.memory_ids for p in prompts)]
        entries.append({
            "person": {"id": person.id, "name": person.name, "emails": list(person.emails)},
            "last_met": last,
            "memories": [memory_entry(m) for m in ranked],
            "prompts": [prompt_entry(p, by_id) for p in prompts],
            "new_face": not memories and last is None,
            "pacing": note,
        })

    from .tombstones import Tombstones

    forgotten = Tombstones(store)  # someone you asked rapport to forget is not a new face to meet
    new_faces = [_new_face(store, attendee, meeting, QUESTIONS) for attendee, person in pairs if person is None
                 and not forgotten.holds([attendee.email] if attendee.email else [], None, attendee.name)
                 and (not cadence.quiet or _first_seen(store, attendee, meeting))]
    shared_ground = []
    if len(people) > 1 and not cadence.quiet:
        shared_ground = group_shared_ground([(p, all_memories.get(p.id, [])) for p in people])
        for g in shared_ground:
            g["sensitivity"] = "light"
    briefing = Briefing(
        meeting=meeting_entry(meeting), generated_at=now.isoformat(), today=today.isoformat(),
        people=entries, new_faces=new_faces, group_shared_ground=shared_ground, pacing=pacing, group=group,
        quiet=cadence.reason if cadence.quiet else None,
        timezone=user_zone_name(config),
    )
    pm.call("rapport_before_meeting", meeting=meeting, briefing=briefing, config=config)
    return briefing


def _face_digest(attendee: Attendee) -> str:
    """The key a new face's question rotation is stored under: a hash, never the address itself."""
    ident = (attendee.email or attendee.name or "?").lower()
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


def _first_seen(store: Any, attendee: Attendee, meeting: Meeting) -> bool:
    from .cadence import first_seen

    return first_seen(store, f"attendee:{_face_digest(attendee)}:last_question", meeting.key)


def _rotate(store: Any, person: Person, memories: list[Memory], prompts: list[Prompt], meeting: Meeting,
            start: datetime, today: date, rest: Any, settings: Any, group: bool) -> tuple[list[Prompt], list[Prompt], Any]:
    """Openers and shared ground chosen by rotation with rest (rapport_plugins/rotation.py)."""
    from .rotation import load_history, rotate

    history = load_history(store, person.id, meeting.key, start, rest)
    from .rotation import MOST_OPENERS

    most = settings.max_openers if group or not rest.enabled else max(settings.max_openers, MOST_OPENERS)
    turn = rotate(prompts, memories, history, start, today, rest, most, 1 if group else 2)
    return turn.prompts, turn.news, history


def _quiet(store: Any, person: Person, memories: list[Memory], prompts: list[Prompt], news: list[Prompt],
           history: Any, start: datetime, today: date, cadence: Any) -> list[Prompt]:
    """Only what is new, for a quiet series (rapport_plugins/cadence.py)."""
    from .cadence import quiet_prompts
    from .rotation import to_datetime

    previous = store.last_meeting_with(person.id, before=start)
    since = to_datetime(previous["start"]) if previous else None
    return quiet_prompts(prompts, memories, news, history, today, cadence, since)


def one_prompt_per_memory(prompts: list[Prompt], own: set[Any]) -> list[Prompt]:
    """Each of the person's memories said once (a date is not repeated as shared ground): the
    first prompt to cite it, in display order, keeps it."""
    cited: set[Any] = set()
    out = []
    for p in prompts:
        mine = {i for i in p.memory_ids if i in own}
        if mine & cited:
            continue
        cited |= mine
        out.append(p)
    return out


def _new_face(store: Any, attendee: Attendee, meeting: Meeting, questions: Any) -> dict[str, Any]:
    """Someone with no Person yet: a question to get to know them (rotation keyed by a hash, not the email)."""
    digest = _face_digest(attendee)
    index = _question_for(store, f"attendee:{digest}:last_question", digest, meeting, set())
    return {
        "name": attendee.name, "email": attendee.email,
        "question": questions[index].text if index is not None else questions[0].text,
    }


def meeting_entry(meeting: Meeting) -> dict[str, Any]:
    """The meeting as JSON: start and end as the calendar gave them (ISO, with the event's own offset),
    ``timezone`` the event's own zone when known."""
    zone = meeting.timezone or getattr(getattr(meeting.start, "tzinfo", None), "key", None)
    return {
        "uid": meeting.uid, "key": meeting.key, "title": meeting.title, "start": _iso(meeting.start),
        "end": _iso(meeting.end), "timezone": zone, "location": meeting.location, "source": meeting.source,
        "response": meeting.my_response,
    }


def markdown_for_sink(briefing: Briefing, config: Config, shared: bool) -> str:
    """A briefing as Markdown for a notes sink; a sink others can read (``shared``) gets only what
    shared places may hold (:meth:`Briefing.for_shared_sink`)."""
    if shared and hasattr(briefing, "for_shared_sink"):
        briefing = briefing.for_shared_sink(config)
    return briefing.render("markdown")
