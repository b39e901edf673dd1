"""The whole retry policy, written once for the sync and async paths (they differ only in how they sleep).

Which answers retry: the statuses in :data:`RETRYABLE_STATUSES` (408, 429 and every 5XX but those in
:data:`NOT_RETRIED_5XX`; never another 4XX), or exactly the statuses matching ``status_codes_override``
when the config has one. The server's ``x-should-retry: false`` always stops a retry;
``x-should-retry: true`` permits one, except for a status outside an explicit override.

Which failures without an answer retry (with ``retry_connection_errors``): timeouts, refused or reset
connections, a proxy failure, and a connection closed before the server sent a byte of this attempt's
answer. Never: a TLS handshake that failed (an unverifiable certificate, a hostname mismatch, a protocol
the server does not speak), a request that cannot be sent, an unsupported URL, a body that cannot be
decoded, a malformed answer: the same request gets the same failure. Decided by exception types (and
the TLS error behind a ``ConnectError``), never by message text.

One exception to the budget: a GET that fails with a protocol error on a kept-alive connection (the
server closed it, or left bytes of an earlier answer on it, which then read as the start of this one) is
sent again at once, on a new connection, whatever the config says, within the call's deadline; once per
call, as urllib3 and browsers do with stale keep-alive connections.

How long to wait: ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP date), else exponential
backoff with jitter (``jitter_ms``: added, as the official SDK does). A wait longer than
:data:`RETRY_AFTER_CAP` or than what is left of the budget (``max_elapsed_time``) is not slept: the
caller gets the error at once.
"""

from __future__ import annotations

import math
import random
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import httpx

from ._attempt import Attempt
from ._retry_after import parse_retry_after
from .errors import APIConnectionError, OpenRouterError, ResponseValidationError
from .utils.retries import DEFAULT_BACKOFF, RetryConfig, status_patterns

if TYPE_CHECKING:
    import ssl

__all__ = [
    "NOT_RETRIED_5XX",
    "RETRYABLE_STATUSES",
    "RETRY_AFTER_CAP",
    "Attempts",
    "backoff_delay",
    "parse_retry_after",
    "retryable",
    "should_retry_status",
    "status_matches",
    "tls_failure",
]

#: 5XX statuses that say the same request will fail again, so a retry only spends the budget:
#: 501 Not Implemented, 505 HTTP Version Not Supported, 506 Variant Also Negotiates, 508 Loop
#: Detected and 510 Not Extended (the server's configuration), 511 Network Authentication Required
#: (a captive portal: a person must log in).
NOT_RETRIED_5XX = frozenset({501, 505, 506, 508, 510, 511})
#: 408, 429 and every other 5XX: the upstream document's retry rule (``5XX``), with Cloudflare's
#: 520-524, 529 and the rest in it.
RETRYABLE_STATUSES = frozenset({408, 429} | set(range(500, 600)) - NOT_RETRIED_5XX)
#: The longest server-requested wait that is honoured at all, in seconds.
RETRY_AFTER_CAP = 60.0


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


def tls_failure(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error that made this connection fail for good, if any (found in the ``__cause__``
    chain): a certificate that does not verify, a hostname mismatch, no protocol in common. An EOF or
    a reset in the middle of the handshake is a dropped connection, not one of these."""
    ssl = sys.modules.get("ssl")  # not imported: no TLS was ever attempted (and it costs 1 ms)
    seen: BaseException | None = exc
    for _ in range(8):
        if ssl is None or seen is None:
            return None
        if isinstance(seen, ssl.SSLError):
            transient = (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError)
            return None if isinstance(seen, transient) else seen
        seen = seen.__cause__ or seen.__context__
    return None


def retryable(exc: httpx.HTTPError, received: bool = False) -> bool:
    """Whether another attempt could fix a failure without an answer (see the module docstring).

    ``received``: the server sent bytes during the attempt (a connection closed after that is a
    malformed answer, before it a dropped connection).
    """
    if isinstance(exc, httpx.RemoteProtocolError):
        return not received
    if isinstance(exc, httpx.ConnectError) and tls_failure(exc) is not None:
        return False
    return isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.ProxyError)


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
    """The state of one call's retries: the attempt count and the deadline, on the clock ``now``."""

    __slots__ = ("config", "deadline", "fresh_left", "now", "number", "patterns", "rand")

    def __init__(
        self,
        config: RetryConfig,
        started: float | None = None,
        now: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        """``started``: the call's start on the clock ``now`` (default: now); ``rand``: the jitter."""
        if not config.shared:  # the shared defaults cannot change: they were checked when built
            config.validate()  # its attributes are plain and may have been changed since it was built
        self.config = config
        self.patterns = status_patterns(config.status_codes_override)
        self.now = now
        self.rand = rand
        self.number = 1
        self.fresh_left = True
        self.deadline: float | None = None
        if config.strategy == "backoff":
            budget = (config.backoff or DEFAULT_BACKOFF).max_elapsed_time / 1000
            self.deadline = (now() if started is None else started) + budget

    def on_fresh_connection(self, attempt: Attempt, exc: httpx.HTTPError) -> bool:
        """Whether to send ``attempt`` again at once on a new connection (the poisoned or stale
        kept-alive connection rule of the module docstring); counts the attempt when so."""
        if not (
            self.fresh_left
            and attempt.method == "GET"
            and attempt.reused
            and isinstance(exc, httpx.RemoteProtocolError)
        ):
            return False
        self.fresh_left = False
        self.number += 1
        return True

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
            delay = backoff_delay(self.number, config, self.rand)
        elif delay > RETRY_AFTER_CAP:
            return None
        if self.now() + delay >= self.deadline:
            return None
        self.number += 1
        return delay
