"""A small WebDAV client for CalDAV and CardDAV servers: requests, multistatus XML, errors.

Servers disagree on XML prefixes, href forms and status codes, so everything here reads XML by
namespace URI and turns every HTTP failure into one line that names the URL (never the password).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from rapport_plugins import (
    RapportError,
    secret,
    url_label,  # for messages: query values and secret segments masked
)
from rapport_plugins import without_credentials as safe_url

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALSERVER = "http://calendarserver.org/ns/"
PREFIXES = {"d": DAV, "c": CALDAV, "card": CARDDAV, "cs": CALSERVER}
MAX_RETRY_WAIT = 30.0  # seconds we are willing to wait for a 429/503 Retry-After
MAX_REDIRECTS = 5


def q(ns: str, name: str) -> str:
    """ElementTree's ``{namespace}name`` form."""
    return f"{{{ns}}}{name}"


class DavError(RapportError):
    """An HTTP failure talking to a DAV server; ``status`` is the HTTP status (None for network errors)."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


def resolve_password(section: dict[str, Any], label: str) -> str | None:
    """The password from ``password``, ``password_env`` (a variable name) or ``password_command``."""
    return secret(section, "password", label)


@dataclass
class DavResponse:
    """One ``<response>`` of a multistatus: its href, status and the properties found (200 propstat)."""

    href: str  # as the server wrote it
    url: str  # absolute
    status: int | None = None  # the response-level status (e.g. 404 for a deleted member)
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, ns: str, name: str) -> str | None:
        el = self.props.get(q(ns, name))
        return el.text if el is not None else None

    def hrefs(self, ns: str, name: str) -> list[str]:
        el = self.props.get(q(ns, name))
        return [h.text.strip() for h in el.iter(q(DAV, "href")) if h.text] if el is not None else []


@dataclass
class Multistatus:
    responses: list[DavResponse]
    sync_token: str | None = None


def _status_code(text: str | None) -> int | None:
    # "HTTP/1.1 404 Not Found"
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def parse_multistatus(content: bytes, base_url: str) -> Multistatus:
    """Read a 207 Multi-Status body by namespace URI (prefixes vary between servers)."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise DavError(f"{url_label(base_url)}: server sent invalid XML ({exc})") from None
    responses = []
    for resp in root.iter(q(DAV, "response")):
        href_el = resp.find(q(DAV, "href"))
        if href_el is None or not href_el.text:
            continue
        href = href_el.text.strip()
        item = DavResponse(href, urljoin(base_url, href), _status_code(resp.findtext(q(DAV, "status"))))
        for propstat in resp.findall(q(DAV, "propstat")):
            code = _status_code(propstat.findtext(q(DAV, "status")))
            prop = propstat.find(q(DAV, "prop"))
            if prop is None or (code is not None and not 200 <= code < 300):
                continue
            for child in prop:
                item.props[child.tag] = child
        responses.append(item)
    token = root.findtext(q(DAV, "sync-token"))
    return Multistatus(responses, token.strip() if token else None)


def same_resource(a: str, b: str) -> bool:
    """Compare two URLs/hrefs the way servers mean them: path only, unquoted, no trailing slash."""
    return unquote(urlsplit(a).path).rstrip("/") == unquote(urlsplit(b).path).rstrip("/")


