"""Update openapi.yaml from the published OpenRouter OpenAPI document, regenerate, print the surface diff.

    python scripts/update_spec.py                       # fetch https://openrouter.ai/openapi.yaml
    python scripts/update_spec.py SOURCE                # a path or an http(s) URL (YAML or JSON)
    python scripts/update_spec.py SOURCE --dry-run      # report what would change, write nothing
    python scripts/update_spec.py SOURCE --report diff.md   # also write the report as Markdown
    python scripts/update_spec.py SOURCE --output /tmp/x/openapi.yaml --dest /tmp/x/generated

SOURCE is the complete upstream document. Kept from it: the operations tagged ``Credits`` or under a
``/credits`` path, and everything they reference transitively (schemas, parameters, responses, security
schemes, tags). The kept part is normalised so that only what the generated client depends on moves it:

- vendor keys (``x-speakeasy-*``, ``x-fern-*``, ...) are dropped; 3.0-style ``nullable: true`` is written
  the 3.1 way (``type: [T, 'null']``), which the generator reads the same;
- site-relative Markdown links ``[text](/docs/...)`` become ``https://openrouter.ai/docs/...``;
- ``info.x-upstream`` records where the Credits part came from: source, retrieval time, SHA-256 of the
  upstream bytes. When the new Credits part equals the committed one, the recorded provenance is kept
  (the committed part still came from there), so re-running the update on an unchanged API rewrites nothing.

The project's two additions are re-applied every time:

- an inline object schema in a 2XX JSON response is hoisted into ``components/schemas`` as
  ``<OperationId>Response`` (its inline object properties as ``<OperationId>Response<Property>``), so the
  generated model keeps its documented name (``operations.GetCreditsResponse``);
- the attribution headers ``HTTP-Referer``, ``X-OpenRouter-Title`` and ``X-OpenRouter-Categories`` are
  declared in ``components/parameters`` and referenced from every kept operation.

The surface diff compares the old openapi.yaml with the new one on what the generated client exposes:
operations, parameters, request and response fields, their types (every spelling of "nullable" reads the
same), required-ness, error statuses, security. Each change that may break code using the ``openrouter``
overlay is marked BREAKING. Documentation-only updates print one line. Exit status (also printed in words):
0 done and the overlay fits, 3 the overlay needs work (the contract problems are printed), 4 the upstream
document cannot be used (nothing written), 2 bad command line.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import io
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from ruamel.yaml import YAML
from ruamel.yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contract
import generate

ROOT = Path(__file__).resolve().parent.parent
#: Where OpenRouter publishes its OpenAPI document (also as .json).
DEFAULT_SOURCE = "https://openrouter.ai/openapi.yaml"
#: Site-relative links in upstream descriptions are made absolute against this origin.
SITE = "https://openrouter.ai"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: What is kept of the upstream document: every operation with one of these tags or under one of these
#: path prefixes, and these single operations (``METHOD /path``: a rename of the operationId is reported
#: as a rename, not as a removal plus an addition).
KEEP_TAGS = ("Credits",)
KEEP_PATH_PREFIXES = ("/credits",)
KEEP_OPERATIONS = ("GET /key",)

EXIT_OK = 0
EXIT_OVERLAY = 3  # done, but the overlay no longer fits the regenerated client
EXIT_UNUSABLE = 4  # the upstream document cannot be used; nothing written
VERDICTS = {
    EXIT_OK: "done, the overlay fits the regenerated client",
    EXIT_OVERLAY: "OVERLAY NEEDS WORK",
    EXIT_UNUSABLE: "DOCUMENT UNUSABLE, nothing written",
}

HEADER = """\
# The Credits part of the OpenRouter API: the contract `generated/` is produced from.
#
# Written by scripts/update_spec.py from the published OpenRouter OpenAPI document; info.x-upstream says
# which one (source, retrieval time, SHA-256 of its bytes). Changes from upstream:
#   - vendor keys (x-speakeasy-*, x-fern-*) dropped, 3.0-style `nullable: true` written the 3.1 way,
#     site-relative documentation links made absolute;
#   - the 200 body of getCredits is a named schema (GetCreditsResponse / GetCreditsResponseData) so the
#     generated model carries the documented name `operations.GetCreditsResponse`;
#   - the three attribution headers the official SDKs send on every call are declared as optional header
#     parameters, so the generated client carries them as keyword arguments.
# Update it with `make update-spec` (see README, "Regenerating"), never by hand.
"""

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


class SpecError(Exception):
    """The upstream document cannot be fetched, read or turned into the Credits spec."""


# --- fetching and loading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Upstream:
    """The upstream document's bytes and where they came from."""

    source: str  # the URL, or the file name for a local file
    retrieved: str  # ISO 8601 UTC
    data: bytes

    @property
    def sha256(self) -> str:
        """SHA-256 of the upstream bytes, hex."""
        return hashlib.sha256(self.data).hexdigest()

    def provenance(self) -> dict[str, str]:
        """What ``info.x-upstream`` records."""
        return {"source": self.source, "retrieved": self.retrieved, "sha256": self.sha256}


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def fetch(source: str, timeout: float = 30.0, retrieved: str | None = None) -> Upstream:
    """Read ``source`` (an http(s) URL or a path); ``retrieved`` overrides the recorded retrieval time."""
    if re.match(r"https?://", source, re.IGNORECASE):
        hint = "are you offline? pass SPEC=path/to/openapi.yaml to use a saved copy"
        try:
            response = httpx.get(source, timeout=timeout, follow_redirects=True)
        except httpx.TimeoutException as exc:
            raise SpecError(f"fetching {source} timed out after {timeout:g} s ({hint})") from exc
        except httpx.HTTPError as exc:
            raise SpecError(f"cannot fetch {source}: {exc or type(exc).__name__} ({hint})") from exc
        if response.status_code != 200:
            raise SpecError(f"fetching {source} answered HTTP {response.status_code}, not 200")
        return Upstream(source, retrieved or _utc(dt.datetime.now(dt.UTC)), response.content)
    path = Path(source)
    try:
        data = path.read_bytes()
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError as exc:
        raise SpecError(f"cannot read {source}: {exc.strerror or exc}") from exc
    return Upstream(path.name, retrieved or _utc(mtime), data)


