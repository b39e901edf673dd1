"""Type checks for generated models after ``from_dict``, which trusts the server.

The generated attrs classes carry their field types as strings (``"float"``, ``"None | str | Unset"``,
``"GetCreditsResponseData"``); :func:`problem` walks a parsed model and compares every value with its
declared type, so a regenerated spec (a field added or changed) is validated with no overlay change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import attrs

_Check = Callable[[Any], bool]
_NUMBER = (int, float)  # a tuple: ``int | float`` in the check would build a union object per call

_SCALARS: dict[str, _Check] = {
    "float": lambda v: isinstance(v, _NUMBER) and not isinstance(v, bool),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "None": lambda v: v is None,
    "Unset": lambda v: type(v).__name__ == "Unset",
    "Any": lambda v: True,
}


def _check_for(type_name: str) -> _Check:
    if type_name in _SCALARS:
        return _SCALARS[type_name]
    if type_name.startswith("list["):
        return lambda v: isinstance(v, list)
    if type_name.startswith("dict["):
        return lambda v: isinstance(v, dict)
    return lambda v: type(v).__name__ == type_name  # a generated model class


@cache
def _plan(cls: Any) -> tuple[tuple[str, str, tuple[_Check, ...]], ...]:
    """Per model class, once: (field name, declared type, one check per union member)."""
    plan = []
    for f in attrs.fields(cls):
        if f.name == "additional_properties":
            continue
        declared = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        members = tuple(_check_for(part.strip()) for part in declared.split("|"))
        plan.append((f.name, declared, members))
    return tuple(plan)


@cache
def _is_model(cls: Any) -> bool:
    """Whether values of this class are generated models, walked in turn (once per class)."""
    return attrs.has(cls)


def problem(model: Any, path: str = "") -> str | None:
    """Describe the first field whose value does not have its declared type; None if all is well.

    Runs on every 2XX answer, so the loop allocates nothing when all is well (field paths are
    only formatted for a problem or a nested model).
    """
    cls: Any = type(model)
    for name, declared, members in _plan(cls):
        value = getattr(model, name)
        for ok in members:
            if ok(value):
                break
        else:
            where = f"{path}.{name}" if path else name
            return f"field {where!r} should be {declared}, got {type(value).__name__} {value!r:.60}"
        kind: Any = type(value)
        if _is_model(kind):
            found = problem(value, f"{path}.{name}" if path else name)
            if found:
                return found
    return None
