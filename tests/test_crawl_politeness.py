"""Politeness and discovery under fault injection, over loopback.

A small portal (written to a temp directory, served by the demo-portal server with faults)
is crawled once by ``govarchive crawl``; each test checks one behaviour of that crawl:
500s then success (retries with backoff), a stalled response (timeout, retried), 503 with
Retry-After (waited for), 429 with a Retry-After too long to wait (given up, recorded as an
error), an oversized page (refused, recorded), per-domain concurrency, robots.txt, crawler
traps (a query-string calendar and an ever-deeper path calendar), RSS feeds (configured and
announced by a page), and attachment download by SHA-256 with a size limit.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.portal_faults import (
    RecordingServer,
    first_n,
    free_port,
    govarchive,
    send,
    stall_fault,
    status_fault,
)

SENTENCES = [
    "会议强调，要坚持以人民为中心的发展思想，扎实做好民生保障各项工作。",
    "各级各部门要压实责任，细化措施，确保各项任务按期完成。",
    "下一步，我市将持续优化营商环境，推动经济运行持续向好。",
    "与会人员围绕重点项目建设、安全生产和冬季供暖等工作进行了深入讨论。",
    "相关负责同志表示，将把会议精神迅速传达到基层，抓好贯彻落实。",
]
N_ARTICLES = 8
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 12  # ~3 KB
BIG_ZIP = b"PK\x03\x04" + b"\x00" * 60_000  # over the 10 KB attachment limit


def article_path(i: int) -> str:
    return f"/news/202311/t202311{i:02d}_{100000 + i}.html"


def article_html(i: int, extra: str = "") -> str:
    title = f"清河市第{i}次专题工作会议召开"
    paras = "".join(f"<p>第{i}次会议：{s}</p>" for s in SENTENCES)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="top">清河测试网</div><div class="article"><h1>{title}</h1>'
        f'<div class="info">发布时间：2023-11-{i:02d} 来源：市政府办公室</div>'
        f'<div class="content">{paras}{extra}</div></div>'
        f'<div class="footer">版权所有：清河市人民政府办公室 冀ICP备12345678号</div></body></html>'
    )


def build_site(root: Path) -> None:
    def write(path: str, text: str | bytes) -> None:
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    items = "".join(f'<li><a href="{article_path(i)}">第{i}次会议</a></li>' for i in range(1, N_ARTICLES + 1))
    write("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    write(
        "/index.html",
        '<html><head><meta charset="utf-8"><title>清河测试网</title>'
        '<link rel="alternate" type="application/rss+xml" title="要闻" href="/feed.xml"></head><body>'
        '<a href="/news/">新闻</a> <a href="/cal/?m=0">活动日历</a> <a href="/archive/2023/01/">往期</a>'
        '<a href="/private/t20231101_100099.html">内部</a></body></html>',
    )
    write(
        "/news/index.html",
        f'<html><head><meta charset="utf-8"><title>新闻</title></head><body><ul>{items}</ul></body></html>',
    )
    for i in range(1, N_ARTICLES + 1):
        extra = (
            '<p>附件：<a href="/files/report.pdf">报告.pdf</a> <a href="/files/big.zip">数据.zip</a></p>'
            if i == 1
            else ""
        )
        write(article_path(i), article_html(i, extra))
    write(article_path(6), article_html(6, "<p>" + "超长页面。" * 40_000 + "</p>"))  # ~600 KB
    write(article_path(20), article_html(20))  # only in the configured RSS feed
    write(article_path(21), article_html(21))  # only in the feed the home page announces
    write("/private/t20231101_100099.html", article_html(99))
    write(
        "/rss.xml",
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>要闻</title>'
        "<link>/</link><item><title>二十</title>"
        f"<link>{{BASE}}{article_path(20)}</link></item></channel></rss>",
    )
    write(
        "/feed.xml",
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<entry><title>二十一</title><link rel="alternate" href="{article_path(21)}"/></entry></feed>',
    )
    write("/files/report.pdf", PDF)
    write("/files/big.zip", BIG_ZIP)


def calendar_trap(handler, path: str) -> bool:
    """/cal/?m=N links to ?m=N-1 and ?m=N+1, forever (a query-string loop)."""
    month = int(parse_qs(urlsplit(handler.path).query).get("m", ["0"])[0])
    body = (
        f'<html><head><meta charset="utf-8"><title>日历</title></head><body>'
        f'<a href="/cal/?m={month - 1}">上月</a><a href="/cal/?m={month + 1}">下月</a></body></html>'
    )
    return send(handler, 200, body.encode(), {"Content-Type": "text/html; charset=utf-8"})


def path_calendar_trap(handler, path: str) -> bool:
    """/archive/YYYY/MM/ links to the next month, forever (an ever-growing path series)."""
    parts = [p for p in path.split("/") if p]
    year, month = int(parts[1]), int(parts[2])
    nxt = (year + month // 12, month % 12 + 1)
    body = (
        f'<html><head><meta charset="utf-8"><title>往期</title></head><body>'
        f'<a href="/archive/{nxt[0]}/{nxt[1]:02d}/">下月</a></body></html>'
    )
    return send(handler, 200, body.encode(), {"Content-Type": "text/html; charset=utf-8"})


class InFlight:
    """Counts requests being served at once (the server side of per-domain concurrency)."""

    def __init__(self) -> None:
        self.now = 0
        self.max = 0
        self.lock = threading.Lock()

    def wrap(self, fault):
        def apply(handler, path):
            with self.lock:
                self.now += 1
                self.max = max(self.max, self.now)
            try:
                time.sleep(0.05)  # long enough for requests to overlap if the crawler allowed it
                return bool(fault is not None and fault(handler, path))  # False: normal serving follows
            finally:
                with self.lock:
                    self.now -= 1

        return apply


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("polite")
    root = tmp / "site"
    build_site(root)
    server = RecordingServer(root, free_port())
    rss = root / "rss.xml"
    rss.write_text(rss.read_text(encoding="utf-8").replace("{BASE}", server.base_url), encoding="utf-8")
    inflight = InFlight()
    faults = {
        article_path(2): first_n(2, status_fault(500)),
        article_path(4): first_n(1, status_fault(503, {"Retry-After": "1"})),
        article_path(5): status_fault(429, {"Retry-After": "3600"}),
    }
    stall = first_n(1, stall_fault(2.0))  # not counted as in flight: the crawler gave up on it after 1 s

    def dispatch(handler, path):
        if path == article_path(3):
            return stall(handler, path)
        if path.startswith("/cal/"):
            return inflight.wrap(calendar_trap)(handler, path)
        if path.startswith("/archive/"):
            return inflight.wrap(path_calendar_trap)(handler, path)
        return inflight.wrap(faults.get(path))(handler, path)

    server.faults["*"] = dispatch
    config = tmp / "site.toml"
    config.write_text(
        f'name = "polite"\nstart_urls = ["{server.base_url}/"]\nallowed_domains = ["127.0.0.1"]\n'
        f'feeds = ["{server.base_url}/rss.xml"]\ndownload_attachments = true\nattachment_max_bytes = 10000\n'
        "[politeness]\ndownload_delay = 0\nautothrottle = false\nconcurrency = 2\nretry_times = 2\n"
        "timeout = 1\nmax_response_bytes = 100000\n",
        encoding="utf-8",
    )
    db = tmp / "archive.db"
    server.start()
    try:
        result = govarchive(
            "crawl",
            str(config),
            "--db",
            str(db),
            "--progress",
            "plain",
            "-s",
            "RETRY_BACKOFF_BASE=0.05",
            "-s",
            "RETRY_AFTER_MAX=10",
            "-s",
            "TRAP_MAX_QUERY_VARIANTS=5",
            "-s",
            "TRAP_MAX_SHAPE_VARIANTS=5",
            "-s",
            "DEPTH_LIMIT=0",
        )
    finally:
        server.stop()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"result": result, "server": server, "conn": conn, "inflight": inflight}
    conn.close()


def stored(crawl, i: int) -> sqlite3.Row | None:
    return (
        crawl["conn"].execute("SELECT * FROM articles WHERE url LIKE ?", ("%" + article_path(i),)).fetchone()
    )


def page_errors(crawl, i: int) -> list[str]:
    rows = (
        crawl["conn"]
        .execute("SELECT error FROM pages WHERE url LIKE ? AND error IS NOT NULL", ("%" + article_path(i),))
        .fetchall()
    )
    return [r[0] for r in rows]


def test_crawl_completes(crawl):
    assert crawl["result"].returncode == 0, crawl["result"].stderr[-3000:]
    for i in (1, 7, 8):
        assert stored(crawl, i) is not None


def test_500s_then_success_is_retried_with_backoff(crawl):
    server = crawl["server"]
    assert server.statuses[(article_path(2), 500)] == 2 and server.statuses[(article_path(2), 200)] == 1
    assert stored(crawl, 2) is not None
    t = server.arrivals[article_path(2)]
    gaps = [b - a for a, b in zip(t, t[1:])]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1  # RETRY_BACKOFF_BASE * 2**n before retry n+1


def test_timeout_is_retried(crawl):
    assert crawl["server"].requests[article_path(3)] == 2
    assert stored(crawl, 3) is not None


def test_retry_after_is_honoured(crawl):
    server = crawl["server"]
    assert server.statuses[(article_path(4), 503)] == 1 and server.statuses[(article_path(4), 200)] == 1
    first, second = server.arrivals[article_path(4)]
    assert second - first >= 0.95  # Retry-After: 1
    # the whole host waited, not just that URL: nothing else arrived during the pause
    during = [p for p, times in server.arrivals.items() for t in times if first + 0.3 < t < first + 0.95]
    assert during == [], during
    assert stored(crawl, 4) is not None


def test_retry_after_too_long_gives_up_and_records_the_error(crawl):
    assert crawl["server"].requests[article_path(5)] == 1  # not hammered, not waited for an hour
    assert stored(crawl, 5) is None
    assert any("429" in e for e in page_errors(crawl, 5))


def test_oversized_response_is_refused_and_recorded(crawl):
    assert stored(crawl, 6) is None
    errors = page_errors(crawl, 6)
    assert errors and any("size" in e.lower() or "cancel" in e.lower() for e in errors), errors


def test_per_domain_concurrency_is_respected(crawl):
    assert 1 <= crawl["inflight"].max <= 2


def test_robots_txt_is_obeyed(crawl):
    assert crawl["server"].requests["/robots.txt"] >= 1
    assert "/private/t20231101_100099.html" not in crawl["server"].requests


def test_query_string_trap_is_bounded(crawl):
    assert 1 <= crawl["server"].requests["/cal/"] <= 5


def test_path_calendar_trap_is_bounded(crawl):
    months = [p for p in crawl["server"].requests if p.startswith("/archive/")]
    assert 1 <= len(months) <= 5


def test_articles_found_through_rss_feeds(crawl):
    assert stored(crawl, 20) is not None  # configured feed (RSS 2.0)
    assert stored(crawl, 21) is not None  # announced by <link rel="alternate"> (Atom)


def test_attachments_stored_by_sha256_within_the_size_limit(crawl):
    conn = crawl["conn"]
    blobs = {r["sha256"]: bytes(r["body"]) for r in conn.execute("SELECT sha256, body FROM attachment_blobs")}
    assert blobs == {hashlib.sha256(PDF).hexdigest(): PDF}
    urls = {
        r["url"].rsplit("/", 1)[1]: r["sha256"]
        for r in conn.execute("SELECT url, sha256 FROM attachment_files")
    }
    assert urls == {"report.pdf": hashlib.sha256(PDF).hexdigest()}  # big.zip (over 10 KB) was not kept
    (linked_from,) = conn.execute("SELECT article_url FROM attachment_files").fetchone()
    assert linked_from.endswith(article_path(1))


# --- the pure pieces ---------------------------------------------------------------------------


def test_retry_after_parsing_and_backoff():
    from crawler.politeness import backoff_delay, parse_retry_after

    assert parse_retry_after(b"30") == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412460.0) == 20.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412500.0) == 0.0  # already past
    assert parse_retry_after("tomorrow") is None and parse_retry_after(None) is None
    assert [backoff_delay(n, 2.0, 10.0) for n in range(5)] == [2.0, 4.0, 8.0, 10.0, 10.0]


def test_trap_guard_bounds():
    from crawler.urls import TrapGuard

    guard = TrapGuard(max_query_variants=3, max_shape_variants=3, max_url_length=60, max_segment_repeats=2)
    assert [guard.check(f"http://a/cal.php?d={i}") is None for i in range(5)] == [True] * 3 + [False] * 2
    assert guard.check("http://a/cal.php?d=1") is None  # a variant already admitted stays admitted
    assert [guard.check(f"http://a/ar/{y}/01/") is None for y in range(2020, 2025)] == [True] * 3 + [
        False
    ] * 2
    assert "repeated" in guard.check("http://a/x/y/x/y/x/")
    assert "longer" in guard.check("http://a/" + "p" * 80)


def test_feed_links_and_canonical_urls():
    from crawler.urls import canonicalize, feed_links

    rss = b"<rss><channel><link>http://a/</link><item><link><![CDATA[http://a/t1.html?a=1&amp;b=2]]></link></item>"
    assert feed_links(rss + b"</channel></rss>") == ["http://a/t1.html?a=1&b=2"]
    assert canonicalize("HTTP://A.gov.cn:80/x/t1.html;jsessionid=AB12?utm_source=wx&b=2&a=1#top") == (
        "http://a.gov.cn/x/t1.html?a=1&b=2"
    )
