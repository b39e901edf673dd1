"""A client made before ``os.fork()`` (gunicorn ``--preload``, Celery prefork, multiprocessing with
fork): parent and child each get only their own answers, on pools of their own."""

from __future__ import annotations

import json
import os
import warnings
from typing import Any

import pytest

from openrouter import OpenRouter, _pools
from support import Conn, RawRequest, RawServer

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

CALLS = 20


def echo(conn: Conn, request: RawRequest) -> None:
    """Answer with the request's ``x-seq`` as ``total_credits``, after a short pause (so that two
    processes sharing one socket would interleave), keeping the connection alive."""
    conn.sleep(0.002)
    seq = float(request.header("x-seq") or -1)
    body = json.dumps({"data": {"total_credits": seq, "total_usage": 0}}).encode()
    conn.send(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )
    conn.keep_alive = True


def wrong_answers(client: OpenRouter, tag: int) -> list[Any]:
    """The calls whose answer was not their own (or that failed)."""
    wrong: list[Any] = []
    for i in range(CALLS):
        seq = tag * 1000 + i
        try:
            got = client.credits.get_credits(http_headers={"x-seq": str(seq)}).data.total_credits
        except Exception as exc:
            wrong.append(type(exc).__name__)
            continue
        if got != seq:
            wrong.append(got)
    return wrong


def test_parent_and_child_each_get_only_their_own_answers_after_a_fork() -> None:
    with RawServer(echo) as server:
        client = OpenRouter(api_key="k", server_url=server.url)
        assert wrong_answers(client, 9) == []  # the pool holds a kept-alive connection now
        read, write = os.pipe()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
            pid = os.fork()
        if pid == 0:  # the child: report and leave at once (no pytest teardown here)
            code = 1
            try:
                os.write(write, json.dumps(wrong_answers(client, 2)).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        parent = wrong_answers(client, 1)
        _, status = os.waitpid(pid, 0)
        with os.fdopen(read) as pipe:
            child = json.loads(pipe.read() or '["no report"]')
        client.close()
    assert os.waitstatus_to_exitcode(status) == 0
    assert (parent, child) == ([], [])
    # The child opened connections of its own: at least two connections served the 40 calls.
    assert server.connections >= 2


def test_in_a_child_the_pool_is_rebuilt_and_the_inherited_one_left_untouched() -> None:
    pool = _pools.SyncPool()
    inherited = pool.get()
    _pools._forked()  # what os.register_at_fork runs in a child
    try:
        assert pool.built is None
        own = pool.get()
        assert own is not inherited
        pool.close()
        assert own.is_closed
        assert not inherited.is_closed  # closing it would close the parent's connections
    finally:
        _pools._generation -= 1
        inherited.close()


def test_a_user_client_is_the_users_after_a_fork_too() -> None:
    # A client passed in is used as it is, in any process: the user manages it (docs/deployment.md).
    with RawServer(echo) as server:
        import httpx

        user = httpx.Client()
        client = OpenRouter(api_key="k", server_url=server.url, client=user)
        _pools._forked()
        try:
            assert client._sync_http() == (user, False)
        finally:
            _pools._generation -= 1
        user.close()
