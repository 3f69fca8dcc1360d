"""The portal spider's list APIs: 大汉 Hanweb jpage lists (``dataproxy.jsp`` POSTs, read with
:mod:`crawler.listpages`) and the JSON lists a site declares (``[[json_lists]]`` in its config).

A mixin of :class:`crawler.spiders.portal.PortalSpider`: the methods use its bookkeeping
(``requested``, ``pending``, ``ledger``, ``plan``) and its request helpers.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response, TextResponse

from crawler import statkeys
from crawler.listpages import PAGER_BOUND, JPagePost, datastore_records, jpage_next_posts
from crawler.spiders.pageitems import NOT_MODIFIED
from crawler.urls import canonicalize


class ListApiMixin:
    """jpage dataproxy lists and declared JSON lists."""

    def jpage_requests(self, posts: list[JPagePost], source: str, column: str, depth: int) -> Any:
        """The ``dataproxy.jsp`` POSTs of a jpage list (its records past the first page)."""
        for post in posts:
            key = canonicalize(post.key)
            if key in self.requested:
                continue
            reason = self._guard().check(key) if not self._in_domain(post.url) else None
            if not self._in_domain(post.url):
                self.ledger.stop("offsite pager", source, post.url)
                self.ledger.problem(source, f"jpage proxy outside the allowed domains: {post.url}")
                continue
            if reason:
                self._trap(source, key, reason)
                continue
            self.ledger.add_page(key, column)
            self.requested.add(key)
            self.pending.add(key)
            self.depth_of[key] = depth
            yield scrapy.FormRequest(
                post.url,
                formdata=post.form,
                callback=self.parse_jpage,
                errback=self.on_error,
                meta={"page_kind": "list", "page_key": key, "jpage": post, "source": source},
                dont_filter=False,
            )

    def parse_jpage(self, response: Response) -> Any:
        """One dataproxy answer: its records' links; garbage or an error page is an error of that page."""
        key = response.meta["page_key"]
        post: JPagePost = response.meta["jpage"]
        self.pending.discard(key)
        text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        records = datastore_records(text)
        if records is None:
            kind = "an HTML page" if re.search(r"<html|<body", text[:2000], re.I) else \
                "no complete <datastore> (truncated or garbage)"
            error = f"jpage dataproxy answered {kind} (records {post.start}-{post.end})"
            self.ledger.failed(key)
            self.ledger.problem(response.meta.get("source", key), error)
            self.logger.warning("%s: %s", key, error)
            yield self.page_item(response, "list", [], url=key, error=error)
            return
        from crawler.listpages import _hrefs, _record_dates

        urls = [canonicalize(u) for r in records for u in _hrefs(r, response.url)]
        links = [u for u in dict.fromkeys(urls) if self._in_domain(u)]
        item = self.page_item(response, "list", links, url=key)
        item.link_dates = {canonicalize(u): {"list_date": d} for u, d in _record_dates(records, response.url).items()}
        self.note_dates(item.link_dates)
        yield item
        self.ledger.reached(key)
        yield from self.follow(links, key, "list", listed=set(links))
        if post.total is None and records:  # no total announced: ask for the next group
            yield from self.jpage_requests(
                jpage_next_posts(post.url.split("?")[0], post.form, post.end, post.per_page,
                                 max(1, (post.end - post.start + 1) // max(1, post.per_page)), None),
                response.meta.get("source", key), self.ledger.page_column.get(key, key), self.depth_of.get(key, 0),
            )

    def json_request(self, index: int, page: int) -> scrapy.Request:
        spec = self.site.json_lists[index]
        url = canonicalize(spec["url"].replace("{page}", str(page)))
        column = canonicalize(spec.get("column") or spec["url"].replace("{page}", str(spec["first_page"])))
        if page == spec["first_page"]:
            self.ledger.enter(column, 1)
            self.ledger.announce(column, None, None, ["json-list"])
        self.ledger.add_page(url, column)
        return self._request(url, self.parse_json, "list", depth=1, meta={"json_list": index, "json_page": page})

    def parse_json(self, response: Response) -> Any:
        """One page of a declared JSON list: its items' article URLs (and titles, dates), the next pages."""
        url = self.item_url(response)
        self.pending.discard(url)
        index, page = response.meta["json_list"], response.meta["json_page"]
        spec = self.site.json_lists[index]
        if response.status == NOT_MODIFIED:
            yield self.not_modified_item(response, "list")
            self.ledger.reached(url)
            yield from self.follow(self.list_memory.get(url, {}).get("links", []), url, "list")
            return
        try:
            data = json.loads(response.text if isinstance(response, TextResponse) else response.body)
            items = _dig(data, spec["items"])
            if not isinstance(items, list):
                raise ValueError(f"no list at {spec['items']!r}")
        except (ValueError, TypeError, KeyError) as exc:
            error = f"JSON list page unreadable: {exc}"[:300]
            self.ledger.failed(url)
            self.ledger.problem(url, error)
            yield self.page_item(response, "list", [], error=error)
            return
        links, dates = [], {}
        for entry in items:
            if not isinstance(entry, dict) or not isinstance(entry.get(spec["url_field"]), str):
                continue
            link = canonicalize(urljoin(response.url, entry[spec["url_field"]]))
            if not self._in_domain(link):
                continue
            links.append(link)
            info = {}
            if spec.get("date_field") and entry.get(spec["date_field"]):
                info["list_date"] = _json_date(entry[spec["date_field"]])
            if spec.get("title_field") and entry.get(spec["title_field"]):
                info["title"] = str(entry[spec["title_field"]])
            if info:
                dates[link] = info
        total = _dig(data, spec["total"]) if spec.get("total") else None
        total = int(total) if isinstance(total, (int, float, str)) and str(total).lstrip("-").isdigit() else None
        if total is not None:
            self.ledger.announce(url, None, total, ["json-list"])
        item = self.page_item(response, "list", links)
        item.link_dates = dates
        self.note_dates(item.link_dates)
        yield item
        self.ledger.reached(url)
        known_only = bool(links) and self.site.stop_on_known_list and not self.resuming and all(
            self.plan.decide(u)[0] == "skip" for u in links)
        yield from self.follow(links, url, "list", listed=set(links))
        if not links or known_only:
            if known_only:
                self._inc(statkeys.PAGING_STOPPED)
                self.ledger.stop("known articles", url, url)
            return
        first = spec["first_page"]
        if total is not None and page == first:
            last = first + math.ceil(total / len(links)) - 1
            if last - first >= PAGER_BOUND:
                self.ledger.problem(url, f"JSON list announces {total} items: only {PAGER_BOUND} pages are asked")
                last = first + PAGER_BOUND - 1
            pages = range(first + 1, last + 1)
        elif total is None and page - first < PAGER_BOUND:
            pages = range(page + 1, page + 2)  # no total: page on while pages have items
        else:
            pages = range(0)
        for n in pages:
            next_url = canonicalize(spec["url"].replace("{page}", str(n)))
            if next_url not in self.requested:
                yield self.json_request(index, n)


def _dig(data: Any, path: str) -> Any:
    """``data["a"]["b"][0]`` for the dotted path ``"a.b.0"`` (None when it is not there).

    >>> _dig({"data": {"list": [1, 2], "total": 2}}, "data.total")
    2
    """
    for part in path.split(".") if path else []:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def _json_date(value: Any) -> str:
    """A JSON list's date as ``YYYY-MM-DD`` when it is one: epoch seconds or milliseconds
    (``1711500000000``), or text starting with a date; else the value as text.

    >>> _json_date(1711500000000), _json_date("2024-03-26 14:05:00"), _json_date("昨天")
    ('2024-03-27', '2024-03-26', '昨天')
    """
    text = str(value).strip()
    if re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", text):
        seconds = float(text) / (1000 if len(text.split(".")[0]) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d")
    m = re.match(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})", text)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else text
