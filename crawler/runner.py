"""Run configured crawls in-process (what ``govarchive crawl`` and ``govarchive demo`` call)."""
from __future__ import annotations

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
    {'DOWNLOAD_DELAY': 2, 'CLOSESPIDER_PAGECOUNT': 50}
    """
    out = {POLITENESS_SETTINGS[k]: v for k, v in site.politeness.items() if k in POLITENESS_SETTINGS}
    if site.max_pages:
        out["CLOSESPIDER_PAGECOUNT"] = site.max_pages
    return out


def project_settings(overrides: dict[str, Any] | None = None):
    """Scrapy settings from ``crawler.settings`` (wherever the command runs), plus overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(sites: list[SiteConfig], db_path: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl every site into ``db_path`` (blocking; one Scrapy crawl per site, run together).

    Returns ``{site name: Scrapy stats dict}``.

    Example::

        run_crawl(load_sites("crawler/sites/examples.toml"), "archive.db")
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.portal import PortalSpider

    settings = project_settings({"ARCHIVE_DB": db_path, **(overrides or {})})
    from crawler.extensions import BOARD

    BOARD.reset()
    process = CrawlerProcess(settings, install_root_handler=True)
    crawlers = {}
    for site in sites:
        spidercls = type(f"PortalSpider_{site.name}".replace("-", "_").replace(".", "_"), (PortalSpider,),
                         {"custom_settings": site_settings(site)})
        crawler = process.create_crawler(spidercls)
        crawlers[site.name] = crawler
        process.crawl(crawler, site=site)
    process.start()
    return {name: dict(crawler.stats.get_stats()) for name, crawler in crawlers.items()}
