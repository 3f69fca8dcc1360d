"""Body choice: which block(s) of the page hold the article.

The best-scoring container (see ``tree.measure``) is the start; the confirmed headline anchors the
search, the winner widens to a parent that adds little, siblings that score close to it join, and so do
blocks that carry the text on in the same template. Inside the chosen blocks, furniture (link lists,
share bars, metadata tables) is marked to be skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.extract import rules as R
from pipelines.extract.footer import footer_shaped
from pipelines.extract.generic import Region, collapsed_pick, contains, main_region, widen
from pipelines.extract.lines import is_info_line
from pipelines.extract.serialize import serialize, split_lines
from pipelines.extract.threads import first_of_repeated
from pipelines.extract.tree import Page, candidate_score, class_tokens, hint, nchars, text_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def _headline_block(best, lead, anchor_up: set, page: Page):
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
    if scope is None or scope.tag in R.PAGE_TAGS:
        return best
    if best is scope or any(a is scope for a in best.iterancestors()) or any(a is best for a in scope.iterancestors()):
        return best  # the best block is the headline's own block, or holds it
    chain = [container]
    while chain[-1] is not top:
        chain.append(chain[-1].getparent())
    if any(hint(c) < 0 for c in chain):
        return best
    marked = any(hint(c) > 0 or not R.KNOWN_TAG.match(c.tag) for c in chain)
    best_marked = hint(best) > 0 or (best.getparent() is not None and hint(best.getparent()) > 0)
    if best_marked and not marked:
        return best
    if not marked and not listy(best, page):
        return best
    return max(chain, key=page.score)


def listy(el: HtmlElement, page: Page) -> bool:
    """Most of the block's text is in list items (a service or link list, not an article)."""
    total = page.stats[el].chars
    if not total:
        return False
    in_items = 0
    for item in el.iter(*R.LIST_ITEM_TAGS):
        node, nested = item.getparent(), False
        while node is not None and node is not el:
            if node.tag in R.LIST_ITEM_TAGS:
                nested = True
                break
            node = node.getparent()
        if not nested:
            in_items += page.stats[item].chars
    return in_items >= R.LIST_TEXT_SHARE * total


def _climb(best, page: Page):
    """Widen the body to its parent when the parent adds only a little text that is not links
    (a lead-in line such as ``办理条件如下：`` above a list, a caption beside the text)."""
    node = best
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in R.PAGE_TAGS or hint(parent) < 0:
            return node
        if any(True for _ in parent.iter(*R.TOP_HEADING_TAGS)):
            return node  # the headline's block: the body stops below it
        st, pst = page.stats[node], page.stats[parent]
        extra = pst.chars - st.chars
        extra_links = pst.link - st.link
        if extra <= 0 or extra > max(R.CLIMB_MIN_EXTRA_CHARS, R.CLIMB_EXTRA_SHARE * st.chars) \
                or extra_links > R.CLIMB_MAX_LINK_SHARE * extra:
            return node
        node = parent


@dataclass
class BodyChoice:
    """The blocks holding the article body and how they were chosen."""

    #: the blocks, in document order
    nodes: list
    #: ``selector`` (the site's body selector), ``first-post`` (a thread's or digest's first post),
    #: ``rules`` (the portal rules' block), ``rules+core`` (that block widened inside the core's region),
    #: ``core`` (the core's region: the rules' pick had almost no text), ``page`` (no prose anywhere)
    method: str
    #: the core's region (None without prose)
    region: Region | None = None
    #: the core's region alone, to fall back on when the rules' body renders to metadata lines only
    fallback: list | None = None


def select_body(page: Page, hints: dict | None, anchor: HtmlElement | None = None) -> BodyChoice:
    """The block(s) holding the article body: the portal rules' pick (:func:`rules_body`), checked
    against the general core's region (see :mod:`pipelines.extract.generic`)."""
    nodes, method = rules_body(page, hints, anchor)
    if method == "selector":
        return BodyChoice(nodes, method)
    region = main_region(page, anchor)
    if region is None:
        return BodyChoice(nodes, method)
    fallback = None if region.node in nodes else [region.node]
    if method == "first-post":
        return BodyChoice(nodes, method, region)
    if collapsed_pick(nodes, region, page, anchor) or region.holds_furniture_pick(nodes):
        return BodyChoice([region.node], "core", region)
    if all(contains(region.node, n) for n in nodes) and nodes != [region.node]:
        wider = widen(nodes, region, page, anchor, _furniture_heading)
        if len(wider) > len(nodes) or any(w not in nodes for w in wider):
            return BodyChoice(wider, "rules+core", region, fallback)
    return BodyChoice(nodes, method, region, fallback)


