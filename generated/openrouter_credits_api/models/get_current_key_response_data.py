from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NotRequired, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import UNSET, BaseModel, Unset
from ..types import check_bool as _check_bool
from ..types import check_datetime as _check_datetime
from ..types import check_float as _check_float
from ..types import check_str as _check_str
from ..types import dump as _dump

if TYPE_CHECKING:
    from ..models.get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimitTypedDict,
    )

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class GetCurrentKeyResponseData(BaseModel):
    """Current API key information

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
        creator_user_id (str | None): The user ID of the key creator. For organization-owned keys, this is the member who created the key.
            For individual users, this is the user's own ID.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit
        is_free_tier (bool): Whether this is a free tier API key
        is_management_key (bool): Whether this is a management key
        is_provisioning_key (bool): Whether this is a management key
        label (str): Human-readable label for the API key
        limit (float | None): Spending limit for the API key in USD
        limit_remaining (float | None): Remaining spending limit in USD
        limit_reset (str | None): Type of limit reset for the API key
        rate_limit (GetCurrentKeyResponseDataRateLimit): Legacy rate limit information about a key. Will always return -1.
        usage (float): Total OpenRouter credit usage (in USD) for the API key
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
        expires_at (datetime.datetime | None): ISO 8601 UTC timestamp when the API key expires, or null if no expiration None when absent.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    creator_user_id: str | None
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: str | None
    rate_limit: GetCurrentKeyResponseDataRateLimit
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = (
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_monthly",
        "byok_usage_weekly",
        "creator_user_id",
        "include_byok_in_limit",
        "is_free_tier",
        "is_management_key",
        "is_provisioning_key",
        "label",
        "limit",
        "limit_remaining",
        "limit_reset",
        "rate_limit",
        "usage",
        "usage_daily",
        "usage_monthly",
        "usage_weekly",
        "expires_at",
    )
    _optional_names: ClassVar[frozenset[str]] = frozenset(("expires_at",))

    def __init__(
        self,
        byok_usage: float,
        byok_usage_daily: float,
        byok_usage_monthly: float,
        byok_usage_weekly: float,
        creator_user_id: str | None,
        include_byok_in_limit: bool,
        is_free_tier: bool,
        is_management_key: bool,
        is_provisioning_key: bool,
        label: str,
        limit: float | None,
        limit_remaining: float | None,
        limit_reset: str | None,
        rate_limit: GetCurrentKeyResponseDataRateLimit | Mapping[str, Any],
        usage: float,
        usage_daily: float,
        usage_monthly: float,
        usage_weekly: float,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts.

        An optional field left out (or, when the schema does not allow null, given None) is absent:
        it reads as None and ``to_dict()`` omits it.
        """
        absent: list[str] = []
        v_byok_usage: float
        v_byok_usage = _check_float(byok_usage, "byok_usage")
        _setattr(self, "byok_usage", v_byok_usage)
        v_byok_usage_daily: float
        v_byok_usage_daily = _check_float(byok_usage_daily, "byok_usage_daily")
        _setattr(self, "byok_usage_daily", v_byok_usage_daily)
        v_byok_usage_monthly: float
        v_byok_usage_monthly = _check_float(byok_usage_monthly, "byok_usage_monthly")
        _setattr(self, "byok_usage_monthly", v_byok_usage_monthly)
        v_byok_usage_weekly: float
        v_byok_usage_weekly = _check_float(byok_usage_weekly, "byok_usage_weekly")
        _setattr(self, "byok_usage_weekly", v_byok_usage_weekly)
        v_creator_user_id: str | None
        if creator_user_id is None:
            v_creator_user_id = None
        else:
            try:
                v_creator_user_id = _check_str(creator_user_id, "creator_user_id")
            except SchemaError as _u0:
                raise _u0.widen("creator_user_id", "string or null") from None
        _setattr(self, "creator_user_id", v_creator_user_id)
        v_include_byok_in_limit: bool
        v_include_byok_in_limit = _check_bool(
            include_byok_in_limit, "include_byok_in_limit"
        )
        _setattr(self, "include_byok_in_limit", v_include_byok_in_limit)
        v_is_free_tier: bool
        v_is_free_tier = _check_bool(is_free_tier, "is_free_tier")
        _setattr(self, "is_free_tier", v_is_free_tier)
        v_is_management_key: bool
        v_is_management_key = _check_bool(is_management_key, "is_management_key")
        _setattr(self, "is_management_key", v_is_management_key)
        v_is_provisioning_key: bool
        v_is_provisioning_key = _check_bool(is_provisioning_key, "is_provisioning_key")
        _setattr(self, "is_provisioning_key", v_is_provisioning_key)
        v_label: str
        v_label = _check_str(label, "label")
        _setattr(self, "label", v_label)
        v_limit: float | None
        if limit is None:
            v_limit = None
        else:
            try:
                v_limit = _check_float(limit, "limit")
            except SchemaError as _u0:
                raise _u0.widen("limit", "number or null") from None
        _setattr(self, "limit", v_limit)
        v_limit_remaining: float | None
        if limit_remaining is None:
            v_limit_remaining = None
        else:
            try:
                v_limit_remaining = _check_float(limit_remaining, "limit_remaining")
            except SchemaError as _u0:
                raise _u0.widen("limit_remaining", "number or null") from None
        _setattr(self, "limit_remaining", v_limit_remaining)
        v_limit_reset: str | None
        if limit_reset is None:
            v_limit_reset = None
        else:
            try:
                v_limit_reset = _check_str(limit_reset, "limit_reset")
            except SchemaError as _u0:
                raise _u0.widen("limit_reset", "string or null") from None
        _setattr(self, "limit_reset", v_limit_reset)
        v_rate_limit: GetCurrentKeyResponseDataRateLimit
        v_rate_limit = GetCurrentKeyResponseDataRateLimit._coerce(
            rate_limit, "rate_limit"
        )
        _setattr(self, "rate_limit", v_rate_limit)
        v_usage: float
        v_usage = _check_float(usage, "usage")
        _setattr(self, "usage", v_usage)
        v_usage_daily: float
        v_usage_daily = _check_float(usage_daily, "usage_daily")
        _setattr(self, "usage_daily", v_usage_daily)
        v_usage_monthly: float
        v_usage_monthly = _check_float(usage_monthly, "usage_monthly")
        _setattr(self, "usage_monthly", v_usage_monthly)
        v_usage_weekly: float
        v_usage_weekly = _check_float(usage_weekly, "usage_weekly")
        _setattr(self, "usage_weekly", v_usage_weekly)
        v_expires_at: datetime.datetime | None
        if isinstance(expires_at, Unset):
            v_expires_at = None
            absent.append("expires_at")
        else:
            if expires_at is None:
                v_expires_at = None
            else:
                try:
                    v_expires_at = _check_datetime(expires_at, "expires_at")
                except SchemaError as _u0:
                    raise _u0.widen("expires_at", "date-time string or null") from None
        _setattr(self, "expires_at", v_expires_at)
        _setattr(self, "_absent", frozenset(absent) if absent else _NOTHING_ABSENT)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["byok_usage"] = self.byok_usage
        field_dict["byok_usage_daily"] = self.byok_usage_daily
        field_dict["byok_usage_monthly"] = self.byok_usage_monthly
        field_dict["byok_usage_weekly"] = self.byok_usage_weekly
        field_dict["creator_user_id"] = _dump(self.creator_user_id)
        field_dict["include_byok_in_limit"] = self.include_byok_in_limit
        field_dict["is_free_tier"] = self.is_free_tier
        field_dict["is_management_key"] = self.is_management_key
        field_dict["is_provisioning_key"] = self.is_provisioning_key
        field_dict["label"] = self.label
        field_dict["limit"] = _dump(self.limit)
        field_dict["limit_remaining"] = _dump(self.limit_remaining)
        field_dict["limit_reset"] = _dump(self.limit_reset)
        field_dict["rate_limit"] = self.rate_limit.to_dict()
        field_dict["usage"] = self.usage
        field_dict["usage_daily"] = self.usage_daily
        field_dict["usage_monthly"] = self.usage_monthly
        field_dict["usage_weekly"] = self.usage_weekly
        absent = self._absent
        if "expires_at" not in absent:
            field_dict["expires_at"] = _dump(self.expires_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A model from JSON data, every value checked against the schema (SchemaError on a mismatch).

        Fields the schema does not name are kept in ``additional_properties``.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise SchemaError.wrong(None, "object", src_dict)
        d = dict(src_dict)
        obj = cls.__new__(cls)
        try:
            raw = d.pop("byok_usage")
        except KeyError:
            raise SchemaError.missing("byok_usage", "number") from None
        v_byok_usage: float
        v_byok_usage = _check_float(raw, "byok_usage")
        _setattr(obj, "byok_usage", v_byok_usage)
        try:
            raw = d.pop("byok_usage_daily")
        except KeyError:
            raise SchemaError.missing("byok_usage_daily", "number") from None
        v_byok_usage_daily: float
        v_byok_usage_daily = _check_float(raw, "byok_usage_daily")
        _setattr(obj, "byok_usage_daily", v_byok_usage_daily)
        try:
            raw = d.pop("byok_usage_monthly")
        except KeyError:
            raise SchemaError.missing("byok_usage_monthly", "number") from None
        v_byok_usage_monthly: float
        v_byok_usage_monthly = _check_float(raw, "byok_usage_monthly")
        _setattr(obj, "byok_usage_monthly", v_byok_usage_monthly)
        try:
            raw = d.pop("byok_usage_weekly")
        except KeyError:
            raise SchemaError.missing("byok_usage_weekly", "number") from None
        v_byok_usage_weekly: float
        v_byok_usage_weekly = _check_float(raw, "byok_usage_weekly")
        _setattr(obj, "byok_usage_weekly", v_byok_usage_weekly)
        try:
            raw = d.pop("creator_user_id")
        except KeyError:
            raise SchemaError.missing("creator_user_id", "string or null") from None
        v_creator_user_id: str | None
        if raw is None:
            v_creator_user_id = None
        else:
            try:
                v_creator_user_id = _check_str(raw, "creator_user_id")
            except SchemaError as _u0:
                raise _u0.widen("creator_user_id", "string or null") from None
        _setattr(obj, "creator_user_id", v_creator_user_id)
        try:
            raw = d.pop("include_byok_in_limit")
        except KeyError:
            raise SchemaError.missing("include_byok_in_limit", "boolean") from None
        v_include_byok_in_limit: bool
        v_include_byok_in_limit = _check_bool(raw, "include_byok_in_limit")
        _setattr(obj, "include_byok_in_limit", v_include_byok_in_limit)
        try:
            raw = d.pop("is_free_tier")
        except KeyError:
            raise SchemaError.missing("is_free_tier", "boolean") from None
        v_is_free_tier: bool
        v_is_free_tier = _check_bool(raw, "is_free_tier")
        _setattr(obj, "is_free_tier", v_is_free_tier)
        try:
            raw = d.pop("is_management_key")
        except KeyError:
            raise SchemaError.missing("is_management_key", "boolean") from None
        v_is_management_key: bool
        v_is_management_key = _check_bool(raw, "is_management_key")
        _setattr(obj, "is_management_key", v_is_management_key)
        try:
            raw = d.pop("is_provisioning_key")
        except KeyError:
            raise SchemaError.missing("is_provisioning_key", "boolean") from None
        v_is_provisioning_key: bool
        v_is_provisioning_key = _check_bool(raw, "is_provisioning_key")
        _setattr(obj, "is_provisioning_key", v_is_provisioning_key)
        try:
            raw = d.pop("label")
        except KeyError:
            raise SchemaError.missing("label", "string") from None
        v_label: str
        v_label = _check_str(raw, "label")
        _setattr(obj, "label", v_label)
        try:
            raw = d.pop("limit")
        except KeyError:
            raise SchemaError.missing("limit", "number or null") from None
        v_limit: float | None
        if raw is None:
            v_limit = None
        else:
            try:
                v_limit = _check_float(raw, "limit")
            except SchemaError as _u0:
                raise _u0.widen("limit", "number or null") from None
        _setattr(obj, "limit", v_limit)
        try:
            raw = d.pop("limit_remaining")
        except KeyError:
            raise SchemaError.missing("limit_remaining", "number or null") from None
        v_limit_remaining: float | None
        if raw is None:
            v_limit_remaining = None
        else:
            try:
                v_limit_remaining = _check_float(raw, "limit_remaining")
            except SchemaError as _u0:
                raise _u0.widen("limit_remaining", "number or null") from None
        _setattr(obj, "limit_remaining", v_limit_remaining)
        try:
            raw = d.pop("limit_reset")
        except KeyError:
            raise SchemaError.missing("limit_reset", "string or null") from None
        v_limit_reset: str | None
        if raw is None:
            v_limit_reset = None
        else:
            try:
                v_limit_reset = _check_str(raw, "limit_reset")
            except SchemaError as _u0:
                raise _u0.widen("limit_reset", "string or null") from None
        _setattr(obj, "limit_reset", v_limit_reset)
        try:
            raw = d.pop("rate_limit")
        except KeyError:
            raise SchemaError.missing("rate_limit", "object") from None
        v_rate_limit: GetCurrentKeyResponseDataRateLimit
        v_rate_limit = GetCurrentKeyResponseDataRateLimit._coerce(raw, "rate_limit")
        _setattr(obj, "rate_limit", v_rate_limit)
        try:
            raw = d.pop("usage")
        except KeyError:
            raise SchemaError.missing("usage", "number") from None
        v_usage: float
        v_usage = _check_float(raw, "usage")
        _setattr(obj, "usage", v_usage)
        try:
            raw = d.pop("usage_daily")
        except KeyError:
            raise SchemaError.missing("usage_daily", "number") from None
        v_usage_daily: float
        v_usage_daily = _check_float(raw, "usage_daily")
        _setattr(obj, "usage_daily", v_usage_daily)
        try:
            raw = d.pop("usage_monthly")
        except KeyError:
            raise SchemaError.missing("usage_monthly", "number") from None
        v_usage_monthly: float
        v_usage_monthly = _check_float(raw, "usage_monthly")
        _setattr(obj, "usage_monthly", v_usage_monthly)
        try:
            raw = d.pop("usage_weekly")
        except KeyError:
            raise SchemaError.missing("usage_weekly", "number") from None
        v_usage_weekly: float
        v_usage_weekly = _check_float(raw, "usage_weekly")
        _setattr(obj, "usage_weekly", v_usage_weekly)
        absent: list[str] = []
        v_expires_at: datetime.datetime | None
        if "expires_at" in d:
            raw = d.pop("expires_at")
            if raw is None:
                v_expires_at = None
            else:
                try:
                    v_expires_at = _check_datetime(raw, "expires_at")
                except SchemaError as _u0:
                    raise _u0.widen("expires_at", "date-time string or null") from None
        else:
            v_expires_at = None
            absent.append("expires_at")
        _setattr(obj, "expires_at", v_expires_at)
        _setattr(obj, "_absent", frozenset(absent) if absent else _NOTHING_ABSENT)
        _setattr(obj, "additional_properties", d)
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the schema does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class GetCurrentKeyResponseDataTypedDict(TypedDict):
    """GetCurrentKeyResponseData as JSON data (the shape ``to_dict()`` returns)."""

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    creator_user_id: str | None
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: str | None
    rate_limit: GetCurrentKeyResponseDataRateLimitTypedDict
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    expires_at: NotRequired[str | None]


# Imported last: models may refer to each other.
from ..models.get_current_key_response_data_rate_limit import (
    GetCurrentKeyResponseDataRateLimit,
)
