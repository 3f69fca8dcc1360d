"""Differences between two versions as HTML, for the researchers' window.

The alignment itself -- sentence by sentence, then character by character, Chinese-aware -- is
:mod:`archive.diff` (``govarchive changes --diff`` prints the same diff for a terminal); this
module renders it with ``<del>`` and ``<ins>``.

Example:
    >>> ops = diff_text("通气调试将于11月底前完成。其余不变。", "通气调试推迟至12月10日前完成。其余不变。")
    >>> str(render_html(ops))
    '通气调试<del>将于11月底</del><ins>推迟至12月10日</ins>前完成。其余不变。'
"""
from __future__ import annotations

from markupsafe import Markup, escape

from archive.diff import diff_text, sentences, summary

__all__ = ["diff_text", "render_html", "sentences", "summary"]


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
