from __future__ import annotations

from collections.abc import Mapping
from typing import (  # openrouter-credits: the TypedDict below
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _JSON_KINDS
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.get_current_key_response_data import GetCurrentKeyResponseData


T = TypeVar("T", bound="GetCurrentKeyResponse")


@_attrs_define(repr=False)
class GetCurrentKeyResponse(_BaseModel):
    """
    Example:
        {'data': {'allowed_data_regions': ['global'], 'budgets': [{'budget_id': None, 'guardrail_id': None,
            'include_byok': False, 'limit_usd': 100, 'remaining_usd': 74.5, 'reset_interval': 'monthly', 'resets_at':
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
            '0df9e665-d932-4ed4-8d3b-3c8b2b2c7d9e'}}

    Attributes:
        data (GetCurrentKeyResponseData): Current API key information Example: {'allowed_data_regions': ['global'],
            'budgets': [{'budget_id': None, 'guardrail_id': None, 'include_byok': False, 'limit_usd': 100, 'remaining_usd':
            74.5, 'reset_interval': 'monthly', 'resets_at': '2027-01-01T00:00:00Z', 'scope': 'key_limit', 'spend_usd':
            25.5}], 'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'effective_budget': {'budget_id': None, 'guardrail_id':
            None, 'include_byok': False, 'limit_usd': 100, 'remaining_usd': 74.5, 'reset_interval': 'monthly', 'resets_at':
            '2027-01-01T00:00:00Z', 'scope': 'key_limit', 'spend_usd': 25.5}, 'expires_at': '2027-12-31T23:59:59Z',
            'free_model_daily_requests': {'limit': 1000, 'remaining': 994, 'used': 6}, 'include_byok_in_limit': False,
            'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False, 'label': 'sk-or-v1-au7...890',
            'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'organization_id': None, 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-4ed4-8d3b-3c8b2b2c7d9e'}.
    """

    data: GetCurrentKeyResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_names = (("data", "data"),)
    _parsed_fields = ("data",)

    def __attrs_post_init__(self) -> None:
        """A field given as JSON data is parsed (``types.BaseModel._parse_json_keywords``)."""
        if type(self.data) in _JSON_KINDS:
            self._parse_json_keywords()

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_current_key_response_data import GetCurrentKeyResponseData

        d = dict(src_dict)
        data = GetCurrentKeyResponseData.from_dict(d.pop("data"))

        get_current_key_response = cls(
            data=data,
        )

        get_current_key_response.additional_properties = d
        return get_current_key_response

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


class GetCurrentKeyResponseTypedDict(TypedDict, total=False):
    """GetCurrentKeyResponse as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    data: Required[dict[str, Any]]
