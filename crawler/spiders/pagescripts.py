"""The scripts a list page's pager lives in: fetched when the page needs them, once per crawl.

Many CMS list pages call their pager from a script file they load (``<script src="/js/page.js">``
then ``showPage(6, 1, "index", "html")``; JEECMS's ``/r/cms/www/red/js/page.js`` filling an empty
``<div class="pagination" data-total-page="4">``). When :func:`crawler.listpages.analyse` says a
page needs its scripts (:meth:`crawler.listpages.ListFacts.needs_scripts`: it calls a pager
function nothing on the page defines, or it has an empty pager box), the same-site scripts it loads
are fetched -- each URL once per crawl (the answer is shared by every list page that loads it),
at most :data:`SCRIPT_MAX_BYTES` -- and the page is read again with them.

Nothing lost, nothing invented: every script fetched is an item of the archive (a page of type
``other``, not extracted), a failure one with its reason (``HTTP 404``, ``size limit``, ``not a
script: binary content``); a script on another host is not fetched, and a pager that still cannot
be followed says which script it needed and why it was not read.

A mixin of :class:`crawler.spiders.portal.PortalSpider`.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.items import PageItem, headers_to_dict
from crawler.urls import canonicalize

#: a script larger than this is not read (a pager function is a few kB; bundles reach a few MB)
SCRIPT_MAX_BYTES = 4 * 1024 * 1024
#: at most this many scripts of one page, and of one crawl, are fetched
SCRIPTS_PER_PAGE = 12
SCRIPTS_PER_CRAWL = 300

#: well-known libraries, by file name: they define no site's pager function (their plugins may:
#: ``jquery.pagination.js`` is fetched)
LIBRARY = re.compile(
    r"/(?:jquery|vue|react|react-dom|axios|bootstrap|layui|swiper|echarts|lodash|moment|zepto|angular|html5shiv|"
    r"respond|polyfill|babel-polyfill|es5-shim|json2)(?:[-.]v?\d[\w.]*)?(?:\.min|\.prod|\.slim\.min|\.slim)?\.js$",
    re.I,
)
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"%PDF", b"\x00\x00\x01\x00", b"BM")


def script_text(body: bytes, content_type: str = "") -> tuple[str | None, str | None]:
    """A script's text, or None and why it cannot be one (binary content).

    >>> script_text("function f(){ return '下一页'; }".encode("gbk"), "application/javascript")
    ("function f(){ return '下一页'; }", None)
    >>> script_text(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    (None, 'not a script: binary content (image/archive bytes)')
    """
    head = body[:1024]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return None, "not a script: binary content (image/archive bytes)"
    charset = ""
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("'\"")
    for codec in ([charset] if charset else []) + ["utf-8", "gb18030"]:
        try:
            return body.decode(codec).lstrip("\ufeff"), None
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace"), None


class PageScriptsMixin:
    """Fetch the scripts a list page's pager lives in (see the module doc)."""

    def _script_cache(self) -> dict[str, asyncio.Future]:
        cache = getattr(self, "_scripts", None)
        if cache is None:
            cache = self._scripts = {}
        return cache

    async def page_scripts(self, srcs: list[str], page_url: str) -> tuple[dict[str, str], list[str], list[Any]]:
        """The texts of the same-site scripts among ``srcs`` (by URL), why the others were not read
        (one line each), and the archive items of the scripts this call fetched."""
        cache = self._script_cache()
        texts: dict[str, str] = {}
        notes: list[str] = []
        items: list[Any] = []
        mine: list[tuple[str, asyncio.Future]] = []
        waits: list[tuple[str, asyncio.Future]] = []
        for src in srcs[:SCRIPTS_PER_PAGE]:
            url = canonicalize(src)
            if not self._in_domain(url):
                notes.append(f"{src}: on another host, not fetched")
                continue
            if LIBRARY.search(urlsplit(url).path):
                continue  # jquery-1.11.3.min.js, vue.min.js ...: not where a site's pager lives
            future = cache.get(url)
            if future is None:
                if len(cache) >= SCRIPTS_PER_CRAWL:
                    notes.append(f"{src}: not fetched (at most {SCRIPTS_PER_CRAWL} scripts per crawl)")
                    continue
                future = cache[url] = asyncio.ensure_future(self._fetch_script(url, page_url))
                mine.append((url, future))
            waits.append((url, future))
        for url, future in waits:
            text, why, item = await future
            if text is not None:
                texts[url] = text
            elif why:
                notes.append(f"{url}: {why}")
            if item is not None and (url, future) in mine:
                items.append(item)
        return texts, notes, items

    async def _fetch_script(self, url: str, page_url: str) -> tuple[str | None, str | None, Any]:
        request = scrapy.Request(
            url,
            headers={"Referer": page_url, "Accept": "*/*"},
            dont_filter=True,
            meta={"download_maxsize": SCRIPT_MAX_BYTES, "page_kind": "script", "handle_httpstatus_all": True},
        )
        self.requested.add(url)
        # the crawl's duplicate filter claims the script (shared by the workers of a distributed
        # crawl): a script another worker (or a page's link) fetched already is read, not archived twice
        claimed = True
        try:
            dupefilter = self.crawler.engine._slot.scheduler.df
            claimed = not dupefilter.request_seen(scrapy.Request(url))
        except Exception:  # noqa: BLE001 (no scheduler with a filter: this process is the only one)
            pass
        text, why, item = await self._download_script(request, url)
        return text, why, item if claimed else None

    async def _download_script(self, request: scrapy.Request, url: str) -> tuple[str | None, str | None, Any]:
        try:
            response: Response = await self.crawler.engine.download_async(request)
        except IgnoreRequest as exc:  # refused before it was sent (robots.txt, the page budget)
            return None, f"not fetched: {exc}"[:200], None
        except Exception as exc:  # noqa: BLE001 (a script that cannot be fetched costs its pager only)
            from twisted.python.failure import Failure

            from crawler.spiders.pageitems import describe_failure

            why = describe_failure(Failure(exc))
            if "maxsize" in str(exc).lower() or "size" in why.split(":")[0]:
                why = f"size limit: larger than {SCRIPT_MAX_BYTES} bytes, not read"
            item = PageItem(site=self.site.name, url=url, final_url=url, status=0, headers={}, body=b"",
                            fetched_at=datetime.now(UTC), page_type="other",
                            request_headers=headers_to_dict(request.headers), error=f"pager script: {why}")
            return None, why, item
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if response.status != 200:
            why = f"HTTP {response.status}"
            return None, why, self.page_item(response, "other", url=url, error=f"pager script: {why}")
        text, why = script_text(response.body, ctype)
        item = self.page_item(response, "other", url=url, error=f"pager script: {why}" if why else None)
        item.extracted = True  # a script: nothing to extract
        return text, why, item

    def postback_requests(self, postbacks: list[Any], source: str) -> Any:
        """The form POSTs of an ASP.NET pager (:class:`crawler.listpages.PostBack`), each page once."""
        column = self.ledger.page_column.get(source, source)
        for post in postbacks:
            key = canonicalize(post.key)
            if key in self.requested:
                continue
            if not self._in_domain(post.url):
                self.ledger.stop("offsite pager", source, post.url)
                continue
            self.ledger.add_page(key, column)
            self.requested.add(key)
            self.pending.add(key)
            self.depth_of[key] = self.depth_of.get(source, 0)
            yield scrapy.FormRequest(
                post.url, formdata=post.form, callback=self.parse, errback=self.on_error, dont_filter=True,
                meta={"page_kind": "list", "page_key": key, "postback_key": key},
            )

    async def list_facts_with_scripts(self, response: Any) -> Any:
        """:meth:`list_facts`, read again with the scripts the page's pager lives in when it needs
        them; the scripts' archive items are left in ``response.meta["script_items"]``."""
        facts = self.list_facts(response, book=False)
        if facts is not None and facts.needs_scripts():
            texts, notes, items = await self.page_scripts(facts.script_srcs, self.item_url(response))
            response.meta["script_items"] = items
            if texts:
                from crawler.listpages import analyse

                try:
                    again = analyse(response.text, response.url, self.runner, external=texts)
                except Exception:  # noqa: BLE001 (keep what the page alone said)
                    again = None
                if again is not None:
                    if len(again.pager) > len(facts.pager):
                        again.add_mechanism("pager-script-file")
                    facts = again
            if facts.unresolved and notes:
                facts.unresolved = [f"{line} (scripts not read: {'; '.join(notes)[:300]})" for line in facts.unresolved]
        if facts is not None:
            self.book_list_facts(self.item_url(response), facts)
        return facts
