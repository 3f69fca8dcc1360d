"""Scrapy item pipelines, one per step, each a thin wrapper over a pure function:

- :class:`DecodePipeline`  -> :func:`pipelines.decode.decode`
- :class:`ExtractPipeline` -> :func:`pipelines.extract.extract_article`
- :class:`StorePipeline`   -> :func:`pipelines.store.store_page` (over :class:`archive.db.Archive`)

A page that fails to decode or extract is not dropped: it carries its error to the
store step, which keeps it with its raw bytes, and the crawl goes on.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.items import PageItem
from pipelines.decode import decode
from pipelines.extract import extract_article
from pipelines.store import store_page


class DecodePipeline:
    """Give every page its real encoding (reusing the middleware's decision when present)."""

    def process_item(self, item: PageItem) -> PageItem:
        if item.decoded is None:
            try:
                item.decoded = decode(item.body, item.headers)
            except Exception as exc:  # decode() should never raise; keep the page if it does
                item.error = f"decode failed: {exc!r}"
        return item


class ExtractPipeline:
    """Extract the article (title, date, source, body, footer, ...) from article pages."""

    def process_item(self, item: PageItem) -> PageItem:
        if item.page_type != "article" or item.error:
            return item
        article = extract_article(item.body, item.url, item.headers, decoded=item.decoded, hints=item.hints or None)
        record = article.to_record()
        if record.get("error"):
            item.error = record["error"]
        elif not (record.get("body") or "").strip():
            item.error = "extraction found no article body"
        else:
            item.article = record
        return item


class StorePipeline:
    """Write raw captures and article records into the SQLite archive (``ARCHIVE_DB``)."""

    def __init__(self, db_path: str, crawler=None) -> None:
        self.db_path = db_path
        self.crawler = crawler
        self.archive = None
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
        from archive.db import Archive

        spider = self.crawler.spider if self.crawler else None
        self.archive = Archive(self.db_path, create=True)
        site = getattr(spider, "site", None)
        config = site.as_dict() if site is not None else {}
        self.crawl_id = self.archive.start_crawl(site=config.get("name", getattr(spider, "name", "?")),
                                                 config=json.loads(json.dumps(config, default=str)))
        if spider is not None:
            spider.crawl_id = self.crawl_id

    def process_item(self, item: PageItem) -> PageItem:
        page = {name: getattr(item, name) for name in item.__dataclass_fields__}
        item.outcome = store_page(self.archive, self.crawl_id, page)
        self.counts["pages"] += 1
        self.counts[f"outcome_{item.outcome}"] += 1
        if item.decoded is not None:
            self.counts[f"encoding_{item.decoded.encoding}"] += 1
        if self.crawler is not None:
            self.crawler.stats.inc_value(f"govarchive/{item.outcome}")
        return item

    def spider_closed(self, spider=None, reason: str = "finished") -> None:
        """Close the crawl row with its counts and why the crawl ended."""
        if self.archive is None:
            return
        stats = self.crawler.stats if self.crawler is not None else None
        if stats is not None:
            self.counts["requests"] = stats.get_value("downloader/request_count", 0)
            self.counts["responses"] = stats.get_value("downloader/response_count", 0)
            self.counts["robots_forbidden"] = stats.get_value("robotstxt/forbidden", 0)
        status = "finished" if reason in ("finished", "closespider_pagecount") else str(reason)
        self.archive.finish_crawl(self.crawl_id, counts=dict(self.counts), status=status)
        self.archive.close()
        self.archive = None
