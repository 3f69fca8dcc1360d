"""URL knowledge about government portals: which URLs are articles, which are lists,
how to canonicalise them, and how script pagers spell their pages.

Pure functions, no Scrapy; the patterns are data so they can be tuned in one place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = [
    "DEFAULT_ARTICLE_PATTERNS",
    "DEFAULT_LIST_PATTERNS",
    "TrapGuard",
    "canonicalize",
    "classify_url",
    "feed_links",
    "same_list",
    "script_pager_urls",
    "url_shape",
]

# URL shapes that mean "one article" on the CMSs regional portals run (TRS, 大汉, 集约化平台, county PHP/ASP sites).
DEFAULT_ARTICLE_PATTERNS = [
    r"/t\d{8}_\d+\.s?html?$",  # TRS: /202311/t20231122_1045678.html
    r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",  # 大汉 JCMS
    r"/content_\d+\.s?html?$",  # /content_5678.html
    r"/(?:info|content|article|news|detail|show|view)/\d+/\d+\.s?html?$",
    r"/\d{4}-?\d{2}/\d{2}/c?\d{3,}\.s?html?$",  # /2023-11/22/c123456.html
    r"[?&](?:id|articleid|newsid|contentid|infoid|aid)=\d+",  # show.asp?id=123
    r"/\d{6,}\.s?html?$",  # /1045678.html
    r"/\d{4}/\d{4}/[a-z]+_\d+\.s?html?$",  # county PHP/ASP sites: /2023/1004/news_1145.htm
    r"/(?:news|art|article|content|info|detail|show|view|doc)_\d+\.s?html?$",  # /news_1145.htm
]
# URL shapes that mean "a list of articles" (and its pagination).
DEFAULT_LIST_PATTERNS = [
    r"/(?:index|list|default)(?:_\d+)?\.s?html?$",
    r"/$",
    r"[?&](?:page|pageno|pagenum|p|curpage)=\d+",
    r"/list[_-]?\d*\.(?:s?html?|jsp|php|aspx?)",
]
# Query parameters that never change the page (tracking, sessions).
TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|spm|from|source|share|timestamp|_|t|rnd|random|jsessionid|phpsessid|sid|sessionid|aspsessionid\w*)$",
    re.I,
)
SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)

# createPageHTML(countPage, currentPage, "index", "html") and its many cousins.
SCRIPT_PAGER = re.compile(
    r"create(?:Page|PageHTML|Paging)\w*\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]",
    re.I,
)
SCRIPT_PAGER_MAX = 200  # crawler-trap bound: never expand a script pager past this many pages


@lru_cache(maxsize=16384)  # a page's links are canonicalised several times (spider, ledger, plan)
def canonicalize(url: str) -> str:
    """One article, one URL: drop the fragment, tracking and session parameters, sort the query.

    >>> canonicalize("http://a.gov.cn/x/t1.html?utm_source=wx&id=3#top")
    'http://a.gov.cn/x/t1.html?id=3'
    >>> canonicalize("http://a.gov.cn/list.asp?kw=%D5%FE%B8%AE&page=2")  # GBK bytes kept
    'http://a.gov.cn/list.asp?kw=%D5%FE%B8%AE&page=2'
    """
    parts = urlsplit(url)
    path = SESSION_IN_PATH.sub("", parts.path) or "/"
    # a query escaped as bytes (the page's own charset: %D5%FE%B8%AE is GBK for 政府) keeps its
    # bytes: read and written back one byte a character, never decoded as UTF-8 (which would turn
    # every GBK or Big5 value into the same U+FFFD); a query with raw non-ASCII text, as UTF-8
    codec = "latin-1" if parts.query.isascii() else "utf-8"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True, encoding=codec)
        if not TRACKING_PARAMS.match(k)
    ]
    query.sort()
    netloc = parts.netloc.lower()
    if netloc.endswith(":80") and parts.scheme == "http":
        netloc = netloc[:-3]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query, encoding=codec), ""))


@lru_cache(maxsize=16384)
def host_of(url: str) -> str:
    """The lower-cased host name of a URL ('' when it has none).

    >>> host_of("http://WWW.A.gov.cn:8080/x"), host_of("/x")
    ('www.a.gov.cn', '')
    """
    return (urlsplit(url).hostname or "").lower()


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in patterns]


_DEFAULT_ARTICLE = _compile(DEFAULT_ARTICLE_PATTERNS)
_DEFAULT_LIST = _compile(DEFAULT_LIST_PATTERNS)


def classify_url(
    url: str, article_patterns: list[str] | None = None, list_patterns: list[str] | None = None
) -> str:
    """'article', 'list' or 'other' for a URL; site patterns win over the defaults.

    >>> classify_url("http://a.gov.cn/xwzx/202311/t20231122_1045678.html")
    'article'
    >>> classify_url("http://a.gov.cn/xwzx/index_2.html")
    'list'
    """
    return _classify(url, tuple(article_patterns) if article_patterns else (),
                     tuple(list_patterns) if list_patterns else ())


@lru_cache(maxsize=16384)  # a crawl asks about the same links from every page that shows them
def _classify(url: str, article_patterns: tuple[str, ...], list_patterns: tuple[str, ...]) -> str:
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    if article_patterns:
        if any(p.search(target) for p in _compile(article_patterns)):
            return "article"
    if list_patterns and any(p.search(target) for p in _compile(list_patterns)):
        return "list"
    if not article_patterns and any(p.search(target) for p in _DEFAULT_ARTICLE):
        return "article"
    if any(p.search(target) for p in _DEFAULT_LIST):
        return "list"
    return "other"


def script_pager_urls(html: str, base_url: str) -> list[str]:
    """Pages a ``createPageHTML(count, current, "index", "html")`` script pager would link.

    >>> script_pager_urls('createPageHTML(3, 0, "index", "html");', "http://a.gov.cn/xw/index.html")
    ['http://a.gov.cn/xw/index.html', 'http://a.gov.cn/xw/index_1.html', 'http://a.gov.cn/xw/index_2.html']
    """
    urls: list[str] = []
    for count, _current, stem, ext in SCRIPT_PAGER.findall(html):
        n = min(int(count), SCRIPT_PAGER_MAX)
        for i in range(n):
            name = f"{stem}.{ext}" if i == 0 else f"{stem}_{i}.{ext}"
            urls.append(urljoin(base_url, name))
    return urls


def feed_links(body: bytes) -> list[str]:
    """Item links of an RSS 2.0 or Atom feed (tolerant: regular expressions, any encoding).

    >>> feed_links(b"<rss><channel><link>http://a/</link><item><link>http://a/t1.html</link></item></channel></rss>")
    ['http://a/t1.html']
    >>> feed_links(b'<feed><entry><link rel="alternate" href="http://a/2.html"/></entry></feed>')
    ['http://a/2.html']
    """
    text = body.decode("utf-8", "replace")
    out: list[str] = []
    for item in re.findall(r"<(?:item|entry)\b.*?</(?:item|entry)>", text, re.S | re.I):
        m = re.search(r"<link[^>]*>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", item, re.I) or re.search(
            r"<link\b[^>]*\bhref=[\"']([^\"']+)", item, re.I
        )
        if m:
            out.append(m.group(1).replace("&amp;", "&"))
    return out


_DIGITS = re.compile(r"\d+")


class TrapGuard:
    """Bounds crawler traps: endless calendars, query-string loops, ever-deeper paths.

    Non-article URLs only (an article is never a trap): a path gets at most
    ``max_query_variants`` distinct query strings, a URL shape (digits wildcarded, query
    dropped) at most ``max_shape_variants`` URLs, a URL at most ``max_url_length`` characters,
    and no path segment may repeat more than ``max_segment_repeats`` times (``/a/b/a/b/a/b``).
    :meth:`check` returns why a URL is refused, or None.

    >>> guard = TrapGuard(max_query_variants=2)
    >>> [guard.check(f"http://a/cal.php?month={m}") for m in (1, 2, 3)]
    [None, None, 'query-string loop: more than 2 variants of /cal.php']
    """

    def __init__(
        self,
        max_query_variants: int = 50,
        max_shape_variants: int = 500,
        max_url_length: int = 400,
        max_segment_repeats: int = 3,
    ) -> None:
        self.max_query_variants = max_query_variants
        self.max_shape_variants = max_shape_variants
        self.max_url_length = max_url_length
        self.max_segment_repeats = max_segment_repeats
        self._queries: dict[str, set[str]] = defaultdict(set)
        self._shapes: dict[str, set[str]] = defaultdict(set)

    def check(self, url: str) -> str | None:
        """None when ``url`` may be followed, else the reason it is refused (and it is not counted)."""
        if len(url) > self.max_url_length:
            return f"URL longer than {self.max_url_length} characters"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if segments and max(Counter(segments).values()) > self.max_segment_repeats:
            return f"path segment repeated more than {self.max_segment_repeats} times"
        key = parts.netloc + parts.path
        if parts.query and parts.query not in self._queries[key]:
            if len(self._queries[key]) >= self.max_query_variants:
                return f"query-string loop: more than {self.max_query_variants} variants of {parts.path}"
            self._queries[key].add(parts.query)
        shape = parts.netloc + _DIGITS.sub("#", parts.path)
        if url not in self._shapes[shape]:
            if len(self._shapes[shape]) >= self.max_shape_variants:
                return f"URL pattern trap: more than {self.max_shape_variants} URLs like {_DIGITS.sub('#', parts.path)}"
            self._shapes[shape].add(url)
        return None


_PAGE_PARAM = re.compile(r"page|^p$|^pn$|^pg$|^cur|^start|^offset|^pageindex$|^index$", re.I)
_NUMBERED = re.compile(r"^(.*?)(?:[_-]\d+)?(\.\w+)$")


def same_list(list_url: str, link: str) -> bool:
    """True when ``link`` is another page of the list at ``list_url`` by its URL alone: the same
    script with another page number (``list.jsp?channelId=12&pageNo=2``; the parameters that differ
    are page parameters), a numbered sibling (``index.html`` -> ``index_2.html``, ``7.html`` ->
    ``7_2.html``, ``list_3.htm`` -> ``list_4.htm``), a column directory and its numbered pages
    (``/xwzx/`` -> ``/xwzx/index_1.html``), or a 博达 VSB list's numbered pages (``jyxw.htm`` ->
    ``jyxw/2.htm``). Another column (``list.asp?classid=5`` from ``classid=3``) is not.

    >>> same_list("http://a/zcwj/list.jsp?channelId=12", "http://a/zcwj/list.jsp?channelId=12&pageNo=2")
    True
    >>> same_list("http://a/news/list.asp?classid=3", "http://a/news/list.asp?classid=5")
    False
    >>> same_list("http://a/list/7.html", "http://a/list/7_2.html"), same_list("http://a/x/jyxw.htm", "http://a/x/jyxw/2.htm")
    (True, True)
    >>> same_list("http://a/xwzx/", "http://a/xwzx/index_1.html"), same_list("http://a/xwzx/", "http://a/bmdt/")
    (True, False)
    """
    src, dst = urlsplit(list_url), urlsplit(link)
    if src.netloc != dst.netloc or (src.path == dst.path and src.query == dst.query):
        return False
    if src.path.lower() == dst.path.lower():
        a = {k.lower(): v for k, v in parse_qsl(src.query, keep_blank_values=True)}
        b = {k.lower(): v for k, v in parse_qsl(dst.query, keep_blank_values=True)}
        differing = {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
        return bool(differing) and all(_PAGE_PARAM.search(k) for k in differing)
    src_dir, _, src_name = src.path.rpartition("/")
    dst_dir, _, dst_name = dst.path.rpartition("/")
    if src_dir == dst_dir:
        if not src_name:  # a column directory: its index pages, its numbered pages
            return bool(re.match(r"(?:index|default|list)(?:[_-]\d+)?\.\w+$|[a-z]*[_-]?\d{1,4}\.\w+$", dst_name, re.I))
        if re.match(r"\d+\.\w+$", src_name) and re.match(r"\d+\.\w+$", dst_name):
            return True  # VSB: jyxw/2.htm -> jyxw/1.htm
        ms, md = _NUMBERED.match(src_name), _NUMBERED.match(dst_name)
        return bool(ms and md and ms.group(1) == md.group(1) and ms.group(2) == md.group(2))
    stem = re.sub(r"\.\w+$", "", src_name)
    return bool(stem) and dst_dir == f"{src_dir}/{stem}" and bool(re.match(r"\d+\.\w+$", dst_name)) or (
        src_dir.startswith(dst_dir + "/") and bool(re.match(r"\d+\.\w+$", src_name))
        and dst_name.startswith(src_dir.rsplit("/", 1)[-1] + ".")
    )


def url_shape(url: str) -> str:
    """A URL's shape: digits wildcarded, query values dropped (what ``probe`` reports).

    >>> url_shape("http://a.gov.cn/art/2024/3/27/art_1229_4512071.html?id=5")
    '/art/#/#/#/art_#_#.html?id='
    """
    parts = urlsplit(url)
    query = "&".join(sorted(k + "=" for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return _DIGITS.sub("#", parts.path) + ("?" + query if query else "")
