"""The page types the crawler gives pages and the archive keeps (``pages.page_type``,
``list_pages.page_type``): ``article``, ``list``, ``other``, ``sitemap``, ``feed``; and which
pages are pages of one list (:func:`is_pagination`).

A module without project imports, so that the crawler's pure decision code
(:mod:`crawler.revisit`) shares the archive's vocabulary without loading the archive.
"""
from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

__all__ = ["INDEX_TYPES", "is_pagination"]

#: Page types read for their links only (sitemaps, feeds): remembered in ``list_pages`` like list
#: pages, but neither archived as pages (:func:`archive.store.store_page`) nor walked on every
#: crawl (:func:`crawler.revisit.redundant_indexes`).
INDEX_TYPES = ("sitemap", "feed")


def _dir(path: str) -> str:
    return path if path.endswith("/") else posixpath.dirname(path) + "/"


def is_pagination(list_url: str, link: str) -> bool:
    """True when ``link`` looks like another page of the same list as ``list_url``.

    Same directory (``index.html`` -> ``index_2.html``, ``list_3.htm``) or same path with another
    query (``list.asp?page=2``). Links to other columns (other directories) are navigation.

    >>> is_pagination("http://a/xw/zwyw/", "http://a/xw/zwyw/index_1.html")
    True
    >>> is_pagination("http://a/xw/zwyw/index.html", "http://a/xw/bmdt/")
    False
    >>> is_pagination("http://a/list.asp?page=1", "http://a/list.asp?page=2")
    True
    """
    src, dst = urlsplit(list_url), urlsplit(link)
    if src.netloc != dst.netloc or (src.path == dst.path and src.query == dst.query):
        return False
    if src.path == dst.path:
        return True
    return _dir(src.path or "/") == _dir(dst.path or "/") and not dst.path.endswith("/")
