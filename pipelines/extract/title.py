"""The headline: candidates scored by markup and by ``<title>``, the site's own name kept out."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from lxml import etree

from pipelines.extract import rules as R
from pipelines.extract.clean import compact, normalize_line, same_text
from pipelines.extract.lines import is_info_line
from pipelines.extract.regions import Head
from pipelines.extract.tree import Page, class_tokens, nchars, text_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def title_evidence(text: str | None, head: Head) -> bool:
    """The headline is confirmed by the page's <title> or its title meta tags."""
    metas = head.metas
    if not text or nchars(text) < R.MIN_ANCHOR_TITLE_CHARS or R.SITE_NAME.search(text):
        return False
    flat = compact(text)
    metas_t = [metas.get(k) for k in R.TITLE_EVIDENCE_META_KEYS if metas.get(k)]
    return flat in compact(head.title or "") or any(flat in compact(m) for m in metas_t)


def _title_segments(page_title: str) -> list[str]:
    """The parts of ``<title>`` between separators (``_``, ``|``, `` - ``, ``>>`` ...).

    >>> _title_segments("关于开展安全检查的通知_通知公告_某市人民政府")
    ['关于开展安全检查的通知', '通知公告', '某市人民政府']
    """
    return [s for s in R.TITLE_SEPARATORS.split(page_title) if s and nchars(s) >= R.MIN_TITLE_SEGMENT_CHARS]


def _strip_site_name(title: str) -> str:
    """``停水通知-城关镇人民政府`` -> ``停水通知``; ``某某政府--通知`` -> ``通知``.

    >>> _strip_site_name("停水通知-城关镇人民政府")
    '停水通知'
    """
    m = R.SITE_SUFFIX.match(title)
    if m and nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
        return m.group("a").strip()
    m = R.SITE_PREFIX.match(title)
    if m and nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
        return m.group("a").strip()
    return title


def _value_verdict(rx, fast, cache: dict, value: str | None) -> bool:
    """A token of one class or id value matches ``rx`` (cached per value); ``fast`` is ``_fast(rx)``."""
    if not value:
        return False
    found = cache.get(value)
    if found is None:
        if fast is not None and value.isascii():
            loose, exact, lower = fast
            if lower:
                value_ = value.lower()
            else:
                value_ = value
            found = loose.search(value_) is not None and any(exact.search(t) for t in value_.split())
        else:
            found = any(rx.search(t) for t in value.split())  # the tokens (``split()``: no empty ones)
        if len(cache) < R.HINT_CACHE_SIZE:
            cache[value] = found
    return found


_PLAIN_PATTERN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789|?-_^$")


def _fast(rx: re.Pattern) -> tuple | None:
    """For a list of ASCII words (letters, ``?``, ``^``/``$`` anchors), the patterns that give the same verdict on an
    ASCII class value faster: the words unanchored, which find a match in the whole value whenever one of its tokens
    matches (no word spans a space), and the words themselves for the tokens; both lower-cased and without
    IGNORECASE when ``rx`` ignores case (on ASCII text the same matches, and a pattern without IGNORECASE is
    scanned by its first letters). None for any other pattern."""
    if not set(rx.pattern) <= _PLAIN_PATTERN:
        return None
    lower = bool(rx.flags & re.IGNORECASE)
    pattern = rx.pattern.lower() if lower else rx.pattern
    flags = rx.flags & ~re.IGNORECASE
    return re.compile(pattern.replace("^", "").replace("$", ""), flags), re.compile(pattern, flags), lower


_CHROME_CACHE: dict = {}
_CHROME_FAST = _fast(R.CHROME_HINT)


def _chrome_hint(el) -> bool:
    """A class/id of the page's chrome (logo, masthead, banner)."""
    return _value_verdict(R.CHROME_HINT, _CHROME_FAST, _CHROME_CACHE, el.get("class")) \
        or _value_verdict(R.CHROME_HINT, _CHROME_FAST, _CHROME_CACHE, el.get("id"))


_CRUMB_CACHE: dict = {}
_CRUMB_FAST = _fast(R.CRUMB_HINT)


