"""``openrouter.testing``: the stand-in users test their own code against (in-process and command line)."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from conftest import CANARY_KEY, FAST_RETRY, ROOT
from openrouter import OpenRouter, errors, utils
from openrouter.testing import (
    BASE_PATH,
    DEFAULT_INFERENCE_KEY,
    DEFAULT_MANAGEMENT_KEY,
    GONE_MESSAGE,
    MESSAGES,
    RATE_LIMIT_EXCEEDED,
    UNKNOWN_KEY_MESSAGE,
    Key,
    Recorded,
    Reply,
    StandIn,
    envelope,
)

NO_RETRY = utils.RetryConfig("none")
MANAGEMENT, INFERENCE = "sk-or-v1-test-management", "sk-or-v1-test-inference"
HTTP: httpx.Client  # set by the _http fixture
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]["schemas"]


def conforms(body: Any, schema_name: str) -> None:
    """``body`` has the shape of the named schema of openapi.yaml (the upstream error envelope)."""
    schema = SPEC[schema_name]
    assert isinstance(body, dict)
    assert set(schema["required"]) <= set(body) <= set(schema["properties"]), body
    inner = SPEC[schema["properties"]["error"]["$ref"].rsplit("/", 1)[1]]
    assert set(inner["required"]) <= set(body["error"]) <= set(inner["properties"]), body
    assert type(body["error"]["code"]) is int
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    assert isinstance(body.get("user_id"), str | None)


def raw(server: StandIn, key: str | None, method: str = "GET", path: str = "/credits") -> httpx.Response:
    """One request without our client; ``key`` is sent as a bearer key, or as is when it has a space."""
    auth = key if key is None or " " in key else f"Bearer {key}"
    headers = {"Authorization": auth} if auth is not None else {}
    return HTTP.request(method, server.url + path, headers=headers)


@pytest.fixture(scope="module", autouse=True)
def _http() -> Iterator[None]:
    """One plain httpx client for the module (a new one per request costs an SSL context each)."""
    global HTTP
    with httpx.Client(timeout=5) as HTTP:
        yield


@pytest.fixture
def strict() -> Iterator[StandIn]:
    """A stand-in that knows one management key and one inference key."""
    with StandIn(management_keys={MANAGEMENT}, inference_keys={INFERENCE}) as s:
        yield s


# --- in-process -------------------------------------------------------------------------------------


def test_in_process_server_on_loopback_with_a_free_port() -> None:
    with StandIn(total_credits=7.25, total_usage=1.5) as a, StandIn() as b:
        assert a.url.startswith("http://127.0.0.1:")
        assert a.url != b.url
        with OpenRouter(api_key="sk-anything", server_url=a.url) as c:
            res = c.credits.get_credits()
            assert (res.data.total_credits, res.data.total_usage) == (7.25, 1.5)
            a.total_usage = 7.0  # the balance can change while it runs
            assert c.credits.get_credits().data.total_usage == 7.0
        assert [(r.method, r.path) for r in a.requests] == [("GET", "/api/v1/credits")] * 2
        assert b.requests == []
        port = int(a.origin.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass  # stopped: nothing listens any more


def test_start_and_stop_without_a_with_block() -> None:
    server = StandIn().start()
    try:
        assert raw(server, "k").status_code == 200
    finally:
        server.stop()
    server.stop()  # twice is fine


def test_stopping_does_not_wait_for_a_stalled_answer() -> None:
    started = time.monotonic()
    with StandIn() as server, OpenRouter(api_key="k", server_url=server.url) as c:
        server.plan(Reply.stall(3.0))
        with pytest.raises(errors.APITimeoutError):
            c.credits.get_credits(timeout_ms=100, retries=NO_RETRY)
    assert time.monotonic() - started < 1.5


# --- key roles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "status", "message"),
    [
        (MANAGEMENT, 200, None),
        (INFERENCE, 403, "Only management keys can perform this operation"),
        ("sk-or-v1-unknown", 401, UNKNOWN_KEY_MESSAGE),
        (None, 401, "Missing Authentication header"),
        ("Basic dXNlcjpwYXNz", 401, "Missing Authentication header"),
    ],
)
def test_key_roles_answer_with_the_real_envelope(
    strict: StandIn, key: str | None, status: int, message: str | None
) -> None:
    res = raw(strict, key)
    assert res.status_code == status
    if message is None:
        assert res.json() == {"data": {"total_credits": 100.5, "total_usage": 25.75}}
    else:
        assert res.json() == {"error": {"code": status, "message": message}}
        assert res.headers["content-type"] == "application/json"
        conforms(res.json(), {401: "UnauthorizedResponse", 403: "ForbiddenResponse"}[status])


def test_key_roles_through_the_client(strict: StandIn) -> None:
    with OpenRouter(api_key=MANAGEMENT, server_url=strict.url) as c:
        assert c.credits.get_credits().data.total_credits == 100.5
    with (
        OpenRouter(api_key=INFERENCE, server_url=strict.url) as c,
        pytest.raises(errors.ForbiddenResponseError) as e,
    ):
        c.credits.get_credits()
    assert e.value.data.error.message == "Only management keys can perform this operation"
    with (
        OpenRouter(api_key="sk-nope", server_url=strict.url) as c,
        pytest.raises(errors.UnauthorizedResponseError) as u,
    ):
        c.credits.get_credits()
    assert u.value.data.error.message == UNKNOWN_KEY_MESSAGE


def test_default_roles_in_process_any_key_but_inference_keys(server: StandIn) -> None:
    assert raw(server, "whatever").status_code == 200
    assert raw(server, None).status_code == 401
    with StandIn(inference_keys=["inf"]) as s:
        assert raw(s, "inf").status_code == 403
        assert raw(s, "other").status_code == 200
        assert s.role("inf") == "inference"
        assert s.role(" ") == "missing"


def test_coinbase_is_gone_and_other_routes_404(server: StandIn) -> None:
    gone = raw(server, None, "POST", "/credits/coinbase")
    assert gone.status_code == 410
    assert gone.json() == envelope(410, GONE_MESSAGE)
    conforms(gone.json(), "GoneResponse")
    missing = raw(server, "k", "GET", "/keys")
    assert missing.status_code == 404
    conforms(missing.json(), "UnauthorizedResponse")  # the same envelope


def test_bad_settings_are_refused_with_our_errors() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="loopback"):
        StandIn("0.0.0.0")
    with pytest.raises(errors.InvalidArgumentError, match="loopback"):
        StandIn("example.com")
    with pytest.raises(errors.InvalidArgumentError, match="both"):
        StandIn(management_keys={"a"}, inference_keys={"a"})
    with pytest.raises(errors.InvalidArgumentTypeError):
        StandIn(management_keys="sk-one-key-not-a-list")
    with pytest.raises(errors.InvalidArgumentError):
        StandIn(inference_keys={" padded "})
    with pytest.raises(errors.InvalidArgumentError):
        StandIn(port=70000)
    with pytest.raises(errors.InvalidArgumentError):
        Reply(42)
    with pytest.raises(errors.InvalidArgumentError):
        Reply.rate_limited(retry_after=-1)
    with StandIn() as busy:
        port = int(busy.origin.rsplit(":", 1)[1])
        with pytest.raises(errors.OpenRouterError, match=f"cannot listen on 127.0.0.1:{port}"):
            StandIn(port=port)
        with pytest.raises(errors.InvalidArgumentTypeError):
            busy.plan("500")  # type: ignore[arg-type]


# --- scripted faults --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls", "message"),
    [
        (500, errors.InternalServerResponseError, "Internal Server Error"),
        (502, errors.OpenRouterDefaultError, "Provider returned error"),
        (503, errors.OpenRouterDefaultError, "Service temporarily unavailable"),
    ],
)
def test_a_5xx_with_the_real_envelope(server: StandIn, status: int, cls: type, message: str) -> None:
    server.plan(Reply.error(status))
    with OpenRouter(api_key="k", server_url=server.url) as c, pytest.raises(cls) as e:
        c.credits.get_credits(retries=NO_RETRY)
    assert e.value.status_code == status
    assert message in str(e.value)
    body = httpx.Response(200, content=e.value.body).json()
    assert body == {"error": {"code": status, "message": message}}
    conforms(body, "InternalServerResponse")
    assert server.pending == 0
    assert raw(server, "k").status_code == 200  # the plan is spent: normal answers again


def test_default_messages_are_the_upstream_ones() -> None:
    """Each error example of the upstream-derived documents is what ``Reply.error`` sends."""
    seen = set()
    for doc in ("openapi.yaml", "tests/fixtures/upstream-trimmed.yaml"):
        for ops in yaml.safe_load((ROOT / doc).read_text())["paths"].values():
            for op in ops.values():
                for status, response in op.get("responses", {}).items():
                    example = response.get("content", {}).get("application/json", {}).get("example")
                    if example and "error" in example:
                        assert Reply.error(int(status)).body == example, (doc, status)
                        assert MESSAGES[int(status)] == example["error"]["message"]
                        seen.add(int(status))
    assert seen >= {401, 403, 410, 500}


def test_an_error_with_a_user_id_and_own_message(server: StandIn) -> None:
    server.plan(Reply.error(401, "User not found.", user_id="user_1"))
    res = raw(server, "k")
    assert res.json() == {"error": {"code": 401, "message": "User not found."}, "user_id": "user_1"}
    conforms(res.json(), "UnauthorizedResponse")


def test_429_with_retry_after(server: StandIn) -> None:
    server.plan(Reply.rate_limited(retry_after=3))
    with OpenRouter(api_key="k", server_url=server.url) as c, pytest.raises(errors.OpenRouterError) as e:
        c.credits.get_credits(retries=NO_RETRY)
    assert (e.value.status_code, e.value.retry_after) == (429, 3)
    assert e.value.headers is not None
    assert e.value.headers["retry-after"] == "3"
    conforms(httpx.Response(200, content=e.value.body).json(), "UnauthorizedResponse")


def test_429_then_the_client_retries_and_succeeds(server: StandIn) -> None:
    server.plan(Reply.rate_limited(retry_after=0), Reply.error(503), Reply.dropped())
    with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
        assert c.credits.get_credits().data.total_credits == 100.5
    assert len(server.requests) == 4


def test_a_stall_then_the_normal_answer(server: StandIn) -> None:
    server.plan(Reply.stall(0.3), Reply.stall(0.3))
    with OpenRouter(api_key="k", server_url=server.url) as c:
        with pytest.raises(errors.APITimeoutError):
            c.credits.get_credits(timeout_ms=100, retries=NO_RETRY)
        started = time.monotonic()
        assert c.credits.get_credits(timeout_ms=2000).data.total_credits == 100.5
        assert time.monotonic() - started >= 0.3


def test_a_stall_then_a_scripted_answer(server: StandIn) -> None:
    server.plan(Reply.stall(0.1, then=Reply.error(502)))
    started = time.monotonic()
    assert raw(server, "k").status_code == 502
    assert time.monotonic() - started >= 0.1


def test_a_dropped_connection(server: StandIn) -> None:
    server.plan(Reply.dropped())
    with OpenRouter(api_key="k", server_url=server.url) as c, pytest.raises(errors.APIConnectionError):
        c.credits.get_credits(retries=NO_RETRY)
    assert len(server.requests) == 1  # it was read, then the connection closed without an answer


def test_a_lasting_outage_until_reset(server: StandIn) -> None:
    server.always = Reply.error(503)
    for _ in range(3):
        assert raw(server, "k").status_code == 503
    server.plan(Reply(200, {"data": {"total_credits": 1, "total_usage": 0}}))  # the plan goes first
    assert raw(server, "k").json()["data"]["total_credits"] == 1
    assert raw(server, "k").status_code == 503
    server.always = None
    assert raw(server, "k").status_code == 200


def test_the_request_log_hides_the_key_in_its_repr(server: StandIn) -> None:
    with OpenRouter(api_key=CANARY_KEY, server_url=server.url, x_open_router_title="T") as c:
        c.credits.get_credits()
    (request,) = server.requests
    assert isinstance(request, Recorded)
    assert request.key == CANARY_KEY
    assert request.headers["x-openrouter-title"] == "T"
    assert CANARY_KEY not in repr(request)
    assert CANARY_KEY not in repr(server)
    assert "<redacted>" in repr(request)


# --- GET /key: the key roles -----------------------------------------------------------------------

KEYED = {
    "sk-or-v1-limited-inference-key": Key(limit=10, usage=4, limit_reset="weekly", usage_weekly=3),
    "sk-free": Key(is_free_tier=True),
    "sk-expired": Key(limit=10, expires_at="2001-02-03T04:05:06Z"),
    "sk-disabled": Key(management=True, disabled=True),
}


@pytest.fixture
def keyed() -> Iterator[StandIn]:
    with StandIn(management_keys={MANAGEMENT}, inference_keys={INFERENCE}, keys=KEYED) as s:
        yield s


def test_get_key_for_each_role(keyed: StandIn) -> None:
    def data(key: str) -> dict[str, Any]:
        res = raw(keyed, key, path="/key")
        assert res.status_code == 200, res.text
        body: dict[str, Any] = res.json()["data"]
        assert key not in json.dumps(body)  # the label is a cut of the key
        return body

    limited = data("sk-or-v1-limited-inference-key")
    assert (limited["limit"], limited["limit_remaining"], limited["limit_reset"]) == (10, 7, "weekly")
    assert (limited["usage"], limited["usage_weekly"], limited["usage_daily"], limited["usage_monthly"]) == (
        4,
        3,
        3,
        4,
    )
    assert (limited["label"], limited["is_management_key"], limited["expires_at"]) == (
        "sk-or-v1-li...key",
        False,
        None,
    )
    unlimited = data(INFERENCE)
    assert (unlimited["limit"], unlimited["limit_remaining"], unlimited["is_management_key"]) == (
        None,
        None,
        False,
    )
    management = data(MANAGEMENT)
    assert (management["is_management_key"], management["is_provisioning_key"]) == (True, True)
    assert data("sk-free")["is_free_tier"] is True
    for key, message in (
        ("sk-expired", UNKNOWN_KEY_MESSAGE),
        ("sk-disabled", UNKNOWN_KEY_MESSAGE),
        ("sk-or-v1-unknown", UNKNOWN_KEY_MESSAGE),
        (None, "Missing Authentication header"),
    ):
        res = raw(keyed, key, path="/key")
        assert (res.status_code, res.json()) == (401, {"error": {"code": 401, "message": message}}), key
        conforms(res.json(), "UnauthorizedResponse")
    assert [keyed.role(k) for k in ("sk-expired", "sk-disabled", "sk-free")] == [
        "expired",
        "disabled",
        "inference",
    ]


def test_get_key_answers_the_documented_schema(keyed: StandIn) -> None:
    """Every role's answer passes the validator compiled from openapi.yaml (the 2026-10 document), and
    carries the fields GET /key gained then, required or not."""
    from openrouter._api_keys import GET_CURRENT_KEY

    GET_CURRENT_KEY.load()
    schema = SPEC["GetCurrentKeyResponseData"]
    for key in ("sk-or-v1-limited-inference-key", INFERENCE, MANAGEMENT, "sk-free"):
        body = raw(keyed, key, path="/key").json()
        GET_CURRENT_KEY.validate(200, body)
        assert set(schema["required"]) <= set(body["data"]) <= set(schema["properties"]), key
        for name in ("budgets", "effective_budget", "free_model_daily_requests", "workspace_id"):
            assert name in body["data"], (key, name)


def test_an_expired_or_disabled_key_is_refused_by_get_credits_too(keyed: StandIn) -> None:
    assert raw(keyed, "sk-expired").status_code == 401
    assert raw(keyed, "sk-disabled").status_code == 401
    keyed.keys["sk-disabled"].disabled = False  # a test may change a key while the server runs
    assert raw(keyed, "sk-disabled").status_code == 200
    assert raw(keyed, "sk-free").status_code == 403  # an inference key


def test_limit_remaining_follows_the_reset_period_and_byok() -> None:
    assert Key(limit=10, usage=12).limit_remaining() == 0  # never below 0
    assert Key(limit=10, usage=4).limit_remaining() == 6  # no reset: all time
    assert Key(limit=10, usage=9, usage_daily=1, limit_reset="daily").limit_remaining() == 9
    assert Key(limit=10, usage=9, usage_monthly=5, limit_reset="daily").limit_remaining() == 5  # cascades
    byok = Key(limit=10, usage=2, byok_usage=3, include_byok_in_limit=True)
    assert byok.limit_remaining() == 5
    assert Key(usage=3).limit_remaining() is None


def test_bad_keys_are_refused_with_our_errors() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="limit_reset"):
        Key(limit_reset="yearly")
    with pytest.raises(errors.InvalidArgumentError, match="ISO 8601"):
        Key(expires_at="next week")
    with pytest.raises(errors.InvalidArgumentError, match="time zone"):
        Key(expires_at="2030-01-01T00:00:00")
    with pytest.raises(errors.InvalidArgumentError, match="once"):
        StandIn(inference_keys={"a"}, keys={"a": Key()})
    with pytest.raises(errors.InvalidArgumentTypeError):
        StandIn(keys={"a": {"limit": 1}})  # type: ignore[dict-item]
    with pytest.raises(errors.InvalidArgumentError):
        StandIn(keys={" a": Key()})


# --- production base path, routes, error shapes ------------------------------------------------------


def test_served_under_the_production_base_path_and_at_the_root(server: StandIn) -> None:
    assert server.url == server.origin + BASE_PATH
    assert server.url.endswith("/api/v1")
    for url in (server.url, server.origin):
        assert HTTP.get(url + "/credits", headers={"Authorization": "Bearer k"}).status_code == 200
        assert HTTP.get(url + "/key", headers={"Authorization": "Bearer k"}).status_code == 200
        assert HTTP.post(url + "/credits/coinbase").status_code == 410
    with OpenRouter(api_key="k", server_url=server.url) as c:  # the client joins the base path and the route
        c.credits.get_credits()
        c.api_keys.get_current_key_metadata()
    assert [r.path for r in server.requests[-2:]] == ["/api/v1/credits", "/api/v1/key"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/keys"),
        ("GET", "/api/v2/credits"),
        ("GET", "/foo/credits"),
        ("GET", "/api/v1/api/v1/credits"),
        ("GET", "/api/v1"),
        ("OPTIONS", "/nowhere"),
    ],
)
def test_a_path_it_does_not_serve_is_404(server: StandIn, method: str, path: str) -> None:
    res = HTTP.request(method, server.origin + path, headers={"Authorization": "Bearer k"})
    assert (res.status_code, res.json()) == (404, {"error": {"code": 404, "message": "Resource not found"}})


def test_429_as_the_real_api_sends_it(server: StandIn) -> None:
    before = time.time()
    server.plan(Reply.rate_limited(retry_after=2, limit=20, remaining=0))
    res = raw(server, "k")
    assert res.status_code == 429
    assert res.json() == {
        "error": {
            "code": 429,
            "message": "Rate limit exceeded",
            "metadata": {"error_type": RATE_LIMIT_EXCEEDED},
        }
    }
    assert (
        res.headers["retry-after"],
        res.headers["x-ratelimit-limit"],
        res.headers["x-ratelimit-remaining"],
    ) == (
        "2",
        "20",
        "0",
    )
    reset_ms = int(res.headers["x-ratelimit-reset"])
    assert before * 1000 + 1_000 < reset_ms < time.time() * 1000 + 3_000  # about 2 s ahead, in ms
    with pytest.raises(errors.InvalidArgumentError):
        Reply.rate_limited(limit=-1)


def test_error_bodies_may_carry_user_id_and_metadata(server: StandIn) -> None:
    meta = {"provider_name": "X", "raw": "upstream said no"}
    server.plan(Reply.error(500, user_id="user_9", metadata=meta))
    with (
        OpenRouter(api_key="k", server_url=server.url) as c,
        pytest.raises(errors.InternalServerResponseError) as e,
    ):
        c.api_keys.get_current_key_metadata(retries=NO_RETRY)
    body = httpx.Response(200, content=e.value.body).json()
    assert body == {
        "error": {"code": 500, "message": "Internal Server Error", "metadata": meta},
        "user_id": "user_9",
    }
    conforms(body, "InternalServerResponse")
    assert e.value.data is not None
    assert e.value.data.user_id == "user_9"
    assert e.value.data.error.metadata is not None
    assert e.value.data.error.metadata.to_dict() == meta
    assert envelope(401, "m", metadata={"a": 1}) == {
        "error": {"code": 401, "message": "m", "metadata": {"a": 1}}
    }


# --- import discipline ------------------------------------------------------------------------------


def test_openrouter_does_not_import_it_and_it_needs_only_the_stdlib() -> None:
    code = (
        "import sys; import openrouter; assert 'openrouter.testing' not in sys.modules; "
        "before = set(sys.modules); import openrouter.testing; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(new - set(sys.stdlib_module_names) - {'openrouter'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert out.stdout.strip() == "[]"


# --- the command line -------------------------------------------------------------------------------


class Served:
    """``python -m openrouter.testing`` in a subprocess; ``url`` is the first line it printed."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "openrouter.testing", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, str, str]:
        self.proc.send_signal(sig)
        out, err = self.proc.communicate(timeout=10)
        return self.proc.returncode, out, err


