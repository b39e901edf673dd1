"""The budget layers of ``GET /key`` (2026-10) as models: typed reads, open enums, the official SDK's names,
and models built from keywords and from dicts as the official SDK's pydantic models are.

What the stand-in reports for each key role is tested in ``test_standin_budgets.py``; here the answer is
read through the client as official-SDK code reads it, and the models are built by hand as official-SDK
test fixtures build them.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import pickle
from typing import Any

import attrs
import pytest

from conftest import StandIn
from openrouter import OpenRouter, components, models, operations
from openrouter.testing import Budget, Key
from openrouter_credits_api.models import (
    FreeModelDailyRequests,
    GetCurrentKeyResponse,
    GetCurrentKeyResponseData,
    GetCurrentKeyResponseDataAllowedDataRegionsItem,
    KeyBudget,
    KeyBudgetResetIntervalType0,
    KeyBudgetScope,
)
from openrouter_credits_api.types import UNSET, SchemaError

UTC = datetime.UTC
BUDGET_JSON: dict[str, Any] = {
    "budget_id": "wb_1",
    "guardrail_id": None,
    "include_byok": False,
    "limit_usd": 500.0,
    "remaining_usd": 0.0,
    "reset_interval": "monthly",
    "resets_at": "2026-11-01T00:00:00Z",
    "scope": "workspace",
    "spend_usd": 500.0,
}
LIMIT_JSON: dict[str, Any] = {
    "budget_id": None,
    "guardrail_id": None,
    "include_byok": False,
    "limit_usd": 100.0,
    "remaining_usd": 74.5,
    "reset_interval": None,
    "resets_at": None,
    "scope": "key_limit",
    "spend_usd": 25.5,
}
#: A GET /key ``data`` object as the 2026-10 document describes it (JSON data).
KEY_JSON: dict[str, Any] = {
    "allowed_data_regions": ["global", "europe"],
    "budgets": [BUDGET_JSON, LIMIT_JSON],
    "byok_usage": 0.0,
    "byok_usage_daily": 0.0,
    "byok_usage_monthly": 0.0,
    "byok_usage_weekly": 0.0,
    "creator_user_id": "user_1",
    "effective_budget": BUDGET_JSON,
    "free_model_daily_requests": {"limit": 1000, "remaining": 994, "used": 6},
    "include_byok_in_limit": False,
    "is_free_tier": False,
    "is_management_key": False,
    "is_provisioning_key": False,
    "label": "sk-or-v1-abc...xyz",
    "limit": 100.0,
    "limit_remaining": 74.5,
    "limit_reset": None,
    "organization_id": "org_1",
    "rate_limit": {"interval": "1h", "note": "deprecated", "requests": -1},
    "usage": 25.5,
    "usage_daily": 1.0,
    "usage_monthly": 25.5,
    "usage_weekly": 5.0,
    "workspace_id": "ws_1",
    "expires_at": "2027-12-31T23:59:59Z",
}


def official_key_budget(**changes: Any) -> components.KeyBudget:
    """A ``KeyBudget`` built from keywords, as official-SDK code and fixtures build one."""
    values: dict[str, Any] = {
        "budget_id": None,
        "guardrail_id": None,
        "include_byok": False,
        "limit_usd": 500.0,
        "remaining_usd": 0.0,
        "reset_interval": "monthly",
        "resets_at": datetime.datetime(2026, 11, 1, tzinfo=UTC),
        "scope": "workspace",
        "spend_usd": 500.0,
    }
    return components.KeyBudget(**{**values, **changes})


# --- typed reads ------------------------------------------------------------------------------------


def test_every_new_field_is_typed_after_from_dict() -> None:
    data = GetCurrentKeyResponseData.from_dict(KEY_JSON)
    assert [type(b) for b in data.budgets] == [KeyBudget, KeyBudget]
    assert isinstance(data.effective_budget, KeyBudget)
    assert data.effective_budget.remaining_usd == 0.0
    budget = data.budgets[0]
    assert budget.scope is KeyBudgetScope.WORKSPACE
    assert budget.reset_interval is KeyBudgetResetIntervalType0.MONTHLY
    assert budget.resets_at == datetime.datetime(2026, 11, 1, tzinfo=UTC)
    assert data.budgets[1].reset_interval is None
    assert data.budgets[1].resets_at is None
    assert isinstance(data.free_model_daily_requests, FreeModelDailyRequests)
    assert data.free_model_daily_requests.remaining == 994
    assert (data.workspace_id, data.organization_id) == ("ws_1", "org_1")
    assert data.allowed_data_regions == [
        GetCurrentKeyResponseDataAllowedDataRegionsItem.GLOBAL,
        GetCurrentKeyResponseDataAllowedDataRegionsItem.EUROPE,
    ]
    assert GetCurrentKeyResponseData.from_dict(data.to_dict()) == data
    assert data.to_dict()["budgets"][0]["resets_at"] == "2026-11-01T00:00:00+00:00"  # the same instant


@pytest.mark.parametrize(
    ("field", "value"),
    [("scope", "organization"), ("reset_interval", "quarterly")],
)
def test_a_value_the_document_does_not_list_yet_is_kept_and_equals_its_string(field: str, value: str) -> None:
    budget = KeyBudget.model_validate({**BUDGET_JSON, field: value})  # the validator lets it through
    read = getattr(budget, field)
    assert read == value
    assert str(read) == value
    assert f"{read}" == value
    assert isinstance(read, KeyBudgetScope if field == "scope" else KeyBudgetResetIntervalType0)
    assert budget.to_dict()[field] == value
    assert json.loads(budget.model_dump_json())[field] == value
    assert KeyBudget.from_dict(budget.to_dict()) == budget
    assert pickle.loads(pickle.dumps(budget)) == budget
    assert official_key_budget(**{field: value}).to_dict()[field] == value  # from a keyword too


def test_a_known_value_compares_equal_to_its_string() -> None:
    budget = KeyBudget.from_dict(BUDGET_JSON)
    assert budget.scope == "workspace"
    assert budget.reset_interval == "monthly"
    assert budget.scope in {"workspace", "workspace_default_key"}


# --- the official SDK's names -----------------------------------------------------------------------


def test_the_official_names_are_the_generated_models() -> None:
    assert components.KeyBudget is KeyBudget
    assert components.KeyBudgetScope is KeyBudgetScope
    assert components.KeyBudgetResetInterval is KeyBudgetResetIntervalType0
    assert components.FreeModelDailyRequests is FreeModelDailyRequests
    assert components.GuardrailDataRegion is GetCurrentKeyResponseDataAllowedDataRegionsItem
    assert operations.AllowedDataRegion is GetCurrentKeyResponseDataAllowedDataRegionsItem
    assert operations.GetCurrentKeyData is GetCurrentKeyResponseData
    assert models.KeyBudget is KeyBudget
    for name in ("KeyBudgetTypedDict", "FreeModelDailyRequestsTypedDict"):
        assert name in components.__all__
        assert isinstance(getattr(components, name), type)
    for name in ("KeyBudget", "KeyBudgetScope", "KeyBudgetResetInterval", "FreeModelDailyRequests"):
        assert name in components.__all__
    assert "AllowedDataRegion" in operations.__all__
    assert [r.value for r in components.GuardrailDataRegion] == ["europe", "global", "us"]


def test_key_budget_builds_from_keywords_as_in_the_official_sdk() -> None:
    budget = official_key_budget()
    assert budget.scope is KeyBudgetScope.WORKSPACE  # the string became the enum
    assert budget.reset_interval is KeyBudgetResetIntervalType0.MONTHLY
    assert budget.resets_at == datetime.datetime(2026, 11, 1, tzinfo=UTC)
    expected = {**BUDGET_JSON, "budget_id": None, "resets_at": "2026-11-01T00:00:00+00:00"}
    assert budget.to_dict() == budget.model_dump() == expected
    assert json.loads(budget.model_dump_json()) == expected
    assert budget == KeyBudget.from_dict(expected)
    typed: components.KeyBudgetTypedDict = budget.to_dict()  # type: ignore[assignment]
    assert typed["limit_usd"] == 500.0
    lifetime = official_key_budget(
        reset_interval=None, resets_at=None, scope=components.KeyBudgetScope.KEY_LIMIT
    )
    assert lifetime.model_dump()["reset_interval"] is None
    assert lifetime.scope == "key_limit"
    iso = official_key_budget(resets_at="2026-11-01T00:00:00Z")  # an ISO string becomes a datetime
    assert iso.resets_at == datetime.datetime(2026, 11, 1, tzinfo=UTC)
    quota = components.FreeModelDailyRequests(limit=50, remaining=45, used=5)
    assert quota.model_dump() == {"limit": 50, "remaining": 45, "used": 5}


# --- models from keywords and dicts, as official-SDK fixtures write them ------------------------------


def test_a_response_builds_from_a_dict_for_its_data() -> None:
    res = operations.GetCreditsResponse(data={"total_credits": 1.0, "total_usage": 0.5})
    assert isinstance(res.data, operations.GetCreditsData)
    assert res.data.total_credits == 1.0
    assert res.data.total_usage == 0.5
    assert res.to_dict() == {"data": {"total_credits": 1.0, "total_usage": 0.5}}
    assert res == operations.GetCreditsResponse.from_dict(res.to_dict())
    extra = operations.GetCreditsResponse(data={"total_credits": 1.0, "total_usage": 0.5, "currency": "USD"})
    assert extra.data.additional_properties == {"currency": "USD"}  # as from_dict keeps it


def test_the_key_answer_builds_from_dicts_and_reads_as_official_code_reads_it() -> None:
    res = operations.GetCurrentKeyResponse(data=copy.deepcopy(KEY_JSON))
    assert res == GetCurrentKeyResponse.from_dict({"data": KEY_JSON})
    data = res.data
    assert isinstance(data, operations.GetCurrentKeyData)
    assert data.effective_budget is not None
    assert data.effective_budget.remaining_usd == 0.0
    spent = [b.scope for b in data.budgets if b.remaining_usd <= 0]
    assert spent == ["workspace"]
    assert data.expires_at == datetime.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert data.allowed_data_regions[1] is operations.AllowedDataRegion.EUROPE
    assert res.model_dump()["data"]["effective_budget"]["scope"] == "workspace"


def test_the_key_data_builds_from_keywords_with_models_dicts_and_strings_mixed() -> None:
    values = copy.deepcopy(KEY_JSON)
    values["budgets"] = [official_key_budget(), LIMIT_JSON]  # a model and a dict in one list
    values["effective_budget"] = official_key_budget()
    values["free_model_daily_requests"] = components.FreeModelDailyRequests(limit=1000, remaining=994, used=6)
    values["expires_at"] = datetime.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)
    data = operations.GetCurrentKeyData(**values)
    assert [type(b) for b in data.budgets] == [KeyBudget, KeyBudget]
    assert data.budgets[0] == official_key_budget()
    assert data.budgets[1].scope is KeyBudgetScope.KEY_LIMIT
    assert data.effective_budget == official_key_budget()
    assert data.allowed_data_regions == ["global", "europe"]
    assert all(isinstance(r, operations.AllowedDataRegion) for r in data.allowed_data_regions)
    assert data.to_dict()["budgets"][1] == LIMIT_JSON
    no_expiry = {k: v for k, v in values.items() if k != "expires_at"}
    assert operations.GetCurrentKeyData(**no_expiry).expires_at is UNSET


def test_a_nested_dict_may_hold_enum_members_and_datetimes() -> None:
    inner = {
        **BUDGET_JSON,
        "scope": KeyBudgetScope.MEMBER,
        "resets_at": datetime.datetime(2026, 11, 1, tzinfo=UTC),
    }
    data = operations.GetCurrentKeyData(**{**KEY_JSON, "effective_budget": inner, "budgets": [inner]})
    assert isinstance(data.effective_budget, KeyBudget)
    assert data.effective_budget == data.budgets[0]
    assert data.effective_budget.resets_at == datetime.datetime(2026, 11, 1, tzinfo=UTC)


def test_an_error_envelope_builds_from_a_dict() -> None:
    res = models.ForbiddenResponse(error={"code": 403, "message": "Only management keys"})
    assert isinstance(res.error, components.ForbiddenResponseErrorData)
    assert res.error.message == "Only management keys"


def test_a_dict_that_is_not_the_model_names_the_field() -> None:
    with pytest.raises(SchemaError, match=r"data\.total_usage: expected number, got nothing"):
        operations.GetCreditsResponse(data={"total_credits": 1.0})
    broken = {k: v for k, v in BUDGET_JSON.items() if k != "scope"}
    with pytest.raises(SchemaError, match=r"data\.budgets\[0\]\.scope"):
        operations.GetCurrentKeyResponse(data={**KEY_JSON, "budgets": [broken]})


def test_what_from_dict_cannot_parse_stays_as_given() -> None:
    """The constructor does not check (``model_validate`` does): a value ``from_dict`` leaves as it is
    stays, with no loop."""
    budget = official_key_budget(resets_at="soon")
    assert budget.resets_at == "soon"
    with pytest.raises(SchemaError, match="resets_at"):
        KeyBudget.model_validate(budget.to_dict())


def test_models_built_from_dicts_copy_pickle_and_evolve() -> None:
    res = operations.GetCurrentKeyResponse(data=KEY_JSON)
    assert pickle.loads(pickle.dumps(res)) == res
    assert copy.deepcopy(res) == res
    later = attrs.evolve(res.data.budgets[0], scope="member")
    assert later.scope is KeyBudgetScope.MEMBER


# --- through the client, as official-SDK code reads the answer ---------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_official_sdk_code_reads_the_budget_layers_of_a_real_answer(mode: str) -> None:
    key = Key(
        limit=100,
        limit_reset="monthly",
        usage_monthly=25.5,
        budgets=[
            Budget("workspace", limit=500, spend=500, reset="monthly", budget_id="wb_1"),
            Budget("org_unit", limit=50, spend=1),  # a scope this client does not list yet
        ],
        workspace_id="ws_1",
        organization_id="org_1",
        allowed_data_regions=["global", "europe"],
    )
    with StandIn(keys={"sk-or-v1-budgeted": key}) as server:
        client = OpenRouter(api_key="sk-or-v1-budgeted", server_url=server.url)
        if mode == "sync":
            with client:
                res = client.api_keys.get_current_key_metadata()
        else:

            async def main() -> operations.GetCurrentKeyResponse:
                async with client:
                    return await client.api_keys.get_current_key_metadata_async()

            res = asyncio.run(main())

    # -- as official-SDK code writes it --
    blocking = res.data.effective_budget
    assert blocking is not None
    assert blocking.remaining_usd <= 0
    assert blocking.scope == "workspace"
    layers = {budget.scope: budget.remaining_usd for budget in res.data.budgets}
    assert layers == {"workspace": 0.0, "org_unit": 49.0, "key_limit": 74.5}
    assert isinstance(res.data.budgets[0].resets_at, datetime.datetime)
    assert res.data.free_model_daily_requests.remaining >= 0
    assert (res.data.workspace_id, res.data.organization_id) == ("ws_1", "org_1")
    assert [str(r) for r in res.data.allowed_data_regions] == ["global", "europe"]
    # -- and the unknown scope round-trips --
    unknown = res.data.budgets[1]
    assert isinstance(unknown.scope, components.KeyBudgetScope)
    assert unknown.scope == "org_unit"
    assert res.model_dump()["data"]["budgets"][1]["scope"] == "org_unit"
    assert operations.GetCurrentKeyResponse.model_validate(res.model_dump()) == res
