"""What the tests share beyond ``conftest``: a raw-socket HTTP server whose every byte is the test's
choice (:mod:`.server`), ready-made answers and faults for it (:mod:`.scenarios`, :mod:`.bombs`),
memory measurements (:mod:`.memory`) and the usual ways of making one call (:mod:`.calls`)."""

from .bombs import bomb, bomb_size
from .memory import peak_rss_in_subprocess, traced_peak
from .scenarios import (
    MALFORMED,
    bad_chunk_size,
    close_before_answer,
    drip_body,
    drip_headers,
    duplicate_content_length,
    endless_chunked,
    garbage_status_line,
    header_flood,
    http09,
    redirect,
)
from .server import (
    CREDITS,
    CREDITS_BODY,
    Conn,
    Gone,
    RawRequest,
    RawServer,
    Scenario,
    head,
    ok,
    raw_body,
    response,
)

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
