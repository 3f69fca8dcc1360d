"""The worker's Scrapy scheduler: scrapy-redis's scheduler, dupefilter and priority queue,
scoped to one run of the site, with requests taken reliably (see :mod:`crawler.distributed.runs`).

``SCHEDULER = "crawler.distributed.scheduler.RunScheduler"`` (``govarchive crawl --redis``
sets it, with ``REDIS_URL``). Per site:

- on open it joins the site's running run or starts one, loads the archive's state that the
  writer published (known articles with their validators, 304 revisits, list-page memory)
  and hands it to the spider (``PortalSpider.use_state``), exactly as the local store
  pipeline does from SQLite;
- requests go into the run's frontier (a scrapy-redis ``PriorityQueue``) unless the run's
  seen-set (a scrapy-redis ``RFPDupeFilter``) has them;
- ``next_request`` moves a request into this worker's *taken* hash; it is deleted from there
  once Scrapy is done with it (downloaded, parsed, its new requests queued and its items
  pushed), so a worker killed at any moment loses nothing: its taken requests go back to the
  frontier when its heartbeat stops;
- when the worker has nothing left to do it stays open while other workers still work (they
  may queue more), and closes when the run is finished.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import redis
from scrapy.exceptions import DontCloseSpider
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.python.failure import Failure

from crawler import statkeys as K
from crawler.distributed.keys import Keys
from crawler.distributed.runs import Heartbeat, Run, RunCoordinator, new_worker_id, run_joined
from crawler.distributed.state import load_state, state_says_unfinished
from crawler.memory import SiteMemory, site_memory_loaded

__all__ = ["ReliablePriorityQueue", "RunScheduler", "redis_client"]

REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)

logger = logging.getLogger(__name__)

# crawler stats summed over a run's workers (the writer puts them in the crawl row)
# (articles skipped / revisited are counted once per run in sets, not summed)
SUMMED_STATS = {
    **{name: key for name, key in K.CRAWL_COUNTS.items() if key not in (K.SKIPPED_KNOWN, K.REVISITS, K.RESUMED)},
    "ok": K.status_count(200),
    "queued": K.QUEUED,
    "attachments": K.ATTACHMENTS,
    "attachments_failed": K.ATTACHMENTS_FAILED,
}


def redis_client(url: str, **params: Any) -> Any:
    """A redis-py client for ``url`` returning bytes, with sane timeouts."""
    options = {"socket_timeout": 30, "socket_connect_timeout": 10, "retry_on_timeout": True, **params}
    return redis.Redis.from_url(url, **options)


class ReliablePriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue (a sorted set of pickled requests), popped by moving the
    request into the worker's taken hash (:meth:`RunCoordinator.pop`) instead of deleting it."""

    def take(self, coordinator: RunCoordinator, run: Run, token: str) -> Any:
        data = coordinator.pop(run, token)
        return self._decode_request(data) if data else None


