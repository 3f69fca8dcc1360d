"""Raw captures as the archive stores them: headers as JSON-able dicts, bodies compressed.

The one place that reads and writes HTTP headers in the stored form (``{name: value}`` with
a list for a multi-valued header) and the codec of stored bodies (zlib; ``None`` is the
uncompressed schema v1).

Example:
    >>> stored, codec = encode_body(b"<p>hi</p>")
    >>> decode_body(stored, codec)
    b'<p>hi</p>'
"""
from __future__ import annotations

import zlib
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from archive import tuning
from archive.errors import ArchiveError

__all__ = [
    "BODY_CODEC", "decode_body", "encode_body", "header_pairs", "header_value", "normalize_headers", "reason_phrase",
]

#: Codec of bodies stored by this version (``pages.body_codec``).
BODY_CODEC = "zlib"


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def normalize_headers(headers: Any) -> dict[str, str | list[str]]:
    """Headers (dict, Scrapy ``Headers``, list of pairs; str or bytes) as a JSON-able dict.

    Multi-valued headers keep a list of values.

    Example:
        >>> normalize_headers({b"Content-Type": [b"text/html; charset=gbk"]})
        {'Content-Type': 'text/html; charset=gbk'}
        >>> normalize_headers([("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")])
        {'Set-Cookie': ['a=1', 'b=2']}
    """
    if not headers:
        return {}
    items = headers.items() if hasattr(headers, "items") else headers
    out: dict[str, str | list[str]] = {}
    for key, value in items:
        key = _text(key)
        values = [_text(v) for v in value] if isinstance(value, (list, tuple)) else [_text(value)]
        if key in out:
            prev = out[key]
            values = (prev if isinstance(prev, list) else [prev]) + values
        out[key] = values[0] if len(values) == 1 else values
    return out


def header_value(headers: Mapping[str, Any] | None, name: str) -> str | None:
    """Case-insensitive lookup of one header value in a headers dict (the last one of a list).

    Example:
        >>> header_value({"ETag": '"abc"'}, "etag")
        '"abc"'
        >>> header_value({"Vary": ["Accept", "Cookie"]}, "vary"), header_value({}, "ETag")
        ('Cookie', None)
    """
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value[-1] if isinstance(value, list) else value
    return None


def header_pairs(headers: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """A headers dict as ``(name, value)`` pairs, one per value of a multi-valued header.

    Example:
        >>> header_pairs({"Set-Cookie": ["a=1", "b=2"], "Content-Length": 3})
        [('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2'), ('Content-Length', '3')]
    """
    out = []
    for key, value in (headers or {}).items():
        for v in value if isinstance(value, list) else [value]:
            out.append((key, str(v)))
    return out


def reason_phrase(status: int | None) -> str:
    """The standard reason phrase of an HTTP status (``OK`` for 200).

    Example:
        >>> reason_phrase(404)
        'Not Found'
    """
    try:
        return HTTPStatus(int(status or 200)).phrase
    except ValueError:
        return "Unknown"


def encode_body(body: bytes) -> tuple[bytes, str]:
    """A raw body as stored: ``(compressed bytes, codec)`` (zlib at ``tuning.ZLIB_LEVEL``)."""
    return zlib.compress(bytes(body), tuning.ZLIB_LEVEL), BODY_CODEC


def decode_body(stored: bytes | None, codec: str | None) -> bytes:
    """Decompress a stored body (``codec`` None means stored uncompressed, schema v1).

    Example:
        >>> decode_body(zlib.compress(b"abc"), "zlib")
        b'abc'
    """
    if stored is None:
        return b""
    if codec == "zlib":
        return zlib.decompress(stored)
    if codec in (None, "identity"):
        return bytes(stored)
    raise ArchiveError(f"unknown body codec {codec!r}")
