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

import hashlib
import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse

from crawler import statkeys
from crawler.columns import UNFOLLOWED, Ledger
from crawler.links import LinkReader
from crawler.listpages import (
    ListFacts,
    ScriptRunner,
    analyse,
    looks_like_pager_text,
)
from crawler.memory import SiteMemory, site_memory_loaded
from crawler.revisit import (
    RevisitPlan,
    conditional_headers,
    hub_pages,
    is_due,
    is_pagination,
    parse_time,
    redundant_indexes,
)
from crawler.siteconfig import SiteConfig, load_sites
from crawler.spiders.datalists import DataListsMixin
from crawler.spiders.feeds import SITEMAP_URL, FeedsMixin
from crawler.spiders.listapis import ListApiMixin
from crawler.spiders.pageitems import NOT_MODIFIED, PageItemsMixin
from crawler.spiders.pagescripts import PageScriptsMixin
from crawler.urls import TrapGuard, canonicalize, classify_url, host_of, same_list
from pipelines.extract.tree import anchors
from pipelines.removal import redirect_kind

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


class PortalSpider(FeedsMixin, ListApiMixin, DataListsMixin, PageItemsMixin, PageScriptsMixin, scrapy.Spider):
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
        # what Scrapy's LinkExtractor(deny=..., canonicalize=False, unique=True) reads, from the response's parse
        self.link_reader = LinkReader(deny=self.site.deny_patterns or ())
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
        # discovery: columns and what their lists announce, limits, pager problems (crawler.columns)
        self.ledger = Ledger()
        self.requested: set[str] = set()  # every URL asked for (or its page key), once
        self.pending: set[str] = set()  # asked for, not answered yet (what a page cap leaves)
        self.depth_of: dict[str, int] = {}  # navigation depth: pagination costs none
        self.lastmod: dict[str, str] = {}  # sitemap <lastmod> by URL
        self.robots_read: set[str] = set()
        self.runner = ScriptRunner()

    @property
    def depth_limit(self) -> int:
        """``DEPTH_LIMIT``: navigation hops from the start pages (0 = none); pagination is free."""
        settings = getattr(self, "settings", None)
        return settings.getint("DEPTH_LIMIT", 12) if settings is not None else 12

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_site_memory, signal=site_memory_loaded)
        crawler.signals.connect(spider.on_robots_parsed, signal=signals.robots_parsed)
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
                max_query_variants=s.getint("TRAP_MAX_QUERY_VARIANTS", 500),
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

    def _request(
        self,
        url: str,
        callback: Any,
        kind: str,
        priority: int = 0,
        depth: int = 0,
        meta: dict[str, Any] | None = None,
    ) -> scrapy.Request:
        """A request for a list page / sitemap / feed: conditional when we have its validators."""
        url = canonicalize(url)
        memory = self.list_memory.get(url)
        headers = conditional_headers(memory.get("etag"), memory.get("last_modified")) if memory else {}
        self.requested.add(url)
        self.pending.add(url)
        self.depth_of[url] = min(depth, self.depth_of.get(url, depth))
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=priority,
            headers=headers,
            meta={"page_kind": kind, "handle_httpstatus_list": [NOT_MODIFIED], **(meta or {})},
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.site.start_urls:
            self.ledger.enter(canonicalize(url), 0)
            yield self._request(url, self.parse, "start")
        if self.site.robots_sitemaps and not self.settings.getbool("ROBOTSTXT_OBEY"):
            # robots.txt names the sitemaps (Sitemap: lines); read once per host of the start pages
            # (when robots.txt is obeyed, Scrapy's middleware reads it: see on_robots_parsed)
            hosts = dict.fromkeys(
                urlunsplit((urlsplit(u).scheme, urlsplit(u).netloc, "/robots.txt", "", "")) for u in self.site.start_urls
            )
            for robots in hosts:
                memory = self.list_memory.get(robots)
                if memory is not None and not is_due(
                    memory.get("fetched_at"), self.site.sitemap_revisit_days, self.plan.now
                ):
                    # read on an earlier crawl and not due: its sitemaps, as remembered
                    self.deferred.setdefault(robots, (self.parse_robots, "sitemap"))
                    for link in memory.get("links", []):
                        for request in self.index_request(link, self.parse_sitemap, "sitemap"):
                            yield request
                    continue
                yield self._request(robots, self.parse_robots, "sitemap", meta={"dont_obey_robotstxt": True})
        for url in self.site.sitemaps:
            for request in self.index_request(url, self.parse_sitemap, "sitemap"):
                yield request
        for url in self.site.feeds:
            for request in self.index_request(url, self.parse_feed, "feed"):
                yield request
        for index, spec in enumerate(self.site.json_lists):
            yield self.json_request(index, spec["first_page"])
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
            if url not in self.requested:
                yield self._request(url, callback, kind, depth=1)
            return
        self.deferred.setdefault(url, (callback, kind))
        if url in self.nav_followed:
            return
        self.nav_followed.add(url)
        self._inc(statkeys.INDEX_FROM_MEMORY)  # once per sitemap / feed, however many pages link to it
        links = memory.get("links", [])
        yield from (self.sitemap_follow(links, url) if kind == "sitemap" else self.feed_follow(links, url))

    def page_type(self, url: str) -> str:
        if url in self.plan.known:
            return "article"  # archived as an article before, whatever its URL's shape
        return classify_url(url, self.site.article_patterns, self.site.list_patterns)

    def article_request(
        self, url: str, source: str | None = None, lastmod: str | None = None, listed: bool = False
    ) -> scrapy.Request | None:
        """The request for an article link, or None when it is archived and not due for a revisit
        (or a sitemap's ``<lastmod>`` says it has not changed since it was archived), or asked already."""
        if url in self.requested:
            return None
        decision, headers = self.plan.decide(url)
        if decision == "revisit" and lastmod and self.plan.due(url) == "schedule":
            seen = self.plan.last_seen(url)
            changed = parse_time(lastmod)
            if seen is not None and changed is not None and changed <= seen:
                decision = "skip"  # the sitemap says: unchanged since we archived it
        if decision == "skip":
            if url not in self.skipped:
                self.skipped.add(url)
                self._inc(statkeys.SKIPPED_KNOWN)  # once per article, however many pages link to it
            return None
        if decision == "revisit":
            return self.known_request(url, self.plan.due(url) or "schedule", priority=10)
        self.requested.add(url)
        self.pending.add(url)
        if source is not None:
            self.depth_of.setdefault(url, self.depth_of.get(source, 0))
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.on_error,
            priority=10,
            headers=headers,
            meta={"page_kind": decision, "handle_httpstatus_list": [NOT_MODIFIED], "listed": listed},
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
        self.requested.add(url)
        self.pending.add(url)
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

    async def parse(self, response: Response) -> AsyncIterator[Any]:
        """A page's item and the requests for its links. An article page is read by an extraction
        worker (:meth:`read_in_worker`: its article and its links in one go), so this process
        never parses it; list pages are read here (their list mechanisms, the ledger)."""
        url = self.item_url(response)
        self.pending.discard(url)
        self.pending.discard(canonicalize(response.request.url) if response.request else url)
        page_type = self.page_type(url)
        if response.status in REDIRECTS and response.meta.get("known"):
            for out in self.known_redirect(response, url):
                yield out
            return
        if response.status == NOT_MODIFIED:
            yield self.not_modified_item(response, page_type)
            if page_type != "article":
                self.ledger.reached(url)
                for out in self.follow(self.list_memory.get(url, {}).get("links", []), url, page_type):
                    yield out
            return
        if not isinstance(response, TextResponse):
            # not a page (a file behind a page-like link): kept with its bytes and the reason
            ctype = (response.headers.get(b"Content-Type") or b"no content type").decode("latin-1")
            item = self.page_item(response, page_type)
            item.error = item.error or f"not a text page: {ctype}, {len(response.body)} bytes"
            yield item
            return
        item = self.page_item(response, "article") if page_type == "article" else None
        read = await self.read_in_worker(response, item) if item is not None else None
        if read is not None:
            links, texts = read
            facts = None
        else:
            facts = await self.list_facts_with_scripts(response) if page_type != "article" else None
            links, texts = self.page_links(response, facts)
        dates = {}
        if facts is not None:
            dates = {canonicalize(u): {"list_date": d} for u, d in facts.dates.items() if self._in_domain(u)}
        if item is None:
            item = self.page_item(response, page_type, links)
        item.link_dates = dates
        self.note_dates(item.link_dates)
        item.listed = bool(response.meta.get("listed"))
        yield item
        for script in response.meta.pop("script_items", []):  # the pager scripts fetched for this page
            yield script
        if page_type != "article":
            self.ledger.reached(url, hashlib.sha1(response.body).hexdigest())
            for out in self.feed_requests(response):
                yield out
        if self.site.download_attachments and page_type == "article":
            for out in self.attachment_requests(response):
                yield out
        listed = None
        if facts is not None and url not in self.start_set:
            listed = {canonicalize(u) for u in facts.dates} | {canonicalize(u) for u, how in facts.links
                                                                if how in ("jpage-record", "script-link")}
            listed |= {u for u in links if len(re.sub(r"\s+", "", texts.get(u) or "")) >= 8}
        for out in self.follow(links, url, page_type, facts, texts, listed):
            yield out
        if facts is not None and facts.data_lists:  # JSON / JSONP lists the page's scripts load
            for out in self.data_list_requests(facts.data_lists, url):
                yield out
        if facts is not None and facts.postbacks:  # an ASP.NET pager: its pages are form POSTs
            for out in self.postback_requests(facts.postbacks, url):
                yield out

    async def read_in_worker(self, response: TextResponse, item: Any) -> tuple[list[str], dict[str, str]] | None:
        """An article page read by an extraction worker (:func:`crawler.workers.read_page`): the
        page's extraction goes into ``item`` (the extract step has nothing left to do) and its
        in-domain links come back as :meth:`page_links` gives them. None when there is no worker
        pool (``EXTRACT_WORKERS = 0``), the page is not HTML or not one the extract step reads
        (an error, not 2xx): then this process reads it, as before."""
        pool = getattr(self, "page_pool", None)
        if (pool is None or pool.closed or type(response) is not HtmlResponse or item.error
                or not 200 <= response.status < 300):
            return None
        from scrapy.utils.defer import maybe_deferred_to_future

        from crawler.pool import PageTaskError

        listed = bool(response.meta.get("listed"))
        try:
            result = await maybe_deferred_to_future(pool.submit(
                "read_page", item.body, item.url, item.headers, item.decoded, item.hints or None, "article",
                listed, response.url, response.encoding, tuple(self.site.deny_patterns or ()),
            ))
        except (PageTaskError, RuntimeError) as exc:
            item.error = str(exc)  # the page is kept, with why; its links are read here
            item.extracted = True
            return self.page_links(response)
        item.page_type = result["page_type"]
        item.article = result["article"]
        if result["error"]:
            item.error = result["error"]
        item.extracted = True
        urls, texts = _urls_and_texts(result["links"])
        return self._kept(urls), texts

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

    def list_facts(self, response: TextResponse, book: bool = True) -> ListFacts | None:
        """What the page's list mechanisms say (:func:`crawler.listpages.analyse`), booked per column
        (``book=False``: the caller books them, :meth:`book_list_facts`)."""
        if not isinstance(response, HtmlResponse):
            return None
        url = self.item_url(response)
        try:
            facts = analyse(response.text, response.url, self.runner)
        except Exception as exc:  # noqa: BLE001 (a page we cannot read must not stop the crawl)
            self.ledger.problem(url, f"list page unreadable: {type(exc).__name__}: {exc}"[:300])
            return None
        if book:
            self.book_list_facts(url, facts)
        return facts

    def book_list_facts(self, url: str, facts: ListFacts) -> None:
        """A list page's announced sizes, mechanisms and pager problems, in the column's books."""
        self.ledger.announce(url, facts.announced_pages, facts.announced_records, facts.mechanisms)
        for problem in facts.problems:
            self.ledger.problem(url, problem)
            self.logger.warning("pager problem on %s: %s", url, problem)
        for call in facts.unresolved:  # a problem only if the column falls short (discovery_report)
            self.ledger.problem(url, UNFOLLOWED + call)
            self.logger.debug("could not follow the pager on %s: %s", url, call)

    def page_links(self, response: TextResponse, facts: ListFacts | None = None) -> tuple[list[str], dict[str, str]]:
        """Every in-domain link of a page (``<a href>``, ``<area>``, and what :mod:`crawler.listpages`
        reads: frames, handlers, options, datastores, script pagers), canonical, in page order, once;
        and the anchor text of each ``<a>`` link."""
        urls, texts = _urls_and_texts(self.link_reader.read(
            anchors(response.selector.root), response.text, response.url, response.encoding))
        if facts is not None:
            urls.extend(canonicalize(u) for u, _how in facts.links)
            source = self.item_url(response)
            for u in facts.pager:
                cu = canonicalize(u)
                if self._in_domain(cu):
                    urls.append(cu)
                else:
                    self.ledger.stop("offsite pager", source, cu)
                    self.ledger.problem(source, f"pager leads outside the allowed domains ({urlsplit(cu).netloc})")
        return self._kept(urls), texts

    def _kept(self, urls: list[str]) -> list[str]:
        """The in-domain ones of ``urls``, once each, in order."""
        return [u for u in dict.fromkeys(urls) if self._in_domain(u)]

    def note_dates(self, dates: dict[str, dict[str, str]]) -> None:
        """Tell the revisit plan what a list or sitemap says beside archived articles
        (:meth:`crawler.revisit.RevisitPlan.note_many`): a list date that moved on since the list
        was last read, or after the article was last seen; a ``<lastmod>`` after its last capture
        (unless the sitemap stamps every URL with one time) -- either makes the article due now."""
        for key, source in (("list_date", "list"), ("lastmod", "lastmod")):
            found = {url: info[key] for url, info in dates.items() if info.get(key)}
            if found:
                self.plan.note_many(found, source)

    def is_pager_link(self, source: str, url: str, pager: set[str], texts: dict[str, str]) -> bool:
        """Another page of the list at ``source``: its pager offers it, its anchor reads like a
        pager's (下一页, 尾页, 3), or its URL is a numbered sibling (:func:`crawler.urls.same_list`)."""
        return url in pager or looks_like_pager_text(texts.get(url)) or same_list(source, url)

    def follow(
        self,
        links: list[str],
        source_url: str,
        page_type: str,
        facts: ListFacts | None = None,
        texts: dict[str, str] | None = None,
        listed: set[str] | None = None,
    ) -> Any:
        """Requests for a page's links: articles (new or due), lists (conditional), traps refused.

        From an article only related articles are followed; navigation is reached from lists.
        A list page whose article links are all archived already (and none due for a revisit)
        stops the paging (``stop_on_known_list``), unless it is a start page or this run resumes
        an unfinished one. Pagination stays in the column and costs no depth; navigation costs one
        level (``DEPTH_LIMIT``). A list item (``listed``: a link of a column's list whose anchor
        reads like a headline or has a date beside it, a jpage record, a JSON list item) whose URL
        says neither article nor list is fetched as an article candidate: the content decides
        (``pipelines.classify.looks_like_article``).
        """
        texts = texts or {}
        listed = listed or set()
        pager = {canonicalize(u) for u in facts.pager} if facts is not None else set()
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
        depth = self.depth_of.get(source_url, 0)
        column = self.ledger.page_column.get(source_url, source_url)
        # a list's later page (not its entry) with no article on it ends its pager: JSP / ASP lists
        # answer any page number past the end with an empty list
        ends_pager = page_type != "article" and column != source_url and not articles and not (
            listed & set(links))
        if page_type != "article":
            self.ledger.articles(source_url, articles)
        for url, kind in kinds:
            if page_type == "article" and kind != "article":
                continue
            if kind == "article":
                request = self.article_request(url, source_url)
                if request is not None:
                    yield request
                continue
            if url in self.requested:
                continue
            is_pager = self.is_pager_link(source_url, url, pager, texts)
            if url in listed and not is_pager and kind == "other":
                # an article whose URL shape we do not know: its list shows a headline (or a date)
                reason = self._guard().check(url)
                if reason:
                    self._trap(source_url, url, reason)
                    continue
                self.ledger.articles(source_url, [url])
                request = self.article_request(url, source_url, listed=True)
                if request is not None:
                    request.meta["page_kind"] = "new"
                    yield request
                continue
            if not is_pager and facts is None and not texts:
                is_pager = is_pagination(source_url, url)  # remembered links: no anchor text to go by
            if is_pager and ends_pager:
                continue  # a later page of a list without articles: past the end, its pager leads nowhere
            if stop_paging and (is_pager or is_pagination(source_url, url)):
                self._inc(statkeys.PAGING_STOPPED)
                self.ledger.stop("known articles", source_url, url)
                continue
            reason = self._guard().check(url)
            if reason:
                self._trap(source_url, url, reason)
                continue
            new_depth = depth if is_pager else depth + 1
            if self.depth_limit and new_depth > self.depth_limit:
                self.ledger.stop("depth", source_url, url)
                self.logger.debug("not following %s: depth %d > DEPTH_LIMIT %d", url, new_depth, self.depth_limit)
                continue
            if url in self.aliases:
                self._inc(statkeys.ALIAS_SKIPPED)
                url = self.aliases[url]  # the same page under its other URL
                if url in self.requested:
                    continue
            if is_pager:
                self.ledger.add_page(url, column)
            else:
                self.ledger.enter(url, new_depth)
            if SITEMAP_URL.search(url):
                yield from self.index_request(url, self.parse_sitemap, "sitemap")
            elif self.navigation_from_memory(url):
                self.deferred.setdefault(url, (self.parse, kind))
                if url not in self.nav_followed:
                    self.nav_followed.add(url)
                    self._inc(statkeys.NAVIGATION_FROM_MEMORY)  # once per hub
                    self.depth_of.setdefault(url, new_depth)
                    yield from self.follow(self.list_memory[url]["links"], url, "other")
            else:
                yield self._request(url, self.parse, kind, depth=new_depth)
        if facts is not None and facts.posts:
            if stop_paging:
                self.ledger.stop("known articles", source_url, facts.posts[0].key)
            else:
                yield from self.jpage_requests(facts.posts, source_url, column, depth)

    def _trap(self, source: str, url: str, reason: str) -> None:
        self._inc(statkeys.TRAP_REFUSED)
        self.ledger.stop("trap guard", source, url)
        self.logger.debug("not following %s: %s", url, reason)

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

    # -- the discovery report ------------------------------------------------------------------

    def discovery_report(self, reason: str = "finished") -> list[dict[str, Any]]:
        """Per column what its list announced and what was reached, the pager problems, and every
        limit that stopped discovery with where and how much it left unvisited (rows for
        :func:`archive.discovery.record_discovery`). Logs a warning for each shortfall."""
        self.ledger.limits = [entry for entry in self.ledger.limits if entry[3] not in self.requested]
        rows = self.ledger.report(self.pending, page_cap=reason == "closespider_pagecount")
        for row in rows:
            if row["kind"] == "column" and row["shortfall"]:
                how = ", ".join(row["mechanisms"]) or "plain links"
                self.logger.warning("column %s: %s (pager: %s)", row["column"], row["shortfall"], how)
            elif row["kind"] == "problem" and row["detail"].startswith(UNFOLLOWED):
                self.logger.warning("could not follow the pager on %s: %s", row["url"], row["detail"])
            elif row["kind"] == "limit":
                self.logger.warning(
                    "%s limit stopped discovery at %s: %d link(s) not followed, e.g. %s",
                    row["limit"], row["where"], row["unvisited"], row["example"],
                )
        return rows

    def closed(self, reason: str) -> None:
        self.runner.close()

    # -- items -------------------------------------------------------------------------

    def _in_domain(self, url: str) -> bool:
        host = host_of(url)
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


def _urls_and_texts(links: list[tuple[str, str]]) -> tuple[list[str], dict[str, str]]:
    """``(URL, anchor text)`` pairs as the URLs in order and each URL's first anchor text."""
    texts: dict[str, str] = {}
    for url, text in links:
        texts.setdefault(url, text)
    return [url for url, _text in links], texts
