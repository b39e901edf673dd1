"""Run the README example: against the local stand-in by default, or the real API with --live.

make demo            # starts the stand-in on 127.0.0.1, runs the example against it
make demo LIVE=1     # the real API: needs OPENROUTER_API_KEY (a management key)
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import warnings
from pathlib import Path

from openrouter import OpenRouter, errors
from openrouter.testing import StandIn

HERE = Path(__file__).resolve().parent


def example(server_url: str | None) -> None:
    """The documentation's two examples, verbatim but for ``server_url``."""
    sys.argv[1:] = [server_url] if server_url else []
    runpy.run_path(str(HERE / "example.py"), run_name="__main__")

    with OpenRouter(
        http_referer="https://myapp.example",
        x_open_router_title="My App",
        x_open_router_categories="cli-agent",
        server_url=server_url,
    ) as open_router:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                open_router.credits.create_coinbase_charge()
        except errors.GoneResponseError as exc:
            for w in caught:
                print(f"{w.category.__name__}: {w.message}")
            print(f"{type(exc).__name__}: {exc}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", action="store_true", help="call the real API (needs OPENROUTER_API_KEY)")
    args = parser.parse_args()
    try:
        if args.live:
            if not os.getenv("OPENROUTER_API_KEY"):
                print("--live needs OPENROUTER_API_KEY (a management key)", file=sys.stderr)
                return 2
            print("Calling the real OpenRouter API ...")
            example(None)
            return 0
        os.environ.setdefault("OPENROUTER_API_KEY", "sk-or-v1-local-stand-in-demo-key")
        with StandIn() as server:
            print(f"Calling the local OpenRouter stand-in at {server.url} (make demo LIVE=1: the real API)")
            example(server.url)
    except errors.OpenRouterError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
