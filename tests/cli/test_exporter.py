"""``openrouter-credits exporter``: its metrics against the stand-in (budget layers set), its polling
(one call per interval whatever the scrape rate, recovery, Retry-After), SIGTERM, the key kept out of
every output, a real Prometheus scraping it and the example alert rules under promtool.

Every scrape is read with ``prometheus_client``'s own parser. The poller's decisions are also tested
without sockets, with scripted answers and a fake clock.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from conftest import CANARY_KEY, ROOT, Reply, StandIn
from openrouter import OpenRouter, errors
from openrouter._exporter import listen_address
from openrouter._exporter._poller import Poller, failure_kind
from openrouter._exporter._serve import Exporter
from openrouter._exporter._state import FAILURE_KINDS, KeyState, Layer, State
from openrouter.testing import Budget, Key
from openrouter.utils import RetryConfig

#: Series name -> {frozenset of label pairs: value}.
Samples = dict[str, dict[frozenset[tuple[str, str]], float]]

EXPIRES = "2030-01-01T00:00:00Z"
EXPIRES_TS = 1893456000.0


def budgeted_key(**changes: Any) -> Key:
    """The issue's key: a limit of 100 (a key_limit layer), a spent workspace budget, a guardrail."""
    fields: dict[str, Any] = {
        "limit": 100,
        "usage": 25.5,
        "limit_reset": "monthly",
        "budgets": [
            Budget("workspace", limit=500, spend=500, reset="monthly", budget_id="wb_1"),
            Budget("api_key", limit=50, spend=10, reset="daily", guardrail_id="gr_1"),
        ],
        "free_requests_limit": 50,
        "free_requests_used": 3,
        "workspace_id": "ws_1",
        "organization_id": "org_1",
        "expires_at": EXPIRES,
    }
    fields.update(changes)
    return Key(**fields)


def parse(text: str) -> Samples:
    """Every sample of a scrape, read with prometheus_client's parser (which fails on a bad exposition)."""
    out: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            series = out.setdefault(sample.name, {})
            labels = frozenset(sample.labels.items())
            assert labels not in series, f"duplicate series {sample.name}{dict(labels)}"
            series[labels] = sample.value
    return out


def one(samples: Samples, name: str, **labels: str) -> float:
    """The value of the one series of ``name`` whose labels include ``labels``."""
    want = set(labels.items())
    found = [v for k, v in samples.get(name, {}).items() if want <= k]
    assert len(found) == 1, (name, labels, samples.get(name))
    return found[0]


def get(url: str, timeout: float = 10.0) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as res:
            return res.status, res.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def scrape(url: str) -> Samples:
    status, text = get(url)
    assert status == 200, text
    assert CANARY_KEY not in text
    return parse(text)


def wait_for(check: Callable[[], Any], what: str, deadline: float = 20.0, step: float = 0.05) -> Any:
    """Poll ``check`` until it returns something true (generous deadline: the machine is shared)."""
    end = time.monotonic() + deadline
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(step)


def key_calls(server: StandIn, path: str = "/key") -> int:
    return sum(1 for r in list(server.requests) if r.path.split("?")[0].endswith(path))


class Running:
    """An exporter in this process (its poller on the real client), against ``server``."""

    def __init__(self, server: StandIn, key: str, interval: float) -> None:
        self.client = OpenRouter(
            api_key=key, server_url=server.url, timeout_ms=5_000, retry_config=RetryConfig("none")
        )
        self.lines: list[str] = []
        self.poller = Poller(
            lambda: self.client.api_keys.get_current_key_metadata().data,
            lambda: self.client.credits.get_credits().data,
            interval,
            say=self.lines.append,
        )
        self.exporter = Exporter(self.poller, "127.0.0.1", 0).start()
        self.url = self.exporter.url

    def scrape(self) -> Samples:
        return scrape(self.url)

    def up(self) -> Samples | None:
        samples = self.scrape()
        return samples if one(samples, "openrouter_up") == 1 else None

    def close(self) -> None:
        self.exporter.stop(wait=10)  # the poll under way ends before its client is closed
        self.client.close()
        assert not any(CANARY_KEY in line for line in self.lines)


