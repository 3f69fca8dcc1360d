"""Runs, workers and the reliable frontier in Redis (plain redis-py; no Scrapy here).

A **run** is one crawl of one site by any number of workers: it has its own frontier (a
scrapy-redis priority queue) and its own seen-set, so the next run of the site -- tomorrow's
cron job -- starts with an empty seen-set instead of finding every URL "already seen".

- The first worker to start creates the run (``P:site:S:run``: id, uid, status ``running``)
  and pushes a ``run_start`` message for the writer; the workers that start while it runs join it.
- A worker **takes** a request from the frontier by moving it, atomically, into its own
  ``taken`` hash; it deletes it from there only once the request is done (response parsed,
  new requests queued, items pushed). Every worker sends a heartbeat; the requests a dead
  worker had taken (no heartbeat for ``timeout`` seconds, e.g. after SIGKILL) go back into
  the frontier and another worker crawls them.
- The run **finishes** when the frontier is empty, no live worker has a request in hand, and
  every live worker of the run is idle; the worker that sees it first marks it ``finished``
  and pushes a ``run_end`` message (with the summed counters) -- in one Lua script, so the
  status and the message cannot part. The run's keys then expire.
- A worker that comes within ``gap`` seconds after the site's run finished (started by the same
  cron job as the others, but slower) does not start another run: it has nothing to do.
- A run whose workers are all dead (or that its last worker left unfinished) is
  **interrupted**: the next worker to start closes it (``run_end``, status ``interrupted``)
  and starts a new run that *resumes* it, walking every list page again and fetching only the
  articles the archive does not hold -- the same as a local crawl after a kill.
- Before a new run starts, a worker waits (up to ``state_wait`` seconds) until the writer has
  ingested the previous run and published the archive's state, so that the new run knows
  every article the previous one archived.

Lua scripts make every step that touches several keys atomic (one Redis, not Cluster).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from archive.times import utc_now
from crawler.distributed import codec
from crawler.distributed.keys import Keys, RunKeys

__all__ = ["Heartbeat", "Run", "RunCoordinator", "new_worker_id", "run_joined"]

logger = logging.getLogger(__name__)


#: Scrapy signal the worker's scheduler sends once it has joined (or started) a run, before the
#: first request: ``run=Run(...)``, ``files={url: {sha256, fetched_at}}`` (attachments the
#: archive holds). The item pipeline, the robots.txt middleware and the files store listen.
run_joined = object()


def new_worker_id() -> str:
    """``host:pid:random`` -- unique per worker process."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def _ended(result: str) -> str:
    """``done`` for a run another worker finished, ``interrupted`` etc. for one closed otherwise,
    the result itself for a run still going (``pending``, ``busy``, ``taken``)."""
    if not result.startswith("ended:"):
        return result
    status = result.split(":", 1)[1]
    return "done" if status in ("finished", "gone") else status


