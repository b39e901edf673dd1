"""Fetching and reading the published OpenRouter OpenAPI document (a URL or a file, YAML or JSON)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

#: Where OpenRouter publishes its OpenAPI document (also as .json).
DEFAULT_SOURCE = "https://openrouter.ai/openapi.yaml"


class SpecError(Exception):
    """The upstream document cannot be fetched, read or turned into the Credits spec."""


class SpecWarning(UserWarning):
    """Something odd in a document the generator can still use (``make update-spec`` prints it in one
    line and goes on), e.g. a security scheme required but not defined: the overlay owns authentication."""


@dataclass(frozen=True)
class Upstream:
    """The upstream document's bytes and where they came from."""

    source: str  # the URL, or the file name for a local file
    retrieved: str  # ISO 8601 UTC
    data: bytes

    @property
    def sha256(self) -> str:
        """SHA-256 of the upstream bytes, hex."""
        return hashlib.sha256(self.data).hexdigest()

    def provenance(self) -> dict[str, str]:
        """What ``info.x-upstream`` records."""
        return {"source": self.source, "retrieved": self.retrieved, "sha256": self.sha256}


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def fetch(source: str, timeout: float = 30.0, retrieved: str | None = None) -> Upstream:
    """Read ``source`` (an http(s) URL or a path); ``retrieved`` overrides the recorded retrieval time."""
    if re.match(r"https?://", source, re.IGNORECASE):
        hint = "are you offline? pass SPEC=path/to/openapi.yaml to use a saved copy"
        try:
            response = httpx.get(source, timeout=timeout, follow_redirects=True)
        except httpx.TimeoutException as exc:
            raise SpecError(f"fetching {source} timed out after {timeout:g} s ({hint})") from exc
        except httpx.HTTPError as exc:
            raise SpecError(f"cannot fetch {source}: {exc or type(exc).__name__} ({hint})") from exc
        if response.status_code != 200:
            raise SpecError(f"fetching {source} answered HTTP {response.status_code}, not 200")
        return Upstream(source, retrieved or _utc(dt.datetime.now(dt.UTC)), response.content)
    path = Path(source)
    try:
        data = path.read_bytes()
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError as exc:
        raise SpecError(f"cannot read {source}: {exc.strerror or exc}") from exc
    return Upstream(path.name, retrieved or _utc(mtime), data)


def _str_keys(node: Any) -> Any:
    """Mapping keys as strings (YAML reads an unquoted ``200:`` as an int)."""
    if isinstance(node, dict):
        return {str(k): _str_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_str_keys(v) for v in node]
    return node


def parse(data: bytes, name: str) -> dict[str, Any]:
    """An OpenAPI document from its bytes (JSON or YAML); ``name`` is used in error messages."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{name} is not UTF-8 text: {exc}") from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        doc = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{name} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SpecError(f"{name} is not an OpenAPI document (no `paths`)")
    result: dict[str, Any] = _str_keys(doc)
    return result


def load(path: Path) -> dict[str, Any]:
    """The OpenAPI document in the file ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse(data, str(path))
