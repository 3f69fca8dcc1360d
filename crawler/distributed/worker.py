"""Run crawl workers: ``govarchive crawl CONFIG --redis URL``.

A worker is the ordinary crawl -- the same spider, middlewares, decoding and extraction --
with three settings changed: the scheduler is :class:`crawler.distributed.scheduler.RunScheduler`
(frontier and seen-set in Redis, shared by every worker of the run), the store pipeline is
replaced by :class:`crawler.distributed.pipelines.RedisQueuePipeline` (finished pages go to the
writer through Redis), and attachment files go the same way.
"""

from __future__ import annotations

from typing import Any

from crawler.distributed.runs import new_worker_id
from crawler.siteconfig import SiteConfig

__all__ = ["RedisUnavailable", "check_redis", "run_workers", "worker_settings"]


class RedisUnavailable(RuntimeError):
    """Redis cannot be reached (the message is one line for the user)."""


def check_redis(url: str, timeout: float = 5.0) -> Any:
    """A connected client for ``url``, or :class:`RedisUnavailable` saying why not.

    >>> check_redis("http://127.0.0.1:1/")
    Traceback (most recent call last):
    ...
    crawler.distributed.worker.RedisUnavailable: bad Redis URL 'http://127.0.0.1:1/': Redis URL must specify one of the following schemes (redis://, rediss://, unix://)
    """
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
    except ValueError as exc:
        raise RedisUnavailable(f"bad Redis URL {url!r}: {exc}") from None
    try:
        client.ping()
    except redis.exceptions.AuthenticationError as exc:
        raise RedisUnavailable(f"Redis at {url} refused the credentials: {exc}") from None
    except redis.exceptions.ResponseError as exc:
        raise RedisUnavailable(f"Redis at {url} answered with an error: {exc}") from None
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as exc:
        raise RedisUnavailable(f"cannot reach Redis at {url}: {exc}") from None
    return client


def worker_settings(redis_url: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Scrapy settings of a worker (over ``crawler.settings``)."""
    from crawler.runner import project_settings

    base = project_settings()
    pipelines = dict(base.getdict("ITEM_PIPELINES"))
    for name in list(pipelines):
        if name.endswith(".StorePipeline"):
            pipelines[name] = None
        if name.endswith(".AttachmentsPipeline"):
            pipelines[name] = None
    pipelines["crawler.distributed.pipelines.RedisQueuePipeline"] = 300
    pipelines["crawler.distributed.pipelines.RedisAttachmentsPipeline"] = 400
    middlewares = dict(base.getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] = None
    middlewares["crawler.distributed.robots.SharedRobotsTxtMiddleware"] = 100
    # after the per-worker cap (990), just before the download: every worker's requests to a host together
    middlewares["crawler.distributed.politeness.SharedPolitenessMiddleware"] = 995
    return {
        "SCHEDULER": "crawler.distributed.scheduler.RunScheduler",
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "REDIS_URL": redis_url,
        "ITEM_PIPELINES": pipelines,
        "FILES_STORE": "redis://",
        "ARCHIVE_DB": None,
        **(overrides or {}),
    }


def run_workers(sites: list[SiteConfig], redis_url: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl ``sites`` as a worker (blocking; one Scrapy crawl per site); returns each site's stats."""
    from scrapy.crawler import CrawlerProcess

    from crawler.extensions import BOARD
    from crawler.runner import project_settings, site_settings
    from crawler.spiders.portal import PortalSpider

    settings = project_settings(worker_settings(redis_url, overrides))
    BOARD.reset()
    process = CrawlerProcess(settings)
    crawlers = {}
    base_id = new_worker_id()
    for site in sites:
        custom = {**site_settings(site), "REDIS_WORKER_ID": f"{base_id}:{site.name}"}
        spidercls = type(
            f"PortalSpider_{site.name}".replace("-", "_").replace(".", "_"), (PortalSpider,), {"custom_settings": custom}
        )
        crawler = process.create_crawler(spidercls)
        crawlers[site.name] = crawler
        process.crawl(crawler, site=site)
    process.start()
    return {name: dict(crawler.stats.get_stats()) for name, crawler in crawlers.items()}
