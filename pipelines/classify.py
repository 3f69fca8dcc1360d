"""Is this page an article? The content's answer, for pages whose URL shape says nothing.

The spider classifies by URL (``crawler.urls``): known article shapes, known list shapes,
and "other". On a portal whose CMS uses a URL shape we have never seen, its articles
land in "other"; this check looks at what extraction found instead. Pure, no Scrapy.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["looks_like_article", "ARTICLE_MIN_CHARS"]

# The least an article found by content alone must have: a headline, a publication date
# and a body of at least this many characters (CJK characters or Latin words) in total.
ARTICLE_MIN_CHARS = 30
# A page a column's list links to (a headline in the list) needs no date: a headline over at
# least two paragraphs of this many characters in all reads as an article.
LISTED_MIN_CHARS = 80
_UNITS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


def looks_like_article(record: dict[str, Any], listed: bool = False) -> bool:
    """True when an extract record reads as an article: headline, date and a real body.

    A contact page has no date, a search or list page no body of its own; a
    one-line notice with a date still counts when it has the minimum of text. A page reached
    from a column's list (``listed``) needs no date: a headline over two or more paragraphs of
    :data:`LISTED_MIN_CHARS` in all is an article, whatever its URL looks like.

    >>> looks_like_article({"title": "关于停水的通知", "published": "2023-05-06",
    ...                     "body": "因管道维修，5月8日8时至18时和平路以南区域停水，请居民提前储水。" * 2, "error": None})
    True
    >>> looks_like_article({"title": "联系我们", "published": None, "body": "地址：和平路88号", "error": None})
    False
    >>> looks_like_article({"title": "城乡居民医保集中参保缴费启动", "published": None, "error": None,
    ...                     "body": "即日起城乡居民医保开始集中参保缴费。" * 4 + "\\n" + "缴费可通过银行网点办理。" * 4},
    ...                    listed=True)
    True
    """
    if record.get("error") or not (record.get("title") or "").strip():
        return False
    body = record.get("body") or ""
    if not record.get("published"):
        paragraphs = [p for p in body.splitlines() if len(_UNITS.findall(p)) >= 10]
        return listed and len(paragraphs) >= 2 and len(_UNITS.findall(body)) >= LISTED_MIN_CHARS
    return len(_UNITS.findall(body)) >= ARTICLE_MIN_CHARS
