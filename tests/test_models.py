"""The generated models (custom templates): strict checks, None for absent fields, pydantic-like API, names.

Model behaviour is tested on the generated classes themselves; what reaches a user through a call is tested
against the stand-in server on 127.0.0.1.
"""

from __future__ import annotations

import json
import math
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, Reply, StandIn
from openrouter import OpenRouter, components, errors, models, operations
from openrouter_credits_api.models import (
    ForbiddenResponse,
    ForbiddenResponseErrorData,
    GetCreditsResponse,
    GetCreditsResponseData,
    SchemaError,
    UnauthorizedResponse,
)

GOOD: dict[str, Any] = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def credits_body(**data: Any) -> dict[str, Any]:
    return {"data": {**GOOD["data"], **data}}


# --- strictness -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "got"),
    [
        ("100", "number", "str '100'"),
        (True, "number", "True"),
        (None, "number", "None"),
        ([1.0], "number", "list [1.0]"),
        ({"v": 1}, "number", "dict {'v': 1}"),
        (math.nan, "finite number", "float nan"),
        (math.inf, "finite number", "float inf"),
        (-math.inf, "finite number", "float -inf"),
        (10**400, "finite number", "int 1000"),
    ],
)
def test_a_number_field_takes_only_finite_numbers(value: Any, expected: str, got: str) -> None:
    with pytest.raises(SchemaError) as info:
        GetCreditsResponse.from_dict(credits_body(total_usage=value))
    assert info.value.path == ("data", "total_usage")
    assert info.value.expected == expected
    assert str(info.value).startswith(f"data.total_usage: expected {expected}, got {got}")


def test_integers_are_numbers_and_become_floats() -> None:
    parsed = GetCreditsResponse.from_dict(credits_body(total_credits=100))
    assert parsed.data.total_credits == 100.0
    assert type(parsed.data.total_credits) is float


