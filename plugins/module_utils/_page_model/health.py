# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""How the last page load went: a 5xx or a dropped connection is transient, not a layout change."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TransientError

if t.TYPE_CHECKING:
    from playwright.sync_api import Page, Request, Response

# Browser errors that say the connection broke, not that the portal is absent or the name wrong.
TRANSIENT_NET_ERRORS = (
    "ERR_EMPTY_RESPONSE",
    "ERR_CONNECTION_RESET",
    "ERR_CONNECTION_CLOSED",
    "ERR_CONNECTION_ABORTED",
    "ERR_NETWORK_CHANGED",
    "ERR_TIMED_OUT",
    "ERR_INCOMPLETE_CHUNKED_ENCODING",
    "ERR_HTTP2_PROTOCOL_ERROR",
)


def is_transient_net_error(text: str) -> bool:
    return any(code in text for code in TRANSIENT_NET_ERRORS)


class PageHealth:
    """Watches the main frame's document loads of one page."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self.status: int | None = None
        self.failure: str | None = None
        # The last main-frame document request: a GET can be loaded again, a POST never.
        self.method: str | None = None
        self.url: str | None = None
        # The page's own data requests still on their way (a list drawn by script waits for them).
        self.fetching: set[Request] = set()
        page.on("response", self._on_response)
        page.on("requestfailed", self._on_failed)
        page.on("request", self._on_request)
        page.on("requestfinished", self._on_finished)

    def _is_main_document(self, request: Request) -> bool:
        try:
            return request.resource_type == "document" and request.frame == self._page.main_frame
        except Exception:  # noqa: BLE001 - a detached frame is not ours
            return False

    def _on_response(self, response: Response) -> None:
        if self._is_main_document(response.request):
            self.status = response.status
            self.failure = None
            self._note(response.request)

    def _on_request(self, request: Request) -> None:
        if request.resource_type in ("fetch", "xhr"):
            self.fetching.add(request)

    def _on_finished(self, request: Request) -> None:
        self.fetching.discard(request)

    def _on_failed(self, request: Request) -> None:
        self.fetching.discard(request)
        if self._is_main_document(request):
            self.failure = request.failure or "the request failed"
            self._note(request)

    def _note(self, request: Request) -> None:
        self.method = request.method
        self.url = request.url

    def bad(self) -> bool:
        return bool(self.failure and is_transient_net_error(self.failure)) or (
            self.status is not None and self.status >= 500
        )

    def reloadable(self) -> str | None:
        """The URL to load again after a transient fault, when that is safe (a GET)."""
        return self.url if self.bad() and self.method == "GET" and self.url else None

    def raise_if_bad(self, step: str) -> None:
        """After a load: HTTP 5xx or a broken connection means 'try again', not 'layout changed'."""
        if self.failure and is_transient_net_error(self.failure):
            failure, self.failure = self.failure, None
            raise TransientError(f"the connection broke ({failure})", step=step, url=self._page.url)
        if self.status is not None and self.status >= 500:
            status, self.status = self.status, None
            raise TransientError(f"the portal answered HTTP {status}", step=step, url=self._page.url)