def rules_body(page: Page, hints: dict | None, anchor: HtmlElement | None = None) -> tuple[list[HtmlElement], str]:
    """The element(s) holding the article body by the portal rules, in document order, and the method
    (``selector``, ``first-post``, ``rules``, or ``page`` when nothing scored).

    ``anchor`` is the confirmed headline: blocks that end before it (left columns, top banners)
    are damped, since a portal article's text follows its headline.
    """
    root, stats, order, order_index = page.root, page.stats, page.order, page.index
    if hints and hints.get("body_selector"):
        try:
            found = root.cssselect(hints["body_selector"])
        except Exception:  # bad selector or cssselect missing: fall back to the general rules
            found = []
        if found:
            return found[:1], "selector"
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
            if stats[el].para > 0 and not is_info_line(text_of(el)):
                lead_up = {id(el)} | {id(a) for a in el.iterancestors()}
                lead = el
                break
            gap += stats[el].own - stats[el].own_link
    for at, st in enumerate(page.sts):
        if st.score <= 0:
            continue
        el = order[at]
        if el.tag == "html":
            continue
        s = candidate_score(el, st)
        if anchor_at >= 0 and at < anchor_at and id(el) not in anchor_up:
            s *= R.BEFORE_TITLE_FACTOR
        elif id(el) in lead_up and id(el) not in anchor_up:
            s *= R.AFTER_TITLE_FACTOR
        if s > best_score:
            best, best_score = el, s
    if best is None:
        body = root.find("body")
        return [body if body is not None else root], "page"
    if lead is not None and gap <= R.MAX_HEADER_GAP_CHARS:
        best = _headline_block(best, lead, anchor_up, page)
    picked = best
    best, posts = first_of_repeated(best, best_score, page)
    repeated = best is not picked
    method = "first-post" if repeated and posts else "rules"
    if repeated and picked in best.iterancestors():
        return [best], method  # a thread's first post: its text block alone (not its author/date/signature, nor the replies)
    best = _climb(best, page)
    best_score = page.score(best)
    # a body split over sibling blocks: take siblings that score close to the best
    parent = best.getparent()
    if parent is None:
        return [best], method
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
        if st is None or not st.chars or sib.tag in R.HEADING_TAGS:
            continue
        if not seen_best and st.chars < R.MIN_LEADING_SIBLING_CHARS:
            continue  # a title, an info bar or a lead-in label above the body is not body
        if _furniture_heading(sib):
            continue  # a block under its own 评论/相关新闻 heading: comments, a related list
        s = candidate_score(sib, st)
        density = st.link / st.chars
        if s >= R.SIBLING_SHARE * best_score and density < R.SIBLING_MAX_LINK_DENSITY and hint(sib) >= 0:
            chosen.append(sib)
        elif sib.tag in R.PARAGRAPH_TAGS and st.para > R.SIBLING_MIN_PARAGRAPH_SCORE \
                and density < R.SIBLING_PARAGRAPH_MAX_LINK_DENSITY and hint(sib) >= 0:
            chosen.append(sib)
    # a text cut over consecutive blocks of the same shape; when the best block was one of several
    # alike (see first_of_repeated), only blocks that hold nothing else continue it (posts have headlines)
    extra = [c for c in _continuations(best, page, anchor, 0 if repeated else R.CONTINUATION_MAX_EXTRA_CHARS)
             if c not in chosen]
    if extra:
        chosen = sorted(chosen + extra, key=lambda el: order_index.get(el, 0))
    return chosen, method


def _furniture_heading(el) -> bool:
    """The block opens with a heading that names page furniture (评论, 网友评论, 相关新闻, 推荐阅读 ...)."""
    for h in el.iter(*R.HEADING_TAGS):
        text = text_of(h)
        return bool(text) and len(text) <= R.MAX_BOILERPLATE_LINE and bool(R.BOILERPLATE_LINE.search(text))
    return False


