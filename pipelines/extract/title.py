"""The headline: candidates scored by markup and by ``<title>``, the site's own name kept out."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipelines.extract import rules as R
from pipelines.extract.clean import compact, normalize_line, same_text
from pipelines.extract.lines import is_info_line
from pipelines.extract.regions import Head
from pipelines.extract.tree import Page, class_tokens, nchars, text_of


def title_evidence(text: str | None, head: Head) -> bool:
    """The headline is confirmed by the page's <title> or its title meta tags."""
    metas = head.metas
    if not text or nchars(text) < R.MIN_ANCHOR_TITLE_CHARS or R.SITE_NAME.search(text):
        return False
    flat = compact(text)
    metas_t = [metas.get(k) for k in ("articletitle", "og:title", "dc.title") if metas.get(k)]
    return flat in compact(head.title or "") or any(flat in compact(m) for m in metas_t)


def _title_segments(page_title: str) -> list[str]:
    return [s for s in R.TITLE_SEPARATORS.split(page_title) if s and nchars(s) >= 2]


_SITE_SUFFIX = re.compile(
    r"^(?P<a>.+?)\s*[-_|—–·]+\s*(?P<b>[^-_|—–·]{2,40}?(?:政府|人民政府|[网網]|[网網]站|门户|門戶|[资資]讯[网網]|局|委|[办辦]|厅|廳|院|中心|"
    r"公所|Portal|Government|Daily|News|\.com|\.cn|\.gov)[^-_|—–·]{0,12})$", re.I)


def _strip_site_name(title: str) -> str:
    """``停水通知-城关镇人民政府`` -> ``停水通知``; ``某某政府--通知`` -> ``通知``.

    >>> _strip_site_name("停水通知-城关镇人民政府")
    '停水通知'
    """
    m = _SITE_SUFFIX.match(title)
    if m and nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
        return m.group("a").strip()
    m = re.match(r"^(?P<b>[^-_|—–·]{2,30}(?:政府|[网網]站|门户|局|委|[办辦]|厅|公所))\s*(?:--|[_|—–·])\s*(?P<a>.+)$", title)
    if m and nchars(m.group("a")) >= R.MIN_TITLE_CHARS:
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
        found = any(_CHROME_HINT.search(t) for t in class_tokens(el))
        if len(_CHROME_CACHE) < 50000:
            _CHROME_CACHE[key] = found
    return found


def find_site_names(root) -> set:
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
                        if nchars(name) >= 2 and not re.search(r"不得|未经|禁止|转载|轉載|複製", name):
                            names.add(compact(name))
        chrome = tag in _CHROME_TAGS or _chrome_hint(el)
        if chrome and (any(True for _ in el.iter("h2", "h3", "p")) or any(True for _ in el.iterancestors("article", "main"))):
            chrome = False  # an article's own <header> holds its headline
        if chrome:
            text = compact(el.text_content() or "")
            headed = any(not any("logo" in t.lower() for t in class_tokens(h)) for h in el.iter("h1"))
            if 2 <= len(text) <= 40 and not headed:
                names.add(text)
            for img in el.iter("img"):
                alt = compact(img.get("alt") or "")
                if 2 <= len(alt) <= 40:
                    names.add(alt)
    return names


_EMPHASIS_TAGS = ("b", "strong", "big", "font", "span", "h1", "h2", "h3", "h4", "h5", "h6")


def _emphasised(el) -> bool:
    """The block's whole text is bold or large: a heading, ``<b>``/``<strong>``, ``<font size=4>``, bold style."""
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    text = compact(el.text_content() or "")
    for d in el.iter(*_EMPHASIS_TAGS):
        style = (d.get("style") or "").lower()
        size = re.match(r"\s*\+?(\d)", d.get("size") or "")
        strong = d.tag in ("b", "strong", "big") or (d.tag == "font" and size and int(size.group(1)) >= 4) \
            or "bold" in style or re.search(r"font-weight\s*:\s*[6-9]00", style)
        if strong and compact(d.text_content() or "") == text:
            return True
    return False


def emphasised_headline(nodes: list, page: Page, site_names: set):
    """Old table pages whose ``<title>`` is only the site name: the headline is the bold or large line
    just above the info bar (``来源：…　时间：…``) that sits above the text."""
    stats, order = page.stats, page.order
    body_start = page.index.get(nodes[0], 0)
    inside = {id(x) for n in nodes for x in n.iter()}
    seen_info, skipped = False, 0
    for el in reversed(order[max(0, body_start - 200):body_start + 1]):
        if id(el) in inside or not stats[el].own:
            continue
        text = text_of(el)
        if not seen_info:
            if is_info_line(text):
                seen_info = True
                continue
            skipped += 1
            if skipped > 2:
                return None, None
            continue
        n = nchars(text)
        if R.MIN_TITLE_CHARS <= n <= R.MAX_TITLE_CHARS and not stats[el].own_link and text[-1:] not in "。；;：:" \
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
    for el in page.root.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "p", "span", "strong", "font", "b", "header"):
        tag = el.tag
        is_heading = tag[0] == "h" and len(tag) == 2
        hinted = (el.get("class") is not None or el.get("id") is not None) and \
            any(R.TITLE_HINTS.search(t) for t in class_tokens(el))
        if not is_heading and not hinted:
            # a plain emphasised line (old table pages) only when the page title starts or ends with it
            if not page_norm or len(el) > 3 or any(c.tag in R.BLOCK_TAGS for c in el):
                continue
            flat = compact(el.text_content() or "")
            if len(flat) < R.MIN_TITLE_CHARS or not (page_norm.startswith(flat) or page_norm.endswith(flat)):
                continue
        text = text_of(el)
        n = nchars(text)
        if n > R.MAX_TITLE_CHARS or n < 2:
            continue
        if n < R.MIN_TITLE_CHARS and not (first_seg and same_text(text, first_seg)):
            continue
        links = el.findall(".//a")
        if len(links) > 1:
            continue
        flat = compact(text)
        if flat in site_names or R.SITE_NAME_SHAPE.match(flat) or \
                (is_heading and any("logo" in t.lower() for t in class_tokens(el))):
            continue  # the site's name (logo, masthead, the 版权所有/主办 holder), not a headline
        score = 0.0
        if page_norm and flat in page_norm:
            score += 3 + 2 * (len(flat) / max(len(page_norm), 1))
        elif page_norm and page_norm in flat:
            score += 2
        if meta_title and same_text(meta_title, text):
            score += 3
        score += {"h1": 2.0, "h2": 1.5, "h3": 1.0}.get(tag, 0.5 if is_heading else 0.0)
        if hinted:
            score += 1
        if links:
            score -= 1.5
        if text[-1:] in ("。", "；", ";"):
            score -= 2
        out.append(TitleCandidate(el, text, score))
    return out


def _meta_title(metas: dict) -> str | None:
    return next((metas[k] for k in ("articletitle", "og:title", "twitter:title", "title", "dc.title") if metas.get(k)),
                None)


def pick_title(candidates: list[TitleCandidate], head: Head, body_nodes: list, page: Page,
               site_names: set = frozenset()) -> tuple[Any, str | None]:
    """The headline element and text: the best candidate near the start of the body, else the title
    meta tags or ``<title>`` without the site name."""
    page_title, order_index = head.title, page.index
    meta_title = _meta_title(head.metas)
    body_start = order_index.get(body_nodes[0], 10**9) if body_nodes else 10**9
    body_at = {order_index.get(n_, -1) for n_ in body_nodes}
    best, best_score, best_text = None, 0.0, None
    for cand in candidates:
        el, text, score = cand.node, cand.text, cand.score
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