@pytest.fixture
def served() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:  # stop what a failed test left running
        if s.proc.poll() is None:
            s.proc.kill()
        s.proc.communicate(timeout=10)


def test_command_line_with_chosen_keys_and_balance(served: list[Served]) -> None:
    s = Served(
        *("--management-key", MANAGEMENT, "--management-key", "sk-second"),
        *("--inference-key", INFERENCE, "--total-credits", "9", "--total-usage", "2.5"),
    )
    served.append(s)
    assert s.url.startswith("http://127.0.0.1:"), s.url
    for key in (MANAGEMENT, "sk-second"):
        with OpenRouter(api_key=key, server_url=s.url) as c:
            res = c.credits.get_credits()
        assert (res.data.total_credits, res.data.total_usage) == (9, 2.5)
    with OpenRouter(api_key=INFERENCE, server_url=s.url) as c, pytest.raises(errors.ForbiddenResponseError):
        c.credits.get_credits()
    with (
        OpenRouter(api_key="sk-other", server_url=s.url) as c,
        pytest.raises(errors.UnauthorizedResponseError),
    ):
        c.credits.get_credits()
    status, out, err = s.stop()  # Ctrl-C
    assert status == 0
    assert out == ""  # only the URL line, already read
    assert "Traceback" not in err
    assert "2 management key(s), 1 inference key(s)" in err
    for key in (MANAGEMENT, "sk-second", INFERENCE):
        assert key not in err


