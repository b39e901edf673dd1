"""Retry configuration, with the names and units (milliseconds) of the official OpenRouter SDK.

from openrouter import utils

retries = utils.RetryConfig(
    "backoff",
    utils.BackoffStrategy(initial_interval=500, max_interval=8_000, exponent=2.0, max_elapsed_time=30_000),
    retry_connection_errors=True,
)
retries_off = utils.RetryConfig("none")
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from .errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["BackoffStrategy", "RetryConfig"]


def _non_negative(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(f"{name} must be a finite number >= 0, got {value!r}")


@dataclass(frozen=True, slots=True)
class BackoffStrategy:
    """Exponential backoff with jitter; every interval is in milliseconds.

    The n-th retry waits ``min(initial_interval * exponent ** (n - 1), max_interval)``, less up to 25 %
    jitter, unless the server asked for a wait (``Retry-After``). ``max_elapsed_time`` bounds the whole
    call, attempts and waits together: no attempt starts, and no wait is begun, that would end past it.
    """

    initial_interval: int | float
    max_interval: int | float
    exponent: float
    max_elapsed_time: int | float

    def __post_init__(self) -> None:
        for name in ("initial_interval", "max_interval", "exponent", "max_elapsed_time"):
            _non_negative(f"BackoffStrategy.{name}", getattr(self, name))
        if self.exponent < 1:
            raise InvalidArgumentError(f"BackoffStrategy.exponent must be >= 1, got {self.exponent!r}")
        if self.initial_interval > self.max_interval:
            raise InvalidArgumentError(
                "BackoffStrategy.initial_interval must not exceed max_interval "
                f"({self.initial_interval!r} > {self.max_interval!r})"
            )


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """How a call is retried: ``strategy`` is ``"backoff"`` or ``"none"`` (one attempt only).

    With ``"backoff"`` and no ``backoff`` given, the client's default :data:`DEFAULT_BACKOFF` applies.
    ``retry_connection_errors`` also retries refused or dropped connections and timeouts.
    """

    strategy: Literal["backoff", "none"]
    backoff: BackoffStrategy | None = None
    retry_connection_errors: bool = True

    def __post_init__(self) -> None:
        if self.strategy not in ("backoff", "none"):
            raise InvalidArgumentError(
                f"RetryConfig.strategy must be 'backoff' or 'none', got {self.strategy!r}"
            )
        if self.backoff is not None and not isinstance(self.backoff, BackoffStrategy):
            raise InvalidArgumentTypeError(
                f"RetryConfig.backoff must be a BackoffStrategy, got {type(self.backoff).__name__}"
            )
        if not isinstance(self.retry_connection_errors, bool):
            raise InvalidArgumentTypeError(
                "RetryConfig.retry_connection_errors must be a bool, "
                f"got {type(self.retry_connection_errors).__name__}"
            )


#: Bounded defaults: waits of 0.5 s, 1 s, 2 s, 4 s, 8 s, ... and at most 30 s for the whole call.
DEFAULT_BACKOFF = BackoffStrategy(
    initial_interval=500, max_interval=8_000, exponent=2.0, max_elapsed_time=30_000
)
#: What ``get_credits`` uses unless told otherwise.
DEFAULT_RETRY = RetryConfig("backoff", DEFAULT_BACKOFF, retry_connection_errors=True)
#: What the deprecated, non-idempotent ``create_coinbase_charge`` uses unless told otherwise.
NO_RETRY = RetryConfig("none")
