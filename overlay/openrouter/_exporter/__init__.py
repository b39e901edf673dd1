"""``openrouter-credits exporter``: the key's budget layers and the account's credits for Prometheus.

The command line adds the subcommand with :func:`add_parser` and runs it with :func:`run`. Nothing
here imports ``prometheus_client`` (an optional extra, ``openrouter-credits[exporter]``) until the
exporter runs, so the other commands and ``import openrouter`` never load it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from typing import Any

__all__ = ["DEFAULT_INTERVAL", "DEFAULT_LISTEN", "DEFAULT_TIMEOUT", "add_parser", "listen_address", "run"]

#: Loopback only: the metrics name the key's label, workspace and spend, for this machine's Prometheus.
DEFAULT_LISTEN = "127.0.0.1:9877"
DEFAULT_INTERVAL = 60.0
DEFAULT_TIMEOUT = 10.0
INSTALL_HINT = 'the exporter needs prometheus_client: pip install "openrouter-credits[exporter]"'

_EPILOG = """\
Metrics (Prometheus text format at /metrics; 404 elsewhere), one series per budget layer:
  openrouter_up, openrouter_last_success_timestamp_seconds, openrouter_poll_failures_total{kind}
  openrouter_key_budget_{remaining,limit,spend}_usd{scope,budget_id,guardrail_id}
  openrouter_key_budget_resets_timestamp_seconds, openrouter_key_effective_remaining_usd{scope}
  openrouter_key_usage_usd{period}, openrouter_key_expiry_timestamp_seconds
  openrouter_free_model_requests_{remaining,limit}, openrouter_key_info{label,workspace_id,...}
  openrouter_credits_{total,usage}_usd (management keys only)

The API is polled once per --interval whatever the scrape rate (a 429 puts the next poll off by its
Retry-After); a failed poll sets openrouter_up to 0 and keeps the last values. The key is read from
OPENROUTER_API_KEY and appears in no metric, label or log line. Stops with SIGTERM or Ctrl-C (exit 0).

exit status:
  0  stopped by SIGTERM or Ctrl-C
  2  usage error: bad arguments, cannot listen on --listen, prometheus_client not installed
  3  OPENROUTER_API_KEY is not set
"""


def listen_address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as ``(host, port)``; port 0 picks a free one."""
    host, sep, port = text.rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT (port 0 to 65535), got {text!r}")
    return host, int(port)


def _positive(what: str) -> Any:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        if not (value > 0 and math.isfinite(value)):
            raise argparse.ArgumentTypeError(f"{what} must be a number of seconds > 0, got {text!r}")
        return value

    return parse


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``exporter`` subcommand to ``commands`` (what ``add_subparsers()`` returned)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "exporter",
        help="serve the key's budget layers and the account's credits as Prometheus metrics",
        description=(
            "Poll GET /key (and GET /credits with a management key) once per --interval and serve the "
            "numbers as Prometheus metrics at http://HOST:PORT/metrics; the URL is the first line printed. "
            'Needs the exporter extra: pip install "openrouter-credits[exporter]".'
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--listen",
        type=listen_address,
        default=listen_address(DEFAULT_LISTEN),
        metavar="HOST:PORT",
        help=f"where to serve the metrics (default {DEFAULT_LISTEN}, loopback only; port 0: a free one)",
    )
    parser.add_argument(
        "--interval",
        type=_positive("--interval"),
        default=DEFAULT_INTERVAL,
        metavar="SECONDS",
        help=f"seconds between polls of the API (default {DEFAULT_INTERVAL:g})",
    )
    parser.add_argument(
        "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
    )
    parser.add_argument(
        "--timeout",
        type=_positive("--timeout"),
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"each request's deadline (default {DEFAULT_TIMEOUT:g}); no retries within a poll",
    )
    return parser


def _fail(message: str, status: int) -> int:
    sys.stderr.write(f"openrouter-credits exporter: {message}\n")
    return status


def run(args: argparse.Namespace) -> int:
    """Run the exporter until SIGTERM or Ctrl-C; return the exit status (0 then)."""
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        return _fail("OPENROUTER_API_KEY is not set: export the key to watch (an inference key is enough)", 3)
    try:
        from ._serve import Exporter, _print
    except ImportError as exc:
        if exc.name is not None and exc.name.split(".")[0] == "prometheus_client":
            return _fail(INSTALL_HINT, 2)
        raise
    from .. import errors
    from .._client import OpenRouter
    from ..utils import RetryConfig
    from ._poller import Poller

    try:
        client = OpenRouter(
            api_key=key,
            server_url=args.server_url,
            timeout_ms=args.timeout * 1000,
            retry_config=RetryConfig("none"),
        )
    except errors.InvalidArgumentError as exc:
        return _fail(f"error: {exc}", 2)
    with client:
        poller = Poller(
            lambda: client.api_keys.get_current_key_metadata().data,
            lambda: client.credits.get_credits().data,
            args.interval,
        )
        host, port = args.listen
        try:
            exporter = Exporter(poller, host, port)
        except OSError as exc:
            return _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 2)
        exporter.serve_until_signalled(_print)
    return 0
