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

import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin

from pipelines import _rules as R
from pipelines._clean import count_pinyin_annotations, normalize_line, strip_flattened_pinyin, to_simplified
from pipelines._dates import date_from_url, find_dates, parse_date
from pipelines._footer import empty_footer, parse_footer

__all__ = ["Article", "extract_article"]


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
    error: str | None = None

    def to_record(self) -> dict:
        """The researcher/CLI JSON record: ``attachments`` is a list of absolute URL strings,
        ``attachment_links`` keeps the ``{"url", "text"}`` dicts.

        >>> Article(url="http://a.gov.cn/1.html", attachments=[{"url": "http://a.gov.cn/f.pdf", "text": "f"}]
        ...         ).to_record()["attachments"]
        ['http://a.gov.cn/f.pdf']
        """
        rec = asdict(self)
        rec["attachment_links"] = rec["attachments"]
        rec["attachments"] = [a["url"] for a in self.attachments]
        return rec


# ------------------------------------------------------------------------------------------- decoding
def _decode(body: bytes, headers: Any):
    """Decode with the project's decoder (``pipelines.decode``)."""
    from pipelines.decode import decode

    return decode(body, headers)


# ------------------------------------------------------------------------------------------- parsing
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
_parser = None


_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd\ue000-\uf8ff]")


def _garbage(text: str) -> bool:
    """Binary or wrongly decoded bytes: many control, replacement or private-use characters."""
    sample = text[:20000]
    if not sample.strip():
        return False
    bad = len(_BAD_CHARS.findall(sample))
    return bad > R.MAX_BAD_CHAR_SHARE * len(sample)


def _parse(text: str):
    global _parser
    from lxml import html as lhtml

    if _parser is None:
        _parser = lhtml.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise ValueError("empty page")
    try:
        return lhtml.document_fromstring(text, parser=_parser)
    except Exception as exc:  # lxml's ParserError "Document is empty" and friends
        raise ValueError("empty page") from exc


def _nchars(text: str | None) -> int:
    if not text:
        return 0
    return len("".join(text.split()))


def _tokens(el) -> list[str]:
    out = []
    for attr in ("class", "id"):
        v = el.get(attr)
        if v:
            out.extend(t for t in re.split(r"\s+", v) if t)
    return out


_HINT_CACHE: dict = {}


def _hint(el) -> int:
    """+1 for content-like class/id, -1 for furniture-like, 0 otherwise."""
    key = (el.get("class"), el.get("id"))
    if key == (None, None):
        return 0
    found = _HINT_CACHE.get(key)
    if found is None:
        def one(value: str | None) -> int:
            toks = [t for t in re.split(r"\s+", value or "") if t]
            if any(R.NEGATIVE_HINTS.search(t) for t in toks):
                return -1
            return 1 if any(R.POSITIVE_HINTS.search(t) for t in toks) else 0
        # class and id that disagree (class="articalContent" id="sina_keyword_ad_area2") say nothing
        by_class, by_id = one(key[0]), one(key[1])
        found = 0 if by_class * by_id < 0 else (by_class or by_id)
        if len(_HINT_CACHE) < 50000:
            _HINT_CACHE[key] = found
    return found


class _Stats:
    """Per-element text statistics of the cleaned tree."""

    __slots__ = ("own", "own_link", "punct", "chars", "link", "score", "para", "nlinks")

    def __init__(self) -> None:
        self.own = 0        # characters of text that belongs to this block directly
        self.own_link = 0   # ... of which inside links
        self.punct = 0      # prose punctuation in the block's own, non-link text
        self.chars = 0      # characters in the whole subtree
        self.link = 0       # ... of which inside links
        self.score = 0.0    # accumulated paragraph score (candidate score before damping)
        self.para = 0.0     # this block's own paragraph score
        self.nlinks = 0     # number of <a href> in the subtree


def _clean_tree(root) -> None:
    from lxml import etree

    doomed = [el for el in root.iter(*R.DROP_TAGS)]
    for el in root.iter(etree.Element):
        style = el.get("style")
        if style and _HIDDEN_STYLE.search(style):
            doomed.append(el)
        elif el.get("hidden") is not None or el.get("aria-hidden") == "true":
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            try:
                el.drop_tree()
            except (AssertionError, ValueError):
                pass


def _footer_shaped(line: str) -> bool:
    """A footer line by its shape, not by a word inside a sentence: a registration number
    (``…ICP备12345678号``, ``…公网安备…号``, ``网站标识码：…``), or a footer word (版权所有, 友情链接,
    技术支持：, Copyright ...) on a line that does not read as prose.

    >>> _footer_shaped("版权所有：某市人民政府　京ICP备12345678号")
    True
    >>> _footer_shaped("部分网站底部仅标注“版权所有”字样，未悬挂ICP备案编号及链接。")
    False
    """
    if R.FOOTER_REGISTRATION.search(line):
        # a sentence that cites a record number ("经查，该网站备案号为…ICP备…号，已注销。") is text
        return not (len(line) > 2 * R.MAX_SHORT_FOOTER_SENTENCE and R.FOOTER_PROSE.search(line)
                    and not R.FOOTER_COPYRIGHT_SHAPE.search(line) and not R.FOOTER_WEAK.search(line))
    return bool(R.FOOTER_LINE.search(line)) and not _footer_prose(line)


def _footer_prose(line: str) -> bool:
    """A line naming a footer word that reads as a sentence (see ``FOOTER_PROSE`` in ``_rules``)."""
    if len(line) <= R.MAX_SHORT_FOOTER_SENTENCE:
        return False
    if R.FOOTER_QUOTED.search(line) or R.FOOTER_PROSE.search(line):
        return True
    return bool(R.FOOTER_SENTENCE_END.search(line)) and not R.FOOTER_COPYRIGHT_SHAPE.search(line)


def _short_footer_words(line: str) -> bool:
    """``SHORT_FOOTER_WORDS`` on a line that is not a sentence."""
    return bool(R.SHORT_FOOTER_WORDS.search(line)) and not _footer_prose(line)


def _compute_stats(root) -> tuple[dict, list]:
    """Walk the tree once: own text per block, subtree totals, paragraph scores flowing to ancestors."""
    from lxml import etree

    stats: dict = {}
    order = []
    owner: dict = {}
    inlink: dict = {}
    own_text: dict = {}
    punct_rx = R.CONTENT_PUNCT
    for el in root.iter(etree.Element):
        parent = el.getparent()
        tag = el.tag if isinstance(el.tag, str) else ""
        st = _Stats()
        stats[el] = st
        order.append(el)
        if parent is None:
            owner[el] = el
            inlink[el] = tag == "a"
        else:
            owner[el] = owner[parent] if tag in R.INLINE_TAGS else el
            inlink[el] = tag == "a" or inlink[parent]
        if tag == "a" and el.get("href"):
            st.nlinks = 1
        if el.text:
            n = _nchars(el.text)
            if n:
                ow = stats[owner[el]]
                ow.own += n
                if inlink[el]:
                    ow.own_link += n
                else:
                    own_text.setdefault(owner[el], []).append(el.text)
        if el.tail and parent is not None:
            n = _nchars(el.tail)
            if n:
                ow = stats[owner[parent]]
                ow.own += n
                if inlink[parent]:
                    ow.own_link += n
                else:
                    own_text.setdefault(owner[parent], []).append(el.tail)
    # paragraph scores
    for el, parts in own_text.items():
        st = stats[el]
        text = "".join(parts)
        nl = st.own - st.own_link
        if nl < R.MIN_PARAGRAPH_CHARS and not (nl >= 2 and punct_rx.search(text)):
            continue
        if nl < R.MIN_BARE_PARAGRAPH_CHARS and not punct_rx.search(text):
            continue
        if nl < 400 and _footer_shaped(text):
            continue
        st.punct = len(punct_rx.findall(text))
        density = st.own_link / st.own if st.own else 0
        st.para = (1 + R.PUNCT_WEIGHT * st.punct + min(nl / R.CHARS_PER_POINT, R.MAX_LEN_POINTS)) * (1 - density)
    # subtree totals, bottom-up
    for el in reversed(order):
        st = stats[el]
        st.chars += st.own
        st.link += st.own_link
        parent = el.getparent()
        if parent is not None:
            pst = stats[parent]
            pst.chars += st.chars
            pst.link += st.link
            pst.nlinks += st.nlinks
    # flow paragraph scores to containers
    for el in order:
        st = stats[el]
        if st.para <= 0:
            continue
        paragraph = el.tag in R.PARAGRAPH_TAGS or (
            el.tag in R.DIV_PARAGRAPH_TAGS and not any(isinstance(c.tag, str) and c.tag in R.BLOCK_TAGS for c in el))
        node = el.getparent() if paragraph else el
        for w in R.ANCESTOR_DECAY:
            if node is None:
                break
            stats[node].score += st.para * w
            node = node.getparent()
    return stats, order


def _candidate_score(el, st: _Stats) -> float:
    if st.score <= 0 or not st.chars:
        return 0.0
    density = st.link / st.chars
    score = st.score * (1 - density)
    h = _hint(el)
    if el.tag in ("article", "main"):
        score *= R.POSITIVE_FACTOR
    if h > 0:
        score *= R.POSITIVE_FACTOR
    elif h < 0:
        score *= R.NEGATIVE_FACTOR
    return score


def _climb(best, stats: dict):
    """Widen the body to its parent when the parent adds only a little text that is not links
    (a lead-in line such as ``办理条件如下：`` above a list, a caption beside the text)."""
    node = best
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or _hint(parent) < 0:
            return node
        if any(True for _ in parent.iter("h1", "h2", "h3")):
            return node  # the headline's block: the body stops below it
        st, pst = stats[node], stats[parent]
        extra = pst.chars - st.chars
        extra_links = pst.link - st.link
        if extra <= 0 or extra > max(R.CLIMB_MIN_EXTRA_CHARS, R.CLIMB_EXTRA_SHARE * st.chars) \
                or extra_links > 0.5 * extra:
            return node
        node = parent


