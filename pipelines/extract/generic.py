"""The general main-text core: where a page's article is, from text and link density, block structure
and headline proximity alone. No language, no CMS, no class name beyond the furniture hints.

Every block that directly holds a paragraph of prose (see ``tree.measure``) adds its characters to itself
and to every block around it; link text and text that is not prose (labels, bylines, menus) count
against. The article's region is the block with the most prose net of what counts against
(:func:`main_region`): a block that holds all of a text split over several wrappers beats each wrapper
alone, while a wrapper that also holds the navigation, a link list or the footer loses more than it
gains. What sits inside furniture (comments, a cookie box, a login dialog, related lists: a class/id
hint, see ``rules.NEGATIVE_HINT_PARTS``) counts against the blocks around it and barely competes itself, and
a block that ends before the confirmed headline is damped, since an article follows its headline.

The Chinese government rules (``body.select_body``) are a layer on top: they pick the article's block
more precisely on the pages they know (the block under the headline and its info bar, a thread's first
post, a text continued over table rows). The core checks that pick: when the rules' block holds almost
none of the prose the core found (a dateline, a byline, an account name), the core's region is the
article (:func:`collapsed_pick`); when the rules' block is part of the region and the text goes on in
blocks beside it (a lead paragraph under the headline, a text split over sibling wrappers), those
blocks join it (:func:`widen`). After the body is rendered, :func:`metadata_only` tells a body that is
nothing but metadata lines, and :func:`confidence` rates the result.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.extract import rules as R
from pipelines.extract.tree import Page, hint, nchars, prose_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass
class Region:
    """The block the core picks, with its measures."""

    node: HtmlElement
    #: characters of prose inside it
    prose: int
    #: its net score (prose less what counts against, damped by position and furniture)
    score: float
    #: ids of the page's elements that sit inside furniture (see :func:`main_region`)
    furniture: frozenset = frozenset()

    def holds_furniture_pick(self, nodes: list) -> bool:
        """Some of ``nodes`` sit inside furniture (a slider, a related box, a comment area) and the region does not."""
        return id(self.node) not in self.furniture and any(id(n) in self.furniture for n in nodes)


class _Totals:
    """element -> ``(prose, link, other)`` characters of its subtree, read from the page's statistics."""

    __slots__ = ("stats",)

    def __init__(self, stats: dict) -> None:
        self.stats = stats

    def __getitem__(self, el) -> tuple[int, int, int]:
        st = self.stats[el]
        return st.pg, st.pl, st.po

    def get(self, el, default=None):
        st = self.stats.get(el)
        return default if st is None else (st.pg, st.pl, st.po)


def prose_totals(page: Page) -> _Totals:
    """element -> ``(prose, link, other)`` characters in its subtree (measured with the page, see
    ``tree.measure``). A paragraph is prose when its text outside links is running text (``NodeStats.prose``,
    see ``tree.prose_line``) of at least ``GENERIC_MIN_PROSE_CHARS`` characters; the text of a block marked
    as furniture counts as other text for the blocks around it."""
    return _Totals(page.stats)


def main_region(page: Page, anchor: HtmlElement | None = None) -> Region | None:
    """The block with the most prose net of links and other text (None when the page has no prose).

    A block marked as furniture, or inside one that holds less than half of the page's prose (a global
    wrapper with an unlucky class name does not count), is damped (``NEGATIVE_FACTOR``); so is a block
    that ends before ``anchor``, the confirmed headline."""
    stats, index = page.stats, page.index
    body = page.root.find("body")
    page_prose = stats[body].pg if body is not None and body in stats else stats[page.root].pg
    wrapper = R.GENERIC_FURNITURE_WRAPPER_SHARE * max(page_prose, 1)
    anchor_at = index.get(anchor, -1) if anchor is not None else -1
    anchor_up = {id(a) for a in anchor.iterancestors()} if anchor_at >= 0 else set()
    inside: set = set()
    best, best_score = None, 0.0
    link_w, other_w, min_prose = R.GENERIC_LINK_WEIGHT, R.GENERIC_OTHER_WEIGHT, R.GENERIC_MIN_PROSE_CHARS
    order, sts, parents, page_tags = page.order, page.sts, page.parents, R.PAGE_TAGS
    for i, st in enumerate(sts):
        p = parents[i]
        if p >= 0:
            parent = order[p]
            if parent.tag not in page_tags:
                pst = sts[p]
                if id(parent) in inside or (pst.hint < 0 and pst.pg + pst.po < wrapper):
                    inside.add(id(order[i]))
        if st.pg < min_prose:
            continue
        el = order[i]
        if el.tag == "html":
            continue
        s = st.pg - link_w * st.pl - other_w * st.po
        if s <= best_score:
            continue
        if st.hint < 0 or id(el) in inside:
            s *= R.NEGATIVE_FACTOR
        if anchor_at >= 0 and i < anchor_at and id(el) not in anchor_up:
            s *= R.BEFORE_TITLE_FACTOR
        if s > best_score:
            best, best_score = el, s
    if best is None:
        return None
    return Region(best, stats[best].pg, best_score, frozenset(inside))


