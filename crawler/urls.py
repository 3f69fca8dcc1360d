"""URL knowledge about government portals: which URLs are articles, which are lists,
how to canonicalise them, and how script pagers spell their pages.

Pure functions, no Scrapy; the patterns are data so they can be tuned in one place.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = [
    "DEFAULT_ARTICLE_PATTERNS", "DEFAULT_LIST_PATTERNS", "canonicalize", "classify_url", "script_pager_urls",
]

# URL shapes that mean "one article" on the CMSs regional portals run (TRS, 大汉, 集约化平台, county PHP/ASP sites).
DEFAULT_ARTICLE_PATTERNS = [
    r"/t\d{8}_\d+\.s?html?$",                  # TRS: /202311/t20231122_1045678.html
    r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",  # 大汉 JCMS
    r"/content_\d+\.s?html?$",                  # /content_5678.html
    r"/(?:info|content|article|news|detail|show|view)/\d+/\d+\.s?html?$",
    r"/\d{4}-?\d{2}/\d{2}/c?\d{3,}\.s?html?$",   # /2023-11/22/c123456.html
    r"[?&](?:id|articleid|newsid|contentid|infoid|aid)=\d+",  # show.asp?id=123
    r"/\d{6,}\.s?html?$",                       # /1045678.html
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


def canonicalize(url: str) -> str:
    """One article, one URL: drop the fragment, tracking and session parameters, sort the query.

    >>> canonicalize("http://a.gov.cn/x/t1.html?utm_source=wx&id=3#top")
    'http://a.gov.cn/x/t1.html?id=3'
    """
    parts = urlsplit(url)
    path = SESSION_IN_PATH.sub("", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    query.sort()
    netloc = parts.netloc.lower()
    if netloc.endswith(":80") and parts.scheme == "http":
        netloc = netloc[:-3]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query), ""))


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in patterns]


_DEFAULT_ARTICLE = _compile(DEFAULT_ARTICLE_PATTERNS)
_DEFAULT_LIST = _compile(DEFAULT_LIST_PATTERNS)


def classify_url(url: str, article_patterns: list[str] | None = None, list_patterns: list[str] | None = None) -> str:
    """'article', 'list' or 'other' for a URL; site patterns win over the defaults.

    >>> classify_url("http://a.gov.cn/xwzx/202311/t20231122_1045678.html")
    'article'
    >>> classify_url("http://a.gov.cn/xwzx/index_2.html")
    'list'
    """
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
