"""The parts of distributed crawling one at a time, on a real redis-server and real SQLite files:

- runs: join or start, the reliable frontier (take, acknowledge, requeue a dead worker's
  requests with their priority), finishing exactly once, a worker leaving early, an abandoned
  run closed and resumed by the next one, latecomers, waiting for the writer's state;
- the writer: malformed items dead-lettered with their reason while the rest is stored; a
  batch committed but not acknowledged (the writer killed in between) stored once; one writer
  at a time;
- bad input at the command line: an unreachable Redis or a bad URL is one line and exit 1;
- the examples in the modules' docstrings.
"""

from __future__ import annotations

import doctest
import importlib
import json
import signal
import time
from datetime import UTC, datetime

import pytest

from crawler.distributed import codec
from crawler.distributed.ingest import Writer
from crawler.distributed.keys import Keys
from crawler.distributed.runs import Heartbeat, RunCoordinator
from crawler.distributed.state import load_state
from tests.distributed_kit import client, log_text, popen, stop, wait_until
from tests.portal_faults import free_port, govarchive, write_config

SITE = "demo"


@pytest.fixture
def r(redis_server):
    conn = client(redis_server.url)
    conn.flushall()
    yield conn
    conn.close()


def coordinator(r, worker, **kw):
    options = {"timeout": 3.0, "state_wait": 0.3, "run_ttl": 60, "poll": 0.05, "gap": 0, **kw}
    return RunCoordinator(r, Keys(), SITE, worker, **options)


def beat(r, worker, ago=0.0):
    """A heartbeat of ``worker``, ``ago`` seconds old."""
    now = float(r.time()[0])
    r.zadd("govarchive:workers", {worker: now - ago})


def queue(r):
    return [codec.read_message(m) for m in r.lrange("govarchive:items", 0, -1)]


# ------------------------------------------------------------------------------------------ runs


def test_first_worker_starts_a_run_the_next_joins(r):
    beat(r, "a")
    a = coordinator(r, "a")
    run = a.start({"name": SITE})
    assert (run.id, run.created, run.resumed) == (1, True, False)
    beat(r, "b")
    joined = coordinator(r, "b").start({"name": SITE})
    assert (joined.id, joined.uid, joined.created) == (1, run.uid, False)
    (start,) = queue(r)
    assert start["kind"] == "run_start" and start["run_uid"] == run.uid and start["config"] == {"name": SITE}
    assert r.hget("govarchive:items:pending", SITE) == b"1"


def test_taken_requests_go_back_with_their_priority_when_a_worker_dies(r):
    beat(r, "a")
    beat(r, "b")
    a, b = coordinator(r, "a"), coordinator(r, "b")
    run = a.start({})
    b.start({})
    r.zadd(run.keys.requests, {b"low": 0, b"high": -10})
    assert a.pop(run, "1") == b"high"  # best priority first
    assert a.pop(run, "2") == b"low"
    assert a.pop(run, "3") is None
    assert r.hlen(run.keys.taken("a")) == 2
    a.ack(run, ["2"])
    assert b.recover_dead(run) == 0  # a is alive: nothing to take from it
    beat(r, "a", ago=5)  # a stops answering
    assert b.dead_workers(run) == ["a"]
    assert b.recover_dead(run) == 1
    assert r.zrange(run.keys.requests, 0, -1, withscores=True) == [(b"high", -10.0)]
    assert not r.exists(run.keys.taken("a")) and r.hkeys(run.keys.workers) == [b"b"]


