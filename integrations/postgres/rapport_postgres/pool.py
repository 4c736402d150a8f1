"""A small bounded pool of PostgreSQL connections for the team store.

Why not ``psycopg_pool``: it is one more package to install, and it fills the pool from
background threads, while most rapport processes are a cron job that needs one connection for
a second. This pool opens a connection only when one is asked for and none is idle, never more
than ``size`` at once (a caller waits for one to come back, up to ``timeout`` seconds), and
drops a connection that broke (the server restarted, an administrator ended it) instead of
handing it out again: what a long-running process (``rapport run`` in a loop, a plugin calling
the store from many hooks or threads) needs to outlive a database restart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from psycopg.pq import TransactionStatus

from rapport_plugins import StoreError


class Pool:
    """At most ``size`` connections made by ``connect``; idle ones are reused, broken ones dropped."""

    def __init__(self, connect: Callable[[], Any], size: int = 4, timeout: float = 30.0, where: str = "postgres"):
        if size < 1:
            raise StoreError(f"[postgres] pool_size must be at least 1, not {size}")
        self._connect = connect
        self.size = size
        self.timeout = timeout
        self.where = where
        self._idle: list[Any] = []
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.opened = 0  # connections made over the pool's life (a restart shows as one more)

    def get(self) -> Any:
        """A connection for this caller alone until ``put`` back; waits while all ``size`` are out."""
        if not self._slots.acquire(timeout=self.timeout):
            raise StoreError(f"{self.where}: all {self.size} connections stayed busy for {self.timeout:g}s "
                             "(raise [postgres] pool_size)")
        try:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is not None and not usable(conn):
                _close(conn)
                conn = None
            if conn is None:
                conn = self._connect()
                self.opened += 1
            return conn
        except BaseException:
            self._slots.release()
            raise

    def put(self, conn: Any) -> None:
        """Give a connection back: kept when it is idle and healthy, closed otherwise."""
        try:
            if usable(conn) and conn.info.transaction_status == TransactionStatus.IDLE:
                with self._lock:
                    self._idle.append(conn)
            else:
                _close(conn)
        finally:
            self._slots.release()

    def discard(self, conn: Any) -> None:
        """Give back a connection that must not be used again (it failed mid-way)."""
        _close(conn)
        self._slots.release()

    @contextmanager
    def connection(self) -> Iterator[Any]:
        conn = self.get()
        try:
            yield conn
        finally:
            self.put(conn)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            _close(conn)


def usable(conn: Any) -> bool:
    """Not closed and not known to be broken (a lost server shows on the next statement)."""
    return not conn.closed and not conn.broken


def _close(conn: Any) -> None:
    try:
        conn.close()
    except Exception:  # noqa: BLE001 - closing a broken connection may fail; it is gone either way
        pass
