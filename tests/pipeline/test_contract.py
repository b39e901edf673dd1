"""The overlay/generated contract (scripts/contract.py) on the committed tree and on a broken package.

The update path that runs this check after regenerating is tested in tests/pipeline/test_update_spec.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts import contract, generate

from conftest import ROOT

PACKAGE = ROOT / "generated" / generate.PACKAGE


# --- the contract on the committed tree ------------------------------------------------------------


def test_overlay_fits_the_committed_generated_client() -> None:
    assert contract.check_contract(PACKAGE) == []


def test_every_generated_operation_needs_an_operation_and_two_methods(tmp_path: Path) -> None:
    """An operation the generator wrote (any name, with or without an operationId) that the overlay does
    not run is reported with what to add; so is an Operation no method runs."""
    extra = tmp_path / generate.PACKAGE
    shutil.copytree(PACKAGE, extra, ignore=shutil.ignore_patterns("__pycache__"))
    source = extra / "api" / "credits_" / "get_credits.py"
    (extra / "api" / "credits_" / "post_credits_topup.py").write_text(source.read_text())
    problems = [p for p in contract.check_contract(extra) if "topup" in p]
    assert problems == [
        "operation credits_/post_credits_topup has no Operation in the overlay: add one naming "
        "openrouter_credits_api.api.credits_.post_credits_topup and two methods (sync and async) that run it"
    ]
    overlay = tmp_path / "overlay"
    shutil.copytree(ROOT / "overlay", overlay, ignore=shutil.ignore_patterns("__pycache__"))
    credits = overlay / "openrouter" / "_credits.py"
    text = credits.read_text()
    assert "return await self._run_async(GET_CREDITS, options)" in text
    credits.write_text(
        text.replace("return await self._run_async(GET_CREDITS, options)", "raise NotImplementedError")
    )
    problems = contract.check_contract(PACKAGE, overlay)
    assert any("GET_CREDITS" in p and "has no async method that runs it" in p for p in problems), problems


def test_contract_flags_generated_names_the_overlay_uses(tmp_path: Path) -> None:
    """A generated package that lost names the overlay calls: every one is reported."""
    broken = tmp_path / generate.PACKAGE
    shutil.copytree(PACKAGE, broken, ignore=shutil.ignore_patterns("__pycache__"))
    module = broken / "api" / "credits_" / "get_credits.py"
    module.write_text(module.read_text().replace("http_referer", "referer"))
    coinbase = broken / "api" / "credits_" / "create_coinbase_charge.py"
    coinbase.write_text(coinbase.read_text().replace("def _parse_response(", "def _parse(", 1))
    models = broken / "models" / "__init__.py"
    text = models.read_text()
    for name, module in (("GetCreditsResponse", "get_credits_response"), ("GoneResponse", "gone_response")):
        line = f'    "{name}": "{module}",\n'  # the lazy name -> module table
        assert line in text
        text = text.replace(line, "")
    models.write_text(text)

    problems = "\n".join(contract.check_contract(broken))

    assert "get_credits._get_kwargs() has no http_referer parameter" in problems
    assert "create_coinbase_charge has no _parse_response()" in problems
    assert "success model openrouter_credits_api.models.GetCreditsResponse does not exist" in problems
    assert "errors.py" in problems
    assert "imports GoneResponse from openrouter_credits_api.models" in problems
