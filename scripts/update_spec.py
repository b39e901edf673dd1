"""Update openapi.yaml from a full upstream OpenRouter OpenAPI document, regenerate, print the surface diff.

    python scripts/update_spec.py FULL_SPEC             # rewrite openapi.yaml and generated/, check overlay
    python scripts/update_spec.py FULL_SPEC --dry-run   # print the surface diff only, write nothing
    python scripts/update_spec.py FULL_SPEC --output /tmp/x/openapi.yaml --dest /tmp/x/generated

FULL_SPEC is the complete upstream document (YAML or JSON). Kept from it: the operations tagged
``Credits`` or under a ``/credits`` path, and everything they reference transitively (schemas,
parameters, responses, security schemes, tags). The project's additions are re-applied every time:

- an inline object schema in a 2XX JSON response is hoisted into ``components/schemas`` as
  ``<OperationId>Response`` (its inline object properties as ``<OperationId>Response<Property>``), so the
  generated model keeps its documented name (``operations.GetCreditsResponse``);
- the attribution headers ``HTTP-Referer``, ``X-OpenRouter-Title`` and ``X-OpenRouter-Categories`` are
  declared in ``components/parameters`` and referenced from every kept operation.

The surface diff compares the old openapi.yaml with the new one: operations, parameters, response fields
and error statuses added, removed or changed, each change that may break code using the ``openrouter``
overlay marked BREAKING. Exit status: 0 when done and the overlay still fits the regenerated client, 1 when
the overlay needs work (the contract problems are printed), 2 when the upstream document cannot be used.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from yaml.emitter import Emitter
from yaml.resolver import Resolver

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contract
import generate

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TAG = "Credits"
PATH_PREFIX = "/credits"

HEADER = """\
# The Credits part of the OpenRouter API: the contract `generated/` is produced from.
#
# Written from the public OpenRouter OpenAPI document (openapi 3.1.0, "OpenRouter API" 1.0.0).
# Differences from upstream, all additive:
#   - the 200 body of getCredits is a named schema (GetCreditsResponse / GetCreditsResponseData) so the
#     generated model carries the documented name `operations.GetCreditsResponse`;
#   - the three attribution headers the official SDKs send on every call are declared as optional header
#     parameters, so the generated client carries them as keyword arguments.
# Update it with `make update-spec SPEC=path/to/full-openrouter-openapi.yaml`, never by hand-merging.
"""


class Folded(str):
    """A string written as a folded scalar (``>-``) broken at the given lines (our own texts)."""

    lines: tuple[str, ...]

    def __new__(cls, *lines: str) -> Folded:
        self = super().__new__(cls, " ".join(lines))
        self.lines = lines
        return self

    def __deepcopy__(self, memo: object) -> Folded:
        return self


#: The attribution headers the official SDKs send on every call (not declared upstream).
ATTRIBUTION: dict[str, dict[str, Any]] = {
    "HTTPReferer": {
        "name": "HTTP-Referer",
        "in": "header",
        "required": False,
        "description": Folded(
            "The app identifier should be your app's URL and is used as the primary",
            "identifier for rankings. This is used to track API usage per application.",
        ),
        "schema": {"type": "string"},
    },
    "XOpenRouterTitle": {
        "name": "X-OpenRouter-Title",
        "in": "header",
        "required": False,
        "description": Folded(
            "The app display name allows you to customize how your app appears in",
            "OpenRouter's dashboard.",
        ),
        "schema": {"type": "string"},
    },
    "XOpenRouterCategories": {
        "name": "X-OpenRouter-Categories",
        "in": "header",
        "required": False,
        "description": Folded(
            'Comma-separated list of app categories (e.g. "cli-agent,cloud-agent").',
            "Used for marketplace rankings.",
        ),
        "schema": {"type": "string"},
    },
}
#: Comments written above a schema of components/schemas, when the spec has it.
SCHEMA_NOTES = {
    "UnauthorizedResponse": "The four error envelopes share one shape: "
    "{error: {code, message, metadata?}, openrouter_metadata?, user_id?}",
}
#: Components are written in this order (any other kind after them, in upstream order).
COMPONENT_ORDER = ("securitySchemes", "parameters", "headers", "requestBodies", "responses", "schemas")


class SpecError(Exception):
    """The upstream document cannot be turned into the Credits spec."""


# --- loading ----------------------------------------------------------------------------------------


def _str_keys(node: Any) -> Any:
    """Mapping keys as strings (YAML reads an unquoted ``200:`` as an int)."""
    if isinstance(node, dict):
        return {str(k): _str_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_str_keys(v) for v in node]
    return node


def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        doc = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{path} is not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {exc}") from exc
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError(f"{path} is not an OpenAPI document (no `paths`)")
    result: dict[str, Any] = _str_keys(doc)
    return result


# --- extraction -------------------------------------------------------------------------------------


def _is_credits(path: str, op: dict[str, Any]) -> bool:
    return TAG in (op.get("tags") or []) or path == PATH_PREFIX or path.startswith(PATH_PREFIX + "/")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _component(ref: str) -> tuple[str, str]:
    """``#/components/schemas/Foo[/...]`` -> ``("schemas", "Foo")``."""
    parts = ref.split("/")
    if len(parts) < 4 or parts[:2] != ["#", "components"]:
        raise SpecError(f"unsupported $ref {ref!r}: only local #/components/... references are handled")
    return _unescape(parts[2]), _unescape(parts[3])


