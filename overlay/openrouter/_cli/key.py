"""``openrouter-credits key``: what the key in ``OPENROUTER_API_KEY`` may still spend (``GET /key``).

The CI budget guard: ``--min-remaining`` against the budget layer that blocks first (a guardrail, a
workspace budget or the key's own limit: :mod:`.layers`), ``--min-free-requests`` against today's
free-model quota, ``--min-days`` against its expiry. What it decides from an answer is :class:`_Budget`.
"""

from __future__ import annotations

import argparse
import datetime
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .call import answer
from .common import (
    EXIT_BELOW_MINIMUM,
    EXIT_NO_LIMIT,
    EXIT_OK,
    add_call_options,
    amount,
    decimal,
    err,
    number_of_days,
    show,
    whole_number,
)
from .layers import Layer, iso, layers_of, utc

if TYPE_CHECKING:
    from openrouter_credits_api.models.free_model_daily_requests import FreeModelDailyRequests

    from .._client import OpenRouter
    from ..operations import GetCurrentKeyData, GetCurrentKeyResponse


def configure(parser: argparse.ArgumentParser) -> None:
    """The command's description and options."""
    parser.description = (
        "Print the label, spending limit, remaining limit, reset period, usage and BYOK usage "
        "(today, this week, this month, all time) and expiry of the key in OPENROUTER_API_KEY, "
        "amounts in USD (GET /key, works with an inference key). The key itself is never printed."
    )
    parser.add_argument(
        "--min-remaining",
        type=amount,
        metavar="USD",
        help=(
            "exit with status 1 when the budget layer that blocks first (a guardrail, a workspace "
            "budget or the key's own limit) has less than USD (>= 0) left; with status 6 when "
            "nothing is budgeted"
        ),
    )
    parser.add_argument(
        "--min-free-requests",
        type=whole_number,
        metavar="N",
        help="exit with status 1 when fewer than N free-model (:free) requests remain today",
    )
    parser.add_argument(
        "--min-days",
        type=number_of_days,
        metavar="DAYS",
        help="exit with status 1 when the key expires within DAYS (>= 0) days (or has expired)",
    )
    add_call_options(parser)


def _get_key(client: OpenRouter) -> GetCurrentKeyResponse:
    return client.api_keys.get_current_key_metadata()


#: The usage fields of ``GET /key``, in the order shown: (field, row label).
_USAGE = (
    ("usage_daily", "usage today"),
    ("usage_weekly", "this week"),
    ("usage_monthly", "this month"),
    ("usage", "all time"),
    ("byok_usage_daily", "BYOK today"),
    ("byok_usage_weekly", "this week"),
    ("byok_usage_monthly", "this month"),
    ("byok_usage", "all time"),
)


