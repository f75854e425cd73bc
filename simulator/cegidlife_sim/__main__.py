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
from .config import LiveConfig, SimConfig, Topology, check_public_url
from .options import add_arguments, given_options
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
    p = argparse.ArgumentParser(
        prog="cegidlife-sim",
        description="Local simulator of the CegidLife portal (sign-in, service catalogue, API key pages). "
        "Prints 'READY portal=URL sso=URL' once listening; stops cleanly on SIGTERM/SIGINT.",
        epilog="Admin endpoints (loopback clients, the simulator's own Host, JSON POSTs): /__sim__/keys, "
        "/__sim__/keys/bulk, /__sim__/config, /__sim__/rendering, /__sim__/faults/reset, "
        "/__sim__/sessions/expire, /__sim__/stats, "
        "/__sim__/users/unlock, /__sim__/mfa/approve. Every option below but the process ones "
        "(--host ... --allow-remote-admin) and --rendering is also a key of POST /__sim__/config.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="portal port; 0 picks a free one (default 8080)")
    p.add_argument(
        "--sso-port",
        type=int,
        default=None,
        help="sign-in port (default port+1, a free one with --port 0); 0 serves sign-in on the "
        "portal's origin under /adfs/ (= --signin-origin same)",
    )
    p.add_argument(
        "--sso-public-url",
        default=None,
        help="base URL browsers use to reach the sign-in server, if not http://HOST:SSO_PORT",
    )
    p.add_argument(
        "--public-url",
        default=None,
        help="origin browsers and tools use to reach the portal, if not http://HOST:PORT (port mapping, "
        "proxy, container name); the admin endpoints answer this Host too, and sign-in hands codes "
        "back only to the portal's origins",
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
        "--allow-remote-admin", action="store_true", help="serve /__sim__/ endpoints to non-loopback clients too"
    )
    add_arguments(p, SimConfig)
    return p.parse_args(argv)


def config_from_args(args: argparse.Namespace) -> SimConfig:
    """The options given, with --sso-port as the sign-in origin axis when it says which."""
    given = given_options(SimConfig, args)
    if args.sso_port is not None or args.sso_public_url:
        origin = "same" if args.sso_port == 0 else "sso"
        if given.setdefault("signin_origin", origin) != origin:
            raise ValueError(f"--signin-origin {given['signin_origin']} contradicts --sso-port/--sso-public-url")
    return SimConfig.build(given)


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
        cfg = config_from_args(args)
        if args.public_url is not None:
            args.public_url = check_public_url("--public-url", args.public_url)
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
    store.ensure_services()
    try:
        for spec in args.user:
            store.upsert_admin(*_parse_user(spec, store.account_names()))
    except ValueError as exc:
        print(f"cegidlife-sim: {exc}", file=sys.stderr)
        return 2

    servers: list[BaseWSGIServer] = []
    portal = make_server(args.host, args.port, _placeholder, threaded=True, request_handler=_PortalHandler)
    servers.append(portal)
    same_origin = cfg.signin_origin == "same"
    sso: BaseWSGIServer | None = None
    if not same_origin:
        wanted = args.sso_port if args.sso_port is not None else (portal.server_port + 1 if args.port else 0)
        sso = make_server(args.host, wanted, _placeholder, threaded=True, request_handler=_SsoHandler)
        servers.append(sso)

    live = LiveConfig(cfg)
    topology = Topology(
        portal.server_port,
        None if sso is None else sso.server_port,
        args.sso_public_url,
        public_url=args.public_url,
        bind_host=args.host,
    )
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
