"""Huge bodies through the stand-in (read with a limit raised past 5 MB; the default 1 MiB cuts
them): kept in the error, never in its message.
"""

from __future__ import annotations

import pytest

from conftest import Reply, StandIn
from openrouter import errors, operations
from openrouter.testing import envelope
from support.calls import timed
from support.faults import MB5, NO_RETRY, call

pytestmark = pytest.mark.usefixtures("no_key_in_debug_logs")


# --- huge bodies (read with a limit raised past 5 MB; the default 1 MiB cuts them) -----------------------

BIG = {"max_response_bytes": 16 << 20}


def test_5mb_extra_field_in_a_200_is_kept(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": 1, "total_usage": 2}, "blob": "x" * MB5}))
    res, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == 1
    assert len(res.additional_properties["blob"]) == MB5
    assert elapsed < 5


def test_5mb_error_envelope_keeps_the_body_but_not_in_the_message(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, envelope(500, "m" * MB5)))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG, retries=NO_RETRY))
    assert type(exc) is errors.InternalServerResponseError
    assert exc.data is not None
    assert len(exc.data.error.message) == MB5
    assert len(exc.body) > MB5
    assert len(str(exc)) < 2_000
    assert len(repr(exc)) < 2_000
    assert elapsed < 5


def test_5mb_text_error_page(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "e" * MB5, {"x-should-retry": "false"}))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 503
    assert len(exc.body) == MB5
    assert len(str(exc)) < 2_000
    assert elapsed < 5


def test_5mb_invalid_200_is_a_short_validation_error(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"[" * MB5, {"Content-Type": "application/json"}))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert type(exc) is errors.ResponseValidationError
    assert len(str(exc)) < 2_000
    assert len(server.requests) == 1
    assert elapsed < 5


def test_with_the_default_limit_a_5mb_error_page_keeps_its_status_and_first_mib(
    server: StandIn, mode: str
) -> None:
    server.plan(Reply(503, "e" * MB5, {"x-should-retry": "false"}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 503
    assert len(exc.body) == 1 << 20
    assert "body cut at 1048576 bytes" in exc.message


def test_with_the_default_limit_a_5mb_200_is_too_large_and_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": 1, "total_usage": 2}, "blob": "x" * MB5}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseTooLargeError
    assert exc.status_code == 200
    assert len(server.requests) == 1
