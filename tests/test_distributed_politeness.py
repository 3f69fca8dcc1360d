"""A site's politeness held by the workers together (crawler/distributed/politeness.py), on a real
redis-server: the Lua steps alone, then two worker processes crawling one loopback portal with
``concurrency = 1`` and a delay — never two requests at the portal at once, starts spaced out —
where each worker alone would have put its own request beside the other's."""

from __future__ import annotations

import re
import threading
import time

import pytest

from crawler.distributed.keys import Keys
from crawler.distributed.politeness import acquire, push_back, release
from tests.distributed_kit import client, log_text, wait_all, worker
from tests.portal_faults import RecordingServer, free_port, status_fault, write_config


@pytest.fixture
def redis(redis_server, request):
    r = client(redis_server.url)
    keys = Keys("polite-" + re.sub(r"\W", "", request.node.name))
    yield r, keys
    for key in r.scan_iter(keys.prefix + ":*"):
        r.delete(key)


def test_a_host_takes_as_many_requests_as_its_cap_and_a_place_comes_back_when_one_ends(redis):
    r, keys = redis
    assert acquire(r, keys, "a.gov.cn", "w1:1", cap=2, delay=0, ttl=60) == 0
    assert acquire(r, keys, "a.gov.cn", "w2:1", cap=2, delay=0, ttl=60) == 0
    assert acquire(r, keys, "a.gov.cn", "w1:2", cap=2, delay=0, ttl=60) is None  # full
    assert acquire(r, keys, "b.gov.cn", "w1:3", cap=2, delay=0, ttl=60) == 0  # another host: its own places
    release(r, keys, "a.gov.cn", "w2:1")
    assert acquire(r, keys, "a.gov.cn", "w1:2", cap=2, delay=0, ttl=60) == 0
    assert r.zcard(keys.host_inflight("a.gov.cn")) == 2
    assert 0 < r.pttl(keys.host_inflight("a.gov.cn")) <= 60_000  # nothing stays in Redis for ever


def test_starts_are_spaced_by_the_delay_whoever_asks(redis):
    r, keys = redis
    waits = [acquire(r, keys, "a.gov.cn", f"w{i % 3}:{i}", cap=0, delay=0.2, ttl=60) for i in range(4)]
    assert waits[0] == 0
    for i in (1, 2, 3):  # the i-th start is i delays after the first (less the few ms the calls took)
        assert 0.2 * i - 0.05 <= waits[i] <= 0.2 * i, waits


def test_a_retry_after_holds_every_worker(redis):
    r, keys = redis
    push_back(r, keys, "a.gov.cn", 1.5)
    wait = acquire(r, keys, "a.gov.cn", "w9:1", cap=2, delay=0, ttl=60)
    assert 1.4 <= wait <= 1.5
    push_back(r, keys, "a.gov.cn", 0.2)  # a shorter pause never brings the slot forward
    assert acquire(r, keys, "a.gov.cn", "w9:2", cap=2, delay=0, ttl=60) >= 1.3


def test_the_leases_of_a_worker_that_died_expire(redis):
    r, keys = redis
    assert acquire(r, keys, "a.gov.cn", "dead:1", cap=1, delay=0, ttl=0.2) == 0
    assert acquire(r, keys, "a.gov.cn", "w1:1", cap=1, delay=0, ttl=0.2) is None
    time.sleep(0.3)
    assert acquire(r, keys, "a.gov.cn", "w1:1", cap=1, delay=0, ttl=0.2) == 0


DELAY = 0.12
LATENCY = 0.04


def test_two_workers_keep_one_sites_politeness_together(tmp_path, redis_server):
    server = RecordingServer(None, free_port()).start()
    lock = threading.Lock()
    seen = {"now": 0, "max": 0, "starts": [], "told_to_wait": None}

    def slow(handler, path):
        with lock:
            seen["now"] += 1
            seen["max"] = max(seen["max"], seen["now"])
            seen["starts"].append(time.monotonic())
            busy = len(seen["starts"]) == 20  # the 20th request: "come back in a second"
            if busy:
                seen["told_to_wait"] = time.monotonic()
        if not busy:
            time.sleep(LATENCY)
        with lock:
            seen["now"] -= 1
        return status_fault(429, {"Retry-After": "1"})(handler, path) if busy else False

    server.faults["*"] = slow
    try:
        config = write_config(tmp_path / "demo.toml", server.base_url)
        limits = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", f"DOWNLOAD_DELAY={DELAY}",
                  "-s", "RANDOMIZE_DOWNLOAD_DELAY=False", "--redis-prefix", "polite-e2e"]
        procs = [worker(config, redis_server.url, tmp_path / f"w{i}.log", *limits) for i in range(2)]
        codes = wait_all(procs, timeout=240)
    finally:
        server.stop()
    logs = [log_text(tmp_path / f"w{i}.log") for i in range(2)]
    assert codes == [0, 0], "\n".join(log[-2000:] for log in logs)
    queued = [int(re.search(r"(\d+) items queued", log).group(1)) for log in logs]
    assert all(n > 0 for n in queued), queued  # both workers crawled
    starts = seen["starts"]
    assert len(starts) > 60
    assert seen["max"] == 1  # never two requests at the portal at once, across both workers
    # starts spaced by the delay across both workers: the portal never saw more than one request
    # per delay on average (each worker alone would have sent one per delay: twice that), and a
    # start closer than half the delay to the one before is rare (a worker's reactor busy at its
    # slot sends late, so the next worker's start comes closer than the delay to it)
    assert (starts[-1] - starts[0]) / (len(starts) - 1) >= DELAY * 0.95
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert sum(gap < DELAY / 2 for gap in gaps) <= len(gaps) // 10, sorted(gaps)[:10]
    # the 429's Retry-After held both workers: nothing came in the second after it
    after = [t - seen["told_to_wait"] for t in starts if t > seen["told_to_wait"]]
    assert after and min(after) >= 0.9, after[:3]
