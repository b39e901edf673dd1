"""``python -m openrouter``: the ``openrouter-credits`` command line (see ``openrouter._cli``)."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
