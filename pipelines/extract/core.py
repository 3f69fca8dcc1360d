"""Orchestration: ``extract_article`` runs the steps over one page and fills the :class:`Article`."""
from __future__ import annotations

import gc
from dataclasses import asdict, dataclass, field, fields
from html import escape as html_escape
from typing import Any, NamedTuple

from pipelines.decode import decode
from pipelines.extract import rules as R
from pipelines.extract.body import select_body, skip_blocks
from pipelines.extract.clean import (
    compact,
    count_pinyin_annotations,
    same_text,
    strip_flattened_pinyin,
    to_simplified,
)
from pipelines.extract.dates import DateEvidence, pick_date, taiwan, time_elements, us_page, with_time
from pipelines.extract.fields import (
    AUTHOR_RX,
    EDITOR_RX,
    SOURCE_RX,
    dateline_source,
    label_value,
    leading_meta_list,
    meta_author,
    read_disclosure,
)
from pipelines.extract.footer import (
    empty_footer,
    footer_lines,
    has_footer_line,
    parse_footer,
    text_friend_links,
)
from pipelines.extract.generic import confidence, follows_headline, metadata_only
from pipelines.extract.lines import body_lines, cut_replies, trim_trailer
from pipelines.extract.links import (
    article_scope,
    find_attachments,
    find_images,
    friend_links,
    image_siblings,
    select_links,
)
from pipelines.extract.regions import after_metadata_lines, cut_regions, head_metadata
from pipelines.extract.scripted import script_article
from pipelines.extract.serialize import serialize
from pipelines.extract.threads import answer_question, best_answer
from pipelines.extract.title import (
    emphasised_headline,
    find_site_names,
    pick_title,
    title_candidates,
    title_evidence,
)
from pipelines.extract.tree import anchors as read_anchors
from pipelines.extract.tree import clean_tree, is_garbage, measure, parse_page, text_of

__all__ = ["Article", "PageAnchors", "extract_article", "extract_article_and_anchors"]


@dataclass
class Article:
    """One extracted page. ``to_record()`` gives the JSON contract used by the CLI and the archive."""

    url: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    body: str = ""
    title_simplified: str | None = None
    body_simplified: str = ""
    attachments: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    encoding: str | None = None
    encoding_source: str | None = None
    footer: dict = field(default_factory=empty_footer)
    meta: dict = field(default_factory=dict)
    #: how the body was found (``selector``, ``first-post``, ``rules``, ``rules+core``, ``core``, ``page``, ``script``:
    #: the article HTML a script-rendered page's scripts carry)
    method: str | None = None
    #: how much to trust the body, 0..1 (see ``generic.confidence``)
    confidence: float | None = None
    error: str | None = None

    def to_record(self) -> dict:
        """The researcher/CLI JSON record: ``attachments`` is a list of absolute URL strings,
        ``attachment_links`` keeps the ``{"url", "text"}`` dicts.

        >>> Article(url="http://a.gov.cn/1.html", attachments=[{"url": "http://a.gov.cn/f.pdf", "text": "f"}]
        ...         ).to_record()["attachments"]
        ['http://a.gov.cn/f.pdf']
        """
        try:
            rec = {name: _copied(getattr(self, name)) for name in _FIELDS}
        except _NotPlain:  # a value of another kind: what asdict makes of it
            rec = asdict(self)
        rec["attachment_links"] = rec["attachments"]
        rec["attachments"] = [a["url"] for a in self.attachments]
        return rec


_FIELDS = tuple(f.name for f in fields(Article))


class _NotPlain(Exception):
    pass


def _copied(value: Any) -> Any:
    """``dataclasses.asdict``'s copy of a field's value made of strings, numbers, lists and dicts (a tenth of the
    time: asdict asks every value whether it is a dataclass, and deep-copies every string)."""
    if value is None or isinstance(value, str) or type(value) in (int, float, bool):
        return value
    if type(value) is list:
        return [_copied(v) for v in value]
    if type(value) is dict:
        return {_copied(k): _copied(v) for k, v in value.items()}
    raise _NotPlain


