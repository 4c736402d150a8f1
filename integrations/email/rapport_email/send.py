"""Sending over SMTP with the standard library: STARTTLS (default) or implicit TLS, login, one message.

rapport claims each delivery for this plugin, so a message is sent once per meeting; a failure
raises and the next run sends it again (the other sinks are not repeated). Errors name the
server and the setting, never the password.
"""

from __future__ import annotations

from email.utils import parseaddr
from typing import Any

from rapport_plugins import RapportError, say, show_time, user_zone

from .message import build
from .settings import Settings, read_settings


def deliver(meeting: Any, briefing: Any, config: Any) -> str | None:
    settings = read_settings(config)
    if settings is None:
        return None
    copy = briefing if settings.audience == "private" else briefing.for_shared_sink(config)
    when = show_time(meeting.start, user_zone(config), meeting.timezone)
    message = build(settings.sender, settings.to, f"Briefing: {meeting.title} ({when})",
                    copy.render("text", color=False), copy.render("markdown"))
    return send(settings, message)


def deliver_correction(meeting: Any, correction: Any, config: Any) -> str | None:
    settings = read_settings(config)
    if settings is None:
        return None
    message = build(settings.sender, settings.to, correction.text, correction.text + "\n", correction.text)
    return send(settings, message)


def send(settings: Settings, message: Any) -> str:
    """Send ``message``; returns where it went (``email:ADDRESS``)."""
    import smtplib
    import ssl

    password = settings.reader.secret("password") or ""
    if settings.username and not password:
        raise RapportError(f"{settings.label} username is set: set password_env or password_command too")
    context = _tls_context(settings)
    place = f"{settings.label} {settings.host}:{settings.port}"
    try:
        if settings.tls == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with smtp:
            smtp.ehlo()
            if settings.tls == "starttls":
                if not smtp.has_extn("starttls"):
                    raise RapportError(f"{place} does not offer STARTTLS; nothing was sent "
                                       '(tls = "ssl" for port 465, or "none" for a server on this machine)')
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.username:
                smtp.login(settings.username, password)
            refused = smtp.send_message(message)
    except RapportError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise RapportError(_hide(f"{place} refused the login of {settings.username!r} ({exc.smtp_code}); "
                                 "check the username and password", password)) from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise RapportError(f"{place} refused every recipient: {', '.join(exc.recipients)}") from None
    except ssl.SSLCertVerificationError as exc:
        raise RapportError(f"{place}: the server's certificate is not trusted ({exc.verify_message}); "
                           "set verify to your CA bundle") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise RapportError(_hide(f"{place}: cannot send ({_reason(exc)})", password)) from None
    for address, (code, answer) in (refused or {}).items():
        say(f"email: {settings.host} refused {address} ({code} {_text(answer)}); the others got it")
    return "email:" + ", ".join(parseaddr(a)[1] for a in settings.to)


def _tls_context(settings: Settings) -> Any:
    import ssl

    if settings.verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    cafile = str(settings.verify) if not isinstance(settings.verify, bool) else None
    return ssl.create_default_context(cafile=cafile)


def _reason(exc: BaseException) -> str:
    import smtplib

    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def _text(answer: Any) -> str:
    raw = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    return " ".join(raw.split())[:200]


def _hide(message: str, password: str) -> str:
    """Belt and braces: a server that echoes what it was sent must not put the password in an error."""
    return message.replace(password, "…") if password else message
