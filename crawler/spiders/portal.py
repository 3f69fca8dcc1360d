"""The portal spider: routes only. It follows list pages and pagination inside the
allowed domains, recognises article pages, and yields every HTML response as a
page item; decoding, extraction and storage happen in the item pipelines.

Run it through the CLI (``govarchive crawl sites/demo.toml --db demo.db``) or as
``scrapy crawl portal -a config=SITE.toml [-a site=NAME] -s ARCHIVE_DB=archive.db``.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, AsyncIterator

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.items import PageItem
from crawler.siteconfig import SiteConfig, load_sites
from crawler.urls import canonicalize, classify_url, script_pager_urls

SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def headers_to_dict(headers: Any) -> dict[str, str]:
    """Scrapy Headers (bytes, multi-valued) as a plain ``{name: value}`` dict of str."""
    out: dict[str, str] = {}
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        vals = values if isinstance(values, list) else [values]
        out[name] = ", ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in vals)
    return out


class PortalSpider(scrapy.Spider):
    """Crawl one configured portal (``-a config=FILE [-a site=NAME]``) or a SiteConfig passed in."""

    name = "portal"

    def __init__(self, config: str | None = None, site: SiteConfig | str | None = None, **kwargs: Any) -> None:
        if isinstance(site, SiteConfig):
            self.site = site
        else:
            if not config:
                raise ValueError("PortalSpider needs -a config=SITE.toml (and -a site=NAME for multi-site files)")
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
        self.link_extractor = LinkExtractor(
            allow_domains=self.allowed_domains,
            deny=self.site.deny_patterns or (),
            canonicalize=False,
            unique=True,
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.site.start_urls:
            yield scrapy.Request(url, callback=self.parse, meta={"depth_kind": "start"})
        for url in self.site.sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap)

    def page_type(self, url: str) -> str:
        return classify_url(url, self.site.article_patterns, self.site.list_patterns)

    def parse(self, response: Response) -> Any:
        if not isinstance(response, TextResponse):
            return  # attachments and other binaries are not pages (the files step handles them)
        page_type = self.page_type(response.url)
        yield self.page_item(response, page_type)
        yield from self.follow_links(response, page_type)

    def follow_links(self, response: TextResponse, page_type: str) -> Any:
        seen: set[str] = set()
        urls = [link.url for link in self.link_extractor.extract_links(response)]
        if isinstance(response, HtmlResponse):
            urls.extend(script_pager_urls(response.text, response.url))
        for url in urls:
            url = canonicalize(url)
            if url in seen:
                continue
            seen.add(url)
            kind = self.page_type(url)
            if page_type == "article" and kind != "article":
                continue  # from an article, only related articles; navigation is reached from lists
            # articles first: a list page's articles are worth more than its neighbours' chrome
            yield response.follow(url, callback=self.parse, priority=10 if kind == "article" else 0)

    def parse_sitemap(self, response: Response) -> Any:
        for raw in SITEMAP_LOC.findall(response.body):
            url = canonicalize(raw.decode("utf-8", "replace").replace("&amp;", "&"))
            if any(url.split("/")[2].split(":")[0] == d or url.split("/")[2].endswith("." + d)
                   for d in self.allowed_domains):
                yield scrapy.Request(url, callback=self.parse)

    def page_item(self, response: Response, page_type: str) -> PageItem:
        redirects = response.meta.get("redirect_urls") or []
        return PageItem(
            site=self.site.name,
            url=canonicalize(redirects[0]) if redirects else canonicalize(response.url),
            final_url=response.url,
            status=response.status,
            headers=headers_to_dict(response.headers),
            request_headers=headers_to_dict(response.request.headers) if response.request else {},
            body=response.body,
            fetched_at=utc_now(),
            page_type=page_type,
            decoded=response.meta.get("decoded"),
            hints=self.site.hints,
        )
