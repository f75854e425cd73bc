"""Where injected faults will live: every portal and sign-in request passes through here first.

No fault exists yet. To add one (slow pages, 5xx, dropped connections, a one-time panel that
fails to render, session expiry mid-run, TOTP, lockout), add a field to ``SimConfig`` and
act on it below: return a response to replace the page, or None to let the request through.
The admin endpoints (/__sim__/) never pass here, so a test can always switch a fault off.
"""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from flask import Request
    from flask.typing import ResponseReturnValue

    from .config import SimConfig


def before_request(cfg: SimConfig, surface: str, request: Request) -> ResponseReturnValue | None:
    """``surface`` is "portal", "sso" or "loop-api"."""
    del cfg, surface, request  # no fault implemented yet
    return None
