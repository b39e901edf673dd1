"""The retry policy, written once for the sync and async paths (they differ only in how they sleep).

Which failures retry: the statuses in :data:`RETRYABLE_STATUSES` (never another 4XX), connection
errors and timeouts when ``retry_connection_errors`` is set; the server's ``x-should-retry: true|false``
overrides the status rule. How long to wait: ``retry-after-ms``, else ``Retry-After`` (seconds or an
HTTP date), else exponential backoff with jitter. A wait longer than :data:`RETRY_AFTER_CAP` or than
what is left of the budget (``max_elapsed_time``) is not slept: the caller gets the error at once.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

from .errors import APIConnectionError, OpenRouterError, ResponseValidationError
from .utils import DEFAULT_BACKOFF, RetryConfig

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


def should_retry_status(status: int, headers: Mapping[str, str]) -> bool:
    """Whether a status may be retried; the server's ``x-should-retry`` header wins when present."""
    verdict = (headers.get("x-should-retry") or "").strip().lower()
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status in RETRYABLE_STATUSES


def backoff_delay(retry: int, config: RetryConfig, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``retry`` (1-based): capped exponential, less up to 25 % jitter."""
    b = config.backoff or DEFAULT_BACKOFF
    base = min(b.initial_interval * b.exponent ** (retry - 1), b.max_interval) / 1000
    return base * (1 - 0.25 * rand())


class Attempts:
    """The state of one call's retries: attempt count and the deadline on a monotonic clock."""

    __slots__ = ("config", "deadline", "number")

    def __init__(self, config: RetryConfig) -> None:
        self.config = config
        self.number = 1
        self.deadline: float | None = None
        if config.strategy == "backoff":
            budget = (config.backoff or DEFAULT_BACKOFF).max_elapsed_time / 1000
            self.deadline = time.monotonic() + budget

    def remaining(self) -> float | None:
        """Seconds left in the budget, or None when the call is not retried (no budget applies)."""
        return None if self.deadline is None else self.deadline - time.monotonic()

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
        elif not should_retry_status(error.status_code, error.headers or {}):
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
