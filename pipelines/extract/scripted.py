"""The article of a script-rendered page, read from the data its scripts carry.

A single-page application (a Vue or React shell: ``<div id="root"></div>``) ships the article as HTML inside a
string of its initial state (``window.__PRELOADED_STATE__ = {"article": {"articleTitle": …, "articleContent":
"<p>…</p>"}}``, ``__INITIAL_STATE__``, ``__NEXT_DATA__``). When the page's own markup yields no article (nothing,
or only a dateline or a site name), :func:`script_article` finds that string: the longest string literal of an
inline script that is HTML with paragraphs and running text, and the title string written next to it. The
caller extracts the string's HTML like any page (``core``), so the same rules clean it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pipelines.extract import rules as R

__all__ = ["ScriptArticle", "script_article"]

#: A double-quoted string literal of some length (JSON and most state objects use double quotes).
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){%d,})"' % R.SCRIPT_ARTICLE_MIN_CHARS)
#: HTML with paragraphs or line breaks, escaped (``\u003cp\u003e``, ``<\/p>``) or not.
_PARAGRAPH = re.compile(r"<(?:p|br|div|section)\b|\\u003c(?:p|br|div|section)\b", re.I)
#: A key naming a title, and its string value.
_TITLE = re.compile(r'"(\w*title\w*)"\s*:\s*"((?:[^"\\\n]|\\.){2,%d})"' % R.MAX_TITLE_CHARS, re.I)
_TAGS = re.compile(r"<[^>]*>")


@dataclass
class ScriptArticle:
    """An article found in a script: its HTML and the title written beside it (None without one)."""

    html: str
    title: str | None


def _unquote(raw: str) -> str | None:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return None


def script_article(scripts: list[str]) -> ScriptArticle | None:
    """The article HTML an inline script carries, or None.

    >>> state = ('window.__PRELOADED_STATE__ = {"article": {"data": {"articleTitle": "枣阳市出台措施支持返乡入乡创业",'
    ...          '"articleContent": "<p>' + "为鼓励和支持外出务工人员返乡入乡创业，枣阳市近日出台若干措施。" * 5 + '</p>"}}};')
    >>> found = script_article([state])
    >>> found.title, found.html[:12]
    ('枣阳市出台措施支持返乡入乡创业', '<p>为鼓励和支持外出务')
    """
    best: tuple[int, str, int, int, str] | None = None
    for text in scripts:
        if len(text) < R.SCRIPT_ARTICLE_MIN_CHARS or not _PARAGRAPH.search(text):
            continue
        for m in _STRING.finditer(text):
            raw = m.group(1)
            if not _PARAGRAPH.search(raw):
                continue
            html = _unquote(raw)
            if not html:
                continue
            words = len("".join(_TAGS.sub(" ", html).split()))
            if words >= R.SCRIPT_ARTICLE_MIN_CHARS and (best is None or words > best[0]):
                best = (words, html, m.start(), m.end(), text)
    if best is None:
        return None
    _, html, at, end, text = best
    before = list(_TITLE.finditer(text, max(0, at - R.SCRIPT_TITLE_CHARS), at))
    after = _TITLE.search(text, end, end + R.SCRIPT_TITLE_CHARS)
    found = before[-1] if before else after
    title = _unquote(found.group(2)) if found else None
    return ScriptArticle(html, title.strip() if title and title.strip() else None)
