"""The generated package used on its own, the way the generator documents it (``AuthenticatedClient`` and
an endpoint module's ``sync_detailed``), against the stand-in: the overlay never takes this path, so the
template additions that touch it (``types.Response`` and ``types.File`` built on first use) are proven here.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import CANARY_KEY, StandIn
from openrouter_credits_api import AuthenticatedClient
from openrouter_credits_api.api.credits_ import get_credits
from openrouter_credits_api.models import GetCreditsResponse
from openrouter_credits_api.types import File, Response


def test_sync_detailed_returns_the_generators_response(server: StandIn) -> None:
    with AuthenticatedClient(base_url=server.url, token=CANARY_KEY) as client:
        res = get_credits.sync_detailed(client=client)
        parsed = get_credits.sync(client=client)
    assert isinstance(res, Response)
    assert res.status_code == 200
    assert isinstance(res.parsed, GetCreditsResponse)
    assert res.parsed.data.total_credits == server.total_credits
    assert parsed == res.parsed


def test_file_and_response_are_the_generators_attrs_classes() -> None:
    import attrs

    assert [f.name for f in attrs.fields(File)] == ["payload", "file_name", "mime_type"]
    assert [f.name for f in attrs.fields(Response)] == ["status_code", "content", "headers", "parsed"]
    assert File(payload=b"x", file_name="a.txt").to_tuple() == ("a.txt", b"x", None)  # type: ignore[arg-type]


def test_they_are_built_on_first_use_only() -> None:
    code = (
        "import openrouter_credits_api.types as t\n"
        "assert 'Response' not in vars(t) and 'File' not in vars(t)\n"
        "from openrouter_credits_api.types import Response\n"
        "assert vars(t)['Response'] is Response and 'File' in vars(t)\n"
        "try:\n"
        "    t.Missing\n"
        "except AttributeError as exc:\n"
        "    assert 'Missing' in str(exc)\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
