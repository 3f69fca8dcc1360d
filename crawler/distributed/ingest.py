"""The single writer: drain the workers' items from Redis into the SQLite archive.

``govarchive ingest --redis URL --db PATH`` runs :class:`Writer`. It is the only process that
writes the archive for distributed crawls, and it does so with the very store step a local
crawl uses (:func:`archive.store.store_page`, through :class:`archive.batch.Intake`):
the same deduplication, versions, revisits and list-page memory.

Reliable queue: a batch of items is moved (atomically, ``LMOVE``) from ``P:items`` to
``P:items:processing``; it is stored in one SQLite transaction, together with each item's
id; only after the commit is the processing list deleted. On start the writer puts whatever
a killed predecessor left in the processing list back at the head of the queue. An item
stored before the kill comes round again with the same id and is skipped, so killing the
writer at any moment loses nothing and stores nothing twice.

An item that cannot be read or stored is moved to the dead-letter list ``P:items:dead``
(JSON: the reason, when, and the item itself) and the writer goes on.

The writer also keeps the crawl rows (one per run of a site: ``run_start`` opens it,
``run_end`` closes it with the run's counters) and publishes the archive's state to Redis
for the workers (:mod:`crawler.distributed.state`): on start, and after each run it closes.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from archive.discovery import record_discovery, shortfall_lines
from crawler.distributed import codec
from crawler.distributed.keys import Keys
from crawler.distributed.state import publish_state

__all__ = ["Batch", "IngestReport", "Writer", "WriterBusy"]

logger = logging.getLogger(__name__)

# KEYS: items, processing   ARGV: n  -> up to n items moved from the head of items to processing
MOVE_BATCH = """
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local v = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
  if not v then break end
  out[#out + 1] = v
end
return out
"""

# KEYS: lock   ARGV: me, ttl ms  -> 1 when the lock is still ours (renewed)
RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
"""

# A committed batch leaves Redis. KEYS: processing, dead, pending, writer
# ARGV: now, batch size, dead count, site count, (site, n)..., dead letters...
ACK = """
redis.call('DEL', KEYS[1])
local sites = tonumber(ARGV[4])
for i = 0, sites - 1 do redis.call('HINCRBY', KEYS[3], ARGV[5 + 2 * i], -tonumber(ARGV[6 + 2 * i])) end
for i = 5 + 2 * sites, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
redis.call('HSET', KEYS[4], 'last_commit', ARGV[1], 'last_batch', ARGV[2])
redis.call('HINCRBY', KEYS[4], 'committed', tonumber(ARGV[2]) - tonumber(ARGV[3]))
redis.call('HINCRBY', KEYS[4], 'dead', tonumber(ARGV[3]))
return 1
"""

# KEYS: lock   ARGV: dead holder, me, ttl ms  -> 1 when the lock passed from the dead holder to me
TAKE_OVER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"""

DEAD_ITEM_MAX = 8 * 1024 * 1024  # a dead letter keeps at most this much of the item


class WriterBusy(RuntimeError):
    """Another writer holds the lock of this Redis namespace."""


@dataclass
class Batch:
    """One batch as stored: the raw items, those dead-lettered (index, reason), the runs closed."""

    raw: list[bytes]
    dead: list[tuple[int, str]] = field(default_factory=list)
    closed: list[tuple[str, int, str]] = field(default_factory=list)


@dataclass
class IngestReport:
    """What one ``ingest`` did."""

    items: int = 0
    outcomes: Counter = field(default_factory=Counter)
    duplicates: int = 0
    dead: int = 0
    recovered: int = 0
    batches: int = 0
    runs_started: list[str] = field(default_factory=list)
    runs_closed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        """One summary line.

        >>> IngestReport(items=3, outcomes=Counter(new=2, page=1)).line()
        'ingested 3 items in 0 batches (new 2, page 1); 0 duplicates skipped, 0 dead-lettered, 0 recovered from an interrupted batch'
        """
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0])))
        text = (
            f"ingested {self.items} items in {self.batches} batches ({kinds or 'nothing'}); "
            f"{self.duplicates} duplicates skipped, {self.dead} dead-lettered, "
            f"{self.recovered} recovered from an interrupted batch"
        )
        if self.runs_closed:
            text += "; runs closed: " + ", ".join(self.runs_closed)
        return text


def _s(value: Any) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else str(value)


def _decoded(value: dict[str, Any] | None) -> Any:
    if value is None:
        return None
    from pipelines.decode import Decoded

    return Decoded(
        text="", encoding=value.get("encoding"), source=value.get("source"), declared=dict(value.get("declared") or {}),
        undecodable=int(value.get("undecodable") or 0), mislabelled=bool(value.get("mislabelled")),
    )


def _site_of(raw: bytes) -> str | None:
    try:
        site = json.loads(raw).get("site")
    except Exception:  # noqa: BLE001 (not JSON, not an object: no site)
        return None
    return site if isinstance(site, str) and site else None


class Writer:
    """Drain ``P:items`` into the archive at ``db_path`` (see the module docstring).

    ``batch_size`` items per transaction; ``idle_exit``: stop after that many seconds with an
    empty queue (None: run until SIGTERM / SIGINT); ``block``: seconds one wait for items lasts.

    Example::

        report = Writer(redis_client("redis://127.0.0.1:6379/0"), Keys(), "archive.db", idle_exit=10).run()
        print(report.line())
    """

    def __init__(
        self,
        client: Any,
        keys: Keys,
        db_path: str,
        *,
        batch_size: int = 200,
        idle_exit: float | None = None,
        block: float = 1.0,
        lock_ttl: float = 30.0,
        publish: bool = True,
    ) -> None:
        self.client = client
        self.keys = keys
        self.db_path = db_path
        self.batch_size = max(1, batch_size)
        self.idle_exit = idle_exit
        self.block = block
        self.lock_ttl_ms = int(lock_ttl * 1000)
        self.publish = publish
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.report = IngestReport()
        self.archive = None
        self.state = None
        self.intake = None
        self.stopping = False
        self._move = client.register_script(MOVE_BATCH)
        self._renew = client.register_script(RENEW)
        self._take_over = client.register_script(TAKE_OVER)
        self._ack = client.register_script(ACK)
        self._released = threading.Event()
        self._keeper: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def acquire(self) -> None:
        """Take the writer lock, or raise :class:`WriterBusy` naming the holder.

        A lock left by a writer that died on this host (its pid is gone) is taken over at once;
        one held from another host is waited for until it expires (its holder renews it every
        few seconds while alive, so a live writer is never displaced)."""
        deadline = time.monotonic() + self.lock_ttl_ms / 1000 + 5
        while not self.client.set(self.keys.writer_lock, self.id, nx=True, px=self.lock_ttl_ms):
            holder = _s(self.client.get(self.keys.writer_lock) or b"")
            if holder and _dead_here(holder):
                if self._take_over(keys=[self.keys.writer_lock], args=[holder, self.id, self.lock_ttl_ms]):
                    logger.warning("took over the lock of writer %s, which died on this host", holder)
                    break
                continue
            if time.monotonic() >= deadline or _alive_here(holder):
                raise WriterBusy(
                    f"another writer ({holder or '?'}) is ingesting from this Redis; run one writer per archive"
                )
            time.sleep(0.5)
        self._keeper = threading.Thread(target=self._keep_lock, name="govarchive-writer-lock", daemon=True)
        self._keeper.start()

    def _keep_lock(self) -> None:
        """Renew the lock every third of its lifetime while this process lives."""
        while not self._released.wait(self.lock_ttl_ms / 3000):
            try:
                if not self._renew(keys=[self.keys.writer_lock], args=[self.id, self.lock_ttl_ms]):
                    logger.error("lost the writer lock (another writer took over?); stopping after this batch")
                    self.stopping = True
                    return
            except Exception as exc:  # noqa: BLE001 (Redis away for a moment: the main loop notices)
                logger.warning("could not renew the writer lock: %s", exc)

    def release(self) -> None:
        self._released.set()
        if _s(self.client.get(self.keys.writer_lock) or b"") == self.id:
            self.client.delete(self.keys.writer_lock)

    def open(self) -> None:
        from archive.batch import Intake, crawl_state_for
        from archive.db import Archive

        self.archive = Archive(self.db_path, create=True)
        self.state = crawl_state_for(self.archive)
        self.intake = Intake(self.archive, self.state)
        self.client.hset(self.keys.writer, mapping={
            "id": self.id, "db": os.path.abspath(self.db_path), "started_at": _now(), "pid": str(os.getpid()),
            "host": socket.gethostname(),
        })

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def recover(self) -> int:
        """Put a killed writer's unfinished batch back at the head of the queue, in order."""
        n = 0
        while self.client.lmove(self.keys.processing, self.keys.items, "RIGHT", "LEFT") is not None:
            n += 1
        if n:
            logger.info("recovered %d item(s) of an interrupted batch", n)
        self.report.recovered += n
        return n

    def run(self) -> IngestReport:
        """Ingest until idle for ``idle_exit`` seconds (or a signal); returns the report."""
        started = time.monotonic()
        self.acquire()
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            for sig in previous:
                signal.signal(sig, self._stop)
        except ValueError:  # not the main thread (tests): no signal handling
            previous = {}
        try:
            self.open()
            self.recover()
            if self.publish:
                self.publish_all()
            idle_since = time.monotonic()
            while not self.stopping:
                raw = self.take()
                if not raw:
                    if self.idle_exit is not None and time.monotonic() - idle_since >= self.idle_exit:
                        break
                    continue
                self.ingest(raw)
                idle_since = time.monotonic()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self.close()
            self.release()
            self.report.seconds = time.monotonic() - started
        return self.report

    def _stop(self, signum: int, frame: Any) -> None:
        logger.info("signal %d: finishing the current batch, then stopping", signum)
        self.stopping = True

    # -- one batch -------------------------------------------------------------------------

    def take(self) -> list[bytes]:
        """Move up to ``batch_size`` items into the processing list (waiting up to ``block`` s)."""
        items = list(self._move(keys=[self.keys.items, self.keys.processing], args=[self.batch_size]))
        if items:
            return items
        first = self.client.blmove(self.keys.items, self.keys.processing, self.block, "LEFT", "RIGHT")
        if first is None:
            return []
        return [first, *self._move(keys=[self.keys.items, self.keys.processing], args=[self.batch_size - 1])]

    def ingest(self, raw_items: list[bytes]) -> None:
        """Store one batch (already in the processing list), then acknowledge it."""
        batch = self.store(raw_items)
        if batch is not None:
            self.acknowledge(batch)

    def store(self, raw_items: list[bytes]) -> Batch | None:
        """Read and store a batch in one transaction (committed when this returns). Returns
        None when the archive was busy: the batch went back to the queue, to be retried."""
        from archive.batch import is_transient

        batch = Batch(raw_items)
        messages: list[tuple[int, dict[str, Any]]] = []
        for i, raw in enumerate(raw_items):
            try:
                messages.append((i, codec.read_message(raw)))
            except codec.MalformedItem as exc:
                batch.dead.append((i, str(exc)))
        try:
            failed, batch.closed = self._store(messages)
        except Exception as exc:
            if not is_transient(exc):
                raise
            logger.warning("archive busy (%s): the batch goes back to the queue and is retried", exc)
            while self.client.lmove(self.keys.processing, self.keys.items, "RIGHT", "LEFT") is not None:
                pass
            time.sleep(1.0)
            return None
        batch.dead.extend(failed)
        return batch

    def acknowledge(self, batch: Batch) -> None:
        """The committed batch leaves Redis (dead letters kept with their reason), all at once;
        then the state of every run it closed is published."""
        raw_items, dead = batch.raw, batch.dead
        pending: Counter = Counter()
        for raw in raw_items:
            site = _site_of(raw)
            if site:
                pending[site] += 1
        now = _now()
        self._ack(
            keys=[self.keys.processing, self.keys.dead, self.keys.pending, self.keys.writer],
            args=[
                now, len(raw_items), len(dead), len(pending),
                *(x for site, n in pending.items() for x in (site, n)),
                *(self._dead_letter(raw_items[i], reason, now) for i, reason in dead),
            ],
        )
        for i, reason in dead:
            logger.warning("item %d of the batch dead-lettered: %s", i, reason)
        self.report.items += len(raw_items)
        self.report.dead += len(dead)
        self.report.batches += 1
        for site, run, uid in batch.closed:
            self.report.runs_closed.append(f"{site} #{run}")
            if self.publish:
                self.publish_site(site, last_run=(run, uid))

    def _dead_letter(self, raw: bytes, reason: str, when: str) -> str:
        entry: dict[str, Any] = {"reason": reason, "at": when, "writer": self.id, "size": len(raw)}
        body = raw[:DEAD_ITEM_MAX]
        try:
            entry["item"] = body.decode("utf-8")
        except UnicodeDecodeError:
            import base64

            entry["item_base64"] = base64.b64encode(body).decode("ascii")
        if len(raw) > DEAD_ITEM_MAX:
            entry["truncated"] = True
        return json.dumps(entry, ensure_ascii=False)

    def _store(self, messages: list[tuple[int, dict[str, Any]]]) -> tuple[list[tuple[int, str]], list[tuple[str, int, str]]]:
        """One transaction for the whole batch; returns (items that failed, runs closed)."""
        from archive.batch import ItemRejected

        intake = self.intake
        failed: list[tuple[int, str]] = []
        closed: list[tuple[str, int, str]] = []
        with self.archive.transaction():
            for i, msg in messages:
                kind, key, uid = msg["kind"], msg["id"], msg["run_uid"]
                try:
                    if kind == "run_start":
                        if intake.run(uid) is None:
                            intake.start_run(
                                key, run_uid=uid, site=msg["site"], run=msg["run"], config=msg.get("config") or {},
                                resumed=bool(msg.get("resumed")), started_at=msg["started_at"],
                            )
                            self.report.runs_started.append(f"{msg['site']} #{msg['run']}")
                        else:
                            self.report.duplicates += 1
                        continue
                    run = self._run_for(msg)
                    if kind == "page":
                        page = msg["page"]
                        page["decoded"] = _decoded(page.get("decoded"))
                        outcome = intake.store_page(page, run.crawl_id, key=key, run_uid=uid)
                    elif kind == "attachment":
                        att = msg["attachment"]
                        outcome = intake.store_attachment(
                            key, run_uid=uid, site=msg["site"], url=att["url"], body=att["body"],
                            content_type=att.get("content_type"), fetched_at=att["fetched_at"],
                            article_url=att.get("article_url"),
                        )
                        outcome = outcome if outcome == "duplicate" else "attachment"
                    else:
                        done = intake.finish_run(
                            key, run_uid=uid, status=msg["status"], stats=msg.get("stats") or {},
                            finished_at=msg["finished_at"],
                        )
                        outcome = "run_end" if done else "duplicate"
                        if done:
                            record_discovery(self.archive, run.crawl_id, msg["site"], msg["discovery"])
                            _log_discovery(msg["site"], msg["run"], msg["discovery"])
                            closed.append((msg["site"], msg["run"], uid))
                except ItemRejected as exc:
                    failed.append((i, str(exc)))
                    continue
                if outcome == "duplicate":
                    self.report.duplicates += 1
                elif kind != "run_end":
                    self.report.outcomes[outcome] += 1
        return failed, closed

    def _run_for(self, msg: dict[str, Any]) -> Any:
        """The run an item belongs to (opened here when its start message never came)."""
        run = self.intake.run(msg["run_uid"])
        if run is None:
            run = self.intake.start_run(
                None, run_uid=msg["run_uid"], site=msg["site"], run=msg["run"], config={}, resumed=False,
                started_at=_now(),
            )
            logger.warning("run %s of %s: an item came before the run's start; crawl row %d opened", msg["run"], msg["site"], run.crawl_id)
        return run

    # -- state for the workers ---------------------------------------------------------------

    def publish_all(self) -> None:
        sites = set(self.archive.sites()) | {_s(s) for s in self.client.smembers(self.keys.sites)}
        for site in sorted(sites):
            self.publish_site(site)

    def publish_site(self, site: str, last_run: tuple[int, str] | None = None) -> None:
        """Publish one site's state (``last_run``: the run just closed; else the last closed one)."""
        memory = self.intake.site_memory(site)
        last_run = last_run or memory["last_run"]
        counts = publish_state(
            self.client, self.keys, site,
            known=memory["known"], revisits=memory["revisits"], lists=memory["lists"], files=memory["files"],
            unfinished=memory["unfinished"],
            last_run=last_run[0] if last_run else None,
            last_run_uid=last_run[1] if last_run else None,
            published_at=_now(),
        )
        logger.info(
            "published the state of %s: %d known articles, %d list pages%s", site, counts["known"], counts["lists"],
            f" (after run {last_run[0]})" if last_run else "",
        )


def _holder_here(holder: str) -> int | None:
    """The pid of a writer id (``host:pid:random``) when it runs on this host, else None."""
    parts = holder.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return None
    return int(parts[1])


def _alive_here(holder: str) -> bool:
    pid = _holder_here(holder)
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _dead_here(holder: str) -> bool:
    return _holder_here(holder) is not None and not _alive_here(holder)


def _log_discovery(site: str, run: int, rows: list[dict[str, Any]]) -> None:
    """The run's discovery in the writer's log, as a single crawl's summary says it."""
    report: dict[str, list[dict[str, Any]]] = {"columns": [], "problems": [], "limits": []}
    for row in rows:
        key = {"column": "columns", "problem": "problems", "limit": "limits"}.get(row.get("kind", ""))
        if key:
            report[key].append(row)
    lines = shortfall_lines(report)
    logger.info("run %s of %s: discovery %d columns; %s", run, site, len(report["columns"]),
                f"{len(lines)} to look at" if lines else "every announced size reached, no limit hit")
    for line in lines:
        logger.warning("run %s of %s: %s", run, site, line)


def _now() -> str:
    from archive.times import utc_now

    return utc_now()
