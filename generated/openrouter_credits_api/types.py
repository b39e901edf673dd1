"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from math import isfinite as _isfinite
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar, cast

from attrs import define

from .errors import SchemaError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- Strict model support (custom template, see templates/README.md) ---------------------------------
# Each generated model calls these checks, chosen per field at generate time from the schema; a mismatch
# raises errors.SchemaError naming the field path and the expected type.


def check_float(value: object, field: str | int) -> float:
    """A JSON number (int or float, not bool) as a finite float."""
    if type(value) is float:
        if _isfinite(value):
            return value
        raise SchemaError.wrong(field, "finite number", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            result = float(value)
        except OverflowError:
            raise SchemaError.wrong(field, "finite number", value) from None
        if _isfinite(result):
            return result
        raise SchemaError.wrong(field, "finite number", value)
    raise SchemaError.wrong(field, "number", value)


def check_int(value: object, field: str | int) -> int:
    """A JSON integer (an int, not a bool nor a float)."""
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise SchemaError.wrong(field, "integer", value)


def check_str(value: object, field: str | int) -> str:
    """A JSON string."""
    if isinstance(value, str):
        return value
    raise SchemaError.wrong(field, "string", value)


def check_bool(value: object, field: str | int) -> bool:
    """A JSON boolean."""
    if isinstance(value, bool):
        return value
    raise SchemaError.wrong(field, "boolean", value)


def check_none(value: object, field: str | int) -> None:
    """A JSON null."""
    if value is not None:
        raise SchemaError.wrong(field, "null", value)


def check_list(value: object, field: str | int) -> list[Any]:
    """A JSON array."""
    if isinstance(value, list):
        return value
    raise SchemaError.wrong(field, "array", value)


def check_datetime(value: object, field: str | int) -> datetime.datetime:
    """An ISO 8601 date-time string (``format: date-time``), as a ``datetime``."""
    from dateutil.parser import isoparse  # only specs with dates pay for its import

    if isinstance(value, str):
        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            pass
    raise SchemaError.wrong(field, "date-time string", value)


def check_date(value: object, field: str | int) -> datetime.date:
    """An ISO 8601 date string (``format: date``), as a ``date``."""
    from dateutil.parser import isoparse

    if isinstance(value, str):
        try:
            return isoparse(value).date()
        except (ValueError, OverflowError):
            pass
    raise SchemaError.wrong(field, "date string", value)


def dump(value: Any) -> Any:
    """`value` as plain JSON data: models become dicts, lists and dicts are copied, dates ISO strings."""
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    return value


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def _reject_constant(name: str) -> Any:
    raise SchemaError((), "JSON (NaN and Infinity are not JSON)", name)


class BaseModel:
    """What every generated model shares: the pydantic-like methods users call.

    ``_absent`` holds the optional fields the data left out: they read as None and ``to_dict()`` omits them.
    """

    __slots__ = ("_absent",)
    _absent: frozenset[str]
    #: The model's fields (Python names), in declaration order (generated).
    _field_names: ClassVar[tuple[str, ...]] = ()
    #: The optional fields among them (generated).
    _optional_names: ClassVar[frozenset[str]] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (generated per model)."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A model from JSON data, checked against the schema (generated per model)."""
        raise NotImplementedError

    @classmethod
    def _coerce(cls, value: object, field: str | int) -> Self:
        """`value` (a model of this class, or a mapping made into one) for the field `field`."""
        if isinstance(value, cls):
            return value
        if type(value) is dict or isinstance(value, Mapping):
            try:
                return cls.from_dict(value)
            except SchemaError as exc:
                raise exc.within(field) from None
        raise SchemaError.wrong(field, "object", value)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in self._optional_names:
            try:
                absent = self._absent
            except AttributeError:  # being unpickled or copied: restored later
                return
            if name in absent:
                object.__setattr__(self, "_absent", absent - {name})

    def __repr__(self) -> str:
        parts = [f"{name}={getattr(self, name)!r}" for name in self._field_names]
        extra = getattr(self, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The fields given a value (by the data or the constructor); absent optional ones are not."""
        return frozenset(self._field_names) - getattr(self, "_absent", frozenset())

    def model_dump(
        self, *, mode: str = "python", by_alias: bool = True, exclude_none: bool = False
    ) -> dict[str, Any]:
        """The model as a plain dict, nested models included (JSON field names; absent fields left out)."""
        data = cast(dict[str, Any], dump(self.to_dict()))
        return cast(dict[str, Any], _without_none(data)) if exclude_none else data

    def model_dump_json(
        self, *, indent: int | None = None, exclude_none: bool = False
    ) -> str:
        """The model as a JSON string (compact unless `indent` is given)."""
        import json

        return json.dumps(
            self.model_dump(exclude_none=exclude_none),
            indent=indent,
            separators=(",", ":") if indent is None else None,
            ensure_ascii=False,
            allow_nan=False,
        )

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """A model from a dict (or the model itself), checked strictly; raises SchemaError (a ValueError)."""
        if isinstance(obj, cls):
            return obj
        return cls.from_dict(obj)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray) -> Self:
        """A model from a JSON document, checked strictly; raises SchemaError (a ValueError)."""
        import json

        try:
            obj = json.loads(json_data, parse_constant=_reject_constant)
        except ValueError as exc:
            if isinstance(exc, SchemaError):
                raise
            raise SchemaError((), "a JSON document", f"invalid JSON ({exc})") from None
        return cls.from_dict(obj)


__all__ = [
    "UNSET",
    "BaseModel",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SchemaError",
    "Unset",
]
