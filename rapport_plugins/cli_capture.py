"""`rapport capture`, `rapport review` and `rapport done`: the after-meeting commands.

Light at import (click and cli_common only); the capture engine loads inside each command.
"""

from __future__ import annotations

from typing import Any

import click

from .cli_common import RECORD_ID, App, emit, json_option, pass_app
from .clock import parse_date
from .errors import RapportError


@click.command("capture")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--meeting", "meeting_uid", metavar="UID", help="The calendar event the notes belong to.")
@click.option("--date", "on", metavar="DATE", help="Meeting date (ISO) when the notes have no calendar event.")
@click.option("--with", "with_people", multiple=True, metavar="PERSON", help="Who was there (repeatable).")
@click.option("--dry-run", is_flag=True, help="Show what would be captured; store nothing.")
@json_option
@pass_app
def capture_cmd(app: App, file: str, meeting_uid: str | None, on: str | None, with_people: tuple[str, ...],
                dry_run: bool, as_json: bool) -> None:
    """Remember details from a meeting's notes or transcript FILE.

    Explicit markers (`remember: ...`) are stored; other people's self-disclosures are proposed
    for `rapport review`. Capturing the same file again stores nothing new.
    """
    from .capture import capture_file

    day = parse_date(on, "--date") if on else None
    result = capture_file(app, file, meeting_uid=meeting_uid, date=day, with_people=with_people, dry_run=dry_run)
    review = [] if dry_run else review_in_notes(app)
    result.in_notes = sorted({where for item in review if item["key"] == result.meeting["key"]
                              for where in item.get("written") or []})
    emit(result, as_json, lambda r: r.summary())


def review_in_notes(app: App) -> list[dict[str, Any]]:
    """Bring the checklists in meeting notes and the store in step (both ways)."""
    from .review_notes import sync_review_notes

    return sync_review_notes(app)


def review_text(items: list[dict[str, Any]]) -> list[str]:
    """One line per meeting whose checklist the user worked through in a note, and one per note
    that got new proposals to review (so the user knows where to look)."""
    lines = []
    for item in items:
        parts = [f"{item[k]} {label}" for k, label in (("kept", "kept"), ("edited", "kept as edited"),
                                                         ("dismissed", "dismissed")) if item.get(k)]
        if parts:
            lines.append(f"{item['title']} (reviewed in the note): " + ", ".join(parts))
        if item.get("written"):
            lines.append(f"{item['title']}: proposals to review in {', '.join(item['written'])} "
                         "(tick what is right, delete what is wrong)")
    return lines


def _proposal_dict(store: Any, memory: Any) -> dict[str, Any]:
    person = store.get_person(memory.person_id)
    return {
        "id": memory.id, "person": person.name if person else None, "person_id": memory.person_id,
        "text": memory.text, "category": memory.category, "sensitivity": memory.sensitivity,
        "event_date": memory.event_date, "event_text": memory.event_text, "source_ref": memory.source_ref,
        "review": memory.review, "recurrence": memory.recurrence, "captured_at": memory.captured_at,
    }


def _one_line(d: dict[str, Any]) -> str:
    from .capture import read_from
    from .usertime import memory_when

    when = memory_when(d) + read_from(d, with_id=False)
    return f"#{d['id']} {d['person']}: {d['text']} ({d['category']}, {d['sensitivity']}){when}"