def _continuations(best, page: Page, anchor=None, max_extra: int = R.CONTINUATION_MAX_EXTRA_CHARS) -> list:
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
    stats = page.stats
    levels = [(best, True, True)]  # (level, its next siblings follow the text, its previous ones lead to it)
    node, follow, lead = best, True, True
    while len(levels) <= R.CONTINUATION_MAX_DEPTH:
        parent = node.getparent()
        if parent is None or parent.tag in R.PAGE_TAGS or hint(parent) < 0:
            break
        if stats[parent].chars - stats[node].chars > max_extra:
            before, after = _text_beside(parent, node, page)
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
                if target is None or not _continues(target, sib, page, anchor, max_extra):
                    break
                out.append(target)
                sib = sib.getnext() if step == 1 else sib.getprevious()
    return out


def _text_beside(parent, node, page: Page) -> tuple[int, int]:
    """Characters of ``parent``'s text before and after its child ``node``."""
    before = nchars(parent.text)
    after = nchars(node.tail)
    seen = False
    for child in parent:
        if child is node:
            seen = True
            continue
        st = page.stats.get(child)
        n = (st.chars if st is not None else 0) + nchars(child.tail)
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


def _continues(target, holder, page: Page, anchor, max_extra: int) -> bool:
    """``target`` (inside the sibling ``holder``) reads as more of the article's text."""
    st, hst = page.stats.get(target), page.stats.get(holder)
    if st is None or hst is None or st.score <= 0 or st.chars - st.link < R.CONTINUATION_MIN_CHARS:
        return False
    if hst.chars - st.chars > max_extra or hint(holder) < 0 or hint(target) < 0:
        return False
    if hst.link > st.link:
        return False  # a linked line beside the block (the next post's headline, a "more" link): another item
    if st.link / st.chars >= R.CONTINUATION_MAX_LINK_DENSITY or listy(target, page):
        return False
    if any(True for _ in holder.iter(*R.HEADING_TAGS)):
        return False  # a block with its own headline is another item (a related box, the next post)
    if anchor is not None and (holder is anchor or any(a is holder for a in anchor.iterancestors())):
        return False
    lines = split_lines(serialize([target], set()))
    if any(len(x) <= R.MAX_FOOTER_LINE_CHARS and footer_shaped(x) for x in lines):
        return False
    if st.chars <= R.MAX_DISCLAIMER_CHARS and R.DISCLAIMER_NOTE.search("".join(lines)):
        return False  # a reprint/disclaimer note in a row of the same shape
    # prose: a sentence mark (digit groups such as 1,204 do not count) or a long line
    return any(R.CONTINUATION_PROSE.search(x) or nchars(x) >= R.MIN_BARE_PARAGRAPH_CHARS for x in lines)


def skip_blocks(nodes: list[HtmlElement], page: Page) -> set[HtmlElement]:
    """Blocks inside the body that are furniture: link lists, share/print bars, footers, picture captions,
    teaser cards (a link wrapped around a headline and a blurb)."""
    from lxml import etree

    stats = page.stats
    skip = set()
    # shares are of the whole body: a block the body was widened to (a picture's caption) is no exception
    body_total = sum(stats[n].chars for n in nodes if n in stats)
    for node in nodes:
        total = max(stats[node].chars, body_total) or 1
        for el in node.iter(etree.Element):
            if el is node:
                continue
            if el.tag in R.INLINE_TAGS and el.tag != "a":
                # a short inline control marked as furniture, standing outside running text: a wiki's [edit] link
                # beside a heading (a marked word inside a sentence, ``<span class="keyword">``, stays)
                if hint(el) < 0 and len((el.text_content() or "").strip()) <= R.MAX_INLINE_FURNITURE_CHARS \
                        and _outside_text(el):
                    skip.add(el)
                elif el.tag == "sup" and el.get("class") and R.FOOTNOTE_MARK_HINT.search(el.get("class")) \
                        and len((el.text_content() or "").strip()) <= R.MAX_INLINE_FURNITURE_CHARS:
                    skip.add(el)  # a footnote mark: [2]
                continue
            st = stats.get(el)
            if st is None:
                continue
            if el.get("itemprop") == "suggestedAnswer":
                skip.add(el)  # a Q&A page's other answers (schema.org QAPage): the accepted one is the answer
                continue
            h = hint(el)
            if h < 0 and st.chars < R.MAX_FURNITURE_SHARE * total:
                skip.add(el)
                continue
            if st.chars < R.MAX_FURNITURE_SHARE * total and (el.tag in R.CAPTION_TAGS or el.tag in R.ASIDE_TAGS
                                                             or _caption_hint(el)):
                skip.add(el)
                continue
            if st.chars <= R.MAX_PICTURE_CAPTION_CHARS and el.tag in R.PICTURE_CAPTION_TAGS and \
                    st.chars < R.MAX_FURNITURE_SHARE * total and R.PICTURE_CREDIT.search(el.text_content() or "") \
                    and picture_caption(el):
                skip.add(el)
                continue
            if el.tag == "a":
                if st.chars < R.MAX_FURNITURE_SHARE * total and any(
                        isinstance(c.tag, str) and c.tag in R.BLOCK_TAGS | R.PARAGRAPH_TAGS for c in el.iter()):
                    skip.add(el)  # a teaser card: a link around a headline and a blurb
                continue
            if el.tag in R.METADATA_TABLE_TAGS and st.chars < R.MAX_METADATA_TABLE_CHARS and \
                    len(R.DISCLOSURE_TABLE.findall(el.text_content())) >= R.MIN_DISCLOSURE_LABELS:
                skip.add(el)
                continue
            if st.chars and st.nlinks >= R.MIN_LINK_LIST_LINKS and st.link / st.chars > R.MAX_LINK_DENSITY \
                    and st.chars < R.MAX_FURNITURE_SHARE * total and not linked_sentence(el):
                skip.add(el)
    return skip


