from __future__ import annotations

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

from ..types import _JSON_KINDS, UNSET, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0,
    )


T = TypeVar("T", bound="ForbiddenResponseErrorData")


@_attrs_define(repr=False)
class ForbiddenResponseErrorData(_BaseModel):
    """Error data for ForbiddenResponse

    Example:
        {'code': 403, 'message': 'Only management keys can perform this operation'}

    Attributes:
        code (int):
        message (str):
        metadata (ForbiddenResponseErrorDataMetadataType0 | None | Unset):
    """

    code: int
    message: str
    metadata: ForbiddenResponseErrorDataMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_names = (
        ("code", "code"),
        ("message", "message"),
        ("metadata", "metadata"),
    )
    _parsed_fields = ("metadata",)

    def __attrs_post_init__(self) -> None:
        """A field given as JSON data is parsed (``types.BaseModel._parse_json_keywords``)."""
        if type(self.metadata) in _JSON_KINDS:
            self._parse_json_keywords()

    def to_dict(self) -> dict[str, Any]:
        from ..models.forbidden_response_error_data_metadata_type_0 import (
            ForbiddenResponseErrorDataMetadataType0,
        )

        code = self.code

        message = self.message

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ForbiddenResponseErrorDataMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forbidden_response_error_data_metadata_type_0 import (
            ForbiddenResponseErrorDataMetadataType0,
        )

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_metadata(
            data: object,
        ) -> ForbiddenResponseErrorDataMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, dict)
                    and ForbiddenResponseErrorDataMetadataType0.accepts(data)
                ):
                    raise TypeError()
                metadata_type_0 = ForbiddenResponseErrorDataMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForbiddenResponseErrorDataMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        forbidden_response_error_data = cls(
            code=code,
            message=message,
            metadata=metadata,
        )

        forbidden_response_error_data.additional_properties = d
        return forbidden_response_error_data

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


class ForbiddenResponseErrorDataTypedDict(TypedDict, total=False):
    """ForbiddenResponseErrorData as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    code: Required[int]
    message: Required[str]
    metadata: dict[str, Any] | None
