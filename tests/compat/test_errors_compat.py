"""Errors as code written for the official SDK (1.3.84) builds and catches them (issue 12, "Errors").

Users build errors in their own tests with the official positional shapes; migrated code reads
``.message`` (the server's own message) and catches network failures with httpx classes, because the
official SDK lets httpx exceptions through. Each call here goes to a real stand-in on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import pickle
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, utils
from openrouter.testing import envelope
from openrouter_credits_api import models
from support.calls import MODES, once

NO_RETRY = utils.RetryConfig("none")


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def get_credits(mode: str, server_url: str, **call_kw: Any) -> Any:
    """One ``get_credits`` through a fresh client, sync or async, as official code writes it."""
    if mode == "sync":
        with OpenRouter(api_key=CANARY_KEY, server_url=server_url) as open_router:
            return open_router.credits.get_credits(**call_kw)

    async def go() -> Any:
        async with OpenRouter(api_key=CANARY_KEY, server_url=server_url) as open_router:
            return await open_router.credits.get_credits_async(**call_kw)

    return asyncio.run(go())


def raised(mode: str, server_url: str, **call_kw: Any) -> errors.OpenRouterError:
    with pytest.raises(errors.OpenRouterError) as info:
        get_credits(mode, server_url, **call_kw)
    return info.value


# --- building errors the official way (users' own tests) -------------------------------------------------


def test_openrouter_error_takes_message_raw_response_body() -> None:
    response = httpx.Response(418, text="I'm a teapot", headers={"Retry-After": "3"})
    error = errors.OpenRouterError("boom", response)
    assert (error.message, str(error)) == ("boom", "boom")
    assert error.status_code == 418
    assert error.body == "I'm a teapot"
    assert error.headers is response.headers
    assert error.raw_response is response
    assert error.retry_after == 3.0  # read from the response, as the client does
    assert errors.OpenRouterError("boom", response, "other body").body == "other body"
    assert isinstance(error, Exception)


def test_default_error_takes_the_same_shape() -> None:
    response = httpx.Response(404, text="<html>nope</html>")
    error = errors.OpenRouterDefaultError("API error occurred", response, response.text)
    assert isinstance(error, errors.OpenRouterError)
    assert error.message == "API error occurred"
    assert (error.status_code, error.body) == (404, "<html>nope</html>")


def test_response_validation_error_has_cause_and_derives_directly_from_the_base() -> None:
    response = httpx.Response(200, json={"data": None})
    cause = ValueError("data: expected an object")
    error = errors.ResponseValidationError("Response validation failed", response, cause)
    assert error.message == "Response validation failed: data: expected an object"
    assert error.cause is cause
    assert errors.ResponseValidationError.__bases__ == (errors.OpenRouterError,)
    # Official code raises it `from` the pydantic error: .cause follows __cause__.
    other = KeyError("total_credits")
    with pytest.raises(errors.ResponseValidationError) as info:
        raise errors.ResponseValidationError("Response validation failed", response, other) from other
    assert info.value.cause is other


ENVELOPE_ERRORS = [
    (errors.UnauthorizedResponseError, "UnauthorizedResponseErrorData", 401),
    (errors.ForbiddenResponseError, "ForbiddenResponseErrorData", 403),
    (errors.GoneResponseError, "GoneResponseErrorData", 410),
    (errors.InternalServerResponseError, "InternalServerResponseErrorData", 500),
]


@pytest.mark.parametrize(("cls", "data_name", "status"), ENVELOPE_ERRORS)
def test_envelope_errors_take_data_and_raw_response(
    cls: type[errors.OpenRouterError], data_name: str, status: int
) -> None:
    data_model = getattr(errors, data_name)
    assert data_model.__name__ == data_name.removesuffix("ErrorData")  # the generated envelope model
    # The inner model, as the official `components.<...>ResponseErrorData` is built.
    inner = getattr(models, data_name)(code=status, message="server says so")
    data = data_model(error=inner, user_id="user_1")
    body = {"error": {"code": status, "message": "server says so"}, "user_id": "user_1"}
    response = httpx.Response(status, json=body)
    error = cls(data, response)  # type: ignore[call-arg]
    assert error.message == str(error) == "server says so"  # official: from data.error.message
    assert error.data is data  # type: ignore[attr-defined]
    assert error.status_code == status
    assert error.body == response.text
    # The envelope as a dict works too, and without a response the class's status applies.
    from_dict = cls(body)  # type: ignore[call-arg]
    assert from_dict.data == data_model.from_dict(body)  # type: ignore[attr-defined]
    assert (from_dict.message, from_dict.status_code, from_dict.raw_response) == (
        "server says so",
        status,
        None,
    )


def test_envelope_error_refuses_a_message_where_data_belongs() -> None:
    with pytest.raises(errors.InvalidArgumentTypeError, match=r"data must be .*message="):
        errors.UnauthorizedResponseError("User not found.", httpx.Response(401))  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgumentError, match="not an error envelope"):
        errors.UnauthorizedResponseError({"no": "error"}, httpx.Response(401))


def test_no_response_error() -> None:
    error = errors.NoResponseError()
    assert error.message == str(error) == "No response received"
    assert isinstance(error, errors.OpenRouterError)
    assert errors.NoResponseError("nothing came").message == "nothing came"
    assert issubclass(errors.APIConnectionError, errors.NoResponseError)


def test_user_built_errors_pickle_without_the_response() -> None:
    request = httpx.Request(
        "GET", "https://x.test/credits", headers={"Authorization": f"Bearer {CANARY_KEY}"}
    )
    response = httpx.Response(401, json=envelope(401, "User not found."), request=request)
    error = errors.UnauthorizedResponseError(
        errors.UnauthorizedResponseErrorData.from_dict(response.json()), response
    )
    blob = pickle.dumps(error)
    assert CANARY_KEY.encode() not in blob
    clone = pickle.loads(blob)
    assert type(clone) is errors.UnauthorizedResponseError
    assert (clone.message, clone.status_code, clone.body) == (error.message, 401, error.body)
    assert clone.data == error.data
    assert clone.raw_response is None


# --- what the client raises --------------------------------------------------------------------------------


@pytest.mark.parametrize(("cls", "data_name", "status"), [e for e in ENVELOPE_ERRORS if e[2] != 410])
def test_status_error_message_is_the_servers_own(
    server: StandIn, mode: str, cls: type[errors.OpenRouterError], data_name: str, status: int
) -> None:
    server.plan(Reply(status, envelope(status, f"server says {status}", user_id="u1")))
    error = raised(mode, server.url, retries=NO_RETRY)
    assert type(error) is cls
    assert error.message == f"server says {status}"
    # str() is the fuller line for logs: the status and reason, the message, a hint if there is one.
    assert str(error).startswith(f"{status} {httpx.codes.get_reason_phrase(status)}: server says {status}")
    assert isinstance(error.data, getattr(errors, data_name))  # type: ignore[attr-defined]
    assert error.data.user_id == "u1"  # type: ignore[attr-defined]
    assert error.raw_response is not None
    assert error.raw_response.status_code == status
    assert CANARY_KEY not in str(error) + repr(error)


def test_default_error_message_is_the_servers_when_it_sent_one(server: StandIn, mode: str) -> None:
    server.plan(Reply(404, envelope(404, "No such route")), Reply(502, "<html>Bad gateway</html>"))
    error = raised(mode, server.url, retries=NO_RETRY)
    assert type(error) is errors.OpenRouterDefaultError
    assert error.message == "No such route"
    assert str(error) == "404 Not Found: No such route"
    # Not the envelope: nothing is the server's message, so message and str() are the whole line.
    error = raised(mode, server.url, retries=NO_RETRY)
    assert error.status_code == 502
    assert error.message == str(error) == "502 Bad Gateway: <html>Bad gateway</html>"


def test_bad_2xx_is_a_response_validation_error_with_its_cause(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": "lots", "total_usage": 1}}))
    error = raised(mode, server.url)
    assert type(error) is errors.ResponseValidationError
    assert not isinstance(error, errors.OpenRouterDefaultError)
    assert isinstance(error.cause, Exception)
    assert "total_credits" in str(error.cause)
    assert error.message.endswith(f": {error.cause}")  # the official shape: "<message>: <cause>"
    assert error.status_code == 200
    assert len(server.requests) == 1


# --- network failures: still OpenRouterErrors, and caught by migrated httpx handlers ----------------------


def test_refused_connection_is_caught_as_httpx_connect_error(mode: str) -> None:
    with StandIn() as gone:
        pass  # nobody listens on its port any more
    try:
        get_credits(mode, gone.url, retries=NO_RETRY)
    except httpx.ConnectError as exc:  # what official code catches
        error: BaseException = exc
    assert isinstance(error, errors.APIConnectionError)
    assert isinstance(error, errors.NoResponseError)
    assert isinstance(error, httpx.TransportError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.request.url == httpx.URL(f"{gone.url}/credits")  # httpx's own attribute works
    assert error.status_code is None


def test_timeout_is_caught_as_httpx_timeout_exception(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=1.0))
    try:
        get_credits(mode, server.url, retries=NO_RETRY, timeout_ms=100)
    except httpx.TimeoutException as exc:
        error: BaseException = exc
    assert isinstance(error, httpx.ReadTimeout)
    assert isinstance(error, errors.APITimeoutError)
    assert "timed out" in str(error)


def test_dropped_connection_is_caught_as_httpx_http_error(server: StandIn, mode: str) -> None:
    server.plan(Reply(drop=True))
    try:
        get_credits(mode, server.url, retries=NO_RETRY)
    except httpx.HTTPError as exc:
        error: BaseException = exc
    assert isinstance(error, errors.APIConnectionError)
    assert isinstance(error, type(error.__cause__))  # the very httpx class the request failed with


def test_network_error_pickles_without_its_request(server: StandIn) -> None:
    server.plan(Reply(delay=1.0))
    error = raised("sync", server.url, retries=NO_RETRY, timeout_ms=100)
    assert isinstance(error, httpx.TimeoutException)
    assert CANARY_KEY in error.request.headers["authorization"]  # the live request has the key ...
    blob = pickle.dumps(error)
    assert CANARY_KEY.encode() not in blob  # ... which is not pickled
    clone = pickle.loads(blob)
    assert type(clone) is type(error)
    assert (str(clone), clone.message) == (str(error), error.message)
    with pytest.raises(RuntimeError):
        clone.request  # noqa: B018  httpx's own "request not set"


def test_every_httpx_request_error_maps_to_a_subclass_of_itself() -> None:
    """Each concrete failure httpx raises has our class that is also that httpx class."""
    classes = {c for c in vars(httpx).values() if isinstance(c, type) and issubclass(c, httpx.RequestError)}
    leaves = [c for c in classes if not any(o is not c and issubclass(o, c) for o in classes)]
    assert len(leaves) >= 14
    for cls in leaves:
        ours = errors.transport_class(cls("x"))
        assert issubclass(ours, cls), cls
        assert ours.__name__ in errors.__all__
        assert ours.__doc__
    for cls in classes:  # the abstract bases (NetworkError, ...) still give a connection error
        assert issubclass(errors.transport_class(cls("x")), errors.APIConnectionError)


# --- the 403 hint ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_forbidden_adds_the_management_key_hint_and_keeps_the_servers_message(mode: str) -> None:
    with StandIn(inference_keys=frozenset({CANARY_KEY})) as server:
        c = OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY)
        with pytest.raises(errors.ForbiddenResponseError) as info:
            once(mode, c)
        assert len(server.requests) == 1  # a 403 is not retried
    error = info.value
    assert error.status_code == 403
    assert "Only management keys can perform this operation" in str(error)
    assert "management key" in str(error).split("operation", 1)[1]
    assert "https://openrouter.ai/settings/management-keys" in str(error)
    assert error.data is not None
    assert error.data.error.message == "Only management keys can perform this operation"
    assert CANARY_KEY not in str(error)
    assert CANARY_KEY not in repr(error)


def test_every_error_with_a_status_shares_one_public_base() -> None:
    for cls in (*errors.STATUS_ERRORS.values(), errors.OpenRouterDefaultError):
        assert issubclass(cls, errors.APIStatusError), cls
    for cls in (errors.NoResponseError, errors.ResponseValidationError, errors.InvalidArgumentError):
        assert not issubclass(cls, errors.APIStatusError), cls
    assert errors.APIStatusError.__module__ == "openrouter.errors"
    error = errors.OpenRouterDefaultError("x", status_code=418)
    assert isinstance(pickle.loads(pickle.dumps(error)), errors.APIStatusError)


def test_cannot_change_is_one_error_an_attribute_error() -> None:
    import dataclasses

    from openrouter._config import configure

    client = OpenRouter(api_key="sk-test")
    changes = [
        lambda: setattr(utils.DEFAULT_RETRY, "strategy", "none"),
        lambda: setattr(client.sdk_configuration, "server_url", "http://127.0.0.1:10"),
        lambda: setattr(configure(api_key="k"), "server_url", "http://127.0.0.1:10"),
    ]
    for change in changes:
        with pytest.raises(dataclasses.FrozenInstanceError):  # an AttributeError
            change()
    with pytest.raises(errors.ReadOnlyError):
        utils.NO_RETRY.strategy = "backoff"
    # What these raised before, so handlers written then still catch it.
    assert issubclass(errors.ReadOnlyError, errors.InvalidArgumentError)
    assert issubclass(errors.ReadOnlyError, errors.InvalidArgumentTypeError)
