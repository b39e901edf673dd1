"""Bad input fails before any request is sent: per-call options, constructor arguments, the api_key
callable's result, retry configs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, StandIn
from openrouter import OpenRouter, errors, utils
from support.calls import MODES, NO_RETRY, SLACK, once, timed

# --- bad input before any request -------------------------------------------------------------------

BAD_CALL_ARGS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"http_headers": {"X-A": 1}}, errors.InvalidArgumentTypeError),
    ({"http_headers": {"X-A": None}}, errors.InvalidArgumentTypeError),
    ({"http_headers": [("X-A", "1")]}, errors.InvalidArgumentTypeError),
    ({"http_referer": 5}, errors.InvalidArgumentTypeError),
    ({"x_open_router_categories": b"bytes"}, errors.InvalidArgumentTypeError),
    ({"timeout_ms": -1}, errors.InvalidArgumentError),
    ({"timeout_ms": 0}, errors.InvalidArgumentError),
    ({"timeout_ms": float("nan")}, errors.InvalidArgumentError),
    ({"timeout_ms": float("inf")}, errors.InvalidArgumentError),
    ({"timeout_ms": True}, errors.InvalidArgumentTypeError),
    ({"timeout_ms": "100"}, errors.InvalidArgumentTypeError),
    ({"server_url": "not a url"}, errors.InvalidArgumentError),
    ({"server_url": "ftp://x"}, errors.InvalidArgumentError),
    ({"server_url": "http://example.com"}, errors.InvalidArgumentError),
    ({"server_url": "https://user:pw@example.com"}, errors.InvalidArgumentError),
    ({"server_url": 42}, errors.InvalidArgumentTypeError),
    ({"retries": "fast"}, errors.InvalidArgumentTypeError),
    ({"x_open_router_title": "Café"}, errors.InvalidArgumentError),
    ({"http_referer": "https://ex.com/\r\nX-Evil: 1"}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "é"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "a\x00b"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "a\x7fb"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X A": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X:A": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {"": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {1: "v"}}, errors.InvalidArgumentError),
]


def _ids(cases: list[tuple[dict[str, Any], type[Exception]]]) -> list[str]:
    return [repr(kwargs)[:60] for kwargs, _ in cases]


@pytest.mark.parametrize(("kwargs", "expected"), BAD_CALL_ARGS, ids=_ids(BAD_CALL_ARGS))
@pytest.mark.parametrize("mode", MODES)
def test_bad_call_arguments_are_refused_before_any_request(
    server: StandIn, mode: str, kwargs: dict[str, Any], expected: type[Exception]
) -> None:
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY)
    with pytest.raises(expected) as info:
        once(mode, c, **kwargs)
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)
    assert server.requests == []


BAD_CLIENT_ARGS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"http_referer": 5}, errors.InvalidArgumentTypeError),
    ({"x_open_router_title": "Café"}, errors.InvalidArgumentError),
    ({"x_open_router_categories": "a\nb"}, errors.InvalidArgumentError),
    ({"timeout_ms": -1}, errors.InvalidArgumentError),
    ({"timeout_ms": 0}, errors.InvalidArgumentError),
    ({"timeout_ms": float("nan")}, errors.InvalidArgumentError),
    ({"server_url": "not a url"}, errors.InvalidArgumentError),
    ({"server_url": "ftp://x"}, errors.InvalidArgumentError),
    ({"server_url": "http://example.com"}, errors.InvalidArgumentError),
    ({"retry_config": {"strategy": "backoff"}}, errors.InvalidArgumentTypeError),
    ({"api_key": 123}, errors.InvalidArgumentTypeError),
    ({"client": httpx.AsyncClient}, errors.InvalidArgumentTypeError),
    # A key read from a file often ends in a newline; as a header it would never be sent.
    ({"api_key": CANARY_KEY + "\n"}, errors.InvalidArgumentError),
    ({"api_key": CANARY_KEY + "é"}, errors.InvalidArgumentError),
]


@pytest.mark.parametrize(("kwargs", "expected"), BAD_CLIENT_ARGS, ids=_ids(BAD_CLIENT_ARGS))
def test_bad_client_arguments_are_refused_before_any_request(
    server: StandIn, kwargs: dict[str, Any], expected: type[Exception]
) -> None:
    kwargs = {"server_url": server.url, **kwargs}
    with pytest.raises(expected) as info:
        OpenRouter(**kwargs)
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)
    assert CANARY_KEY not in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("key", [CANARY_KEY + "\n", CANARY_KEY + "\x00", CANARY_KEY + "é", 42])
@pytest.mark.parametrize("mode", MODES)
def test_a_bad_key_from_the_api_key_callable_is_refused_before_any_request(
    server: StandIn, mode: str, key: object
) -> None:
    c = OpenRouter(api_key=lambda: key, server_url=server.url, retry_config=FAST_RETRY)  # type: ignore[arg-type,return-value]
    error, elapsed = timed(lambda: once(mode, c))
    expected = errors.InvalidArgumentTypeError if key == 42 else errors.InvalidArgumentError
    assert isinstance(error, expected)
    assert CANARY_KEY not in str(error)
    assert elapsed < SLACK  # not retried as a connection error
    assert server.requests == []


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: utils.RetryConfig("sometimes"), errors.InvalidArgumentError),  # type: ignore[arg-type]
        (
            lambda: utils.RetryConfig("backoff", backoff={"initial_interval": 1}),
            errors.InvalidArgumentTypeError,
        ),
        (
            lambda: utils.RetryConfig("backoff", retry_connection_errors="yes"),
            errors.InvalidArgumentTypeError,
        ),
        (lambda: utils.BackoffStrategy(-1, 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(float("nan"), 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, float("inf")), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 0.5, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(100, 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy("1", 10, 2.0, 100), errors.InvalidArgumentTypeError),
        (lambda: utils.BackoffStrategy(1, 10, True, 100), errors.InvalidArgumentTypeError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, None), errors.InvalidArgumentTypeError),
    ],
)
def test_bad_retry_configs_are_refused(make: Callable[[], object], expected: type[Exception]) -> None:
    with pytest.raises(expected) as info:
        make()
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)


def test_a_clients_configuration_and_a_prepared_call_cannot_change() -> None:
    from openrouter._config import build
    from openrouter._credits import GET_CREDITS

    with OpenRouter(api_key=CANARY_KEY) as client:
        config = client._config
        with pytest.raises(errors.ReadOnlyError, match=r"Config\.server_url cannot be changed"):
            config.server_url = "http://elsewhere.example"  # type: ignore[misc]
        call = build(config, GET_CREDITS)
        with pytest.raises(errors.ReadOnlyError):
            del call.url  # type: ignore[misc]
        assert CANARY_KEY not in repr(config) + repr(call)
        assert call.headers["Authorization"] == f"Bearer {CANARY_KEY}"
