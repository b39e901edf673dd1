"""``api_keys.get_current_key_metadata`` (``GET /key``) against the stand-in, sync and async; what it costs
to add an operation; ``components.Security`` and ``client.sdk_configuration``."""

from __future__ import annotations

import asyncio
import datetime
import importlib
import pkgutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import snake_case  # the generator's own naming

import openrouter
from conftest import CANARY_KEY, FAST_RETRY, ROOT, Reply, StandIn
from openrouter import OpenRouter, components, errors, hooks, operations, utils
from openrouter._api_keys import GET_CURRENT_KEY, APIKeys
from openrouter._call import Operation
from openrouter.testing import UNKNOWN_KEY_MESSAGE, Key

NO_RETRY = utils.RetryConfig("none")
CI_KEY = "sk-or-v1-ci-inference-key-0042"
EXPIRES = "2031-01-31T12:00:00Z"
#: The fields of the answer that are not deprecated (their values as the stand-in sends them below).
EXPECTED = {
    "label": "sk-or-v1-ci...042",
    "limit": 20.0,
    "limit_remaining": 12.5,
    "limit_reset": "monthly",
    "usage": 30.0,
    "usage_daily": 1.5,
    "usage_weekly": 4.0,
    "usage_monthly": 7.5,
    "byok_usage": 2.0,
    "byok_usage_daily": 2.0,
    "byok_usage_weekly": 2.0,
    "byok_usage_monthly": 2.0,
    "include_byok_in_limit": False,
    "is_free_tier": False,
    "is_management_key": False,
    "creator_user_id": "user_standin",
    "expires_at": datetime.datetime(2031, 1, 31, 12, tzinfo=datetime.UTC),
}


@pytest.fixture
def keyed() -> Any:
    """A stand-in with an inference key that has a monthly limit, and the other roles."""
    keys = {
        CI_KEY: Key(
            limit=20,
            limit_reset="monthly",
            usage=30,
            usage_monthly=7.5,
            usage_weekly=4,
            usage_daily=1.5,
            byok_usage=2,
            expires_at=EXPIRES,
        ),
        "sk-free": Key(is_free_tier=True),
        "sk-expired": Key(limit=5, expires_at="2020-01-01T00:00:00Z"),
        "sk-disabled": Key(disabled=True),
    }
    with StandIn(management_keys={"sk-management"}, inference_keys={"sk-no-limit"}, keys=keys) as s:
        yield s


def call(client: OpenRouter, mode: str) -> operations.GetCurrentKeyResponse:
    """One ``get_current_key_metadata`` call inside the client's ``with`` block, sync or async."""
    if mode == "sync":
        with client:
            return client.api_keys.get_current_key_metadata()

    async def main() -> operations.GetCurrentKeyResponse:
        async with client:
            return await client.api_keys.get_current_key_metadata_async()

    return asyncio.run(main())


def fields(data: Any) -> dict[str, Any]:
    return {name: getattr(data, name) for name in EXPECTED}


# --- success ----------------------------------------------------------------------------------------


def test_sync_success_with_an_inference_key(keyed: StandIn) -> None:
    with OpenRouter(api_key=CI_KEY, server_url=keyed.url, http_referer="https://ci.example") as c:
        res = c.api_keys.get_current_key_metadata(x_open_router_title="CI")
    assert isinstance(res, operations.GetCurrentKeyResponse)
    assert isinstance(res.data, operations.GetCurrentKeyData)
    assert fields(res.data) == EXPECTED
    (request,) = keyed.requests
    assert (request.method, request.path) == ("GET", "/api/v1/key")  # the base path is kept
    assert request.key == CI_KEY
    assert (request.headers["http-referer"], request.headers["x-openrouter-title"]) == (
        "https://ci.example",
        "CI",
    )