def _crumb_hint(el) -> bool:
    """A class/id naming the breadcrumb (``position``, ``crumb``, ``location``)."""
    return _value_verdict(R.CRUMB_HINT, _CRUMB_FAST, _CRUMB_CACHE, el.get("class")) \
        or _value_verdict(R.CRUMB_HINT, _CRUMB_FAST, _CRUMB_CACHE, el.get("id"))


_TITLE_CACHE: dict = {}
_TITLE_FAST = _fast(R.TITLE_HINTS)


def _title_hint(el) -> bool:
    """A class/id naming a headline (``title``, ``biaoti``, ``headline`` ...), cached per class/id value."""
    return _value_verdict(R.TITLE_HINTS, _TITLE_FAST, _TITLE_CACHE, el.get("class")) \
        or _value_verdict(R.TITLE_HINTS, _TITLE_FAST, _TITLE_CACHE, el.get("id"))


_TEXT_NODES = etree.XPath("//text()", smart_strings=False)
_CHROME_CANDIDATES = etree.XPath("//*[@class or @id or " + " or ".join(f"self::{t}" for t in R.CHROME_TAGS) + "]")


def _holder_pieces(root: HtmlElement, page: Page | None = None) -> list[str]:
    """The texts and tails of the page in which ``HOLDER_HINT`` is found: one search over them all joined (the
    words hold no separator, so no match spans two pieces), mapped back to the pieces. With ``page`` (measured
    from the same tree), its non-blank texts and tails, in another order (``HOLDER_HINT`` finds nothing in blanks)."""
    pieces = [t for _, t in page.texts] + page.tails if page is not None else _TEXT_NODES(root)
    hits = [m.start() for m in R.HOLDER_HINT.finditer("\x00".join(pieces))]
    if not hits:
        return []
    ends = list(accumulate(len(x) + 1 for x in pieces))  # where each piece's separator stands
    return [pieces[i] for i in dict.fromkeys(bisect_right(ends, at) for at in hits)]


def find_site_names(root: HtmlElement, page: Page | None = None) -> set[str]:
    """Names of the site (compacted): the holder in 版权所有/主办 lines, logo and masthead text, text of
    ``<header>``/``<footer>``/``<nav>`` elements. A headline candidate equal to one of them is the site
    name, not the article's headline."""
    names: set = set()
    pieces = _holder_pieces(root, page)  # every element's text and tail with a holder word
    for piece in pieces:
        line = normalize_line(piece)
        for rx in (R.HOLDER_AFTER, R.HOLDER_BEFORE, R.HOLDER_EN):
            for m in rx.finditer(line):
                name = R.HOLDER_ICP_TAIL.sub("", m.group(1))
                if nchars(name) >= R.MIN_SITE_NAME_CHARS and not R.NOT_A_HOLDER.search(name):
                    names.add(compact(name))
    for el in _CHROME_CANDIDATES(root):  # the chrome tags and elements with a class or id, in document order
        tag = el.tag
        chrome = tag in R.CHROME_TAGS or _chrome_hint(el)
        if chrome and (any(True for _ in el.iter("h2", "h3", "p")) or any(True for _ in el.iterancestors("article", "main"))):
            chrome = False  # an article's own <header> holds its headline
        if not chrome and _crumb_hint(el):
            # the breadcrumb's column names (首页 > 新闻中心 > 公司新闻)
            items = [compact(x) for x in R.CRUMB_SEPARATORS.split(el.text_content() or "") if x and x.strip()]
            if len(items) >= 2:
                names.update(x for x in items if R.MIN_SITE_NAME_CHARS <= len(x) <= R.MAX_COLUMN_NAME_CHARS)
        if chrome:
            text = compact(el.text_content() or "")
            headed = any(not any("logo" in t.lower() for t in class_tokens(h)) for h in el.iter("h1"))
            if R.MIN_SITE_NAME_CHARS <= len(text) <= R.MAX_SITE_NAME_CHARS and not headed:
                names.add(text)
            for img in el.iter("img"):
                alt = compact(img.get("alt") or "")
                if R.MIN_SITE_NAME_CHARS <= len(alt) <= R.MAX_SITE_NAME_CHARS:
                    names.add(alt)
    return names


