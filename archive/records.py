"""Article records as the archive stores them: JSON columns, the hashes that decide versions and
duplicates, and the row values of one extracted record.

- :func:`body_hash` -- the body without any whitespace: the same text under two URLs (or laid
  out differently) is one article.
- :func:`content_hash` -- everything that makes a new version (text fields, attachments, images;
  not the footer: a new copyright year must not version every article; not view counters or
  "last updated" stamps either: :func:`meaningful_text`).
- :func:`same_story` -- whether a page under a new URL is an article already archived under
  another URL: the same body is necessary, never sufficient (see its rule).

Example:
    >>> body_hash("水位 上涨") == body_hash("水位上涨\\n")
    True
    >>> loads(dumps({"b": 1, "a": "运城"}))
    {'a': '运城', 'b': 1}
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from archive import text as textmod

__all__ = [
    "IDENTITY_META", "VERSIONED_FIELDS", "article_values", "attachment_links", "body_hash", "content_hash", "dumps",
    "loads", "meaningful_text", "same_story", "stored_record",
]

#: The text fields whose change makes a new version of an article.
VERSIONED_FIELDS = ("title", "published", "source", "author", "editor", "body")

#: 信息公开 metadata that names one document: two pages that both carry it and differ in it are
#: two documents, whatever their text.
IDENTITY_META = ("文号", "document_number")


def dumps(value: Any) -> str | None:
    """A JSON column's text (keys sorted, Chinese kept as is); None stays NULL."""
    if value is None:
        return None
    return _ENCODE(value)


#: :func:`dumps`' encoder, made once (``json.dumps`` with options makes a new one every call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode


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


_DATE = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}\s*秒?)?)?"
_WEEKDAY = r"(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?"
#: What changes on a page without its article changing: view counters (浏览次数：123, 阅读量 45,
#: 1,234 views), "last updated" stamps (更新时间：2023-11-20 10:00, 最后修改于…, Last updated …)
#: and the day's date some templates print (今天是2023年11月28日 星期二).
VOLATILE = re.compile(
    r"[【\[(（]?(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問|阅览|閱覽|查看|点阅|點閱)"
    r"(?:(?:次数|次數|数|數|量|人次|率)\s*[:：]?|\s*[:：])\s*[\d,，]+\s*(?:次|人次|人)?[】\])）]?"
    r"|\b(?:views?|hits?|reads?|visits?)\s*[:：]\s*[\d,]+|[\d,]+\s+(?:views|hits|reads)\b"
    r"|(?:最后|最後)?(?:更新|修改|修订|修訂|维护|維護)(?:时间|時間|日期|于|於)?\s*[:：]?\s*" + _DATE + _WEEKDAY
    + r"|\b(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:：]?\s*" + _DATE
    + r"|(?:今天是|今日是|当前时间|當前時間|现在时间)\s*[:：]?\s*" + _DATE + _WEEKDAY,
    re.I,
)


#: A quick test for the words :data:`VOLATILE` starts from (most bodies have none: the full pattern,
#: about 100 µs on a 200-character body, runs on the few that do).
_VOLATILE_CJK = re.compile(r"浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問|阅览|閱覽|查看|点阅|點閱|更新|修改|修订|修訂|维护|維護|"
                           r"今天是|今日是|当前时间|當前時間|现在时间")
_VOLATILE_WORDS = ("view", "hit", "read", "visit", "updated", "modified")


def meaningful_text(text: str | None) -> str:
    """The text as a version compares it: whitespace collapsed, volatile bits (:data:`VOLATILE`) out.

    Example:
        >>> meaningful_text("通知正文。\\n浏览次数：123  更新时间：2023-11-20 10:00")
        '通知正文。'
        >>> meaningful_text("会议于2023年11月20日召开。") == meaningful_text("会议于2023年11月20日召开。 ")
        True
    """
    text = str(text or "")
    if _VOLATILE_CJK.search(text) or any(word in text.lower() for word in _VOLATILE_WORDS):
        text = VOLATILE.sub(" ", text)
    return " ".join(text.split())


