"""The retry policy, written once for the sync and async paths (they differ only in how they sleep).

Which failures retry: the statuses in :data:`RETRYABLE_STATUSES` (never another 4XX), or exactly
the statuses matching ``status_codes_override`` when the config has one; connection errors and
timeouts when ``retry_connection_errors`` is set. The server's ``x-should-retry: false`` always
stops a retry; ``x-should-retry: true`` permits one, except for a status outside an explicit override.
How long to wait: ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP date), else exponential
backoff with jitter (``jitter_ms``: added, as the official SDK does). A wait longer than
:data:`RETRY_AFTER_CAP` or than what is left of the budget (``max_elapsed_time``) is not slept: the
caller gets the error at once.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

from .errors import APIConnectionError, OpenRouterError, ResponseValidationError
from .utils.retries import DEFAULT_BACKOFF, RetryConfig, status_patterns

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: The longest server-requested wait that is honoured at all, in seconds.
RETRY_AFTER_CAP = 60.0


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks to wait, from ``retry-after-ms`` or ``Retry-After``; None if absent/bad."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            ms = float(value)
        except ValueError:
            pass
        else:
            if ms >= 0 and math.isfinite(ms):
                return ms / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
        return max(seconds, 0.0)
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def status_matches(status: int, patterns: tuple[str, ...]) -> bool:
    """Whether ``status`` matches one of the patterns ("429", "5XX"; upper case, already checked)."""
    code = str(status)
    return any(code == p or (p.endswith("XX") and code[:1] == p[0]) for p in patterns)


def should_retry_status(status: int, headers: Mapping[str, str], patterns: tuple[str, ...] = ()) -> bool:
    """Whether a status may be retried: ``patterns`` (an override) or the default set.

    The server's ``x-should-retry: false`` always wins; ``x-should-retry: true`` wins over the default
    set but not over an explicit override (the caller said exactly which statuses to retry).
    """
    verdict = (headers.get("x-should-retry") or "").strip().lower()
    if verdict == "false":
        return False
    if patterns:
        return status_matches(status, patterns)
    if verdict == "true":
        return True
    return status in RETRYABLE_STATUSES


def backoff_delay(retry: int, config: RetryConfig, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``retry`` (1-based): capped exponential with jitter.

    Without ``jitter_ms``: less up to 25 %. With it (the official SDK's rule): plus a random
    ``[0, jitter_ms]`` milliseconds, the sum capped at ``max_interval``.
    """
    b = config.backoff or DEFAULT_BACKOFF
    try:
        base = b.initial_interval * b.exponent ** (retry - 1)
    except OverflowError:  # a float power past 1e308: the cap applies
        base = math.inf
    if b.jitter_ms is None:
        return min(base, b.max_interval) / 1000 * (1 - 0.25 * rand())
    return min(base + b.jitter_ms * rand(), b.max_interval) / 1000


class Attempts:
    """The state of one call's retries: attempt count and the deadline on a monotonic clock."""

    __slots__ = ("config", "deadline", "number", "patterns")

    def __init__(self, config: RetryConfig, started: float | None = None) -> None:
        """``started``: the call's start on the monotonic clock (default: now)."""
        if not config.shared:  # the shared defaults cannot change: they were checked when built
            config.validate()  # its attributes are plain and may have been changed since it was built
        self.config = config
        self.patterns = status_patterns(config.status_codes_override)
        self.number = 1
        self.deadline: float | None = None
        if config.strategy == "backoff":
            budget = (config.backoff or DEFAULT_BACKOFF).max_elapsed_time / 1000
            self.deadline = (time.monotonic() if started is None else started) + budget

    def delay_before_next(self, error: OpenRouterError) -> float | None:
        """Seconds to wait before retrying after ``error``, or None to give up and raise it."""
        config = self.config
        if self.deadline is None:
            return None
        if isinstance(error, APIConnectionError):
            if not config.retry_connection_errors:
                return None
        elif isinstance(error, ResponseValidationError) or error.status_code is None:
            return None  # a 2XX that failed validation is an answer, not a transient failure
        elif not should_retry_status(error.status_code, error.headers or {}, self.patterns):
            return None
        delay = error.retry_after
        if delay is None:
            delay = backoff_delay(self.number, config)
        elif delay > RETRY_AFTER_CAP:
            return None
        if time.monotonic() + delay >= self.deadline:
            return None
        self.number += 1
        return delay