def _first_of_repeated(best, best_score: float, stats: dict, order: list):
    """On pages listing several posts in the same template (blogs, digests), the first post is the article.

    A template counts as repeated when at least ``MIN_REPEATED_POSTS`` blocks with the same tag and
    class, each in its own parent (not paragraphs of one text), score close to the best.
    """
    scored = [(el, _candidate_score(el, stats[el])) for el in order if el.get("class")]
    strong = [(el, sc) for el, sc in scored if sc >= R.REPEATED_SHARE * best_score]
    groups: dict = {}
    for el, _ in strong:
        groups.setdefault((el.tag, el.get("class")), []).append(el)
    key = (best.tag, best.get("class"))
    for k, members in groups.items():
        if len(members) < (2 if k == key else R.MIN_REPEATED_POSTS):
            continue
        parents = {id(m.getparent()) for m in members}
        holder = members[0].getparent()
        if len(parents) == 1 and holder is not None and (best is holder or best in holder.iterancestors()):
            text = _thread_first_text(members, stats)
            if text is not None:
                return text
        if len(parents) < len(members):
            continue
        holds = best in members[0].iterancestors()
        if holds and not _dated_posts(members):
            continue
        first = members[0]
        if holds:  # the thread's first post, even when it is shorter than the replies
            return next((el for el in best.iter(k[0]) if el.get("class") == k[1]
                         and el.getparent().tag == first.getparent().tag
                         and el.getparent().get("class") == first.getparent().get("class")), first)
        if k == key or order.index(first) < order.index(best):
            return first
    return best


def _thread_first_text(members: list, stats: dict):
    """Sibling blocks of one shape that are each a post (a short dated line such as ``发表于 2023-06-01 10:00``
    beside the post's text): the text block of the first post of that shape, or None when they are not posts."""
    parent = members[0].getparent()
    key = (members[0].tag, members[0].get("class"))
    posts = [c for c in parent if isinstance(c.tag, str) and (c.tag, c.get("class")) == key]
    texts = []
    for post in posts:
        kids = [c for c in post if isinstance(c.tag, str) and stats.get(c) is not None and stats[c].chars]
        dated = [c for c in kids if len(_text_of(c)) <= R.MAX_DATELINE_CHARS and find_dates(_text_of(c))]
        rest = [c for c in kids if c not in dated]
        if not dated or not rest:
            return None
        texts.append(max(rest, key=lambda c: (stats[c].para + stats[c].score, stats[c].chars)))
        if len(texts) == 1 and not R.POST_MARKER.search(" ".join(_text_of(c) for c in kids if c is not texts[0])):
            return None  # dated items of a timeline, not posts
    return texts[0] if len(texts) >= R.MIN_REPEATED_POSTS else None


def _dated_posts(members: list) -> bool:
    """Blocks that are the posts of a thread: each sits in a holder of one shape (``div.post``) that
    also carries the post's own date (发表于 2021-01-05 18:16) outside the text block."""
    holders = [m.getparent() for m in members]
    if len({(h.tag, h.get("class")) for h in holders}) != 1:
        return False
    for i, (m, h) in enumerate(zip(members, holders)):
        outside = " ".join(_text_of(c) for c in h if c is not m)
        if not find_dates(outside) or (i == 0 and not R.POST_MARKER.search(outside)):
            return False  # every post dated; the first one also marked as a post (发表于, 楼主, 2楼 ...)
    return True


def _title_evidence(text: str | None, page_title: str, metas: dict) -> bool:
    """The headline is confirmed by the page's <title> or its title meta tags."""
    if not text or _nchars(text) < R.MIN_ANCHOR_TITLE_CHARS or _SITE_NAME.search(text):
        return False
    compact = _WS.sub("", text)
    metas_t = [metas.get(k) for k in ("articletitle", "og:title", "dc.title") if metas.get(k)]
    return compact in _WS.sub("", page_title or "") or any(compact in _WS.sub("", m) for m in metas_t)


def _headline_block(best, lead, anchor_up: set, stats: dict):
    """The text right under the headline and its info bar wins over a longer block elsewhere.

    ``lead`` is the first prose paragraph after the confirmed headline; its container, up to the
    block that sits beside the headline, is the article. When the best-scoring block lies outside the
    headline's own block (a 便民服务 list, a sidebar further down), a short notice under the headline
    is the article all the same, unless that other block is marked as content and the block under
    the headline is not.
    """
    container = lead.getparent() if lead.tag in R.PARAGRAPH_TAGS and lead.getparent() is not None else lead
    if id(container) in anchor_up:
        return best  # the paragraph sits in the headline's own block
    top = container
    while top.getparent() is not None and id(top.getparent()) not in anchor_up:
        top = top.getparent()
    scope = top.getparent()
    if scope is None or scope.tag in ("body", "html"):
        return best
    if best is scope or any(a is scope for a in best.iterancestors()) or any(a is best for a in scope.iterancestors()):
        return best  # the best block is the headline's own block, or holds it
    chain = [container]
    while chain[-1] is not top:
        chain.append(chain[-1].getparent())
    if any(_hint(c) < 0 for c in chain):
        return best
    marked = any(_hint(c) > 0 or not R.KNOWN_TAG.match(c.tag) for c in chain)
    best_marked = _hint(best) > 0 or (best.getparent() is not None and _hint(best.getparent()) > 0)
    if best_marked and not marked:
        return best
    if not marked and not _listy(best, stats):
        return best
    return max(chain, key=lambda c: _candidate_score(c, stats[c]))


def _listy(el, stats: dict) -> bool:
    """Most of the block's text is in list items (a service or link list, not an article)."""
    total = stats[el].chars
    if not total:
        return False
    in_items = 0
    for item in el.iter("li", "dd"):
        node, nested = item.getparent(), False
        while node is not None and node is not el:
            if node.tag in ("li", "dd"):
                nested = True
                break
            node = node.getparent()
        if not nested:
            in_items += stats[item].chars
    return in_items >= R.LIST_TEXT_SHARE * total


def _select_body(root, stats: dict, order: list, hints: dict | None, anchor=None,
                 order_index: dict | None = None) -> list:
    """The element(s) holding the article body, in document order.

    ``anchor`` is the confirmed headline: blocks that end before it (left columns, top banners)
    are damped, since a portal article's text follows its headline.
    """
    if hints and hints.get("body_selector"):
        try:
            found = root.cssselect(hints["body_selector"])
        except Exception:  # bad selector or cssselect missing: fall back to the general rules
            found = []
        if found:
            return found[:1]
    best, best_score = None, 0.0
    anchor_at = order_index.get(anchor, -1) if anchor is not None and order_index else -1
    anchor_up = {id(a) for a in anchor.iterancestors()} if anchor_at >= 0 else set()
    # the first prose paragraph after the headline: the blocks holding it are favoured
    lead_up: set = set()
    lead, gap = None, 0
    if anchor_at >= 0:
        inside = {id(x) for x in anchor.iter()}
        for el in order[anchor_at + 1:]:
            if id(el) in inside:
                continue
            if stats[el].para > 0 and not _is_info_line(_text_of(el)):
                lead_up = {id(el)} | {id(a) for a in el.iterancestors()}
                lead = el
                break
            gap += stats[el].own - stats[el].own_link
    for el in order:
        st = stats[el]
        if st.score <= 0 or el.tag in ("html",):
            continue
        s = _candidate_score(el, st)
        if anchor_at >= 0 and order_index[el] < anchor_at and id(el) not in anchor_up:
            s *= R.BEFORE_TITLE_FACTOR
        elif id(el) in lead_up and id(el) not in anchor_up:
            s *= R.AFTER_TITLE_FACTOR
        if s > best_score:
            best, best_score = el, s
    if best is None:
        body = root.find("body")
        return [body if body is not None else root]
    if lead is not None and gap <= R.MAX_HEADER_GAP_CHARS:
        best = _headline_block(best, lead, anchor_up, stats)
    picked = best
    best = _first_of_repeated(best, best_score, stats, order)
    repeated = best is not picked
    if repeated and picked in best.iterancestors():
        return [best]  # a thread's first post: its text block alone (not its author/date/signature, nor the replies)
    best = _climb(best, stats)
    best_score = _candidate_score(best, stats[best])
    # a body split over sibling blocks: take siblings that score close to the best
    parent = best.getparent()
    if parent is None:
        return [best]
    chosen = []
    seen_best = False
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is best:
            chosen.append(sib)
            seen_best = True
            continue
        st = stats.get(sib)
        if st is None or not st.chars or sib.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue
        if not seen_best and st.chars < R.MIN_LEADING_SIBLING_CHARS:
            continue  # a title, an info bar or a lead-in label above the body is not body
        if _furniture_heading(sib):
            continue  # a block under its own 评论/相关新闻 heading: comments, a related list
        s = _candidate_score(sib, st)
        density = st.link / st.chars
        if s >= R.SIBLING_SHARE * best_score and density < 0.3 and _hint(sib) >= 0:
            chosen.append(sib)
        elif sib.tag in R.PARAGRAPH_TAGS and st.para > 3 and density < 0.25 and _hint(sib) >= 0:
            chosen.append(sib)
    # a text cut over consecutive blocks of the same shape; when the best block was one of several
    # alike (see _first_of_repeated), only blocks that hold nothing else continue it (posts have headlines)
    extra = [c for c in _continuations(best, stats, anchor, 0 if repeated else R.CONTINUATION_MAX_EXTRA_CHARS)
             if c not in chosen]
    if extra:
        index = order_index or {el: i for i, el in enumerate(order)}
        chosen = sorted(chosen + extra, key=lambda el: index.get(el, 0))
    return chosen


def _best_answer(nodes: list, stats: dict, order: list, order_index: dict) -> list:
    """On a Q&A page whose question was picked as the body, the chosen answer below it joins the body.

    The answer is the block under a 最佳答案/采纳答案/满意回答/Best Answer heading that follows the
    question closely (little unlinked text between them): the best-scoring prose block in the heading's
    parent, without the heading itself or the answerer's meta line.
    """
    if not nodes:
        return []
    inside = {id(x) for n in nodes for x in n.iter()}
    start = max(order_index.get(n, -1) for n in nodes)
    if start < 0:
        return []
    gap = 0
    for el in order[start + 1:]:
        if id(el) in inside:
            continue
        st = stats.get(el)
        if st is None:
            continue
        text = _text_of(el)
        if text and len(text) <= R.MAX_ANSWER_LABEL_CHARS and R.BEST_ANSWER_LABEL.match(text):
            scope = el.getparent()
            if scope is None or _hint(scope) < 0:
                return []
            label = {id(x) for x in el.iter()}
            cands = [c for c in scope.iter() if id(c) not in label and c is not scope and stats.get(c) is not None
                     and stats[c].score > 0 and _hint(c) >= 0]
            if not cands:
                return []
            best = max(cands, key=lambda c: _candidate_score(c, stats[c]))
            return [best] if _candidate_score(best, stats[best]) > 0 else []
        gap += st.own - st.own_link
        if gap > R.MAX_ANSWER_GAP_CHARS:
            return []
    return []


