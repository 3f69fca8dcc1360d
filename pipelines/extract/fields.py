"""Labelled fields: source, author and editor read from ``label：value`` text, the info bar written as a
list, and the 政府信息公开 (information disclosure) metadata table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipelines.extract import rules as R
from pipelines.extract.clean import compact, normalize_line
from pipelines.extract.dates import find_dates
from pipelines.extract.footer import ascii_search
from pipelines.extract.lines import is_info_line
from pipelines.extract.serialize import EL_CLOSE, EL_OPEN
from pipelines.extract.tree import Page, text_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Element boundaries (see ``serialize``) may stand anywhere a label reader allows a space.
_SEP_B = rf"[\s{EL_OPEN}{EL_CLOSE}]*"
#: A character of a value: it ends at a separator (``|``, a bracket, a colon), a gap or an element boundary.
_VAL = rf"[^\s|｜\]】)）:：{EL_OPEN}{EL_CLOSE}]"


def _alternation(labels) -> str:
    """Labels as a regex alternation, longest first (a shorter label never cuts a longer one short)."""
    return "|".join(sorted(labels, key=len, reverse=True))


def _label_rx(labels: tuple[str, ...], strict: bool = True, extra: str | None = None, lead: str | None = None,
              more: str = "") -> re.Pattern:
    """A reader of ``label：value``. ``strict`` labels may not follow a CJK character (``资金来源：`` is not a
    source); others (作者, 编辑) only not inside the few words that end with them (合作者). ``extra`` is a regex
    of more labels (any ``…来源`` word for sources), ``lead`` another shape the value may take
    (``记者 张三``), ``more`` what the value may go on with (more names after a space).

    The value ends at a separator (``|``, a bracket, a gap) and, in text serialised with element
    boundaries (``EL_OPEN``/``EL_CLOSE``, see ``cut_regions``), at the end of the element it started in or
    the start of the next one: ``Source: Ningbo Daily <a>Print</a>`` gives ``Ningbo Daily``. Boundaries
    between the label and the value are passed over (``<span>来源：</span><span>市政府</span>``).

    >>> _label_rx(("来源",)).search("发布时间：2023-11-22　来源：市应急局").group(1)
    '市应急局'
    """
    alts = _alternation(labels) + (f"|{extra}" if extra else "")
    before = R.STRICT_LABEL_BEFORE if strict else R.LOOSE_LABEL_BEFORE
    value = rf"{_VAL}+(?: (?![A-Za-z]+\s*[:：])[A-Za-z]{_VAL}*)*{more}"
    if lead:
        value = f"{lead}|{value}"
    return re.compile(rf"{before}(?:{alts}){_SEP_B}[:：]{_SEP_B}(?:[\[【(（]{_SEP_B})?({value})", re.I)


SOURCE_RX = _label_rx(R.SOURCE_LABELS, extra=R.ANY_SOURCE_LABEL, more=R.SOURCE_VALUE_MORE)
AUTHOR_RX = _label_rx(R.AUTHOR_LABELS, strict=False, lead=rf"{R.AUTHOR_ROLES}\s+{_VAL}+", more=R.AUTHOR_VALUE_MORE)
EDITOR_RX = _label_rx(R.EDITOR_LABELS, strict=False)
#: Where a value read after a label stops: the next label, a reporter's role, a date, a view counter.
_VALUE_STOP = re.compile(
    f"(?:{_alternation(set(R.FIELD_LABELS) - {'By', '文字'})}|{R.ANY_SOURCE_LABEL})(?:\\s*[:：]|$)|{R.VALUE_STOP}")


def meta_author(value: str | None) -> str | None:
    """A <meta name="author"> that names a person, not the CMS vendor or the site."""
    if not value or len(value) > R.MAX_META_AUTHOR_CHARS or R.NOT_A_PERSON.search(value):
        return None
    return value.strip() or None


def label_value(rx: re.Pattern, text: str) -> str | None:
    """The first value that ``rx`` (a label reader) finds in ``text`` that is a value: cut at the next
    label, trimmed, no markup, not a date or bare numbers."""
    for m in rx.finditer(text):
        v = m.group(1)
        cut = _VALUE_STOP.search(v)
        if cut:
            v = v[: cut.start()]
        v = v.strip(R.VALUE_TRIM)
        if R.MARKUP_VALUE.search(v):
            continue
        if v and not find_dates(v) and not R.NUMBERS_ONLY.fullmatch(v):
            return v
    return None


_DISCLOSURE_LABEL_ALTS = "|".join(
    r"\s*".join(re.escape(c) for c in lab) for lab in sorted(R.DISCLOSURE_LABELS, key=len, reverse=True))
# label, colon, then the next cell's text -- unless the next cell is itself a label (an empty
# 文号 cell must not take 成文日期 as its value)
_DISCLOSURE_RX = re.compile(
    r"(?:^|(?<=[\t\n]))\s*(" + _DISCLOSURE_LABEL_ALTS + r")\s*[:：]?\s*\t*\s*"
    r"(?!(?:" + _DISCLOSURE_LABEL_ALTS + r")\s*[:：\t])([^\t\n]*)")


def read_disclosure(text: str) -> dict:
    """Information-disclosure metadata ``{"索引号": ..., "文号": ...}`` from tab-separated page text.

    >>> read_disclosure("索引号\\t113301/2023-00012\\t文号\\t杭政办〔2023〕5号\\n成文日期\\t2023-03-01")
    {'索引号': '113301/2023-00012', '文号': '杭政办〔2023〕5号', '成文日期': '2023-03-01'}
    """
    if len(R.DISCLOSURE_TABLE.findall(text, 0, R.DISCLOSURE_SCAN_CHARS)) < R.MIN_DISCLOSURE_LABELS:
        return {}
    out: dict = {}
    strong = 0
    for m in _DISCLOSURE_RX.finditer(text):
        key = R.DISCLOSURE_LABELS.get(compact(m.group(1)))
        value = normalize_line(m.group(2))
        # one cell may carry several labelled fields (发布日期：… 来源：… 浏览次数：…): keep the first
        value = R.NEXT_LABEL.split(value, 1)[0].strip(R.VALUE_TRIM)
        if not key or key in out or not value or len(value) > R.MAX_DISCLOSURE_VALUE_CHARS:
            continue
        out[key] = value
        if key in R.DISCLOSURE_STRONG_KEYS:
            strong += 1
    return out if strong >= R.MIN_DISCLOSURE_FIELDS else {}


#: A key-value table row (``<th>發布單位</th><td>農業處</td>``): the label cell becomes ``label：``.
_KV_CELL = re.compile(
    rf"(?:(?<=^)|(?<=[\t\n]))[ {EL_OPEN}{EL_CLOSE}]*({_alternation(set(R.FIELD_LABELS))}|{R.ANY_SOURCE_LABEL})"
    rf"[ {EL_OPEN}{EL_CLOSE}]*\t[ \t{EL_OPEN}{EL_CLOSE}]*(?=\S)", re.I)
#: ... and a label alone on its line above its value (``<dt>发布单位</dt><dd>农业处</dd>``).
_KV_LINE = re.compile(
    rf"(?m)^[ \t{EL_OPEN}{EL_CLOSE}]*({_alternation(set(R.FIELD_LABELS) - {'By', 'From'})}|{R.ANY_SOURCE_LABEL})"
    rf"[ \t{EL_OPEN}{EL_CLOSE}]*[:：]?[ \t{EL_OPEN}{EL_CLOSE}]*\n+[ \t{EL_OPEN}{EL_CLOSE}]*(?=\S)", re.I)


_KV_LINE_LABELS = frozenset(x.lower() for x in set(R.FIELD_LABELS) - {"By", "From"})
_KV_LABEL_MAX = max(len(x) for x in R.FIELD_LABELS) + R.SOURCE_LABEL_PREFIX_MAX + 3
_ANY_SOURCE_FULL = re.compile(R.ANY_SOURCE_LABEL)
_KV_STRIP = f" \t{EL_OPEN}{EL_CLOSE}"


def key_values(text: str) -> str:
    """Key-value cells and lines written as ``label：value`` so that the label readers see them.

    The two rewrites run only where they can apply (fast on long texts): a cell only on a line with a tab,
    a label line only when some line is a label alone.

    >>> key_values("发布单位\\t农业处\\n来源\\n 市政府")
    '发布单位：农业处\\n来源：市政府'
    """
    if "\t" in text:
        lines = text.split("\n")
        text = "\n".join(_KV_CELL.sub(_label_colon, x) if "\t" in x and _kv_cell_found(x) else x for x in lines)
    if any(_label_alone(x) for x in text.split("\n")):
        text = _KV_LINE.sub(_label_colon, text)
    return text


_kv_cell_found = ascii_search(_KV_CELL)  # (a line where it finds nothing is left as it is)


def _label_colon(m: re.Match) -> str:
    """``\\1：`` as a function (a template string is parsed anew on every ``sub`` call, even one with no match)."""
    return m.group(1) + "："


def _label_alone(line: str) -> bool:
    """A line that is only a field label (and a colon)."""
    core = line.strip(_KV_STRIP)
    if not core or len(core) > _KV_LABEL_MAX:
        return False
    core = core.rstrip(":：" + _KV_STRIP)
    return core.lower() in _KV_LINE_LABELS or bool(_ANY_SOURCE_FULL.fullmatch(core))


def dateline_source(header_lines: list[str], roc: bool) -> str | None:
    """An unlabelled source beside the date on the info-bar line (``嘉禾日报　2023-07-04 08:31``): the
    line holds a date and exactly one other word, and that word is shaped like an organisation's name."""
    for line in reversed(header_lines[-R.DATELINE_SOURCE_LINES:]):
        if len(line) > R.MAX_DATELINE_SOURCE_LINE or R.NOT_DATELINE_SOURCE.search(R.CLOCK.sub("", line)):
            continue
        if not find_dates(line, roc_numeric=roc):
            continue
        words = R.CLOCK.sub(" ", R.DATE_TEXT.sub(" ", line)).split()
        if len(words) == 1 and R.UNLABELLED_SOURCE.match(words[0]):
            return words[0]
    return None


