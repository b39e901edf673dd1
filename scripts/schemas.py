"""Compile the JSON Schema validators of an OpenAPI document into one module of the generated package.

The generator owns the models; what it does not do is check an answer against its schema. This module
turns the document's schemas into JSON Schema (draft-07) and has fastjsonschema write the validators as
Python code, at generate time: ``generated/<package>/schemas.py`` is committed and drift-checked with the
rest of ``generated/``. At run time nothing is compiled and fastjsonschema is not needed (the two
exception classes its code raises are defined in the module's preamble).

What a validator checks is what the document says (types, integer vs number, nullability in both
spellings, required, enum, const, oneOf/anyOf/allOf, ``date``/``date-time``/``uuid`` formats, bounds,
patterns), with two readings that follow how the generated client uses a schema:

- **Response enums are open**: a value the document does not list is kept (the server is newer than the
  client); the generated enum classes accept it too (``templates/str_enum.py.jinja``). Request enums are
  closed: a request body is checked before it is sent.
- **A discriminator picks its variant**: ``oneOf``/``anyOf`` with a ``discriminator`` validates the data
  against the variant its mapping names (``if``/``then`` per mapping value).

Names come from the generator's own parser (``GeneratorData``): the class name of every model, the
module name of every operation, so that a validator is found by what the generated code is called.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fastjsonschema
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.schemas import Class

from .extract import METHODS, deref

#: The formats the generated models parse into Python values: only these are checked.
FORMATS = frozenset({"date-time", "date", "uuid"})
#: JSON Schema keywords kept as they are (everything else is documentation, vendor keys or OpenAPI-only).
KEPT = frozenset(
    {
        "type", "enum", "const", "required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties",
    }
)  # fmt: skip
SUBSCHEMA = ("items", "additionalProperties", "not", "propertyNames", "contains", "additionalItems")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_MAPS = ("properties", "patternProperties")
JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json(;.*)?$|^\*/\*$")


class SchemaCompileError(Exception):
    """The document's schemas cannot be turned into validators (the message says where and why)."""


def config(spec_path: Path, config_file: Path | None) -> Config:
    """The generator's configuration, as ``openapi-python-client generate --config`` builds it."""
    file = ConfigFile.load_from_path(config_file) if config_file else ConfigFile()
    return Config.from_sources(file, MetaType.NONE, spec_path, "utf-8", False, None)


_NUMBERS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_COUNTS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")


