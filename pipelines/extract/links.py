"""Links: the article's attachments (linked documents) and images, and the site's friend links."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from pipelines.extract import rules as R
from pipelines.extract.clean import normalize_line
from pipelines.extract.tree import Page, hint, text_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LEADING_NUMBER = re.compile(r"\s*(\d+)")
_QUERY_PARTS = re.compile(r"[&=]")


def absolute_url(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base``, or None when it is no link to follow (empty, ``javascript:``, ``#``).

    >>> absolute_url("http://www.example.gov.cn/a/b.html", "../f/1.pdf"), absolute_url("http://x/", "#top")
    ('http://www.example.gov.cn/f/1.pdf', None)
    """
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(R.NOT_LINK_PREFIXES):
        return None
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def is_attachment(url: str, text: str = "") -> bool:
    """A document link: by its path, a file name in its query (download.jsp?filename=a.pdf), or its text.

    >>> is_attachment("http://x.gov.cn/download.jsp?filename=a.pdf"), is_attachment("http://x.gov.cn/a.jpg")
    (True, False)
    """
    path, _, query = url.split("#", 1)[0].partition("?")
    if path.lower().endswith(R.ATTACHMENT_EXTENSIONS):
        return True
    if query and any(v.lower().endswith(R.ATTACHMENT_EXTENSIONS) for v in _QUERY_PARTS.split(query)):
        return True
    return bool(text) and text.strip().lower().endswith(R.ATTACHMENT_EXTENSIONS)


def find_attachments(nodes: list[HtmlElement], base: str) -> list[dict]:
    """The attachment links inside ``nodes``, ``{"url", "text"}``, each URL once."""
    out, seen = [], set()
    for node in nodes:
        for a in node.iter("a"):
            href = a.get("href")
            if not href or not is_attachment(href, a.text_content() or ""):
                continue
            url = absolute_url(base, href)
            if not url or url in seen:
                continue
            seen.add(url)
            out.append({"url": url, "text": text_of(a) or a.get("title") or url.rsplit("/", 1)[-1]})
    return out


def find_images(nodes: list[HtmlElement], base: str) -> list[dict]:
    """The pictures inside ``nodes``, ``{"url", "alt"}``, without icons and spacers."""
    out, seen = [], set()
    for node in nodes:
        for img in node.iter("img"):
            src = next((img.get(attr) for attr in R.IMAGE_SOURCES if img.get(attr)), None)
            url = absolute_url(base, src)
            if not url or url in seen or R.ICON_IMAGE.search(url.rsplit("/", 1)[-1]):
                continue
            small = False
            for dim in ("width", "height"):
                v = _LEADING_NUMBER.match(img.get(dim) or "")
                if v and int(v.group(1)) < R.MIN_IMAGE_SIZE:
                    small = True
            if small:
                continue
            seen.add(url)
            out.append({"url": url, "alt": (img.get("alt") or img.get("title") or "").strip() or None})
    return out


def article_scope(nodes: list[HtmlElement], title_node: HtmlElement | None, page: Page) -> HtmlElement:
    """The smallest block holding both the headline and the body (attachments are listed in it)."""
    first = nodes[0]
    parent = first.getparent()
    if parent is None:
        return first
    if title_node is None:
        return parent
    limit = page.stats[first].chars * R.ARTICLE_SCOPE_FACTOR + R.ARTICLE_SCOPE_EXTRA_CHARS
    node = parent
    while node is not None and node.tag not in R.PAGE_TAGS and page.stats[node].chars <= limit:
        if any(a is node for a in title_node.iterancestors()):
            return node
        node = node.getparent()
    return parent


def image_siblings(nodes: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """Picture blocks right beside the body (a photo div after the text)."""
    parent = nodes[0].getparent()
    if parent is None:
        return []
    out = []
    for sib in parent:
        if not isinstance(sib.tag, str) or sib in nodes:
            continue
        st = page.stats.get(sib)
        if st is not None and st.chars < R.MAX_IMAGE_BLOCK_CHARS and hint(sib) >= 0 and sib.find(".//img") is not None:
            out.append(sib)
    return out


def _record_link(url: str, text: str) -> bool:
    """Links of the footer's record lines (ICP / 公安 registration, 找错) are fields, not friend links."""
    return bool(R.RECORD_LINK.search(text) or R.RECORD_LINK.search(url))


_BLANKS = "\x00 \t\n\r\x0b\x0c\xa0\u3000"


def friend_links(page: Page, base: str, options: list[dict]) -> list[dict]:
    """The site's friend links: the links of a block labelled 友情链接/政府网站/Friendly Links (not the
    footer's record links), then those of ``<select>`` drop-downs (``options``, see :func:`select_links`)."""
    stats, order = page.stats, page.order
    out, seen = [], set()
    # the elements whose own text is not blank (a label is never blank), when the label is somewhere among them
    labelled = page.texts if R.FRIEND_LABEL.search("\x00".join(t for _, t in page.texts)) else []
    if R.FRIEND_LABEL.search(_BLANKS):  # a label pattern that would find one in blank text: every element
        labelled = [(i, el.text or "") for i, el in enumerate(order)]
    for i, own in labelled:
        if not R.FRIEND_LABEL.search(own) or len(own.strip()) > R.MAX_FRIEND_LABEL_CHARS:
            continue
        el = order[i]
        node = el
        for _ in range(R.FRIEND_BLOCK_LEVELS):
            links = [a for a in node.iter("a") if a.get("href")]
            if len(links) >= R.MIN_FRIEND_LINKS or (len(links) == 1 and node is not el):
                break
            node = node.getparent()
            if node is None or node.tag in R.PAGE_TAGS or stats[node].chars > R.MAX_FRIEND_BLOCK_CHARS:
                node = None
                break
        if node is None:
            continue
        for a in node.iter("a"):
            url = absolute_url(base, a.get("href"))
            text = text_of(a)
            if url and text and url not in seen and not R.FRIEND_LABEL.fullmatch(text) and not _record_link(url, text):
                seen.add(url)
                out.append({"text": text, "url": url})
    for o in options:
        if o["url"] not in seen:
            seen.add(o["url"])
            out.append(o)
    return out


def select_links(root: HtmlElement, base: str) -> list[dict]:
    """Friend links kept in ``<select>`` drop-downs (dropped from the tree before scoring)."""
    out = []
    for sel in root.iter("select"):
        for opt in sel.iter("option"):
            value = (opt.get("value") or "").strip()
            if R.HTTP_URL.match(value):
                text = normalize_line(opt.text_content() or "")
                if text:
                    out.append({"text": text, "url": absolute_url(base, value)})
    return out
