"""The README's example, verbatim but for ``server_url``: the first argument, or the real API if none.

python scripts/example.py http://127.0.0.1:8787     # against a running stand-in
OPENROUTER_API_KEY=sk-or-... python scripts/example.py
"""

import os
import sys

from openrouter import OpenRouter

with OpenRouter(
    http_referer="https://myapp.example",
    x_open_router_title="My App",
    x_open_router_categories="cli-agent",
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
    server_url=sys.argv[1] if len(sys.argv) > 1 else None,
) as open_router:
    res = open_router.credits.get_credits()

    # Handle response
    print(res)
