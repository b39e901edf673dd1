"""The ``openrouter-credits`` command (also ``python -m openrouter``): the account's credits, a key's budget.

    openrouter-credits get                        # total, used and remaining credits as a table
    openrouter-credits get --json                 # the same as one JSON object
    openrouter-credits get --min-remaining 5      # exit 1 when fewer than 5 credits remain
    openrouter-credits get --timeout 10           # give up after 10 s, retries and waits included
    openrouter-credits key                        # this key's label, limit, remaining, usage, expiry
    openrouter-credits key --min-remaining 5 --min-days 7   # the CI guard: exit 1 when the key has
                                                  # less than 5 USD of its limit left or expires within
                                                  # 7 days; exit 6 when it has no limit
    openrouter-credits exporter                   # serve the key's budgets as Prometheus metrics

The API key is read from ``OPENROUTER_API_KEY`` only: a key given as an argument would end up in shell
histories, CI logs and process lists. ``get`` needs a management key (``GET /credits``); ``key`` works
with any key (``GET /key``), so a pipeline guards its budget with the inference key it already has.

While it works, each retry goes to stderr (what failed, which attempt, the next try in how many
seconds, the wait the server asked for); a failure ends with the attempts made and the time spent.
With ``--json`` a failure also prints one JSON object on stdout (see :func:`main`).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, NoReturn

from . import _exporter
from ._cli_call import (
    DEADLINE_GRACE,
    EXIT_API_ERROR,
    EXIT_AUTH,
    EXIT_BELOW_MINIMUM,
    EXIT_INTERRUPTED,
    EXIT_NO_LIMIT,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    PROG,
    _answer,
    _decimal,
    _Done,
    _err,
    _Failure,
    _report,
    _show,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._client import OpenRouter
    from .operations import GetCreditsResponse, GetCurrentKeyData, GetCurrentKeyResponse

__all__ = [
    "DEADLINE_GRACE",
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_BELOW_MINIMUM",
    "EXIT_INTERRUPTED",
    "EXIT_NO_LIMIT",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "main",
]

_EPILOG = """\
exit status:
  0  OK (and, with --min-remaining / --min-days, the guard passed)
  1  less remains than --min-remaining (key: or the key expires within --min-days)
  2  usage error (bad arguments)
  3  authentication failed: OPENROUTER_API_KEY missing, invalid, expired or disabled (401), or not
     a management key (403, get only: run `openrouter-credits key` with an inference key)
  4  could not reach the API (connection failure or --timeout reached)
  5  any other API error
  6  key --min-remaining: the key has no spending limit, so there is nothing to check
  130  interrupted (Ctrl-C)

