"""The window reads while a crawl writes the same file: neither side sees "database is locked".

A real ``govarchive crawl`` (a separate process) writes into a copy of the demo archive while
Datasette's client keeps asking for the search, article, chart and table pages; then a writer
holds a long write transaction while the window reads, and the window runs a long read while
the writer commits.
"""
from __future__ import annotations

import sqlite3
import threading
import time

from archive.db import Archive
from tests.portal_faults import FAST, RecordingServer, free_port, govarchive_popen, write_config
from tests.test_serve import Client

PATHS = [
    "/demo/-/search.json?q=防汛",
    "/demo/-/search?q=市&order=newest",
    "/demo/-/article/1",
    "/demo/-/charts.json",
    "/demo/articles.json?_search=水&_shape=array",
    "/demo/pages.json?_size=5&_sort_desc=id",
    "/demo/-/capture/1",
]


def _copy(src, dst):
    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        s.backup(d)
    return dst


def _read_all(client, failures):
    for path in PATHS:
        r = client.get(path)
        if r.status_code != 200 or "locked" in r.text:
            failures.append((path, r.status_code, r.text[:300]))


def test_reading_while_a_real_crawl_writes(web_archive, tmp_path):
    db = _copy(web_archive.db, tmp_path / "demo.db")
    before = sqlite3.connect(db).execute("SELECT count(*) FROM pages").fetchone()[0]
    # the same portal on another port: every URL is new to the archive, so the crawl writes a lot
    server = RecordingServer(web_archive.site_root, free_port()).start()
    client = Client(db)
    failures: list = []
    rounds = 0
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url)
        crawl = govarchive_popen("crawl", str(config), "--db", str(db), *FAST, log=tmp_path / "crawl.log")
        while crawl.poll() is None:
            _read_all(client, failures)
            rounds += 1
        _read_all(client, failures)
    finally:
        client.close()
        server.stop()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8", errors="replace")
    assert crawl.returncode == 0, log[-3000:]
    assert "locked" not in log
    assert not failures, failures[:3]
    assert rounds >= 2  # the reads really overlapped the crawl
    after = sqlite3.connect(db).execute("SELECT count(*) FROM pages").fetchone()[0]
    assert after >= before + 100


def test_long_write_transaction_and_long_read(web_archive, tmp_path):
    db = _copy(web_archive.db, tmp_path / "demo.db")
    client = Client(db)
    writer = Archive(db)
    failures: list = []
    try:
        # a writer holds the write lock for a while: the window keeps reading
        held = threading.Event()

        def write_slowly():
            with writer.transaction():
                writer.record_article(None, "demo", None, {"url": "http://x/held", "title": "防汛长事务",
                                                           "body": "写入中"}, "2026-12-01T00:00:00Z")
                held.set()
                time.sleep(3)

        thread = threading.Thread(target=write_slowly)
        thread.start()
        held.wait(5)
        _read_all(client, failures)
        assert thread.is_alive()  # every read was answered while the writer still held its transaction
        thread.join()
        assert not failures, failures[:3]
        # the new article is visible once committed
        hits = client.get("/demo/-/search.json?q=长事务").json()["hits"]
        assert [h["url"] for h in hits] == ["http://x/held"]

        # a long read in the window (about a second of SQL): the writer commits meanwhile
        sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) FROM n"
        result: dict = {}
        # (no time limit to hit on a loaded machine: the point is the overlap, not the window's limit)
        slow = Client(db, sql_time_limit_ms=120_000)
        reader = threading.Thread(target=lambda: result.update(r=slow.get("/demo.json", params={"sql": sql})))
        reader.start()
        time.sleep(0.2)
        writer.record_article(None, "demo", None, {"url": "http://x/during-read", "title": "读时写入",
                                                   "body": "不等待"}, "2026-12-01T00:00:01Z")
        assert reader.is_alive()  # the write committed while the read was still running
        reader.join()
        slow.close()
        assert result["r"].status_code == 200, result["r"].text[:300]
        assert writer.conn.execute("SELECT count(*) FROM articles WHERE url = 'http://x/during-read'").fetchone()[0] == 1
    finally:
        writer.close()
        client.close()
