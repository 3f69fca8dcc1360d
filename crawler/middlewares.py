"""Downloader middleware that decodes: :class:`EncodingMiddleware`.

The politeness middlewares (retries with backoff, a per-host cap) are in :mod:`crawler.politeness`.
"""
from __future__ import annotations

from typing import Any

from crawler import statkeys
from pipelines.decode import Decoded, decode


class EncodingMiddleware:
    """Give every text response the encoding :func:`pipelines.decode.decode` decides.

    Scrapy's own precedence (BOM > header > meta > guess) trusts a lying
    ``charset=iso-8859-1`` header; this middleware replaces the response with one
    whose ``encoding`` is the codec our trust checks chose, so ``response.text``,
    selectors, link text and titles are right. The full :class:`~pipelines.decode.Decoded`
    (source, declared labels, undecodable bytes, mislabelled flag) is left in
    ``response.meta["decoded"]`` for the pipelines.

    It must see the *decompressed* body, i.e. run after HttpCompressionMiddleware
    (590) on the way back: give it a priority below 590 and above MetaRefreshMiddleware
    (580), e.g. ``{"crawler.middlewares.EncodingMiddleware": 585}``. Switch it off
    with the setting ``ENCODING_DETECTION_ENABLED = False``.

    Example:
        >>> from scrapy.http import HtmlResponse
        >>> r = HtmlResponse("http://x/", body="<title>政务公开</title>".encode("gbk"),
        ...                  headers={"Content-Type": "text/html; charset=iso-8859-1"})
        >>> EncodingMiddleware().process_response(None, r).css("title::text").get()
        '政务公开'
    """

    META_KEY = "decoded"

    def __init__(self, stats: Any = None) -> None:
        self.stats = stats  # Scrapy stats collector: counts encodings/sources and mislabelled pages

    @classmethod
    def from_crawler(cls, crawler: Any) -> EncodingMiddleware:
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("ENCODING_DETECTION_ENABLED", True):
            raise NotConfigured("ENCODING_DETECTION_ENABLED is off")
        return cls(stats=crawler.stats)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Return the response re-labelled with its real encoding (non-text responses pass through)."""
        from scrapy.http import TextResponse

        if not isinstance(response, TextResponse):
            return response
        decoded: Decoded = decode(response.body, response.headers)
        new = response.replace(encoding=decoded.encoding)
        # response.meta is the request's meta; inside the downloader the response may not be tied
        # to its request yet, so write through the request we were given.
        target = request if request is not None else response.request
        if target is not None:
            target.meta[self.META_KEY] = decoded
        if self.stats is not None:
            self.stats.inc_value(statkeys.encoding(decoded.encoding, decoded.source))
            if decoded.mislabelled:
                self.stats.inc_value(statkeys.ENCODING_MISLABELLED)
        return new
