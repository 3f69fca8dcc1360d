"""A crawl killed with SIGKILL and started again continues where it stopped.

``govarchive crawl`` runs as a subprocess against the demo portal, slowed by a download delay;
once some articles are archived it is killed with SIGKILL (no chance to clean up). The second
run resumes from the archive (no JOBDIR): every article ends up archived exactly once, none is
lost, and articles archived before the kill are not fetched again.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.portal_faults import FAST, RecordingServer, free_port, govarchive, govarchive_popen, write_config

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))
KILL_AFTER_ARTICLES = 20
SLOW = [
    "-s",
    "DOWNLOAD_DELAY=0.1",
    "-s",
    "DOWNLOAD_DELAY_JITTER=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    "--progress",
    "plain",
]


def _count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # the tables are not created yet


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@pytest.fixture(scope="module")
def resumed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("resume")
    db = tmp / "archive.db"
    server = RecordingServer(None, free_port()).start()
    try:
        config = write_config(tmp / "demo.toml", server.base_url)
        proc = govarchive_popen("crawl", str(config), "--db", str(db), *SLOW, log=tmp / "first.log")
        deadline = time.monotonic() + 60
        while (
            _count_articles(db) < KILL_AFTER_ARTICLES and time.monotonic() < deadline and proc.poll() is None
        ):
            time.sleep(0.1)
        assert proc.poll() is None, "the first crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        conn = sqlite3.connect(db)
        before = {r[0] for r in conn.execute("SELECT url FROM article_urls")}
        conn.close()
        first_requests = dict(server.requests)
        server.reset_counts()
        second = govarchive("crawl", str(config), "--db", str(db), *FAST)
        second_requests = dict(server.requests)
    finally:
        server.stop()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {
        "before": before,
        "first": first_requests,
        "second": second_requests,
        "result": second,
        "conn": conn,
        "killed_rc": proc.returncode,
    }
    conn.close()


def test_first_crawl_was_killed_midway(resumed):
    assert resumed["killed_rc"] == -signal.SIGKILL
    assert KILL_AFTER_ARTICLES <= len(resumed["before"]) < len(EXPECTED["articles"])


def test_resumed_crawl_finishes_and_says_so(resumed):
    result = resumed["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert "resumed an unfinished crawl" in result.stderr
    runs = (
        resumed["conn"].execute("SELECT status, finished_at, resumed FROM crawl_runs ORDER BY id").fetchall()
    )
    assert [(r["status"], r["finished_at"] is None, r["resumed"]) for r in runs] == [
        ("interrupted", False, 0),
        ("finished", False, 1),
    ]
    # the archive's crawl rows say the same
    crawls = resumed["conn"].execute("SELECT status FROM crawls ORDER BY id").fetchall()
    assert [r["status"] for r in crawls] == ["interrupted", "finished"]


def test_nothing_lost(resumed):
    stored = {_path(r[0]) for r in resumed["conn"].execute("SELECT url FROM articles")}
    assert stored == set(EXPECTED["articles"]), sorted(set(EXPECTED["articles"]) - stored)[:5]


def test_nothing_archived_twice(resumed):
    conn = resumed["conn"]
    paths = [_path(r[0]) for r in conn.execute("SELECT url FROM articles")]
    assert len(paths) == len(set(paths))
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    twice = conn.execute(
        "SELECT url, count(*) n FROM pages WHERE page_type = 'article' AND status = 200 "
        "GROUP BY url HAVING n > 1"
    ).fetchall()
    assert not twice, [tuple(r) for r in twice][:5]


def test_articles_archived_before_the_kill_are_not_fetched_again(resumed):
    again = {_path(u) for u in resumed["before"]} & set(resumed["second"])
    assert not again, sorted(again)[:5]
    # ... while those the first run never reached were
    missing_before = set(EXPECTED["articles"]) - {_path(u) for u in resumed["before"]}
    assert missing_before and missing_before <= set(resumed["second"])