def _str_keys(node: Any) -> Any:
    """Mapping keys as strings (YAML reads an unquoted ``200:`` as an int)."""
    if isinstance(node, dict):
        return {str(k): _str_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_str_keys(v) for v in node]
    return node


def parse(data: bytes, name: str) -> dict[str, Any]:
    """An OpenAPI document from its bytes (JSON or YAML); ``name`` is used in error messages."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{name} is not UTF-8 text: {exc}") from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        doc = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{name} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SpecError(f"{name} is not an OpenAPI document (no `paths`)")
    result: dict[str, Any] = _str_keys(doc)
    return result


def load(path: Path) -> dict[str, Any]:
    """The OpenAPI document in the file ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse(data, str(path))


# --- extraction -------------------------------------------------------------------------------------


def _is_kept(path: str, method: str, op: dict[str, Any]) -> bool:
    """Whether the extraction keeps the operation ``method path`` (see ``KEEP_*``)."""
    return (
        any(tag in KEEP_TAGS for tag in op.get("tags") or [])
        or any(path == prefix or path.startswith(prefix + "/") for prefix in KEEP_PATH_PREFIXES)
        or f"{method.upper()} {path}" in KEEP_OPERATIONS
    )


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
    param = _deref(doc, param)
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
            m: op for m, op in item.items() if m in METHODS and isinstance(op, dict) and _is_kept(path, m, op)
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
        raise SpecError(
            f"no operation tagged {' or '.join(KEEP_TAGS)}, under {' or '.join(KEEP_PATH_PREFIXES)} or "
            f"among {', '.join(KEEP_OPERATIONS)} in the upstream document"
        )
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


# --- normalisation ----------------------------------------------------------------------------------

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


# --- writing YAML -----------------------------------------------------------------------------------

_resolver = Resolver()
#: Strings longer than this are written folded.
FOLD_OVER = 80


def _represent_str(representer: SafeRepresenter, value: str) -> Any:
    """Multi-line texts as literal blocks, long ones folded (``>-``, wrapped without trailing spaces),
    quoted when YAML 1.1 (PyYAML) would not read a string back; the emitter falls back to quotes when
    a block style cannot hold the text."""
    tag = "tag:yaml.org,2002:str"
    if "\n" in value:
        return representer.represent_scalar(tag, value, style="|")
    if len(value) > FOLD_OVER and " " in value:
        return representer.represent_scalar(tag, value, style=">")
    if _resolver.resolve(yaml.ScalarNode, value, (True, False)) != tag:
        return representer.represent_scalar(tag, value, style="'")
    return representer.represent_str(value)


