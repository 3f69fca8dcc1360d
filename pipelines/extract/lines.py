"""Line filters over the body's text: the info bar, datelines, boilerplate, link runs, the footer, the trailer.

The body is serialised to lines (see ``serialize``); these functions decide which lines are article
text and which are page furniture or metadata that is returned as fields.
"""
from __future__ import annotations

import re

from pipelines.extract import rules as R
from pipelines.extract.clean import compact, same_text
from pipelines.extract.dates import MONTH_NAMES, find_dates
from pipelines.extract.footer import footer_shaped, short_footer_words
from pipelines.extract.serialize import LINK_CLOSE, LINK_OPEN, split_lines
from pipelines.extract.tree import nchars, prose_line


def is_info_line(line: str) -> bool:
    """The date/source/views bar under a headline, as opposed to a body line such as
    ``会议时间：12月1日上午9:00``: an info word with a date or a label, two labels, or a bare date."""
    if len(line) >= R.INFO_LINE_LIMIT or R.CONTENT_PUNCT.search(R.INFO_PUNCT.sub("", line)):
        return False
    if R.DATE_ONLY.match(line) and find_dates(line):
        return True
    if R.INFO_WORDS.search(line) and (find_dates(line) or R.COLON.search(line)):
        return True
    if len(R.INFO_LABEL.findall(line)) >= R.MIN_INFO_LABELS and find_dates(line):
        return True
    return is_dateline(line)


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def written_date_line(line: str) -> bool:
    """A date written out in words, alone on its line (``Tuesday 13 February 2024``, ``13 febbraio 2024``).

    >>> written_date_line("Tuesday 13 February 2024"), written_date_line("13 February: council meets")
    (True, False)
    """
    if len(line) > R.MAX_DATELINE_CHARS or not find_dates(line):
        return False
    return all(w in R.DATE_LINE_WORDS or w in MONTH_NAMES or w[:3] in MONTH_NAMES
               for w in _LETTER_WORD.findall(line.lower()))


def is_dateline(line: str) -> bool:
    """An unlabelled dateline: a date (and time) with at most two words shaped like an organisation's
    name (``2023年10月9日 08:19　临川新闻网``).

    >>> is_dateline("2023年10月9日 08:19　临川新闻网"), is_dateline("2023年10月9日，临川召开大会")
    (True, False)
    """
    if len(line) > R.MAX_DATELINE_CHARS or not find_dates(line):
        return False
    words = R.CLOCK.sub(" ", R.DATE_TEXT.sub(" ", line)).split()
    return 0 < len(words) <= R.MAX_DATELINE_WORDS and all(R.UNLABELLED_SOURCE.match(w) for w in words)


def cut_footer(lines: list[str]) -> list[str]:
    """A body that ran into the site footer: cut at the footer block (its strong line and the
    weak 主办/地址/电话 lines just above it) when it sits in the last part of the text."""
    strong = next((i for i, x in enumerate(lines) if _footer_line(x)), None)
    if strong is None or strong < len(lines) * R.FOOTER_CUT_SHARE:
        return lines
    cut = strong
    while cut > 0 and strong - cut < R.FOOTER_CUT_WEAK_LINES and len(lines[cut - 1]) <= R.MAX_WEAK_FOOTER_LINE_CHARS \
            and R.FOOTER_WEAK.search(lines[cut - 1]):
        cut -= 1
    tail = [x for x in lines[cut:]
            if not (len(x) <= R.MAX_FOOTER_LINE_CHARS and (footer_shaped(x) or R.FOOTER_WEAK.search(x)))]
    # keep real text after the footer block only if it is substantial (a footer inside a two-part layout)
    return lines[:cut] + [x for x in tail if len(x) > R.MIN_TEXT_AFTER_FOOTER_CHARS]


def _footer_line(line: str) -> bool:
    """A body line that is a footer line (see :func:`~pipelines.extract.footer.footer_shaped`)."""
    return len(line) <= R.MAX_FOOTER_LINE_CHARS and footer_shaped(line)


_LINK_SPAN = re.compile(LINK_OPEN + "([^" + LINK_CLOSE + "]*)" + LINK_CLOSE)


def promo_line(line: str) -> bool:
    """A "read also" line: a short label and a colon, then a linked headline that is the rest of the
    line (``Lea también: <a>…</a>``, ``Mehr zum Thema: <a>…</a>``, ``相关阅读：<a>…</a>``), in any language;
    a credit label (``来源：<a>人民网</a>``, ``Source: <a>…</a>``) is a field and an attachment
    (``附件：<a>通报.pdf</a>``) is the article's own document, not a promotion.

    >>> promo_line("Lesen Sie auch: \x05Die Bahn streikt wieder\x06"), promo_line("来源：\x05人民网\x06")
    (True, False)
    """
    m = R.PROMO_LINE.match(line)
    if not m or R.CREDIT_LINE.match(line) or R.NOT_PROMO_LABEL.search(m.group(1)):
        return False
    return nchars(m.group(2)) >= R.MIN_PROMO_LINK_CHARS and not m.group(2).strip().lower().endswith(R.ATTACHMENT_EXTENSIONS)


