"""`rapport run` emailing briefings to yourself, against a loopback SMTP server (aiosmtpd) started
by the test that records what it receives. The server requires STARTTLS, with a certificate from
a throwaway CA the test makes (trustme), and a login; the client is the standard library's smtplib.
"""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from test_webhook_delivery import CALENDAR  # Weekly 1-1 at 08:05 UTC, ten minutes after the pinned now

PASSWORD = "correct horse battery staple"


class Mailbox:
    """What the server received: messages (envelope and parsed message) and login attempts."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.logins: list[tuple[str, str, bool]] = []
        self.port = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                              "tls": session.ssl is not None,
                              "message": email.message_from_bytes(envelope.original_content, policy=email.policy.default)})
        return "250 Message accepted"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = auth_data.login == b"sam@example.com" and auth_data.password == PASSWORD.encode()
        self.logins.append((mechanism, auth_data.login.decode(), ok))
        return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def ca(tmp_path: Path) -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def mailbox(ca: trustme.CA) -> Iterator[Mailbox]:
    """A loopback SMTP server that insists on STARTTLS and a login before it takes a message."""
    box = Mailbox()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port, tls_context=context, require_starttls=True,
                            authenticator=box.authenticate, auth_required=True, auth_require_tls=True)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def email_section(box: Mailbox, **overrides: object) -> str:
    settings = {"host": "127.0.0.1", "port": box.port, "from": "Sam Lee <sam@example.com>", "to": "sam@example.com",
                "username": "sam@example.com", "password_env": "TEST_SMTP_PASSWORD", "verify": "ca.pem",
                "audience": "private"}
    settings.update(overrides)
    lines = [f"{k} = {v}" if isinstance(v, int) else f'{k} = "{v}"' for k, v in settings.items() if v is not None]
    return "[email]\n" + "\n".join(lines) + "\n"


def setup_home(rapport, ca: trustme.CA, section: str, monkeypatch, calendar: str = CALENDAR) -> None:
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    ca.cert_pem.write_to_path(str(rapport.home / "ca.pem"))
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "Europe/Berlin"\n\n'
                   f'[ics]\ncalendars = ["cal.ics"]\n\n{section}')
    (rapport.home / "cal.ics").write_text(calendar, encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog <Biscuit> & the fridge: he opens it", "--who", "Anna Berg")
    rapport("remember", "Her father died last autumn", "--who", "Anna Berg", "--sensitive")


def parts(message) -> tuple[str, str]:
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return plain, html


def everything(result) -> str:
    return result.stdout + result.stderr


def test_run_emails_the_briefing_once_over_starttls_with_a_login(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox, to="Sam Lee <sam@example.com>"), monkeypatch)
    first = rapport("run")
    assert "delivered to email:sam@example.com" in first.stdout
    (got,) = mailbox.messages
    assert got["tls"] and got["from"] == "sam@example.com" and got["to"] == ["sam@example.com"]
    assert [(user, ok) for _, user, ok in mailbox.logins] == [("sam@example.com", True)]
    message = got["message"]
    assert message["Subject"] == "Briefing: Weekly 1-1: Anna (Thu 2 Apr 2026 10:05)"
    assert message["From"] == "Sam Lee <sam@example.com>" and message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith("@example.com>")
    assert message.get_content_type() == "multipart/alternative"
    plain, html = parts(message)
    assert "Her dog <Biscuit> & the fridge" in plain and "father" in plain  # private: the whole briefing
    assert "Her dog &lt;Biscuit&gt; &amp; the fridge" in html and "<Biscuit>" not in html
    assert html.startswith("<!DOCTYPE html>") and "<li>" in html
    second = rapport("run")
    assert len(mailbox.messages) == 1  # claimed: never sent twice
    for out in (everything(first), everything(second)):
        assert PASSWORD not in out


def test_shared_audience_gets_light_details_only(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox, audience="shared"), monkeypatch)
    rapport("run")
    plain, html = parts(mailbox.messages[0]["message"])
    assert "Biscuit" in plain and "father" not in plain and "father" not in html


def test_a_wrong_password_fails_without_showing_it_and_the_next_run_sends(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox), monkeypatch)
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "hunter2-wrong")
    failed = rapport("run", code=1)
    out = everything(failed)
    assert f"[email] 127.0.0.1:{mailbox.port} refused the login of 'sam@example.com' (535)" in out
    assert "failed: email (will retry)" in failed.stdout
    assert "hunter2" not in out and mailbox.messages == []
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    rapport("run")
    assert len(mailbox.messages) == 1
    rapport("run")
    assert len(mailbox.messages) == 1


def test_a_server_that_is_down_is_retried_on_the_next_run(rapport, mailbox, ca, monkeypatch):
    closed = free_port()
    setup_home(rapport, ca, email_section(mailbox, port=closed), monkeypatch)
    out = everything(rapport("run", code=1))
    assert f"[email] 127.0.0.1:{closed}: cannot send (Connection refused)" in out
    rapport.config((rapport.home / "config.toml").read_text(encoding="utf-8").replace(str(closed), str(mailbox.port)))
    rapport("run")
    assert len(mailbox.messages) == 1


def test_a_certificate_not_trusted_sends_nothing(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox, verify=None), monkeypatch)
    out = everything(rapport("run", code=1))
    assert "the server's certificate is not trusted" in out and "set verify to your CA bundle" in out
    assert mailbox.messages == [] and mailbox.logins == []  # no password went over an untrusted line


def test_no_password_in_the_clear_to_another_machine(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox, host="smtp.example.org", tls="none"), monkeypatch)
    out = everything(rapport("run", code=1))
    assert 'tls = "none" would send your password unencrypted to smtp.example.org' in out


def test_a_title_with_a_line_break_cannot_add_a_recipient(rapport, mailbox, ca, monkeypatch):
    hostile = CALENDAR.replace("SUMMARY:Weekly 1-1: Anna", "SUMMARY:Weekly 1-1\\nBcc: mallory@example.net")
    setup_home(rapport, ca, email_section(mailbox), monkeypatch, calendar=hostile)
    rapport("run")
    (got,) = mailbox.messages
    assert got["to"] == ["sam@example.com"] and got["message"]["Bcc"] is None
    assert got["message"]["Subject"] == "Briefing: Weekly 1-1 Bcc: mallory@example.net (Thu 2 Apr 2026 10:05)"


def test_a_moved_meeting_gets_one_correction_email(rapport, mailbox, ca, monkeypatch):
    setup_home(rapport, ca, email_section(mailbox), monkeypatch)
    rapport("run")
    (rapport.home / "cal.ics").write_text(CALENDAR.replace("DTSTART:20260402T080500Z", "DTSTART:20260402T130000Z")
                                          .replace("DTEND:20260402T083000Z", "DTEND:20260402T133000Z"), encoding="utf-8")
    rapport("run")
    assert len(mailbox.messages) == 2
    correction = mailbox.messages[1]["message"]
    expected = "Moved: Weekly 1-1: Anna, Thu 2 Apr 2026 10:05 → now Thu 2 Apr 2026 15:00"
    assert correction["Subject"] == expected and parts(correction)[0].strip() == expected
    rapport("run")
    assert len(mailbox.messages) == 2