def test_async_success_and_the_answer_follows_the_keys_usage(keyed: StandIn) -> None:
    async def main() -> tuple[Any, Any]:
        async with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
            first = await c.api_keys.get_current_key_metadata_async()
            keyed.keys[CI_KEY].usage_monthly = 19.0  # a test sets the key's usage while it runs
            return first, await c.api_keys.get_current_key_metadata_async()

    first, second = asyncio.run(main())
    assert fields(first.data) == EXPECTED
    assert (second.data.usage_monthly, second.data.limit_remaining) == (19.0, 1.0)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "sk-no-limit",
            {"limit": None, "limit_remaining": None, "limit_reset": None, "is_management_key": False},
        ),
        ("sk-management", {"limit": None, "is_management_key": True}),
        ("sk-free", {"is_free_tier": True, "limit": None}),
    ],
)
def test_every_role_reads_its_key(keyed: StandIn, key: str, expected: dict[str, Any]) -> None:
    with OpenRouter(api_key=key, server_url=keyed.url) as c:
        data = c.api_keys.get_current_key_metadata().data
    assert {name: getattr(data, name) for name in expected} == expected
    assert data.expires_at is None
    assert key not in data.label  # the label is a cut of the key, never the key


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["sk-expired", "sk-disabled", "sk-or-v1-unknown"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_401_for_an_expired_disabled_or_unknown_key_is_not_retried(
    keyed: StandIn, key: str, mode: str
) -> None:
    client = OpenRouter(api_key=key, server_url=keyed.url, retry_config=FAST_RETRY)
    with pytest.raises(errors.UnauthorizedResponseError) as info:
        call(client, mode)
    error = info.value
    assert error.status_code == 401
    assert error.message == UNKNOWN_KEY_MESSAGE
    assert error.data is not None
    assert error.data.error.message == UNKNOWN_KEY_MESSAGE
    assert "an expired or disabled key is refused too" in str(error)  # the operation's own hint
    assert len(keyed.requests) == 1


def test_no_key_is_a_401_with_the_real_message(keyed: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    with OpenRouter(server_url=keyed.url) as c, pytest.raises(errors.UnauthorizedResponseError) as info:
        c.api_keys.get_current_key_metadata()
    assert info.value.message == "Missing Authentication header"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_500_is_retried_by_default_then_succeeds(keyed: StandIn, mode: str) -> None:
    keyed.plan(Reply.error(500), Reply.error(500))
    client = OpenRouter(api_key=CI_KEY, server_url=keyed.url, retry_config=FAST_RETRY)
    res = call(client, mode)
    assert res.data.limit_remaining == 12.5
    assert len(keyed.requests) == 3


def test_the_default_policy_retries_a_500_without_being_told(keyed: StandIn) -> None:
    """No retry_config at all: the operation's own default (DEFAULT_RETRY) applies, as for get_credits."""
    assert GET_CURRENT_KEY.default_retry is utils.DEFAULT_RETRY
    keyed.plan(Reply.error(500))
    with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
        assert c.api_keys.get_current_key_metadata().data.limit == 20.0
    assert len(keyed.requests) == 2


def test_a_lasting_500_raises_its_class_once_retries_are_spent(keyed: StandIn) -> None:
    keyed.always = Reply.error(500)
    with (
        OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c,
        pytest.raises(errors.InternalServerResponseError) as info,
    ):
        c.api_keys.get_current_key_metadata(retries=NO_RETRY)
    assert info.value.status_code == 500
    assert len(keyed.requests) == 1


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"limit": "twenty"}, "data.limit"),
        ({"usage_daily": None}, "data.usage_daily"),
        ({"is_free_tier": "no"}, "data.is_free_tier"),
        ({"expires_at": "soon"}, "data.expires_at"),
        ({"rate_limit": {"requests": "many", "interval": "1h", "note": ""}}, "data.rate_limit.requests"),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wrong_typed_answer_is_a_validation_error(
    keyed: StandIn, change: dict[str, Any], where: str, mode: str
) -> None:
    body = {"data": {**keyed.keys[CI_KEY].data(CI_KEY), **change}}
    keyed.plan(Reply(200, body))
    client = OpenRouter(api_key=CI_KEY, server_url=keyed.url, retry_config=FAST_RETRY)
    with pytest.raises(errors.ResponseValidationError) as info:
        call(client, mode)
    assert where in str(info.value.cause)
    assert isinstance(info.value.cause, operations.SchemaError)
    assert len(keyed.requests) == 1  # a bad 2XX is not retried: the same request gets the same body