def extract_article(body: bytes, url: str, headers: Any = None, *, decoded: Any = None,
                    hints: dict | None = None) -> Article:
    """Extract the article from a raw page. Never raises: failures come back in ``Article.error``.

    ``headers`` is a str->str dict, a Scrapy ``Headers`` or a Content-Type string; ``decoded`` an
    already computed ``pipelines.decode.Decoded``; ``hints`` optional site hints from the site config:
    ``body_selector`` (CSS selector of the body block) and ``title_selector``. Without hints (the
    default) the general rules decide; a selector that matches nothing falls back to them too.

    >>> extract_article(b"", "http://x.gov.cn/").error
    'empty page'
    """
    return _run(body, url, headers, decoded, hints, None)


class PageAnchors(NamedTuple):
    """The anchors of the page's parse (:func:`pipelines.extract.tree.anchors`: each distinct ``href`` of
    ``<a>``/``<area>`` with its first text, in document order) and the text that was parsed."""

    text: str
    anchors: list[tuple[str, str]]


def extract_article_and_anchors(body: bytes, url: str, headers: Any = None, *, decoded: Any = None,
                                hints: dict | None = None) -> tuple[Article, PageAnchors | None]:
    """:func:`extract_article`, and the anchors of the same parse, read before any cleaning: so a caller that
    wants the page's links need not parse it again. The anchors are None when there is no such parse (an empty,
    binary or unparseable page) or when it is not libxml2's plain parse of the whole text (a page nested too
    deep, parsed again flattened: see :func:`pipelines.extract.tree.parse_page`).

    >>> art, found = extract_article_and_anchors(b'<h1>T</h1><a href="/x.html">X</a>', "http://x.gov.cn/")
    >>> found.anchors
    [('/x.html', 'X')]
    """
    out: list = []
    article = _run(body, url, headers, decoded, hints, out)
    return article, (out[0] if out else None)


def _run(body: bytes, url: str, headers: Any, decoded: Any, hints: dict | None, anchors_out: list | None) -> Article:
    # One page makes thousands of short-lived objects (element proxies, per-element statistics) that reference
    # counting frees; the cyclic collector, started by the allocation count, would walk them again and again
    # (about a tenth of the time). It is paused for the call, and resumed after it if it was running.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract(body, url, headers, decoded, hints, anchors_out=anchors_out)
    except Exception as exc:  # a bad page must never stop a crawl
        msg = str(exc) or type(exc).__name__
        return Article(url=url, error=msg if msg == "empty page" else f"{type(exc).__name__}: {msg}")
    finally:
        if paused:
            gc.enable()


@dataclass
class _Rendered:
    """The body blocks rendered to lines, with the headline found beside them."""

    nodes: list
    title_node: Any
    title: str | None
    #: the body's lines (before the trailer is cut)
    lines: list[str]
    #: info-bar lines taken off the body's top
    info_lines: list[str]


def _render(nodes: list, page, head, hints: dict | None, title_cands: list, site_names: set, anchor) -> _Rendered:
    """The headline beside ``nodes`` and the text of ``nodes`` as body lines (Q&A answers joined, furniture
    skipped, the headline and the info bar taken off the top)."""
    root = page.root
    nodes = nodes + [n for n in best_answer(nodes, page) if n not in nodes]
    nodes = [n for n in answer_question(nodes, anchor, page) if n not in nodes] + nodes
    title_node, title = pick_title(title_cands, head, nodes, page, site_names)
    if title_node is None:
        found, text = emphasised_headline(nodes, page, site_names)
        if found is not None and not same_text(text, title) and (
                not title or R.SITE_NAME.search(title) or R.UNLABELLED_SOURCE.match(compact(title))
                or compact(title) not in compact(root.text_content() or "")):
            title_node, title = found, text  # <title> is only the site's name
    if hints and hints.get("title_selector"):
        try:
            found = root.cssselect(hints["title_selector"])
            if found:
                title_node, title = found[0], text_of(found[0])
        except Exception:  # bad selector: keep the general rules' answer
            pass
    skip = skip_blocks(nodes, page)
    if title_node is not None:
        skip.add(title_node)
    meta_list = leading_meta_list(nodes, page, title_node)
    skip.update(meta_list.blocks)
    lines, info_lines = body_lines(serialize(nodes, skip, link_marks=True), title)
    info_lines = info_lines + meta_list.items if meta_list.info_first else meta_list.items + info_lines
    return _Rendered(nodes, title_node, title, lines, info_lines)


