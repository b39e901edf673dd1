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
    from ..models.get_credits_response_data import GetCreditsResponseData


T = TypeVar("T", bound="GetCreditsResponse")


@_attrs_define(repr=False)
class GetCreditsResponse(_BaseModel):
    """Total credits purchased and used

    Example:
        {'data': {'total_credits': 100.5, 'total_usage': 25.75}}

    Attributes:
        data (GetCreditsResponseData):  Example: {'total_credits': 100.5, 'total_usage': 25.75}.
    """

    data: GetCreditsResponseData
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
        from ..models.get_credits_response_data import GetCreditsResponseData

        d = dict(src_dict)
        data = GetCreditsResponseData.from_dict(d.pop("data"))

        get_credits_response = cls(
            data=data,
        )

        get_credits_response.additional_properties = d
        return get_credits_response

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


class GetCreditsResponseTypedDict(TypedDict, total=False):
    """GetCreditsResponse as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    data: Required[dict[str, Any]]
