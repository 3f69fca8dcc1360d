"""Decode raw page bytes to text, catching the charset lies of regional portals.

Pure function, no Scrapy import: :func:`decode` takes the body and the response
headers and returns a :class:`Decoded` that says *what* encoding was used and
*why* (its ``source``), so a garbled page can be explained afterwards.

Precedence, each step with a trust check (tuning data in :mod:`pipelines._charsets`):

1. ``bom``      -- a byte-order mark decides, whatever the labels say.
2. UTF-16 without a BOM, recognised by its NUL-byte pattern.
3. pure ASCII   -- any ASCII-compatible label fits; otherwise UTF-8.
4. valid UTF-8 with non-trivial non-ASCII text wins over every label
   (valid UTF-8 is almost never anything else; the reverse is not true:
   UTF-8 bytes of many Chinese clauses also decode as gb18030).
5. ``header`` then ``meta`` -- a declared label, widened the way browsers do
   (gb2312/gbk -> gb18030, big5 -> big5hkscs), is used only when it fits the
   bytes: few undecodable bytes and text that scores as plausible Chinese
   (not clearly worse than another Chinese codec). ISO-8859-1/ASCII labels on
   pages whose bytes are good Chinese are server defaults and are ignored.
6. ``detected`` -- the best-scoring of gb18030 / big5hkscs (/ short UTF-8), then
   charset-normalizer restricted to the encodings these sites use.
7. ``fallback`` -- gb18030 (or the declared codec) with replacement characters.
"""
from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipelines import _charsets as C

__all__ = ["Decoded", "content_type_charset", "decode", "meta_charset", "normalise_label"]


@dataclass(frozen=True)
class Decoded:
    """The result of :func:`decode`.

    Example:
        >>> d = decode("政府".encode("gbk"), {"Content-Type": "text/html; charset=gb2312"})
        >>> (d.text, d.encoding, d.source, d.mislabelled)
        ('政府', 'gb18030', 'header', False)
    """

    text: str
    encoding: str  # Python codec name actually used: "utf-8", "gb18030", "big5hkscs", "utf-16-le", ...
    source: str  # "bom" | "header" | "meta" | "detected" | "fallback"
    declared: dict = field(default_factory=dict)  # labels seen: {"bom": .., "header": .., "meta": ..}
    undecodable: int = 0  # bytes that could not be decoded (replaced by U+FFFD)
    mislabelled: bool = False  # a declared header/meta label was contradicted by the bytes


# --- label parsing -----------------------------------------------------------------