def test_command_line_defaults_no_longer_accept_every_key(served: list[Served]) -> None:
    s = Served()
    served.append(s)
    assert raw_url(s.url, DEFAULT_MANAGEMENT_KEY) == 200
    assert raw_url(s.url, DEFAULT_INFERENCE_KEY) == 403
    assert raw_url(s.url, "sk-or-v1-anything") == 401
    assert s.stop(signal.SIGTERM)[0] == 0


def test_command_line_key_limit_and_usage(served: list[Served]) -> None:
    s = Served("--inference-key", INFERENCE, "--key-limit", "10", "--key-usage", "7.5")
    served.append(s)
    assert s.url.endswith("/api/v1"), s.url
    with OpenRouter(api_key=INFERENCE, server_url=s.url) as c:
        data = c.api_keys.get_current_key_metadata().data
    assert (data.limit, data.limit_remaining, data.usage, data.is_management_key) == (10, 2.5, 7.5, False)
    with OpenRouter(api_key=DEFAULT_MANAGEMENT_KEY, server_url=s.url) as c:
        assert c.api_keys.get_current_key_metadata().data.is_management_key is True
    assert s.stop(signal.SIGTERM)[0] == 0


def test_command_line_budget_layers_and_free_requests(served: list[Served]) -> None:
    s = Served(
        *("--inference-key", INFERENCE, "--key-limit", "100", "--key-usage", "25.5"),
        *("--key-limit-reset", "monthly", "--budget", "workspace:500:500:monthly"),
        *("--budget", "api_key:50:10:daily", "--free-requests", "48/50"),
    )
    served.append(s)
    with OpenRouter(api_key=INFERENCE, server_url=s.url) as c:
        data = c.api_keys.get_current_key_metadata().data
    assert [(str(b.scope), b.remaining_usd) for b in data.budgets] == [
        ("api_key", 40.0),
        ("workspace", 0.0),
        ("key_limit", 74.5),
    ]
    assert data.effective_budget is not None
    assert str(data.effective_budget.scope) == "workspace"  # spent: it blocks first
    assert (data.free_model_daily_requests.remaining, data.free_model_daily_requests.limit) == (2, 50)
    assert s.stop(signal.SIGTERM)[0] == 0


