"""rapport integration: each briefing (and a correction when its meeting moves) emailed to yourself."""

from __future__ import annotations

from typing import Any

from rapport_plugins import SinkPlugin, hookimpl

EXAMPLE = """\
host = "smtp.example.org"
port = 587                        # default: 587 with starttls, 465 with ssl
from = "sam@example.org"
to = "sam@example.org"            # default: from (a list sends to several of your own addresses)
username = "sam@example.org"
password_env = "RAPPORT_SMTP_PASSWORD"   # or password_command = "pass show smtp"
audience = "private"              # private: the full briefing (your own inbox); shared: light details only
# tls = "starttls"                # starttls (default) | ssl | none (only to a server on this machine)
# verify = "~/certs/my-ca.pem"    # a CA bundle for a server with a private certificate
"""


rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_email.send").hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    return {"email": {
        "about": "email briefings to yourself over SMTP (rapport-email)",
        "keys": {"host": str, "port": int, "from": str, "to": (str, list), "username": str, "password": "secret",
                 "tls": str, "verify": (bool, str), "audience": str, "timeout": float},
        "example": EXAMPLE,
    }}
