from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (  # openrouter-credits: the TypedDict below
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_budget_reset_interval_type_0 import KeyBudgetResetIntervalType0
from ..models.key_budget_scope import KeyBudgetScope
from ..types import _JSON_KINDS
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="KeyBudget")


@_attrs_define(repr=False)
class KeyBudget(_BaseModel):
    """One budget layer that applies to requests made with this key, with the spend enforcement compares against it.

    Attributes:
        budget_id (None | str): ID of the workspace budget for the `workspace` scope; null for other scopes.
        guardrail_id (None | str): ID of the guardrail that carries this budget; null for other scopes.
        include_byok (bool): Whether external BYOK inference spend counts toward this budget.
        limit_usd (float): Budget limit in USD for the current window.
        remaining_usd (float): `limit_usd - spend_usd`. Zero or negative means this layer rejects requests with a 403
            until it resets.
        reset_interval (KeyBudgetResetIntervalType0 | None): UTC window the spend is counted over (weeks start Monday);
            null for a lifetime budget that never resets.
        resets_at (datetime.datetime | None): ISO 8601 UTC instant at which the window rolls over and spend returns to
            zero; null for a lifetime budget.
        scope (KeyBudgetScope): Which budget layer this is, in the order enforcement checks them: the workspace default
            guardrail against the member aggregate (`workspace_default_member`) and against this key
            (`workspace_default_key`), the member guardrail (`member`), the API key guardrail (`api_key`), a workspace
            budget (`workspace`), or the key's own limit (`key_limit`).
        spend_usd (float): Spend in USD that enforcement counts against this limit in the current window: the member
            aggregate for member-scoped layers, otherwise this key or workspace.
    """

    budget_id: None | str
    guardrail_id: None | str
    include_byok: bool
    limit_usd: float
    remaining_usd: float
    reset_interval: KeyBudgetResetIntervalType0 | None
    resets_at: datetime.datetime | None
    scope: KeyBudgetScope
    spend_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_names = (
        ("budget_id", "budget_id"),
        ("guardrail_id", "guardrail_id"),
        ("include_byok", "include_byok"),
        ("limit_usd", "limit_usd"),
        ("remaining_usd", "remaining_usd"),
        ("reset_interval", "reset_interval"),
        ("resets_at", "resets_at"),
        ("scope", "scope"),
        ("spend_usd", "spend_usd"),
    )
    _parsed_fields = (
        "reset_interval",
        "resets_at",
        "scope",
    )

    def __attrs_post_init__(self) -> None:
        """A field given as JSON data is parsed (``types.BaseModel._parse_json_keywords``)."""
        if (
            type(self.reset_interval) in _JSON_KINDS
            or type(self.resets_at) in _JSON_KINDS
            or type(self.scope) in _JSON_KINDS
        ):
            self._parse_json_keywords()

    def to_dict(self) -> dict[str, Any]:
        budget_id: None | str
        budget_id = self.budget_id

        guardrail_id: None | str
        guardrail_id = self.guardrail_id

        include_byok = self.include_byok

        limit_usd = self.limit_usd

        remaining_usd = self.remaining_usd

        reset_interval: None | str
        if isinstance(self.reset_interval, KeyBudgetResetIntervalType0):
            reset_interval = self.reset_interval.value
        else:
            reset_interval = self.reset_interval

        resets_at: None | str
        if isinstance(self.resets_at, datetime.datetime):
            resets_at = self.resets_at.isoformat()
        else:
            resets_at = self.resets_at

        scope = self.scope.value

        spend_usd = self.spend_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
                "guardrail_id": guardrail_id,
                "include_byok": include_byok,
                "limit_usd": limit_usd,
                "remaining_usd": remaining_usd,
                "reset_interval": reset_interval,
                "resets_at": resets_at,
                "scope": scope,
                "spend_usd": spend_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_budget_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_id = _parse_budget_id(d.pop("budget_id"))

        def _parse_guardrail_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        guardrail_id = _parse_guardrail_id(d.pop("guardrail_id"))

        include_byok = d.pop("include_byok")

        limit_usd = d.pop("limit_usd")

        remaining_usd = d.pop("remaining_usd")

        def _parse_reset_interval(data: object) -> KeyBudgetResetIntervalType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_interval_type_0 = KeyBudgetResetIntervalType0(data)

                return reset_interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyBudgetResetIntervalType0 | None, data)

        reset_interval = _parse_reset_interval(d.pop("reset_interval"))

        def _parse_resets_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resets_at_type_0 = datetime.datetime.fromisoformat(data)

                return resets_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resets_at = _parse_resets_at(d.pop("resets_at"))

        scope = KeyBudgetScope(d.pop("scope"))

        spend_usd = d.pop("spend_usd")

        key_budget = cls(
            budget_id=budget_id,
            guardrail_id=guardrail_id,
            include_byok=include_byok,
            limit_usd=limit_usd,
            remaining_usd=remaining_usd,
            reset_interval=reset_interval,
            resets_at=resets_at,
            scope=scope,
            spend_usd=spend_usd,
        )

        key_budget.additional_properties = d
        return key_budget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class KeyBudgetTypedDict(TypedDict, total=False):
    """KeyBudget as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    budget_id: Required[None | str]
    guardrail_id: Required[None | str]
    include_byok: Required[bool]
    limit_usd: Required[float]
    remaining_usd: Required[float]
    reset_interval: Required[None | str]
    resets_at: Required[None | str]
    scope: Required[str]
    spend_usd: Required[float]
