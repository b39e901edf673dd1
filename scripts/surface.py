"""The surface of a generated client, read from the generated package itself (griffe), and its diff.

The surface is what code using the client depends on: each operation (its module name, method, path,
whether it needs a key), its parameters, its request body's fields, and per documented status the fields
of the answer, each with its type and whether it is always there. It is read from the code the pinned
generator wrote, statically (griffe reads the source; nothing is imported), so two documents that generate
the same code have the same surface by construction, however they spell it.

A field's type is written as the generated annotation says, with models shown as ``object`` (their fields
are listed under the field's path), enums as ``enum`` (their values are listed), ``Unset`` read as "may
be absent" and union members sorted, so ``None | str`` and ``str | None`` are one type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import griffe

#: How deep nested models are followed (a self-referencing schema stops there).
DEPTH = 8
_STATUS = re.compile(r"response\.status_code == (\d{3})\b|(\d)00 <= response\.status_code <= \d99")
_FROM_DICT = re.compile(r"\b([A-Z]\w*)\.from_dict\(")
_KWARGS = re.compile(r'"method": "(\w+)",\s*"url": (?:f?)"([^"]*)"')
_ALIAS = re.compile(r"alias=[\"'](\w+)[\"']")
_SKIPPED = {"client", "body"}


@dataclass(frozen=True)
class Field:
    """One field: its type, whether it is always there, and an enum's values."""

    type: str
    required: bool
    values: tuple[str, ...] = ()