def _answer_question(nodes: list, anchor, stats: dict, order: list, order_index: dict) -> list:
    """The other way round: the body picked is a Q&A page's chosen answer (under a 最佳答案 heading);
    the question's description, the best prose block between the headline and that heading, leads it."""
    if not nodes or anchor is None or anchor not in order_index:
        return []
    at, a_at = order_index.get(nodes[0], -1), order_index[anchor]
    if at <= a_at:
        return []
    up = {id(nodes[0])} | {id(x) for x in nodes[0].iterancestors()}
    label_at = None
    end = at + sum(1 for _ in nodes[0].iter()) + 1  # the heading may sit inside the picked block
    for i in range(a_at + 1, min(end, len(order))):
        el = order[i]
        text = _text_of(el)
        parent = el.getparent()
        if text and len(text) <= R.MAX_ANSWER_LABEL_CHARS and R.BEST_ANSWER_LABEL.match(text) \
                and parent is not None and id(parent) in up:
            label_at = i
            break
    if label_at is None:
        return []
    label_up = {id(x) for x in order[label_at].iterancestors()}
    inside_anchor = {id(x) for x in anchor.iter()}
    cands = [el for el in order[a_at + 1: min(label_at, at)] if id(el) not in label_up and id(el) not in inside_anchor
             and (stats[el].score > 0 or stats[el].para > 0) and _hint(el) >= 0
             and not _is_info_line(_text_of(el))]
    if not cands:
        return []
    question = max(cands, key=lambda c: (_candidate_score(c, stats[c]), stats[c].para))
    # the question's info line (asker | 浏览 N 次 | 发布于…) between it and the answer dates the page
    inside_q = {id(x) for x in question.iter()}
    info = [el for el in order[order_index[question] + 1: label_at] if id(el) not in inside_q
            and id(el) not in label_up and el.getparent() is question.getparent() and _is_info_line(_text_of(el))]
    return [question] + info[:1]


def _furniture_heading(el) -> bool:
    """The block opens with a heading that names page furniture (评论, 网友评论, 相关新闻, 推荐阅读 ...)."""
    for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = _text_of(h)
        return bool(text) and len(text) <= R.MAX_BOILERPLATE_LINE and bool(R.BOILERPLATE_LINE.search(text))
    return False


def _continuations(best, stats: dict, anchor=None, max_extra: int = R.CONTINUATION_MAX_EXTRA_CHARS) -> list:
    """Blocks that carry on the article in the next (or previous) sibling of the same shape.

    Old table templates cut one text over consecutive rows, ``<tr><td class="nr">…</td></tr>
    <tr><td class="nr">…</td></tr>``; div templates over consecutive ``<div class="nr">`` blocks.
    Climbing from the body block through ancestors that hold nothing else (the ``<td>``'s ``<tr>``),
    or nothing else after it (a ``<table>`` whose first rows are the headline and the info bar, the
    text going on in the next ``<table>``), a sibling at any of those levels continues the text when
    it has the same tag, holds a block in the same place with the same tag and class as the body
    block, holds little else, and that block is prose: text (not links), no headline, no footer line,
    not a list of items. Only consecutive siblings join (empty spacer rows are passed over); the
    first sibling that does not qualify ends the run, so a share bar, a related-news list or the
    footer below the text stops it.
    """
    levels = [(best, True, True)]  # (level, its next siblings follow the text, its previous ones lead to it)
    node, follow, lead = best, True, True
    while len(levels) <= R.CONTINUATION_MAX_DEPTH:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or _hint(parent) < 0:
            break
        if stats[parent].chars - stats[node].chars > max_extra:
            before, after = _text_beside(parent, node, stats)
            follow, lead = follow and not after, lead and not before
            if not (follow or lead):
                break
        node = parent
        levels.append((node, follow, lead))
    out: list = []
    for level, follow, lead in levels:
        if level.tag in R.CELL_TAGS:
            continue  # cells side by side are columns, not a text in parts
        path = []  # (tag, class) steps from this level down to the body block
        walk = best
        while walk is not level:
            path.append((walk.tag, walk.get("class")))
            walk = walk.getparent()
        path.reverse()
        for step in (1, -1):
            if not (follow if step == 1 else lead):
                continue
            sib = level.getnext() if step == 1 else level.getprevious()
            while sib is not None:
                if not isinstance(sib.tag, str):
                    sib = sib.getnext() if step == 1 else sib.getprevious()
                    continue
                st = stats.get(sib)
                if st is not None and st.chars == 0:
                    sib = sib.getnext() if step == 1 else sib.getprevious()
                    continue  # a spacer row
                target = _same_place(sib, level, path)
                if target is None or not _continues(target, sib, stats, anchor, max_extra):
                    break
                out.append(target)
                sib = sib.getnext() if step == 1 else sib.getprevious()
    return out


def _text_beside(parent, node, stats: dict) -> tuple[int, int]:
    """Characters of ``parent``'s text before and after its child ``node``."""
    before = _nchars(parent.text)
    after = _nchars(node.tail)
    seen = False
    for child in parent:
        if child is node:
            seen = True
            continue
        st = stats.get(child)
        n = (st.chars if st is not None else 0) + _nchars(child.tail)
        if seen:
            after += n
        else:
            before += n
    return before, after


def _same_place(sib, level, path: list):
    """The block inside ``sib`` reached by the same (tag, class) steps as the body block inside ``level``."""
    if sib.tag != level.tag or (not path and sib.get("class") != level.get("class")):
        return None
    node = sib
    for tag, cls in path:
        node = next((c for c in node if c.tag == tag and c.get("class") == cls), None)
        if node is None:
            return None
    return node


