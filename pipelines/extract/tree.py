"""The parsed page: parsing, cleaning, and the text statistics every later step reads.

``parse_html`` turns decoded text into an lxml tree, ``clean_tree`` drops what never holds article text
(scripts, forms, hidden elements), and ``measure`` walks the tree once, giving every element its own
text, subtree totals, link text and a paragraph score that flows to its ancestors: the :class:`Page`
that the later steps read. ``candidate_score`` and ``hint`` turn those figures and an element's class/id
into how likely it is to hold the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from pipelines.extract import rules as R
from pipelines.extract.clean import normalize_line
from pipelines.extract.dates import parse_date
from pipelines.extract.footer import footer_shaped

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_WS = re.compile(r"\s+")
_parser = None
_HINT_CACHE: dict = {}


def is_garbage(text: str) -> bool:
    """Binary or wrongly decoded bytes: many control, replacement or private-use characters."""
    sample = text[:R.GARBAGE_SAMPLE_CHARS]
    if not sample.strip():
        return False
    bad = len(R.BAD_CHARS.findall(sample))
    return bad > R.MAX_BAD_CHAR_SHARE * len(sample)


def parse_html(text: str) -> HtmlElement:
    """The lxml tree of a page's text (comments and processing instructions left out); ``ValueError``
    ("empty page") when there is nothing to parse. See :func:`parse_page`."""
    return parse_page(text)[0]


def parse_page(text: str) -> tuple[HtmlElement, bool]:
    """:func:`parse_html`'s tree, and whether it is libxml2's plain parse of the whole text (False:
    parsed again with the tags nested too deep left out, see below).

    Nothing is cut silently. libxml2 runs without its 10 MB text-node limit (``huge_tree``); a page
    nested deeper than :data:`rules.MAX_TREE_DEPTH` (broken markup: a ``<div>`` or ``<font>`` opened
    per paragraph, never closed) is parsed again with the tags beyond that depth left out and all
    its text kept (:func:`flatten_deep`), so the tree's walkers never recurse too deep. A page the
    parser still cannot take whole is a ``ValueError`` saying why, never a shorter body.
    """
    global _parser
    from lxml import html as lhtml

    if _parser is None:
        _parser = lhtml.HTMLParser(
            remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
        )
        # lxml.html's elements, looked up in C: lxml.html's own lookup is a Python call per element proxy,
        # made only to give <form>, <input>, <label> ... classes whose methods nothing here calls
        _parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
            element=lhtml.HtmlElement, comment=lhtml.HtmlComment, pi=lhtml.HtmlProcessingInstruction,
            entity=lhtml.HtmlEntity))
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise ValueError("empty page")
    root = _parse(text)
    if _parser_limit() or _depth(root) > R.MAX_TREE_DEPTH:
        root = _parse(flatten_deep(text, R.MAX_TREE_DEPTH))
        limit = _parser_limit()
        if limit:
            raise ValueError(f"page cut by the HTML parser: {limit}")
        return root, False
    return root, True


_STRING = etree.XPath("string()", smart_strings=False)


def anchors(root: HtmlElement) -> list[tuple[str, str]]:
    """Each distinct ``href`` of the ``<a>`` and ``<area>`` elements, as written, with the text of the first
    element that has it (XPath ``string()``), in document order: what a link extractor reads from the parse.
    Read before :func:`clean_tree`, which drops elements and text.

    >>> anchors(parse_html('<a href="/a">A <b>1</b></a><area href="m.html"><a href="/a">again</a><a name="x">n</a>'))
    [('/a', 'A 1'), ('m.html', '')]
    """
    out: dict[str, str] = {}
    for el in root.iter("a", "area"):
        href = el.get("href")
        if href is not None and href not in out:
            out[href] = _STRING(el)
    return list(out.items())


def _parse(text: str):
    from lxml import html as lhtml

    try:
        return lhtml.document_fromstring(text, parser=_parser)
    except Exception as exc:  # lxml's ParserError "Document is empty" and friends
        raise ValueError("empty page") from exc


def _parser_limit() -> str:
    """libxml2's message when the last parse stopped at a resource limit (depth, size), else ''."""
    for entry in _parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            return " ".join(entry.message.split())
    return ""