#: Labels of metadata items (see ``META_ITEM_LABELS``), a view counter's label, any ``…来源`` label.
_META_KNOWN = frozenset(x.lower() for x in R.FIELD_LABELS + R.META_ITEM_LABELS)
_COUNTER_LABEL = re.compile(rf"^(?:{R.COUNTER_WORD}{R.COUNTER_SUFFIX}?|人气|人氣)$")
_ANY_SOURCE = re.compile(R.ANY_SOURCE_LABEL)


def _list_items(el) -> list[str]:
    """The items of a list-like block as ``label：value`` strings: ``<li>`` of a ``<ul>``/``<ol>``, ``<dt>``+``<dd>``
    pairs of a ``<dl>``, label/value cell pairs of a table's rows."""
    items: list[str] = []
    if el.tag in ("ul", "ol"):
        items = [text_of(li) for li in el if li.tag == "li"]
    elif el.tag == "dl":
        label = None
        for c in el:
            if c.tag == "dt":
                label = text_of(c)
            elif c.tag == "dd":
                value = text_of(c)
                items.append(f"{label}：{value}" if label and not R.META_ITEM.match(value) else value)
                label = None
    elif el.tag == "table":
        for tr in el.iter("tr"):
            cells = [text_of(c) for c in tr if c.tag in R.CELL_TAGS]
            cells = [c for c in cells if c]
            if cells and all(R.META_ITEM.match(c) for c in cells):
                items.extend(cells)
            elif cells and len(cells) % 2 == 0:
                items.extend(f"{a}：{b}" for a, b in zip(cells[::2], cells[1::2]))
            elif cells:
                items.append(" ".join(cells))
    return [x for x in items if x]


