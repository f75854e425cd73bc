"""Command line: start the portal and the sign-in servers, print READY, run until a signal."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import signal
import sys
import tempfile
import threading
import typing as t
from urllib.parse import urlsplit

from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .app import create_portal_app
from .config import CHOICES, LiveConfig, SimConfig, Topology
from .sso import create_sso_app, sso_root_app
from .store import Store

_LOG = logging.getLogger("cegidlife_sim.requests")
_QUERY = re.compile(r"\?\S*")  # scrub any query string that reaches a log line


class _QuietHandler(WSGIRequestHandler):
    """Logs method, path and status only: never a query string, header, cookie or body."""

    label = "portal"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = urlsplit(getattr(self, "path", "") or "").path or "-"
        self.log("info", '"%s %s" %s %s', getattr(self, "command", None) or "-", path, code, size)

    def log(self, type: str, message: str, *args: t.Any) -> None:
        text = _QUERY.sub("?...", message % args if args else message)
        level = logging.ERROR if type == "error" else logging.INFO
        _LOG.log(level, "%s %s - [%s] %s", self.label, self.address_string(), self.log_date_time_string(), text)


class _PortalHandler(_QuietHandler):
    label = "portal"


class _SsoHandler(_QuietHandler):
    label = "sso"


def _placeholder(environ: dict[str, t.Any], start_response: t.Callable[..., t.Any]) -> list[bytes]:
    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b"starting"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    d = SimConfig()
    p = argparse.ArgumentParser(
        prog="cegidlife-sim",
        description="Local simulator of the CegidLife portal (sign-in, service catalogue, API key pages). "
        "Prints 'READY portal=URL sso=URL' once listening; stops cleanly on SIGTERM/SIGINT.",
        epilog="Admin endpoints (loopback only): /__sim__/keys, /__sim__/keys/bulk, /__sim__/config, "
        "/__sim__/faults/reset, /__sim__/sessions/expire, /__sim__/stats, /__sim__/users/unlock, "
        "/__sim__/mfa/approve. Every fault flag is also a key of POST /__sim__/config.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="portal port; 0 picks a free one (default 8080)")
    p.add_argument(
        "--sso-port",
        type=int,
        default=None,
        help="sign-in port (default port+1, a free one with --port 0); 0 serves sign-in on the "
        "portal's origin under /adfs/",
    )
    p.add_argument(
        "--sso-public-url",
        default=None,
        help="base URL browsers use to reach the sign-in server, if not http://HOST:SSO_PORT",
    )
    p.add_argument("--data", default=None, help="SQLite file holding all state (default: a temporary file)")
    p.add_argument("--log-file", default=None, help="request log file (default: stderr)")
    p.add_argument(
        "--user",
        action="append",
        default=[],
        metavar="EMAIL:PASSWORD[:ACCOUNT]",
        help="add or override an administrator (repeatable; ACCOUNT defaults to FUTUROSCOPE)",
    )
    p.add_argument(
        "--login",
        choices=CHOICES["login"],
        default=d.login,
        help="sign-in form: e-mail and password together, or e-mail, 'Suivant', then password",
    )
    p.add_argument(
        "--credentials",
        choices=CHOICES["credentials"],
        default=d.credentials,
        help="how the new key is shown: text, read-only inputs, or only through the Copier buttons",
    )
    p.add_argument(
        "--confirm",
        choices=CHOICES["confirm"],
        default=d.confirm,
        help="revoke confirmation: modal dialog, window.confirm(), or none",
    )
    p.add_argument(
        "--layout",
        choices=CHOICES["layout"],
        default=d.layout,
        help="classic HTML tables, or alt: same labels in ARIA grids, role=button spans, no ids",
    )
    p.add_argument("--page-size", type=int, default=d.page_size, help="keys per page, 0 = no pagination")
    p.add_argument(
        "--key-list",
        choices=CHOICES["key_list"],
        default=d.key_list,
        help="key rows rendered by the server, or by the page's JavaScript from JSON (the HTML has none)",
    )
    p.add_argument(
        "--session-ttl",
        type=int,
        default=d.session_ttl,
        help="portal session lifetime in seconds from sign-in, 0 = unlimited",
    )
    p.add_argument(
        "--session-cookie",
        choices=CHOICES["session_cookie"],
        default=d.session_cookie,
        help="portal session cookie: fixed after sign-in, or rotate: a new session id on every signed-in "
        "page or form answer (the old one stops working)",
    )
    f = p.add_argument_group("fault injection (also settable at runtime: POST /__sim__/config)")
    f.add_argument(
        "--slow-ms",
        type=int,
        default=d.slow_ms,
        metavar="MS",
        help="delay every portal and sign-in request (not static files, not the Loop API)",
    )
    f.add_argument(
        "--slow-pages",
        action="append",
        default=[],
        metavar="PAGE:MS[,PAGE:MS...]",
        help="per-page delay, overriding --slow-ms for that page (repeatable)",
    )
    f.add_argument(
        "--fail-next",
        default=None,
        metavar="PAGE[:STATUS[:COUNT]]",
        help="the next COUNT (default 1) GETs of PAGE (or 'any') answer STATUS 500|502|503 (default 503)",
    )
    f.add_argument(
        "--error-every",
        type=int,
        default=d.error_every,
        metavar="N",
        help="every Nth GET of a portal page (home, catalogue, keys) answers 502",
    )
    f.add_argument(
        "--fail-post-after-commit", action="store_true", help="the next 'Générer' creates the key, then answers 502"
    )
    f.add_argument(
        "--drop-next",
        default=None,
        metavar="PAGE[:COUNT]",
        help="the next COUNT (default 1) requests to PAGE (or 'any') get their connection closed unanswered",
    )
    f.add_argument(
        "--expire-after-requests",
        type=int,
        default=d.expire_after_requests,
        metavar="N",
        help="end portal sessions after N more signed-in portal page requests",
    )
    f.add_argument(
        "--panel-fails",
        type=int,
        default=d.panel_fails,
        metavar="N",
        help="the next N generations create the key but show no one-time panel",
    )
    f.add_argument(
        "--mfa",
        choices=CHOICES["mfa"],
        default=None,
        help="second factor after the password: none, a TOTP code, or a push approval "
        "(default none, totp if --totp-secret is given)",
    )
    f.add_argument("--totp", action="store_true", help="shorthand for --mfa totp")
    f.add_argument(
        "--totp-secret",
        action="append",
        default=[],
        metavar="[EMAIL:]BASE32",
        help="TOTP secret of one user, or without EMAIL of every user (repeatable); default JBSWY3DPEHPK3PXP",
    )
    f.add_argument(
        "--lockout-after",
        type=int,
        default=d.lockout_after,
        metavar="N",
        help="lock a user after N consecutive wrong passwords (0 = never)",
    )
    p.add_argument(
        "--allow-remote-admin", action="store_true", help="serve /__sim__/ endpoints to non-loopback clients too"
    )
    return p.parse_args(argv)


def _parse_user(spec: str, accounts: list[str]) -> tuple[str, str, str]:
    """EMAIL:PASSWORD[:ACCOUNT]; a password may hold ':' (the tail is an account only if it names one)."""
    email, sep, rest = spec.partition(":")
    if not sep or not email.strip() or not rest:
        raise ValueError(f"--user expects EMAIL:PASSWORD[:ACCOUNT], got {spec.split(':', 1)[0]}:***")
    head, sep, tail = rest.rpartition(":")
    if sep and head and tail in accounts:
        return email.strip(), head, tail
    return email.strip(), rest, "FUTUROSCOPE"


def _shown_host(host: str) -> str:
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _setup_logging(log_file: str | None) -> None:
    handler: logging.Handler = (
        logging.FileHandler(log_file, encoding="utf-8") if log_file else logging.StreamHandler(sys.stderr)
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        faults: dict[str, t.Any] = {
            "slow_ms": args.slow_ms,
            "slow_pages": ",".join(args.slow_pages),
            "fail_next": args.fail_next,
            "error_every": args.error_every,
            "fail_post_after_commit": args.fail_post_after_commit,
            "drop_next": args.drop_next,
            "expire_after_requests": args.expire_after_requests,
            "panel_fails": args.panel_fails,
            "mfa": args.mfa or ("totp" if args.totp or args.totp_secret else "none"),
            "totp_secrets": args.totp_secret,
            "lockout_after": args.lockout_after,
        }
        cfg = SimConfig(
            login=args.login,
            credentials=args.credentials,
            confirm=args.confirm,
            page_size=args.page_size,
            layout=args.layout,
            session_ttl=args.session_ttl,
            key_list=args.key_list,
            session_cookie=args.session_cookie,
            **faults,
        )
    except ValueError as exc:
        print(f"cegidlife-sim: {exc}", file=sys.stderr)
        return 2
    _setup_logging(args.log_file)

    temp_data = None
    if args.data is None:
        fd, temp_data = tempfile.mkstemp(prefix="cegidlife-sim-", suffix=".db")
        os.close(fd)
    store = Store(args.data or temp_data or "")
    try:
        return _serve(args, cfg, store)
    finally:
        store.close()
        if temp_data:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.remove(temp_data + suffix)


def _serve(args: argparse.Namespace, cfg: SimConfig, store: Store) -> int:
    store.seed_if_new()
    try:
        for spec in args.user:
            store.upsert_admin(*_parse_user(spec, store.account_names()))
    except ValueError as exc:
        print(f"cegidlife-sim: {exc}", file=sys.stderr)
        return 2

    servers: list[BaseWSGIServer] = []
    portal = make_server(args.host, args.port, _placeholder, threaded=True, request_handler=_PortalHandler)
    servers.append(portal)
    same_origin = args.sso_port == 0
    sso: BaseWSGIServer | None = None
    if not same_origin:
        wanted = args.sso_port if args.sso_port is not None else (portal.server_port + 1 if args.port else 0)
        sso = make_server(args.host, wanted, _placeholder, threaded=True, request_handler=_SsoHandler)
        servers.append(sso)

    live = LiveConfig(cfg)
    topology = Topology(portal.server_port, None if sso is None else sso.server_port, args.sso_public_url)
    portal_app = create_portal_app(store, live, topology, allow_remote_admin=args.allow_remote_admin)
    sso_app = create_sso_app(store, live, topology)
    if sso is None:
        portal.app = DispatcherMiddleware(portal_app, {"/adfs": sso_app})
    else:
        portal.app = portal_app
        sso.app = sso_root_app(sso_app)

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True) for s in servers]
    for th in threads:
        th.start()

    host = _shown_host(args.host)
    sso_url = topology.sso_public_url or (
        f"http://{host}:{portal.server_port}" if sso is None else f"http://{host}:{sso.server_port}"
    )
    print(f"READY portal=http://{host}:{portal.server_port} sso={sso_url.rstrip('/')}", flush=True)

    while not stop.wait(0.5):
        pass
    for server in servers:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
