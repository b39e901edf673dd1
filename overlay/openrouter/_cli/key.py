"""``openrouter-credits key``: what the key in ``OPENROUTER_API_KEY`` may still spend (``GET /key``).

The CI budget guard: ``--min-remaining`` against the key's remaining limit, ``--min-days`` against its
expiry. What it decides from an answer is :class:`_Budget`.
"""

from __future__ import annotations

import argparse
import datetime
import json
from dataclasses import dataclass
from decimal import Decimal
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
)

if TYPE_CHECKING:
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
            "exit with status 1 when less than USD (>= 0) of the key's limit remains "
            "(limit_remaining), with status 6 when the key has no limit"
        ),
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


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An answer's time in UTC (the API sends ``...Z``; a time without a zone is taken as UTC)."""
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)


@dataclass(frozen=True)
class _Budget:
    """What ``key`` decides from an answer: amounts as decimals, expiry in UTC, the guard's verdicts."""

    limit: Decimal | None
    remaining: Decimal | None
    expires: datetime.datetime | None
    days_left: float | None
    below: bool  # --min-remaining given, the key has a limit, and less of it remains
    no_limit: bool  # --min-remaining given and the key has no limit
    expiring: bool  # --min-days given and the key expires within it (or has expired)

    @classmethod
    def of(cls, args: argparse.Namespace, data: GetCurrentKeyData) -> _Budget:
        limit = None if data.limit is None else decimal(data.limit)
        remaining = None if limit is None or data.limit_remaining is None else decimal(data.limit_remaining)
        expires = _utc(data.expires_at) if isinstance(data.expires_at, datetime.datetime) else None
        days = None if expires is None else (expires - _now()).total_seconds() / 86400
        minimum, min_days = args.min_remaining, args.min_days
        return cls(
            limit,
            remaining,
            expires,
            days,
            below=minimum is not None and remaining is not None and remaining < minimum,
            no_limit=minimum is not None and remaining is None,
            expiring=min_days is not None and days is not None and days < min_days,
        )

    def json(self, args: argparse.Namespace, data: GetCurrentKeyData) -> dict[str, object]:
        out: dict[str, object] = {
            "label": data.label,
            "limit": None if self.limit is None else float(self.limit),
            "limit_remaining": None if self.remaining is None else float(self.remaining),
            "limit_reset": data.limit_reset,
            **{name: float(decimal(getattr(data, name))) for name, _ in _USAGE},
            "include_byok_in_limit": data.include_byok_in_limit,
            "is_free_tier": data.is_free_tier,
            "is_management_key": data.is_management_key,
            "expires_at": None if self.expires is None else self.expires.isoformat().replace("+00:00", "Z"),
            "days_left": None if self.days_left is None else round(self.days_left, 3),
        }
        if args.min_remaining is not None:
            out["min_remaining"] = float(args.min_remaining)
            out["below_minimum"] = None if self.no_limit else self.below
            out["no_limit"] = self.no_limit
        if args.min_days is not None:
            out["min_days"] = float(args.min_days)
            out["expires_within_min_days"] = self.expiring
        return out

    def rows(self, data: GetCurrentKeyData) -> list[tuple[str, str]]:
        """The table: amounts in USD, right-aligned together."""
        amounts = {name: show(decimal(getattr(data, name))) for name, _ in _USAGE}
        if self.limit is not None:
            amounts["limit"] = show(self.limit)
        if self.remaining is not None:
            amounts["remaining"] = show(self.remaining)
        width = max(map(len, amounts.values()))
        usd = {name: f"{text:>{width}} USD" for name, text in amounts.items()}
        expiry = "never"
        if self.expires is not None and self.days_left is not None:
            expiry = self.expires.strftime("%Y-%m-%d %H:%M:%S UTC")
            expiry += " (expired)" if self.days_left < 0 else f" (in {self.days_left:.1f} days)"
        return [
            ("label", data.label),
            ("limit", usd.get("limit", "none")),
            ("remaining", usd.get("remaining", "no limit")),
            ("resets", data.limit_reset or "never"),
            *((label, usd[name]) for name, label in _USAGE),
            ("expires", expiry),
        ]


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
    if budget.below and budget.remaining is not None:
        err(
            f"{show(budget.remaining)} USD of the key's limit remains, "
            f"below the minimum of {show(args.min_remaining)}"
        )
    if budget.below or budget.expiring:
        return EXIT_BELOW_MINIMUM
    if budget.no_limit:
        err(
            "the key has no spending limit, so --min-remaining has nothing to check: give the key a "
            "limit (https://openrouter.ai/settings/keys), or guard the account's balance with "
            "`openrouter-credits get` (which needs a management key)"
        )
        return EXIT_NO_LIMIT
    return EXIT_OK


def _now() -> datetime.datetime:
    """The current time (UTC); tests replace it."""
    return datetime.datetime.now(datetime.UTC)
