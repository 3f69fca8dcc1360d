"""Article extraction for government portals: the article apart from everything around it.

``extract_article(body, url, headers)`` decodes the raw bytes (``pipelines.decode``), parses them
with lxml and returns an :class:`Article`: title, publication date, source, author, editor, the body
paragraphs, attachments, images, the site footer parsed into fields, and disclosure metadata. It is a
pure function (no Scrapy) and never raises: a page that cannot be handled comes back with ``error``.

How the body is found (general rules, tuned on no particular site):

1. scripts, styles, forms, ruby annotations (``<rt>``/``<rp>``) and hidden elements are dropped;
2. every block that directly holds text is a paragraph, scored by its prose punctuation and length
   (link text and footer lines score nothing); the score flows to the paragraph's container and,
   decaying, to its ancestors; a container's score is damped by its link density and its class/id;
3. the headline, when ``<title>`` confirms it, anchors the search: blocks that end before it are
   damped and the block holding the first prose paragraph after it is favoured; that block wins
   outright over a longer list outside the headline's own block, or when it is a CMS content
   container (``#zoom``, ``<ucapcontent>``), so a one-line notice is not lost to a 便民服务 list;
4. the best container (widened to a parent that adds only a little non-link text, plus siblings
   scoring close to it) is the body; inside it, link lists, share/print bars, metadata tables,
   related-news lists, pagers and footer lines are skipped; the title and the info bar (date /
   source line) are taken out of the body because they are returned as fields, and so is the trailer:
   an end mark (``完``, ``（完）``) with the date under it, and standalone credit lines (``来源：``,
   ``（责任编辑：…）``, ``图文：``, ``Source:``), which feed source/author/editor.

Footer lines are recognised by their shape (a registration number such as ``…ICP备12345678号``, or
a footer word on a line that is not a sentence), never by a word inside the article's prose. A
headline that is the site's name (logo, masthead, the 版权所有/主办 holder, ``某某县人民政府``) never
wins; when ``<title>`` is only the site's name, the bold line above the info bar is the headline.

Metadata is read from regions of the page, never from anywhere: the info bar between headline
and body (then meta tags, a dateline, the signature, the URL), the footer block at the end.

The modules, in the order ``core`` runs them:

- ``core``: :func:`extract_article` and :class:`Article`, the orchestration; ``scripted``: the article HTML a
  script-rendered shell (Vue, React) carries in its state JSON, read when the markup holds none;
- ``tree``: parsing, cleaning, and the per-page :class:`~pipelines.extract.tree.Page` of text statistics;
- ``title``: the headline; ``body``: the block(s) holding the article; ``threads``: threads and Q&A pages;
- ``serialize``: the tree as text; ``lines``: line filters (info bar, datelines, boilerplate, link runs,
  the footer, the trailer);
- ``regions``: where metadata is read from; ``fields``: labelled fields and 信息公开; ``dates``: dates;
- ``links``: attachments, images, friend links; ``footer``: footer lines and fields;
- ``clean``: text cleanup (spaces, pinyin, Simplified folding); ``rules``: every threshold and pattern.

Shared with the rest of the project: :func:`pipelines.hanzi.to_simplified` (the one OpenCC converter),
:func:`pipelines.extract.dates.parse_date`, :data:`pipelines.extract.rules.ATTACHMENT_EXTENSIONS`.

Example::

    >>> html = ('<html><head><title>通知_某市政府</title></head><body><div class="nav"><a href="/">首页</a></div>'
    ...         '<h1>关于开展安全检查的通知</h1><div class="info">发布时间：2023-11-22 来源：市应急局</div>'
    ...         '<div id="zoom"><p>各单位：为做好冬季安全工作，现将有关事项通知如下。</p></div>'
    ...         '<div class="footer">版权所有：某市人民政府 京ICP备12345678号</div></body></html>')
    >>> a = extract_article(html.encode("utf-8"), "http://www.example.gov.cn/t20231122_1.html")
    >>> a.title, a.published, a.source, a.body
    ('关于开展安全检查的通知', '2023-11-22', '市应急局', '各单位：为做好冬季安全工作，现将有关事项通知如下。')
    >>> a.footer["icp"]
    '京ICP备12345678号'
"""
from __future__ import annotations

from pipelines.extract.core import Article, PageAnchors, extract_article, extract_article_and_anchors

__all__ = ["Article", "PageAnchors", "extract_article", "extract_article_and_anchors"]
