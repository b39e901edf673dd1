"""A raw-socket HTTP server on 127.0.0.1 for tests: every byte of every answer is the test's choice.

    with RawServer(drip_body(interval=0.5, duration=120)) as server:
        client.credits.get_credits(server_url=server.url)       # the call under test
        assert server.requests[0].header("authorization") is not None

Each request gets the next scenario (the last one repeats, so every retry sees the same fault). A
scenario is ``bytes`` (sent as is, then the connection is closed), a sequence of ``bytes`` and ``float``
(send, sleep so many seconds, ...), or a function ``(conn, request) -> None`` that writes with
``conn.send`` / ``conn.sleep``. After a scenario the connection is closed unless it set
``conn.keep_alive``. Ready-made scenarios: :func:`ok`, :func:`response`, :func:`raw_body`,
:func:`drip_headers`, :func:`drip_body`, :func:`endless_chunked`, :func:`bomb`, :func:`redirect`,
:func:`close_before_answer`, and the malformed answers in :data:`MALFORMED`.

Bounded: a server stops every loop (accepting, reading a request, sending, sleeping) on ``close()`` and
by itself once ``time_limit`` seconds have passed since it started; a client that goes away ends its
scenario quietly. Every socket is closed on exit (no ResourceWarning).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

__all__ = [
    "CREDITS",
    "CREDITS_BODY",
    "MALFORMED",
    "Conn",
    "Gone",
    "RawRequest",
    "RawServer",
    "Scenario",
    "bad_chunk_size",
    "bomb",
    "bomb_size",
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
    "peak_rss_in_subprocess",
    "raw_body",
    "redirect",
    "response",
    "traced_peak",
]

#: The plain valid answer of GET /credits.
CREDITS: dict[str, Any] = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
CREDITS_BODY = json.dumps(CREDITS).encode()

_TICK = 0.05  # how often a blocked loop looks at the stop flag and the time limit
_MAX_REQUEST_HEAD = 64 * 1024


class Gone(Exception):
    """The client went away, or the server is closing / past its time limit: the scenario ends."""


@dataclass
class RawRequest:
    """One request as received: the request line, the headers in order (raw names), the body."""

    request_line: str
    headers: list[tuple[str, str]]
    body: bytes
    connection: int  # the number of the connection it came on (0, 1, ...)
    received_at: float = field(default_factory=time.monotonic)

    @property
    def method(self) -> str:
        return self.request_line.split(" ", 1)[0]

    @property
    def target(self) -> str:
        parts = self.request_line.split(" ")
        return parts[1] if len(parts) > 1 else ""

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), None when absent."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        """Every value of header ``name`` (case-insensitive), in order."""
        return [v for k, v in self.headers if k.lower() == name.lower()]


class Conn:
    """The server side of one connection, as a scenario sees it."""

    def __init__(self, sock: socket.socket, server: RawServer, number: int) -> None:
        self.sock = sock
        self.server = server
        self.number = number
        self.keep_alive = False
        self.sent = 0  # bytes sent on this connection
        self._buffer = b""

    @property
    def alive(self) -> bool:
        """False once the server is closing or past its time limit."""
        return self.server._running()

    def send(self, data: bytes) -> None:
        """Send every byte of ``data``; raises :class:`Gone` when the client left or the server stops."""
        view = memoryview(data)
        while view:
            if not self.alive:
                raise Gone
            try:
                n = self.sock.send(view)
            except TimeoutError:
                continue  # the client is not reading right now: look at the stop flag, try again
            except OSError as exc:
                raise Gone from exc
            view = view[n:]
            self.sent += n

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (less if the server stops, then :class:`Gone`)."""
        if self.server._stop.wait(min(seconds, self.server._left())) or not self.alive:
            raise Gone

    def read_request(self) -> RawRequest | None:
        """The next request on this connection, None when the client closed it or sent garbage."""
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > _MAX_REQUEST_HEAD or not self.alive:
                return None
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            self._buffer += chunk
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        line, *lines = head.decode("latin-1").split("\r\n")
        headers = []
        for raw in lines:
            name, _, value = raw.partition(":")
            headers.append((name.strip(), value.strip()))
        length = next((int(v) for k, v in headers if k.lower() == "content-length" and v.isdigit()), 0)
        while len(self._buffer) < length:
            if not self.alive:
                return None
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            self._buffer += chunk
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        return RawRequest(line, headers, body, self.number)


