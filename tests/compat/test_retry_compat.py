"""Retry configuration written the official SDK's way (issue 12, "Retry configuration").

Positional ``BackoffStrategy``/``RetryConfig``, ``jitter_ms``, ``status_codes_override``, plain
attributes, ``openrouter.utils.retries``; each policy is proved against a flaky stand-in on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from conftest import CANARY_KEY, Reply, StandIn
from openrouter import OpenRouter, _retry, errors, utils
from openrouter.testing import envelope


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def get_credits(mode: str, server: StandIn, client_kw: dict[str, Any] | None = None, **call_kw: Any) -> Any:
    """One ``get_credits`` through a fresh client; returns the result or the OpenRouterError raised."""
    kw: dict[str, Any] = {"api_key": CANARY_KEY, "server_url": server.url, **(client_kw or {})}
    try:
        if mode == "sync":
            with OpenRouter(**kw) as open_router:
                return open_router.credits.get_credits(**call_kw)

        async def go() -> Any:
            async with OpenRouter(**kw) as open_router:
                return await open_router.credits.get_credits_async(**call_kw)

        return asyncio.run(go())
    except errors.OpenRouterError as exc:
        return exc


def fast(*override: str | int, jitter_ms: float | None = None) -> utils.RetryConfig:
    """The official positional shape, with millisecond waits."""
    backoff = utils.BackoffStrategy(5, 20, 2.0, 5_000, jitter_ms=jitter_ms)
    return utils.RetryConfig("backoff", backoff, True, list(override) if override else None)  # type: ignore[arg-type]


# --- the classes ------------------------------------------------------------------------------------------


def test_official_imports_and_positional_construction() -> None:
    from openrouter.utils.retries import BackoffStrategy, RetryConfig

    assert (BackoffStrategy, RetryConfig) == (utils.BackoffStrategy, utils.RetryConfig)
    assert utils.retries.RetryConfig is utils.RetryConfig
    # The official SDK's own default, positionally.
    config = RetryConfig("backoff", BackoffStrategy(500, 60000, 1.5, 3600000), True)
    assert (config.strategy, config.retry_connection_errors, config.status_codes_override) == (
        "backoff",
        True,
        None,
    )
    assert config.backoff is not None
    assert (config.backoff.initial_interval, config.backoff.jitter_ms) == (500, None)
    config = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 3, 4), False, ["429", "5XX"])
    assert config.backoff is not None
    assert config.backoff.jitter_ms == 4
    assert config.status_codes_override == ["429", "5XX"]


def test_they_compare_and_show_by_value_as_the_dataclasses_did() -> None:
    def make(*override: str) -> utils.RetryConfig:
        return utils.RetryConfig(
            strategy="backoff",
            backoff=utils.BackoffStrategy(1, 2, 2.0, 10),
            retry_connection_errors=False,
            status_codes_override=list(override),
        )

    assert make("5XX") == make("5XX")
    assert make("5XX") != make("429")
    assert make("5XX") != utils.RetryConfig("none")
    assert utils.BackoffStrategy(1, 2, 2.0, 10) != (1, 2, 2.0, 10)
    assert repr(make("5XX")) == (
        "RetryConfig(strategy='backoff', backoff=BackoffStrategy(initial_interval=1, max_interval=2, "
        "exponent=2.0, max_elapsed_time=10, jitter_ms=None), retry_connection_errors=False, "
        "status_codes_override=['5XX'])"
    )
    with pytest.raises(TypeError):  # changeable and compared by value: not hashable
        hash(make())
    assert copy.deepcopy(utils.DEFAULT_RETRY) == utils.DEFAULT_RETRY


def test_attributes_are_plain_and_checked_again_when_a_call_starts(server: StandIn, mode: str) -> None:
    config = fast()
    config.status_codes_override = ["429"]
    assert config.backoff is not None
    config.backoff.jitter_ms = 3
    config.strategy = "sometimes"  # type: ignore[assignment]  # not checked on assignment ...
    error = get_credits(mode, server, retries=config)
    assert type(error) is errors.InvalidArgumentError  # ... but before any request is sent
    assert "RetryConfig.strategy" in str(error)
    config.strategy = "backoff"
    config.backoff.max_interval = 1  # below initial_interval
    assert "initial_interval must not exceed max_interval" in str(get_credits(mode, server, retries=config))
    assert server.requests == []


def test_the_shared_defaults_cannot_be_changed() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="shared by every client"):
        utils.DEFAULT_RETRY.strategy = "none"
    assert utils.DEFAULT_RETRY.backoff is not None
    with pytest.raises(errors.InvalidArgumentError, match="shared by every client"):
        utils.DEFAULT_RETRY.backoff.max_elapsed_time = 0
    with pytest.raises(errors.InvalidArgumentError):
        utils.NO_RETRY.strategy = "backoff"
    assert utils.DEFAULT_RETRY.strategy == "backoff"
    assert utils.DEFAULT_BACKOFF.max_elapsed_time == 30_000
    # A copy is the caller's own.
    mine = copy.deepcopy(utils.DEFAULT_RETRY)
    assert mine == utils.DEFAULT_RETRY
    assert mine.backoff is not None
    mine.backoff.max_elapsed_time = 1_000
    mine.strategy = "none"
    assert utils.DEFAULT_RETRY.strategy == "backoff"
    assert utils.DEFAULT_BACKOFF.max_elapsed_time == 30_000


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: utils.BackoffStrategy(1, 10, 2.0, 100, jitter_ms=-1), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, 100, float("inf")), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, 100, "5"), errors.InvalidArgumentTypeError),
        (lambda: utils.RetryConfig("backoff", None, True, "5XX"), errors.InvalidArgumentTypeError),
        (lambda: utils.RetryConfig("backoff", None, True, ["6XX"]), errors.InvalidArgumentError),
        (lambda: utils.RetryConfig("backoff", None, True, ["42"]), errors.InvalidArgumentError),
        (lambda: utils.RetryConfig("backoff", None, True, ["5xx", "abc"]), errors.InvalidArgumentError),
        (lambda: utils.RetryConfig("backoff", None, True, [None]), errors.InvalidArgumentTypeError),
        (lambda: utils.RetryConfig("backoff", None, True, [True]), errors.InvalidArgumentTypeError),
    ],
)
def test_bad_values_are_refused_at_construction(build: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        build()
    assert isinstance(info.value, errors.OpenRouterError)
    assert "jitter_ms" in str(info.value) or "status_codes_override" in str(info.value)


# --- jitter_ms --------------------------------------------------------------------------------------------


def test_jitter_ms_is_added_and_capped_at_max_interval() -> None:
    config = utils.RetryConfig("backoff", utils.BackoffStrategy(100, 1_000, 2.0, 10_000, jitter_ms=50))
    assert _retry.backoff_delay(1, config, rand=lambda: 0.0) == pytest.approx(0.100)
    assert _retry.backoff_delay(1, config, rand=lambda: 1.0) == pytest.approx(0.150)
    assert _retry.backoff_delay(3, config, rand=lambda: 0.5) == pytest.approx(0.425)
    assert _retry.backoff_delay(5, config, rand=lambda: 1.0) == pytest.approx(1.000)  # 1.6 s + 50 ms, capped
    # Without jitter_ms: our default jitter, up to 25 % less.
    plain = utils.RetryConfig("backoff", utils.BackoffStrategy(100, 1_000, 2.0, 10_000))
    assert _retry.backoff_delay(1, plain, rand=lambda: 1.0) == pytest.approx(0.075)


def test_jitter_ms_shapes_the_real_waits(
    server: StandIn, mode: str, retry_waits: list[tuple[float, float]]
) -> None:
    server.plan(*[Reply(503, envelope(503, "busy"))] * 4)
    config = utils.RetryConfig("backoff", utils.BackoffStrategy(20, 20, 1.0, 5_000, jitter_ms=30), True)
    result = get_credits(mode, server, retries=config)
    assert result.data.total_credits == 100.5
    assert len(server.requests) == 5
    sleeps = [seconds for _, seconds in retry_waits]
    assert len(sleeps) == 4
    # Each wait is 20 ms plus [0, 30] ms, capped at max_interval (20 ms): exactly 20 ms.
    assert sleeps == [pytest.approx(0.020)] * 4
    server.requests.clear()
    retry_waits.clear()
    server.plan(*[Reply(503, envelope(503, "busy"))] * 4)
    config.backoff.max_interval = 100  # type: ignore[union-attr]
    get_credits(mode, server, retries=config)
    sleeps = [seconds for _, seconds in retry_waits]
    assert len(sleeps) == 4
    assert all(0.020 <= s <= 0.050 for s in sleeps), sleeps
    assert any(s > 0.020 for s in sleeps), sleeps  # added, not subtracted (our default subtracts)


# --- status_codes_override --------------------------------------------------------------------------------


def test_a_status_outside_the_override_is_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, envelope(503, "busy")))  # retried by default, but not listed
    error = get_credits(mode, server, retries=fast("429"))
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == 503
    assert len(server.requests) == 1


def test_a_status_inside_the_override_is_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(429, envelope(429, "slow down")), Reply(429, envelope(429, "slow down")))
    assert get_credits(mode, server, retries=fast("429")).data.total_usage == 25.75
    assert len(server.requests) == 3


def test_a_class_pattern_replaces_the_default_set(server: StandIn, mode: str) -> None:
    # 501 is not in the default set (408, 429, 500, 502, 503, 504) ...
    server.plan(Reply(501, envelope(501, "not yet")))
    error = get_credits(mode, server, retries=fast())
    assert error.status_code == 501
    assert len(server.requests) == 1
    # ... but "5XX" covers it (lower case too, as a user may write it).
    server.plan(Reply(501, envelope(501, "not yet")), Reply(599, "odd"))
    assert get_credits(mode, server, retries=fast("5xx")).data.total_credits == 100.5
    assert len(server.requests) == 4
    # An explicit override can even ask for a 4XX the default never retries.
    server.plan(Reply(409, envelope(409, "conflict")))
    assert get_credits(mode, server, retries=fast(409)).data.total_credits == 100.5
    assert len(server.requests) == 6


def test_an_empty_override_means_the_default_set(server: StandIn, mode: str) -> None:
    config = fast()
    config.status_codes_override = []  # the official SDK: `override or defaults`
    server.plan(Reply(503, envelope(503, "busy")), Reply(501, envelope(501, "no")))
    error = get_credits(mode, server, retries=config)
    assert error.status_code == 501
    assert len(server.requests) == 2


def test_the_servers_x_should_retry_and_the_override(server: StandIn, mode: str) -> None:
    # "false" always stops a retry, even for a listed status.
    server.plan(Reply(429, envelope(429, "no"), {"x-should-retry": "false"}))
    assert get_credits(mode, server, retries=fast("429")).status_code == 429
    assert len(server.requests) == 1
    # "true" does not add a status the caller left out of an explicit override ...
    server.plan(Reply(503, envelope(503, "busy"), {"x-should-retry": "true"}))
    assert get_credits(mode, server, retries=fast("429")).status_code == 503
    assert len(server.requests) == 2
    # ... while without an override it still permits one (409 is not in the default set).
    server.plan(Reply(409, envelope(409, "again"), {"x-should-retry": "true"}))
    assert get_credits(mode, server, retries=fast()).data.total_credits == 100.5
    assert len(server.requests) == 4


def test_the_client_retry_config_override_applies_to_each_call(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, envelope(503, "busy")), Reply(429, envelope(429, "slow")))
    result = get_credits(mode, server, client_kw={"retry_config": fast("429", "503")})
    assert result.data.total_credits == 100.5
    assert len(server.requests) == 3
    server.plan(Reply(500, envelope(500, "boom")))
    error = get_credits(mode, server, client_kw={"retry_config": fast("429", "503")})
    assert type(error) is errors.InternalServerResponseError
    assert len(server.requests) == 4
