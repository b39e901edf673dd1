"""``python -m openrouter.testing``: serve the stand-in until Ctrl-C (or SIGTERM).

The first line on stdout is the URL to pass as ``server_url`` (nothing else goes to stdout); a summary
goes to stderr. The keys are never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import math
import signal
import sys
import threading
from collections.abc import Sequence

from .. import errors
from ._budgets import RESET_INTERVALS, Budget
from ._keys import LIMIT_RESETS
from ._standin import (
    DEFAULT_INFERENCE_KEY,
    DEFAULT_MANAGEMENT_KEY,
    DEFAULT_TOTAL_CREDITS,
    DEFAULT_TOTAL_USAGE,
    StandIn,
)


def _amount(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}")
    return value


def _budget(text: str) -> Budget:
    """``SCOPE:LIMIT[:SPEND[:RESET]]``, e.g. ``workspace:500:500:monthly``."""
    parts = text.split(":")
    if not 2 <= len(parts) <= 4:
        raise argparse.ArgumentTypeError(f"expected SCOPE:LIMIT[:SPEND[:RESET]], got {text!r}")
    spend = parts[2] if len(parts) > 2 else "0"
    reset = parts[3] if len(parts) > 3 else None
    try:
        return Budget(parts[0], limit=_amount(parts[1]), spend=_amount(spend), reset=reset)
    except (ValueError, argparse.ArgumentTypeError, errors.OpenRouterError) as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def _free_requests(text: str) -> tuple[int, int]:
    """``USED/LIMIT``, e.g. ``48/50``."""
    used, sep, limit = text.partition("/")
    if not sep or not used.isdigit() or not limit.isdigit():
        raise argparse.ArgumentTypeError(f"expected USED/LIMIT (two whole numbers), got {text!r}")
    return int(used), int(limit)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m openrouter.testing",
        description=(
            "Serve a local stand-in for the OpenRouter Credits API on 127.0.0.1 until Ctrl-C. "
            "GET /credits answers 200 to a management key, 403 to an inference key, 401 to any other "
            "key or none; GET /key answers 200 to both kinds of key (the inference keys with "
            "--key-limit and --key-usage), 401 to any other; POST /credits/coinbase answers 410. "
            "Routes are served under /api/v1 and at the root. Prints the URL to use as server_url."
        ),
    )
    parser.add_argument("--port", type=int, default=8787, help="port to listen on; 0 picks a free one (8787)")
    parser.add_argument("--host", default="127.0.0.1", help="IPv4 loopback address to listen on (127.0.0.1)")
    parser.add_argument(
        "--management-key",
        action="append",
        metavar="KEY",
        help=f"a key answered 200 (repeatable; default: {DEFAULT_MANAGEMENT_KEY})",
    )
    parser.add_argument(
        "--inference-key",
        action="append",
        metavar="KEY",
        help=f"a key answered 403 (repeatable; default: {DEFAULT_INFERENCE_KEY})",
    )
    parser.add_argument(
        "--total-credits",
        type=_amount,
        default=DEFAULT_TOTAL_CREDITS,
        metavar="AMOUNT",
        help="total_credits reported (%(default)s)",
    )
    parser.add_argument(
        "--total-usage",
        type=_amount,
        default=DEFAULT_TOTAL_USAGE,
        metavar="AMOUNT",
        help="total_usage reported (%(default)s)",
    )
    parser.add_argument(
        "--key-limit",
        type=_amount,
        metavar="USD",
        help="the spending limit GET /key reports for the inference keys (default: none)",
    )
    parser.add_argument(
        "--key-usage",
        type=_amount,
        default=0.0,
        metavar="USD",
        help="the usage GET /key reports for the inference keys (%(default)s)",
    )
    parser.add_argument(
        "--key-limit-reset",
        choices=LIMIT_RESETS,
        help="the period whose usage counts against --key-limit (default: all time)",
    )
    parser.add_argument(
        "--budget",
        action="append",
        type=_budget,
        default=[],
        metavar="SCOPE:LIMIT[:SPEND[:RESET]]",
        help=(
            "a budget layer of the inference keys, e.g. workspace:500:500:monthly or api_key:50:0:daily "
            f"(repeatable; RESET: {', '.join(RESET_INTERVALS)}, or none for a lifetime budget); "
            "--key-limit adds the key's own layer"
        ),
    )
    parser.add_argument(
        "--free-requests",
        type=_free_requests,
        metavar="USED/LIMIT",
        help="the inference keys' free-model requests today, e.g. 48/50 (default: 0/1000)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the stand-in from the command line; returns the exit status (2: cannot start)."""
    parser = _parser()
    args = parser.parse_args(argv)
    stop = threading.Event()
    try:
        server = StandIn(
            args.host,
            args.port,
            total_credits=args.total_credits,
            total_usage=args.total_usage,
            management_keys=args.management_key or [DEFAULT_MANAGEMENT_KEY],
            inference_keys=args.inference_key or [DEFAULT_INFERENCE_KEY],
        )
    except errors.OpenRouterError as exc:
        parser.exit(2, f"{parser.prog}: {exc}\n")
    for key in server.inference_keys:
        known = server.keys[key]
        known.limit, known.usage, known.limit_reset = args.key_limit, args.key_usage, args.key_limit_reset
        known.budgets = [dataclasses.replace(b) for b in args.budget]  # each key counts its own spend
        if args.free_requests is not None:
            known.free_requests_used, known.free_requests_limit = args.free_requests
    with server:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
        sys.stdout.write(server.url + "\n")
        sys.stdout.flush()
        assert server.management_keys is not None
        sys.stderr.write(
            f"OpenRouter Credits stand-in serving on {server.url} "
            f"({len(server.management_keys)} management key(s), {len(server.inference_keys)} inference "
            "key(s)); Ctrl-C to stop\n"
        )
        sys.stderr.flush()
        with contextlib.suppress(KeyboardInterrupt):
            while not stop.wait(0.5):
                pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