@dataclass
class MetaList:
    """The info bar written as ``label：value`` items at the top of the body (see :func:`leading_meta_list`)."""

    #: the blocks holding the items (left out of the body text)
    blocks: list = field(default_factory=list)
    #: the items, read as info-bar lines
    items: list[str] = field(default_factory=list)
    #: info lines stand above the list (they come before its items)
    info_first: bool = False


def leading_meta_list(nodes: list[HtmlElement], page: Page, title_node: HtmlElement | None) -> MetaList:
    """``label：value`` metadata items at the top of the body: the info bar written as a list (``<ul
    class="info"><li>發布日期：…<li>發布單位：…<li>點閱次數：…</ul>``, a ``<dl>``, a table of label/value
    cells) or as a run of short blocks (``<p>分類：新聞稿</p><p>更新日期：…</p>``), or an empty
    :class:`MetaList`. Every item must be short and valued without a sentence, and enough of the labels
    must be metadata labels (see ``META_ITEM_LABELS``), so a notice that opens with 会议时间/会议地点 items
    keeps them."""
    from lxml import etree

    stats = page.stats

    top = nodes[0]
    inside_title = {id(x) for x in title_node.iter()} if title_node is not None else set()
    first, info_above, info_els = None, 0, []
    for el in top.iter(etree.Element):
        if id(el) in inside_title or el.tag in R.INLINE_TAGS or not stats[el].own:
            continue
        if is_info_line(text_of(el)):
            info_above += 1
            info_els.append(el)
            continue  # a date line above the list
        first = el
        break
    if first is None:
        return MetaList()
    block = first
    while block is not top and block.tag not in R.META_LIST_TAGS:
        block = block.getparent()
    if block is not top:
        blocks, items, known = [block], _list_items(block), 0
    else:  # a run of short blocks from the first one on
        blocks, items, known = [], [], info_above
        sib = first
        while sib is not None and sib.tag in R.BLOCK_TAGS | R.PARAGRAPH_TAGS and R.META_ITEM.match(text_of(sib)):
            blocks.append(sib)
            items.append(text_of(sib))
            sib = sib.getnext()
    if not blocks or stats[top].chars - sum(stats[b].chars for b in blocks) < R.MIN_PARAGRAPH_CHARS:
        return MetaList()  # the list is the body
    if len(items) + (info_above if block is top else 0) < R.META_LIST_MIN_ITEMS:
        return MetaList()
    for item in items:
        m = R.META_ITEM.match(item)
        if not m or len(item) > R.MAX_META_ITEM_CHARS or R.META_VALUE_SENTENCE.search(m.group(2)):
            return MetaList()
        label = compact(m.group(1)).lower()
        if label in _META_KNOWN or _COUNTER_LABEL.match(label) or _ANY_SOURCE.fullmatch(label):
            known += 1
    if known < R.META_LIST_KNOWN_SHARE * (len(items) + (info_above if block is top else 0)):
        return MetaList()
    # info lines above the list (not its own items) come first: they stay in the body text, which is read after
    inside = {id(x) for b in blocks for x in b.iter()}
    return MetaList(blocks, items, any(id(el) not in inside for el in info_els))
