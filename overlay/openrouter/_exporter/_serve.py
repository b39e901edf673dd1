"""Serving ``/metrics`` (``prometheus_client``'s WSGI app, 404 for any other path) and running it all."""

from __future__ import annotations

import ipaddress
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from types import FrameType
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import ProcessCollector
from prometheus_client.exposition import ThreadingWSGIServer, make_wsgi_app

from ._metrics import registry_for
from ._poller import Poller

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment
    from prometheus_client.registry import CollectorRegistry

__all__ = ["METRICS_PATH", "Exporter", "announce", "metrics_app"]

METRICS_PATH = "/metrics"
_NOT_FOUND = f"Not Found: the metrics are at {METRICS_PATH}\n".encode()


def metrics_app(registry: CollectorRegistry) -> WSGIApplication:
    """``prometheus_client``'s WSGI app at :data:`METRICS_PATH` (any method it answers), 404 elsewhere."""
    metrics = make_wsgi_app(registry)

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == METRICS_PATH:
            out: Iterable[bytes] = metrics(environ, start_response)
            return out
        start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
        return [_NOT_FOUND]

    return app


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: one line per scrape would bury the poll failures on stderr."""


def _server_class(host: str) -> type[ThreadingWSGIServer]:
    """``ThreadingWSGIServer``, for IPv6 when ``host`` is an IPv6 address."""
    try:
        v6 = isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
    except ValueError:  # a host name: the first address it resolves to decides
        v6 = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)[0][0] == socket.AF_INET6
    if not v6:
        return ThreadingWSGIServer

    class V6(ThreadingWSGIServer):
        address_family = socket.AF_INET6

    return V6


class Exporter:
    """The HTTP server and the poller, each on a daemon thread, until :meth:`stop`.

    Args:
        poller: what polls the API; its state is what every scrape shows.
        host, port: where to listen (port 0: a free one, see :attr:`url`).
    """

    def __init__(self, poller: Poller, host: str, port: int) -> None:
        self.poller = poller
        self.registry = registry_for(lambda: poller.state)
        ProcessCollector(registry=self.registry)  # process_resident_memory_bytes and friends
        self._httpd = make_server(
            host, port, metrics_app(self.registry), server_class=_server_class(host), handler_class=_Quiet
        )
        self.stopped = threading.Event()
        self._threads = [
            threading.Thread(
                target=self._httpd.serve_forever, args=(0.1,), name="exporter-http", daemon=True
            ),
            threading.Thread(target=poller.run, args=(self.stopped,), name="exporter-poll", daemon=True),
        ]

    @property
    def url(self) -> str:
        """The metrics URL, ``http://HOST:PORT/metrics`` (the port actually bound)."""
        address = self._httpd.server_address
        host = address[0].decode() if isinstance(address[0], bytes) else str(address[0])
        port = address[1] if isinstance(address, tuple) else 0
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}{METRICS_PATH}"

    def start(self) -> Exporter:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self, wait: float = 0.2) -> None:
        """Stop serving and polling; wait up to ``wait`` seconds for a poll under way (past that it is
        left to its daemon thread, so the process still exits at once)."""
        self.stopped.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._threads[1].join(wait)

    def serve_until_signalled(self, announce: Callable[[str], None]) -> None:
        """Start, ``announce`` the URL, then serve until SIGTERM or Ctrl-C (SIGINT); then stop."""

        def on_term(signum: int, frame: FrameType | None) -> None:
            self.stopped.set()

        previous = signal.signal(signal.SIGTERM, on_term)
        try:
            self.start()
            announce(self.url)
            while not self.stopped.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            self.stop()


def announce(line: str) -> None:
    """Print ``line`` on stdout at once (the URL: a supervisor or a test waits for it)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
