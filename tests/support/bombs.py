"""Compression bombs, built without the memory they inflate to: a gzip or deflate stream of
``inflated`` bytes streamed in pieces, with its CRC-32 or Adler-32 computed by combination."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from .scenarios import head
from .server import Conn, RawRequest, Scenario

__all__ = ["bomb", "bomb_size"]

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
