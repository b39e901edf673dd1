"""Extraction: the part of the upstream document the client is generated from, with the project's additions.

Kept: every operation with one of ``KEEP_TAGS``, under one of ``KEEP_PATH_PREFIXES``, or named in
``KEEP_OPERATIONS``, and everything they reference transitively (schemas, parameters, responses,
security schemes, tags). Added: an inline object schema in a 2XX JSON answer becomes a named schema
``<OperationId>Response`` (so the model keeps its documented name), and the three attribution headers
the official SDKs send are declared as optional header parameters of every kept operation.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import pascal_case

from .upstream import SpecError, SpecWarning

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: What is kept of the upstream document: every operation with one of these tags or under one of these
#: path prefixes, and these single operations (``METHOD /path``: a rename of the operationId is reported
#: as a rename, not as a removal plus an addition).
KEEP_TAGS = ("Credits",)
KEEP_PATH_PREFIXES = ("/credits",)
KEEP_OPERATIONS = ("GET /key",)

#: The attribution headers the official SDKs send on every call (not declared upstream).
ATTRIBUTION: dict[str, dict[str, Any]] = {
    "HTTPReferer": {
        "name": "HTTP-Referer",
        "in": "header",
        "required": False,
        "description": "The app identifier should be your app's URL and is used as the primary identifier "
        "for rankings. This is used to track API usage per application.",
        "schema": {"type": "string"},
    },
    "XOpenRouterTitle": {
        "name": "X-OpenRouter-Title",
        "in": "header",
        "required": False,
        "description": "The app display name allows you to customize how your app appears in "
        "OpenRouter's dashboard.",
        "schema": {"type": "string"},
    },
    "XOpenRouterCategories": {
        "name": "X-OpenRouter-Categories",
        "in": "header",
        "required": False,
        "description": 'Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). '
        "Used for marketplace rankings.",
        "schema": {"type": "string"},
    },
}
#: Components are written in this order (any other kind after them, in upstream order).
COMPONENT_ORDER = ("securitySchemes", "parameters", "headers", "requestBodies", "responses", "schemas")


def is_kept(path: str, method: str, op: dict[str, Any]) -> bool:
    """Whether the extraction keeps the operation ``method path`` (see ``KEEP_*``)."""
    return (
        any(tag in KEEP_TAGS for tag in op.get("tags") or [])
        or any(path == prefix or path.startswith(prefix + "/") for prefix in KEEP_PATH_PREFIXES)
        or f"{method.upper()} {path}" in KEEP_OPERATIONS
    )


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def component(ref: str) -> tuple[str, str]:
    """``#/components/schemas/Foo[/...]`` -> ``("schemas", "Foo")``."""
    parts = ref.split("/")
    if len(parts) < 4 or parts[:2] != ["#", "components"]:
        raise SpecError(f"unsupported $ref {ref!r}: only local #/components/... references are handled")
    return _unescape(parts[2]), _unescape(parts[3])


def _hoist(
    schema: dict[str, Any], name: str, out: dict[str, Any], upstream: dict[str, Any]
) -> dict[str, Any]:
    """Move an inline object schema (and its inline object properties) into ``out`` as ``name``."""
    schema = dict(schema)
    if name in out:
        raise SpecError(f"two inline schemas would both be named {name}")
    out[name] = schema  # the parent before the properties it names
    props = schema.get("properties")
    if isinstance(props, dict):
        new_props = {}
        for prop, sub in props.items():
            if _inline_object(sub):
                deprecated = sub.get("deprecated") is True
                sub = _hoist(sub, name + pascal_case(prop), out, upstream)
                if deprecated:  # the property is deprecated, not only its schema: say so where it is used
                    sub = {**sub, "deprecated": True}
            elif isinstance(sub, dict) and sub.get("type") == "array" and _inline_object(sub.get("items")):
                sub = {**sub, "items": _hoist(sub["items"], name + pascal_case(prop) + "Item", out, upstream)}
            new_props[prop] = sub
        schema["properties"] = new_props  # the same dict as out[name]
    if name in upstream and upstream[name] != schema:
        raise SpecError(f"cannot name the inline schema {name}: upstream has a different schema of that name")
    return {"$ref": f"#/components/schemas/{name}"}


