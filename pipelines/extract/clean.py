"""Text cleanup for extracted articles: whitespace, flattened pinyin annotations, Simplified folding.

Pure functions, no Scrapy, no lxml. :func:`to_simplified` is the project's one OpenCC converter.

>>> normalize_line("\\u3000\\u3000市政府召开  会议\\xa0")
'市政府召开 会议'
>>> strip_flattened_pinyin("運(yùn)城市召開(kāi)會(huì)議")
'運城市召開會議'
"""
from __future__ import annotations

import re

from pipelines.extract.rules import MIN_PINYIN_ANNOTATIONS
from pipelines.hanzi import to_simplified  # noqa: F401  (re-exported: the Simplified copies)

__all__ = ["CJK", "compact", "count_pinyin_annotations", "normalize_line", "same_text", "strip_flattened_pinyin",
           "to_simplified"]

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACES = re.compile(r"[ \t\r\f\v\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# zero-width characters and the soft hyphen (&shy;, a break opportunity inside a word: "Mit&shy;tel&shy;al&shy;ter")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_VOWELS = "aeiouüv" + _TONED
# One pinyin syllable: an optional initial and a final, letters only (lower case).
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_SYLLABLE = rf"(?:{_INITIALS}[{_VOWELS}]+(?:ng|n|r)?|[ńňǹḿ]g?)"
_SYLLABLES = rf"{_SYLLABLE}(?:[ '\-]?{_SYLLABLE}){{0,5}}"
# "(yùn)" or "（yùn）" right after a CJK character, holding only pinyin syllables.
_ANNOTATION = re.compile(rf"(?<=[{CJK}])\s?[(（]\s*({_SYLLABLES})\s*[)）]")
_HAS_TONE = re.compile(f"[{_TONED}]")
# A pronunciation the text explains on purpose ("讀作運(yùn)", "拼音為…"): never removed alone.
_GLOSS = re.compile(r"[读讀念唸]作|[读讀]音|[读讀][为為成]|拼音|注音|发音|發音")


def normalize_line(line: str) -> str:
    """Collapse every kind of space (full-width, no-break, tabs) to one ASCII space and trim.

    >>> normalize_line("\\u3000\\u3000第一條\\xa0\\xa0規定")
    '第一條 規定'
    >>> normalize_line("Mit\\xadtel\\xadal\\xadter")
    'Mittelalter'
    """
    if not line.isascii():  # (the zero-width characters are not ASCII)
        line = _ZERO_WIDTH.sub("", line)
    return _SPACES.sub(" ", line).strip()


def compact(text: str) -> str:
    """``text`` without any whitespace, for comparing headlines and labels.

    >>> compact(" 关于 开展\u3000检查 ")
    '关于开展检查'
    """
    return "".join(text.split())  # (``str.split`` and ``\\s`` take the same characters for whitespace)


def same_text(a: str | None, b: str | None) -> bool:
    """Both texts present and equal apart from whitespace."""
    if not a or not b:
        return False
    return compact(a) == compact(b)


def count_pinyin_annotations(text: str) -> int:
    """How many tone-marked ``(pinyin)`` annotations follow a CJK character in ``text``.

    >>> count_pinyin_annotations("運(yùn)城 GDP(GDP) 會(huì)")
    2
    """
    if not _HAS_TONE.search(text):
        return 0  # no tone mark anywhere (one character class scanned in C), so none inside an annotation
    return sum(1 for m in _ANNOTATION.finditer(text) if _HAS_TONE.search(m.group(1)))


def strip_flattened_pinyin(text: str, *, page_count: int | None = None) -> str:
    """Remove ruby annotations that a CMS flattened into the text, e.g. ``運(yùn)城`` -> ``運城``.

    Only ``(syllables)`` written in lower-case pinyin directly after a CJK character are candidates.
    A tone-marked one goes even when it is the page's only one (nothing else has that shape);
    toneless syllables (neutral tone, ``的(de)``) go only on pages (``page_count``, default: this
    text) with at least ``MIN_PINYIN_ANNOTATIONS`` (two) tone-marked ones. ``(GDP)``, ``(km)``,
    ``(1)``, ``(Wi-Fi)`` and English words without tone marks are never touched.

    >>> strip_flattened_pinyin("面積(km)為 3(1) 個(Wi-Fi)")
    '面積(km)為 3(1) 個(Wi-Fi)'
    >>> strip_flattened_pinyin("只有一處運(yùn)城")
    '只有一處運城'
    >>> strip_flattened_pinyin("一處運(yùn)城，好(de)")
    '一處運城，好(de)'

    A lone annotation that the text itself glosses (``這個字讀作運(yùn)``) is content and stays.
    """
    count = count_pinyin_annotations(text) if page_count is None else page_count
    if count < 1:
        return text
    if count < MIN_PINYIN_ANNOTATIONS:
        def lone(m: re.Match) -> str:
            if not _HAS_TONE.search(m.group(1)) or _GLOSS.search(text, max(0, m.start() - 6), m.start()):
                return m.group(0)
            return ""
        return _ANNOTATION.sub(lone, text)
    return _ANNOTATION.sub("", text)
