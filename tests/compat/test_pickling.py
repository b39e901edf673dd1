"""Errors pickle (multiprocessing, task queues) without the live response or the API key."""

from __future__ import annotations

import json
import pickle
import warnings

import pytest

from conftest import CANARY_KEY, Reply, StandIn
from openrouter import OpenRouter, errors
from openrouter.testing import GONE_MESSAGE, envelope
from support.calls import NO_RETRY

# --- errors pickle ----------------------------------------------------------------------------------


ERROR_CASES: dict[str, tuple[Reply, type[errors.OpenRouterError]]] = {
    "unauthorized": (
        Reply(401, envelope(401, "User not found.", user_id="user_1")),
        errors.UnauthorizedResponseError,
    ),
    "forbidden": (Reply(403, envelope(403, "Only management keys")), errors.ForbiddenResponseError),
    "gone": (Reply(410, envelope(410, GONE_MESSAGE)), errors.GoneResponseError),
    "internal": (Reply(500, envelope(500, "Internal Server Error")), errors.InternalServerResponseError),
    "default": (
        Reply(429, envelope(429, "Rate limit"), headers={"Retry-After": "7"}),
        errors.OpenRouterDefaultError,
    ),
    "connection": (Reply(drop=True), errors.APIConnectionError),
    "timeout": (Reply(delay=1.0), errors.APITimeoutError),
}


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_errors_pickle_without_the_response_or_the_key(server: StandIn, case: str, protocol: int) -> None:
    reply, cls = ERROR_CASES[case]
    server.plan(reply)
    c = OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=NO_RETRY, timeout_ms=150)
    call = c.credits.create_coinbase_charge if case == "gone" else c.credits.get_credits
    with c, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # create_coinbase_charge's, tested above
        with pytest.raises(cls) as info:
            call()
    error = info.value
    assert isinstance(error, cls)
    blob = pickle.dumps(error, protocol=protocol)
    assert CANARY_KEY.encode() not in blob
    loaded = pickle.loads(blob)
    assert type(loaded) is type(error)
    assert str(loaded) == str(error)
    assert loaded.message == error.message
    assert loaded.args == error.args
    assert loaded.status_code == error.status_code
    assert loaded.body == error.body
    assert loaded.retry_after == error.retry_after
    assert loaded.raw_response is None
    assert repr(loaded) == repr(error)
    if error.status_code is None:
        assert error.raw_response is None
        assert loaded.headers is None
    else:
        assert error.raw_response is not None
        assert error.status_code == reply.status
        assert loaded.headers is not None
        assert dict(loaded.headers) == dict(error.headers)
    if hasattr(error, "data"):
        assert error.data is not None
        assert loaded.data == error.data
        assert loaded.data.error.message == reply.body["error"]["message"]
        # Absent fields stay absent (None, left out of to_dict()), so to_dict() is the JSON sent.
        assert loaded.data.to_dict().get("user_id") == reply.body.get("user_id")  # absent: UNSET
        assert json.loads(json.dumps(loaded.data.to_dict())) == reply.body
    if case == "default":
        assert loaded.retry_after == 7.0