def _continues(target, holder, stats: dict, anchor, max_extra: int) -> bool:
    """``target`` (inside the sibling ``holder``) reads as more of the article's text."""
    st, hst = stats.get(target), stats.get(holder)
    if st is None or hst is None or st.score <= 0 or st.chars - st.link < R.CONTINUATION_MIN_CHARS:
        return False
    if hst.chars - st.chars > max_extra or _hint(holder) < 0 or _hint(target) < 0:
        return False
    if hst.link > st.link:
        return False  # a linked line beside the block (the next post's headline, a "more" link): another item
    if st.link / st.chars >= R.CONTINUATION_MAX_LINK_DENSITY or _listy(target, stats):
        return False
    if any(True for _ in holder.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        return False  # a block with its own headline is another item (a related box, the next post)
    if anchor is not None and (holder is anchor or any(a is holder for a in anchor.iterancestors())):
        return False
    lines = _lines(_serialize([target], set()))
    if any(len(x) <= 300 and _footer_shaped(x) for x in lines):
        return False
    if st.chars <= R.MAX_DISCLAIMER_CHARS and R.DISCLAIMER_NOTE.search("".join(lines)):
        return False  # a reprint/disclaimer note in a row of the same shape
    # prose: a sentence mark (digit groups such as 1,204 do not count) or a long line
    return any(R.CONTINUATION_PROSE.search(x) or _nchars(x) >= R.MIN_BARE_PARAGRAPH_CHARS for x in lines)


# ------------------------------------------------------------------------------------------- text
_INFO_LINE = re.compile(
    r"(?:发布|發布|發佈|发表|更新|来源|來源|作者|点击|點擊|点阅|點閱|浏览|瀏覽|阅读|閱讀|访问|訪問|人次|编辑|編輯|字号|字體|"
    r"Source|Posted|Published|Author|Updated|views|hits)", re.I)
_INFO_LABEL = re.compile(r"(?:^|\s)[^\s:：]{1,6}\s*[:：]")
_DATE_ONLY = re.compile(r"^[\s\d\-/.:：年月日时分秒()（）星期周一二三四五六日天]+$")


def _is_info_line(line: str) -> bool:
    """The date/source/views bar under a headline, as opposed to a body line such as
    ``会议时间：12月1日上午9:00``: an info word with a date or a label, two labels, or a bare date."""
    if len(line) >= 150 or R.CONTENT_PUNCT.search(re.sub(r"[:：、,，.()（）]", "", line)):
        return False
    if _DATE_ONLY.match(line) and find_dates(line):
        return True
    if _INFO_LINE.search(line) and (find_dates(line) or re.search(r"[:：]", line)):
        return True
    if len(_INFO_LABEL.findall(line)) >= 2 and find_dates(line):
        return True
    return _dateline(line)


def _dateline(line: str) -> bool:
    """An unlabelled dateline: a date (and time) with at most two words shaped like an organisation's
    name (``2023年10月9日 08:19　临川新闻网``).

    >>> _dateline("2023年10月9日 08:19　临川新闻网"), _dateline("2023年10月9日，临川召开大会")
    (True, False)
    """
    if len(line) > R.MAX_DATELINE_CHARS or not find_dates(line):
        return False
    words = _CLOCK.sub(" ", _DATE_TEXT.sub(" ", line)).split()
    return 0 < len(words) <= 2 and all(R.UNLABELLED_SOURCE.match(w) for w in words)


_META_ITEM = re.compile(r"^([^\s:：]{1,10})\s*[:：]\s*(\S.*)$")
_META_KNOWN = frozenset(x.lower() for x in R.SOURCE_LABELS + R.DATE_LABELS + R.AUTHOR_LABELS + R.EDITOR_LABELS
                        + R.META_ITEM_LABELS)
_COUNTER_LABEL = re.compile(rf"^(?:{R.COUNTER_WORD}{R.COUNTER_SUFFIX}?|人气|人氣)$")
_ANY_SOURCE = re.compile(R.ANY_SOURCE_LABEL)


def _list_items(el) -> list[str]:
    """The items of a list-like block as ``label：value`` strings: ``<li>`` of a ``<ul>``/``<ol>``, ``<dt>``+``<dd>``
    pairs of a ``<dl>``, label/value cell pairs of a table's rows."""
    items: list[str] = []
    if el.tag in ("ul", "ol"):
        items = [_text_of(li) for li in el if li.tag == "li"]
    elif el.tag == "dl":
        label = None
        for c in el:
            if c.tag == "dt":
                label = _text_of(c)
            elif c.tag == "dd":
                value = _text_of(c)
                items.append(f"{label}：{value}" if label and not _META_ITEM.match(value) else value)
                label = None
    elif el.tag == "table":
        for tr in el.iter("tr"):
            cells = [_text_of(c) for c in tr if c.tag in R.CELL_TAGS]
            cells = [c for c in cells if c]
            if cells and all(_META_ITEM.match(c) for c in cells):
                items.extend(cells)
            elif cells and len(cells) % 2 == 0:
                items.extend(f"{a}：{b}" for a, b in zip(cells[::2], cells[1::2]))
            elif cells:
                items.append(" ".join(cells))
    return [x for x in items if x]


def _leading_meta_list(nodes: list, stats: dict, title_node) -> tuple[list, list[str], bool]:
    """``label：value`` metadata items at the top of the body: the info bar written as a list (``<ul
    class="info"><li>發布日期：…<li>發布單位：…<li>點閱次數：…</ul>``, a ``<dl>``, a table of label/value
    cells) or as a run of short blocks (``<p>分類：新聞稿</p><p>更新日期：…</p>``). Returns the blocks and
    their items (they are read as the info bar) and whether info lines stand above them, or ``([], [], False)``. Every item must be short and valued
    without a sentence, and enough of the labels must be metadata labels (see ``META_ITEM_LABELS``), so a
    notice that opens with 会议时间/会议地点 items keeps them."""
    from lxml import etree

    top = nodes[0]
    inside_title = {id(x) for x in title_node.iter()} if title_node is not None else set()
    first, info_above, info_els = None, 0, []
    for el in top.iter(etree.Element):
        if id(el) in inside_title or el.tag in R.INLINE_TAGS or not stats[el].own:
            continue
        if _is_info_line(_text_of(el)):
            info_above += 1
            info_els.append(el)
            continue  # a date line above the list
        first = el
        break
    if first is None:
        return [], [], False
    block = first
    while block is not top and block.tag not in ("ul", "ol", "dl", "table"):
        block = block.getparent()
    if block is not top:
        blocks, items, known = [block], _list_items(block), 0
    else:  # a run of short blocks from the first one on
        blocks, items, known = [], [], info_above
        sib = first
        while sib is not None and sib.tag in R.BLOCK_TAGS | R.PARAGRAPH_TAGS and _META_ITEM.match(_text_of(sib)):
            blocks.append(sib)
            items.append(_text_of(sib))
            sib = sib.getnext()
    if not blocks or stats[top].chars - sum(stats[b].chars for b in blocks) < R.MIN_PARAGRAPH_CHARS:
        return [], [], False  # the list is the body
    if len(items) + (info_above if block is top else 0) < R.META_LIST_MIN_ITEMS:
        return [], [], False
    for item in items:
        m = _META_ITEM.match(item)
        if not m or len(item) > R.MAX_META_ITEM_CHARS or re.search(r"[。！？；]", m.group(2)):
            return [], [], False
        label = _WS.sub("", m.group(1)).lower()
        if label in _META_KNOWN or _COUNTER_LABEL.match(label) or _ANY_SOURCE.fullmatch(label):
            known += 1
    if known < R.META_LIST_KNOWN_SHARE * (len(items) + (info_above if block is top else 0)):
        return [], [], False
    # info lines above the list (not its own items) come first: they stay in the body text, which is read after
    inside = {id(x) for b in blocks for x in b.iter()}
    return blocks, items, any(id(el) not in inside for el in info_els)


def _skip_blocks(nodes: list, stats: dict) -> set:
    """Blocks inside the body that are furniture: link lists, share/print bars, footers."""
    from lxml import etree

    skip = set()
    for node in nodes:
        total = stats[node].chars or 1
        for el in node.iter(etree.Element):
            if el is node or el.tag in R.INLINE_TAGS and el.tag != "a":
                continue
            st = stats.get(el)
            if st is None:
                continue
            h = _hint(el)
            if h < 0 and st.chars < 0.5 * total:
                skip.add(el)
                continue
            if el.tag == "a":
                continue
            if el.tag in ("table", "ul", "dl", "div", "ol") and st.chars < 1500 and \
                    len(R.DISCLOSURE_TABLE.findall(el.text_content())) >= 2:
                skip.add(el)
                continue
            if st.chars and st.nlinks >= 2 and st.link / st.chars > R.MAX_LINK_DENSITY and st.chars < 0.5 * total \
                    and not _linked_sentence(el):
                skip.add(el)
    return skip


def _linked_sentence(el) -> bool:
    """A paragraph that is a sentence with many linked terms (an encyclopedia's ``<p>``), not a link list:
    its text outside the links has a clause comma and it ends as a sentence ends.

    >>> from lxml import html
    >>> _linked_sentence(html.fragment_fromstring('<p>2017年，<a>甲</a>与<a>乙丙丁</a>共同主持节目。</p>'))
    True
    >>> _linked_sentence(html.fragment_fromstring('<p><a>新闻一</a> <a>新闻二。</a></p>'))
    False
    """
    if el.tag != "p":
        return False
    text = (el.text_content() or "").strip()
    if not R.SENTENCE_END.search(text):
        return False
    parts: list[str] = []

    def walk(node, in_link: bool) -> None:
        if node.text and not in_link:
            parts.append(node.text)
        for child in node:
            walk(child, in_link or child.tag == "a")
            if child.tail and not in_link:
                parts.append(child.tail)

    walk(el, False)
    return bool(R.CLAUSE_MARK.search("".join(parts)))


_SEPARATED_INLINE = frozenset({"span", "label", "time", "em", "font", "b", "strong", "i", "a", "small"})


LINK_OPEN, LINK_CLOSE = "\x05", "\x06"


def _serialize(nodes, skip: set, marks: dict | None = None, inline_sep: bool = False,
               link_marks: bool = False) -> str:
    """Text of ``nodes`` with a line break at every block boundary, cells separated by tabs.

    ``inline_sep`` marks where inline elements start and end (``EL_OPEN``, ``EL_CLOSE``), so that
    info-bar spans (``<span>来源：X</span><span>作者：Y</span>``) do not run together and a labelled value
    stops where its element does (used for metadata, not the body); ``_NO_BOUNDARIES`` turns the marks
    into plain text (nothing before an element, a space after it).
    """
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if marks and el in marks:
            out.append(marks[el][0])
        if el in skip:
            if marks and el in marks:
                out.append(marks[el][1])
            return
        block = tag in R.BLOCK_TAGS
        if block:
            out.append("\n")
        elif tag in R.CELL_TAGS:
            out.append("\t")
        linked = link_marks and tag == "a" and el.get("href")
        if linked:
            out.append(LINK_OPEN)
        bounded = inline_sep and tag in _SEPARATED_INLINE
        if bounded:
            out.append(EL_OPEN)
        if el.text and tag:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if linked:
            out.append(LINK_CLOSE)
        if block:
            out.append("\n")
        elif tag in R.CELL_TAGS:
            out.append("\t")
        elif bounded:
            out.append(EL_CLOSE)
        if marks and el in marks:
            out.append(marks[el][1])

    for n in nodes:
        walk(n)
        out.append("\n")
    return "".join(out)


_GAP = re.compile(r"[ ]*[\u3000\xa0\t][ \u3000\xa0\t]*|[ ]{2,}")


def _gap_line(line: str) -> str:
    """Normalise a footer line but keep gaps (full-width spaces, tabs, runs of spaces) as two spaces."""
    line = _GAP.sub("  ", line.replace("\x01", "").replace("\x02", "").replace("\x03", "").replace("\x04", ""))
    return re.sub(r"[\r\f\v]", " ", line).strip()


def _lines(text: str) -> list[str]:
    return [x for x in (normalize_line(line) for line in text.split("\n") if line and not line.isspace()) if x]


def _same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return _WS.sub("", a) == _WS.sub("", b)


def _cut_footer(lines: list[str]) -> list[str]:
    """A body that ran into the site footer: cut at the footer block (its strong line and the
    weak 主办/地址/电话 lines just above it) when it sits in the last part of the text."""
    strong = next((i for i, x in enumerate(lines) if len(x) <= 300 and _footer_shaped(x)), None)
    if strong is None or strong < len(lines) * R.FOOTER_CUT_SHARE:
        return lines
    cut = strong
    while cut > 0 and strong - cut < 3 and len(lines[cut - 1]) <= 200 and R.FOOTER_WEAK.search(lines[cut - 1]):
        cut -= 1
    tail = [x for x in lines[cut:] if not (len(x) <= 300 and (_footer_shaped(x) or R.FOOTER_WEAK.search(x)))]
    # keep real text after the footer block only if it is substantial (a footer inside a two-part layout)
    return lines[:cut] + [x for x in tail if len(x) > 80]


_LINK_SPAN = re.compile(LINK_OPEN + "([^" + LINK_CLOSE + "]*)" + LINK_CLOSE)


def _drop_link_runs(lines: list[str]) -> list[str]:
    """Lines that are (almost) all link text, two or more in a row, are a headline list, not body;
    a lone link line (an attachment, a source link) stays. Link marks are removed."""
    def linkish(line: str) -> bool:
        links = _LINK_SPAN.findall(line)
        if not links or len(line) > R.MAX_LINK_LINE_CHARS:
            return False
        link_chars = sum(_nchars(x) for x in links)
        outside = R.LINK_LINE_STAMP.sub("", _LINK_SPAN.sub(LINK_OPEN, line))  # a list's date stamps are not text
        plain = link_chars + _nchars(outside.replace(LINK_OPEN, ""))
        if any(x.strip().lower().endswith(R.ATTACHMENT_EXTENSIONS) for x in links):
            return False
        return plain and link_chars / plain >= R.LINK_LINE_SHARE
    flags = [linkish(x) for x in lines]
    out = []
    for i, line in enumerate(lines):
        run = flags[i] and ((i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]))
        if not run:
            out.append(line.replace(LINK_OPEN, "").replace(LINK_CLOSE, ""))
    return out


