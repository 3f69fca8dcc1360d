"""Threads and Q&A pages: the first post of a thread or digest, a question with its chosen answer."""
from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from pipelines.extract import rules as R
from pipelines.extract.dates import find_dates
from pipelines.extract.generic import prose_totals
from pipelines.extract.lines import is_info_line
from pipelines.extract.tree import Page, hint, text_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def first_of_repeated(best: HtmlElement, best_score: float, page: Page) -> HtmlElement:
    """On pages listing several posts in the same template (blogs, digests), the first post is the article.

    A template counts as repeated when at least ``MIN_REPEATED_POSTS`` blocks with the same tag and
    class, each in its own parent (not paragraphs of one text), score close to the best. Returns the block
    and whether the blocks are shown to be posts: dated (a thread's 发表于 lines, a digest's date line
    before each post). Blocks of one shape without dates may as well be one text cut into wrappers.
    """
    least = R.REPEATED_SHARE * best_score
    if least > 0:  # a block that scores nothing (``candidate_score`` 0) is not strong: only the scoring ones are scored
        strong = [(el, sc) for el, st in zip(page.order, page.sts) if st.score > 0 and st.chars and el.get("class")
                  for sc in (page.score(el),) if sc >= least]
    else:
        strong = [(el, sc) for el in page.order if el.get("class") for sc in (page.score(el),) if sc >= least]
    groups: dict = {}
    for el, _ in strong:
        groups.setdefault((el.tag, el.get("class")), []).append(el)
    key = (best.tag, best.get("class"))
    for k, members in groups.items():
        if len(members) < (R.MIN_REPEATED_POSTS_OF_BEST if k == key else R.MIN_REPEATED_POSTS):
            continue
        parents = {id(m.getparent()) for m in members}
        holder = members[0].getparent()
        if len(parents) == 1 and holder is not None and (best is holder or best in holder.iterancestors()):
            text = _thread_first_text(members, page)
            if text is not None:
                return text, True
        if len(parents) < len(members):
            continue
        holds = best in members[0].iterancestors()
        if holds and not _dated_posts(members):
            continue
        first = members[0]
        if holds:  # the thread's first post, even when it is shorter than the replies
            return next((el for el in best.iter(k[0]) if el.get("class") == k[1]
                         and el.getparent().tag == first.getparent().tag
                         and el.getparent().get("class") == first.getparent().get("class")), first), True
        if k == key or page.index[first] < page.index[best]:
            return first, _dated_between(members, page)
    return best, False


def _dated_between(members: list, page: Page) -> bool:
    """The blocks are a digest's posts: each block after the first is preceded by a short dated line of its
    own (its post's header: title and date) between it and the block before, and each block is most of its
    post's text (``DIGEST_MEMBER_SHARE``), not a quotation inside a longer post."""
    order, index = page.order, page.index
    for prev, cur in zip(members, members[1:]):
        start = index[prev] + sum(1 for _ in prev.iter())
        if not any(page.stats[el].own and len(text_of(el)) <= R.MAX_DATELINE_CHARS and find_dates(text_of(el))
                   for el in order[start:index[cur]]):
            return False
    totals = prose_totals(page)
    holding: dict = {}  # ancestor -> how many of the blocks it holds
    for m in members:
        for a in m.iterancestors():
            holding[a] = holding.get(a, 0) + 1
    for m in members:
        post = m  # the largest block around m that holds no other one: m's post
        while post.getparent() is not None and holding.get(post.getparent(), 0) == 1:
            post = post.getparent()
        if totals[m][0] < R.DIGEST_MEMBER_SHARE * totals[post][0]:
            return False
    return True


def _thread_first_text(members: list, page: Page):
    """Sibling blocks of one shape that are each a post (a short dated line such as ``发表于 2023-06-01 10:00``
    beside the post's text): the text block of the first post of that shape, or None when they are not posts."""
    stats = page.stats
    parent = members[0].getparent()
    key = (members[0].tag, members[0].get("class"))
    posts = [c for c in parent if isinstance(c.tag, str) and (c.tag, c.get("class")) == key]
    texts = []
    for post in posts:
        kids = [c for c in post if isinstance(c.tag, str) and stats.get(c) is not None and stats[c].chars]
        dated = [c for c in kids if len(text_of(c)) <= R.MAX_DATELINE_CHARS and find_dates(text_of(c))]
        rest = [c for c in kids if c not in dated]
        if not dated or not rest:
            return None
        texts.append(max(rest, key=lambda c: (stats[c].para + stats[c].score, stats[c].chars)))
        if len(texts) == 1 and not R.POST_MARKER.search(" ".join(text_of(c) for c in kids if c is not texts[0])):
            return None  # dated items of a timeline, not posts
    return texts[0] if len(texts) >= R.MIN_REPEATED_POSTS else None


