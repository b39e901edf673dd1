"""The stand-in's budget layers: GET /key as the API answers it since 2026-10 (``budgets``,
``effective_budget``, ``free_model_daily_requests``), checked with the validators compiled from
openapi.yaml and read back through the client."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from openrouter import OpenRouter, errors
from openrouter._api_keys import GET_CURRENT_KEY
from openrouter.testing import SCOPES, Budget, Key, StandIn
from openrouter.testing._budgets import next_reset

UTC = datetime.UTC


def get_key(server: StandIn, key: str) -> dict[str, Any]:
    """GET /key without our client, checked against the document; its ``data``."""
    res = httpx.get(server.url + "/key", headers={"Authorization": f"Bearer {key}"}, timeout=5)
    assert res.status_code == 200, res.text
    body: dict[str, Any] = res.json()
    GET_CURRENT_KEY.load()
    GET_CURRENT_KEY.validate(200, body)
    data: dict[str, Any] = body["data"]
    return data


def test_a_key_without_budgets_reports_none_and_the_free_quota() -> None:
    with StandIn(
        keys={"sk-plain": Key(), "sk-free": Key(is_free_tier=True, free_requests_used=48)}
    ) as server:
        plain = get_key(server, "sk-plain")
        assert (plain["budgets"], plain["effective_budget"]) == ([], None)
        assert plain["free_model_daily_requests"] == {"limit": 1000, "remaining": 1000, "used": 0}
        assert (plain["workspace_id"], plain["organization_id"], plain["allowed_data_regions"]) == (
            None,
            None,
            ["global"],
        )
        free = get_key(server, "sk-free")
        assert free["free_model_daily_requests"] == {"limit": 50, "remaining": 2, "used": 48}


def test_layers_come_in_enforcement_order_with_the_key_limit_last() -> None:
    key = Key(
        limit=100,
        usage=25.5,
        limit_reset="monthly",
        budgets=[
            Budget("workspace", limit=500, spend=120, reset="monthly", budget_id="wb_1"),
            Budget("api_key", limit=50, spend=10, reset="daily", guardrail_id="gr_1"),
            Budget("workspace_default_member", limit=1000, spend=1, guardrail_id="gr_0"),
        ],
        workspace_id="ws_1",
        organization_id="org_1",
    )
    with StandIn(keys={"sk-layers": key}) as server:
        data = get_key(server, "sk-layers")
    assert [b["scope"] for b in data["budgets"]] == [
        "workspace_default_member",
        "api_key",
        "workspace",
        "key_limit",
    ]
    own = data["budgets"][-1]
    assert (own["limit_usd"], own["spend_usd"], own["remaining_usd"], own["reset_interval"]) == (
        100.0,
        25.5,
        74.5,
        "monthly",
    )
    assert data["effective_budget"]["scope"] == "api_key"  # nothing spent: the least left (40)
    workspace = data["budgets"][2]
    assert (workspace["budget_id"], workspace["guardrail_id"], workspace["remaining_usd"]) == (
        "wb_1",
        None,
        380.0,
    )
    assert (data["budgets"][0]["resets_at"], data["budgets"][0]["reset_interval"]) == (None, None)
    assert (data["workspace_id"], data["organization_id"]) == ("ws_1", "org_1")


def test_a_spent_layer_blocks_first_even_when_another_has_less_left() -> None:
    key = Key(
        limit=100,
        usage=99.5,
        budgets=[Budget("workspace", limit=500, spend=500, reset="monthly", budget_id="wb_1")],
    )
    with StandIn(keys={"sk-spent": key}) as server:
        data = get_key(server, "sk-spent")
    assert data["effective_budget"]["scope"] == "workspace"
    assert data["effective_budget"]["remaining_usd"] == 0
    assert data["limit_remaining"] == 0.5


def test_an_overspent_layer_reports_a_negative_remaining() -> None:
    key = Key(limit=10, usage=12.25, budgets=[Budget("member", limit=5, spend=7, guardrail_id="gr_m")])
    with StandIn(keys={"sk-over": key}) as server:
        data = get_key(server, "sk-over")
    assert [b["remaining_usd"] for b in data["budgets"]] == [-2.0, -2.25]
    assert data["effective_budget"]["scope"] == "member"  # the first spent one, in enforcement order
    assert data["limit_remaining"] == 0  # limit_remaining never goes below 0


def test_a_scope_the_document_does_not_list_is_served_before_the_key_limit() -> None:
    key = Key(limit=10, budgets=[Budget("organization", limit=3, spend=1), Budget("workspace", limit=50)])
    with (
        StandIn(keys={"sk-new": key}) as server,
        OpenRouter(api_key="sk-new", server_url=server.url) as client,
    ):
        data = get_key(server, "sk-new")
        res = client.api_keys.get_current_key_metadata()
    assert [b["scope"] for b in data["budgets"]] == ["workspace", "organization", "key_limit"]
    assert res.data.effective_budget is not None
    assert res.data.effective_budget.scope == "organization"  # kept, and equal to its string


def test_recorded_spend_moves_every_layer_it_counts_toward() -> None:
    key = Key(
        limit=20,
        limit_reset="daily",
        usage=5,
        usage_daily=1,
        budgets=[
            Budget("api_key", limit=10, spend=2, reset="daily", include_byok=True),
            Budget("workspace", limit=100, spend=40, reset="monthly"),
        ],
    )
    with StandIn(keys={"sk-spend": key}) as server:
        server.record_spend("sk-spend", 3)
        server.record_spend("sk-spend", 4, byok=True)
        data = get_key(server, "sk-spend")
    spend = {b["scope"]: b["spend_usd"] for b in data["budgets"]}
    assert spend == {"api_key": 9.0, "workspace": 43.0, "key_limit": 4.0}  # BYOK: only where it counts
    assert (data["usage"], data["usage_daily"], data["byok_usage"]) == (8, 4, 4)
    assert data["effective_budget"]["scope"] == "api_key"


def test_the_client_reads_every_layer_typed() -> None:
    key = Key(
        limit=100,
        usage=25.5,
        limit_reset="monthly",
        budgets=[Budget("workspace", limit=500, spend=500, reset="monthly", budget_id="wb_1")],
        free_requests_used=6,
    )
    with (
        StandIn(keys={"sk-typed": key}) as server,
        OpenRouter(api_key="sk-typed", server_url=server.url) as client,
    ):
        data = client.api_keys.get_current_key_metadata().data
    assert [str(b.scope) for b in data.budgets] == ["workspace", "key_limit"]
    assert data.effective_budget is not None
    assert data.effective_budget.remaining_usd == 0
    assert isinstance(data.budgets[0].resets_at, datetime.datetime)
    assert data.budgets[0].reset_interval == "monthly"
    assert (data.free_model_daily_requests.remaining, data.free_model_daily_requests.used) == (994, 6)


@pytest.mark.parametrize(
    ("interval", "now", "expected"),
    [
        ("daily", "2026-12-06T16:00:00+00:00", "2026-12-07T00:00:00+00:00"),
        ("weekly", "2026-12-06T16:00:00+00:00", "2026-12-07T00:00:00+00:00"),  # a Sunday: Monday next
        ("weekly", "2026-12-07T00:00:00+00:00", "2026-12-14T00:00:00+00:00"),  # Monday 00:00: a week on
        ("monthly", "2026-12-31T23:59:59+00:00", "2027-01-01T00:00:00+00:00"),
        ("monthly", "2026-02-10T05:00:00+05:00", "2026-03-01T00:00:00+00:00"),
        (None, "2026-12-06T16:00:00+00:00", None),
    ],
)
def test_windows_roll_over_at_utc_boundaries(interval: str | None, now: str, expected: str | None) -> None:
    when = next_reset(interval, datetime.datetime.fromisoformat(now))
    assert when == (None if expected is None else datetime.datetime.fromisoformat(expected))


def test_bad_budgets_are_refused_before_serving() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="reset"):
        Budget("workspace", limit=1, reset="yearly")
    with pytest.raises(errors.InvalidArgumentError, match="scope"):
        Budget(" ", limit=1)
    with pytest.raises(errors.InvalidArgumentError, match="finite"):
        Budget("workspace", limit=float("nan"))
    with pytest.raises(errors.InvalidArgumentError, match="time zone"):
        Budget("workspace", limit=1, resets_at="2027-01-01T00:00:00")
    with pytest.raises(errors.InvalidArgumentTypeError, match="Budget"):
        Key(budgets=[{"scope": "workspace"}])  # type: ignore[list-item]
    with pytest.raises(errors.InvalidArgumentError, match="free_requests_used"):
        Key(free_requests_used=-1)
    assert SCOPES[-1] == "key_limit"