def raw_url(url: str, key: str) -> int:
    return HTTP.get(url + "/credits", headers={"Authorization": f"Bearer {key}"}).status_code


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--host", "0.0.0.0"], "loopback"),
        (["--total-credits", "nan"], "finite"),
        (["--budget", "workspace"], "SCOPE:LIMIT"),
        (["--budget", "workspace:500:0:yearly"], "reset must be one of"),
        (["--budget", "workspace:-1"], "finite number >= 0"),
        (["--free-requests", "48"], "USED/LIMIT"),
    ],
)
def test_command_line_refuses_bad_settings(args: list[str], expected: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "openrouter.testing", *args], capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 2
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr


def test_command_line_port_in_use(server: StandIn) -> None:
    port = server.origin.rsplit(":", 1)[1]
    proc = subprocess.run(
        [sys.executable, "-m", "openrouter.testing", "--port", port],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert (proc.returncode, proc.stdout) == (2, "")
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr


# --- the users' example -----------------------------------------------------------------------------

EXAMPLE = ROOT / "examples" / "test_with_standin.py"


def test_the_users_pytest_example_passes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "OPENROUTER_"))}
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", str(EXAMPLE), "-q", "-p", "no:cacheprovider"),
            *("-W", "error", "--rootdir", str(tmp_path), "-c", os.devnull),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert " passed" in proc.stdout
    assert "skipped" not in proc.stdout