@pytest.fixture
def run_exporter() -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(server: StandIn, key: str = CANARY_KEY, interval: float = 0.3) -> Running:
        started.append(Running(server, key, interval))
        return started[-1]

    yield start
    for running in started:
        running.close()


# --- every metric, against the stand-in ----------------------------------------------------------------


def test_every_metric_of_an_inference_key_with_budget_layers(run_exporter: Callable[..., Running]) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        samples = wait_for(run_exporter(server).up, "a successful poll")
    assert one(samples, "openrouter_up") == 1
    assert abs(one(samples, "openrouter_last_success_timestamp_seconds") - time.time()) < 60
    layers = samples["openrouter_key_budget_remaining_usd"]
    assert {dict(k)["scope"] for k in layers} == {"api_key", "workspace", "key_limit"}
    budget = {"scope": "workspace", "budget_id": "wb_1"}
    guard = {"scope": "api_key", "guardrail_id": "gr_1"}
    own = {"scope": "key_limit"}
    for labels, limit, spend in ((budget, 500, 500), (guard, 50, 10), (own, 100, 25.5)):
        assert one(samples, "openrouter_key_budget_limit_usd", **labels) == limit
        assert one(samples, "openrouter_key_budget_spend_usd", **labels) == spend
        assert one(samples, "openrouter_key_budget_remaining_usd", **labels) == limit - spend
        resets = one(samples, "openrouter_key_budget_resets_timestamp_seconds", **labels)
        assert time.time() < resets < time.time() + 32 * 86400
    # No id label where a layer has none (an empty label is no label in Prometheus).
    assert ("guardrail_id", "") in next(k for k in layers if ("budget_id", "wb_1") in k)
    # The spent workspace budget blocks first.
    assert samples["openrouter_key_effective_remaining_usd"] == {
        frozenset({("scope", "workspace"), ("budget_id", "wb_1"), ("guardrail_id", "")}): 0.0
    }
    assert one(samples, "openrouter_key_budget_info", scope="api_key", reset_interval="daily") == 1
    for period in ("daily", "weekly", "monthly", "total"):
        assert one(samples, "openrouter_key_usage_usd", period=period) == 25.5
    assert one(samples, "openrouter_key_expiry_timestamp_seconds") == EXPIRES_TS
    assert one(samples, "openrouter_free_model_requests_remaining") == 47
    assert one(samples, "openrouter_free_model_requests_limit") == 50
    (info,) = samples["openrouter_key_info"]
    assert dict(info) == {
        "label": "sk-or-v1-CA...e5b",  # the masked label the API gives
        "workspace_id": "ws_1",
        "organization_id": "org_1",
        "is_management_key": "false",
        "is_free_tier": "false",
    }
    # An inference key: no credit metrics, and GET /credits was never asked.
    assert not {"openrouter_credits_total_usd", "openrouter_credits_usage_usd"} & samples.keys()
    assert key_calls(server, "/credits") == 0
    assert set(dict(k)["kind"] for k in samples["openrouter_poll_failures_total"]) == set(FAILURE_KINDS)


def test_a_management_key_adds_the_credits_and_a_key_without_expiry_has_none(
    run_exporter: Callable[..., Running],
) -> None:
    key = budgeted_key(management=True, expires_at=None, budgets=[])
    with StandIn(keys={CANARY_KEY: key}, total_credits=120.0, total_usage=20.5) as server:
        samples = wait_for(run_exporter(server).up, "a successful poll")
    assert one(samples, "openrouter_credits_total_usd") == 120.0
    assert one(samples, "openrouter_credits_usage_usd") == 20.5
    assert one(samples, "openrouter_credits_remaining_usd") == 99.5
    assert "openrouter_key_expiry_timestamp_seconds" not in samples
    assert {dict(k)["scope"] for k in samples["openrouter_key_budget_limit_usd"]} == {"key_limit"}


def test_spend_shows_at_the_next_poll(run_exporter: Callable[..., Running]) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        running = run_exporter(server, interval=0.2)
        wait_for(running.up, "a successful poll")
        server.record_spend(CANARY_KEY, 30)
        samples = wait_for(
            lambda: (
                (s := running.scrape())
                and one(s, "openrouter_key_budget_remaining_usd", scope="api_key") == 10
                and s
            ),
            "the spend in the next poll",
        )
    assert one(samples, "openrouter_key_budget_spend_usd", scope="key_limit") == 55.5
    assert one(samples, "openrouter_key_usage_usd", period="total") == 55.5


