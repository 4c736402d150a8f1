"""Claiming a delivery per subject and sink in the store, so nothing is sent twice and a failed
or interrupted sink is retried: shared by briefings (:mod:`delivery`) and corrections.

A delivery is claimed (``<claim prefix>:<subject>:<sink>``) before it is attempted and its
outcome recorded (``<state prefix>:<subject>:<sink>``) after; a failed delivery releases its
claim and one interrupted mid-way (a crash) is taken over once its lease expires. All sinks of a
subject are claimed in one transaction *before* anything is built (:func:`claim_sinks`), so of
several runs at once only one builds the briefing; the others find every sink taken and stop.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .context import Context

LEASE = timedelta(minutes=10)  # an unfinished delivery older than this was interrupted: retry it
BRIEFING = ("delivered", "delivery")  # store key prefixes: the claim, the outcome
TURN = ("turn", "turn-at")  # ... of take_turn: one process at a time


def sinks(app: Any, hook: str = "rapport_deliver_briefing") -> list[str]:
    """The plugins implementing ``hook``, in the order they are called."""
    return [impl.plugin_name for impl in reversed(getattr(app.pm.hook, hook).get_hookimpls())]


def previous(store: Any, subject: str, sink: str, kind: tuple[str, str] = BRIEFING) -> dict[str, Any]:
    """What an earlier run did with this sink: delivered it (``already``), found it not enabled
    (``skipped``), or is delivering it right now (``underway``: another run holds its claim)."""
    state = store.get_state(_state_key(subject, sink, kind))
    if isinstance(state, dict) and state.get("status") in ("skipped", "pending"):
        return {"sink": sink, "status": "underway" if state["status"] == "pending" else "skipped", "where": None}
    return {"sink": sink, "status": "already", "where": state.get("where") if isinstance(state, dict) else None}


def _claim_key(subject: str, sink: str, kind: tuple[str, str] = BRIEFING) -> str:
    return f"{kind[0]}:{subject}:{sink}"


def _state_key(subject: str, sink: str, kind: tuple[str, str] = BRIEFING) -> str:
    return f"{kind[1]}:{subject}:{sink}"


def sink_state(store: Any, meeting: Any, sink: str) -> dict[str, Any] | None:
    """What happened to ``meeting``'s briefing at ``sink`` (``{"status": "done", "where": ...}``), if anything."""
    state = store.get_state(_state_key(meeting.key, sink))
    return state if isinstance(state, dict) else None


def _take(store: Any, subject: str, sink: str, now: datetime, kind: tuple[str, str]) -> bool:
    """Claim one sink's delivery; take over an interrupted one whose lease ran out."""
    claim, key = _claim_key(subject, sink, kind), _state_key(subject, sink, kind)
    with store.transaction():
        if store.claim(claim):
            store.set_state(key, {"status": "pending", "at": now.isoformat()})
            return True
        state = store.get_state(key)
        if isinstance(state, dict) and state.get("status") == "pending":
            try:
                started = datetime.fromisoformat(state["at"])
            except (KeyError, TypeError, ValueError):
                started = None
            if started is None or now - started > LEASE:
                store.set_state(key, {"status": "pending", "at": now.isoformat(), "retry": True})
                return True
        elif state is None:  # claimed by an older run that left no state: treat it as interrupted
            store.set_state(key, {"status": "pending", "at": now.isoformat(), "retry": True})
            return True
    return False


def _renew(store: Any, subject: str, sink: str, claimed_at: datetime, kind: tuple[str, str], now: datetime) -> bool:
    """Just before a held sink is called: still ours (nobody took it over after the lease ran out
    while earlier sinks were slow)? Then its lease starts again from ``now``."""
    key = _state_key(subject, sink, kind)
    with store.transaction():
        state = store.get_state(key)
        if not (isinstance(state, dict) and state.get("status") == "pending" and state.get("at") == claimed_at.isoformat()):
            return False
        if now > claimed_at:
            store.set_state(key, {**state, "at": now.isoformat()})
    return True


