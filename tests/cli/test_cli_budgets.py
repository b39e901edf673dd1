"""``openrouter-credits key`` against budget layers (GET /key since 2026-10): the guard checks the layer
that blocks first, whichever it is, and today's free-model quota; the stand-in answers the new shape."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import CANARY_KEY, StandIn
from openrouter._cli import main
from openrouter.testing import Budget, Key

KEY = "sk-or-v1-ci-pipeline-budgets-7q"
#: The stand-in's fixed clock: each window resets at a known time.
NOW = datetime.datetime(2026, 12, 6, 16, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[StandIn] = []

    def start(key: Key) -> StandIn:
        server = StandIn(keys={KEY: key}).start()
        server.clock = lambda: NOW
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def guard(capsys: pytest.CaptureFixture[str], server: StandIn, *argv: str) -> tuple[int, str, str]:
    status = main(["key", *argv, "--server-url", server.url])
    out, err = capsys.readouterr()
    assert KEY not in out + err
    assert CANARY_KEY not in out + err
    assert "Traceback" not in err
    return status, out, err


def spent_workspace() -> Key:
    """74.50 USD left of the key's own limit, in a workspace whose monthly budget is spent."""
    return Key(
        limit=100,
        usage=25.5,
        limit_reset="monthly",
        budgets=[Budget("workspace", limit=500, spend=500, reset="monthly", budget_id="wb_1")],
    )


