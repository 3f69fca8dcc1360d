"""The regions of a page that metadata is read from: the ``<head>``, the info bar between headline and
body, the lines above the headline, and what follows the body."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from pipelines.extract import rules as R
from pipelines.extract.clean import normalize_line
from pipelines.extract.dates import element_dates, linked_data_dates, script_dates, utc_offset_hours
from pipelines.extract.fields import key_values
from pipelines.extract.links import absolute_url
from pipelines.extract.serialize import (
    BODY_CLOSE,
    BODY_OPEN,
    EL_CLOSE,
    EL_OPEN,
    TITLE_CLOSE,
    TITLE_OPEN,
    no_boundaries,
    no_marks,
    serialize,
    split_lines,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass
class Head:
    """What a page's ``<head>`` says about it."""

    #: ``<meta>`` name/property -> content (names lower-cased; the first of a name wins)
    metas: dict
    #: the ``<title>`` text ("" without one)
    title: str
    #: the declared language ("" without one)
    lang: str
    #: the URL that relative links resolve against (``<base href>`` or the page's own)
    base: str
    #: publication dates the page's scripts hold (``var createTime = '…'``, WeChat's ``var ct``; see
    #: ``dates.script_dates``), most precise first
    script_dates: list = field(default_factory=list)
    #: the date of the page's own date element(s), when they agree (see ``dates.element_dates``)
    element_dates: list = field(default_factory=list)
    #: the text of the inline scripts that are not JSON-LD (a script-rendered page's state)
    scripts: list = field(default_factory=list, repr=False)


def head_metadata(root: HtmlElement, url: str) -> Head:
    """``<meta>`` tags (lower-cased names), the ``<title>`` text, the page language and the base URL.

    >>> from lxml import html
    >>> head_metadata(html.document_fromstring('<html lang="zh-CN"><head><title>关于停水的通知_某市政府</title>'
    ...     '<meta name="PubDate" content="2023-11-22"><base href="/zwgk/"></head><body><p>x</p></body></html>'),
    ...     "http://www.example.gov.cn/a/1.html")
    Head(metas={'pubdate': '2023-11-22'}, title='关于停水的通知_某市政府', lang='zh-CN', base='http://www.example.gov.cn/zwgk/', script_dates=[], element_dates=[])
    """
    metas: dict = {}
    body = root.find("body")
    for m in root.iter("meta"):
        if m.get("itemprop") and not (m.get("name") or m.get("property")) and body is not None and \
                any(a is body for a in m.iterancestors()):
            continue  # microdata of an item in the body: read below, when the page gives one value
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = normalize_line(content)
    # microdata / RDFa dates on other elements (or on <meta> in the body), when the page gives one value
    marked: dict = {}
    for el in _MARKED(root):
        m = R.MARKUP_DATE_PROPS.match((el.get("itemprop") or el.get("property") or "").strip())
        if m:
            marked.setdefault(m.group(1).lower(), set()).add(normalize_line(el.get("content")))
    for key, values in marked.items():
        if len(values) == 1:
            metas.setdefault(key, values.pop())
    title_el = root.find(".//title")
    page_title = normalize_line(title_el.text_content()) if title_el is not None else ""
    lang = root.get("lang") or metas.get("content-language") or ""
    base_el = root.find(".//base")
    base = absolute_url(url, base_el.get("href")) if base_el is not None and base_el.get("href") else url
    scripts = [(el.get("type") or "", el.text or "") for el in root.iter("script") if el.text]
    for key, value in linked_data_dates(t for kind, t in scripts if "ld+json" in kind.lower()).items():
        metas.setdefault(key, value)
    offset = utc_offset_hours(url, lang)
    dated = script_dates((t for kind, t in scripts if "json" not in kind.lower()), offset)
    return Head(metas, page_title, lang, base, dated, element_dates(root, offset),
                [t for kind, t in scripts if "ld+json" not in kind.lower()])


#: microdata / RDFa values (``<span itemprop="datePublished" content="…">``)
_MARKED = etree.XPath("//*[@content][@itemprop or @property]")


@dataclass
class Regions:
    """The page serialised once and cut into the regions metadata is read from (see :func:`cut_regions`)."""

    #: the whole page's text, with the headline and body marks
    text: str
    #: ... and without them
    plain: str
    #: the info bar: the last lines between headline and body, and the info lines taken off the body's top
    header: str
    #: the same with element boundaries, for the label readers
    header_bounded: str
    #: the short lines right above the headline
    pre_title: list[str]
    #: the text after the body (the whole text when the body mark is missing)
    after: str
    #: ... its first ``AFTER_BODY_CHARS`` characters as lines
    after_lines: list[str]
    #: its first lines with element boundaries, for the label readers
    after_bounded: str
    #: where the body ends in ``text`` (-1 when the mark is missing)
    body_end: int


