"""Readable differences between two versions of a Chinese text.

A line diff is useless for Chinese articles: a paragraph is one line, and a changed date
inside it marks the whole paragraph. Here the texts are first aligned sentence by sentence
(a sentence ends at 。！？；!?; or a line break), then each block of changed sentences is
compared character by character -- unless the two blocks have little in common, when
showing "this went, that came" is easier to read than a confetti of single characters.

:func:`diff_text` is that alignment (the researchers' window renders it as HTML,
``archive.web.diff``); :func:`paragraphs` groups it by paragraph and :func:`render_text`
prints the changed paragraphs for a terminal (``govarchive changes --diff``).

Example:
    >>> ops = diff_text("通气调试将于11月底前完成。其余不变。", "通气调试推迟至12月10日前完成。其余不变。")
    >>> [(op, text) for op, text in ops]  # doctest: +NORMALIZE_WHITESPACE
    [('equal', '通气调试'), ('delete', '将于11月底'), ('insert', '推迟至12月10日'), ('equal', '前完成。其余不变。')]
    >>> print(render_text("通气调试将于11月底前完成。其余不变。", "通气调试推迟至12月10日前完成。其余不变。"))
    ¶1  通气调试[-将于11月底-]{+推迟至12月10日+}前完成。其余不变。
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["diff_text", "paragraphs", "render_text", "sentences", "summary"]

_SENTENCE_RE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)\"']*|\n|$)")

#: Below this similarity two changed blocks are shown whole (deleted, then inserted).
CHAR_DIFF_MIN_RATIO = 0.35
#: Unchanged runs shorter than this between two changes are folded into the change.
MIN_EQUAL_RUN = 2


def sentences(text: str) -> list[str]:
    """Split text into sentences, each keeping its end punctuation; a line break is its own item.

    Example:
        >>> sentences("第一句。第二句！\\n第三句")
        ['第一句。', '第二句！', '\\n', '第三句']
    """
    return [m.group(0) for m in _SENTENCE_RE.finditer(text or "") if m.group(0)]


def _merge(ops: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for op, text in ops:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def _chars(old: str, new: str) -> list[tuple[str, str]]:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if matcher.ratio() < CHAR_DIFF_MIN_RATIO:
        return [("delete", old), ("insert", new)]
    ops: list[tuple[str, str]] = []
    codes = matcher.get_opcodes()
    for i, (tag, i1, i2, j1, j2) in enumerate(codes):
        inner = 0 < i < len(codes) - 1
        if tag == "equal" and inner and i2 - i1 < MIN_EQUAL_RUN:
            # a one-character island between two changes: part of the change
            ops += [("delete", old[i1:i2]), ("insert", new[j1:j2])]
        elif tag == "equal":
            ops.append(("equal", old[i1:i2]))
        else:
            ops += [("delete", old[i1:i2]), ("insert", new[j1:j2])]
    # group each change as all deletions then all insertions
    grouped: list[tuple[str, str]] = []
    dels, ins = "", ""
    for op, text in ops:
        if op == "equal":
            grouped += [("delete", dels), ("insert", ins), ("equal", text)]
            dels, ins = "", ""
        elif op == "delete":
            dels += text
        else:
            ins += text
    grouped += [("delete", dels), ("insert", ins)]
    return _merge(grouped)


def diff_text(old: str | None, new: str | None) -> list[tuple[str, str]]:
    """``[(op, text)]`` with op ``equal``, ``delete`` or ``insert``, turning ``old`` into ``new``."""
    a, b = sentences(old or ""), sentences(new or "")
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old_block, new_block = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            ops.append(("equal", old_block))
        elif tag == "delete":
            ops.append(("delete", old_block))
        elif tag == "insert":
            ops.append(("insert", new_block))
        else:
            ops += _chars(old_block, new_block)
    return _merge(ops)


def summary(ops: list[tuple[str, str]]) -> dict[str, int]:
    """Characters deleted and inserted (line breaks not counted).

    Example:
        >>> summary([("equal", "ab"), ("delete", "c"), ("insert", "de")])
        {'deleted': 1, 'inserted': 2}
    """
    count = {"deleted": 0, "inserted": 0}
    for op, text in ops:
        if op != "equal":
            count["deleted" if op == "delete" else "inserted"] += len(text.replace("\n", ""))
    return count


def _pair(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair the paragraphs of a replaced block in order, most similar first (``None``: no partner)."""
    if len(old) * len(new) > 2500:  # a rewrite of that size reads best whole
        return [(i, None) for i in range(len(old))] + [(None, j) for j in range(len(new))]
    ratio = [[SequenceMatcher(None, a, b, autojunk=False).ratio() for b in new] for a in old]
    # best monotonic pairing (the longest common subsequence weighted by similarity)
    score = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            paired = score[i + 1][j + 1] + ratio[i][j] if ratio[i][j] >= CHAR_DIFF_MIN_RATIO else -1.0
            score[i][j] = max(paired, score[i + 1][j], score[i][j + 1])
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if ratio[i][j] >= CHAR_DIFF_MIN_RATIO and score[i][j] == score[i + 1][j + 1] + ratio[i][j]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            out.append((i, None))
            i += 1
        else:
            out.append((None, j))
            j += 1
    out += [(k, None) for k in range(i, len(old))] + [(None, k) for k in range(j, len(new))]
    return out


