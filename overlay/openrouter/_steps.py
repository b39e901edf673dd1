"""A call's logic as a sans-IO step machine, written once for the sync and async drivers.

:func:`steps` is a generator: it yields what to do next, an :class:`~openrouter._attempt.Attempt` to
send or a float of seconds to sleep, and is sent back what happened: the :class:`Answer` read, the
``httpx.HTTPError`` raised, or None after a sleep. It returns the typed result or raises an
:class:`~openrouter.errors.OpenRouterError`. The decisions live here: attempts, the deadline, redirects,
what each outcome becomes (:mod:`._outcomes`), retry decisions (:mod:`._retry`), the after-success and
after-error hooks, and logging. The drivers (``_client.OpenRouter._run`` / ``_run_async``) perform the
actions: they build each attempt's ``httpx.Request`` and run the before-request hooks on it
(``_client.OpenRouter._request``, shared by both), send it, read the body by the attempt's deadline
(:mod:`._body`) and sleep. So the two paths cannot drift apart, and tests drive the steps with scripted
outcomes and a fake clock.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _outcomes
from ._attempt import Attempt
from ._constants import MAX_REDIRECTS
from ._responses import Answer
from ._retry import Attempts, retryable
from .errors import ResponseValidationError

if TYPE_CHECKING:
    from ._call import Call
    from .errors import OpenRouterError
    from .hooks import Hooks

__all__ = ["REDIRECTS", "Outcome", "Steps", "redirect_refusal", "redirect_target", "steps"]

T = TypeVar("T")
#: What a driver sends back into the steps: the answer read, a failure, or None after a sleep.
Outcome = Answer | httpx.HTTPError | None
Steps = Generator[Attempt | float, Outcome, T]

REDIRECTS = frozenset({301, 302, 303, 307, 308})

log = logging.getLogger("openrouter")


def steps(
    call: Call[T],
    timeout: httpx.Timeout,
    started: float,
    hooks: Hooks | None = None,
    debug_log: Any = None,
    *,
    now: Callable[[], float] = time.monotonic,
    rand: Callable[[], float] = random.random,
) -> Steps[T]:
    """All of a call's logic; yields an :class:`Attempt` to send or a float of seconds to sleep.

    ``timeout``: per attempt (the call's, else the sending client's); ``started``: the call's start on
    the clock ``now``; ``debug_log``: where debug lines go (None: none); ``rand``: the backoff jitter.
    """
    attempts = Attempts(call.retry, started, now, rand)
    full = timeout.as_dict()
    # An attempt as a whole ends within its longest phase timeout (a drip cannot stretch it).
    attempt_limit = max((t for t in full.values() if t is not None), default=None)
    # The call's deadline: the retry budget, else the one attempt's limit.
    deadline = attempts.deadline
    if deadline is None and attempt_limit is not None:
        deadline = started + attempt_limit
    url, method, redirects = call.url, call.method, 0
    last: OpenRouterError | None = None
    while True:
        moment = now()
        ends = deadline if deadline is not None else moment + 1e9
        if attempt_limit is not None:
            ends = min(ends, moment + attempt_limit)
        left = ends - moment
        if left <= 0:
            raise _outcomes.deadline_error(call, moment - started, attempts.number - 1, last)
        phases = full
        if any(v is not None and v > left for v in full.values()) or None in full.values():
            phases = {k: left if v is None else min(v, left) for k, v in full.items()}
        t0 = time.perf_counter()
        attempt = Attempt(call, method, url, call.headers, phases, ends)
        outcome = yield attempt
        if isinstance(outcome, Answer):
            status = outcome.status_code
            if debug_log is not None:
                _debug(debug_log, method, url, status, attempts.number, t0)
            if 200 <= status < 300:
                if outcome.truncated:
                    raise _outcomes.too_large(call, outcome)
                try:
                    result: T = _outcomes.parse(call, outcome)
                except ResponseValidationError:
                    outcome.discard_connection()  # what did not parse may not have framed either
                    raise
                if hooks is not None and hooks.success:  # hooks get the answer read
                    hooks.after_success(call, outcome.full())
                return result
            if status in REDIRECTS:
                target = redirect_target(url, outcome.response)
                why = redirect_refusal(url, target, method, status, redirects)
                if why is not None:
                    raise _outcomes.redirect_error(call, outcome, target, why)
                assert target is not None
                redirects += 1
                url = target
                if status == 303:
                    method = "GET"
                continue
            error: OpenRouterError = _outcomes.status_error(call, outcome)
            cause: BaseException | None = None
            may_retry = True
            if hooks is not None and hooks.error:
                hooks.after_error(call, outcome.full(), error)
        else:
            assert outcome is not None, "a driver sends None only after a sleep"
            if debug_log is not None:
                _debug(debug_log, method, url, type(outcome).__name__, attempts.number, t0)
            if deadline is not None and now() >= deadline and isinstance(outcome, httpx.TimeoutException):
                raise _outcomes.deadline_error(
                    call, now() - started, attempts.number, last, outcome
                ) from outcome
            error = _outcomes.transport_error(call, outcome, attempt.received)
            cause, may_retry = outcome, retryable(outcome, attempt.received)
            if hooks is not None:
                hooks.after_error(call, None, error)
            if attempts.on_fresh_connection(attempt, outcome):
                last = error
                _log_retry(method, url, 0.0, attempts.number - 1, error)
                continue
        delay = attempts.delay_before_next(error) if may_retry else None
        if delay is None:
            raise error from cause
        last = error
        _log_retry(method, url, delay, attempts.number - 1, error)
        yield delay


def _log_retry(method: str, url: httpx.URL, delay: float, failed: int, error: OpenRouterError) -> None:
    log.info(
        "retrying %s %s in %.2f s (attempt %d failed: %s)",
        method,
        url,
        delay,
        failed,
        error,
        extra={"openrouter_retry": {"attempt": failed, "delay": delay, "error": error}},
    )


def _debug(debug_log: Any, method: str, url: httpx.URL, result: object, attempt: int, t0: float) -> None:
    ms = (time.perf_counter() - t0) * 1000
    debug_log.debug("%s %s -> %s (attempt %d, %.1f ms)", method, url, result, attempt, ms)


def redirect_target(url: httpx.URL, response: httpx.Response) -> httpx.URL | None:
    """Where a redirect leads (``Location`` resolved against ``url``), or None when it has none usable."""
    location = response.headers.get("location")
    if not location:
        return None
    try:
        return url.join(location)
    except (httpx.InvalidURL, ValueError, TypeError):
        return None


def redirect_refusal(
    url: httpx.URL, target: httpx.URL | None, method: str, status: int, redirects: int
) -> str | None:
    """Why a redirect is not followed, or None to follow it (same origin, a few at most)."""
    if target is None:
        return "the answer has no usable Location header"
    if (target.scheme, target.host, target.port) != (url.scheme, url.host, url.port):
        return "it leads to another origin and the API key is only ever sent to the server_url's origin"
    if redirects >= MAX_REDIRECTS:
        return f"more than {MAX_REDIRECTS} redirects"
    if status in (301, 302) and method != "GET":
        return f"a {status} may not repeat a {method} (use 307/308)"
    return None