@pytest.mark.parametrize(
    ("body", "where", "expected"),
    [
        ({"error": {"code": 401.0, "message": "m"}}, "error.code", "integer"),
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
        UnauthorizedResponse.from_dict(body)


def test_a_missing_field_says_so() -> None:
    with pytest.raises(SchemaError) as info:
        GetCreditsResponse.from_dict({"data": {"total_credits": 1.0}})
    assert str(info.value) == "data.total_usage: expected number, got nothing (the field is missing)"


@pytest.mark.parametrize("document", [[], "data", 1, None])
def test_a_document_that_is_not_an_object_is_refused(document: Any) -> None:
    with pytest.raises(SchemaError, match=r"^\(top level\): expected object"):
        GetCreditsResponse.from_dict(document)


def test_the_message_shows_at_most_about_60_characters_of_the_value() -> None:
    huge = "x" * 100_000
    for value in (huge, [huge] * 1000, {"k": huge}):
        with pytest.raises(SchemaError) as info:
            GetCreditsResponse.from_dict(credits_body(total_credits=value))
        assert len(info.value.got) <= 70
        assert "x" * 61 not in str(info.value)


def test_schema_errors_are_value_errors_and_pickle() -> None:
    with pytest.raises(ValueError, match=r"data\.total_credits") as info:
        GetCreditsResponse.from_dict(credits_body(total_credits="x"))
    copy = pickle.loads(pickle.dumps(info.value))
    assert (type(copy), str(copy), copy.path) == (SchemaError, str(info.value), info.value.path)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (json.dumps(credits_body(total_credits="lots")).encode(), "data.total_credits: expected number"),
        # Strict JSON, before the models: NaN is no JSON at all, 1e400 no finite number.
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


# --- absent fields ----------------------------------------------------------------------------------


def test_absent_optional_fields_read_as_none_and_stay_absent_in_to_dict(server: StandIn) -> None:
    server.plan(Reply(403, {"error": {"code": 403, "message": "Only management keys"}}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(errors.ForbiddenResponseError) as info:
            client.credits.get_credits()
    data = info.value.data
    assert data is not None
    assert (data.user_id, data.openrouter_metadata, data.error.metadata) == (None, None, None)
    assert data.to_dict() == {"error": {"code": 403, "message": "Only management keys"}}
    assert data.model_fields_set == {"error"}


def test_optional_fields_are_typed_t_or_none_without_unset() -> None:
    hints = typing.get_type_hints(ForbiddenResponse)
    assert hints["user_id"] == str | None
    metadata = typing.get_args(hints["openrouter_metadata"])
    assert len(metadata) == 2
    assert metadata[1] is type(None)
    assert metadata[0].__name__ == "ForbiddenResponseOpenrouterMetadataType0"
    inner = typing.get_args(typing.get_type_hints(ForbiddenResponseErrorData)["metadata"])
    assert [t.__name__ for t in inner] == ["ForbiddenResponseErrorDataMetadataType0", "NoneType"]


def test_explicit_null_is_kept_and_absent_is_omitted() -> None:
    with_null = {"error": {"code": 1, "message": "m", "metadata": None}, "user_id": None}
    assert ForbiddenResponse.from_dict(with_null).to_dict() == with_null
    without = {"error": {"code": 1, "message": "m"}}
    assert ForbiddenResponse.from_dict(without).to_dict() == without


def test_assigning_an_absent_field_makes_it_present() -> None:
    data = ForbiddenResponse.from_dict({"error": {"code": 1, "message": "m"}})
    data.user_id = "user-1"
    assert data.to_dict()["user_id"] == "user-1"


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
    model = cls.from_dict(document)
    assert model.to_dict() == document
    assert cls.from_dict(model.to_dict()) == model
    assert cls.model_validate(model.model_dump()) == model
    assert cls.model_validate_json(model.model_dump_json()) == model
    assert pickle.loads(pickle.dumps(model)) == model
    assert pickle.loads(pickle.dumps(model)).to_dict() == document


def test_unknown_fields_are_kept() -> None:
    model = GetCreditsResponse.from_dict({**GOOD, "extra": {"x": 1}})
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
    assert model.error.metadata is not None
    assert model.error.metadata["k"] == [1]
    with_null = ForbiddenResponse.from_dict({"error": {"code": 1, "message": "m"}, "user_id": None})
    assert with_null.model_dump(exclude_none=True) == {"error": {"code": 1, "message": "m"}}


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
    with pytest.raises(SchemaError, match="NaN and Infinity are not JSON"):
        GetCreditsResponse.model_validate_json('{"data": {"total_credits": NaN, "total_usage": 1}}')
    with pytest.raises(SchemaError, match="invalid JSON"):
        GetCreditsResponse.model_validate_json("{")


def test_construction_with_nested_dicts_builds_nested_models() -> None:
    model = operations.GetCreditsResponse(data={"total_credits": 1.0, "total_usage": 0.5})
    assert isinstance(model.data, operations.GetCreditsData)
    assert model.data.total_usage == 0.5
    assert model == GetCreditsResponse.from_dict({"data": {"total_credits": 1.0, "total_usage": 0.5}})
    assert model.to_dict() == {"data": {"total_credits": 1.0, "total_usage": 0.5}}
    same = operations.GetCreditsResponse(data=operations.GetCreditsData(total_credits=1, total_usage=0.5))
    assert same == model


def test_construction_is_strict_too() -> None:
    with pytest.raises(SchemaError, match=r"^data\.total_credits: expected number, got str"):
        GetCreditsResponse(data={"total_credits": "1", "total_usage": 0.5})
    with pytest.raises(SchemaError, match=r"^total_credits: expected finite number"):
        GetCreditsResponseData(total_credits=math.inf, total_usage=0.5)
    with pytest.raises(SchemaError, match=r"^data: expected object, got int 5"):
        GetCreditsResponse(data=5)  # type: ignore[arg-type]


def test_constructor_optional_fields_default_to_absent() -> None:
    envelope = ForbiddenResponse(error={"code": 403, "message": "m"})
    assert envelope.user_id is None
    assert envelope.to_dict() == {"error": {"code": 403, "message": "m"}}
    assert ForbiddenResponse(error={"code": 403, "message": "m"}, user_id=None).to_dict()["user_id"] is None


# --- repr -------------------------------------------------------------------------------------------


def test_repr_leaves_out_empty_additional_properties() -> None:
    assert repr(GetCreditsResponse.from_dict(GOOD)) == (
        "GetCreditsResponse(data=GetCreditsResponseData(total_credits=100.5, total_usage=25.75))"
    )
    assert repr(GetCreditsResponse.from_dict({**GOOD, "x": 1})).endswith(", additional_properties={'x': 1})")


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
    assert typing.get_type_hints(operations.GetCreditsResponse)["data"] is operations.GetCreditsData
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


# --- a regenerated spec is validated with no overlay change -----------------------------------------


def test_a_field_added_to_the_spec_is_checked_after_regeneration(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    data = spec["components"]["schemas"]["GetCreditsResponseData"]
    data["properties"]["expires_at"] = {"type": "string"}
    data["properties"]["tags"] = {"type": "array", "items": {"type": "integer"}}
    data["required"].append("expires_at")
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    generate.generate_into(tmp_path / "out", tmp_path / "spec.yaml")
    code = (
        "from openrouter_credits_api.models import GetCreditsResponse as R, SchemaError\n"
        "ok = R.from_dict({'data': {'total_credits': 1, 'total_usage': 2, 'expires_at': 'x', 'tags': [1]}})\n"
        "print(ok.data.expires_at, ok.data.tags)\n"
        "for bad in ({'expires_at': 5}, {'expires_at': 'x', 'tags': [1, 'a']}, {}):\n"
        "    try:\n"
        "        R.from_dict({'data': {'total_credits': 1, 'total_usage': 2, **bad}})\n"
        "    except SchemaError as e:\n"
        "        print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(tmp_path / "out")},
    ).stdout.splitlines()
    assert out == [
        "x [1]",
        "data.expires_at: expected string, got int 5",
        "data.tags[1]: expected integer, got str 'a'",
        "data.expires_at: expected string, got nothing (the field is missing)",
    ]
