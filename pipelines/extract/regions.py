"""The regions of a page that metadata is read from: the ``<head>``, the info bar between headline and
body, the lines above the headline, and what follows the body."""
from __future__ import annotations

import re

from pipelines.extract import rules as R
from pipelines.extract.clean import normalize_line
from pipelines.extract.fields import key_values
from pipelines.extract.links import absolute_url
from pipelines.extract.serialize import EL_CLOSE, EL_OPEN, NO_BOUNDARIES, NO_MARKS, serialize, split_lines


def head_metadata(root, url: str) -> tuple[dict, str, str, str]:
    """``<meta>`` tags (lower-cased names), the ``<title>`` text, the page language and the base URL."""
    metas: dict = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = normalize_line(content)
    title_el = root.find(".//title")
    page_title = normalize_line(title_el.text_content()) if title_el is not None else ""
    lang = root.get("lang") or metas.get("content-language") or ""
    base_el = root.find(".//base")
    base = absolute_url(url, base_el.get("href")) if base_el is not None and base_el.get("href") else url
    return metas, page_title, lang, base


def cut_regions(root, nodes: list, title_node, info_lines: list[str]):
    """Serialise the whole page once with marks around the headline (\\x01 \\x02) and the body
    (\\x03 \\x04), and cut it into the regions metadata is read from: the info bar between headline and
    body, the lines right above the headline, and what follows the body."""
    marks = {}
    if title_node is not None:
        marks[title_node] = ("\x01", "\x02")
    first, last = nodes[0], nodes[-1]
    before, after_mark = marks.get(first, ("", ""))
    marks[first] = ("\x03" + before, after_mark)
    before, after_mark = marks.get(last, ("", ""))
    marks[last] = (before, after_mark + "\x04")
    bounded = serialize([root], set(), marks, inline_sep=True)
    page = bounded.translate(NO_BOUNDARIES)
    b_start, b_end = page.find("\x03"), page.rfind("\x04")
    t_start, t_end = page.find("\x01"), page.find("\x02")
    if 0 <= t_end < b_start:
        header = page[t_end + 1: b_start]
        header_b = bounded[bounded.find("\x02") + 1: bounded.find("\x03")]
    else:
        header = page[max(0, b_start - R.HEADER_FALLBACK_CHARS): b_start] if b_start >= 0 else ""
        header_b = _last_chars(bounded[:bounded.find("\x03")], len(header)) if b_start >= 0 else ""
    header_lines = split_lines(key_values(header.translate(NO_MARKS)).replace("\t", " "))
    header_text = "\n".join(header_lines[-R.HEADER_LINES:] + info_lines)
    header_bounded = "\n".join(_bounded_lines(header_b)[-R.HEADER_LINES:] + info_lines)
    pre_title = []
    if t_start >= 0:
        pre_title = split_lines(page[max(0, t_start - 300): t_start].translate(NO_MARKS).replace("\t", " "))[-2:]
        pre_title = [x for x in pre_title if len(x) <= R.MAX_DATELINE_CHARS]
    after = page[b_end + 1:] if b_end >= 0 else page
    after_lines = split_lines(key_values(after.translate(NO_MARKS)).replace("\t", " "))
    # the first lines after the body, with element boundaries, for the label readers (a 資料來源 line under the text)
    after_bounded = "\n".join(_bounded_lines(bounded[bounded.rfind("\x04") + 1:][:4000])[:4]) if b_end >= 0 else ""
    return page, header_text, header_bounded, pre_title, after, after_lines, after_bounded, b_end


#: A gap between info-bar fields: a tab or full-width space, or a run of two or more spaces/``&nbsp;`` (a single
#: ``&nbsp;`` is often just a space inside a name: ``Xinhua&nbsp;News Agency``).
_GAP_RUN = re.compile(r"[ \xa0]*[\t\u3000][ \t\xa0\u3000]*|[ \xa0]{2,}")


def _bounded_lines(text: str) -> list[str]:
    """The lines of a region serialised with element boundaries, for the label readers: key-value cells
    joined, and gaps (tabs, full-width spaces, runs of ``&nbsp;``) made boundaries too, since info bars
    separate their fields with them (``Source: Ningbo Daily &nbsp; Print``). The lines are those of the
    plain text (same count and order)."""
    text = _GAP_RUN.sub(EL_CLOSE, key_values(text.translate(NO_MARKS)))
    out = []
    for line in text.split("\n"):
        if normalize_line(line.translate(NO_BOUNDARIES)):
            out.append(normalize_line(line))
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