def _inline_object(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and isinstance(schema.get("properties"), dict)


def _with_parameters(op: dict[str, Any], params: list[Any]) -> dict[str, Any]:
    """``op`` with ``parameters`` set, placed before ``responses`` when it was not there."""
    if "parameters" in op:
        return {**op, "parameters": params}
    out: dict[str, Any] = {}
    for key, value in op.items():
        if key == "responses":
            out["parameters"] = params
        out[key] = value
    out.setdefault("parameters", params)
    return out


def _param_key(doc: dict[str, Any], param: Any) -> tuple[str, str]:
    param = deref(doc, param)
    return (str(param.get("in")), str(param.get("name")).lower())


def extract(upstream: dict[str, Any]) -> dict[str, Any]:
    """The Credits spec, with the project's additions, from the full upstream document (not normalised)."""
    components: dict[str, Any] = upstream.get("components") or {}
    upstream_schemas: dict[str, Any] = components.get("schemas") or {}
    hoisted: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    used_tags: list[str] = []
    security_names: list[str] = []
    attribution_used = False
    for path, item in (upstream.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        kept = {
            m: op for m, op in item.items() if m in METHODS and isinstance(op, dict) and is_kept(path, m, op)
        }
        if not kept:
            continue
        new_item: dict[str, Any] = {}
        for key, value in item.items():
            if key not in METHODS:
                new_item[key] = copy.deepcopy(value)
                continue
            if key not in kept:
                continue
            op = copy.deepcopy(value)
            # Without an operationId the generator names the operation from its method and path
            # (``get_credits`` for GET /credits); the named 2XX schema follows the same name.
            op_id = op.get("operationId") or str(
                generate_operation_id(path=UntrustedString(path), method=key, prefix="")
            )
            for status, response in (op.get("responses") or {}).items():
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                for media in (response.get("content") or {}).values():
                    if isinstance(media, dict) and _inline_object(media.get("schema")):
                        media["schema"] = _hoist(
                            media["schema"], pascal_case(op_id) + "Response", hoisted, upstream_schemas
                        )
            have = {
                _param_key(upstream, p)
                for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
            }
            ours = [
                {"$ref": f"#/components/parameters/{name}"}
                for name, param in ATTRIBUTION.items()
                if (param["in"], param["name"].lower()) not in have
            ]
            if ours:
                attribution_used = True
                op = _with_parameters(op, [*(op.get("parameters") or []), *ours])
            new_item[key] = op
            used_tags.extend(t for t in op.get("tags") or [] if t not in used_tags)
            for requirement in op.get("security") or []:
                security_names.extend(n for n in requirement if n not in security_names)
        paths[path] = new_item
    if not paths:
        raise SpecError(
            f"no operation tagged {' or '.join(KEEP_TAGS)}, under {' or '.join(KEEP_PATH_PREFIXES)} or "
            f"among {', '.join(KEEP_OPERATIONS)} in the upstream document"
        )
    for requirement in upstream.get("security") or []:
        security_names.extend(n for n in requirement if n not in security_names)

    # Everything the kept operations reference, transitively.
    wanted: dict[str, set[str]] = {}
    work = [*refs(paths), *refs(hoisted)]
    while work:
        kind, name = component(work.pop())
        if kind == "schemas" and name in hoisted:
            continue
        if kind == "parameters" and name in ATTRIBUTION and name not in (components.get("parameters") or {}):
            continue
        if name in wanted.setdefault(kind, set()):
            continue
        target = (components.get(kind) or {}).get(name)
        if target is None:
            raise SpecError(f"#/components/{kind}/{name} is referenced but not defined upstream")
        wanted[kind].add(name)
        work.extend(refs(target))
    for name in security_names:
        if name not in (components.get("securitySchemes") or {}):
            # The oldest published Credits part (2025-09) requires "bearer" and defines only "apiKey": the
            # generator generates it (it reads no scheme) and the overlay owns authentication anyway.
            warnings.warn(
                f"security scheme {name!r} is used but not defined upstream (kept as written; the overlay "
                "sends the API key itself)",
                SpecWarning,
                stacklevel=2,
            )
            continue
        wanted.setdefault("securitySchemes", set()).add(name)

    new_components: dict[str, Any] = {}
    kinds = [*COMPONENT_ORDER] + [k for k in components if k not in COMPONENT_ORDER]
    for kind in kinds:
        section: dict[str, Any] = {}
        if kind == "schemas":
            section.update(hoisted)
        for name, value in (components.get(kind) or {}).items():
            if name in wanted.get(kind, ()):
                section[name] = copy.deepcopy(value)
        if kind == "parameters" and attribution_used:
            for name, param in ATTRIBUTION.items():
                if name in section and section[name] != param:
                    raise SpecError(f"upstream defines a different #/components/parameters/{name}")
                section.setdefault(name, copy.deepcopy(param))
        if section:
            new_components[kind] = section

    out: dict[str, Any] = {}
    for key in ("openapi", "info", "servers", "security", "tags", "paths", "components"):
        if key == "tags":
            tags = [
                t for t in upstream.get("tags") or [] if isinstance(t, dict) and t.get("name") in used_tags
            ]
            if tags:
                out["tags"] = copy.deepcopy(tags)
        elif key == "paths":
            out["paths"] = paths
        elif key == "components":
            out["components"] = new_components
        elif key in upstream:
            out[key] = copy.deepcopy(upstream[key])
    return out


def deref(doc: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """``node`` with its local ``$ref`` chain followed in ``doc`` (a cycle or a dangling one: ``{}``)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            return {}
        seen |= {ref}
        target: Any = doc
        for part in ref.lstrip("#/").split("/"):
            target = target.get(_unescape(part), {}) if isinstance(target, dict) else {}
        node = target
    return node
