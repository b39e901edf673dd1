"""Hooks around each request, with the official SDK's names and signatures.

    from openrouter import OpenRouter, hooks

    class Timing(hooks.BeforeRequestHook):
        def before_request(self, hook_ctx, request):
            request.headers["X-Trace-Id"] = new_trace_id()
            return request

    client = OpenRouter(api_key=..., hooks=[Timing()])  # or client.hooks.register_before_request_hook

``before_request`` may return a replacement request; ``after_success`` and ``after_error`` observe each
answer or failure (every attempt, retries included). Any hook may return an exception instead: it is
raised in place of the call's result. The official SDK registers hooks by editing its generated
``_hooks/registration.py``; here they are passed to the constructor or registered at run time.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .errors import InvalidArgumentTypeError

if TYPE_CHECKING:
    from ._operation import Call as _Call

__all__ = [
    "AfterErrorContext",
    "AfterErrorHook",
    "AfterSuccessContext",
    "AfterSuccessHook",
    "BeforeRequestContext",
    "BeforeRequestHook",
    "HookContext",
    "Hooks",
]


class HookContext:
    """What a hook is told about the call: ``operation_id`` (e.g. ``"getCredits"``) and ``base_url``."""

    def __init__(self, operation_id: str, base_url: str) -> None:
        self.operation_id = operation_id
        self.base_url = base_url
        self.oauth2_scopes: list[str] | None = None
        self.tags: list[str] | None = ["Credits"]
        self.extensions: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(operation_id={self.operation_id!r}, base_url={self.base_url!r})"


class BeforeRequestContext(HookContext):
    """The context of :meth:`BeforeRequestHook.before_request`."""


class AfterSuccessContext(HookContext):
    """The context of :meth:`AfterSuccessHook.after_success`."""


class AfterErrorContext(HookContext):
    """The context of :meth:`AfterErrorHook.after_error`."""


class BeforeRequestHook(ABC):
    """Called with each request before it is sent."""

    @abstractmethod
    def before_request(
        self, hook_ctx: BeforeRequestContext, request: httpx.Request
    ) -> httpx.Request | Exception:
        """Return the request to send (the same or a new one), or an exception to raise."""


class AfterSuccessHook(ABC):
    """Called with each 2XX answer."""

    @abstractmethod
    def after_success(
        self, hook_ctx: AfterSuccessContext, response: httpx.Response
    ) -> httpx.Response | Exception:
        """Return the response (it is not replaced), or an exception to raise instead of the result."""


class AfterErrorHook(ABC):
    """Called with each failed attempt: an error status (with its response) or no answer at all."""

    @abstractmethod
    def after_error(
        self, hook_ctx: AfterErrorContext, response: httpx.Response | None, error: Exception | None
    ) -> tuple[httpx.Response | None, Exception | None] | Exception:
        """Return ``(response, error)``, or an exception to raise at once."""


_OPERATION_IDS = {"get_credits": "getCredits", "create_coinbase_charge": "createCoinbaseCharge"}


def _operation_id(call: _Call[Any]) -> str:
    name = call.op.module_name.rpartition(".")[2]
    return _OPERATION_IDS.get(name, name)


class Hooks:
    """The hooks of one client (``client.hooks``), called in the order they were registered."""

    def __init__(self, hooks: Iterable[object] = ()) -> None:
        self.before: list[BeforeRequestHook] = []
        self.success: list[AfterSuccessHook] = []
        self.error: list[AfterErrorHook] = []
        for hook in hooks:
            known = False
            if isinstance(hook, BeforeRequestHook):
                self.register_before_request_hook(hook)
                known = True
            if isinstance(hook, AfterSuccessHook):
                self.register_after_success_hook(hook)
                known = True
            if isinstance(hook, AfterErrorHook):
                self.register_after_error_hook(hook)
                known = True
            if not known:
                raise InvalidArgumentTypeError(
                    "hooks must be BeforeRequestHook, AfterSuccessHook or AfterErrorHook objects, "
                    f"got {type(hook).__name__}"
                )

    def register_before_request_hook(self, hook: BeforeRequestHook) -> None:
        """Call ``hook.before_request`` before each request."""
        self.before.append(hook)

    def register_after_success_hook(self, hook: AfterSuccessHook) -> None:
        """Call ``hook.after_success`` after each 2XX answer."""
        self.success.append(hook)

    def register_after_error_hook(self, hook: AfterErrorHook) -> None:
        """Call ``hook.after_error`` after each failed attempt."""
        self.error.append(hook)

    def before_request(self, call: _Call[Any], request: httpx.Request) -> httpx.Request:
        ctx = BeforeRequestContext(_operation_id(call), call.base_url)
        for hook in self.before:
            out = hook.before_request(ctx, request)
            if isinstance(out, Exception):
                raise out
            if not isinstance(out, httpx.Request):
                raise InvalidArgumentTypeError(
                    f"{type(hook).__name__}.before_request must return the request (an httpx.Request) "
                    f"or an exception, got {type(out).__name__}"
                )
            request = out
        return request

    def after_success(self, call: _Call[Any], response: httpx.Response) -> None:
        if self.success:
            ctx = AfterSuccessContext(_operation_id(call), call.base_url)
            for hook in self.success:
                out = hook.after_success(ctx, response)
                if isinstance(out, Exception):
                    raise out

    def after_error(self, call: _Call[Any], response: httpx.Response | None, error: Exception) -> None:
        if self.error:
            ctx = AfterErrorContext(_operation_id(call), call.base_url)
            for hook in self.error:
                out = hook.after_error(ctx, response, error)
                if isinstance(out, Exception):
                    raise out
