"""Killing a worker and the writer in the middle of a distributed crawl loses nothing and
stores nothing twice (a real redis-server, real processes, SIGKILL).

The crawl is slowed (a download delay, one request at a time per worker) so that it can be
interrupted. While three workers crawl:

1. the writer is caught with a batch in hand -- a test connection holds the archive's write
   lock, so the writer waits inside its transaction with the batch in the processing list --
   and is killed with SIGKILL;
2. one worker is killed with SIGKILL while it holds requests it took from the frontier;
3. a new writer is started; it puts the unfinished batch back in the queue and goes on.

The two surviving workers requeue what the dead one had taken and finish the run. Then every
article of the portal is archived exactly once, ``PRAGMA integrity_check`` is ok, and nothing is
left in Redis: no processing list, no queued item, no dead letter, no taken request.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.distributed_kit import client, count, drained, log_text, stop, wait_all, wait_until, worker, writer
from tests.portal_faults import RecordingServer, free_port, write_config

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "crawler" / "demo_portal" / "expected.json").read_text(encoding="utf-8"))
SLOW = [
    "-s", "DOWNLOAD_DELAY=0.05", "-s", "DOWNLOAD_DELAY_JITTER=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
]
WORKER_ID = re.compile(r"(?:started|joined) run \d+ of demo as worker (\S+)")


def _worker_id(log: Path) -> str | None:
    match = WORKER_ID.search(log_text(log))
    return match.group(1) if match else None


@pytest.fixture(scope="module")
def killed(tmp_path_factory, redis_server):
    tmp = tmp_path_factory.mktemp("distributed-kill")
    url = redis_server.url
    r = client(url)
    db = tmp / "dist.db"
    server = RecordingServer(None, free_port()).start()
    out: dict = {"tmp": tmp, "url": url}
    try:
        config = write_config(tmp / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"])
        first_writer = writer(url, db, tmp / "writer1.log", "--batch-size", "5")
        workers = [worker(config, url, tmp / f"w{i}.log", *SLOW) for i in range(3)]
        wait_until(lambda: count(db, "SELECT count(*) FROM articles") >= 5, what="the first articles")

        # 1. the writer, blocked inside its transaction with a batch in hand, is killed
        blocker = sqlite3.connect(db, timeout=30)
        blocker.execute("BEGIN IMMEDIATE")
        wait_until(lambda: r.llen("govarchive:items:processing") > 0, what="a batch in the processing list")
        first_writer.send_signal(signal.SIGKILL)
        out["writer1_rc"] = first_writer.wait(timeout=10)
        out["in_processing"] = r.llen("govarchive:items:processing")
        out["articles_at_writer_kill"] = blocker.execute("SELECT count(*) FROM articles").fetchone()[0]
        blocker.rollback()
        blocker.close()

        # 2. a worker holding requests it took is killed
        victim_log = tmp / "w0.log"
        wait_until(lambda: _worker_id(victim_log) is not None, what="the victim's worker id")
        victim = _worker_id(victim_log)
        taken_key = next(iter(r.scan_iter(match=f"govarchive:site:demo:run:*:taken:{victim}")), None) or (
            f"govarchive:site:demo:run:1:taken:{victim}"
        )
        wait_until(lambda: r.hlen(taken_key) > 0, what="the victim to hold a request")
        workers[0].send_signal(signal.SIGKILL)
        out["victim_rc"] = workers[0].wait(timeout=10)
        out["victim"] = victim
        out["victim_taken"] = r.hlen(taken_key)

        # 3. a new writer takes over
        second_writer = writer(url, db, tmp / "writer2.log", "--batch-size", "5")
        out["survivor_codes"] = wait_all(workers[1:], timeout=180)
        wait_until(lambda: drained(url, run=1), timeout=60, what="the writer to ingest the run")
        out["writer2_rc"] = stop(second_writer)
        out["taken_left"] = sum(r.hlen(k) for k in r.scan_iter(match="govarchive:site:demo:run:*:taken:*"))
        out["processing_left"] = r.llen("govarchive:items:processing")
        out["queued_left"] = r.llen("govarchive:items")
        out["dead"] = [json.loads(x) for x in r.lrange("govarchive:items:dead", 0, -1)]
        out["run"] = {k.decode(): v.decode() for k, v in r.hgetall("govarchive:site:demo:run").items()}
    finally:
        server.stop()
    out["logs"] = {p.name: log_text(p) for p in tmp.glob("*.log")}
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out["conn"] = conn
    yield out
    conn.close()


def test_the_kills_happened_mid_crawl(killed):
    assert killed["writer1_rc"] == -signal.SIGKILL
    assert killed["in_processing"] > 0  # the killed writer had a batch in hand
    assert killed["victim_rc"] == -signal.SIGKILL
    assert killed["victim_taken"] > 0  # ... and the killed worker requests it had taken
    assert killed["articles_at_writer_kill"] < len(EXPECTED["articles"])


def test_the_survivors_and_the_new_writer_finish(killed):
    logs = killed["logs"]
    assert killed["survivor_codes"] == [0, 0], logs["w1.log"][-2000:] + logs["w2.log"][-2000:]
    assert killed["writer2_rc"] == 0, logs["writer2.log"][-3000:]
    assert re.search(r"recovered [1-9]\d* item\(s\) of an interrupted batch", logs["writer2.log"])
    survivors = logs["w1.log"] + logs["w2.log"]
    assert f"worker {killed['victim']} stopped answering" in survivors
    assert "go back to the frontier" in survivors
    assert killed["run"]["status"] == "finished"


def test_every_article_exactly_once(killed):
    conn = killed["conn"]
    stored = ["/" + r[0].split("/", 3)[3] for r in conn.execute("SELECT url FROM articles")]
    assert len(stored) == len(set(stored))
    assert set(stored) == set(EXPECTED["articles"])
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    twice = conn.execute(
        "SELECT url, count(*) FROM pages WHERE status = 200 GROUP BY url HAVING count(*) > 1"
    ).fetchall()
    assert not twice, [tuple(r) for r in twice]


def test_archive_is_sound_and_redis_is_empty(killed):
    assert killed["conn"].execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert killed["processing_left"] == 0
    assert killed["queued_left"] == 0
    assert killed["taken_left"] == 0
    assert killed["dead"] == []
    crawl = killed["conn"].execute("SELECT status, counts FROM crawls").fetchall()
    assert [r["status"] for r in crawl] == ["finished"]
    assert json.loads(crawl[0]["counts"])["outcome_new"] == len(EXPECTED["articles"])
