"""The ``openrouter-credits`` command line against the stand-in: output, and every exit status."""

from __future__ import annotations

import datetime
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import CANARY_KEY, Reply, StandIn
from openrouter import _cli
from openrouter._cli import common, main
from openrouter._cli import key as key_command
from openrouter._version import __version__
from openrouter.testing import Key
from support import RawServer, Scenario, drip_body, drip_headers, ok, response


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
    logger = logging.getLogger("openrouter")
    handlers, level = list(logger.handlers), logger.level
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert CANARY_KEY not in out + err
    assert "Traceback" not in err
    if status != _cli.EXIT_USAGE:  # argparse's usage aside, every stderr line is one of ours
        assert all(line.startswith("openrouter-credits: ") for line in err.splitlines()), err
    assert (logger.handlers, logger.level) == (handlers, level)  # the progress handler is gone
    return status, out, err


def last_line(err: str) -> str:
    return err.splitlines()[-1] if err else ""


def progress_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if " failed: " in line and "; retrying in " in line]


def test_exit_codes_are_distinct_and_documented() -> None:
    codes = [_cli.EXIT_OK, _cli.EXIT_BELOW_MINIMUM, _cli.EXIT_USAGE, _cli.EXIT_AUTH]
    codes += [_cli.EXIT_UNREACHABLE, _cli.EXIT_API_ERROR, _cli.EXIT_NO_LIMIT, _cli.EXIT_INTERRUPTED]
    assert codes == [0, 1, 2, 3, 4, 5, 6, 130]
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
        ["get", "--min-remaining", "-5"],
        ["get", "--min-remaining=-0.01"],
        ["get", "--timeout", "0"],
        ["get", "--timeout", "soon"],
        ["get", "--api-key", "sk-x"],
        ["get", "--min-days", "3"],
        ["key", "--min-days", "soon"],
        ["key", "--min-days", "-1"],
        ["key", "--min-remaining", "inf"],
        ["key", "--timeout", "-2"],
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
    assert "with an inference key, run `openrouter-credits key` instead" in err


# --- 4: unreachable ---------------------------------------------------------------------------------


