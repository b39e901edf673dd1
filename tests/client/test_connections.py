"""Kept-alive connections: one that a server poisoned (more body than its ``Content-Length``) is not
reused for a second answer; a GET that meets a protocol error on a reused connection is sent again
once, on a new connection."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from openrouter import OpenRouter, errors, utils
from support import CREDITS_BODY, Conn, RawRequest, RawServer

MODES = ["sync", "async"]
NO_RETRY = utils.RetryConfig("none")


def keep_alive(extra: bytes = b"") -> Any:
    """A 200 on a kept-alive connection; ``extra`` bytes follow the body in the same packet."""

    def scenario(conn: Conn, request: RawRequest) -> None:
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
        conn.send(head % len(CREDITS_BODY) + CREDITS_BODY + extra)
        conn.keep_alive = True

    return scenario


def two_calls(mode: str, client: OpenRouter, **kwargs: Any) -> list[Any]:
    async def both() -> list[Any]:
        out = []
        for _ in range(2):
            try:
                out.append(await client.credits.get_credits_async(**kwargs))
            except errors.OpenRouterError as exc:
                out.append(exc)
        return out

    if mode == "async":
        return asyncio.run(both())
    out = []
    for _ in range(2):
        try:
            out.append(client.credits.get_credits(**kwargs))
        except errors.OpenRouterError as exc:
            out.append(exc)
    return out


@pytest.mark.parametrize("retries", [None, NO_RETRY], ids=["default-retries", "no-retries"])
@pytest.mark.parametrize("mode", MODES)
def test_the_call_after_a_poisoned_answer_succeeds_on_a_new_connection(
    mode: str, retries: utils.RetryConfig | None
) -> None:
    poisoned = keep_alive(b"garbage after the body\r\n\r\n")
    with RawServer(poisoned, keep_alive(), keep_alive()) as server:
        client = OpenRouter(api_key="k", server_url=server.url)
        kwargs = {} if retries is None else {"retries": retries}
        first, second = two_calls(mode, client, **kwargs)
        client.close()
    assert first.data.total_credits == 100.5
    assert not isinstance(second, Exception), second  # was: APIRemoteProtocolError
    assert second.data.total_credits == 100.5
    assert server.connections == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_healthy_kept_alive_connection_is_reused(mode: str) -> None:
    with RawServer(keep_alive()) as server:
        client = OpenRouter(api_key="k", server_url=server.url)
        results = two_calls(mode, client)
        client.close()
    assert [r.data.total_credits for r in results] == [100.5, 100.5]
    assert server.connections == 1


def short_length(length: int = 10) -> Any:
    """A 200 on a kept-alive connection that declares ``Content-Length: length`` and sends the whole body."""

    def scenario(conn: Conn, request: RawRequest) -> None:
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
        conn.send(head % length + CREDITS_BODY)
        conn.keep_alive = True

    return scenario


@pytest.mark.parametrize("retries", [None, NO_RETRY], ids=["default-retries", "no-retries"])
@pytest.mark.parametrize("mode", MODES)
def test_a_connection_whose_answer_did_not_parse_is_not_reused(
    mode: str, retries: utils.RetryConfig | None
) -> None:
    # Content-Length: 10 and the whole body: the first answer is '{"data": {', the rest stays on the
    # connection and would read as the status line of the next answer.
    with RawServer(short_length(10), keep_alive()) as server:
        client = OpenRouter(api_key="k", server_url=server.url)
        kwargs = {} if retries is None else {"retries": retries}
        first, second = two_calls(mode, client, **kwargs)
        client.close()
    assert isinstance(first, errors.ResponseValidationError), first
    assert not isinstance(second, Exception), second  # was: APIRemoteProtocolError: illegal status line
    assert second.data.total_credits == 100.5
    # The second call went straight to a new connection: nothing was sent on the poisoned one.
    assert len(server.requests) == 2
    assert server.connections == 2


@pytest.mark.parametrize("retries", [None, NO_RETRY], ids=["default-retries", "no-retries"])
@pytest.mark.parametrize("mode", MODES)
def test_a_get_meeting_a_protocol_error_on_a_reused_connection_is_sent_again_on_a_new_one(
    mode: str, retries: utils.RetryConfig | None
) -> None:
    # The first answer parses, but bytes without a line end follow it: the second request is written on
    # the reused connection and its answer reads as "xyzHTTP/1.1 200 OK" (bytes arrived: not a drop).
    with RawServer(keep_alive(b"xyz"), keep_alive()) as server:
        client = OpenRouter(api_key="k", server_url=server.url)
        kwargs = {} if retries is None else {"retries": retries}
        first, second = two_calls(mode, client, **kwargs)
        client.close()
    assert first.data.total_credits == 100.5
    assert not isinstance(second, Exception), second  # was: APIRemoteProtocolError: illegal status line
    assert second.data.total_credits == 100.5
    assert len(server.requests) == 3  # the second call: once on the reused connection, once on a new one
    assert server.connections == 2
