"""2XX answers that do not match the schema: a validation error naming the field, never retried;
unknown fields kept; a body that does not match its Content-Encoding.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import errors, operations
from support.calls import timed
from support.faults import call

pytestmark = pytest.mark.usefixtures("no_key_in_debug_logs")


# --- 2XX bodies that do not match the schema ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="invalid-json"),
        pytest.param(b"", id="empty"),
        pytest.param(b"null", id="null"),
        pytest.param([1, 2], id="list"),
        pytest.param({"data": {"total_credits": 1.0}}, id="missing-field"),
        pytest.param({"data": None}, id="null-data"),
        pytest.param({"total_credits": 1, "total_usage": 2}, id="no-data-wrapper"),
        pytest.param({"data": {"total_credits": "lots", "total_usage": 1}}, id="wrong-type-str"),
        pytest.param({"data": {"total_credits": True, "total_usage": 1}}, id="wrong-type-bool"),
        pytest.param({"data": {"total_credits": 1, "total_usage": None}}, id="wrong-type-null"),
    ],
)
def test_bad_200_body_is_a_validation_error_not_retried(server: StandIn, mode: str, body: Any) -> None:
    server.plan(Reply(200, body, {"Content-Type": "application/json"}))
    exc, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert type(exc) is errors.ResponseValidationError
    assert not isinstance(exc, errors.OpenRouterDefaultError)  # official: directly an OpenRouterError
    assert isinstance(exc, errors.OpenRouterError)
    assert exc.status_code == 200
    assert "does not match the API schema" in str(exc)
    assert len(server.requests) == 1
    assert elapsed < 2


def test_wrong_type_names_the_field(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": "lots", "total_usage": 1}}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseValidationError
    assert "data.total_credits" in str(exc)
    assert "lots" in exc.body


def test_unknown_fields_are_accepted_and_kept(server: StandIn, mode: str) -> None:
    body = {"data": {"total_credits": 7, "total_usage": 0.5, "currency": "USD"}, "request_id": "r-1"}
    server.plan(Reply(200, body))
    res, _ = timed(lambda: call(mode, server))
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == 7
    assert res.data.additional_properties == {"currency": "USD"}
    assert res.additional_properties == {"request_id": "r-1"}
    assert res.to_dict() == body
    assert len(server.requests) == 1


def test_deeply_nested_json_is_a_validation_error_not_a_recursion_error(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"[" * 100_000, {"Content-Type": "application/json"}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseValidationError
    assert isinstance(exc.cause, RecursionError)
    assert "maximum recursion depth" in str(exc)


def test_body_that_does_not_match_its_content_encoding_is_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}))
    err, took = timed(lambda: call(mode, server))
    assert type(err) is errors.APIDecodingError
    assert isinstance(err, errors.APIConnectionError)
    assert "could not be decoded" in str(err)
    assert isinstance(err.__cause__, httpx.DecodingError)
    assert len(server.requests) == 1  # another attempt would only get the same body
    assert took < 2
