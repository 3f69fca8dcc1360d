"""Chinese text folding and the segmentation behind full-text search.

Search must find one- and two-character words (水, 防汛), ignore the
Traditional/Simplified difference (运城 finds 運城) and never match across
punctuation or across the title/body boundary. A trigram tokenizer cannot match
queries shorter than three characters and FTS5 has no Chinese word segmenter,
so the archive segments text itself, in Python, into two space-separated
columns that FTS5's ``unicode61`` tokenizer then splits on spaces:

* ``uni`` -- every *unit* on its own: a CJK character, or a run of Latin
  letters/digits (``covid``, ``2019``);
* ``bi`` -- every pair of neighbouring units (``防汛 汛工 工作``), with a break
  token wherever punctuation (or the title/body boundary) separates runs, so a
  phrase of overlapping pairs never matches across them.

A query of one unit becomes ``uni:"水"``, of two units ``bi:"防汛"``, of more the
phrase ``bi:"防汛 汛工 工作"`` -- which is exactly "these units, in this order,
within one run", the same answer a LIKE scan of the folded text gives.

Folding is NFKC (full-width to half-width) per character, OpenCC ``t2s`` and
lower case, always length-preserving so that a match position in the folded
text is the same position in the original (used for highlighted snippets).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archive import tuning
from pipelines.hanzi import t2s as _t2s  # the one converter extraction uses too

__all__ = ["fold", "units", "index_columns", "build_match", "query_terms", "snippet", "SearchSyntaxError"]

#: Break token put between runs in the ``bi`` column. A private-use character:
#: ``unicode61`` keeps it as a token (category Co) and no query can contain it.
BREAK = "\ue000"

_CJK = (
    "\u3005-\u3007"  # 々 〆 〇
    "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff"  # kana (not ・ or ゠: punctuation)
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003ffff"  # extensions B..H
)
# One unit: a CJK character, or a run of (folded) Latin letters and digits.
# Whitespace separates units without breaking a run; anything else breaks it.
_WORD = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # folded Latin letters and digits (not × ÷)
_TOKEN_RE = re.compile(rf"([{_CJK}])|([{_WORD}]+)|(\s+)|(.)", re.S)


class SearchSyntaxError(ValueError):
    """A query that contains nothing searchable (only punctuation or spaces)."""


def _nfkc_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


_NFKC_TABLE: dict[int, str] = {}

#: Full-width forms (，：（）Ａ１ ...) and the ideographic space, each to its compatibility
#: decomposition (one ASCII character). Replacing a character by its decomposition never changes
#: a string's NFKC (NFKC composes the NFKD of the string, and NFKD decomposes every character the
#: same way), but the Chinese text left without them is mostly NFKC already -- which
#: ``unicodedata.normalize`` sees at once, where a text with full-width punctuation costs it a
#: full decomposition and composition.
_WIDE = {c: unicodedata.normalize("NFKD", chr(c)) for c in [*range(0xFF01, 0xFF5F), 0x3000]}
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000]+")


def _narrow(match: re.Match[str]) -> str:
    return match.group().translate(_WIDE)


def _nfkc(text: str) -> str:
    # Fast path: whole-string NFKC, kept when it did not change the length
    # (full-width letters and punctuation map one to one).
    if text.isascii():
        return text
    whole = unicodedata.normalize("NFKC", _WIDE_RE.sub(_narrow, text))
    if len(whole) == len(text):
        return whole
    out = []
    for ch in text:
        if ch < "\x80":
            out.append(ch)
            continue
        cp = ord(ch)
        mapped = _NFKC_TABLE.get(cp)
        if mapped is None:
            mapped = _NFKC_TABLE[cp] = _nfkc_char(ch)
        out.append(mapped)
    return "".join(out)


def fold(text: str | None) -> str:
    """Fold text for matching: per-character NFKC, Traditional->Simplified, lower case.

    The result always has the same length as the input, so positions carry over.

    Example:
        >>> fold("運城市ＡＢＣ")
        '运城市abc'
    """
    if not text:
        return ""
    text = _nfkc(text)
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        # OpenCC's phrase table changed the length: convert character by character.
        conv = _t2s().convert
        converted = "".join(c if len(c := conv(ch)) == 1 else ch for ch in text)
    lowered = converted.lower()
    if len(lowered) != len(converted):  # e.g. 'İ' lowers to two characters
        lowered = "".join(c if len(c := ch.lower()) == 1 else ch for ch in converted)
    return lowered


def units(folded: str) -> list[list[tuple[int, int, str]]]:
    """Split folded text into runs of units ``(start, end, unit)``; punctuation ends a run.

    Example:
        >>> [[u for _, _, u in run] for run in units("防汛，covid 19")]
        [['防', '汛'], ['covid', '19']]
    """
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(folded):
        cjk, word, _space, other = m.groups()
        if cjk or word:
            current.append((m.start(), m.end(), cjk or word))
        elif other is not None:
            if current:
                runs.append(current)
                current = []
        # whitespace: separates units, keeps the run
    if current:
        runs.append(current)
    return runs


# The same segmentation as ``units`` without positions, for indexing speed: the text is cut at
# every run of punctuation (anything but units and whitespace) into runs, each run's units found
# at once -- a Python step per run, not per unit.
_UNIT_RE = re.compile(rf"[{_CJK}]|[{_WORD}]+")
_BREAKS_RE = re.compile(rf"[^\s{_CJK}{_WORD}]+")


def _columns_of(folded: str, uni: list[str], bi: list[str]) -> None:
    for run in _BREAKS_RE.split(folded):
        names = _UNIT_RE.findall(run)
        if not names:
            continue
        uni.extend(names)
        if len(names) > 1:
            if bi and bi[-1] != BREAK:
                bi.append(BREAK)
            bi.extend(map(str.__add__, names, names[1:]))


def index_columns(title_folded: str, body_folded: str) -> tuple[str, str]:
    """The ``(uni, bi)`` column values indexed for an article (inputs already folded).

    Example:
        >>> index_columns("防汛", "水位上涨")
        ('防 汛 水 位 上 涨', '防汛 \\ue000 水位 位上 上涨')
    """
    uni: list[str] = []
    bi: list[str] = []
    _columns_of(title_folded, uni, bi)
    _columns_of(body_folded, uni, bi)
    return " ".join(uni), " ".join(bi)


def query_terms(query: str) -> list[list[str]]:
    """Split a query into terms (runs of units); terms are ANDed.

    Whitespace and punctuation both separate terms in a query.

    Example:
        >>> query_terms("防汛工作 運城")
        [['防', '汛', '工', '作'], ['运', '城']]
    """
    terms: list[list[str]] = []
    for part in fold(query).split():
        for run in units(part):
            names = [u for _, _, u in run]
            if names not in terms:
                terms.append(names)
    return terms


def build_match(query: str) -> str:
    """Translate a user query into an FTS5 MATCH expression over ``uni``/``bi``.

    Raises SearchSyntaxError when the query has nothing searchable.

    Example:
        >>> build_match("防汛工作 水")
        'bi:"防汛 汛工 工作" AND uni:"水"'
    """
    terms = query_terms(query)
    if not terms:
        raise SearchSyntaxError(f"nothing to search for in {query!r}")
    parts = []
    for names in terms:
        if len(names) == 1:
            parts.append(f'uni:"{names[0]}"')
        else:
            parts.append('bi:"' + " ".join(a + b for a, b in zip(names, names[1:])) + '"')
    return " AND ".join(parts)


_WORD_CLASS = _WORD


def _term_pattern(names: list[str]) -> str:
    """Regex for one term over folded text: its units in order, whitespace allowed between them.

    Latin/digit units must be whole runs (``covid`` does not match inside ``covids``).
    """
    out = []
    for i, name in enumerate(names):
        latin = not re.fullmatch(f"[{_CJK}]", name)
        if i:
            prev_latin = not re.fullmatch(f"[{_CJK}]", names[i - 1])
            out.append(r"\s+" if latin and prev_latin else r"\s*")
        if latin and i == 0:
            out.append(f"(?<![{_WORD_CLASS}])")
        out.append(re.escape(name))
        if latin and i == len(names) - 1:
            out.append(f"(?![{_WORD_CLASS}])")
    return "".join(out)


@lru_cache(maxsize=256)
def _query_regex(query: str) -> re.Pattern[str] | None:
    terms = query_terms(query)
    if not terms:
        return None
    # Longest terms first so that overlapping alternatives prefer the longer match.
    patterns = [_term_pattern(t) for t in sorted(terms, key=len, reverse=True)]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _find_spans(folded: str, query: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans in ``folded`` (between ``start`` and ``end``) where a query term matches."""
    regex = _query_regex(query)
    if regex is None:
        return []
    return [m.span() for m in regex.finditer(folded, start, len(folded) if end is None else end)]


def snippet(
    text: str | None,
    query: str,
    context: int = tuning.SNIPPET_CONTEXT,
    highlight: tuple[str, str] = tuning.HIGHLIGHT,
) -> str:
    """A short excerpt of ``text`` around the first match of ``query``, matches highlighted.

    Matching is done on the folded text, the excerpt shows the original characters.

    Example:
        >>> snippet("今年運城市防汛工作順利", "运城", context=2)
        '今年<mark>運城</mark>市防…'
    """
    if not text:
        return ""
    folded = fold(text)
    regex = _query_regex(query)
    first = regex.search(folded) if regex is not None else None
    if first is None:
        cut = text[: 2 * context]
        return cut + ("…" if len(text) > len(cut) else "")
    start = max(0, first.start() - context)
    end = min(len(text), first.end() + context)
    spans = _find_spans(folded, query, start, end)
    out = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if s >= end:
            break
        e = min(e, end)
        out.append(text[pos:s])
        out.append(highlight[0] + text[s:e] + highlight[1])
        pos = e
    out.append(text[pos:end])
    if end < len(text):
        out.append("…")
    return "".join(out).replace("\n", " ")
