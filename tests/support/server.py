"""A raw-socket HTTP server on 127.0.0.1 for tests: every byte of every answer is the test's choice.

    with RawServer(drip_body(interval=0.5, duration=120)) as server:
        client.credits.get_credits(server_url=server.url)       # the call under test
        assert server.requests[0].header("authorization") is not None

Each request gets the next scenario (the last one repeats, so every retry sees the same fault). A
scenario is ``bytes`` (sent as is, then the connection is closed), a sequence of ``bytes`` and ``float``
(send, sleep so many seconds, ...), or a function ``(conn, request) -> None`` that writes with
``conn.send`` / ``conn.sleep``. After a scenario the connection is closed unless it set
``conn.keep_alive``. Ready-made scenarios are in :mod:`support.scenarios` and :mod:`support.bombs`.

Bounded: a server stops every loop (accepting, reading a request, sending, sleeping) on ``close()`` and
by itself once ``time_limit`` seconds have passed since it started; a client that goes away ends its
scenario quietly. Every socket is closed on exit (no ResourceWarning).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

__all__ = [
    "CREDITS",
    "CREDITS_BODY",
    "Conn",
    "Gone",
    "RawRequest",
    "RawServer",
    "Scenario",
    "head",
    "ok",
    "raw_body",
    "response",
]

CREDITS: dict[str, Any] = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
CREDITS_BODY = json.dumps(CREDITS).encode()

_TICK = 0.05  # how often a blocked loop looks at the stop flag and the time limit
_MAX_REQUEST_HEAD = 64 * 1024


class Gone(Exception):
    """The client went away, or the server is closing / past its time limit: the scenario ends."""


@dataclass
class RawRequest:
    """One request as received: the request line, the headers in order (raw names), the body."""

    request_line: str
    headers: list[tuple[str, str]]
    body: bytes
    connection: int  # the number of the connection it came on (0, 1, ...)
    received_at: float = field(default_factory=time.monotonic)

    @property
    def method(self) -> str:
        return self.request_line.split(" ", 1)[0]

    @property
    def target(self) -> str:
        parts = self.request_line.split(" ")
        return parts[1] if len(parts) > 1 else ""

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), None when absent."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        """Every value of header ``name`` (case-insensitive), in order."""
        return [v for k, v in self.headers if k.lower() == name.lower()]


class Conn:
    """The server side of one connection, as a scenario sees it."""

    def __init__(self, sock: socket.socket, server: RawServer, number: int) -> None:
        self.sock = sock
        self.server = server
        self.number = number
        self.keep_alive = False
        self.sent = 0  # bytes sent on this connection
        self._buffer = b""

    @property
    def alive(self) -> bool:
        """False once the server is closing or past its time limit."""
        return self.server._running()

    def send(self, data: bytes) -> None:
        """Send every byte of ``data``; raises :class:`Gone` when the client left or the server stops."""
        view = memoryview(data)
        while view:
            if not self.alive:
                raise Gone
            try:
                n = self.sock.send(view)
            except TimeoutError:
                continue  # the client is not reading right now: look at the stop flag, try again
            except OSError as exc:
                raise Gone from exc
            view = view[n:]
            self.sent += n

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (less if the server stops, then :class:`Gone`)."""
        if self.server._stop.wait(min(seconds, self.server._left())) or not self.alive:
            raise Gone

    def read_request(self) -> RawRequest | None:
        """The next request on this connection, None when the client closed it or sent garbage."""
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > _MAX_REQUEST_HEAD or not self.alive:
                return None
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            self._buffer += chunk
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        line, *lines = head.decode("latin-1").split("\r\n")
        headers = []
        for raw in lines:
            name, _, value = raw.partition(":")
            headers.append((name.strip(), value.strip()))
        length = next((int(v) for k, v in headers if k.lower() == "content-length" and v.isdigit()), 0)
        while len(self._buffer) < length:
            if not self.alive:
                return None
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            self._buffer += chunk
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        return RawRequest(line, headers, body, self.number)


#: ``bytes``: sent then closed; a sequence of bytes and floats: send / sleep; or a function.
Scenario: TypeAlias = bytes | Sequence[bytes | float] | Callable[[Conn, RawRequest], None]


