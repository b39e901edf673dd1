"""Ready-made scenarios for :class:`~support.server.RawServer`: plain answers, slow ones, redirects,
dropped connections and malformed answers."""

from __future__ import annotations

import socket
import struct
from collections.abc import Callable

from .server import CREDITS_BODY, Conn, RawRequest, Scenario, head, ok, raw_body, response

__all__ = [
    "MALFORMED",
    "bad_chunk_size",
    "close_before_answer",
    "drip_body",
    "drip_headers",
    "duplicate_content_length",
    "endless_chunked",
    "garbage_status_line",
    "head",
    "header_flood",
    "http09",
    "ok",
    "raw_body",
    "redirect",
    "response",
]


def drip_headers(interval: float = 0.5, duration: float = 120.0) -> Scenario:
    """A valid 200 whose status line and headers arrive one byte every ``interval`` seconds.

    A padding header ``X-Drip`` makes the head about ``duration / interval`` bytes (so it lasts about
    ``duration`` seconds); the body then comes at once.
    """
    bare = len(head(200, [("X-Drip", "")], length=len(CREDITS_BODY)))
    pad = ("X-Drip", "a" * max(1, int(duration / interval) - bare))
    whole = head(200, [pad], length=len(CREDITS_BODY))

    def play(conn: Conn, _: RawRequest) -> None:
        for i in range(len(whole)):
            conn.send(whole[i : i + 1])
            conn.sleep(interval)
        conn.send(CREDITS_BODY)

    return play


def drip_body(interval: float = 0.5, duration: float = 120.0) -> Scenario:
    """A valid 200 whose head comes at once and whose body arrives one byte every ``interval`` s.

    The body is the credits answer after enough spaces to make it ``duration / interval`` bytes
    (valid JSON once whole), so it lasts about ``duration`` seconds.
    """
    body = b" " * max(0, int(duration / interval) - len(CREDITS_BODY)) + CREDITS_BODY

    def play(conn: Conn, _: RawRequest) -> None:
        conn.send(head(200, length=len(body)))
        for i in range(len(body)):
            conn.send(body[i : i + 1])
            conn.sleep(interval)

    return play


def endless_chunked(chunk: bytes = b" " * 65536, prefix: bytes = b'{"data": {"pad": "') -> Scenario:
    """A chunked 200 whose body never ends: ``prefix``, then ``chunk`` again and again."""

    def play(conn: Conn, _: RawRequest) -> None:
        conn.send(head(200, [("Transfer-Encoding", "chunked")]))
        if prefix:
            conn.send(b"%x\r\n%s\r\n" % (len(prefix), prefix))
        frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
        while True:
            conn.send(frame)

    return play


def redirect(status: int, location: str) -> bytes:
    """A redirect (301/302/303/307/308) to ``location`` (absolute, or a path on this server)."""
    return response(status, b"", [("Location", location)], content_type=None)


def close_before_answer(reset: bool = False) -> Scenario:
    """Read the request, then close without a byte (``reset``: abort with a TCP RST)."""

    def play(conn: Conn, _: RawRequest) -> None:
        if reset:
            conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.sock.close()

    return play


def garbage_status_line() -> bytes:
    """Not an HTTP status line at all."""
    return b"SPAM SPAM SPAM\r\nContent-Length: 2\r\n\r\n{}"


def bad_chunk_size() -> bytes:
    """A chunked 200 whose first chunk size is not hexadecimal."""
    return head(200, [("Transfer-Encoding", "chunked")]) + b"zz\r\n{}\r\n0\r\n\r\n"


def duplicate_content_length() -> bytes:
    """A 200 with two ``Content-Length`` headers that disagree."""
    return head(200, [("Content-Length", str(len(CREDITS_BODY) + 5))], length=len(CREDITS_BODY)) + (
        CREDITS_BODY + b"     "
    )


def header_flood(count: int = 20_000) -> bytes:
    """A 200 with ``count`` headers (about 30 bytes each) before the body."""
    flood = [(f"X-Flood-{i}", "x" * 16) for i in range(count)]
    return head(200, flood, length=len(CREDITS_BODY)) + CREDITS_BODY


def http09() -> bytes:
    """An HTTP/0.9-style answer: the body with no status line and no headers, then close."""
    return CREDITS_BODY


#: Each malformed answer by name (a fresh copy of the bytes per call of the factory).
MALFORMED: dict[str, Callable[[], bytes]] = {
    "garbage_status_line": garbage_status_line,
    "bad_chunk_size": bad_chunk_size,
    "duplicate_content_length": duplicate_content_length,
    "header_flood": header_flood,
    "http09": http09,
}
