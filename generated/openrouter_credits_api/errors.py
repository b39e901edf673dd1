"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class SchemaError(ValueError):
    """A value does not match the API schema (raised by the models' from_dict, model_validate and constructors).

    Attributes:
        path: where the value sits, from the top of the document: keys (str) and list indexes (int).
        expected: what the schema allows there ("number", "string or null", "object", ...).
        got: a short description of what was found (at most about 60 characters of the value).
    """

    def __init__(self, path: tuple[str | int, ...], expected: str, got: str) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        super().__init__(f"{self.where}: expected {expected}, got {got}")

    @property
    def where(self) -> str:
        """The path as text: ``data.items[2].name``, or ``(top level)``."""
        out = ""
        for part in self.path:
            out += (
                f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
            )
        return out or "(top level)"

    def __reduce__(
        self,
    ) -> tuple[type["SchemaError"], tuple[tuple[str | int, ...], str, str]]:
        return (type(self), (self.path, self.expected, self.got))

    @classmethod
    def wrong(
        cls, field: str | int | None, expected: str, value: object
    ) -> "SchemaError":
        """The error for `value` found at `field` where `expected` was wanted."""
        return cls(() if field is None else (field,), expected, describe(value))

    @classmethod
    def missing(cls, field: str, expected: str) -> "SchemaError":
        """The error for a required field that is absent."""
        return cls((field,), expected, "nothing (the field is missing)")

    def within(self, field: str | int) -> "SchemaError":
        """The same error, one level deeper (`field` is prepended to the path)."""
        return type(self)((field, *self.path), self.expected, self.got)

    def widen(self, field: str | int, expected: str) -> "SchemaError":
        """When this error is about `field` itself (not inside it): the same error expecting `expected`."""
        if self.path == (field,):
            return type(self)(self.path, expected, self.got)
        return self


def describe(value: object, limit: int = 60) -> str:
    """The type of `value` and at most `limit` characters of its repr (never the whole of a large value)."""
    import reprlib

    short = reprlib.Repr()
    short.maxstring = short.maxother = short.maxlong = limit
    short.maxlist = short.maxdict = short.maxtuple = short.maxset = 4
    short.maxlevel = 2
    text = short.repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    if value is None or isinstance(value, bool):
        return text
    return f"{type(value).__name__} {text}"


__all__ = ["SchemaError", "UnexpectedStatus"]
