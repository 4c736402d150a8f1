"""Post a one-line reminder to a webhook before each meeting.

Copy into your hooks folder and configure::

    [webhook]
    url_env = "RAPPORT_WEBHOOK_URL"   # or url = "https://..." (the URL is a secret: prefer _env)
    timeout = 10

The message carries the meeting, the names and how many prompts are ready: never a memory, since
a chat channel is a shared place.
"""

from __future__ import annotations

import os

from rapport_plugins import RapportError, hookimpl


def reminder_text(meeting, briefing) -> str:
    data = briefing.to_dict()
    names = [p["person"]["name"] for p in data["people"]] + [f["name"] for f in data["new_faces"] if f.get("name")]
    prompts = sum(len(p["prompts"]) for p in data["people"])
    start = meeting.start.strftime("%H:%M") if hasattr(meeting.start, "hour") else "today"
    who = f" with {', '.join(names)}" if names else ""
    return f"{meeting.title} at {start}{who}: {prompts} rapport prompt{'s' if prompts != 1 else ''} ready (`rapport brief`)."


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    settings = config.section("webhook")
    url = os.environ.get(settings["url_env"], "") if settings.get("url_env") else settings.get("url", "")
    if not url:
        return None
    import requests

    shared = briefing.for_shared_sink(config)
    try:
        response = requests.post(url, json={"text": reminder_text(meeting, shared)},
                                 timeout=float(settings.get("timeout", 10)))
    except requests.RequestException as exc:
        raise RapportError(f"webhook: {type(exc).__name__}") from None  # the URL may hold a token: never echoed
    if response.status_code >= 400:
        raise RapportError(f"webhook answered HTTP {response.status_code}")
    return "webhook"


@hookimpl
def rapport_config_sections():
    return {"webhook": {"about": "a one-line reminder to a webhook (hooks/webhook_reminder.py)",
                        "keys": {"url": "secret", "timeout": float}}}
