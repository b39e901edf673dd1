from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NotRequired, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import UNSET, BaseModel, Unset
from ..types import check_int as _check_int
from ..types import check_str as _check_str
from ..types import dump as _dump

if TYPE_CHECKING:
    from ..models.internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0TypedDict,
    )

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class InternalServerResponseErrorData(BaseModel):
    """Error data for InternalServerResponse

    Attributes:
        code (int):
        message (str):
        metadata (InternalServerResponseErrorDataMetadataType0 | None): None when absent.
    """

    code: int
    message: str
    metadata: InternalServerResponseErrorDataMetadataType0 | None
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
        "metadata",
    )
    _optional_names: ClassVar[frozenset[str]] = frozenset(("metadata",))

    def __init__(
        self,
        code: int,
        message: str,
        metadata: InternalServerResponseErrorDataMetadataType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts.

        An optional field left out (or, when the schema does not allow null, given None) is absent:
        it reads as None and ``to_dict()`` omits it.
        """
        absent: list[str] = []
        v_code: int
        v_code = _check_int(code, "code")
        _setattr(self, "code", v_code)
        v_message: str
        v_message = _check_str(message, "message")
        _setattr(self, "message", v_message)
        v_metadata: InternalServerResponseErrorDataMetadataType0 | None
        if isinstance(metadata, Unset):
            v_metadata = None
            absent.append("metadata")
        else:
            if metadata is None:
                v_metadata = None
            else:
                try:
                    v_metadata = InternalServerResponseErrorDataMetadataType0._coerce(
                        metadata, "metadata"
                    )
                except SchemaError as _u0:
                    raise _u0.widen("metadata", "object or null") from None
        _setattr(self, "metadata", v_metadata)
        _setattr(self, "_absent", frozenset(absent) if absent else _NOTHING_ABSENT)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        absent = self._absent
        if "metadata" not in absent:
            field_dict["metadata"] = _dump(self.metadata)
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
            raw = d.pop("code")
        except KeyError:
            raise SchemaError.missing("code", "integer") from None
        v_code: int
        v_code = _check_int(raw, "code")
        _setattr(obj, "code", v_code)
        try:
            raw = d.pop("message")
        except KeyError:
            raise SchemaError.missing("message", "string") from None
        v_message: str
        v_message = _check_str(raw, "message")
        _setattr(obj, "message", v_message)
        absent: list[str] = []
        v_metadata: InternalServerResponseErrorDataMetadataType0 | None
        if "metadata" in d:
            raw = d.pop("metadata")
            if raw is None:
                v_metadata = None
            else:
                try:
                    v_metadata = InternalServerResponseErrorDataMetadataType0._coerce(
                        raw, "metadata"
                    )
                except SchemaError as _u0:
                    raise _u0.widen("metadata", "object or null") from None
        else:
            v_metadata = None
            absent.append("metadata")
        _setattr(obj, "metadata", v_metadata)
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


class InternalServerResponseErrorDataTypedDict(TypedDict):
    """InternalServerResponseErrorData as JSON data (the shape ``to_dict()`` returns)."""

    code: int
    message: str
    metadata: NotRequired[InternalServerResponseErrorDataMetadataType0TypedDict | None]


# Imported last: models may refer to each other.
from ..models.internal_server_response_error_data_metadata_type_0 import (
    InternalServerResponseErrorDataMetadataType0,
)
