"""The tree as text: block-aware serialisation with optional marks, and splitting into clean lines.

The marks are ASCII control characters, which the text of real pages does not hold:

- ``LINK_OPEN``/``LINK_CLOSE`` around the text of a link (the body's link runs are judged by them);
- ``EL_OPEN``/``EL_CLOSE`` around inline elements (a labelled value stops where its element does);
- ``TITLE_OPEN``/``TITLE_CLOSE`` and ``BODY_OPEN``/``BODY_CLOSE`` around the headline and the body, so that
  the page can be cut into regions (see ``regions``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extract import rules as R
from pipelines.extract.clean import normalize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

LINK_OPEN, LINK_CLOSE = "\x05", "\x06"
#: Element boundaries in the metadata serialisation (see ``serialize``): start and end of an inline element.
EL_OPEN, EL_CLOSE = "\x0e", "\x0f"
TITLE_OPEN, TITLE_CLOSE, BODY_OPEN, BODY_CLOSE = "\x01", "\x02", "\x03", "\x04"
#: ``str.translate`` tables: element boundaries to plain text (nothing before an element, a space after
#: it), and the headline and body marks removed.
NO_BOUNDARIES = str.maketrans({EL_OPEN: None, EL_CLOSE: " "})
NO_MARKS = str.maketrans("", "", TITLE_OPEN + TITLE_CLOSE + BODY_OPEN + BODY_CLOSE)
_MARKS_RX = re.compile(f"[{TITLE_OPEN}{TITLE_CLOSE}{BODY_OPEN}{BODY_CLOSE}]")


def no_boundaries(text: str) -> str:
    """``text.translate(NO_BOUNDARIES)``, faster on long texts.

    >>> no_boundaries("\x0e来源\x0f：市政府")
    '来源 ：市政府'
    """
    if EL_OPEN in text:
        text = text.replace(EL_OPEN, "")
    return text.replace(EL_CLOSE, " ") if EL_CLOSE in text else text


def no_marks(text: str) -> str:
    """``text.translate(NO_MARKS)``, faster on long texts."""
    return _MARKS_RX.sub("", text)
#: Inline elements whose start and end are marked as element boundaries.
_SEPARATED_INLINE = frozenset({"span", "label", "time", "em", "font", "b", "strong", "i", "a", "small"})


def serialize(nodes: list[HtmlElement], skip: set, marks: dict | None = None, inline_sep: bool = False,
               link_marks: bool = False) -> str:
    """Text of ``nodes`` with a line break at every block boundary, cells separated by tabs.

    ``marks`` maps elements to the text written before and after them; ``link_marks`` puts ``LINK_OPEN``
    and ``LINK_CLOSE`` around links. ``inline_sep`` marks where inline elements start and end (``EL_OPEN``, ``EL_CLOSE``), so that
    info-bar spans (``<span>来源：X</span><span>作者：Y</span>``) do not run together and a labelled value
    stops where its element does (used for metadata, not the body); ``NO_BOUNDARIES`` turns the marks
    into plain text (nothing before an element, a space after it).
    """
    out: list[str] = []
    append = out.append
    block_tags, cell_tags = R.BLOCK_TAGS, R.CELL_TAGS
    marks = marks or None

    def walk(el) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        mark = marks.get(el) if marks is not None else None
        if mark is not None:
            append(mark[0])
        if el in skip:
            if mark is not None:
                append(mark[1])
            return
        block = tag in block_tags
        cell = not block and tag in cell_tags
        if block:
            append("\n")
        elif cell:
            append("\t")
        linked = link_marks and tag == "a" and el.get("href")
        if linked:
            append(LINK_OPEN)
        bounded = inline_sep and tag in _SEPARATED_INLINE
        if bounded:
            append(EL_OPEN)
        if tag:
            text = el.text
            if text:
                append(text)
        for child in el:
            walk(child)
            tail = child.tail
            if tail:
                append(tail)
        if linked:
            append(LINK_CLOSE)
        if block:
            append("\n")
        elif cell:
            append("\t")
        elif bounded:
            append(EL_CLOSE)
        if mark is not None:
            append(mark[1])

    for n in nodes:
        walk(n)
        append("\n")
    return "".join(out)


def split_lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, spaces normalised.

    >>> split_lines("\\n  第一段\\u3000 \\n\\n\\t\\n第二段")
    ['第一段', '第二段']
    """
    return [x for x in (normalize_line(line) for line in text.split("\n") if line and not line.isspace()) if x]
