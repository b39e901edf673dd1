"""The generated models: the generator's own, plus what the templates add (validation with the compiled
JSON Schema validators, the pydantic-like API, TypedDicts, open enums, unions that pick the named variant,
deprecated fields) and the official names.

Model behaviour is tested on the generated classes themselves; what reaches a user through a call is tested
against the stand-in server on 127.0.0.1. Schema kinds the Credits part does not use yet (enums, a
discriminated union, uuid) are tested on a package generated from a small spec in a temporary folder.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import typing
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from scripts import generate

from conftest import ROOT, Reply, StandIn
from openrouter import OpenRouter, components, errors, models, operations
from openrouter_credits_api.models import (
    ForbiddenResponse,
    ForbiddenResponseErrorData,
    GetCreditsResponse,
    GetCreditsResponseData,
    GetCurrentKeyResponseData,
    UnauthorizedResponse,
)
from openrouter_credits_api.types import UNSET, SchemaError, Unset

GOOD: dict[str, Any] = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def credits_body(**data: Any) -> dict[str, Any]:
    return {"data": {**GOOD["data"], **data}}


# --- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "got"),
    [
        ("100", "str '100'"),
        (True, "True"),
        (None, "None"),
        ([1.0], "list [1.0]"),
        ({"v": 1}, "dict {'v': 1}"),
    ],
)
def test_a_number_field_takes_only_numbers(value: Any, got: str) -> None:
    with pytest.raises(SchemaError) as info:
        GetCreditsResponse.model_validate(credits_body(total_usage=value))
    assert info.value.path == ("data", "total_usage")
    assert info.value.expected == "number"
    assert str(info.value) == f"data.total_usage: expected number, got {got}"


def test_integers_are_numbers() -> None:
    parsed = GetCreditsResponse.model_validate(credits_body(total_credits=100))
    assert parsed.data.total_credits == 100


@pytest.mark.parametrize(
    ("body", "where", "expected"),
    [
        ({"error": {"code": 401.5, "message": "m"}}, "error.code", "integer"),
        ({"error": {"code": 401.0, "message": "m"}}, "error.code", "integer"),  # typed int: not 1.0
        ({"error": {"code": False, "message": "m"}}, "error.code", "integer"),
        ({"error": {"code": "401", "message": "m"}}, "error.code", "integer"),
        ({"error": {"code": 401, "message": 7}}, "error.message", "string"),
        ({"error": {"code": 401, "message": "m", "metadata": 5}}, "error.metadata", "object or null"),
        ({"error": {"code": 401, "message": "m", "metadata": []}}, "error.metadata", "object or null"),
        ({"error": {"code": 401, "message": "m"}, "user_id": 5}, "user_id", "string or null"),
        (
            {"error": {"code": 401, "message": "m"}, "openrouter_metadata": "x"},
            "openrouter_metadata",
            "object or null",
        ),
        ({"error": "denied"}, "error", "object"),
        ({"error": None}, "error", "object"),
        ({"error": {"message": "m"}}, "error.code", "integer"),
        ({}, "error", "object"),
    ],
)
def test_each_wrong_type_names_the_field_path_and_the_expected_type(
    body: dict[str, Any], where: str, expected: str
) -> None:
    with pytest.raises(SchemaError, match=rf"^{where}: expected {expected}, got "):
        UnauthorizedResponse.model_validate(body)


def test_a_missing_field_says_so() -> None:
    with pytest.raises(SchemaError) as info:
        GetCreditsResponse.model_validate({"data": {"total_credits": 1.0}})
    assert str(info.value) == "data.total_usage: expected number, got nothing (the field is missing)"


@pytest.mark.parametrize("document", [[], "data", 1, None])
def test_a_document_that_is_not_an_object_is_refused(document: Any) -> None:
    with pytest.raises(SchemaError, match=r"^\(top level\): expected object"):
        GetCreditsResponse.model_validate(document)


def test_the_message_shows_at_most_about_60_characters_of_the_value() -> None:
    huge = "x" * 100_000
    for value in (huge, [huge] * 1000, {"k": huge}):
        with pytest.raises(SchemaError) as info:
            GetCreditsResponse.model_validate(credits_body(total_credits=value))
        assert len(info.value.got) <= 70
        assert "x" * 61 not in str(info.value)


def test_schema_errors_are_value_errors_and_pickle() -> None:
    with pytest.raises(ValueError, match=r"data\.total_credits") as info:
        GetCreditsResponse.model_validate(credits_body(total_credits="x"))
    copy = pickle.loads(pickle.dumps(info.value))
    assert (type(copy), str(copy), copy.path) == (SchemaError, str(info.value), info.value.path)
    assert models.SchemaError is operations.SchemaError is components.SchemaError is SchemaError


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (json.dumps(credits_body(total_credits="lots")).encode(), "data.total_credits: expected number"),
        # Strict JSON, before the schema: NaN is no JSON at all, 1e400 no finite number.
        (b'{"data": {"total_credits": NaN, "total_usage": 1}}', "NaN is not a JSON number"),
        (b'{"data": {"total_credits": 1e400, "total_usage": 1}}', "1e400 overflows to infinity"),
        (b'{"data": {"total_credits": 1}}', "data.total_usage: expected number, got nothing"),
    ],
)
def test_a_call_whose_answer_breaks_the_schema_raises_response_validation_error(
    server: StandIn, body: bytes, detail: str
) -> None:
    server.plan(Reply(200, body, headers={"Content-Type": "application/json"}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(errors.ResponseValidationError) as info:
            client.credits.get_credits(retries=None)
    assert detail in str(info.value)
    assert isinstance(info.value, errors.OpenRouterError)
    if b"lots" in body:
        assert isinstance(info.value.__cause__, SchemaError)


def test_an_error_body_that_breaks_its_schema_still_raises_the_class_of_its_status(server: StandIn) -> None:
    server.plan(Reply(403, {"error": {"code": "forbidden", "message": "no"}}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(errors.ForbiddenResponseError) as info:
            client.credits.get_credits()
    assert info.value.data is None  # not the documented envelope: no model, the body is kept
    assert '"forbidden"' in (info.value.body or "")


# --- absent fields ----------------------------------------------------------------------------------


def test_absent_optional_fields_are_unset_and_stay_absent_in_to_dict(server: StandIn) -> None:
    server.plan(Reply(403, {"error": {"code": 403, "message": "Only management keys"}}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(errors.ForbiddenResponseError) as info:
            client.credits.get_credits()
    data = info.value.data
    assert data is not None
    assert data.user_id is UNSET
    assert not data.user_id  # falsy, as the generator defines it
    assert isinstance(data.openrouter_metadata, Unset)
    assert data.to_dict() == {"error": {"code": 403, "message": "Only management keys"}}


def test_explicit_null_is_kept_and_absent_is_omitted() -> None:
    with_null = {"error": {"code": 1, "message": "m", "metadata": None}, "user_id": None}
    assert ForbiddenResponse.from_dict(with_null).to_dict() == with_null
    assert ForbiddenResponse.from_dict(with_null).user_id is None
    without = {"error": {"code": 1, "message": "m"}}
    assert ForbiddenResponse.from_dict(without).to_dict() == without


# --- round trips ------------------------------------------------------------------------------------

ROUND_TRIPS: list[tuple[type[Any], dict[str, Any]]] = [
    (GetCreditsResponse, GOOD),
    (GetCreditsResponse, {**GOOD, "new_top": [1, {"a": None}], "data": {**GOOD["data"], "new": "x"}}),
    (ForbiddenResponse, {"error": {"code": 403, "message": "m"}}),
    (
        ForbiddenResponse,
        {
            "error": {"code": 403, "message": "m", "metadata": {"raw": "x", "n": [1, 2]}},
            "openrouter_metadata": {"region": "eu"},
            "user_id": "u",
        },
    ),
    (ForbiddenResponse, {"error": {"code": 403, "message": "m", "metadata": None}, "user_id": None}),
]


@pytest.mark.parametrize(("cls", "document"), ROUND_TRIPS)
def test_round_trips_are_stable(cls: type[Any], document: dict[str, Any]) -> None:
    model = cls.model_validate(document)
    assert model.to_dict() == document
    assert cls.from_dict(model.to_dict()) == model
    assert cls.model_validate(model.model_dump()) == model
    assert cls.model_validate_json(model.model_dump_json()) == model
    assert pickle.loads(pickle.dumps(model)) == model
    assert pickle.loads(pickle.dumps(model)).to_dict() == document


def test_unknown_fields_are_kept() -> None:
    model = GetCreditsResponse.model_validate({**GOOD, "extra": {"x": 1}})
    assert model.additional_properties == {"extra": {"x": 1}}
    assert model["extra"] == {"x": 1}
    assert "extra" in model


# --- the pydantic-like API --------------------------------------------------------------------------


def test_model_dump_is_a_plain_nested_dict_and_a_copy() -> None:
    model = ForbiddenResponse.from_dict({"error": {"code": 1, "message": "m", "metadata": {"k": [1]}}})
    dumped = model.model_dump()
    assert dumped == {"error": {"code": 1, "message": "m", "metadata": {"k": [1]}}}
    assert type(dumped["error"]) is dict
    assert type(dumped["error"]["metadata"]) is dict
    dumped["error"]["metadata"]["k"].append(2)
    assert model.to_dict()["error"]["metadata"]["k"] == [1]
    with_null = ForbiddenResponse.from_dict({"error": {"code": 1, "message": "m"}, "user_id": None})
    assert with_null.model_dump(exclude_none=True) == {"error": {"code": 1, "message": "m"}}


def test_model_dump_takes_the_official_keywords_and_fields_set_names_what_was_given() -> None:
    model = ForbiddenResponse.model_validate({"error": {"code": 1, "message": "m"}, "user_id": None})
    assert model.model_dump(mode="json", by_alias=True) == model.model_dump() == model.to_dict()
    assert model.model_fields_set == {"error", "user_id"}  # user_id given as null; the rest absent
    assert model.error.model_fields_set == {"code", "message"}
    data = GetCurrentKeyResponseData.model_validate(KEY_DATA)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a deprecated field counts without being read through its property
        assert {"is_provisioning_key", "rate_limit"} <= data.model_fields_set
    assert "expires_at" not in data.model_fields_set


def test_model_dump_json_is_compact_json() -> None:
    model = GetCreditsResponse.from_dict(GOOD)
    assert model.model_dump_json() == '{"data":{"total_credits":100.5,"total_usage":25.75}}'
    assert json.loads(model.model_dump_json(indent=2)) == GOOD


def test_model_validate_is_strict_and_accepts_a_model() -> None:
    model = GetCreditsResponse.model_validate(GOOD)
    assert model.data.total_credits == 100.5
    assert GetCreditsResponse.model_validate(model) is model
    with pytest.raises(SchemaError, match=r"data\.total_usage: expected number, got str"):
        GetCreditsResponse.model_validate(credits_body(total_usage="1"))
    with pytest.raises(SchemaError, match="NaN is not a JSON number"):
        GetCreditsResponse.model_validate_json('{"data": {"total_credits": NaN, "total_usage": 1}}')
    with pytest.raises(SchemaError, match="invalid JSON"):
        GetCreditsResponse.model_validate_json("{")


def test_construction_takes_models_as_the_generator_defines_it() -> None:
    model = operations.GetCreditsResponse(data=operations.GetCreditsData(total_credits=1.0, total_usage=0.5))
    assert model == GetCreditsResponse.from_dict({"data": {"total_credits": 1.0, "total_usage": 0.5}})
    assert model.to_dict() == {"data": {"total_credits": 1.0, "total_usage": 0.5}}
    envelope = ForbiddenResponse(error=ForbiddenResponseErrorData(code=403, message="m"))
    assert envelope.user_id is UNSET
    assert envelope.to_dict() == {"error": {"code": 403, "message": "m"}}


# --- deprecated fields ------------------------------------------------------------------------------

KEY_DATA: dict[str, Any] = {
    "label": "sk-or-v1-abc...xyz",
    "limit": 10.0,
    "usage": 1.0,
    "usage_daily": 0.5,
    "usage_weekly": 1.0,
    "usage_monthly": 1.0,
    "byok_usage": 0.0,
    "byok_usage_daily": 0.0,
    "byok_usage_weekly": 0.0,
    "byok_usage_monthly": 0.0,
    "is_free_tier": False,
    "is_management_key": False,
    "is_provisioning_key": False,
    "limit_remaining": 9.0,
    "limit_reset": "monthly",
    "include_byok_in_limit": False,
    "creator_user_id": None,
    "rate_limit": {"requests": -1, "interval": "1h", "note": "deprecated"},
    "budgets": [],
    "effective_budget": None,
    "free_model_daily_requests": {"limit": 1000, "remaining": 1000, "used": 0},
    "workspace_id": None,
    "organization_id": None,
    "allowed_data_regions": ["global"],
}


def test_deprecated_fields_stay_readable_and_warn_at_the_reading_line() -> None:
    data = GetCurrentKeyResponseData.model_validate(KEY_DATA)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert data.to_dict() == KEY_DATA  # the package's own reads do not warn
        assert data.model_dump_json()
        assert caught == []
        line = sys._getframe().f_lineno + 1
        assert data.is_provisioning_key is False
        assert data.rate_limit.requests == -1
    assert [(w.category, w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, __file__, line),
        (DeprecationWarning, __file__, line + 1),
    ]
    assert "is_provisioning_key is deprecated in the API schema" in str(caught[0].message)
    assert "rate_limit is deprecated" in str(caught[1].message)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # Python's default for a library's warnings: once per line
        for _ in range(3):
            data.is_provisioning_key  # noqa: B018
    assert len(caught) == 1
    assert (
        GetCurrentKeyResponseData(**{**_kwargs(data), "is_provisioning_key": True}).to_dict()[
            "is_provisioning_key"
        ]
        is True
    )


def _kwargs(data: GetCurrentKeyResponseData) -> dict[str, Any]:
    return {f.alias: getattr(data, f.name) for f in attrs.fields(type(data)) if f.init}


# --- names ------------------------------------------------------------------------------------------

OFFICIAL_NAMES = {
    operations: [
        "GetCreditsData",
        "GetCreditsDataTypedDict",
        "GetCreditsGlobals",
        "GetCreditsGlobalsTypedDict",
        "GetCreditsRequest",
        "GetCreditsRequestTypedDict",
        "GetCreditsResponse",
        "GetCreditsResponseTypedDict",
    ],
    components: [
        f"{kind}ResponseErrorData{suffix}"
        for kind in ("Unauthorized", "Forbidden", "Gone", "InternalServer")
        for suffix in ("", "TypedDict")
    ],
}


@pytest.mark.parametrize("module", list(OFFICIAL_NAMES), ids=lambda m: m.__name__)
def test_the_official_names_exist(module: Any) -> None:
    for name in OFFICIAL_NAMES[module]:
        assert name in module.__all__
        assert getattr(module, name) is not None


def test_names_point_at_the_right_models() -> None:
    assert operations.GetCreditsData is GetCreditsResponseData
    assert attrs.fields_dict(operations.GetCreditsResponse)["data"].type == "GetCreditsResponseData"
    assert components.ForbiddenResponseErrorData is ForbiddenResponseErrorData
    assert typing.get_type_hints(operations.GetCreditsDataTypedDict) == {
        "total_credits": float,
        "total_usage": float,
    }
    from openrouter.models.internal import Globals, GlobalsTypedDict

    assert Globals(http_referer="https://app").model_dump(by_alias=True) == {"HTTP-Referer": "https://app"}
    assert GlobalsTypedDict.__name__ == "GlobalsTypedDict"
    request = operations.GetCreditsRequest.model_validate({"X-OpenRouter-Title": "App"})
    assert request.x_open_router_title == "App"
    assert request.model_dump() == {"x_open_router_title": "App"}
    with pytest.raises(errors.InvalidArgumentTypeError):
        operations.GetCreditsRequest(http_referer=5)  # type: ignore[arg-type]
    assert models.GetCreditsResponse is GetCreditsResponse
    assert set(models.__all__) >= {"GetCreditsResponse", "ForbiddenResponse", "SchemaError", "internal"}


def test_importing_openrouter_does_not_load_the_models() -> None:
    # attrs counts only when openrouter loads it: an older httpx imports it by itself (through anyio).
    code = (
        "import sys, httpx\n"
        "httpx_loads = {m for m in ('attrs',) if m in sys.modules}\n"
        "import openrouter\n"
        "before = {m for m in ('attrs', 'openrouter_credits_api.models') if m in sys.modules} - httpx_loads\n"
        "openrouter.operations.GetCreditsData\n"
        "print(sorted(before), 'openrouter_credits_api.models' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True"


# --- schema kinds, on a package generated from a small spec ---------------------------------------

KINDS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "kinds", "version": "1"},
    "paths": {
        "/pets": {
            "post": {
                "operationId": "addPet",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "401": {
                        "description": "no",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["cat", "dog"]},
            "Chain": {"type": "integer", "enum": [1, 137, 8453]},
            "NewPet": {
                "type": "object",
                "required": ["kind", "chain"],
                "properties": {
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "chain": {"$ref": "#/components/schemas/Chain"},
                },
            },
            "A": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "a": {"type": "integer"}},
            },
            "B": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "b": {"type": "integer"}},
            },
            "Pet": {
                "type": "object",
                "required": ["id", "kind", "toy", "born"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "born": {"type": "string", "format": "date-time"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "toy": {
                        "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
                        "discriminator": {
                            "propertyName": "type",
                            "mapping": {"a": "#/components/schemas/A", "b": "#/components/schemas/B"},
                        },
                    },
                    "tag": {"const": "pet"},
                },
            },
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code"],
                        "properties": {"code": {"type": "integer", "enum": [400, 401]}},
                    }
                },
            },
        }
    },
}

KINDS_CHECK = """
import datetime, json, uuid
from openrouter_credits_api.models import Pet, Kind, A, B, Error
from openrouter_credits_api.schemas import REQUESTS, RESPONSES, check
from openrouter_credits_api.types import SchemaError
pet = {"id": "0df9e665-d932-5740-b2c7-b52af166bc11", "born": "2026-01-02T03:04:05Z", "kind": "cat",
       "toy": {"type": "b", "b": 1}}