_CT_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([^\s"';,]+)""", re.IGNORECASE)
_META_RE = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    return str(value) if value is not None else ""


def _content_type(headers: Mapping | str | bytes | None) -> str:
    if headers is None:
        return ""
    if isinstance(headers, (str, bytes, bytearray)):
        return _text(headers)
    try:
        items = headers.items()
    except AttributeError:
        return ""
    for key, value in items:
        if _text(key).strip().lower() == "content-type":
            return _text(value)
    return ""


def content_type_charset(headers: Mapping | str | bytes | None) -> str | None:
    """Return the charset label of the Content-Type header, lower-cased, or None.

    ``headers`` may be a dict (any key case, str or bytes, single or list values),
    a Scrapy ``Headers`` object, or the Content-Type value itself.

    Example:
        >>> content_type_charset({"content-type": "text/html; charset=GB2312"})
        'gb2312'
        >>> content_type_charset("text/html") is None
        True
    """
    try:
        match = _CT_CHARSET_RE.search(_content_type(headers))
    except Exception:  # noqa: BLE001 - odd header objects must not break decoding
        return None
    return match.group(1).strip().lower() if match else None


def meta_charset(body: bytes) -> str | None:
    """Return the charset declared in the first 4 KB of HTML (or an XML declaration), lower-cased.

    Both ``<meta charset="gbk">`` and ``<meta http-equiv="Content-Type"
    content="text/html; charset=gbk">`` are recognised.

    Example:
        >>> meta_charset(b'<head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
        'gb2312'
    """
    head = bytes(body[: C.META_SCAN_BYTES])
    match = _META_RE.search(head) or _XML_DECL_RE.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def normalise_label(label: str | None) -> str | None:
    """Map a declared charset label to the Python codec we would decode it with (widened), or None.

    Example:
        >>> normalise_label("GB2312"), normalise_label("big5"), normalise_label("ISO-8859-1")
        ('gb18030', 'big5hkscs', 'cp1252')
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in C.LABEL_WIDENING:
        return C.LABEL_WIDENING[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return C.LABEL_WIDENING.get(name, name)


# --- decoding helpers ------------------------------------------------------------------

_counter = threading.local()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _counter.bad = getattr(_counter, "bad", 0) + (exc.end - exc.start)
    return "\ufffd", exc.end


codecs.register_error("govarchive-count", _count_and_replace)


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode, replacing bad bytes; return (text, number of undecodable bytes)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    _counter.bad = 0
    text = data.decode(codec, "govarchive-count")
    return text, _counter.bad


_HIGH_BYTES = bytes(range(0x80, 0x100))
_FIRST_HIGH_RE = re.compile(rb"[\x80-\xff]")
_ASCII_RUNS_RE = re.compile(r"[\x00-\x7f]+")
_CJK_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]")  # kana, hangul syllables
_PRIVATE_USE_RE = re.compile(r"[\ue000-\uf8ff]")
#: Text made only of CJK ideographs, CJK/full-width punctuation (and ASCII): valid UTF-8 like this
#: is not an accident of GBK/Big5 bytes, however short.
_CJK_ONLY_RE = re.compile(r"[\x00-\x7f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
                          r"\U00020000-\U0003134f]*")
#: Latin Extended, IPA, Greek, Cyrillic, Hebrew, Arabic ...: what two GBK characters look like when
#: they happen to be valid UTF-8 ("目前" -> "Ŀǰ"); a short text with these is not trusted as UTF-8.
_ODD_TWO_BYTE_RE = re.compile(r"[\u0100-\u07ff]")
#: A high byte that cannot be part of a GBK/Big5 pair (no high byte before it, no trail byte after
#: it): Latin-1 accents before a space or punctuation look like this, Chinese text never does.
_ISOLATED_HIGH_RE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x40-\x7e\x80-\xff])")


#: A high byte with no high byte on either side: how Latin-1/Windows-1252 accents stand in Western text
#: (``Tübingen``), never how GB or Big5 characters do (two bytes, and a run of them for a word).
_LONE_HIGH_RE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")


def _latin_shaped(data: bytes) -> bool:
    """Nearly every high byte stands alone between ASCII bytes: Western text in a single-byte codec, even
    when each accent happens to form a valid GB pair with the letter after it (``ü`` + ``b``)."""
    high = _high_count(data)
    return high >= C.MIN_LATIN_HIGH_BYTES and len(_LONE_HIGH_RE.findall(data)) >= C.LATIN_LONE_SHARE * high


def _high_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _plausibility(text: str, codec: str) -> tuple[float, int]:
    """(share of the non-ASCII characters of ``text`` that look like real text, how many were scored).

    Example:
        >>> _plausibility("<b>市政府通知</b>", "gb18030")
        (1.0, 5)
    """
    chars = _ASCII_RUNS_RE.sub("", text)[: C.SAMPLE_CHARS]
    if not chars:
        return 0.0, 0
    good = sum(map(C.PLAUSIBLE_CHARS.__contains__, chars))
    if codec in C.KANA_HANGUL_CODECS:
        good += len(_CJK_SCRIPT_RE.findall(chars))
    good -= C.PRIVATE_USE_PENALTY * len(_PRIVATE_USE_RE.findall(chars))  # user-defined codes: mojibake
    return max(0.0, good / len(chars)), len(chars)


def _score_text(text: str, codec: str) -> float:
    return _plausibility(text, codec)[0]


def _score(sample: bytes, codec: str) -> float:
    return _score_n(sample, codec)[0]


def _score_n(sample: bytes, codec: str) -> tuple[float, int]:
    try:
        return _plausibility(sample.decode(codec, "replace"), codec)
    except (LookupError, ValueError):
        return 0.0, 0


def _utf16_by_nuls(body: bytes) -> str | None:
    head = body[: C.UTF16_SCAN_BYTES]
    if len(head) < 4 or b"\x00" not in head:
        return None
    half = len(head) // 2
    even = head[0::2].count(0) / half
    odd = head[1::2].count(0) / half
    if odd >= C.UTF16_NUL_SHARE and even <= C.UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= C.UTF16_NUL_SHARE and odd <= C.UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _same_codec(declared: str | None, used: str) -> bool:
    if declared is None:
        return True  # unknown labels cannot be contradicted
    if declared == used:
        return True
    for family in ("utf-16", "utf-32"):
        if declared == family and used.startswith(family):
            return True
    return False


def _result(text: str, codec: str, source: str, declared: dict, bad: int, ascii_body: bool = False) -> Decoded:
    mislabelled = False
    for key in ("header", "meta"):
        if key in declared:
            label_codec = normalise_label(declared[key])
            if ascii_body and label_codec and _ascii_compatible(label_codec):
                continue
            if not _same_codec(label_codec, codec):
                mislabelled = True
    return Decoded(text, codec, source, dict(declared), bad, mislabelled)


def _ascii_compatible(codec: str) -> bool:
    return not codec.startswith(("utf-16", "utf-32"))


# --- the decision --------------------------------------------------------------------


def decode(body: bytes, headers: Mapping | str | None = None) -> Decoded:
    """Decode ``body`` using BOM, trusted labels and detection; never raises.

    Example:
        >>> d = decode("关于王堃同志任职的公示".encode("gbk"), "text/html; charset=utf-8")
        >>> d.text, d.encoding, d.source, d.declared, d.mislabelled
        ('关于王堃同志任职的公示', 'gb18030', 'detected', {'header': 'utf-8'}, True)
    """
    try:
        return _decode(bytes(body or b""), headers)
    except Exception:  # noqa: BLE001 - a decoder that raises would drop the page
        data = bytes(body or b"") if isinstance(body, (bytes, bytearray, memoryview)) else b""
        text, bad = _decode_counting(data, C.FALLBACK_CODEC)
        return Decoded(text, C.FALLBACK_CODEC, "fallback", {}, bad, False)


def _decode(body: bytes, headers: Any) -> Decoded:
    declared: dict[str, str] = {}
    bom = next(((mark, codec) for mark, codec in C.BOMS if body.startswith(mark)), None)
    if bom is not None:
        declared["bom"] = bom[1]
    header_label = content_type_charset(headers)
    if header_label:
        declared["header"] = header_label
    if bom is not None:  # a byte-order mark decides, whatever the labels say
        mark, codec = bom
        text, bad = _decode_counting(body[len(mark) :], codec)
        return _result(text, codec, "bom", declared, bad)
    meta_label = meta_charset(body)
    if meta_label:
        declared["meta"] = meta_label
    labels = [(key, declared[key], normalise_label(declared[key])) for key in ("header", "meta") if key in declared]

    # UTF-16 without a BOM: recognised by where its NUL bytes fall.
    utf16 = _utf16_by_nuls(body)
    if utf16 is not None:
        text, bad = _decode_counting(body, utf16)
        if bad <= max(C.MAX_ERROR_BYTES, int(len(body) // 2 * C.MAX_ERROR_SHARE)):
            source = next((key for key, _, codec in labels if codec and codec.startswith("utf-16")), "detected")
            return _result(text, utf16, source, declared, bad)

    if body.isascii():
        for key, _, codec in labels:
            if codec and _ascii_compatible(codec):
                return _result(body.decode("ascii"), codec, key, declared, 0, ascii_body=True)
        return _result(body.decode("ascii"), "utf-8", "detected", declared, 0, ascii_body=True)

    first_high = _FIRST_HIGH_RE.search(body).start()  # type: ignore[union-attr]  # not ASCII
    sample = body[first_high : first_high + C.SAMPLE_BYTES]  # starts on a lead byte in every codec
    try:
        utf8_text: str | None = body.decode("utf-8")
    except UnicodeDecodeError:
        utf8_text = None
    if utf8_text is not None:
        # Each non-ASCII character costs 1-3 extra bytes in UTF-8: "extra" ~ how much real text there is.
        extra = len(body) - len(utf8_text)
        labelled = any(codec == "utf-8" for _, _, codec in labels)
        if (extra >= 2 * C.UTF8_TRUST_CHARS or _CJK_ONLY_RE.fullmatch(utf8_text)
                or (labelled and not _ODD_TWO_BYTE_RE.search(utf8_text))):
            source = next((key for key, _, codec in labels if codec == "utf-8"), "detected")
            return _result(utf8_text, "utf-8", source, declared, 0)

    def within_budget(bad: int) -> bool:
        return bad <= max(C.MAX_ERROR_BYTES, int(_high_count(body) * C.MAX_ERROR_SHARE))

    # Quick path: a declared (or, undeclared, the commonest) Chinese codec that reads the sample as
    # clearly real text is taken without scoring the alternatives.
    quick = next((codec for _, _, codec in labels if codec and codec not in C.DEFAULT_LIKE_CODECS), None)
    if utf8_text is None and quick in (None, *C.CHINESE_CODECS):
        quick = quick or C.CHINESE_CODECS[0]
        quick_score, quick_chars = _score_n(sample, quick)
        if quick_score >= C.CONFIDENT_SCORE and quick_chars >= C.CONFIDENT_CHARS:
            text, bad = _decode_counting(body, quick)
            if within_budget(bad):
                source = next((key for key, _, codec in labels if codec == quick), "detected")
                return _result(text, quick, source, declared, bad)

    scores: dict[str, float] = {}
    if utf8_text is not None:
        scores["utf-8"] = _score_text(utf8_text, "utf-8")
    else:  # UTF-8 with a few broken bytes still reads as text; GBK/Big5 bytes read as U+FFFD
        scores["utf-8"] = _score(sample, "utf-8")
    for codec in C.CHINESE_CODECS:
        scores[codec] = _score(sample, codec)
    if scores["big5hkscs"] < scores["gb18030"] + C.BIG5_MARGIN:  # ambiguous short text: GB is likelier
        scores["big5hkscs"] = min(scores["big5hkscs"], scores["gb18030"])
    best_codec = max(scores, key=scores.__getitem__)  # dict order breaks ties: utf-8, then gb18030
    best = scores[best_codec]

    clean: list[bool] = []

    def clean_best() -> bool:
        """Whether the best-scoring codec decodes the whole body without an error (computed once)."""
        if not clean:
            try:
                body.decode(best_codec)
                clean.append(True)
            except UnicodeDecodeError:
                clean.append(False)
        return clean[0]

    structure: list[str | None] = []

    def structured() -> str | None:
        """Weak but real evidence of a CJK codec, for text our table does not know (rare names, brand
        names, two-character words): no high byte stands alone the way Latin-1 accents do, and a Chinese
        codec (best-scoring first, then gb18030 before big5hkscs) decodes every byte. Computed once."""
        if not structure:
            found = None
            if _ISOLATED_HIGH_RE.search(body) is None:
                order = sorted(C.CHINESE_CODECS, key=lambda codec: -scores[codec])
                for codec in order:
                    try:
                        body.decode(codec)
                    except UnicodeDecodeError:
                        continue
                    found = codec
                    break
            structure.append(found)
        return structure[0]

    for key, _, codec in labels:
        if codec is None:
            continue
        if codec in C.DEFAULT_LIKE_CODECS:  # a server default unless the bytes are not Chinese at all
            if best < C.MIN_SCORE and not (best >= C.LOW_SCORE and clean_best()) and (
                    structured() is None or _latin_shaped(body)):
                text, bad = _decode_counting(body, codec)
                return _result(text, codec, key, declared, bad)
            continue
        score = scores[codec] if codec in scores else _score(sample, codec)
        if score < best - C.LABEL_MARGIN:
            continue  # another codec reads these bytes as much better text
        try:
            text, bad = _decode_counting(body, codec)
        except LookupError:
            continue
        # Plausible text within the error budget, or (rare words, short titles) a clean decode.
        if (score >= C.MIN_SCORE and within_budget(bad)) or bad == 0:
            return _result(text, codec, key, declared, bad)

    if best >= C.MIN_SCORE or (best >= C.LOW_SCORE and clean_best()):
        if best_codec == "utf-8" and utf8_text is not None:
            return _result(utf8_text, "utf-8", "detected", declared, 0)
        text, bad = _decode_counting(body, best_codec)
        if within_budget(bad):
            return _result(text, best_codec, "detected", declared, bad)
    codec = structured()
    if codec is not None:
        return _result(body.decode(codec), codec, "detected", declared, 0)

    detected = _charset_normalizer(body)
    if detected is not None:
        text, bad = _decode_counting(body, detected)
        return _result(text, detected, "detected", declared, bad)

    codec = next((c for _, _, c in labels if c), None) or C.FALLBACK_CODEC
    text, bad = _decode_counting(body, codec)
    return _result(text, codec, "fallback", declared, bad)


def _charset_normalizer(body: bytes) -> str | None:
    """charset-normalizer's best guess among the codecs these sites use, normalised, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(body, cp_isolation=list(C.DETECTOR_CODECS)).best()
    if best is None:
        return None
    name = normalise_label(best.encoding)
    if name == "utf-16":
        return None  # no BOM and no NUL pattern (checked above): not trustworthy
    return name
