"""A demo archive for the researchers' window tests: two real crawls of a mutable demo portal.

Between the crawls one article's text changes (so it has two versions to compare) and another
article's page gains a ``<script>`` and an ``onerror`` handler that would report to a beacon
server if they ever ran (its extracted text does not change: only the capture holds them).
"""
from __future__ import annotations

import collections
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.portal_faults import FAST, RecordingServer, copy_demo_site, free_port, govarchive, write_config

CHANGED_ARTICLE = "/xwzx/zwyw/202311/t20231115_1045102.html"
CHANGED_OLD = "剩余住户的入户安装和通气调试将于11月底前全部完成"
CHANGED_NEW = "剩余住户的入户安装和通气调试推迟至12月10日前全部完成"
SCRIPTED_ARTICLE = "/xwzx/zwyw/202311/t20231122_1045678.html"


class Beacon(ThreadingHTTPServer):
    """Counts every request it gets: a script that runs anywhere reports here."""

    def __init__(self) -> None:
        self.hits: collections.Counter = collections.Counter()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(handler):  # noqa: N805
                self.hits[handler.path] += 1
                handler.send_response(204)
                handler.end_headers()

            def log_message(handler, *args):  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()


@dataclass
class WebArchive:
    db: Path
    base_url: str
    beacon: Beacon
    site_root: Path
    config: Path
    server: RecordingServer | None = None
    notes: dict = field(default_factory=dict)


def script_payload(beacon_url: str) -> str:
    return (
        f'<script>document.title = "SCRIPT RAN"; document.documentElement.setAttribute("data-script-ran", "1");'
        f'try {{ parent.document.title = "SCRIPT RAN"; }} catch (e) {{}}'
        f'new Image().src = "{beacon_url}/script-ran";</script>'
        f'<img src="x-missing.png" onerror="document.documentElement.setAttribute(\'data-handler-ran\', \'1\');'
        f'new Image().src = \'{beacon_url}/handler-ran\';">'
    )


def build(tmp: Path) -> WebArchive:
    """Crawl, change one article and script another, crawl again (revisiting everything)."""
    root = copy_demo_site(tmp / "site")
    beacon = Beacon()
    server = RecordingServer(root, free_port()).start()
    db = tmp / "demo.db"
    try:
        config = write_config(tmp / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"])
        result = govarchive("crawl", str(config), "--db", str(db), *FAST)
        assert result.returncode == 0, result.stderr[-3000:]
        changed = root / CHANGED_ARTICLE.lstrip("/")
        html = changed.read_text(encoding="utf-8")
        assert CHANGED_OLD in html
        changed.write_text(html.replace(CHANGED_OLD, CHANGED_NEW), encoding="utf-8")
        scripted = root / SCRIPTED_ARTICLE.lstrip("/")
        html = scripted.read_text(encoding="utf-8")
        assert "</head>" in html
        scripted.write_text(html.replace("</head>", script_payload(beacon.url) + "</head>", 1), encoding="utf-8")
        result = govarchive("crawl", str(config), "--db", str(db), "--revisit-days", "0", *FAST)
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        server.stop()
    return WebArchive(db=db, base_url=server.base_url, beacon=beacon, site_root=root, config=config)
