"""The Redis key layout of distributed crawling, in one place.

Everything lives under one prefix (``REDIS_KEY_PREFIX``, default ``govarchive``), so one Redis
can serve several deployments (use another prefix, or another database number in the URL):

==========================================  ========  ==================================================
key                                         type      what
==========================================  ========  ==================================================
``P:sites``                                 set       every site a worker or the writer has seen
``P:workers``                               zset      worker id -> last heartbeat (Redis server time)
``P:worker:ID``                             hash      host, pid, sites, started_at of one worker
``P:items``                                 list      finished items waiting for the writer (FIFO)
``P:items:processing``                      list      the writer's batch being committed
``P:items:dead``                            list      items that could not be read, with the reason
``P:items:pending``                         hash      site -> items pushed and not yet committed
``P:writer``                                hash      the writer: id, started_at, last commit, totals
``P:writer:lock``                           string    the one writer's id (expires unless renewed)
``P:site:S:run``                            hash      the site's current run: id, uid, status, ...
``P:site:S:runs``                           counter   run ids
``P:site:S:lock``                           string    held while a run is created
``P:site:S:state:known``                    hash      archived article URL -> last seen, ETag, ...
``P:site:S:state:revisits``                 hash      article URL -> time of its last 304
``P:site:S:state:lists``                    hash      list page URL -> validators, links, type
``P:site:S:state:files``                    hash      attachment URL -> SHA-256, fetched_at
``P:site:S:state:meta``                     hash      when published, which run it covers, ...
``P:site:S:run:N:requests``                 zset      the frontier (scrapy-redis priority queue)
``P:site:S:run:N:seen``                     set       request fingerprints (scrapy-redis dupefilter)
``P:site:S:run:N:workers``                  hash      worker id -> ``busy`` / ``idle`` in this run
``P:site:S:run:N:taken:ID``                 hash      requests worker ID took and has not finished
``P:site:S:run:N:stats``                    hash      summed crawl counters of the run's workers
``P:site:S:run:N:skipped``                  set       archived articles skipped (counted once)
``P:site:S:run:N:revisited``                set       archived articles revisited (counted once)
``P:site:S:run:N:robots:HOST``              string    a host's robots.txt, fetched once per run
``P:site:S:run:N:ledger``                   list      the workers' notes on discovery (crawler/distributed/ledger.py)
``P:host:H:inflight``                       zset      requests in flight to host H, every worker's: lease -> expiry
``P:host:H:next``                           string    when the next request to H may start (ms, Redis time)
==========================================  ========  ==================================================

The frontier and seen-set belong to one run: a new run starts with an empty seen-set, so a
scheduled re-crawl is never "already seen" (the keys of a finished run expire).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_PREFIX", "Keys", "RunKeys"]

DEFAULT_PREFIX = "govarchive"


@dataclass(frozen=True)
class RunKeys:
    """The keys of one run of one site.

    >>> k = Keys().run("demo", 3)
    >>> k.requests, k.taken("w1")
    ('govarchive:site:demo:run:3:requests', 'govarchive:site:demo:run:3:taken:w1')
    """

    base: str

    @property
    def requests(self) -> str:
        return f"{self.base}:requests"

    @property
    def seen(self) -> str:
        return f"{self.base}:seen"

    @property
    def workers(self) -> str:
        return f"{self.base}:workers"

    @property
    def taken_prefix(self) -> str:
        return f"{self.base}:taken:"

    def taken(self, worker: str) -> str:
        return self.taken_prefix + worker

    @property
    def stats(self) -> str:
        return f"{self.base}:stats"

    @property
    def skipped(self) -> str:
        return f"{self.base}:skipped"

    @property
    def revisited(self) -> str:
        return f"{self.base}:revisited"

    @property
    def ledger(self) -> str:
        return f"{self.base}:ledger"

    def robots(self, netloc: str) -> str:
        """The robots.txt body of a host, fetched once per run (``SharedRobotsTxtMiddleware``)."""
        return f"{self.base}:robots:{netloc}"

    def all(self) -> list[str]:
        """Every fixed key of the run (the taken hashes are per worker)."""
        return [self.requests, self.seen, self.workers, self.stats, self.skipped, self.revisited, self.ledger]


@dataclass(frozen=True)
class Keys:
    """Key names under one prefix.

    >>> Keys("ga").items, Keys("ga").site_run("demo")
    ('ga:items', 'ga:site:demo:run')
    """

    prefix: str = DEFAULT_PREFIX

    @property
    def sites(self) -> str:
        return f"{self.prefix}:sites"

    @property
    def workers(self) -> str:
        return f"{self.prefix}:workers"

    def worker(self, worker: str) -> str:
        return f"{self.prefix}:worker:{worker}"

    @property
    def items(self) -> str:
        return f"{self.prefix}:items"

    @property
    def processing(self) -> str:
        return f"{self.prefix}:items:processing"

    @property
    def dead(self) -> str:
        return f"{self.prefix}:items:dead"

    @property
    def pending(self) -> str:
        return f"{self.prefix}:items:pending"

    @property
    def writer(self) -> str:
        return f"{self.prefix}:writer"

    @property
    def writer_lock(self) -> str:
        return f"{self.prefix}:writer:lock"

    def site(self, site: str) -> str:
        return f"{self.prefix}:site:{site}"

    def site_run(self, site: str) -> str:
        return f"{self.site(site)}:run"

    def site_runs(self, site: str) -> str:
        return f"{self.site(site)}:runs"

    def site_lock(self, site: str) -> str:
        return f"{self.site(site)}:lock"

    def run_prefix(self, site: str) -> str:
        """``P:site:S:run:`` (a run's keys are this plus ``N:...``)."""
        return f"{self.site(site)}:run:"

    def run(self, site: str, run_id: int | str) -> RunKeys:
        return RunKeys(f"{self.run_prefix(site)}{run_id}")

    def host_inflight(self, host: str) -> str:
        """The leases of the requests in flight to ``host`` (crawler/distributed/politeness.py)."""
        return f"{self.prefix}:host:{host}:inflight"

    def host_next(self, host: str) -> str:
        """When the next request to ``host`` may start."""
        return f"{self.prefix}:host:{host}:next"

    def state(self, site: str, part: str) -> str:
        """``part``: ``known``, ``revisits``, ``lists``, ``files`` or ``meta``."""
        return f"{self.site(site)}:state:{part}"
