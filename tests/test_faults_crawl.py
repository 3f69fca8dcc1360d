"""Issue 15, the crawl's side: limits the user sets are limits, and a write lock held by another
process neither loses a page nor lets a failure pass as success."""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from tests.portal_faults import FAST, RecordingServer, free_port, govarchive, govarchive_popen, write_config

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_ARTICLES = set(json.loads(
    (ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))["articles"])


def test_max_pages_is_a_hard_limit_at_concurrency_8(tmp_path):
    server = RecordingServer(None, free_port()).start()
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url, politeness={"concurrency": 8})
        db = tmp_path / "a.db"
        result = govarchive("crawl", str(config), "--db", str(db), "--max-pages", "5", *FAST,
                            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
        pages = [p for p, n in server.requests.items() for _ in range(n) if p != "/robots.txt"]
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    assert "(closespider_pagecount)" in result.stderr
    assert len(pages) == 5, pages
    conn = sqlite3.connect(db)
    # each fetch is a stored page, or a sitemap / feed remembered in the crawl state (not a page row)
    stored = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    indexes = conn.execute("SELECT count(*) FROM list_pages WHERE page_type IN ('sitemap', 'feed')").fetchone()[0]
    assert stored + indexes == 5
    # the run stopped short: the next one resumes it (walks every list page again)
    assert conn.execute("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0] != "finished"
    conn.close()


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def hold_write_lock(db, seconds: float):
    """Another process takes the archive's write lock for ``seconds`` (returns once it holds it)."""
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def articles(db) -> set[str]:
    """The demo portal's articles archived (by path)."""
    conn = sqlite3.connect(db)
    try:
        return {"/" + u.split("/", 3)[3] for (u,) in conn.execute("SELECT url FROM article_urls")} & EXPECTED_ARTICLES
    finally:
        conn.close()


@pytest.fixture()
def portal():
    server = RecordingServer(None, free_port()).start()
    yield server
    server.stop()


SLOWISH = [*FAST, "-s", "DOWNLOAD_DELAY=0.05", "-s", "DOWNLOAD_DELAY_JITTER=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]


def test_a_write_lock_held_at_start_is_waited_for(portal, tmp_path):
    from archive.db import Archive

    db = tmp_path / "a.db"
    Archive(db, create=True).close()
    config = write_config(tmp_path / "demo.toml", portal.base_url)
    holder = hold_write_lock(db, 25)  # longer than two of SQLite's busy timeouts (10 s)
    try:
        result = govarchive("crawl", str(config), "--db", str(db), *FAST, timeout=300)
    finally:
        holder.wait()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert articles(db) == EXPECTED_ARTICLES


def test_a_write_lock_taken_mid_crawl_loses_nothing(portal, tmp_path):
    db = tmp_path / "a.db"
    config = write_config(tmp_path / "demo.toml", portal.base_url)
    log = tmp_path / "crawl.log"
    crawl = govarchive_popen("crawl", str(config), "--db", str(db), *SLOWISH, log=log)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not db.exists() or len(_quiet(articles, db)) < 5):
            time.sleep(0.2)
        holder = hold_write_lock(db, 15)  # longer than SQLite's busy timeout (10 s)
        holder.wait()
        assert crawl.wait(timeout=300) == 0, log.read_text(encoding="utf-8")[-3000:]
    finally:
        crawl.kill()
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text
    assert articles(db) == EXPECTED_ARTICLES


def test_pages_not_stored_are_reported_and_fetched_next_run(portal, tmp_path):
    db = tmp_path / "a.db"
    config = write_config(tmp_path / "demo.toml", portal.base_url)
    log = tmp_path / "crawl.log"
    # the archive waits at most 1 s for the lock: a 15 s lock makes pages fail to store
    crawl = govarchive_popen("crawl", str(config), "--db", str(db), *SLOWISH, "-s", "ARCHIVE_LOCK_WAIT=1", log=log)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not db.exists() or len(_quiet(articles, db)) < 5):
            time.sleep(0.2)
        holder = hold_write_lock(db, 15)
        code = crawl.wait(timeout=300)
        holder.wait()
    finally:
        crawl.kill()
    text = log.read_text(encoding="utf-8")
    assert code != 0, text[-3000:]  # never success
    assert "Traceback" not in text
    summary = [line for line in text.splitlines() if line.startswith("govarchive crawl: demo:") or "demo: " in line]
    assert any("NOT stored" in line for line in summary), text[-2000:]
    assert articles(db) < EXPECTED_ARTICLES  # some were fetched but not stored
    again = govarchive("crawl", str(config), "--db", str(db), *FAST, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert articles(db) == EXPECTED_ARTICLES  # the next run fetched what was not stored


def _quiet(fn, *args):
    try:
        return fn(*args)
    except sqlite3.Error:
        return set()
