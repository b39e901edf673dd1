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
    from ..models.internal_server_response_error_data import (
        InternalServerResponseErrorData,
    )
    from ..models.internal_server_response_openrouter_metadata_type_0 import (
        InternalServerResponseOpenrouterMetadataType0,
    )


T = TypeVar("T", bound="InternalServerResponse")


@_attrs_define(repr=False)
class InternalServerResponse(_BaseModel):
    """Internal Server Error - Unexpected server error

    Example:
        {'error': {'code': 500, 'message': 'Internal Server Error'}}

    Attributes:
        error (InternalServerResponseErrorData): Error data for InternalServerResponse Example: {'code': 500, 'message':
            'Internal Server Error'}.
        openrouter_metadata (InternalServerResponseOpenrouterMetadataType0 | None | Unset):
        user_id (None | str | Unset):
    """

    error: InternalServerResponseErrorData
    openrouter_metadata: (
        InternalServerResponseOpenrouterMetadataType0 | None | Unset
    ) = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_names = (
        ("error", "error"),
        ("openrouter_metadata", "openrouter_metadata"),
        ("user_id", "user_id"),
    )
    _parsed_fields = (
        "error",
        "openrouter_metadata",
    )

    def __attrs_post_init__(self) -> None:
        """A field given as JSON data is parsed (``types.BaseModel._parse_json_keywords``)."""
        if (
            type(self.error) in _JSON_KINDS
            or type(self.openrouter_metadata) in _JSON_KINDS
        ):
            self._parse_json_keywords()

    def to_dict(self) -> dict[str, Any]:
        from ..models.internal_server_response_openrouter_metadata_type_0 import (
            InternalServerResponseOpenrouterMetadataType0,
        )

        error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(
            self.openrouter_metadata, InternalServerResponseOpenrouterMetadataType0
        ):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.internal_server_response_error_data import (
            InternalServerResponseErrorData,
        )
        from ..models.internal_server_response_openrouter_metadata_type_0 import (
            InternalServerResponseOpenrouterMetadataType0,
        )

        d = dict(src_dict)
        error = InternalServerResponseErrorData.from_dict(d.pop("error"))

        def _parse_openrouter_metadata(
            data: object,
        ) -> InternalServerResponseOpenrouterMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, dict)
                    and InternalServerResponseOpenrouterMetadataType0.accepts(data)
                ):
                    raise TypeError()
                openrouter_metadata_type_0 = (
                    InternalServerResponseOpenrouterMetadataType0.from_dict(data)
                )

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InternalServerResponseOpenrouterMetadataType0 | None | Unset, data
            )

        openrouter_metadata = _parse_openrouter_metadata(
            d.pop("openrouter_metadata", UNSET)
        )

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        internal_server_response = cls(
            error=error,
            openrouter_metadata=openrouter_metadata,
            user_id=user_id,
        )

        internal_server_response.additional_properties = d
        return internal_server_response

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


class InternalServerResponseTypedDict(TypedDict, total=False):
    """InternalServerResponse as JSON data (the shape ``to_dict()`` returns; required keys are always there)."""

    error: Required[dict[str, Any]]
    openrouter_metadata: dict[str, Any] | None
    user_id: None | str