@dataclass
class Operation:
    """One generated operation."""

    module: str  # tag_folder.module_name
    method: str
    path: str
    authenticated: bool
    params: dict[str, Field] = field(default_factory=dict)
    body: dict[str, Field] | None = None  # None: no request body
    #: Status (``200``, ``4XX``, ``default``) -> the answer's fields, or None for an answer without a model.
    responses: dict[str, dict[str, Field] | None] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The operation's module name (the generator's snake_case of its operationId)."""
        return self.module.rpartition(".")[2]


class SurfaceError(Exception):
    """The generated package cannot be read (the message says what is missing)."""


def load(folder: Path, package: str) -> dict[str, Operation]:
    """The surface of the package ``package`` in ``folder``: operation module name -> operation."""
    try:
        with griffe.logger.disable():  # names it cannot resolve outside the package are not our concern
            root = griffe.load(package, search_paths=[str(folder)], allow_inspection=False)
    except (ImportError, griffe.GriffeError) as exc:
        raise SurfaceError(f"cannot read the generated package {package} in {folder}: {exc}") from exc
    assert isinstance(root, griffe.Module)
    reader = _Reader(root)
    out: dict[str, Operation] = {}
    api = root.members.get("api")
    if not isinstance(api, griffe.Module):
        return out
    for tag in sorted(api.modules.values(), key=lambda m: m.name):
        for module in sorted(tag.modules.values(), key=lambda m: m.name):
            op = reader.operation(f"{tag.name}.{module.name}", module)
            if op is not None:
                out[op.name] = op
    return out


class _Reader:
    def __init__(self, root: griffe.Module) -> None:
        self.classes: dict[str, griffe.Class] = {}
        models = root.members.get("models")
        if isinstance(models, griffe.Module):
            for module in models.modules.values():
                for member in module.members.values():
                    if isinstance(member, griffe.Class):
                        self.classes[member.name] = member

    def operation(self, key: str, module: griffe.Module) -> Operation | None:
        kwargs, parse, sync = (
            module.members.get(n) for n in ("_get_kwargs", "_parse_response", "sync_detailed")
        )
        if not isinstance(kwargs, griffe.Function) or not isinstance(parse, griffe.Function):
            return None
        match = _KWARGS.search(kwargs.source)
        method, path = (match.group(1).upper(), match.group(2)) if match else ("?", "?")
        client = sync.parameters["client"].annotation if isinstance(sync, griffe.Function) else None
        op = Operation(
            key, method, path, authenticated="Client" not in str(client).replace("Authenticated", "")
        )
        for param in kwargs.parameters:
            if param.name in _SKIPPED or param.kind is None:
                continue
            kind, required = self.type_of(str(param.annotation or "Any"))
            op.params[param.name] = Field(kind, required and param.default is None)
        if "body" in kwargs.parameters:
            annotation = str(kwargs.parameters["body"].annotation or "Any")
            op.body = dict(self.fields("", annotation, True, 0))
        op.responses = self.responses(parse.source)
        return op

    def responses(self, source: str) -> dict[str, dict[str, Field] | None]:
        """Status -> fields, from ``_parse_response``'s ``if`` branches; what follows them, when it parses
        a model (no ``raise_on_unexpected_status``), is the ``default`` answer."""
        out: dict[str, dict[str, Field] | None] = {}
        lines = source.splitlines()
        body = [i for i, line in enumerate(lines) if re.match(r"    \S", line)]  # function-level statements
        tail_from = len(lines)
        for n, i in enumerate(body):
            match = _STATUS.search(lines[i])
            if match is None or not lines[i].lstrip().startswith("if "):
                continue
            end = body[n + 1] if n + 1 < len(body) else len(lines)
            status = match.group(1) or f"{match.group(2)}XX"
            out[status] = self.answer("\n".join(lines[i:end]))
            tail_from = end
        tail = "\n".join(lines[tail_from:])
        if out and "raise_on_unexpected_status" not in tail:
            out["default"] = self.answer(tail)
        return out

    def answer(self, chunk: str) -> dict[str, Field] | None:
        models = _FROM_DICT.findall(chunk)
        if not models:
            return None
        out: dict[str, Field] = {}
        for name in models:
            for path, f in self.fields("", name, True, 0):
                out.setdefault(path, f)
        return out

    def type_of(self, annotation: str) -> tuple[str, bool]:
        """(the type in words, whether it is always there) for a generated annotation."""
        parts = _split(annotation)
        required = "Unset" not in parts
        shown = []
        for part in parts:
            if part == "Unset":
                continue
            cls = self.classes.get(part)
            if cls is not None:
                shown.append(_enum_of(cls) if _is_enum(cls) else "object")
            elif part.startswith("list[") and part.endswith("]"):
                inner, _ = self.type_of(part[5:-1])
                shown.append(f"list[{inner}]")
            else:
                shown.append(part)
        return " | ".join(sorted(set(shown))) or "Any", required

    def fields(self, prefix: str, annotation: str, required: bool, depth: int) -> Iterator[tuple[str, Field]]:
        """The field at ``prefix`` (when named) and, for a model, every field below it."""
        kind, always = self.type_of(annotation)
        values = tuple(v for part in _split(annotation) for v in self.enum_values(part))
        if prefix:
            yield prefix, Field(kind, required and always, values)
        if depth >= DEPTH:
            return
        for part in _split(annotation):
            part = part[5:-1] if part.startswith("list[") and part.endswith("]") else part
            cls = self.classes.get(part)
            if cls is None or _is_enum(cls):
                continue
            for name, attr in cls.members.items():
                if (
                    not isinstance(attr, griffe.Attribute)
                    or attr.annotation is None  # a plain class attribute (attrs fields are annotated)
                    or name in ("additional_properties", "T")
                    or name.startswith("__")
                    or "property" in attr.labels
                    or "ClassVar" in str(attr.annotation)
                ):
                    continue
                value = str(attr.value) if attr.value is not None else ""
                alias = _ALIAS.search(value)
                public = alias.group(1) if alias else name
                optional = attr.value is not None and ("default=" in value or not alias)
                sub = f"{prefix}.{public}" if prefix else public
                yield from self.fields(sub, str(attr.annotation), not optional, depth + 1)

    def enum_values(self, name: str) -> list[str]:
        cls = self.classes.get(name)
        if cls is None or not _is_enum(cls):
            return []
        return sorted(str(a.value) for a in cls.attributes.values() if a.value is not None)


def _enum_of(cls: griffe.Class) -> str:
    """``enum of int`` / ``enum of str``: an IntEnum is an int and a StrEnum a str to whoever reads it."""
    bases = " ".join(str(b) for b in cls.bases)
    return "enum of int" if "IntEnum" in bases else "enum of str" if "StrEnum" in bases else "enum"


def _is_enum(cls: griffe.Class) -> bool:
    return any(str(base).endswith(("StrEnum", "IntEnum", "Enum")) for base in cls.bases)


def _split(annotation: str) -> list[str]:
    """Top-level union members of an annotation (``A | list[B | C] | None`` -> three)."""
    parts, depth, current = [], 0, ""
    for char in annotation.strip("'\""):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


# --- the diff ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One line of the diff; ``breaking`` when code using the client may stop working."""

    text: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.text}  [BREAKING]" if self.breaking else self.text


def diff(old: dict[str, Operation], new: dict[str, Operation]) -> list[tuple[str, list[Change]]]:
    """The changes from ``old`` to ``new``, grouped by operation (a group titled "" holds additions
    and removals of whole operations)."""
    top: list[Change] = []
    groups: list[tuple[str, list[Change]]] = []
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    for name, op in sorted(removed.items()):
        twin = next((a for a in added.values() if (a.method, a.path) == (op.method, op.path)), None)
        if twin is not None:
            top.append(Change(f"~ operation {name} renamed to {twin.name} ({op.method} {op.path})", True))
            del added[twin.name]
            changes = _op_changes(op, twin)
            if changes:
                groups.append((f"{twin.name} ({twin.method} {twin.path})", changes))
        else:
            top.append(Change(f"- operation {name}: {op.method} {op.path}", True))
    for name, op in sorted(added.items()):
        top.append(Change(f"+ operation {name}: {op.method} {op.path}", False))
    for name in sorted(old.keys() & new.keys()):
        changes = _op_changes(old[name], new[name])
        if changes:
            groups.append((f"{name} ({new[name].method} {new[name].path})", changes))
    return ([("", top)] if top else []) + groups