def _pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "".join(w if w.isupper() else w.capitalize() for w in words)


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
                sub = _hoist(sub, name + _pascal(prop), out, upstream)
            elif isinstance(sub, dict) and sub.get("type") == "array" and _inline_object(sub.get("items")):
                sub = {**sub, "items": _hoist(sub["items"], name + _pascal(prop) + "Item", out, upstream)}
            new_props[prop] = sub
        schema["properties"] = new_props
    if name in upstream and upstream[name] != schema:
        raise SpecError(f"cannot name the inline schema {name}: upstream has a different schema of that name")
    out[name] = schema
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
    param = _deref(doc, param)
    return (str(param.get("in")), str(param.get("name")).lower())


def extract(upstream: dict[str, Any]) -> dict[str, Any]:
    """The Credits spec, with the project's additions, from the full upstream document."""
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
        kept = {m: op for m, op in item.items() if m in METHODS and _is_credits(path, op)}
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
            op_id = op.get("operationId")
            if not op_id:
                raise SpecError(f"{key.upper()} {path} has no operationId")
            for status, response in (op.get("responses") or {}).items():
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                for media in (response.get("content") or {}).values():
                    if isinstance(media, dict) and _inline_object(media.get("schema")):
                        media["schema"] = _hoist(
                            media["schema"], _pascal(op_id) + "Response", hoisted, upstream_schemas
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
        raise SpecError(f"no operation tagged {TAG!r} or under {PATH_PREFIX!r} in the upstream document")
    for requirement in upstream.get("security") or []:
        security_names.extend(n for n in requirement if n not in security_names)

    # Everything the kept operations reference, transitively.
    wanted: dict[str, set[str]] = {}
    work = [*_refs(paths), *_refs(hoisted)]
    while work:
        kind, name = _component(work.pop())
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
        work.extend(_refs(target))
    for name in security_names:
        if name not in (components.get("securitySchemes") or {}):
            raise SpecError(f"security scheme {name!r} is used but not defined upstream")
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
    for key, value in upstream.items():
        if key in ("openapi", "info", "servers", "security"):
            out[key] = copy.deepcopy(value)
        elif key == "tags":
            tags = [t for t in value or [] if isinstance(t, dict) and t.get("name") in used_tags]
            if tags:
                out["tags"] = copy.deepcopy(tags)
        elif key == "paths":
            out["paths"] = paths
        elif key == "components":
            out["components"] = new_components
    out.setdefault("components", new_components)
    return out


# --- writing YAML in the project's style ----------------------------------------------------------

FLOW_WIDTH = 110  # a flow collection is used when its line fits in this many columns
PLAIN_WIDTH = 100  # a longer `key: string` line is written as a folded scalar (>-)...
FOLD_WIDTH = 80  # ...wrapped at this column
#: Maps whose keys are names: always written as block mappings.
NAMED_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})

