"""The template overrides only add to the pinned generator's templates, whose originals sit beside them."""

from __future__ import annotations

import difflib
from pathlib import Path

import openapi_python_client

from conftest import ROOT

TEMPLATES = ROOT / "templates"
ORIGINALS = TEMPLATES / "upstream"
SHIPPED = Path(openapi_python_client.__file__).parent / "templates"


def _overrides() -> list[str]:
    return sorted(
        str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.jinja") if ORIGINALS not in p.parents
    )


def test_every_override_keeps_the_pinned_original_beside_it() -> None:
    overrides = _overrides()
    assert overrides, "no template overrides"
    originals = sorted(str(p.relative_to(ORIGINALS)) for p in ORIGINALS.rglob("*.jinja"))
    assert originals == overrides


def test_each_original_is_what_the_pinned_generator_ships() -> None:
    for name in _overrides():
        assert (ORIGINALS / name).read_text() == (SHIPPED / name).read_text(), (
            f"templates/upstream/{name} is not the pinned generator's: after a generator bump, merge "
            "(templates/README.md) and copy the new original there"
        )


def test_an_override_only_adds_lines_to_its_original() -> None:
    """Every line of the original is still there (maybe moved), but for lines an addition replaces: each
    replacement carries an ``openrouter-credits`` mark on or just above it."""
    for name in _overrides():
        original = (ORIGINALS / name).read_text().splitlines()
        ours = (TEMPLATES / name).read_text().splitlines()
        matcher = difflib.SequenceMatcher(a=original, b=ours, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "delete":  # a line may move (an import under TYPE_CHECKING), never go
                stripped = {line.strip() for line in ours}
                gone = [line for line in original[i1:i2] if line.strip() and line.strip() not in stripped]
                assert not gone, f"{name} drops lines of the generator's template: {gone[:3]}"
            if tag == "replace":
                context = " ".join(ours[max(0, j1 - 2) : j2])
                assert "openrouter-credits" in context, (
                    f"{name} changes {original[i1:i2][:2]} without saying so (mark it openrouter-credits)"
                )
