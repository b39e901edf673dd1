"""Derive the small upstream fixture of the update tests from a real published OpenRouter document.

    python -m scripts.derive_fixture ../shared/reference/upstream/openrouter-openapi-2026-08-22.yaml
        # -> tests/fixtures/upstream-trimmed.yaml
    python -m scripts.derive_fixture FULL.yaml --full --quirk all --out /tmp/quirky.yaml
        # the whole document, rewritten with every quirk real versions show (for a manual check)

Trimming keeps the document as upstream wrote it (same keys, same order, same texts), but only:

- the Credits operations and a few unrelated ones (``UNRELATED``: a plain GET, a POST with a request
  body, a path parameter), with every component they reference, transitively;
- all security schemes (one of them unused by Credits), an empty ``components.parameters`` as upstream
  has it, and the top-level keys (``info``, ``servers``, ``security``, vendor keys ``x-*``...);
- the tags the kept operations use.

A quirk rewrites a document the way some published versions differ from the 2026-08-22 one (see
``QUIRKS``); the update must read each the same as the original (no surface change). The fixture's
header names the source file and its SHA-256, so ``tests/pipeline/test_update_spec.py`` can re-derive it
and check that it is what this script makes.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import extract, normalise, upstream, yamlio

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "upstream-trimmed.yaml"
#: Unrelated operations kept beside Credits (small ones: they keep the fixture a few hundred lines).
UNRELATED = ("/models/count", "/auth/keys", "/videos/{jobId}")


def trim(doc: dict[str, Any], keep: tuple[str, ...] = UNRELATED) -> dict[str, Any]:
    """``doc`` with only the Credits paths, the ``keep`` paths and the components they reference."""
    paths = {
        path: item
        for path, item in doc["paths"].items()
        if path in keep
        or any(
            extract.is_kept(path, m, op)
            for m, op in item.items()
            if m in extract.METHODS and isinstance(op, dict)
        )
    }
    missing = [p for p in keep if p not in paths]
    if missing:
        raise SystemExit(f"derive_fixture: the document has no path {', '.join(missing)}")
    components = doc.get("components") or {}
    wanted: set[tuple[str, str]] = set()
    work = list(extract.refs(paths))
    while work:
        kind, name = extract.component(work.pop())
        if (kind, name) not in wanted:
            wanted.add((kind, name))
            work.extend(extract.refs(components[kind][name]))
    used_tags = {
        t
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for t in op.get("tags") or []
    }
    out: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "paths":
            out[key] = copy.deepcopy(paths)
        elif key == "components":
            out[key] = {
                kind: {
                    name: copy.deepcopy(v)
                    for name, v in section.items()
                    if kind == "securitySchemes" or (kind, name) in wanted
                }
                for kind, section in value.items()
            }
        elif key == "tags":
            out[key] = [copy.deepcopy(t) for t in value if t.get("name") in used_tags]
        else:
            out[key] = copy.deepcopy(value)
    return out


# --- quirks: how other published versions write the same API -------------------------------------


def _walk_schemas(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call ``visit`` on every mapping of ``node`` outside example data."""
    if isinstance(node, list):
        for value in node:
            _walk_schemas(value, visit)
    elif isinstance(node, dict):
        visit(node)
        for key, value in node.items():
            if key not in normalise.DATA_KEYS:
                _walk_schemas(value, visit)


def nullable30(doc: dict[str, Any]) -> dict[str, Any]:
    """Versions before mid-July 2026: ``type: T`` + ``nullable: true`` instead of ``type: [T, 'null']``."""
    doc = copy.deepcopy(doc)

    def visit(node: dict[str, Any]) -> None:
        kind = node.get("type")
        if isinstance(kind, list) and "null" in kind and len(kind) == 2:
            node["type"] = next(k for k in kind if k != "null")
            node["nullable"] = True

    _walk_schemas(doc, visit)
    return doc


def nullable_anyof(doc: dict[str, Any]) -> dict[str, Any]:
    """The third spelling: ``anyOf: [{type: T}, {type: 'null'}]`` (for the surface diff only)."""
    doc = copy.deepcopy(doc)

    def visit(node: dict[str, Any]) -> None:
        kind = node.get("type")
        if isinstance(kind, list) and "null" in kind and len(kind) == 2:
            branch = {k: v for k, v in node.items() if k not in ("type", "description", "example")}
            for k in branch:
                del node[k]
            node["anyOf"] = [{**branch, "type": next(k for k in kind if k != "null")}, {"type": "null"}]
            del node["type"]

    _walk_schemas(doc, visit)
    return doc