def _body_lines(text: str, title: str | None) -> tuple[list[str], list[str]]:
    """Body lines without footer/boilerplate lines, and the info-bar lines taken off its top."""
    lines = []
    removed: list[str] = []
    dropped_info: list[str] = []
    for line in _cut_footer(_drop_link_runs(_lines(text))):
        if len(line) <= 300 and _footer_shaped(line):
            continue
        if len(line) <= R.MAX_BOILERPLATE_LINE and _short_footer_words(line):
            continue
        if len(line) <= R.MAX_ANSWER_LABEL_CHARS and R.BEST_ANSWER_LINE.match(line):
            continue
        if len(line) <= R.MAX_BOILERPLATE_LINE and R.BOILERPLATE_LINE.search(line):
            if not R.PREV_NEXT_LINE.match(line) and _DATE_LABEL_RX.search(line):
                dropped_info.append(line)  # an info bar with a view counter (浏览 N 次 | 发布于…) still dates the page
            continue
        lines.append(line)
    # the title and the info bar (date, source, views) are fields, not body
    for _ in range(4):
        if not lines:
            break
        first = lines[0]
        if title and (_same(first, title) or (len(first) < 150 and _WS.sub("", title) in _WS.sub("", first)
                                               and len(first) < len(title) + 12)):
            lines.pop(0)
        elif _is_info_line(first):
            removed.append(lines.pop(0))
        elif R.CONTENT_LABEL_LINE.match(first):
            lines.pop(0)  # the label cell of a key-value table ("內容 | <text>")
        else:
            break
    return lines, removed + dropped_info


def _trim_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Take the trailer off the end of the body: standalone credit lines (``（责任编辑：…）``,
    ``图文：…``, ``来源：…``, ``Source: …``), which are returned as metadata, and an end mark
    (``完``, ``（完）``, ``-完-``) with the date/time lines after it. A plain date under a notice (its
    signature date) stays: only lines after an end mark are dropped for being dates.

    >>> _trim_trailer(["正文第一段。", "完", "2023年3月8日（星期三）", "香港時間16時30分"])
    (['正文第一段。'], ['2023年3月8日（星期三）', '香港時間16時30分'])
    >>> _trim_trailer(["正文。", "（责任编辑：张三　审核：李四）"])
    (['正文。'], ['（责任编辑：张三　审核：李四）'])
    >>> _trim_trailer(["各单位：请做好准备。", "某某局", "2023年4月27日"])
    (['各单位：请做好准备。', '某某局', '2023年4月27日'], [])

    The mark and the date/time may share one line, or close the last paragraph:

    >>> _trim_trailer(["正文第一段。", "完 2023年11月8日（星期三） 香港時間16時05分", "來源：食物安全中心"])
    (['正文第一段。'], ['2023年11月8日（星期三） 香港時間16時05分', '來源：食物安全中心'])
    >>> _trim_trailer(["正文第一段。完 2023年11月8日 香港時間16時05分"])
    (['正文第一段。'], ['2023年11月8日 香港時間16時05分'])
    """
    def credit(x: str) -> bool:
        return len(x) <= R.MAX_CREDIT_LINE_CHARS and bool(R.CREDIT_LINE.match(x)) and not re.search(r"[。！？]", x)

    def dated(x: str) -> bool:
        return len(x) <= R.MAX_DATELINE_CHARS and bool(R.TRAILER_DATETIME.search(x)) \
            and not R.CONTENT_PUNCT.search(re.sub(r"[、,，:：.()（）]", "", x))

    def end_mark(x: str) -> bool:
        return bool(R.END_MARK_LINE.match(x) or R.END_MARK_DATELINE.match(x))

    j = len(lines)
    while j > 1 and len(lines) - j < R.MAX_TRAILER_LINES:
        x = lines[j - 1]
        if credit(x) or end_mark(x) or dated(x):
            j -= 1
        else:
            break
    tail = lines[j:]
    mark = next((i for i, x in enumerate(tail) if end_mark(x)), None)
    if mark is not None:
        one_line = R.END_MARK_DATELINE.match(tail[mark])
        body, removed = lines[:j + mark], ([one_line.group(1).strip()] if one_line else []) + tail[mark + 1:]
    else:
        k = len(lines)
        while k > 1 and credit(lines[k - 1]):
            k -= 1
        body, removed = lines[:k], lines[k:]
    if body:
        glued = R.END_MARK_DATELINE_TAIL.search(body[-1])
        if glued:
            removed = [glued.group(1).strip()] + removed
            last = body[-1][:glued.start()].rstrip()
        else:
            last = R.END_MARK_TAIL.sub("", body[-1])
        body = body[:-1] + ([last] if last else [])
    return body, removed


# ------------------------------------------------------------------------------------------- title
def _text_of(el) -> str:
    return normalize_line(_WS.sub(" ", el.text_content() or ""))


def _title_segments(page_title: str) -> list[str]:
    return [s for s in R.TITLE_SEPARATORS.split(page_title) if s and _nchars(s) >= 2]


_SITE_SUFFIX = re.compile(
    r"^(?P<a>.+?)\s*[-_|—–·]+\s*(?P<b>[^-_|—–·]{2,40}?(?:政府|人民政府|[网網]|[网網]站|门户|門戶|[资資]讯[网網]|局|委|[办辦]|厅|廳|院|中心|"
    r"公所|Portal|Government|Daily|News|\.com|\.cn|\.gov)[^-_|—–·]{0,12})$", re.I)


_SITE_NAME = re.compile(r"(?:政府|[网網]站|门户|門戶|全球資訊網|资讯网|公所|Portal|Government)\s*$", re.I)


def _strip_site_name(title: str) -> str:
    """``停水通知-城关镇人民政府`` -> ``停水通知``; ``某某政府--通知`` -> ``通知``.

    >>> _strip_site_name("停水通知-城关镇人民政府")
    '停水通知'
    """
    m = _SITE_SUFFIX.match(title)
    if m and _nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
        return m.group("a").strip()
    m = re.match(r"^(?P<b>[^-_|—–·]{2,30}(?:政府|[网網]站|门户|局|委|[办辦]|厅|公所))\s*(?:--|[_|—–·])\s*(?P<a>.+)$", title)
    if m and _nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
        return m.group("a").strip()
    return title


_HOLDER_AFTER = re.compile(r"(?:版[权權]所有|著作[權权]所有|主[办辦](?:单位|單位)?)\s*[:：]?\s*(?:©|\(c\)|Copyright)?\s*"
                           r"(?:(?:19|20)\d{2}\s*)?([^\s\d:：|｜©,，;；。()（）]{2,30})", re.I)
_HOLDER_BEFORE = re.compile(r"([^\s\d:：|｜©,，;；。()（）]{2,30})\s*(?:版[权權]所有|著作[權权]所有)")
_HOLDER_EN = re.compile(r"(?:Copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*"
                        r"(?:by\s+)?([A-Z][A-Za-z&'\- ]{2,60}?)\s*(?:[.,;|]|All\s+Rights|$)", re.I)
_CHROME_HINT = re.compile(r"logo|site-?name|site_name|sitename|masthead|brand|^site-?h|^site-?top|^top$|^header$|^head$|"
                          r"banner", re.I)
_CHROME_TAGS = ("header", "footer", "nav")


_CHROME_CACHE: dict = {}


def _chrome_hint(el) -> bool:
    key = (el.get("class"), el.get("id"))
    if key == (None, None):
        return False
    found = _CHROME_CACHE.get(key)
    if found is None:
        found = any(_CHROME_HINT.search(t) for t in _tokens(el))
        if len(_CHROME_CACHE) < 50000:
            _CHROME_CACHE[key] = found
    return found


def _site_names(root) -> set:
    """Names of the site (compacted): the holder in 版权所有/主办 lines, logo and masthead text, text of
    ``<header>``/``<footer>``/``<nav>`` elements. A headline candidate equal to one of them is the site
    name, not the article's headline."""
    from lxml import etree

    names: set = set()
    for el in root.iter(etree.Element):
        tag = el.tag
        for piece in (el.text, el.tail):
            if piece and ("所有" in piece or "主办" in piece or "主辦" in piece or "©" in piece or "opyright" in piece):
                line = normalize_line(piece)
                for rx in (_HOLDER_AFTER, _HOLDER_BEFORE, _HOLDER_EN):
                    for m in rx.finditer(line):
                        name = re.sub(r"[\u4e00-\u9fff]?ICP.*$", "", m.group(1), flags=re.I)
                        if _nchars(name) >= 2 and not re.search(r"不得|未经|禁止|转载|轉載|複製", name):
                            names.add(_WS.sub("", name))
        chrome = tag in _CHROME_TAGS or _chrome_hint(el)
        if chrome and (any(True for _ in el.iter("h2", "h3", "p")) or any(True for _ in el.iterancestors("article", "main"))):
            chrome = False  # an article's own <header> holds its headline
        if chrome:
            text = _WS.sub("", el.text_content() or "")
            headed = any(not any("logo" in t.lower() for t in _tokens(h)) for h in el.iter("h1"))
            if 2 <= len(text) <= 40 and not headed:
                names.add(text)
            for img in el.iter("img"):
                alt = _WS.sub("", img.get("alt") or "")
                if 2 <= len(alt) <= 40:
                    names.add(alt)
    return names


_EMPHASIS_TAGS = ("b", "strong", "big", "font", "span", "h1", "h2", "h3", "h4", "h5", "h6")


def _emphasised(el) -> bool:
    """The block's whole text is bold or large: a heading, ``<b>``/``<strong>``, ``<font size=4>``, bold style."""
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    text = _WS.sub("", el.text_content() or "")
    for d in el.iter(*_EMPHASIS_TAGS):
        style = (d.get("style") or "").lower()
        size = re.match(r"\s*\+?(\d)", d.get("size") or "")
        strong = d.tag in ("b", "strong", "big") or (d.tag == "font" and size and int(size.group(1)) >= 4) \
            or "bold" in style or re.search(r"font-weight\s*:\s*[6-9]00", style)
        if strong and _WS.sub("", d.text_content() or "") == text:
            return True
    return False


def _emphasised_headline(nodes: list, order: list, order_index: dict, stats: dict, site_names: set):
    """Old table pages whose ``<title>`` is only the site name: the headline is the bold or large line
    just above the info bar (``来源：…　时间：…``) that sits above the text."""
    body_start = order_index.get(nodes[0], 0)
    inside = {id(x) for n in nodes for x in n.iter()}
    seen_info, skipped = False, 0
    for el in reversed(order[max(0, body_start - 200):body_start + 1]):
        if id(el) in inside or not stats[el].own:
            continue
        text = _text_of(el)
        if not seen_info:
            if _is_info_line(text):
                seen_info = True
                continue
            skipped += 1
            if skipped > 2:
                return None, None
            continue
        n = _nchars(text)
        if R.MIN_TITLE_CHARS <= n <= R.MAX_TITLE_CHARS and not stats[el].own_link and text[-1:] not in "。；;：:" \
                and _WS.sub("", text) not in site_names and _emphasised(el):
            return el, text
        return None, None
    return None, None


