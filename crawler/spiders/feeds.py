"""The portal spider's sitemaps, robots.txt ``Sitemap:`` lines and RSS / Atom feeds: read with
Scrapy's sitemap support and feedparser; their links become article candidates, their dates
(``<lastmod>``, entry dates) go to the revisit plan.

A mixin of :class:`crawler.spiders.portal.PortalSpider`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.http import HtmlResponse, Response, TextResponse

from crawler import statkeys
from crawler.items import headers_to_dict
from crawler.spiders.pageitems import NOT_MODIFIED
from crawler.urls import canonicalize

SITEMAP_URL = re.compile(r"(?:sitemap[^/]*|/sitemaps?/[^/]+)\.xml(?:\.gz)?$|sitemap\.txt$", re.I)
FEED_LINK = re.compile(r"<link\b[^>]*\btype=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I)
HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.I)


class FeedsMixin:
    """Sitemaps, robots.txt and feeds."""

    def feed_requests(self, response: TextResponse) -> Any:
        """RSS / Atom feeds a page announces (``<link rel="alternate" type="application/rss+xml">``)."""
        if not self.site.discover_feeds or not isinstance(response, HtmlResponse):
            return
        for tag in FEED_LINK.findall(response.text):
            href = HREF.search(tag)
            if href and self._in_domain(response.urljoin(href.group(1))):
                self._inc(statkeys.FEEDS_DISCOVERED)
                yield from self.index_request(response.urljoin(href.group(1)), self.parse_feed, "feed")

    def on_robots_parsed(self, robotparser: Any, request: Any = None) -> None:
        """Scrapy's robots.txt middleware read a host's robots.txt (it is fetched once, for obeying
        it): ask for the sitemaps its ``Sitemap:`` lines name."""
        if not self.site.robots_sitemaps or request is None:
            return
        split = urlsplit(request.url)
        robots = urlunsplit((split.scheme, split.netloc, "/robots.txt", "", ""))
        if not self._in_domain(robots) or robots in self.robots_read:
            return
        self.robots_read.add(robots)
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None)
        if sitemaps is None:  # a robots parser that does not keep Sitemap: lines: read it ourselves
            self.crawler.engine.crawl(
                self._request(robots, self.parse_robots, "sitemap", meta={"dont_obey_robotstxt": True}))
            return
        for url in dict.fromkeys(canonicalize(urljoin(robots, u.strip())) for u in sitemaps):
            if self._in_domain(url):
                for sitemap_request in self.index_request(url, self.parse_sitemap, "sitemap"):
                    self.crawler.engine.crawl(sitemap_request)

    def parse_robots(self, response: Response) -> Any:
        """robots.txt: its ``Sitemap:`` lines (Scrapy's own reading of them)."""
        from scrapy.utils.sitemap import sitemap_urls_from_robots

        url = canonicalize(response.url)
        self.pending.discard(url)
        if response.status == NOT_MODIFIED:
            links = self.list_memory.get(url, {}).get("links", [])
            yield self.not_modified_item(response, "sitemap")
        else:
            links = [canonicalize(u) for u in sitemap_urls_from_robots(response.body, base_url=response.url)]
            links = [u for u in dict.fromkeys(links) if self._in_domain(u)]
            yield self.page_item(response, "sitemap", links)
        for link in links:
            yield from self.index_request(link, self.parse_sitemap, "sitemap")

    def parse_sitemap(self, response: Response) -> Any:
        """A sitemap or sitemap index (``.xml``, ``.xml.gz``), read by Scrapy's sitemap support;
        ``<lastmod>`` is kept per URL and spares unchanged archived articles their revisit."""
        url = canonicalize(response.url)
        self.pending.discard(url)
        self.pending.discard(self.item_url(response))
        if response.status == NOT_MODIFIED:
            links = self.list_memory.get(url, {}).get("links", [])
            yield self.not_modified_item(response, "sitemap")
            yield from self.sitemap_follow(links, url)
            return
        from scrapy.utils.gz import gunzip
        from scrapy.utils.sitemap import Sitemap

        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE", 0))
            except Exception as exc:  # noqa: BLE001 (a broken archive is an error of that sitemap)
                yield self.page_item(response, "sitemap", [], error=f"sitemap not gunzippable: {exc}"[:300])
                return
        try:
            sitemap = Sitemap(body)
            entries = list(sitemap)
        except Exception as exc:  # noqa: BLE001 (lxml refuses some bodies outright)
            yield self.page_item(response, "sitemap", [], error=f"sitemap unreadable: {exc}"[:300])
            return
        links, dates, children = [], {}, []
        for entry in entries:
            loc = entry.get("loc")
            if not loc:
                continue
            # <loc> should be absolute; relative ones (seen on portals) are resolved against the sitemap
            link = canonicalize(response.urljoin(loc.strip()))
            if not self._in_domain(link):
                continue
            links.append(link)
            if sitemap.type == "sitemapindex":
                children.append(link)
            elif entry.get("lastmod"):
                dates[link] = {"lastmod": entry["lastmod"].strip()}
        links = list(dict.fromkeys(links))
        item = self.page_item(response, "sitemap", links)
        item.link_dates = dates
        self.note_dates(item.link_dates)
        yield item
        self.lastmod.update({u: d["lastmod"] for u, d in dates.items()})
        for child in dict.fromkeys(children):
            yield from self.index_request(child, self.parse_sitemap, "sitemap")
        yield from self.sitemap_follow([u for u in links if u not in children], url)

    def sitemap_follow(self, links: list[str], source: str | None = None) -> Any:
        """Requests for a sitemap's links: child sitemaps, articles (new or due), pages never seen."""
        for link in links:
            if SITEMAP_URL.search(link):
                yield from self.index_request(link, self.parse_sitemap, "sitemap")  # a sitemap index
            elif self.page_type(link) == "article":
                request = self.article_request(link, lastmod=self.lastmod.get(link))
                if request is not None:
                    yield request
            elif link not in self.list_memory and link not in self.requested and not self._guard().check(link):
                # a page fetched before is reached again through the site's own links (or not at all,
                # when its list stops paging); a sitemap only adds pages never seen -- as article
                # candidates: a sitemap lists documents
                self.ledger.enter(link, 1)
                request = self.article_request(link, listed=True)
                if request is not None:
                    request.meta["page_kind"] = "new"
                    yield request

    def parse_feed(self, response: Response) -> Any:
        """RSS 0.9x-2.0 / RDF / Atom, through feedparser: every entry's link is an article candidate
        (malformed and namespaced feeds included)."""
        import feedparser

        url = canonicalize(response.url)
        self.pending.discard(url)
        if response.status == NOT_MODIFIED:
            links = self.list_memory.get(url, {}).get("links", [])
            yield self.not_modified_item(response, "feed")
            yield from self.feed_follow(links, url)
            return
        parsed = feedparser.parse(response.body, response_headers={
            k.lower(): v for k, v in headers_to_dict(response.headers).items()})
        links, dates = [], {}
        for entry in parsed.entries:
            href = entry.get("link") or next(
                (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
            if not href:
                continue
            link = canonicalize(response.urljoin(href.strip()))
            if not self._in_domain(link):
                continue
            links.append(link)
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            info = {}
            if when:
                info["list_date"] = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
            if entry.get("title"):
                info["title"] = entry["title"]
            if info:
                dates[link] = info
        links = list(dict.fromkeys(links))
        if not links and parsed.bozo:
            error = f"feed unreadable: {parsed.get('bozo_exception')}"[:300]
            yield self.page_item(response, "feed", [], error=error)
            return
        item = self.page_item(response, "feed", links)
        item.link_dates = dates
        self.note_dates(item.link_dates)
        yield item
        yield from self.feed_follow(links, url)

    def feed_follow(self, links: list[str], source: str | None = None) -> Any:
        """Requests for a feed's item links (articles new or due)."""
        for link in links:
            request = self.article_request(link, listed=self.page_type(link) != "article")
            if request is not None:
                yield request
