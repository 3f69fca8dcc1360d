"""A loopback web server for a "CMS zoo" portal: static page bytes plus the dynamic endpoints
real government CMSs answer (大汉 jcms ``dataproxy.jsp``, JSON list APIs, ASP/JSP list scripts).

A zoo is a directory::

    ZOO/site/...        the page bytes, as the CMS wrote them (GBK pages stay GBK)
    ZOO/routes.json     content types, script routes, dynamic endpoints (see below)
    ZOO/expected.json   the ground truth (not read by the server)

Every body served has ``{{HOST}}`` replaced by ``127.0.0.1:PORT`` and ``{{OFFSITE}}`` by
``127.0.0.2:PORT`` (ASCII, so safe in GBK bytes too): absolute links, sitemaps and feeds carry
the real address. A ``.gz`` file is stored gzipped; it is unpacked, filled in and packed again.

``routes.json`` keys (all optional):

- ``content_types``: ``[[regex, "text/html; charset=gbk"], ...]``, matched against the path;
  the first match wins, then a default by extension (``.asp`` gets a bare ``text/html``, as IIS
  sends it).
- ``index_files``: names tried for a directory URL (``/dir/``).
- ``nocase_prefixes``: path prefixes served case-insensitively (IIS): path and parameter names
  are lowercased before lookup; files are stored lowercased.
- ``scripts``: ``{path: {"params": [...], "defaults": {...}, "fallback": "FILE"}}``: a
  dynamic page (``list.asp?classid=3&page=2``) stored as ``path@classid=3&page=2`` with the
  parameters in the declared order and defaults filled in. Other parameters are ignored (as the
  script would), a parameter order does not matter. A combination that has no file gets the
  ``fallback`` file (a real JSP list answers page 999 with an empty list, not a 404) or a 404.
- ``jpage``: ``{path: {"columns": {columnid: {...}}, "totals": bool}}``: the 大汉 jcms
  ``/module/web/jpage/dataproxy.jsp`` proxy. See :meth:`ZooHandler.jpage`.
- ``json_lists``: ``{path: {...}}``: JSON list APIs. See :meth:`ZooHandler.json_list`.
- ``postbacks``: ``{path: {"target": "GridView1", "pages": {"1": FILE, ...}}}``: an ASP.NET WebForms
  page whose pager posts the form back. See :meth:`ZooHandler.postback`.

Static files get ``Last-Modified`` / strong ``ETag`` and answer conditional requests with 304;
dynamic endpoints send neither (as the real ones do not).

Example::

    from tests.cms_zoo.server import serve
    with serve() as zoo:                          # tests/cms_zoo on a free port
        urllib.request.urlopen(zoo.base_url + "/robots.txt").read()
        zoo.requests["GET /robots.txt"]           # -> 1

Command line::

    python -m tests.cms_zoo.server [--zoo DIR] [--port N]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import email.utils
import gzip
import hashlib
import json
import math
import re
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = ["ZOO_DIR", "ZooServer", "ZooHandler", "serve", "storage_name", "main"]

#: The test zoo (云溪市人民政府, fictional).
ZOO_DIR: Path = Path(__file__).resolve().parent

DEFAULT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html",
    ".shtml": "text/html; charset=utf-8",
    ".asp": "text/html",
    ".jsp": "text/html;charset=UTF-8",
    ".xml": "text/xml",
    ".gz": "application/x-gzip",
    ".txt": "text/plain",
    ".js": "application/javascript",
    ".css": "text/css",
    ".json": "application/json;charset=UTF-8",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}
DEFAULT_INDEX = ["index.html", "index.shtml", "index.htm", "index.jsp", "default.asp", "index.asp"]

TOMCAT_500 = (
    '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title>'
    '<style type="text/css">body {{font-family:Tahoma,Arial,sans-serif;}} h1 {{font-size:22px;}}</style></head>'
    "<body><h1>HTTP Status 500 – Internal Server Error</h1><hr class=\"line\" /><p><b>Type</b> Exception Report</p>"
    "<p><b>Message</b> An exception occurred processing [/module/web/jpage/dataproxy.jsp] at line [{line}]</p>"
    "<p><b>Description</b> The server encountered an unexpected condition that prevented it from fulfilling the request.</p>"
    "<p><b>Exception</b></p><pre>org.apache.jasper.JasperException: {exc}\n"
    "\torg.apache.jasper.servlet.JspServletWrapper.handleJspException(JspServletWrapper.java:617)\n"
    "\torg.apache.jasper.servlet.JspServletWrapper.service(JspServletWrapper.java:501)\n</pre>"
    "<hr class=\"line\" /><h3>Apache Tomcat/8.5.51</h3></body></html>"
)


def storage_name(path: str, query: dict[str, str], spec: dict) -> str:
    """The file (relative to ``site/``) a script route answers for these parameters.

    >>> storage_name("/news/list.asp", {"page": "2", "classid": "3", "t": "x"}, {"params": ["classid", "page"]})
    'news/list.asp@classid=3&page=2'
    >>> storage_name("/news/list.asp", {"classid": "3"}, {"params": ["classid", "page"], "defaults": {"page": "1"}})
    'news/list.asp@classid=3&page=1'
    """
    values = {**spec.get("defaults", {}), **{k: v for k, v in query.items() if v != ""}}
    parts = [f"{k}={values[k]}" for k in spec["params"] if k in values]
    return path.lstrip("/") + "@" + "&".join(parts)


def _query(qs: str, nocase: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(qs, keep_blank_values=True):
        out.setdefault(key.lower() if nocase else key, value)
    return out


class ZooHandler(BaseHTTPRequestHandler):
    """Answers one request of a zoo portal; counts it in ``server.requests``."""

    server: ZooServer
    server_version = "Apache"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: requests are counted in ``server.requests``."""

    # --- dispatch -----------------------------------------------------------------------------
    def _dispatch(self, method: str) -> None:
        split = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(split.path) or "/"
        body = b""
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
        self.server.record(method, self.path, body)
        routes = self.server.routes
        nocase = any(path.lower().startswith(p) for p in routes.get("nocase_prefixes", []))
        key = path.lower() if nocase else path
        if key in routes.get("jpage", {}):
            params = _query(split.query, False)
            if method == "POST" and "urlencoded" in (self.headers.get("Content-Type") or "urlencoded"):
                for k, v in urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
                    params.setdefault(k, v)
            return self.jpage(routes["jpage"][key], params, method)
        if key in routes.get("json_lists", {}):
            if method == "POST":
                return self.send_body(405, b"Method Not Allowed", "text/plain")
            return self.json_list(routes["json_lists"][key], _query(split.query, False), method)
        if key in routes.get("postbacks", {}):
            form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
            return self.postback(routes["postbacks"][key], path, method, form)
        if key in routes.get("scripts", {}):
            spec = routes["scripts"][key]
            name = storage_name(key, _query(split.query, nocase), spec)
            file = self.server.site / name
            if not file.is_file() and spec.get("fallback"):
                file = self.server.site / spec["fallback"]
            if not file.is_file():
                return self.not_found(method)
            return self.static(file, path, method, dynamic=True)
        if method == "POST":
            return self.send_body(405, b"<html><body><h1>405 Method Not Allowed</h1></body></html>", "text/html")
        file = self.server.resolve(key)
        if file is None:
            if self.server.is_dir(key) and not key.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", split.path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self.not_found(method)
        return self.static(file, path, method)

    # --- answers --------------------------------------------------------------------------------
    def send_body(self, status: int, body: bytes, content_type: str, head: bool = False,
                  headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def send_response(self, code: int, message: str | None = None) -> None:  # noqa: D102
        self.server.record_status(self.command or "GET", self.path, int(code))
        super().send_response(code, message)

    def not_found(self, method: str) -> None:
        body = (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body>"
            "<h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p><p><a href=\"/\">返回首页</a></p>"
            "</body></html>"
        ).encode("utf-8")
        self.send_body(404, body, "text/html; charset=utf-8", head=method == "HEAD")

    def static(self, file: Path, url_path: str, method: str, dynamic: bool = False) -> None:
        body = self.server.fill(file.read_bytes(), gz=file.name.endswith(".gz"))
        ctype = self.server.content_type(url_path if not dynamic else url_path, file)
        if dynamic:  # ASP/JSP pages: no validators, like the scripts themselves
            return self.send_body(200, body, ctype, head=method == "HEAD")
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        mtime = int(file.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return None
        self.send_body(200, body, ctype, head=method == "HEAD",
                       headers={"Last-Modified": last_modified, "ETag": etag})
        return None

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or etag in tags or ("W/" + etag) in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return mtime <= email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
        return False

    def jpage(self, spec: dict, params: dict[str, str], method: str) -> None:
        """大汉 jcms ``dataproxy.jsp``: the records ``startrecord``..``endrecord`` (1-based, inclusive)
        of the column named by ``columnid`` (with its ``unitid`` and ``webid``), as a datastore.

        The JSP reads its parameters with ``request.getParameter``, which takes the query string and
        a form body alike: the POST the page's script sends (range in the query, the column in the
        form) and a GET carrying everything in the query answer the same. A request without a valid
        column, unit or range fails the way the JSP does: a Tomcat 500 page. A column with a
        ``fault`` answers that fault instead (``html_error``: the CMS's friendly HTML error page with
        status 200; ``garbage``: a truncated, non-XML body labelled text/xml; ``empty``: an empty 200 answer).
        """
        head = method == "HEAD"
        column = spec["columns"].get(params.get("columnid", ""))
        try:
            start = int(params["startrecord"])
            end = int(params["endrecord"])
        except (KeyError, ValueError):
            exc = 'java.lang.NumberFormatException: For input string: "%s"' % params.get("startrecord", "null")
            return self.send_body(500, TOMCAT_500.format(line=42, exc=exc).encode(), "text/html;charset=utf-8", head)
        if column is None or params.get("unitid") != column["unitid"] or params.get("webid") != column["webid"]:
            exc = "java.lang.NullPointerException"
            return self.send_body(500, TOMCAT_500.format(line=57, exc=exc).encode(), "text/html;charset=utf-8", head)
        fault = column.get("fault")
        if fault == "html_error":
            body = column["error_page"].encode(column.get("error_encoding", "utf-8"))
            return self.send_body(200, body, column.get("error_type", "text/html;charset=UTF-8"), head)
        if fault == "empty":
            return self.send_body(200, b"", "text/html;charset=UTF-8", head)
        if fault == "garbage":
            return self.send_body(200, column["garbage"].encode("utf-8"), "text/xml;charset=UTF-8", head)
        records = column["records"]
        start = max(start, 1)
        chosen = records[start - 1 : max(end, 0)] if end >= start else []
        out = ['<?xml version="1.0" encoding="UTF-8"?>', "<datastore>"]
        out.append("<nextgroup><![CDATA[%s]]></nextgroup>" % column["nextgroup"])
        out.append("<recordset>")
        for record in chosen:
            out.append("<record><![CDATA[\n%s\n]]></record>" % record)
        out.append("</recordset>")
        if spec.get("totals"):
            perpage = max(int(params.get("perpage") or column.get("perpage", 15)), 1)
            out.append("<totalrecord>%d</totalrecord>" % len(records))
            out.append("<totalpage>%d</totalpage>" % math.ceil(len(records) / perpage))
        out.append("</datastore>")
        body = self.server.fill("\n".join(out).encode("utf-8"))
        self.send_body(200, body, "text/xml;charset=UTF-8", head)
        return None

    def postback(self, spec: dict, url_path: str, method: str, form: dict[str, str]) -> None:
        """ASP.NET WebForms: a GET answers the first page; the pager's ``__doPostBack('GridView1',
        'Page$3')`` POSTs the whole form back (``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE``
        ...) and gets page 3. A POST without a ``__VIEWSTATE`` fails as ASP.NET does (500, "Validation
        of viewstate MAC failed"); a page index out of range answers the first page again.
        """
        head = method == "HEAD"
        page = "1"
        if method == "POST":
            if not form.get("__VIEWSTATE"):
                body = ("<html><head><title>Validation of viewstate MAC failed.</title></head><body><h1>Server Error in "
                        "'/' Application.</h1><h2><i>Validation of viewstate MAC failed.</i></h2></body></html>").encode()
                return self.send_body(500, body, "text/html; charset=utf-8", head)
            arg = form.get("__EVENTARGUMENT", "")
            if form.get("__EVENTTARGET") == spec["target"] and arg.startswith("Page$"):
                page = arg[5:]
        file = self.server.site / spec["pages"].get(page, spec["pages"]["1"])
        body = self.server.fill(file.read_bytes())
        return self.send_body(200, body, spec.get("content_type", "text/html; charset=utf-8"), head,
                              headers={"Cache-Control": "private", "X-AspNet-Version": "4.0.30319"})

    def json_list(self, spec: dict, params: dict[str, str], method: str) -> None:
        """A JSON list API (``$.getJSON('/api/list?channel=tzgg&page=1&size=10', ...)``).

        ``spec``: ``channel_param`` and ``channels`` ({name: [item, ...]}, items already in the
        API's field names), ``page_param`` (first page ``page_base``, default 1), ``size_param``
        (``default_size``, at most ``max_size``), and ``envelope``: the response object, where the
        strings ``"$list"``, ``"$total"``, ``"$page"``, ``"$size"``, ``"$pages"`` are replaced. An
        unknown channel gets ``error`` (an object) with status 200, as such APIs do; a page past
        the end gets an empty list. With ``jsonp_param``, a request naming a callback gets JSONP.
        """
        items = spec["channels"].get(params.get(spec["channel_param"], ""))
        head = method == "HEAD"
        ctype = spec.get("content_type", "application/json;charset=UTF-8")
        if items is None:
            return self.send_body(200, json.dumps(spec["error"], ensure_ascii=False).encode("utf-8"), ctype, head)
        base = int(spec.get("page_base", 1))
        try:
            page = int(params.get(spec["page_param"], base))
            size = int(params.get(spec["size_param"], spec.get("default_size", 10)))
        except ValueError:
            return self.send_body(200, json.dumps(spec["error"], ensure_ascii=False).encode("utf-8"), ctype, head)
        size = min(max(size, 1), int(spec.get("max_size", 50)))
        index = max(page - base, 0)
        chosen = items[index * size : (index + 1) * size] if page >= base else []
        values = {"$list": chosen, "$total": len(items), "$page": page, "$size": size,
                  "$pages": math.ceil(len(items) / size)}

        def fill(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: fill(v) for k, v in node.items()}
            if isinstance(node, list):
                return [fill(v) for v in node]
            return values.get(node, node) if isinstance(node, str) else node

        text = json.dumps(fill(spec["envelope"]), ensure_ascii=spec.get("ascii", False),
                          separators=spec.get("separators", (",", ":")))
        callback = params.get(spec.get("jsonp_param", "\0"))
        if callback and re.fullmatch(r"[A-Za-z_$][\w$.]*", callback):
            text = "%s(%s);" % (callback, text)
            ctype = "application/javascript;charset=UTF-8"
        self.send_body(200, self.server.fill(text.encode("utf-8")), ctype, head)
        return None


class OffsiteHandler(BaseHTTPRequestHandler):
    """127.0.0.2: another "domain". A crawler that leaves the allowed domain lands here."""

    server: Any
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        with self.server.owner._lock:
            self.server.owner.offsite_requests[self.path] += 1
        body = b"<html><head><meta charset=\"utf-8\"><title>other site</title></head><body>other</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_HEAD = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class ZooServer(ThreadingHTTPServer):
    """A zoo portal on 127.0.0.1 (``port=0``: a free port), started in a daemon thread.

    Attributes:
        requests: Counter of ``"METHOD /path?query"`` as received.
        posts: ``[("/path?query", {form field: value})]`` of every POST, in order.
        statuses: Counter of ``(METHOD, "/path?query", status)``.
        offsite_requests: Counter of paths asked of the 127.0.0.2 "other domain" listener
            (started on the same port when ``offsite=True`` and the address can be bound).

    Example::

        with ZooServer(ZOO_DIR) as zoo:
            print(zoo.base_url, zoo.total())
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, zoo: Path | str = ZOO_DIR, port: int = 0, offsite: bool = True) -> None:
        self.zoo = Path(zoo).resolve()
        self.site = self.zoo / "site"
        if not self.site.is_dir():
            raise FileNotFoundError(f"{self.zoo}: no site/ directory (build the zoo first)")
        self.routes: dict = json.loads((self.zoo / "routes.json").read_text(encoding="utf-8"))
        self.requests: collections.Counter[str] = collections.Counter()
        self.statuses: collections.Counter[tuple[str, str, int]] = collections.Counter()
        self.offsite_requests: collections.Counter[str] = collections.Counter()
        self.posts: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._serve_threads: list[threading.Thread] = []
        self._offsite: ThreadingHTTPServer | None = None
        super().__init__(("127.0.0.1", port), ZooHandler)
        self.port = self.server_address[1]
        self._subs = {b"{{HOST}}": b"127.0.0.1:%d" % self.port, b"{{OFFSITE}}": b"127.0.0.2:%d" % self.port}
        self._types = [(re.compile(rx), ct) for rx, ct in self.routes.get("content_types", [])]
        if offsite:
            try:
                self._offsite = ThreadingHTTPServer(("127.0.0.2", self.port), OffsiteHandler)
                self._offsite.daemon_threads = True
                self._offsite.owner = self  # type: ignore[attr-defined]
            except OSError:
                self._offsite = None

    @property
    def base_url(self) -> str:
        return "http://127.0.0.1:%d" % self.port

    # --- bookkeeping ------------------------------------------------------------------------------
    def record(self, method: str, path: str, body: bytes = b"") -> None:
        with self._lock:
            self.requests[f"{method} {path}"] += 1
            if method == "POST":
                form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
                self.posts.append((path, form))

    def record_status(self, method: str, path: str, status: int) -> None:
        with self._lock:
            self.statuses[(method, path, status)] += 1

    def total(self, status: int | None = None) -> int:
        """Requests answered (only those answered with ``status``, when given)."""
        with self._lock:
            return sum(n for (_, _, s), n in self.statuses.items() if status is None or s == status)

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.statuses.clear()
            self.offsite_requests.clear()
            self.posts.clear()

    # --- files ----------------------------------------------------------------------------------
    def fill(self, body: bytes, gz: bool = False) -> bytes:
        """Put the real address into a body (unpacking and repacking a gzip file)."""
        raw = gzip.decompress(body) if gz else body
        for old, new in self._subs.items():
            raw = raw.replace(old, new)
        return gzip.compress(raw, mtime=0) if gz else raw

    def content_type(self, url_path: str, file: Path) -> str:
        for rx, ct in self._types:
            if rx.search(url_path):
                return ct
        suffix = file.name.split("@", 1)[0]
        return DEFAULT_TYPES.get(Path(suffix).suffix.lower(), "application/octet-stream")

    def _fs(self, url_path: str) -> Path | None:
        parts = [p for p in url_path.split("/") if p]
        if any(p in (".", "..") or "\\" in p or "\x00" in p or "@" in p for p in parts):
            return None
        return self.site.joinpath(*parts) if parts else self.site

    def resolve(self, url_path: str) -> Path | None:
        fs = self._fs(url_path)
        if fs is None:
            return None
        if url_path.endswith("/"):
            for name in self.routes.get("index_files", DEFAULT_INDEX):
                if (fs / name).is_file():
                    return fs / name
            return None
        return fs if fs.is_file() else None

    def is_dir(self, url_path: str) -> bool:
        fs = self._fs(url_path)
        return fs is not None and fs.is_dir()

    # --- life cycle -----------------------------------------------------------------------------
    def start(self) -> ZooServer:
        for srv in (self, self._offsite):
            if srv is not None:
                thread = threading.Thread(target=srv.serve_forever, daemon=True)
                thread.start()
                self._serve_threads.append(thread)
        return self

    def stop(self) -> None:
        for srv in (self, self._offsite):
            if srv is not None:
                srv.shutdown()
                srv.server_close()
        for thread in self._serve_threads:
            thread.join(timeout=5)

    def __enter__(self) -> ZooServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def serve(zoo: Path | str = ZOO_DIR, port: int = 0, offsite: bool = True) -> Iterator[ZooServer]:
    """Serve a zoo on 127.0.0.1 for the duration of a ``with`` block."""
    server = ZooServer(zoo, port, offsite)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a CMS zoo portal on 127.0.0.1.")
    parser.add_argument("--zoo", default=str(ZOO_DIR), help="zoo directory (site/ + routes.json)")
    parser.add_argument("--port", type=int, default=0, help="port (0: a free one)")
    args = parser.parse_args(argv)
    try:
        server = ZooServer(args.zoo, args.port)
    except (OSError, ValueError) as exc:
        print(f"cannot serve {args.zoo}: {exc}", file=sys.stderr)
        return 1
    print(f"CMS zoo {server.zoo.name} serving at {server.base_url}/ (Ctrl-C stops)", flush=True)
    server.start()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
