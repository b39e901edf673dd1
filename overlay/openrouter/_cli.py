"""The ``openrouter-credits`` command (also ``python -m openrouter``): read the account's credits.

    openrouter-credits get                        # total, used and remaining credits as a table
    openrouter-credits get --json                 # the same as one JSON object
    openrouter-credits get --min-remaining 5      # exit 1 when fewer than 5 credits remain (a CI guard)
    openrouter-credits get --timeout 10           # give up after 10 s, retries and waits included

The API key is read from ``OPENROUTER_API_KEY`` only (a management key): a key given as an argument
would end up in shell histories, CI logs and process lists.

While it works, each retry goes to stderr (what failed, which attempt, the next try in how many
seconds, the wait the server asked for); a failure ends with the attempts made and the time spent.
With ``--json`` a failure also prints one JSON object on stdout (see :func:`main`).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import time
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NoReturn

from . import errors, utils
from ._client import OpenRouter
from ._responses import snippet as _one_line
from ._version import __version__

if TYPE_CHECKING:
    from .operations import GetCreditsResponse

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_BELOW_MINIMUM",
    "EXIT_INTERRUPTED",
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
#: Interrupted (Ctrl-C), the shell's convention for SIGINT.
EXIT_INTERRUPTED = 130

#: How long past ``--timeout`` the command itself stops the call, whatever the server does (the
#: client's own budget normally ends it first, with its own error).
DEADLINE_GRACE = 0.5

_EPILOG = """\
exit status:
  0  OK (and, with --min-remaining, at least that many credits remain)
  1  fewer credits remain than --min-remaining
  2  usage error (bad arguments)
  3  authentication failed: OPENROUTER_API_KEY missing, invalid (401) or not a management key (403)
  4  could not reach the API (connection failure or --timeout reached)
  5  any other API error
  130  interrupted (Ctrl-C)

