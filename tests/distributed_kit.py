"""Helpers for the distributed-crawl tests: workers and the writer as real processes
(``govarchive crawl --redis`` / ``govarchive ingest``), and a look into Redis."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import redis

from tests.portal_faults import FAST, ROOT

# a worker coming this soon after a run finished has nothing to do (the crawls of one test are
# further apart than that)
RUN_GAP = 3
# quick heartbeats and a short death timeout, so that a killed worker is noticed in ~2 s
QUICK = [
    "-s", "REDIS_HEARTBEAT=0.3", "-s", "REDIS_WORKER_TIMEOUT=2", "-s", "REDIS_POLL_INTERVAL=0.2",
    "-s", "REDIS_STATE_WAIT=60", "-s", f"REDIS_RUN_GAP={RUN_GAP}",
]
WORKER = [*FAST, *QUICK]


def popen(*args: str, log: Path) -> subprocess.Popen:
    """Start ``govarchive ARGS`` in the background, output to ``log``."""
    with open(log, "w", encoding="utf-8") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "archive.cli", *args],
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )


def worker(config: Path, url: str, log: Path, *extra: str) -> subprocess.Popen:
    return popen("crawl", str(config), "--redis", url, *WORKER, *extra, log=log)


def writer(url: str, db: Path, log: Path, *extra: str) -> subprocess.Popen:
    return popen("ingest", "--redis", url, "--db", str(db), *extra, log=log)


def wait_all(procs: list[subprocess.Popen], timeout: float = 120) -> list[int]:
    """Their exit codes; when one is still running after ``timeout`` seconds, all are killed (none
    is left behind) and the timeout raised."""
    deadline = time.monotonic() + timeout
    codes = []
    try:
        for proc in procs:
            codes.append(proc.wait(timeout=max(1, deadline - time.monotonic())))
    except subprocess.TimeoutExpired:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        raise
    return codes


def stop(proc: subprocess.Popen, timeout: float = 30) -> int:
    """SIGTERM (the writer finishes its batch and exits), then wait."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=timeout)


def client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


def wait_until(predicate, timeout: float = 60, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def drained(url: str, site: str = "demo", run: int | None = None) -> bool:
    """The writer has stored everything queued (and, with ``run``, published the state after it)."""
    r = client(url)
    if r.llen("govarchive:items") or r.llen("govarchive:items:processing"):
        return False
    if run is None:
        return True
    last = r.hget(f"govarchive:site:{site}:state:meta", "last_run")
    return last is not None and int(last) >= run


def count(db: Path, sql: str) -> int:
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


def log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
