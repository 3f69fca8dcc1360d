"""Scrapy item pipelines, one per step, each a thin wrapper over a pure function:

- :class:`DecodePipeline`  -> :func:`pipelines.decode.decode`
- :class:`ExtractPipeline` -> :func:`pipelines.extract.extract_article`
- :class:`StorePipeline`   -> :func:`archive.store.store_page` (over :class:`archive.db.Archive`)
- :class:`AttachmentsPipeline` -> Scrapy's FilesPipeline into :class:`ArchiveFilesStore` (by SHA-256)

A page that fails to decode or extract is not dropped: it carries its error to the
store step, which keeps it with its raw bytes, and the crawl goes on.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.pipelines.files import FilesPipeline
from twisted.python.failure import Failure

from archive.crawlstate import CrawlState
from archive.db import Archive
from archive.store import store_page
from archive.times import format_utc, utc_now
from crawler import statkeys
from crawler.items import PageItem
from crawler.memory import SiteMemory, site_memory_loaded
from pipelines.classify import looks_like_article
from pipelines.decode import decode
from pipelines.extract import extract_article

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
    """

    def process_item(self, item: PageItem) -> PageItem:
        if not isinstance(item, PageItem) or item.page_type not in ("article", "other") or item.error \
                or item.not_modified or (item.status or 200) >= 400:
            return item
        article = extract_article(
            item.body, item.url, item.headers, decoded=item.decoded, hints=item.hints or None
        )
        record = article.to_record()
        if item.page_type == "other":
            if looks_like_article(record):
                item.page_type = "article"
                item.article = record
            return item
        if record.get("error"):
            item.error = record["error"]
        elif not (record.get("body") or "").strip():
            item.error = "extraction found no article body"
        else:
            item.article = record
        return item


class StorePipeline:
    """Write raw captures and article records into the SQLite archive (``ARCHIVE_DB``).

    It also keeps the crawl state beside the archive (:class:`archive.crawlstate.CrawlState`):
    at the start it sends what is archived already (known articles, list pages, whether the
    last run was cut short) as a :class:`crawler.memory.SiteMemory` with the
    ``site_memory_loaded`` signal (the spider listens), and at the end it closes the run row,
    ``finished`` only when the crawl ran to its natural end.
    """

    def __init__(self, db_path: str, crawler=None) -> None:
        self.db_path = db_path
        self.crawler = crawler
        self.archive = None
        self.state = None
        self.run_id: int | None = None
        self.crawl_id: int | None = None
        self.counts: Counter = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("ARCHIVE_DB")
        if not db_path:
            raise NotConfigured("ARCHIVE_DB is not set")
        pipeline = cls(db_path, crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider if self.crawler else None
        self.archive = Archive(self.db_path, create=True)
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

    def process_item(self, item: PageItem) -> PageItem:
        if not isinstance(item, PageItem):
            return item
        page = {name: getattr(item, name) for name in item.__dataclass_fields__}
        page["fetched_at"] = format_utc(item.fetched_at)
        item.outcome = store_page(self.archive, self.crawl_id, page, self.state)
        self.counts["pages"] += 1
        self.counts[f"outcome_{item.outcome}"] += 1
        if item.decoded is not None:
            self.counts[f"encoding_{item.decoded.encoding}"] += 1
        if self.crawler is not None:
            self.crawler.stats.inc_value(statkeys.outcome(item.outcome))
        return item

    def spider_closed(self, spider=None, reason: str = "finished") -> None:
        """Close the crawl row with its counts and why the crawl ended."""
        if self.archive is None:
            return
        stats = self.crawler.stats if self.crawler is not None else None
        if stats is not None:
            for count, key in statkeys.CRAWL_COUNTS.items():
                self.counts[count] = stats.get_value(key, 0)
        status = "finished" if reason in ("finished", "closespider_pagecount") else str(reason)
        self.archive.finish_crawl(self.crawl_id, counts=dict(self.counts), status=status)
        if self.state is not None:
            # only a crawl that ran to its natural end lets the next one stop paging early
            self.state.finish_run(self.run_id, "finished" if reason == "finished" else str(reason))
            self.state.close()
            self.state = None
        self.archive.close()
        self.archive = None


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
