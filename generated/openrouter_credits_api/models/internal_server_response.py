from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NotRequired, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import UNSET, BaseModel, Unset
from ..types import check_str as _check_str
from ..types import dump as _dump

if TYPE_CHECKING:
    from ..models.internal_server_response_error_data import (
        InternalServerResponseErrorDataTypedDict,
    )
    from ..models.internal_server_response_openrouter_metadata_type_0 import (
        InternalServerResponseOpenrouterMetadataType0TypedDict,
    )

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class InternalServerResponse(BaseModel):
    """Internal Server Error - Unexpected server error

    Attributes:
        error (InternalServerResponseErrorData): Error data for InternalServerResponse
        openrouter_metadata (InternalServerResponseOpenrouterMetadataType0 | None): None when absent.
        user_id (str | None): None when absent.
    """

    error: InternalServerResponseErrorData
    openrouter_metadata: InternalServerResponseOpenrouterMetadataType0 | None
    user_id: str | None
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = (
        "error",
        "openrouter_metadata",
        "user_id",
    )
    _optional_names: ClassVar[frozenset[str]] = frozenset(
        (
            "openrouter_metadata",
            "user_id",
        )
    )

    def __init__(
        self,
        error: InternalServerResponseErrorData | Mapping[str, Any],
        openrouter_metadata: InternalServerResponseOpenrouterMetadataType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts.

        An optional field left out (or, when the schema does not allow null, given None) is absent:
        it reads as None and ``to_dict()`` omits it.
        """
        absent: list[str] = []
        v_error: InternalServerResponseErrorData
        v_error = InternalServerResponseErrorData._coerce(error, "error")
        _setattr(self, "error", v_error)
        v_openrouter_metadata: InternalServerResponseOpenrouterMetadataType0 | None
        if isinstance(openrouter_metadata, Unset):
            v_openrouter_metadata = None
            absent.append("openrouter_metadata")
        else:
            if openrouter_metadata is None:
                v_openrouter_metadata = None
            else:
                try:
                    v_openrouter_metadata = (
                        InternalServerResponseOpenrouterMetadataType0._coerce(
                            openrouter_metadata, "openrouter_metadata"
                        )
                    )
                except SchemaError as _u0:
                    raise _u0.widen("openrouter_metadata", "object or null") from None
        _setattr(self, "openrouter_metadata", v_openrouter_metadata)
        v_user_id: str | None
        if isinstance(user_id, Unset):
            v_user_id = None
            absent.append("user_id")
        else:
            if user_id is None:
                v_user_id = None
            else:
                try:
                    v_user_id = _check_str(user_id, "user_id")
                except SchemaError as _u0:
                    raise _u0.widen("user_id", "string or null") from None
        _setattr(self, "user_id", v_user_id)
        _setattr(self, "_absent", frozenset(absent) if absent else _NOTHING_ABSENT)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error"] = self.error.to_dict()
        absent = self._absent
        if "openrouter_metadata" not in absent:
            field_dict["openrouter_metadata"] = _dump(self.openrouter_metadata)
        if "user_id" not in absent:
            field_dict["user_id"] = _dump(self.user_id)
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
            raw = d.pop("error")
        except KeyError:
            raise SchemaError.missing("error", "object") from None
        v_error: InternalServerResponseErrorData
        v_error = InternalServerResponseErrorData._coerce(raw, "error")
        _setattr(obj, "error", v_error)
        absent: list[str] = []
        v_openrouter_metadata: InternalServerResponseOpenrouterMetadataType0 | None
        if "openrouter_metadata" in d:
            raw = d.pop("openrouter_metadata")
            if raw is None:
                v_openrouter_metadata = None
            else:
                try:
                    v_openrouter_metadata = (
                        InternalServerResponseOpenrouterMetadataType0._coerce(
                            raw, "openrouter_metadata"
                        )
                    )
                except SchemaError as _u0:
                    raise _u0.widen("openrouter_metadata", "object or null") from None
        else:
            v_openrouter_metadata = None
            absent.append("openrouter_metadata")
        _setattr(obj, "openrouter_metadata", v_openrouter_metadata)
        v_user_id: str | None
        if "user_id" in d:
            raw = d.pop("user_id")
            if raw is None:
                v_user_id = None
            else:
                try:
                    v_user_id = _check_str(raw, "user_id")
                except SchemaError as _u0:
                    raise _u0.widen("user_id", "string or null") from None
        else:
            v_user_id = None
            absent.append("user_id")
        _setattr(obj, "user_id", v_user_id)
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


class InternalServerResponseTypedDict(TypedDict):
    """InternalServerResponse as JSON data (the shape ``to_dict()`` returns)."""

    error: InternalServerResponseErrorDataTypedDict
    openrouter_metadata: NotRequired[
        InternalServerResponseOpenrouterMetadataType0TypedDict | None
    ]
    user_id: NotRequired[str | None]


# Imported last: models may refer to each other.
from ..models.internal_server_response_error_data import InternalServerResponseErrorData
from ..models.internal_server_response_openrouter_metadata_type_0 import (
    InternalServerResponseOpenrouterMetadataType0,
)
