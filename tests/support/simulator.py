"""Start the CegidLife simulator as a real process and talk to it over HTTP.

``start_sim(workdir, **flags)`` starts one simulator (``--port 0``, a ``--data`` file in
``workdir`` unless ``data=`` is given) and waits for its READY line. Flags map to CLI options:
``page_size=2`` -> ``--page-size 2``, ``True`` -> a bare flag, a list -> the option repeated.
``Client`` is a small cookie-keeping HTTP client that signs in through the SSO like a browser.
``sim_defaults()`` gives the simulator's option defaults; ``Sim.rendering()`` the description
of the portal a simulator draws (``--rendering``).
"""

from __future__ import annotations

import html
import html.parser
import http.cookiejar
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import typing as t
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SIM_DIR = Path(__file__).resolve().parents[2] / "simulator"
# scripts/bootstrap exports the browser it installed; empty means Playwright's own Chromium.
CHROMIUM = os.environ.get("CEGIDLIFE_BROWSER") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
READY_RX = re.compile(r"^READY portal=(\S+) sso=(\S+)$")
ADMIN = ("admin@futuroscope.example", "CegidLife-Demo-2026!")


def sim_defaults(*kinds: str) -> dict[str, t.Any]:
    """The simulator's own option defaults (kinds: "axis", "variant", "fault"; none: all), so
    tests never restate them. Imports the simulator of this checkout (the one the processes run)."""
    if str(SIM_DIR) not in sys.path:
        sys.path.insert(0, str(SIM_DIR))
    from cegidlife_sim.config import defaults

    return defaults(*kinds)


class Sim:
    """One running simulator process."""

    def __init__(
        self, proc: subprocess.Popen[str], portal_url: str, sso_url: str, data: Path, log_file: Path, stderr_file: Path
    ) -> None:
        self.proc = proc
        self.portal_url = portal_url
        self.sso_url = sso_url
        self.data = data
        self.log_file = log_file
        self.stderr_file = stderr_file

    def _json(self, method: str, path: str, body: t.Any = None) -> t.Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.portal_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"} if data else {},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())

    def keys(self) -> list[dict[str, t.Any]]:
        return list(self._json("GET", "/__sim__/keys"))

    def loop_api(self, x_apikey: str) -> int:
        """The HTTP status the Loop API stand-in gives this x-apikey header (a 200 must carry JSON)."""
        req = urllib.request.Request(self.portal_url + "/loop-api-publiques/Dossiers", headers={"x-apikey": x_apikey})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                json.loads(resp.read())
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)

    def config(self, **changes: t.Any) -> dict[str, t.Any]:
        """Read the variants, or change some (``sim.config(layout="alt")``) and return them all."""
        if not changes:
            return dict(self._json("GET", "/__sim__/config"))
        return dict(self._json("POST", "/__sim__/config", changes))

    def rendering(self) -> dict[str, t.Any]:
        """GET /__sim__/rendering: the rendering's axes, route and controls."""
        return dict(self._json("GET", "/__sim__/rendering"))

    def plant_key(self, **fields: t.Any) -> dict[str, t.Any]:
        return dict(self._json("POST", "/__sim__/keys", fields))

    def expire_sessions(self) -> int:
        return int(self._json("POST", "/__sim__/sessions/expire", {})["expired"])

    # -- fault injection and counters (see simulator/README.md, "Fault injection") ----------
    def bulk_keys(self, **fields: t.Any) -> dict[str, t.Any]:
        """Plant many keys at once: ``sim.bulk_keys(count=120, prefix="bulk-")``."""
        return dict(self._json("POST", "/__sim__/keys/bulk", fields))

    def reset_faults(self) -> dict[str, t.Any]:
        """Every fault switch back to off (the rendering variants are kept)."""
        return dict(self._json("POST", "/__sim__/faults/reset", {}))

    def stats(self) -> dict[str, t.Any]:
        return dict(self._json("GET", "/__sim__/stats"))

    def reset_stats(self) -> dict[str, t.Any]:
        return dict(self._json("POST", "/__sim__/stats/reset", {}))

    def unlock(self, email: str | None = None) -> int:
        """Unlock one user (or all with None); returns how many were locked."""
        return int(self._json("POST", "/__sim__/users/unlock", {} if email is None else {"email": email})["unlocked"])

    def approve_mfa(self, email: str | None = None) -> int:
        """Approve pending push sign-ins (of one user, or all); returns how many."""
        return int(self._json("POST", "/__sim__/mfa/approve", {} if email is None else {"email": email})["approved"])

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, then SIGKILL if it lingers; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc.stdout:
            self.proc.stdout.close()
        return int(self.proc.returncode)


def _cli(flags: dict[str, t.Any]) -> list[str]:
    args: list[str] = []
    for name, value in flags.items():
        opt = "--" + name.replace("_", "-")
        if value is True:
            args.append(opt)
        elif value is False or value is None:
            continue
        elif isinstance(value, (list, tuple)):
            for item in value:
                args += [opt, str(item)]
        else:
            args += [opt, str(value)]
    return args