def drop_link_runs(lines: list[str]) -> list[str]:
    """Lines that are (almost) all link text, two or more in a row, are a headline list, not body;
    a lone link line (an attachment, a source link) stays unless it is a "read also" line (see
    :func:`promo_line`). Link marks are removed."""
    def linkish(line: str) -> bool:
        links = _LINK_SPAN.findall(line)
        if not links or len(line) > R.MAX_LINK_LINE_CHARS:
            return False
        link_chars = sum(nchars(x) for x in links)
        outside = R.LINK_LINE_STAMP.sub("", _LINK_SPAN.sub(LINK_OPEN, line))  # a list's date stamps are not text
        plain = link_chars + nchars(outside.replace(LINK_OPEN, ""))
        if any(x.strip().lower().endswith(R.ATTACHMENT_EXTENSIONS) for x in links):
            return False
        return plain and link_chars / plain >= R.LINK_LINE_SHARE
    flags = [linkish(x) for x in lines]
    out = []
    for i, line in enumerate(lines):
        run = flags[i] and ((i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]))
        if not run and not promo_line(line):
            out.append(line.replace(LINK_OPEN, "").replace(LINK_CLOSE, ""))
    return out


def body_lines(text: str, title: str | None) -> tuple[list[str], list[str]]:
    """Body lines without footer/boilerplate lines, and the info-bar lines taken off its top."""
    lines = []
    removed: list[str] = []
    dropped_info: list[str] = []
    for line in cut_footer(drop_link_runs(split_lines(text))):
        if _footer_line(line) or not R.WORD_CHAR.search(line):
            continue  # a footer line; a separator line (``|``, ``-----``, ``※※※``)
        if len(line) <= R.MAX_BOILERPLATE_LINE and short_footer_words(line):
            continue
        if len(line) <= R.MAX_ANSWER_LABEL_CHARS and R.BEST_ANSWER_LINE.match(line):
            continue
        if len(line) <= R.MAX_PLATFORM_STATEMENT_CHARS and R.PLATFORM_STATEMENT.search(line):
            continue
        if len(line) <= R.MAX_BOILERPLATE_LINE and R.BOILERPLATE_LINE.search(line):
            if not R.PREV_NEXT_LINE.match(line) and R.DATE_LABEL_RX.search(line):
                dropped_info.append(line)  # an info bar with a view counter (浏览 N 次 | 发布于…) still dates the page
            continue
        lines.append(line)
    # the title and the info bar (date, source, views) are fields, not body; short lines above the info bar
    # (a kicker, a subtitle, the author's name) go with it
    info_at = next((i for i, x in enumerate(lines[:R.MAX_ABOVE_INFO_LINES + 1]) if is_info_line(x) or written_date_line(x)),
                   None)
    if info_at and info_at + 1 < len(lines) and all(len(x) <= R.MAX_ABOVE_INFO_CHARS and not R.ABOVE_INFO_SENTENCE.search(x)
                                                    for x in lines[:info_at]):
        removed.extend(lines[:info_at])
        lines = lines[info_at:]
    for _ in range(R.BODY_HEAD_LINES):
        if not lines:
            break
        first = lines[0]
        if title and (same_text(first, title) or (len(first) < R.TITLE_LINE_LIMIT and compact(title) in compact(first)
                                               and len(first) < len(title) + R.TITLE_LINE_EXTRA_CHARS)):
            lines.pop(0)
        elif is_info_line(first):
            removed.append(lines.pop(0))
        elif written_date_line(first):
            lines.pop(0)  # a date written out in words: not text (the page's own date evidence is read elsewhere)
        elif R.CONTENT_LABEL_LINE.match(first):
            lines.pop(0)  # the label cell of a key-value table ("內容 | <text>")
        else:
            break
    return lines, removed + dropped_info


