"""The Prometheus exporter behind ``openrouter-credits exporter`` (options: ``openrouter._cli.exporter``).

``_state`` (what a poll read), ``_poller`` (one poll per interval), ``_metrics`` (the collector) and
``_serve`` (the HTTP server, the signals). Nothing in this module imports ``prometheus_client`` (the
optional ``exporter`` extra) until :func:`run` runs, so the other commands and ``import openrouter``
never load it.
"""

from __future__ import annotations

import os
import sys

__all__ = ["DEFAULT_INTERVAL", "DEFAULT_LISTEN", "DEFAULT_TIMEOUT", "INSTALL_HINT", "listen_address", "run"]

#: Loopback only: the metrics name the key's label, workspace and spend, for this machine's Prometheus.
DEFAULT_LISTEN = "127.0.0.1:9877"
DEFAULT_INTERVAL = 60.0
DEFAULT_TIMEOUT = 10.0
INSTALL_HINT = 'the exporter needs prometheus_client: pip install "openrouter-credits[exporter]"'
EXIT_OK, EXIT_USAGE, EXIT_AUTH = 0, 2, 3


def listen_address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as ``(host, port)``; port 0 picks a free one.

    Raises:
        ValueError: not of that form.
    """
    host, sep, port = text.rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"expected HOST:PORT (port 0 to 65535), got {text!r}")
    return host, int(port)


def _say(message: str) -> int:
    sys.stderr.write(f"openrouter-credits exporter: {message}\n")
    sys.stderr.flush()
    return EXIT_USAGE


def run(*, host: str, port: int, interval: float, server_url: str | None, timeout: float) -> int:
    """Serve the metrics until SIGTERM or Ctrl-C; return the exit status (0 then, 2 or 3 at once)."""
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        _say("OPENROUTER_API_KEY is not set: export the key to watch (an inference key is enough)")
        return EXIT_AUTH
    try:
        from ._serve import Exporter, announce
    except ImportError as exc:
        if exc.name is not None and exc.name.split(".")[0] == "prometheus_client":
            return _say(INSTALL_HINT)
        raise
    from .. import errors
    from .._client import OpenRouter
    from ..utils import RetryConfig
    from ._poller import Poller

    try:
        client = OpenRouter(
            api_key=key, server_url=server_url, timeout_ms=timeout * 1000, retry_config=RetryConfig("none")
        )
    except errors.InvalidArgumentError as exc:
        return _say(f"error: {exc}")
    with client:
        poller = Poller(
            lambda: client.api_keys.get_current_key_metadata().data,
            lambda: client.credits.get_credits().data,
            interval,
        )
        try:
            exporter = Exporter(poller, host, port)
        except OSError as exc:
            return _say(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
        exporter.serve_until_signalled(announce)
    return EXIT_OK
