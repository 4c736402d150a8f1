"""rapport integration: briefings posted to chat webhooks (Slack, Teams, Discord, Mattermost, Matrix)."""

from __future__ import annotations

from typing import Any

from rapport_plugins import hookimpl

EXAMPLE = """\
[webhook.sinks.team]
format = "slack"                 # slack | teams | discord | mattermost | matrix
url_env = "RAPPORT_SLACK_URL"    # the URL is a secret: url_env or url_command, e.g. "pass show slack"
audience = "shared"              # shared: no personal or sensitive details; private: the full briefing
"""


@hookimpl
def rapport_deliver_briefing(meeting: Any, briefing: Any, config: Any) -> str | None:
    from .deliver import deliver

    return deliver(meeting, briefing, config)


@hookimpl
def rapport_deliver_correction(meeting: Any, correction: Any, config: Any) -> str | None:
    from .deliver import deliver_correction

    return deliver_correction(meeting, correction, config)


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    return {"webhook": {"about": "post briefings to chat webhooks (rapport-webhook): one [webhook.sinks.NAME] table per sink",
                        "keys": {"sinks": dict}, "example": EXAMPLE}}