def content_hash(record: Mapping[str, Any]) -> str:
    """Hash of everything that makes a new version: text fields, attachments and images.

    Footer and meta are not part of it: a new copyright year in every page's
    footer must not turn every article into a new version. Neither are a view counter or a
    "last updated" stamp that extraction left in the body (:func:`meaningful_text`).

    Example:
        >>> content_hash({"body": "a  b", "footer": {"icp": "1"}}) == content_hash({"body": "a b"})
        True
        >>> content_hash({"body": "正文。阅读量：10"}) == content_hash({"body": "正文。阅读量：11"})
        True
    """
    payload = {f: (record.get(f) or "") for f in VERSIONED_FIELDS}
    payload["body"] = meaningful_text(payload["body"])
    payload["attachments"] = sorted(link["url"] for link in attachment_links(record))
    payload["images"] = sorted(str(i) for i in record.get("images") or [])
    return hashlib.sha256(dumps(payload).encode("utf-8")).hexdigest()


def stored_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """An ``articles`` / ``article_versions`` row as an extract record again (what
    :func:`content_hash` takes), so a stored version is compared under today's rules.

    Example:
        >>> row = article_values({"title": "t", "body": "正文", "attachment_links": [{"url": "a.pdf", "text": "附件"}]})
        >>> content_hash(stored_record(row)) == row["content_hash"]
        True
    """
    record = {f: row.get(f) for f in VERSIONED_FIELDS}
    record["attachment_links"] = loads(row.get("attachments")) or []
    record["images"] = loads(row.get("images")) or []
    return record


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
        "confidence": _confidence(record.get("confidence")),
        "extraction_method": record.get("method") or None,
        "body_hash": body_hash(body),
        "content_hash": content_hash(record),
    }


def _confidence(value: Any) -> float | None:
    """A record's confidence as stored: a number in 0..1, or None when the record has none.

    Example:
        >>> _confidence(0.8731), _confidence(None), _confidence("x"), _confidence(7)
        (0.873, None, None, 1.0)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return round(min(1.0, max(0.0, float(value))), 3)


def _title_key(title: str | None) -> str:
    """A title as identity compares it: folded (NFKC, Simplified, lower case), letters and digits only."""
    return "".join(ch for ch in textmod.fold(title or "") if ch.isalnum())


def _attachment_names(attachments: Any) -> list[str]:
    """Attachment file names (the last path segment): the same file under two sections' paths is one."""
    if isinstance(attachments, str):
        attachments = loads(attachments)
    names = []
    for link in attachments or []:
        url = link.get("url") if isinstance(link, Mapping) else link
        path = str(url or "").split("#", 1)[0].split("?", 1)[0].rstrip("/")
        names.append(path.rsplit("/", 1)[-1].lower())
    return sorted(names)


def _meta_value(meta: Any, key: str) -> str:
    if isinstance(meta, str):
        meta = loads(meta)
    value = meta.get(key) if isinstance(meta, Mapping) else None
    return "".join(textmod.fold(str(value)).split()) if value else ""


def same_story(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Whether ``new`` (a page under a URL never seen) is the archived article ``old`` republished.

    Both are ``articles`` rows or :func:`article_values` dicts. The rule: the same body
    (``body_hash``: whitespace aside) **and** the same title (folded: width, Traditional /
    Simplified, case, spaces and punctuation aside) **and** the same attachment files (by file
    name: a column and the 信息公开 catalogue serve one PDF under two paths) **and** no
    contradiction in the published day or the document number (文号) -- a page that does not
    show one of them is not different, one that shows another one is. In doubt, two articles:
    a duplicate can be merged later, a notice merged into another is lost.

    Example:
        >>> a = {"body_hash": "h", "title": "甲公司中标公告", "published": "2026-10-30", "attachments": []}
        >>> same_story({**a, "title": "乙公司中标公告"}, a)
        False
        >>> same_story({**a, "title": " 甲公司中標公告", "published": None}, a)
        True
        >>> same_story({**a, "published": "2025-10-30"}, a)
        False
    """
    if new.get("body_hash") != old.get("body_hash"):
        return False
    if _title_key(new.get("title")) != _title_key(old.get("title")):
        return False
    if _attachment_names(new.get("attachments")) != _attachment_names(old.get("attachments")):
        return False
    day_new, day_old = (str(new.get("published") or "")[:10], str(old.get("published") or "")[:10])
    if day_new and day_old and day_new != day_old:
        return False
    for key in IDENTITY_META:
        mine, theirs = _meta_value(new.get("meta"), key), _meta_value(old.get("meta"), key)
        if mine and theirs and mine != theirs:
            return False
    return True