def take_turn(store: Any, name: str, now: datetime) -> bool:
    """Be the one process doing ``name`` (a claim in the store); a holder that crashed is taken
    over once the lease runs out. Give it back with :func:`end_turn`."""
    return _take(store, name, "turn", now, TURN)


def end_turn(store: Any, name: str) -> None:
    with store.transaction():
        store.release(_claim_key(name, "turn", TURN))
        store.release(_state_key(name, "turn", TURN))


def claim_sinks(app: Context, hook: str, subject: str, kind: tuple[str, str], now: datetime,
                only: set[str] | None = None) -> tuple[list[Any], list[dict[str, Any]]]:
    """Claim ``subject`` at every sink of ``hook`` (those in ``only``, when given) in one transaction,
    so of runs overlapping only one holds each sink, and a run holding none need not build anything.
    Returns (the implementations this run now holds, what the others' earlier runs did)."""
    held, others = [], []
    with app.store.transaction():
        for impl in _impls(app, hook, only):
            if _take(app.store, subject, impl.plugin_name, now, kind):
                held.append(impl)
            else:
                others.append(previous(app.store, subject, impl.plugin_name, kind))
    return held, others


def release_sinks(store: Any, subject: str, held: list[Any], kind: tuple[str, str]) -> None:
    """Give back claims this run took but did not use (its briefing could not be built, or was
    empty): the next run claims them afresh."""
    with store.transaction():
        for impl in held:
            store.release(_claim_key(subject, impl.plugin_name, kind))
            store.release(_state_key(subject, impl.plugin_name, kind))


def call_sinks(app: Context, hook: str, subject: str, kind: tuple[str, str], held: list[Any],
               kwargs: dict[str, Any], now: datetime, once: bool = True) -> list[dict[str, Any]]:
    """Call each held sink with ``kwargs`` and record its outcome; a failing one releases its claim
    so the next run tries it again, without repeating the others."""
    pm, store = app.pm, app.store
    results = []
    for impl in held:
        sink = impl.plugin_name
        if once and not _renew(store, subject, sink, now, kind, app.now()):
            results.append(previous(store, subject, sink, kind))  # slower than the lease: another run took it
            continue
        try:
            where = pm.call_impl(impl, hook, kwargs)
        except Exception as exc:  # noqa: BLE001 - reported by name; the claim is released for a retry
            from .plugins import _one_line

            pm.report(f"plugin {sink!r} failed in {hook}: {_one_line(exc)}")
            if once:
                with store.transaction():
                    store.release(_claim_key(subject, sink, kind))
                    store.set_state(_state_key(subject, sink, kind), {"status": "failed", "at": now.isoformat()})
            results.append({"sink": sink, "status": "failed", "where": None})
            continue
        status = "delivered" if where else "skipped"
        store.claim(_claim_key(subject, sink, kind))  # also after `brief --deliver`: `run` then skips it
        store.set_state(_state_key(subject, sink, kind), {"status": "done" if where else "skipped",
                                                          "at": now.isoformat(), "where": where})
        results.append({"sink": sink, "status": status, "where": where})
    return results


def deliver_once(app: Context, hook: str, subject: str, kind: tuple[str, str], kwargs: dict[str, Any],
                 now: datetime, once: bool = True, only: set[str] | None = None) -> list[dict[str, Any]]:
    """Call each sink of ``hook`` (those in ``only``, when given) with ``kwargs``, claiming
    ``subject`` per sink in the store so that with ``once`` no sink gets it twice."""
    if not once:
        return call_sinks(app, hook, subject, kind, _impls(app, hook, only), kwargs, now, once=False)
    held, others = claim_sinks(app, hook, subject, kind, now, only)
    return in_sink_order(app, hook, call_sinks(app, hook, subject, kind, held, kwargs, now) + others)


def in_sink_order(app: Any, hook: str, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = {name: i for i, name in enumerate(sinks(app, hook))}
    return sorted(results, key=lambda r: order.get(r["sink"], len(order)))


def _impls(app: Any, hook: str, only: set[str] | None) -> list[Any]:
    return [impl for impl in reversed(getattr(app.pm.hook, hook).get_hookimpls())
            if only is None or impl.plugin_name in only]
