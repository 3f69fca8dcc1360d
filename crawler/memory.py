"""What the archive remembers of a site, handed from the store pipeline to the spider.

The store pipeline opens the archive when the crawl starts and sends :data:`site_memory_loaded`
with a :class:`SiteMemory`; the spider listens for it (``PortalSpider.from_crawler``). Neither
writes into the other: the spider never imports the archive, the pipeline never sets
attributes on the spider.

Example:
    >>> SiteMemory().resuming
    False
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Scrapy signal sent once per crawl, before the first request, with ``memory=SiteMemory(...)``.
site_memory_loaded = object()


@dataclass
class SiteMemory:
    """What the archive holds for one site when its crawl starts.

    ``known``: archived article URLs with what a conditional re-fetch needs
    (:meth:`archive.db.Archive.known_articles`); ``revisits``: URL -> time of its last
    ``304``; ``list_pages``: remembered list pages, sitemaps and feeds with their validators
    and links (:meth:`archive.crawlstate.CrawlState.list_pages`); ``resuming``: the previous
    run of the site did not finish, so this one resumes it.
    """

    known: dict[str, dict[str, Any]] = field(default_factory=dict)
    revisits: dict[str, str] = field(default_factory=dict)
    list_pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    resuming: bool = False