def _emphasised(el) -> bool:
    """The block's whole text is bold or large: a heading, ``<b>``/``<strong>``, ``<font size=4>``, bold style."""
    if el.tag in R.HEADING_TAGS:
        return True
    text = compact(el.text_content() or "")
    for d in el.iter(*R.EMPHASIS_TAGS):
        style = (d.get("style") or "").lower()
        size = R.FONT_SIZE.match(d.get("size") or "")
        strong = d.tag in R.BOLD_TAGS or (d.tag == "font" and size and int(size.group(1)) >= R.MIN_LARGE_FONT) \
            or "bold" in style or R.BOLD_WEIGHT.search(style)
        if strong and compact(d.text_content() or "") == text:
            return True
    return False


def emphasised_headline(nodes: list[HtmlElement], page: Page, site_names: set) -> tuple[HtmlElement | None, str | None]:
    """Old table pages whose ``<title>`` is only the site name: the headline is the bold or large line
    just above the info bar (``来源：…　时间：…``) that sits above the text."""
    stats, order = page.stats, page.order
    body_start = page.index.get(nodes[0], 0)
    inside = {id(x) for n in nodes for x in n.iter()}
    seen_info, skipped = False, 0
    for el in reversed(order[max(0, body_start - R.EMPHASISED_LOOKBACK):body_start + 1]):
        if id(el) in inside or not stats[el].own:
            continue
        text = text_of(el)
        if not seen_info:
            if is_info_line(text) or R.REPORTER_LINE.match(text):
                seen_info = True
                continue
            skipped += 1
            if skipped > R.EMPHASISED_MAX_SKIPPED:
                return None, None
            continue
        n = nchars(text)
        if R.MIN_TITLE_CHARS <= n <= R.MAX_TITLE_CHARS and not stats[el].own_link and text[-1:] not in R.HEADLINE_NOT_ENDING \
                and compact(text) not in site_names and _emphasised(el):
            return el, text
        return None, None
    return None, None


@dataclass
class TitleCandidate:
    """An element that may be the headline."""

    node: Any
    text: str
    #: the part of its score that does not depend on where the body is
    score: float


def title_candidates(page: Page, head: Head, site_names: set = frozenset()) -> list[TitleCandidate]:
    """Headline candidates, scored by their markup and by how ``<title>`` and the title meta tags name them."""
    page_title = head.title
    meta_title = _meta_title(head.metas)
    page_norm = compact(page_title or "")
    first_seg = (_title_segments(page_title) or [""])[0] if page_title else ""
    out = []
    stats = page.stats
    for el in page.root.iter(*R.TITLE_CANDIDATE_TAGS):
        tag = el.tag
        is_heading = tag[0] == "h" and len(tag) == 2
        hinted = _title_hint(el)
        if not is_heading and not hinted:
            # a plain emphasised line (old table pages) only when the page title starts or ends with it
            if not page_norm or len(el) > R.MAX_PLAIN_TITLE_CHILDREN or any(c.tag in R.BLOCK_TAGS for c in el):
                continue
            if stats[el].chars > len(page_norm):
                continue  # its text (at least ``chars`` characters) cannot start or end the page title
            flat = compact((el.text_content() if len(el) else el.text) or "")  # a leaf's text is its own
            if len(flat) < R.MIN_TITLE_CHARS or not (page_norm.startswith(flat) or page_norm.endswith(flat)):
                continue
        text = text_of(el)
        n = nchars(text)
        if n > R.MAX_TITLE_CHARS or n < R.MIN_TITLE_SEGMENT_CHARS:
            continue
        if n < R.MIN_TITLE_CHARS and not (first_seg and same_text(text, first_seg)):
            continue
        links = el.findall(".//a")
        if len(links) > R.MAX_TITLE_LINKS:
            continue
        flat = compact(text)
        if flat in site_names or R.SITE_NAME_SHAPE.match(flat) or \
                (is_heading and any("logo" in t.lower() for t in class_tokens(el))):
            continue  # the site's name (logo, masthead, the 版权所有/主办 holder), not a headline
        if len(links) == 1 and R.HOME_HREF.match(links[0].get("href") or "") and compact(links[0].text_content() or "") == flat:
            continue  # a heading that is one link to the site's home page: the site's name
        score = 0.0
        if page_norm and flat in page_norm:
            score += R.TITLE_IN_PAGE_TITLE + R.TITLE_PAGE_TITLE_SHARE * (len(flat) / max(len(page_norm), 1))
        elif page_norm and page_norm in flat:
            score += R.TITLE_HOLDS_PAGE_TITLE
        if meta_title and same_text(meta_title, text):
            score += R.TITLE_IS_META_TITLE
        score += R.HEADING_SCORES.get(tag, R.OTHER_HEADING_SCORE if is_heading else 0.0)
        if hinted:
            score += R.TITLE_HINT_SCORE
        if links:
            score -= R.TITLE_LINK_PENALTY
        if text[-1:] in R.TITLE_SENTENCE_ENDS:
            score -= R.TITLE_SENTENCE_PENALTY
        out.append(TitleCandidate(el, text, score))
    return out


