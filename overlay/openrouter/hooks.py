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
``_hooks/registration.py`` (or at run time on ``client.sdk_configuration._hooks``); here they are passed
to the constructor or registered at run time on ``client.hooks`` (``client.sdk_configuration._hooks``
is the same object, so code written for the official SDK works unchanged).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .errors import InvalidArgumentTypeError, ReadOnlyError

if TYPE_CHECKING:
    from ._call import Call as _Call
    from .components import Security
    from .utils import RetryConfig

__all__ = [
    "AfterErrorContext",
    "AfterErrorHook",
    "AfterSuccessContext",
    "AfterSuccessHook",
    "BeforeRequestContext",
    "BeforeRequestHook",
    "HookContext",
    "Hooks",
    "SDKConfiguration",
]


class HookContext:
    """What a hook is told about the call: ``operation_id`` (e.g. ``"getCredits"``), ``base_url`` and
    ``tags`` (e.g. ``["Credits"]``); the first and last come from the call's ``Operation``."""

    def __init__(self, operation_id: str, base_url: str, tags: list[str] | None = None) -> None:
        self.operation_id = operation_id
        self.base_url = base_url
        self.oauth2_scopes: list[str] | None = None
        self.tags: list[str] | None = tags
        self.extensions: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(operation_id={self.operation_id!r}, base_url={self.base_url!r})"


_Ctx = TypeVar("_Ctx", bound=HookContext)


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


def _context(cls: type[_Ctx], call: _Call[Any]) -> _Ctx:
    return cls(call.op.operation_id, call.base_url, list(call.op.tags))


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
        ctx = _context(BeforeRequestContext, call)
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
            ctx = _context(AfterSuccessContext, call)
            for hook in self.success:
                out = hook.after_success(ctx, response)
                if isinstance(out, Exception):
                    raise out

    def after_error(self, call: _Call[Any], response: httpx.Response | None, error: Exception) -> None:
        if self.error:
            ctx = _context(AfterErrorContext, call)
            for hook in self.error:
                out = hook.after_error(ctx, response, error)
                if isinstance(out, Exception):
                    raise out


class SDKConfiguration:
    """``client.sdk_configuration``: the official SDK's configuration object, read-only.

    Code written for the official SDK registers hooks at run time through it
    (``client.sdk_configuration._hooks.register_before_request_hook(hook)``): ``_hooks`` is the client's
    :class:`Hooks`, the same object as ``client.hooks``. It also reads ``server_url``, ``timeout_ms``,
    ``retry_config`` (None: the default policy) and ``security`` (a ``components.Security``, a
    callable returning one, or None); its repr never shows the key.
    """

    def __init__(
        self,
        hooks: Hooks,
        server_url: str,
        api_key: str | Callable[[], str] | None,
        timeout: httpx.Timeout | None,
        retry_config: RetryConfig | None,
    ) -> None:
        values = {
            "_hooks": hooks,
            "server_url": server_url,
            "timeout_ms": None if timeout is None or timeout.read is None else timeout.read * 1000,
            "retry_config": retry_config,
            "_api_key": api_key,
        }
        self.__dict__.update(values)

    #: The client's hooks (the official SDK keeps them here: ``sdk_configuration.__dict__["_hooks"]``).
    _hooks: Hooks
    server_url: str
    timeout_ms: float | None
    retry_config: RetryConfig | None

    @property
    def security(self) -> Security | Callable[[], Security] | None:
        """The API key as the official SDK holds it: ``components.Security(api_key=...)``, a callable
        returning one (for an ``api_key`` callable), or None (no key)."""
        from .components import Security

        key = self.__dict__["_api_key"]
        if key is None:
            return None
        if callable(key):
            return lambda: Security(api_key=key())
        return Security(api_key=key)

    def __setattr__(self, name: str, value: object) -> None:
        raise ReadOnlyError(
            f"sdk_configuration is read-only here: pass {name}= to OpenRouter(...) (or per call) instead"
        )

    def __repr__(self) -> str:
        return f"SDKConfiguration(server_url={self.server_url!r}, timeout_ms={self.timeout_ms!r})"