def _extract(body: bytes, url: str, headers: Any, decoded: Any, hints: dict | None, nested: bool = False,
             anchors_out: list | None = None) -> Article:
    """The steps of :func:`extract_article`, which may raise (``nested``: the article HTML of a page's script;
    ``anchors_out``: a list that gets the :class:`PageAnchors` of a plain parse)."""
    # decoding and parsing
    if body is None or (isinstance(body, (bytes, bytearray)) and not body.strip()):
        raise ValueError("empty page")
    if decoded is None:
        if isinstance(body, str):
            text, encoding, encoding_source = body, None, None
        else:
            decoded = decode(bytes(body), headers)
    if decoded is not None:
        text, encoding, encoding_source = decoded.text, decoded.encoding, decoded.source
    if is_garbage(text):
        return Article(url=url, encoding=encoding, encoding_source=encoding_source,
                       error="not a text page (binary or undecodable bytes)")
    root, whole = parse_page(text)
    if anchors_out is not None and whole:
        anchors_out.append(PageAnchors(text, read_anchors(root)))
    art = Article(url=url, encoding=encoding, encoding_source=encoding_source)
    head = head_metadata(root, url)
    options = select_links(root, head.base)

    # the headline and the block(s) holding the article
    clean_tree(root)
    page = measure(root)
    site_names = find_site_names(root, page)
    title_cands = title_candidates(page, head, site_names)
    anchor, anchor_text = pick_title(title_cands, head, [], page, site_names)
    if anchor is not None and not title_evidence(anchor_text, head):
        anchor = None
    # the block(s) holding the article, rendered to lines without furniture, the headline and the info bar
    choice = select_body(page, hints, anchor)
    part = _render(choice.nodes, page, head, hints, title_cands, site_names, anchor)
    method = choice.method
    if choice.fallback and metadata_only(part.lines):
        # the rules' block renders to metadata lines only (a dateline, a byline): the core's region
        alt = _render(choice.fallback, page, head, hints, title_cands, site_names, anchor)
        if not metadata_only(alt.lines):
            part, method = alt, "core"
    nodes, title_node, title, lines, info_lines = part.nodes, part.title_node, part.title, part.lines, part.info_lines
    art.method = method
    art.confidence = confidence(method, nodes, choice.region, page, lines,
                                anchored=follows_headline(nodes, title_node if title_node is not None else anchor, page))
    lines = cut_replies(lines, title)
    lines, trailer = trim_trailer(lines)
    trailer_text = "\n".join(trailer)
    regions = cut_regions(root, nodes, title_node, info_lines)

    # metadata, read from the regions around the body
    art.meta = read_disclosure(regions.plain)
    roc = taiwan(encoding, head.lang, url, regions.plain)
    times = time_elements(page, title_node, nodes)
    evidence = DateEvidence(
        header=regions.header, metas=head.metas, disclosure=art.meta,
        tail="\n".join(lines[-R.SIGNATURE_LINES:] + trailer),  # the signature, or the dateline after an end mark
        url=url, roc=roc, head_lines=lines[:R.DATELINE_HEAD_LINES_MAX],
        after="\n".join(after_metadata_lines(regions.after_lines)),
        pre_title=regions.pre_title, scripts=head.script_dates, times=times, month_first=us_page(url, head.lang),
        elements=head.element_dates)
    art.published = with_time(pick_date(evidence), times)

    header_bounded, after_bounded = regions.header_bounded, regions.after_bounded
    near = header_bounded + "\n" + after_bounded
    art.source = label_value(SOURCE_RX, header_bounded) or label_value(SOURCE_RX, trailer_text) \
        or label_value(SOURCE_RX, "\n".join(lines[-R.CREDIT_TAIL_LINES:])) \
        or label_value(SOURCE_RX, after_bounded) or art.meta.get("发布机构") \
        or dateline_source(regions.header.split("\n"), roc) \
        or head.metas.get("contentsource") or None
    byline = R.BYLINE.search(regions.header)
    art.author = label_value(AUTHOR_RX, header_bounded) or (byline.group(1).strip() if byline else None) \
        or label_value(AUTHOR_RX, trailer_text) or label_value(AUTHOR_RX, "\n".join(lines[-R.AUTHOR_TAIL_LINES:])) \
        or meta_author(head.metas.get("author"))
    art.editor = label_value(EDITOR_RX, trailer_text) or label_value(EDITOR_RX, "\n".join(lines[-R.CREDIT_TAIL_LINES:])) \
        or label_value(EDITOR_RX, near)
    if art.meta.get("文号"):
        art.meta["document_number"] = art.meta["文号"]
    if not title and art.meta.get("标题"):
        title = art.meta["标题"]

    # the site's footer, read with the pinyin annotations flattened into the text (decided once per page)
    # removed first: 版權(quán)所有 is read as 版權所有
    pinyin = count_pinyin_annotations(regions.plain)
    zone = regions.after if regions.body_end >= 0 and has_footer_line(regions.after) else regions.text
    if pinyin:
        zone = strip_flattened_pinyin(zone, page_count=pinyin)
    footer_text = "\n".join(footer_lines(zone))
    footer = parse_footer(footer_text)
    footer["friend_links"] = friend_links(page, head.base, options) or text_friend_links(footer_text)
    art.footer = footer

    if not_an_article(head.title):
        lines = []  # an error page or a search result page: what it shows is not an article

    # text cleanup and links
    body_out = "\n".join(lines)
    if pinyin:
        body_out = strip_flattened_pinyin(body_out, page_count=pinyin)
        title = strip_flattened_pinyin(title, page_count=pinyin) if title else title
    if title:
        title = R.TITLE_TRIM.sub("", title)
    art.title = title or None
    art.body = body_out
    art.title_simplified = to_simplified(art.title)
    art.body_simplified = to_simplified(art.body) or ""
    art.attachments = find_attachments(nodes, head.base) or find_attachments([article_scope(nodes, title_node, page)],
                                                                             head.base)
    art.images = find_images(nodes + image_siblings(nodes, page), head.base)
    if metadata_only(lines) and not nested and not (hints and hints.get("body_selector")):
        _from_script(art, head, url)
    if not art.body:
        art.error = "no article body found"
    return art


