"""The raw test server under its old name, for the test files that still import ``rawserver``
(it lives in :mod:`support` now)."""

from support import *  # noqa: F403
from support import __all__ as __all__
