"""The budget layers of a ``GET /key`` answer, as the guard reads them (pure: no I/O).

Since 2026-10 the API enforces several budget layers on each request and reports them all in
``budgets`` (in the order enforcement checks them: guardrail budgets, workspace budgets, then the key's
own limit) with the one that blocks first as ``effective_budget`` (one already spent, else the one with
the least left). The client has checked the answer against the document: both are there.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .common import decimal, show

if TYPE_CHECKING:
    from ..operations import GetCurrentKeyData

__all__ = ["SCOPE_NAMES", "Layer", "iso", "layers_of", "utc"]

#: What each scope the document lists is, in words (a scope it does not list is shown by its name).
SCOPE_NAMES = {
    "workspace_default_member": "workspace default guardrail, member total",
    "workspace_default_key": "workspace default guardrail, this key",
    "member": "member guardrail",
    "api_key": "API key guardrail",
    "workspace": "workspace budget",
    "key_limit": "key limit",
}


def utc(value: datetime.datetime) -> datetime.datetime:
    """An answer's time in UTC (the API sends ``...Z``; a time without a zone is taken as UTC)."""
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)


def iso(value: datetime.datetime) -> str:
    """A UTC time as the API writes it (``2027-01-01T00:00:00Z``)."""
    return value.isoformat().replace("+00:00", "Z")


def _text(value: object) -> str | None:
    """An enum member or a string as its plain string (None stays None)."""
    return None if value is None else str(getattr(value, "value", value))


@dataclass(frozen=True, slots=True)
class Layer:
    """One budget layer: amounts as the decimals the API wrote, times in UTC."""

    scope: str
    limit: Decimal
    spend: Decimal
    remaining: Decimal
    reset_interval: str | None
    resets_at: datetime.datetime | None
    include_byok: bool
    budget_id: str | None
    guardrail_id: str | None

    @classmethod
    def of(cls, budget: Any) -> Layer:
        """A layer from a ``KeyBudget`` of the answer."""
        resets = budget.resets_at
        return cls(
            scope=_text(budget.scope) or "",
            limit=decimal(budget.limit_usd),
            spend=decimal(budget.spend_usd),
            remaining=decimal(budget.remaining_usd),
            reset_interval=_text(budget.reset_interval),
            resets_at=utc(resets) if isinstance(resets, datetime.datetime) else None,
            include_byok=bool(budget.include_byok),
            budget_id=budget.budget_id,
            guardrail_id=budget.guardrail_id,
        )

    @property
    def name(self) -> str:
        """``workspace budget (workspace)``: what it is, and its scope as the API names it."""
        return f"{SCOPE_NAMES.get(self.scope, 'budget layer')} ({self.scope})"

    def describe(self) -> str:
        """``workspace budget (workspace): 0.00 of 500.00 USD left, monthly, resets 2027-01-01 00:00 UTC``."""
        window = self.reset_interval or "lifetime, never resets"
        text = f"{self.name}: {show(self.remaining)} of {show(self.limit)} USD left, {window}"
        if self.resets_at is not None:
            text += f", resets {self.resets_at:%Y-%m-%d %H:%M} UTC"
        return text

    def json(self) -> dict[str, object]:
        """The layer under the API's names (``resets_at`` as ISO 8601 in UTC)."""
        return {
            "scope": self.scope,
            "limit_usd": float(self.limit),
            "spend_usd": float(self.spend),
            "remaining_usd": float(self.remaining),
            "reset_interval": self.reset_interval,
            "resets_at": None if self.resets_at is None else iso(self.resets_at),
            "include_byok": self.include_byok,
            "budget_id": self.budget_id,
            "guardrail_id": self.guardrail_id,
        }


def layers_of(data: GetCurrentKeyData) -> tuple[list[Layer], Layer | None]:
    """Every layer in enforcement order, and the one that blocks first (None: nothing is budgeted)."""
    effective = data.effective_budget
    return [Layer.of(b) for b in data.budgets], None if effective is None else Layer.of(effective)