def trim_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Take the trailer off the end of the body: standalone credit lines (``（责任编辑：…）``,
    ``图文：…``, ``来源：…``, ``Source: …``), which are returned as metadata, and an end mark
    (``完``, ``（完）``, ``-完-``) with the date/time lines after it. A plain date under a notice (its
    signature date) stays: only lines after an end mark are dropped for being dates.

    >>> trim_trailer(["正文第一段。", "完", "2023年3月8日（星期三）", "香港時間16時30分"])
    (['正文第一段。'], ['2023年3月8日（星期三）', '香港時間16時30分'])
    >>> trim_trailer(["正文。", "（责任编辑：张三　审核：李四）"])
    (['正文。'], ['（责任编辑：张三　审核：李四）'])
    >>> trim_trailer(["各单位：请做好准备。", "某某局", "2023年4月27日"])
    (['各单位：请做好准备。', '某某局', '2023年4月27日'], [])

    The mark and the date/time may share one line, or close the last paragraph:

    >>> trim_trailer(["正文第一段。", "完 2023年11月8日（星期三） 香港時間16時05分", "來源：食物安全中心"])
    (['正文第一段。'], ['2023年11月8日（星期三） 香港時間16時05分', '來源：食物安全中心'])
    >>> trim_trailer(["正文第一段。完 2023年11月8日 香港時間16時05分"])
    (['正文第一段。'], ['2023年11月8日 香港時間16時05分'])
    """
    def credit(x: str) -> bool:
        return len(x) <= R.MAX_CREDIT_LINE_CHARS and bool(R.CREDIT_LINE.match(x) or R.CREDIT_ROLES_LINE.match(x)
                                                         or R.EMAIL_ONLY_LINE.match(x)) \
            and not R.SENTENCE_MARK.search(x)

    def dated(x: str) -> bool:
        return len(x) <= R.MAX_DATELINE_CHARS and bool(R.TRAILER_DATETIME.search(x)) \
            and not R.CONTENT_PUNCT.search(R.INFO_PUNCT.sub("", x))

    def end_mark(x: str) -> bool:
        return bool(R.END_MARK_LINE.match(x) or R.END_MARK_DATELINE.match(x))

    lines, contact = _contact_block(lines)
    j = len(lines)
    while j > 1 and len(lines) - j < R.MAX_TRAILER_LINES:
        x = lines[j - 1]
        if credit(x) or end_mark(x) or dated(x):
            j -= 1
        else:
            break
    tail = lines[j:]
    mark = next((i for i, x in enumerate(tail) if end_mark(x)), None)
    if mark is not None:
        one_line = R.END_MARK_DATELINE.match(tail[mark])
        body, removed = lines[:j + mark], ([one_line.group(1).strip()] if one_line else []) + tail[mark + 1:]
    else:
        k = len(lines)
        while k > 1 and credit(lines[k - 1]):
            k -= 1
        body, removed = lines[:k], lines[k:]
    if body:
        glued = R.END_MARK_DATELINE_TAIL.search(body[-1])
        if glued:
            removed = [glued.group(1).strip()] + removed
            last = body[-1][:glued.start()].rstrip()
        else:
            last = R.END_MARK_TAIL.sub("", body[-1])
        body = body[:-1] + ([last] if last else [])
    return body, removed + contact


def _contact_block(lines: list[str]) -> tuple[list[str], list[str]]:
    """A release's contact block taken off its end: a ``Media contact`` heading line followed only by a few short
    lines without a sentence (name, role, phone).

    >>> _contact_block(["Text of the release.", "-30-", "Media contact", "Jane Doe", "905-555-0100"])
    (['Text of the release.', '-30-'], ['Media contact', 'Jane Doe', '905-555-0100'])
    """
    for i in range(len(lines) - 1, max(0, len(lines) - R.MAX_CONTACT_LINES - 1), -1):
        if R.CONTACT_HEADING.match(lines[i]):
            rest = lines[i + 1:]
            if i > 0 and all(len(x) <= R.MAX_CREDIT_LINE_CHARS and not R.SENTENCE_MARK.search(x) for x in rest):
                return lines[:i], lines[i:]
            break
    return lines, []


def cut_replies(lines: list[str], title: str | None) -> list[str]:
    """A thread's replies taken off its first post: the body ends at a line that is only a replies heading
    (``跟贴：``, ``回复：``, ``Replies``) or a reply's heading that repeats the thread's title (``回复：{title}``,
    ``Re: {title}``), when the text above it holds more running text than everything after it.

    >>> cut_replies(["第一段很长的正文，讲了一件事情的来龙去脉。" * 3, "跟贴：", "re: 路过，顶一下 -- 董岩伯"], None)[1:]
    []
    >>> len(cut_replies(["第一段正文。", "回复：", "这一段是后面的长篇正文，展开讲了很多道理。" * 3], None))
    3
    """
    flat_title = compact(title) if title else None
    for i, line in enumerate(lines[1:], 1):
        if len(line) > R.MAX_REPLIES_HEADING_CHARS:
            continue
        m = R.REPLIES_HEADING.match(line)
        if not m:
            continue
        rest = compact(line[m.end():])
        if rest and rest != flat_title:
            continue
        before = sum(nchars(x) for x in lines[:i] if prose_line(x))
        after = sum(nchars(x) for x in lines[i + 1:] if prose_line(x))
        if before > after:
            return lines[:i]
    return lines
