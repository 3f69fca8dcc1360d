"""The portal spider: routes only. It follows list pages and pagination inside the
allowed domains, recognises article pages, and yields every HTML response as a
page item; decoding, extraction and storage happen in the item pipelines.

Incremental and resumable: the store pipeline hands it what the archive already holds
(:class:`crawler.memory.SiteMemory`, through the ``site_memory_loaded`` signal), and the spider

- skips archived articles unless they are due for a revisit (:class:`crawler.revisit.RevisitPlan`:
  by age, recent ones often, at most ``revisit_days`` apart; at once when a list page or a
  sitemap says they changed), and revisits them with ``If-None-Match`` / ``If-Modified-Since``
  -- a ``304`` becomes an "unchanged" item;
- asks directly for the archived articles no link may lead to: URLs that showed their article
  gone (a later run confirms a removal), articles that fell off every list, removed ones (have
  they come back?), and up to ``revisit_budget`` due on schedule;
- does not follow a redirect of an archived article blindly: one to the article itself or to a
  page that may hold it (a move) is followed, one to the home page, a column, an error or login
  page or another site is kept as it is -- the evidence of a removal;
- asks list pages, sitemaps and feeds "changed since?" too, and on ``304`` follows the links
  they had last time;
- does not ask again for pages that only repeat what list pages show until they are due:
  hubs (section landing pages, navigation pages; ``hub_revisit_days``) and sitemaps / feeds
  whose articles list pages link too (``sitemap_revisit_days``); it follows their remembered
  links instead, and asks for them after all when a list page fails during the crawl;
- stops paging once a list page yields only known articles (``stop_on_known_list``), except
  when resuming a crawl that did not finish (then every list page is walked again, and only
  the articles not yet archived are fetched);
- refuses crawler-trap URLs (:class:`crawler.urls.TrapGuard`);
- turns failed requests (HTTP errors after retries, timeouts, oversized responses) into error
  items, so the archive records them.

Run it through the CLI (``govarchive crawl sites/demo.toml --db demo.db``) or as
``scrapy crawl portal -a config=SITE.toml [-a site=NAME] -s ARCHIVE_DB=archive.db``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import statkeys
from crawler.items import PageItem, headers_to_dict
from crawler.memory import SiteMemory, site_memory_loaded
from crawler.revisit import (
    INDEX_TYPES,
    RevisitPlan,
    conditional_headers,
    hub_pages,
    is_due,
    is_pagination,
    redundant_indexes,
)
from crawler.siteconfig import SiteConfig, load_sites
from crawler.urls import TrapGuard, canonicalize, classify_url, feed_links, script_pager_urls
from pipelines.extract.rules import ATTACHMENT_EXTENSIONS
from pipelines.removal import redirect_kind

SITEMAP_URL = re.compile(r"sitemap[^/]*\.xml$", re.I)
SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)
FEED_LINK = re.compile(r"<link\b[^>]*\btype=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I)
HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.I)
NOT_MODIFIED = 304
REDIRECTS = (301, 302, 303, 307, 308)


def list_aliases(list_memory: dict[str, dict[str, Any]]) -> dict[str, str]:
    """``{alias: primary}`` for list pages that served the very same bytes (same ETag) and links
    under two URLs last time (``/xwzx/`` and ``/xwzx/index.html``): a re-crawl asks for one only.

    >>> m = {"http://a/x/": {"etag": '"1"', "links": []}, "http://a/x/index.html": {"etag": '"1"', "links": []}}
    >>> list_aliases(m)
    {'http://a/x/index.html': 'http://a/x/'}
    """
    groups: dict[tuple, list[str]] = {}
    for url, memory in list_memory.items():
        if memory.get("etag"):
            groups.setdefault((memory["etag"], tuple(memory.get("links", []))), []).append(url)
    out = {}
    for urls in groups.values():
        primary, *others = sorted(urls, key=lambda u: (len(u), u))
        out.update({u: primary for u in others})
    return out


class PortalSpider(scrapy.Spider):
    """Crawl one configured portal (``-a config=FILE [-a site=NAME]``) or a SiteConfig passed in."""

    name = "portal"

    def __init__(
        self, config: str | None = None, site: SiteConfig | str | None = None, **kwargs: Any
    ) -> None:
        if isinstance(site, SiteConfig):
            self.site = site
        else:
            if not config:
                raise ValueError(
                    "PortalSpider needs -a config=SITE.toml (and -a site=NAME for multi-site files)"
                )
            sites = load_sites(config)
            if site:
                matches = [s for s in sites if s.name == site]
                if not matches:
                    raise ValueError(f"no site named {site!r} in {config}")
                self.site = matches[0]
            elif len(sites) == 1:
                self.site = sites[0]
            else:
                raise ValueError(f"{config} has {len(sites)} sites: pass -a site=NAME")
        super().__init__(name=self.name, **kwargs)
        self.allowed_domains = list(self.site.allowed_domains)
        # domains are filtered by _in_domain(): Scrapy's allow_domains refuses IP-address hosts
        self.link_extractor = LinkExtractor(
            deny=self.site.deny_patterns or (),
            canonicalize=False,
            unique=True,
        )
        self.start_set = {canonicalize(u) for u in self.site.start_urls}
        # what the archive already holds; the store pipeline sends it (see on_site_memory)
        self.plan = RevisitPlan({}, self.site.revisit_days, schedule=self.site.revisit_schedule,
                                budget=self.site.revisit_budget)
        self.list_memory: dict[str, dict[str, Any]] = {}
        self.resuming = False
        self.trap_guard: TrapGuard | None = None
        self.nav_followed: set[str] = set()
        self.skipped: set[str] = set()
        self.revisited: set[str] = set()
        self.aliases: dict[str, str] = {}
        self.hubs: set[str] = set()
        self.redundant: set[str] = set()
        # pages not asked for (hubs, redundant sitemaps / feeds): url -> (callback, kind), asked
        # after all when a list page fails (see on_idle)
        self.deferred: dict[str, tuple[Any, str]] = {}
        self.list_failures = 0
        self.ask_everything = False  # set once list pages failed: hubs and sitemaps are asked

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_site_memory, signal=site_memory_loaded)
        return spider

    def on_site_memory(self, memory: SiteMemory) -> None:
        """The store pipeline opened the archive: take what it holds for this site."""
        self.use_state(memory.known, memory.revisits, memory.list_pages, memory.resuming)

    def use_state(
        self,
        known: dict[str, dict[str, Any]],
        revisits: dict[str, str],
        list_memory: dict[str, dict[str, Any]],
        resuming: bool,
    ) -> None:
        """What the archive holds for this site: known articles, their 304 revisits, list pages,
        and whether the previous run did not finish (this run resumes it)."""
        self.plan = RevisitPlan(known, self.site.revisit_days, revisits, schedule=self.site.revisit_schedule,
                                budget=self.site.revisit_budget)
        for url, memory in list_memory.items():
            if memory.get("page_type") is None and SITEMAP_URL.search(url):
                memory["page_type"] = "sitemap"  # remembered before page types were
        self.list_memory = list_memory
        self.resuming = resuming
        self.aliases = list_aliases(list_memory)
        self.hubs = hub_pages(list_memory, self.start_set, self.page_type, self.aliases)
        self.redundant = redundant_indexes(list_memory, self.hubs, self.page_type, self.aliases)

    def _guard(self) -> TrapGuard:
        if self.trap_guard is None:
            s = self.settings
            self.trap_guard = TrapGuard(
                max_query_variants=s.getint("TRAP_MAX_QUERY_VARIANTS", 50),
                max_shape_variants=s.getint("TRAP_MAX_SHAPE_VARIANTS", 500),
                max_url_length=s.getint("TRAP_MAX_URL_LENGTH", 400),
                max_segment_repeats=s.getint("TRAP_MAX_SEGMENT_REPEATS", 3),
            )
        return self.trap_guard

    def _inc(self, key: str) -> None:
        """Count one event under ``key`` (a :mod:`crawler.statkeys` name)."""
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(key)

    # -- requests ----------------------------------------------------------------------

    def _request(self, url: str, callback: Any, kind: str, priority: int = 0) -> scrapy.Request:
        """A request for a list page / sitemap / feed: conditional when we have its validators."""
        url = canonicalize(url)
        memory = self.list_memory.get(url)
        headers = conditional_headers(memory.get("etag"), memory.get("last_modified")) if memory else {}
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=priority,
            headers=headers,
            meta={"page_kind": kind, "handle_httpstatus_list": [NOT_MODIFIED]},
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.site.start_urls:
            yield self._request(url, self.parse, "start")
        for url in self.site.sitemaps:
            for request in self.index_request(url, self.parse_sitemap, "sitemap"):
                yield request
        for url in self.site.feeds:
            for request in self.index_request(url, self.parse_feed, "feed"):
                yield request
        for url, why in self.plan.watch():
            request = self.known_request(url, why, priority=0 if why != "schedule" else -5)
            if request is not None:
                yield request

    def index_request(self, url: str, callback: Any, kind: str) -> Any:
        """The request for a sitemap or feed, or -- when it is redundant (list pages link all its
        articles) and not due (``sitemap_revisit_days``) -- the requests for its remembered links."""
        url = canonicalize(url)
        memory = self.list_memory.get(url)
        if (
            self.ask_everything
            or url not in self.redundant
            or memory is None
            or is_due(memory.get("fetched_at"), self.site.sitemap_revisit_days, self.plan.now)
        ):
            yield self._request(url, callback, kind)
            return
        self.deferred.setdefault(url, (callback, kind))
        if url in self.nav_followed:
            return
        self.nav_followed.add(url)
        self._inc(statkeys.INDEX_FROM_MEMORY)  # once per sitemap / feed, however many pages link to it
        links = memory.get("links", [])
        yield from (self.sitemap_follow(links) if kind == "sitemap" else self.feed_follow(links))

    def page_type(self, url: str) -> str:
        return classify_url(url, self.site.article_patterns, self.site.list_patterns)

    def article_request(self, url: str) -> scrapy.Request | None:
        """The request for an article link, or None when it is archived and not due for a revisit."""
        decision, headers = self.plan.decide(url)
        if decision == "skip":
            if url not in self.skipped:
                self.skipped.add(url)
                self._inc(statkeys.SKIPPED_KNOWN)  # once per article, however many pages link to it
            return None
        if decision == "revisit":
            return self.known_request(url, self.plan.due(url) or "schedule", priority=10)
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.on_error,
            priority=10,
            headers=headers,
            meta={"page_kind": decision, "handle_httpstatus_list": [NOT_MODIFIED]},
        )

    def known_request(self, url: str, why: str, priority: int = 10) -> scrapy.Request | None:
        """The conditional request for an archived article (once per crawl), or None when asked already.

        Redirects are not followed by Scrapy: :meth:`parse` looks at where they lead first (a
        redirect to the home page is the evidence of a removal, not a page to archive as the
        article), and so is a ``<meta http-equiv="refresh">``.
        """
        if url in self.revisited:
            return None
        self.revisited.add(url)
        self._inc(statkeys.REVISITS)  # once per article, however many pages link to it
        self._inc(statkeys.revisit_reason(why))
        info = self.plan.known.get(url) or {}
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.on_error,
            priority=priority,
            headers=conditional_headers(info.get("etag"), info.get("last_modified")),
            dont_filter=True,  # asked once (self.revisited); a redirect's target may have been fetched
            meta={"page_kind": "revisit", "known": True, "dont_redirect": True,
                  "handle_httpstatus_list": [NOT_MODIFIED, *REDIRECTS]},
        )

    # -- callbacks ---------------------------------------------------------------------

    def parse(self, response: Response) -> Any:
        url = self.item_url(response)
        page_type = self.page_type(url)
        if response.status in REDIRECTS and response.meta.get("known"):
            yield from self.known_redirect(response, url)
            return
        if response.status == NOT_MODIFIED:
            yield self.not_modified_item(response, page_type)
            if page_type != "article":
                yield from self.follow(self.list_memory.get(url, {}).get("links", []), url, page_type)
            return
        if not isinstance(response, TextResponse):
            return  # attachments and other binaries are not pages (the files step handles them)
        links = self.page_links(response)
        yield self.page_item(response, page_type, links if page_type != "article" else [])
        if page_type != "article":
            yield from self.feed_requests(response)
        if self.site.download_attachments and page_type == "article":
            yield from self.attachment_requests(response)
        yield from self.follow(links, url, page_type)

    def known_redirect(self, response: Response, url: str) -> Any:
        """An archived article answered with a redirect: follow it when it leads to the article
        itself or to another page that may hold it (a move; the archive compares the text), keep
        it as the capture when it leads to the home page, a column, an error or login page or
        another site (the archive reads that as the article gone)."""
        location = (response.headers.get(b"Location") or b"").decode("latin-1").strip()
        target = response.urljoin(location) if location else None
        kind = redirect_kind(url, target, set(self.list_memory)) if target else "none"
        if kind in ("self", "page"):
            yield scrapy.Request(
                target,
                callback=self.parse,
                errback=self.on_error,
                priority=response.request.priority,
                dont_filter=True,
                meta={"page_kind": "revisit", "redirect_urls": [response.request.url],
                      "handle_httpstatus_list": [NOT_MODIFIED]},
            )
            return
        item = self.page_item(response, "article")
        item.final_url = target or response.url
        yield item

    def page_links(self, response: TextResponse) -> list[str]:
        """Every in-domain link of a page, canonical, in page order, once."""
        urls = [link.url for link in self.link_extractor.extract_links(response)]
        if isinstance(response, HtmlResponse):
            urls.extend(script_pager_urls(response.text, response.url))
        return [u for u in dict.fromkeys(canonicalize(url) for url in urls) if self._in_domain(u)]

    def feed_requests(self, response: TextResponse) -> Any:
        """RSS / Atom feeds a page announces (``<link rel="alternate" type="application/rss+xml">``)."""
        if not self.site.discover_feeds or not isinstance(response, HtmlResponse):
            return
        for tag in FEED_LINK.findall(response.text):
            href = HREF.search(tag)
            if href and self._in_domain(response.urljoin(href.group(1))):
                self._inc(statkeys.FEEDS_DISCOVERED)
                yield from self.index_request(response.urljoin(href.group(1)), self.parse_feed, "feed")

    def follow(self, links: list[str], source_url: str, page_type: str) -> Any:
        """Requests for a page's links: articles (new or due), lists (conditional), traps refused.

        From an article only related articles are followed; navigation is reached from lists.
        A list page whose article links are all archived already (and none due for a revisit)
        stops the paging (``stop_on_known_list``), unless it is a start page or this run resumes
        an unfinished one.
        """
        kinds = [(url, self.page_type(url)) for url in links]
        articles = [u for u, k in kinds if k == "article"]
        stop_paging = (
            page_type != "article"
            and self.site.stop_on_known_list
            and not self.resuming
            and source_url not in self.start_set
            and bool(articles)
            and all(self.plan.decide(u)[0] == "skip" for u in articles)
        )
        for url, kind in kinds:
            if page_type == "article" and kind != "article":
                continue
            if kind == "article":
                request = self.article_request(url)
                if request is not None:
                    yield request
                continue
            if stop_paging and is_pagination(source_url, url):
                self._inc(statkeys.PAGING_STOPPED)
                continue
            reason = self._guard().check(url)
            if reason:
                self._inc(statkeys.TRAP_REFUSED)
                self.logger.debug("not following %s: %s", url, reason)
                continue
            if url in self.aliases:
                self._inc(statkeys.ALIAS_SKIPPED)
                url = self.aliases[url]  # the same page under its other URL; the dupefilter drops repeats
            if SITEMAP_URL.search(url):
                yield from self.index_request(url, self.parse_sitemap, "sitemap")
            elif self.navigation_from_memory(url):
                self.deferred.setdefault(url, (self.parse, kind))
                if url not in self.nav_followed:
                    self.nav_followed.add(url)
                    self._inc(statkeys.NAVIGATION_FROM_MEMORY)  # once per hub
                    yield from self.follow(self.list_memory[url]["links"], url, "other")
            else:
                yield self._request(url, self.parse, kind)

    def navigation_from_memory(self, url: str) -> bool:
        """True for a hub (:func:`crawler.revisit.hub_pages`: a page that added no article of its
        own when last fetched -- contact, search, site-map pages, section landing pages whose
        headlines their columns list too) that is not due (``hub_revisit_days``): its remembered
        links are followed without fetching it again. Column list pages and start pages are
        always fetched again (conditionally)."""
        memory = self.list_memory.get(url)
        if memory is None or url not in self.hubs or self.ask_everything:
            return False
        return not is_due(memory.get("fetched_at"), self.site.hub_revisit_days, self.plan.now)

    def on_idle(self) -> None:
        """When a list page failed during this crawl (an error, a 404 after a redesign), the
        hubs and sitemaps / feeds not asked for because list pages cover them are asked after
        all, once, before the crawl ends: they may be the way to the articles now."""
        if not self.list_failures or not self.deferred:
            return
        deferred, self.deferred = self.deferred, {}
        self.ask_everything = True
        self.logger.info(
            "%d list page(s) failed: asking %d hub / sitemap page(s) after all",
            self.list_failures,
            len(deferred),
        )
        for url, (callback, kind) in deferred.items():
            self._inc(statkeys.DEFERRED_ASKED)
            request = self._request(url, callback, kind)
            self.crawler.engine.crawl(request)  # never requested yet: the dupefilter lets it through
        raise DontCloseSpider

    def parse_sitemap(self, response: Response) -> Any:
        url = canonicalize(response.url)
        if response.status == NOT_MODIFIED:
            links = self.list_memory.get(url, {}).get("links", [])
            yield self.not_modified_item(response, "sitemap")
        else:
            # <loc> should be absolute; relative ones (seen on portals) are resolved against the sitemap
            raw = [
                canonicalize(response.urljoin(m.decode("utf-8", "replace").replace("&amp;", "&")))
                for m in SITEMAP_LOC.findall(response.body)
            ]
            links = [u for u in dict.fromkeys(raw) if self._in_domain(u)]
            yield self.page_item(response, "sitemap", links)
        yield from self.sitemap_follow(links)

    def sitemap_follow(self, links: list[str]) -> Any:
        """Requests for a sitemap's links: child sitemaps, articles (new or due), pages never seen."""
        for link in links:
            if SITEMAP_URL.search(link):
                yield from self.index_request(link, self.parse_sitemap, "sitemap")  # a sitemap index
            elif self.page_type(link) == "article":
                request = self.article_request(link)
                if request is not None:
                    yield request
            elif link not in self.list_memory and not self._guard().check(link):
                # a page fetched before is reached again through the site's own links (or not at all,
                # when its list stops paging); a sitemap only adds pages never seen
                yield self._request(link, self.parse, "list")

    def parse_feed(self, response: Response) -> Any:
        """RSS 2.0 / Atom: every item link is an article candidate."""
        url = canonicalize(response.url)
        if response.status == NOT_MODIFIED:
            links = self.list_memory.get(url, {}).get("links", [])
            yield self.not_modified_item(response, "feed")
        else:
            links = [
                u
                for u in dict.fromkeys(canonicalize(response.urljoin(x)) for x in feed_links(response.body))
                if self._in_domain(u)
            ]
            yield self.page_item(response, "feed", links)
        yield from self.feed_follow(links)

    def feed_follow(self, links: list[str]) -> Any:
        """Requests for a feed's item links (articles new or due)."""
        for link in links:
            request = self.article_request(link)
            if request is not None:
                yield request

    def attachment_requests(self, response: TextResponse) -> Any:
        """Attachment files linked from an article (only with ``download_attachments``)."""
        from crawler.items import AttachmentItem

        urls = [response.urljoin(h) for h in response.css("a::attr(href)").getall()]
        urls = [
            u for u in dict.fromkeys(urls) if urlsplit(u).path.lower().endswith(ATTACHMENT_EXTENSIONS) and self._in_domain(u)
        ]
        if urls:
            yield AttachmentItem(site=self.site.name, article_url=self.item_url(response), file_urls=urls)

    def on_error(self, failure: Any) -> Any:
        """A request that failed for good: keep it in the archive as an error (robots refusals aside)."""
        request = failure.request
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self._inc(statkeys.IGNORED)  # robots.txt, offsite, size limits are logged by Scrapy
            if "maxsize" not in str(failure.value).lower():
                return
        status = 0
        headers: dict[str, str] = {}
        body = b""
        if failure.check(HttpError):
            response = failure.value.response
            status, headers, body = response.status, headers_to_dict(response.headers), response.body
            error = f"HTTP {response.status}"
        else:
            error = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]
        self._inc(statkeys.REQUEST_FAILED)
        if request.meta.get("page_kind") not in ("new", "revisit", *INDEX_TYPES):
            self.list_failures += 1  # a list (or start) page: hubs and sitemaps may be needed now
        redirects = request.meta.get("redirect_urls") or []  # a redirect we followed: the item is the article's
        url = canonicalize(redirects[0] if redirects else request.url)
        yield PageItem(
            site=self.site.name,
            url=url,
            final_url=request.url,
            status=status,
            headers=headers,
            body=body,
            fetched_at=datetime.now(UTC),
            page_type=self.page_type(url),
            request_headers=headers_to_dict(request.headers),
            error=error,
        )

    # -- items -------------------------------------------------------------------------

    def _in_domain(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    @staticmethod
    def item_url(response: Response) -> str:
        redirects = response.meta.get("redirect_urls") or []
        return canonicalize(redirects[0]) if redirects else canonicalize(response.url)

    def page_item(self, response: Response, page_type: str, links: list[str] | None = None) -> PageItem:
        return PageItem(
            site=self.site.name,
            url=self.item_url(response),
            final_url=response.url,
            status=response.status,
            headers=headers_to_dict(response.headers),
            request_headers=headers_to_dict(response.request.headers) if response.request else {},
            body=response.body,
            fetched_at=datetime.now(UTC),
            page_type=page_type,
            decoded=response.meta.get("decoded"),
            hints=self.site.hints,
            links=links or [],
        )

    def not_modified_item(self, response: Response, page_type: str) -> PageItem:
        """A ``304 Not Modified`` answer: unchanged, nothing to decode, extract or rewrite."""
        return PageItem(
            site=self.site.name,
            url=self.item_url(response),
            final_url=response.url,
            status=NOT_MODIFIED,
            headers=headers_to_dict(response.headers),
            request_headers=headers_to_dict(response.request.headers) if response.request else {},
            body=b"",
            fetched_at=datetime.now(UTC),
            page_type=page_type,
            not_modified=True,
        )
