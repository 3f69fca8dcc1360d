"""A pool of extraction worker processes that runs beside Scrapy's reactor: :class:`PagePool`.

Extracting a real portal page takes tens of milliseconds of pure Python; on the reactor's
thread that time is stolen from downloading, and one crawl process tops out at one core.
The pool runs the pure extraction (:mod:`crawler.workers`) in ``size`` worker processes, so
the reactor keeps downloading while pages are extracted on every core.

- Each worker is a plain ``python -m crawler.workers`` child with a pipe each way (no
  ``multiprocessing`` start-method quirks, no fork of a process holding a reactor and an
  SQLite connection); the reactor watches the pipes, so no thread is involved.
- A worker takes one page at a time; pages beyond the idle workers wait in a queue. Its
  length is bounded by Scrapy itself: a response stays in the scraper's slot until its item
  is through the pipelines, and the engine stops downloading while the slot holds more than
  ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` bytes -- memory stays flat however fast pages arrive.
- A page that takes longer than ``timeout`` seconds (an extractor stuck on it) costs that page
  a :class:`PageTaskError` and its worker's life (SIGKILL, a fresh worker takes its place);
  a worker that dies under a page (a crash in C code, the OOM killer) costs that page a
  :class:`PageTaskError` too; the crawl goes on either way.
- A worker is replaced after ``max_tasks`` pages, so whatever an extractor leaks is returned.
- Workers die with the crawl: their pipe closes, and on Linux the kernel SIGKILLs them when
  the parent dies (even by SIGKILL), so a killed crawl leaves no extraction behind.

Example (inside a running reactor)::

    pool = PagePool(size=2, timeout=60)
    pool.start()
    result = await maybe_deferred_to_future(pool.submit("extract_page", body, url, headers, decoded, hints, "article"))
    pool.close()
"""

from __future__ import annotations

import collections
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

__all__ = ["PagePool", "PageTaskError", "default_pool_size"]

_HEADER = struct.Struct("!Q")
#: a worker that fails to start this many times in a row means the pool cannot work at all
MAX_START_FAILURES = 3


class PageTaskError(Exception):
    """A page the pool could not process: it timed out, or its worker died under it."""