def test_the_users_example_is_lint_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    for args in (["check"], ["format", "--check"]):
        proc = subprocess.run([str(ruff), *args, str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_readme_section_example_runs() -> None:
    section = (ROOT / "README.md").read_text().split("\n## Testing your code\n", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md#testing-your-code", "exec"), {})


# --- methods: 405 with Allow on a served path, the JSON envelope for every method -----------------------


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/credits", "GET"),
        ("POST", "/key", "GET"),
        ("GET", "/credits/coinbase", "POST"),
        ("OPTIONS", "/credits", "GET"),
        ("TRACE", "/key", "GET"),
        ("PROPFIND", "/credits", "GET"),  # a method http.server has no do_ for
    ],
)
def test_a_method_a_served_path_does_not_serve_is_405_with_allow_in_json(
    server: StandIn, method: str, path: str, allow: str
) -> None:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=5)
    try:
        connection.request(method, f"/api/v1{path}", headers={"Authorization": "Bearer k"})
        answer = connection.getresponse()
        body = answer.read()
    finally:
        connection.close()
    assert answer.status == 405  # was: 404, or http.server's HTML 501 page
    assert answer.getheader("Allow") == allow
    assert answer.getheader("Content-Type") == "application/json"
    assert json.loads(body)["error"]["code"] == 405


def test_an_unknown_method_on_an_unknown_path_is_a_json_404(server: StandIn) -> None:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=5)
    try:
        connection.request("OPTIONS", "/api/v1/nowhere")
        answer = connection.getresponse()
        body = answer.read()
    finally:
        connection.close()
    assert answer.status == 404
    assert json.loads(body) == {"error": {"code": 404, "message": "Resource not found"}}


def test_a_head_answer_has_no_body(server: StandIn) -> None:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=5)
    try:
        connection.request("HEAD", "/api/v1/credits")
        answer = connection.getresponse()
        assert answer.read() == b""
        assert answer.status == 405
        assert answer.getheader("Allow") == "GET"
        connection.request("GET", "/api/v1/credits", headers={"Authorization": "Bearer k"})
        again = connection.getresponse()  # the same connection: nothing was left on it
        assert again.status == 200
        assert json.loads(again.read())["data"]["total_credits"] == 100.5
    finally:
        connection.close()