def cut_regions(root: HtmlElement, nodes: list[HtmlElement], title_node: HtmlElement | None, info_lines: list[str]) -> Regions:
    """Serialise the whole page once with marks around the headline and the body, and cut it into the
    regions metadata is read from: the info bar between headline and body, the lines right above the
    headline, and what follows the body."""
    marks = {}
    if title_node is not None:
        marks[title_node] = (TITLE_OPEN, TITLE_CLOSE)
    first, last = nodes[0], nodes[-1]
    before, after_mark = marks.get(first, ("", ""))
    marks[first] = (BODY_OPEN + before, after_mark)
    before, after_mark = marks.get(last, ("", ""))
    marks[last] = (before, after_mark + BODY_CLOSE)
    bounded = serialize([root], set(), marks, inline_sep=True)
    page = no_boundaries(bounded)
    b_start, b_end = page.find(BODY_OPEN), page.rfind(BODY_CLOSE)
    t_start, t_end = page.find(TITLE_OPEN), page.find(TITLE_CLOSE)
    if 0 <= t_end < b_start:
        # only the last lines are read: a long stretch between headline and body is cut to its tail
        header = page[max(t_end + 1, b_start - R.HEADER_TAIL_CHARS): b_start]
        header_b = _last_chars(bounded[bounded.find(TITLE_CLOSE) + 1: bounded.find(BODY_OPEN)], len(header))
    else:
        header = page[max(0, b_start - R.HEADER_FALLBACK_CHARS): b_start] if b_start >= 0 else ""
        header_b = _last_chars(bounded[:bounded.find(BODY_OPEN)], len(header)) if b_start >= 0 else ""
    header_lines = split_lines(key_values(no_marks(header)).replace("\t", " "))
    header_text = "\n".join(header_lines[-R.HEADER_LINES:] + info_lines)
    header_bounded = "\n".join(_bounded_lines(header_b, last=R.HEADER_LINES)[-R.HEADER_LINES:] + info_lines)
    pre_title = []
    if t_start >= 0:
        pre_title = split_lines(no_marks(page[max(0, t_start - R.PRE_TITLE_CHARS): t_start])
                                .replace("\t", " "))[-R.PRE_TITLE_LINES:]
        pre_title = [x for x in pre_title if len(x) <= R.MAX_DATELINE_CHARS]
    after = page[b_end + 1:] if b_end >= 0 else page
    # only the first lines after the body are read as lines (the footer is read from ``after`` itself)
    after_lines = split_lines(key_values(no_marks(after[:R.AFTER_BODY_CHARS])).replace("\t", " "))
    # the first lines after the body, with element boundaries, for the label readers (a 資料來源 line under the text)
    after_bounded = "\n".join(_bounded_lines(bounded[bounded.rfind(BODY_CLOSE) + 1:][:R.AFTER_BODY_CHARS],
                                             first=R.AFTER_BODY_LINES)[:R.AFTER_BODY_LINES]) if b_end >= 0 else ""
    return Regions(page, no_marks(page), header_text, header_bounded, pre_title, after, after_lines,
                   after_bounded, b_end)


def after_metadata_lines(after_lines: list[str]) -> list[str]:
    """The lines under the body where a date is read: the first ``AFTER_BODY_LINES``, and on through a block of
    ``label: value`` lines that starts among them (a BIP metryczka, a 信息 table under the text).

    >>> after_metadata_lines(["附件", "Metryczka", "Podmiot: Urząd Gminy", "Autor: J. K.", "Wytworzono: 2023-11-10",
    ...                       "Data publikacji: 2023-11-15", "Inne wiadomości", "Data publikacji: 2023-11-01"])[4:]
    ['Wytworzono: 2023-11-10', 'Data publikacji: 2023-11-15']
    """
    out = after_lines[:R.AFTER_BODY_LINES]
    if out and R.META_LINE.match(out[-1]):
        for line in after_lines[R.AFTER_BODY_LINES: R.AFTER_BODY_LINES + R.AFTER_META_LINES]:
            if len(line) > R.MAX_DATELINE_CHARS or not R.META_LINE.match(line):
                break
            out.append(line)
    return out


def _bounded_lines(text: str, first: int = 0, last: int = 0) -> list[str]:
    """The lines of a region serialised with element boundaries, for the label readers: key-value cells
    joined, and gaps (tabs, full-width spaces, runs of ``&nbsp;``) made boundaries too, since info bars
    separate their fields with them (``Source: Ningbo Daily &nbsp; Print``). The lines are those of the
    plain text (same count and order). ``first`` or ``last``: only that many lines from the start or the end
    are wanted (at least those are returned; the rest are not normalised)."""
    lines = R.FIELD_GAP.sub(EL_CLOSE, key_values(no_marks(text))).split("\n")
    if last:
        lines.reverse()
    limit = last or first
    out = []
    for line in lines:
        if normalize_line(no_boundaries(line)):
            out.append(normalize_line(line))
            if len(out) == limit:
                break
    if last:
        out.reverse()
    return out


def _last_chars(bounded: str, n: int) -> str:
    """The tail of a boundary-marked text that holds ``n`` characters of plain text."""
    if n <= 0:
        return ""
    count, i = 0, len(bounded)
    while i > 0 and count < n:
        i -= 1
        if bounded[i] != EL_OPEN:
            count += 1
    return bounded[i:]
