"""A hostile government portal on 127.0.0.1: good article pages next to every fault a real portal (or
the network in front of it) throws at a crawler, each at a URL of its own, so a test can say for each
what must be archived, what must be recorded as an error, and that nothing else happened.

Layout (``pages`` article slots, ``per_list`` per list page, ``lists_per_hub`` list pages per hub)::

    /                     the home page: hubs and the calendar
    /lm/H/index.html      a hub: links to list pages
    /xwzx/list_L.html     a list page: links to its article slots (and a few tracking-parameter copies)
    /xwzx/202606/t202606DD_N.html   article slot N (TRS-style URL): a good page, or the fault
                          KINDS[N % len(KINDS)] says
    /calendar/YYYY-MM.html  an endless calendar (each month links the next and the previous)

Every request is logged (``server.log``: list of (path, status or the fault's name)).
``slot_kind(n)`` says what slot n serves; ``expected(n)`` what the archive must hold for it.
The same server drives ``benchmarks/soak.py`` (50,000 slots).
"""
from __future__ import annotations

import gzip
import re
import socket
import struct
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: What the article slots serve, in turn: good pages and faults. See :func:`expected`.
KINDS = (
    "good",            # UTF-8 article
    "good_gbk",        # GBK article, charset in <meta> only
    "e500",            # 500 every time
    "e503_once",       # 503 with Retry-After: 1 the first time, then the article
    "good",
    "reset",           # headers, half the body, then a TCP reset
    "truncated",       # Content-Length larger than what is sent, then a clean close
    "gzip_cut",        # Content-Encoding: gzip, the gzip stream cut in half (Content-Length consistent)
    "gzip_bomb",       # 1 KB of gzip that inflates to 64 MB
    "huge",            # a 50 MB page
    "good_gbk",
    "pdf_as_html",     # Content-Type: text/html, body a PDF
    "html_as_binary",  # an article served as application/octet-stream
    "bad_bytes",       # declared UTF-8, invalid bytes in the body
    "deep",            # 2,500 unclosed <div>s, one per paragraph
    "loop",            # /a/N.html -> /loop/N/x -> /loop/N/y -> /loop/N/x ...
    "offsite",         # 302 to another host
    "hostile_title",   # SQL quotes, <script>, NUL, a spreadsheet formula in the title
    "good",
)

#: Kinds whose slot must end as an article in the archive; the others as an error page.
ARCHIVED = {"good", "good_gbk", "e503_once", "html_as_binary", "bad_bytes", "deep", "hostile_title"}
ERRORS = {
    "e500": "HTTP 500",
    "reset": "cut short",      # Content-Length known: the reset is data loss
    "truncated": "cut short",
    "gzip_cut": "gzip body cut short",
    "gzip_bomb": "size limit",
    "huge": "size limit",
    "pdf_as_html": "not a text page",
    "loop": "redirect loop",
    "offsite": "redirect to another host",
}

#: A title to break whatever handles it carelessly: a spreadsheet formula, a NUL, SQL quotes, a script.
HOSTILE_TITLE = "=HYPERLINK(\"http://evil\",\"点击\")\x00'; DROP TABLE articles; -- <script>alert(1)</script>"


def slot_path(n: int) -> str:
    """The path of article slot ``n``."""
    return f"/xwzx/202606/t202606{n % 28 + 1:02d}_{n}.html"


def slot_of(path: str) -> int | None:
    """The slot number of an article path, else None."""
    match = _SLOT.fullmatch(path)
    return int(match.group(1)) if match else None


_SLOT = re.compile(r"/xwzx/\d{6}/t\d{8}_(\d+)\.html")


#: The faults alone (for a mix of mostly good pages: ``fault_every``).
FAULTS = tuple(k for k in dict.fromkeys(KINDS) if not k.startswith("good"))


