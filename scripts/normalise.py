"""Normalisation: the extracted part written so that only what the generated client depends on moves it.

Vendor keys (``x-speakeasy-*``, ``x-fern-*``...) are dropped, 3.0-style ``nullable: true`` is written the
3.1 way, site-relative Markdown links become absolute, security is written once; ``info.x-upstream``
records where the part came from. None of this decides the surface diff: that is read from the code the
generator writes (``scripts.surface``).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from .extract import METHODS, extract

SITE = "https://openrouter.ai"

#: Keys whose mapping value is keyed by names (a property called ``x-id`` is not a vendor key).
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "paths",
        "responses",
        "content",
        "headers",
        "links",
        "callbacks",
        "encoding",
        "mapping",
        "variables",
        "scopes",
        "schemas",
        "parameters",
        "securitySchemes",
        "requestBodies",
        "pathItems",
        "webhooks",
        "dependentSchemas",
    }
)
#: Keys whose value is example data, left exactly as upstream wrote it.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
#: ``[text](/docs/...)``: a Markdown link to a path of the site.
_SITE_LINK = re.compile(r"(\]\(\s*<?)(/(?!/)[^)\s>]*)")


def _site(spec: dict[str, Any]) -> str:
    """The origin site-relative links point to: the first server's, else openrouter.ai."""
    for server in spec.get("servers") or []:
        url = server.get("url") if isinstance(server, dict) else None
        match = re.match(r"https?://[^/]+", url or "")
        if match:
            return match.group(0)
    return SITE


def absolute_links(text: str, site: str = SITE) -> str:
    """``[text](/docs/x)`` -> ``[text](https://openrouter.ai/docs/x)`` (Markdown links to the site)."""
    return _SITE_LINK.sub(lambda m: m.group(1) + site + m.group(2), text)


def normalise(node: Any, site: str = SITE, names: bool = False) -> Any:
    """A copy of ``node`` without vendor keys, with 3.1-style nullability and absolute site links.

    ``names`` says that the keys of ``node`` are names (of properties, paths, statuses...), never
    vendor keys; example data (``example``, ``default``, ``enum``...) is kept exactly as written.
    """
    if isinstance(node, list):
        return [normalise(v, site) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if names:
            out[key] = normalise(value, site)
        elif key.startswith("x-"):
            continue
        elif key in DATA_KEYS:
            out[key] = copy.deepcopy(value)
        elif key in ("description", "summary") and isinstance(value, str):
            out[key] = absolute_links(value, site)
        else:
            out[key] = normalise(value, site, names=key in NAME_MAPS)
    if not names and isinstance(out.get("nullable"), bool):
        out = _nullable_31(out)
    if not names:
        out = _nullable_enum(out)
    return out


def _nullable_enum(schema: dict[str, Any]) -> dict[str, Any]:
    """``{type: [T, 'null'], enum: [a, b, null]}`` -> ``{anyOf: [{type: T, enum: [a, b]}, {type: 'null'}]}``.

    The same JSON Schema, written so that the generator makes one enum class of it: given the type
    list, it makes a union per type and then one per ``null`` in the enum (three classes of the same
    values for ``KeyBudget.reset_interval``). A ``null`` in the enum of a type that refuses null (the
    3.0 spelling's branch of an ``anyOf`` with null) is dropped: it can never match.
    """
    kind, values = schema.get("type"), schema.get("enum")
    if not isinstance(values, list) or None not in values:
        return schema
    if (isinstance(kind, str) and kind != "null") or (isinstance(kind, list) and "null" not in kind):
        # {type: string, enum: [a, null]} (a branch of anyOf [.., null]): the type already refuses null
        return {**schema, "enum": [v for v in values if v is not None]}
    if not isinstance(kind, list):
        return schema
    others = [k for k in kind if k != "null"]
    if len(others) != 1:
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "type":
            branch = {"type": others[0], "enum": [v for v in values if v is not None]}
            out["anyOf"] = [branch, {"type": "null"}]
        elif key != "enum":
            out[key] = value
    return out


def _nullable_31(schema: dict[str, Any]) -> dict[str, Any]:
    """``{type: T, nullable: true}`` -> ``{type: [T, 'null']}`` (and ``nullable: false`` dropped)."""
    nullable = schema.pop("nullable")
    if not nullable:
        return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind] if kind == "null" else [kind, "null"]
    elif isinstance(kind, list):
        schema["type"] = [*kind, *(["null"] if "null" not in kind else [])]
    elif "$ref" in schema or "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        combo = "anyOf" if "anyOf" in schema or "$ref" in schema or "allOf" in schema else "oneOf"
        branch = {k: schema.pop(k) for k in ("$ref", "allOf") if k in schema}
        branches = list(schema.pop(combo, [])) + ([branch] if branch else [])
        if not any(isinstance(b, dict) and b.get("type") == "null" for b in branches):
            branches.append({"type": "null"})
        schema[combo] = branches
    else:
        schema["nullable"] = True  # no type to extend: leave it as upstream wrote it
    return schema


def _requirements(security: Any) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in security or [])


def normalise_security(spec: dict[str, Any]) -> dict[str, Any]:
    """Security written once: at the top, and on an operation only where it differs from the top.

    The generator reads only an operation's own ``security`` (one that declares it takes an
    ``AuthenticatedClient``, one that does not also takes a ``Client``), so writing the same
    requirement at the top or on each operation would change the generated code without changing the
    API. When there is no top-level ``security`` and every operation declares one, the most common
    becomes the top-level one.
    """
    ops = [
        op
        for item in spec.get("paths", {}).values()
        for method, op in item.items()
        if method in METHODS and isinstance(op, dict)
    ]
    root = spec.get("security")
    if root is None:
        declared = [op["security"] for op in ops if op.get("security")]
        if not declared or any("security" not in op for op in ops):
            return spec
        keys = [_requirements(s) for s in declared]
        root = copy.deepcopy(declared[keys.index(max(keys, key=keys.count))])
        before = {k: v for k, v in spec.items() if k in ("openapi", "info", "servers")}
        spec = {**before, "security": root, **{k: v for k, v in spec.items() if k not in before}}
    for op in ops:
        if "security" in op and _requirements(op["security"]) == _requirements(root):
            del op["security"]
    return spec


def credits_spec(upstream: dict[str, Any]) -> dict[str, Any]:
    """The normalised Credits spec from the full upstream document."""
    extracted = extract(upstream)
    spec: dict[str, Any] = normalise_security(normalise(extracted, _site(upstream)))
    return spec


def with_provenance(spec: dict[str, Any], record: dict[str, str]) -> dict[str, Any]:
    """``spec`` with ``record`` as its ``info.x-upstream``."""
    spec = without_provenance(spec)
    return {**spec, "info": {**spec["info"], "x-upstream": dict(record)}}


def provenance_of(spec: dict[str, Any]) -> dict[str, str] | None:
    """The ``info.x-upstream`` record of a spec, if it has one."""
    record = (spec.get("info") or {}).get("x-upstream")
    return {str(k): str(v) for k, v in record.items()} if isinstance(record, dict) else None


def without_provenance(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` without ``info.x-upstream`` (to compare the content of two specs)."""
    info = {k: v for k, v in (spec.get("info") or {}).items() if k != "x-upstream"}
    return {**spec, "info": info}
