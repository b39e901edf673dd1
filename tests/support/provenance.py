"""Whether a spec's provenance (``info.x-upstream``) is there and true, whatever the document was called."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from scripts import normalise, upstream

__all__ = ["check_origin"]


def check_origin(spec: Path | dict[str, Any], data: bytes | None = None) -> dict[str, str]:
    """Assert that ``spec`` records where it came from: a source, a retrieval time that has passed and
    the SHA-256 of the document's bytes (``data``, when the caller has them: it must be theirs). The
    source's name is not checked: ``curl -O`` saves the document as ``openapi.yaml``. Returns the record."""
    doc = upstream.load(spec) if isinstance(spec, Path) else spec
    record = normalise.provenance_of(doc)
    assert record is not None, "openapi.yaml has no info.x-upstream"
    assert set(record) == {"source", "retrieved", "sha256"}, record
    assert record["source"].strip(), record
    assert re.fullmatch(r"[0-9a-f]{64}", record["sha256"]), record
    when = dt.datetime.fromisoformat(record["retrieved"])
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    assert when <= dt.datetime.now(dt.UTC), record
    if data is not None:
        assert record["sha256"] == hashlib.sha256(data).hexdigest(), record
    return record