#: ``bytes``: sent then closed; a sequence of bytes and floats: send / sleep; or a function.
Scenario: TypeAlias = bytes | Sequence[bytes | float] | Callable[[Conn, RawRequest], None]


class RawServer:
    """A raw HTTP/1.1 server on 127.0.0.1 in a thread; see the module docstring.

    Args:
        scenarios: one per request, in order; the last repeats (default: :func:`ok`).
        time_limit: seconds after which every loop of the server stops by itself.
    """

    def __init__(self, *scenarios: Scenario, time_limit: float = 30.0) -> None:
        self._scenarios: list[Scenario] = list(scenarios) or [ok()]
        self.time_limit = time_limit
        self.requests: list[RawRequest] = []
        self.connections = 0
        #: Exceptions raised by scenarios (a bug in the test); leaving the ``with`` block raises the first.
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(_TICK)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._deadline = time.monotonic() + time_limit
        self._accepter = threading.Thread(
            target=self._accept_loop, name=f"rawserver:{self.port}", daemon=True
        )
        self._accepter.start()

    def __repr__(self) -> str:
        return f"RawServer({self.url}, requests={len(self.requests)})"

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close()
        if self.errors and exc_type is None:
            raise AssertionError(f"a scenario of {self!r} failed") from self.errors[0]

    def plan(self, *scenarios: Scenario) -> None:
        """Replace the scenarios for the requests to come."""
        with self._lock:
            self._scenarios = list(scenarios) or [ok()]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RawRequest]:
        """Wait until ``count`` requests arrived (or ``timeout``); return the requests so far."""
        end = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < end:
            time.sleep(0.01)
        return list(self.requests)

    def close(self) -> None:
        """Stop every loop, close every socket and wait for the threads (a few ticks at most)."""
        self._stop.set()
        self._accepter.join(5)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5)
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()
        self._listener.close()

    # --- internals ---------------------------------------------------------------------------------

    def _left(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def _running(self) -> bool:
        return not self._stop.is_set() and time.monotonic() < self._deadline

    def _next_scenario(self) -> Scenario:
        with self._lock:
            return self._scenarios.pop(0) if len(self._scenarios) > 1 else self._scenarios[0]

    def _accept_loop(self) -> None:
        while self._running():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(_TICK)
            with self._lock:
                number = self.connections
                self.connections += 1
                self._sockets.append(sock)
                thread = threading.Thread(target=self._serve, args=(Conn(sock, self, number),), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: Conn) -> None:
        try:
            while True:
                request = conn.read_request()
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                conn.keep_alive = False
                _play(self._next_scenario(), conn, request)
                if not conn.keep_alive:
                    return
        except Gone:
            pass
        except Exception as exc:  # a bug in a scenario: kept for the test to see
            self.errors.append(exc)
        finally:
            _close_quietly(conn.sock)


def _play(scenario: Scenario, conn: Conn, request: RawRequest) -> None:
    if isinstance(scenario, bytes | bytearray):
        conn.send(bytes(scenario))
    elif callable(scenario):
        scenario(conn, request)
    else:
        for step in scenario:
            if isinstance(step, bytes | bytearray):
                conn.send(bytes(step))
            else:
                conn.sleep(float(step))


def _close_quietly(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


# --- ready-made scenarios --------------------------------------------------------------------------


_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def head(
    status: int = 200,
    headers: Sequence[tuple[str, str]] = (),
    *,
    reason: str | None = None,
    content_type: str | None = "application/json",
    length: int | None = None,
) -> bytes:
    """A status line and headers, ending with the blank line (``Connection: close`` included)."""
    lines = [f"HTTP/1.1 {status} {reason if reason is not None else _REASONS.get(status, 'Status')}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    lines.extend(f"{k}: {v}" for k, v in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(
    status: int = 200,
    body: bytes | Any = b"",
    headers: Sequence[tuple[str, str]] = (),
    *,
    reason: str | None = None,
    content_type: str | None = "application/json",
) -> bytes:
    """A complete answer with ``Content-Length``; a non-bytes ``body`` is sent as JSON."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return head(status, headers, reason=reason, content_type=content_type, length=len(data)) + data


def ok() -> bytes:
    """The plain valid 200: ``{"data": {"total_credits": 100.5, "total_usage": 25.75}}``."""
    return response(200, CREDITS_BODY)


def raw_body(body: bytes | str, status: int = 200) -> bytes:
    """A JSON answer whose body is exactly ``body`` (``NaN``, ``Infinity``, ``1e400``...)."""
    return response(status, body.encode() if isinstance(body, str) else body)


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


_UNIT = 1 << 20  # each repeated piece of a bomb inflates to 1 MiB


def _piece(data: bytes, final: bool = False) -> bytes:
    """Raw deflate of ``data`` on its own, byte-aligned, no references outside (concatenable)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


class _Bomb:
    """A compressed body built piece by piece: a ~1 KB piece repeated, each inflating to 1 MiB."""

    def __init__(self, inflated: int, encoding: str, json_like: bool) -> None:
        if encoding not in ("gzip", "deflate"):
            raise ValueError(f"encoding must be gzip or deflate, got {encoding!r}")
        self.encoding = encoding
        self.prefix = b'{"data": {"total_credits": 1, "total_usage": 0, "pad": "' if json_like else b""
        self.suffix = b'"}}' if json_like else b""
        self.unit = b"0" * _UNIT if json_like else bytes(_UNIT)
        self.count = max(1, inflated // _UNIT)
        self.first = _piece(self.prefix)
        self.repeated = _piece(self.unit)
        self.last = _piece(self.suffix, final=True)
        if encoding == "gzip":
            self.header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
            trailer_len = 8
        else:
            self.header = b"\x78\xda"  # zlib wrapper: what HTTP's "deflate" means
            trailer_len = 4
        self.length = (
            len(self.header)
            + len(self.first)
            + self.count * len(self.repeated)
            + len(self.last)
            + trailer_len
        )
        self.inflated = len(self.prefix) + self.count * _UNIT + len(self.suffix)

    def chunks(self) -> Iterator[bytes]:
        """The body, 64 pieces (64 MiB inflated) at a time."""
        yield self.header + self.first
        batch = 64
        for start in range(0, self.count, batch):
            yield self.repeated * min(batch, self.count - start)
        yield self.last + _check(self.encoding, self.prefix, self.unit, self.count, self.suffix)


def _check(encoding: str, prefix: bytes, unit: bytes, count: int, suffix: bytes) -> bytes:
    """The gzip trailer (CRC-32, size) or zlib trailer (Adler-32) of ``prefix + unit * count + suffix``.

    Computed by combining check values (zlib's ``crc32_combine`` / ``adler32_combine``), in
    milliseconds, instead of running over gigabytes.
    """
    gz = encoding == "gzip"
    fn, combine = (zlib.crc32, _crc32_combine) if gz else (zlib.adler32, _adler32_combine)
    units, units_len = fn(b""), 0
    block, block_len = fn(unit), len(unit)
    while count:  # unit * count by doubling
        if count & 1:
            units, units_len = combine(units, block, block_len), units_len + block_len
        block, block_len = combine(block, block, block_len), 2 * block_len
        count >>= 1
    check = combine(combine(fn(prefix), units, units_len), fn(suffix), len(suffix))
    if gz:
        return struct.pack("<II", check, (len(prefix) + units_len + len(suffix)) & 0xFFFFFFFF)
    return struct.pack(">I", check)


_CRC_POLY = 0xEDB88320


def _multmodp(a: int, b: int) -> int:
    """a * b modulo the CRC-32 polynomial (reflected), as in zlib's crc32.c."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if a & (m - 1) == 0:
                return p
        m >>= 1
        b = (b >> 1) ^ _CRC_POLY if b & 1 else b >> 1


_X2N = [1 << 30]  # x^(2^n) modulo the polynomial
for _ in range(31):
    _X2N.append(_multmodp(_X2N[-1], _X2N[-1]))


def _crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A + B from crc(A), crc(B) and len(B) (zlib's crc32_combine)."""
    p, k = 1 << 31, 3  # x^0; 2^3 = 8 bits per byte
    while len2:
        if len2 & 1:
            p = _multmodp(_X2N[k & 31], p)
        len2 >>= 1
        k += 1
    return _multmodp(p, crc1) ^ crc2


def _adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """Adler-32 of A + B from adler(A), adler(B) and len(B) (zlib's adler32_combine)."""
    base = 65521
    rem = len2 % base
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 = (sum1 + (adler2 & 0xFFFF) + base - 1) % base
    sum2 = (sum2 + ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + base - rem) % base
    return sum1 | (sum2 << 16)


def bomb_size(inflated: int = 2 << 30, encoding: str = "gzip", json_like: bool = False) -> tuple[int, int]:
    """``(compressed, inflated)`` byte counts of :func:`bomb` with these arguments."""
    b = _Bomb(inflated, encoding, json_like)
    return b.length, b.inflated


def bomb(inflated: int = 2 << 30, encoding: str = "gzip", json_like: bool = False) -> Scenario:
    """A 200 compressed with ``encoding`` (gzip or deflate): ~1 MB sent per GiB it inflates to.

    Zeros by default; ``json_like``: ``{"data": {"total_credits": 1, "total_usage": 0, "pad": "000...
    "}}``, valid JSON once whole. Valid compressed data with a correct ``Content-Length`` and trailer.
    """
    spec = _Bomb(inflated, encoding, json_like)

    def play(conn: Conn, _: RawRequest) -> None:
        conn.send(head(200, [("Content-Encoding", encoding)], length=spec.length))
        for chunk in spec.chunks():
            conn.send(chunk)

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


# --- measuring memory ------------------------------------------------------------------------------


def traced_peak(fn: Callable[[], object]) -> tuple[object | BaseException, int]:
    """Run ``fn`` under tracemalloc: ``(its result or the exception it raised, peak bytes)``.

    Counts Python allocations only (bytes objects, buffers), which is where a body read whole ends up.
    """
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        result: object | BaseException = fn()
    except BaseException as exc:
        result = exc
    peak = tracemalloc.get_traced_memory()[1] - base
    if not was_tracing:
        tracemalloc.stop()
    return result, peak


_RSS_CODE = """
import sys
def _rss():
    # VmHWM: this process's own peak (ru_maxrss would include the parent's, kept across exec)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
exec(compile(sys.argv[1], "<setup>", "exec"))
_before = _rss()
try:
    exec(compile(sys.argv[2], "<call>", "exec"))
    _outcome = "ok"
except BaseException as _exc:
    _outcome = type(_exc).__name__ + ": " + str(_exc).replace("\\n", " ")
print(_before, _rss(), _outcome, sep="\\t")
"""


def peak_rss_in_subprocess(
    call: str, setup: str = "", timeout: float = 60.0, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run ``setup`` then ``call`` (Python source) in a fresh interpreter.

    Returns ``(growth of peak RSS in bytes during call, outcome)``: outcome is ``"ok"`` or
    ``"ExceptionName: message"``. Linux only (``VmHWM``); counts C allocations too (zlib, sockets).
    Warm up in ``setup`` (a first call imports the generated models: ~8 MB). Measured before issue 13's
    size limit, a 64 MiB JSON-looking gzip bomb grew the peak by ~210 MB, a plain answer by ~8 MB cold::

        with RawServer(ok(), bomb(64 << 20, json_like=True)) as server:
            grown, outcome = peak_rss_in_subprocess(
                "c.credits.get_credits()",
                setup=f"from openrouter import OpenRouter; c = OpenRouter(api_key='k', "
                f"server_url={server.url!r}); c.credits.get_credits()",
            )
    """
    proc = subprocess.run(
        [sys.executable, "-c", _RSS_CODE, setup, call],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"measuring subprocess failed ({proc.returncode}): {proc.stderr[-2000:]}")
    before, after, outcome = proc.stdout.strip().splitlines()[-1].split("\t", 2)
    return int(after) - int(before), outcome