def _dated_posts(members: list) -> bool:
    """Blocks that are the posts of a thread: each sits in a holder of one shape (``div.post``) that
    also carries the post's own date (发表于 2021-01-05 18:16) outside the text block."""
    holders = [m.getparent() for m in members]
    if len({(h.tag, h.get("class")) for h in holders}) != 1:
        return False
    for i, (m, h) in enumerate(zip(members, holders)):
        outside = " ".join(text_of(c) for c in h if c is not m)
        if not find_dates(outside) or (i == 0 and not R.POST_MARKER.search(outside)):
            return False  # every post dated; the first one also marked as a post (发表于, 楼主, 2楼 ...)
    return True


_ACCEPTED_ANSWER = etree.XPath("(.//*[@itemprop='acceptedAnswer'])[1]")


def best_answer(nodes: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """On a Q&A page whose question was picked as the body, the chosen answer below it joins the body.

    The answer is the block under a 最佳答案/采纳答案/满意回答/Best Answer heading that follows the
    question closely (little unlinked text between them): the best-scoring prose block in the heading's
    parent, without the heading itself or the answerer's meta line.

    >>> from pipelines.extract.tree import measure, parse_html
    >>> page = measure(parse_html('<div class="q"><p>请问办理居住证需要哪些材料？</p></div><div class="ans">'
    ...     '<h3>最佳答案</h3><div class="a"><p>需要身份证、近期照片和居住证明，到居住地派出所或社区服务站办理即可。</p></div></div>'))
    >>> [el.get("class") for el in best_answer(page.root.xpath("//div[@class='q']"), page)]
    ['a']
    """
    if not nodes:
        return []
    stats = page.stats
    inside = {id(x) for n in nodes for x in n.iter()}
    start = max(page.index.get(n, -1) for n in nodes)
    if start < 0:
        return []
    # schema.org's QAPage microdata marks the accepted answer (Stack Exchange, Discourse, many forums) inside the
    # question's item: looked for only when the body sits in an item typed as a question
    question = next((a for a in nodes[0].iterancestors() if (a.get("itemtype") or "").endswith("/Question")), None)
    accepted = _ACCEPTED_ANSWER(question) if question is not None else None
    if accepted and id(accepted[0]) not in inside and page.index.get(accepted[0], -1) > start:
        cands = [c for c in accepted[0].iter() if stats.get(c) is not None and stats[c].score > 0 and hint(c) >= 0]
        best = max(cands, key=page.score) if cands else None
        return [best] if best is not None and page.score(best) > 0 else []
    gap = 0
    for el in page.order[start + 1:]:
        if id(el) in inside:
            continue
        st = stats.get(el)
        if st is None:
            continue
        text = text_of(el) if 0 < st.chars <= R.MAX_ANSWER_LABEL_CHARS else ""
        if text and len(text) <= R.MAX_ANSWER_LABEL_CHARS and R.BEST_ANSWER_LABEL.match(text):
            scope = el.getparent()
            if scope is None or hint(scope) < 0:
                return []
            label = {id(x) for x in el.iter()}
            cands = [c for c in scope.iter() if id(c) not in label and c is not scope and stats.get(c) is not None
                     and stats[c].score > 0 and hint(c) >= 0]
            if not cands:
                return []
            best = max(cands, key=page.score)
            return [best] if page.score(best) > 0 else []
        gap += st.own - st.own_link
        if gap > R.MAX_ANSWER_GAP_CHARS:
            return []
    return []


def answer_question(nodes: list[HtmlElement], anchor: HtmlElement | None, page: Page) -> list[HtmlElement]:
    """The other way round: the body picked is a Q&A page's chosen answer (under a 最佳答案 heading);
    the question's description, the best prose block between the headline and that heading, leads it."""
    stats, order, order_index = page.stats, page.order, page.index
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
        if not 0 < stats[el].chars <= R.MAX_ANSWER_LABEL_CHARS:
            continue  # a heading of at most that many characters
        text = text_of(el)
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
             and (stats[el].score > 0 or stats[el].para > 0) and hint(el) >= 0
             and not is_info_line(text_of(el))]
    if not cands:
        return []
    question = max(cands, key=lambda c: (page.score(c), stats[c].para))
    # the question's info line (asker | 浏览 N 次 | 发布于…) between it and the answer dates the page
    inside_q = {id(x) for x in question.iter()}
    info = [el for el in order[order_index[question] + 1: label_at] if id(el) not in inside_q
            and id(el) not in label_up and el.getparent() is question.getparent() and is_info_line(text_of(el))]
    return [question] + info[:1]
