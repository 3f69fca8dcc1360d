"""The single writer: drain the workers' items from Redis into the SQLite archive.

``govarchive ingest --redis URL --db PATH`` runs :class:`Writer`. It is the only process that
writes the archive for distributed crawls, and it does so with the very store step a local
crawl uses (:func:`pipelines.store.store_page`, through :func:`archive.batch.store_batch`):
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

from crawler.distributed import codec
from crawler.distributed.keys import Keys
from crawler.distributed.state import publish_state

__all__ = ["IngestReport", "Writer", "WriterBusy"]

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
        self.stopping = False
        self._move = client.register_script(MOVE_BATCH)
        self._renew = client.register_script(RENEW)
        self._take_over = client.register_script(TAKE_OVER)
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
        from archive.batch import crawl_state_for
        from archive.db import Archive

        self.archive = Archive(self.db_path, create=True)
        self.state = crawl_state_for(self.archive)
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
        """Store one batch (already in the processing list) and acknowledge it after the commit."""
        from archive.batch import is_transient

        messages: list[tuple[int, dict[str, Any]]] = []
        dead: list[tuple[int, str]] = []
        for i, raw in enumerate(raw_items):
            try:
                messages.append((i, codec.read_message(raw)))
            except codec.MalformedItem as exc:
                dead.append((i, str(exc)))
        try:
            failed, closed = self._store(messages)
        except Exception as exc:
            if not is_transient(exc):
                raise
            logger.warning("archive busy (%s): the batch goes back to the queue and is retried", exc)
            self.recover()
            self.report.recovered -= len(raw_items)
            time.sleep(1.0)
            return
        dead.extend(failed)
        pending: Counter = Counter()
        for raw in raw_items:
            site = _site_of(raw)
            if site:
                pending[site] += 1
        now = _now()
        with self.client.pipeline(transaction=True) as pipe:
            for i, reason in dead:
                pipe.rpush(self.keys.dead, self._dead_letter(raw_items[i], reason, now))
            pipe.delete(self.keys.processing)
            for site, n in pending.items():
                pipe.hincrby(self.keys.pending, site, -n)
            pipe.hset(self.keys.writer, mapping={"last_commit": now, "last_batch": str(len(raw_items))})
            pipe.hincrby(self.keys.writer, "committed", len(raw_items) - len(dead))
            pipe.hincrby(self.keys.writer, "dead", len(dead))
            pipe.execute()
        for i, reason in dead:
            logger.warning("item %d of the batch dead-lettered: %s", i, reason)
        self.report.items += len(raw_items)
        self.report.dead += len(dead)
        self.report.batches += 1
        for site, run, uid in closed:
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
        from archive.batch import BatchItem, Savepoint, is_stored, is_transient, mark_stored, store_batch

        archive, conn = self.archive, self.archive.conn
        failed: list[tuple[int, str]] = []
        closed: list[tuple[str, int, str]] = []
        now = _now()
        with archive.transaction():
            for i, msg in messages:
                kind = msg["kind"]
                if kind == "page":
                    page = msg["page"]
                    page["decoded"] = _decoded(page.get("decoded"))
                    crawl_id = self._crawl_for(msg)
                    result = store_batch(
                        archive, [BatchItem(crawl_id, page, key=msg["id"], run_uid=msg["run_uid"])], self.state,
                        stored_at=now,
                    )
                    outcome = result.outcomes[0]
                    if outcome == "failed":
                        failed.append((i, result.errors[0]))
                    elif outcome == "duplicate":
                        self.report.duplicates += 1
                    else:
                        self.report.outcomes[outcome] += 1
                    continue
                if is_stored(conn, msg["id"]):
                    self.report.duplicates += 1
                    continue
                try:
                    with Savepoint(conn, "control"):
                        if kind == "run_start":
                            self._run_start(msg)
                        elif kind == "run_end":
                            if self._run_end(msg):
                                closed.append((msg["site"], msg["run"], msg["run_uid"]))
                        else:
                            self._attachment(msg)
                        mark_stored(
                            conn, msg["id"], site=msg["site"], run_uid=msg["run_uid"], kind=kind, outcome=kind,
                            encoding=None, stored_at=now,
                        )
                except Exception as exc:
                    if is_transient(exc):
                        raise
                    failed.append((i, f"store failed: {type(exc).__name__}: {exc}"[:500]))
        return failed, closed

    # -- runs ------------------------------------------------------------------------------

    def _run_row(self, uid: str) -> dict[str, Any] | None:
        cur = self.archive.conn.execute("SELECT * FROM redis_runs WHERE run_uid = ?", (uid,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def _run_start(self, msg: dict[str, Any], implicit: bool = False) -> dict[str, Any]:
        row = self._run_row(msg["run_uid"])
        if row is not None:
            return row
        site = msg["site"]
        started = msg.get("started_at") or _now()
        resumed = bool(msg.get("resumed"))
        crawl_id = self.archive.start_crawl(site=site, config=msg.get("config") or {}, started_at=started)
        for dead in self.state.close_dead_runs(site):
            self.archive.finish_crawl(dead, counts={}, status="interrupted")
        crawl_run_id = self.state.start_run(site, crawl_id, resumed=resumed)
        self.archive.conn.execute(
            "INSERT INTO redis_runs (run_uid, site, run, crawl_id, crawl_run_id, status, resumed, started_at) "
            "VALUES (?, ?, ?, ?, ?, 'running', ?, ?)",
            (msg["run_uid"], site, msg["run"], crawl_id, crawl_run_id, int(resumed), started),
        )
        if implicit:
            logger.warning("run %s of %s: items before its start message; crawl row %d opened", msg["run"], site, crawl_id)
        self.report.runs_started.append(f"{site} #{msg['run']}")
        return self._run_row(msg["run_uid"])

    def _crawl_for(self, msg: dict[str, Any]) -> int:
        row = self._run_row(msg["run_uid"]) or self._run_start(msg, implicit=True)
        return int(row["crawl_id"])

    def _run_end(self, msg: dict[str, Any]) -> bool:
        row = self._run_row(msg["run_uid"]) or self._run_start(msg, implicit=True)
        if row["status"] != "running":
            return False
        conn = self.archive.conn
        counts: dict[str, int] = dict(msg.get("stats") or {})
        pages = 0
        for outcome, n in conn.execute(
            "SELECT outcome, count(*) FROM stored_items WHERE run_uid = ? AND kind = 'page' GROUP BY outcome",
            (msg["run_uid"],),
        ):
            counts[f"outcome_{outcome}"] = n
            pages += n
        counts["pages"] = pages
        for encoding, n in conn.execute(
            "SELECT encoding, count(*) FROM stored_items WHERE run_uid = ? AND kind = 'page' AND encoding IS NOT NULL "
            "GROUP BY encoding", (msg["run_uid"],),
        ):
            counts[f"encoding_{encoding}"] = n
        reason = msg["status"]
        status = "finished" if reason in ("finished", "closespider_pagecount") else reason
        self.archive.finish_crawl(row["crawl_id"], counts=counts, status=status, finished_at=msg["finished_at"])
        if row["crawl_run_id"] is not None:
            self.state.finish_run(row["crawl_run_id"], "finished" if reason == "finished" else reason)
        conn.execute(
            "UPDATE redis_runs SET status = ?, finished_at = ? WHERE run_uid = ?", (reason, msg["finished_at"], msg["run_uid"])
        )
        return True

    def _attachment(self, msg: dict[str, Any]) -> None:
        import hashlib

        att = msg["attachment"]
        body = att["body"]
        sha = hashlib.sha256(body).hexdigest()
        conn = self.archive.conn
        conn.execute(
            "INSERT OR IGNORE INTO attachment_blobs (sha256, size, content_type, body) VALUES (?, ?, ?, ?)",
            (sha, len(body), att.get("content_type"), body),
        )
        conn.execute(
            "INSERT OR REPLACE INTO attachment_files (url, site, sha256, article_url, fetched_at) VALUES (?, ?, ?, ?, ?)",
            (att["url"], msg["site"], sha, att.get("article_url"), att["fetched_at"]),
        )

    # -- state for the workers ---------------------------------------------------------------

    def publish_all(self) -> None:
        sites = set(self.archive.sites()) | {_s(s) for s in self.client.smembers(self.keys.sites)}
        for site in sorted(sites):
            self.publish_site(site)

    def publish_site(self, site: str, last_run: tuple[int, str] | None = None) -> None:
        """Publish one site's state (``last_run``: the run just closed; else the last closed one)."""
        if last_run is None:
            row = self.archive.conn.execute(
                "SELECT run, run_uid FROM redis_runs WHERE site = ? AND status != 'running' "
                "ORDER BY finished_at DESC, rowid DESC LIMIT 1", (site,),
            ).fetchone()
            last_run = (row[0], row[1]) if row else None
        files = {
            url: (sha, fetched_at)
            for url, sha, fetched_at in self.archive.conn.execute(
                "SELECT url, sha256, max(fetched_at) FROM attachment_files WHERE site = ? GROUP BY url", (site,)
            )
        }
        counts = publish_state(
            self.client, self.keys, site,
            known=self.archive.known_articles(site),
            revisits=self.state.last_revisits(site),
            lists=self.state.list_pages(site),
            files=files,
            unfinished=self.state.previous_run_unfinished(site),
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


def _now() -> str:
    from crawler.distributed.runs import utc_now

    return utc_now()
