"""Proxies from the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), read
by the client's own pools as httpx reads them, against a proxy on loopback."""

from __future__ import annotations

import pytest

from conftest import StandIn
from openrouter import OpenRouter, errors, utils
from support import RawServer, ok, response
from support.calls import MODES, once

NO_RETRY = utils.RetryConfig("none")
VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
@pytest.mark.parametrize("mode", MODES)
def test_a_request_goes_through_the_proxy_from_the_environment(
    server: StandIn, mode: str, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RawServer(ok()) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        result = once(mode, OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY))
        assert result.data.total_credits == 100.5
        assert [r.target for r in proxy.requests] == [f"{server.url}/credits"]  # absolute form: a proxy
    assert server.requests == []


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost,127.0.0.1"])
@pytest.mark.parametrize("mode", MODES)
def test_no_proxy_sends_the_request_directly(
    server: StandIn, mode: str, no_proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RawServer(ok()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", no_proxy)
        result = once(mode, OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY))
        assert result.data.total_credits == 100.5
        assert proxy.requests == []
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_proxy_that_refuses_the_tunnel_names_the_variables_to_check(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusal = response(407, b"", [("Proxy-Authenticate", 'Basic realm="corp"')])
    with RawServer(refusal) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        c = OpenRouter(api_key="k", server_url="https://127.0.0.1:9/api/v1", retry_config=NO_RETRY)
        with pytest.raises(errors.APIProxyError) as info:
            once(mode, c)
        assert proxy.requests[0].method == "CONNECT"
    assert "HTTPS_PROXY" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_holds_through_a_proxy(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with RawServer([5.0]) as proxy:  # the proxy reads the request, then says nothing for 5 s
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        c = OpenRouter(api_key="k", server_url="http://127.0.0.1:9", retry_config=NO_RETRY)
        with pytest.raises(errors.APITimeoutError):
            once(mode, c, timeout_ms=200)
        assert len(proxy.requests) == 1
