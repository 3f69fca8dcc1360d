"""Readable differences between two versions of a Chinese text.

A line diff is useless for Chinese articles: a paragraph is one line, and a changed date
inside it marks the whole paragraph. Here the texts are first aligned sentence by sentence
(a sentence ends at 。！？；!?; or a line break), then each block of changed sentences is
compared character by character -- unless the two blocks have little in common, when
showing "this went, that came" is easier to read than a confetti of single characters.

Example:
    >>> ops = diff_text("通气调试将于11月底前完成。其余不变。", "通气调试推迟至12月10日前完成。其余不变。")
    >>> [(op, text) for op, text in ops]  # doctest: +NORMALIZE_WHITESPACE
    [('equal', '通气调试'), ('delete', '将于11月底'), ('insert', '推迟至12月10日'), ('equal', '前完成。其余不变。')]
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from markupsafe import Markup, escape

__all__ = ["diff_text", "render_html", "sentences", "summary"]

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


def _html(text: str) -> str:
    return str(escape(text)).replace("\n", "<br>\n")


def render_html(ops: list[tuple[str, str]], context: int = 80) -> Markup:
    """The diff as HTML: ``<del>`` and ``<ins>``, line breaks kept, long unchanged runs shortened.

    Unchanged text longer than ``2 * context`` characters keeps ``context`` characters on each
    side of a change and says how much it left out.

    Example:
        >>> str(render_html([("equal", "a<b"), ("delete", "c"), ("insert", "d")]))
        'a&lt;b<del>c</del><ins>d</ins>'
    """
    parts = []
    for i, (op, text) in enumerate(ops):
        if op == "delete":
            parts.append(f"<del>{_html(text)}</del>")
        elif op == "insert":
            parts.append(f"<ins>{_html(text)}</ins>")
        elif len(text) > 2 * context + 20:
            head = text[:context] if i > 0 else ""
            tail = text[-context:] if i < len(ops) - 1 else ""
            skipped = len(text) - len(head) - len(tail)
            parts.append(f'{_html(head)}<span class="skipped">…（{skipped} 字未变）…</span>{_html(tail)}')
        else:
            parts.append(_html(text))
    return Markup("".join(parts))
