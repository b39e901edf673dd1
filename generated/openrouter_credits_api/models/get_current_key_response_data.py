from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (  # openrouter-credits: the TypedDict below
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_current_key_response_data_allowed_data_regions_item import (
    GetCurrentKeyResponseDataAllowedDataRegionsItem,
)
from ..types import _JSON_KINDS, UNSET, Unset, _holds_json
from ..types import BaseModel as _BaseModel
from ..types import deprecated as _deprecated
from ..types import warn_deprecated_field as _warn_deprecated_field

if TYPE_CHECKING:
    from ..models.free_model_daily_requests import FreeModelDailyRequests
    from ..models.get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimit,
    )
    from ..models.key_budget import KeyBudget


T = TypeVar("T", bound="GetCurrentKeyResponseData")


@_attrs_define(repr=False)
class GetCurrentKeyResponseData(_BaseModel):
    """Current API key information

    Example:
        {'allowed_data_regions': ['global'], 'budgets': [{'budget_id': None, 'guardrail_id': None, 'include_byok':
            False, 'limit_usd': 100, 'remaining_usd': 74.5, 'reset_interval': 'monthly', 'resets_at':
            '2027-01-01T00:00:00Z', 'scope': 'key_limit', 'spend_usd': 25.5}], 'byok_usage': 17.38, 'byok_usage_daily':
            17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38, 'creator_user_id':
            'user_2dHFtVWx2n56w6HkM0000000000', 'effective_budget': {'budget_id': None, 'guardrail_id': None,
            'include_byok': False, 'limit_usd': 100, 'remaining_usd': 74.5, 'reset_interval': 'monthly', 'resets_at':
            '2027-01-01T00:00:00Z', 'scope': 'key_limit', 'spend_usd': 25.5}, 'expires_at': '2027-12-31T23:59:59Z',
            'free_model_daily_requests': {'limit': 1000, 'remaining': 994, 'used': 6}, 'include_byok_in_limit': False,
            'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False, 'label': 'sk-or-v1-au7...890',
            'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'organization_id': None, 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-4ed4-8d3b-3c8b2b2c7d9e'}

    Attributes:
        allowed_data_regions (list[GetCurrentKeyResponseDataAllowedDataRegionsItem]): Data regions permitted for this
            API key by the guardrail policies on the key and the account regional-routing entitlement. Empty when no region
            is permitted. Reflects region policy only: other key restrictions, such as management keys being blocked from
            inference, still apply.
        budgets (list[KeyBudget]): Every budget layer enforcement checks for requests made with this key, in the order
            it checks them: guardrail budgets, workspace budgets, then the key's own limit. Empty when nothing is budgeted.
            `effective_budget` is the budget that blocks requests first: the entry enforcement rejects on when one is
            already spent, otherwise the entry with the least `remaining_usd`; null when nothing is budgeted. `limit` and
            `limit_remaining` above describe only the key's own limit.
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        creator_user_id (None | str): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        effective_budget (KeyBudget | None): The budget layer that blocks requests first (see `budgets`); null when
            nothing is budgeted.
        free_model_daily_requests (FreeModelDailyRequests): Free-model (`:free` variant) daily request quota for the
            account that owns the key. Reports the same counter and tier limit that free-model enforcement reads for
            accounts subject to the free-model limits; the counter resets at UTC midnight. Accounts and endpoints exempt
            from free-model limits, and BYOK requests, are not gated by it, so `remaining` is the tier policy rather than an
            enforced ceiling for them.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        is_free_tier (bool): Whether this is a free tier API key Example: False.
        is_management_key (bool): Whether this is a management key Example: False.
        is_provisioning_key (bool): Whether this is a management key Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (None | str): Type of limit reset for the API key Example: monthly.
        organization_id (None | str): The ID of the organization that owns this API key, or null when an individual
            account owns it.
        rate_limit (GetCurrentKeyResponseDataRateLimit): Legacy rate limit information about a key. Will always return
            -1. Example: {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        workspace_id (None | str): The ID of the workspace this API key spends in, or null when no active workspace
            resolved for it, for example because the key's workspace was deleted.
        expires_at (datetime.datetime | None | Unset): ISO 8601 UTC timestamp when the API key expires, or null if no
            expiration Example: 2027-12-31T23:59:59Z.
    """

    allowed_data_regions: list[GetCurrentKeyResponseDataAllowedDataRegionsItem]
    budgets: list[KeyBudget]
    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    creator_user_id: None | str
    effective_budget: KeyBudget | None
    free_model_daily_requests: FreeModelDailyRequests
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    _is_provisioning_key: bool = _attrs_field(alias="is_provisioning_key")
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    organization_id: None | str
    _rate_limit: GetCurrentKeyResponseDataRateLimit = _attrs_field(alias="rate_limit")
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    workspace_id: None | str
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    @_deprecated(
        "GetCurrentKeyResponseData.is_provisioning_key is deprecated in the API schema; it will be removed."
    )
    def is_provisioning_key(self) -> bool:
        """Deprecated in the API schema (still readable; reading it warns once per line)."""
        _warn_deprecated_field(type(self).__name__, "is_provisioning_key")
        return self._is_provisioning_key

    @property
    @_deprecated(
        "GetCurrentKeyResponseData.rate_limit is deprecated in the API schema; it will be removed."
    )
    def rate_limit(self) -> GetCurrentKeyResponseDataRateLimit:
        """Deprecated in the API schema (still readable; reading it warns once per line)."""
        _warn_deprecated_field(type(self).__name__, "rate_limit")
        return self._rate_limit

    _json_names = (
        ("allowed_data_regions", "allowed_data_regions"),
        ("budgets", "budgets"),
        ("byok_usage", "byok_usage"),
        ("byok_usage_daily", "byok_usage_daily"),
        ("byok_usage_monthly", "byok_usage_monthly"),
        ("byok_usage_weekly", "byok_usage_weekly"),
        ("creator_user_id", "creator_user_id"),
        ("effective_budget", "effective_budget"),
        ("free_model_daily_requests", "free_model_daily_requests"),
        ("include_byok_in_limit", "include_byok_in_limit"),
        ("is_free_tier", "is_free_tier"),
        ("is_management_key", "is_management_key"),
        ("_is_provisioning_key", "is_provisioning_key"),
        ("label", "label"),
        ("limit", "limit"),
        ("limit_remaining", "limit_remaining"),
        ("limit_reset", "limit_reset"),
        ("organization_id", "organization_id"),
        ("_rate_limit", "rate_limit"),
        ("usage", "usage"),
        ("usage_daily", "usage_daily"),
        ("usage_monthly", "usage_monthly"),
        ("usage_weekly", "usage_weekly"),
        ("workspace_id", "workspace_id"),
        ("expires_at", "expires_at"),
    )
    _parsed_fields = (
        "allowed_data_regions",
        "budgets",
        "effective_budget",
        "free_model_daily_requests",
        "_rate_limit",
        "expires_at",
    )

    def __attrs_post_init__(self) -> None:
        """A field given as JSON data is parsed (``types.BaseModel._parse_json_keywords``)."""
        if (
            _holds_json(self.allowed_data_regions)
            or _holds_json(self.budgets)
            or type(self.effective_budget) in _JSON_KINDS
            or type(self.free_model_daily_requests) in _JSON_KINDS
            or type(self._rate_limit) in _JSON_KINDS
            or type(self.expires_at) in _JSON_KINDS
        ):
            self._parse_json_keywords()

    def to_dict(self) -> dict[str, Any]:
        from ..models.key_budget import KeyBudget

        allowed_data_regions = []
        for allowed_data_regions_item_data in self.allowed_data_regions:
            allowed_data_regions_item = allowed_data_regions_item_data.value
            allowed_data_regions.append(allowed_data_regions_item)

        budgets = []
        for budgets_item_data in self.budgets:
            budgets_item = budgets_item_data.to_dict()
            budgets.append(budgets_item)

        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_monthly = self.byok_usage_monthly

        byok_usage_weekly = self.byok_usage_weekly

        creator_user_id: None | str
        creator_user_id = self.creator_user_id

        effective_budget: dict[str, Any] | None
        if isinstance(self.effective_budget, KeyBudget):
            effective_budget = self.effective_budget.to_dict()
        else:
            effective_budget = self.effective_budget

        free_model_daily_requests = self.free_model_daily_requests.to_dict()

        include_byok_in_limit = self.include_byok_in_limit

        is_free_tier = self.is_free_tier

        is_management_key = self.is_management_key

        is_provisioning_key = self.is_provisioning_key

        label = self.label

        limit: float | None
        limit = self.limit

        limit_remaining: float | None
        limit_remaining = self.limit_remaining

        limit_reset: None | str
        limit_reset = self.limit_reset

        organization_id: None | str
        organization_id = self.organization_id

        rate_limit = self.rate_limit.to_dict()

        usage = self.usage

        usage_daily = self.usage_daily

        usage_monthly = self.usage_monthly

        usage_weekly = self.usage_weekly

        workspace_id: None | str
        workspace_id = self.workspace_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_data_regions": allowed_data_regions,
                "budgets": budgets,
                "byok_usage": byok_usage,
                "byok_usage_daily": byok_usage_daily,
                "byok_usage_monthly": byok_usage_monthly,
                "byok_usage_weekly": byok_usage_weekly,
                "creator_user_id": creator_user_id,
                "effective_budget": effective_budget,
                "free_model_daily_requests": free_model_daily_requests,
                "include_byok_in_limit": include_byok_in_limit,
                "is_free_tier": is_free_tier,
                "is_management_key": is_management_key,
                "is_provisioning_key": is_provisioning_key,
                "label": label,
                "limit": limit,
                "limit_remaining": limit_remaining,
                "limit_reset": limit_reset,
                "organization_id": organization_id,
                "rate_limit": rate_limit,
                "usage": usage,
                "usage_daily": usage_daily,
                "usage_monthly": usage_monthly,
                "usage_weekly": usage_weekly,
                "workspace_id": workspace_id,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.free_model_daily_requests import FreeModelDailyRequests
        from ..models.get_current_key_response_data_rate_limit import (
            GetCurrentKeyResponseDataRateLimit,
        )
        from ..models.key_budget import KeyBudget

        d = dict(src_dict)
        allowed_data_regions = []
        _allowed_data_regions = d.pop("allowed_data_regions")
        for allowed_data_regions_item_data in _allowed_data_regions:
            allowed_data_regions_item = GetCurrentKeyResponseDataAllowedDataRegionsItem(
                allowed_data_regions_item_data
            )

            allowed_data_regions.append(allowed_data_regions_item)

        budgets = []
        _budgets = d.pop("budgets")
        for budgets_item_data in _budgets:
            budgets_item = KeyBudget.from_dict(budgets_item_data)

            budgets.append(budgets_item)

        byok_usage = d.pop("byok_usage")

        byok_usage_daily = d.pop("byok_usage_daily")

        byok_usage_monthly = d.pop("byok_usage_monthly")

        byok_usage_weekly = d.pop("byok_usage_weekly")

        def _parse_creator_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_user_id = _parse_creator_user_id(d.pop("creator_user_id"))

        def _parse_effective_budget(data: object) -> KeyBudget | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, dict) and KeyBudget.accepts(data)):
                    raise TypeError()
                effective_budget_type_0 = KeyBudget.from_dict(data)

                return effective_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyBudget | None, data)

        effective_budget = _parse_effective_budget(d.pop("effective_budget"))

        free_model_daily_requests = FreeModelDailyRequests.from_dict(
            d.pop("free_model_daily_requests")
        )

        include_byok_in_limit = d.pop("include_byok_in_limit")

        is_free_tier = d.pop("is_free_tier")

        is_management_key = d.pop("is_management_key")

        is_provisioning_key = d.pop("is_provisioning_key")

        label = d.pop("label")

        def _parse_limit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        limit = _parse_limit(d.pop("limit"))

        def _parse_limit_remaining(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        limit_remaining = _parse_limit_remaining(d.pop("limit_remaining"))

        def _parse_limit_reset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limit_reset = _parse_limit_reset(d.pop("limit_reset"))

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        rate_limit = GetCurrentKeyResponseDataRateLimit.from_dict(d.pop("rate_limit"))

        usage = d.pop("usage")

        usage_daily = d.pop("usage_daily")

        usage_monthly = d.pop("usage_monthly")

        usage_weekly = d.pop("usage_weekly")

        def _parse_workspace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id"))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        get_current_key_response_data = cls(
            allowed_data_regions=allowed_data_regions,
            budgets=budgets,
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            creator_user_id=creator_user_id,
            effective_budget=effective_budget,
            free_model_daily_requests=free_model_daily_requests,
            include_byok_in_limit=include_byok_in_limit,
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            is_provisioning_key=is_provisioning_key,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            organization_id=organization_id,
            rate_limit=rate_limit,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            workspace_id=workspace_id,
            expires_at=expires_at,
        )

        get_current_key_response_data.additional_properties = d
        return get_current_key_response_data

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


class GetCurrentKeyResponseDataTypedDict(TypedDict, total=False):
    """GetCurrentKeyResponseData as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    allowed_data_regions: Required[list[str]]
    budgets: Required[list[dict[str, Any]]]
    byok_usage: Required[float]
    byok_usage_daily: Required[float]
    byok_usage_monthly: Required[float]
    byok_usage_weekly: Required[float]
    creator_user_id: Required[None | str]
    effective_budget: Required[dict[str, Any] | None]
    free_model_daily_requests: Required[dict[str, Any]]
    include_byok_in_limit: Required[bool]
    is_free_tier: Required[bool]
    is_management_key: Required[bool]
    is_provisioning_key: Required[bool]
    label: Required[str]
    limit: Required[float | None]
    limit_remaining: Required[float | None]
    limit_reset: Required[None | str]
    organization_id: Required[None | str]
    rate_limit: Required[dict[str, Any]]
    usage: Required[float]
    usage_daily: Required[float]
    usage_monthly: Required[float]
    usage_weekly: Required[float]
    workspace_id: Required[None | str]
    expires_at: None | str