# --- polling, not per-scrape calls -------------------------------------------------------------------------


def test_hundreds_of_scrapes_cost_at_most_one_call_per_interval(run_exporter: Callable[..., Running]) -> None:
    interval = 0.5
    with StandIn(keys={CANARY_KEY: budgeted_key(management=True)}) as server:
        running = run_exporter(server, interval=interval)
        wait_for(running.up, "a successful poll")
        started, before = time.monotonic(), key_calls(server)
        done: list[int] = []

        def scraper() -> None:
            for _ in range(100):
                running.scrape()
            done.append(100)

        threads = [threading.Thread(target=scraper) for _ in range(4)]  # four "Prometheus servers"
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        elapsed = time.monotonic() - started
        calls = key_calls(server) - before
        credit_calls, polls = key_calls(server, "/credits"), running.poller.state.polls
    assert sum(done) == 400
    print(f"400 scrapes in {elapsed:.2f} s: {calls} GET /key (interval {interval} s)")
    assert calls <= math.floor(elapsed / interval) + 1, (calls, elapsed)
    assert credit_calls == polls  # a management key: one GET /credits per poll, no more


def test_a_failed_poll_keeps_the_values_counts_the_kind_and_the_next_poll_recovers(
    run_exporter: Callable[..., Running],
) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        running = run_exporter(server, interval=0.2)
        first = wait_for(running.up, "a successful poll")
        server.always = Reply.error(500)  # an outage
        down = wait_for(
            lambda: (
                (s := running.scrape())
                and one(s, "openrouter_up") == 0
                and one(s, "openrouter_poll_failures_total", kind="server_error") >= 1
                and s
            ),
            "a failed poll",
        )
        server.always = None
        again = wait_for(running.up, "recovery after the outage")
    for name in ("openrouter_key_budget_remaining_usd", "openrouter_key_usage_usd", "openrouter_key_info"):
        assert down[name] == first[name], name  # stale values stay
    assert (
        down["openrouter_last_success_timestamp_seconds"]
        == first["openrouter_last_success_timestamp_seconds"]
    )
    assert one(again, "openrouter_last_success_timestamp_seconds") > one(
        first, "openrouter_last_success_timestamp_seconds"
    )
    assert any("poll failed (server_error)" in line for line in running.lines)
    assert any("poll succeeded again" in line for line in running.lines)


def test_a_key_refused_then_known_recovers_without_a_restart(run_exporter: Callable[..., Running]) -> None:
    with StandIn(management_keys={"sk-or-v1-someone-else-0000"}) as server:
        running = run_exporter(server, interval=0.2)
        wait_for(
            lambda: one(running.scrape(), "openrouter_poll_failures_total", kind="unauthorized") >= 2,
            "two refused polls",
        )
        assert "openrouter_key_info" not in running.scrape()
        server.keys[CANARY_KEY] = budgeted_key()  # the key is (re)created on the account
        samples = wait_for(running.up, "recovery")
    assert one(samples, "openrouter_key_budget_remaining_usd", scope="key_limit") == 74.5


def test_a_429_puts_the_next_poll_off_by_its_retry_after(run_exporter: Callable[..., Running]) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        server.plan(Reply.rate_limited(retry_after=2))
        running = run_exporter(server, interval=0.1)
        wait_for(lambda: key_calls(server) >= 1, "the first poll")
        limited_at = time.monotonic()
        samples = wait_for(running.up, "the poll after the Retry-After")
        waited = time.monotonic() - limited_at
    assert one(samples, "openrouter_poll_failures_total", kind="rate_limited") == 1
    assert waited >= 1.5, waited  # at an interval of 0.1 s, about 20 polls would have been made
    assert key_calls(server) == 2


# --- the poller alone: scripted answers, a fake clock -----------------------------------------------------


class Script:
    """Answers for the poller: each call pops the next item (an exception is raised)."""

    def __init__(self, *items: Any) -> None:
        self.items = list(items)
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        item = self.items.pop(0) if len(self.items) > 1 else self.items[0]
        if isinstance(item, BaseException):
            raise item
        return item


