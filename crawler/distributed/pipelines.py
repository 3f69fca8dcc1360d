"""The worker's last item pipeline: finished pages go to Redis for the writer, not to SQLite.

``RedisQueuePipeline`` takes the place of the store pipeline in ``govarchive crawl --redis``:
a page item that went through decoding and extraction is serialised
(:func:`crawler.distributed.codec.page_message`: raw capture, decoding decision, extracted
record or error, crawl bookkeeping) and appended to ``P:items``, together with the site's
pending counter, in one step. The writer (``govarchive ingest``) stores it.

``RedisAttachmentsPipeline`` is the attachments step of a worker (sites with
``download_attachments``): Scrapy's FilesPipeline with :class:`RedisFilesStore`, which sends a
downloaded file to the writer as an ``attachment`` message; files the archive already holds
(published in ``state:files``) are not downloaded again until ``FILES_EXPIRES``.

Both learn the run they work for from the ``run_joined`` signal of the scheduler.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import redis
from scrapy.exceptions import DropItem, NotConfigured

from archive.times import format_utc, utc_now
from crawler import statkeys as K
from crawler.distributed import codec
from crawler.distributed.keys import Keys
from crawler.distributed.queue import push
from crawler.distributed.runs import Run, run_joined
from crawler.items import PageItem
from crawler.pipelines import AttachmentsPipeline

__all__ = ["RedisAttachmentsPipeline", "RedisFilesStore", "RedisQueuePipeline"]

logger = logging.getLogger(__name__)


def _client(settings: Any) -> Any:
    from crawler.distributed.scheduler import redis_client

    return redis_client(settings.get("REDIS_URL"))


class RedisQueuePipeline:
    """Push every page item to the writer's queue in Redis (``REDIS_URL``)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.client = _client(crawler.settings)
        self.keys = Keys(crawler.settings.get("REDIS_KEY_PREFIX") or "govarchive")
        self.worker = crawler.settings.get("REDIS_WORKER_ID") or ""
        self.run: Run | None = None
        crawler.signals.connect(self.on_run_joined, signal=run_joined)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisQueuePipeline:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        return cls(crawler)

    def on_run_joined(self, run: Run, files: dict[str, Any]) -> None:
        self.run = run

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        if self.run is None:
            raise RuntimeError("no run joined: the scheduler is not crawler.distributed.scheduler.RunScheduler")
        page = {name: getattr(item, name) for name in item.__dataclass_fields__}
        page["fetched_at"] = format_utc(item.fetched_at)
        message = codec.page_message(page, run=self.run.id, run_uid=self.run.uid, worker=self.worker)
        try:
            push(self.client, self.keys, item.site, message)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
            # its request stays taken (the scheduler acknowledges nothing any more): crawled again
            raise DropItem(f"Redis unavailable, {item.url} will be crawled again: {exc}") from None
        item.outcome = "queued"
        self.crawler.stats.inc_value(K.QUEUED)
        if item.error:
            self.crawler.stats.inc_value(K.ERROR)
        return item


class RedisFilesStore:
    """A FilesPipeline store for workers: files go to the writer through Redis.

    URI ``redis://`` (the connection is ``REDIS_URL``); :class:`RedisAttachmentsPipeline` hands
    it the crawler, the run and the files the archive holds (:meth:`bind`).
    """

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.crawler: Any = None
        self.client: Any = None
        self.keys = Keys()
        self.run: Run | None = None
        self.known: dict[str, dict[str, Any]] = {}

    def bind(self, crawler: Any) -> None:
        self.crawler = crawler
        self.client = _client(crawler.settings)
        self.keys = Keys(crawler.settings.get("REDIS_KEY_PREFIX") or "govarchive")
        crawler.signals.connect(self.on_run_joined, signal=run_joined)

    def on_run_joined(self, run: Run, files: dict[str, Any]) -> None:
        self.run, self.known = run, files

    def stat_file(self, path: str, info: Any) -> dict[str, Any]:
        """A file the archive holds (published state): its SHA-256 and when it was fetched."""
        from crawler.revisit import parse_time

        entry = self.known.get(path)
        if not entry:
            return {}
        when = parse_time(entry.get("fetched_at"))
        return {"checksum": entry["sha256"], "last_modified": when.timestamp() if when else 0}

    def persist_file(self, path: str, buf: Any, info: Any, meta: Any = None, headers: Any = None) -> str:
        body = buf.getvalue()
        site = self.crawler.spider.site.name
        message = codec.attachment_message(
            site=site, run=self.run.id, run_uid=self.run.uid, url=path, body=body,
            content_type=(headers or {}).get("Content-Type"), fetched_at=utc_now(),
            article_url=(meta or {}).get("article_url"), worker=self.crawler.settings.get("REDIS_WORKER_ID") or "",
        )
        push(self.client, self.keys, site, message)
        return hashlib.sha256(body).hexdigest()


class RedisAttachmentsPipeline(AttachmentsPipeline):
    """The attachments step of a worker: files go to the writer through Redis."""

    STORE_SCHEMES = {**AttachmentsPipeline.STORE_SCHEMES, "redis": RedisFilesStore}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisAttachmentsPipeline:
        cls._update_stores(crawler.settings)
        pipeline = cls("redis://", crawler=crawler)
        pipeline.store.bind(crawler)
        return pipeline
