"""Run configured crawls in-process (what ``govarchive crawl`` and ``govarchive demo`` call)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from crawler.siteconfig import SiteConfig

# site config [politeness] key -> Scrapy setting
POLITENESS_SETTINGS = {
    "download_delay": "DOWNLOAD_DELAY",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "autothrottle": "AUTOTHROTTLE_ENABLED",
    "user_agent": "USER_AGENT",
    "obey_robots": "ROBOTSTXT_OBEY",
    "retry_times": "RETRY_TIMES",
    "timeout": "DOWNLOAD_TIMEOUT",
    "max_response_bytes": "DOWNLOAD_MAXSIZE",
}


def site_settings(site: SiteConfig) -> dict[str, Any]:
    """The Scrapy settings one site's config overrides.

    >>> from crawler.siteconfig import SiteConfig
    >>> site_settings(SiteConfig("x", ["http://a/"], ["a"], politeness={"download_delay": 2}, max_pages=50))
    {'DOWNLOAD_DELAY': 2, 'MAX_PAGES': 50}
    """
    out = {POLITENESS_SETTINGS[k]: v for k, v in site.politeness.items() if k in POLITENESS_SETTINGS}
    if site.max_pages:
        out["MAX_PAGES"] = site.max_pages  # a hard limit (crawler.traces.PageBudgetMiddleware)
    return out


def project_settings(overrides: dict[str, Any] | None = None):
    """Scrapy settings from ``crawler.settings`` (wherever the command runs), plus overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(
    sites: list[SiteConfig], db_path: str, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Crawl every site into ``db_path`` (blocking; one Scrapy crawl per site, run together).

    Returns ``{site name: Scrapy stats dict}``.

    Example::

        run_crawl(load_sites("crawler/sites/hebei.toml"), "archive.db")
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.portal import PortalSpider

    settings = project_settings({"ARCHIVE_DB": db_path, **(overrides or {})})
    from crawler.extensions import BOARD

    BOARD.reset()
    process = CrawlerProcess(settings)
    crawlers = {}
    for site in sites:
        spidercls = type(
            f"PortalSpider_{site.name}".replace("-", "_").replace(".", "_"),
            (PortalSpider,),
            {"custom_settings": site_settings(site)},
        )
        crawler = process.create_crawler(spidercls)
        crawlers[site.name] = crawler
        process.crawl(crawler, site=site)
    process.start()
    return {name: dict(crawler.stats.get_stats()) for name, crawler in crawlers.items()}


class SiteLocked(RuntimeError):
    """Another crawl of the same site into the same archive is running."""


def lock_path(db_path: str, site: str) -> str:
    """The lock file of one site's crawls into one archive: beside the real file, whatever path
    names it (a symbolic link, ``..``, a relative path), so every spelling takes the same lock.

    >>> import os
    >>> lock_path("a/../b.db", "qinghe") == os.path.realpath("b.db") + ".qinghe.lock"
    True
    """
    import os

    return f"{os.path.realpath(db_path)}.{site}.lock"


class SiteLock:
    """An exclusive, non-blocking lock per (archive, site): a second run exits at once.

    The lock is an ``fcntl.flock`` on ``ARCHIVE.SITE.lock``; the kernel drops it when the process
    dies (even by SIGKILL), so a crashed run never leaves a stale lock. The file holds the pid
    and start time of the holder, for the message the second run prints.

    Example::

        with SiteLock("archive.db", "qinghe"):
            run_crawl(...)
    """

    def __init__(self, db_path: str, site: str) -> None:
        self.path = lock_path(db_path, site)
        self.site = site
        self.db_path = db_path
        self.handle = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`SiteLocked` saying who holds it."""
        import fcntl
        import os
        from datetime import datetime

        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise SiteLocked(
                f"site {self.site!r} is already being crawled into {self.db_path} ({holder}); exiting"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, since {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC")
        handle.flush()
        self.handle = handle

    def release(self) -> None:
        """Drop the lock (the file stays; an unlocked file means nobody is crawling)."""
        if self.handle is not None:
            import fcntl

            self.handle.seek(0)
            self.handle.truncate()
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None

    def __enter__(self) -> SiteLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
