"""The worker's last item pipeline: finished pages go to Redis for the writer, not to SQLite.

``RedisQueuePipeline`` takes the place of the store pipeline in ``govarchive crawl --redis``:
a page item that went through decoding and extraction is serialised
(:func:`crawler.distributed.codec.page_message`: raw capture, decoding decision, extracted
record or error, crawl bookkeeping) and appended to ``P:items``, together with the site's
pending counter, in one transaction. The writer (``govarchive ingest``) stores it.

``RedisFilesStore`` is the attachment store of workers (``FILES_STORE = "redis://"``): a
downloaded file goes to the writer as an ``attachment`` message; files the archive already
holds (published in ``state:files``) are not downloaded again until ``FILES_EXPIRES``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import NotConfigured

from crawler.distributed import codec
from crawler.distributed.keys import Keys
from crawler.items import PageItem

__all__ = ["RedisFilesStore", "RedisQueuePipeline"]

logger = logging.getLogger(__name__)


class RedisQueuePipeline:
    """Push every page item to the writer's queue in Redis (``REDIS_URL``)."""

    def __init__(self, crawler: Any) -> None:
        from crawler.distributed.scheduler import redis_client

        self.crawler = crawler
        self.client = redis_client(crawler.settings.get("REDIS_URL"))
        self.keys = Keys(crawler.settings.get("REDIS_KEY_PREFIX") or "govarchive")

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisQueuePipeline:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        spider = self.crawler.spider
        run = spider.redis_run
        page = {name: getattr(item, name) for name in item.__dataclass_fields__}
        message = codec.page_message(page, run=run.id, run_uid=run.uid, worker=self.crawler.settings.get("REDIS_WORKER_ID") or "")
        with self.client.pipeline(transaction=True) as pipe:
            pipe.rpush(self.keys.items, message)
            pipe.hincrby(self.keys.pending, item.site, 1)
            pipe.execute()
        item.outcome = "queued"
        self.crawler.stats.inc_value("govarchive/queued")
        if item.error:
            self.crawler.stats.inc_value("govarchive/error")
        return item


class RedisFilesStore:
    """A FilesPipeline store for workers: files go to the writer through Redis.

    URI: ``redis://`` (the connection is ``REDIS_URL``; set by ``govarchive crawl --redis``).
    """

    crawler: Any = None  # set by the attachments pipeline

    def __init__(self, uri: str) -> None:
        self.uri = uri

    def _spider(self, info: Any) -> Any:
        return getattr(info, "spider", None) or getattr(self.crawler, "spider", None)

    def stat_file(self, path: str, info: Any) -> dict[str, Any]:
        """A file the archive holds (published state): its SHA-256 and when it was fetched."""
        from crawler.revisit import parse_time

        spider = self._spider(info)
        known = getattr(spider, "redis_files", {}) or {}
        entry = known.get(path)
        if not entry:
            return {}
        when = parse_time(entry.get("fetched_at"))
        return {"checksum": entry["sha256"], "last_modified": when.timestamp() if when else 0}

    def persist_file(self, path: str, buf: Any, info: Any, meta: Any = None, headers: Any = None) -> str:
        import hashlib

        from crawler.distributed.runs import utc_now
        from crawler.distributed.scheduler import redis_client

        spider = self._spider(info)
        run = spider.redis_run
        settings = spider.crawler.settings
        body = buf.getvalue()
        message = codec.attachment_message(
            site=spider.site.name, run=run.id, run_uid=run.uid, url=path, body=body,
            content_type=(headers or {}).get("Content-Type"), fetched_at=utc_now(),
            article_url=(meta or {}).get("article_url"), worker=settings.get("REDIS_WORKER_ID") or "",
        )
        client = getattr(spider, "_redis_files_client", None)
        if client is None:
            client = spider._redis_files_client = redis_client(settings.get("REDIS_URL"))
        keys = Keys(settings.get("REDIS_KEY_PREFIX") or "govarchive")
        with client.pipeline(transaction=True) as pipe:
            pipe.rpush(keys.items, message)
            pipe.hincrby(keys.pending, spider.site.name, 1)
            pipe.execute()
        return hashlib.sha256(body).hexdigest()