def test_the_run_finishes_once_when_everyone_is_idle(r):
    beat(r, "a")
    beat(r, "b")
    a, b = coordinator(r, "a"), coordinator(r, "b")
    run = a.start({})
    b.start({})
    r.zadd(run.keys.requests, {b"x": 0})
    assert a.try_finish(run) == "pending"
    assert a.pop(run, "1") == b"x"
    assert b.try_finish(run) == "busy"  # a holds a request and is busy
    a.ack(run, ["1"])
    a.add_stats(run, {"requests": 3, "queued": 2}, ["http://x/1.html"], [])
    b.add_stats(run, {"requests": 4}, ["http://x/1.html", "http://x/2.html"], ["http://x/3.html"])
    assert b.try_finish(run) == "busy"  # a has not said it is idle
    # both see the run ready at once; only one of them finishes it
    keys = [a.keys.site_run(SITE), run.keys.requests, run.keys.workers, a.keys.workers, a.keys.items, a.keys.pending]
    check = ["a", 3.0, run.keys.taken_prefix, str(run.id), "", SITE, ""]
    assert a._finish(keys=keys, args=check) == b"ready"
    assert b._finish(keys=keys, args=["b", *check[1:]]) == b"ready"
    assert a.try_finish(run) == "finished"
    late = b._finish(keys=keys, args=["b", 3.0, run.keys.taken_prefix, str(run.id), "late run_end", SITE, "t"])
    assert late == b"ended:finished"  # b's own finish comes too late: no second run_end
    assert b.try_finish(run) == "done"
    ends = [m for m in queue(r) if m["kind"] == "run_end"]
    assert len(ends) == 1
    assert ends[0]["status"] == "finished"
    assert ends[0]["stats"] == {"requests": 7, "queued": 2, "skipped_known": 2, "revisits": 1}
    assert r.hget("govarchive:site:demo:run", "status") == b"finished"
    assert 0 < r.ttl(run.keys.seen) <= 60 or not r.exists(run.keys.seen)


def test_a_worker_leaving_early_closes_its_run_and_the_next_resumes(r):
    beat(r, "a")
    a = coordinator(r, "a")
    run = a.start({})
    r.zadd(run.keys.requests, {b"left over": 0})
    assert a.pop(run, "1") == b"left over"
    a.leave(run, "closespider_pagecount")
    assert r.zrange(run.keys.requests, 0, -1) == [b"left over"]  # back in the frontier first
    end = queue(r)[-1]
    assert end["kind"] == "run_end" and end["status"] == "closespider_pagecount"
    beat(r, "b")
    nxt = coordinator(r, "b").start({})
    assert (nxt.id, nxt.created, nxt.resumed) == (2, True, True)
    assert not r.exists(nxt.keys.requests) and not r.exists(nxt.keys.seen)


def test_a_run_whose_workers_all_died_is_closed_and_resumed(r):
    beat(r, "a")
    dead = coordinator(r, "a").start({})
    r.sadd(dead.keys.seen, "fp1", "fp2")
    beat(r, "a", ago=10)
    beat(r, "b")
    nxt = coordinator(r, "b").start({})
    assert (nxt.id, nxt.resumed) == (2, True)
    kinds = [(m["kind"], m["run"], m.get("status")) for m in queue(r)]
    assert kinds == [("run_start", 1, None), ("run_end", 1, "interrupted"), ("run_start", 2, None)]
    assert r.scard(nxt.keys.seen) == 0  # the new run's seen-set starts empty
    assert 0 < r.ttl(dead.keys.seen) <= 60  # the old one expires


def test_a_latecomer_does_not_start_another_run(r):
    beat(r, "a")
    a = coordinator(r, "a", gap=30)
    run = a.start({})
    assert a.try_finish(run) == "finished"
    beat(r, "b")
    late = coordinator(r, "b", gap=30).start({})
    assert late.over and late.id == run.id
    assert coordinator(r, "c", gap=0).start({}).id == 2  # with no gap it would have


def test_a_new_run_waits_for_the_writer_to_publish_the_state(r, caplog):
    beat(r, "a")
    a = coordinator(r, "a")
    run = a.start({})
    a.try_finish(run)
    started = time.monotonic()
    with caplog.at_level("WARNING"):
        coordinator(r, "b", state_wait=0.4).start({})
    assert time.monotonic() - started >= 0.4
    assert "does not cover run 1" in caplog.text
    r.hset("govarchive:site:demo:state:meta", mapping={"last_run_uid": "whatever"})
    b = coordinator(r, "b")
    run2 = RunCoordinator(r, Keys(), SITE, "b", state_wait=5).current()
    assert run2["id"] == "2"
    assert b.state_covers("whatever")