def test_bad_options_fail_before_any_request(keyed: StandIn) -> None:
    with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
        with pytest.raises(errors.InvalidArgumentTypeError, match="unexpected keyword"):
            c.api_keys.get_current_key_metadata(limit=5)  # type: ignore[call-arg]
        with pytest.raises(errors.InvalidArgumentError):
            c.api_keys.get_current_key_metadata(timeout_ms=-1)
        with pytest.raises(errors.InvalidArgumentError):
            c.api_keys.get_current_key_metadata(server_url="http://example.com/api/v1")
    assert keyed.requests == []


def test_per_call_server_url_and_headers(keyed: StandIn) -> None:
    with OpenRouter(api_key=CI_KEY, server_url="http://127.0.0.1:1/api/v1") as c:
        res = c.api_keys.get_current_key_metadata(server_url=keyed.origin, http_headers={"X-Trace": "t1"})
    assert res.data.label == EXPECTED["label"]
    assert keyed.requests[0].path == "/key"  # the root is served too
    assert keyed.requests[0].headers["x-trace"] == "t1"


# --- deprecated fields --------------------------------------------------------------------------------


def test_reading_a_deprecated_field_warns_once_at_the_callers_line(keyed: StandIn) -> None:
    with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
        data = c.api_keys.get_current_key_metadata().data
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # Python's own action for DeprecationWarning in __main__
        line = sys._getframe().f_lineno + 2
        for _ in range(3):  # the same line, read three times: one warning per field
            assert data.is_provisioning_key is False
            assert data.rate_limit.requests == -1
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert [(Path(w.filename).name, w.lineno) for w in deprecations] == [
        (Path(__file__).name, line),
        (Path(__file__).name, line + 1),
    ]
    assert "is_provisioning_key" in str(deprecations[0].message)
    assert "rate_limit" in str(deprecations[1].message)


def test_other_fields_and_dumps_do_not_warn(keyed: StandIn) -> None:
    with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
        res = c.api_keys.get_current_key_metadata()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert res.data.is_management_key is False
        dumped = res.model_dump()
        res.to_dict()
    assert dumped["data"]["is_provisioning_key"] is False  # still readable, still in the dump
    with pytest.warns(DeprecationWarning, match="is_provisioning_key"):
        assert res.data.is_provisioning_key is False


