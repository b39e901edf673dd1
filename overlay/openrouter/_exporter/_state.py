"""What the exporter knows between polls: plain, frozen values taken from the API's answers.

The poller builds a new :class:`State` after each poll and swaps it in with one assignment; a scrape
reads whichever one is current. Nothing here imports ``prometheus_client``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openrouter_credits_api.models.key_budget import KeyBudget

    from ..operations import GetCreditsData, GetCurrentKeyData

__all__ = ["FAILURE_KINDS", "PERIODS", "Credits", "KeyState", "Layer", "State"]

#: Why a poll failed: the label values of ``openrouter_poll_failures_total{kind}``, all exported from 0.
FAILURE_KINDS = (
    "unauthorized",  # 401: the key is unknown, revoked, expired or disabled
    "forbidden",  # 403 from GET /key
    "rate_limited",  # 429 (the next poll waits for its Retry-After)
    "server_error",  # 5XX
    "timeout",  # no complete answer within --timeout
    "unreachable",  # connection refused or dropped, DNS, TLS
    "invalid_response",  # a 2XX that is not the documented schema, or too large
    "api_error",  # any other error status
    "internal",  # a bug in the exporter (logged; the next poll still happens)
)

#: ``openrouter_key_usage_usd{period}``: the period label and the ``GET /key`` field of its usage.
PERIODS = (
    ("daily", "usage_daily"),
    ("weekly", "usage_weekly"),
    ("monthly", "usage_monthly"),
    ("total", "usage"),
)


def _timestamp(value: object) -> float | None:
    """A datetime of an answer as Unix seconds (naive taken as UTC); anything else (null, unset): None."""
    if not isinstance(value, datetime.datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.timestamp()


def _text(value: object) -> str | None:
    """An enum or string value as its text; None stays None."""
    return None if value is None else str(value)


@dataclass(frozen=True)
class Layer:
    """One budget layer of ``GET /key`` (``budgets[i]`` or ``effective_budget``)."""

    scope: str
    budget_id: str | None
    guardrail_id: str | None
    limit_usd: float
    spend_usd: float
    remaining_usd: float
    reset_interval: str | None
    resets_at: float | None  # Unix seconds; None for a lifetime budget
    include_byok: bool

    @classmethod
    def of(cls, budget: KeyBudget) -> Layer:
        return cls(
            scope=str(budget.scope),
            budget_id=budget.budget_id,
            guardrail_id=budget.guardrail_id,
            limit_usd=float(budget.limit_usd),
            spend_usd=float(budget.spend_usd),
            remaining_usd=float(budget.remaining_usd),
            reset_interval=_text(budget.reset_interval),
            resets_at=_timestamp(budget.resets_at),
            include_byok=bool(budget.include_byok),
        )

    @property
    def labels(self) -> tuple[str, str, str]:
        """``scope``, ``budget_id``, ``guardrail_id`` label values ("" where the layer has no such id)."""
        return (self.scope, self.budget_id or "", self.guardrail_id or "")


@dataclass(frozen=True)
class KeyState:
    """What ``GET /key`` said about the key, as plain values."""

    label: str
    workspace_id: str | None
    organization_id: str | None
    is_management_key: bool
    is_free_tier: bool
    layers: tuple[Layer, ...]
    effective: Layer | None
    usage: tuple[tuple[str, float], ...]  # (period, USD), in PERIODS order
    byok_usage: tuple[tuple[str, float], ...]
    expires_at: float | None  # Unix seconds; None for a key that never expires
    free_limit: int | None
    free_remaining: int | None
    free_used: int | None

    @classmethod
    def of(cls, data: GetCurrentKeyData) -> KeyState:
        free, effective = data.free_model_daily_requests, data.effective_budget
        return cls(
            label=str(data.label),
            workspace_id=data.workspace_id,
            organization_id=data.organization_id,
            is_management_key=bool(data.is_management_key),
            is_free_tier=bool(data.is_free_tier),
            layers=tuple(Layer.of(b) for b in data.budgets),
            effective=None if effective is None else Layer.of(effective),
            usage=tuple((period, float(getattr(data, name))) for period, name in PERIODS),
            byok_usage=tuple((period, float(getattr(data, "byok_" + name))) for period, name in PERIODS),
            expires_at=_timestamp(data.expires_at),
            free_limit=None if free is None else int(free.limit),
            free_remaining=None if free is None else int(free.remaining),
            free_used=None if free is None else int(free.used),
        )


@dataclass(frozen=True)
class Credits:
    """What ``GET /credits`` said (management keys only)."""

    total_usd: float
    usage_usd: float

    @classmethod
    def of(cls, data: GetCreditsData) -> Credits:
        return cls(float(data.total_credits), float(data.total_usage))


@dataclass(frozen=True)
class State:
    """Everything a scrape shows: the last poll's outcome and the last values that were read.

    A failed poll keeps ``key`` and ``credits`` as they were (stale values stay; ``last_success``
    says how old they are).
    """

    up: bool = False
    last_success: float | None = None  # Unix seconds of the last poll that succeeded
    key: KeyState | None = None
    credits: Credits | None = None
    polls: int = 0
    failures: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(FAILURE_KINDS, 0))
    requests: Mapping[str, int] = field(default_factory=lambda: {"/key": 0, "/credits": 0})
    last_duration: float | None = None  # seconds the last poll took
