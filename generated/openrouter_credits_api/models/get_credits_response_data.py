from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import BaseModel
from ..types import check_float as _check_float

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class GetCreditsResponseData(BaseModel):
    """GetCreditsResponseData (from the API schema).

    Attributes:
        total_credits (float): Total credits purchased
        total_usage (float): Total credits used
    """

    total_credits: float
    total_usage: float
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = (
        "total_credits",
        "total_usage",
    )

    def __init__(
        self,
        total_credits: float,
        total_usage: float,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts."""
        v_total_credits: float
        v_total_credits = _check_float(total_credits, "total_credits")
        _setattr(self, "total_credits", v_total_credits)
        v_total_usage: float
        v_total_usage = _check_float(total_usage, "total_usage")
        _setattr(self, "total_usage", v_total_usage)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["total_credits"] = self.total_credits
        field_dict["total_usage"] = self.total_usage
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
            raw = d.pop("total_credits")
        except KeyError:
            raise SchemaError.missing("total_credits", "number") from None
        v_total_credits: float
        v_total_credits = _check_float(raw, "total_credits")
        _setattr(obj, "total_credits", v_total_credits)
        try:
            raw = d.pop("total_usage")
        except KeyError:
            raise SchemaError.missing("total_usage", "number") from None
        v_total_usage: float
        v_total_usage = _check_float(raw, "total_usage")
        _setattr(obj, "total_usage", v_total_usage)
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


class GetCreditsResponseDataTypedDict(TypedDict):
    """GetCreditsResponseData as JSON data (the shape ``to_dict()`` returns)."""

    total_credits: float
    total_usage: float