def key_data(**changes: Any) -> Any:
    """A GET /key ``data`` model as the stand-in answers it for ``budgeted_key(**changes)``."""
    from openrouter.operations import GetCurrentKeyData

    return GetCurrentKeyData.from_dict(budgeted_key(**changes).data(CANARY_KEY))


def response_error(status: int, cls: type[errors.OpenRouterError], **headers: str) -> errors.OpenRouterError:
    res = httpx.Response(status, headers=headers, request=httpx.Request("GET", "http://standin/key"))
    if cls is errors.OpenRouterDefaultError:
        return errors.OpenRouterDefaultError(f"HTTP {status}", res)
    return cls(None, res)  # type: ignore[call-arg]


def test_the_poller_waits_out_the_interval_and_a_retry_after() -> None:
    now = [1000.0]
    limited = response_error(429, errors.OpenRouterDefaultError, **{"Retry-After": "30"})
    get_key = Script(key_data(), limited, key_data())
    poller = Poller(
        get_key, Script(None), 60.0, clock=lambda: now[0], monotonic=lambda: now[0], say=[].append
    )
    assert poller.poll() == 60.0
    assert poller.state.up
    assert poller.state.last_success == 1000.0
    now[0] = 1060.0
    assert poller.poll() == 60.0  # Retry-After below the interval: the interval
    assert not poller.state.up
    assert poller.state.failures["rate_limited"] == 1
    poller.interval = 10.0
    now[0] = 1070.0
    assert poller.poll() == 10.0
    poller2 = Poller(
        Script(limited), Script(None), 10.0, clock=lambda: 0.0, monotonic=lambda: 0.0, say=[].append
    )
    assert poller2.poll() == 30.0  # Retry-After above the interval: the Retry-After


def test_the_poller_keeps_the_last_values_through_failures_of_every_kind() -> None:
    failures: list[tuple[BaseException, str]] = [
        (response_error(401, errors.UnauthorizedResponseError), "unauthorized"),
        (response_error(403, errors.ForbiddenResponseError), "forbidden"),
        (response_error(429, errors.OpenRouterDefaultError), "rate_limited"),
        (response_error(502, errors.OpenRouterDefaultError), "server_error"),
        (response_error(500, errors.InternalServerResponseError), "server_error"),
        (response_error(418, errors.OpenRouterDefaultError), "api_error"),
        (errors.APIReadTimeoutError("timed out"), "timeout"),
        (errors.APIConnectError("refused"), "unreachable"),
        (errors.ResponseValidationError("bad body"), "invalid_response"),
        (RuntimeError("a bug"), "internal"),
    ]
    get_key = Script(key_data(), *(exc for exc, _ in failures), key_data(usage=30.0))
    said: list[str] = []
    poller = Poller(get_key, Script(None), 60.0, say=said.append)
    poller.poll()
    first = poller.state.key
    for exc, kind in failures:
        assert failure_kind(exc) == kind
        poller.poll()
        assert not poller.state.up
        assert poller.state.key is first
    poller.poll()
    assert poller.state.up
    assert poller.state.key is not None
    assert poller.state.key.usage[-1] == ("total", 30.0)
    assert poller.state.failures == {
        "unauthorized": 1,
        "forbidden": 1,
        "rate_limited": 1,
        "server_error": 2,
        "timeout": 1,
        "unreachable": 1,
        "invalid_response": 1,
        "api_error": 1,
        "internal": 1,
    }
    assert poller.state.polls == len(failures) + 2
    assert poller.state.requests["/key"] == len(failures) + 2
    assert sum("poll failed" in line for line in said) == len(failures)


def test_credits_are_asked_for_a_management_key_only_and_not_again_after_a_403() -> None:
    from openrouter.operations import GetCreditsData

    credits = GetCreditsData.from_dict({"total_credits": 10.0, "total_usage": 4.0})
    inference = Poller(Script(key_data()), Script(credits), 60.0, say=[].append)
    inference.poll()
    assert inference.state.credits is None
    assert inference.state.requests["/credits"] == 0
    forbidden = response_error(403, errors.ForbiddenResponseError)
    get_credits = Script(forbidden)
    said: list[str] = []
    management = Poller(Script(key_data(management=True)), get_credits, 60.0, say=said.append)
    for _ in range(3):
        management.poll()
        assert management.state.up
        assert management.state.credits is None
    assert get_credits.calls == 1
    assert sum("GET /credits refused" in line for line in said) == 1
    ok = Poller(Script(key_data(management=True)), Script(credits), 60.0, say=[].append)
    ok.poll()
    assert ok.state.credits is not None
    assert ok.state.credits.total_usd == 10.0


