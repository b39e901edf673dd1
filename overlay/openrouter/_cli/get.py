"""``openrouter-credits get``: the account's total, used and remaining credits (``GET /credits``)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from .call import answer
from .common import EXIT_BELOW_MINIMUM, EXIT_OK, add_call_options, amount, decimal, difference, err, show

if TYPE_CHECKING:
    from .._client import OpenRouter
    from ..operations import GetCreditsResponse


def configure(parser: argparse.ArgumentParser) -> None:
    """The command's description and options."""
    parser.description = "Print total, used and remaining credits (GET /credits, needs a management key)."
    parser.add_argument(
        "--min-remaining",
        type=amount,
        metavar="AMOUNT",
        help="exit with status 1 when fewer than AMOUNT (>= 0) credits remain",
    )
    add_call_options(parser)


def _get_credits(client: OpenRouter) -> GetCreditsResponse:
    return client.credits.get_credits()


def run(args: argparse.Namespace) -> int:
    res = answer(
        args, _get_credits, "export a management key (https://openrouter.ai/settings/management-keys)"
    )
    if args.json and args.min_remaining is None:  # floats out: no decimal import, the same numbers
        total_credits, total_usage = res.data.total_credits, res.data.total_usage
        print(
            json.dumps(
                {
                    "total_credits": float(total_credits),
                    "total_usage": float(total_usage),
                    "remaining_credits": difference(total_credits, total_usage),
                }
            )
        )
        return EXIT_OK
    total, used = decimal(res.data.total_credits), decimal(res.data.total_usage)
    remaining = total - used
    below = args.min_remaining is not None and remaining < args.min_remaining
    if args.json:
        out: dict[str, object] = {
            "total_credits": float(total),
            "total_usage": float(used),
            "remaining_credits": float(remaining),
        }
        if args.min_remaining is not None:
            out["min_remaining"] = float(args.min_remaining)
            out["below_minimum"] = below
        print(json.dumps(out))
    else:
        rows = [("total", show(total)), ("used", show(used)), ("remaining", show(remaining))]
        width = max(len(v) for _, v in rows)
        for label, value in rows:
            print(f"{label:<10} {value:>{width}}")
    if below:
        err(f"{show(remaining)} credits remaining, below the minimum of {show(args.min_remaining)}")
        return EXIT_BELOW_MINIMUM
    return EXIT_OK
