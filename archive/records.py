"""Article records as the archive stores them: JSON columns, the hashes that decide versions and
duplicates, and the row values of one extracted record.

- :func:`body_hash` -- the body without any whitespace: the same text under two URLs (or laid
  out differently) is one article.
- :func:`content_hash` -- everything that makes a new version (text fields, attachments, images;
  not the footer: a new copyright year must not version every article).

Example:
    >>> body_hash("水位 上涨") == body_hash("水位上涨\\n")
    True
    >>> loads(dumps({"b": 1, "a": "运城"}))
    {'a': '运城', 'b': 1}
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from archive import text as textmod

__all__ = ["VERSIONED_FIELDS", "article_values", "attachment_links", "body_hash", "content_hash", "dumps", "loads"]

#: The text fields whose change makes a new version of an article.
VERSIONED_FIELDS = ("title", "published", "source", "author", "editor", "body")


def dumps(value: Any) -> str | None:
    """A JSON column's text (keys sorted, Chinese kept as is); None stays NULL."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def loads(value: str | None) -> Any:
    """A JSON column's value (NULL is None)."""
    return None if value is None else json.loads(value)


def body_hash(body: str | None) -> str:
    """SHA-256 of the body without any whitespace (layout differences are not different texts)."""
    return hashlib.sha256("".join((body or "").split()).encode("utf-8")).hexdigest()


def attachment_links(record: Mapping[str, Any]) -> list[dict[str, str]]:
    """``[{url, text}]`` of a record's attachments (``attachment_links``, then bare ``attachments`` URLs).

    Example:
        >>> attachment_links({"attachment_links": [{"url": "a.pdf", "text": "附件1"}], "attachments": ["a.pdf", "b.doc"]})
        [{'url': 'a.pdf', 'text': '附件1'}, {'url': 'b.doc', 'text': ''}]
    """
    links = [
        {"url": str(link.get("url")), "text": str(link.get("text") or "")}
        for link in record.get("attachment_links") or []
        if isinstance(link, Mapping) and link.get("url")
    ]
    known = {link["url"] for link in links}
    for url in record.get("attachments") or []:
        if isinstance(url, str) and url not in known:
            links.append({"url": url, "text": ""})
            known.add(url)
    return links


def content_hash(record: Mapping[str, Any]) -> str:
    """Hash of everything that makes a new version: text fields, attachments and images.

    Footer and meta are not part of it: a new copyright year in every page's
    footer must not turn every article into a new version.

    Example:
        >>> content_hash({"body": "a  b", "footer": {"icp": "1"}}) == content_hash({"body": "a b"})
        True
    """
    payload = {f: (record.get(f) or "") for f in VERSIONED_FIELDS}
    payload["body"] = " ".join(str(payload["body"]).split())
    payload["attachments"] = sorted(link["url"] for link in attachment_links(record))
    payload["images"] = sorted(str(i) for i in record.get("images") or [])
    return hashlib.sha256(dumps(payload).encode("utf-8")).hexdigest()


def article_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """The ``articles`` columns of an extracted record (Simplified copies, JSON, hashes).

    Example:
        >>> article_values({"title": "運城", "body": "水"})["title_simplified"]
        '运城'
    """
    title = record.get("title") or ""
    body = record.get("body") or ""
    t2s = textmod._t2s()
    return {
        "title": title,
        "published": record.get("published") or None,
        "source": record.get("source") or None,
        "author": record.get("author") or None,
        "editor": record.get("editor") or None,
        "body": body,
        "title_simplified": record.get("title_simplified") or t2s.convert(title),
        "body_simplified": record.get("body_simplified") or t2s.convert(body),
        "attachments": dumps(attachment_links(record)),
        "images": dumps(list(record.get("images") or [])),
        "footer": dumps(record.get("footer")),
        "meta": dumps(record.get("meta")),
        "encoding": record.get("encoding"),
        "encoding_source": record.get("encoding_source"),
        "error": record.get("error"),
        "body_hash": body_hash(body),
        "content_hash": content_hash(record),
    }
