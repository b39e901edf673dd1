"""Retry configuration, with the names, argument order and units (milliseconds) of the official SDK.

from openrouter import utils

retries = utils.RetryConfig(
    "backoff",
    utils.BackoffStrategy(500, 8_000, 2.0, 30_000, jitter_ms=100),
    True,                                    # retry_connection_errors
    status_codes_override=["429", "5XX"],    # optional: exactly these statuses are retried
)
retries_off = utils.RetryConfig("none")

Both classes have plain attributes that may be changed after construction; the values are checked
when the object is built and again when a call starts (before any request is sent).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from ..errors import InvalidArgumentError, InvalidArgumentTypeError, ReadOnlyError

__all__ = ["DEFAULT_BACKOFF", "DEFAULT_RETRY", "NO_RETRY", "BackoffStrategy", "RetryConfig"]

#: Compiled on first use (re's cache): only a status_codes_override needs it.
_STATUS_PATTERN = r"(?i)[1-5](?:[0-9][0-9]|XX)"


def _non_negative(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(f"{name} must be a finite number >= 0, got {value!r}")


class _Shared:
    """Refuses changes once :func:`_freeze` marked the instance (the module's shared defaults); equal
    to an instance of the same class with equal ``_FIELDS``, shown with them.

    Plain classes, not dataclasses: building the two dataclasses at import took 0.75 ms, a tenth of what
    the whole overlay may cost a fresh process (``make bench``).
    """

    _FIELDS: ClassVar[tuple[str, ...]] = ()
    __hash__ = None  # type: ignore[assignment]  # changeable and compared by value, as a dataclass

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        if self.__dict__.get("_frozen"):
            raise ReadOnlyError(
                f"{type(self).__name__}.{name}: this default is shared by every client and cannot be "
                f"changed; build your own utils.{type(self).__name__}(...) instead"
            )
        object.__setattr__(self, name, value)

    @property
    def shared(self) -> bool:
        """Whether this is one of the module's shared defaults (checked once, and unchangeable)."""
        return bool(self.__dict__.get("_frozen"))

    def __getstate__(self) -> dict[str, Any]:
        # A copy (copy.copy, deepcopy, pickle) of a shared default is the caller's own: changeable.
        return {k: v for k, v in self.__dict__.items() if k != "_frozen"}


class BackoffStrategy(_Shared):
    """Exponential backoff; every interval is in milliseconds.

    The n-th retry waits ``min(initial_interval * exponent ** (n - 1), max_interval)``, less up to 25 %
    jitter; with ``jitter_ms`` set it waits, as the official SDK does, that interval plus a random
    ``[0, jitter_ms]``, capped at ``max_interval``. A server-requested wait (``Retry-After``) replaces
    the computed one. ``max_elapsed_time`` bounds the whole call, attempts and waits together: no
    attempt starts, and no wait is begun, that would end past it.
    """

    _FIELDS = ("initial_interval", "max_interval", "exponent", "max_elapsed_time", "jitter_ms")

    def __init__(
        self,
        initial_interval: int | float,
        max_interval: int | float,
        exponent: float,
        max_elapsed_time: int | float,
        jitter_ms: int | float | None = None,
    ) -> None:
        self.initial_interval = initial_interval
        self.max_interval = max_interval
        self.exponent = exponent
        self.max_elapsed_time = max_elapsed_time
        self.jitter_ms = jitter_ms
        self.validate()

    def validate(self) -> None:
        """Raise :class:`~openrouter.errors.InvalidArgumentError` (or ``...TypeError``) for a bad value."""
        for name in ("initial_interval", "max_interval", "exponent", "max_elapsed_time"):
            _non_negative(f"BackoffStrategy.{name}", getattr(self, name))
        if self.jitter_ms is not None:
            _non_negative("BackoffStrategy.jitter_ms", self.jitter_ms)
        if self.exponent < 1:
            raise InvalidArgumentError(f"BackoffStrategy.exponent must be >= 1, got {self.exponent!r}")
        if self.initial_interval > self.max_interval:
            raise InvalidArgumentError(
                "BackoffStrategy.initial_interval must not exceed max_interval "
                f"({self.initial_interval!r} > {self.max_interval!r})"
            )


class RetryConfig(_Shared):
    """How a call is retried: ``strategy`` is ``"backoff"`` or ``"none"`` (one attempt only).

    With ``"backoff"`` and no ``backoff`` given, the default :data:`DEFAULT_BACKOFF` applies.
    ``retry_connection_errors`` also retries refused or dropped connections and timeouts.
    ``status_codes_override``: status patterns such as ``["429", "5XX"]``; when given (and not empty)
    exactly the matching statuses are retried, in place of the default: 408, 429 and every 5XX but
    501, 505, 506, 508, 510 and 511 (which say the same request fails again).
    """

    _FIELDS = ("strategy", "backoff", "retry_connection_errors", "status_codes_override")

    def __init__(
        self,
        strategy: Literal["backoff", "none"],
        backoff: BackoffStrategy | None = None,
        retry_connection_errors: bool = True,
        status_codes_override: list[str] | None = None,
    ) -> None:
        self.strategy = strategy
        self.backoff = backoff
        self.retry_connection_errors = retry_connection_errors
        self.status_codes_override = status_codes_override
        self.validate()

    def validate(self) -> None:
        """Raise :class:`~openrouter.errors.InvalidArgumentError` (or ``...TypeError``) for a bad value."""
        if self.strategy not in ("backoff", "none"):
            raise InvalidArgumentError(
                f"RetryConfig.strategy must be 'backoff' or 'none', got {self.strategy!r}"
            )
        if self.backoff is not None:
            if not isinstance(self.backoff, BackoffStrategy):
                raise InvalidArgumentTypeError(
                    f"RetryConfig.backoff must be a BackoffStrategy, got {type(self.backoff).__name__}"
                )
            self.backoff.validate()
        if not isinstance(self.retry_connection_errors, bool):
            raise InvalidArgumentTypeError(
                "RetryConfig.retry_connection_errors must be a bool, "
                f"got {type(self.retry_connection_errors).__name__}"
            )
        status_patterns(self.status_codes_override)


def status_patterns(value: object) -> tuple[str, ...]:
    """The checked, upper-cased patterns of a ``status_codes_override`` value (``()`` for none)."""
    if value is None:
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InvalidArgumentTypeError(
            "RetryConfig.status_codes_override must be a list of status patterns such as "
            f'["429", "5XX"], got {type(value).__name__}'
        )
    patterns = []
    for item in value:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            raise InvalidArgumentTypeError(
                f"RetryConfig.status_codes_override items must be str, got {type(item).__name__}"
            )
        if not re.fullmatch(_STATUS_PATTERN, item.strip()):
            raise InvalidArgumentError(
                'RetryConfig.status_codes_override items must be a status ("429") or a class '
                f'("5XX"), got {item!r}'
            )
        patterns.append(item.strip().upper())
    return tuple(patterns)


def _freeze(obj: _Shared) -> None:
    for name in obj._FIELDS:
        value = getattr(obj, name)
        if isinstance(value, _Shared):
            _freeze(value)
    obj.__dict__["_frozen"] = True


#: Bounded defaults: waits of 0.5 s, 1 s, 2 s, 4 s, 8 s, ... and at most 30 s for the whole call.
DEFAULT_BACKOFF = BackoffStrategy(
    initial_interval=500, max_interval=8_000, exponent=2.0, max_elapsed_time=30_000
)
#: What ``get_credits`` uses unless told otherwise.
DEFAULT_RETRY = RetryConfig("backoff", DEFAULT_BACKOFF, retry_connection_errors=True)
#: What the deprecated, non-idempotent ``create_coinbase_charge`` uses unless told otherwise.
NO_RETRY = RetryConfig("none")
for _default in (DEFAULT_BACKOFF, DEFAULT_RETRY, NO_RETRY):
    _freeze(_default)
del _default
