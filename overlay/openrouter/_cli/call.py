"""Running one API call for a command: its ``--timeout`` budget, its progress on stderr, its failure.

The commands say what to call and what to print of the answer; everything between (the budget, the
retry lines, the exit status and the ``--json`` error object of a failure) is here, shared by them.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
from collections.abc import Callable
from typing import TypeVar

from .. import errors, utils
from .._client import OpenRouter
from .common import (
    DEADLINE_GRACE,
    EXIT_API_ERROR,
    EXIT_AUTH,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    PROG,
    Done,
    Failure,
    Progress,
    err,
    report,
    secs,
)

T = TypeVar("T")

#: What ``get`` adds to a 403: the command that works with the key the user has.
USE_KEY_COMMAND = (
    "with an inference key, run `openrouter-credits key` instead (what this key may still spend)"
)


def failure(exc: errors.OpenRouterError) -> Failure:
    """The kind, message and exit status of an error the client raised."""
    if isinstance(exc, errors.InvalidArgumentError):
        return Failure("usage", f"error: {exc}", EXIT_USAGE, exc)
    if isinstance(exc, errors.ForbiddenResponseError):
        return Failure("auth", f"authentication failed: {exc}; {USE_KEY_COMMAND}", EXIT_AUTH, exc)
    if isinstance(exc, errors.UnauthorizedResponseError):
        return Failure("auth", f"authentication failed: {exc}", EXIT_AUTH, exc)
    if isinstance(exc, errors.APITimeoutError):
        return Failure("timeout", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    if isinstance(exc, errors.APIConnectionError):
        return Failure("unreachable", f"could not reach the API: {exc}", EXIT_UNREACHABLE, exc)
    return Failure("api_error", f"API error: {exc}", EXIT_API_ERROR, exc)


def fetch(args: argparse.Namespace, key: str, op: Callable[[OpenRouter], T]) -> T:
    """Run ``op`` (one API call) with ``--timeout`` as the whole call's budget, stopped for sure
    shortly after it.

    The call is synchronous (no event loop is imported) and runs in a daemon thread that this one
    waits for at most ``--timeout`` + :data:`DEADLINE_GRACE`: the client's own budget normally ends it
    first, with its own error; past that the command reports a timeout and leaves the thread behind
    (the process is about to exit). Ctrl-C reaches this thread while it waits.
    """
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

    answered: list[T] = []
    raised: list[BaseException] = []

    def call() -> None:
        try:
            with OpenRouter(
                api_key=key, server_url=args.server_url, timeout_ms=budget_ms, retry_config=retries
            ) as client:
                answered.append(op(client))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            raised.append(exc)

    worker = threading.Thread(target=call, name=f"{PROG} call", daemon=True)
    worker.start()
    worker.join(args.timeout + DEADLINE_GRACE)
    if raised:
        raise raised[0]
    if not answered:
        raise Failure(
            "timeout",
            f"could not reach the API: timed out, no complete answer within --timeout {secs(args.timeout)} s",
            EXIT_UNREACHABLE,
        )
    return answered[0]


def answer(args: argparse.Namespace, op: Callable[[OpenRouter], T], missing: str) -> T:
    """The answer of one API call, retries reported on stderr; a failure is reported (``missing``:
    what to say when ``OPENROUTER_API_KEY`` is not set) and raised as :class:`Done`."""
    key = os.environ.get("OPENROUTER_API_KEY", "").strip()
    if not key:
        raise Done(
            report(args, Failure("auth", f"OPENROUTER_API_KEY is not set: {missing}", EXIT_AUTH), None)
        )
    logger = logging.getLogger("openrouter")
    level = logger.level
    progress = Progress()
    logger.addHandler(progress)
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    try:
        res = fetch(args, key, op)
    except errors.OpenRouterError as exc:
        failed = failure(exc)
        raise Done(report(args, failed, None if failed.kind == "usage" else progress)) from None
    except Failure as failed:
        raise Done(report(args, failed, progress)) from None
    finally:
        logger.removeHandler(progress)
        logger.setLevel(level)
    if progress.attempts > 1:
        err(f"answered on attempt {progress.attempts} after {progress.elapsed():.2f} s")
    return res
