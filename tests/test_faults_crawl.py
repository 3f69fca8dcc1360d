"""Issue 15, the crawl's side: limits the user sets are limits, and a write lock held by another
process neither loses a page nor lets a failure pass as success."""
from __future__ import annotations

import sqlite3

from tests.portal_faults import FAST, RecordingServer, free_port, govarchive, write_config


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
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 5
    # the run stopped short: the next one resumes it (walks every list page again)
    assert conn.execute("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0] != "finished"
    conn.close()