def _title_candidates(root, page_title: str, metas: dict, site_names: set = frozenset()) -> list[tuple]:
    """Headline candidates with the part of their score that does not depend on where the body is:
    ``(element, text, score)``."""
    meta_title = _meta_title(metas)
    page_norm = _WS.sub("", page_title or "")
    first_seg = (_title_segments(page_title) or [""])[0] if page_title else ""
    out = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "p", "span", "strong", "font", "b", "header"):
        tag = el.tag
        is_heading = tag[0] == "h" and len(tag) == 2
        hinted = (el.get("class") is not None or el.get("id") is not None) and \
            any(R.TITLE_HINTS.search(t) for t in _tokens(el))
        if not is_heading and not hinted:
            # a plain emphasised line (old table pages) only when the page title starts or ends with it
            if not page_norm or len(el) > 3 or any(c.tag in R.BLOCK_TAGS for c in el):
                continue
            compact = _WS.sub("", el.text_content() or "")
            if len(compact) < R.MIN_TITLE_CHARS or not (page_norm.startswith(compact) or page_norm.endswith(compact)):
                continue
        text = _text_of(el)
        n = _nchars(text)
        if n > R.MAX_TITLE_CHARS or n < 2:
            continue
        if n < R.MIN_TITLE_CHARS and not (first_seg and _same(text, first_seg)):
            continue
        links = el.findall(".//a")
        if len(links) > 1:
            continue
        compact = _WS.sub("", text)
        if compact in site_names or R.SITE_NAME_SHAPE.match(compact) or \
                (is_heading and any("logo" in t.lower() for t in _tokens(el))):
            continue  # the site's name (logo, masthead, the 版权所有/主办 holder), not a headline
        score = 0.0
        if page_norm and compact in page_norm:
            score += 3 + 2 * (len(compact) / max(len(page_norm), 1))
        elif page_norm and page_norm in compact:
            score += 2
        if meta_title and _same(meta_title, text):
            score += 3
        score += {"h1": 2.0, "h2": 1.5, "h3": 1.0}.get(tag, 0.5 if is_heading else 0.0)
        if hinted:
            score += 1
        if links:
            score -= 1.5
        if text[-1:] in ("。", "；", ";"):
            score -= 2
        out.append((el, text, score))
    return out


def _meta_title(metas: dict) -> str | None:
    return next((metas[k] for k in ("articletitle", "og:title", "twitter:title", "title", "dc.title") if metas.get(k)),
                None)


def _pick_title(candidates: list[tuple], page_title: str, metas: dict, body_nodes: list,
                order_index: dict, site_names: set = frozenset()) -> tuple[Any, str | None]:
    """The headline element and text: the best candidate near the start of the body, else the title
    meta tags or ``<title>`` without the site name."""
    meta_title = _meta_title(metas)
    body_start = order_index.get(body_nodes[0], 10**9) if body_nodes else 10**9
    body_at = {order_index.get(n_, -1) for n_ in body_nodes}
    best, best_score, best_text = None, 0.0, None
    for el, text, score in candidates:
        pos = order_index.get(el, 0)
        if pos <= body_start:
            distance = body_start - pos
            score += 2.0 if distance < 40 else (1.0 if distance < 150 else 0.0)
        elif pos in body_at or (pos - body_start < 40 and body_nodes and body_nodes[0] in el.iterancestors()):
            score += 1.5  # a headline at the top of a body block that also holds it
        else:
            score -= 3
        if score > best_score:
            best, best_score, best_text = el, score, text
    if best is not None and best_score >= 3:
        return best, best_text
    if meta_title:
        segs = _title_segments(meta_title)
        return None, _strip_site_name(segs[0] if segs else meta_title)
    if page_title:
        segs = _title_segments(page_title)
        kept = [x for x in segs if _WS.sub("", x) not in site_names and not R.SITE_NAME_SHAPE.match(_WS.sub("", x))]
        if not kept:
            page_title = ""  # <title> is only the site's name
        elif len(kept) < len(segs):
            page_title = "_".join(kept)
    if page_title:
        stripped = _strip_site_name(page_title)
        if stripped != page_title:
            return None, stripped
        segs = _title_segments(page_title)
        if segs:
            return None, segs[0] if _nchars(segs[0]) >= R.MIN_TITLE_CHARS or len(segs) == 1 else max(segs[:2], key=len)
        return None, page_title
    if best is not None:
        return best, best_text
    return None, None


# ------------------------------------------------------------------------------------------- labels
def _label_rx(labels: tuple[str, ...], strict: bool = True, extra: str | None = None) -> re.Pattern:
    """``label：value``. ``strict`` labels may not follow a CJK character (``资金来源：`` is not a source);
    others (作者, 编辑) only not inside the few words that end with them (合作者). ``extra`` is a regex of
    more labels (any ``…来源`` word for sources).

    The value ends at a separator (``|``, a bracket, a gap) and, in text serialised with element
    boundaries (``EL_OPEN``/``EL_CLOSE``, see ``_regions``), at the end of the element it started in or
    the start of the next one: ``Source: Ningbo Daily <a>Print</a>`` gives ``Ningbo Daily``. Boundaries
    between the label and the value are passed over (``<span>来源：</span><span>市政府</span>``).
    """
    alts = "|".join(sorted(labels, key=len, reverse=True)) + (f"|{extra}" if extra else "")
    before = r"(?:(?<![\u4e00-\u9fff])|(?<=[日号分秒]))" if strict else r"(?<![合原总總])"
    return re.compile(
        rf"{before}(?:{alts}){_SEP_B}[:：]{_SEP_B}(?:[\[【(（]{_SEP_B})?"
        rf"({_VAL}+(?: (?![A-Za-z]+\s*[:：])[A-Za-z]{_VAL}*)*)", re.I)


#: Element boundaries in the metadata serialisation (see ``_serialize``): start and end of an inline element.
EL_OPEN, EL_CLOSE = "\x0e", "\x0f"
_SEP_B = rf"[\s{EL_OPEN}{EL_CLOSE}]*"
_VAL = rf"[^\s|｜\]】)）:：{EL_OPEN}{EL_CLOSE}]"
_NO_BOUNDARIES = str.maketrans({EL_OPEN: None, EL_CLOSE: " "})


_SOURCE_RX = re.compile(_label_rx(R.SOURCE_LABELS, extra=R.ANY_SOURCE_LABEL).pattern.replace(
    r")*)", r")*(?: [\u4e00-\u9fff]{1,6}(?![\u4e00-\u9fff:：]))?)", 1), re.I)
_AUTHOR_RX = re.compile(_label_rx(R.AUTHOR_LABELS, strict=False).pattern.replace(
    rf"{_SEP_B}[:：]{_SEP_B}(?:[\[【(（]{_SEP_B})?(",
    rf"{_SEP_B}[:：]{_SEP_B}(?:[\[【(（]{_SEP_B})?((?:(?:本报|特约|实习)?记者|通讯员|實習記者|記者|文|图|圖|摄影|攝影)\s+{_VAL}+|", 1)
    .replace(r")*)", r")*(?: [\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff:：])){0,3})", 1), re.I)
_EDITOR_RX = _label_rx(R.EDITOR_LABELS, strict=False)
_DATE_LABEL_RX = re.compile(rf"(?:{'|'.join(sorted(R.DATE_LABELS, key=len, reverse=True))})\s*[:：]?\s*", re.I)
_BYLINE = re.compile(r"(?:^|[\s|｜])By\s+((?:[A-Z][A-Za-z.'\-]*)(?:\s+[A-Z][A-Za-z.'\-]*){0,3})(?=\s+in\s|\s*[|｜,]|\s*$)")
_VALUE_TRIM = " \t:：,，;；。|｜()（）[]【】<>《》\"'"


_ANY_LABEL = re.compile(
    "(?:" + "|".join(sorted(set(R.SOURCE_LABELS + R.AUTHOR_LABELS + R.EDITOR_LABELS + R.DATE_LABELS) - {"By", "文字"},
                            key=len, reverse=True)) + "|" + R.ANY_SOURCE_LABEL + r")(?:\s*[:：]|$)|\s(?:记者|記者|通讯员|通訊員|摄影|攝影)|(?:19|20)\d{2}\s*[-/.年]\s*\d|浏览|点击|阅读|瀏覽|點閱|字号|字體")


def _meta_author(value: str | None) -> str | None:
    """A <meta name="author"> that names a person, not the CMS vendor or the site."""
    if not value or len(value) > 20 or re.search(r"[,，;；/_\d]|www|\.com|\.cn|Team|Inc|Ltd|网|網|报|報|政府|中心|公司",
                                                 value, re.I):
        return None
    return value.strip() or None


def _label_value(rx: re.Pattern, text: str) -> str | None:
    for m in rx.finditer(text):
        v = m.group(1)
        cut = _ANY_LABEL.search(v)
        if cut:
            v = v[: cut.start()]
        v = v.strip(_VALUE_TRIM)
        if re.search(r"[=<>\"{}]", v):
            continue
        if v and not find_dates(v) and not re.fullmatch(r"[\d\s:：\-/.]+", v):
            return v
    return None


_DISCLOSURE_LABEL_ALTS = "|".join(
    r"\s*".join(re.escape(c) for c in lab) for lab in sorted(R.DISCLOSURE_LABELS, key=len, reverse=True))
# label, colon, then the next cell's text -- unless the next cell is itself a label (an empty
# 文号 cell must not take 成文日期 as its value)
_DISCLOSURE_RX = re.compile(
    r"(?:^|(?<=[\t\n]))\s*(" + _DISCLOSURE_LABEL_ALTS + r")\s*[:：]?\s*\t*\s*"
    r"(?!(?:" + _DISCLOSURE_LABEL_ALTS + r")\s*[:：\t])([^\t\n]*)")


_NEXT_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fffA-Za-z]{1,8}\s*[:：])")


def _disclosure(text: str) -> dict:
    """Information-disclosure metadata ``{"索引号": ..., "文号": ...}`` from tab-separated page text."""
    if len(R.DISCLOSURE_TABLE.findall(text, 0, 200000)) < 2:
        return {}
    rx = _DISCLOSURE_RX
    out: dict = {}
    strong = 0
    for m in rx.finditer(text):
        key = R.DISCLOSURE_LABELS.get(_WS.sub("", m.group(1)))
        value = normalize_line(m.group(2))
        # one cell may carry several labelled fields (发布日期：… 来源：… 浏览次数：…): keep the first
        value = _NEXT_LABEL.split(value, 1)[0].strip(_VALUE_TRIM)
        if not key or key in out or not value or len(value) > 200:
            continue
        out[key] = value
        if key in ("索引号", "文号", "发布机构", "成文日期", "生成日期", "主题分类", "有效性"):
            strong += 1
    return out if strong >= 2 else {}


