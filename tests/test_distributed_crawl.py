"""Distributed crawling on a real redis-server: three workers and one writer crawl the demo
portal twice, beside a single-process crawl of the same portal.

- the archive the writer builds holds every article once, with the same text, versions,
  encodings and attachment files as the single-process crawl's archive;
- every worker took part (the portal answers with a little latency, so the crawl lasts long
  enough for three processes to join);
- a second crawl of the unchanged portal through Redis (a new run: new frontier, new seen-set,
  the archive's state published by the writer) sends at most 10% of the first crawl's requests;
- ``govarchive status`` reports the runs, the seen-sets, the writer's commits.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from tests.distributed_kit import (
    RUN_GAP,
    count,
    drained,
    log_text,
    stop,
    wait_all,
    wait_until,
    worker,
    writer,
)
from tests.portal_faults import FAST, RecordingServer, free_port, govarchive, write_config

WORKERS = 3
LATENCY = 0.03  # seconds per response


def _slow(handler, path):
    time.sleep(LATENCY)
    return False  # then serve normally


def _snapshot(server) -> dict:
    snap = {"total": server.total(), "requests": dict(server.requests), "not_modified": server.total(304)}
    server.reset_counts()
    return snap


@pytest.fixture(scope="module")
def crawls(tmp_path_factory, redis_server):
    tmp = tmp_path_factory.mktemp("distributed")
    url = redis_server.url
    server = RecordingServer(None, free_port()).start()
    server.faults["*"] = _slow
    out = {"tmp": tmp, "url": url}
    try:
        config = write_config(
            tmp / "demo.toml", server.base_url, sitemaps=[server.base_url + "/sitemap.xml"], download_attachments=True
        )
        out["local"] = govarchive("crawl", str(config), "--db", str(tmp / "local.db"), *FAST)
        out["local_requests"] = _snapshot(server)
        db = tmp / "dist.db"
        ingest = writer(url, db, tmp / "writer.log")
        try:
            for n in (1, 2):
                procs = [
                    worker(config, url, tmp / f"run{n}-w{i}.log", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
                    for i in range(WORKERS)
                ]
                out[f"codes{n}"] = wait_all(procs)
                wait_until(lambda n=n: drained(url, run=n), what=f"the writer to ingest run {n}")
                time.sleep(RUN_GAP)  # the next crawl is a new run, not latecomers to this one
                out[f"requests{n}"] = _snapshot(server)
                out[f"status{n}"] = govarchive("status", "--redis", url, "--json")
        finally:
            out["writer_rc"] = stop(ingest)
    finally:
        server.stop()
    out["writer_log"] = log_text(tmp / "writer.log")
    out["logs"] = {n: [log_text(tmp / f"run{n}-w{i}.log") for i in range(WORKERS)] for n in (1, 2)}
    yield out


def _connect(path):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def test_workers_and_writer_exit_cleanly(crawls):
    assert crawls["local"].returncode == 0, crawls["local"].stderr[-2000:]
    for n in (1, 2):
        assert crawls[f"codes{n}"] == [0] * WORKERS, "\n".join(log[-2000:] for log in crawls["logs"][n])
    assert crawls["writer_rc"] == 0, crawls["writer_log"][-3000:]
    assert "Traceback" not in crawls["writer_log"]
    assert "runs closed: demo #1, demo #2" in crawls["writer_log"]
    for log in crawls["logs"][2]:  # every worker of the second crawl was in run 2 (or came just after it)
        line = log.splitlines()[-1]
        assert " in run 2: " in line, line


def test_every_worker_took_part_and_says_how_the_run_ended(crawls):
    logs = crawls["logs"][1]
    queued = []
    for log in logs:
        line = next(ln for ln in log.splitlines() if ln.startswith("demo: worker "))
        assert " in run 1: " in line
        queued.append(int(line.split(" items queued")[0].rsplit(" ", 1)[1]))
    assert all(n > 0 for n in queued), queued
    endings = [log.splitlines()[-1].rsplit("(", 1)[1] for log in logs]
    assert endings.count("finished the run)") == 1, endings
    assert endings.count("run finished)") == WORKERS - 1, endings


def test_every_article_archived_once_as_in_a_single_process_crawl(crawls):
    local, dist = _connect(crawls["tmp"] / "local.db"), _connect(crawls["tmp"] / "dist.db")
    fields = "url, title, published, source, author, body, version, footer, meta, attachments"
    mine = {r["url"]: dict(r) for r in dist.execute(f"SELECT {fields} FROM articles")}
    theirs = {r["url"]: dict(r) for r in local.execute(f"SELECT {fields} FROM articles")}
    assert len(theirs) == 73
    assert mine == theirs
    assert dist.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    assert dist.execute("SELECT count(*) FROM article_urls").fetchone()[0] == local.execute(
        "SELECT count(*) FROM article_urls"
    ).fetchone()[0]
    twice = dist.execute(
        "SELECT url FROM pages WHERE status = 200 GROUP BY url HAVING count(*) > 1"
    ).fetchall()
    assert not twice, [r[0] for r in twice]


def test_encodings_and_captures_are_the_same(crawls):
    query = (
        "SELECT url, page_type, status, encoding, encoding_source, declared, mislabelled, sha256 FROM pages "
        "WHERE crawl_id = (SELECT min(id) FROM crawls)"
    )
    local = {tuple(r) for r in _connect(crawls["tmp"] / "local.db").execute(query)}
    dist = {tuple(r) for r in _connect(crawls["tmp"] / "dist.db").execute(query)}
    assert dist == local
    assert {r[3] for r in dist} >= {"utf-8", "gb18030", "big5hkscs"}


def test_attachment_files_are_the_same(crawls):
    query = "SELECT url, sha256, article_url FROM attachment_files"
    local = {tuple(r) for r in _connect(crawls["tmp"] / "local.db").execute(query)}
    dist = {tuple(r) for r in _connect(crawls["tmp"] / "dist.db").execute(query)}
    assert len(local) >= 10
    assert dist == local
    blobs = "SELECT sha256, size, length(body) FROM attachment_blobs"
    assert {tuple(r) for r in _connect(crawls["tmp"] / "dist.db").execute(blobs)} == {
        tuple(r) for r in _connect(crawls["tmp"] / "local.db").execute(blobs)
    }


def test_crawl_rows_carry_the_runs_counts(crawls):
    conn = _connect(crawls["tmp"] / "dist.db")
    rows = conn.execute("SELECT status, counts FROM crawls ORDER BY id").fetchall()
    assert [r["status"] for r in rows] == ["finished", "finished"]
    first, second = (json.loads(r["counts"]) for r in rows)
    assert first["outcome_new"] == 73 and first["pages"] == first["queued"]
    assert first["requests"] == crawls["requests1"]["total"]
    assert second["skipped_known"] == 73 and second.get("outcome_new", 0) == 0
    runs = conn.execute("SELECT status, resumed FROM crawl_runs ORDER BY id").fetchall()
    assert [tuple(r) for r in runs] == [("finished", 0), ("finished", 0)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_second_crawl_through_redis_is_incremental(crawls):
    first, second = crawls["requests1"], crawls["requests2"]
    assert first["total"] >= 100
    assert second["total"] <= 0.10 * first["total"], (second["total"], first["total"], second["requests"])
    # robots.txt once per run, not once per worker
    assert first["requests"]["/robots.txt"] == 1 and second["requests"].get("/robots.txt", 0) <= 1
    # the column pages were asked "changed since?" and answered 304
    assert second["not_modified"] >= 8
    conn = _connect(crawls["tmp"] / "dist.db")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 73


def test_status_reports_the_runs_and_the_writer(crawls):
    for n in (1, 2):
        result = crawls[f"status{n}"]
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        (site,) = data["sites"]
        assert site["site"] == "demo" and site["run"] == n and site["run_status"] == "finished"
        assert site["queued"] == 0 and site["taken"] == 0 and site["waiting_for_writer"] == 0
        assert site["state_last_run"] == n and site["state_known"] == 73
        assert data["items_queued"] == data["items_processing"] == data["items_dead"] == 0
        assert data["writer"]["running"] and data["writer"]["last_commit"]
    first = json.loads(crawls["status1"].stdout)["sites"][0]
    assert first["seen"] >= 100  # the run's seen-set (kept until it expires)
    assert count(crawls["tmp"] / "dist.db", "SELECT count(*) FROM stored_items") > 100


def _discovery(path, crawl_id):
    from archive.discovery import discovery

    conn = sqlite3.connect(path)
    try:
        report = discovery(conn, crawl_id)
    finally:
        conn.close()
    columns = {
        c["column"].split("/", 3)[-1]: (c["announced_pages"], c["announced_records"], c["pages_reached"],
                                       c["articles_found"], c["shortfall"], sorted(c["mechanisms"]))
        for c in report["columns"]
    }
    return columns, report


def test_the_runs_discovery_report_is_the_whole_runs_as_in_a_single_process_crawl(crawls):
    """Each worker parsed only some of each column's list pages; the report the writer recorded
    for run 1 is the run's: every column with what its list announced and all of it reached."""
    local, local_report = _discovery(crawls["tmp"] / "local.db", 1)
    dist, dist_report = _discovery(crawls["tmp"] / "dist.db", 1)
    assert len(local) == 17, local
    # the same columns with the same announcements, articles and mechanisms; a column served under
    # two URLs (/xwzx/ and /xwzx/index.html) is named after the one answered first, and which page a
    # page reached under two URLs counts for can differ by one with the order the workers' notes
    # arrive in: so the pages reached are compared in total
    def stable(columns):
        return sorted(((a, r, found, short, mech) for a, r, _, found, short, mech in columns.values()), key=repr)

    assert stable(dist) == stable(local)
    reached = [sum(c[2] for c in cols.values()) for cols in (dist, local)]
    assert abs(reached[0] - reached[1]) <= 2, reached
    assert not any(c[4] for c in dist.values())  # no shortfall
    assert sum(c[2] for c in dist.values()) > len(dist)  # columns of several pages, reached by several workers
    assert [p["detail"] for p in dist_report["problems"]] == [p["detail"] for p in local_report["problems"]]
    assert "run 1 of demo: discovery 17 columns; every announced size reached" in crawls["writer_log"]
