# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Options every module that talks to the portal shares (documented in doc_fragments/portal.py)."""

from __future__ import annotations

import ipaddress
import typing as t
import unicodedata
from urllib.parse import urlsplit

from ansible.module_utils.basic import env_fallback

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.given_way import parse_route

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import PortalOptions

DEFAULT_PORTAL_URL = "https://www.cegidlife.com"
DEFAULT_SERVICE = "Loop APIkey"
# The simulator refuses longer names; the real portal's limit is not documented.
MAX_NAME_LENGTH = 100


def portal_argument_spec() -> dict[str, dict[str, t.Any]]:
    return {
        "portal_url": {
            "type": "str",
            "default": DEFAULT_PORTAL_URL,
            "fallback": (env_fallback, ["CEGIDLIFE_PORTAL_URL"]),
        },
        "username": {"type": "str", "fallback": (env_fallback, ["CEGIDLIFE_USERNAME"])},
        "password": {"type": "str", "no_log": True, "fallback": (env_fallback, ["CEGIDLIFE_PASSWORD"])},
        "service": {"type": "str", "default": DEFAULT_SERVICE},
        "tiers": {"type": "str"},
        "browser_executable": {"type": "path", "fallback": (env_fallback, ["CEGIDLIFE_BROWSER"])},
        "browser_sandbox": {"type": "bool", "default": True},
        "sign_in_origins": {"type": "list", "elements": "str"},
        "headless": {"type": "bool", "default": True},
        "timeout": {"type": "float", "default": 30.0},
        "validate_certs": {"type": "bool", "default": True},
        "labels": {"type": "dict"},
        "totp_secret": {"type": "str", "no_log": True, "fallback": (env_fallback, ["CEGIDLIFE_TOTP_SECRET"])},
        "failure_artifacts_dir": {"type": "path", "fallback": (env_fallback, ["CEGIDLIFE_ARTIFACTS_DIR"])},
        "trace": {"type": "bool", "default": False},
        "session_file": {"type": "path"},
        "reuse_session": {"type": "bool", "default": True},
        "http_check": {"type": "bool", "default": True},
        "route": {"type": "list", "elements": "str"},
        "identity_provider": {"type": "str"},
    }


def portal_input_problems(options: PortalOptions) -> list[str]:
    """What is wrong with the connection options, checked before any browser starts."""
    problems = []
    url = options.portal_url or ""
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        problems.append("portal_url must be an http:// or https:// URL with a host name")
    if not options.username:
        problems.append("username is required (option username or environment variable CEGIDLIFE_USERNAME)")
    if not options.password:
        problems.append("password is required (option password or environment variable CEGIDLIFE_PASSWORD)")
    if not (options.service or "").strip():
        problems.append("service must not be empty")
    timeout = options.timeout
    if timeout is not None and not 1 <= timeout <= 3600:
        problems.append("timeout must be between 1 and 3600 seconds")
    if options.route is not None:
        try:
            parse_route(options.route)
        except ValueError as exc:
            problems.append(str(exc))
    return problems


def name_problem(name: str | None, option: str = "name") -> str | None:
    """Why a key name cannot be used, or None."""
    if name is None or not name.strip():
        return f"{option} must not be empty or only white space"
    if name != name.strip():
        return f"{option} must not start or end with white space (the portal would not keep it)"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        return f"{option} must not contain control characters or line breaks"
    if len(name) > MAX_NAME_LENGTH:
        return f"{option} is {len(name)} characters long; the portal accepts at most {MAX_NAME_LENGTH}"
    return None


def portal_warnings(options: PortalOptions) -> list[str]:
    """What works but puts the password at risk: plain HTTP off this machine, credentials in the URL."""
    warnings: list[str] = []
    try:
        parts = urlsplit(options.portal_url or "")
        host = parts.hostname or ""
        userinfo = parts.username is not None or parts.password is not None
    except ValueError:
        return warnings
    if parts.scheme == "http" and not _is_loopback(host):
        warnings.append(
            f"portal_url uses plain http:// to {host}: the password and the session cross the network unencrypted"
        )
    if userinfo:
        warnings.append("portal_url carries a user name or password (user:pass@): give them as username and password")
    return warnings


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