def test_heartbeat_marks_the_worker_alive(r):
    hb = Heartbeat(r, Keys(), "w1", 0.05, {"host": "h", "pid": "1"}).start()
    try:
        first = r.zscore("govarchive:workers", "w1")
        time.sleep(0.2)
        assert r.zscore("govarchive:workers", "w1") > first
        assert r.hget("govarchive:worker:w1", "host") == b"h"
    finally:
        hb.stop()


# ---------------------------------------------------------------------------------------- writer


def _page(url, body="<html><body><p>正文</p></body></html>", **extra):
    page = {
        "site": SITE, "url": url, "final_url": url, "status": 200, "headers": {"Content-Type": "text/html"},
        "body": body.encode("utf-8"), "fetched_at": "2026-01-02T03:04:05Z", "page_type": "article",
        "decoded": {"encoding": "utf-8", "source": "header", "declared": {}, "undecodable": 0, "mislabelled": False},
        "article": {"url": url, "title": "标题 " + url[-6:], "body": "正文 " + url, "published": "2026-01-01"},
    }
    page.update(extra)
    return page


def _push(r, *messages):
    for m in messages:
        r.rpush("govarchive:items", m)
        r.hincrby("govarchive:items:pending", SITE, 1)


def _run_messages(uid="u1", pages=3):
    start = codec.run_start_message(site=SITE, run=1, run_uid=uid, started_at="2026-01-02T03:00:00Z", config={}, resumed=False)
    items = [codec.page_message(_page(f"http://x.gov.cn/a/{i}.html"), run=1, run_uid=uid) for i in range(pages)]
    end = codec.run_end_message(site=SITE, run=1, run_uid=uid, finished_at="2026-01-02T04:00:00Z", status="finished",
                                stats={"requests": pages})
    return start, items, end


