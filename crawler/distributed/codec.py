"""The messages workers push to Redis for the writer, and how they are read back.

One message is one JSON object (UTF-8), version ``v: 1``, of one ``kind``:

- ``page``: one fetched page, as the store step takes it -- the raw capture (URL, final URL,
  status, request and response headers, fetch time, page type, list links, the body
  zlib-compressed and base64-encoded), the decoding decision (``decoded``: encoding, where it
  came from, the declared labels, undecodable bytes, whether a label lied), the extracted
  article record (``article``) or the error, and whether it answered ``304``;
- ``attachment``: one downloaded attachment file (``body`` as above) and the article linking it;
- ``run_start`` / ``run_end``: a run of a site began (its config, whether it resumes an
  unfinished one) / ended (its status and the summed counters of its workers).

Every message carries ``site``, ``run`` (the run's number in this Redis), ``run_uid`` (unique
for ever: the archive tells runs apart by it) and ``id``: the same message pushed twice -- a
page fetched again after its worker died, a batch re-read after the writer died -- has the
same id, and the archive stores it once.

:func:`read_message` checks everything the writer relies on and raises :class:`MalformedItem`
with the reason otherwise (the writer moves such items to the dead-letter list).

>>> raw = page_message({"site": "demo", "url": "http://a/1.html", "final_url": "http://a/1.html",
...     "status": 200, "headers": {}, "body": b"<p>hi</p>", "fetched_at": "2026-01-01T00:00:00Z",
...     "page_type": "article"}, run=1, run_uid="u1")
>>> msg = read_message(raw)
>>> msg["kind"], msg["page"]["body"]
('page', b'<p>hi</p>')
>>> read_message(b"{oops")
Traceback (most recent call last):
...
crawler.distributed.codec.MalformedItem: not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from typing import Any

__all__ = [
    "MalformedItem",
    "VERSION",
    "attachment_message",
    "message_id",
    "page_message",
    "read_message",
    "run_end_message",
    "run_start_message",
]

VERSION = 1
KINDS = ("page", "attachment", "run_start", "run_end")
PAGE_TYPES = ("article", "list", "other", "sitemap", "feed")
# a page body larger than this (after decompression) is refused as malformed: DOWNLOAD_MAXSIZE
# (20 MB) keeps real pages far below it
MAX_BODY = 256 * 1024 * 1024


class MalformedItem(ValueError):
    """A queued item the writer cannot store; the message says why."""


def message_id(run_uid: str, kind: str, key: str = "") -> str:
    """The id of a message: the same page of the same run always has the same id.

    >>> message_id("u1", "page", "http://a/1.html") == message_id("u1", "page", "http://a/1.html")
    True
    """
    return hashlib.sha1(f"{run_uid}\n{kind}\n{key}".encode("utf-8", "surrogatepass")).hexdigest()


def _pack_body(body: bytes | None) -> str:
    return base64.b64encode(zlib.compress(body or b"", 6)).decode("ascii")


def _unpack_body(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise MalformedItem(f"{where} is not a base64 string")
    try:
        packed = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise MalformedItem(f"{where} is not valid base64: {exc}") from None
    try:
        inflater = zlib.decompressobj()
        body = inflater.decompress(packed, MAX_BODY)
        if inflater.unconsumed_tail:
            raise MalformedItem(f"{where} is larger than {MAX_BODY} bytes")
        if not inflater.eof:
            raise MalformedItem(f"{where} is truncated zlib data")
    except zlib.error as exc:
        raise MalformedItem(f"{where} is not zlib data: {exc}") from None
    return body


def _dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8", "surrogatepass")


def _decoded(value: Any) -> dict[str, Any] | None:
    """The decoding decision as plain data (a ``pipelines.decode.Decoded`` or a dict)."""
    if value is None:
        return None
    get = value.get if isinstance(value, dict) else lambda k, d=None: getattr(value, k, d)
    return {
        "encoding": get("encoding"),
        "source": get("source"),
        "declared": dict(get("declared") or {}),
        "undecodable": int(get("undecodable") or 0),
        "mislabelled": bool(get("mislabelled", False)),
    }


def page_message(page: dict[str, Any], *, run: int, run_uid: str, worker: str = "") -> bytes:
    """A ``page`` message from a page dict (the fields of ``crawler.items.PageItem``, with
    ``fetched_at`` as archive text)."""
    body = page.get("body") or b""
    out = {
        "v": VERSION,
        "kind": "page",
        "id": message_id(run_uid, "page", page["url"]),
        "site": page["site"],
        "run": run,
        "run_uid": run_uid,
        "worker": worker,
        "page": {
            "url": page["url"],
            "final_url": page.get("final_url") or page["url"],
            "status": int(page.get("status") or 0),
            "headers": dict(page.get("headers") or {}),
            "request_headers": dict(page.get("request_headers") or {}),
            "fetched_at": page["fetched_at"],
            "page_type": page.get("page_type") or "other",
            "links": list(page.get("links") or []),
            "not_modified": bool(page.get("not_modified")),
            "error": page.get("error"),
            "decoded": _decoded(page.get("decoded")),
            "article": page.get("article"),
            "size": len(body),
            "body": _pack_body(body),
        },
    }
    return _dumps(out)


def attachment_message(
    *, site: str, run: int, run_uid: str, url: str, body: bytes, content_type: str | None,
    fetched_at: str, article_url: str | None, worker: str = "",
) -> bytes:
    """An ``attachment`` message: one downloaded file and the article that links it."""
    return _dumps({
        "v": VERSION, "kind": "attachment", "id": message_id(run_uid, "attachment", url), "site": site,
        "run": run, "run_uid": run_uid, "worker": worker,
        "attachment": {
            "url": url, "article_url": article_url, "content_type": content_type, "fetched_at": fetched_at,
            "size": len(body), "body": _pack_body(body),
        },
    })


def run_start_message(
    *, site: str, run: int, run_uid: str, started_at: str, config: dict[str, Any], resumed: bool, worker: str = ""
) -> bytes:
    """A ``run_start`` message (pushed by the worker that created the run)."""
    return _dumps({
        "v": VERSION, "kind": "run_start", "id": message_id(run_uid, "run_start"), "site": site, "run": run,
        "run_uid": run_uid, "worker": worker, "started_at": started_at, "config": config, "resumed": bool(resumed),
    })


def run_end_message(
    *, site: str, run: int, run_uid: str, finished_at: str, status: str, stats: dict[str, int], worker: str = "",
    discovery: list[dict[str, Any]] | None = None,
) -> bytes:
    """A ``run_end`` message (pushed by the worker that saw the run finish, or found it abandoned);
    ``discovery``: the run's discovery report (rows of :meth:`crawler.columns.Ledger.report`)."""
    return _dumps({
        "v": VERSION, "kind": "run_end", "id": message_id(run_uid, "run_end"), "site": site, "run": run,
        "run_uid": run_uid, "worker": worker, "finished_at": finished_at, "status": status,
        "stats": {str(k): int(v) for k, v in stats.items()}, "discovery": discovery or [],
    })