def paragraphs(old: str | None, new: str | None) -> list[tuple[int | None, int | None, list[tuple[str, str]]]]:
    """The changed paragraphs: ``[(number in old, number in new, ops)]`` (1-based; ``None`` for a
    paragraph only one text has), in reading order.

    Paragraphs (lines) are aligned first; a changed paragraph is paired with the most similar
    one of its block and compared by sentence, then by character (:func:`diff_text`).

    Example:
        >>> paragraphs("甲。\\n乙。\\n丙丙丙。", "甲。\\n乙了。\\n丁丁丁。")  # doctest: +NORMALIZE_WHITESPACE
        [(2, 2, [('equal', '乙'), ('insert', '了'), ('equal', '。')]),
         (3, None, [('delete', '丙丙丙。')]), (None, 3, [('insert', '丁丁丁。')])]
    """
    a = [p for p in (old or "").split("\n") if p.strip()]
    b = [p for p in (new or "").split("\n") if p.strip()]
    out: list[tuple[int | None, int | None, list[tuple[str, str]]]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        for i, j in _pair(a[i1:i2], b[j1:j2]):
            if i is not None and j is not None:
                out.append((i1 + i + 1, j1 + j + 1, diff_text(a[i1 + i], b[j1 + j])))
            elif i is not None:
                out.append((i1 + i + 1, None, [("delete", a[i1 + i])]))
            else:
                out.append((None, j1 + j + 1, [("insert", b[j1 + j])]))
    return out


def _shorten(text: str, context: int, head: bool, tail: bool) -> str:
    if len(text) <= 2 * context + 10:
        return text
    left = text[:context] if head else ""
    right = text[-context:] if tail else ""
    return f"{left}…{right}"


def render_text(old: str | None, new: str | None, context: int = 30, color: bool = False, indent: str = "") -> str:
    """The changed paragraphs of ``old`` -> ``new``, one per line, for a terminal.

    ``¶N`` is the paragraph's number in the new text (``old ¶N`` for one that was deleted).
    Deleted text is ``[-…-]``, inserted text ``{+…+}`` (wdiff's marks; red and green with
    ``color``); unchanged text longer than ``2 * context`` characters keeps ``context`` on each
    side of a change. Empty when the texts have the same paragraphs.

    Example:
        >>> print(render_text("一段。\\n不变。\\n删去。", "一段话。\\n不变。"))
        ¶1  一段{+话+}。
        old ¶3  [-删去。-]
    """
    lines = []
    for old_no, new_no, ops in paragraphs(old, new):
        parts = []
        for i, (op, text) in enumerate(ops):
            if op == "equal":
                parts.append(_shorten(text, context, head=i > 0, tail=i < len(ops) - 1))
            elif color:
                parts.append(f"\x1b[{'9;31' if op == 'delete' else '32'}m{text}\x1b[0m")
            else:
                parts.append(f"[-{text}-]" if op == "delete" else f"{{+{text}+}}")
        label = f"¶{new_no}" if new_no is not None else f"old ¶{old_no}"
        lines.append(f"{indent}{label}  {''.join(parts)}")
    return "\n".join(lines)
