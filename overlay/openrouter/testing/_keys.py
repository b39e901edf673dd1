"""The keys the stand-in knows: what ``GET /key`` reports for each, and how ``GET /credits`` treats it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from .. import errors
from ._budgets import Budget, aware, effective, layer, next_reset, ordered

__all__ = ["FREE_REQUESTS_FREE_TIER", "FREE_REQUESTS_PAID", "LEGACY_RATE_LIMIT", "LIMIT_RESETS", "Key"]

#: What the deprecated ``rate_limit`` of ``GET /key`` holds (the real API's legacy placeholder).
LEGACY_RATE_LIMIT = {
    "requests": -1,
    "interval": "10s",
    "note": "This field is deprecated and safe to ignore.",
}
#: ``Key.limit_reset`` values: the period whose usage counts against the limit (None: all time).
LIMIT_RESETS = ("daily", "weekly", "monthly")
#: Free-model requests a day: below 10 USD of credits purchased (a free-tier account), and above.
FREE_REQUESTS_FREE_TIER = 50
FREE_REQUESTS_PAID = 1000


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
        budgets: the guardrail and workspace budget layers that apply to the key (:class:`Budget`);
            ``limit`` adds the key's own (``key_limit``) layer. ``GET /key`` reports them all in
            enforcement order, and the one that blocks first as ``effective_budget``.
        free_requests_limit: free-model (``:free``) requests a UTC day; None: 50 for a free-tier
            account, else 1000.
        free_requests_used: free-model requests made today.
        workspace_id, organization_id: what ``GET /key`` reports (None: the API's null).
        allowed_data_regions: the data regions the key may use (``"global"``, ``"europe"``, ``"us"``).

    ``limit_remaining`` is ``limit`` minus the usage of the reset period (all time when it never
    resets), plus BYOK usage when it counts, never below 0; the ``key_limit`` layer reports the same
    difference unclipped (an overspent limit has a negative ``remaining_usd``).
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
    budgets: list[Budget] = field(default_factory=list)
    free_requests_limit: int | None = None
    free_requests_used: int = 0
    workspace_id: str | None = None
    organization_id: str | None = None
    allowed_data_regions: list[str] = field(default_factory=lambda: ["global"])

    def __post_init__(self) -> None:
        if self.limit_reset is not None and self.limit_reset not in LIMIT_RESETS:
            raise errors.InvalidArgumentError(
                f"Key limit_reset must be one of {', '.join(LIMIT_RESETS)} or None, got {self.limit_reset!r}"
            )
        self.budgets = list(self.budgets)
        if not all(isinstance(b, Budget) for b in self.budgets):
            raise errors.InvalidArgumentTypeError("Key budgets must be openrouter.testing.Budget objects")
        for name in ("free_requests_limit", "free_requests_used"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise errors.InvalidArgumentError(f"Key {name} must be an int >= 0, got {value!r}")
        self.expiry()  # a bad expires_at fails here, not in the server thread

    def expiry(self) -> datetime.datetime | None:
        """``expires_at`` as an aware datetime, or None."""
        return None if self.expires_at is None else aware(self.expires_at, "Key expires_at")

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

    def _limit_spend(self) -> float:
        """The usage that counts against ``limit``: that of its reset period, BYOK too when it counts."""
        suffix = "" if self.limit_reset is None else "_" + self.limit_reset
        spent = self._period(f"usage{suffix}") if suffix else self.usage
        if self.include_byok_in_limit:
            spent += self._period(f"byok_usage{suffix}") if suffix else self.byok_usage
        return spent

    def limit_remaining(self) -> float | None:
        """What ``GET /key`` reports as ``limit_remaining``."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self._limit_spend())

    def record_spend(self, usd: float, *, byok: bool = False) -> None:
        """Count ``usd`` of spend made with this key: its usage (all time, and each period set
        explicitly) and every budget layer it counts toward (BYOK spend: those that include BYOK)."""
        base = "byok_usage" if byok else "usage"
        setattr(self, base, getattr(self, base) + usd)
        for period in ("daily", "weekly", "monthly"):
            value = getattr(self, f"{base}_{period}")
            if value is not None:
                setattr(self, f"{base}_{period}", value + usd)
        for budget in self.budgets:
            if not byok or budget.include_byok:
                budget.spend += usd

    def layers(self, now: datetime.datetime) -> list[dict[str, Any]]:
        """``budgets`` of ``GET /key``: every layer in enforcement order, the key's own limit last."""
        items = [b.data(now) for b in self.budgets]
        if self.limit is not None:
            items.append(
                layer(
                    scope="key_limit",
                    limit=self.limit,
                    spend=self._limit_spend(),
                    reset=self.limit_reset,
                    resets_at=next_reset(self.limit_reset, now),
                    include_byok=self.include_byok_in_limit,
                )
            )
        return ordered(items)

    def free_requests(self) -> dict[str, int]:
        """``free_model_daily_requests`` of ``GET /key``."""
        limit = self.free_requests_limit
        if limit is None:
            limit = FREE_REQUESTS_FREE_TIER if self.is_free_tier else FREE_REQUESTS_PAID
        return {
            "limit": limit,
            "remaining": max(0, limit - self.free_requests_used),
            "used": self.free_requests_used,
        }

    def data(self, key: str, now: datetime.datetime | None = None) -> dict[str, Any]:
        """The ``data`` object of ``GET /key`` for this key (``key``: for the default label) at ``now``
        (default: the current time), which decides when each budget window resets."""
        when = self.expiry()
        budgets = self.layers(now or datetime.datetime.now(datetime.UTC))
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
            "budgets": budgets,
            "effective_budget": effective(budgets),
            "free_model_daily_requests": self.free_requests(),
            "workspace_id": self.workspace_id,
            "organization_id": self.organization_id,
            "allowed_data_regions": list(self.allowed_data_regions),
        }


def _label(key: str) -> str:
    """A key as the real API labels it: its start and end, never the whole of it."""
    return f"{key[:11]}...{key[-3:]}" if len(key) >= 20 else f"{key[:3]}..."