class RunScheduler(Scheduler):
    """The scrapy-redis scheduler for one run of one site (see the module docstring).

    Settings: ``REDIS_URL``, ``REDIS_KEY_PREFIX``, ``REDIS_HEARTBEAT`` (seconds between
    heartbeats), ``REDIS_WORKER_TIMEOUT`` (a worker is dead after this long without one),
    ``REDIS_POLL_INTERVAL``, ``REDIS_STATE_WAIT``, ``REDIS_RUN_TTL``, ``REDIS_RUN_GAP``,
    ``REDIS_MAX_TAKEN`` (documented in :mod:`crawler.settings`).
    """

    def __init__(self, server: Any, crawler: Any, **kwargs: Any) -> None:
        super().__init__(server, persist=True, **kwargs)
        self.crawler = crawler
        settings = crawler.settings
        self.keys = Keys(settings.get("REDIS_KEY_PREFIX") or "govarchive")
        self.heartbeat_interval = settings.getfloat("REDIS_HEARTBEAT", 5.0)
        self.worker_timeout = settings.getfloat("REDIS_WORKER_TIMEOUT", 30.0)
        self.poll = settings.getfloat("REDIS_POLL_INTERVAL", 0.1)
        self.state_wait = settings.getfloat("REDIS_STATE_WAIT", 300.0)
        self.run_ttl = settings.getfloat("REDIS_RUN_TTL", 3600.0)
        self.gap = settings.getfloat("REDIS_RUN_GAP", 60.0)
        self.max_taken = settings.getint("REDIS_MAX_TAKEN", 0) or 2 * max(
            1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2)
        )
        self.worker = settings.get("REDIS_WORKER_ID") or new_worker_id()
        self.coord: RunCoordinator | None = None
        self.run: Run | None = None
        self.heartbeat: Heartbeat | None = None
        self.taken: dict[str, Any] = {}
        self._token = 0
        self._flushed: dict[str, int] = {}
        self._flushed_skipped: set[str] = set()
        self._flushed_revisited: set[str] = set()
        self._loop = None
        self._ticks = 0
        self.waiting = False
        self.lost = False  # Redis stopped answering
        self.outcome = "running"  # how the run ended for this worker

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunScheduler:
        url = crawler.settings.get("REDIS_URL")
        if not url:
            raise ValueError("RunScheduler needs REDIS_URL")
        server = redis_client(url)
        server.ping()
        instance = cls(
            server,
            crawler,
            queue_cls="crawler.distributed.scheduler.ReliablePriorityQueue",
            serializer=picklecompat,
        )
        instance.stats = crawler.stats
        return instance

    # -- open / close ------------------------------------------------------------------------

    def open(self, spider: Any) -> Any:
        from twisted.internet.threads import deferToThread

        from crawler.distributed.ledger import RecordingLedger

        self.spider = spider
        if not isinstance(getattr(spider, "ledger", None), RecordingLedger):
            spider.ledger = RecordingLedger()  # its notes go to the run's (see _flush_stats)
        site = spider.site
        self.coord = RunCoordinator(
            self.server, self.keys, site.name, self.worker, timeout=self.worker_timeout,
            state_wait=self.state_wait, run_ttl=self.run_ttl, poll=self.poll, gap=self.gap,
        )
        info = {"host": self.worker.split(":")[0], "pid": self.worker.split(":")[1], "site": site.name}
        self.heartbeat = Heartbeat(self.server, self.keys, self.worker, self.heartbeat_interval, info).start()
        config = json.loads(json.dumps(site.as_dict(), default=str))
        # joining or starting a run may wait for the writer: not on the reactor thread
        return deferToThread(self._join, config).addCallback(self._opened)

    def _join(self, config: dict[str, Any]) -> tuple[Run, Any]:
        assert self.coord is not None
        run = self.coord.start(config, resume_hint=state_says_unfinished(self.server, self.keys, self.coord.site))
        return run, load_state(self.server, self.keys, self.coord.site)

    def _opened(self, result: tuple[Run, Any]) -> None:
        from twisted.internet import task

        run, state = result
        self.run = run
        spider = self.spider
        self.queue = ReliablePriorityQueue(
            server=self.server, spider=spider, key=run.keys.requests, serializer=self.serializer
        )
        self.df = RFPDupeFilter(self.server, key=run.keys.seen, debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))
        memory = SiteMemory(known=state.known, revisits=state.revisits, list_pages=state.lists, resuming=run.resumed)
        for signal, kwargs in ((run_joined, {"run": run, "files": state.files}), (site_memory_loaded, {"memory": memory})):
            for _, result in self.crawler.signals.send_catch_log(signal=signal, **kwargs):
                if isinstance(result, Failure):  # a component that cannot take it must not crawl blind
                    result.raiseException()
        self.crawler.stats.set_value(K.RUN, run.id)
        self.crawler.stats.set_value(K.RESUMED, int(run.resumed))
        self.crawler.stats.set_value(K.WORKER, self.worker)
        if run.over:
            self.outcome = f"run {run.id} had just finished: nothing to do"
            return
        logger.info(
            "%s run %d of %s as worker %s (%d requests queued; state: %d known articles, %d list pages)",
            "started" if run.created else "joined", run.id, run.site, self.worker, self.coord.queued(run),
            len(state.known), len(state.lists),
        )
        self._loop = task.LoopingCall(self._tick)
        self._loop.start(self.poll, now=False)
        self.crawler.signals.connect(self._on_idle, signal=_spider_idle())

    def close(self, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        try:
            if self.run is not None and self.coord is not None and not self.run.over:
                self._ack_done()
                self._flush_stats()
                if self.taken:
                    logger.info("returning %d unfinished request(s) to the frontier", len(self.taken))
                self.coord.leave(self.run, reason)
                self.taken.clear()
        except REDIS_DOWN as exc:
            self._redis_lost(exc)  # the requests it holds stay taken: the others requeue them
        finally:
            if self.heartbeat is not None:
                self.heartbeat.stop()
                try:
                    self.server.zrem(self.keys.workers, self.worker)
                except REDIS_DOWN:
                    pass
        self.crawler.stats.set_value(K.RUN_OUTCOME, self.outcome)

    def _redis_lost(self, exc: Exception) -> None:
        """Redis stopped answering: stop this worker (once). What it had taken stays in its taken
        hash (not acknowledged any more): the other workers -- or the next run -- crawl it again."""
        if self.lost:
            return
        self.lost = True
        self.outcome = "Redis unavailable"
        logger.error("lost the connection to Redis (%s): this worker stops", exc)
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(self.crawler.engine.close_spider_async(reason="redis_unavailable"))

    # -- requests ----------------------------------------------------------------------------

    def enqueue_request(self, request: Any) -> bool:
        if self.run is None or self.run.over or self.lost:
            return False  # the run is over: nothing more goes into it
        try:
            if not request.dont_filter and self.df.request_seen(request):
                self.df.log(request, self.spider)
                return False
            self.queue.push(request)
        except REDIS_DOWN as exc:
            self._redis_lost(exc)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Any:
        if self.run is None or self.run.over or self.lost:
            return None
        try:
            self._ack_done()
            if len(self.taken) >= self.max_taken:
                return None  # leave the rest of the frontier to the other workers
            self._token += 1
            token = str(self._token)
            request = self.queue.take(self.coord, self.run, token)
        except REDIS_DOWN as exc:
            self._redis_lost(exc)
            return None
        if request is None:
            return None
        self.waiting = False
        self.taken[token] = request
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        if self.run is None or self.run.over or self.lost:
            return False
        try:
            return len(self.queue) > 0
        except REDIS_DOWN as exc:
            self._redis_lost(exc)
            return False

    def _ack_done(self) -> None:
        """Delete from the taken hash the requests Scrapy has finished with (downloaded, parsed,
        their requests queued and their items pushed: the engine keeps a request in progress
        until all of that is done)."""
        if not self.taken or self.lost:
            return
        slot = getattr(self.crawler.engine, "_slot", None)
        inprogress = slot.inprogress if slot is not None else set()
        done = [token for token, request in self.taken.items() if request not in inprogress]
        if done:
            self.coord.ack(self.run, done)
            for token in done:
                del self.taken[token]

    def _flush_stats(self) -> None:
        if self.run is None:
            return
        stats = self.crawler.stats
        deltas = {}
        for name, key in SUMMED_STATS.items():
            value = int(stats.get_value(key, 0) or 0)
            deltas[name] = value - self._flushed.get(name, 0)
            self._flushed[name] = value
        skipped = set(getattr(self.spider, "skipped", ())) - self._flushed_skipped
        revisited = set(getattr(self.spider, "revisited", ())) - self._flushed_revisited
        self._flushed_skipped |= skipped
        self._flushed_revisited |= revisited
        self.coord.add_stats(self.run, deltas, sorted(skipped), sorted(revisited))
        ledger = getattr(self.spider, "ledger", None)
        if hasattr(ledger, "take"):
            self.coord.add_notes(self.run, ledger.take())

    def _tick(self) -> None:
        """Every ``REDIS_POLL_INTERVAL`` seconds: acknowledge finished requests; now and then
        requeue what dead workers had taken and add this worker's counters to the run's; with
        room for more requests, wake the engine so it sees requests other workers queue."""
        try:
            self._ack_done()
            self._ticks += 1
            if self._ticks * self.poll >= self.heartbeat_interval:
                self._ticks = 0
                self._flush_stats()
                self.coord.recover_dead(self.run)
        except REDIS_DOWN as exc:
            self._redis_lost(exc)
            return
        if self.waiting or len(self.taken) < self.max_taken:
            # room for more: ask the engine to look at the frontier (other workers fill it too,
            # and nothing else would wake this worker before Scrapy's 5 s heartbeat)
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule()

    def _on_idle(self, spider: Any = None) -> None:
        """Nothing to do here: close when the run is over, else wait for the other workers."""
        if self.lost:
            return
        try:
            self._ack_done()
            self._flush_stats()
            status = self.coord.try_finish(self.run)
        except REDIS_DOWN as exc:
            self._redis_lost(exc)
            return
        if status in ("pending", "busy", "taken"):
            self.waiting = True
            raise DontCloseSpider
        self.outcome = {"finished": "finished the run", "done": "run finished"}.get(status, f"run {status}")


def _spider_idle() -> Any:
    from scrapy import signals

    return signals.spider_idle
