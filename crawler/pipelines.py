"""Scrapy item pipelines, one per step, each a thin wrapper over a pure function:

- :class:`DecodePipeline`  -> :func:`pipelines.decode.decode`
- :class:`ExtractPipeline` -> :func:`pipelines.extract.extract_article`
- :class:`StorePipeline`   -> :func:`archive.store.store_page` (over :class:`archive.db.Archive`)
- :class:`AttachmentsPipeline` -> Scrapy's FilesPipeline into :class:`ArchiveFilesStore` (by SHA-256)

A page that fails to decode or extract is not dropped: it carries its error to the
store step, which keeps it with its raw bytes, and the crawl goes on.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.pipelines.files import FilesPipeline
from twisted.python.failure import Failure

from archive import tuning
from archive.crawlstate import CrawlState
from archive.db import Archive
from archive.discovery import record_discovery
from archive.errors import WRITE_ERRORS
from archive.store import store_page
from archive.times import format_utc, utc_now
from crawler import statkeys
from crawler.items import PageItem
from crawler.memory import SiteMemory, site_memory_loaded
from crawler.workers import extract_page
from pipelines.decode import decode

logger = logging.getLogger(__name__)


class DecodePipeline:
    """Give every page its real encoding (reusing the middleware's decision when present)."""

    def process_item(self, item: PageItem) -> PageItem:
        if not isinstance(item, PageItem) or item.not_modified or item.error:
            return item
        if item.decoded is None:
            try:
                item.decoded = decode(item.body, item.headers)
            except Exception as exc:  # decode() should never raise; keep the page if it does
                item.error = f"decode failed: {exc!r}"
        return item


class ExtractPipeline:
    """Extract the article (title, date, source, body, footer, ...) from article pages.

    Pages whose URL shape said neither article nor list ("other") are extracted too, and
    become articles when the content reads as one (:func:`pipelines.classify.looks_like_article`):
    a portal whose CMS spells article URLs in a way we have never seen still gets archived.

    The extraction runs in a pool of ``EXTRACT_WORKERS`` worker processes
    (:class:`crawler.pool.PagePool`), so the reactor keeps downloading meanwhile; ``0`` extracts
    in the crawl's own process. A page whose extraction takes longer than ``EXTRACT_TIMEOUT``
    seconds, or whose worker dies under it, is kept as an error page (raw bytes stored), and
    the crawl goes on. Should the workers not start at all, pages are extracted in-process.
    """

    def __init__(
        self, workers: int = 0, timeout: float = 60.0, max_tasks: int = 2000, crawler=None, nice: int = 0,
    ) -> None:
        self.workers = workers
        self.nice = nice
        self.timeout = timeout
        self.max_tasks = max_tasks
        self.crawler = crawler
        self.pool = None

    @classmethod
    def from_crawler(cls, crawler):
        from crawler.pool import default_pool_size

        settings = crawler.settings
        workers = settings.get("EXTRACT_WORKERS")
        workers = default_pool_size() if workers in (None, "", "auto") else int(workers)
        return cls(workers, settings.getfloat("EXTRACT_TIMEOUT", 60.0),
                   settings.getint("EXTRACT_WORKER_MAX_PAGES", 10000), crawler, settings.getint("WORKER_NICE", 0))

    def open_spider(self) -> None:
        if self.workers > 0:
            from crawler.pool import PagePool

            # read_page (article pages for the spider) needs the link reader too (no Scrapy)
            self.pool = PagePool(self.workers, timeout=self.timeout, max_tasks=self.max_tasks, nice=self.nice,
                                 preload=("pipelines.extract", "pipelines.classify", "crawler.links")).start()
            spider = getattr(self.crawler, "spider", None)
            if spider is not None:
                # the spider has its article pages read by the same workers (links and extraction at once)
                spider.page_pool = self.pool

    def close_spider(self) -> None:
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.close()
            if self.crawler is not None:
                for key, value in ((statkeys.EXTRACT_TIMEOUTS, pool.timeouts), (statkeys.EXTRACT_CRASHES, pool.crashes)):
                    if value:
                        self.crawler.stats.set_value(key, value)

    async def process_item(self, item: PageItem) -> PageItem:
        if not isinstance(item, PageItem) or item.page_type not in ("article", "other") or item.error \
                or item.extracted or item.not_modified or not 200 <= (item.status or 200) < 300:
            return item
        args = (item.body, item.url, item.headers, item.decoded, item.hints or None, item.page_type, item.listed)
        if self.pool is None or self.pool.closed:
            result = extract_page(*args)
        else:
            from scrapy.utils.defer import maybe_deferred_to_future

            from crawler.pool import PageTaskError

            try:
                result = await maybe_deferred_to_future(self.pool.submit("extract_page", *args))
            except (PageTaskError, RuntimeError) as exc:
                item.error = str(exc)
                return item
        item.page_type = result["page_type"]
        item.article = result["article"]
        if result["error"]:
            item.error = result["error"]
        return item


class StorePipeline:
    """Write raw captures and article records into the SQLite archive (``ARCHIVE_DB``).

    It also keeps the crawl state beside the archive (:class:`archive.crawlstate.CrawlState`):
    at the start it sends what is archived already (known articles, list pages, whether the
    last run was cut short) as a :class:`crawler.memory.SiteMemory` with the
    ``site_memory_loaded`` signal (the spider listens), and at the end it closes the run row,
    ``finished`` only when the crawl ran to its natural end.

    Group commits: pages are stored by a writer process (a :class:`crawler.pool.PagePool` of
    one, running :func:`crawler.workers.store_pages` on its own connection) in transactions of
    up to ``STORE_BATCH_SIZE`` pages, at most ``STORE_BATCH_SECONDS`` after the first of them
    arrived (:func:`archive.batch.store_batch`); the crawl's own process only hands them over.
    An item is through this step when its batch is committed (its ``outcome`` set); when the
    batch fails (the archive locked past the busy timeout, the disk full, the writer killed)
    every item of it fails -- none is reported as stored, and since the archive does not have
    them the next run fetches them again. A crawl killed before a commit loses at most the
    pages of the open batch, the same way. A page the archive refuses alone is rolled back
    alone and recorded as an error page (or, failing that, fails). ``STORE_BATCH_SIZE = 1``
    stores every page in its own transaction, in the crawl's process.
    """

    def __init__(self, db_path: str, crawler=None, batch_size: int = 1, batch_seconds: float = 0.0) -> None:
        self.db_path = db_path
        self.crawler = crawler
        self.archive = None
        self.state = None
        self.run_id: int | None = None
        self.crawl_id: int | None = None
        self.counts: Counter = Counter()
        self.batch_size = max(1, int(batch_size))
        self.batch_seconds = max(0.0, float(batch_seconds))
        self.pending: list[tuple[PageItem, dict[str, Any], Any]] = []
        self.timer = None
        self.writer = None  # the writer process (a PagePool of one), started with the spider
        self.writing = False
        self.lock_wait: float | None = None  # ARCHIVE_LOCK_WAIT; None: the archive's default

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("ARCHIVE_DB")
        if not db_path:
            raise NotConfigured("ARCHIVE_DB is not set")
        pipeline = cls(
            db_path, crawler, crawler.settings.getint("STORE_BATCH_SIZE", 1),
            crawler.settings.getfloat("STORE_BATCH_SECONDS", 0.0),
        )
        pipeline.lock_wait = crawler.settings.getfloat("ARCHIVE_LOCK_WAIT", pipeline.lock_wait)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider if self.crawler else None
        self.archive = Archive(self.db_path, create=True, lock_wait=self.lock_wait)
        site = getattr(spider, "site", None)
        config = site.as_dict() if site is not None else {}
        self.crawl_id = self.archive.start_crawl(
            site=config.get("name", getattr(spider, "name", "?")),
            config=json.loads(json.dumps(config, default=str)),
        )
        self.state = CrawlState(self.archive)  # the same connection: crawl state is part of the schema
        name = config.get("name", getattr(spider, "name", "?"))
        resuming = self.state.previous_run_unfinished(name)
        for dead in self.state.close_dead_runs(name):  # killed runs: close their crawl rows honestly
            try:
                self.archive.finish_crawl(dead, counts={}, status="interrupted")
            except Exception as exc:  # noqa: BLE001 (a missing crawl row must not stop this crawl)
                logger.warning("could not close interrupted crawl %s: %s", dead, exc)
        self.run_id = self.state.start_run(name, self.crawl_id, resumed=resuming)
        if self.crawler is not None:
            memory = SiteMemory(
                known=self.archive.known_articles(name),
                revisits=self.state.last_revisits(name),
                list_pages=self.state.list_pages(name),
                resuming=resuming,
            )
            for _, result in self.crawler.signals.send_catch_log(signal=site_memory_loaded, memory=memory):
                if isinstance(result, Failure):  # a spider that cannot take it must not crawl blind
                    result.raiseException()
            self.crawler.stats.set_value(statkeys.RESUMED, int(resuming))
            self.crawler.stats.set_value(statkeys.CRAWL_ID, self.crawl_id)
        if self.batch_size > 1:
            from crawler.pool import PagePool

            # no time limit on a batch (the busy timeout bounds a wait for the lock); one writer,
            # kept for the whole crawl (its connection stays open)
            nice = self.crawler.settings.getint("WORKER_NICE", 0) if self.crawler is not None else 0
            self.writer = PagePool(1, timeout=0, max_tasks=0, nice=nice, preload=("archive.batch", "archive.store")).start()

    # -- storing ---------------------------------------------------------------------------

    def _page(self, item: PageItem) -> dict[str, Any]:
        page = {name: getattr(item, name) for name in item.__dataclass_fields__}
        page["fetched_at"] = format_utc(item.fetched_at)
        return page

    def _not_stored(self, pages: int, why: str) -> None:
        """Count pages the archive did not take (the crawl ends "store_failed", exit 1)."""
        logger.error("%d page(s) not stored (the next run fetches them again): %s", pages, why)
        self.counts["store_failed"] += pages
        if self.crawler is not None:
            self.crawler.stats.inc_value(statkeys.STORE_FAILED, pages)

    def _stored(self, item: PageItem, outcome: str) -> None:
        item.outcome = outcome
        self.counts["pages"] += 1
        self.counts[f"outcome_{outcome}"] += 1
        if item.decoded is not None:
            self.counts[f"encoding_{item.decoded.encoding}"] += 1
        if self.crawler is not None:
            self.crawler.stats.inc_value(statkeys.outcome(outcome))

    async def process_item(self, item: PageItem) -> PageItem:
        if not isinstance(item, PageItem):
            return item
        if self.writer is None or self.writer.closed:  # one transaction a page, in this process
            try:
                outcome = store_page(self.archive, self.crawl_id, self._page(item), self.state)
            except WRITE_ERRORS as exc:
                # the archive would not take it (its write lock held past ARCHIVE_LOCK_WAIT, the
                # disk full): nothing of it was written; reported, and fetched again next run
                self._not_stored(1, str(exc))
                raise StoreFailed(f"not stored: {exc}") from None
            self._stored(item, outcome)
            return item
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.defer import Deferred

        done: Deferred = Deferred()
        self.pending.append((item, writer_page(self._page(item)), done))
        if len(self.pending) >= self.batch_size:
            self._flush()
        elif self.timer is None:
            from twisted.internet import reactor

            self.timer = reactor.callLater(self.batch_seconds, self._flush)
        await maybe_deferred_to_future(done)
        return item

    def _flush(self) -> None:
        """Hand the pending pages (up to a batch) to the writer, unless it is busy."""
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        self.timer = None
        if self.writing or not self.pending:
            return  # the batch running now hands over the next one when it ends
        batch, self.pending = self.pending[: self.batch_size], self.pending[self.batch_size:]
        self.writing = True
        pages = [page for _, page, _ in batch]
        d = self.writer.submit("store_pages", self.db_path, self.crawl_id, pages, self.lock_wait)
        d.addBoth(self._written, batch)

    def _written(self, outcome: Any, batch: list[tuple[PageItem, dict[str, Any], Any]]) -> None:
        self.writing = False
        if isinstance(outcome, Failure):
            self._not_stored(len(batch), f"their batch failed: {outcome.getErrorMessage()}")
            for _, _, done in batch:
                done.errback(StoreFailed(f"not stored: {outcome.getErrorMessage()}"))
        else:
            errors = {int(i): why for i, why in outcome["errors"].items()}
            recorded = set(outcome["recorded"])
            if self.crawler is not None:
                self.crawler.stats.inc_value(statkeys.STORE_BATCHES)
                self.crawler.stats.max_value(statkeys.STORE_BATCH_MAX_SECONDS, round(outcome["seconds"], 3))
            for i, (item, _, done) in enumerate(batch):
                why = errors.get(i)
                if why is None:
                    self._stored(item, outcome["outcomes"][i])
                    done.callback(item)
                elif i in recorded:
                    item.error = why
                    self._stored(item, "error")
                    done.callback(item)
                else:
                    self._not_stored(1, why)
                    done.errback(StoreFailed(f"not stored: {why}"))
        if len(self.pending) >= self.batch_size or (self.pending and self.timer is None):
            self._flush()

    def close_spider(self) -> None:
        """Every item is through by now (Scrapy waits for them): stop the writer."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.close()

    def spider_closed(self, spider=None, reason: str = "finished") -> None:
        """Close the crawl row with its counts and why the crawl ended."""
        if self.archive is None:
            return
        stats = self.crawler.stats if self.crawler is not None else None
        if stats is not None:
            for count, key in statkeys.CRAWL_COUNTS.items():
                self.counts[count] = stats.get_value(key, 0)
        status = "finished" if reason in ("finished", "closespider_pagecount") else str(reason)
        spider = spider if spider is not None else getattr(self.crawler, "spider", None)
        report = getattr(spider, "discovery_report", None)
        if report is not None:
            try:
                record_discovery(self.archive, self.crawl_id, _site_name(spider), report(reason))
            except Exception as exc:  # noqa: BLE001 (the report must not lose the crawl row)
                logger.warning("could not record the discovery report: %s", exc)
        if self.counts["store_failed"]:
            # pages fetched but not stored: not a finished crawl -- the next one resumes it and
            # walks every list page again, so that it finds and fetches them
            status = reason = "store_failed"
        # the crawl's own row waits for the lock as long as any write does by default, however
        # short ARCHIVE_LOCK_WAIT made the pages' wait: an honest end matters more than a quick one
        self.archive.lock_wait = max(self.archive.lock_wait, tuning.LOCK_WAIT_SECONDS)
        try:
            self.archive.finish_crawl(self.crawl_id, counts=dict(self.counts), status=status)
            if self.state is not None:
                # only a crawl that ran to its natural end lets the next one stop paging early
                self.state.finish_run(self.run_id, "finished" if reason == "finished" else str(reason))
        except WRITE_ERRORS as exc:
            # the run stays "running": the next crawl closes it as interrupted and resumes it
            logger.error("could not close the crawl's row (the next run resumes it): %s", exc)
        if self.state is not None:
            self.state.close()
            self.state = None
        self.archive.close()
        self.archive = None


def _site_name(spider: Any) -> str:
    site = getattr(spider, "site", None)
    return getattr(site, "name", None) or getattr(spider, "name", "?")


#: What of a page the store step reads (:func:`archive.store.store_page`).
STORED_FIELDS = (
    "site", "url", "final_url", "status", "headers", "body", "fetched_at", "page_type", "request_headers", "decoded",
    "article", "error", "links", "not_modified", "link_dates",
)


def writer_page(page: dict[str, Any]) -> dict[str, Any]:
    """A store step's page dict as the writer process gets it: what the store step reads, no more.

    The pipe to the writer carries every page once more (pickled in the crawl's process, unpickled
    in the writer), so what the store step never reads stays behind: the decoded text of the page
    (the archive keeps the raw bytes and the decoding's facts; the one reader of the text, the
    check of a known article's short page for a take-down notice, decodes the bytes again:
    :func:`archive.changes.removal_evidence`) and the item's pipeline fields (``hints``,
    ``listed``, ``extracted``, ``outcome``). An article's Simplified title and body, when the same
    as the text itself, are sent as the same string (pickle writes it once).

    Example:
        >>> from pipelines.decode import decode
        >>> page = {"url": "http://x/1", "decoded": decode("<p>通知</p>".encode()), "hints": {"a": 1},
        ...         "article": {"body": "通知", "body_simplified": "通" + "知"}}
        >>> sent = writer_page(page)
        >>> sent["decoded"].text, sent["decoded"].encoding, "hints" in sent, sent["article"]["body_simplified"]
        (None, 'utf-8', False, '通知')
    """
    sent = {name: page[name] for name in STORED_FIELDS if name in page}
    decoded = sent.get("decoded")
    if decoded is not None and getattr(decoded, "text", None) is not None:
        sent["decoded"] = dataclasses.replace(decoded, text=None)
    article = sent.get("article")
    if article:
        article = sent["article"] = dict(article)
        for name in ("title", "body"):
            text = article.get(name)
            if text is not None and article.get(f"{name}_simplified") == text:
                article[f"{name}_simplified"] = text
    return sent


class StoreFailed(DropItem):
    """A page the archive did not store (its batch failed, the archive's write lock was held past
    ARCHIVE_LOCK_WAIT, or it was refused and could not even be recorded as an error): the crawl
    reports it as failed; the next run fetches it again. A ``DropItem``: Scrapy logs one line
    (no traceback) and the item goes no further."""


class ArchiveFilesStore:
    """A FilesPipeline store that keeps files inside the archive, once per SHA-256.

    URI: ``archive:///path/to/archive.db`` (tables of :class:`archive.crawlstate.CrawlState`).
    The store "path" of a file is its URL (see :meth:`AttachmentsPipeline.file_path`).
    """

    def __init__(self, uri: str) -> None:
        self.db_path = uri.split("://", 1)[1]
        self._state = None

    @property
    def state(self) -> Any:
        """The crawl state, opened on first use (after the store pipeline created the archive)."""
        if self._state is None:
            self._state = CrawlState(self.db_path)
        return self._state

    def stat_file(self, path: str, info: Any) -> dict[str, Any]:
        """Known URL: its SHA-256 and when it was fetched (FilesPipeline skips it until FILES_EXPIRES)."""
        from crawler.revisit import parse_time

        known = self.state.attachment_fetched(path)
        if known is None:
            return {}
        sha256, fetched_at = known
        when = parse_time(fetched_at)
        return {"checksum": sha256, "last_modified": when.timestamp() if when else 0}

    def persist_file(self, path: str, buf: Any, info: Any, meta: Any = None, headers: Any = None) -> str:
        site = getattr(getattr(info.spider, "site", None), "name", None) if info is not None else None
        content_type = (headers or {}).get("Content-Type")
        article_url = (meta or {}).get("article_url")
        return self.state.store_attachment(path, site, buf.getvalue(), content_type, utc_now(), article_url)


class AttachmentsPipeline(FilesPipeline):
    """Download the attachment files of articles (sites with ``download_attachments = true``)
    into the archive by SHA-256, each at most ``attachment_max_bytes`` (Scrapy's FilesPipeline,
    robots.txt and politeness included). Other items pass through untouched."""

    STORE_SCHEMES = {**FilesPipeline.STORE_SCHEMES, "archive": ArchiveFilesStore}

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("ARCHIVE_DB")
        if not db_path:
            raise NotConfigured("ARCHIVE_DB is not set")
        store = crawler.settings.get("FILES_STORE") or "archive://"
        if store == "archive://":
            from pathlib import Path

            store = "archive://" + str(Path(db_path).resolve())
        cls._update_stores(crawler.settings)
        return cls(store, crawler=crawler)

    def get_media_requests(self, item: Any, info: Any) -> list:
        from scrapy import Request
        from scrapy.http.request import NO_CALLBACK

        from crawler.items import AttachmentItem

        if not isinstance(item, AttachmentItem):
            return []
        site = getattr(info.spider, "site", None)
        limit = getattr(site, "attachment_max_bytes", None) or self.crawler.settings.getint(
            "ATTACHMENT_MAX_BYTES"
        )
        return [
            Request(u, callback=NO_CALLBACK, meta={"download_maxsize": limit, "download_warnsize": 0})
            for u in item.file_urls
        ]

    def file_path(self, request: Any, response: Any = None, info: Any = None, *, item: Any = None) -> str:
        return request.url

    async def file_downloaded(self, response: Any, request: Any, info: Any, *, item: Any = None) -> str:
        from io import BytesIO

        headers = {"Content-Type": (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None}
        meta = {"article_url": getattr(item, "article_url", None)}
        return self.store.persist_file(request.url, BytesIO(response.body), info, meta=meta, headers=headers)

    def item_completed(self, results: list, item: Any, info: Any) -> Any:
        from crawler.items import AttachmentItem

        if isinstance(item, AttachmentItem):
            item.files = [x for ok, x in results if ok]
            if self.crawler is not None:
                self.crawler.stats.inc_value(statkeys.ATTACHMENTS, len(item.files))
                self.crawler.stats.inc_value(
                    statkeys.ATTACHMENTS_FAILED, len([1 for ok, _ in results if not ok])
                )
        return item
