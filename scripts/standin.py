"""A local stand-in for the OpenRouter Credits API: a real HTTP/1.1 server on 127.0.0.1.

It answers like the real service (shapes and statuses from openapi.yaml):

- ``GET /credits``: 401 without a bearer key, 403 for a key in ``inference_keys`` (only management keys
  may read credits), else 200 ``{"data": {"total_credits": ..., "total_usage": ...}}``;
- ``POST /credits/coinbase``: always 410 with the documented message (no authentication needed);
- anything else: 404 with the error envelope.

Tests, the demo and the benchmark start it in-process::

    with StandIn() as server:
        OpenRouter(api_key="sk-...", server_url=server.url)

and can script faults, consumed one request at a time before the normal answers resume::

    server.plan(Reply(503), Reply(429, headers={"Retry-After": "1"}), Reply(drop=True))

Every request is recorded (``server.requests``) so tests can count attempts and read headers.
Run ``python scripts/standin.py`` to serve on a port of your choice until Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GONE_MESSAGE = (
    "The Coinbase APIs used by this endpoint have been deprecated, so the Coinbase Commerce credits "
    "API has been removed. Use the web credits purchase flow instead."
)


def envelope(code: int, message: str, **extra: Any) -> dict[str, Any]:
    """The OpenRouter error body: ``{"error": {"code", "message"}, ...}``."""
    return {"error": {"code": code, "message": message}, **extra}


@dataclass
class Reply:
    """One scripted answer. ``body`` may be bytes, str, or a JSON-able object (sent as JSON).

    ``delay`` seconds pass before anything is sent; ``drop`` closes the connection without answering.
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False


@dataclass(frozen=True)
class Recorded:
    """A request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    client: tuple[str, int] | None = None  # (host, port) of the client's connection


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    server: StandIn

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and benchmarks
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.record(
            Recorded(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
                (self.client_address[0], self.client_address[1]),
            )
        )
        reply = self.server.next_reply() or self.server.answer(self.command, self.path, self.headers)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
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
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


class StandIn(ThreadingHTTPServer):
    """The stand-in server; a context manager that serves from a background thread."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 512  # hundreds of concurrent connects without SYN drops

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        total_credits: float = 100.5,
        total_usage: float = 25.75,
        inference_keys: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__((host, port), _Handler)
        self.total_credits = total_credits
        self.total_usage = total_usage
        self.inference_keys = inference_keys
        self.requests: list[Recorded] = []
        self._plan: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def plan(self, *replies: Reply) -> None:
        """Queue scripted replies; each request consumes one until the queue is empty."""
        with self._lock:
            self._plan.extend(replies)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timed out) has closed its end; the late reply cannot be written.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def next_reply(self) -> Reply | None:
        with self._lock:
            return self._plan.popleft() if self._plan else None

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def answer(self, method: str, path: str, headers: Any) -> Reply:
        """What the real API answers (no scripted fault)."""
        route = path.split("?", 1)[0].rstrip("/")
        if route.endswith("/credits/coinbase") and method == "POST":
            return Reply(410, envelope(410, GONE_MESSAGE))
        if route.endswith("/credits") and method == "GET":
            auth = headers.get("Authorization") or ""
            scheme, _, key = auth.partition(" ")
            if scheme.lower() != "bearer" or not key.strip():
                return Reply(401, envelope(401, "Missing Authentication header"))
            if key in self.inference_keys:
                return Reply(403, envelope(403, "Only management keys can perform this operation"))
            return Reply(
                200,
                {"data": {"total_credits": self.total_credits, "total_usage": self.total_usage}},
            )
        return Reply(404, envelope(404, "Not Found"))

    def __enter__(self) -> StandIn:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, name="standin", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the OpenRouter Credits stand-in.")
    parser.add_argument("--port", type=int, default=8787)
    args = parser.parse_args()
    with StandIn(port=args.port) as server:
        print(f"OpenRouter stand-in serving on {server.url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