def _depth(root) -> int:
    """How deep the tree nests, up to ``MAX_TREE_DEPTH + 1`` (libxml2 looks for an element that deep)."""
    return R.MAX_TREE_DEPTH + 1 if _TOO_DEEP(root) else 0


_TOO_DEEP = etree.XPath("boolean(/*" + "/*" * (R.MAX_TREE_DEPTH + 1) + ")")  # an element with MAX_TREE_DEPTH + 1 ancestors
#: leaves with a title or tooltip attribute (a relative or year-less time's absolute date, an edit date's publication
#: date), and elements that may be hidden
_TITLED_LEAVES = etree.XPath("//*[@title or @data-tooltip][not(*)]")
_MAYBE_HIDDEN = etree.XPath("//*[@style or @hidden or @aria-hidden]")


_TAG = re.compile(r"""<(/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b.*?</\1\s*>", re.I | re.S)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "address article aside blockquote center dd div dl dt figure footer form h1 h2 h3 h4 h5 h6 header "
    "li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)


def flatten_deep(text: str, limit: int) -> str:
    """``text`` with the tags nested deeper than ``limit`` left out, and all of its text kept.

    A block tag left out becomes a ``<br>``, so its paragraphs stay lines of their own.

    >>> flatten_deep("<div>a<div>b<div>c<p>d</p></div></div></div>", 2)
    '<div>a<div>b<br>c<br>d<br><br></div></div>'
    """
    out: list[str] = []
    depth = pos = 0
    raw = [(m.start(), m.end()) for m in _RAW_TEXT.finditer(text)]
    skip = iter(raw)
    nxt = next(skip, None)
    for m in _TAG.finditer(text):
        while nxt is not None and nxt[1] <= m.start():
            nxt = next(skip, None)
        if nxt is not None and nxt[0] < m.start() < nxt[1]:
            continue  # a "tag" inside a script or style: text, kept as is
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or attrs.rstrip().endswith("/"):
            continue
        if closing:
            drop = depth > limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            out.append(text[pos:m.start()])
            out.append("<br>" if name in _BLOCK else "")
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def nchars(text: str | None) -> int:
    """Characters of ``text`` that are not whitespace.

    >>> nchars(" 市政府 通知\u3000")
    5
    """
    if not text:
        return 0
    return len("".join(text.split()))


def class_tokens(el: HtmlElement) -> list[str]:
    """The tokens of an element's class and id."""
    out = []
    for attr in ("class", "id"):
        v = el.get(attr)
        if v:
            out.extend(t for t in _WS.split(v) if t)
    return out


_TOKEN_CACHE: dict = {}


def _token_hint(token: str) -> int:
    """-1 for a furniture-like class/id token, +1 for a content-like one, 0 otherwise (cached)."""
    found = _TOKEN_CACHE.get(token)
    if found is None:
        low = token.lower()
        if (R.NEGATIVE_HINT_PARTS.search(low) or R.NEGATIVE_HINT_STARTS.match(low) or low.endswith(R.NEGATIVE_HINT_ENDINGS)
                or R.NEGATIVE_HINT_WORDS.search(low)) and not R.UTILITY_CLASS.match(low):
            found = -1
        elif R.POSITIVE_HINT_PARTS.search(low) or R.POSITIVE_HINT_STARTS.match(low) or low.endswith(R.POSITIVE_HINT_ENDINGS):
            found = 1
        else:
            found = 0
        if len(_TOKEN_CACHE) < R.HINT_CACHE_SIZE:
            _TOKEN_CACHE[token] = found
    return found


def hint(el: HtmlElement) -> int:
    """+1 for content-like class/id, -1 for furniture-like, 0 otherwise."""
    cls, id_ = el.get("class"), el.get("id")
    if cls is None and id_ is None:
        return 0
    return pair_hint(cls, id_)


def pair_hint(cls: str | None, id_: str | None) -> int:
    """:func:`hint` of an element with this class and id (cached per pair, and per value)."""
    key = (cls, id_)
    found = _HINT_CACHE.get(key)
    if found is None:
        # class and id that disagree (class="articalContent" id="sina_keyword_ad_area2") say nothing
        by_class, by_id = _value_hint(cls), _value_hint(id_)
        found = 0 if by_class * by_id < 0 else (by_class or by_id)
        if len(_HINT_CACHE) < R.HINT_CACHE_SIZE:
            _HINT_CACHE[key] = found
    return found


_VALUE_CACHE: dict = {}


def _value_hint(value: str | None) -> int:
    """-1 when a token of a class or id value is furniture-like, else +1 when one is content-like, else 0."""
    if not value:
        return 0
    found = _VALUE_CACHE.get(value)
    if found is None:
        verdicts = [_token_hint(t) for t in value.split()]  # the tokens (``split()``: no empty ones)
        found = -1 if -1 in verdicts else (1 if 1 in verdicts else 0)
        if len(_VALUE_CACHE) < R.HINT_CACHE_SIZE:
            _VALUE_CACHE[value] = found
    return found


class NodeStats:
    """Per-element text statistics of the cleaned tree."""

    __slots__ = ("own", "own_link", "punct", "chars", "link", "score", "para", "nlinks", "prose", "hint", "pg", "pl",
                 "po")

    def __init__(self) -> None:
        self.own = 0        # characters of text that belongs to this block directly
        self.own_link = 0   # ... of which inside links
        self.punct = 0      # prose punctuation in the block's own, non-link text
        self.chars = 0      # characters in the whole subtree
        self.link = 0       # ... of which inside links
        self.score = 0.0    # accumulated paragraph score (candidate score before damping)
        self.para = 0.0     # this block's own paragraph score
        self.nlinks = 0     # number of <a href> in the subtree
        self.prose = False  # this block's own text (outside links) is running text (see :func:`prose_line`)
        self.hint = 0       # its class/id hint (see :func:`hint`)
        self.pg = 0         # characters of prose in the subtree (see ``generic.prose_totals``) ...
        self.pl = 0         # ... of link text ...
        self.po = 0         # ... and of other text (a furniture block's prose counts as other text above it)


def clean_tree(root: HtmlElement) -> None:
    """Drop what never holds article text: scripts, styles, forms, ruby annotations (``DROP_TAGS``) and
    hidden elements, keeping the text that follows each of them.

    A hidden element or a ``<noscript>`` that holds most of the page's text stays: it is the article, shown
    by a script (WeChat's ``#js_content`` is served with ``visibility: hidden``; a script-rendered portal
    keeps its text for readers without scripts in ``<noscript>``).
    """

    _drop([el for el in root.iter(*R.DROP_TAGS) if el.tag != "noscript"])
    # a relative time ("3 天前") whose element's title holds the absolute date: the date is the text
    for el in _TITLED_LEAVES(root):
        shown, tip = el.text, el.get("title") or el.get("data-tooltip")
        if shown and (R.RELATIVE_TIME.match(shown) or (R.SHOWN_EDIT_DATE.match(shown) and R.TOOLTIP_PUBLISHED.match(tip))) \
                and parse_date(tip):
            el.text = tip
    maybe = list(root.iter("noscript"))
    for el in _MAYBE_HIDDEN(root):
        style = el.get("style")
        if style and R.HIDDEN_STYLE.search(style):
            maybe.append(el)
        elif el.get("hidden") is not None or el.get("aria-hidden") == "true":
            maybe.append(el)
    if not maybe:
        return
    total = None  # the page's characters, counted only when a hidden element is long enough to need them
    doomed = []
    for el in maybe:
        n = nchars(el.text_content())
        if n >= R.MIN_HIDDEN_ARTICLE_CHARS and total is None:
            total = nchars(root.text_content())
        if n < R.MIN_HIDDEN_ARTICLE_CHARS or n < R.HIDDEN_ARTICLE_SHARE * total:
            doomed.append(el)
    _drop(doomed)


def _drop(elements: list) -> None:
    """Remove the elements with their content, keeping the text that follows each of them."""
    for el in elements:
        if el.getparent() is not None:
            try:
                el.drop_tree()
            except (AssertionError, ValueError):
                pass


@dataclass
class Page:
    """One cleaned page and the text statistics of its elements, measured once (:func:`measure`) and
    handed to every step that reads them."""

    root: HtmlElement
    #: element -> its :class:`NodeStats`
    stats: dict
    #: the elements in document order
    order: list
    #: element -> its position in ``order``
    index: dict
    #: the :class:`NodeStats` by position in ``order``
    sts: list = field(repr=False)
    #: each element's parent's position in ``order`` (-1 for the root)
    parents: list = field(repr=False)
    #: ``(position, text)`` of every element whose own text (before its first child) is not blank, in document order
    texts: list = field(repr=False)
    #: the tails (text after an element, up to its next sibling) that are not blank
    tails: list = field(repr=False)

    def score(self, el: HtmlElement) -> float:
        """How likely ``el`` is to be the article's container (:func:`candidate_score`)."""
        return candidate_score(el, self.stats[el])


def measure(root: HtmlElement) -> Page:
    """Walk the tree once: own text per block, subtree totals, paragraph scores flowing to ancestors.

    The figures are kept in lists by document position (an element's parent as a position too), so the
    passes after the first one touch no lxml proxy."""
    order = list(root.iter(etree.Element))
    index = {el: i for i, el in enumerate(order)}
    n = len(order)
    sts = [NodeStats() for _ in range(n)]
    parents = [-1] * n      # position of each element's parent (-1 for the root)
    owner = [0] * n         # position of the block that an element's text belongs to
    inlink = [False] * n    # the element is a link or inside one
    own_text: dict = {}     # block position -> its non-link text pieces
    texts: list = []        # (position, text) of the elements whose own text is not blank
    tails: list = []        # the tails that are not blank
    inline_tags, nchars_ = R.INLINE_TAGS, nchars
    index_get = index.get
    for i, el in enumerate(order):
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        cls, id_ = el.get("class"), el.get("id")
        if cls is not None or id_ is not None:
            sts[i].hint = pair_hint(cls, id_)
        p = index_get(el.getparent(), -1)
        if p < 0:
            owner[i] = i
            link = inlink[i] = tag == "a"
        else:
            parents[i] = p
            owner[i] = owner[p] if tag in inline_tags else i
            link = inlink[i] = tag == "a" or inlink[p]
        if tag == "a" and el.get("href"):
            sts[i].nlinks = 1
        text = el.text
        if text and not text.isspace():
            texts.append((i, text))
            k = nchars_(text)
            o = owner[i]
            ow = sts[o]
            ow.own += k
            if link:
                ow.own_link += k
            else:
                found = own_text.get(o)
                if found is None:
                    own_text[o] = [text]
                else:
                    found.append(text)
        if p >= 0:
            tail = el.tail
            if tail and not tail.isspace():
                tails.append(tail)
                k = nchars_(tail)
                o = owner[p]
                ow = sts[o]
                ow.own += k
                if inlink[p]:
                    ow.own_link += k
                else:
                    found = own_text.get(o)
                    if found is None:
                        own_text[o] = [tail]
                    else:
                        found.append(tail)
    if root.tail and not root.tail.isspace():
        tails.append(root.tail)  # (outside the page's statistics)
    # paragraph scores
    punct_rx = R.CONTENT_PUNCT
    for o, parts in own_text.items():
        st = sts[o]
        text = "".join(parts)
        nl = st.own - st.own_link
        if nl < R.MIN_PARAGRAPH_CHARS and not (nl >= R.MIN_PUNCTUATED_PARAGRAPH_CHARS and punct_rx.search(text)):
            continue
        if nl < R.MIN_BARE_PARAGRAPH_CHARS and not punct_rx.search(text):
            continue
        if nl < R.MAX_FOOTER_PARAGRAPH_CHARS and footer_shaped(text):
            continue
        st.punct = len(punct_rx.findall(text))
        density = st.own_link / st.own if st.own else 0
        st.para = (1 + R.PUNCT_WEIGHT * st.punct + min(nl / R.CHARS_PER_POINT, R.MAX_LEN_POINTS)) * (1 - density)
        st.prose = prose_line(text)
    # subtree totals, bottom-up; prose / link / other characters for the general core
    min_prose = R.GENERIC_MIN_PROSE_CHARS
    for i in range(n - 1, -1, -1):
        st = sts[i]
        st.chars += st.own
        st.link += st.own_link
        plain = st.own - st.own_link
        good = plain if st.prose and plain >= min_prose else 0
        st.pg += good
        st.pl += st.own_link
        st.po += plain - good
        p = parents[i]
        if p >= 0:
            pst = sts[p]
            pst.chars += st.chars
            pst.link += st.link
            pst.nlinks += st.nlinks
            pst.pl += st.pl
            if st.hint < 0:
                pst.po += st.pg + st.po
            else:
                pst.pg += st.pg
                pst.po += st.po
    # flow paragraph scores to containers
    decay = R.ANCESTOR_DECAY
    for i, st in enumerate(sts):
        if st.para <= 0:
            continue
        el = order[i]
        tag = el.tag
        paragraph = tag in R.PARAGRAPH_TAGS or (
            tag in R.DIV_PARAGRAPH_TAGS and not any(isinstance(c.tag, str) and c.tag in R.BLOCK_TAGS for c in el))
        node = parents[i] if paragraph else i
        for w in decay:
            if node < 0:
                break
            sts[node].score += st.para * w
            node = parents[node]
    return Page(root, dict(zip(order, sts)), order, index, sts, parents, texts, tails)


_WORD = re.compile(r"[^\W\d_]{2,}")


def prose_line(line: str) -> bool:
    """Running text in any script: enough characters, and a sentence or clause mark inside (not only the
    dots of a date or an abbreviation) with enough words, or a long line.

    >>> prose_line("Die Befürchtung der Beschäftigten resultiert aus der Beschaffung."), prose_line("6. November 2023 14:03 Uhr")
    (True, False)
    >>> prose_line("因线路检修，12月3日城东片区停电。"), prose_line("掌上绥德"), prose_line("By Maria Delgado | Feb. 7, 2023")
    (True, False, False)
    """
    n = nchars(line)
    if n >= R.GENERIC_LONG_LINE_CHARS:
        return True
    if n < R.GENERIC_MIN_PROSE_LINE_CHARS:
        return False
    if R.GENERIC_CJK_CLAUSE.search(line):
        return True
    return bool(R.GENERIC_LATIN_CLAUSE.search(line)) and len(_WORD.findall(line)) >= R.GENERIC_MIN_PROSE_WORDS


def candidate_score(el: HtmlElement, st: NodeStats) -> float:
    """How likely ``el`` is to be the article's container: its paragraph score, damped by its link text
    and weighted by its tag and class/id."""
    if st.score <= 0 or not st.chars:
        return 0.0
    density = st.link / st.chars
    score = st.score * (1 - density)
    h = st.hint
    if el.tag in R.ARTICLE_TAGS:
        score *= R.POSITIVE_FACTOR
    if h > 0:
        score *= R.POSITIVE_FACTOR
    elif h < 0:
        score *= R.NEGATIVE_FACTOR
    return score


def text_of(el: HtmlElement) -> str:
    """An element's text on one line, spaces normalised."""
    text = el.text_content() or ""
    if text.isascii():  # the same as below: no zero-width characters, and every run of spaces is one
        return " ".join(text.split())
    return normalize_line(_WS.sub(" ", text))