# --- the collector on a fixed state ------------------------------------------------------------------------


def test_the_collector_on_a_fixed_state() -> None:
    from prometheus_client import generate_latest

    from openrouter._exporter._metrics import registry_for

    layer = Layer("member", None, "gr_9", 20.0, 5.0, 15.0, None, None, True)
    twin = Layer("member", None, "gr_9", 99.0, 0.0, 99.0, None, None, True)  # a repeated label set
    key = KeyState(
        label='lab"el\\x',
        workspace_id=None,
        organization_id=None,
        is_management_key=False,
        is_free_tier=True,
        layers=(layer, twin),
        effective=layer,
        usage=(("daily", 1.0), ("weekly", 2.0), ("monthly", 3.0), ("total", 4.0)),
        byok_usage=(("daily", 0.0), ("weekly", 0.0), ("monthly", 0.0), ("total", 0.5)),
        expires_at=None,
        free_limit=None,
        free_remaining=None,
        free_used=None,
    )
    empty = parse(generate_latest(registry_for(State)).decode())
    assert one(empty, "openrouter_up") == 0
    assert "openrouter_last_success_timestamp_seconds" not in empty
    assert "openrouter_key_info" not in empty
    samples = parse(generate_latest(registry_for(lambda: State(up=True, last_success=5.0, key=key))).decode())
    assert one(samples, "openrouter_key_budget_limit_usd", scope="member") == 20.0  # the first one kept
    assert "openrouter_key_budget_resets_timestamp_seconds" not in samples  # a lifetime layer never resets
    assert one(samples, "openrouter_key_budget_info", reset_interval="never", include_byok="true") == 1
    assert one(samples, "openrouter_key_info", label='lab"el\\x', workspace_id="") == 1
    assert one(samples, "openrouter_key_byok_usage_usd", period="total") == 0.5
    assert "openrouter_free_model_requests_remaining" not in samples


# --- the command: the URL line, 404, SIGTERM, the key in no output ----------------------------------------


