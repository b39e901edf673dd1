"""The step machine on its own: scripted answers and exceptions, a fake clock, no sockets, no slack.

Each test drives :func:`openrouter._steps.steps` the way a driver does, answering each
:class:`~openrouter._attempt.Attempt` from a script and advancing the fake clock by what each step
takes, so deadlines, delays, Retry-After and redirect decisions are checked exactly.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from openrouter import errors, hooks, utils
from openrouter._attempt import Attempt
from openrouter._call import Call, Operation
from openrouter._config import build, configure
from openrouter._credits import CREATE_COINBASE_CHARGE, GET_CREDITS
from openrouter._responses import Answer
from openrouter._retry import NOT_RETRIED_5XX, RETRYABLE_STATUSES
from openrouter._steps import steps
from openrouter.hooks import Hooks

URL = "https://openrouter.ai/api/v1"
OK = b'{"data": {"total_credits": 100.5, "total_usage": 25.75}}'
START = 1000.0
#: 0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s ... within 30 s (rand() == 0: no jitter taken off).
BACKOFF = utils.RetryConfig("backoff", utils.BackoffStrategy(500, 8_000, 2.0, 30_000), True)
TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@dataclass
class Step:
    """What the driver did: an attempt sent (with its deadline and phase timeouts) or a sleep."""

    kind: str
    at: float
    method: str = ""
    url: str = ""
    deadline: float = 0.0
    timeout: dict[str, Any] = field(default_factory=dict)
    delay: float = 0.0


def answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Answer:
    request = httpx.Request("GET", URL + "/credits")
    response = httpx.Response(
        status, headers={"content-type": "application/json", **(headers or {})}, request=request
    )
    return Answer(response, body)


#: A script entry: (seconds the attempt takes, what it ends with), or a callable that may also edit
#: the attempt first (mark it reused, say).
Entry = tuple[float, Answer | httpx.HTTPError] | Callable[[Attempt], tuple[float, Answer | httpx.HTTPError]]


def drive(
    script: list[Entry],
    retry: utils.RetryConfig | None = BACKOFF,
    op: Operation[Any] = GET_CREDITS,
    timeout: httpx.Timeout = TIMEOUT,
    with_hooks: Hooks | None = None,
) -> tuple[Any, list[Step], Clock]:
    """Run one call against the script; ``(result or the raised error, the steps, the clock)``."""
    clock = Clock()
    config = configure(api_key="k", server_url=URL, retry_config=None)
    call: Call[Any] = build(config, op, retries=retry)
    machine = steps(call, timeout, clock(), with_hooks, now=clock, rand=lambda: 0.0)
    done: list[Step] = []
    entries = iter(script)
    try:
        step = next(machine)
        while True:
            if isinstance(step, float):
                done.append(Step("sleep", clock.now, delay=step))
                clock.now += step
                step = machine.send(None)
                continue
            done.append(Step("send", clock.now, step.method, str(step.url), step.deadline, step.timeout))
            entry = next(entries)
            took, outcome = entry(step) if callable(entry) else entry
            clock.now += took
            step = machine.send(outcome)
    except StopIteration as stop:
        return stop.value, done, clock
    except errors.OpenRouterError as exc:
        return exc, done, clock


def kinds(done: list[Step]) -> list[str]:
    return [s.kind if s.kind == "send" else f"sleep {s.delay:g}" for s in done]


# --- attempts, delays, deadlines ------------------------------------------------------------------


def test_a_success_is_one_attempt_with_the_attempt_limit_as_its_deadline() -> None:
    result, done, _ = drive([(0.1, answer(200, OK))])
    assert result.data.total_credits == 100.5
    assert kinds(done) == ["send"]
    # The budget ends at START + 30; one attempt ends within its longest phase (20 s) before that.
    assert done[0].deadline == START + 20.0
    assert done[0].timeout == {"connect": 5.0, "read": 20.0, "write": 20.0, "pool": 20.0}


def test_503s_are_retried_with_exact_backoff_until_a_200() -> None:
    result, done, clock = drive([(0.25, answer(503)), (0.25, answer(503)), (0.25, answer(200, OK))])
    assert result.data.total_credits == 100.5
    assert kinds(done) == ["send", "sleep 0.5", "send", "sleep 1", "send"]
    assert [s.at for s in done] == [START, START + 0.25, START + 0.75, START + 1.0, START + 2.0]
    assert clock.now == START + 2.25


def test_the_budget_ends_the_call_when_the_next_wait_would_pass_it() -> None:
    # Attempts of 3 s each: sends at 0, 3.5, 7.5, 12.5, 19.5; the 8 s wait after the fifth would end
    # at 30.5 > 30, so the call ends there with the last 503.
    error, done, clock = drive([(3.0, answer(503))] * 10)
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == 503
    assert kinds(done) == [
        "send",
        "sleep 0.5",
        "send",
        "sleep 1",
        "send",
        "sleep 2",
        "send",
        "sleep 4",
        "send",
    ]
    assert clock.now == START + 22.5


def test_the_last_attempt_ends_by_the_budget_not_by_its_own_limit() -> None:
    # Waits 0.5, 1, 2, 4, 8: the sixth attempt starts at 15.5 + 5 * 0.1 and may last until START + 30.
    script: list[Entry] = [(0.1, answer(503))] * 5 + [(20.0, httpx.ReadTimeout("slow"))]
    error, done, _ = drive(script)
    last = [s for s in done if s.kind == "send"][-1]
    assert last.at == pytest.approx(START + 16.0)
    assert last.deadline == START + 30.0
    assert last.timeout["read"] == pytest.approx(14.0)  # cut to what is left of the budget
    assert isinstance(error, errors.APIReadTimeoutError)
    assert error.status_code is None  # the timeout got no answer: the 503 is its last_error
    assert isinstance(error.last_error, errors.OpenRouterDefaultError)
    assert error.last_error.status_code == 503
    assert "6 attempts" in str(error)


def test_without_retries_the_deadline_is_the_one_attempts_limit() -> None:
    error, done, _ = drive([(20.0, httpx.ReadTimeout("slow"))], retry=None, op=CREATE_COINBASE_CHARGE)
    assert kinds(done) == ["send"]
    assert done[0].deadline == START + 20.0
    assert isinstance(error, errors.APIReadTimeoutError)
    assert "1 attempt" in str(error)


def test_a_per_call_timeout_cuts_every_phase() -> None:
    _, done, _ = drive([(0.1, answer(200, OK))], timeout=httpx.Timeout(0.3))
    assert done[0].deadline == START + 0.3
    # What is left of the 0.3 s (float arithmetic: START + 0.3 - START).
    assert done[0].timeout == {
        phase: pytest.approx(0.3, abs=1e-9) for phase in ("connect", "read", "write", "pool")
    }


# --- Retry-After ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "wait"),
    [({"retry-after-ms": "1500"}, 1.5), ({"retry-after": "3"}, 3.0), ({"retry-after": "0"}, 0.0)],
)
def test_retry_after_replaces_the_backoff(headers: dict[str, str], wait: float) -> None:
    result, done, _ = drive([(0.0, answer(429, b"{}", headers)), (0.0, answer(200, OK))])
    assert result.data.total_credits == 100.5
    assert kinds(done) == ["send", f"sleep {wait:g}", "send"]


def test_a_retry_after_past_the_cap_or_the_budget_is_not_slept() -> None:
    error, done, _ = drive([(0.0, answer(429, b"{}", {"retry-after": "61"}))])
    assert kinds(done) == ["send"]
    assert error.status_code == 429
    assert error.retry_after == 61.0
    # 29.5 s after 0.5 s spent: it would end at exactly the 30 s budget, which is past it.
    error, done, _ = drive([(0.5, answer(503, b"", {"retry-after": "29.5"}))])
    assert kinds(done) == ["send"]
    assert error.status_code == 503


def test_x_should_retry_false_stops_and_true_retries_a_400() -> None:
    error, done, _ = drive([(0.0, answer(503, b"", {"x-should-retry": "false"}))])
    assert kinds(done) == ["send"]
    assert error.status_code == 503
    _result, done, _ = drive([(0.0, answer(400, b"", {"x-should-retry": "true"})), (0.0, answer(200, OK))])
    assert kinds(done) == ["send", "sleep 0.5", "send"]


# --- which statuses and failures retry ------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524, 525, 526, 529, 530, 599]
)
def test_every_5xx_the_upstream_rule_covers_is_retried(status: int) -> None:
    result, done, _ = drive([(0.0, answer(status)), (0.0, answer(200, OK))])
    assert result.data.total_credits == 100.5
    assert kinds(done) == ["send", "sleep 0.5", "send"]


@pytest.mark.parametrize("status", sorted(NOT_RETRIED_5XX))
def test_the_5xx_that_fail_again_are_not_retried(status: int) -> None:
    error, done, _ = drive([(0.0, answer(status))])
    assert kinds(done) == ["send"]
    assert error.status_code == status


def test_the_retryable_set_is_408_429_and_the_5xx_but_the_permanent_ones() -> None:
    assert {408, 429} | (set(range(500, 600)) - NOT_RETRIED_5XX) == RETRYABLE_STATUSES
    assert {501, 505, 506, 508, 510, 511} == NOT_RETRIED_5XX


def _tls_failure(verify: bool) -> httpx.ConnectError:
    cause: ssl.SSLError
    if verify:
        cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
        cause.verify_message = "unable to get local issuer certificate"
    else:
        cause = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    error = httpx.ConnectError(str(cause))
    error.__cause__ = cause
    return error


@pytest.mark.parametrize("verify", [True, False], ids=["certificate", "handshake"])
def test_a_tls_failure_fails_at_once_and_says_what_to_fix(verify: bool) -> None:
    error, done, _ = drive([(0.0, _tls_failure(verify))])
    assert kinds(done) == ["send"]
    assert isinstance(error, errors.APIConnectError)
    assert "SSL_CERT_FILE" in str(error)
    assert "HTTPS_PROXY" in str(error)
    if verify:
        assert "unable to get local issuer certificate" in str(error)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ReadError("reset"),
        httpx.ConnectTimeout("slow"),
        httpx.ProxyError("502"),
    ],
)
def test_connection_failures_are_retried(failure: httpx.HTTPError) -> None:
    _result, done, _ = drive([(0.0, failure), (0.0, answer(200, OK))])
    assert kinds(done) == ["send", "sleep 0.5", "send"]


@pytest.mark.parametrize(
    "failure",
    [httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad header"), httpx.DecodingError("gzip")],
)
def test_failures_the_same_request_repeats_are_not_retried(failure: httpx.HTTPError) -> None:
    error, done, _ = drive([(0.0, failure)])
    assert kinds(done) == ["send"]
    assert isinstance(error, errors.APIConnectionError)


def test_a_protocol_error_after_bytes_is_a_malformed_answer_and_before_them_a_drop() -> None:
    def malformed(attempt: Attempt) -> tuple[float, httpx.HTTPError]:
        attempt.received = True
        return 0.0, httpx.RemoteProtocolError("illegal status line")

    error, done, _ = drive([malformed])
    assert kinds(done) == ["send"]
    assert "malformed" in str(error)
    _result, done, _ = drive([(0.0, httpx.RemoteProtocolError("closed")), (0.0, answer(200, OK))])
    assert kinds(done) == ["send", "sleep 0.5", "send"]


def test_a_get_on_a_poisoned_kept_alive_connection_is_sent_again_at_once_once() -> None:
    def poisoned(attempt: Attempt) -> tuple[float, httpx.HTTPError]:
        attempt.reused = True
        return 0.0, httpx.RemoteProtocolError("illegal status line")

    # Retries off: still sent again, at once, on a new connection.
    off = utils.RetryConfig("none")
    result, done, _ = drive([poisoned, (0.0, answer(200, OK))], retry=off)
    assert result.data.total_credits == 100.5
    assert kinds(done) == ["send", "send"]
    # Once per call: a second poisoned connection ends it.
    error, done, _ = drive([poisoned, poisoned], retry=off)
    assert kinds(done) == ["send", "send"]
    assert isinstance(error, errors.APIRemoteProtocolError)


def test_a_get_is_sent_again_even_when_bytes_arrived_on_the_reused_connection_within_the_deadline() -> None:
    def leftover(took: float) -> Callable[[Attempt], tuple[float, httpx.HTTPError]]:
        def attempt(attempt: Attempt) -> tuple[float, httpx.HTTPError]:
            # The rest of an earlier answer, then this one's: "illegal status line" after bytes.
            attempt.reused = attempt.received = True
            return took, httpx.RemoteProtocolError("illegal status line: bytearray(b'...}}HTTP/1.1 200 OK')")

        return attempt

    off = utils.RetryConfig("none")
    result, done, _ = drive([leftover(1.0), (0.0, answer(200, OK))], retry=off)
    assert result.data.total_credits == 100.5  # was: APIRemoteProtocolError (bytes had arrived)
    assert kinds(done) == ["send", "send"]
    # Within the call's deadline: the resend has what is left of it, not a deadline of its own.
    assert done[1].at == START + 1.0
    assert done[0].deadline == done[1].deadline == START + 20.0
    # An attempt that used the whole deadline is not sent again.
    error, done, _ = drive([leftover(20.0), (0.0, answer(200, OK))], retry=off)
    assert kinds(done) == ["send"]
    assert isinstance(error, errors.APITimeoutError)
    assert "deadline was reached after 20.0 s and 1 attempt" in str(error)


def test_a_post_on_a_poisoned_connection_is_not_sent_again() -> None:
    def poisoned(attempt: Attempt) -> tuple[float, httpx.HTTPError]:
        attempt.reused = True
        return 0.0, httpx.RemoteProtocolError("illegal status line")

    error, done, _ = drive([poisoned], retry=None, op=CREATE_COINBASE_CHARGE)
    assert kinds(done) == ["send"]
    assert done[0].method == "POST"
    assert isinstance(error, errors.APIRemoteProtocolError)


# --- redirects -----------------------------------------------------------------------------------


def test_a_same_origin_redirect_is_followed_and_a_303_becomes_a_get() -> None:
    _result, done, _ = drive(
        [(0.0, answer(307, b"", {"location": "/api/v1/credits2"})), (0.0, answer(200, OK))]
    )
    assert [s.url for s in done] == [URL + "/credits", URL + "/credits2"]
    _, done, _ = drive(
        [(0.0, answer(303, b"", {"location": "/api/v1/credits"})), (0.0, answer(410))],
        retry=None,
        op=CREATE_COINBASE_CHARGE,
    )
    assert [s.method for s in done] == ["POST", "GET"]


def test_a_relative_location_resolves_against_the_request_url() -> None:
    # Location "0" (hypothesis found it): /api/v1/credits + "0" is /api/v1/0, same origin: followed once.
    error, done, _ = drive([(0.0, answer(301, b"", {"location": "0"})), (0.0, answer(404))])
    assert [s.url for s in done] == [URL + "/credits", URL + "/0"]
    assert error.status_code == 404


@pytest.mark.parametrize(
    ("status", "location", "op", "why"),
    [
        (302, "https://evil.example/", GET_CREDITS, "another origin"),
        (301, "http://openrouter.ai/api/v1/credits", GET_CREDITS, "another origin"),
        (302, "", GET_CREDITS, "no usable Location"),
        (301, "/api/v1/credits", CREATE_COINBASE_CHARGE, "may not repeat a POST"),
    ],
)
def test_redirects_that_are_refused(status: int, location: str, op: Operation[Any], why: str) -> None:
    error, done, _ = drive([(0.0, answer(status, b"", {"location": location}))], retry=None, op=op)
    assert kinds(done) == ["send"]
    assert why in str(error)
    assert error.status_code == status


def test_at_most_five_redirects() -> None:
    error, done, _ = drive([(0.0, answer(307, b"", {"location": "/api/v1/credits"}))] * 6)
    assert kinds(done) == ["send"] * 6
    assert "more than 5 redirects" in str(error)


# --- hooks ------------------------------------------------------------------------------------------


def test_hooks_see_each_failed_attempt_and_the_success() -> None:
    seen: list[Any] = []

    class Record(hooks.AfterSuccessHook, hooks.AfterErrorHook):
        def after_success(self, hook_ctx: Any, response: httpx.Response) -> httpx.Response:
            seen.append(("success", response.status_code))
            return response

        def after_error(self, hook_ctx: Any, response: httpx.Response | None, error: Exception | None) -> Any:
            seen.append(("error", None if response is None else response.status_code, type(error).__name__))
            return response, error

    _result, _, _ = drive(
        [(0.0, answer(503)), (0.0, httpx.ConnectError("refused")), (0.0, answer(200, OK))],
        with_hooks=Hooks([Record()]),
    )
    assert seen == [
        ("error", 503, "OpenRouterDefaultError"),
        ("error", None, "APIConnectError"),
        ("success", 200),
    ]