def test_a_spent_workspace_budget_under_a_healthy_key_limit_fails_and_says_which(
    capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    status, out, err = guard(capsys, serve(spent_workspace()), "--min-remaining", "5")
    assert status == 1
    assert err.splitlines()[-1] == (
        "openrouter-credits: workspace budget (workspace): 0.00 of 500.00 USD left, monthly, "
        "resets 2027-01-01 00:00 UTC: it blocks first, below the minimum of 5.00 USD"
    )
    table = out.splitlines()
    first = table.index(next(line for line in table if line.startswith("budgets")))
    assert table[first : first + 2] == [
        "budgets      * workspace budget (workspace): 0.00 of 500.00 USD left, monthly, "
        "resets 2027-01-01 00:00 UTC (blocks first)",
        "               key limit (key_limit): 74.50 of 100.00 USD left, monthly, "
        "resets 2027-01-01 00:00 UTC",
    ]


@pytest.mark.parametrize(("minimum", "status"), [("10", 0), ("35.01", 1)])
def test_a_guardrail_only_key_is_checked_never_nothing_to_check(
    capsys: pytest.CaptureFixture[str], serve: Any, minimum: str, status: int
) -> None:
    """No limit of its own, capped by an API-key guardrail at 50 USD a day with 15 spent today."""
    key = Key(budgets=[Budget("api_key", limit=50, spend=15, reset="daily", guardrail_id="gr_1")])
    got, _, err = guard(capsys, serve(key), "--min-remaining", minimum)
    assert got == status
    if status:
        assert (
            "API key guardrail (api_key): 35.00 of 50.00 USD left, daily, resets 2026-12-07 00:00 UTC" in err
        )
    else:
        assert err == ""


def test_nothing_budgeted_exits_6(capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    status, out, err = guard(capsys, serve(Key()), "--min-remaining", "1", "--json")
    assert status == 6
    assert "nothing limits what this key may spend" in err
    data = json.loads(out)
    assert (data["budgets"], data["effective_budget"], data["no_limit"]) == ([], None, True)


def test_an_overspent_layer_fails_with_its_negative_remaining(
    capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    key = Key(limit=100, budgets=[Budget("member", limit=20, spend=23.75, guardrail_id="gr_m")])
    status, _, err = guard(capsys, serve(key), "--min-remaining", "0")
    assert status == 1
    assert "member guardrail (member): -3.75 of 20.00 USD left, lifetime, never resets" in err


def test_a_scope_the_document_does_not_list_is_named_as_the_api_names_it(
    capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    key = Key(limit=100, budgets=[Budget("organization", limit=30, spend=28, reset="weekly")])
    status, out, err = guard(capsys, serve(key), "--min-remaining", "5", "--json")
    assert status == 1
    assert "budget layer (organization): 2.00 of 30.00 USD left, weekly, resets 2026-12-07 00:00 UTC" in err
    assert json.loads(out)["effective_budget"]["scope"] == "organization"


def test_three_layers_where_the_middle_one_binds(capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    key = Key(
        limit=100,
        usage=10,
        budgets=[
            Budget("api_key", limit=50, spend=20, reset="daily", guardrail_id="gr_1"),
            Budget("workspace", limit=500, spend=496, reset="monthly", budget_id="wb_1"),
        ],
    )
    status, out, err = guard(capsys, serve(key), "--min-remaining", "5", "--json")
    assert status == 1
    data = json.loads(out)
    assert [(b["scope"], b["remaining_usd"]) for b in data["budgets"]] == [
        ("api_key", 30.0),
        ("workspace", 4.0),
        ("key_limit", 90.0),
    ]
    assert data["effective_budget"]["scope"] == "workspace"
    assert "workspace budget (workspace): 4.00 of 500.00 USD left" in err
    assert guard(capsys, serve(key), "--min-remaining", "4")[0] == 0


@pytest.mark.parametrize(("used", "status"), [(40, 0), (41, 1)])
def test_the_free_model_quota_both_ways(
    capsys: pytest.CaptureFixture[str], serve: Any, used: int, status: int
) -> None:
    key = Key(is_free_tier=True, free_requests_used=used)  # 50 a day below 10 USD purchased
    got, out, err = guard(capsys, serve(key), "--min-free-requests", "10")
    assert got == status
    assert f"free models  {50 - used} of 50 requests left today ({used} used)" in out
    if status:
        assert err.splitlines()[-1] == (
            "openrouter-credits: 9 free-model requests left today (of 50), below the minimum of 10"
        )


def test_json_carries_the_layers_under_the_apis_names(capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    key = spent_workspace()
    key.free_requests_used, key.workspace_id = 6, "ws_1"
    status, out, _ = guard(capsys, serve(key), "--json", "--min-remaining", "1", "--min-free-requests", "5")
    assert status == 1
    data = json.loads(out)
    assert data["budgets"][0] == {
        "scope": "workspace",
        "limit_usd": 500.0,
        "spend_usd": 500.0,
        "remaining_usd": 0.0,
        "reset_interval": "monthly",
        "resets_at": "2027-01-01T00:00:00Z",
        "include_byok": False,
        "budget_id": "wb_1",
        "guardrail_id": None,
    }
    assert data["effective_budget"] == data["budgets"][0]
    assert data["free_model_daily_requests"] == {"limit": 1000, "remaining": 994, "used": 6}
    assert (data["below_minimum"], data["below_min_free_requests"], data["workspace_id"]) == (
        True,
        False,
        "ws_1",
    )


def test_spend_recorded_between_two_runs_moves_the_verdict(
    capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    key = Key(budgets=[Budget("api_key", limit=10, spend=2, reset="daily")], limit=100)
    server = serve(key)
    assert guard(capsys, server, "--min-remaining", "5")[0] == 0
    server.record_spend(KEY, 3.5)
    status, _, err = guard(capsys, server, "--min-remaining", "5")
    assert status == 1
    assert "API key guardrail (api_key): 4.50 of 10.00 USD left" in err


def test_an_answer_without_the_layers_is_refused_not_misread(
    capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    """An answer in the shape before 2026-10 (an old proxy or recording): the document requires the
    layers, so the guard fails with the API-error status and names the missing field, rather than
    saying "fine" from the key's own limit."""
    from openrouter.testing import Reply

    server = serve(Key())
    old = Key(limit=20, usage=1).data(KEY)
    for name in ("budgets", "effective_budget", "free_model_daily_requests"):
        del old[name]
    server.always = Reply(200, {"data": old})
    status, _, err = guard(capsys, server, "--min-remaining", "5")
    assert status == 5
    assert "budgets" in err
