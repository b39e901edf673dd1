"""Writing the spec as YAML: stable, diff-friendly, and checked by reading it back."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

from .upstream import SpecError

#: PyYAML's resolver (what a YAML 1.1 reader makes of a plain scalar); its stub leaves ``resolve`` untyped.
_resolve: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = Resolver().resolve
#: Strings longer than this are written folded.
FOLD_OVER = 80


def _represent_str(representer: SafeRepresenter, value: str) -> Any:
    """Multi-line texts as literal blocks, long ones folded (``>-``, wrapped without trailing spaces),
    quoted when YAML 1.1 (PyYAML) would not read a string back; the emitter falls back to quotes when
    a block style cannot hold the text."""
    tag = "tag:yaml.org,2002:str"
    if "\n" in value:
        return representer.represent_scalar(tag, value, style="|")
    if len(value) > FOLD_OVER and " " in value:
        return representer.represent_scalar(tag, value, style=">")
    if _resolve(yaml.ScalarNode, value, (True, False)) != tag:
        return representer.represent_scalar(tag, value, style="'")
    return representer.represent_str(value)


def _yaml() -> YAML:
    out = YAML(typ="safe", pure=True)
    out.default_flow_style = False
    out.width = 100
    out.indent(mapping=2, sequence=4, offset=2)
    out.allow_unicode = True
    # Keep the upstream order (ruamel annotates the attribute as None, its default, not as a bool).
    out.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    out.representer.add_representer(str, _represent_str)
    return out


def dump(doc: dict[str, Any], header: str = "") -> str:
    """``doc`` as YAML after the ``header`` comment; checked by reading it back."""
    stream = io.StringIO()
    _yaml().dump(doc, stream)
    text = header + stream.getvalue()
    if yaml.safe_load(text) != doc:
        raise SpecError("internal error: the YAML written does not read back as the spec (please report)")
    return text
