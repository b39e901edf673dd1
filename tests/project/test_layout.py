"""CONTRIBUTING.md says where things are: its layout lists every overlay module, read from the disk.

A new module (or a module turned into a package) needs its line in the layout block, first column
(``_name.py`` or ``name/``), before this passes; a module that is gone must leave it too.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "overlay" / "openrouter"
#: No overlay module is longer than this (issue 27): a longer one holds more than one idea.
MAX_LINES = 400


def listed_modules(contributing: str) -> set[str]:
    """The names in the first column of the ``overlay/openrouter/`` part of the layout block."""
    lines = contributing.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("overlay/openrouter/"))
    names: set[str] = set()
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break  # the next top-level entry
        entry = line[2:]
        if entry.startswith(" "):
            continue  # a description's second line
        names.update(entry.split("  ", 1)[0].split())
    return names


def package_modules() -> set[str]:
    """The overlay's top-level modules (``x.py``) and subpackages (``x/``), as found on disk."""
    found = {p.name for p in PACKAGE.glob("*.py")}
    found |= {f"{p.parent.name}/" for p in PACKAGE.glob("*/__init__.py")}
    return found


def test_the_contributing_layout_lists_every_overlay_module_and_no_other() -> None:
    listed = listed_modules((ROOT / "CONTRIBUTING.md").read_text())
    on_disk = package_modules()
    assert len(on_disk) > 20  # the package was read
    assert sorted(on_disk - listed) == [], "add a line for each to CONTRIBUTING.md's layout"
    assert sorted(listed - on_disk) == [], "gone from the package: remove from CONTRIBUTING.md's layout"


def test_the_layout_reader_takes_first_columns_only() -> None:
    text = "x\noverlay/openrouter/     the package\n  a.py b/   about c.py\n        d.py more\ntemplates/\n"
    assert listed_modules(text) == {"a.py", "b/"}


def test_no_overlay_module_is_over_the_line_limit() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}