@dataclass(frozen=True)
class _Budget:
    """What ``key`` decides from an answer: every budget layer and the one that blocks first, the
    free-model quota, expiry in UTC, and the guard's verdicts."""

    layers: list[Layer]
    blocking: Layer | None  # the layer that blocks first (None: nothing is budgeted)
    free: FreeModelDailyRequests
    expires: datetime.datetime | None
    days_left: float | None
    below: bool  # --min-remaining given, something is budgeted, and the blocking layer has less left
    no_limit: bool  # --min-remaining given and nothing at all is budgeted
    free_below: bool  # --min-free-requests given and fewer free-model requests remain today
    expiring: bool  # --min-days given and the key expires within it (or has expired)

    @classmethod
    def of(cls, args: argparse.Namespace, data: GetCurrentKeyData) -> _Budget:
        layers, blocking = layers_of(data)
        free = data.free_model_daily_requests
        expires = utc(data.expires_at) if isinstance(data.expires_at, datetime.datetime) else None
        days = None if expires is None else (expires - _now()).total_seconds() / 86400
        minimum, min_free, min_days = args.min_remaining, args.min_free_requests, args.min_days
        return cls(
            layers,
            blocking,
            free,
            expires,
            days,
            below=minimum is not None and blocking is not None and blocking.remaining < minimum,
            no_limit=minimum is not None and blocking is None,
            free_below=min_free is not None and free.remaining < min_free,
            expiring=min_days is not None and days is not None and days < min_days,
        )

    def json(self, args: argparse.Namespace, data: GetCurrentKeyData) -> dict[str, object]:
        free = self.free
        out: dict[str, object] = {
            "label": data.label,
            "limit": None if data.limit is None else float(data.limit),
            "limit_remaining": None if data.limit_remaining is None else float(data.limit_remaining),
            "limit_reset": data.limit_reset,
            **{name: float(decimal(getattr(data, name))) for name, _ in _USAGE},
            "include_byok_in_limit": data.include_byok_in_limit,
            "is_free_tier": data.is_free_tier,
            "is_management_key": data.is_management_key,
            "expires_at": None if self.expires is None else iso(self.expires),
            "days_left": None if self.days_left is None else round(self.days_left, 3),
            "budgets": [layer.json() for layer in self.layers],
            "effective_budget": None if self.blocking is None else self.blocking.json(),
            "free_model_daily_requests": {
                "limit": free.limit,
                "remaining": free.remaining,
                "used": free.used,
            },
            "workspace_id": data.workspace_id,
            "organization_id": data.organization_id,
        }
        if args.min_remaining is not None:
            out["min_remaining"] = float(args.min_remaining)
            out["below_minimum"] = None if self.no_limit else self.below
            out["no_limit"] = self.no_limit
        if args.min_free_requests is not None:
            out["min_free_requests"] = args.min_free_requests
            out["below_min_free_requests"] = self.free_below
        if args.min_days is not None:
            out["min_days"] = float(args.min_days)
            out["expires_within_min_days"] = self.expiring
        return out

    def rows(self, data: GetCurrentKeyData) -> list[tuple[str, str]]:
        """The table: amounts in USD, right-aligned together; then the layers and the free quota."""
        amounts = {name: show(decimal(getattr(data, name))) for name, _ in _USAGE}
        if data.limit is not None:
            amounts["limit"] = show(decimal(data.limit))
            if data.limit_remaining is not None:
                amounts["remaining"] = show(decimal(data.limit_remaining))
        width = max(map(len, amounts.values()))
        usd = {name: f"{text:>{width}} USD" for name, text in amounts.items()}
        expiry = "never"
        if self.expires is not None and self.days_left is not None:
            expiry = self.expires.strftime("%Y-%m-%d %H:%M:%S UTC")
            expiry += " (expired)" if self.days_left < 0 else f" (in {self.days_left:.1f} days)"
        rows = [
            ("label", data.label),
            ("limit", usd.get("limit", "none")),
            ("remaining", usd.get("remaining", "no limit")),
            ("resets", data.limit_reset or "never"),
            *((label, usd[name]) for name, label in _USAGE),
            ("expires", expiry),
        ]
        if not self.layers:
            rows.append(("budgets", "none: nothing limits what this key may spend"))
        for i, layer in enumerate(self.layers):
            mark = "* " if layer == self.blocking else "  "
            note = " (blocks first)" if layer == self.blocking else ""
            rows.append(("budgets" if i == 0 else "", mark + layer.describe() + note))
        free = self.free
        rows.append(
            ("free models", f"{free.remaining} of {free.limit} requests left today ({free.used} used)")
        )
        return rows


def run(args: argparse.Namespace) -> int:
    data = answer(args, _get_key, "export the API key to check (an inference key is enough)").data
    budget = _Budget.of(args, data)
    if args.json:
        print(json.dumps(budget.json(args, data)))
    else:
        for label, value in budget.rows(data):
            print(f"{label:<12} {value}")
    if data.is_management_key:
        err(
            "this is a management key: it can create, change and delete every key of the account; "
            "a CI pipeline needs only an inference key (this command works with one)"
        )
    if budget.expiring and budget.days_left is not None:
        when = "has expired" if budget.days_left < 0 else f"expires in {budget.days_left:.1f} days"
        err(f"the key {when}, within the minimum of {show(args.min_days)} days")
    if budget.below and budget.blocking is not None:
        minimum = show(args.min_remaining)
        err(f"{budget.blocking.describe()}: it blocks first, below the minimum of {minimum} USD")
    if budget.free_below:
        err(
            f"{budget.free.remaining} free-model requests left today (of {budget.free.limit}), "
            f"below the minimum of {args.min_free_requests}"
        )
    if budget.below or budget.expiring or budget.free_below:
        return EXIT_BELOW_MINIMUM
    if budget.no_limit:
        err(
            "nothing limits what this key may spend (no guardrail, workspace budget or key limit), so "
            "--min-remaining has nothing to check: give the key a limit "
            "(https://openrouter.ai/settings/keys), or guard the account's balance with "
            "`openrouter-credits get` (which needs a management key)"
        )
        return EXIT_NO_LIMIT
    return EXIT_OK


def _now() -> datetime.datetime:
    """The current time (UTC); tests replace it."""
    return datetime.datetime.now(datetime.UTC)
