"""The ``openrouter-credits`` command line against the stand-in: output, and every exit status."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CANARY_KEY, Reply, StandIn
from openrouter import _cli
from openrouter._cli import main
from openrouter._version import __version__


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPENROUTER_API_KEY", CANARY_KEY)
    return CANARY_KEY


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert CANARY_KEY not in out + err
    assert "Traceback" not in err
    assert err.count("\n") <= 1 or status == _cli.EXIT_USAGE  # one line, argparse usage aside
    return status, out, err


def test_exit_codes_are_distinct_and_documented() -> None:
    codes = [_cli.EXIT_OK, _cli.EXIT_BELOW_MINIMUM, _cli.EXIT_USAGE, _cli.EXIT_AUTH]
    codes += [_cli.EXIT_UNREACHABLE, _cli.EXIT_API_ERROR]
    assert codes == [0, 1, 2, 3, 4, 5]
    for code in codes:
        assert f"\n  {code}  " in _cli._EPILOG


# --- 0: OK -----------------------------------------------------------------------------------------


def test_get_prints_a_table(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "get", "--server-url", server.url)
    assert (status, err) == (0, "")
    assert out == "total      100.50\nused        25.75\nremaining   74.75\n"
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY_KEY}"


def test_get_json(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "get", "--json", "--server-url", server.url)
    assert status == 0
    assert json.loads(out) == {"total_credits": 100.5, "total_usage": 25.75, "remaining_credits": 74.75}


def test_remaining_equal_to_the_minimum_is_enough(
    server: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "get", "--min-remaining", "74.75", "--server-url", server.url)
    assert (status, err) == (0, "")
    assert "remaining   74.75" in out


def test_amounts_are_decimal_not_binary_float(capsys: pytest.CaptureFixture[str]) -> None:
    # 0.3 - 0.1 is 0.19999999999999998 in floats: a float comparison would fail this guard.
    with StandIn(total_credits=0.3, total_usage=0.1) as server:
        status, out, _ = run(capsys, "get", "--json", "--min-remaining", "0.2", "--server-url", server.url)
    assert status == 0
    assert json.loads(out)["remaining_credits"] == 0.2
    assert json.loads(out)["below_minimum"] is False


def test_small_amounts_keep_their_digits(capsys: pytest.CaptureFixture[str]) -> None:
    with StandIn(total_credits=1, total_usage=0.0004) as server:
        status, out, _ = run(capsys, "get", "--server-url", server.url)
    assert status == 0
    assert out.splitlines() == ["total        1.00", "used       0.0004", "remaining  0.9996"]


# --- 1: below the minimum --------------------------------------------------------------------------


def test_below_the_minimum_exits_1(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "get", "--min-remaining", "100", "--server-url", server.url)
    assert status == 1
    assert "remaining   74.75" in out
    assert err == "openrouter-credits: 74.75 credits remaining, below the minimum of 100.00\n"


def test_below_the_minimum_json(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "get", "--json", "--min-remaining", "75", "--server-url", server.url)
    assert status == 1
    assert json.loads(out)["below_minimum"] is True
    assert json.loads(out)["min_remaining"] == 75


# --- 2: usage errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["credits"],
        ["get", "--min-remaining", "five"],
        ["get", "--min-remaining", "nan"],
        ["get", "--timeout", "0"],
        ["get", "--timeout", "soon"],
        ["get", "--api-key", "sk-x"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "usage: openrouter-credits" in err


def test_a_remote_plain_http_server_url_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "get", "--server-url", "http://example.com/api/v1")
    assert status == 2
    assert err.startswith("openrouter-credits: error: server_url 'http://example.com/api/v1' uses plain http")


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "get", "--help")
    assert status == 0
    assert "--min-remaining AMOUNT" in out
    assert "OPENROUTER_API_KEY" in out
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (0, f"openrouter-credits {__version__}\n")


# --- 3: authentication -----------------------------------------------------------------------------


def test_no_key_exits_3_without_a_request(
    server: StandIn, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "  ")
    status, out, err = run(capsys, "get", "--server-url", server.url)
    assert (status, out) == (3, "")
    assert err.startswith("openrouter-credits: OPENROUTER_API_KEY is not set")
    assert server.requests == []


def test_unauthorized_exits_3(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(Reply(401, {"error": {"code": 401, "message": "User not found"}}))
    status, out, err = run(capsys, "get", "--server-url", server.url)
    assert (status, out) == (3, "")
    assert err.startswith("openrouter-credits: authentication failed: 401 Unauthorized: User not found")
    assert len(server.requests) == 1  # a 401 is not retried


def test_inference_key_exits_3(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "k")
    with StandIn(inference_keys=frozenset({"k"})) as server:
        status, out, err = run(capsys, "get", "--server-url", server.url)
    assert (status, out) == (3, "")
    assert "403 Forbidden: Only management keys can perform this operation" in err
    assert "management-keys" in err


# --- 4: unreachable ---------------------------------------------------------------------------------


def test_closed_port_exits_4(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    status, out, err = run(capsys, "get", "--timeout", "0.3", "--server-url", url)
    assert (status, out) == (4, "")
    assert err.startswith(f"openrouter-credits: could not reach the API: GET {url}/credits failed")


def test_timeout_exits_4(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(*[Reply(delay=1.0)] * 3)
    status, _, err = run(capsys, "get", "--timeout", "0.2", "--server-url", server.url)
    assert status == 4
    assert "timed out" in err


# --- 5: other API errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(404, {"error": {"code": 404, "message": "Not Found"}}), "API error: 404 Not Found: Not Found"),
        (Reply(200, {"data": {"total_credits": "lots"}}), "API error: GET "),
        (Reply(200, "<html>maintenance</html>"), "API error: GET "),
    ],
)
def test_other_api_errors_exit_5(
    server: StandIn, capsys: pytest.CaptureFixture[str], reply: Reply, expected: str
) -> None:
    server.plan(reply)
    status, out, err = run(capsys, "get", "--server-url", server.url)
    assert (status, out) == (5, "")
    assert err.startswith(f"openrouter-credits: {expected}")


def test_server_errors_exit_5_once_the_budget_is_spent(
    server: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    server.plan(*[Reply(500, {"error": {"code": 500, "message": "Internal Server Error"}})] * 20)
    status, _, err = run(capsys, "get", "--timeout", "0.4", "--server-url", server.url)
    assert status == 5
    assert "500 Internal Server Error" in err
    assert len(server.requests) >= 1


# --- real processes ------------------------------------------------------------------------------------


def cli(*argv: str, key: str = CANARY_KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OPENROUTER_API_KEY": key}
    return subprocess.run(
        [sys.executable, "-m", "openrouter", *argv], capture_output=True, text=True, env=env, timeout=30
    )


def test_python_m_openrouter(server: StandIn) -> None:
    proc = cli("get", "--min-remaining", "5", "--server-url", server.url)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.splitlines() == ["total      100.50", "used        25.75", "remaining   74.75"]


def test_python_m_openrouter_failure_is_one_line_without_traceback() -> None:
    proc = cli("get", "--timeout", "0.2", "--server-url", f"http://127.0.0.1:{closed_port()}")
    assert proc.returncode == 4
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("openrouter-credits: could not reach the API: ")


def test_console_script(server: StandIn) -> None:
    script = Path(sys.executable).parent / "openrouter-credits"
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    env = {**os.environ, "OPENROUTER_API_KEY": CANARY_KEY}
    proc = subprocess.run(
        [str(script), "get", "--json", "--min-remaining", "80", "--server-url", server.url],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["remaining_credits"] == 74.75
    assert proc.stderr == "openrouter-credits: 74.75 credits remaining, below the minimum of 80.00\n"


def test_the_cli_imports_only_what_it_needs() -> None:
    code = (
        "import sys, openrouter._cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('openrouter_credits_api', 'attrs', 'attr', 'dateutil', 'anyio')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.stdout.strip() == "[]", proc.stdout
