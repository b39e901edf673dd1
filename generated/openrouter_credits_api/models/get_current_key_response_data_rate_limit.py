from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define

from ..errors import SchemaError
from ..types import BaseModel
from ..types import check_int as _check_int
from ..types import check_str as _check_str

_setattr = object.__setattr__
_NOTHING_ABSENT: frozenset[str] = frozenset()


@_attrs_define(init=False, repr=False, getstate_setstate=False)
class GetCurrentKeyResponseDataRateLimit(BaseModel):
    """Legacy rate limit information about a key. Will always return -1.

    Attributes:
        interval (str): Rate limit interval
        note (str): Note about the rate limit
        requests (int): Number of requests allowed per interval
    """

    interval: str
    note: str
    requests: int
    additional_properties: dict[str, Any]
    _field_names: ClassVar[tuple[str, ...]] = (
        "interval",
        "note",
        "requests",
    )

    def __init__(
        self,
        interval: str,
        note: str,
        requests: int,
    ) -> None:
        """Check every value against the schema (SchemaError on a mismatch); nested models may be dicts."""
        v_interval: str
        v_interval = _check_str(interval, "interval")
        _setattr(self, "interval", v_interval)
        v_note: str
        v_note = _check_str(note, "note")
        _setattr(self, "note", v_note)
        v_requests: int
        v_requests = _check_int(requests, "requests")
        _setattr(self, "requests", v_requests)
        _setattr(self, "additional_properties", {})

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (the API's field names); absent optional fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["interval"] = self.interval
        field_dict["note"] = self.note
        field_dict["requests"] = self.requests
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
            raw = d.pop("interval")
        except KeyError:
            raise SchemaError.missing("interval", "string") from None
        v_interval: str
        v_interval = _check_str(raw, "interval")
        _setattr(obj, "interval", v_interval)
        try:
            raw = d.pop("note")
        except KeyError:
            raise SchemaError.missing("note", "string") from None
        v_note: str
        v_note = _check_str(raw, "note")
        _setattr(obj, "note", v_note)
        try:
            raw = d.pop("requests")
        except KeyError:
            raise SchemaError.missing("requests", "integer") from None
        v_requests: int
        v_requests = _check_int(raw, "requests")
        _setattr(obj, "requests", v_requests)
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


class GetCurrentKeyResponseDataRateLimitTypedDict(TypedDict):
    """GetCurrentKeyResponseDataRateLimit as JSON data (the shape ``to_dict()`` returns)."""

    interval: str
    note: str
    requests: int