def not_an_article(page_title: str | None) -> bool:
    """A segment of ``<title>`` says the page is an error page or a search result page.

    >>> not_an_article("404 页面不存在 - 某市人民政府"), not_an_article("搜索结果_某县人民政府")
    (True, True)
    >>> not_an_article("Page Not Found | City of Example"), not_an_article("Google changes its search results - News")
    (True, False)
    """
    if not page_title:
        return False
    return any(R.NOT_AN_ARTICLE_TITLE.fullmatch(seg.strip()) for seg in R.TITLE_SEPARATORS.split(page_title) if seg)


def _from_script(art: Article, head, url: str) -> None:
    """A script-rendered page whose markup holds no article: the article HTML its scripts carry
    (``scripted.script_article``), extracted like a page of its own, replaces the empty or metadata-only body."""
    found = script_article(head.scripts)
    if found is None:
        return
    title = html_escape(found.title or "")
    try:
        inner = _extract(f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div>{found.html}</div>"
                         f"</body></html>", url, None, None, None, nested=True)
    except Exception:  # the script's HTML cannot be read: the page's own (empty) extraction stands
        return
    if not inner.body or metadata_only(inner.body.split("\n")):
        return
    art.body, art.body_simplified = inner.body, inner.body_simplified
    if found.title:
        art.title, art.title_simplified = inner.title or found.title, inner.title_simplified or to_simplified(found.title)
    art.attachments = art.attachments or inner.attachments
    art.images = art.images or inner.images
    art.method = "script"
    art.confidence = min(inner.confidence or 0.0, R.CONFIDENCE_SCRIPT_MAX)