def prose_of(nodes: list, page: Page) -> int:
    """Characters of prose in ``nodes`` (each counted once)."""
    totals = prose_totals(page)
    top = _outermost(nodes)
    return sum(totals.get(n, (0, 0, 0))[0] for n in top)


def _outermost(nodes: list) -> list:
    """``nodes`` without those inside another of them."""
    ids = {id(n) for n in nodes}
    return [n for n in nodes if not any(id(a) in ids for a in n.iterancestors())]


def contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    """``inner`` is ``outer`` or inside it."""
    return inner is outer or any(a is outer for a in inner.iterancestors())


def collapsed_pick(nodes: list, region: Region | None, page: Page, anchor: HtmlElement | None = None) -> bool:
    """The rules' pick holds almost none of the prose the core found, in a region that is itself an
    article's worth of text (``GENERIC_MIN_REGION_PROSE``): less than ``GENERIC_INSIDE_COLLAPSE_SHARE`` of
    it when the pick lies inside the region (taking the region loses nothing of the pick: a standfirst,
    a header block picked for the text under the headline), less than ``GENERIC_COLLAPSE_SHARE`` when the
    pick lies elsewhere (taking the region drops the pick) -- or less than the region at all when the
    region holds the confirmed headline and the pick, elsewhere, does not (a paywall box, a promotion
    below a short article)."""
    if region is None or region.prose < R.GENERIC_MIN_REGION_PROSE:
        return False
    picked = prose_of(nodes, page)
    if all(contains(region.node, n) for n in nodes):
        return picked < R.GENERIC_INSIDE_COLLAPSE_SHARE * region.prose
    if anchor is not None and contains(region.node, anchor) and not any(contains(n, anchor) or contains(anchor, n)
                                                                        for n in nodes):
        return picked < region.prose
    return picked < R.GENERIC_COLLAPSE_SHARE * region.prose


def widen(nodes: list, region: Region, page: Page, anchor: HtmlElement | None = None,
          furniture: Callable[[HtmlElement], bool] | None = None) -> list:
    """The rules' pick inside the core's region, with the blocks beside it that carry the text on.

    From each picked block up to the region, a sibling joins when it is prose (at least
    ``GENERIC_WIDEN_PROSE_SHARE`` of its text, ``GENERIC_WIDEN_MIN_PROSE`` characters), not furniture and
    not the headline's block, and either stands between the headline and the pick (a lead paragraph, a
    standfirst) or follows the pick in the same shape (same tag and class: the text split over sibling
    wrappers) or with a good share of its prose (``GENERIC_WIDEN_FOLLOW_SHARE``: the next part of the
    text, not an author box or a newsletter line); what follows must be almost all prose
    (``GENERIC_WIDEN_FOLLOW_PROSE_SHARE``: a thread's next post carries its author and date lines).
    ``furniture`` tells blocks the layer above knows as furniture (a block under its own 评论 heading).
    Table cells side by side are columns, never parts of one text. Returns the blocks in document order.
    """
    totals = prose_totals(page)
    picked = prose_of(nodes, page)
    index = page.index
    anchor_at = index.get(anchor, -1) if anchor is not None else -1
    chosen = list(nodes)
    seen = {id(n) for n in nodes}
    for n in _outermost(nodes):
        if not contains(region.node, n) or n is region.node:
            continue
        node = n
        while node is not region.node:
            parent = node.getparent()
            if parent is None:
                break
            for sib in parent:
                if sib is node or not isinstance(sib.tag, str) or id(sib) in seen or sib.tag in R.CELL_TAGS:
                    continue  # table cells side by side are columns, not a text in parts
                g, lk, other = totals.get(sib, (0, 0, 0))
                if g < R.GENERIC_WIDEN_MIN_PROSE or g < R.GENERIC_WIDEN_PROSE_SHARE * (g + lk + other) or hint(sib) < 0:
                    continue
                if (anchor is not None and contains(sib, anchor)) or (furniture is not None and furniture(sib)):
                    continue
                if index[sib] < index[node]:
                    ok = anchor_at >= 0 and index[sib] > anchor_at
                else:
                    same_shape = sib.tag == node.tag and bool(sib.get("class")) and sib.get("class") == node.get("class")
                    ok = g >= R.GENERIC_WIDEN_FOLLOW_PROSE_SHARE * (g + lk + other) and (
                        same_shape or g >= R.GENERIC_WIDEN_FOLLOW_SHARE * picked)
                if ok:
                    chosen.append(sib)
                    seen.add(id(sib))
            node = parent
    chosen = _outermost(chosen)
    return sorted(chosen, key=lambda el: index.get(el, 0))


