from __future__ import annotations

from collections.abc import Mapping
from typing import (  # openrouter-credits: the TypedDict below
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="FreeModelDailyRequests")


@_attrs_define(repr=False)
class FreeModelDailyRequests(_BaseModel):
    """Free-model (`:free` variant) daily request quota for the account that owns the key. Reports the same counter and
    tier limit that free-model enforcement reads for accounts subject to the free-model limits; the counter resets at
    UTC midnight. Accounts and endpoints exempt from free-model limits, and BYOK requests, are not gated by it, so
    `remaining` is the tier policy rather than an enforced ceiling for them.

        Attributes:
            limit (int): Free-model requests the account may make per UTC day; the ceiling depends on total credits
                purchased and is independent of `is_free_tier`
            remaining (int): Free-model requests left in the current UTC day
            used (int): Free-model requests recorded for the account so far in the current UTC day
    """

    limit: int
    remaining: int
    used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        remaining = self.remaining

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "remaining": remaining,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit")

        remaining = d.pop("remaining")

        used = d.pop("used")

        free_model_daily_requests = cls(
            limit=limit,
            remaining=remaining,
            used=used,
        )

        free_model_daily_requests.additional_properties = d
        return free_model_daily_requests

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


class FreeModelDailyRequestsTypedDict(TypedDict, total=False):
    """FreeModelDailyRequests as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    limit: Required[int]
    remaining: Required[int]
    used: Required[int]