check(RESPONSES["add_pet"]["200"], pet)
parsed = Pet.model_validate(pet)
print(type(parsed.toy).__name__, parsed.toy.b, parsed.toy.additional_properties)
print(type(parsed.id).__name__, type(parsed.born).__name__, parsed.kind is Kind.CAT)
newer = Pet.model_validate({**pet, "kind": "ferret"})  # a value the document does not list: kept
print(str(newer.kind), newer.kind == "ferret", isinstance(newer.kind, Kind))
print(newer.to_dict()["kind"])
error = Error.model_validate({"error": {"code": 499}})
print(int(error.error.code), error.error.code == 499)
for bad in ({**pet, "id": "not-a-uuid"}, {**pet, "born": "yesterday"},
            {**pet, "toy": {"type": "a", "a": "x"}}, {**pet, "tag": "cat"}):
    try:
        Pet.model_validate(bad)
    except SchemaError as exc:
        print(exc)
for body in ({"kind": "cat", "chain": 137}, {"kind": "ferret", "chain": 1}, {"kind": "cat", "chain": 5}):
    try:
        check(REQUESTS["add_pet"], body)
        print("request ok")
    except SchemaError as exc:
        print("request refused:", exc)
built = Pet(id=pet["id"], born=pet["born"], kind="cat", toy={"type": "b", "b": 1})  # keywords as JSON data
print(built == parsed, type(built.id).__name__, type(built.born).__name__, type(built.toy).__name__)
mixed = Pet(id=parsed.id, born=parsed.born, kind=Kind.CAT, toy={"type": "a", "a": 2})
print(type(mixed.toy).__name__, mixed.toy.a, mixed.id == parsed.id, mixed.born == parsed.born)
from openrouter_credits_api.models import NewPet
print(type(NewPet(kind="dog", chain=137).chain).__name__, NewPet(kind=Kind.DOG, chain=137).to_dict()["chain"])
"""


def test_every_schema_kind_is_generated_validated_and_parsed(tmp_path: Path) -> None:
    spec = tmp_path / "kinds.yaml"
    spec.write_text(yaml.safe_dump(KINDS_SPEC))
    generate.generate_into(tmp_path / "out", spec)
    out = subprocess.run(
        [sys.executable, "-c", KINDS_CHECK],
        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(tmp_path / "out")},
    ).stdout.splitlines()  # fmt: skip
    assert out == [
        "B 1 {}",  # the discriminator names B: not A with `b` among its additional properties
        "UUID datetime True",
        "ferret True True",  # a response enum is open
        "ferret",
        "499 True",  # an error code the enum does not list: kept, the model still parses
        "id: expected uuid string, got str 'not-a-uuid'",
        "born: expected date-time string, got str 'yesterday'",
        "toy.a: expected integer, got str 'x'",  # the variant the discriminator names says why
        "tag: expected \"pet\", got str 'cat'",
        "request ok",
        'request refused: kind: expected one of "cat", "dog", got str \'ferret\'',  # a request enum is closed
        "request refused: chain: expected one of 1, 137, 8453, got int 5",
        "True UUID datetime B",  # the constructor parses JSON data as from_dict does
        "A 2 True True",  # models, enums, uuids and datetimes given as objects are kept
        "Chain 137",  # an int enum, given as a number beside a string or alone
    ]


def test_a_field_added_to_the_spec_is_checked_after_regeneration(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    data = spec["components"]["schemas"]["GetCreditsResponseData"]
    data["properties"]["expires_at"] = {"type": "string"}
    data["properties"]["tags"] = {"type": "array", "items": {"type": "integer"}}
    data["required"].append("expires_at")
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    generate.generate_into(tmp_path / "out", tmp_path / "spec.yaml")
    code = (
        "from openrouter_credits_api.models import GetCreditsResponse as R\n"
        "from openrouter_credits_api.types import SchemaError\n"
        "good = {'total_credits': 1, 'total_usage': 2, 'expires_at': 'x', 'tags': [1]}\n"
        "ok = R.model_validate({'data': good})\n"
        "print(ok.data.expires_at, ok.data.tags)\n"
        "for bad in ({'expires_at': 5}, {'expires_at': 'x', 'tags': [1, 'a']}, {}):\n"
        "    try:\n"
        "        R.model_validate({'data': {'total_credits': 1, 'total_usage': 2, **bad}})\n"
        "    except SchemaError as e:\n"
        "        print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(tmp_path / "out")},
    ).stdout.splitlines()  # fmt: skip
    assert out == [
        "x [1]",
        "data.expires_at: expected string, got int 5",
        "data.tags[1]: expected integer, got str 'a'",
        "data.expires_at: expected string, got nothing (the field is missing)",
    ]


# --- what print(res) shows ----------------------------------------------------------------------------


def test_print_res_shows_the_fields_and_no_empty_extra_properties(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as client:
        res = client.credits.get_credits()
    # The seed's own line, print(res); the official SDK prints the same fields (its class is GetCreditsData).
    shown = "GetCreditsResponse(data=GetCreditsResponseData(total_credits=100.5, total_usage=25.75))"
    assert repr(res) == shown  # was: ..., additional_properties={}), additional_properties={})
    assert str(res) == repr(res)


def test_print_res_shows_extra_properties_when_the_answer_has_some(server: StandIn) -> None:
    server.plan(Reply(200, {"data": {**GOOD["data"], "currency": "USD"}, "request_id": "r1"}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        res = client.credits.get_credits()
    assert repr(res) == (
        "GetCreditsResponse(data=GetCreditsResponseData(total_credits=100.5, total_usage=25.75, "
        "additional_properties={'currency': 'USD'}), additional_properties={'request_id': 'r1'})"
    )
