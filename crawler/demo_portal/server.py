"""A small local web server for the bundled demo portal (清河市人民政府, fictional).

It serves the static site under ``crawler/demo_portal/site/`` (or any copy of it) the way a
real regional portal's web server would: ``/dir/`` means ``/dir/index.html``, missing files
are 404, every response carries ``Last-Modified`` (file mtime) and a strong ``ETag`` (hash of
the bytes), conditional requests get ``304``, and the Content-Type comes from the data map in
:mod:`crawler.demo_portal.headers` (including one column with a lying charset). A ``_redirects``
file in the site's root (one ``/path /target [status]`` per line, as static hosts read it; the
file itself is not served) redirects a path, the way a portal's server sends a withdrawn
article to the home page.

Tests mutate a temporary copy of the site and look at :attr:`DemoPortalServer.requests` to see
what was fetched. :attr:`DemoPortalServer.faults` is the hook for fault injection: see
:meth:`PortalRequestHandler.apply_fault`.

Example::

    from crawler.demo_portal.server import serve
    with serve() as base_url:                 # "http://127.0.0.1:PORT"
        urllib.request.urlopen(base_url + "/robots.txt").read()
        base_url.server.requests["/robots.txt"]   # -> 1

Command line::

    python -m crawler.demo_portal.server [--port N] [--root DIR]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import email.utils
import hashlib
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from crawler.demo_portal.headers import content_type_for

__all__ = ["SITE_ROOT", "BaseURL", "DemoPortalServer", "PortalRequestHandler", "serve", "main"]

#: The packaged static site.
SITE_ROOT: Path = Path(__file__).resolve().parent / "site"
#: Redirect rules in a site's root: ``/path /target [status]`` per line (not served itself).
REDIRECTS_FILE = "_redirects"


class PortalRequestHandler(BaseHTTPRequestHandler):
    """Serves files from ``self.server.root``; quiet, counts requests, honours conditionals."""

    server: DemoPortalServer
    server_version = "Apache"  # what such portals usually announce
    sys_version = ""
    protocol_version = "HTTP/1.1"

    # --- hooks -----------------------------------------------------------------------------
    def apply_fault(self, path: str) -> bool:
        """Fault-injection hook, called before a request is served.

        ``self.server.faults`` maps a URL path (or ``"*"`` for every path) to a callable
        ``fault(handler, path) -> bool``. If it returns True the fault has written the whole
        response (e.g. a 500 with ``Retry-After``, or a slow body) and normal serving is
        skipped. Returns False when no fault applies.
        """
        fault = self.server.faults.get(path) or self.server.faults.get("*")
        if fault is None:
            return False
        return bool(fault(self, path))

    # --- HTTP verbs --------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    # --- internals -------------------------------------------------------------------------
    def _serve(self, send_body: bool) -> None:
        path = urllib.parse.urlsplit(self.path).path or "/"
        self.server.count(path)
        if self.apply_fault(path):
            return
        redirect = self.server.redirect_for(path)
        if redirect is not None:
            target, status = redirect
            self.send_response(status)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        file_path = self.server.resolve(path)
        if file_path is None:
            if self.server.is_dir_without_slash(path):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_error_page(HTTPStatus.NOT_FOUND, send_body)
            return
        body = file_path.read_bytes()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        mtime = int(file_path.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type_for(path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", last_modified)
        self.send_header("ETag", etag)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or etag in tags or ("W/" + etag) in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
            return mtime <= since
        return False

    def send_error_page(self, status: HTTPStatus, send_body: bool = True) -> None:
        """Send a small GBK-free, UTF-8 error page (like the portal's own 404 page)."""
        body = (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%d</title></head>"
            "<body><h1>%d %s</h1><p>您访问的页面不存在或已被删除。</p>"
            "<p><a href=\"/\">返回首页</a></p></body></html>" % (status, status, status.phrase)
        ).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: requests are counted in ``server.requests``, not logged to stderr."""


class DemoPortalServer(ThreadingHTTPServer):
    """Threading HTTP server on 127.0.0.1 for the demo portal; ``port=0`` picks a free port.

    Attributes:
        root: directory served.
        requests: ``collections.Counter`` of URL paths requested (query strings dropped).
        faults: fault-injection hooks, ``{path or "*": callable(handler, path) -> bool}``.

    Example::

        with DemoPortalServer() as server:   # started in a daemon thread
            print(server.base_url)
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        root: Path | str | None = None,
        port: int = 0,
        handler_class: type[PortalRequestHandler] = PortalRequestHandler,
    ) -> None:
        self.root = Path(root).resolve() if root is not None else SITE_ROOT
        self.requests: collections.Counter[str] = collections.Counter()
        self.faults: dict[str, Callable[[PortalRequestHandler, str], bool]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        super().__init__(("127.0.0.1", port), handler_class)

    @property
    def base_url(self) -> str:
        return "http://127.0.0.1:%d" % self.server_address[1]

    def count(self, path: str) -> None:
        with self._lock:
            self.requests[path] += 1

    def _fs_path(self, url_path: str) -> Path | None:
        parts = [p for p in urllib.parse.unquote(url_path).split("/") if p]
        if any(p in (".", "..") or "\\" in p or "\x00" in p for p in parts):
            return None
        return self.root.joinpath(*parts) if parts else self.root

    def redirect_for(self, url_path: str) -> tuple[str, int] | None:
        """``(target, status)`` when the site's ``_redirects`` file redirects this path, else None."""
        rules = self.root / REDIRECTS_FILE
        if not rules.is_file():
            return None
        for line in rules.read_text(encoding="utf-8").splitlines():
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2 and parts[0] == url_path:
                status = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 302
                return parts[1], status
        return None

    def resolve(self, url_path: str) -> Path | None:
        """Map a URL path to an existing file (``/dir/`` -> ``/dir/index.html``), or None."""
        fs = self._fs_path(url_path)
        if fs is None or url_path == "/" + REDIRECTS_FILE:
            return None
        if url_path.endswith("/"):
            fs = fs / "index.html"
        return fs if fs.is_file() else None

    def is_dir_without_slash(self, url_path: str) -> bool:
        fs = self._fs_path(url_path)
        return fs is not None and not url_path.endswith("/") and (fs / "index.html").is_file()

    # --- running in a thread ------------------------------------------------------------------
    def start(self) -> DemoPortalServer:
        """Serve in a daemon thread; returns self."""
        self._thread = threading.Thread(target=self.serve_forever, name="demo-portal", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.server_close()

    def __enter__(self) -> DemoPortalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class BaseURL(str):
    """The base URL string yielded by :func:`serve`; ``.server`` is the running server."""

    server: DemoPortalServer

    def __new__(cls, url: str, server: DemoPortalServer) -> BaseURL:
        obj = super().__new__(cls, url)
        obj.server = server
        return obj


@contextlib.contextmanager
def serve(root: Path | None = None, port: int = 0) -> Iterator[str]:
    """Run the demo portal in a daemon thread and yield its base URL ("http://127.0.0.1:PORT").

    The yielded value is a ``str`` (a :class:`BaseURL`) whose ``.server`` attribute is the
    :class:`DemoPortalServer`, for ``requests`` counts and ``faults``.

    Example::

        with serve() as base:
            html = urllib.request.urlopen(base + "/").read()
    """
    server = DemoPortalServer(root, port)
    server.start()
    try:
        yield BaseURL(server.base_url, server)
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    """CLI: serve the demo portal until killed, printing the base URL first."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.demo_portal.server",
        description="Serve the bundled demo portal (清河市人民政府, fictional) on 127.0.0.1.",
        epilog="Example: python -m crawler.demo_portal.server --port 8000",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0 = a free port)")
    parser.add_argument("--root", type=Path, default=None, help="site directory (default: packaged site)")
    args = parser.parse_args(argv)
    root = args.root if args.root is not None else SITE_ROOT
    if not (Path(root) / "index.html").is_file():
        print("no index.html under %s" % root, file=sys.stderr)
        return 2
    server = DemoPortalServer(root, args.port)
    print(server.base_url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
