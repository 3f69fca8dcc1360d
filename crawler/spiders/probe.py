"""The probe spider: a portal's home page and the first page of each list it links to, read the way
the portal spider reads them (:func:`crawler.listpages.analyse`), nothing stored. For
``govarchive probe URL``: per column the list mechanism recognised, the pages and records it
announces, the article links it shows and their URL shapes -- before a long crawl.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.listpages import ScriptRunner, analyse, looks_like_pager_text
from crawler.urls import canonicalize, classify_url, same_list, url_shape


class ProbeSpider(scrapy.Spider):
    """``-a url=HOME [-a max_pages=30]``: one report dict per page (``self.pages``)."""

    name = "probe"

    def __init__(self, url: str, max_pages: int = 30, article_patterns: list[str] | None = None,
                 list_patterns: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.home = url
        self.host = (urlsplit(url).hostname or "").lower()
        self.max_pages = int(max_pages)
        self.article_patterns = article_patterns or []
        self.list_patterns = list_patterns or []
        self.pages: list[dict[str, Any]] = []
        self.errors: list[tuple[str, str]] = []
        self.asked: set[str] = set()
        self.runner = ScriptRunner()
        self.extractor = LinkExtractor(canonicalize=False, unique=True)

    def _request(self, url: str, role: str) -> scrapy.Request | None:
        url = canonicalize(url)
        if url in self.asked or len(self.asked) >= self.max_pages:
            return None
        self.asked.add(url)
        return scrapy.Request(url, callback=self.parse, errback=self.failed, meta={"role": role})

    async def start(self):
        request = self._request(self.home, "home")
        if request is not None:
            yield request

    def _kind(self, url: str) -> str:
        return classify_url(url, self.article_patterns, self.list_patterns)

    def failed(self, failure: Any) -> None:
        self.errors.append((failure.request.url, f"{failure.type.__name__}: {failure.getErrorMessage()}"[:200]))

    def parse(self, response: TextResponse) -> Any:
        role = response.meta["role"]
        if not isinstance(response, HtmlResponse):
            kind = response.headers.get("Content-Type", b"").decode("latin-1") or "no content type"
            self.errors.append((response.url, f"skipped, not an HTML page ({kind})"))
            return
        url = canonicalize(response.url)
        facts = analyse(response.text, response.url, self.runner)
        texts = {}
        links = []
        for link in self.extractor.extract_links(response):
            u = canonicalize(link.url)
            links.append(u)
            texts.setdefault(u, (link.text or "").strip())
        links.extend(canonicalize(u) for u, _ in facts.links)
        links.extend(canonicalize(u) for u in facts.pager)
        links = [u for u in dict.fromkeys(links) if (urlsplit(u).hostname or "").lower() == self.host]
        pager = {canonicalize(u) for u in facts.pager}
        articles, candidates, navigation, pages = [], [], [], []
        dated = {canonicalize(u) for u in facts.dates}
        for u in links:
            kind = self._kind(u)
            if u in pager or looks_like_pager_text(texts.get(u)) or same_list(url, u):
                pages.append(u)
            elif kind == "article":
                articles.append(u)
            elif kind == "other" and (u in dated or len("".join((texts.get(u) or "").split())) >= 8) and role != "home":
                candidates.append(u)
            else:
                navigation.append(u)
        shapes: dict[str, int] = {}
        for u in [*articles, *candidates]:
            shapes[url_shape(u)] = shapes.get(url_shape(u), 0) + 1
        self.pages.append({
            "url": url, "role": role, "title": (response.css("title::text").get() or "").strip(),
            "mechanisms": facts.mechanisms, "announced_pages": facts.announced_pages,
            "announced_records": facts.announced_records, "pager": [u for u in pages if u != url],
            "jpage_requests": len(facts.posts), "articles": articles, "candidates": candidates,
            "shapes": shapes, "problems": facts.problems, "unresolved": facts.unresolved,
            "frames": [canonicalize(u) for u, how in facts.links if how == "frame"],
            "data_urls": facts.data_urls,
        })
        if role == "home" or url in {f for p in self.pages for f in p["frames"]}:
            # the home page's navigation (and a frameset's frames) lead to the columns
            frames = [canonicalize(u) for u, how in facts.links if how == "frame"]
            for u in frames:
                request = self._request(u, "home")
                if request is not None:
                    yield request
            for u in [*navigation, *pages]:
                if self._kind(u) != "article":
                    request = self._request(u, "list")
                    if request is not None:
                        yield request

    def closed(self, reason: str) -> None:
        self.runner.close()