Each retry is reported on stderr; a failure ends with the attempts made and the time spent.
With --json, a failure prints {"error": KIND, "message": ..., "exit_status": N, ...} on stdout.
The API key is read from the OPENROUTER_API_KEY environment variable only; reading credits needs a
management key (https://openrouter.ai/settings/management-keys).
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
        help="exit with status 1 when fewer than AMOUNT (>= 0) credits remain",
    )
    get.add_argument(
        "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
    )
    get.add_argument(
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


def _decimal(value: float) -> Decimal:
    """The float as the decimal it was written as (``0.1`` is 0.1, not 0.1000000000000000055...)."""
    return Decimal(repr(value))


def _show(value: Decimal) -> str:
    text = f"{value:.2f}"
    return text if Decimal(text) == value else format(value.normalize(), "f")


def _secs(value: float) -> str:
    return f"{value:.3g}"


def _err(message: str) -> None:
    print(f"{PROG}: {_one_line(message, 2000)}", file=sys.stderr, flush=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class _Progress(logging.Handler):
    """Prints each retry the client logs (``record.openrouter_retry``) on stderr; counts attempts."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.started = time.perf_counter()
        self.attempts = 1

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def emit(self, record: logging.LogRecord) -> None:
        info = getattr(record, "openrouter_retry", None)
        if not isinstance(info, dict):
            return
        try:
            attempt, delay, error = int(info["attempt"]), float(info["delay"]), info["error"]
            self.attempts = max(self.attempts, attempt + 1)
            asked = getattr(error, "retry_after", None)
            wait = "" if asked is None else f" (the server asked to wait {_secs(asked)} s)"
            _err(f"attempt {attempt} failed: {_one_line(str(error), 300)}; retrying in {delay:.2f} s{wait}")
        except Exception:  # a progress line must never break the call
            self.handleError(record)


class _Failure(Exception):
    """A failure the command reports: kind (for ``--json``), message, exit status."""

    def __init__(self, kind: str, message: str, status: int, error: errors.OpenRouterError | None = None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.error = error


def _failure(exc: errors.OpenRouterError) -> _Failure:
    """The kind, message and exit status of an error the client raised."""
    if isinstance(exc, errors.InvalidArgumentError):
        return _Failure("usage", f"error: {exc}", EXIT_USAGE, exc)
    if isinstance(exc, errors.UnauthorizedResponseError | errors.ForbiddenResponseError):
        return _Failure("auth", f"authentication failed: {exc}", EXIT_AUTH, exc)
    if isinstance(exc, errors.APITimeoutError):
        return _Failure("timeout", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    if isinstance(exc, errors.APIConnectionError):
        return _Failure("unreachable", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    return _Failure("api_error", f"API error: {exc}", EXIT_API_ERROR, exc)


def _fetch(args: argparse.Namespace, key: str) -> GetCreditsResponse:
    """GET /credits with ``--timeout`` as the whole call's budget, stopped for sure shortly after it."""
    import anyio

    budget_ms = args.timeout * 1000
    retries = utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(
            initial_interval=min(500, budget_ms),
            max_interval=min(4_000, budget_ms),
            exponent=2.0,
            max_elapsed_time=budget_ms,
        ),
        retry_connection_errors=True,
    )

    async def call() -> GetCreditsResponse | None:
        with anyio.move_on_after(args.timeout + DEADLINE_GRACE):
            async with OpenRouter(
                api_key=key, server_url=args.server_url, timeout_ms=budget_ms, retry_config=retries
            ) as client:
                return await client.credits.get_credits_async()
        return None

    res = anyio.run(call)
    if res is None:
        raise _Failure(
            "timeout",
            "could not reach the API: timed out, no complete answer within "
            f"--timeout {_secs(args.timeout)} s",
            EXIT_UNREACHABLE,
        )
    return res


def _report(
    args: argparse.Namespace, failure: _Failure, progress: _Progress | None, *, echo: bool = True
) -> int:
    """Print a failure: one line on stderr (unless ``echo`` is off) and, with ``--json``, one object
    on stdout; return its exit status."""
    error = failure.error
    asked = None if error is None else error.retry_after
    line = failure.message
    if asked is not None:
        line += f" (the server asked to retry after {_secs(asked)} s)"
    if progress is not None:
        line += f" ({_plural(progress.attempts, 'attempt')} in {progress.elapsed():.2f} s)"
    if echo:
        _err(line)
    if getattr(args, "json", False):
        out: dict[str, Any] = {
            "error": failure.kind,
            "message": _one_line(failure.message, 2000),
            "exit_status": failure.status,
            "error_type": None if error is None else type(error).__name__,
            "status_code": None if error is None else error.status_code,
            "retry_after": asked,
            "attempts": 0 if progress is None else progress.attempts,
            "elapsed_seconds": None if progress is None else round(progress.elapsed(), 3),
        }
        print(json.dumps(out), flush=True)
    return failure.status


def _get(args: argparse.Namespace) -> int:
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        failure = _Failure(
            "auth",
            "OPENROUTER_API_KEY is not set: export a management key "
            "(https://openrouter.ai/settings/management-keys)",
            EXIT_AUTH,
        )
        return _report(args, failure, None)
    logger = logging.getLogger("openrouter")
    level = logger.level
    progress = _Progress()
    logger.addHandler(progress)
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    try:
        res = _fetch(args, key)
    except errors.OpenRouterError as exc:
        failure = _failure(exc)
        return _report(args, failure, None if failure.kind == "usage" else progress)
    except _Failure as failure:
        return _report(args, failure, progress)
    finally:
        logger.removeHandler(progress)
        logger.setLevel(level)
    if progress.attempts > 1:
        _err(f"answered on attempt {progress.attempts} after {progress.elapsed():.2f} s")

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
    try:
        return _get(args)
    except KeyboardInterrupt:
        return _report(args, _Failure("interrupted", "interrupted", EXIT_INTERRUPTED), None)
