"""The keys the stand-in knows: what ``GET /key`` reports for each, and how ``GET /credits`` treats it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from .. import errors

__all__ = ["LEGACY_RATE_LIMIT", "LIMIT_RESETS", "Key"]

#: What the deprecated ``rate_limit`` of ``GET /key`` holds (the real API's legacy placeholder).
LEGACY_RATE_LIMIT = {
    "requests": -1,
    "interval": "10s",
    "note": "This field is deprecated and safe to ignore.",
}
#: ``Key.limit_reset`` values: the period whose usage counts against the limit (None: all time).
LIMIT_RESETS = ("daily", "weekly", "monthly")


@dataclass
class Key:
    """A key the stand-in knows: what ``GET /key`` reports for it and how ``GET /credits`` treats it.

    Pass them as ``StandIn(keys={"sk-...": Key(...)})``; ``server.keys`` holds every known key (those
    of ``management_keys`` / ``inference_keys`` too), and a test may change any field while it runs
    (``server.keys[k].usage_daily = 9.5``). Amounts are USD.

    Attributes:
        management: a management key (``GET /credits`` answers 200; else 403).
        label: what ``GET /key`` calls it; None: the key cut as the real API shows it
            (``sk-or-v1-abc...xyz``).
        limit: the spending limit, or None (no limit: ``limit_remaining`` is null too).
        limit_reset: ``"daily"``, ``"weekly"``, ``"monthly"`` or None (the limit never resets).
        usage: usage of all time; ``usage_monthly`` defaults to it, ``usage_weekly`` to the monthly
            usage, ``usage_daily`` to the weekly one (a key whose usage all happened today).
        byok_usage: external BYOK usage of all time; its monthly/weekly/daily twins default the same way.
        include_byok_in_limit: BYOK usage counts against the limit too.
        is_free_tier: the account never paid for credits.
        expires_at: an ISO 8601 time (or an aware datetime); once past, the key is refused (401).
        disabled: the key is refused (401), as an unknown key is.

    ``limit_remaining`` is ``limit`` minus the usage of the reset period (all time when it never
    resets), plus BYOK usage when it counts, never below 0.
    """

    management: bool = False
    label: str | None = None
    limit: float | None = None
    limit_reset: str | None = None
    usage: float = 0.0
    usage_daily: float | None = None
    usage_weekly: float | None = None
    usage_monthly: float | None = None
    byok_usage: float = 0.0
    byok_usage_daily: float | None = None
    byok_usage_weekly: float | None = None
    byok_usage_monthly: float | None = None
    include_byok_in_limit: bool = False
    is_free_tier: bool = False
    expires_at: str | datetime.datetime | None = None
    disabled: bool = False

    def __post_init__(self) -> None:
        if self.limit_reset is not None and self.limit_reset not in LIMIT_RESETS:
            raise errors.InvalidArgumentError(
                f"Key limit_reset must be one of {', '.join(LIMIT_RESETS)} or None, got {self.limit_reset!r}"
            )
        self.expiry()  # a bad expires_at fails here, not in the server thread

    def expiry(self) -> datetime.datetime | None:
        """``expires_at`` as an aware datetime, or None."""
        value = self.expires_at
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = datetime.datetime.fromisoformat(value)
            except ValueError:
                raise errors.InvalidArgumentError(
                    f"Key expires_at is not an ISO 8601 time: {value!r}"
                ) from None
        if not isinstance(value, datetime.datetime) or value.tzinfo is None:
            raise errors.InvalidArgumentError(f"Key expires_at must name its time zone, got {value!r}")
        return value

    def expired(self) -> bool:
        """Whether ``expires_at`` is past."""
        when = self.expiry()
        return when is not None and when <= datetime.datetime.now(datetime.UTC)

    def _period(self, name: str) -> float:
        """``usage_daily`` and the like; unset, the next longer period's (all time last)."""
        value = getattr(self, name)
        if value is not None:
            return float(value)
        base, _, period = name.rpartition("_")
        longer = {"daily": "_weekly", "weekly": "_monthly", "monthly": ""}[period]
        return self._period(base + longer) if longer else float(getattr(self, base))

    def limit_remaining(self) -> float | None:
        """What ``GET /key`` reports as ``limit_remaining``."""
        if self.limit is None:
            return None
        suffix = "" if self.limit_reset is None else "_" + self.limit_reset
        spent = self._period(f"usage{suffix}") if suffix else self.usage
        if self.include_byok_in_limit:
            spent += self._period(f"byok_usage{suffix}") if suffix else self.byok_usage
        return max(0.0, self.limit - spent)

    def data(self, key: str) -> dict[str, Any]:
        """The ``data`` object of ``GET /key`` for this key (``key``: for the default label)."""
        when = self.expiry()
        return {
            "label": self.label if self.label is not None else _label(key),
            "limit": self.limit,
            "limit_remaining": self.limit_remaining(),
            "limit_reset": self.limit_reset,
            "include_byok_in_limit": self.include_byok_in_limit,
            "usage": self.usage,
            "usage_daily": self._period("usage_daily"),
            "usage_weekly": self._period("usage_weekly"),
            "usage_monthly": self._period("usage_monthly"),
            "byok_usage": self.byok_usage,
            "byok_usage_daily": self._period("byok_usage_daily"),
            "byok_usage_weekly": self._period("byok_usage_weekly"),
            "byok_usage_monthly": self._period("byok_usage_monthly"),
            "is_free_tier": self.is_free_tier,
            "is_management_key": self.management,
            "is_provisioning_key": self.management,
            "creator_user_id": "user_standin",
            "rate_limit": dict(LEGACY_RATE_LIMIT),
            "expires_at": None if when is None else when.isoformat().replace("+00:00", "Z"),
        }


def _label(key: str) -> str:
    """A key as the real API labels it: its start and end, never the whole of it."""
    return f"{key[:11]}...{key[-3:]}" if len(key) >= 20 else f"{key[:3]}..."