def _well_typed(key: str, value: Any) -> bool:
    """Whether a keyword's value is what JSON Schema wants (a document that writes ``minimum: '0'`` says
    nothing checkable there; the generator ignores it too)."""
    if key in _NUMBERS:
        return isinstance(value, int | float) and (not isinstance(value, bool) or key.startswith("exclusive"))
    if key in _COUNTS:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if key in ("required", "enum"):
        return isinstance(value, list)
    if key == "pattern":
        return isinstance(value, str)
    if key == "uniqueItems":
        return isinstance(value, bool)
    return True


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Converter:
    """OpenAPI 3.0/3.1 schemas -> draft-07 definitions, one set per reading (response or request)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}
        self.definitions: dict[str, Any] = {}
        self._names: dict[tuple[str, str], str] = {}
        #: Component -> (discriminator property, the values that name it), per reading.
        self.picks: dict[tuple[str, str], tuple[str, list[Any]]] = {}

    def define(self, schema: Any, mode: str, key: tuple[str, str] | None = None) -> str:
        """Add ``schema`` as a definition; return its name (``d<N>``). ``mode``: "response" or "request"."""
        if key is not None and key in self._names:
            return self._names[key]
        name = f"d{len(self.definitions)}"
        if key is not None:
            self._names[key] = name
        self.definitions[name] = {}  # reserved before converting: a schema may refer to itself
        self.definitions[name] = self.convert(schema, mode)
        return name

    def ref(self, ref: str, mode: str) -> dict[str, Any]:
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            raise SchemaCompileError(f"unsupported $ref {ref!r}: only #/components/schemas/... is read")
        component = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
        if component not in self.components:
            raise SchemaCompileError(f"{ref} is referenced but not defined")
        name = self.define(self.components[component], mode, (mode, component))
        return {"$ref": f"#/definitions/{name}"}

    def convert(self, node: Any, mode: str) -> Any:
        """One schema, converted (see the module docstring for what is kept and how)."""
        if node is True or node is False:
            return node
        if not isinstance(node, dict):
            raise SchemaCompileError(f"a schema must be an object, got {node!r}"[:120])
        out: dict[str, Any] = {}
        parts: list[Any] = []
        if isinstance(node.get("$ref"), str):
            parts.append(self.ref(node["$ref"], mode))
        for key, value in node.items():
            if key in KEPT and _well_typed(key, value):
                out[key] = copy.deepcopy(value)
            elif key == "format" and value in FORMATS:
                out[key] = value
            elif key in SUBSCHEMA and isinstance(value, dict | bool):
                out[key] = self.convert(value, mode)
            elif key in SUBSCHEMA_LISTS and isinstance(value, list):
                out["items" if key == "prefixItems" else key] = [self.convert(v, mode) for v in value]
            elif key in SUBSCHEMA_MAPS and isinstance(value, dict):
                out[key] = {name: self.convert(v, mode) for name, v in value.items()}
        if "pattern" in out:
            try:
                re.compile(out["pattern"])
            except re.error:
                del out["pattern"]  # an ECMA-only pattern Python cannot read: not checked
        for bound in ("Minimum", "Maximum"):  # 3.0 writes exclusiveness as a flag beside the bound
            flag = out.get(f"exclusive{bound}")
            if isinstance(flag, bool):
                del out[f"exclusive{bound}"]
                if flag and bound.lower() in out:
                    out[f"exclusive{bound}"] = out.pop(bound.lower())
        if "enum" in out and mode == "response":
            values = out.pop("enum")
            if "type" not in out and isinstance(values, list) and values:
                out["type"] = sorted({_type_of(v) for v in values})
        if node.get("nullable") is True:
            out = self._nullable(out)
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and ("oneOf" in out or "anyOf" in out):
            out = self._discriminated(out, discriminator, mode)
        if parts:
            out = {"allOf": [*parts, out]} if out else parts[0]
        return out

    @staticmethod
    def _nullable(out: dict[str, Any]) -> dict[str, Any]:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        elif kind is None:
            return {"anyOf": [out, {"type": "null"}]} if out else out
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out

    def _discriminated(self, out: dict[str, Any], discriminator: dict[str, Any], mode: str) -> dict[str, Any]:
        prop = discriminator.get("propertyName")
        mapping = discriminator.get("mapping") or {}
        if not isinstance(prop, str) or not isinstance(mapping, dict):
            return out
        variants = out.pop("oneOf", None) or out.pop("anyOf")
        out["anyOf"] = variants  # the discriminator, not "exactly one", decides
        for value, target in mapping.items():
            if isinstance(target, str) and target.startswith("#/components/schemas/"):
                key = (mode, target.rsplit("/", 1)[1])
                self.picks.setdefault(key, (prop, []))[1].append(value)
        rules = [
            {
                "if": {"properties": {prop: {"const": value}}, "required": [prop]},
                "then": self.ref(target, mode),
            }
            for value, target in mapping.items()
            if isinstance(target, str)
        ]
        if rules:
            out["allOf"] = [*out.get("allOf", []), *rules]
        return out


def _json_schema(content: Any) -> Any:
    """The schema of a JSON body (``content`` of a response or request body), or None."""
    if not isinstance(content, dict):
        return None
    for media, value in content.items():
        if JSON_MEDIA.match(str(media)) and isinstance(value, dict) and "schema" in value:
            return value["schema"]
    return None


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    yield method, str(path), item[method]


def compile_module(spec: dict[str, Any], cfg: Config) -> str:
    """The source of the validators module for ``spec`` (see the module docstring)."""
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=cfg)
    if isinstance(data, GeneratorError):
        raise SchemaCompileError(f"{data.header}: {data.detail}")
    conv = Converter(spec)
    models: dict[str, str] = {}
    for model in sorted(data.models, key=lambda m: m.class_info.name):
        schema = model.data.model_dump(by_alias=True, exclude_unset=True, mode="json")
        models[model.class_info.name] = conv.define(schema, "response")
    picks: dict[str, str] = {}
    for (mode, component), (prop, values) in sorted(conv.picks.items()):
        cls = Class.from_string(string=component, config=cfg).name
        if mode == "response" and cls in models:
            # consts, not an enum: response enums are open, a discriminator's values are not
            pick = {"properties": {prop: {"anyOf": [{"const": v} for v in values]}}, "required": [prop]}
            picks[cls] = conv.define({"allOf": [{"$ref": f"#/components/schemas/{component}"}, pick]}, mode)
    names = {
        (endpoint.method.lower(), endpoint.path.get_untrusted_value()): str(endpoint.name)
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    responses: dict[str, dict[str, str]] = {}
    requests: dict[str, str] = {}
    for method, path, op in _operations(spec):
        module = names.get((method, path))
        if module is None:
            continue  # the generator left it out (it says why)
        for status, response in (op.get("responses") or {}).items():
            schema = _json_schema((deref(spec, response) or {}).get("content"))
            if schema is not None:
                responses.setdefault(module, {})[str(status)] = conv.define(schema, "response")
        body = _json_schema((deref(spec, op.get("requestBody")) or {}).get("content"))
        if body is not None:
            requests[module] = conv.define(body, "request")
    root = {
        "definitions": conv.definitions,
        "anyOf": [{"$ref": f"#/definitions/{name}"} for name in conv.definitions],
    }
    try:
        code = fastjsonschema.compile_to_code(root, use_default=False)
    except fastjsonschema.JsonSchemaDefinitionException as exc:
        raise SchemaCompileError(f"fastjsonschema cannot compile the schemas: {exc}") from exc
    if _IMPORT not in code:  # the preamble defines the two classes that line imports
        raise SchemaCompileError(f"unexpected fastjsonschema {fastjsonschema.VERSION} output: no {_IMPORT!r}")
    code = _trim_definitions(_int_only(code.replace(_IMPORT, "", 1)))
    code = re.sub(r"^VERSION = .*\n", "", code, count=1, flags=re.M)
    tables = [
        "",
        "#: Model class name -> validator of its schema.",
        f"MODELS: dict[str, _Validator] = {{{', '.join(f'{k!r}: {_fn(v)}' for k, v in models.items())}}}",
        "#: Model class name -> validator of its schema and of the discriminator values that name it.",
        f"PICKS: dict[str, _Validator] = {{{', '.join(f'{k!r}: {_fn(v)}' for k, v in picks.items())}}}",
        "#: Operation module -> response status key (200, 4XX, default) -> validator of the JSON body.",
        "RESPONSES: dict[str, dict[str, _Validator]] = {"
        + ", ".join(
            f"{m!r}: {{{', '.join(f'{s!r}: {_fn(v)}' for s, v in by.items())}}}"
            for m, by in responses.items()
        )
        + "}",
        "#: Operation module -> validator of its JSON request body (enums closed).",
        f"REQUESTS: dict[str, _Validator] = {{{', '.join(f'{k!r}: {_fn(v)}' for k, v in requests.items())}}}",
        "",
    ]
    header = _HEADER.format(version=fastjsonschema.VERSION) + PREAMBLE.read_text(encoding="utf-8")
    # Decimal and the lazily compiled patterns are the preamble's (a fresh process's first call imports
    # no decimal and compiles no pattern it does not use)
    code = code.replace("from decimal import Decimal\n", "").replace("import re\n", "", 1)
    code = code.replace("re.compile(", "_LazyPattern(")  # only its REGEX_PATTERNS table compiles any
    return header + code.replace("def validate(data,", "def _validate_any(data,", 1) + "\n".join(tables)


#: What an error needs of the schema rule that failed (``check`` in the preamble reads these).
_ERROR_KEYS = ("type", "enum", "const", "format", "required", *_NUMBERS, *_COUNTS, "pattern")


def _trim(definition: Any) -> Any:
    if not isinstance(definition, dict):
        return definition
    out = {k: v for k, v in definition.items() if k in _ERROR_KEYS}
    props = definition.get("properties")
    if isinstance(props, dict) and "required" in out:
        out["properties"] = {
            k: {"type": v["type"]} for k, v in props.items() if isinstance(v, dict) and "type" in v
        }
    return out


_INTEGRAL_FLOAT = re.compile(r" and not \(isinstance\((\w+), float\) and \1\.is_integer\(\)\)")


def _int_only(code: str) -> str:
    """``integer`` means a JSON integer written without a fraction (``1``, not ``1.0``): the models type
    it ``int``, and a float there would break that (JSON Schema alone reads ``1.0`` as an integer)."""
    return _INTEGRAL_FLOAT.sub("", code)


def _trim_definitions(code: str) -> str:
    """fastjsonschema puts the whole failing schema in every ``raise``; keep what an error message reads
    (the code of a large document shrinks by an order of magnitude)."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "JsonSchemaValueException":
            for keyword in node.keywords:
                if keyword.arg == "definition":
                    try:
                        value = ast.literal_eval(keyword.value)
                    except ValueError:
                        continue
                    keyword.value = ast.parse(repr(_trim(value)), mode="eval").body
    return ast.unparse(tree) + "\n"


def _fn(name: str) -> str:
    return f"validate___definitions_{name}"


_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"

PREAMBLE = Path(__file__).resolve().parent.parent / "templates" / "schemas_preamble.py"
_HEADER = """\
# mypy: ignore-errors
# ruff: noqa
# Written by scripts/generate.py: templates/schemas_preamble.py, then the JSON Schema validators of every
# schema in the spec, compiled by fastjsonschema {version}. Do not edit.
"""