def site_links(doc: dict[str, Any]) -> dict[str, Any]:
    """Every absolute openrouter.ai documentation link written site-relative, plus one more in an error."""
    doc = copy.deepcopy(doc)

    def visit(node: dict[str, Any]) -> None:
        for key in ("description", "summary"):
            if isinstance(node.get(key), str):
                node[key] = re.sub(r"\]\(https://openrouter\.ai(/[^)]*)\)", r"](\1)", node[key])

    _walk_schemas(doc, visit)
    schema = doc["components"]["schemas"]["UnauthorizedResponse"]
    schema["description"] += " See [authentication](/docs/api-reference/authentication#api-keys)."
    return doc


def vendor_keys(doc: dict[str, Any]) -> dict[str, Any]:
    """Vendor keys come and go between versions: add more, everywhere a Credits operation looks."""
    doc = copy.deepcopy(doc)
    for item in (doc["paths"]["/credits"], doc["paths"]["/credits/coinbase"]):
        for op in item.values():
            op["x-speakeasy-group"] = "credits"
            op["x-fern-sdk-method-name"] = op["operationId"]
            for response in op["responses"].values():
                response["x-speakeasy-response-kind"] = "json"
    for name in ("UnauthorizedResponse", "GoneResponse"):
        schema = doc["components"]["schemas"][name]
        schema["x-speakeasy-unknown-values"] = "allow"
        schema["properties"]["user_id"]["x-fern-type-name"] = "UserId"
    doc["servers"][0]["x-fern-server-name"] = "Production"
    doc["info"]["x-logo"] = {"url": "https://openrouter.ai/logo.png"}
    return doc


def security_spelled_out(doc: dict[str, Any]) -> dict[str, Any]:
    """No top-level ``security``: each operation states its own (``security: []`` stays on coinbase)."""
    doc = copy.deepcopy(doc)
    root = doc.pop("security", [])
    for item in doc["paths"].values():
        for method, op in item.items():
            if method in extract.METHODS and "security" not in op:
                op["security"] = copy.deepcopy(root)
    return doc


def nullable_additional(doc: dict[str, Any]) -> dict[str, Any]:
    """2026-06-16 and a third of 2026's versions: ``additionalProperties: {nullable: true}`` for ``{}``."""
    doc = copy.deepcopy(doc)

    def visit(node: dict[str, Any]) -> None:
        if node.get("additionalProperties") == {}:
            node["additionalProperties"] = {"nullable": True}

    _walk_schemas(doc, visit)
    return doc


#: name -> rewrite; each turns a document into one the update must read the same way.
QUIRKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "nullable30": nullable30,
    "nullable-additional": nullable_additional,
    "links": site_links,
    "vendor": vendor_keys,
    "security": security_spelled_out,
}


# --- changes: what earlier published versions of the Credits part really changed ---------------------


def _kept_ops(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in extract.METHODS and isinstance(op, dict) and extract.is_kept(path, method, op)
    ]


def no_operation_ids(doc: dict[str, Any]) -> dict[str, Any]:
    """One early version: no ``operationId`` anywhere (the generator names operations by method and path)."""
    doc = copy.deepcopy(doc)
    for op in _kept_ops(doc):
        op.pop("operationId", None)
    return doc


def renamed(doc: dict[str, Any]) -> dict[str, Any]:
    """An ``operationId`` renamed: ``getCredits`` was ``getCreditBalance`` for a while."""
    doc = copy.deepcopy(doc)
    doc["paths"]["/credits"]["get"]["operationId"] = "getCreditBalance"
    return doc


def _errors_as(doc: dict[str, Any], group: Callable[[str], str]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for op in _kept_ops(doc):
        responses: dict[str, Any] = {}
        for status, response in op["responses"].items():
            key = status if status.startswith("2") else group(status)
            responses.setdefault(key, response)
        op["responses"] = responses
    return doc


def error_ranges(doc: dict[str, Any]) -> dict[str, Any]:
    """Errors written as ``4XX`` / ``5XX`` ranges, not per status."""
    return _errors_as(doc, lambda status: f"{status[0]}XX")


def error_default(doc: dict[str, Any]) -> dict[str, Any]:
    """Every error under ``default``."""
    return _errors_as(doc, lambda status: "default")


#: The Coinbase charge body as versions before the deprecation had it (an integer enum of chain ids).
COINBASE_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["amount", "sender", "chain_id"],
                "properties": {
                    "amount": {"type": "number", "description": "USD amount to charge"},
                    "sender": {"type": "string", "description": "Ethereum address of the sender"},
                    "chain_id": {"type": "integer", "enum": [1, 137, 8453]},
                },
            }
        }
    },
}


