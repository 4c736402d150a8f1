"""rapport integration: briefings posted to chat webhooks (Slack, Teams, Discord, Mattermost, Matrix)."""

from __future__ import annotations

from typing import Any

from rapport_plugins import SinkPlugin, hookimpl

EXAMPLE = """\
[webhook.sinks.team]
format = "slack"                 # slack | teams | discord | mattermost | matrix
url_env = "RAPPORT_SLACK_URL"    # the URL is a secret: url_env or url_command, e.g. "pass show slack"
audience = "shared"              # shared: no personal or sensitive details; private: the full briefing
"""


rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_webhook.deliver").hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    return {"webhook": {"about": "post briefings to chat webhooks (rapport-webhook): one [webhook.sinks.NAME] table per sink",
                        "keys": {"sinks": dict}, "example": EXAMPLE}}
