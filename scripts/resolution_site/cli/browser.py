"""What every measurement in a real browser shares (the benchmark, the search
evaluation, the tests): Debian's Chromium with the flags this sandbox needs,
and a quiet HTTP server for a built site on 127.0.0.1."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright):
    """Headless Chromium from Debian's package (Playwright cannot download browsers here)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A page that goes away drops its requests in flight (search fetches snippets after showing
    results): a closed connection is not an error worth a traceback."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _ErrorPageHandler(_QuietHandler):
    """Answers a missing address with the site's error page, as static hosts do."""

    not_found: Path

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def served(site: Path, not_found: Path | None = None) -> Iterator[str]:
    """``site`` over HTTP on 127.0.0.1 (an ephemeral port); yields the base URL. With
    ``not_found`` (an error page, e.g. the site's 404.html), a missing address is answered
    with it and status 404, as GitHub Pages, Netlify and the like do."""
    handler: type[_QuietHandler] = _QuietHandler
    if not_found is not None:
        handler = type("ErrorPageHandler", (_ErrorPageHandler,), {"not_found": not_found})
    server = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