def start_sim(workdir: Path, **flags: t.Any) -> Sim:
    workdir.mkdir(parents=True, exist_ok=True)
    data = Path(flags.pop("data", None) or workdir / "sim.db")
    log_file = Path(flags.pop("log_file", None) or workdir / "requests.log")
    stderr_file = workdir / "stderr.txt"
    flags.setdefault("port", 0)
    cmd = [sys.executable, "-m", "cegidlife_sim", "--data", str(data), "--log-file", str(log_file), *_cli(flags)]
    env = dict(os.environ, PYTHONPATH=str(SIM_DIR) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with open(stderr_file, "a", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=30).strip()
    except queue.Empty:
        line = ""
    match = READY_RX.match(line)
    if not match:
        proc.kill()
        proc.wait(5)
        raise RuntimeError(f"simulator did not start ({line!r}): {stderr_file.read_text(encoding='utf-8')[-2000:]}")
    return Sim(proc, match.group(1), match.group(2), data, log_file, stderr_file)


class SimFactory:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.started: list[Sim] = []

    def __call__(self, **flags: t.Any) -> Sim:
        sim = start_sim(self.base / f"sim{len(self.started)}", **flags)
        self.started.append(sim)
        return sim

    def stop_all(self) -> None:
        for sim in self.started:
            sim.stop()


# -- a small HTTP client: cookies, forms, redirects by hand ---------------------------------
class Page(t.NamedTuple):
    status: int
    url: str
    headers: t.Mapping[str, str]
    text: str

    @property
    def plain(self) -> str:
        """The HTML with entities decoded, to compare visible words."""
        return html.unescape(self.text)

    def forms(self) -> list[dict[str, t.Any]]:
        parser = _FormParser()
        parser.feed(self.text)
        return parser.forms

    def form(self, action_part: str = "") -> dict[str, t.Any]:
        for form in self.forms():
            if action_part in form["action"]:
                return form
        raise AssertionError(f"no form with action containing {action_part!r} on {self.url}")


class _FormParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, t.Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get").lower(), "fields": {}})
        elif tag == "input" and self.forms and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.forms[-1]["fields"].setdefault(a["name"], a.get("value", ""))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: t.Any, **kwargs: t.Any) -> None:
        return None


class Client:
    """A cookie-keeping HTTP client that can sign in through the SSO like a browser."""

    def __init__(self, sim: Sim) -> None:
        self.sim = sim
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(
        self,
        method: str,
        url: str,
        fields: t.Mapping[str, t.Any] | None = None,
        *,
        follow: bool = True,
        headers: t.Mapping[str, str] | None = None,
    ) -> Page:
        url = urllib.parse.urljoin(self.sim.portal_url + "/", url)
        for dummy in range(10):
            data = urllib.parse.urlencode(fields or {}, doseq=True).encode() if method == "POST" else None
            req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
            try:
                resp = self.opener.open(req, timeout=10)
            except urllib.error.HTTPError as exc:
                resp = exc
            with resp:
                page = Page(resp.status, url, dict(resp.headers), resp.read().decode("utf-8", "replace"))
            if follow and page.status in (301, 302, 303):
                url = urllib.parse.urljoin(url, page.headers["Location"])
                method, fields = "GET", None
                continue
            return page
        raise AssertionError("too many redirects")

    def get(self, url: str, **kw: t.Any) -> Page:
        return self.request("GET", url, **kw)

    def post(self, url: str, fields: t.Mapping[str, t.Any], **kw: t.Any) -> Page:
        return self.request("POST", url, fields, **kw)

    def submit(self, page: Page, form: dict[str, t.Any], **values: t.Any) -> Page:
        fields = {**form["fields"], **values}
        return self.request(form["method"].upper(), urllib.parse.urljoin(page.url, form["action"]), fields)

    def sign_in(self, email: str = ADMIN[0], password: str = ADMIN[1], start: str = "/") -> Page:
        """Whole browser-like sign-in (one or two steps); returns the page after the hand-back."""
        page = self.get(start)
        assert "<title>Connexion - CegidLife</title>" in page.text, page.text[:500]
        form = page.form("/ls/")
        if "Password" not in page.text:  # two-step: e-mail first
            page = self.submit(page, form, UserName=email)
            form = page.form("/ls/")
            page = self.submit(page, form, Password=password)
        else:
            page = self.submit(page, form, UserName=email, Password=password)
        if "data-autosubmit" not in page.text:
            return page  # still on the sign-in page (wrong credentials)
        return self.submit(page, page.form("/auth/callback"))

    def verify_code(self, page: Page, code: str) -> Page:
        """On the "Vérification en deux étapes" page, send a code; a right one completes the sign-in."""
        page = self.submit(page, page.form("/ls/verification"), Code=code)
        if "data-autosubmit" not in page.text:
            return page  # still on the verification page (wrong code)
        return self.submit(page, page.form("/auth/callback"))

    def csrf(self, page: Page) -> str:
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert match, "no CSRF token on page"
        return match.group(1)
