"""Has an article been taken down? What a page shows once it no longer holds its article.

Portals take articles down in a few ways, and each leaves a mark on the answer:

- a ``404``/``410`` (or ``451``) status -- read by the archive from the status alone;
- a redirect (HTTP ``3xx``, ``<meta http-equiv="refresh">``, or a near-empty page whose script
  sets ``location``) to a page that is not the article itself: the home page, a column, an
  error or login page, another site (:func:`redirect_kind`, :func:`refresh_target`);
- a ``200`` page whose article is replaced by a short notice: 页面不存在, 该信息已删除, 已撤稿,
  頁面不存在 ... (:func:`removal_notice`, :func:`page_notice`). Only a *short* text counts
  (at most :data:`NOTICE_MAX_CHARS` characters): an article that mentions that something "已删除"
  is still an article.

Pure functions of text and URLs; no Scrapy, no archive.

Example:
    >>> removal_notice("对不起，该信息已删除！")
    '该信息已删除'
    >>> redirect_kind("http://a.gov.cn/art/2023/1/1/art_1.html", "http://a.gov.cn/")
    'home'
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

__all__ = [
    "NOTICE_MAX_CHARS",
    "page_notice",
    "redirect_kind",
    "refresh_target",
    "removal_notice",
    "same_resource",
]

#: A text longer than this (CJK characters and Latin words) is an article, whatever it says.
NOTICE_MAX_CHARS = 60
#: ... and so is one with more than this besides the take-down phrase ("对不起，", "3秒后返回首页" are
#: a notice's usual company; "经核查，该信息已删除的说法不实……" is an article).
NOTICE_EXTRA_CHARS = 24

_THING = r"(?:信息|资讯|文章|稿件|内容|页面|网页|新闻|文件|公告|通知|资料|記錄|信息内容|資訊|資料|頁面|網頁|新聞|文件|稿件)"
_GONE = r"(?:删除|撤稿|撤销|撤下|撤回|下线|下架|移除|失效|过期|刪除|撤銷|撤下|下線|移除|失效|過期)"
#: What a take-down notice says (Simplified and Traditional; English). Each alternative names what
#: is gone and that it is gone, so that a headline in a sidebar ("关于撤销……的决定") does not match.
NOTICE_RE = re.compile(
    r"(?:该|此|本|所|您要|您所|您)?(?:访问|訪問|请求|請求|查看)?的?" + _THING + r"(?:已经|已經|已|已被|已經被|被)+" + _GONE
    + r"|" + _THING + r"(?:不存在或已被" + _GONE + r"|不存在或已" + _GONE + r"|不存在|未找到|找不到)"
    + r"|已(?:被)?撤稿|已被" + _GONE
    + r"|(?:找不到|无法找到|無法找到|未找到)(?:该|此|您要访问的|您所访问的|您要訪問的)?" + _THING
    + r"|(?:页面|頁面|网页|網頁)(?:走丢了|不见了|不見了|飞走了)"
    + r"|\b(?:page|article|content|document)\s+(?:was\s+)?not\s+found\b|\b404\s+not\s+found\b"
    + r"|\bno\s+longer\s+(?:available|exists)\b|\bhas\s+been\s+(?:removed|deleted|withdrawn)\b",
    re.I,
)
_UNITS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


def removal_notice(text: str | None) -> str | None:
    """The take-down phrase of a short text (:data:`NOTICE_MAX_CHARS` at most, of which at most
    :data:`NOTICE_EXTRA_CHARS` are not the phrase), or None.

    Example:
        >>> removal_notice("抱歉，您访问的页面不存在或已被删除。"), removal_notice("頁面不存在")
        ('页面不存在或已被删除', '頁面不存在')
        >>> removal_notice("关于撤销部分行政许可事项的决定") is None
        True
        >>> removal_notice("经核查，该信息已删除的说法不实，停水通知继续有效，请居民按通知做好储水准备。") is None
        True
    """
    if not text or len(_UNITS.findall(text)) > NOTICE_MAX_CHARS:
        return None
    match = NOTICE_RE.search(text)
    if match is None or len(_UNITS.findall(text[: match.start()] + text[match.end():])) > NOTICE_EXTRA_CHARS:
        return None
    return match.group(0).strip()


_SKIP_TAGS = {"script", "style", "noscript", "a", "option", "select", "button", "template"}


def page_notice(html: str | None, title: str | None = None, body: str | None = None) -> str | None:
    """The take-down notice a page shows instead of its article, or None.

    ``title`` and ``body`` are what extraction found (if anything); ``html`` is the page. A short
    extracted body, the page's ``<title>``, its headings, or a short text block outside links
    that says the content is gone, is a notice.

    Example:
        >>> page_notice("<html><head><title>清河市人民政府</title></head><body><ul><li><a href=/1>x</a></li></ul>"
        ...             "<div class=main><p>对不起，该信息已撤稿。</p></div></body></html>")
        '该信息已撤稿'
        >>> page_notice("<p>" + "正文" * 100 + "</p>", "关于停水的通知", "因管道维修，5月8日停水。" * 20) is None
        True
    """
    if body and len(_UNITS.findall(body)) > NOTICE_MAX_CHARS:
        return None  # extraction found a real article
    for text in (body, title):
        found = removal_notice(text)
        if found:
            return found
    if not html:
        return None
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 (an unparsable page shows no notice)
        return None
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS or any(a.tag in _SKIP_TAGS for a in el.iterancestors() if isinstance(a.tag, str)):
            continue
        for text in (el.text, el.tail if el.getparent() is not None and el.getparent().tag not in _SKIP_TAGS
                     else None):
            found = removal_notice(text.strip() if text else None)
            if found:
                return found
    return None


_DEFAULT_PORTS = {"http": 80, "https": 443}
_INDEX = re.compile(r"/(?:index|default|main)\.(?:s?html?|jsp|aspx?|php)$", re.I)
_ERROR = re.compile(r"(?:^|[/_.?=&-])(?:40[34]|50\d|error|errors|err|notfound|not[_-]?found|nofound|nopage|"
                    r"deleted|removed|unavailable|invalid|exception|message|tips?|warn(?:ing)?)(?:$|[/_.?=&-])", re.I)
_LOGIN = re.compile(r"(?:^|[/_.?=&-])(?:login|logon|signin|sign[_-]in|sso|cas|passport|auth|authorize|oauth|"
                    r"uc|member|denglu)(?:$|[/_.?=&-])", re.I)


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1]
    return host[4:] if host.startswith("www.") else host


def _norm(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    host = _host(parts.hostname or "")
    port = parts.port
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = _INDEX.sub("/", parts.path or "/").rstrip("/") or "/"
    return host, path, parts.query


def same_resource(url: str, other: str) -> bool:
    """True when two URLs name one page: scheme, ``www.``, default port, a trailing slash or an
    ``index.html`` and the fragment aside.

    Example:
        >>> same_resource("http://a.gov.cn/x/1.html", "https://www.a.gov.cn/x/1.html#top")
        True
        >>> same_resource("http://a.gov.cn/x/", "http://a.gov.cn/x/index.html"), same_resource("http://a/1", "http://a/2")
        (True, False)
    """
    return _norm(url) == _norm(other)


def redirect_kind(url: str, target: str, lists: frozenset[str] | set[str] = frozenset()) -> str:
    """What a redirect from the article ``url`` to ``target`` leads to.

    ``self`` (the same page: another scheme, ``www.``, a slash), ``offsite`` (another host),
    ``home`` (the site's root or index page), ``error`` / ``login`` (by the URL's words: 404,
    error, notfound, login, sso, passport ...), ``list`` (a known list page -- ``lists`` -- or a
    directory), else ``page`` (another page of the site: the article may have moved).

    Example:
        >>> [redirect_kind("http://a/x/1.html", t, {"http://a/x/"}) for t in (
        ...     "https://a/x/1.html", "http://b/", "http://a/index.html", "http://a/404.html",
        ...     "http://a/sso/login?from=x", "http://a/x/", "http://a/y/2.html")]
        ['self', 'offsite', 'home', 'error', 'login', 'list', 'page']
    """
    if same_resource(url, target):
        return "self"
    src, dst = _norm(url), _norm(target)
    if src[0] != dst[0]:
        return "offsite"
    path, query = dst[1], dst[2]
    if path == "/" and not query:
        return "home"
    words = urlsplit(target).path + ("?" + query if query else "")
    if _LOGIN.search(words):
        return "login"
    if _ERROR.search(words):
        return "error"
    if any(same_resource(target, page) for page in lists) or urlsplit(target).path.endswith("/"):
        return "list"
    return "page"


_REFRESH = re.compile(
    r"<meta[^>]+http-equiv\s*=\s*[\"']?refresh[\"']?[^>]*content\s*=\s*[\"']?\s*\d*\s*[;,]?\s*url\s*=\s*[\"']?([^\"'>\s]+)",
    re.I,
)
_REFRESH_REV = re.compile(
    r"<meta[^>]+content\s*=\s*[\"']?\s*\d*\s*[;,]?\s*url\s*=\s*[\"']?([^\"'>\s]+)[^>]*http-equiv\s*=\s*[\"']?refresh",
    re.I,
)
_SCRIPT_GO = re.compile(
    r"(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*[\"']([^\"']+)[\"']"
    r"|location\.(?:replace|assign)\(\s*[\"']([^\"']+)[\"']\s*\)",
    re.I,
)
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.I | re.S)


def refresh_target(html: str | None, base_url: str) -> str | None:
    """Where a page sends the reader by itself: a ``<meta http-equiv="refresh">`` URL, or -- on a
    near-empty page (at most :data:`NOTICE_MAX_CHARS` of text) -- a script that sets
    ``location``. Absolute; None when the page stays.

    Example:
        >>> refresh_target('<meta http-equiv="refresh" content="3;url=/index.html"><p>该信息已删除</p>', "http://a/x/1.html")
        'http://a/index.html'
        >>> refresh_target("<script>window.location.href='/';</script>", "http://a/x/1.html")
        'http://a/'
    """
    if not html:
        return None
    head = html[:20000]
    match = _REFRESH.search(head) or _REFRESH_REV.search(head)
    if match:
        return urljoin(base_url, match.group(1).strip())
    if len(_UNITS.findall(_TAG.sub(" ", html))) <= NOTICE_MAX_CHARS:
        match = _SCRIPT_GO.search(html)
        if match:
            return urljoin(base_url, (match.group(1) or match.group(2)).strip())
    return None
