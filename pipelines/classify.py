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
_UNITS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


def looks_like_article(record: dict[str, Any]) -> bool:
    """True when an extract record reads as an article: headline, date and a real body.

    A contact page has no date, a search or list page no body of its own; a
    one-line notice with a date still counts when it has the minimum of text.

    >>> looks_like_article({"title": "关于停水的通知", "published": "2023-05-06",
    ...                     "body": "因管道维修，5月8日8时至18时和平路以南区域停水，请居民提前储水。" * 2, "error": None})
    True
    >>> looks_like_article({"title": "联系我们", "published": None, "body": "地址：和平路88号", "error": None})
    False
    """
    if record.get("error") or not (record.get("title") or "").strip() or not record.get("published"):
        return False
    return len(_UNITS.findall(record.get("body") or "")) >= ARTICLE_MIN_CHARS