# --------------------------------------------------------------------------------------- reading


def _need(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, optional: bool = False) -> Any:
    if key not in obj or obj[key] is None:
        if optional:
            return None
        raise MalformedItem(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise MalformedItem(f"{where}: {key!r} is {type(value).__name__}, not {names}")
    return value


def _str_dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise MalformedItem(f"{where} is not an object")
    for key, item in value.items():
        if not isinstance(item, (str, list)):
            raise MalformedItem(f"{where}[{key!r}] is {type(item).__name__}, not a string")
    return value


def _read_page(page: Any) -> dict[str, Any]:
    if not isinstance(page, dict):
        raise MalformedItem("'page' is not an object")
    out: dict[str, Any] = {}
    for key in ("url", "final_url", "fetched_at"):
        out[key] = _need(page, key, str, "page")
        if not out[key]:
            raise MalformedItem(f"page: {key!r} is empty")
    if not out["url"].startswith(("http://", "https://")):
        raise MalformedItem(f"page: 'url' {out['url'][:100]!r} is not an http(s) URL")
    out["status"] = _need(page, "status", int, "page")
    out["page_type"] = _need(page, "page_type", str, "page")
    if out["page_type"] not in PAGE_TYPES:
        raise MalformedItem(f"page: unknown page_type {out['page_type']!r}")
    out["headers"] = _str_dict(page.get("headers") or {}, "page.headers")
    out["request_headers"] = _str_dict(page.get("request_headers") or {}, "page.request_headers")
    links = page.get("links") or []
    if not isinstance(links, list) or not all(isinstance(u, str) for u in links):
        raise MalformedItem("page: 'links' is not a list of strings")
    out["links"] = links
    out["not_modified"] = bool(page.get("not_modified"))
    out["error"] = _need(page, "error", str, "page", optional=True)
    decoded = page.get("decoded")
    if decoded is not None:
        if not isinstance(decoded, dict):
            raise MalformedItem("page: 'decoded' is not an object")
        _need(decoded, "encoding", str, "page.decoded")
        _need(decoded, "source", str, "page.decoded")
        _need(decoded, "undecodable", int, "page.decoded")
        if not isinstance(decoded.get("declared") or {}, dict):
            raise MalformedItem("page.decoded: 'declared' is not an object")
    out["decoded"] = decoded
    article = page.get("article")
    if article is not None:
        if not isinstance(article, dict):
            raise MalformedItem("page: 'article' is not an object")
        for key in ("title", "body"):
            if article.get(key) is not None and not isinstance(article[key], str):
                raise MalformedItem(f"page.article: {key!r} is not a string")
    out["article"] = article
    out["body"] = _unpack_body(page.get("body"), "page.body")
    size = page.get("size")
    if isinstance(size, int) and size != len(out["body"]):
        raise MalformedItem(f"page.body has {len(out['body'])} bytes, the worker sent {size}")
    return out


def read_message(raw: bytes | str) -> dict[str, Any]:
    """Parse and check one queued message; raise :class:`MalformedItem` saying what is wrong.

    A ``page`` message comes back with ``page["body"]`` as bytes and ``page["decoded"]`` as a
    plain dict (or None).
    """
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    try:
        text = raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as exc:
        raise MalformedItem(f"not UTF-8: {exc}") from None
    try:
        msg = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedItem(f"not JSON: {exc}") from None
    if not isinstance(msg, dict):
        raise MalformedItem(f"not a JSON object but {type(msg).__name__}")
    version = msg.get("v")
    if version != VERSION:
        raise MalformedItem(f"unknown message version {version!r} (this govarchive reads {VERSION})")
    kind = msg.get("kind")
    if kind not in KINDS:
        raise MalformedItem(f"unknown kind {kind!r}")
    for key in ("id", "site", "run_uid"):
        if not _need(msg, key, str, kind):
            raise MalformedItem(f"{kind}: {key!r} is empty")
    _need(msg, "run", int, kind)
    if kind == "page":
        msg["page"] = _read_page(msg.get("page"))
        msg["page"]["site"] = msg["site"]
    elif kind == "attachment":
        att = msg.get("attachment")
        if not isinstance(att, dict):
            raise MalformedItem("'attachment' is not an object")
        _need(att, "url", str, "attachment")
        _need(att, "fetched_at", str, "attachment")
        att["body"] = _unpack_body(att.get("body"), "attachment.body")
    elif kind == "run_start":
        _need(msg, "started_at", str, kind)
        if not isinstance(msg.get("config") or {}, dict):
            raise MalformedItem("run_start: 'config' is not an object")
    else:
        _need(msg, "finished_at", str, kind)
        _need(msg, "status", str, kind)
        stats = msg.get("stats") or {}
        if not isinstance(stats, dict) or not all(isinstance(v, int) for v in stats.values()):
            raise MalformedItem("run_end: 'stats' is not an object of integers")
        msg["stats"] = stats
        discovery = msg.get("discovery") or []  # absent in messages of govarchive before it
        if not isinstance(discovery, list) or not all(isinstance(row, dict) and row.get("kind") for row in discovery):
            raise MalformedItem("run_end: 'discovery' is not a list of report rows")
        msg["discovery"] = discovery
    return msg
