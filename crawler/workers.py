"""What runs inside a worker process of :class:`crawler.pool.PagePool`: extraction (with the
page's links, for the spider), and the store step's writer.

This module is the worker side only: it imports the pure pipelines (decode, extract, classify),
the archive library and the link reader (:mod:`crawler.links`: w3lib, no Scrapy; never Twisted's
reactor), so a worker starts fast. A worker reads
one task at a time from its pipe (``(name, args)``, pickled), runs the function of that name
from :data:`TASKS` and writes back ``("ok", result)`` or ``("error", message)``; an exception
inside a task is that task's error, never the worker's end.

Example:
    >>> body = ('<html><head><title>通知</title></head><body><h1>关于开展安全检查的通知</h1>'
    ...         '<div id="zoom"><p>各单位：为做好冬季安全工作，现将有关事项通知如下。</p></div></body></html>').encode()
    >>> out = extract_page(body, "http://x.gov.cn/t20231122_1.html", {}, None, None, "article")
    >>> out["article"]["title"], out["error"]
    ('关于开展安全检查的通知', None)
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from typing import Any

__all__ = ["TASKS", "extract_page", "read_page", "serve", "store_pages"]


def extract_page(
    body: bytes, url: str, headers: dict[str, str], decoded: Any, hints: dict[str, Any] | None, page_type: str,
    listed: bool = False,
) -> dict[str, Any]:
    """Extract one page the way the crawl's extract step decides (see
    :class:`crawler.pipelines.ExtractPipeline`): ``{"article": record or None, "page_type": ...,
    "error": None or why}``.

    An article page whose extraction fails or finds no body gets an error; an "other" page
    becomes an article when its content reads as one (:func:`pipelines.classify.looks_like_article`;
    ``listed``: the page was reached from a column's list, so it needs no date), and stays a plain
    page otherwise.
    """
    from pipelines.extract import extract_article

    return _decide(extract_article(body, url, headers, decoded=decoded, hints=hints or None).to_record(),
                   page_type, listed)


def _decide(record: dict[str, Any], page_type: str, listed: bool) -> dict[str, Any]:
    from pipelines.classify import looks_like_article

    if page_type == "other":
        if looks_like_article(record, listed=listed):
            return {"article": record, "page_type": "article", "error": None}
        return {"article": None, "page_type": "other", "error": None}
    if record.get("error"):
        return {"article": None, "page_type": page_type, "error": record["error"]}
    if not (record.get("body") or "").strip():
        return {"article": None, "page_type": page_type, "error": "extraction found no article body"}
    return {"article": record, "page_type": page_type, "error": None}


def read_page(
    body: bytes, url: str, headers: dict[str, str], decoded: Any, hints: dict[str, Any] | None, page_type: str,
    listed: bool, response_url: str, encoding: str, deny: tuple[str, ...] = (),
) -> dict[str, Any]:
    """:func:`extract_page`, and the page's links for the spider: ``links`` is ``[(canonical URL,
    anchor text), ...]`` in page order, as :meth:`crawler.spiders.portal.PortalSpider.page_links`
    reads them from the response (``response_url`` and ``encoding`` are the response's), before the
    spider's domain filter.

    The links are read (:class:`crawler.links.LinkReader`) from the extraction's own parse of the page
    when it parsed the text Scrapy's response holds (it decoded the same text, and parsed it whole);
    otherwise from the tree Scrapy's selector would build (:func:`crawler.links.scrapy_anchors`).
    """
    from crawler.links import reader_for, response_text, scrapy_anchors
    from pipelines.extract import extract_article_and_anchors

    article, parsed = extract_article_and_anchors(body, url, headers, decoded=decoded, hints=hints or None)
    out = _decide(article.to_record(), page_type, listed)
    text = response_text(body, encoding, decoded)
    anchors = parsed.anchors if parsed is not None and parsed.text == text else scrapy_anchors(text)
    out["links"] = reader_for(deny).read(anchors, text, response_url, encoding)
    return out


_ARCHIVES: dict[str, tuple[Any, Any]] = {}


def store_pages(
    db_path: str, crawl_id: int | None, pages: list[dict[str, Any]], lock_wait: float | None = None,
) -> dict[str, Any]:
    """The store step for a batch of pages, in one transaction (:func:`archive.batch.store_batch`),
    on this worker's own connection to the archive (opened once, kept).

    A write lock another process holds is waited for up to ``lock_wait`` seconds (the crawl's
    ``ARCHIVE_LOCK_WAIT``; None: ``archive.tuning.LOCK_WAIT_SECONDS``). Pages the archive refuses
    alone are recorded as error pages in a second transaction (so the fetch is not lost);
    ``recorded`` lists them. When the archive cannot take the batch (its lock held past the wait:
    ``ArchiveLocked``; the disk full) the whole batch is rolled back and the error raised: the crawl
    reports every page of it as not stored. Returns ``{"outcomes", "errors", "recorded", "seconds"}``.
    """
    import time

    from archive import tuning
    from archive.batch import BatchItem, crawl_state_for, store_batch
    from archive.db import Archive

    wait = tuning.LOCK_WAIT_SECONDS if lock_wait is None else max(0.0, float(lock_wait))
    if db_path not in _ARCHIVES:
        archive = Archive(db_path, lock_wait=wait)
        _ARCHIVES[db_path] = (archive, crawl_state_for(archive))
    archive, state = _ARCHIVES[db_path]
    archive.lock_wait = wait
    started = time.monotonic()
    result = store_batch(archive, [BatchItem(crawl_id, page) for page in pages], state)
    recorded: list[int] = []
    if result.errors:
        try:
            with archive.transaction():
                for i, why in result.errors.items():
                    archive.record_error(crawl_id, pages[i]["site"], None, pages[i]["url"], why)
                    recorded.append(i)
        except Exception:  # noqa: BLE001 (then those pages are reported as not stored)
            recorded = []
    return {"outcomes": result.outcomes, "errors": result.errors, "recorded": recorded,
            "seconds": time.monotonic() - started}


def _sleep(seconds: float) -> float:
    """A task that takes ``seconds`` (the pool's tests: a page that hangs an extractor)."""
    import time

    time.sleep(seconds)
    return seconds


def _die(code: int) -> None:
    """A task that ends its worker at once (the pool's tests: an extractor that crashes)."""
    os._exit(code)


#: The functions a worker runs, by name.
TASKS = {"extract_page": extract_page, "read_page": read_page, "store_pages": store_pages, "sleep": _sleep, "die": _die}


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this worker when its parent dies (even by SIGKILL), so a killed crawl
    leaves no worker behind, not even one stuck in a page; elsewhere the closed pipe ends it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def serve(parent_pid: int, nice: int = 0, preload: tuple[str, ...] = ("pipelines.extract",)) -> None:
    """The worker's loop on stdin / stdout (length-prefixed pickles): announce itself, then run
    tasks until its input closes. Whatever a task prints goes to stderr, never into the pipe.
    ``nice`` is added to the worker's nice value (a lower priority than the crawl's process);
    ``preload``: modules imported before the worker says it is ready (not during its first task,
    whose time limit would count them)."""
    _die_with_parent()
    if nice > 0:
        try:
            os.nice(nice)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawl's to handle, not each worker's
    if os.getppid() != parent_pid:  # the parent died before the death signal was armed
        return
    reader, writer = os.dup(0), os.dup(1)
    os.dup2(2, 1)  # print() inside an extractor must not corrupt the pipe
    sys.stdout = sys.stderr
    import importlib

    for module in preload:
        importlib.import_module(module)

    def send(obj: bytes) -> None:
        _write_all(writer, struct.pack("!Q", len(obj)) + obj)

    send(b"ready")
    while True:
        try:
            size = struct.unpack("!Q", _read_exact(reader, 8))[0]
            name, args = pickle.loads(_read_exact(reader, size))
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", TASKS[name](*args))
        except Exception as exc:  # noqa: BLE001 (a task's failure is that page's error)
            reply = ("error", f"{type(exc).__name__}: {exc}"[:500])
        try:
            send(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            return


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0,
          tuple(filter(None, sys.argv[3].split(","))) if len(sys.argv) > 3 else ("pipelines.extract",))
