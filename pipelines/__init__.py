"""The pure layer: bytes -> text -> article. No Scrapy, no SQLite; everything above imports from here.

- :mod:`pipelines.decode`: the page's real encoding, catching charset lies (tuning data in ``_charsets``);
- :mod:`pipelines.extract`: the article apart from navigation, sidebars and the footer (a package, one
  module per step);
- :mod:`pipelines.classify`: whether an extracted page reads as an article;
- :mod:`pipelines.hanzi`: Traditional -> Simplified folding, the one OpenCC converter.
"""
