"""JSON and JSONP lists a list page's scripts load, found on the page (not declared in the config).

:func:`crawler.listpages.data_lists` reads them from the page's scripts (``$.getJSON(url)``,
``$.ajax({url, data: {catid: 12, page: page}})``, ``var listApi = '/api/list?pageNo='``); each is
asked page by page from 1 (``{page}``) while its pages bring links not seen before, up to the page
count or item total the answer states, at most :data:`crawler.listpages.PAGER_BOUND` pages. The
links are the answer's string values that are pages of the site (``"linkUrl": "/xwzx/…html"``),
followed as the column's list items (an article whose URL shape is unknown is read by content).
A site whose JSON list needs field names or a non-GET request declares it (``[[json_lists]]``).

Every answer is a page of the archive (type ``list``); one that is no JSON is an error with why.

A mixin of :class:`crawler.spiders.portal.PortalSpider`.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse, Response, TextResponse

from crawler.listpages import PAGER_BOUND
from crawler.spiders.pageitems import NOT_MODIFIED
from crawler.urls import canonicalize

#: at most this many data lists of one page are asked
DATA_LISTS_PER_PAGE = 6

_PAGE_EXT = re.compile(r"\.(?:s?html?|jhtml|jsp|aspx?|php|do|action)$|/$", re.I)
_JSONP = re.compile(r"^\s*(?:/\*\*/\s*)?[A-Za-z_$][\w$.]*\s*\(\s*(.*?)\s*\)\s*;?\s*$", re.S)
_TOTAL_KEYS = ("total", "totalcount", "totalrecord", "totalrecords", "recordcount", "totalelements", "count", "totalnum")
_PAGES_KEYS = ("pages", "totalpage", "totalpages", "pagecount", "pagetotal", "totalpagenum")


def parse_json_text(text: str) -> Any:
    """JSON, or the JSON inside a JSONP callback (``cb({...});``); ValueError when neither.

    >>> parse_json_text('jQuery1_2({"rows": [1]});'), parse_json_text('{"a": 1}')
    ({'rows': [1]}, {'a': 1})
    """
    text = text.strip().lstrip("\ufeff")
    try:
        return json.loads(text)
    except ValueError:
        m = _JSONP.match(text)
        if not m:
            raise
        return json.loads(m.group(1))


def json_links(data: Any, data_url: str, page_url: str) -> list[str]:
    """The string values of a JSON answer that are pages of the site, absolute, in order, once.

    A value without a leading slash whose first directory is the list page's is taken from the site
    root (APIs give site paths: ``"zwgk/tzgg/content_1.html"`` listed on ``/zwgk/tzgg/``).

    >>> json_links({"data": {"records": [{"linkUrl": "/a/t1.html", "thumb": "/u/1.jpg"}, {"href": "zwgk/c_2.html"}]}},
    ...            "http://h/api/list?p=1", "http://h/zwgk/index.html")
    ['http://h/a/t1.html', 'http://h/zwgk/c_2.html']
    """
    out: list[str] = []
    page_dir = urlsplit(page_url).path.lstrip("/").split("/")[0]

    def walk(node: Any, depth: int) -> None:
        if depth > 12 or len(out) >= 2000:
            return
        if isinstance(node, dict):
            for value in node.values():
                walk(value, depth + 1)
        elif isinstance(node, list):
            for value in node:
                walk(value, depth + 1)
        elif isinstance(node, str):
            value = node.strip()
            if not value or len(value) > 500 or " " in value or value.startswith(("javascript:", "#", "data:")):
                return
            path = urlsplit(value).path
            if not _PAGE_EXT.search(path) or "/" not in value:
                return
            if value.startswith(("http://", "https://", "/")):
                url = urljoin(data_url, value)
            elif value.split("/")[0] == page_dir and not value.startswith("."):
                url = urljoin(data_url, "/" + value)
            else:
                url = urljoin(page_url, value)
            if url not in out:
                out.append(url)

    walk(data, 0)
    return out


def json_counts(data: Any) -> tuple[int | None, int | None]:
    """(pages, items) a JSON list answer states (``"pages": 3``, ``"total": 37``), the first found
    breadth-first.

    >>> json_counts({"code": 0, "data": {"records": [], "total": 37, "pages": 3}})
    (3, 37)
    """
    pages = total = None
    queue = [data]
    while queue and (pages is None or total is None):
        node = queue.pop(0)
        if isinstance(node, dict):
            for key, value in node.items():
                k = key.lower().replace("_", "")
                number = value if isinstance(value, int) and not isinstance(value, bool) else (
                    int(value) if isinstance(value, str) and value.isdigit() else None)
                if number is not None and number >= 0:
                    if total is None and k in _TOTAL_KEYS:
                        total = number
                    elif pages is None and k in _PAGES_KEYS:
                        pages = number
                elif isinstance(value, (dict, list)):
                    queue.append(value)
        elif isinstance(node, list):
            queue.extend(v for v in node[:5] if isinstance(v, dict))
    return pages, total


class DataListsMixin:
    """JSON / JSONP lists found in list pages' scripts (see the module doc)."""

    def data_list_requests(self, templates: list[str], source: str) -> Any:
        """The first page of each data list a list page's scripts load."""
        declared = {urlsplit(spec["url"]).path for spec in self.site.json_lists}
        for template in templates[:DATA_LISTS_PER_PAGE]:
            if urlsplit(template).path in declared:
                continue  # the site declares this API ([[json_lists]]): read as declared
            yield from self._data_list_request(template, 1, source)

    def _data_list_request(self, template: str, page: int, source: str) -> Any:
        url = canonicalize(template.replace("{page}", str(page)))
        if url in self.requested or not self._in_domain(url):
            return
        reason = self._guard().check(url)
        if reason:
            self._trap(source, url, reason)
            return
        column = self.ledger.page_column.get(source, source)
        self.ledger.add_page(url, column)
        yield self._request(url, self.parse_data_list, "list", depth=self.depth_of.get(source, 0),
                            meta={"data_list": template, "data_page": page, "source": source})

    async def parse_data_list(self, response: Response) -> Any:
        """One page of a data list: its links followed as list items, the next page asked."""
        url = self.item_url(response)
        self.pending.discard(url)
        template, page, source = response.meta["data_list"], response.meta["data_page"], response.meta["source"]
        if response.status == NOT_MODIFIED:
            yield self.not_modified_item(response, "list")
            self.ledger.reached(url)
            for out in self.follow(self.list_memory.get(url, {}).get("links", []), url, "list"):
                yield out
            return
        text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        try:
            data = parse_json_text(text)
        except ValueError:
            if isinstance(response, HtmlResponse) and re.match(r"\s*<", text):
                # an HTML page (a script building page URLs, a fragment of list items): a list page
                async for out in self.parse(response):
                    yield out
                return
            error = f"data list answered no JSON ({len(response.body)} bytes)"
            self.ledger.failed(url)
            self.ledger.problem(source, f"{error}: {url}")
            yield self.page_item(response, "list", [], error=error)
            return
        links = [u for u in (canonicalize(v) for v in json_links(data, response.url, source)) if self._in_domain(u)]
        seen = self._data_seen().setdefault(template, set())
        new = [u for u in links if u not in seen]
        seen.update(links)
        pages, total = json_counts(data)
        if page == 1 and (pages is not None or total is not None) and "{page}" in template:
            self.ledger.announce(url, pages, total, ["json-data-list"])
        else:
            self.ledger.announce(url, None, None, ["json-data-list"])
        item = self.page_item(response, "list", links)
        yield item
        self.ledger.reached(url)
        for out in self.follow(links, url, "list", listed=set(links)):
            yield out
        if "{page}" not in template or not new or page >= PAGER_BOUND:
            return
        if pages is not None and page >= pages:
            return
        if total is not None and len(seen) >= total:
            return
        for out in self._data_list_request(template, page + 1, source):
            yield out

    def _data_seen(self) -> dict[str, set[str]]:
        seen = getattr(self, "_data_list_seen", None)
        if seen is None:
            seen = self._data_list_seen = {}
        return seen
