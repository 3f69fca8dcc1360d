"""A page's links, read the way Scrapy's ``LinkExtractor`` reads them, from a parse already made:
:class:`LinkReader`.

The spider reads a list page's links from the tree Scrapy parsed for the response
(``response.selector.root``); an extraction worker reads an article page's links from the tree the
extraction parsed (:func:`pipelines.extract.extract_article_and_anchors`), so the page is parsed once,
and no Scrapy is imported in the worker. Both go through the same reader: for each ``<a>``/``<area>``
``href`` in document order (:func:`pipelines.extract.tree.anchors`), what
``scrapy.linkextractors.LinkExtractor(deny=..., canonicalize=False, unique=True)`` does -- the
``<base href>`` of the page's first 4 KB (``w3lib.html.get_base_url``), HTML5 whitespace stripped,
joined, made safe in the page's encoding (``w3lib.url.safe_url_string``), joined again with the
response's URL, kept once (the first anchor's text), then refused when its scheme is not http(s),
file or ftp, when it matches a ``deny`` pattern or when its path ends with one of Scrapy's ignored
file extensions -- and then the project's canonical form (:func:`crawler.urls.canonicalize`).
tests/test_link_reader.py compares it with Scrapy's extractor on every fixture page.

Most links of a portal's page are its navigation, the same on every page: their URL is remembered
per site (the ``href`` as written, the scheme and host of the base and the response, the encoding),
so a page pays for its new links only.

Example:
    >>> from pipelines.extract.tree import anchors, parse_html
    >>> text = '<a href="/a/t1.html">1</a><a href="/f/x.PDF">2</a><a href=" /b/#top ">4</a><a href="/a/t1.html">5</a>'
    >>> LinkReader().read(anchors(parse_html(text)), text, "http://x.gov.cn/", "utf-8")
    [('http://x.gov.cn/a/t1.html', '1'), ('http://x.gov.cn/b/', '4')]
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlparse

from w3lib.encoding import html_to_unicode, http_content_type_encoding, read_bom
from w3lib.html import get_base_url, strip_html5_whitespace
from w3lib.url import safe_url_string

from crawler.urls import canonicalize

__all__ = ["IGNORED_EXTENSIONS", "LinkReader", "reader_for", "response_text", "scrapy_anchors"]

#: ``scrapy.linkextractors.IGNORED_EXTENSIONS`` (Scrapy 2.19), the file extensions a link extractor
#: refuses by default; a test checks it is still Scrapy's list.
IGNORED_EXTENSIONS = [
    # archives
    "7z", "7zip", "bz2", "rar", "tar", "tar.gz", "xz", "zip",
    # images
    "mng", "pct", "bmp", "gif", "jpg", "jpeg", "png", "pst", "psp", "tif", "tiff", "ai", "drw", "dxf", "eps",
    "ps", "svg", "cdr", "ico", "webp",
    # audio
    "mp3", "wma", "ogg", "wav", "ra", "aac", "mid", "au", "aiff",
    # video
    "3gp", "asf", "asx", "avi", "mov", "mp4", "mpg", "qt", "rm", "swf", "wmv", "m4a", "m4v", "flv", "webm",
    # office suites
    "xls", "xlsm", "xlsx", "xltm", "xltx", "potm", "potx", "ppt", "pptm", "pptx", "pps", "doc", "docb", "docm",
    "docx", "dotm", "dotx", "odt", "ods", "odg", "odp",
    # other
    "css", "pdf", "exe", "bin", "rss", "dmg", "iso", "apk", "jar", "sh", "rb", "js", "hta", "bat", "cpl", "msi",
    "msp", "py",
]

_SCHEMES = frozenset({"http", "https", "file", "ftp"})  # scrapy.linkextractors._is_valid_url
#: the scheme and host part of an absolute URL (what a root-relative or absolute link depends on)
_ORIGIN = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^/?#]*(?=[/?#]|$)")
#: an href whose URL depends on the base only through its scheme and host: it has a host of its own
#: (``http://h/...``, ``//h/...``) or a path from the root (``/a/b``)
_ORIGIN_ONLY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//[^/?#\\]|/(?![/\\])")
_SKIP = object()  # an href Scrapy skips (a URL it cannot join or make safe)
#: remembered URLs per reader before the memory is cleared (a few hundred KB)
CACHE_MAX = 20_000


#: codecs that decode ASCII bytes as ASCII (``pipelines.decode`` decodes an ASCII page as ASCII whatever its label)
_PLAIN_CODECS = frozenset(codecs.lookup(c).name for c in ("utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs"))


def response_text(body: bytes, encoding: str, decoded: Any = None) -> str:
    """The text Scrapy's ``HtmlResponse(url, body=body, encoding=encoding).text`` is (a byte-order mark
    wins over ``encoding``; undecodable bytes replaced).

    ``decoded``: the page's :class:`pipelines.decode.Decoded`, whose text is that very text -- without decoding
    again -- when it decoded every byte, with no byte-order mark, in the codec Scrapy resolves ``encoding`` to.

    >>> response_text("通知".encode("gbk"), "gb18030"), response_text(b"\\xef\\xbb\\xbfok", "latin-1")
    ('通知', 'ok')
    """
    if (decoded is not None and not getattr(decoded, "undecodable", 1) and getattr(decoded, "source", "bom") != "bom"
            and read_bom(body)[0] is None):
        try:
            ours = codecs.lookup(decoded.encoding).name
        except (LookupError, TypeError):
            ours = None
        if ours in _PLAIN_CODECS and ours == http_content_type_encoding(f"charset={encoding}"):
            return decoded.text
    return html_to_unicode(f"charset={encoding}", body)[1]


def scrapy_anchors(text: str) -> list[tuple[str, str]]:
    """The anchors (:func:`pipelines.extract.tree.anchors`) of the tree Scrapy's selector parses from
    ``text`` (``parsel``: whitespace stripped, UTF-8, libxml2's HTML parser with comments kept)."""
    from parsel import Selector

    from pipelines.extract.tree import anchors

    return anchors(Selector(text=text, type="html").root)


class LinkReader:
    """The links of a page as ``LinkExtractor(deny=deny, canonicalize=False, unique=True)`` extracts them,
    as ``(canonical URL, stripped anchor text)`` pairs in page order (see the module)."""

    def __init__(self, deny: str | re.Pattern | Iterable[str | re.Pattern] = ()) -> None:
        if isinstance(deny, (str, re.Pattern)):
            deny = [deny]
        self.deny_res = [x if isinstance(x, re.Pattern) else re.compile(x) for x in deny]
        self.denied_suffixes = frozenset("." + e for e in IGNORED_EXTENSIONS)
        self._known: dict[tuple[str, str, str, str], Any] = {}

    def read(self, anchors: Iterable[tuple[str, str]], text: str, response_url: str,
             encoding: str) -> list[tuple[str, str]]:
        """The links of a page: ``anchors`` are its ``(href, text)`` pairs in document order
        (:func:`pipelines.extract.tree.anchors`), ``text`` the page's text (Scrapy's ``response.text``),
        ``response_url`` and ``encoding`` the response's."""
        base_url = get_base_url(text[0:4096], response_url, encoding)
        base_origin = _ORIGIN.match(base_url)
        response_origin = _ORIGIN.match(response_url)
        known = self._known if base_origin and response_origin else None
        if known is not None and len(known) > CACHE_MAX:
            known.clear()
        seen: set[str] = set()
        out: list[tuple[str, str]] = []
        for href, label in anchors:
            key = None
            if known is not None:
                stripped = strip_html5_whitespace(href)
                if _ORIGIN_ONLY.match(stripped):
                    key = (base_origin[0], response_origin[0], encoding, stripped)  # type: ignore[index]
                    found = known.get(key)
                    if found is not None:
                        if found is _SKIP or found[0] in seen:
                            continue
                        seen.add(found[0])
                        if found[1] is not None:
                            out.append((found[1], (label or "").strip()))
                        continue
            url = self._url(href, base_url, response_url, encoding)
            if url is None:
                if key is not None:
                    known[key] = _SKIP  # type: ignore[index]
                continue
            canonical = canonicalize(url) if self.allowed(url) else None
            if key is not None:
                known[key] = (url, canonical)  # type: ignore[index]
            if url in seen:
                continue
            seen.add(url)
            if canonical is not None:
                out.append((canonical, (label or "").strip()))
        return out

    @staticmethod
    def _url(href: str, base_url: str, response_url: str, encoding: str) -> str | None:
        """``LxmlParserLinkExtractor._extract_links``' URL of an href; None where it skips the link."""
        try:
            url = urljoin(base_url, strip_html5_whitespace(href))
        except ValueError:
            return None
        try:
            url = safe_url_string(url, encoding=encoding)
        except ValueError:
            return None
        return urljoin(response_url, url)

    def allowed(self, url: str) -> bool:
        """``LxmlLinkExtractor._link_allowed`` for this reader's arguments. Every ignored extension starts
        with a dot, so a path ends with one exactly when the part from one of its dots on is one: a set
        lookup per dot, not ~90 ``endswith`` calls.

        >>> r = LinkReader(deny=[r"/search/"])
        >>> [r.allowed(u) for u in ("http://x/a.html", "http://x/f.tar.GZ", "mailto:a@x", "http://x/search/?q=1")]
        [True, False, False, False]
        """
        if url.split("://", 1)[0] not in _SCHEMES:
            return False
        if self.deny_res and any(r.search(url) for r in self.deny_res):
            return False
        path = urlparse(url).path.lower()
        dot = path.find(".")
        while dot != -1:
            if path[dot:] in self.denied_suffixes:
                return False
            dot = path.find(".", dot + 1)
        return True


_READERS: dict[tuple[str, ...], LinkReader] = {}


def reader_for(deny: Iterable[str] = ()) -> LinkReader:
    """One :class:`LinkReader` per set of deny patterns, kept (with what it remembers) for the process."""
    key = tuple(deny)
    reader = _READERS.get(key)
    if reader is None:
        reader = _READERS[key] = LinkReader(key)
    return reader
