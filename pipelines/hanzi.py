"""Traditional -> Simplified folding: the project's one OpenCC converter.

Extraction keeps a Simplified copy of every title and body (:func:`to_simplified`); the archive's
search index folds text character by character with the same converter (``archive.text.fold``).
OpenCC is imported on first use, so importing this module costs nothing.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["t2s", "to_simplified"]


@lru_cache(maxsize=1)
def t2s():
    """The shared ``opencc.OpenCC("t2s")`` converter, made on first use."""
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str | None) -> str | None:
    """Fold Traditional characters to Simplified with OpenCC (``t2s``), for search.

    >>> to_simplified("運城市政府")
    '运城市政府'
    >>> to_simplified(None) is None, to_simplified("")
    (True, '')
    """
    if not text:
        return text
    return t2s().convert(text)