def default_pool_size() -> int:
    """Workers when ``EXTRACT_WORKERS`` is not set: one per core the process may run on.

    >>> default_pool_size() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("worker pipe closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class _Worker:
    """One worker process and its pipes; the reactor calls :meth:`doRead` when it answers."""

    def __init__(self, pool: PagePool) -> None:
        self.pool = pool
        package_root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([package_root, *filter(None, [env.get("PYTHONPATH")])])
        self.process = subprocess.Popen(
            [sys.executable, "-m", "crawler.workers", str(os.getpid()), str(pool.nice), ",".join(pool.preload)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True,
        )
        self.to_fd = self.process.stdin.fileno()
        self.from_fd = self.process.stdout.fileno()
        self.ready = False
        self.task: tuple[Deferred, Any, float] | None = None  # (deferred, timeout call, started)
        self.done = 0
        self.closed = False

    # -- the reactor's side (IReadDescriptor) ---------------------------------------------------

    def fileno(self) -> int:
        return self.from_fd

    def logPrefix(self) -> str:  # noqa: N802 (Twisted's name)
        return "PagePool"

    def connectionLost(self, reason: Any) -> None:  # noqa: N802 (Twisted's name)
        if not self.closed:
            self.pool._lost(self, "its pipe closed")

    def doRead(self) -> None:  # noqa: N802 (Twisted's name)
        try:
            size = _HEADER.unpack(_read_exact(self.from_fd, _HEADER.size))[0]
            message = _read_exact(self.from_fd, size)
        except (EOFError, OSError):
            self.pool._lost(self, "it died")
            return
        if not self.ready:
            if message != b"ready":
                self.pool._lost(self, "it said something else than ready")
                return
            self.ready = True
            self.pool._ready(self)
            return
        self.pool._answered(self, pickle.loads(message))

    # -- the pool's side --------------------------------------------------------------------

    def send(self, name: str, args: tuple) -> None:
        data = pickle.dumps((name, args), protocol=pickle.HIGHEST_PROTOCOL)
        _write_all(self.to_fd, _HEADER.pack(len(data)) + data)

    def kill(self) -> None:
        self.closed = True
        if self.process.poll() is None:
            try:
                self.process.send_signal(signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:
                pass

    def stop(self) -> None:
        """End a worker that is not busy: close its input, it exits; killed if it lingers."""
        self.closed = True
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
        try:
            self.process.stdout.close()
        except OSError:
            pass


class PagePool:
    """Run :mod:`crawler.workers` tasks in ``size`` processes; :meth:`submit` returns a Deferred.

    ``timeout`` (seconds, 0 = none) bounds one task, ``max_tasks`` (0 = unlimited) is how many
    tasks a worker runs before a fresh one replaces it. ``nice`` is added to the workers' nice
    value: the crawl's own process (the reactor, which every page goes through) keeps its core
    when workers compete with it for the CPU. ``preload``: modules a worker imports before it
    takes its first task. Counters (``tasks``, ``timeouts``,
    ``crashes``, ``restarts``) say what happened.
    """

    def __init__(
        self, size: int, timeout: float = 60.0, max_tasks: int = 2000, reactor: Any = None, nice: int = 0,
        preload: tuple[str, ...] = ("pipelines.extract",),
    ) -> None:
        if size < 1:
            raise ValueError("a page pool needs at least one worker")
        if reactor is None:
            from twisted.internet import reactor as default_reactor

            reactor = default_reactor
        self.reactor = reactor
        self.size = size
        self.timeout = float(timeout or 0)
        self.max_tasks = int(max_tasks or 0)
        self.nice = max(0, int(nice or 0))
        self.preload = tuple(preload)
        self.workers: list[_Worker] = []
        self.idle: collections.deque[_Worker] = collections.deque()
        self.queue: collections.deque[tuple[Deferred, str, tuple]] = collections.deque()
        self.closed = False
        self.start_failures = 0
        self.tasks = self.timeouts = self.crashes = self.restarts = 0
        self.busy_seconds = 0.0

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> PagePool:
        """Start the workers (they announce themselves when ready; tasks wait until then)."""
        for _ in range(self.size):
            self._spawn()
        return self

    def close(self) -> None:
        """Stop every worker; tasks still queued or running fail with :class:`PageTaskError`."""
        if self.closed:
            return
        self.closed = True
        for worker in list(self.workers):
            self._drop(worker)
            if worker.task is not None:
                deferred, call, _ = worker.task
                worker.task = None
                if call is not None and call.active():
                    call.cancel()
                worker.kill()
                deferred.errback(PageTaskError("the extraction pool was closed"))
            else:
                worker.stop()
        while self.queue:
            deferred, _, _ = self.queue.popleft()
            deferred.errback(PageTaskError("the extraction pool was closed"))

    @property
    def pending(self) -> int:
        """Tasks waiting for a worker."""
        return len(self.queue)

    # -- tasks -----------------------------------------------------------------------------

    def submit(self, name: str, *args: Any) -> Deferred:
        """Run the worker task ``name`` (see :data:`crawler.workers.TASKS`) on ``args``.

        The Deferred fires with the task's result, or fails with :class:`PageTaskError`
        (timed out, worker died, pool closed) or ``RuntimeError`` (the task raised: its message).
        """
        deferred: Deferred = Deferred()
        if self.closed:
            deferred.errback(PageTaskError("the extraction pool was closed"))
            return deferred
        self.queue.append((deferred, name, args))
        self._dispatch()
        return deferred

    def _dispatch(self) -> None:
        while self.queue and self.idle:
            worker = self.idle.popleft()
            deferred, name, args = self.queue.popleft()
            try:
                worker.send(name, args)
            except OSError:
                self.queue.appendleft((deferred, name, args))
                self._lost(worker, "its pipe broke")
                continue
            call = self.reactor.callLater(self.timeout, self._timed_out, worker) if self.timeout else None
            worker.task = (deferred, call, time.monotonic())

    def _finish_task(self, worker: _Worker) -> Deferred | None:
        if worker.task is None:
            return None
        deferred, call, started = worker.task
        worker.task = None
        if call is not None and call.active():
            call.cancel()
        self.busy_seconds += time.monotonic() - started
        self.tasks += 1
        return deferred

    def _answered(self, worker: _Worker, reply: tuple[str, Any]) -> None:
        deferred = self._finish_task(worker)
        worker.done += 1
        if self.max_tasks and worker.done >= self.max_tasks:
            self._drop(worker)
            worker.stop()
            self.restarts += 1
            self._spawn()
        else:
            self.idle.append(worker)
        self._dispatch()
        if deferred is None:
            return
        status, value = reply
        if status == "ok":
            deferred.callback(value)
        else:
            deferred.errback(RuntimeError(value))

    def _timed_out(self, worker: _Worker) -> None:
        if worker.task is None:
            return
        deferred, _, _ = worker.task
        worker.task = (deferred, None, worker.task[2])
        deferred = self._finish_task(worker)
        self.timeouts += 1
        self._drop(worker)
        worker.kill()
        self._spawn()
        self._dispatch()
        deferred.errback(PageTaskError(f"extraction timed out after {self.timeout:g} s (worker killed)"))

    # -- workers ---------------------------------------------------------------------------

    def _spawn(self) -> None:
        if self.closed:
            return
        worker = _Worker(self)
        self.workers.append(worker)
        self.reactor.addReader(worker)

    def _drop(self, worker: _Worker) -> None:
        self.reactor.removeReader(worker)
        if worker in self.workers:
            self.workers.remove(worker)
        if worker in self.idle:
            self.idle.remove(worker)

    def _ready(self, worker: _Worker) -> None:
        self.start_failures = 0
        self.idle.append(worker)
        self._dispatch()

    def _lost(self, worker: _Worker, why: str) -> None:
        """A worker's pipe closed: it crashed (under a page, or while starting)."""
        if worker.closed or worker not in self.workers:
            return
        self._drop(worker)
        worker.kill()
        code = worker.process.returncode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        deferred = self._finish_task(worker)
        if deferred is not None:
            self.crashes += 1
            logger.warning("an extraction worker died under a page (%s)", how)
            deferred.errback(PageTaskError(f"extraction worker died ({how})"))
        elif not worker.ready:
            self.start_failures += 1
            logger.error("an extraction worker could not start (%s)", how)
        if self.closed:
            return
        if self.start_failures >= MAX_START_FAILURES:
            logger.error("extraction workers cannot start: the pool is closed, pages fail")
            self.close()
            return
        self.restarts += 1
        self._spawn()
        self._dispatch()