def exporter_process(
    server: StandIn, *extra: str, key: str = CANARY_KEY
) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "OPENROUTER_API_KEY": key}
    argv = [sys.executable, "-m", "openrouter", "exporter", "--listen", "127.0.0.1:0"]
    proc = subprocess.Popen(
        [*argv, "--interval", "0.2", "--server-url", server.url, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_command_prints_the_url_serves_and_stops_on_a_signal(sig: signal.Signals) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        server.plan(Reply.error(503), Reply.error(401))  # two failures logged on stderr
        proc, url = exporter_process(server)
        try:
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/metrics", url), url
            wait_for(lambda: one(scrape(url), "openrouter_up") == 1, "a successful poll")
            base = url.removesuffix("/metrics")
            for path in ("/", "/metrics/", "/favicon.ico", "/x"):
                assert get(base + path)[0] == 404, path
            started = time.monotonic()
            proc.send_signal(sig)
            out, err = proc.communicate(timeout=20)
            stopped = time.monotonic() - started
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 0, err
    print(f"stopped {stopped:.2f} s after {sig.name}")
    assert stopped < 5  # "within a second"; generous for a busy machine (measured: about 0.1 s)
    assert out == ""  # the URL line was the only one
    assert "poll failed (server_error)" in err
    assert "poll failed (unauthorized)" in err
    assert CANARY_KEY not in out + err
    assert "Traceback" not in err


def test_the_command_without_a_key_or_with_a_bad_listen_address_fails_at_once() -> None:
    argv = [sys.executable, "-m", "openrouter", "exporter"]
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    res = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 3
    assert "OPENROUTER_API_KEY is not set" in res.stderr
    env["OPENROUTER_API_KEY"] = CANARY_KEY
    res = subprocess.run([*argv, "--listen", "nowhere"], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 2
    assert "expected HOST:PORT" in res.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = subprocess.run(
            [*argv, "--listen", f"127.0.0.1:{port}"], env=env, capture_output=True, text=True, timeout=60
        )
    assert res.returncode == 2, res.stderr
    assert "cannot listen on" in res.stderr
    assert CANARY_KEY not in res.stdout + res.stderr


def test_listen_addresses() -> None:
    assert listen_address("127.0.0.1:0") == ("127.0.0.1", 0)
    assert listen_address("[::1]:9877") == ("::1", 9877)
    assert listen_address("localhost:80") == ("localhost", 80)
    for bad in ("9877", ":9877", "host:", "host:99999", "host:x"):
        with pytest.raises(ValueError, match="HOST:PORT"):
            listen_address(bad)


def test_prometheus_client_is_optional_and_loaded_by_the_exporter_only() -> None:
    check = (
        "import sys, openrouter, openrouter._cli, openrouter.testing\n"
        "from openrouter._cli import main\n"
        "assert main(['key', '--help']) == 0\n"
        "assert 'prometheus_client' not in sys.modules, 'loaded'\n"
        "sys.modules['prometheus_client'] = None  # as if the extra were not installed\n"
        "sys.exit(main(['exporter']))\n"
    )
    env = {**os.environ, "OPENROUTER_API_KEY": CANARY_KEY}
    res = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 2, res.stderr
    assert 'pip install "openrouter-credits[exporter]"' in res.stderr


# --- a real Prometheus server, and the example alert rules under promtool ----------------------------------

HOW = "install Debian's prometheus package (apt-get install prometheus), as .ci/run does, to run this test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.mark.skipif(shutil.which("prometheus") is None, reason=f"no prometheus on PATH: {HOW}")
def test_a_real_prometheus_scrapes_the_exporter(run_exporter: Callable[..., Running], tmp_path: Path) -> None:
    with StandIn(keys={CANARY_KEY: budgeted_key()}) as server:
        running = run_exporter(server, interval=0.5)
        wait_for(running.up, "a successful poll")
        target = urllib.parse.urlsplit(running.url).netloc
        config = tmp_path / "prometheus.yml"
        config.write_text(
            "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            "scrape_configs:\n"
            f"  - job_name: openrouter\n    static_configs: [{{targets: ['{target}']}}]\n"
        )
        port = free_port()
        prometheus = subprocess.Popen(
            [
                "prometheus",
                f"--config.file={config}",
                f"--storage.tsdb.path={tmp_path / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--log.level=warn",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            api = f"http://127.0.0.1:{port}/api/v1/query?query="

            def query(expr: str) -> list[dict[str, Any]] | None:
                try:
                    status, body = get(api + urllib.parse.quote(expr), timeout=5)
                except OSError:
                    return None  # not listening yet
                if status != 200:
                    return None
                result: list[dict[str, Any]] = json.loads(body)["data"]["result"]
                return result or None

            (effective,) = wait_for(
                lambda: query("openrouter_key_effective_remaining_usd"), "Prometheus to scrape", deadline=30
            )
            (limit,) = wait_for(
                lambda: query('openrouter_key_budget_limit_usd{scope="api_key",guardrail_id="gr_1"}'), "layer"
            )
        finally:
            prometheus.terminate()
            try:
                prometheus.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                prometheus.kill()
                prometheus.communicate()
    assert effective["metric"]["job"] == "openrouter"
    assert effective["metric"]["scope"] == "workspace"
    assert float(effective["value"][1]) == 0.0
    assert float(limit["value"][1]) == 50.0


ALERTS = ROOT / "examples" / "prometheus-alerts.yml"


@pytest.mark.skipif(shutil.which("promtool") is None, reason=f"no promtool on PATH: {HOW}")
def test_the_example_alert_rules_check_and_pass_their_unit_tests() -> None:
    check = subprocess.run(
        ["promtool", "check", "rules", str(ALERTS)], capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "SUCCESS: 6 rules found" in check.stdout
    tests = ROOT / "tests" / "fixtures" / "prometheus-alerts.test.yml"
    run = subprocess.run(
        ["promtool", "test", "rules", tests.name],
        cwd=tests.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