class RawServer:
    """A raw HTTP/1.1 server on 127.0.0.1 in a thread; see the module docstring.

    Args:
        scenarios: one per request, in order; the last repeats (default: :func:`ok`).
        time_limit: seconds after which every loop of the server stops by itself.
    """

    def __init__(self, *scenarios: Scenario, time_limit: float = 30.0) -> None:
        self._scenarios: list[Scenario] = list(scenarios) or [ok()]
        self.time_limit = time_limit
        self.requests: list[RawRequest] = []
        self.connections = 0
        #: Exceptions raised by scenarios (a bug in the test); leaving the ``with`` block raises the first.
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(_TICK)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._deadline = time.monotonic() + time_limit
        self._accepter = threading.Thread(
            target=self._accept_loop, name=f"rawserver:{self.port}", daemon=True
        )
        self._accepter.start()

    def __repr__(self) -> str:
        return f"RawServer({self.url}, requests={len(self.requests)})"

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close()
        if self.errors and exc_type is None:
            raise AssertionError(f"a scenario of {self!r} failed") from self.errors[0]

    def plan(self, *scenarios: Scenario) -> None:
        """Replace the scenarios for the requests to come."""
        with self._lock:
            self._scenarios = list(scenarios) or [ok()]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RawRequest]:
        """Wait until ``count`` requests arrived (or ``timeout``); return the requests so far."""
        end = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < end:
            time.sleep(0.01)
        return list(self.requests)

    def close(self) -> None:
        """Stop every loop, close every socket and wait for the threads (a few ticks at most)."""
        self._stop.set()
        self._accepter.join(5)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5)
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()
        self._listener.close()

    # --- internals ---------------------------------------------------------------------------------

    def _left(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def _running(self) -> bool:
        return not self._stop.is_set() and time.monotonic() < self._deadline

    def _next_scenario(self) -> Scenario:
        with self._lock:
            return self._scenarios.pop(0) if len(self._scenarios) > 1 else self._scenarios[0]

    def _accept_loop(self) -> None:
        while self._running():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(_TICK)
            with self._lock:
                number = self.connections
                self.connections += 1
                self._sockets.append(sock)
                thread = threading.Thread(target=self._serve, args=(Conn(sock, self, number),), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: Conn) -> None:
        try:
            while True:
                request = conn.read_request()
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                conn.keep_alive = False
                _play(self._next_scenario(), conn, request)
                if not conn.keep_alive:
                    return
        except Gone:
            pass
        except Exception as exc:  # a bug in a scenario: kept for the test to see
            self.errors.append(exc)
        finally:
            _close_quietly(conn.sock)


def _play(scenario: Scenario, conn: Conn, request: RawRequest) -> None:
    if isinstance(scenario, bytes | bytearray):
        conn.send(bytes(scenario))
    elif callable(scenario):
        scenario(conn, request)
    else:
        for step in scenario:
            if isinstance(step, bytes | bytearray):
                conn.send(bytes(step))
            else:
                conn.sleep(float(step))


def _close_quietly(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


# --- building answers ------------------------------------------------------------------------------


_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def head(
    status: int = 200,
    headers: Sequence[tuple[str, str]] = (),
    *,
    reason: str | None = None,
    content_type: str | None = "application/json",
    length: int | None = None,
) -> bytes:
    """A status line and headers, ending with the blank line (``Connection: close`` included)."""
    lines = [f"HTTP/1.1 {status} {reason if reason is not None else _REASONS.get(status, 'Status')}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    lines.extend(f"{k}: {v}" for k, v in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(
    status: int = 200,
    body: bytes | Any = b"",
    headers: Sequence[tuple[str, str]] = (),
    *,
    reason: str | None = None,
    content_type: str | None = "application/json",
) -> bytes:
    """A complete answer with ``Content-Length``; a non-bytes ``body`` is sent as JSON."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return head(status, headers, reason=reason, content_type=content_type, length=len(data)) + data


def ok() -> bytes:
    """The plain valid 200: ``{"data": {"total_credits": 100.5, "total_usage": 25.75}}``."""
    return response(200, CREDITS_BODY)


def raw_body(body: bytes | str, status: int = 200) -> bytes:
    """A JSON answer whose body is exactly ``body`` (``NaN``, ``Infinity``, ``1e400``...)."""
    return response(status, body.encode() if isinstance(body, str) else body)
