from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import BaseModel

if TYPE_CHECKING:
    from ..models.get_current_key_response_data import (
        GetCurrentKeyResponseDataTypedDict,
    )

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class GetCurrentKeyResponse(BaseModel):
    """GetCurrentKeyResponse (from the API schema).

    Attributes:
        data (GetCurrentKeyResponseData): Current API key information
    """

    data: GetCurrentKeyResponseData
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = ("data",)

    def __init__(
        self,
        data: GetCurrentKeyResponseData | Mapping[str, Any],
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts."""
        v_data: GetCurrentKeyResponseData
        v_data = GetCurrentKeyResponseData._coerce(data, "data")
        _setattr(self, "data", v_data)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = self.data.to_dict()
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
            raw = d.pop("data")
        except KeyError:
            raise SchemaError.missing("data", "object") from None
        v_data: GetCurrentKeyResponseData
        v_data = GetCurrentKeyResponseData._coerce(raw, "data")
        _setattr(obj, "data", v_data)
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


class GetCurrentKeyResponseTypedDict(TypedDict):
    """GetCurrentKeyResponse as JSON data (the shape ``to_dict()`` returns)."""

    data: GetCurrentKeyResponseDataTypedDict


# Imported last: models may refer to each other.
from ..models.get_current_key_response_data import GetCurrentKeyResponseData