def _date_text(text: str) -> bool:
    """A date (and time), not a headline: ``2005-06-14 03:25:55``."""
    from pipelines.extract.dates import find_dates

    return bool(find_dates(text)) and len(R.NON_DATE_CHARS.sub("", text)) <= R.DATE_ELEMENT_EXTRA_CHARS


def _meta_title(metas: dict) -> str | None:
    return next((metas[k] for k in R.TITLE_META_KEYS if metas.get(k)), None)


def pick_title(candidates: list[TitleCandidate], head: Head, body_nodes: list, page: Page,
               site_names: set = frozenset()) -> tuple[Any, str | None]:
    """The headline element and text: the best candidate near the start of the body, else the title
    meta tags or ``<title>`` without the site name."""
    page_title, order_index = head.title, page.index
    meta_title = _meta_title(head.metas)
    body_start = order_index.get(body_nodes[0], 10**9) if body_nodes else 10**9
    body_at = {order_index.get(n_, -1) for n_ in body_nodes}
    best, best_score, best_text, best_distance = None, 0.0, None, 10**9
    for cand in candidates:
        el, text, score = cand.node, cand.text, cand.score
        pos = order_index.get(el, 0)
        distance = 10**9
        if pos <= body_start:
            distance = body_start - pos
            score += next((bonus for limit, bonus in R.TITLE_BEFORE_BODY if distance < limit), 0.0)
        elif pos in body_at or (pos - body_start < R.TITLE_AT_BODY_TOP_DISTANCE and body_nodes
                                and body_nodes[0] in el.iterancestors()):
            score += R.TITLE_AT_BODY_TOP  # a headline at the top of a body block that also holds it
        else:
            score -= R.TITLE_AFTER_BODY_PENALTY
        # on a tie, the candidate nearer the body (a sidebar's heading and the headline both above the text); the same
        # headline shown twice keeps its first place
        if score > best_score or (best is not None and score == best_score and distance < best_distance
                                  and not same_text(text, best_text) and not _date_text(text)):
            best, best_score, best_text, best_distance = el, score, text, distance
    if best is not None and best_score >= R.MIN_TITLE_SCORE:
        return best, best_text
    if meta_title:
        segs = _title_segments(meta_title)
        return None, _strip_site_name(segs[0] if segs else meta_title)
    if page_title:
        segs = _title_segments(page_title)
        kept = [x for x in segs if compact(x) not in site_names and not R.SITE_NAME_SHAPE.match(compact(x))]
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
            return None, segs[0] if nchars(segs[0]) >= R.MIN_TITLE_CHARS or len(segs) == 1 else max(segs[:2], key=len)
        return None, page_title
    if best is not None:
        return best, best_text
    return None, None