def test_type_checkers_flag_the_deprecated_fields(tmp_path: Path) -> None:
    snippet = tmp_path / "user_code.py"
    snippet.write_text(
        "from openrouter import OpenRouter\n"
        "with OpenRouter(api_key='k') as c:\n"
        "    data = c.api_keys.get_current_key_metadata().data\n"
        "    print(data.is_provisioning_key)\n"
        "    print(data.rate_limit)\n"
        "    print(data.limit_remaining, data.is_management_key)\n"
    )
    done = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated"),
            *("--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(snippet)),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    lines = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 2, done.stdout
    assert "user_code.py:4:" in lines[0]
    assert "is_provisioning_key" in lines[0]
    assert "deprecated" in lines[0]
    assert "user_code.py:5:" in lines[1]
    assert "rate_limit" in lines[1]


# --- what adding the operation cost -----------------------------------------------------------------


def declared_operations() -> dict[str, Operation[Any]]:
    found: dict[str, Operation[Any]] = {}
    for info in pkgutil.iter_modules(openrouter.__path__):
        module = importlib.import_module(f"openrouter.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Operation):
                found[f"{info.name}.{name}"] = value
    return found


def test_the_operations_are_the_one_source_of_operation_ids_and_match_the_spec() -> None:
    paths = yaml.safe_load((ROOT / "openapi.yaml").read_text())["paths"]
    spec = {op["operationId"]: op["tags"] for item in paths.values() for op in item.values()}
    ops = declared_operations()
    assert {op.operation_id: list(op.tags) for op in ops.values()} == spec
    for op in ops.values():
        # The generated module is the one the generator makes of that operation id and its tag.
        folder, module = op.module_name.split(".")[-2:]
        assert module == snake_case(op.operation_id)
        assert folder.rstrip("_") == snake_case(op.tags[0])
    assert GET_CURRENT_KEY.tags == ("API Keys",)
    assert not hasattr(hooks, "_OPERATION_IDS")


def test_api_keys_is_one_operation_and_two_short_methods() -> None:
    import inspect

    from openrouter import _api_keys

    assert [op for op in declared_operations() if op.startswith("_api_keys.")] == [
        "_api_keys.GET_CURRENT_KEY"
    ]
    methods = [n for n in vars(APIKeys) if not n.startswith("_")]
    assert methods == ["get_current_key_metadata", "get_current_key_metadata_async"]
    for name in methods:
        body = [line for line in inspect.getsource(getattr(APIKeys, name)).splitlines() if line.strip()]
        assert body[-1].strip().startswith("return")
        assert "GET_CURRENT_KEY, options)" in body[-1]
    assert len(inspect.getsource(_api_keys).splitlines()) < 60


def test_hooks_are_told_the_operation_id_and_tags(keyed: StandIn) -> None:
    seen: list[tuple[str, str, list[str] | None]] = []

    class Record(hooks.BeforeRequestHook):
        def before_request(
            self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request
        ) -> httpx.Request:
            seen.append((hook_ctx.operation_id, hook_ctx.base_url, hook_ctx.tags))
            return request

    with OpenRouter(api_key=CI_KEY, server_url=keyed.url, hooks=[Record()]) as c:
        c.api_keys.get_current_key_metadata()
        with pytest.raises(errors.ForbiddenResponseError):
            c.credits.get_credits()
    assert seen == [("getCurrentKey", keyed.url, ["API Keys"]), ("getCredits", keyed.url, ["Credits"])]


# --- components.Security, sdk_configuration --------------------------------------------------------------


def test_security_holds_the_key_and_never_shows_it() -> None:
    security = components.Security(api_key=CANARY_KEY)
    assert security.api_key == CANARY_KEY
    assert security.model_dump() == {"api_key": CANARY_KEY}
    assert CANARY_KEY not in repr(security)
    assert repr(security) == "Security(api_key=<set>)"
    assert components.Security().model_dump() == {}
    assert security == components.Security(api_key=CANARY_KEY)
    with pytest.raises(errors.InvalidArgumentTypeError):
        components.Security(api_key=42)  # type: ignore[arg-type]


def test_hooks_registered_through_sdk_configuration_run(keyed: StandIn) -> None:
    """The official SDK's run-time registration: ``sdk_configuration._hooks.register_*_hook``."""
    seen: list[str] = []

    class Record(hooks.AfterSuccessHook):
        def after_success(
            self, hook_ctx: hooks.AfterSuccessContext, response: httpx.Response
        ) -> httpx.Response:
            seen.append(hook_ctx.operation_id)
            return response

    with OpenRouter(api_key=CI_KEY, server_url=keyed.url) as c:
        config = c.sdk_configuration
        assert config._hooks is c.hooks
        assert config.__dict__["_hooks"] is c.hooks  # where the official SDK's own code looks
        config._hooks.register_after_success_hook(Record())
        c.api_keys.get_current_key_metadata()
    assert seen == ["getCurrentKey"]


def test_sdk_configuration_reads_the_settings_and_is_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    client = OpenRouter(api_key=CANARY_KEY, server_url="http://127.0.0.1:9/api/v1", timeout_ms=2500)
    config = client.sdk_configuration
    assert (config.server_url, config.timeout_ms, config.retry_config) == (
        "http://127.0.0.1:9/api/v1",
        2500,
        None,
    )
    assert config.security == components.Security(api_key=CANARY_KEY)
    assert CANARY_KEY not in repr(config)
    with pytest.raises(errors.InvalidArgumentTypeError, match="read-only"):
        config.server_url = "http://127.0.0.1:10"
    rotating = OpenRouter(api_key=lambda: CANARY_KEY, retry_config=FAST_RETRY).sdk_configuration
    assert callable(rotating.security)
    assert rotating.security() == components.Security(api_key=CANARY_KEY)
    assert rotating.retry_config is FAST_RETRY
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    assert OpenRouter(api_key=None).sdk_configuration.security is None
