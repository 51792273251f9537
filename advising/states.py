"""The one place the engine reaches state licensure rules (advising/state_licensure.py, from the `states` work).

Until that module is merged, a small stand-in with the same interface serves the tests.
"""

from __future__ import annotations

try:
    from advising.state_licensure import state_level
except ImportError:  # pragma: no cover - the stand-in goes once the states branch is merged
    from advising.state_licensure_stub import state_level

__all__ = ["state_level"]
