"""The items the spider yields: one fetched page (filled in step by step by the pipelines),
and the attachment files of an article (for the optional files step); and
:func:`headers_to_dict`, how Scrapy's headers become plain item fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def headers_to_dict(headers: Any) -> dict[str, str]:
    """Scrapy Headers (bytes, multi-valued) as a plain ``{name: value}`` dict of str
    (several values of one header joined with ``", "``).

    >>> from scrapy.http import Headers
    >>> headers_to_dict(Headers({"Content-Type": "text/html", "Set-Cookie": ["a=1", "b=2"]}))
    {'Content-Type': 'text/html', 'Set-Cookie': 'a=1, b=2'}
    """
    out: dict[str, str] = {}
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        vals = values if isinstance(values, list) else [values]
        out[name] = ", ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in vals)
    return out


@dataclass
class PageItem:
    """One HTTP response and what the pipelines learn about it.

    The spider fills the capture fields; ``DecodePipeline`` sets ``decoded``,
    ``ExtractPipeline`` sets ``article`` (or ``error``), ``StorePipeline`` sets ``outcome``.
    ``links`` are the canonical in-domain links of a list page (remembered so that a later
    ``304 Not Modified`` can still be followed); ``link_dates`` what the page prints beside its
    links (list dates, sitemap ``<lastmod>``, feed dates: :mod:`archive.discovery` keeps them for
    revisit planning); ``listed`` marks a page reached from a column's list; ``not_modified`` marks a ``304`` answer to a
    conditional request: no body, nothing to decode, extract or rewrite. ``fetched_at`` is an
    aware datetime; the store pipeline writes it in the archive's time format.
    """

    site: str
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes = field(repr=False)  # raw bytes: too long for a log line
    fetched_at: datetime
    page_type: str  # "article" | "list" | "other" | "sitemap" | "feed"
    request_headers: dict[str, str] = field(default_factory=dict, repr=False)
    hints: dict[str, Any] = field(default_factory=dict, repr=False)
    decoded: Any = field(default=None, repr=False)
    article: dict[str, Any] | None = field(default=None, repr=False)
    error: str | None = None
    outcome: str | None = None
    links: list[str] = field(default_factory=list, repr=False)
    not_modified: bool = False
    #: link URL -> what the list / sitemap / feed says beside it ({"list_date", "lastmod", "title"})
    link_dates: dict[str, dict[str, str]] = field(default_factory=dict)
    #: linked from a column's list (not navigation): reads as an article by content alone, dated or not
    listed: bool = False
    #: extracted already (an extraction worker read the page for the spider): the extract step skips it
    extracted: bool = field(default=False, repr=False)


@dataclass
class AttachmentItem:
    """Attachment files linked from one article; ``FilesPipeline`` fills ``files``."""

    site: str
    article_url: str
    file_urls: list[str]
    files: list[dict[str, Any]] = field(default_factory=list)