# ------------------------------------------------------------------------------------------- links
def _absolute(base: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "#", "tel:", "data:")):
        return None
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def _is_attachment(url: str, text: str = "") -> bool:
    """A document link: by its path, a file name in its query (download.jsp?filename=a.pdf), or its text."""
    path, _, query = url.split("#", 1)[0].partition("?")
    if path.lower().endswith(R.ATTACHMENT_EXTENSIONS):
        return True
    if query and any(v.lower().endswith(R.ATTACHMENT_EXTENSIONS) for v in re.split(r"[&=]", query)):
        return True
    return bool(text) and text.strip().lower().endswith(R.ATTACHMENT_EXTENSIONS)


def _attachments(nodes: list, base: str) -> list[dict]:
    out, seen = [], set()
    for node in nodes:
        for a in node.iter("a"):
            href = a.get("href")
            if not href or not _is_attachment(href, a.text_content() or ""):
                continue
            url = _absolute(base, href)
            if not url or url in seen:
                continue
            seen.add(url)
            out.append({"url": url, "text": _text_of(a) or a.get("title") or url.rsplit("/", 1)[-1]})
    return out


def _images(nodes: list, base: str) -> list[dict]:
    out, seen = [], set()
    for node in nodes:
        for img in node.iter("img"):
            src = img.get("src") or img.get("data-src") or img.get("original-src") or img.get("data-original")
            url = _absolute(base, src)
            if not url or url in seen or R.ICON_IMAGE.search(url.rsplit("/", 1)[-1]):
                continue
            small = False
            for dim in ("width", "height"):
                v = re.match(r"\s*(\d+)", img.get(dim) or "")
                if v and int(v.group(1)) < R.MIN_IMAGE_SIZE:
                    small = True
            if small:
                continue
            seen.add(url)
            out.append({"url": url, "alt": (img.get("alt") or img.get("title") or "").strip() or None})
    return out


def _article_scope(nodes: list, title_node, stats: dict):
    """The smallest block holding both the headline and the body (attachments are listed in it)."""
    first = nodes[0]
    parent = first.getparent()
    if parent is None:
        return first
    if title_node is None:
        return parent
    limit = stats[first].chars * R.ARTICLE_SCOPE_FACTOR + 500
    node = parent
    while node is not None and node.tag not in ("body", "html") and stats[node].chars <= limit:
        if any(a is node for a in title_node.iterancestors()):
            return node
        node = node.getparent()
    return parent


def _image_siblings(nodes: list, stats: dict) -> list:
    """Picture blocks right beside the body (a photo div after the text)."""
    parent = nodes[0].getparent()
    if parent is None:
        return []
    out = []
    for sib in parent:
        if not isinstance(sib.tag, str) or sib in nodes:
            continue
        st = stats.get(sib)
        if st is not None and st.chars < 50 and _hint(sib) >= 0 and sib.find(".//img") is not None:
            out.append(sib)
    return out


_FRIEND_LABEL = re.compile(r"友情[链鏈]接|政府[网網]站|[网網]站[链鏈]接|Friendly\s+Links?|友站[链鏈]接", re.I)


_RECORD_LINK = re.compile(r"ICP|公网安备|公網安備|网站标识码|網站標識碼|beian\.|/registerSystemInfo|jiucuo|政府网站找错",
                          re.I)


def _record_link(url: str, text: str) -> bool:
    """Links of the footer's record lines (ICP / 公安 registration, 找错) are fields, not friend links."""
    return bool(_RECORD_LINK.search(text) or _RECORD_LINK.search(url))


def _friend_links(root, base: str, options: list[dict], stats: dict) -> list[dict]:
    from lxml import etree

    out, seen = [], set()
    for el in root.iter(etree.Element):
        own = (el.text or "")
        if not _FRIEND_LABEL.search(own) or len(own.strip()) > 20:
            continue
        node = el
        for _ in range(4):
            links = [a for a in node.iter("a") if a.get("href")]
            if len(links) >= 2 or (len(links) == 1 and node is not el):
                break
            node = node.getparent()
            if node is None or node.tag in ("body", "html") or stats[node].chars > R.MAX_FRIEND_BLOCK_CHARS:
                node = None
                break
        if node is None:
            continue
        for a in node.iter("a"):
            url = _absolute(base, a.get("href"))
            text = _text_of(a)
            if url and text and url not in seen and not _FRIEND_LABEL.fullmatch(text) and not _record_link(url, text):
                seen.add(url)
                out.append({"text": text, "url": url})
    for o in options:
        if o["url"] not in seen:
            seen.add(o["url"])
            out.append(o)
    return out


def _select_links(root, base: str) -> list[dict]:
    """Friend links kept in ``<select>`` drop-downs (dropped from the tree before scoring)."""
    out = []
    for sel in root.iter("select"):
        for opt in sel.iter("option"):
            value = (opt.get("value") or "").strip()
            if re.match(r"https?://", value, re.I):
                text = normalize_line(opt.text_content() or "")
                if text:
                    out.append({"text": text, "url": _absolute(base, value)})
    return out


# ------------------------------------------------------------------------------------------- main
_META_DATE_KEYS = ("pubdate", "publishdate", "publish_date", "publishtime", "publish-date", "article:published_time",
                   "og:article:published_time", "og:published_time", "datepublished", "dc.date.issued",
                   "dcterms.issued", "dc.date", "firstpublishedtime", "releasedate", "date", "sj", "createdate")
_TW_HINT = re.compile(r"民國|中華民國|臺灣|台灣|縣政府|市政府.{0,4}新聞")


def _taiwan(encoding: str | None, lang: str, url: str, text: str) -> bool:
    enc = (encoding or "").lower()
    return ("big5" in enc or "950" in enc or lang.lower() in ("zh-tw", "zh-hant", "zh-hant-tw")
            or re.search(r"\.tw(?:[:/]|$)", url or "") is not None or bool(_TW_HINT.search(text[:20000])))


def _pick_date(header: str, metas: dict, meta: dict, tail: str, url: str, roc: bool,
               head_lines: list[str] = (), after: str = "", pre_title: list[str] = ()) -> str | None:
    # 1. a labelled date in the info bar (a publication date before an update date: 更新日期, Updated)
    updated = None
    for m in _DATE_LABEL_RX.finditer(header):
        d = parse_date(header[m.end(): m.end() + 40], roc_numeric=roc)
        if d and R.UPDATE_DATE_LABEL.match(m.group(0)):
            updated = updated or d
        elif d:
            return d
    if updated:
        return updated
    # 2. meta tags (with the info bar's time of day when it shows the same day)
    in_header = parse_date(header, roc_numeric=roc)
    for k in _META_DATE_KEYS:
        if metas.get(k):
            d = parse_date(metas[k], roc_numeric=roc)
            if d:
                if in_header and in_header[:10] == d[:10] and len(in_header) > len(d):
                    return in_header
                return d
    # 3. any date in the info bar
    if in_header:
        return in_header
    # 4. disclosure table
    for k in R.DISCLOSURE_DATE_KEYS:
        if meta.get(k):
            d = parse_date(meta[k], roc_numeric=roc)
            if d:
                return d
    # 5. a dateline on one of the first short lines of the body ("2003-7-24 钱江晚报"): the first four
    #    lines, and further while the lines stay short (subtitle, reporters, dateline above the text)
    for i, line in enumerate(head_lines):
        if i >= R.DATELINE_HEAD_LINES and any(len(x) > R.MAX_DATELINE_CHARS for x in head_lines[:i + 1]):
            break
        if len(line) <= R.MAX_DATELINE_CHARS:
            d = parse_date(line, roc_numeric=roc)
            if d:
                return d
    # 6. a date line right above the headline (templates that print the date first)
    for line in reversed(pre_title):
        d = parse_date(line, roc_numeric=roc)
        if d:
            return d
    # 7. the signature date at the end of a notice (on a short line of its own or with the signer,
    #    never a date cited inside a sentence or a reference)
    signature = "\n".join(x for x in tail.split("\n") if len(x.strip()) <= R.MAX_DATELINE_CHARS)
    if signature:
        dates = find_dates(signature, roc_numeric=roc)
        if dates:
            return dates[-1][1]
    # 8. a labelled date just after the body (info bars placed under the text)
    for m in _DATE_LABEL_RX.finditer(after):
        d = parse_date(after[m.end(): m.end() + 40], roc_numeric=roc)
        if d:
            return d
    # 9. the URL
    return date_from_url(url)


def _time_elements(root, title_node, nodes: list, order_index: dict) -> list[str]:
    """ISO dates from ``<time datetime>`` elements between the headline and the body, or inside the body."""
    start = order_index.get(title_node, order_index.get(nodes[0], 0)) if title_node is not None else \
        order_index.get(nodes[0], 0)
    body_start = order_index.get(nodes[0], 0)
    out = []
    for el in root.iter("time"):
        value = el.get("datetime")
        at = order_index.get(el, -1)
        if value and (start <= at <= body_start or any(n in nodes for n in el.iterancestors())):
            d = parse_date(value.replace("T", " "))
            if d:
                out.append(d)
    return out


def _with_time(published: str | None, times: list[str]) -> str | None:
    """Add the time of day from a machine-readable ``<time>`` of the same day, or use it when nothing else dates the page."""
    if not published:
        return times[0] if times else None
    for t in times:
        if t[:10] == published[:10] and len(t) > len(published):
            return t
    return published


_NO_MARKS = str.maketrans("", "", "\x01\x02\x03\x04")


def _head_metadata(root, url: str) -> tuple[dict, str, str, str]:
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
    base = _absolute(url, base_el.get("href")) if base_el is not None and base_el.get("href") else url
    return metas, page_title, lang, base


#: A key-value table row (``<th>發布單位</th><td>農業處</td>``): the label cell becomes ``label：``.
_KV_CELL = re.compile(
    r"(?:(?<=^)|(?<=[\t\n]))[ \x0e\x0f]*("
    + "|".join(sorted(set(R.SOURCE_LABELS + R.AUTHOR_LABELS + R.EDITOR_LABELS + R.DATE_LABELS), key=len, reverse=True))
    + "|" + R.ANY_SOURCE_LABEL + r")[ \x0e\x0f]*\t[ \t\x0e\x0f]*(?=\S)", re.I)
