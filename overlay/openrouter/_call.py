"""How a call is made: the API :class:`Operation` it calls, the prepared :class:`Call`, and what an
operation needs from the client (not to be confused with :mod:`openrouter.operations`, the official
SDK's request and response types).

The generated module does the request shape (``_get_kwargs``) and parsing (``_parse_response``); an
:class:`Operation` names the spec's operation id and tags (what hooks are told), that module, the class
of a successful answer, the retry policy used when the caller gives none, and a hint per status added
to error messages. Adding an operation is one ``Operation`` and two short methods (sync and async) that
pass their ``**options`` to the client's drivers (:class:`Run`, :class:`RunAsync`), which the group is
given when it is built (see ``_api_keys.py``). Before ``_parse_response``, :meth:`Operation.validate`
checks the answer's JSON with the validator the generated ``schemas.py`` holds for its status.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .errors import ReadOnlyError

if TYPE_CHECKING:
    import httpx

    from ._types import CallOptions
    from .utils import RetryConfig

T = TypeVar("T")

__all__ = ["CHECK_KEY", "Call", "Frozen", "Operation", "Run", "RunAsync"]

#: The hint of a 401, for every operation.
CHECK_KEY = "check the API key: api_key= or the OPENROUTER_API_KEY environment variable"


class Operation(Generic[T]):
    """An operation: ``module`` and ``success`` are import paths, resolved on first use.

    ``operation_id`` and ``tags`` are the spec's (``"getCredits"``, ``("Credits",)``): the one place
    the overlay names them; hook contexts read them from here.
    """

    def __init__(
        self,
        operation_id: str,
        module: str,
        success: str | None,
        default_retry: RetryConfig,
        hints: Mapping[int, str],
        *,
        tags: tuple[str, ...],
    ) -> None:
        self.operation_id = operation_id
        self.tags = tags
        self.module_name = module
        self.success_name = success
        self.default_retry = default_retry
        self.hints = hints

    @cached_property
    def module(self) -> ModuleType:
        """The generated module (``_get_kwargs``, ``_parse_response``)."""
        return importlib.import_module(self.module_name)

    @cached_property
    def get_kwargs(self) -> Callable[..., dict[str, Any]]:
        """The request's shape: the generated module's ``_get_kwargs`` (the generator's name for it)."""
        function: Callable[..., dict[str, Any]] = vars(self.module)["_get_kwargs"]
        return function

    @cached_property
    def parse_response(self) -> Callable[..., Any]:
        """The answer's models: the generated module's ``_parse_response`` (the generator's name)."""
        function: Callable[..., Any] = vars(self.module)["_parse_response"]
        return function

    @cached_property
    def success(self) -> type | None:
        """The class of a 2XX answer's body, or None for an operation without one."""
        if self.success_name is None:
            return None
        module, _, name = self.success_name.rpartition(".")
        cls: type = getattr(importlib.import_module(module), name)
        return cls

    @cached_property
    def _schemas(self) -> ModuleType:
        """The generated package's compiled validators (``schemas.py``)."""
        return importlib.import_module(self.module_name.partition(".")[0] + ".schemas")

    @cached_property
    def _validators(self) -> Mapping[str, Callable[..., Any]]:
        """Status key (``200``, ``4XX``, ``default``) -> the validator of this operation's JSON answer."""
        table: Mapping[str, Callable[..., Any]] = self._schemas.RESPONSES.get(
            self.module_name.rpartition(".")[2], {}
        )
        return table

    def validator(self, status: int) -> Callable[..., Any] | None:
        """The validator of the JSON body the document gives for ``status`` (exact, then ``NXX``, then
        ``default``, as the generated ``_parse_response`` picks its model), or None: no JSON body is
        documented for it (the coinbase operation's 200), so the answer's body is not read as JSON."""
        table = self._validators
        code = str(status)
        return table.get(code) or table.get(f"{code[0]}XX") or table.get("default")

    def validate(self, status: int, data: Any) -> None:
        """Check an answer's JSON against the schema the document gives for ``status``; a status
        without a JSON schema is not checked. Raises ``SchemaError`` (a ValueError) naming the field."""
        validator = self.validator(status)
        if validator is not None:
            self._schemas.check(validator, data)

    @property
    def loaded(self) -> bool:
        """Whether the generated module, the success model and the validators are imported already."""
        return all(name in self.__dict__ for name in ("module", "success", "_validators"))

    def load(self) -> None:
        """Import the generated module, the success model and the validators (the async driver does it
        off the loop: the first import of the generated package takes tens of milliseconds)."""
        _ = self.module, self.success, self._validators

    def __repr__(self) -> str:
        return f"Operation({self.operation_id})"


class Frozen:
    """A value object set once, in ``__init__``: changing or deleting an attribute raises
    :class:`~openrouter.errors.ReadOnlyError` (an ``AttributeError``, as a frozen dataclass raises).

    Not a frozen dataclass: building one at import takes 0.6-0.8 ms (code generated and ``exec``-ed,
    the class built twice for ``__slots__``), a tenth of what the whole overlay may cost a fresh process
    (``make bench``); a subclass writes its ``__slots__`` and an ``__init__`` that sets each of them
    with :func:`object.__setattr__`.
    """

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise ReadOnlyError(f"{type(self).__name__}.{name} cannot be changed")

    def __delattr__(self, name: str) -> None:
        self.__setattr__(name, None)


class Call(Frozen, Generic[T]):
    """A prepared call: everything needed to send it, computed before the first attempt."""

    __slots__ = ("base_url", "headers", "method", "op", "retry", "timeout", "url")

    op: Operation[T]
    method: str
    url: httpx.URL
    headers: httpx.Headers
    #: Per attempt, or None: see ``_config.attempt_timeout``.
    timeout: httpx.Timeout | None
    retry: RetryConfig
    #: The server URL the call's path was appended to (what hooks see as ``hook_ctx.base_url``).
    base_url: str

    def __init__(
        self,
        op: Operation[T],
        method: str,
        url: httpx.URL,
        headers: httpx.Headers,
        timeout: httpx.Timeout | None,
        retry: RetryConfig,
        base_url: str = "",
    ) -> None:
        put = object.__setattr__
        put(self, "op", op)
        put(self, "method", method)
        put(self, "url", url)
        put(self, "headers", headers)
        put(self, "timeout", timeout)
        put(self, "retry", retry)
        put(self, "base_url", base_url)

    def __repr__(self) -> str:
        return f"Call({self.op.operation_id}, {self.method} {self.url}, retry={self.retry!r})"


class Run(Protocol):
    """How an operation group (``Credits``) runs an operation: the client's sync driver."""

    def __call__(self, op: Operation[T], options: CallOptions, /) -> T: ...


class RunAsync(Protocol):
    """The client's async driver (asyncio or trio)."""

    async def __call__(self, op: Operation[T], options: CallOptions, /) -> T: ...
