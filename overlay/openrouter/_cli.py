"""The ``openrouter-credits`` command (also ``python -m openrouter``): read the account's credits.

    openrouter-credits get                        # total, used and remaining credits as a table
    openrouter-credits get --json                 # the same as one JSON object
    openrouter-credits get --min-remaining 5      # exit 1 when fewer than 5 credits remain (a CI guard)

The API key is read from ``OPENROUTER_API_KEY`` only (a management key): a key given as an argument
would end up in shell histories, CI logs and process lists.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from . import errors, utils
from ._client import OpenRouter
from ._version import __version__

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_BELOW_MINIMUM",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "main",
]

PROG = "openrouter-credits"
EXIT_OK = 0
#: ``--min-remaining`` was given and fewer credits remain.
EXIT_BELOW_MINIMUM = 1
#: Bad arguments (argparse's own status), including an invalid ``--server-url``.
EXIT_USAGE = 2
#: ``OPENROUTER_API_KEY`` is missing, unknown or revoked (401), or not a management key (403).
EXIT_AUTH = 3
#: No answer from the API: connection refused or dropped, DNS, TLS, or ``--timeout`` reached.
EXIT_UNREACHABLE = 4
#: Any other API error: a 5XX once retries are spent, another 4XX, or an answer that is not the schema.
EXIT_API_ERROR = 5

_EPILOG = """\
exit status:
  0  OK (and, with --min-remaining, at least that many credits remain)
  1  fewer credits remain than --min-remaining
  2  usage error (bad arguments)
  3  authentication failed: OPENROUTER_API_KEY missing, invalid (401) or not a management key (403)
  4  could not reach the API (connection failure or --timeout reached)
  5  any other API error

The API key is read from the OPENROUTER_API_KEY environment variable only; reading credits needs a
management key (https://openrouter.ai/settings/management-keys).
"""


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read the credits of an OpenRouter account.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    get = commands.add_parser(
        "get",
        help="print total, used and remaining credits",
        description="Print total, used and remaining credits (GET /credits, needs a management key).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    get.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    get.add_argument(
        "--min-remaining",
        type=_amount,
        metavar="AMOUNT",
        help="exit with status 1 when fewer than AMOUNT credits remain",
    )
    get.add_argument(
        "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
    )
    get.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="give up after this many seconds, retries included (default 30)",
    )
    return parser


def _decimal(value: float) -> Decimal:
    """The float as the decimal it was written as (``0.1`` is 0.1, not 0.1000000000000000055...)."""
    return Decimal(repr(value))


def _show(value: Decimal) -> str:
    text = f"{value:.2f}"
    return text if Decimal(text) == value else format(value.normalize(), "f")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fail(message: str, status: int) -> int:
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr)
    return status


def _get(args: argparse.Namespace) -> int:
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        return _fail(
            "OPENROUTER_API_KEY is not set: export a management key "
            "(https://openrouter.ai/settings/management-keys)",
            EXIT_AUTH,
        )
    budget_ms = args.timeout * 1000
    retries = utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(
            initial_interval=min(500, budget_ms),
            max_interval=max(min(4_000, budget_ms), min(500, budget_ms)),
            exponent=2.0,
            max_elapsed_time=budget_ms,
        ),
        retry_connection_errors=True,
    )
    try:
        with OpenRouter(
            api_key=key, server_url=args.server_url, timeout_ms=budget_ms, retry_config=retries
        ) as client:
            res = client.credits.get_credits()
    except errors.InvalidArgumentError as exc:
        return _fail(f"error: {exc}", EXIT_USAGE)
    except (errors.UnauthorizedResponseError, errors.ForbiddenResponseError) as exc:
        return _fail(f"authentication failed: {exc}", EXIT_AUTH)
    except errors.APIConnectionError as exc:
        return _fail(f"could not reach the API: {exc}", EXIT_UNREACHABLE)
    except errors.OpenRouterError as exc:
        return _fail(f"API error: {exc}", EXIT_API_ERROR)

    total, used = _decimal(res.data.total_credits), _decimal(res.data.total_usage)
    remaining = total - used
    below = args.min_remaining is not None and remaining < args.min_remaining
    if args.json:
        import json

        out: dict[str, object] = {
            "total_credits": float(total),
            "total_usage": float(used),
            "remaining_credits": float(remaining),
        }
        if args.min_remaining is not None:
            out["min_remaining"] = float(args.min_remaining)
            out["below_minimum"] = below
        print(json.dumps(out))
    else:
        rows = [("total", _show(total)), ("used", _show(used)), ("remaining", _show(remaining))]
        width = max(len(v) for _, v in rows)
        for label, value in rows:
            print(f"{label:<10} {value:>{width}}")
    if below:
        return _fail(
            f"{_show(remaining)} credits remaining, below the minimum of {_show(args.min_remaining)}",
            EXIT_BELOW_MINIMUM,
        )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse: 2 after a usage error, 0 after --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _get(args)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
