"""The stand-in server: a real HTTP/1.1 server on the loopback interface that answers like OpenRouter.

Standard library only (``http.server`` in a background thread), so importing it costs nothing beyond
what ``openrouter`` already needs, and ``import openrouter`` never loads it.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .. import errors
from ._keys import Key
from ._replies import UNKNOWN_KEY_MESSAGE, Reply

#: The management key the command line accepts when no ``--management-key`` is given.
DEFAULT_MANAGEMENT_KEY = "sk-or-v1-standin-management"
#: The inference key the command line answers 403 to when no ``--inference-key`` is given.
DEFAULT_INFERENCE_KEY = "sk-or-v1-standin-inference"
#: The balance the stand-in reports unless told otherwise (the documented example's numbers).
DEFAULT_TOTAL_CREDITS = 100.5
DEFAULT_TOTAL_USAGE = 25.75

#: The path prefix of the production server (``https://openrouter.ai/api/v1``); ``url`` ends with it.
BASE_PATH = "/api/v1"


@dataclass(frozen=True)
class Recorded:
    """A request as the server saw it (``StandIn.requests``); its repr hides the Authorization value."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    client: tuple[str, int] | None = None  # (host, port) of the client's connection

    @property
    def key(self) -> str | None:
        """The bearer key sent, or None."""
        return _bearer(self.headers)

    def __repr__(self) -> str:
        shown = {k: ("<redacted>" if k == "authorization" else v) for k, v in self.headers.items()}
        return (
            f"Recorded(method={self.method!r}, path={self.path!r}, headers={shown!r}, "
            f"body={self.body[:200]!r}, client={self.client!r})"
        )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    server: StandIn

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and benchmarks
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.record(
            Recorded(self.command, self.path, headers, body, (self.client_address[0], self.client_address[1]))
        )
        reply = self.server.next_reply() or Reply(None)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if reply.status is None:
            reply = self.server.answer(self.command, self.path, headers)
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        headers = dict(reply.headers)
        if isinstance(reply.body, bytes):
            payload = reply.body
        elif isinstance(reply.body, str):
            payload = reply.body.encode()
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        elif reply.body is None:
            payload = b""
        else:
            payload = json.dumps(reply.body).encode()
            headers.setdefault("Content-Type", "application/json")
        self.send_response(reply.status or 200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


def _bearer(headers: Mapping[str, str]) -> str | None:
    """The key of an ``Authorization: Bearer <key>`` header (lower-cased names), or None."""
    scheme, _, key = (headers.get("authorization") or "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


def _loopback(host: str) -> str:
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is None or address.version != 4 or not address.is_loopback:
        raise errors.InvalidArgumentError(
            f"the stand-in serves on an IPv4 loopback address only (127.x.x.x), not {host!r}"
        )
    return host


def _keys(name: str, keys: Iterable[str]) -> frozenset[str]:
    if isinstance(keys, str):
        raise errors.InvalidArgumentTypeError(f"{name} must be a collection of keys, not one str")
    result = frozenset(keys)
    if not all(isinstance(k, str) and k.strip() == k and k for k in result):
        raise errors.InvalidArgumentError(f"{name} must hold non-blank str keys without surrounding spaces")
    return result


class StandIn(ThreadingHTTPServer):
    """A local OpenRouter Credits API; a context manager that serves from a background thread.

    It serves under the production base path (``url`` ends with ``/api/v1``) and, for older tests, at
    the root (``/credits``) too. By the bearer key:

    - ``GET /credits``: 200 with the balance for a management key, 403 (the real envelope) for an
      inference key, 401 for no key, an unknown key, or an expired or disabled one;
    - ``GET /key``: 200 with the key's label, limit, usage and expiry (:class:`Key`) for any known
      key, 401 for the others.

    ``management_keys=None`` (the default) makes every other non-blank key a management key, so tests
    can use any fake key; pass a collection to make every key outside it and ``keys`` unknown (401).
    ``POST /credits/coinbase`` always answers 410; any other path 404.

    Faults: :meth:`plan` queues one-shot :class:`Reply` objects (each request consumes one); set
    ``always`` to a Reply to answer every request with it (a lasting outage) until set back to None.

    Args:
        host: an IPv4 loopback address (default 127.0.0.1); nothing else is served.
        port: 0 (default) picks a free port; ``.url`` tells which.
        total_credits, total_usage: the balance reported (attributes; change them at any time).
        management_keys: keys answered 200, or None for "any key not otherwise listed".
        inference_keys: keys answered 403 ("Only management keys can perform this operation").
        keys: keys with their own :class:`Key` (limit, usage, free tier, expiry, disabled); the keys
            of the two lists get a default one (no limit, no usage). All of them are in ``.keys``.

    Raises:
        errors.InvalidArgumentError: a non-loopback host or a bad key list.
        errors.OpenRouterError: the address cannot be bound (e.g. the port is in use).
    """

    daemon_threads = True
    block_on_close = False
    request_queue_size = 512  # hundreds of concurrent connects without SYN drops

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        total_credits: float = DEFAULT_TOTAL_CREDITS,
        total_usage: float = DEFAULT_TOTAL_USAGE,
        management_keys: Iterable[str] | None = None,
        inference_keys: Iterable[str] = (),
        keys: Mapping[str, Key] | None = None,
    ) -> None:
        host = _loopback(host)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise errors.InvalidArgumentError(f"port must be 0-65535, got {port!r}")
        self.total_credits = total_credits
        self.total_usage = total_usage
        self.management_keys = None if management_keys is None else _keys("management_keys", management_keys)
        self.inference_keys = _keys("inference_keys", inference_keys)
        if self.management_keys is not None and self.management_keys & self.inference_keys:
            raise errors.InvalidArgumentError("a key cannot be both a management key and an inference key")
        own = dict(keys or {})
        named = _keys("keys", own)
        if not all(isinstance(k, Key) for k in own.values()):
            raise errors.InvalidArgumentTypeError("keys must map each key to an openrouter.testing.Key")
        if named & (self.inference_keys | (self.management_keys or frozenset())):
            raise errors.InvalidArgumentError(
                "give each key once: in keys= or in management_keys= / inference_keys="
            )
        #: Every key this server knows, with what ``GET /key`` reports for it (change them at any time).
        self.keys: dict[str, Key] = {k: Key() for k in self.inference_keys}
        self.keys.update({k: Key(management=True) for k in self.management_keys or ()})
        self.keys.update(own)
        self.requests: list[Recorded] = []
        #: The server's clock (UTC): when the budget windows of ``GET /key`` reset is counted from it.
        #: A test may set a fixed one (``server.clock = lambda: datetime.datetime(2030, 6, 1, tzinfo=UTC)``).
        self.clock: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC)
        #: The reply every request gets once the plan is empty (a lasting outage); None: normal answers.
        self.always: Reply | None = None
        self._plan: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        try:
            super().__init__((host, port), _Handler)
        except OSError as exc:
            raise errors.OpenRouterError(
                f"the stand-in cannot listen on {host}:{port}: {exc.strerror or exc}"
            ) from None

    def __repr__(self) -> str:
        return f"<StandIn {self.url}>"

    @property
    def url(self) -> str:
        """The base URL to pass as ``OpenRouter(server_url=...)``, e.g. ``http://127.0.0.1:54321/api/v1``
        (shaped as the production one, so the client's URL join is exercised)."""
        return self.origin + BASE_PATH

    @property
    def origin(self) -> str:
        """The server's root, e.g. ``http://127.0.0.1:54321`` (the routes are served here too)."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def plan(self, *replies: Reply) -> None:
        """Queue scripted replies: each request consumes one, then the normal answers resume."""
        for reply in replies:
            if not isinstance(reply, Reply):
                raise errors.InvalidArgumentTypeError(
                    f"plan() takes Reply objects, not {type(reply).__name__}"
                )
        with self._lock:
            self._plan.extend(replies)

    @property
    def pending(self) -> int:
        """How many scripted replies are still queued."""
        with self._lock:
            return len(self._plan)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that hung up (timed out) before the answer; report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def next_reply(self) -> Reply | None:
        """The next scripted reply, else ``always``, else None (the normal answer)."""
        with self._lock:
            return self._plan.popleft() if self._plan else self.always

    def record(self, request: Recorded) -> None:
        """Add a request to ``requests``."""
        with self._lock:
            self.requests.append(request)

    def role(self, key: str | None) -> str:
        """What this server takes ``key`` for: "management", "inference", "expired", "disabled" or
        "unknown" (None or blank: "missing")."""
        if key is None or not key.strip():
            return "missing"
        key = key.strip()
        known = self.keys.get(key)
        if known is None:
            return "management" if self.management_keys is None else "unknown"
        if known.disabled:
            return "disabled"
        if known.expired():
            return "expired"
        return "management" if known.management else "inference"

    def key(self, key: str) -> Key:
        """The :class:`Key` of a key this server takes (one is added for a key the default accepts)."""
        with self._lock:
            known = self.keys.get(key)
            if known is None:
                known = self.keys[key] = Key(management=True)
            return known

    def record_spend(self, key: str, usd: float, *, byok: bool = False) -> None:
        """Count ``usd`` of spend made with ``key``: its usage and every budget layer it counts toward
        (:meth:`Key.record_spend`); the next ``GET /key`` reports it."""
        known = self.key(key)
        with self._lock:
            known.record_spend(usd, byok=byok)

    def answer(self, method: str, path: str, headers: Mapping[str, str]) -> Reply:
        """What the real API answers (no scripted fault); ``headers`` with lower-cased names."""
        route = path.split("?", 1)[0]
        if route == BASE_PATH or route.startswith(BASE_PATH + "/"):
            route = route[len(BASE_PATH) :]
        route = route.rstrip("/")
        if (method, route) == ("POST", "/credits/coinbase"):
            return Reply.error(410)
        if (method, route) not in (("GET", "/credits"), ("GET", "/key")):
            return Reply.error(404)
        key = _bearer(headers)
        role = self.role(key)
        if role == "missing":
            return Reply.error(401)
        if role in ("unknown", "expired", "disabled"):
            return Reply.error(401, UNKNOWN_KEY_MESSAGE)
        assert key is not None
        if route == "/key":
            return Reply(200, {"data": self.key(key).data(key, self.clock())})
        if role == "inference":
            return Reply.error(403)
        return Reply(200, {"data": {"total_credits": self.total_credits, "total_usage": self.total_usage}})

    def start(self) -> StandIn:
        """Serve from a background thread (``with StandIn() as server`` calls this)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self.serve_forever, kwargs={"poll_interval": 0.02}, name="standin", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket (idempotent)."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
