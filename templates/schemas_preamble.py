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
        self, message: str, value: Any = None, name: str | None = None, definition: Any = None, rule: Any = None
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
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "(top level)"

    def __reduce__(self) -> tuple[type["SchemaError"], tuple[tuple[str | int, ...], str, str]]:
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
        return "a value of one of the variants" if rule == "anyOf" else "a value of exactly one variant"
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
        raise SchemaError((), "a document nested less deeply", "too deep a nesting") from None


def schema_error(exc: ValueError, data: Any) -> SchemaError:
    """The SchemaError for a validator's exception (its path, the rule that failed and the value)."""
    name = str(getattr(exc, "name", "") or "").removeprefix("data")  # the validators' name for the top
    path: tuple[str | int, ...] = tuple(
        int(index) if index else key for key, index in _PATH_PART.findall("." + name if name[:1] not in ".[" else name)
    )
    rule = getattr(exc, "rule", None)
    definition = getattr(exc, "definition", None)
    value = getattr(exc, "value", None)
    if rule == "required" and isinstance(definition, dict) and isinstance(value, dict):
        missing = sorted(set(definition.get("required") or ()) - value.keys())
        if missing:
            field = (definition.get("properties") or {}).get(missing[0])
            wanted = _expected("type", field) if isinstance(field, dict) and "type" in field else "a value"
            return SchemaError((*path, missing[0]), wanted, "nothing (the field is missing)")
    return SchemaError(path, _expected(rule, definition), describe(value))



__all__ = ["SchemaError", "check", "describe", "schema_error"]