def _db(path):
    import sqlite3

    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def test_malformed_items_are_dead_lettered_and_the_rest_is_stored(r, tmp_path):
    start, items, end = _run_messages()
    good = json.loads(items[1])
    bad_body = dict(good, page=dict(good["page"], body="not base64!"))
    refused = codec.page_message(_page("http://x.gov.cn/a/9.html", article={"title": "t", "body": "b", "published": ["2026"]}),
                                 run=1, run_uid="u1")
    _push(r, start, items[0])
    # garbage no worker of ours would push (so not counted as pending), then what one might
    r.rpush("govarchive:items", b"\xff\xfe not json", json.dumps({"v": 99, "kind": "page"}).encode())
    _push(r, json.dumps(bad_body).encode(), refused, items[1], items[2], end)
    db = tmp_path / "a.db"
    report = Writer(r, Keys(), str(db), batch_size=4, idle_exit=0.2, block=0.1).run()
    assert report.dead == 4 and report.outcomes["new"] == 3
    dead = [json.loads(x) for x in r.lrange("govarchive:items:dead", 0, -1)]
    reasons = [d["reason"] for d in dead]
    assert reasons[0].startswith("not UTF-8") and "item_base64" in dead[0]
    assert reasons[1] == "unknown message version 99 (this govarchive reads 1)"
    assert reasons[2].startswith("page.body is not valid base64")
    assert reasons[3].startswith("store failed: ") and dead[3]["item"] == refused.decode("utf-8")
    assert r.llen("govarchive:items") == 0 and r.llen("govarchive:items:processing") == 0
    assert r.hget("govarchive:items:pending", SITE) == b"0"
    conn = _db(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert conn.execute("SELECT status FROM crawls").fetchone()[0] == "finished"
    assert r.hget("govarchive:writer", "dead") == b"4"


def test_a_batch_committed_but_not_acknowledged_is_stored_once(r, tmp_path):
    start, items, end = _run_messages(pages=5)
    _push(r, start, *items, end)
    db = tmp_path / "a.db"
    first = Writer(r, Keys(), str(db), batch_size=100, publish=False)
    first.acquire()
    first.open()
    batch = first.store(first.take())  # committed ...
    assert batch is not None and len(batch.raw) == 7
    first.close()  # ... and the writer dies before acknowledging it
    first._released.set()
    r.delete("govarchive:writer:lock")
    assert r.llen("govarchive:items:processing") == 7
    report = Writer(r, Keys(), str(db), idle_exit=0.2, block=0.1).run()
    assert report.recovered == 7 and report.duplicates == 7 and not report.outcomes
    conn = _db(db)
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM crawls").fetchone()[0] == 1
    assert r.llen("govarchive:items:processing") == 0
    # the state it published says what the archive holds, after run 1
    state = load_state(r, Keys(), SITE)
    assert len(state.known) == 5 and state.meta["last_run"] == "1" and state.meta["unfinished"] == "0"
    entry = state.known["http://x.gov.cn/a/0.html"]  # what a revisit plan reads, as a local crawl has it
    assert (entry["state"], entry["published"], entry["last_seen"]) == ("live", "2026-01-01", "2026-01-02T03:04:05Z")


def test_one_writer_at_a_time(redis_server, r, tmp_path):
    log = tmp_path / "w1.log"
    first = popen("ingest", "--redis", redis_server.url, "--db", str(tmp_path / "a.db"), log=log)
    try:
        wait_until(lambda: r.exists("govarchive:writer:lock"), what="the first writer's lock")
        second = govarchive("ingest", "--redis", redis_server.url, "--db", str(tmp_path / "b.db"), "--exit-when-idle", "1")
        assert second.returncode == 75
        assert second.stderr.startswith("Error: another writer (") and second.stderr.count("\n") == 1
    finally:
        assert stop(first) == 0, log_text(log)
    assert not r.exists("govarchive:writer:lock")
    assert "ingested 0 items" in log_text(log)


# ------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("command", ["crawl", "ingest", "status"])
def test_unreachable_redis_is_one_line(command, tmp_path):
    url = f"redis://127.0.0.1:{free_port()}/0"
    config = write_config(tmp_path / "demo.toml", "http://127.0.0.1:1")
    args = {"crawl": ["crawl", str(config)], "ingest": ["ingest", "--db", str(tmp_path / "a.db")], "status": ["status"]}
    result = govarchive(*args[command], "--redis", url)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: cannot reach Redis at {url}: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_a_bad_redis_url_is_one_line():
    result = govarchive("status", "--redis", "http://127.0.0.1:6379/")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: bad Redis URL 'http://127.0.0.1:6379/': ") and result.stderr.count("\n") == 1


def test_status_of_an_empty_redis(redis_server, r):
    result = govarchive("status", "--redis", redis_server.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "no site has been crawled through this Redis yet"
    assert "writer: not running; last commit never" in result.stdout


def test_codec_refuses_what_the_writer_could_not_store():
    good = json.loads(codec.page_message(_page("http://x/1.html") | {"fetched_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")},
                                         run=1, run_uid="u"))
    cases = {
        "page: 'url' 'ftp://x' is not an http(s) URL": dict(good, page=dict(good["page"], url="ftp://x")),
        "page: unknown page_type 'blog'": dict(good, page=dict(good["page"], page_type="blog")),
        "page: 'status' is str, not int": dict(good, page=dict(good["page"], status="200")),
        "page: missing 'fetched_at'": dict(good, page={k: v for k, v in good["page"].items() if k != "fetched_at"}),
        "page: 'run' is str, not int": dict(good, run="1"),
        "unknown kind 'pages'": dict(good, kind="pages"),
        "page.body has 3 bytes, the worker sent 4": dict(good, page=dict(good["page"], size=4, body=codec._pack_body(b"abc"))),
    }
    for reason, msg in cases.items():
        with pytest.raises(codec.MalformedItem) as exc:
            codec.read_message(json.dumps(msg))
        assert str(exc.value) == reason
    assert codec.read_message(json.dumps(good))["page"]["url"] == "http://x/1.html"


def test_a_run_end_carries_the_runs_discovery_report_and_older_ones_are_still_read():
    rows = [{"kind": "column", "column": "http://x/zwyw/", "pages_reached": 3, "shortfall": None}]
    end = json.loads(codec.run_end_message(site=SITE, run=1, run_uid="u", finished_at="2026-01-02T04:00:00Z",
                                           status="finished", stats={}, discovery=rows))
    assert codec.read_message(json.dumps(end))["discovery"] == rows
    older = {k: v for k, v in end.items() if k != "discovery"}  # a worker of the version before
    assert codec.read_message(json.dumps(older))["discovery"] == []
    for bad in ([{"column": "x"}], ["column"], {"kind": "column"}):  # a row without its kind, not a row, not a list
        with pytest.raises(codec.MalformedItem, match="'discovery' is not a list of report rows"):
            codec.read_message(json.dumps(dict(end, discovery=bad)))


@pytest.mark.parametrize("name", [
    "crawler.distributed.codec", "crawler.distributed.keys", "crawler.distributed.ingest",
    "crawler.distributed.status", "crawler.distributed.worker", "crawler.distributed.ledger", "archive.batch",
])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_sigterm_stops_the_writer_after_its_batch(redis_server, r, tmp_path):
    log = tmp_path / "w.log"
    start, items, end = _run_messages(pages=2)
    _push(r, start, *items, end)
    proc = popen("ingest", "--redis", redis_server.url, "--db", str(tmp_path / "a.db"), log=log)
    wait_until(lambda: r.llen("govarchive:items") == 0 and r.llen("govarchive:items:processing") == 0, what="ingest")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert "ingested 4 items" in log_text(log) and "runs closed: demo #1" in log_text(log)


# ------------------------------------------------------------------------------ the batch API


def test_store_batch_commits_many_pages_once_each(tmp_path):
    from archive.batch import BatchItem, crawl_state_for, store_batch
    from archive.db import Archive

    with Archive(tmp_path / "a.db", create=True) as archive:
        state = crawl_state_for(archive)
        crawl = archive.start_crawl("demo", {})
        pages = [_page(f"http://x.gov.cn/a/{i}.html") for i in range(4)]
        broken = _page("http://x.gov.cn/a/9.html", article={"title": "t", "body": "b"})  # no url: refused
        items = [BatchItem(crawl, p, key=f"k{i}") for i, p in enumerate(pages)]
        first = store_batch(archive, [*items[:2], BatchItem(crawl, broken, key="bad"), *items[2:]], state)
        assert first.outcomes == ["new", "new", "failed", "new", "new"]
        assert first.errors == {2: "store failed: ArchiveError: article record has no url"}
        again = store_batch(archive, [*items, BatchItem(crawl, pages[0])], state)  # handed over again
        assert again.outcomes == ["duplicate"] * 4 + ["unchanged"]  # a page without a key is stored again
        assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        assert archive.conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 5
        assert archive.conn.execute("SELECT count(*) FROM stored_items").fetchone()[0] == 4
        assert not archive.conn.execute("SELECT count(*) FROM pages WHERE url LIKE '%/9.html'").fetchone()[0]


def test_a_worker_that_loses_redis_stops_with_one_reason(tmp_path):
    """Redis goes away mid-crawl: the worker stops (exit 1, "Redis unavailable"), it does not hang."""
    from tests.portal_faults import RecordingServer
    from tests.redis_server import RedisServer

    server = RecordingServer(None, free_port()).start()
    own = RedisServer(tmp_path / "redis").start()
    proc = None
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url)
        log = tmp_path / "w.log"
        proc = popen("crawl", str(config), "--redis", own.url, "-s", "DOWNLOAD_DELAY=0.2", "-s", "DOWNLOAD_DELAY_JITTER=0",
                     "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "AUTOTHROTTLE_ENABLED=False", "--progress", "plain",
                     log=log)
        conn = client(own.url)
        wait_until(lambda: conn.llen("govarchive:items") >= 3, what="the first pages")
        own.stop()
        assert proc.wait(timeout=60) == 1
    finally:
        if proc is not None and proc.poll() is None:  # it hung: not left behind
            proc.kill()
            proc.wait()
        own.stop()
        server.stop()
    text = log_text(log)
    assert "lost the connection to Redis" in text
    assert text.rstrip().splitlines()[-1].endswith("(Redis unavailable)")
