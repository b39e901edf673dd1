# mypy: ignore-errors
# ruff: noqa
# Written by scripts/generate.py: templates/schemas_preamble.py, then the JSON Schema validators of every
# schema in the spec, compiled by fastjsonschema 2.22.3. Do not edit.
"""The preamble of every generated ``schemas.py`` (scripts/schemas.py writes it there, then the validators).

``SchemaError`` and ``check`` turn a validator's exception into an error that names the field path, what
the schema wants and what was there. This file is the project's own code (linted and type-checked here);
the copy in ``generated/`` is made by ``make generate`` and drift-checked like the rest.
"""

from __future__ import annotations

import json
import re
import reprlib
import sys
from collections.abc import Callable
from typing import Any

_Validator = Callable[..., Any]


class _DecimalType(type):
    def __instancecheck__(cls, value: object) -> bool:
        decimal = sys.modules.get("decimal")
        return decimal is not None and isinstance(value, decimal.Decimal)


class Decimal(metaclass=_DecimalType):
    """``decimal.Decimal`` in the validators' ``isinstance`` checks, without importing ``decimal`` (about
    1 ms of a fresh process): a value that is a ``Decimal`` was made by code that imported it already."""


class _LazyPattern:
    """A regular expression the validators use, compiled on its first use, not when the module loads."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def match(self, string: str) -> re.Match[str] | None:
        return self._pattern().match(string)

    def search(self, string: str) -> re.Match[str] | None:
        return self._pattern().search(string)


class JsonSchemaValueException(ValueError):
    """A value does not match its schema (the exception fastjsonschema's generated code raises)."""

    def __init__(
        self,
        message: str,
        value: Any = None,
        name: str | None = None,
        definition: Any = None,
        rule: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule


class JsonSchemaValuesException(ValueError):
    """Several values do not match (raised only when fast_fail is off; it is on here)."""

    def __init__(self, errors: list[JsonSchemaValueException]) -> None:
        super().__init__(errors)
        self.errors = errors


class SchemaError(ValueError):
    """A value does not match the API schema (``model_validate``, and every answer the client reads).

    Attributes:
        path: where the value sits, from the top of the document: keys (str) and list indexes (int).
        expected: what the schema wants there ("number", "string or null", "one of 1, 137", ...).
        got: a short description of what was found (at most about 60 characters of the value).
    """

    def __init__(self, path: tuple[str | int, ...], expected: str, got: str) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        super().__init__(f"{self.where}: expected {expected}, got {got}")

    @property
    def where(self) -> str:
        """The path as text: ``data.items[2].name``, or ``(top level)``."""
        out = ""
        for part in self.path:
            out += (
                f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
            )
        return out or "(top level)"

    def __reduce__(
        self,
    ) -> tuple[type["SchemaError"], tuple[tuple[str | int, ...], str, str]]:
        return (type(self), (self.path, self.expected, self.got))


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = 60
_SHORT.maxlist = _SHORT.maxdict = _SHORT.maxtuple = _SHORT.maxset = 4
_SHORT.maxlevel = 2


def describe(value: object, limit: int = 60) -> str:
    """The type of `value` and at most `limit` characters of its repr (never the whole of a large value)."""
    text = _SHORT.repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    if value is None or isinstance(value, bool):
        return text
    return f"{type(value).__name__} {text}"


_PATH_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_NAMES = {"string": "string", "number": "number", "integer": "integer", "boolean": "boolean",
          "object": "object", "array": "array", "null": "null"}  # fmt: skip


def _expected(rule: str | None, definition: Any) -> str:
    """What the schema rule that failed wants, in words."""
    if not isinstance(definition, dict):
        return "a value the schema allows"
    if rule == "type":
        kind = definition.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        return " or ".join(_NAMES.get(str(k), str(k)) for k in kinds)
    if rule == "enum":
        return "one of " + ", ".join(json.dumps(v) for v in definition.get("enum", []))
    if rule == "const":
        return json.dumps(definition.get("const"))
    if rule == "format":
        return f"{definition.get('format')} string"
    if rule in ("anyOf", "oneOf"):
        return (
            "a value of one of the variants"
            if rule == "anyOf"
            else "a value of exactly one variant"
        )
    if rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                "minItems", "maxItems", "pattern", "multipleOf"):  # fmt: skip
        return f"{rule} {definition.get(rule)}"
    return f"a value matching {rule}"


def check(validator: Callable[..., Any], data: Any) -> None:
    """Run a compiled validator on JSON data; raise SchemaError (a ValueError) on a mismatch."""
    try:
        validator(data)
    except JsonSchemaValueException as exc:
        raise schema_error(exc, data) from None
    except RecursionError:
        raise SchemaError(
            (), "a document nested less deeply", "too deep a nesting"
        ) from None


def schema_error(exc: ValueError, data: Any) -> SchemaError:
    """The SchemaError for a validator's exception (its path, the rule that failed and the value)."""
    name = str(getattr(exc, "name", "") or "").removeprefix(
        "data"
    )  # the validators' name for the top
    path: tuple[str | int, ...] = tuple(
        int(index) if index else key
        for key, index in _PATH_PART.findall(
            "." + name if name[:1] not in ".[" else name
        )
    )
    rule = getattr(exc, "rule", None)
    definition = getattr(exc, "definition", None)
    value = getattr(exc, "value", None)
    if rule == "required" and isinstance(definition, dict) and isinstance(value, dict):
        missing = sorted(set(definition.get("required") or ()) - value.keys())
        if missing:
            field = (definition.get("properties") or {}).get(missing[0])
            wanted = (
                _expected("type", field)
                if isinstance(field, dict) and "type" in field
                else "a value"
            )
            return SchemaError(
                (*path, missing[0]), wanted, "nothing (the field is missing)"
            )
    return SchemaError(path, _expected(rule, definition), describe(value))


__all__ = ["SchemaError", "check", "describe", "schema_error"]
REGEX_PATTERNS = {
    "date-time_re_pattern": _LazyPattern(
        "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z"
    )
}
NoneType = type(None)


def _validate_any(data, custom_formats={}, name_prefix=None):
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            validate___definitions_d0(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d1(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d2(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d3(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d4(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d5(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d6(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d7(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d8(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d9(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d10(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d11(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d12(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d13(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d14(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d15(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d16(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d17(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d18(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d19(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d20(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d21(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d22(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d23(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d24(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d25(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d26(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d27(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d28(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d29(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d30(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d31(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d32(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d33(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d34(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d35(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d36(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d37(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d38(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d39(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d40(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d41(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d42(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d43(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d44(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        try:
            validate___definitions_d45(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count1:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={},
            rule="anyOf",
        )
    return data


def validate___definitions_d45(data, custom_formats={}, name_prefix=None):
    validate___definitions_d39(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d44(data, custom_formats={}, name_prefix=None):
    validate___definitions_d35(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d43(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["data"],
                "type": "object",
                "properties": {"data": {"type": "object"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["data"],
                    "type": "object",
                    "properties": {"data": {"type": "object"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_d10(
                data__data, custom_formats, (name_prefix or "data") + ".data"
            )
    return data


def validate___definitions_d42(data, custom_formats={}, name_prefix=None):
    validate___definitions_d43(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d41(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d17(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d40(data, custom_formats={}, name_prefix=None):
    validate___definitions_d41(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d39(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d22(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d38(data, custom_formats={}, name_prefix=None):
    validate___definitions_d39(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d37(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d1(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d36(data, custom_formats={}, name_prefix=None):
    validate___definitions_d37(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d35(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d28(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d34(data, custom_formats={}, name_prefix=None):
    validate___definitions_d35(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d33(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["data"],
                "type": "object",
                "properties": {"data": {"type": "object"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["data"],
                    "type": "object",
                    "properties": {"data": {"type": "object"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_d7(
                data__data, custom_formats, (name_prefix or "data") + ".data"
            )
    return data


def validate___definitions_d32(data, custom_formats={}, name_prefix=None):
    validate___definitions_d33(data, custom_formats, (name_prefix or "data") + "")
    return data


def validate___definitions_d31(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d30(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d29(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d28(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d27(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d28(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d26(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": [
                    "budget_id",
                    "guardrail_id",
                    "include_byok",
                    "limit_usd",
                    "remaining_usd",
                    "reset_interval",
                    "resets_at",
                    "scope",
                    "spend_usd",
                ],
                "type": "object",
                "properties": {
                    "budget_id": {"type": ["string", "null"]},
                    "guardrail_id": {"type": ["string", "null"]},
                    "include_byok": {"type": "boolean"},
                    "limit_usd": {"type": "number"},
                    "remaining_usd": {"type": "number"},
                    "resets_at": {"type": ["string", "null"]},
                    "scope": {"type": "string"},
                    "spend_usd": {"type": "number"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "budget_id",
                    "guardrail_id",
                    "include_byok",
                    "limit_usd",
                    "remaining_usd",
                    "reset_interval",
                    "resets_at",
                    "scope",
                    "spend_usd",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": [
                        "budget_id",
                        "guardrail_id",
                        "include_byok",
                        "limit_usd",
                        "remaining_usd",
                        "reset_interval",
                        "resets_at",
                        "scope",
                        "spend_usd",
                    ],
                    "type": "object",
                    "properties": {
                        "budget_id": {"type": ["string", "null"]},
                        "guardrail_id": {"type": ["string", "null"]},
                        "include_byok": {"type": "boolean"},
                        "limit_usd": {"type": "number"},
                        "remaining_usd": {"type": "number"},
                        "resets_at": {"type": ["string", "null"]},
                        "scope": {"type": "string"},
                        "spend_usd": {"type": "number"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "budget_id" in data_keys:
            data_keys.remove("budget_id")
            data__budgetid = data["budget_id"]
            if not isinstance(data__budgetid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".budget_id must be string or null",
                    value=data__budgetid,
                    name="" + (name_prefix or "data") + ".budget_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "guardrail_id" in data_keys:
            data_keys.remove("guardrail_id")
            data__guardrailid = data["guardrail_id"]
            if not isinstance(data__guardrailid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".guardrail_id must be string or null",
                    value=data__guardrailid,
                    name="" + (name_prefix or "data") + ".guardrail_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "include_byok" in data_keys:
            data_keys.remove("include_byok")
            data__includebyok = data["include_byok"]
            if not isinstance(data__includebyok, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include_byok must be boolean",
                    value=data__includebyok,
                    name="" + (name_prefix or "data") + ".include_byok",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "limit_usd" in data_keys:
            data_keys.remove("limit_usd")
            data__limitusd = data["limit_usd"]
            if not isinstance(data__limitusd, (int, float, Decimal)) or isinstance(
                data__limitusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit_usd must be number",
                    value=data__limitusd,
                    name="" + (name_prefix or "data") + ".limit_usd",
                    definition={"type": "number"},
                    rule="type",
                )
        if "remaining_usd" in data_keys:
            data_keys.remove("remaining_usd")
            data__remainingusd = data["remaining_usd"]
            if not isinstance(data__remainingusd, (int, float, Decimal)) or isinstance(
                data__remainingusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".remaining_usd must be number",
                    value=data__remainingusd,
                    name="" + (name_prefix or "data") + ".remaining_usd",
                    definition={"type": "number"},
                    rule="type",
                )
        if "reset_interval" in data_keys:
            data_keys.remove("reset_interval")
            data__resetinterval = data["reset_interval"]
            data__resetinterval_any_of_count2 = 0
            if not data__resetinterval_any_of_count2:
                try:
                    if not isinstance(data__resetinterval, str):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reset_interval must be string",
                            value=data__resetinterval,
                            name="" + (name_prefix or "data") + ".reset_interval",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__resetinterval_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__resetinterval_any_of_count2:
                try:
                    if not isinstance(data__resetinterval, NoneType):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reset_interval must be null",
                            value=data__resetinterval,
                            name="" + (name_prefix or "data") + ".reset_interval",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__resetinterval_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__resetinterval_any_of_count2:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".reset_interval cannot be validated by any definition",
                    value=data__resetinterval,
                    name="" + (name_prefix or "data") + ".reset_interval",
                    definition={},
                    rule="anyOf",
                )
        if "resets_at" in data_keys:
            data_keys.remove("resets_at")
            data__resetsat = data["resets_at"]
            if not isinstance(data__resetsat, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".resets_at must be string or null",
                    value=data__resetsat,
                    name="" + (name_prefix or "data") + ".resets_at",
                    definition={"type": ["string", "null"], "format": "date-time"},
                    rule="type",
                )
            if isinstance(data__resetsat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__resetsat):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".resets_at must be date-time",
                        value=data__resetsat,
                        name="" + (name_prefix or "data") + ".resets_at",
                        definition={"type": ["string", "null"], "format": "date-time"},
                        rule="format",
                    )
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            if not isinstance(data__scope, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".scope must be string",
                    value=data__scope,
                    name="" + (name_prefix or "data") + ".scope",
                    definition={"type": "string"},
                    rule="type",
                )
        if "spend_usd" in data_keys:
            data_keys.remove("spend_usd")
            data__spendusd = data["spend_usd"]
            if not isinstance(data__spendusd, (int, float, Decimal)) or isinstance(
                data__spendusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".spend_usd must be number",
                    value=data__spendusd,
                    name="" + (name_prefix or "data") + ".spend_usd",
                    definition={"type": "number"},
                    rule="type",
                )
    return data


def validate___definitions_d25(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d24(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d23(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d22(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d21(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d22(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d20(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d19(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d18(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d17(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d16(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d17(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d15(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["requests", "interval", "note"],
                "type": "object",
                "properties": {
                    "interval": {"type": "string"},
                    "note": {"type": "string"},
                    "requests": {"type": "integer"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["requests", "interval", "note"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["requests", "interval", "note"],
                    "type": "object",
                    "properties": {
                        "interval": {"type": "string"},
                        "note": {"type": "string"},
                        "requests": {"type": "integer"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "interval" in data_keys:
            data_keys.remove("interval")
            data__interval = data["interval"]
            if not isinstance(data__interval, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".interval must be string",
                    value=data__interval,
                    name="" + (name_prefix or "data") + ".interval",
                    definition={"type": "string"},
                    rule="type",
                )
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".note must be string",
                    value=data__note,
                    name="" + (name_prefix or "data") + ".note",
                    definition={"type": "string"},
                    rule="type",
                )
        if "requests" in data_keys:
            data_keys.remove("requests")
            data__requests = data["requests"]
            if not isinstance(data__requests, int) or isinstance(data__requests, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".requests must be integer",
                    value=data__requests,
                    name="" + (name_prefix or "data") + ".requests",
                    definition={"type": "integer"},
                    rule="type",
                )
    return data


def validate___definitions_d14(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": [
                    "allowed_data_regions",
                    "budgets",
                    "byok_usage",
                    "byok_usage_daily",
                    "byok_usage_monthly",
                    "byok_usage_weekly",
                    "creator_user_id",
                    "effective_budget",
                    "free_model_daily_requests",
                    "include_byok_in_limit",
                    "is_free_tier",
                    "is_management_key",
                    "is_provisioning_key",
                    "label",
                    "limit",
                    "limit_remaining",
                    "limit_reset",
                    "organization_id",
                    "rate_limit",
                    "usage",
                    "usage_daily",
                    "usage_monthly",
                    "usage_weekly",
                    "workspace_id",
                ],
                "type": "object",
                "properties": {
                    "allowed_data_regions": {"type": "array"},
                    "budgets": {"type": "array"},
                    "byok_usage": {"type": "number"},
                    "byok_usage_daily": {"type": "number"},
                    "byok_usage_monthly": {"type": "number"},
                    "byok_usage_weekly": {"type": "number"},
                    "creator_user_id": {"type": ["string", "null"]},
                    "expires_at": {"type": ["string", "null"]},
                    "free_model_daily_requests": {"type": "object"},
                    "include_byok_in_limit": {"type": "boolean"},
                    "is_free_tier": {"type": "boolean"},
                    "is_management_key": {"type": "boolean"},
                    "is_provisioning_key": {"type": "boolean"},
                    "label": {"type": "string"},
                    "limit": {"type": ["number", "null"]},
                    "limit_remaining": {"type": ["number", "null"]},
                    "limit_reset": {"type": ["string", "null"]},
                    "organization_id": {"type": ["string", "null"]},
                    "rate_limit": {"type": "object"},
                    "usage": {"type": "number"},
                    "usage_daily": {"type": "number"},
                    "usage_monthly": {"type": "number"},
                    "usage_weekly": {"type": "number"},
                    "workspace_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "allowed_data_regions",
                    "budgets",
                    "byok_usage",
                    "byok_usage_daily",
                    "byok_usage_monthly",
                    "byok_usage_weekly",
                    "creator_user_id",
                    "effective_budget",
                    "free_model_daily_requests",
                    "include_byok_in_limit",
                    "is_free_tier",
                    "is_management_key",
                    "is_provisioning_key",
                    "label",
                    "limit",
                    "limit_remaining",
                    "limit_reset",
                    "organization_id",
                    "rate_limit",
                    "usage",
                    "usage_daily",
                    "usage_monthly",
                    "usage_weekly",
                    "workspace_id",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": [
                        "allowed_data_regions",
                        "budgets",
                        "byok_usage",
                        "byok_usage_daily",
                        "byok_usage_monthly",
                        "byok_usage_weekly",
                        "creator_user_id",
                        "effective_budget",
                        "free_model_daily_requests",
                        "include_byok_in_limit",
                        "is_free_tier",
                        "is_management_key",
                        "is_provisioning_key",
                        "label",
                        "limit",
                        "limit_remaining",
                        "limit_reset",
                        "organization_id",
                        "rate_limit",
                        "usage",
                        "usage_daily",
                        "usage_monthly",
                        "usage_weekly",
                        "workspace_id",
                    ],
                    "type": "object",
                    "properties": {
                        "allowed_data_regions": {"type": "array"},
                        "budgets": {"type": "array"},
                        "byok_usage": {"type": "number"},
                        "byok_usage_daily": {"type": "number"},
                        "byok_usage_monthly": {"type": "number"},
                        "byok_usage_weekly": {"type": "number"},
                        "creator_user_id": {"type": ["string", "null"]},
                        "expires_at": {"type": ["string", "null"]},
                        "free_model_daily_requests": {"type": "object"},
                        "include_byok_in_limit": {"type": "boolean"},
                        "is_free_tier": {"type": "boolean"},
                        "is_management_key": {"type": "boolean"},
                        "is_provisioning_key": {"type": "boolean"},
                        "label": {"type": "string"},
                        "limit": {"type": ["number", "null"]},
                        "limit_remaining": {"type": ["number", "null"]},
                        "limit_reset": {"type": ["string", "null"]},
                        "organization_id": {"type": ["string", "null"]},
                        "rate_limit": {"type": "object"},
                        "usage": {"type": "number"},
                        "usage_daily": {"type": "number"},
                        "usage_monthly": {"type": "number"},
                        "usage_weekly": {"type": "number"},
                        "workspace_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "allowed_data_regions" in data_keys:
            data_keys.remove("allowed_data_regions")
            data__alloweddataregions = data["allowed_data_regions"]
            if not isinstance(data__alloweddataregions, (list, tuple)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".allowed_data_regions must be array",
                    value=data__alloweddataregions,
                    name="" + (name_prefix or "data") + ".allowed_data_regions",
                    definition={"type": "array"},
                    rule="type",
                )
            data__alloweddataregions_is_list = isinstance(
                data__alloweddataregions, (list, tuple)
            )
            if data__alloweddataregions_is_list:
                data__alloweddataregions_len = len(data__alloweddataregions)
                for (
                    data__alloweddataregions_x,
                    data__alloweddataregions_item,
                ) in enumerate(data__alloweddataregions):
                    if not isinstance(data__alloweddataregions_item, str):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".allowed_data_regions[{data__alloweddataregions_x}]".format(
                                **locals()
                            )
                            + " must be string",
                            value=data__alloweddataregions_item,
                            name=""
                            + (name_prefix or "data")
                            + ".allowed_data_regions[{data__alloweddataregions_x}]".format(
                                **locals()
                            )
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "budgets" in data_keys:
            data_keys.remove("budgets")
            data__budgets = data["budgets"]
            if not isinstance(data__budgets, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".budgets must be array",
                    value=data__budgets,
                    name="" + (name_prefix or "data") + ".budgets",
                    definition={"type": "array"},
                    rule="type",
                )
            data__budgets_is_list = isinstance(data__budgets, (list, tuple))
            if data__budgets_is_list:
                data__budgets_len = len(data__budgets)
                for data__budgets_x, data__budgets_item in enumerate(data__budgets):
                    validate___definitions_d11(
                        data__budgets_item,
                        custom_formats,
                        (name_prefix or "data")
                        + ".budgets[{data__budgets_x}]".format(**locals()),
                    )
        if "byok_usage" in data_keys:
            data_keys.remove("byok_usage")
            data__byokusage = data["byok_usage"]
            if not isinstance(data__byokusage, (int, float, Decimal)) or isinstance(
                data__byokusage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage must be number",
                    value=data__byokusage,
                    name="" + (name_prefix or "data") + ".byok_usage",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_daily" in data_keys:
            data_keys.remove("byok_usage_daily")
            data__byokusagedaily = data["byok_usage_daily"]
            if not isinstance(
                data__byokusagedaily, (int, float, Decimal)
            ) or isinstance(data__byokusagedaily, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_daily must be number",
                    value=data__byokusagedaily,
                    name="" + (name_prefix or "data") + ".byok_usage_daily",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_monthly" in data_keys:
            data_keys.remove("byok_usage_monthly")
            data__byokusagemonthly = data["byok_usage_monthly"]
            if not isinstance(
                data__byokusagemonthly, (int, float, Decimal)
            ) or isinstance(data__byokusagemonthly, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_monthly must be number",
                    value=data__byokusagemonthly,
                    name="" + (name_prefix or "data") + ".byok_usage_monthly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_weekly" in data_keys:
            data_keys.remove("byok_usage_weekly")
            data__byokusageweekly = data["byok_usage_weekly"]
            if not isinstance(
                data__byokusageweekly, (int, float, Decimal)
            ) or isinstance(data__byokusageweekly, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_weekly must be number",
                    value=data__byokusageweekly,
                    name="" + (name_prefix or "data") + ".byok_usage_weekly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "creator_user_id" in data_keys:
            data_keys.remove("creator_user_id")
            data__creatoruserid = data["creator_user_id"]
            if not isinstance(data__creatoruserid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".creator_user_id must be string or null",
                    value=data__creatoruserid,
                    name="" + (name_prefix or "data") + ".creator_user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "effective_budget" in data_keys:
            data_keys.remove("effective_budget")
            data__effectivebudget = data["effective_budget"]
            data__effectivebudget_any_of_count3 = 0
            if not data__effectivebudget_any_of_count3:
                try:
                    validate___definitions_d11(
                        data__effectivebudget,
                        custom_formats,
                        (name_prefix or "data") + ".effective_budget",
                    )
                    data__effectivebudget_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__effectivebudget_any_of_count3:
                try:
                    if not isinstance(data__effectivebudget, NoneType):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".effective_budget must be null",
                            value=data__effectivebudget,
                            name="" + (name_prefix or "data") + ".effective_budget",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__effectivebudget_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__effectivebudget_any_of_count3:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".effective_budget cannot be validated by any definition",
                    value=data__effectivebudget,
                    name="" + (name_prefix or "data") + ".effective_budget",
                    definition={},
                    rule="anyOf",
                )
        if "expires_at" in data_keys:
            data_keys.remove("expires_at")
            data__expiresat = data["expires_at"]
            if not isinstance(data__expiresat, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".expires_at must be string or null",
                    value=data__expiresat,
                    name="" + (name_prefix or "data") + ".expires_at",
                    definition={"type": ["string", "null"], "format": "date-time"},
                    rule="type",
                )
            if isinstance(data__expiresat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__expiresat):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".expires_at must be date-time",
                        value=data__expiresat,
                        name="" + (name_prefix or "data") + ".expires_at",
                        definition={"type": ["string", "null"], "format": "date-time"},
                        rule="format",
                    )
        if "free_model_daily_requests" in data_keys:
            data_keys.remove("free_model_daily_requests")
            data__freemodeldailyrequests = data["free_model_daily_requests"]
            validate___definitions_d12(
                data__freemodeldailyrequests,
                custom_formats,
                (name_prefix or "data") + ".free_model_daily_requests",
            )
        if "include_byok_in_limit" in data_keys:
            data_keys.remove("include_byok_in_limit")
            data__includebyokinlimit = data["include_byok_in_limit"]
            if not isinstance(data__includebyokinlimit, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".include_byok_in_limit must be boolean",
                    value=data__includebyokinlimit,
                    name="" + (name_prefix or "data") + ".include_byok_in_limit",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_free_tier" in data_keys:
            data_keys.remove("is_free_tier")
            data__isfreetier = data["is_free_tier"]
            if not isinstance(data__isfreetier, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".is_free_tier must be boolean",
                    value=data__isfreetier,
                    name="" + (name_prefix or "data") + ".is_free_tier",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_management_key" in data_keys:
            data_keys.remove("is_management_key")
            data__ismanagementkey = data["is_management_key"]
            if not isinstance(data__ismanagementkey, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".is_management_key must be boolean",
                    value=data__ismanagementkey,
                    name="" + (name_prefix or "data") + ".is_management_key",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_provisioning_key" in data_keys:
            data_keys.remove("is_provisioning_key")
            data__isprovisioningkey = data["is_provisioning_key"]
            if not isinstance(data__isprovisioningkey, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".is_provisioning_key must be boolean",
                    value=data__isprovisioningkey,
                    name="" + (name_prefix or "data") + ".is_provisioning_key",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "label" in data_keys:
            data_keys.remove("label")
            data__label = data["label"]
            if not isinstance(data__label, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".label must be string",
                    value=data__label,
                    name="" + (name_prefix or "data") + ".label",
                    definition={"type": "string"},
                    rule="type",
                )
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if not isinstance(
                data__limit, (int, float, Decimal, NoneType)
            ) or isinstance(data__limit, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be number or null",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": ["number", "null"]},
                    rule="type",
                )
        if "limit_remaining" in data_keys:
            data_keys.remove("limit_remaining")
            data__limitremaining = data["limit_remaining"]
            if not isinstance(
                data__limitremaining, (int, float, Decimal, NoneType)
            ) or isinstance(data__limitremaining, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".limit_remaining must be number or null",
                    value=data__limitremaining,
                    name="" + (name_prefix or "data") + ".limit_remaining",
                    definition={"type": ["number", "null"]},
                    rule="type",
                )
        if "limit_reset" in data_keys:
            data_keys.remove("limit_reset")
            data__limitreset = data["limit_reset"]
            if not isinstance(data__limitreset, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".limit_reset must be string or null",
                    value=data__limitreset,
                    name="" + (name_prefix or "data") + ".limit_reset",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "organization_id" in data_keys:
            data_keys.remove("organization_id")
            data__organizationid = data["organization_id"]
            if not isinstance(data__organizationid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".organization_id must be string or null",
                    value=data__organizationid,
                    name="" + (name_prefix or "data") + ".organization_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "rate_limit" in data_keys:
            data_keys.remove("rate_limit")
            data__ratelimit = data["rate_limit"]
            validate___definitions_d13(
                data__ratelimit, custom_formats, (name_prefix or "data") + ".rate_limit"
            )
        if "usage" in data_keys:
            data_keys.remove("usage")
            data__usage = data["usage"]
            if not isinstance(data__usage, (int, float, Decimal)) or isinstance(
                data__usage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage must be number",
                    value=data__usage,
                    name="" + (name_prefix or "data") + ".usage",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_daily" in data_keys:
            data_keys.remove("usage_daily")
            data__usagedaily = data["usage_daily"]
            if not isinstance(data__usagedaily, (int, float, Decimal)) or isinstance(
                data__usagedaily, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_daily must be number",
                    value=data__usagedaily,
                    name="" + (name_prefix or "data") + ".usage_daily",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_monthly" in data_keys:
            data_keys.remove("usage_monthly")
            data__usagemonthly = data["usage_monthly"]
            if not isinstance(data__usagemonthly, (int, float, Decimal)) or isinstance(
                data__usagemonthly, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_monthly must be number",
                    value=data__usagemonthly,
                    name="" + (name_prefix or "data") + ".usage_monthly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_weekly" in data_keys:
            data_keys.remove("usage_weekly")
            data__usageweekly = data["usage_weekly"]
            if not isinstance(data__usageweekly, (int, float, Decimal)) or isinstance(
                data__usageweekly, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_weekly must be number",
                    value=data__usageweekly,
                    name="" + (name_prefix or "data") + ".usage_weekly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "workspace_id" in data_keys:
            data_keys.remove("workspace_id")
            data__workspaceid = data["workspace_id"]
            if not isinstance(data__workspaceid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".workspace_id must be string or null",
                    value=data__workspaceid,
                    name="" + (name_prefix or "data") + ".workspace_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d13(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["requests", "interval", "note"],
                "type": "object",
                "properties": {
                    "interval": {"type": "string"},
                    "note": {"type": "string"},
                    "requests": {"type": "integer"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["requests", "interval", "note"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["requests", "interval", "note"],
                    "type": "object",
                    "properties": {
                        "interval": {"type": "string"},
                        "note": {"type": "string"},
                        "requests": {"type": "integer"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "interval" in data_keys:
            data_keys.remove("interval")
            data__interval = data["interval"]
            if not isinstance(data__interval, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".interval must be string",
                    value=data__interval,
                    name="" + (name_prefix or "data") + ".interval",
                    definition={"type": "string"},
                    rule="type",
                )
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".note must be string",
                    value=data__note,
                    name="" + (name_prefix or "data") + ".note",
                    definition={"type": "string"},
                    rule="type",
                )
        if "requests" in data_keys:
            data_keys.remove("requests")
            data__requests = data["requests"]
            if not isinstance(data__requests, int) or isinstance(data__requests, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".requests must be integer",
                    value=data__requests,
                    name="" + (name_prefix or "data") + ".requests",
                    definition={"type": "integer"},
                    rule="type",
                )
    return data


def validate___definitions_d12(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["limit", "remaining", "used"],
                "properties": {
                    "limit": {"type": "integer"},
                    "remaining": {"type": "integer"},
                    "used": {"type": "integer"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["limit", "remaining", "used"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["limit", "remaining", "used"],
                    "properties": {
                        "limit": {"type": "integer"},
                        "remaining": {"type": "integer"},
                        "used": {"type": "integer"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if not isinstance(data__limit, int) or isinstance(data__limit, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be integer",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "remaining" in data_keys:
            data_keys.remove("remaining")
            data__remaining = data["remaining"]
            if not isinstance(data__remaining, int) or isinstance(
                data__remaining, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".remaining must be integer",
                    value=data__remaining,
                    name="" + (name_prefix or "data") + ".remaining",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, int) or isinstance(data__used, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".used must be integer",
                    value=data__used,
                    name="" + (name_prefix or "data") + ".used",
                    definition={"type": "integer"},
                    rule="type",
                )
    return data


def validate___definitions_d11(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": [
                    "budget_id",
                    "guardrail_id",
                    "include_byok",
                    "limit_usd",
                    "remaining_usd",
                    "reset_interval",
                    "resets_at",
                    "scope",
                    "spend_usd",
                ],
                "properties": {
                    "budget_id": {"type": ["string", "null"]},
                    "guardrail_id": {"type": ["string", "null"]},
                    "include_byok": {"type": "boolean"},
                    "limit_usd": {"type": "number"},
                    "remaining_usd": {"type": "number"},
                    "resets_at": {"type": ["string", "null"]},
                    "scope": {"type": "string"},
                    "spend_usd": {"type": "number"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "budget_id",
                    "guardrail_id",
                    "include_byok",
                    "limit_usd",
                    "remaining_usd",
                    "reset_interval",
                    "resets_at",
                    "scope",
                    "spend_usd",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": [
                        "budget_id",
                        "guardrail_id",
                        "include_byok",
                        "limit_usd",
                        "remaining_usd",
                        "reset_interval",
                        "resets_at",
                        "scope",
                        "spend_usd",
                    ],
                    "properties": {
                        "budget_id": {"type": ["string", "null"]},
                        "guardrail_id": {"type": ["string", "null"]},
                        "include_byok": {"type": "boolean"},
                        "limit_usd": {"type": "number"},
                        "remaining_usd": {"type": "number"},
                        "resets_at": {"type": ["string", "null"]},
                        "scope": {"type": "string"},
                        "spend_usd": {"type": "number"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "budget_id" in data_keys:
            data_keys.remove("budget_id")
            data__budgetid = data["budget_id"]
            if not isinstance(data__budgetid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".budget_id must be string or null",
                    value=data__budgetid,
                    name="" + (name_prefix or "data") + ".budget_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "guardrail_id" in data_keys:
            data_keys.remove("guardrail_id")
            data__guardrailid = data["guardrail_id"]
            if not isinstance(data__guardrailid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".guardrail_id must be string or null",
                    value=data__guardrailid,
                    name="" + (name_prefix or "data") + ".guardrail_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "include_byok" in data_keys:
            data_keys.remove("include_byok")
            data__includebyok = data["include_byok"]
            if not isinstance(data__includebyok, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include_byok must be boolean",
                    value=data__includebyok,
                    name="" + (name_prefix or "data") + ".include_byok",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "limit_usd" in data_keys:
            data_keys.remove("limit_usd")
            data__limitusd = data["limit_usd"]
            if not isinstance(data__limitusd, (int, float, Decimal)) or isinstance(
                data__limitusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit_usd must be number",
                    value=data__limitusd,
                    name="" + (name_prefix or "data") + ".limit_usd",
                    definition={"type": "number"},
                    rule="type",
                )
        if "remaining_usd" in data_keys:
            data_keys.remove("remaining_usd")
            data__remainingusd = data["remaining_usd"]
            if not isinstance(data__remainingusd, (int, float, Decimal)) or isinstance(
                data__remainingusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".remaining_usd must be number",
                    value=data__remainingusd,
                    name="" + (name_prefix or "data") + ".remaining_usd",
                    definition={"type": "number"},
                    rule="type",
                )
        if "reset_interval" in data_keys:
            data_keys.remove("reset_interval")
            data__resetinterval = data["reset_interval"]
            data__resetinterval_any_of_count4 = 0
            if not data__resetinterval_any_of_count4:
                try:
                    if not isinstance(data__resetinterval, str):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reset_interval must be string",
                            value=data__resetinterval,
                            name="" + (name_prefix or "data") + ".reset_interval",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__resetinterval_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__resetinterval_any_of_count4:
                try:
                    if not isinstance(data__resetinterval, NoneType):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reset_interval must be null",
                            value=data__resetinterval,
                            name="" + (name_prefix or "data") + ".reset_interval",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__resetinterval_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__resetinterval_any_of_count4:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".reset_interval cannot be validated by any definition",
                    value=data__resetinterval,
                    name="" + (name_prefix or "data") + ".reset_interval",
                    definition={},
                    rule="anyOf",
                )
        if "resets_at" in data_keys:
            data_keys.remove("resets_at")
            data__resetsat = data["resets_at"]
            if not isinstance(data__resetsat, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".resets_at must be string or null",
                    value=data__resetsat,
                    name="" + (name_prefix or "data") + ".resets_at",
                    definition={"type": ["string", "null"], "format": "date-time"},
                    rule="type",
                )
            if isinstance(data__resetsat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__resetsat):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".resets_at must be date-time",
                        value=data__resetsat,
                        name="" + (name_prefix or "data") + ".resets_at",
                        definition={"type": ["string", "null"], "format": "date-time"},
                        rule="format",
                    )
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            if not isinstance(data__scope, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".scope must be string",
                    value=data__scope,
                    name="" + (name_prefix or "data") + ".scope",
                    definition={"type": "string"},
                    rule="type",
                )
        if "spend_usd" in data_keys:
            data_keys.remove("spend_usd")
            data__spendusd = data["spend_usd"]
            if not isinstance(data__spendusd, (int, float, Decimal)) or isinstance(
                data__spendusd, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".spend_usd must be number",
                    value=data__spendusd,
                    name="" + (name_prefix or "data") + ".spend_usd",
                    definition={"type": "number"},
                    rule="type",
                )
    return data


def validate___definitions_d10(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": [
                    "allowed_data_regions",
                    "budgets",
                    "byok_usage",
                    "byok_usage_daily",
                    "byok_usage_monthly",
                    "byok_usage_weekly",
                    "creator_user_id",
                    "effective_budget",
                    "free_model_daily_requests",
                    "include_byok_in_limit",
                    "is_free_tier",
                    "is_management_key",
                    "is_provisioning_key",
                    "label",
                    "limit",
                    "limit_remaining",
                    "limit_reset",
                    "organization_id",
                    "rate_limit",
                    "usage",
                    "usage_daily",
                    "usage_monthly",
                    "usage_weekly",
                    "workspace_id",
                ],
                "type": "object",
                "properties": {
                    "allowed_data_regions": {"type": "array"},
                    "budgets": {"type": "array"},
                    "byok_usage": {"type": "number"},
                    "byok_usage_daily": {"type": "number"},
                    "byok_usage_monthly": {"type": "number"},
                    "byok_usage_weekly": {"type": "number"},
                    "creator_user_id": {"type": ["string", "null"]},
                    "expires_at": {"type": ["string", "null"]},
                    "free_model_daily_requests": {"type": "object"},
                    "include_byok_in_limit": {"type": "boolean"},
                    "is_free_tier": {"type": "boolean"},
                    "is_management_key": {"type": "boolean"},
                    "is_provisioning_key": {"type": "boolean"},
                    "label": {"type": "string"},
                    "limit": {"type": ["number", "null"]},
                    "limit_remaining": {"type": ["number", "null"]},
                    "limit_reset": {"type": ["string", "null"]},
                    "organization_id": {"type": ["string", "null"]},
                    "rate_limit": {"type": "object"},
                    "usage": {"type": "number"},
                    "usage_daily": {"type": "number"},
                    "usage_monthly": {"type": "number"},
                    "usage_weekly": {"type": "number"},
                    "workspace_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "allowed_data_regions",
                    "budgets",
                    "byok_usage",
                    "byok_usage_daily",
                    "byok_usage_monthly",
                    "byok_usage_weekly",
                    "creator_user_id",
                    "effective_budget",
                    "free_model_daily_requests",
                    "include_byok_in_limit",
                    "is_free_tier",
                    "is_management_key",
                    "is_provisioning_key",
                    "label",
                    "limit",
                    "limit_remaining",
                    "limit_reset",
                    "organization_id",
                    "rate_limit",
                    "usage",
                    "usage_daily",
                    "usage_monthly",
                    "usage_weekly",
                    "workspace_id",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": [
                        "allowed_data_regions",
                        "budgets",
                        "byok_usage",
                        "byok_usage_daily",
                        "byok_usage_monthly",
                        "byok_usage_weekly",
                        "creator_user_id",
                        "effective_budget",
                        "free_model_daily_requests",
                        "include_byok_in_limit",
                        "is_free_tier",
                        "is_management_key",
                        "is_provisioning_key",
                        "label",
                        "limit",
                        "limit_remaining",
                        "limit_reset",
                        "organization_id",
                        "rate_limit",
                        "usage",
                        "usage_daily",
                        "usage_monthly",
                        "usage_weekly",
                        "workspace_id",
                    ],
                    "type": "object",
                    "properties": {
                        "allowed_data_regions": {"type": "array"},
                        "budgets": {"type": "array"},
                        "byok_usage": {"type": "number"},
                        "byok_usage_daily": {"type": "number"},
                        "byok_usage_monthly": {"type": "number"},
                        "byok_usage_weekly": {"type": "number"},
                        "creator_user_id": {"type": ["string", "null"]},
                        "expires_at": {"type": ["string", "null"]},
                        "free_model_daily_requests": {"type": "object"},
                        "include_byok_in_limit": {"type": "boolean"},
                        "is_free_tier": {"type": "boolean"},
                        "is_management_key": {"type": "boolean"},
                        "is_provisioning_key": {"type": "boolean"},
                        "label": {"type": "string"},
                        "limit": {"type": ["number", "null"]},
                        "limit_remaining": {"type": ["number", "null"]},
                        "limit_reset": {"type": ["string", "null"]},
                        "organization_id": {"type": ["string", "null"]},
                        "rate_limit": {"type": "object"},
                        "usage": {"type": "number"},
                        "usage_daily": {"type": "number"},
                        "usage_monthly": {"type": "number"},
                        "usage_weekly": {"type": "number"},
                        "workspace_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "allowed_data_regions" in data_keys:
            data_keys.remove("allowed_data_regions")
            data__alloweddataregions = data["allowed_data_regions"]
            if not isinstance(data__alloweddataregions, (list, tuple)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".allowed_data_regions must be array",
                    value=data__alloweddataregions,
                    name="" + (name_prefix or "data") + ".allowed_data_regions",
                    definition={"type": "array"},
                    rule="type",
                )
            data__alloweddataregions_is_list = isinstance(
                data__alloweddataregions, (list, tuple)
            )
            if data__alloweddataregions_is_list:
                data__alloweddataregions_len = len(data__alloweddataregions)
                for (
                    data__alloweddataregions_x,
                    data__alloweddataregions_item,
                ) in enumerate(data__alloweddataregions):
                    if not isinstance(data__alloweddataregions_item, str):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".allowed_data_regions[{data__alloweddataregions_x}]".format(
                                **locals()
                            )
                            + " must be string",
                            value=data__alloweddataregions_item,
                            name=""
                            + (name_prefix or "data")
                            + ".allowed_data_regions[{data__alloweddataregions_x}]".format(
                                **locals()
                            )
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "budgets" in data_keys:
            data_keys.remove("budgets")
            data__budgets = data["budgets"]
            if not isinstance(data__budgets, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".budgets must be array",
                    value=data__budgets,
                    name="" + (name_prefix or "data") + ".budgets",
                    definition={"type": "array"},
                    rule="type",
                )
            data__budgets_is_list = isinstance(data__budgets, (list, tuple))
            if data__budgets_is_list:
                data__budgets_len = len(data__budgets)
                for data__budgets_x, data__budgets_item in enumerate(data__budgets):
                    validate___definitions_d11(
                        data__budgets_item,
                        custom_formats,
                        (name_prefix or "data")
                        + ".budgets[{data__budgets_x}]".format(**locals()),
                    )
        if "byok_usage" in data_keys:
            data_keys.remove("byok_usage")
            data__byokusage = data["byok_usage"]
            if not isinstance(data__byokusage, (int, float, Decimal)) or isinstance(
                data__byokusage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage must be number",
                    value=data__byokusage,
                    name="" + (name_prefix or "data") + ".byok_usage",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_daily" in data_keys:
            data_keys.remove("byok_usage_daily")
            data__byokusagedaily = data["byok_usage_daily"]
            if not isinstance(
                data__byokusagedaily, (int, float, Decimal)
            ) or isinstance(data__byokusagedaily, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_daily must be number",
                    value=data__byokusagedaily,
                    name="" + (name_prefix or "data") + ".byok_usage_daily",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_monthly" in data_keys:
            data_keys.remove("byok_usage_monthly")
            data__byokusagemonthly = data["byok_usage_monthly"]
            if not isinstance(
                data__byokusagemonthly, (int, float, Decimal)
            ) or isinstance(data__byokusagemonthly, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_monthly must be number",
                    value=data__byokusagemonthly,
                    name="" + (name_prefix or "data") + ".byok_usage_monthly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "byok_usage_weekly" in data_keys:
            data_keys.remove("byok_usage_weekly")
            data__byokusageweekly = data["byok_usage_weekly"]
            if not isinstance(
                data__byokusageweekly, (int, float, Decimal)
            ) or isinstance(data__byokusageweekly, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".byok_usage_weekly must be number",
                    value=data__byokusageweekly,
                    name="" + (name_prefix or "data") + ".byok_usage_weekly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "creator_user_id" in data_keys:
            data_keys.remove("creator_user_id")
            data__creatoruserid = data["creator_user_id"]
            if not isinstance(data__creatoruserid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".creator_user_id must be string or null",
                    value=data__creatoruserid,
                    name="" + (name_prefix or "data") + ".creator_user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "effective_budget" in data_keys:
            data_keys.remove("effective_budget")
            data__effectivebudget = data["effective_budget"]
            data__effectivebudget_any_of_count5 = 0
            if not data__effectivebudget_any_of_count5:
                try:
                    validate___definitions_d11(
                        data__effectivebudget,
                        custom_formats,
                        (name_prefix or "data") + ".effective_budget",
                    )
                    data__effectivebudget_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__effectivebudget_any_of_count5:
                try:
                    if not isinstance(data__effectivebudget, NoneType):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".effective_budget must be null",
                            value=data__effectivebudget,
                            name="" + (name_prefix or "data") + ".effective_budget",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__effectivebudget_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__effectivebudget_any_of_count5:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".effective_budget cannot be validated by any definition",
                    value=data__effectivebudget,
                    name="" + (name_prefix or "data") + ".effective_budget",
                    definition={},
                    rule="anyOf",
                )
        if "expires_at" in data_keys:
            data_keys.remove("expires_at")
            data__expiresat = data["expires_at"]
            if not isinstance(data__expiresat, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".expires_at must be string or null",
                    value=data__expiresat,
                    name="" + (name_prefix or "data") + ".expires_at",
                    definition={"format": "date-time", "type": ["string", "null"]},
                    rule="type",
                )
            if isinstance(data__expiresat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__expiresat):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".expires_at must be date-time",
                        value=data__expiresat,
                        name="" + (name_prefix or "data") + ".expires_at",
                        definition={"format": "date-time", "type": ["string", "null"]},
                        rule="format",
                    )
        if "free_model_daily_requests" in data_keys:
            data_keys.remove("free_model_daily_requests")
            data__freemodeldailyrequests = data["free_model_daily_requests"]
            validate___definitions_d12(
                data__freemodeldailyrequests,
                custom_formats,
                (name_prefix or "data") + ".free_model_daily_requests",
            )
        if "include_byok_in_limit" in data_keys:
            data_keys.remove("include_byok_in_limit")
            data__includebyokinlimit = data["include_byok_in_limit"]
            if not isinstance(data__includebyokinlimit, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".include_byok_in_limit must be boolean",
                    value=data__includebyokinlimit,
                    name="" + (name_prefix or "data") + ".include_byok_in_limit",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_free_tier" in data_keys:
            data_keys.remove("is_free_tier")
            data__isfreetier = data["is_free_tier"]
            if not isinstance(data__isfreetier, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".is_free_tier must be boolean",
                    value=data__isfreetier,
                    name="" + (name_prefix or "data") + ".is_free_tier",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_management_key" in data_keys:
            data_keys.remove("is_management_key")
            data__ismanagementkey = data["is_management_key"]
            if not isinstance(data__ismanagementkey, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".is_management_key must be boolean",
                    value=data__ismanagementkey,
                    name="" + (name_prefix or "data") + ".is_management_key",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "is_provisioning_key" in data_keys:
            data_keys.remove("is_provisioning_key")
            data__isprovisioningkey = data["is_provisioning_key"]
            if not isinstance(data__isprovisioningkey, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".is_provisioning_key must be boolean",
                    value=data__isprovisioningkey,
                    name="" + (name_prefix or "data") + ".is_provisioning_key",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "label" in data_keys:
            data_keys.remove("label")
            data__label = data["label"]
            if not isinstance(data__label, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".label must be string",
                    value=data__label,
                    name="" + (name_prefix or "data") + ".label",
                    definition={"type": "string"},
                    rule="type",
                )
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if not isinstance(
                data__limit, (int, float, Decimal, NoneType)
            ) or isinstance(data__limit, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be number or null",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": ["number", "null"]},
                    rule="type",
                )
        if "limit_remaining" in data_keys:
            data_keys.remove("limit_remaining")
            data__limitremaining = data["limit_remaining"]
            if not isinstance(
                data__limitremaining, (int, float, Decimal, NoneType)
            ) or isinstance(data__limitremaining, bool):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".limit_remaining must be number or null",
                    value=data__limitremaining,
                    name="" + (name_prefix or "data") + ".limit_remaining",
                    definition={"type": ["number", "null"]},
                    rule="type",
                )
        if "limit_reset" in data_keys:
            data_keys.remove("limit_reset")
            data__limitreset = data["limit_reset"]
            if not isinstance(data__limitreset, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".limit_reset must be string or null",
                    value=data__limitreset,
                    name="" + (name_prefix or "data") + ".limit_reset",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "organization_id" in data_keys:
            data_keys.remove("organization_id")
            data__organizationid = data["organization_id"]
            if not isinstance(data__organizationid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".organization_id must be string or null",
                    value=data__organizationid,
                    name="" + (name_prefix or "data") + ".organization_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
        if "rate_limit" in data_keys:
            data_keys.remove("rate_limit")
            data__ratelimit = data["rate_limit"]
            validate___definitions_d13(
                data__ratelimit, custom_formats, (name_prefix or "data") + ".rate_limit"
            )
        if "usage" in data_keys:
            data_keys.remove("usage")
            data__usage = data["usage"]
            if not isinstance(data__usage, (int, float, Decimal)) or isinstance(
                data__usage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage must be number",
                    value=data__usage,
                    name="" + (name_prefix or "data") + ".usage",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_daily" in data_keys:
            data_keys.remove("usage_daily")
            data__usagedaily = data["usage_daily"]
            if not isinstance(data__usagedaily, (int, float, Decimal)) or isinstance(
                data__usagedaily, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_daily must be number",
                    value=data__usagedaily,
                    name="" + (name_prefix or "data") + ".usage_daily",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_monthly" in data_keys:
            data_keys.remove("usage_monthly")
            data__usagemonthly = data["usage_monthly"]
            if not isinstance(data__usagemonthly, (int, float, Decimal)) or isinstance(
                data__usagemonthly, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_monthly must be number",
                    value=data__usagemonthly,
                    name="" + (name_prefix or "data") + ".usage_monthly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "usage_weekly" in data_keys:
            data_keys.remove("usage_weekly")
            data__usageweekly = data["usage_weekly"]
            if not isinstance(data__usageweekly, (int, float, Decimal)) or isinstance(
                data__usageweekly, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".usage_weekly must be number",
                    value=data__usageweekly,
                    name="" + (name_prefix or "data") + ".usage_weekly",
                    definition={"type": "number"},
                    rule="type",
                )
        if "workspace_id" in data_keys:
            data_keys.remove("workspace_id")
            data__workspaceid = data["workspace_id"]
            if not isinstance(data__workspaceid, (str, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".workspace_id must be string or null",
                    value=data__workspaceid,
                    name="" + (name_prefix or "data") + ".workspace_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


def validate___definitions_d9(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["data"],
                "type": "object",
                "properties": {"data": {"type": "object"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["data"],
                    "type": "object",
                    "properties": {"data": {"type": "object"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_d10(
                data__data, custom_formats, (name_prefix or "data") + ".data"
            )
    return data


def validate___definitions_d8(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["total_credits", "total_usage"],
                "type": "object",
                "properties": {
                    "total_credits": {"type": "number"},
                    "total_usage": {"type": "number"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["total_credits", "total_usage"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["total_credits", "total_usage"],
                    "type": "object",
                    "properties": {
                        "total_credits": {"type": "number"},
                        "total_usage": {"type": "number"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "total_credits" in data_keys:
            data_keys.remove("total_credits")
            data__totalcredits = data["total_credits"]
            if not isinstance(data__totalcredits, (int, float, Decimal)) or isinstance(
                data__totalcredits, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".total_credits must be number",
                    value=data__totalcredits,
                    name="" + (name_prefix or "data") + ".total_credits",
                    definition={"type": "number"},
                    rule="type",
                )
        if "total_usage" in data_keys:
            data_keys.remove("total_usage")
            data__totalusage = data["total_usage"]
            if not isinstance(data__totalusage, (int, float, Decimal)) or isinstance(
                data__totalusage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".total_usage must be number",
                    value=data__totalusage,
                    name="" + (name_prefix or "data") + ".total_usage",
                    definition={"type": "number"},
                    rule="type",
                )
    return data


def validate___definitions_d7(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["total_credits", "total_usage"],
                "type": "object",
                "properties": {
                    "total_credits": {"type": "number"},
                    "total_usage": {"type": "number"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["total_credits", "total_usage"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["total_credits", "total_usage"],
                    "type": "object",
                    "properties": {
                        "total_credits": {"type": "number"},
                        "total_usage": {"type": "number"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "total_credits" in data_keys:
            data_keys.remove("total_credits")
            data__totalcredits = data["total_credits"]
            if not isinstance(data__totalcredits, (int, float, Decimal)) or isinstance(
                data__totalcredits, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".total_credits must be number",
                    value=data__totalcredits,
                    name="" + (name_prefix or "data") + ".total_credits",
                    definition={"type": "number"},
                    rule="type",
                )
        if "total_usage" in data_keys:
            data_keys.remove("total_usage")
            data__totalusage = data["total_usage"]
            if not isinstance(data__totalusage, (int, float, Decimal)) or isinstance(
                data__totalusage, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".total_usage must be number",
                    value=data__totalusage,
                    name="" + (name_prefix or "data") + ".total_usage",
                    definition={"type": "number"},
                    rule="type",
                )
    return data


def validate___definitions_d6(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["data"],
                "type": "object",
                "properties": {"data": {"type": "object"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["data"],
                    "type": "object",
                    "properties": {"data": {"type": "object"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_d7(
                data__data, custom_formats, (name_prefix or "data") + ".data"
            )
    return data


def validate___definitions_d5(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["limit", "remaining", "used"],
                "type": "object",
                "properties": {
                    "limit": {"type": "integer"},
                    "remaining": {"type": "integer"},
                    "used": {"type": "integer"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["limit", "remaining", "used"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["limit", "remaining", "used"],
                    "type": "object",
                    "properties": {
                        "limit": {"type": "integer"},
                        "remaining": {"type": "integer"},
                        "used": {"type": "integer"},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if not isinstance(data__limit, int) or isinstance(data__limit, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be integer",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "remaining" in data_keys:
            data_keys.remove("remaining")
            data__remaining = data["remaining"]
            if not isinstance(data__remaining, int) or isinstance(
                data__remaining, bool
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".remaining must be integer",
                    value=data__remaining,
                    name="" + (name_prefix or "data") + ".remaining",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, int) or isinstance(data__used, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".used must be integer",
                    value=data__used,
                    name="" + (name_prefix or "data") + ".used",
                    definition={"type": "integer"},
                    rule="type",
                )
    return data


def validate___definitions_d4(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d3(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object"},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
    return data


def validate___definitions_d2(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["code", "message"],
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"type": ["object", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["code", "message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["code", "message"],
                    "type": "object",
                    "properties": {
                        "code": {"type": "integer"},
                        "message": {"type": "string"},
                        "metadata": {"type": ["object", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, int) or isinstance(data__code, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition={"type": "string"},
                    rule="type",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object or null",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
    return data


def validate___definitions_d0(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "required": ["error"],
                "type": "object",
                "properties": {
                    "error": {"type": "object"},
                    "openrouter_metadata": {"type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["error"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "required": ["error"],
                    "type": "object",
                    "properties": {
                        "error": {"type": "object"},
                        "openrouter_metadata": {"type": ["object", "null"]},
                        "user_id": {"type": ["string", "null"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate___definitions_d1(
                data__error, custom_formats, (name_prefix or "data") + ".error"
            )
        if "openrouter_metadata" in data_keys:
            data_keys.remove("openrouter_metadata")
            data__openroutermetadata = data["openrouter_metadata"]
            if not isinstance(data__openroutermetadata, (dict, NoneType)):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".openrouter_metadata must be object or null",
                    value=data__openroutermetadata,
                    name="" + (name_prefix or "data") + ".openrouter_metadata",
                    definition={"type": ["object", "null"]},
                    rule="type",
                )
            data__openroutermetadata_is_dict = isinstance(
                data__openroutermetadata, dict
            )
            if data__openroutermetadata_is_dict:
                data__openroutermetadata_keys = set(data__openroutermetadata.keys())
        if "user_id" in data_keys:
            data_keys.remove("user_id")
            data__userid = data["user_id"]
            if not isinstance(data__userid, (str, NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_id must be string or null",
                    value=data__userid,
                    name="" + (name_prefix or "data") + ".user_id",
                    definition={"type": ["string", "null"]},
                    rule="type",
                )
    return data


#: Model class name -> validator of its schema.
MODELS: dict[str, _Validator] = {
    "ForbiddenResponse": validate___definitions_d0,
    "ForbiddenResponseErrorData": validate___definitions_d2,
    "ForbiddenResponseErrorDataMetadataType0": validate___definitions_d3,
    "ForbiddenResponseOpenrouterMetadataType0": validate___definitions_d4,
    "FreeModelDailyRequests": validate___definitions_d5,
    "GetCreditsResponse": validate___definitions_d6,
    "GetCreditsResponseData": validate___definitions_d8,
    "GetCurrentKeyResponse": validate___definitions_d9,
    "GetCurrentKeyResponseData": validate___definitions_d14,
    "GetCurrentKeyResponseDataRateLimit": validate___definitions_d15,
    "GoneResponse": validate___definitions_d16,
    "GoneResponseErrorData": validate___definitions_d18,
    "GoneResponseErrorDataMetadataType0": validate___definitions_d19,
    "GoneResponseOpenrouterMetadataType0": validate___definitions_d20,
    "InternalServerResponse": validate___definitions_d21,
    "InternalServerResponseErrorData": validate___definitions_d23,
    "InternalServerResponseErrorDataMetadataType0": validate___definitions_d24,
    "InternalServerResponseOpenrouterMetadataType0": validate___definitions_d25,
    "KeyBudget": validate___definitions_d26,
    "UnauthorizedResponse": validate___definitions_d27,
    "UnauthorizedResponseErrorData": validate___definitions_d29,
    "UnauthorizedResponseErrorDataMetadataType0": validate___definitions_d30,
    "UnauthorizedResponseOpenrouterMetadataType0": validate___definitions_d31,
}
#: Model class name -> validator of its schema and of the discriminator values that name it.
PICKS: dict[str, _Validator] = {}
#: Operation module -> response status key (200, 4XX, default) -> validator of the JSON body.
RESPONSES: dict[str, dict[str, _Validator]] = {
    "get_credits": {
        "200": validate___definitions_d32,
        "401": validate___definitions_d34,
        "403": validate___definitions_d36,
        "500": validate___definitions_d38,
    },
    "create_coinbase_charge": {"410": validate___definitions_d40},
    "get_current_key": {
        "200": validate___definitions_d42,
        "401": validate___definitions_d44,
        "500": validate___definitions_d45,
    },
}
#: Operation module -> validator of its JSON request body (enums closed).
REQUESTS: dict[str, _Validator] = {}