def slot_kind(n: int, fault_every: int = 1) -> str:
    """What article slot ``n`` serves: KINDS in turn, or (``fault_every`` > 1) a good page except
    every ``fault_every``-th slot, which serves the faults in turn."""
    if fault_every <= 1:
        return KINDS[n % len(KINDS)]
    if n % fault_every:
        return "good" if n % 2 else "good_gbk"
    return FAULTS[(n // fault_every) % len(FAULTS)]


def title_of(n: int, fault_every: int = 1) -> str:
    """The title slot ``n``'s page shows (the hostile one with a NUL that the archive drops)."""
    if slot_kind(n, fault_every) == "hostile_title":
        return f"{HOSTILE_TITLE} 第{n}号"
    return f"关于做好第{n}号防汛工作的通知"


def paragraphs(n: int, count: int = 4) -> list[str]:
    return [f"第{n}号通知第{i}段：各县区要落实防汛责任制，加强巡查值守，确保群众生命财产安全。" for i in range(1, count + 1)]


def article_html(n: int, paras: list[str] | None = None, charset: str = "utf-8", unclosed: bool = False,
                 fault_every: int = 1) -> str:
    paras = paras if paras is not None else paragraphs(n)
    if unclosed:
        body = "".join(f"<div class='p'>{p}" for p in paras)
    else:
        body = "".join(f"<p>{p}</p>" for p in paras)
    title = title_of(n, fault_every).replace("\x00", "")
    shown = title_of(n, fault_every)  # the NUL stays in the bytes of the heading: a hostile page
    esc = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    esc_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>{esc_title}_运城市人民政府</title></head>"
        "<body><div class='top'><a href='/'>首页</a> <a href='/lm/1/index.html'>政务公开</a></div>"
        f"<div class='main'><h1>{esc}</h1><div class='info'>发布时间：2026-06-{n % 28 + 1:02d} 来源：市应急管理局</div>"
        f"<div class='content'>{body}</div></div>"
        "<div class='footer'>运城市人民政府 版权所有 晋ICP备05000000号</div></body></html>"
    )


def expected(n: int, fault_every: int = 1) -> dict:
    """What the archive must hold for slot ``n``: ``{"kind", "archived": bool, "error": substring}``."""
    kind = slot_kind(n, fault_every)
    return {"kind": kind, "archived": kind in ARCHIVED, "error": ERRORS.get(kind)}


class HostileHandler(BaseHTTPRequestHandler):
    server_version = "HostileGov/1.0"
    protocol_version = "HTTP/1.0"

    def log_message(self, *args) -> None:  # quiet
        pass

    # -- plumbing ------------------------------------------------------------------------------

    def _log(self, what) -> None:
        with self.server.lock:
            self.server.log.append((self.path, what))

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None, length: int | None = None) -> None:
        self._log(status)
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            pass

    def _links(self, hrefs: list[tuple[str, str]]) -> bytes:
        items = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in hrefs)
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>政务公开_运城市人民政府</title></head>"
            f"<body><div class='list'><ul>{items}</ul></div></body></html>"
        ).encode("utf-8")

    # -- routes --------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?", 1)[0]
        s = self.server
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if path in ("/", "/index.html"):
            hubs = [(f"/lm/{h}/index.html", f"栏目{h}") for h in range(1, s.hubs + 1)]
            extra = [("/calendar/2026-01.html", "活动日历")] if s.calendar else []
            return self._send(200, self._links(hubs + extra))
        if path.startswith("/lm/"):
            h = int(path.split("/")[2])
            first = (h - 1) * s.lists_per_hub + 1
            lists = range(first, min(first + s.lists_per_hub, s.lists + 1))
            return self._send(200, self._links([(f"/xwzx/list_{k}.html", f"列表{k}") for k in lists]))
        if path.startswith("/xwzx/list_"):
            k = int(path.rsplit("_", 1)[1].split(".")[0])
            first = (k - 1) * s.per_list
            slots = range(first, min(first + s.per_list, s.pages))
            links = [(slot_path(n), title_of(n, s.fault_every).replace("\x00", "")) for n in slots]
            # the same article again under tracking parameters (WeChat / Weibo share links)
            links += [(f"{slot_path(n)}?utm_source=wechat&utm_medium=share&from=timeline", "分享")
                      for n in slots if slot_kind(n, s.fault_every) == "good"][:2]
            return self._send(200, self._links(links))
        if path.startswith("/calendar/"):
            year, month = (int(x) for x in path.rsplit("/", 1)[1].split(".")[0].split("-"))
            nxt = (year + (month == 12), month % 12 + 1)
            prv = (year - (month == 1), (month - 2) % 12 + 1)
            return self._send(200, self._links([
                (f"/calendar/{nxt[0]}-{nxt[1]:02d}.html", "下月"), (f"/calendar/{prv[0]}-{prv[1]:02d}.html", "上月"),
            ]))
        if path.startswith("/loop/"):
            _, _, n, step = path.split("/")
            return self._send(302, b"", headers={"Location": f"/loop/{n}/{'y' if step == 'x' else 'x'}"})
        n = slot_of(path)
        if n is not None and n < s.pages:
            return self.slot(n)
        return self._send(404, b"<html><body>404</body></html>")

    def slot(self, n: int) -> None:
        s = self.server
        kind = slot_kind(n, s.fault_every)
        html = article_html(n, fault_every=s.fault_every)
        if kind in ("good", "hostile_title"):
            return self._send(200, html.encode("utf-8"))
        if kind == "good_gbk":
            page = article_html(n, charset="gbk", fault_every=s.fault_every).encode("gbk")
            return self._send(200, page, "text/html")
        if kind == "e500":
            return self._send(500, b"<html><body>Internal Server Error</body></html>")
        if kind == "e503_once":
            with s.lock:
                first = n not in s.seen_503
                s.seen_503.add(n)
            if first:
                return self._send(503, b"<html><body>busy</body></html>", headers={"Retry-After": s.retry_after})
            return self._send(200, html.encode("utf-8"))
        if kind == "reset":
            body = html.encode("utf-8")
            self._log("reset")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return None
        if kind == "truncated":
            body = html.encode("utf-8")
            return self._send(200, body[: len(body) // 2], length=len(body))
        if kind == "gzip_cut":
            packed = gzip.compress(html.encode("utf-8") * 3)
            cut = packed[: len(packed) // 2]
            return self._send(200, cut, headers={"Content-Encoding": "gzip"})
        if kind == "gzip_bomb":
            return self._send(200, s.bomb, headers={"Content-Encoding": "gzip"})
        if kind == "huge":
            self._log(200)
            size = 50 * 1024 * 1024
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(size))
                self.end_headers()
                chunk = b"<p>" + "大".encode("utf-8") * 20000 + b"</p>"
                sent = 0
                while sent < size:
                    piece = chunk[: size - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            except OSError:
                pass  # the crawler gave up at its size limit
            return None
        if kind == "pdf_as_html":
            return self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
        if kind == "html_as_binary":
            return self._send(200, html.encode("utf-8"), "application/octet-stream")
        if kind == "bad_bytes":
            raw = html.encode("utf-8").replace("各县区".encode("utf-8"), b"\xff\xfe\xc3(", 1)
            return self._send(200, raw)
        if kind == "deep":
            page = article_html(n, paragraphs(n, s.deep), unclosed=True, fault_every=s.fault_every)
            return self._send(200, page.encode("utf-8"))
        if kind == "loop":
            return self._send(302, b"", headers={"Location": f"/loop/{n}/x"})
        if kind == "offsite":
            return self._send(302, b"", headers={"Location": f"http://localhost:{s.server_address[1]}{slot_path(n)}"})
        raise AssertionError(kind)


class HostilePortal(ThreadingHTTPServer):
    """The portal on a free (or given) loopback port; use as a context manager or start()/stop()."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, pages: int = 2 * len(KINDS), per_list: int = 20, lists_per_hub: int = 50,
                 calendar: bool = True, port: int = 0, fault_every: int = 1, deep: int = 2500,
                 retry_after: str = "1") -> None:
        super().__init__(("127.0.0.1", port), HostileHandler)
        self.fault_every = fault_every
        self.deep = deep  # paragraphs (each an unclosed <div>) of the "deep" page
        self.retry_after = retry_after
        self.pages = pages
        self.per_list = per_list
        self.lists = -(-pages // per_list)
        self.lists_per_hub = lists_per_hub
        self.hubs = -(-self.lists // lists_per_hub)
        self.calendar = calendar
        self.lock = threading.Lock()
        self.log: list[tuple[str, object]] = []
        self.seen_503: set[int] = set()
        comp = zlib.compressobj(9, zlib.DEFLATED, 31)
        self.bomb = comp.compress(b"\0" * (64 * 1024 * 1024)) + comp.flush()
        self.thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> HostilePortal:
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> HostilePortal:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def requested(self) -> set[str]:
        """Every path asked for (query strings kept), robots.txt aside."""
        with self.lock:
            return {p for p, _ in self.log if not p.startswith("/robots.txt")}
