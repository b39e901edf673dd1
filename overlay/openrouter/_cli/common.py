"""What every command shares: exit statuses, options, output, progress lines, the failure report.

``main`` imports it for every run (``--help`` and a usage error included), before it knows which command
runs, so it imports no generated module and no event loop (``tests/project/test_import_set.py``).
Running an API call (the client, its budget, its error mapping) is in ``call``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from typing import TYPE_CHECKING, Any, NoReturn

from .._responses import snippet as one_line

if TYPE_CHECKING:
    from decimal import Decimal

    from .. import errors

PROG = "openrouter-credits"
EXIT_OK = 0
#: ``--min-remaining`` was given and less remains; for ``key``, also: it expires within ``--min-days``.
EXIT_BELOW_MINIMUM = 1
#: Bad arguments (argparse's own status), including an invalid ``--server-url``.
EXIT_USAGE = 2
#: ``OPENROUTER_API_KEY`` is missing, unknown or revoked (401), or not a management key (403).
EXIT_AUTH = 3
#: No answer from the API: connection refused or dropped, DNS, TLS, or ``--timeout`` reached.
EXIT_UNREACHABLE = 4
#: Any other API error: a 5XX once retries are spent, another 4XX, or an answer that is not the schema.
EXIT_API_ERROR = 5
#: ``key --min-remaining`` was given and the key has no spending limit: nothing to check it against.
EXIT_NO_LIMIT = 6
#: Interrupted (Ctrl-C), the shell's convention for SIGINT.
EXIT_INTERRUPTED = 130

#: How long past ``--timeout`` the command itself stops the call, whatever the server does (the
#: client's own budget normally ends it first, with its own error).
DEADLINE_GRACE = 0.5


# --- arguments ---------------------------------------------------------------------------------------


class UsageError(Exception):
    """Bad arguments; argparse has already printed the usage and the message on stderr."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Print what argparse prints, then raise instead of exiting (so ``--json`` can answer too)."""
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise UsageError(message)


def amount(text: str) -> Decimal:
    from decimal import Decimal, InvalidOperation  # decimal (~1 ms) loads only where amounts are decimals

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text!r}")
    return value


def number_of_days(text: str) -> Decimal:
    try:
        return amount(text)
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("number", "number of days")) from None


def whole_number(text: str) -> int:
    """An argparse type: a whole number >= 0."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {text!r}")
    return int(text)


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text!r}")
    return value


def add_call_options(command: argparse.ArgumentParser) -> None:
    """The options of every command that makes one API call: ``--json``, ``--server-url``, ``--timeout``."""
    command.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    command.add_argument(
        "--server-url", metavar="URL", help="the API base URL (default https://openrouter.ai/api/v1)"
    )
    command.add_argument(
        "--timeout",
        type=seconds,
        default=30.0,
        metavar="SECONDS",
        help=(
            "the whole call's deadline: attempts, retries and waits together (default 30); "
            "past it the command exits with status 4"
        ),
    )


# --- output ------------------------------------------------------------------------------------------


def decimal(value: float) -> Decimal:
    """The float as the decimal it was written as (``0.1`` is 0.1, not 0.1000000000000000055...)."""
    from decimal import Decimal

    return Decimal(repr(value))


def _as_written(value: float) -> tuple[int, int] | None:
    """``value`` as written (its repr) as ``(digits, exponent)``: digits * 10**exponent; None for an
    infinity or NaN, or a negative zero (whose sign the integer would lose)."""
    mantissa, _, exponent = repr(value).lower().partition("e")
    whole, _, fraction = mantissa.partition(".")
    try:
        digits = int(whole + fraction)
        if digits == 0 and whole.startswith("-"):
            return None
        return digits, int(exponent or 0) - len(fraction)
    except ValueError:
        return None


def difference(a: float, b: float) -> float:
    """``float(decimal(a) - decimal(b))``, the same float, without importing ``decimal`` when the exact
    difference has at most 28 digits (the default context's precision: then Decimal's is exact too)."""
    x, y = _as_written(a), _as_written(b)
    if x is not None and y is not None:
        exponent = min(x[1], y[1])
        digits = x[0] * 10 ** (x[1] - exponent) - y[0] * 10 ** (y[1] - exponent)
        if len(str(abs(digits))) <= 28:
            return float(f"{digits}e{exponent}")
    return float(decimal(a) - decimal(b))


def show(value: Decimal) -> str:
    from decimal import Decimal

    text = f"{value:.2f}"
    return text if Decimal(text) == value else format(value.normalize(), "f")


def secs(value: float) -> str:
    return f"{value:.3g}"


def err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {one_line(message, 2000)}\n")
    sys.stderr.flush()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- progress and failures ---------------------------------------------------------------------------


class Progress(logging.Handler):
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
            wait = "" if asked is None else f" (the server asked to wait {secs(asked)} s)"
            err(f"attempt {attempt} failed: {one_line(str(error), 300)}; retrying in {delay:.2f} s{wait}")
        except Exception:  # a progress line must never break the call
            self.handleError(record)


class Failure(Exception):
    """A failure the command reports: kind (for ``--json``), message, exit status."""

    def __init__(self, kind: str, message: str, status: int, error: errors.OpenRouterError | None = None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.error = error


class Done(Exception):
    """The call failed and was reported: exit with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def report(
    args: argparse.Namespace, failure: Failure, progress: Progress | None, *, echo: bool = True
) -> int:
    """Print a failure: one line on stderr (unless ``echo`` is off) and, with ``--json``, one object
    on stdout; return its exit status."""
    error = failure.error
    asked = None if error is None else error.retry_after
    line = failure.message
    if asked is not None:
        line += f" (the server asked to retry after {secs(asked)} s)"
    if progress is not None:
        line += f" ({plural(progress.attempts, 'attempt')} in {progress.elapsed():.2f} s)"
    if echo:
        err(line)
    if getattr(args, "json", False):
        out: dict[str, Any] = {
            "error": failure.kind,
            "message": one_line(failure.message, 2000),
            "exit_status": failure.status,
            "error_type": None if error is None else type(error).__name__,
            "status_code": None if error is None else error.status_code,
            "retry_after": asked,
            "attempts": 0 if progress is None else progress.attempts,
            "elapsed_seconds": None if progress is None else round(progress.elapsed(), 3),
        }
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
    return failure.status