def test_closed_port_exits_4_after_saying_it_retried(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    status, out, err = run(capsys, "get", "--timeout", "1", "--server-url", url)
    assert (status, out) == (4, "")
    # 1 s: attempt 1, a wait of 0.375-0.5 s, attempt 2, then a wait of 0.75-1 s would pass the deadline
    lines = err.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(
        rf"openrouter-credits: attempt 1 failed: GET {url}/credits failed, no answer from the server: "
        r".*; retrying in 0\.(3[89]|4\d|50) s",
        lines[0],
    ), lines[0]
    assert re.fullmatch(
        rf"openrouter-credits: could not reach the API: GET {url}/credits failed, no answer from the "
        r"server: .* \(2 attempts in \d+\.\d\d s\)",
        lines[1],
    ), lines[1]


def test_timeout_exits_4(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(*[Reply(delay=1.0)] * 3)
    status, _, err = run(capsys, "get", "--timeout", "0.2", "--server-url", server.url)
    assert status == 4
    assert "timed out" in last_line(err)
    assert re.search(r"\(1 attempt in \d+\.\d\d s\)$", last_line(err))


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
    # The server asks for 0.6 s between attempts: within the 1 s budget one wait fits and the next does
    # not, so the call ends on the second answer, with 0.4 s to spare on either side. (With backoff
    # waits near the budget, a busy machine let the deadline cut an attempt instead: exit 4.)
    busy = Reply(500, {"error": {"code": 500, "message": "Internal Server Error"}}, {"retry-after-ms": "600"})
    server.plan(*[busy] * 20)
    status, _, err = run(capsys, "get", "--timeout", "1", "--server-url", server.url)
    assert status == 5
    assert len(server.requests) == 2
    assert "500 Internal Server Error" in last_line(err)
    attempts = len(server.requests)
    assert len(progress_lines(err)) == attempts - 1
    assert re.search(rf"\({attempts} attempts? in \d+\.\d\d s\)$", last_line(err)), err


# --- progress on stderr, retry_after, the deadline ---------------------------------------------------


def test_each_retry_is_reported_with_the_servers_requested_wait(capsys: pytest.CaptureFixture[str]) -> None:
    busy = response(503, {"error": {"code": 503, "message": "busy"}}, [("Retry-After-Ms", "50")])
    with RawServer(busy, busy, ok()) as raw:
        status, out, err = run(capsys, "get", "--server-url", raw.url)
    assert status == 0
    assert out.splitlines()[-1] == "remaining   74.75"
    lines = err.splitlines()
    assert lines[:2] == [
        f"openrouter-credits: attempt {n} failed: 503 Service Unavailable: busy; retrying in 0.05 s "
        "(the server asked to wait 0.05 s)"
        for n in (1, 2)
    ]
    assert re.fullmatch(r"openrouter-credits: answered on attempt 3 after \d+\.\d\d s", lines[2]), lines[2]
    assert len(lines) == 3
    assert [r.header("authorization") for r in raw.requests] == [f"Bearer {CANARY_KEY}"] * 3


def test_a_429_the_client_will_not_wait_for_shows_retry_after(capsys: pytest.CaptureFixture[str]) -> None:
    limited = response(429, {"error": {"code": 429, "message": "slow down"}}, [("Retry-After", "120")])
    with RawServer(limited) as raw:
        status, out, err = run(capsys, "get", "--json", "--server-url", raw.url)
    assert status == 5
    assert len(raw.requests) == 1  # 120 s is longer than the client waits (60 s at most)
    assert re.fullmatch(
        r"openrouter-credits: API error: 429 Too Many Requests: slow down "
        r"\(the server asked to retry after 120 s\) \(1 attempt in \d+\.\d\d s\)\n",
        err,
    ), err
    got = json.loads(out)
    assert 0 < got.pop("elapsed_seconds") < 5
    assert got == {
        "error": "api_error",
        "message": "API error: 429 Too Many Requests: slow down",
        "exit_status": 5,
        "error_type": "OpenRouterDefaultError",
        "status_code": 429,
        "retry_after": 120.0,
        "attempts": 1,
    }


@pytest.mark.parametrize("scenario", [drip_headers, drip_body])
def test_timeout_holds_while_the_answer_trickles_in(
    capsys: pytest.CaptureFixture[str], scenario: Callable[..., Scenario]
) -> None:
    # one byte every 50 ms for 30 s: never idle long enough for a read timeout
    with RawServer(scenario(interval=0.05, duration=30)) as raw:
        started = time.monotonic()
        status, out, err = run(capsys, "get", "--json", "--timeout", "0.5", "--server-url", raw.url)
        elapsed = time.monotonic() - started
    assert status == 4
    assert elapsed < 0.5 + _cli.DEADLINE_GRACE + 1.0  # slack for a loaded machine
    got = json.loads(out)
    assert (got["error"], got["exit_status"], got["status_code"]) == ("timeout", 4, None)
    assert "0.5 s" in got["message"] or "deadline" in got["message"]
    assert last_line(err).startswith("openrouter-credits: could not reach the API: ")
    assert raw.requests[0].header("authorization") == f"Bearer {CANARY_KEY}"


# --- --json failures ---------------------------------------------------------------------------------


def json_failure(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any], str]:
    status, out, err = run(capsys, *argv)
    assert out.count("\n") == 1  # one object, one line
    got = json.loads(out)
    assert got["exit_status"] == status
    assert set(got) == {
        "error",
        "message",
        "exit_status",
        "error_type",
        "status_code",
        "retry_after",
        "attempts",
        "elapsed_seconds",
    }
    return status, got, err


def test_json_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, got, err = json_failure(capsys, "get", "--json", "--min-remaining", "-5")
    assert status == 2
    assert got["error"] == "usage"
    assert got["message"] == "argument --min-remaining: must be 0 or more, got '-5'"
    assert (got["attempts"], got["elapsed_seconds"], got["status_code"]) == (0, None, None)
    assert "usage: openrouter-credits get" in err
    assert err.count("must be 0 or more") == 1


def test_json_bad_server_url_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, got, _ = json_failure(capsys, "get", "--json", "--server-url", "http://example.com/api/v1")
    assert (status, got["error"], got["error_type"]) == (2, "usage", "InvalidArgumentError")
    assert got["message"].startswith("error: server_url 'http://example.com/api/v1' uses plain http")


def test_json_missing_key(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY")
    status, got, _ = json_failure(capsys, "get", "--json")
    assert (status, got["error"], got["attempts"]) == (3, "auth", 0)
    assert got["message"].startswith("OPENROUTER_API_KEY is not set")


def test_json_unauthorized(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(Reply(401, {"error": {"code": 401, "message": "User not found"}}))
    status, got, _ = json_failure(capsys, "get", "--json", "--server-url", server.url)
    assert (status, got["error"], got["status_code"], got["attempts"]) == (3, "auth", 401, 1)
    assert got["error_type"] == "UnauthorizedResponseError"
    assert got["message"].startswith("authentication failed: 401 Unauthorized: User not found")


def test_json_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    status, got, err = json_failure(capsys, "get", "--json", "--timeout", "1", "--server-url", url)
    assert (status, got["error"], got["error_type"]) == (4, "unreachable", "APIConnectError")
    assert got["attempts"] == len(progress_lines(err)) + 1
    assert got["message"].startswith(f"could not reach the API: GET {url}/credits failed")


def test_json_server_error_after_retries(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(*[Reply(500, {"error": {"code": 500, "message": "Internal Server Error"}})] * 20)
    status, got, err = json_failure(capsys, "get", "--json", "--timeout", "0.8", "--server-url", server.url)
    assert (status, got["error"], got["status_code"]) == (5, "api_error", 500)
    assert got["attempts"] == len(server.requests) == len(progress_lines(err)) + 1 >= 2
    assert 0 < got["elapsed_seconds"] < 0.8 + _cli.DEADLINE_GRACE + 1.0


def test_json_invalid_answer(server: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    server.plan(Reply(200, "<html>maintenance</html>"))
    status, got, _ = json_failure(capsys, "get", "--json", "--server-url", server.url)
    assert (status, got["error"], got["error_type"]) == (5, "api_error", "ResponseValidationError")


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


def test_python_m_openrouter_reports_retries_and_prints_json_on_failure() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    proc = cli("get", "--json", "--timeout", "1", "--server-url", url)
    assert proc.returncode == 4
    assert json.loads(proc.stdout)["attempts"] == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"openrouter-credits: attempt 1 failed: GET {url}/credits failed")
    assert lines[1].startswith("openrouter-credits: could not reach the API: ")
    assert re.search(r"\(2 attempts in \d+\.\d\d s\)$", lines[1])


def test_ctrl_c_exits_130_with_json() -> None:
    env = {**os.environ, "OPENROUTER_API_KEY": CANARY_KEY}
    with RawServer(drip_body(interval=0.05, duration=30)) as raw:
        proc = subprocess.Popen(
            [sys.executable, "-m", "openrouter", "get", "--json", "--server-url", raw.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        raw.wait_for_requests(1, timeout=20)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert json.loads(out)["error"] == "interrupted"
    assert err == "openrouter-credits: interrupted\n"


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
    # What httpx itself imports does not count (older httpx loads httpcore, anyio and more at import).
    code = (
        "import sys, httpx; before = set(sys.modules); import openrouter._cli; "
        "print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in "
        "('openrouter_credits_api', 'attrs', 'attr', 'dateutil', 'anyio')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.stdout.strip() == "[]", proc.stdout


# --- key: what this key may still spend (GET /key) -------------------------------------------------

INFERENCE_KEY = "sk-or-v1-ci-pipeline-inference-9z"
#: The fake clock of the --min-days tests: the key of `keyed` expires 10 days after it.
NOW = datetime.datetime(2030, 6, 1, 12, tzinfo=datetime.UTC)


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> Iterator[StandIn]:
    """A stand-in with the pipeline's inference key in OPENROUTER_API_KEY: a 20 USD monthly limit with
    7.5 USD of it spent this month (12.5 left), expiring in 10 days by the fake clock."""
    monkeypatch.setenv("OPENROUTER_API_KEY", INFERENCE_KEY)
    monkeypatch.setattr(key_command, "_now", lambda: NOW)
    key = Key(
        limit=20,
        limit_reset="monthly",
        usage=31.25,
        usage_monthly=7.5,
        usage_weekly=2,
        usage_daily=0.5,
        byok_usage=1.5,
        expires_at="2030-06-11T12:00:00+00:00",
    )
    with StandIn(keys={INFERENCE_KEY: key}) as s:
        s.clock = lambda: NOW  # the budget windows reset by the same fake clock
        yield s


def key_json(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out)
    assert INFERENCE_KEY not in out
    return data


def test_key_prints_a_table_in_usd(keyed: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "key", "--server-url", keyed.url)
    assert (status, err) == (0, "")
    assert out == (
        "label        sk-or-v1-ci...-9z\n"
        "limit        20.00 USD\n"
        "remaining    12.50 USD\n"
        "resets       monthly\n"
        "usage today   0.50 USD\n"
        "this week     2.00 USD\n"
        "this month    7.50 USD\n"
        "all time     31.25 USD\n"
        "BYOK today    1.50 USD\n"
        "this week     1.50 USD\n"
        "this month    1.50 USD\n"
        "all time      1.50 USD\n"
        "expires      2030-06-11 12:00:00 UTC (in 10.0 days)\n"
        "budgets      * key limit (key_limit): 12.50 of 20.00 USD left, monthly, resets 2030-07-01 00:00 UTC"
        " (blocks first)\n"
        "free models  1000 of 1000 requests left today (0 used)\n"
    )
    assert [(r.method, r.path, r.key) for r in keyed.requests] == [("GET", "/api/v1/key", INFERENCE_KEY)]


@pytest.mark.parametrize(
    ("key", "minimum", "status", "verdict", "message"),
    [
        (Key(limit=20, usage=7.5), "12.5", 0, {"below_minimum": False, "no_limit": False}, None),
        (
            Key(limit=20, usage=7.5),
            "12.51",
            1,
            {"below_minimum": True, "no_limit": False},
            "key limit (key_limit): 12.50 of 20.00 USD left",
        ),
        (
            Key(limit=5, usage=9),
            "0.01",
            1,
            {"below_minimum": True, "no_limit": False},
            "key limit (key_limit): -4.00 of 5.00 USD left",  # the layer is overspent
        ),
        (Key(), "1", 6, {"below_minimum": None, "no_limit": True}, "nothing limits what this key may spend"),
    ],
    ids=["enough", "too-little", "spent", "no-limit"],
)
@pytest.mark.parametrize("as_json", [True, False], ids=["json", "table"])
def test_key_min_remaining_with_an_inference_key(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    key: Key,
    minimum: str,
    status: int,
    verdict: dict[str, Any],
    message: str | None,
    as_json: bool,
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", INFERENCE_KEY)
    with StandIn(keys={INFERENCE_KEY: key}) as server:
        got, out, err = run(
            capsys,
            "key",
            *(["--json"] if as_json else []),
            "--min-remaining",
            minimum,
            "--server-url",
            server.url,
        )
    assert got == status
    if message is None:
        assert err == ""
    else:
        assert message in last_line(err)
    if as_json:
        data = key_json(out)
        assert {k: data[k] for k in verdict} == verdict
        assert data["min_remaining"] == float(minimum)
        assert data["limit"] == key.limit
        assert data["limit_remaining"] == key.limit_remaining()
        assert data["is_management_key"] is False
    else:
        assert out.startswith("label        sk-or-v1-ci...-9z\n")


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "table"])
def test_key_expired_exits_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, as_json: bool
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", INFERENCE_KEY)
    expired = Key(limit=20, expires_at="2020-01-01T00:00:00Z")
    with StandIn(keys={INFERENCE_KEY: expired}) as server:
        status, out, err = run(
            capsys,
            "key",
            *(["--json"] if as_json else []),
            "--min-remaining",
            "1",
            "--server-url",
            server.url,
        )
        assert len(server.requests) == 1  # a 401 is not retried
    assert status == _cli.EXIT_AUTH
    assert "authentication failed: 401 Unauthorized: User not found." in err
    assert "an expired or disabled key is refused too" in err
    if as_json:
        data = key_json(out)
        assert (data["error"], data["exit_status"], data["status_code"]) == ("auth", 3, 401)
        assert data["error_type"] == "UnauthorizedResponseError"
    else:
        assert out == ""


@pytest.mark.parametrize(
    ("days", "status", "expiring"),
    [("9.9", 0, False), ("10", 0, False), ("10.01", 1, True), ("30", 1, True)],
)
def test_key_min_days_by_a_fake_clock(
    keyed: StandIn, capsys: pytest.CaptureFixture[str], days: str, status: int, expiring: bool
) -> None:
    got, out, err = run(capsys, "key", "--json", "--min-days", days, "--server-url", keyed.url)
    assert got == status
    data = key_json(out)
    assert (data["days_left"], data["min_days"], data["expires_within_min_days"]) == (
        10.0,
        float(days),
        expiring,
    )
    assert data["expires_at"] == "2030-06-11T12:00:00Z"
    if expiring:
        assert last_line(err).startswith(
            "openrouter-credits: the key expires in 10.0 days, within the minimum of"
        )
    else:
        assert err == ""


def test_key_min_days_and_min_remaining_together(keyed: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    """Each guard fails on its own; enough left does not excuse an expiry, nor the other way round."""
    status, out, err = run(
        capsys, "key", "--json", "--min-remaining", "5", "--min-days", "30", "--server-url", keyed.url
    )
    data = key_json(out)
    assert (status, data["below_minimum"], data["expires_within_min_days"]) == (1, False, True)
    status, out, err = run(
        capsys, "key", "--json", "--min-remaining", "50", "--min-days", "1", "--server-url", keyed.url
    )
    data = key_json(out)
    assert (status, data["below_minimum"], data["expires_within_min_days"]) == (1, True, False)
    status, _, err = run(capsys, "key", "--min-remaining", "5", "--min-days", "1", "--server-url", keyed.url)
    assert (status, err) == (0, "")


def test_key_min_days_on_a_key_that_never_expires_passes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", INFERENCE_KEY)
    with StandIn(keys={INFERENCE_KEY: Key(limit=1)}) as server:
        status, out, err = run(capsys, "key", "--json", "--min-days", "365", "--server-url", server.url)
    data = key_json(out)
    assert (status, err, data["expires_at"], data["expires_within_min_days"]) == (0, "", None, False)


def test_key_with_a_management_key_says_it_does_not_belong_in_ci(
    server: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "key", "--server-url", server.url
    )  # the default stand-in: a management key
    assert status == 0
    assert "remaining    no limit\n" in out
    assert "this is a management key" in err
    assert "a CI pipeline needs only an inference key" in err


def test_key_without_a_key_exits_3_without_a_request(
    keyed: StandIn, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY")
    status, out, err = run(capsys, "key", "--json", "--server-url", keyed.url)
    assert status == 3
    assert "an inference key is enough" in err
    assert json.loads(out)["error"] == "auth"
    assert keyed.requests == []


def test_key_retries_a_500_and_reports_it(keyed: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    keyed.plan(Reply.error(500))
    status, out, err = run(capsys, "key", "--json", "--min-remaining", "1", "--server-url", keyed.url)
    assert status == 0
    assert key_json(out)["limit_remaining"] == 12.5
    assert len(progress_lines(err)) == 1
    assert "answered on attempt 2" in last_line(err)


def test_key_unreachable_exits_4(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "key", "--json", "--timeout", "1", "--server-url", f"http://127.0.0.1:{closed_port()}"
    )
    assert status == 4
    assert json.loads(out)["error"] in ("unreachable", "timeout")


def test_key_help_documents_its_guards(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "key", "--help")
    assert status == 0
    for text in ("--min-remaining USD", "--min-days DAYS", "--json", "--server-url URL", "--timeout SECONDS"):
        assert text in out
    assert "\n  6  " in out


def test_key_console_script_with_the_inference_key(keyed: StandIn) -> None:
    """`openrouter-credits key --min-remaining` as a CI step runs it: its own process, the real clock."""
    script = Path(sys.executable).parent / "openrouter-credits"
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    keyed.keys[INFERENCE_KEY].expires_at = None
    env = {**os.environ, "OPENROUTER_API_KEY": INFERENCE_KEY}
    for minimum, status in (("10", 0), ("15", 1)):
        proc = subprocess.run(
            [str(script), "key", "--json", "--min-remaining", minimum, "--server-url", keyed.url],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
        )
        assert proc.returncode == status, proc.stderr
        assert key_json(proc.stdout)["limit_remaining"] == 12.5


_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e6, max_value=1e6).map(lambda x: round(x, 4)),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0.0, -0.0, 0, 0.1, 0.2, 1e-300, 5e-324, 1.7976931348623157e308, 100.5, 25.75]),
)


@given(_NUMBERS, _NUMBERS)
@example(-0.0, 0.0)
@example(0.0, -0.0)
@example(float("inf"), float("inf"))
@example(1e20, 1e-10)  # more than 28 digits: Decimal's rounding, taken from Decimal itself
def test_get_json_remaining_is_the_decimal_difference(a: float, b: float) -> None:
    # `get --json` prints the remaining credits without importing decimal: the same float as before
    from decimal import Decimal

    try:
        expected = repr(float(Decimal(repr(a)) - Decimal(repr(b))))
    except ArithmeticError as exc:  # inf - inf: the same error as before
        expected = type(exc).__name__
    try:
        got = repr(common.difference(a, b))
    except ArithmeticError as exc:
        got = type(exc).__name__
    assert got == expected