_DATE_TEXT = re.compile(r"(?:民國|中華民國)?\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
#: ... and a label alone on its line above its value (``<dt>发布单位</dt><dd>农业处</dd>``).
_KV_LINE = re.compile(
    r"(?m)^[ \t\x0e\x0f]*("
    + "|".join(sorted(set(R.SOURCE_LABELS + R.AUTHOR_LABELS + R.EDITOR_LABELS + R.DATE_LABELS) - {"By", "From"},
                      key=len, reverse=True))
    + "|" + R.ANY_SOURCE_LABEL + r")[ \t\x0e\x0f]*[:：]?[ \t\x0e\x0f]*\n+[ \t\x0e\x0f]*(?=\S)", re.I)


def _key_values(text: str) -> str:
    """Key-value cells and lines written as ``label：value`` so that the label readers see them."""
    return _KV_LINE.sub(r"\1：", _KV_CELL.sub(r"\1：", text))


_CLOCK = re.compile(r"\d{1,2}\s*[:：时時]\s*\d{1,2}(?:\s*[:：分]\s*(?:\d{1,2}\s*秒?)?)?|[（(]?(?:星期|周|週)[一二三四五六日天][）)]?")


def _dateline_source(header_lines: list[str], roc: bool) -> str | None:
    """An unlabelled source beside the date on the info-bar line (``嘉禾日报　2023-07-04 08:31``): the
    line holds a date and exactly one other word, and that word is shaped like an organisation's name."""
    for line in reversed(header_lines[-3:]):
        if len(line) > 50 or re.search(r"[:：>»|｜]", _CLOCK.sub("", line)):
            continue
        if not find_dates(line, roc_numeric=roc):
            continue
        words = _CLOCK.sub(" ", _DATE_TEXT.sub(" ", line)).split()
        if len(words) == 1 and R.UNLABELLED_SOURCE.match(words[0]):
            return words[0]
    return None


def _regions(root, nodes: list, title_node, info_lines: list[str]):
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
    bounded = _serialize([root], set(), marks, inline_sep=True)
    page = bounded.translate(_NO_BOUNDARIES)
    b_start, b_end = page.find("\x03"), page.rfind("\x04")
    t_start, t_end = page.find("\x01"), page.find("\x02")
    if 0 <= t_end < b_start:
        header = page[t_end + 1: b_start]
        header_b = bounded[bounded.find("\x02") + 1: bounded.find("\x03")]
    else:
        header = page[max(0, b_start - R.HEADER_FALLBACK_CHARS): b_start] if b_start >= 0 else ""
        header_b = _last_chars(bounded[:bounded.find("\x03")], len(header)) if b_start >= 0 else ""
    header_lines = _lines(_key_values(header.translate(_NO_MARKS)).replace("\t", " "))
    header_text = "\n".join(header_lines[-R.HEADER_LINES:] + info_lines)
    header_bounded = "\n".join(_bounded_lines(header_b)[-R.HEADER_LINES:] + info_lines)
    pre_title = []
    if t_start >= 0:
        pre_title = _lines(page[max(0, t_start - 300): t_start].translate(_NO_MARKS).replace("\t", " "))[-2:]
        pre_title = [x for x in pre_title if len(x) <= R.MAX_DATELINE_CHARS]
    after = page[b_end + 1:] if b_end >= 0 else page
    after_lines = _lines(_key_values(after.translate(_NO_MARKS)).replace("\t", " "))
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
    text = _GAP_RUN.sub(EL_CLOSE, _key_values(text.translate(_NO_MARKS)))
    out = []
    for line in text.split("\n"):
        if normalize_line(line.translate(_NO_BOUNDARIES)):
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


def _footer_lines(zone: str) -> list[str]:
    """The footer block: the last cluster of strong footer lines (ICP, 版权所有 ...) in ``zone``, with the
    weak 主办/地址/电话 lines around it. Gaps are kept so that field values end where they should."""
    raw = [x for x in zone.split("\n") if x and not x.isspace() and len(x) <= 1000]
    strong = [i for i, line in enumerate(raw) if R.FOOTER_LINE.search(line)]
    if not strong:
        return []
    first = next(i for i in strong if i >= strong[-1] - R.FOOTER_CLUSTER_LINES)
    start = max(0, first - R.FOOTER_WEAK_LINES_ABOVE)
    picked = (_gap_line(x) for x in raw[start:] if R.FOOTER_LINE.search(x) or R.FOOTER_WEAK.search(x))
    return [x for x in picked if x and len(x) <= 400]


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
    try:
        return _extract(body, url, headers, decoded, hints)
    except Exception as exc:  # a bad page must never stop a crawl
        msg = str(exc) or type(exc).__name__
        return Article(url=url, error=msg if msg == "empty page" else f"{type(exc).__name__}: {msg}")


def _extract(body: bytes, url: str, headers: Any, decoded: Any, hints: dict | None) -> Article:
    if body is None or (isinstance(body, (bytes, bytearray)) and not body.strip()):
        raise ValueError("empty page")
    if decoded is None:
        if isinstance(body, str):
            text, encoding, encoding_source = body, None, None
        else:
            decoded = _decode(bytes(body), headers)
    if decoded is not None:
        text, encoding, encoding_source = decoded.text, decoded.encoding, decoded.source
    if _garbage(text):
        return Article(url=url, encoding=encoding, encoding_source=encoding_source,
                       error="not a text page (binary or undecodable bytes)")
    root = _parse(text)
    art = Article(url=url, encoding=encoding, encoding_source=encoding_source)
    metas, page_title, lang, base = _head_metadata(root, url)
    options = _select_links(root, base)

    _clean_tree(root)
    stats, order = _compute_stats(root)
    order_index = {el: i for i, el in enumerate(order)}
    site_names = _site_names(root)
    title_cands = _title_candidates(root, page_title, metas, site_names)
    anchor, anchor_text = _pick_title(title_cands, page_title, metas, [], order_index, site_names)
    if anchor is not None and not _title_evidence(anchor_text, page_title, metas):
        anchor = None
    nodes = _select_body(root, stats, order, hints, anchor, order_index)
    nodes = nodes + [n for n in _best_answer(nodes, stats, order, order_index) if n not in nodes]
    nodes = [n for n in _answer_question(nodes, anchor, stats, order, order_index) if n not in nodes] + nodes
    title_node, title = _pick_title(title_cands, page_title, metas, nodes, order_index, site_names)
    if title_node is None:
        found, text = _emphasised_headline(nodes, order, order_index, stats, site_names)
        if found is not None and not _same(text, title) and (
                not title or _SITE_NAME.search(title) or R.UNLABELLED_SOURCE.match(_WS.sub("", title))
                or _WS.sub("", title) not in _WS.sub("", root.text_content() or "")):
            title_node, title = found, text  # <title> is only the site's name
    if hints and hints.get("title_selector"):
        try:
            found = root.cssselect(hints["title_selector"])
            if found:
                title_node, title = found[0], _text_of(found[0])
        except Exception:  # bad selector: keep the general rules' answer
            pass

    skip = _skip_blocks(nodes, stats)
    if title_node is not None:
        skip.add(title_node)
    meta_blocks, meta_items, info_first = _leading_meta_list(nodes, stats, title_node)
    skip.update(meta_blocks)
    lines, info_lines = _body_lines(_serialize(nodes, skip, link_marks=True), title)
    info_lines = info_lines + meta_items if info_first else meta_items + info_lines
    lines, trailer = _trim_trailer(lines)
    trailer_text = "\n".join(trailer)
    page, header_text, header_bounded, pre_title, after, after_lines, after_bounded, b_end = _regions(
        root, nodes, title_node, info_lines)
    page_plain = page.translate(_NO_MARKS)

    art.meta = _disclosure(page_plain)
    roc = _taiwan(encoding, lang, url, page_plain)
    tail_text = "\n".join(lines[-3:] + trailer)  # the signature, or the dateline after an end mark
    art.published = _with_time(_pick_date(header_text, metas, art.meta, tail_text, url, roc,
                                          lines[:R.DATELINE_HEAD_LINES_MAX],
                                          "\n".join(after_lines[:4]), pre_title),
                               _time_elements(root, title_node, nodes, order_index))

    near = header_bounded + "\n" + after_bounded
    art.source = _label_value(_SOURCE_RX, header_bounded) or _label_value(_SOURCE_RX, trailer_text) \
        or _label_value(_SOURCE_RX, "\n".join(lines[-4:])) \
        or _label_value(_SOURCE_RX, after_bounded) or art.meta.get("发布机构") \
        or _dateline_source(header_text.split("\n"), roc) \
        or metas.get("contentsource") or None
    byline = _BYLINE.search(header_text)
    art.author = _label_value(_AUTHOR_RX, header_bounded) or (byline.group(1).strip() if byline else None) \
        or _label_value(_AUTHOR_RX, trailer_text) or _label_value(_AUTHOR_RX, "\n".join(lines[-3:])) \
        or _meta_author(metas.get("author"))
    art.editor = _label_value(_EDITOR_RX, trailer_text) or _label_value(_EDITOR_RX, "\n".join(lines[-4:])) \
        or _label_value(_EDITOR_RX, near)
    if art.meta.get("文号"):
        art.meta["document_number"] = art.meta["文号"]
    if not title and art.meta.get("标题"):
        title = art.meta["标题"]

    zone = after if b_end >= 0 and R.FOOTER_LINE.search(after) else page
    footer = parse_footer("\n".join(_footer_lines(zone)))
    footer["friend_links"] = _friend_links(root, base, options, stats)
    art.footer = footer

    # pinyin annotations flattened into the text: decided once per page
    pinyin = count_pinyin_annotations(page_plain)
    body_out = "\n".join(lines)
    if pinyin:
        body_out = strip_flattened_pinyin(body_out, page_count=pinyin)
        title = strip_flattened_pinyin(title, page_count=pinyin) if title else title
    if title:
        title = re.sub(r"^[\s\-_|｜—–·>»]+|[\s\-_|｜—–·>»]+$", "", title)
    art.title = title or None
    art.body = body_out
    art.title_simplified = to_simplified(art.title)
    art.body_simplified = to_simplified(art.body) or ""
    art.attachments = _attachments(nodes, base) or _attachments([_article_scope(nodes, title_node, stats)], base)
    art.images = _images(nodes + _image_siblings(nodes, stats), base)
    if not art.body:
        art.error = "no article body found"
    return art
