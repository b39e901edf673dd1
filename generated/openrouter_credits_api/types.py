"""Contains some shared types for properties"""

# openrouter-credits: what the additions at the end use
import contextvars
import copy
import datetime
import enum
import json
import sys
import warnings
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    Self,
    TypeVar,
)

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(
        self,
    ) -> str:  # openrouter-credits: unpickles as the one UNSET (models pickle)
        return "UNSET"


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

T = TypeVar("T")

if TYPE_CHECKING:

    @define
    class File:
        """Contains information for file uploads"""

        payload: BinaryIO
        file_name: str | None = None
        mime_type: str | None = None

        def to_tuple(self) -> FileTypes:
            """Return a tuple representation that httpx will accept for multipart/form-data"""
            return self.file_name, self.payload, self.mime_type

    @define
    class Response(Generic[T]):
        """A response from an endpoint"""

        status_code: HTTPStatus
        content: bytes
        headers: MutableMapping[str, str]
        parsed: T | None

else:

    def __getattr__(name: str) -> Any:
        if name not in ("File", "Response"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        global File, Response

        @define
        class File:
            """Contains information for file uploads"""

            payload: BinaryIO
            file_name: str | None = None
            mime_type: str | None = None

            def to_tuple(self) -> FileTypes:
                """Return a tuple representation that httpx will accept for multipart/form-data"""
                return self.file_name, self.payload, self.mime_type

        @define
        class Response(Generic[T]):
            """A response from an endpoint"""

            status_code: HTTPStatus
            content: bytes
            headers: MutableMapping[str, str]
            parsed: T | None

        return globals()[name]


# --- openrouter-credits: additions (templates/README.md) ---------------------------------------------
# The generator's models parse; the validators in schemas.py (compiled from the spec by scripts/generate.py)
# check. A mismatch is a SchemaError naming the field path, what the schema wants and what was there.


from . import schemas as _schemas
from .schemas import SchemaError, check, describe, schema_error  # noqa: F401  (part of this module's API)


def _mark_deprecated(message: str) -> Callable[[Any], Any]:
    """``deprecated`` at run time: nothing (the run-time warning is ``warn_deprecated_field``)."""
    return lambda f: f


if TYPE_CHECKING:  # type checkers flag a deprecated field's reads (typing_extensions is theirs, not ours)
    from typing_extensions import deprecated
else:
    deprecated = _mark_deprecated


_PACKAGE = __name__.rpartition(".")[0]


def warn_deprecated_field(model: str, field: str) -> None:
    """Warn (DeprecationWarning, at the reading line) that a field deprecated in the schema was read.

    Reads from inside this package (``to_dict``, ``model_dump``) do not warn: only the user's code does.
    """
    frame = sys._getframe(2)
    if frame.f_globals.get("__name__", "").startswith(_PACKAGE):
        return
    warnings.warn(
        f"{model}.{field} is deprecated in the API schema and will be removed; do not rely on it.",
        DeprecationWarning,
        stacklevel=3,
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


class BaseModel:
    """What every generated model adds to the generator's: the pydantic-like methods users call."""

    __slots__ = ()

    #: Set by the template on a model with fields ``from_dict`` parses (a model, an enum, a date or uuid, a
    #: list or a nullable union of them): (attribute, JSON name) of every field, and those fields' attributes.
    _json_names: ClassVar[tuple[tuple[str, str], ...]] = ()
    _parsed_fields: ClassVar[tuple[str, ...]] = ()

    def _parse_json_keywords(self) -> None:
        """Called by the ``__attrs_post_init__`` of a model with parsed fields when one holds JSON data (a dict
        for a model, a string for an enum or a date, a list holding them): each becomes what ``from_dict``
        makes of it, as pydantic does in the official SDK: ``GetCreditsResponse(data={"total_credits": 1.0,
        ...})``. What ``from_dict`` made costs the ``__attrs_post_init__`` one type check per field."""
        if _PARSING.get():
            return  # inside the from_dict below: what it could not parse stays as it was
        parsed = set(self._parsed_fields)
        data: dict[str, Any] = {}
        for name, key in self._json_names:
            value = getattr(self, name)
            if value is not UNSET:
                data[key] = _as_json(value) if name in parsed else value
        token = _PARSING.set(True)
        try:
            model = type(self).from_dict(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            # a SchemaError naming the field, when the schema says what is wrong
            validator = _schemas.MODELS.get(type(self).__name__)
            if validator is not None:
                check(validator, data)
            raise
        finally:
            _PARSING.reset(token)
        for name in self._parsed_fields:
            setattr(self, name, getattr(model, name))

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data (generated per model)."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A model from JSON data, not checked (generated per model; ``model_validate`` checks)."""
        raise NotImplementedError

    @classmethod
    def accepts(cls, data: Any) -> bool:
        """Whether JSON data matches this model's schema (how a union picks its variant)."""
        try:
            (_schemas.PICKS.get(cls.__name__) or _schemas.MODELS[cls.__name__])(data)
        except (ValueError, RecursionError):
            return False
        return True

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """A model from JSON data (or the model itself), checked against the schema (SchemaError)."""
        if isinstance(obj, cls):
            return obj
        check(_schemas.MODELS[cls.__name__], obj)
        return cls.from_dict(obj)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray) -> Self:
        """A model from a JSON document, checked against the schema (SchemaError, a ValueError)."""
        try:
            obj = json.loads(json_data, parse_constant=_reject_constant)
        except ValueError as exc:
            raise SchemaError((), "a JSON document", f"invalid JSON ({exc})") from None
        return cls.model_validate(obj)

    def __repr__(self) -> str:
        """``Name(field=value, ...)`` as attrs writes it, but ``additional_properties`` only when the
        answer had some (``print(res)`` shows what the API sent, as the official SDK's models do)."""
        shown = []
        for f in fields(type(self)):
            value = getattr(self, f.name)
            if f.name == "additional_properties" and not value:
                continue
            shown.append(f"{f.alias if f.init else f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The fields given a value (by the data or the constructor); absent (``UNSET``) ones are not."""
        return frozenset(
            f.alias
            for f in fields(type(self))
            if f.init and getattr(self, f.name) is not UNSET
        )

    def model_dump(
        self, *, mode: str = "python", by_alias: bool = True, exclude_none: bool = False
    ) -> dict[str, Any]:
        """The model as a plain dict of JSON data (the API's field names, dates as ISO strings, whatever
        ``mode`` and ``by_alias`` say), nested models included, absent fields left out; a copy: changing
        it does not change the model."""
        data = copy.deepcopy(self.to_dict())
        return _without_none(data) if exclude_none else data

    def model_dump_json(
        self, *, indent: int | None = None, exclude_none: bool = False
    ) -> str:
        """The model as a JSON string (compact unless `indent` is given)."""
        data = self.to_dict()  # serialised at once: no copy needed
        return json.dumps(
            _without_none(data) if exclude_none else data,
            indent=indent,
            separators=(",", ":") if indent is None else None,
            ensure_ascii=False,
            allow_nan=False,
        )


#: What ``from_dict`` parses and never makes: a field of a parsed kind holding one of these holds JSON data
#: (an object, a string for a str enum or a date, an integer for an int enum; bool is not int here).
_JSON_KINDS: frozenset[type] = frozenset((dict, str, int))
#: True while ``_parse_json_keywords`` runs ``from_dict``: the models that makes are not parsed again.
_PARSING: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "openrouter_credits_parsing", default=False
)


def _holds_json(value: Any) -> bool:
    """Whether a parsed field holds JSON data ``from_dict`` would parse (never what it made: a model, an
    enum member, a date), in a list too."""
    if type(value) is list:
        for (
            item
        ) in value:  # not any(map(...)): this runs for every list from_dict makes
            kind = type(item)
            if kind in _JSON_KINDS or (kind is list and _holds_json(item)):
                return True
        return False
    return type(value) in _JSON_KINDS


def _as_json(value: Any) -> Any:
    """A field's value as JSON data, for ``from_dict``: models, enums, dates and uuids as the API sends them."""
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):  # a datetime too
        return value.isoformat()
    uuid = sys.modules.get(
        "uuid"
    )  # a UUID was made by code that imported uuid (~2 ms): not imported here
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


# openrouter-credits: the generator's names and the additions
__all__ = [
    "UNSET",
    "BaseModel",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SchemaError",
    "Unset",
    "check",
]