def _s(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


# ---------------------------------------------------------------------------------- Lua scripts

# a worker is alive when its heartbeat is at most ARGV timeout seconds old (Redis server time)
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS: heartbeats, worker info   ARGV: worker, ttl, field, value, ...
HEARTBEAT = _NOW + """
redis.call('ZADD', KEYS[1], now, ARGV[1])
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', KEYS[2], ARGV[2])
return tostring(now)
"""

# A new run. KEYS: run hash, run workers, sites, items, pending, old run keys to clear...
# ARGV: me, site, run_start message, field, value, ...
CREATE = """
for i = 6, #KEYS do redis.call('DEL', KEYS[i]) end
redis.call('DEL', KEYS[1])
for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[2], ARGV[1], 'busy')
redis.call('SADD', KEYS[3], ARGV[2])
redis.call('RPUSH', KEYS[4], ARGV[3])
redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
return 1
"""

# KEYS: stats, skipped, revisited   ARGV: n, name1, delta1, ..., nameN, deltaN, m, skipped url..., revisited url...
ADD_STATS = """
local n = tonumber(ARGV[1])
for i = 0, n - 1 do
  local d = tonumber(ARGV[3 + 2 * i])
  if d ~= 0 then redis.call('HINCRBY', KEYS[1], ARGV[2 + 2 * i], d) end
end
local at = 2 + 2 * n
local m = tonumber(ARGV[at])
for i = at + 1, at + m do redis.call('SADD', KEYS[2], ARGV[i]) end
for i = at + m + 1, #ARGV do redis.call('SADD', KEYS[3], ARGV[i]) end
return 1
"""

# KEYS: frontier, my taken hash, run workers   ARGV: me, token
POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[2], r[2] .. ':' .. r[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return r[1]
"""

# KEYS: frontier, a taken hash, run workers   ARGV: worker whose taken hash it is, forget (1/0)
REQUEUE = """
local entries = redis.call('HGETALL', KEYS[2])
local n = 0
for i = 2, #entries, 2 do
  local v = entries[i]
  local sep = string.find(v, ':', 1, true)
  redis.call('ZADD', KEYS[1], string.sub(v, 1, sep - 1), string.sub(v, sep + 1))
  n = n + 1
end
redis.call('DEL', KEYS[2])
if ARGV[2] == '1' then redis.call('HDEL', KEYS[3], ARGV[1]) end
return n
"""

# KEYS: run hash, heartbeats   ARGV: me, timeout, run key prefix (P:site:S:run:)
# -> {'joined', id} | {'orphaned', id} | {'none', status or ''}
JOIN = _NOW + """
local st = redis.call('HGET', KEYS[1], 'status')
if st ~= 'running' then return {'none', st or ''} end
local id = redis.call('HGET', KEYS[1], 'id')
local wkey = ARGV[3] .. id .. ':workers'
for _, wid in ipairs(redis.call('HKEYS', wkey)) do
  local hb = redis.call('ZSCORE', KEYS[2], wid)
  if hb and now - tonumber(hb) <= tonumber(ARGV[2]) then
    redis.call('HSET', wkey, ARGV[1], 'busy')
    return {'joined', id}
  end
end
return {'orphaned', id}
"""

# Finish check (and, with a message, the finish itself).
# KEYS: run hash, frontier, run workers, heartbeats, items, pending
# ARGV: me, timeout, taken prefix, run id, message ('' = check only), site, finished_at
# -> 'finished' (now, by this call) | 'ready' (check only) | 'pending' | 'busy' | 'taken'
#    | 'ended:STATUS' (the run is over already: finished by another worker, interrupted, gone)
FINISH = _NOW + """
local st = redis.call('HGET', KEYS[1], 'status')
if redis.call('HGET', KEYS[1], 'id') ~= ARGV[4] then return 'ended:gone' end
if st ~= 'running' then return 'ended:' .. st end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[3], ARGV[1], 'idle') end
if redis.call('ZCARD', KEYS[2]) > 0 then return 'pending' end
local w = redis.call('HGETALL', KEYS[3])
for i = 1, #w, 2 do
  local hb = redis.call('ZSCORE', KEYS[4], w[i])
  local alive = hb and (now - tonumber(hb) <= tonumber(ARGV[2]))
  if alive and w[i + 1] ~= 'idle' then return 'busy' end
  if redis.call('HLEN', ARGV[3] .. w[i]) > 0 then return 'taken' end
end
if ARGV[5] == '' then return 'ready' end
redis.call('HSET', KEYS[1], 'status', 'finished', 'finished_at', ARGV[7], 'finished_ts', tostring(now))
redis.call('RPUSH', KEYS[5], ARGV[5])
redis.call('HINCRBY', KEYS[6], ARGV[6], 1)
return 'finished'
"""

# Close a run nobody works on any more (all workers dead, or the last one left early).
# KEYS: run hash, run workers, heartbeats, items, pending
# ARGV: run id, timeout, message, site, finished_at, status, me ('' = none)
# -> 'interrupted' | 'alive' (a live worker is still in it) | other status
ABANDON = _NOW + """
local st = redis.call('HGET', KEYS[1], 'status')
if st ~= 'running' or redis.call('HGET', KEYS[1], 'id') ~= ARGV[1] then return st or 'gone' end
for _, wid in ipairs(redis.call('HKEYS', KEYS[2])) do
  local hb = redis.call('ZSCORE', KEYS[3], wid)
  if wid ~= ARGV[7] and hb and now - tonumber(hb) <= tonumber(ARGV[2]) then return 'alive' end
end
redis.call('HSET', KEYS[1], 'status', ARGV[6], 'finished_at', ARGV[5])
redis.call('RPUSH', KEYS[4], ARGV[3])
redis.call('HINCRBY', KEYS[5], ARGV[4], 1)
return ARGV[6]
"""


@dataclass
class Run:
    """One run of one site, as a worker sees it."""

    site: str
    id: int
    uid: str
    resumed: bool
    created: bool  # this worker created it
    keys: RunKeys
    over: bool = False  # it finished moments before this worker came: nothing to do


class Heartbeat:
    """A daemon thread that marks a worker alive every ``interval`` seconds (its own connection,
    so a worker busy extracting a large page still counts as alive)."""

    def __init__(self, client: Any, keys: Keys, worker: str, interval: float, info: dict[str, str]) -> None:
        self.client = client
        self.keys = keys
        self.worker = worker
        self.interval = interval
        self.info = info
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._script = client.register_script(HEARTBEAT)

    def beat(self) -> None:
        fields = [x for k, v in {**self.info, "last_seen": utc_now()}.items() for x in (k, v)]
        self._script(keys=[self.keys.workers, self.keys.worker(self.worker)], args=[self.worker, 86400, *fields])

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.beat()
            except Exception as exc:  # noqa: BLE001 (Redis away for a moment: try again next beat)
                logger.warning("heartbeat to Redis failed: %s", exc)

    def start(self) -> Heartbeat:
        self.beat()
        self._thread = threading.Thread(target=self._run, name="govarchive-heartbeat", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 5)


class RunCoordinator:
    """The Redis side of one worker's crawl of one site.

    ``client`` is a redis-py client that returns bytes (``decode_responses=False``).

    Example::

        coord = RunCoordinator(redis.Redis.from_url(url), Keys(), "demo", new_worker_id())
        run = coord.start(config={"name": "demo"})
        data = coord.pop(run, "1")     # a pickled request, moved into this worker's taken hash
        coord.ack(run, ["1"])          # done with it
        coord.try_finish(run, stats={})
    """

    def __init__(
        self,
        client: Any,
        keys: Keys,
        site: str,
        worker: str,
        *,
        timeout: float = 30.0,
        state_wait: float = 300.0,
        run_ttl: float = 3600.0,
        poll: float = 0.5,
        gap: float = 60.0,
    ) -> None:
        self.client = client
        self.keys = keys
        self.site = site
        self.worker = worker
        self.timeout = timeout
        self.state_wait = state_wait
        self.run_ttl = run_ttl
        self.poll = poll
        self.gap = gap
        self._pop = client.register_script(POP)
        self._requeue = client.register_script(REQUEUE)
        self._join = client.register_script(JOIN)
        self._finish = client.register_script(FINISH)
        self._abandon = client.register_script(ABANDON)
        self._create = client.register_script(CREATE)
        self._add_stats = client.register_script(ADD_STATS)

    # -- runs ------------------------------------------------------------------------------

    def now(self) -> float:
        """Redis server time (every worker's clock is the same one)."""
        seconds, micros = self.client.time()
        return seconds + micros / 1e6

    def current(self) -> dict[str, str]:
        """The site's run hash (empty when no run ever started)."""
        return {_s(k): _s(v) for k, v in self.client.hgetall(self.keys.site_run(self.site)).items()}

    def _run(self, info: dict[str, str], created: bool) -> Run:
        return Run(
            site=self.site,
            id=int(info["id"]),
            uid=info["uid"],
            resumed=info.get("resumed") == "1",
            created=created,
            keys=self.keys.run(self.site, info["id"]),
        )

    def state_covers(self, run_uid: str) -> bool:
        """True when the writer has ingested run ``run_uid`` and published the archive's state."""
        last = self.client.hget(self.keys.state(self.site, "meta"), "last_run_uid")
        return last is not None and _s(last) == run_uid

    def wait_for_state(self, previous: dict[str, str]) -> bool:
        """Wait until the published state covers the ``previous`` run (up to ``state_wait`` s)."""
        if not previous.get("uid") or self.state_covers(previous["uid"]):
            return True
        logger.info(
            "waiting up to %.0fs for the writer (govarchive ingest) to ingest run %s of %s and "
            "publish the archive's state", self.state_wait, previous.get("id"), self.site,
        )
        deadline = time.monotonic() + self.state_wait
        while time.monotonic() < deadline:
            time.sleep(self.poll)
            if self.state_covers(previous["uid"]):
                return True
        logger.warning(
            "the archive's state in Redis does not cover run %s of %s yet (is `govarchive ingest` "
            "running?): this run may fetch again what that run archived", previous.get("id"), self.site,
        )
        return False

    def start(self, config: dict[str, Any], resume_hint: bool = False) -> Run:
        """Join the site's running run, or start a new one (closing an abandoned one first).

        ``resume_hint``: the archive says the site's last crawl did not finish (a new run then
        resumes it)."""
        keys = self.keys
        run_key = keys.site_run(self.site)
        waited_for = None
        while True:
            kind, value = (_s(x) for x in self._join(
                keys=[run_key, keys.workers], args=[self.worker, self.timeout, keys.run_prefix(self.site)]
            ))
            if kind == "joined":
                return self._run(self.current(), created=False)
            if kind == "orphaned":
                self.abandon(self.current(), status="interrupted")
                continue
            previous = self.current()
            if previous.get("status") == "finished" and previous.get("finished_ts"):
                ago = self.now() - float(previous["finished_ts"])
                if ago < self.gap:
                    logger.info(
                        "run %s of %s finished %.0fs ago (less than REDIS_RUN_GAP = %gs): nothing to do",
                        previous["id"], self.site, ago, self.gap,
                    )
                    return Run(
                        site=self.site, id=int(previous["id"]), uid=previous["uid"], resumed=False, created=False,
                        keys=self.keys.run(self.site, previous["id"]), over=True,
                    )
            if previous.get("uid") and previous.get("uid") != waited_for:
                self.wait_for_state(previous)
                waited_for = previous.get("uid")
            lock = keys.site_lock(self.site)
            if not self.client.set(lock, self.worker, nx=True, px=30_000):
                time.sleep(self.poll / 5)
                continue
            try:
                if self.current().get("status") == "running":
                    continue  # another worker created it meanwhile: join it
                previous = self.current()
                resumed = resume_hint or previous.get("status") not in (None, "finished")
                run_id = int(self.client.incr(keys.site_runs(self.site)))
                uid = uuid.uuid4().hex
                started = utc_now()
                info = {
                    "id": str(run_id), "uid": uid, "status": "running", "started_at": started,
                    "resumed": "1" if resumed else "0", "creator": self.worker,
                }
                message = codec.run_start_message(
                    site=self.site, run=run_id, run_uid=uid, started_at=started, config=config,
                    resumed=resumed, worker=self.worker,
                )
                rk = keys.run(self.site, run_id)
                self._create(
                    keys=[run_key, rk.workers, keys.sites, keys.items, keys.pending, *rk.all()],
                    args=[self.worker, self.site, message, *(x for kv in info.items() for x in kv)],
                )
                logger.info("started run %d of %s%s", run_id, self.site, " (resuming an unfinished crawl)" if resumed else "")
                return self._run(info, created=True)
            finally:
                if _s(self.client.get(lock) or b"") == self.worker:
                    self.client.delete(lock)

    def run_stats(self, run: Run | RunKeys) -> dict[str, int]:
        """The summed counters of a run's workers (plus articles skipped / revisited, once each)."""
        rk = run.keys if isinstance(run, Run) else run
        out = {_s(k): int(v) for k, v in self.client.hgetall(rk.stats).items()}
        out["skipped_known"] = int(self.client.scard(rk.skipped))
        out["revisits"] = int(self.client.scard(rk.revisited))
        return out

    def abandon(self, info: dict[str, str], status: str = "interrupted", *, leaving: bool = False) -> str:
        """Close a run no live worker works on (``leaving``: except this one, which is leaving).

        Returns the run's status afterwards (``alive`` when a live worker is still in it)."""
        rk = self.keys.run(self.site, info["id"])
        message = codec.run_end_message(
            site=self.site, run=int(info["id"]), run_uid=info["uid"], finished_at=utc_now(), status=status,
            stats=self.run_stats(rk), worker=self.worker, discovery=self.discovery(rk, status),
        )
        result = _s(self._abandon(
            keys=[self.keys.site_run(self.site), rk.workers, self.keys.workers, self.keys.items, self.keys.pending],
            args=[info["id"], self.timeout, message, self.site, utc_now(), status, self.worker if leaving else ""],
        ))
        if result == status:
            logger.warning("run %s of %s closed as %s (no live worker left in it)", info["id"], self.site, status)
            self.expire(rk)
        return result

    def expire(self, rk: RunKeys) -> None:
        """Let a closed run's keys (frontier, seen-set, ...) expire after ``run_ttl`` seconds."""
        ttl = max(1, int(self.run_ttl))
        for key in {*rk.all(), *self.client.scan_iter(match=rk.base + ":*", count=100)}:
            self.client.expire(key, ttl)

    # -- the frontier ------------------------------------------------------------------------

    def pop(self, run: Run, token: str) -> bytes | None:
        """Take the best request from the frontier into this worker's taken hash (as ``token``)."""
        rk = run.keys
        return self._pop(keys=[rk.requests, rk.taken(self.worker), rk.workers], args=[self.worker, token])

    def ack(self, run: Run, tokens: list[str]) -> None:
        """These taken requests are done."""
        if tokens:
            self.client.hdel(run.keys.taken(self.worker), *tokens)

    def requeue(self, run: Run, worker: str | None = None, forget: bool = False) -> int:
        """Put the requests ``worker`` (default: this one) took back into the frontier."""
        rk = run.keys
        worker = worker or self.worker
        return int(self._requeue(keys=[rk.requests, rk.taken(worker), rk.workers], args=[worker, "1" if forget else "0"]))

    def dead_workers(self, run: Run) -> list[str]:
        """Workers of the run without a heartbeat for ``timeout`` seconds."""
        workers = [_s(w) for w in self.client.hkeys(run.keys.workers)]
        if not workers:
            return []
        now = self.now()
        scores = self.client.zmscore(self.keys.workers, workers)
        return [w for w, s in zip(workers, scores) if w != self.worker and (s is None or now - float(s) > self.timeout)]

    def recover_dead(self, run: Run) -> int:
        """Requeue what dead workers had taken; returns how many requests went back."""
        total = 0
        for worker in self.dead_workers(run):
            n = self.requeue(run, worker, forget=True)
            if n:
                logger.warning("worker %s stopped answering: %d request(s) it had taken go back to the frontier", worker, n)
            total += n
        return total

    def queued(self, run: Run) -> int:
        return int(self.client.zcard(run.keys.requests))

    # -- counters and the end ----------------------------------------------------------------

    def add_stats(self, run: Run, deltas: dict[str, int], skipped: list[str], revisited: list[str]) -> None:
        """Add this worker's counters since the last call (and the article URLs it skipped or
        revisited, counted once per run however many workers saw them)."""
        rk = run.keys
        pairs = [x for k, v in deltas.items() for x in (k, int(v))]
        args = [len(deltas), *pairs, len(skipped), *skipped, *revisited]
        self._add_stats(keys=[rk.stats, rk.skipped, rk.revisited], args=args)

    def add_notes(self, run: Run, notes: list[list[Any]]) -> None:
        """This worker's notes on discovery since the last call (crawler/distributed/ledger.py)."""
        from crawler.distributed.ledger import dumps

        if notes:
            self.client.rpush(run.keys.ledger, *dumps(notes))

    def discovery(self, rk: RunKeys, status: str) -> list[dict[str, Any]]:
        """The run's discovery report from every worker's notes (rows for the archive)."""
        from crawler.distributed.ledger import loads, replay

        ledger = replay(loads(self.client.lrange(rk.ledger, 0, -1)))
        return ledger.report(set(), page_cap=status == "closespider_pagecount")

    def try_finish(self, run: Run, idle: bool = True) -> str:
        """This worker is idle: finish the run if nobody has anything left to do.

        Returns ``finished`` (this call finished it), ``pending`` / ``busy`` / ``taken`` (not
        yet), ``done`` (another worker finished it), or the status of a run closed otherwise
        (``interrupted``, ...)."""
        rk = run.keys
        keys = [self.keys.site_run(self.site), rk.requests, rk.workers, self.keys.workers, self.keys.items, self.keys.pending]
        me = self.worker if idle else ""
        args = [me, self.timeout, rk.taken_prefix, str(run.id), "", self.site, ""]
        result = _s(self._finish(keys=keys, args=args))
        if result == "taken":
            self.recover_dead(run)
            return result
        if result != "ready":
            return _ended(result)
        message = codec.run_end_message(
            site=self.site, run=run.id, run_uid=run.uid, finished_at=utc_now(), status="finished",
            stats=self.run_stats(run), worker=self.worker, discovery=self.discovery(rk, "finished"),
        )
        args[4], args[6] = message, utc_now()
        result = _s(self._finish(keys=keys, args=args))
        if result == "finished":
            logger.info("run %d of %s finished", run.id, self.site)
            self.expire(rk)
            return result
        return _ended(result)  # another worker finished it in between (or someone needs it)

    def leave(self, run: Run, reason: str) -> None:
        """This worker stops: its unfinished requests go back to the frontier; when it was the
        last live worker of a run that did not finish, the run is closed with ``reason``."""
        self.requeue(run)
        self.client.hdel(run.keys.workers, self.worker)
        info = self.current()
        if info.get("status") == "running" and info.get("id") == str(run.id) and reason != "finished":
            self.abandon(info, status=reason or "interrupted", leaving=True)
