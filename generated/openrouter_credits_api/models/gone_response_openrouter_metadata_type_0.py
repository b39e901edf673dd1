from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import BaseModel

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class GoneResponseOpenrouterMetadataType0(BaseModel):
    """GoneResponseOpenrouterMetadataType0 (from the API schema)."""

    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts."""
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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


class GoneResponseOpenrouterMetadataType0TypedDict(TypedDict):
    """GoneResponseOpenrouterMetadataType0 as JSON data (the shape ``to_dict()`` returns)."""
