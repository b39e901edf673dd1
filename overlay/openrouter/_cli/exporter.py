"""``openrouter-credits exporter``: the key's budget layers and the account's credits for Prometheus.

The options are here; what runs is :func:`openrouter._exporter.run` (it imports ``prometheus_client``,
the ``exporter`` extra, only then).
"""

from __future__ import annotations

import argparse

from .._exporter import DEFAULT_INTERVAL, DEFAULT_LISTEN, DEFAULT_TIMEOUT, listen_address
from .._exporter import run as run_exporter
from .common import seconds

_EPILOG = """\
Metrics (Prometheus text format at /metrics; 404 elsewhere), one series per budget layer:
  openrouter_up, openrouter_last_success_timestamp_seconds, openrouter_poll_failures_total{kind}
  openrouter_key_budget_{remaining,limit,spend}_usd{scope,budget_id,guardrail_id}
  openrouter_key_budget_resets_timestamp_seconds, openrouter_key_effective_remaining_usd{scope,...}
  openrouter_key_usage_usd{period}, openrouter_key_expiry_timestamp_seconds
  openrouter_free_model_requests_{remaining,limit}, openrouter_key_info{label,workspace_id,...}
  openrouter_credits_{total,usage}_usd (management keys only)

The API is polled once per --interval whatever the scrape rate (a 429 puts the next poll off by its
Retry-After); a failed poll sets openrouter_up to 0 and keeps the last values. The key is read from
OPENROUTER_API_KEY and appears in no metric, label or log line. Stops with SIGTERM or Ctrl-C.

exit status:
  0  stopped by SIGTERM or Ctrl-C
  2  usage error: bad arguments, cannot listen on --listen, prometheus_client not installed
  3  OPENROUTER_API_KEY is not set
"""


def _listen(text: str) -> tuple[str, int]:
    try:
        return listen_address(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def configure(parser: argparse.ArgumentParser) -> None:
    """The command's description and options."""
    parser.description = (
        "Poll GET /key (and GET /credits with a management key) once per --interval and serve the\n"
        "numbers as Prometheus metrics at http://HOST:PORT/metrics, the first line it prints.\n"
        'Needs the exporter extra: pip install "openrouter-credits[exporter]".'
    )
    parser.epilog = _EPILOG
    parser.add_argument(
        "--listen",
        type=_listen,
        default=listen_address(DEFAULT_LISTEN),
        metavar="HOST:PORT",
        help=f"where to serve the metrics (default {DEFAULT_LISTEN}, loopback only; port 0: a free one)",
    )
    parser.add_argument(
        "--interval",
        type=seconds,
        default=DEFAULT_INTERVAL,
        metavar="SECONDS",
        help=f"seconds between polls of the API (default {DEFAULT_INTERVAL:g})",
    )
    parser.add_argument(
        "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
    )
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"each request's deadline (default {DEFAULT_TIMEOUT:g}); a poll does not retry",
    )


def run(args: argparse.Namespace) -> int:
    """Serve until SIGTERM or Ctrl-C (exit status 0), or fail at once (2: usage, 3: no key)."""
    host, port = args.listen
    return run_exporter(
        host=host, port=port, interval=args.interval, server_url=args.server_url, timeout=args.timeout
    )
