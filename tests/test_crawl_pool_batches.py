"""Extraction workers and group commits in a real crawl of the demo portal over loopback.

- A page that hangs an extractor (a 6 MB article: seconds of extraction) past
  ``EXTRACT_TIMEOUT`` is kept as an error page with its raw bytes; every other article is stored.
- A batch the archive cannot take (another process holds the write lock past the busy timeout)
  is reported as failed -- the crawl says how many pages were not stored and exits non-zero, its
  run is not "finished" -- and the next run fetches exactly those pages again.
- A crawl killed with SIGKILL while a long batch is open loses that batch, and the next run
  fetches those pages again: every article once, none twice.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
import time
from pathlib import Path

from tests.portal_faults import (
    FAST,
    RecordingServer,
    free_port,
    govarchive,
    govarchive_popen,
    send,
    write_config,
)

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))
ARTICLES = set(EXPECTED["articles"])


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def huge_article(handler, path) -> bool:
    """An article page of ~6 MB of table rows: seconds of extraction on any machine."""
    row = "<tr><td><div><p>各单位：为做好冬季安全工作，现将有关事项通知如下。第{i}条。</p><a href='/x{i}.html'>链接{i}</a></div></td></tr>"
    body = (
        "<html><head><meta charset='utf-8'><title>关于开展安全检查的通知</title></head><body>"
        "<h1>关于开展安全检查的通知</h1><table>" + "".join(row.format(i=i) for i in range(40_000)) + "</table></body></html>"
    ).encode("utf-8")
    return send(handler, 200, body, {"Content-Type": "text/html; charset=utf-8"})


def test_a_page_that_hangs_the_extractor_costs_that_page_an_error(tmp_path):
    slow = sorted(ARTICLES)[3]
    server = RecordingServer(None, free_port()).start()
    server.faults[slow] = huge_article
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url)
        db = tmp_path / "archive.db"
        result = govarchive("crawl", str(config), "--db", str(db), *FAST,
                            "-s", "EXTRACT_WORKERS=2", "-s", "EXTRACT_TIMEOUT=2", timeout=300)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    conn = sqlite3.connect(db)
    try:
        stored = {_path(r[0]) for r in conn.execute("SELECT url FROM articles")}
        assert stored == ARTICLES - {slow}
        error, size = conn.execute("SELECT error, size FROM pages WHERE url = ?", (server.base_url + slow,)).fetchone()
        assert error == "extraction timed out after 2 s (worker killed)"
        assert size > 5_000_000  # the raw bytes are kept
        counts = json.loads(conn.execute("SELECT counts FROM crawls").fetchone()[0])
        assert counts["extract_timeouts"] == 1
    finally:
        conn.close()


def test_a_batch_the_archive_cannot_take_is_reported_and_fetched_again(tmp_path):
    server = RecordingServer(None, free_port()).start()
    db = tmp_path / "archive.db"
    config = write_config(tmp_path / "demo.toml", server.base_url)
    slow = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "DOWNLOAD_DELAY_JITTER=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "STORE_BATCH_SIZE=10", "-s", "STORE_BATCH_SECONDS=0.2",
            # a crawl waits ARCHIVE_LOCK_WAIT for a write lock another process holds: 1 s here
            "-s", "ARCHIVE_LOCK_WAIT=1", "--progress", "plain"]
    holding = threading.Event()

    def hold_the_write_lock() -> None:
        """Once some articles are stored, take the archive's write lock for longer than the
        crawl waits for it (ARCHIVE_LOCK_WAIT): the batch that waits for it fails."""
        deadline = time.monotonic() + 60
        while _count(db, "SELECT count(*) FROM articles") < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        conn = sqlite3.connect(db, isolation_level=None, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(14)
        conn.execute("ROLLBACK")
        conn.close()

    try:
        locker = threading.Thread(target=hold_the_write_lock)
        locker.start()
        first = govarchive("crawl", str(config), "--db", str(db), *slow, timeout=300)
        locker.join()
        first_requests = dict(server.requests)
        server.reset_counts()
        second = govarchive("crawl", str(config), "--db", str(db), *FAST, timeout=300)
        second_requests = dict(server.requests)
    finally:
        server.stop()
    assert holding.is_set()
    assert second.returncode == 0, second.stderr[-3000:]
    assert first.returncode == 1, first.stderr[-3000:]
    assert "pages NOT stored (the next run fetches them again)" in first.stderr
    conn = sqlite3.connect(db)
    try:
        crawls = conn.execute("SELECT status, counts FROM crawls ORDER BY id").fetchall()
        assert [c[0] for c in crawls] == ["store_failed", "finished"]
        not_stored = json.loads(crawls[0][1])["store_failed"]
        assert not_stored > 0
        runs = conn.execute("SELECT status, resumed FROM crawl_runs ORDER BY id").fetchall()
        assert runs == [("store_failed", 0), ("finished", 1)]  # the second run resumed the first
        stored = [_path(r[0]) for r in conn.execute("SELECT url FROM articles")]
        assert sorted(stored) == sorted(ARTICLES)  # every article, once
        first_crawl = {_path(r[0]) for r in conn.execute(
            "SELECT url FROM pages WHERE crawl_id = 1 AND page_type = 'article' AND status = 200")}
    finally:
        conn.close()
    lost = {p for p in ARTICLES if first_requests.get(p)} - first_crawl
    assert lost, "no article page was lost with the failed batch"
    assert all(second_requests.get(p) for p in lost)  # fetched again
    assert not any(second_requests.get(p) for p in first_crawl)  # the stored ones were not


def test_a_crawl_killed_with_a_batch_open_loses_it_and_the_next_run_fetches_it(tmp_path):
    server = RecordingServer(None, free_port()).start()
    db = tmp_path / "archive.db"
    config = write_config(tmp_path / "demo.toml", server.base_url)
    slow = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "DOWNLOAD_DELAY_JITTER=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "STORE_BATCH_SIZE=15", "-s", "STORE_BATCH_SECONDS=30",
            "--progress", "plain"]
    try:
        proc = govarchive_popen("crawl", str(config), "--db", str(db), *slow, log=tmp_path / "first.log")
        deadline = time.monotonic() + 120
        while _count(db, "SELECT count(*) FROM articles") < 1 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        # the first batch is in; wait until more article pages were fetched than it holds
        committed = _count(db, "SELECT count(*) FROM pages")
        while (sum(n for p, n in server.requests.items() if p in ARTICLES) <= committed + 3
               and time.monotonic() < deadline and proc.poll() is None):
            time.sleep(0.05)
        assert proc.poll() is None, "the first crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        first_requests = dict(server.requests)
        conn = sqlite3.connect(db)
        before = {_path(r[0]) for r in conn.execute("SELECT url FROM article_urls")}
        conn.close()
        server.reset_counts()
        second = govarchive("crawl", str(config), "--db", str(db), *FAST, timeout=300)
        second_requests = dict(server.requests)
    finally:
        server.stop()
    assert second.returncode == 0, second.stderr[-3000:]
    assert "resumed an unfinished crawl" in second.stderr
    lost = {p for p in ARTICLES if first_requests.get(p)} - before
    assert lost, "the open batch held no article"
    assert all(second_requests.get(p) for p in lost)  # fetched again ...
    assert not any(second_requests.get(p) for p in before)  # ... and only those not stored
    conn = sqlite3.connect(db)
    try:
        paths = [_path(r[0]) for r in conn.execute("SELECT url FROM articles")]
        assert sorted(paths) == sorted(ARTICLES)
        twice = conn.execute("SELECT url FROM pages WHERE page_type = 'article' AND status = 200 "
                             "GROUP BY url HAVING count(*) > 1").fetchall()
        assert not twice
    finally:
        conn.close()