def _yaml() -> YAML:
    out = YAML(typ="safe", pure=True)
    out.default_flow_style = False
    out.width = 100
    out.indent(mapping=2, sequence=4, offset=2)
    out.allow_unicode = True
    out.sort_base_mapping_type_on_output = False  # keep the upstream order
    out.representer.add_representer(str, _represent_str)
    return out


def dump(doc: dict[str, Any], header: str = HEADER) -> str:
    """``doc`` as YAML after the ``header`` comment; checked by reading it back."""
    stream = io.StringIO()
    _yaml().dump(doc, stream)
    text = header + stream.getvalue()
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


#: String formats the generator turns into another Python type (datetime, date, File, UUID).
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})


def _null_branch(doc: dict[str, Any], schema: Any) -> bool:
    schema = _deref(doc, schema)
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("type") == ["null"])


def type_name(doc: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A schema's type as the generated client sees it, e.g. ``string | null`` (nullability normalised).

    ``nullable: true``, ``type: [T, 'null']`` and ``anyOf``/``oneOf`` with ``{type: 'null'}`` all read
    ``T | null``; descriptions, examples and the order of union members do not count.
    """
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    schema = _deref(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return "any"
    parts: list[str] = []
    nullable = schema.get("nullable") is True
    combo = schema.get("oneOf") if isinstance(schema.get("oneOf"), list) else schema.get("anyOf")
    all_of = schema.get("allOf")
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    if isinstance(combo, list) and not kinds:
        for branch in combo:
            parts.extend(type_name(doc, branch, depth + 1).split(" | "))
    elif isinstance(all_of, list) and len(all_of) == 1 and not kinds and "properties" not in schema:
        parts.extend(type_name(doc, all_of[0], depth + 1).split(" | "))
    elif not kinds:
        parts.append(ref.rsplit("/", 1)[-1] if ref else "object" if "properties" in schema else "any")
    for k in kinds:
        parts.append("null" if k == "null" else _one_type(doc, schema, str(k), ref, depth))
    if None in (schema.get("enum") or []):
        nullable = True
    if "null" in parts or nullable:
        nullable = True
    members = sorted({p for p in parts if p != "null"})
    name = " | ".join([*members, *(["null"] if nullable else [])]) or "null"
    if "default" in schema:  # the generated signature and from_dict carry it
        name += f" (default {json.dumps(schema['default'], sort_keys=True)})"
    return name


def _one_type(doc: dict[str, Any], schema: dict[str, Any], kind: str, ref: str | None, depth: int) -> str:
    if kind == "array":
        return f"array of {type_name(doc, schema.get('items'), depth + 1)}"
    if kind == "object":
        if ref:
            return ref.rsplit("/", 1)[-1]
        extra = schema.get("additionalProperties")
        if extra is False:
            return "object (no other keys)"
        if isinstance(extra, dict) and extra:
            return f"object of {type_name(doc, extra, depth + 1)}"
        return "object"
    name = kind
    if kind == "string" and schema.get("format") in TYPED_FORMATS:
        name = f"string ({schema['format']})"
    values = [v for v in schema.get("enum") or [] if v is not None]
    if values:
        name += " enum [" + ", ".join(sorted(str(v) for v in values)) + "]"
    return name


def _object_parts(doc: dict[str, Any], schema: Any, depth: int) -> list[dict[str, Any]]:
    """The object schemas whose properties a value of ``schema`` has (non-null union branches, allOf)."""
    schema = _deref(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return []
    parts = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            if not _null_branch(doc, branch):
                parts.extend(_object_parts(doc, branch, depth + 1))
    return parts


def fields(doc: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, tuple[str, bool]]:
    """Every field below a schema: dotted path -> (type, required)."""
    out: dict[str, tuple[str, bool]] = {}
    for part in _object_parts(doc, schema, depth):
        required = set(part.get("required") or [])
        for name, sub in (part.get("properties") or {}).items():
            path = f"{prefix}{name}"
            out[path] = (type_name(doc, sub), name in required)
            items = [
                p.get("items")
                for p in _object_parts(doc, sub, depth + 1)
                if p.get("type") == "array" or "array" in (p.get("type") or [])
            ]
            if items:
                out.update(fields(doc, items[0], f"{path}[].", depth + 1))
            else:
                out.update(fields(doc, sub, f"{path}.", depth + 1))
    return out


def _json_schema(content: Any) -> Any:
    for media_type, media in (content or {}).items():
        if "json" in media_type and isinstance(media, dict):
            return media.get("schema")
    return None


def _responses(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """status -> {"model": schema name or None, "fields": {...}} (the JSON body, if any)."""
    out = {}
    for status, response in (op.get("responses") or {}).items():
        response = _deref(doc, response)
        schema = _json_schema(response.get("content"))
        model = schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None
        out[str(status)] = {"model": model, "fields": fields(doc, schema) if schema else {}}
    return out


class Change:
    """One line of the surface diff."""

    def __init__(self, text: str, breaking: bool = False) -> None:
        self.text = text
        self.breaking = breaking

    def __str__(self) -> str:
        return f"{self.text}  BREAKING" if self.breaking else self.text


def _security(doc: dict[str, Any], op: dict[str, Any]) -> list[list[str]]:
    """The effective security requirements of an operation, as sorted scheme-name lists."""
    requirements = op.get("security", doc.get("security")) or []
    return sorted(sorted(r) for r in requirements if isinstance(r, dict))


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
        sec_a, sec_b = _security(old, a["op"]), _security(new, b["op"])
        if sec_a != sec_b:
            changes.append(Change(f"~ security changed from {sec_a} to {sec_b}", bool(sec_b) and not sec_a))
        changes.extend(_param_changes(old, new, a["params"], b["params"]))
        changes.extend(_body_changes(old, new, a["op"], b["op"]))
        changes.extend(_response_changes(old, new, a["op"], b["op"]))
        if changes:
            groups.append((f"{op_id} ({b['method']} {b['path']})", changes))
    return groups


def _retyped(a: str, b: str) -> bool:
    """Whether two type names differ in more than their default (a new default breaks no caller)."""
    return re.sub(r" \(default .*\)$", "", a) != re.sub(r" \(default .*\)$", "", b)


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
        ta, tb = type_name(old, pa.get("schema")), type_name(new, pb.get("schema"))
        if ta != tb:
            changes.append(
                Change(f"~ {key[0]} parameter {pb.get('name')} type {ta} -> {tb}", _retyped(ta, tb))
            )
    return changes


def _body(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    body = _deref(doc, op.get("requestBody"))
    if not isinstance(body, dict) or not body:
        return None
    schema = _json_schema(body.get("content"))
    return {
        "required": bool(body.get("required")),
        "media": sorted(body.get("content") or {}),
        "type": type_name(doc, schema) if schema else "any",
        "fields": fields(doc, schema) if schema else {},
    }


def _body_changes(
    old: dict[str, Any], new: dict[str, Any], a: dict[str, Any], b: dict[str, Any]
) -> list[Change]:
    ba, bb = _body(old, a), _body(new, b)
    if ba is None and bb is None:
        return []
    if ba is None:
        assert bb is not None
        return [Change(f"+ request body ({'required' if bb['required'] else 'optional'})", bb["required"])]
    if bb is None:
        return [Change("- request body", True)]
    changes = []
    if ba["media"] != bb["media"]:
        changes.append(Change(f"~ request body media types {ba['media']} -> {bb['media']}", True))
    if ba["required"] != bb["required"]:
        changes.append(Change(f"~ request body is now {'required' if bb['required'] else 'optional'}"))
    if ba["type"] != bb["type"]:
        changes.append(
            Change(f"~ request body type {ba['type']} -> {bb['type']}", _retyped(ba["type"], bb["type"]))
        )
    fa, fb = ba["fields"], bb["fields"]
    for name in sorted(fb.keys() - fa.keys()):
        kind, required = fb[name]
        changes.append(
            Change(f"+ request field {name}: {kind}, {'required' if required else 'optional'}", required)
        )
    for name in sorted(fa.keys() - fb.keys()):
        changes.append(Change(f"- request field {name}", True))
    for name in sorted(fa.keys() & fb.keys()):
        (ka, qa), (kb, qb) = fa[name], fb[name]
        if ka != kb:
            changes.append(Change(f"~ request field {name} type {ka} -> {kb}", _retyped(ka, kb)))
        if qa != qb:
            changes.append(Change(f"~ request field {name} is now {'required' if qb else 'optional'}", qb))
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
                changes.append(Change(f"~ {what} {status} field {name} type {ka} -> {kb}", _retyped(ka, kb)))
            if qa != qb:
                now = "required" if qb else "optional (None when absent)"
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
    """The surface diff as text: one line per change, grouped by operation, with a count."""
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


def format_provenance(label: str, record: dict[str, str] | None) -> str:
    """``label: source, retrieved ..., sha256 ...`` (or "not recorded")."""
    if not record:
        return f"{label}: not recorded\n"
    return (
        f"{label}: {record.get('source')}, retrieved {record.get('retrieved')}, "
        f"sha256 {record.get('sha256')}\n"
    )


# --- the command --------------------------------------------------------------------------------------


def _rewritten(text: str, output: Path, fresh: Path, dest: Path) -> list[str]:
    """The files an update would rewrite (added, changed or removed), as paths relative to ROOT or dest."""
    names = []
    if not output.exists() or output.read_text(encoding="utf-8") != text:
        names.append(_shown(output))
    have = generate.tree(dest) if dest.is_dir() else {}
    names.extend(_shown(dest / name) for name in generate.changed(generate.tree(fresh), have))
    return names


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def run(args: argparse.Namespace, report: list[str]) -> int:
    """The update itself; appends the report's lines to ``report``, returns the exit status."""
    upstream = fetch(args.source, args.timeout, args.retrieved)
    content = credits_spec(parse(upstream.data, upstream.source))
    old = load(args.output) if args.output.exists() else {"paths": {}}
    old_record = provenance_of(old)
    # The same Credits part as committed: it still came from where the committed one says.
    same = old_record is not None and without_provenance(old) == without_provenance(content)
    new = with_provenance(content, old_record if old_record is not None and same else upstream.provenance())
    text = dump(new)
    report.append(format_provenance("Upstream", upstream.provenance()))
    report.append(format_provenance("Previous", old_record))
    groups = surface_diff(old, new)
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "openapi.yaml"
        spec.write_text(text, encoding="utf-8")
        try:
            fresh = generate.generate_into(Path(tmp) / "generated", spec)
        except generate.GenerationError as exc:
            raise SpecError(f"the generator cannot use the Credits part: {exc}") from None
        package = args.dest / generate.PACKAGE
        files = _rewritten(text, args.output, fresh, package)
        problems = contract.check_contract(spec, fresh)
        if groups:
            report.append(format_diff(groups, args.output.name, f"{upstream.source} (Credits part)"))
        verb = "would be rewritten" if args.dry_run else "rewritten"
        if not files:
            report.append(f"surface {'changed' if groups else 'unchanged'}; nothing to rewrite.\n")
        elif not groups:
            many = "s" if len(files) != 1 else ""
            report.append(f"surface unchanged; {len(files)} file{many} {verb} (documentation)\n")
        else:
            report.append(f"{len(files)} file{'s' if len(files) != 1 else ''} {verb}.\n")
        if args.dry_run:
            report.extend(f"  {name}\n" for name in files)
        elif files:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
            generate.install(fresh, package)
    if problems:
        report.append("The overlay no longer fits the generated client:\n")
        report.extend(f"  - {p}\n" for p in problems)
        return EXIT_OVERLAY
    report.append(
        "Overlay contract: every operation has its overlay methods, every generated name used exists.\n"
    )
    return EXIT_OK


def markdown(lines: list[str], status: int) -> str:
    """The report as a pull-request body."""
    return (
        "Automated update of `openapi.yaml` and `generated/` from the published OpenRouter OpenAPI "
        f"document (`make update-spec`).\n\n**Result: {VERDICTS[status]}** (exit status {status}).\n\n"
        "```text\n" + "".join(lines) + "```\n"
    )


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit status (0 ok, 3 overlay needs work, 4 document unusable)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "source",
        nargs="?",
        default=DEFAULT_SOURCE,
        help=f"path or URL of the document (default {DEFAULT_SOURCE})",
    )
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.add_argument("--output", type=Path, default=ROOT / "openapi.yaml", help="the spec to (re)write")
    parser.add_argument(
        "--dest", type=Path, default=ROOT / "generated", help="the folder of the generated package"
    )
    parser.add_argument("--report", type=Path, help="also write the report to this file, as Markdown")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a URL (default 30)")
    parser.add_argument(
        "--retrieved", help="the retrieval time to record (default: now, or the file's mtime)"
    )
    args = parser.parse_args(argv)
    report: list[str] = []
    try:
        status = run(args, report)
    except SpecError as exc:
        status = EXIT_UNUSABLE
        report.append(f"update-spec: {exc}\n")
        print(f"update-spec: {exc}", file=sys.stderr)
    else:
        sys.stdout.write("".join(report))
    verdict = f"update-spec: {VERDICTS[status]} (exit status {status}).\n"
    report.append(verdict)
    (sys.stderr if status == EXIT_UNUSABLE else sys.stdout).write(verdict)
    if args.report:
        args.report.write_text(markdown(report, status), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