def _outside_text(el: HtmlElement) -> bool:
    """No text of the element's parent runs around it: the parent's own text and its children's tails are blank."""
    parent = el.getparent()
    if parent is None:
        return False
    if (parent.text or "").strip():
        return False
    return not any((c.tail or "").strip() for c in parent)


def _centred(el: HtmlElement) -> bool:
    return bool(R.CENTRED_STYLE.search(el.get("style") or "")) or (el.get("align") or "").lower() == "center" \
        or any(R.CENTRED_CLASS.search(t) for t in class_tokens(el))


def _picture_only(el: HtmlElement) -> bool:
    """An image, or a block holding image(s) and no text."""
    if el.tag == "img":
        return True
    return el.tag in R.PICTURE_BOX_TAGS and not (el.text_content() or "").strip() and next(el.iter("img"), None) is not None


def picture_caption(el: HtmlElement) -> bool:
    """A short paragraph that is a picture's caption (``skip_blocks`` takes those with a credit, ``PICTURE_CREDIT``):
    right after the picture (an image, or a block holding
    only images, before it; or the image first inside it), not a bold subheading, and either centred like the
    picture or alone with the picture in a box of their own (``<div class="pic"><img><p>…</p></div>``).

    >>> from lxml import html
    >>> box = html.fragment_fromstring('<div><p align="center"><img src="a.jpg"></p><p align="center">摄影：张三</p>'
    ...                                '<p>正文。</p></div>')
    >>> [picture_caption(p) for p in box]
    [False, True, False]
    """
    if not (el.text_content() or "").strip():
        return False
    lead = len(el) and el[0].tag == "img" and not (el.text or "").strip()
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if not lead and (prev is None or not _picture_only(prev)):
        return False
    if any(c.tag in R.BOLD_TAGS and nchars(c.text_content()) >= nchars(el.text_content()) for c in el):
        return False  # a subheading under a picture
    if _centred(el) and (lead or _centred(prev) or prev.tag == "img"):
        return True
    parent = el.getparent()
    return parent is not None and all(c is el or _picture_only(c) for c in parent if isinstance(c.tag, str))


def _caption_hint(el: HtmlElement) -> bool:
    """A class/id of a picture's caption or credit (``wp-caption-text``, ``figure__caption``, ``legend``)."""
    key = (el.get("class"), el.get("id"))
    if key == (None, None):
        return False
    return any(R.CAPTION_HINT.search(t) for t in class_tokens(el))


def linked_sentence(el: HtmlElement) -> bool:
    """A paragraph that is a sentence with many linked terms (an encyclopedia's ``<p>``), not a link list:
    its text outside the links has a clause comma and it ends as a sentence ends.

    >>> from lxml import html
    >>> linked_sentence(html.fragment_fromstring('<p>2017年，<a>甲</a>与<a>乙丙丁</a>共同主持节目。</p>'))
    True
    >>> linked_sentence(html.fragment_fromstring('<p><a>新闻一</a> <a>新闻二。</a></p>'))
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
