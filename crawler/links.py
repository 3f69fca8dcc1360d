"""Scrapy's link extractor with a cheaper test of the refused file extensions.

Scrapy tests each link's path against its ~90 ``deny_extensions`` one ``endswith`` at a time
(``scrapy.utils.url.url_has_any_extension``): on a crawl of small pages that was a tenth of the
crawl process's CPU. Every refused extension starts with a dot, so a path ends with one of them
exactly when the part of the path from one of its dots on is one of them: a set lookup per dot of
the path. The links kept are the same, in the same order.
"""

from __future__ import annotations

from urllib.parse import urlparse

from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor

from crawler.urls import canonicalize


class FastLinkExtractor(LinkExtractor):
    """:class:`scrapy.linkextractors.LinkExtractor`, same arguments, same links.

    >>> from scrapy.http import HtmlResponse
    >>> body = b'<a href="/a/t1.html">1</a><a href="/f/x.PDF">2</a><a href="/f/y.tar.gz">3</a><a href="/b/">4</a>'
    >>> r = HtmlResponse("http://x.gov.cn/", body=body, encoding="utf-8")
    >>> [l.url for l in FastLinkExtractor(canonicalize=False, unique=True).extract_links(r)]
    ['http://x.gov.cn/a/t1.html', 'http://x.gov.cn/b/']
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # what Scrapy would test one by one; it skips its own test when the set is empty
        self.denied_suffixes = frozenset(self.deny_extensions)
        if all(ext.startswith(".") for ext in self.denied_suffixes):
            self.deny_extensions = set()
        else:  # not the shape this test relies on: Scrapy's own
            self.denied_suffixes = frozenset()

    def _link_allowed(self, link: Link) -> bool:
        if not super()._link_allowed(link):
            return False
        if not self.denied_suffixes:
            return True
        path = urlparse(link.url).path.lower()
        dot = path.find(".")
        while dot != -1:
            if path[dot:] in self.denied_suffixes:
                return False
            dot = path.find(".", dot + 1)
        return True


def read_links(extractor: LinkExtractor, response: object) -> list[tuple[str, str]]:
    """A page's links as ``(canonical URL, anchor text)`` in page order: what the spider reads
    (``PortalSpider.page_links``) and an extraction worker reads for it (``crawler.workers.read_page``)."""
    return [(canonicalize(link.url), (link.text or "").strip()) for link in extractor.extract_links(response)]