Each retry is reported on stderr; a failure ends with the attempts made and the time spent.
With --json, a failure prints {"error": KIND, "message": ..., "exit_status": N, ...} on stdout.
The API key is read from the OPENROUTER_API_KEY environment variable only. `get` (the account's
credits) needs a management key (https://openrouter.ai/settings/management-keys); `key` (what this
key may still spend) works with any key, the inference key a CI pipeline already has.
"""


class _UsageError(Exception):
    """Bad arguments; argparse has already printed the usage and the message on stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Print what argparse prints, then raise instead of exiting (so ``--json`` can answer too)."""
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise _UsageError(message)


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text!r}")
    return value


def _days(text: str) -> Decimal:
    try:
        return _amount(text)
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("number", "number of days")) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Read the credits of an OpenRouter account, or what an API key may still spend.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    get = commands.add_parser(
        "get",
        help="print total, used and remaining credits (needs a management key)",
        description="Print total, used and remaining credits (GET /credits, needs a management key).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    get.add_argument(
        "--min-remaining",
        type=_amount,
        metavar="AMOUNT",
        help="exit with status 1 when fewer than AMOUNT (>= 0) credits remain",
    )
    key = commands.add_parser(
        "key",
        help="print this key's label, limit, remaining limit, usage and expiry (any key)",
        description=(
            "Print the label, spending limit, remaining limit, reset period, usage and BYOK usage "
            "(today, this week, this month, all time) and expiry of the key in OPENROUTER_API_KEY, "
            "amounts in USD (GET /key, works with an inference key). The key itself is never printed."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    key.add_argument(
        "--min-remaining",
        type=_amount,
        metavar="USD",
        help=(
            "exit with status 1 when less than USD (>= 0) of the key's limit remains "
            "(limit_remaining), with status 6 when the key has no limit"
        ),
    )
    key.add_argument(
        "--min-days",
        type=_days,
        metavar="DAYS",
        help="exit with status 1 when the key expires within DAYS (>= 0) days (or has expired)",
    )
    _exporter.add_parser(commands)  # openrouter-credits exporter (its own module: _exporter)
    for command in (get, key):
        command.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
        command.add_argument(
            "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
        )
        command.add_argument(
            "--timeout",
            type=_seconds,
            default=30.0,
            metavar="SECONDS",
            help=(
                "the whole call's deadline: attempts, retries and waits together (default 30); "
                "past it the command exits with status 4"
            ),
        )
    return parser


async def _get_credits(client: OpenRouter) -> GetCreditsResponse:
    return await client.credits.get_credits_async()


async def _get_key(client: OpenRouter) -> GetCurrentKeyResponse:
    return await client.api_keys.get_current_key_metadata_async()


def _get(args: argparse.Namespace) -> int:
    res = _answer(
        args, _get_credits, "export a management key (https://openrouter.ai/settings/management-keys)"
    )
    total, used = _decimal(res.data.total_credits), _decimal(res.data.total_usage)
    remaining = total - used
    below = args.min_remaining is not None and remaining < args.min_remaining
    if args.json:
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
        _err(f"{_show(remaining)} credits remaining, below the minimum of {_show(args.min_remaining)}")
        return EXIT_BELOW_MINIMUM
    return EXIT_OK


#: The usage fields of ``GET /key``, in the order shown: (field, row label).
_USAGE = (
    ("usage_daily", "usage today"),
    ("usage_weekly", "this week"),
    ("usage_monthly", "this month"),
    ("usage", "all time"),
    ("byok_usage_daily", "BYOK today"),
    ("byok_usage_weekly", "this week"),
    ("byok_usage_monthly", "this month"),
    ("byok_usage", "all time"),
)


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An answer's time in UTC (the API sends ``...Z``; a time without a zone is taken as UTC)."""
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)


@dataclass(frozen=True)
class _Budget:
    """What ``key`` decides from an answer: amounts as decimals, expiry in UTC, the guard's verdicts."""

    limit: Decimal | None
    remaining: Decimal | None
    expires: datetime.datetime | None
    days_left: float | None
    below: bool  # --min-remaining given, the key has a limit, and less of it remains
    no_limit: bool  # --min-remaining given and the key has no limit
    expiring: bool  # --min-days given and the key expires within it (or has expired)

    @classmethod
    def of(cls, args: argparse.Namespace, data: GetCurrentKeyData) -> _Budget:
        limit = None if data.limit is None else _decimal(data.limit)
        remaining = None if limit is None or data.limit_remaining is None else _decimal(data.limit_remaining)
        expires = _utc(data.expires_at) if isinstance(data.expires_at, datetime.datetime) else None
        days = None if expires is None else (expires - _now()).total_seconds() / 86400
        minimum, min_days = args.min_remaining, args.min_days
        return cls(
            limit,
            remaining,
            expires,
            days,
            below=minimum is not None and remaining is not None and remaining < minimum,
            no_limit=minimum is not None and remaining is None,
            expiring=min_days is not None and days is not None and days < min_days,
        )

    def json(self, args: argparse.Namespace, data: GetCurrentKeyData) -> dict[str, object]:
        out: dict[str, object] = {
            "label": data.label,
            "limit": None if self.limit is None else float(self.limit),
            "limit_remaining": None if self.remaining is None else float(self.remaining),
            "limit_reset": data.limit_reset,
            **{name: float(_decimal(getattr(data, name))) for name, _ in _USAGE},
            "include_byok_in_limit": data.include_byok_in_limit,
            "is_free_tier": data.is_free_tier,
            "is_management_key": data.is_management_key,
            "expires_at": None if self.expires is None else self.expires.isoformat().replace("+00:00", "Z"),
            "days_left": None if self.days_left is None else round(self.days_left, 3),
        }
        if args.min_remaining is not None:
            out["min_remaining"] = float(args.min_remaining)
            out["below_minimum"] = None if self.no_limit else self.below
            out["no_limit"] = self.no_limit
        if args.min_days is not None:
            out["min_days"] = float(args.min_days)
            out["expires_within_min_days"] = self.expiring
        return out

    def rows(self, data: GetCurrentKeyData) -> list[tuple[str, str]]:
        """The table: amounts in USD, right-aligned together."""
        amounts = {name: _show(_decimal(getattr(data, name))) for name, _ in _USAGE}
        if self.limit is not None:
            amounts["limit"] = _show(self.limit)
        if self.remaining is not None:
            amounts["remaining"] = _show(self.remaining)
        width = max(map(len, amounts.values()))
        usd = {name: f"{text:>{width}} USD" for name, text in amounts.items()}
        expiry = "never"
        if self.expires is not None and self.days_left is not None:
            expiry = self.expires.strftime("%Y-%m-%d %H:%M:%S UTC")
            expiry += " (expired)" if self.days_left < 0 else f" (in {self.days_left:.1f} days)"
        return [
            ("label", data.label),
            ("limit", usd.get("limit", "none")),
            ("remaining", usd.get("remaining", "no limit")),
            ("resets", data.limit_reset or "never"),
            *((label, usd[name]) for name, label in _USAGE),
            ("expires", expiry),
        ]