def coinbase_body(doc: dict[str, Any]) -> dict[str, Any]:
    """Before its deprecation, the Coinbase charge took a body with an integer enum (``chain_id``)."""
    doc = copy.deepcopy(doc)
    doc["paths"]["/credits/coinbase"]["post"]["requestBody"] = copy.deepcopy(COINBASE_BODY)
    return doc


def error_code_enum(doc: dict[str, Any]) -> dict[str, Any]:
    """Error bodies whose ``error.code`` was an integer enum of the documented statuses."""
    doc = copy.deepcopy(doc)
    codes = [400, 401, 402, 403, 404, 408, 410, 429, 500, 502, 503]
    for name, schema in doc["components"]["schemas"].items():
        if name.endswith("ErrorData") and "code" in (schema.get("properties") or {}):
            schema["properties"]["code"] = {**schema["properties"]["code"], "enum": codes}
    return doc


def lost_schema(doc: dict[str, Any]) -> dict[str, Any]:
    """A version whose getCredits 200 lost its schema (a description and no content)."""
    doc = copy.deepcopy(doc)
    ok = doc["paths"]["/credits"]["get"]["responses"]["200"]
    doc["paths"]["/credits"]["get"]["responses"]["200"] = {"description": ok.get("description", "OK")}
    return doc


def bearer_undefined(doc: dict[str, Any]) -> dict[str, Any]:
    """The oldest published Credits part (2025-09): the coinbase operation requires ``bearer``, a scheme
    the document does not define (only ``apiKey``); the generator generates it all the same."""
    doc = copy.deepcopy(doc)
    doc["components"]["securitySchemes"].pop("bearer", None)
    doc["paths"]["/credits/coinbase"]["post"]["security"] = [{"bearer": []}]
    return doc


#: name -> rewrite; each is a real change of an earlier published version, which the update must report.
CHANGES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "no-operation-ids": no_operation_ids,
    "renamed": renamed,
    "error-ranges": error_ranges,
    "error-default": error_default,
    "coinbase-body": coinbase_body,
    "error-code-enum": error_code_enum,
    "lost-schema": lost_schema,
    "bearer-undefined": bearer_undefined,
}


def with_quirks(doc: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """``doc`` rewritten by each named quirk in turn (``all``: every one)."""
    for name in list(QUIRKS) if "all" in names else names:
        doc = {**QUIRKS, **CHANGES}[name](doc)
    return doc


def render(doc: dict[str, Any], source: Path, data: bytes, quirks: list[str], full: bool) -> str:
    """The derived document as YAML, with a header saying how it was made."""
    how = " --full" if full else ""
    how += f" --quirk {' '.join(quirks)}" if quirks else ""
    header = (
        f"# Derived by scripts/derive_fixture.py{how} from {source.name}\n"
        f"# (sha256 {hashlib.sha256(data).hexdigest()}): do not edit, re-derive.\n"
    )
    return yamlio.dump(doc, header)


def derive(source: Path, quirks: list[str] | None = None, full: bool = False) -> str:
    """The fixture text derived from the document at ``source``."""
    data = source.read_bytes()
    doc = upstream.parse(data, str(source))
    if not full:
        doc = trim(doc)
    doc = with_quirks(doc, quirks or [])
    return render(doc, source, data, quirks or [], full)


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", type=Path, help="a full upstream OpenRouter OpenAPI document")
    parser.add_argument("--out", type=Path, default=FIXTURE, help=f"default {FIXTURE.relative_to(ROOT)}")
    parser.add_argument("--full", action="store_true", help="keep every path (no trimming)")
    parser.add_argument(
        "--quirk",
        nargs="+",
        default=[],
        choices=[*QUIRKS, *CHANGES, "all"],
        help="rewrite with these (all: every quirk; changes are named one by one)",
    )
    args = parser.parse_args(argv)
    try:
        text = derive(args.source, args.quirk, args.full)
    except (OSError, upstream.SpecError) as exc:
        print(f"derive_fixture: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
