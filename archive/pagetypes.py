"""The page types the crawler gives pages and the archive keeps (``pages.page_type``,
``list_pages.page_type``): ``article``, ``list``, ``other``, ``sitemap``, ``feed``.

A constants module without imports, so that the crawler's pure decision code
(:mod:`crawler.revisit`) shares the archive's vocabulary without loading the archive.
"""
from __future__ import annotations

__all__ = ["INDEX_TYPES"]

#: Page types read for their links only (sitemaps, feeds): remembered in ``list_pages`` like list
#: pages, but neither archived as pages (:func:`archive.store.store_page`) nor walked on every
#: crawl (:func:`crawler.revisit.redundant_indexes`).
INDEX_TYPES = ("sitemap", "feed")