def _key(args: argparse.Namespace) -> int:
    data = _answer(args, _get_key, "export the API key to check (an inference key is enough)").data
    budget = _Budget.of(args, data)
    if args.json:
        print(json.dumps(budget.json(args, data)))
    else:
        for label, value in budget.rows(data):
            print(f"{label:<12} {value}")
    if data.is_management_key:
        _err(
            "this is a management key: it can create, change and delete every key of the account; "
            "a CI pipeline needs only an inference key (this command works with one)"
        )
    if budget.expiring and budget.days_left is not None:
        when = "has expired" if budget.days_left < 0 else f"expires in {budget.days_left:.1f} days"
        _err(f"the key {when}, within the minimum of {_show(args.min_days)} days")
    if budget.below and budget.remaining is not None:
        _err(
            f"{_show(budget.remaining)} USD of the key's limit remains, "
            f"below the minimum of {_show(args.min_remaining)}"
        )
    if budget.below or budget.expiring:
        return EXIT_BELOW_MINIMUM
    if budget.no_limit:
        _err(
            "the key has no spending limit, so --min-remaining has nothing to check: give the key a "
            "limit (https://openrouter.ai/settings/keys), or guard the account's balance with "
            "`openrouter-credits get` (which needs a management key)"
        )
        return EXIT_NO_LIMIT
    return EXIT_OK


def _now() -> datetime.datetime:
    """The current time (UTC); tests replace it."""
    return datetime.datetime.now(datetime.UTC)


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether ``--json`` was asked for, even when the arguments do not parse."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "--json" in options


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    With ``--json``, a failure prints on stdout ``{"error": kind, "message": ..., "exit_status": n,
    "error_type", "status_code", "retry_after", "attempts", "elapsed_seconds"}``, kind being one of
    ``usage``, ``auth``, ``unreachable``, ``timeout``, ``api_error``, ``interrupted``.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = _parser().parse_args(argv)
    except _UsageError as exc:
        if _wants_json(argv):
            failure = _Failure("usage", str(exc), EXIT_USAGE)
            return _report(argparse.Namespace(json=True), failure, None, echo=False)
        return EXIT_USAGE
    except SystemExit as exc:  # argparse after --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "exporter":
        return _exporter.run(args)
    try:
        return _key(args) if args.command == "key" else _get(args)
    except _Done as done:
        return done.status
    except KeyboardInterrupt:
        return _report(args, _Failure("interrupted", "interrupted", EXIT_INTERRUPTED), None)
