"""The raw test server itself, checked with raw sockets and plain httpx (not our client)."""

from __future__ import annotations

import gzip
import json
import socket
import struct
import time
import zlib

import httpx
import pytest

from support import (
    CREDITS,
    CREDITS_BODY,
    MALFORMED,
    Conn,
    RawRequest,
    RawServer,
    bomb,
    bomb_size,
    bombs,
    close_before_answer,
    drip_body,
    drip_headers,
    endless_chunked,
    ok,
    peak_rss_in_subprocess,
    raw_body,
    redirect,
    response,
    traced_peak,
)

MiB = 1 << 20


def exchange(
    url: str, request: bytes = b"GET /credits HTTP/1.1\r\nHost: x\r\n\r\n", limit: int = 1 << 24
) -> bytes:
    """Send ``request`` on a raw socket, return every byte until the server closes."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        data = b""
        while len(data) < limit:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    return data


def test_ok_answer_and_the_request_record() -> None:
    with RawServer() as server:
        res = httpx.get(server.url + "/credits", headers={"Authorization": "Bearer k"})
    assert (res.status_code, res.json()) == (200, CREDITS)
    assert res.headers["content-type"] == "application/json"
    [req] = server.requests
    assert (req.request_line, req.method, req.target) == ("GET /credits HTTP/1.1", "GET", "/credits")
    assert req.header("AUTHORIZATION") == "Bearer k"
    assert req.header("x-absent") is None
    assert server.errors == []


def test_a_failing_scenario_fails_the_test() -> None:
    def broken(conn: Conn, _req: RawRequest) -> None:
        raise ValueError("bug in the scenario")

    with pytest.raises(AssertionError, match="a scenario of RawServer") as info:  # noqa: PT012
        with RawServer(broken) as server:
            with pytest.raises(httpx.RemoteProtocolError):
                httpx.get(server.url)
    assert isinstance(info.value.__cause__, ValueError)


def test_a_request_body_is_recorded() -> None:
    with RawServer() as server:
        httpx.post(server.url + "/x", content=b"hello")
    assert server.requests[0].body == b"hello"


def test_scenarios_go_in_order_and_the_last_repeats() -> None:
    with RawServer(response(503, {"error": {"code": 503}}), ok()) as server:
        codes = [httpx.get(server.url).status_code for _ in range(3)]
        server.plan(response(429))
        codes.append(httpx.get(server.url).status_code)
    assert codes == [503, 200, 200, 429]
    assert [r.connection for r in server.requests] == [0, 1, 2, 3]


def test_keep_alive_serves_several_requests_on_one_connection() -> None:
    body = b"{}"

    def keep(conn: Conn, _req: RawRequest) -> None:
        conn.keep_alive = True
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n" + body)

    with RawServer(keep) as server, httpx.Client() as client:
        assert [client.get(server.url).content for _ in range(3)] == [body] * 3
    assert server.connections == 1
    assert len(server.requests) == 3


def test_a_scenario_as_data_with_pauses() -> None:
    steps = [b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n", 0.2, b"\r\n{}"]
    with RawServer(steps) as server:
        started = time.monotonic()
        res = httpx.get(server.url)
    assert res.content == b"{}"
    assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize("body", ["NaN", "Infinity", '{"data": {"total_credits": 1e400, "total_usage": 0}}'])
def test_raw_body_is_sent_exactly(body: str) -> None:
    with RawServer(raw_body(body)) as server:
        data = exchange(server.url)
    head, _, sent = data.partition(b"\r\n\r\n")
    assert sent == body.encode()
    assert f"Content-Length: {len(body)}".encode() in head


def test_drip_headers_is_slow_yet_never_idle_for_a_read_timeout() -> None:
    with RawServer(drip_headers(interval=0.002, duration=0.4)) as server:
        started = time.monotonic()
        res = httpx.get(server.url, timeout=0.2)  # each byte comes well within the read timeout
        elapsed = time.monotonic() - started
    assert res.json() == CREDITS
    assert len(res.headers["x-drip"]) > 50
    assert elapsed >= 0.4


def test_drip_body() -> None:
    with RawServer(drip_body(interval=0.002, duration=0.4)) as server:
        started = time.monotonic()
        res = httpx.get(server.url, timeout=0.2)
        elapsed = time.monotonic() - started
    assert res.json() == CREDITS
    assert len(res.content) == 200
    assert elapsed >= 0.4


def test_endless_chunked_body_keeps_coming() -> None:
    with RawServer(endless_chunked()) as server, httpx.stream("GET", server.url) as res:
        assert res.headers["transfer-encoding"] == "chunked"
        got = 0
        for chunk in res.iter_bytes():
            got += len(chunk)
            if got > 20 * MiB:
                break
    assert got > 20 * MiB


def drain(url: str) -> int:
    """Read a streamed body to its end with httpx; return the raw byte count."""
    with httpx.stream("GET", url) as res:
        return sum(len(chunk) for chunk in res.iter_raw())


def test_endless_chunked_stops_at_the_time_limit() -> None:
    started = time.monotonic()
    with RawServer(endless_chunked(), time_limit=0.5) as server, pytest.raises(httpx.RemoteProtocolError):
        drain(server.url)
    assert time.monotonic() - started < 3


def test_close_returns_promptly_while_a_client_stalls() -> None:
    server = RawServer(endless_chunked())
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")  # then never read: the server's send blocks
    time.sleep(0.2)
    started = time.monotonic()
    server.close()
    sock.close()
    assert time.monotonic() - started < 3  # its loops look at the stop flag every 50 ms


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize("count", [0, 1, 5, 1000])
def test_bomb_trailer_matches_zlib(encoding: str, count: int) -> None:
    fn = zlib.crc32 if encoding == "gzip" else zlib.adler32
    data = b"head" + b"unit-" * count + b"tail"
    expected = struct.pack("<II", fn(data), len(data)) if encoding == "gzip" else struct.pack(">I", fn(data))
    assert bombs._check(encoding, b"head", b"unit-", count, b"tail") == expected


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_small_bomb_is_valid_compressed_data(encoding: str) -> None:
    with RawServer(bomb(8 * MiB, encoding)) as server:
        data = exchange(server.url)
    head, _, body = data.partition(b"\r\n\r\n")
    assert f"Content-Encoding: {encoding}".encode() in head
    assert f"Content-Length: {len(body)}".encode() in head
    inflated = gzip.decompress(body) if encoding == "gzip" else zlib.decompress(body)
    assert inflated == bytes(8 * MiB)
    assert len(body) < 10_000


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_json_like_bomb_decodes_to_credits_json(encoding: str) -> None:
    with RawServer(bomb(4 * MiB, encoding, json_like=True)) as server:
        res = httpx.get(server.url)  # httpx decodes Content-Encoding
    data = res.json()["data"]
    assert (data["total_credits"], data["total_usage"], len(data["pad"])) == (1, 0, 4 * MiB)


def test_big_bomb_is_about_2_mb_on_the_wire_and_inflates_to_gigabytes() -> None:
    compressed, inflated = bomb_size()
    assert 1 * MiB < compressed < 3 * MiB
    assert inflated == 2 << 30
    with RawServer(bomb()) as server, httpx.stream("GET", server.url) as res:
        assert int(res.headers["content-length"]) == compressed
        decoded = 0
        for chunk in res.iter_bytes():  # inflates as it goes; stop after 64 MiB
            assert chunk.count(0) == len(chunk)
            decoded += len(chunk)
            if decoded >= 64 * MiB:
                break
        assert res.num_bytes_downloaded < MiB  # 64 MiB out of well under 1 MB in
    assert decoded >= 64 * MiB


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_answers_are_sent_as_given_and_httpx_rejects_them(name: str) -> None:
    expected = MALFORMED[name]()
    with RawServer(expected) as server:
        assert exchange(server.url) == expected
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.get(server.url)


def test_header_flood_is_large() -> None:
    assert len(MALFORMED["header_flood"]()) > 500_000


def test_close_before_answer() -> None:
    with RawServer(close_before_answer()) as server:
        assert exchange(server.url) == b""
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            httpx.get(server.url)
    with RawServer(close_before_answer(reset=True)) as server, pytest.raises(httpx.ReadError):
        httpx.get(server.url)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_on_the_same_server(status: int) -> None:
    with RawServer(redirect(status, "/elsewhere"), ok()) as server:
        res = httpx.get(server.url + "/credits", headers={"Authorization": "Bearer k"}, follow_redirects=True)
    assert res.json() == CREDITS
    assert [r.target for r in server.requests] == ["/credits", "/elsewhere"]
    assert [r.header("authorization") for r in server.requests] == ["Bearer k"] * 2


def test_redirect_to_a_second_server_records_whether_a_key_arrived() -> None:
    with RawServer() as other, RawServer(redirect(307, other.url + "/credits")) as server:
        # httpx drops Authorization when the origin changes (the port differs here)
        res = httpx.get(server.url + "/credits", headers={"Authorization": "Bearer k"}, follow_redirects=True)
        assert res.json() == CREDITS
        [first], [second] = server.requests, other.requests
    assert first.header("authorization") == "Bearer k"
    assert second.header("authorization") is None
    assert second.target == "/credits"


def test_traced_peak_sees_a_body_read_whole() -> None:
    with RawServer(ok(), bomb(32 * MiB)) as server:
        small, small_peak = traced_peak(lambda: httpx.get(server.url))
        big, big_peak = traced_peak(lambda: httpx.get(server.url).content)
    assert isinstance(small, httpx.Response)
    assert big == bytes(32 * MiB)
    assert small_peak < 8 * MiB < 32 * MiB <= big_peak


def test_traced_peak_returns_the_exception() -> None:
    result, _ = traced_peak(lambda: 1 / 0)
    assert isinstance(result, ZeroDivisionError)


def test_peak_rss_in_subprocess() -> None:
    grown, outcome = peak_rss_in_subprocess(
        "x = bytearray(64 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096])"
    )
    assert outcome == "ok"
    assert grown >= 48 * MiB
    grown, outcome = peak_rss_in_subprocess("raise ValueError('no')", setup="import json")
    assert (outcome, grown < 8 * MiB) == ("ValueError: no", True)


def test_peak_rss_of_an_http_call_against_the_server() -> None:
    with RawServer(ok()) as server:
        grown, outcome = peak_rss_in_subprocess(
            f"assert httpx.get({server.url!r}).json() == {json.loads(CREDITS_BODY)!r}",
            setup="import httpx",
        )
    assert outcome == "ok"
    assert grown < 16 * MiB