# ---------------------------------------------------------------- the rendered body
def metadata_only(lines: list[str]) -> bool:
    """A body that is no article: empty, or a few short lines without running text (a dateline, a byline,
    an account name, a like bar). Verse and lists without punctuation have many lines of some length
    (at least ``GENERIC_MIN_VERSE_LINES`` of ``GENERIC_MIN_VERSE_CHARS`` characters)."""
    if any(prose_line(x) for x in lines):
        return False
    return sum(1 for x in lines if nchars(x) >= R.GENERIC_MIN_VERSE_CHARS) < R.GENERIC_MIN_VERSE_LINES


def follows_headline(nodes: list, anchor: HtmlElement | None, page: Page) -> bool:
    """The body starts right under the confirmed headline: at most ``MAX_HEADER_GAP_CHARS`` characters of
    text (an info bar, a share bar) stand between them."""
    if anchor is None or not nodes or anchor not in page.index or nodes[0] not in page.index:
        return False
    start = page.index[anchor] + sum(1 for _ in anchor.iter())
    end = page.index[nodes[0]]
    if end < page.index[anchor]:
        return False
    gap = sum(page.stats[el].own for el in page.order[start:end])
    return gap <= R.MAX_HEADER_GAP_CHARS


def confidence(method: str, nodes: list, region: Region | None, page: Page, lines: list[str],
               anchored: bool = False) -> float:
    """How much to trust the body, 0..1: the evidence for the picked blocks, how much running text came
    out, and how little of the picked blocks is link text. The evidence is the agreement of the rules' pick
    with the core's region (the share of the larger one's prose they have in common), full for a thread's
    first post inside the region or a site's selector, and at least ``CONFIDENCE_ANCHORED_AGREE`` when the
    body starts right under the confirmed headline (``anchored``). A body of metadata lines only is
    ``CONFIDENCE_METADATA_ONLY``; no body is 0."""
    if not lines:
        return 0.0
    if metadata_only(lines):
        return R.CONFIDENCE_METADATA_ONLY
    totals = prose_totals(page)
    top = _outermost(nodes)
    prose = sum(totals.get(n, (0, 0, 0))[0] for n in top)
    links = sum(totals.get(n, (0, 0, 0))[1] for n in top)
    chars = sum(sum(totals.get(n, (0, 0, 0))) for n in top) or 1
    if method == "selector":
        agree = 1.0
    elif region is None:
        agree = R.CONFIDENCE_NO_REGION_AGREE
    elif method == "first-post" and all(contains(region.node, n) for n in top):
        agree = 1.0
    else:
        common = sum(totals[n][0] for n in top if contains(region.node, n)) \
            or (region.prose if any(contains(n, region.node) for n in top) else 0)
        agree = common / max(prose, region.prose, 1)
    if anchored:
        agree = max(agree, R.CONFIDENCE_ANCHORED_AGREE)
    text = sum(nchars(x) for x in lines if prose_line(x))
    amount = min(1.0, text / R.CONFIDENT_PROSE_CHARS)
    clean = 1.0 - min(1.0, links / chars)
    score = R.CONFIDENCE_AGREE_WEIGHT * agree + R.CONFIDENCE_AMOUNT_WEIGHT * amount + R.CONFIDENCE_CLEAN_WEIGHT * clean
    return round(max(0.0, min(1.0, score)), 3)
