"""The poller: one ``GET /key`` (and, for a management key, one ``GET /credits``) per interval.

Scrapes never call the API: they read :attr:`Poller.state`, which each poll replaces whole. A failed
poll sets ``up`` to false, keeps the last values, counts the failure by kind and is followed by the
next poll as usual (a key that works again recovers without a restart); an answer with
``Retry-After`` (a 429) puts the next poll off by at least that long.

GET /credits needs a management key. The poller asks it only when GET /key says the key is one
(``is_management_key``), so an inference key never costs a 403 per interval; when it is refused
anyway (403), it is not asked again until GET /key names another key (another label).
"""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import errors
from ._state import Credits, KeyState, State

if TYPE_CHECKING:
    from ..operations import GetCreditsData, GetCurrentKeyData

__all__ = ["Poller", "failure_kind"]


def failure_kind(exc: BaseException) -> str:
    """The ``kind`` label of a failed poll (one of :data:`~._state.FAILURE_KINDS`)."""
    if isinstance(exc, errors.UnauthorizedResponseError):
        return "unauthorized"
    if isinstance(exc, errors.ForbiddenResponseError):
        return "forbidden"
    if isinstance(exc, errors.APITimeoutError):
        return "timeout"
    if isinstance(exc, errors.NoResponseError):
        return "unreachable"
    if isinstance(exc, errors.ResponseValidationError | errors.ResponseTooLargeError):
        return "invalid_response"
    if isinstance(exc, errors.OpenRouterError):
        status = exc.status_code or 0
        if status == 429:
            return "rate_limited"
        return "server_error" if status >= 500 else "api_error"
    return "internal"


def _say(message: str) -> None:
    sys.stderr.write(f"openrouter-credits exporter: {message}\n")
    sys.stderr.flush()


class Poller:
    """Polls the API through two callables and keeps the last :class:`State`.

    Args:
        get_key: one ``GET /key`` (its ``.data``); raises an :class:`~openrouter.errors.OpenRouterError`.
        get_credits: one ``GET /credits`` (its ``.data``).
        interval: seconds from the start of one poll to the start of the next.
        clock: the wall clock (Unix seconds) for ``last_success``; ``monotonic`` for durations.
        say: where a failure, a recovery and a refused GET /credits are reported (one line each).
    """

    def __init__(
        self,
        get_key: Callable[[], GetCurrentKeyData],
        get_credits: Callable[[], GetCreditsData],
        interval: float,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        say: Callable[[str], None] = _say,
    ) -> None:
        self._get_key = get_key
        self._get_credits = get_credits
        self.interval = interval
        self._clock = clock
        self._monotonic = monotonic
        self._say = say
        self._credits_refused_for: str | None = None  # the label of the key GET /credits refused
        self.state = State()

    def poll(self) -> float:
        """Poll once, publish the new state; return the seconds to wait before the next poll."""
        started = self._monotonic()
        old = self.state
        requests = dict(old.requests)
        key, credits, error = old.key, old.credits, None
        try:
            requests["/key"] += 1
            key = KeyState.of(self._get_key())
            if key.is_management_key and self._credits_refused_for != key.label:
                try:
                    requests["/credits"] += 1
                    credits = Credits.of(self._get_credits())
                except errors.ForbiddenResponseError:
                    self._credits_refused_for = key.label
                    credits = None
                    self._say("GET /credits refused (403): the credit metrics are left out for this key")
            elif not key.is_management_key:
                credits = None
        except Exception as exc:  # any failure is counted and reported; the next poll still happens
            error = exc
        failures = dict(old.failures)
        if error is not None:
            kind = failure_kind(error)
            failures[kind] = failures.get(kind, 0) + 1
            self._say(f"poll failed ({kind}): {type(error).__name__}: {error}")
        elif not old.up and old.polls:
            self._say("poll succeeded again")
        self.state = dataclasses.replace(
            old,
            up=error is None,
            last_success=self._clock() if error is None else old.last_success,
            key=key,
            credits=credits,
            polls=old.polls + 1,
            failures=failures,
            requests=requests,
            last_duration=self._monotonic() - started,
        )
        delay = self.interval - (self._monotonic() - started)
        asked = getattr(error, "retry_after", None)
        if isinstance(asked, int | float) and asked > 0:
            delay = max(delay, float(asked))
        return max(delay, 0.0)

    def run(self, stop: threading.Event) -> None:
        """Poll until ``stop`` is set (it wakes the wait between polls at once)."""
        while not stop.is_set():
            delay = self.poll()
            if stop.wait(delay):
                return
