"""Running one API call for the command line: its budget, its progress on stderr, its failure report.

The commands (``_cli``) say what to call and what to print of the answer; everything between (the
``--timeout`` budget, the retry lines, the exit status and the ``--json`` error object of a failure)
is here, shared by ``get`` and ``key``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

from . import errors, utils
from ._client import OpenRouter
from ._responses import snippet as _one_line

T = TypeVar("T")

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


def _decimal(value: float) -> Decimal:
    """The float as the decimal it was written as (``0.1`` is 0.1, not 0.1000000000000000055...)."""
    return Decimal(repr(value))


def _show(value: Decimal) -> str:
    text = f"{value:.2f}"
    return text if Decimal(text) == value else format(value.normalize(), "f")


def _secs(value: float) -> str:
    return f"{value:.3g}"


def _err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {_one_line(message, 2000)}\n")
    sys.stderr.flush()


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


#: What ``get`` adds to a 403: the command that works with the key the user has.
USE_KEY_COMMAND = (
    "with an inference key, run `openrouter-credits key` instead (what this key may still spend)"
)


def _failure(exc: errors.OpenRouterError) -> _Failure:
    """The kind, message and exit status of an error the client raised."""
    if isinstance(exc, errors.InvalidArgumentError):
        return _Failure("usage", f"error: {exc}", EXIT_USAGE, exc)
    if isinstance(exc, errors.ForbiddenResponseError):
        return _Failure("auth", f"authentication failed: {exc}; {USE_KEY_COMMAND}", EXIT_AUTH, exc)
    if isinstance(exc, errors.UnauthorizedResponseError):
        return _Failure("auth", f"authentication failed: {exc}", EXIT_AUTH, exc)
    if isinstance(exc, errors.APITimeoutError):
        return _Failure("timeout", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    if isinstance(exc, errors.APIConnectionError):
        return _Failure("unreachable", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    return _Failure("api_error", f"API error: {exc}", EXIT_API_ERROR, exc)


def _fetch(args: argparse.Namespace, key: str, op: Callable[[OpenRouter], Awaitable[T]]) -> T:
    """Run ``op`` (one API call) with ``--timeout`` as the whole call's budget, stopped for sure
    shortly after it."""
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

    async def call() -> T | None:
        with anyio.move_on_after(args.timeout + DEADLINE_GRACE):
            async with OpenRouter(
                api_key=key, server_url=args.server_url, timeout_ms=budget_ms, retry_config=retries
            ) as client:
                return await op(client)
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
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
    return failure.status


class _Done(Exception):
    """The call failed and was reported: exit with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _answer(args: argparse.Namespace, op: Callable[[OpenRouter], Awaitable[T]], missing: str) -> T:
    """The answer of one API call, retries reported on stderr; a failure is reported (``missing``:
    what to say when ``OPENROUTER_API_KEY`` is not set) and raised as :class:`_Done`."""
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        raise _Done(
            _report(args, _Failure("auth", f"OPENROUTER_API_KEY is not set: {missing}", EXIT_AUTH), None)
        )
    logger = logging.getLogger("openrouter")
    level = logger.level
    progress = _Progress()
    logger.addHandler(progress)
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    try:
        res = _fetch(args, key, op)
    except errors.OpenRouterError as exc:
        failure = _failure(exc)
        raise _Done(_report(args, failure, None if failure.kind == "usage" else progress)) from None
    except _Failure as failure:
        raise _Done(_report(args, failure, progress)) from None
    finally:
        logger.removeHandler(progress)
        logger.setLevel(level)
    if progress.attempts > 1:
        _err(f"answered on attempt {progress.attempts} after {progress.elapsed():.2f} s")
    return res