_emitter = Emitter(io.StringIO())
_resolver = Resolver()


def _is_str(value: str) -> bool:
    return _resolver.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"


def _scalar(value: Any, flow: bool) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        return text if "." in text else text.replace("e", ".0e", 1)
    text = str(value)
    analysis = _emitter.analyze_scalar(text)
    plain_ok = analysis.allow_flow_plain if flow else analysis.allow_block_plain
    if text and plain_ok and not analysis.multiline and _is_str(text):
        return text
    if analysis.allow_single_quoted and not analysis.multiline:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def _literal(text: str) -> bool:
    """Whether a multi-line string can be a literal block scalar (``|`` / ``|-``)."""
    return (
        "\n" in text.rstrip("\n")
        and not text.endswith("\n\n")
        and text[:1] not in (" ", "\n")
        and "\r" not in text
        and all(line == line.rstrip() for line in text.split("\n"))
        and _emitter.analyze_scalar(text).allow_block
    )


def _foldable(text: str) -> bool:
    return (
        bool(text)
        and text == text.strip()
        and "  " not in text
        and not any(c in text for c in "\n\r\t")
        and _emitter.analyze_scalar(text).allow_block
    )


def _fold(text: str, indent: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and indent + len(line) + 1 + len(word) > FOLD_WIDTH:
            lines.append(" " * indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(" " * indent + line)
    return lines


def _has_description(node: Any) -> bool:
    if isinstance(node, dict):
        return "description" in node or any(_has_description(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_description(v) for v in node)
    return False


def _flow(node: Any) -> str:
    if isinstance(node, dict):
        return "{" + ", ".join(f"{_scalar(k, True)}: {_flow(v)}" for k, v in node.items()) + "}"
    if isinstance(node, list):
        return "[" + ", ".join(_flow(v) for v in node) + "]"
    return _scalar(node, True)


def _may_flow(node: Any, ctx: str, key: str | None) -> bool:
    """Whether ``node`` may be a flow collection: empty ones always; schemas and examples when short."""
    if not node:
        return True
    if isinstance(node, list) and all(not isinstance(v, dict | list) for v in node):
        return True
    if ctx == "example":
        return True
    return ctx == "schema" and key not in NAMED_MAPS and not _has_description(node)


def _child_ctx(ctx: str, key: str) -> str:
    if ctx == "example" or key in ("example", "default", "const", "enum"):
        return "example"
    if ctx == "struct" and key == "value":  # an Example object's value
        return "example"
    return "schema" if ctx == "schema" or key == "schema" else "struct"


def _emit_value(out: list[str], prefix: str, indent: int, value: Any, ctx: str, key: str | None) -> None:
    """Emit ``value`` after ``prefix`` (``key:`` or ``-``), whose line starts at ``indent``."""
    if isinstance(value, dict | list):
        if _may_flow(value, ctx, key):
            text = _flow(value)
            if indent + len(prefix) + 1 + len(text) <= FLOW_WIDTH or not value:
                out.append(" " * indent + f"{prefix} {text}")
                return
        if isinstance(value, dict):
            out.append(" " * indent + prefix)
            _emit_mapping(out, indent + 2, value, ctx, key)
        else:
            out.append(" " * indent + prefix)
            _emit_list(out, indent + 2, value, ctx, key)
        return
    if isinstance(value, Folded):
        out.append(" " * indent + f"{prefix} >-")
        out.extend(" " * (indent + 2) + line for line in value.lines)
        return
    if isinstance(value, str) and _literal(value):
        out.append(" " * indent + f"{prefix} {'|' if value.endswith(chr(10)) else '|-'}")
        out.extend(" " * (indent + 2) + line if line else "" for line in value.splitlines())
        return
    text = _scalar(value, False)
    if isinstance(value, str) and indent + len(prefix) + 1 + len(text) > PLAIN_WIDTH and _foldable(value):
        out.append(" " * indent + f"{prefix} >-")
        out.extend(_fold(value, indent + 2))
        return
    out.append(" " * indent + f"{prefix} {text}")


def _emit_mapping(
    out: list[str], indent: int, node: dict[str, Any], ctx: str, parent_key: str | None
) -> None:
    for key, value in node.items():
        if ctx == "schema" and parent_key in NAMED_MAPS:
            child_ctx = "schema"  # a property name, whatever it is called
        elif ctx == "struct" and parent_key == "schemas":
            child_ctx = "schema"
            if key in SCHEMA_NOTES:
                out.append(" " * indent + f"# {SCHEMA_NOTES[key]}")
        else:
            child_ctx = _child_ctx(ctx, key)
        _emit_value(out, f"{_scalar(key, False)}:", indent, value, child_ctx, key)


def _emit_list(out: list[str], indent: int, node: list[Any], ctx: str, key: str | None) -> None:
    for item in node:
        if isinstance(item, dict) and item:
            if ctx != "struct" and _may_flow(item, ctx, None):
                text = _flow(item)
                if indent + 2 + len(text) <= FLOW_WIDTH:
                    out.append(" " * indent + f"- {text}")
                    continue
            sub: list[str] = []
            _emit_mapping(sub, indent + 2, item, ctx, key)
            sub[0] = " " * indent + "- " + sub[0][indent + 2 :]
            out.extend(sub)
        else:
            _emit_value(out, "-", indent, item, ctx, None)


def dump(doc: dict[str, Any]) -> str:
    """``doc`` as YAML in the style of openapi.yaml, with the header comment; checked by reading it back."""
    out: list[str] = []
    for key, value in doc.items():
        _emit_value(out, f"{_scalar(key, False)}:", 0, value, "struct", key)
    text = HEADER + "\n".join(out) + "\n"
    if yaml.safe_load(text) != doc:
        raise SpecError("internal error: the YAML written does not read back as the spec (please report)")
    return text


# --- the surface diff -------------------------------------------------------------------------------


def _deref(doc: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
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


def operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> {"method", "path", "op", "params"} for every operation of ``doc``."""
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if method in METHODS and isinstance(op, dict):
                params = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                out[str(op.get("operationId") or f"{method} {path}")] = {
                    "method": method.upper(),
                    "path": path,
                    "op": op,
                    "params": {_param_key(doc, p): _deref(doc, p) for p in params},
                }
    return out


def _type_name(doc: dict[str, Any], schema: Any) -> str:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    schema = _deref(doc, schema)
    if not isinstance(schema, dict):
        return "any"
    for combo in ("oneOf", "anyOf"):
        if isinstance(schema.get(combo), list):
            return " | ".join(_type_name(doc, s) for s in schema[combo])
    kind = schema.get("type")
    if isinstance(kind, list):
        name = " | ".join(str(k) for k in kind)
    elif kind == "array":
        name = f"array of {_type_name(doc, schema.get('items'))}"
    elif kind:
        name = str(kind)
    elif "properties" in schema or "allOf" in schema:
        name = "object"
    else:
        name = "any"
    if ref and name == "object":
        name = ref.rsplit("/", 1)[-1]
    return name


def fields(doc: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, tuple[str, bool]]:
    """Every field below a schema: dotted path -> (type, required)."""
    out: dict[str, tuple[str, bool]] = {}
    schema = _deref(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return out
    parts = [schema, *(_deref(doc, s) for s in schema.get("allOf") or [])]
    for part in parts:
        if not isinstance(part, dict):
            continue
        required = set(part.get("required") or [])
        for name, sub in (part.get("properties") or {}).items():
            path = f"{prefix}{name}"
            out[path] = (_type_name(doc, sub), name in required)
            resolved = _deref(doc, sub)
            if isinstance(resolved, dict) and resolved.get("type") == "array":
                out.update(fields(doc, resolved.get("items"), f"{path}[].", depth + 1))
            else:
                out.update(fields(doc, sub, f"{path}.", depth + 1))
    return out


def _responses(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """status -> {"model": schema name or None, "fields": {...}} (the JSON body, if any)."""
    out = {}
    for status, response in (op.get("responses") or {}).items():
        response = _deref(doc, response)
        schema = None
        for media_type, media in (response.get("content") or {}).items():
            if "json" in media_type and isinstance(media, dict):
                schema = media.get("schema")
                break
        model = schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None
        out[str(status)] = {"model": model, "fields": fields(doc, schema) if schema else {}}
    return out


class Change:
    def __init__(self, text: str, breaking: bool = False) -> None:
        self.text = text
        self.breaking = breaking

    def __str__(self) -> str:
        return f"{self.text}  BREAKING" if self.breaking else self.text


def surface_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, list[Change]]]:
    """The changes a user of the overlay can see, grouped by operation (a "" group for the operation list)."""
    old_ops, new_ops = operations(old), operations(new)
    groups: list[tuple[str, list[Change]]] = []
    top: list[Change] = []
    for op_id in new_ops.keys() - old_ops.keys():
        o = new_ops[op_id]
        method = contract.snake_case(op_id)
        missing = [m for m in (method, f"{method}_async") if not _overlay_has(m)]
        todo = f" (add {' and '.join(f'Credits.{m}' for m in missing)} to the overlay)" if missing else ""
        top.append(Change(f"+ operation {op_id}: {o['method']} {o['path']}{todo}"))
    for op_id in old_ops.keys() - new_ops.keys():
        o = old_ops[op_id]
        method = contract.snake_case(op_id)
        top.append(
            Change(
                f"- operation {op_id}: {o['method']} {o['path']} (Credits.{method} loses its endpoint)", True
            )
        )
    if top:
        groups.append(("", sorted(top, key=lambda c: c.text)))
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        a, b = old_ops[op_id], new_ops[op_id]
        changes: list[Change] = []
        if (a["method"], a["path"]) != (b["method"], b["path"]):
            changes.append(
                Change(f"~ moved from {a['method']} {a['path']} to {b['method']} {b['path']}", True)
            )
        if bool(a["op"].get("deprecated")) != bool(b["op"].get("deprecated")):
            changes.append(
                Change("~ now deprecated" if b["op"].get("deprecated") else "~ no longer deprecated")
            )
        sec_a = a["op"].get("security", old.get("security"))
        sec_b = b["op"].get("security", new.get("security"))
        if sec_a != sec_b:
            changes.append(Change(f"~ security changed from {sec_a} to {sec_b}", bool(sec_b) and not sec_a))
        changes.extend(_param_changes(old, new, a["params"], b["params"]))
        changes.extend(_response_changes(old, new, a["op"], b["op"]))
        if changes:
            groups.append((f"{op_id} ({b['method']} {b['path']})", changes))
    return groups


def _param_changes(
    old: dict[str, Any], new: dict[str, Any], a: dict[Any, Any], b: dict[Any, Any]
) -> list[Change]:
    changes = []
    for key in sorted(b.keys() - a.keys()):
        p = b[key]
        required = bool(p.get("required"))
        changes.append(
            Change(
                f"+ {key[0]} parameter {p.get('name')} ({'required' if required else 'optional'})", required
            )
        )
    for key in sorted(a.keys() - b.keys()):
        changes.append(Change(f"- {key[0]} parameter {a[key].get('name')}", True))
    for key in sorted(a.keys() & b.keys()):
        pa, pb = a[key], b[key]
        if bool(pa.get("required")) != bool(pb.get("required")):
            now = "required" if pb.get("required") else "optional"
            changes.append(
                Change(f"~ {key[0]} parameter {pb.get('name')} is now {now}", bool(pb.get("required")))
            )
        ta, tb = _type_name(old, pa.get("schema")), _type_name(new, pb.get("schema"))
        if ta != tb:
            changes.append(Change(f"~ {key[0]} parameter {pb.get('name')} type {ta} -> {tb}", True))
    return changes


def _response_changes(
    old: dict[str, Any], new: dict[str, Any], a: dict[str, Any], b: dict[str, Any]
) -> list[Change]:
    ra, rb = _responses(old, a), _responses(new, b)
    changes = []
    ok_a = sorted(s for s in ra if s.startswith("2"))
    ok_b = sorted(s for s in rb if s.startswith("2"))
    if ok_a != ok_b:
        changes.append(Change(f"~ success statuses {', '.join(ok_a)} -> {', '.join(ok_b)}", True))
    for status in sorted(rb.keys() - ra.keys()):
        if not status.startswith("2"):
            changes.append(Change(f"+ error status {status}{_error_class_note(status)}"))
    for status in sorted(ra.keys() - rb.keys()):
        if not status.startswith("2"):
            changes.append(Change(f"- error status {status} (its error's .data is no longer parsed)", True))
    for status in sorted(ra.keys() & rb.keys()):
        what = "response" if status.startswith("2") else "error"
        ma, mb = ra[status]["model"], rb[status]["model"]
        if ma != mb:
            changes.append(Change(f"~ {what} {status} model {ma} -> {mb}", True))
        fa, fb = ra[status]["fields"], rb[status]["fields"]
        for name in sorted(fb.keys() - fa.keys()):
            kind, required = fb[name]
            changes.append(
                Change(f"+ {what} {status} field {name}: {kind}, {'required' if required else 'optional'}")
            )
        for name in sorted(fa.keys() - fb.keys()):
            changes.append(Change(f"- {what} {status} field {name}", True))
        for name in sorted(fa.keys() & fb.keys()):
            (ka, qa), (kb, qb) = fa[name], fb[name]
            if ka != kb:
                changes.append(Change(f"~ {what} {status} field {name} type {ka} -> {kb}", True))
            if qa != qb:
                now = "required" if qb else "optional (may be UNSET)"
                changes.append(Change(f"~ {what} {status} field {name} is now {now}", not qb))
    return changes


def _overlay_has(method: str) -> bool:
    try:
        from openrouter._credits import Credits
    except ImportError:
        return False
    return callable(getattr(Credits, method, None))


def _error_class_note(status: str) -> str:
    try:
        from openrouter.errors import STATUS_ERRORS
    except ImportError:
        return ""
    if status.isdigit() and int(status) in STATUS_ERRORS:
        return f" (raised as errors.{STATUS_ERRORS[int(status)].__name__})"
    return " (no error class of its own: raised as errors.OpenRouterDefaultError)"


def format_diff(groups: list[tuple[str, list[Change]]], old_name: str, new_name: str) -> str:
    if not groups:
        return f"Surface diff {old_name} -> {new_name}: no changes.\n"
    lines = [
        f"Surface diff {old_name} -> {new_name} (BREAKING: may break code using the openrouter overlay):"
    ]
    for title, changes in groups:
        if title:
            lines.append(f"  {title}:")
        lines.extend(f"    {c}" if title else f"  {c}" for c in changes)
    total = sum(len(c) for _, c in groups)
    breaking = sum(c.breaking for _, cs in groups for c in cs)
    lines.append(f"{total} change{'s' if total != 1 else ''}, {breaking} breaking.")
    return "\n".join(lines) + "\n"


# --- the command --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the full upstream OpenAPI document (YAML or JSON)")
    parser.add_argument("--dry-run", action="store_true", help="print the surface diff only, write nothing")
    parser.add_argument("--output", type=Path, default=ROOT / "openapi.yaml", help="the spec to (re)write")
    parser.add_argument(
        "--dest", type=Path, default=ROOT / "generated", help="the folder of the generated package"
    )
    args = parser.parse_args(argv)
    try:
        new = extract(load(args.spec))
        text = dump(new)
        old = load(args.output) if args.output.exists() else {"paths": {}}
    except (OSError, SpecError) as exc:
        print(f"update_spec: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(
        format_diff(surface_diff(old, new), args.output.name, f"{args.spec.name} (Credits part)")
    )
    if args.dry_run:
        return 0
    if args.output.exists() and args.output.read_text(encoding="utf-8") == text:
        print(f"{args.output} unchanged.")
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"{args.output} written.")
    args.dest.mkdir(parents=True, exist_ok=True)
    generate.main(["--spec", str(args.output), "--dest", str(args.dest)])
    problems = contract.check_contract(args.output, args.dest / generate.PACKAGE)
    if problems:
        print("The overlay no longer fits the generated client:")
        print("".join(f"  - {p}\n" for p in problems), end="")
        return 1
    print("Overlay contract: every operation has its overlay methods, every generated name used exists.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