@click.command("review")
@click.option("--yes", is_flag=True, help="Keep every proposal without asking.")
@click.option("--keep", "keep", multiple=True, type=RECORD_ID, metavar="ID", help="Keep proposal ID.")
@click.option("--dismiss", "dismiss", multiple=True, type=RECORD_ID, metavar="ID", help="Dismiss proposal ID.")
@click.option("--edit", "edits", multiple=True, type=(RECORD_ID, str), metavar="ID TEXT", help="Reword and keep proposal ID.")
@json_option
@pass_app
def review_cmd(app: App, yes: bool, keep: tuple[int, ...], dismiss: tuple[int, ...],
               edits: tuple[tuple[int, str], ...], as_json: bool) -> None:
    """Keep, edit or dismiss proposed memories and proposed follow-up closings (one prompt each).

    With --json and no action, lists them. --keep/--dismiss/--edit act on IDs without
    prompting (--keep ID of a proposed closing closes that follow-up, --dismiss keeps it open);
    --yes keeps them all.
    """
    from .followups import decide_closing, proposed_closings

    store = app.store
    from_notes = review_in_notes(app)  # what was ticked, edited or deleted in notes is decided already
    if from_notes and not as_json:
        for line in review_text(from_notes):
            click.echo(line, err=True)
    decided: list[dict[str, Any]] = []
    closings: list[dict[str, Any]] = []

    def decide(memory_id: int, review: str, text: str | None = None) -> None:
        memory = store.require_memory(memory_id)
        if memory.review != "proposed" and text is None:
            closing = decide_closing(store, memory_id, accept=review == "kept")
            if closing is not None:
                closings.append(closing)
                return
        if memory.review != "proposed":
            raise RapportError(f"memory #{memory_id} is not a proposal (it is {memory.review})")
        fields: dict[str, Any] = {"review": review}
        if review == "kept":
            fields["confirmed_at"] = app.now().replace(microsecond=0).isoformat()
        if text is not None:
            if not text.strip():
                raise RapportError(f"memory #{memory_id}: the new text is empty")
            fields["text"] = text
        updated = store.update_memory(memory_id, **fields)
        decided.append(_proposal_dict(store, updated))

    targeted = bool(keep or dismiss or edits)
    if targeted or yes:
        with store.transaction():
            for mid, text in edits:
                decide(mid, "kept", text)
            for mid in keep:
                decide(mid, "kept")
            for mid in dismiss:
                decide(mid, "dismissed")
            if yes:
                for memory in store.proposed():
                    decide(memory.id, "kept")
                for closing in proposed_closings(store):
                    decide(closing["id"], "kept")
        review_in_notes(app)  # the notes' checklists show these decisions
        emit({"decided": decided, "closings": closings, "remaining": len(store.proposed()),
              "closings_remaining": len(proposed_closings(store))}, as_json,
             lambda d: "\n".join([*(f"{x['review']}: {_one_line(x)}" for x in d["decided"]),
                                  *(_closing_done(x) for x in d["closings"]),
                                  f"{d['remaining']} {'proposal' if d['remaining'] == 1 else 'proposals'} left"]))
        return

    from .capture import recent_notices

    proposals = [_proposal_dict(store, m) for m in store.proposed()]
    pending = proposed_closings(store)
    notices = recent_notices(app)
    if as_json:
        emit({"proposals": proposals, "closings": pending, "notices": notices}, True)
        return
    for notice in notices:  # transcripts `rapport run` waited for in vain: capture them by hand
        click.echo(f"not captured: {notice['title']} ({notice['when']}): {notice['text']}")
    if not proposals and not pending:
        click.echo("No proposals to review.")
        return
    quit_ = False
    for d in proposals:
        click.echo(_one_line(d) + (f"  <- {d['source_ref']}" if d.get("source_ref") else ""))
        choice = click.prompt("  [k]eep, [e]dit, [d]ismiss, [s]kip, [q]uit", default="s",
                              type=click.Choice(["k", "e", "d", "s", "q"]), show_choices=False)
        if choice == "q":
            quit_ = True
            break
        if choice == "k":
            decide(d["id"], "kept")
        elif choice == "d":
            decide(d["id"], "dismissed")
        elif choice == "e":
            decide(d["id"], "kept", click.prompt("  new text", default=d["text"]))
    for c in [] if quit_ else pending:
        click.echo(_closing_line(c))
        # 'k' keeps the proposal, as for memories above and as `--keep ID` does: it closes the follow-up.
        choice = click.prompt("  [c]lose it, [l]eave it open, [s]kip, [q]uit", default="s",
                              type=click.Choice(["c", "k", "l", "s", "q"]), show_choices=False)
        if choice == "q":
            break
        if choice in ("c", "k", "l"):
            decide(c["id"], "dismissed" if choice == "l" else "kept")
    if decided:
        review_in_notes(app)
    if closings:
        closed = sum(c['status'] == 'accepted' for c in closings)
        click.echo(f"{closed} {'follow-up' if closed == 1 else 'follow-ups'} closed, "
                   f"{sum(c['status'] == 'dismissed' for c in closings)} left open")
    left = len(store.proposed()) + len(proposed_closings(store))  # a skipped closing is left too
    click.echo(f"{sum(x['review'] == 'kept' for x in decided)} kept, "
               f"{sum(x['review'] == 'dismissed' for x in decided)} dismissed, {left} left")


def _closing_line(c: dict[str, Any]) -> str:
    from .capture import said_by

    who = said_by(c)
    return (f"close follow-up #{c['id']} {c['person']}: {c['text']}?  {who[:1].upper() + who[1:]} said: "
            f"'{c['evidence']}'" + (f"  <- {c['source_ref']}" if c.get("source_ref") else ""))


def _closing_done(c: dict[str, Any]) -> str:
    verdict = "closed" if c["status"] == "accepted" else "kept open"
    return f"{verdict}: follow-up #{c['id']} {c['person']}: {c['text']}"


@click.command("done")
@click.argument("memory_id", type=RECORD_ID, metavar="ID")
@click.option("--undo", is_flag=True, help="Reopen the follow-up (undo a close).")
@json_option
@pass_app
def done_cmd(app: App, memory_id: int, undo: bool, as_json: bool) -> None:
    """Close the follow-up on memory ID (you asked, they answered); --undo reopens it."""
    from .followups import decide_closing

    store = app.store
    memory = store.require_memory(memory_id)
    if memory.follow_up is None:
        raise RapportError(f"memory #{memory_id} has no follow-up to close")
    with store.transaction():
        updated = store.update_memory(memory_id, follow_up="open" if undo else "done")
        decide_closing(store, memory_id, accept=False)  # a pending proposal for it is settled either way
    emit(_proposal_dict(store, updated) | {"follow_up": updated.follow_up}, as_json,
         lambda d: f"Follow-up {'reopened' if undo else 'closed'}: {_one_line(d)}")