def xml_escape(text: str) -> str:
    """Escape text for an XML element (hrefs and sync tokens may hold ``&``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_body(root: str, children: str) -> bytes:
    """An XML request body with the usual prefixes declared."""
    decls = " ".join(f'xmlns:{p}="{ns}"' for p, ns in PREFIXES.items())
    return f'<?xml version="1.0" encoding="utf-8"?>\n<{root} {decls}>{children}</{root}>'.encode()


def prop_xml(*names: str) -> str:
    return "<d:prop>" + "".join(f"<{n}/>" for n in names) + "</d:prop>"


class DavClient:
    """HTTP Basic-auth WebDAV client over requests; one session, errors as one-line DavError."""

    def __init__(self, url: str, username: str | None, password: str | None, *, label: str,
                 timeout: float = 30.0, verify: bool | str = True):
        self.url = url if url.endswith("/") else url + "/"
        self.label = label
        self.timeout = timeout
        self.verify = verify
        self._auth = (username, password or "") if username else None
        self._session: Any = None
        self.limits: Any = None  # rapport_plugins.limits.Limits; None: the defaults

    def __repr__(self) -> str:  # never show the password
        user = self._auth[0] if self._auth else None
        return f"DavClient({safe_url(self.url)!r}, username={user!r})"

    @property
    def session(self) -> Any:
        if self._session is None:
            import requests

            self._session = requests.Session()
            self._session.auth = self._auth
            self._session.verify = self.verify
            self._session.headers["User-Agent"] = "rapport-plugins (CalDAV/CardDAV)"
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def request(self, method: str, url: str, *, body: bytes | None = None, depth: str | None = None,
                headers: dict[str, str] | None = None, ok: tuple[int, ...] = (200, 207)) -> Any:
        """Send one request: follow redirects keeping the method (requests would turn a 302'd
        PROPFIND into a GET), wait out a short 429/503 Retry-After, else raise DavError."""
        hdrs = {"Content-Type": "application/xml; charset=utf-8"} if body is not None else {}
        if depth is not None:
            hdrs["Depth"] = depth
        hdrs.update(headers or {})
        retries = 0
        for _hop in range(MAX_REDIRECTS + 1):
            resp = self._send(method, url, body, hdrs)
            if resp.status_code in ok:
                return resp
            where = f"{self.label}: {method} {url_label(url)}"
            if resp.status_code in (301, 302, 303, 307, 308) and resp.headers.get("Location"):
                target = urljoin(url, resp.headers["Location"])
                if urlsplit(target).netloc != urlsplit(url).netloc and urlsplit(target).scheme != "https":
                    raise DavError(f"{where}: redirected to {url_label(target)}, not following (credentials "
                                   "are only sent to https or the same host)", resp.status_code)
                url = target
                continue
            wait = _retry_after(resp) if resp.status_code in (429, 503) else None
            if wait is not None and wait <= MAX_RETRY_WAIT and retries < 2:
                retries += 1
                time.sleep(wait)
                continue
            raise DavError(f"{where}: {_describe(resp, wait)}", resp.status_code)
        raise DavError(f"{self.label}: {method} {url_label(url)}: too many redirects")

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> Any:
        import requests

        from rapport_plugins import bounded_request

        try:
            return bounded_request(self.session, method, url, label=f"{self.label}: {method} {url_label(url)}",
                                   limits=self.limits, data=body, headers=headers, timeout=self.timeout,
                                   allow_redirects=False)
        except requests.Timeout:
            raise DavError(f"{self.label}: {method} {url_label(url)}: timed out after {self.timeout:g}s") from None
        except requests.RequestException as exc:
            raise DavError(f"{self.label}: {method} {url_label(url)}: {_network_reason(exc)}") from None

    def propfind(self, url: str, props: list[str], depth: str = "0") -> Multistatus:
        resp = self.request("PROPFIND", url, body=xml_body("d:propfind", prop_xml(*props)), depth=depth)
        return parse_multistatus(resp.content, resp.url)

    def report(self, url: str, body: bytes, depth: str = "1") -> Multistatus:
        resp = self.request("REPORT", url, body=body, depth=depth)
        return parse_multistatus(resp.content, resp.url)


def _retry_after(resp: Any) -> float | None:
    value = resp.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _describe(resp: Any, wait: float | None) -> str:
    code = resp.status_code
    reason = resp.reason or ""
    hint = {
        401: "check username and password",
        403: "access denied",
        404: "not found: check the url",
    }.get(code)
    if code in (429, 503) and wait is not None:
        hint = f"server busy, retry after {wait:.0f}s"
    elif code == 429:
        hint = "rate limited"
    elif code >= 500 and hint is None:
        hint = "server error"
    return f"HTTP {code} {reason}".rstrip() + (f" ({hint})" if hint else "")


def _network_reason(exc: Exception) -> str:
    """A short reason without the URL (requests puts it, credentials included, in its messages)."""
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error"
    if isinstance(exc, requests.ConnectionError):
        return "cannot connect"
    return type(exc).__name__


def dav_section(config: Any, name: str, collections: str) -> dict[str, Any] | None:
    """The ``[caldav]`` / ``[carddav]`` section with its settings checked (one line naming the key
    when one has the wrong type), or None when it is missing (the integration is not configured)."""
    from rapport_plugins import SectionReader

    read = SectionReader.of(config, name)
    if read is None:
        return None
    read.required("url", f"the address of your {name.upper()} server")
    read.text("username")
    read.flag("sync", True)
    read.number("timeout", 30)
    read.text("cache", f"cache/{name}.json")
    if collections in read:
        read.strings(collections)
    return read.section


def dav_config_section(name: str, about: str, collections: str, example: str) -> dict[str, Any]:
    """What ``rapport_config_sections`` says of a DAV section: the keys both read, and ``collections``."""
    return {name: {
        "about": about,
        "keys": {"url": str, "username": str, "password": "secret", collections: (str, list), "sync": bool,
                 "cache": str, "timeout": float, "verify": (bool, str)},
        "example": example,
    }}


def client_from_section(section: dict[str, Any], label: str) -> DavClient:
    """Build a client from a ``[caldav]`` / ``[carddav]`` config section."""
    url = section.get("url")
    if not url or not isinstance(url, str):
        raise RapportError(f"{label}: set url in the [{label}] section of config.toml")
    verify = section.get("verify", True)
    return DavClient(
        url, section.get("username"), resolve_password(section, label), label=label,
        timeout=float(section.get("timeout", 30)), verify=verify if isinstance(verify, bool | str) else True,
    )
