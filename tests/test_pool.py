"""The extraction pool (crawler/pool.py): real worker processes under a real Twisted reactor.

Each scenario runs in a child Python process of its own (a reactor runs once per process), which
prints what happened as JSON: results in order, a task that outlives its timeout, a worker that
dies under a task, workers replaced after ``max_tasks``, a closed pool, and workers that do not
outlive a crawl killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAGE = (
    "<html><head><title>关于开展安全检查的通知_清河县</title></head><body><h1>关于开展安全检查的通知</h1>"
    "<div id='zoom'><p>各单位：为做好冬季安全工作，现将有关事项通知如下。</p></div></body></html>"
)

HEADER = textwrap.dedent(
    f"""
    import json, os, sys, time
    from twisted.internet import reactor, defer
    from crawler.pool import PagePool, PageTaskError
    PAGE = {PAGE!r}.encode("utf-8")

    def article(i):
        return ("extract_page", PAGE, f"http://x.gov.cn/t20231122_{{i}}.html", {{}}, None, None, "article")

    def outcome(result):
        ok, value = result
        if ok:
            return value["article"]["url"] if isinstance(value, dict) and value.get("article") else value
        return type(value.value).__name__ + ": " + str(value.value)

    def run(scenario):
        out = {{}}
        def go():
            d = defer.ensureDeferred(scenario(out))
            d.addErrback(lambda f: out.setdefault("crash", f.getTraceback()))
            d.addBoth(lambda _: reactor.stop())
        reactor.callWhenRunning(go)
        reactor.run()
        print(json.dumps(out))
    """
)


def scenario(body: str, timeout: int = 120) -> dict:
    code = HEADER + textwrap.dedent(body)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "crash" not in out, out["crash"]
    return out


def test_pages_come_back_extracted_and_in_the_right_order():
    out = scenario(
        """
        async def main(out):
            pool = PagePool(2, timeout=60).start()
            results = await defer.DeferredList([pool.submit(*article(i)) for i in range(12)], consumeErrors=True)
            out["urls"] = [outcome(r) for r in results]
            out["tasks"] = pool.tasks
            pool.close()
        run(main)
        """
    )
    assert out["urls"] == [f"http://x.gov.cn/t20231122_{i}.html" for i in range(12)]
    assert out["tasks"] == 12


def test_a_task_past_its_timeout_fails_alone_and_its_worker_is_replaced():
    out = scenario(
        """
        async def main(out):
            pool = PagePool(1, timeout=1.5).start()
            started = time.monotonic()
            stuck = pool.submit("sleep", 60)
            after = [pool.submit(*article(i)) for i in range(3)]
            results = await defer.DeferredList([stuck, *after], consumeErrors=True)
            out["results"] = [outcome(r) for r in results]
            out["took"] = time.monotonic() - started
            out["timeouts"], out["workers"] = pool.timeouts, len(pool.workers)
            pool.close()
        run(main)
        """
    )
    assert out["results"][0] == "PageTaskError: extraction timed out after 1.5 s (worker killed)"
    assert out["results"][1:] == [f"http://x.gov.cn/t20231122_{i}.html" for i in range(3)]
    assert out["took"] < 50  # the stuck task did not run to its end
    assert out["timeouts"] == 1 and out["workers"] == 1


def test_a_worker_that_dies_under_a_task_costs_that_task_only():
    out = scenario(
        """
        async def main(out):
            pool = PagePool(2, timeout=60).start()
            tasks = [pool.submit(*article(0)), pool.submit("die", 7), pool.submit(*article(1)), pool.submit("die", -9)]
            tasks += [pool.submit(*article(i)) for i in range(2, 6)]
            results = await defer.DeferredList(tasks, consumeErrors=True)
            out["results"] = [outcome(r) for r in results]
            out["crashes"], out["workers"] = pool.crashes, len(pool.workers)
            pool.close()
        run(main)
        """
    )
    results = out["results"]
    assert results[1] == "PageTaskError: extraction worker died (exit code 7)"
    assert results[3].startswith("PageTaskError: extraction worker died")
    assert [results[0], results[2], *results[4:]] == [f"http://x.gov.cn/t20231122_{i}.html" for i in range(6)]
    assert out["crashes"] == 2 and out["workers"] == 2


def test_a_task_that_raises_is_an_error_of_that_task():
    out = scenario(
        """
        async def main(out):
            pool = PagePool(1, timeout=60).start()
            results = await defer.DeferredList(
                [pool.submit("sleep", "not a number"), pool.submit(*article(1))],
                consumeErrors=True)
            out["results"] = [outcome(r) for r in results]
            pool.close()
        run(main)
        """
    )
    assert out["results"][0].startswith("RuntimeError: TypeError: ")
    assert out["results"][1] == "http://x.gov.cn/t20231122_1.html"


def test_workers_are_replaced_after_max_tasks_and_a_closed_pool_fails_what_is_left():
    out = scenario(
        """
        async def main(out):
            pool = PagePool(1, timeout=60, max_tasks=3).start()
            pids = set()
            for i in range(7):
                await pool.submit(*article(i))
                pids.update(w.process.pid for w in pool.workers)
            out["restarts"], out["pids"] = pool.restarts, len(pids)
            queued = [pool.submit("sleep", 30), pool.submit(*article(9))]
            pool.close()
            results = await defer.DeferredList(queued, consumeErrors=True)
            out["closed"] = [outcome(r) for r in results]
            try:
                await pool.submit(*article(10))
                out["after"] = "stored"
            except PageTaskError as exc:
                out["after"] = f"PageTaskError: {exc}"
        run(main)
        """
    )
    assert out["restarts"] == 2 and out["pids"] == 3
    assert out["closed"] == ["PageTaskError: the extraction pool was closed"] * 2
    assert out["after"] == "PageTaskError: the extraction pool was closed"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_do_not_outlive_a_crawl_killed_with_sigkill(tmp_path):
    code = HEADER + textwrap.dedent(
        """
        def main():
            pool = PagePool(2, timeout=0).start()
            pool.submit("sleep", 300)  # a worker stuck in a page
            def report():
                if len(pool.idle) + sum(1 for w in pool.workers if w.task) < 2:
                    reactor.callLater(0.1, report)
                    return
                print(json.dumps([w.process.pid for w in pool.workers]), flush=True)
            reactor.callLater(0.1, report)
        reactor.callWhenRunning(main)
        reactor.run()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        pids = json.loads(proc.stdout.readline())
        assert len(pids) == 2 and all(_alive(p) for p in pids)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in pids)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_writer_stores_a_batch_and_records_a_page_the_archive_refuses_as_an_error(tmp_path):
    """crawler.workers.store_pages (the writer process's task), on a real archive file."""
    from archive.db import Archive
    from crawler.workers import store_pages

    db = tmp_path / "archive.db"
    archive = Archive(db, create=True)
    crawl = archive.start_crawl("demo", {})
    archive.close()

    def page(n: int, **extra) -> dict:
        url = f"http://x.gov.cn/t20231122_{n}.html"
        return {"site": "demo", "url": url, "body": PAGE.encode("utf-8"), "fetched_at": "2026-01-01T00:00:00Z",
                "page_type": "article", "article": {"url": url, "title": f"通知{n}", "body": f"正文{n}"}, **extra}

    refused = page(2, status={"not": "bindable"})  # SQLite cannot bind a dict: this page alone fails
    out = store_pages(str(db), crawl, [page(1), refused, page(3)])
    assert out["outcomes"] == ["new", "failed", "new"]
    assert list(out["errors"]) == [1] and out["recorded"] == [1]
    conn = sqlite3.connect(db)
    try:
        assert {r[0] for r in conn.execute("SELECT url FROM articles")} == {
            "http://x.gov.cn/t20231122_1.html", "http://x.gov.cn/t20231122_3.html"}
        error = conn.execute("SELECT error FROM pages WHERE url = 'http://x.gov.cn/t20231122_2.html'").fetchone()[0]
        assert error.startswith("store failed: ")
    finally:
        conn.close()