def _op_changes(a: Operation, b: Operation) -> list[Change]:
    out: list[Change] = []
    if (a.method, a.path) != (b.method, b.path):
        out.append(Change(f"~ moved from {a.method} {a.path} to {b.method} {b.path}", True))
    if a.authenticated != b.authenticated:
        now = "needs an API key" if b.authenticated else "no longer needs an API key"
        out.append(Change(f"~ security: {now}", b.authenticated))
    out.extend(_fields("parameter", a.params, b.params, request=True))
    if a.body is None and b.body is not None:
        out.append(Change("+ request body", any(f.required for f in b.body.values()) or not b.body))
        out.extend(_fields("request field", {}, b.body, request=False))
    elif a.body is not None and b.body is None:
        out.append(Change("- request body", True))
    elif a.body is not None and b.body is not None:
        out.extend(_fields("request field", a.body, b.body, request=True))
    for status in sorted(a.responses.keys() - b.responses.keys()):
        out.append(Change(f"- response {status}", True))
    for status in sorted(b.responses.keys() - a.responses.keys()):
        out.append(Change(f"+ response {status}", False))
    for status in sorted(a.responses.keys() & b.responses.keys()):
        fa, fb = a.responses[status], b.responses[status]
        if fa is not None and fb is None:
            out.append(Change(f"~ response {status} lost its schema (the answer is no longer parsed)", True))
        elif fa is None and fb is not None:
            out.append(Change(f"~ response {status} has a schema now", False))
        elif fa is not None and fb is not None:
            out.extend(_fields(f"response {status} field", fa, fb, request=False))
    return out


def _fields(what: str, a: dict[str, Field], b: dict[str, Field], request: bool) -> Iterator[Change]:
    for name in sorted(b.keys() - a.keys()):
        values = f" ({', '.join(b[name].values)})" if b[name].values else ""
        absent = "" if b[name].required else ", may be absent"
        yield Change(f"+ {what} {name}: {b[name].type}{values}{absent}", request and b[name].required)
    for name in sorted(a.keys() - b.keys()):
        yield Change(f"- {what} {name}", True)
    for name in sorted(a.keys() & b.keys()):
        old, new = a[name], b[name]
        if old.type != new.type:
            yield Change(
                f"~ {what} {name} type {old.type} -> {new.type}", _retyped(old.type, new.type, request)
            )
        if old.required != new.required:
            now = "required" if new.required else "optional (may be absent)"
            yield Change(f"~ {what} {name} is now {now}", new.required if request else not new.required)
        if old.values != new.values:
            gone, more = set(old.values) - set(new.values), set(new.values) - set(old.values)
            if gone:
                yield Change(f"~ {what} {name} enum lost {', '.join(sorted(gone))}", request or not more)
            if more:
                yield Change(f"~ {what} {name} enum gained {', '.join(sorted(more))}", False)


def _retyped(a: str, b: str, request: bool) -> bool:
    """Whether a type change breaks code: an answer that may hold what it could not, a request that no
    longer takes what it took."""
    sa, sb = set(a.split(" | ")), set(b.split(" | "))
    if request:
        return not sa <= sb  # a request type that no longer takes what it took
    # An answer that may now hold something it could not (null, another type); an enum of int is an int.
    return not {t.removeprefix("enum of ") for t in sb} <= {t.removeprefix("enum of ") for t in sa}


def format_diff(groups: list[tuple[str, list[Change]]], old_name: str, new_name: str) -> str:
    """The diff as text: one line per change, grouped by operation, with a count."""
    if not groups:
        return f"Surface diff {old_name} -> {new_name}: no changes.\n"
    lines = [f"Surface diff {old_name} -> {new_name} (BREAKING: may break code using the client):"]
    for title, changes in groups:
        if title:
            lines.append(f"  {title}:")
        lines.extend(f"    {c}" if title else f"  {c}" for c in changes)
    total = sum(len(c) for _, c in groups)
    breaking = sum(c.breaking for _, cs in groups for c in cs)
    lines.append(f"{total} change{'s' if total != 1 else ''}, {breaking} breaking.")
    return "\n".join(lines) + "\n"
