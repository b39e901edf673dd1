"""The deprecated, non-idempotent POST (create_coinbase_charge): never retried unless asked, per call."""

from __future__ import annotations

import pytest

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import errors
from openrouter.testing import envelope
from support.calls import timed
from support.faults import call

pytestmark = pytest.mark.usefixtures("no_key_in_debug_logs")


# --- the non-idempotent POST ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "cls"),
    [
        (Reply(503, "busy"), errors.OpenRouterDefaultError),
        (Reply(500, envelope(500, "oops")), errors.InternalServerResponseError),
        (Reply(429, "slow", {"Retry-After": "0"}), errors.OpenRouterDefaultError),
        (Reply(drop=True), errors.APIConnectionError),
    ],
)
def test_coinbase_post_is_not_retried_by_default(
    server: StandIn, mode: str, fault: Reply, cls: type[errors.OpenRouterError]
) -> None:
    server.plan(fault)
    # Not even when the client's retry_config asks for retries: that applies to idempotent calls.
    exc, elapsed = timed(
        lambda: call(mode, server, op="create_coinbase_charge", client_kw={"retry_config": FAST_RETRY})
    )
    assert type(exc) is cls or (cls is errors.APIConnectionError and isinstance(exc, cls))
    assert len(server.requests) == 1
    assert server.requests[0].method == "POST"
    assert elapsed < 2


def test_coinbase_post_is_retried_only_when_asked_per_call(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "busy"))
    exc, _ = timed(lambda: call(mode, server, op="create_coinbase_charge", retries=FAST_RETRY))
    assert type(exc) is errors.GoneResponseError  # the stand-in's normal answer, on the second attempt
    assert len(server.requests) == 2


# --- the documented 200, which has no body ------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, None),  # Content-Length: 0, no Content-Type: what a Prism mock of the document serves
        Reply(200, "", {"Content-Type": "text/plain"}),
        Reply(200, b"", {"Content-Type": "application/json"}),
    ],
    ids=["no-content-type", "text-plain", "json-content-type"],
)
def test_the_documented_bodiless_200_is_none_not_a_validation_error(
    server: StandIn, mode: str, reply: Reply
) -> None:
    server.plan(reply)
    result = call(mode, server, op="create_coinbase_charge")  # was: ResponseValidationError
    assert result is None
    assert len(server.requests) == 1
    assert server.requests[0].method == "POST"


def test_a_body_is_still_parsed_as_json_where_the_document_gives_one(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, None))  # get_credits documents a JSON 200: an empty one is refused
    with pytest.raises(errors.ResponseValidationError, match="Expecting value"):
        call(mode, server)
