# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One-time codes for a TOTP second factor (RFC 6238), computed with pyotp."""

from __future__ import annotations

import traceback
import typing as t

PYOTP_REQUIREMENT = "pyotp >= 2.9"

PYOTP_IMPORT_ERROR: str | None
try:
    import pyotp
except ImportError:
    PYOTP_IMPORT_ERROR = traceback.format_exc()
    HAS_PYOTP = False
else:
    PYOTP_IMPORT_ERROR = None
    HAS_PYOTP = True


def _totp(secret: str) -> t.Any:
    # The portal, not us, chose the secret: 80-bit ones (16 base32 characters) are common in
    # authenticator apps, and recent pyotp refuses anything under 112 bits unless told otherwise.
    base = pyotp.TOTP

    class PortalTOTP(base):  # type: ignore[misc,valid-type]
        min_secret_length_bits = 0

    return PortalTOTP(secret.replace(" ", "").upper())


def totp_problem(secret: str) -> str | None:
    """Why a TOTP secret (base32, as authenticator apps take it) cannot be used; never quotes it."""
    if not HAS_PYOTP:
        return None  # reported as a missing library instead
    try:
        _totp(secret).now()
    except Exception:  # noqa: BLE001 - any decoding error means the same thing to the user
        return "totp_secret is not a base32 TOTP secret (as an authenticator app takes it)"
    return None


def code_provider(secret: str) -> t.Callable[[], str]:
    return t.cast("t.Callable[[], str]", _totp(secret).now)
