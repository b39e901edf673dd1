"""Budget layers as the API reports them in ``GET /key`` (``budgets``, ``effective_budget``), 2026-10 on.

Enforcement checks every layer that applies to a request, in a fixed order: the guardrail budgets
(the workspace default guardrail against the member aggregate, then against the key, the member's
guardrail, the API key's guardrail), the workspace budget, then the key's own limit. A layer whose
``remaining_usd`` is zero or negative rejects requests with 403 until it resets.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import errors

__all__ = ["RESET_INTERVALS", "SCOPES", "Budget", "aware", "effective", "layer", "next_reset", "ordered"]

#: The scopes the 2026-10 document lists, in the order enforcement checks them.
SCOPES = (
    "workspace_default_member",
    "workspace_default_key",
    "member",
    "api_key",
    "workspace",
    "key_limit",
)
#: A layer's ``reset_interval``: the UTC window its spend is counted over (None: a lifetime budget).
RESET_INTERVALS = ("daily", "weekly", "monthly")


def next_reset(interval: str | None, now: datetime.datetime) -> datetime.datetime | None:
    """When a window of ``interval`` that holds ``now`` rolls over (UTC; weeks start on Monday)."""
    if interval is None:
        return None
    day = now.astimezone(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if interval == "daily":
        return day + datetime.timedelta(days=1)
    if interval == "weekly":
        return day + datetime.timedelta(days=7 - day.weekday())
    first = day.replace(day=1)
    return (
        first.replace(year=first.year + 1, month=1)
        if first.month == 12
        else first.replace(month=first.month + 1)
    )


def aware(value: object, what: str) -> datetime.datetime:
    """``value`` (ISO 8601 text or a datetime) as an aware datetime; ``what`` names it in the error."""
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise errors.InvalidArgumentError(f"{what} is not an ISO 8601 time: {value!r}") from None
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        raise errors.InvalidArgumentError(f"{what} must name its time zone, got {value!r}")
    return value


def _iso(when: datetime.datetime | None) -> str | None:
    return None if when is None else when.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Budget:
    """A budget layer (a guardrail's or a workspace's) that applies to a stand-in key.

    Give them as ``Key(budgets=[...])``; the key's own ``limit`` is a ``key_limit`` layer of its own,
    added last. ``GET /key`` lists the layers in enforcement order (:data:`SCOPES`; a scope the
    document does not list yet goes just before ``key_limit``), so the order given does not matter.

    Attributes:
        scope: the API's name of the layer (``"workspace"``, ``"api_key"``, ``"member"``...); any
            non-blank string, so a test can send a scope the client does not know yet.
        limit: the layer's limit in USD for the current window.
        spend: what enforcement counts against it so far (``StandIn.record_spend`` adds to it).
        reset: ``"daily"``, ``"weekly"``, ``"monthly"`` or None (a lifetime budget).
        resets_at: when the window rolls over (an aware datetime or ISO 8601 text); None: the end of
            the current UTC window of ``reset``.
        include_byok: BYOK spend counts toward this layer too.
        budget_id: the workspace budget's id (``workspace`` scope).
        guardrail_id: the guardrail's id (guardrail scopes).
    """

    scope: str
    limit: float
    spend: float = 0.0
    reset: str | None = None
    resets_at: str | datetime.datetime | None = None
    include_byok: bool = False
    budget_id: str | None = None
    guardrail_id: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.scope, str) or not self.scope.strip():
            raise errors.InvalidArgumentError(f"Budget scope must be a non-blank str, got {self.scope!r}")
        for name in ("limit", "spend"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise errors.InvalidArgumentError(f"Budget {name} must be a finite number, got {value!r}")
        if self.reset is not None and self.reset not in RESET_INTERVALS:
            raise errors.InvalidArgumentError(
                f"Budget reset must be one of {', '.join(RESET_INTERVALS)} or None, got {self.reset!r}"
            )
        self.reset_time(datetime.datetime.now(datetime.UTC))  # a bad resets_at fails here

    def reset_time(self, now: datetime.datetime) -> datetime.datetime | None:
        """``resets_at`` as an aware datetime (by default the end of the current window), or None."""
        if self.resets_at is None:
            return next_reset(self.reset, now)
        return aware(self.resets_at, "Budget resets_at")

    def data(self, now: datetime.datetime) -> dict[str, Any]:
        """The layer as ``GET /key`` reports it (one item of ``budgets``)."""
        return layer(
            scope=self.scope,
            limit=self.limit,
            spend=self.spend,
            reset=self.reset,
            resets_at=self.reset_time(now),
            include_byok=self.include_byok,
            budget_id=self.budget_id,
            guardrail_id=self.guardrail_id,
        )


def layer(
    *,
    scope: str,
    limit: float,
    spend: float,
    reset: str | None,
    resets_at: datetime.datetime | None,
    include_byok: bool,
    budget_id: str | None = None,
    guardrail_id: str | None = None,
) -> dict[str, Any]:
    """One item of ``budgets`` (keys in the document's order); ``remaining_usd`` may be negative."""
    return {
        "budget_id": budget_id,
        "guardrail_id": guardrail_id,
        "include_byok": include_byok,
        "limit_usd": float(limit),
        "remaining_usd": round(float(limit) - float(spend), 10),
        "reset_interval": reset,
        "resets_at": _iso(resets_at),
        "scope": scope,
        "spend_usd": float(spend),
    }


def ordered(layers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Layers in enforcement order (stable; an unlisted scope just before ``key_limit``)."""
    rank = {scope: i for i, scope in enumerate(SCOPES)}
    unlisted = rank["key_limit"] - 0.5
    return sorted(layers, key=lambda item: rank.get(item["scope"], unlisted))


def effective(layers: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The layer that blocks first: the first one already spent, else the one with the least left."""
    if not layers:
        return None
    spent = [item for item in layers if item["remaining_usd"] <= 0]
    if spent:
        return spent[0]
    return min(layers, key=lambda item: item["remaining_usd"])
