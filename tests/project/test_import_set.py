"""What one synchronous call imports, in a fresh interpreter: a set of module names, never a timing.

A script or a CI step pays for every module its one call loads (``make bench``, the fresh-process and
command-line rows). A synchronous call needs no event loop, and no command needs the exporter's
dependencies: a change that pulls one of them onto the synchronous path fails here.

httpx's own imports do not count: httpcore imports ``anyio`` (the package, not its backends) whenever it is
installed, and trio too when it is, which a clean install is not; so the child blocks trio as a clean
install has none, imports httpx and httpcore, and only what the call loads after that is judged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import CANARY_KEY, StandIn

#: Roots no synchronous call may import: the event loops (and anyio's loop machinery beyond what
#: httpcore imports itself), and the exporter's dependencies.
EVENT_LOOPS = ("asyncio", "anyio", "trio", "sniffio")
EXPORTER = ("prometheus_client",)
FORBIDDEN = EVENT_LOOPS + EXPORTER

_CHILD = """\
import json, sys
sys.modules["trio"] = None  # as in a clean install: httpcore imports trio only when it is there
import httpx, httpcore
before = set(sys.modules)
{call}
print(json.dumps(sorted(set(sys.modules) - before)))
"""

LIBRARY = """\
from openrouter import OpenRouter
with OpenRouter(api_key={key!r}, server_url={url!r}) as client:
    assert client.credits.get_credits().data.total_credits > 0
    assert client.api_keys.get_current_key_metadata().data.label is not None
"""

COMMAND = """\
import contextlib, io
from openrouter._cli import main
with contextlib.redirect_stdout(io.StringIO()):
    assert main([{command!r}, "--json", "--server-url", {url!r}]) == 0
"""


def loaded(call: str) -> list[str]:
    """The modules ``call`` loads in a fresh interpreter, beyond what httpx and httpcore import."""
    env = {**os.environ, "OPENROUTER_API_KEY": CANARY_KEY}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD.format(call=call)], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    names: list[str] = json.loads(proc.stdout.splitlines()[-1])
    return names


def forbidden(names: list[str]) -> list[str]:
    return [name for name in names if name.split(".")[0] in FORBIDDEN]


def test_a_synchronous_call_imports_no_event_loop(server: StandIn) -> None:
    names = loaded(LIBRARY.format(key=CANARY_KEY, url=server.url))
    assert "openrouter_credits_api.models.get_credits_response" in names  # the call did load what it needs
    assert forbidden(names) == []
    # the overlay sends requests itself: the generated Client (client.py) is never loaded on the way
    assert "openrouter_credits_api.client" not in names


@pytest.mark.parametrize("command", ["get", "key"])
def test_each_command_imports_no_event_loop_and_only_its_own_module(server: StandIn, command: str) -> None:
    names = loaded(COMMAND.format(command=command, url=server.url))
    assert forbidden(names) == []
    assert "openrouter_credits_api.client" not in names
    others = {"get", "key"} - {command}
    assert f"openrouter._cli.{command}" in names
    assert not {f"openrouter._cli.{other}" for other in others} & set(names)
    if command == "get":  # get --json prints floats: its arithmetic does without decimal
        assert "decimal" not in names


#: What only some calls need, loaded on first use: a plain successful call loads none of these. ``decimal``
#: and ``uuid`` (about 3 ms): the validators and the models' JSON check only look for them; ``hooks``
#: loads with hooks, ``_types`` with a per-call keyword or a client passed in, ``_api_keys`` with the
#: first call of that group.
LAZY = (
    "decimal",
    "uuid",
    "openrouter.hooks",
    "openrouter._types",
    "openrouter._api_keys",
    "openrouter.testing",
)

GET_CREDITS = """\
from openrouter import OpenRouter
with OpenRouter(api_key={key!r}, server_url={url!r}) as client:
    assert client.credits.get_credits().data.total_credits > 0
"""


def test_a_plain_call_loads_only_what_it_uses(server: StandIn) -> None:
    names = loaded(GET_CREDITS.format(key=CANARY_KEY, url=server.url))
    assert "openrouter._credits" in names
    assert [name for name in LAZY if name in names] == []


def test_what_a_plain_call_leaves_out_loads_when_used(server: StandIn) -> None:
    call = GET_CREDITS.replace("get_credits()", "get_credits(timeout_ms=5000)")
    names = loaded(call.format(key=CANARY_KEY, url=server.url) + "assert not client.hooks.before\n")
    assert "openrouter._types" in names
    assert "openrouter.hooks" in names


def test_the_check_sees_an_event_loop_pulled_in(server: StandIn) -> None:
    # The check itself can fail: the same call with asyncio imported on the way is caught.
    names = loaded("import asyncio\n" + LIBRARY.format(key=CANARY_KEY, url=server.url))
    assert "asyncio" in forbidden(names)
