"""The site's footer: which lines are footer lines, and the footer text parsed into fields (who owns,
sponsors, runs and supports the site, its registration numbers and contacts).

Pure functions on text (the friend links, which need the DOM, are collected in ``links``).

>>> f = parse_footer("版權所有:山西風雨竹企業管理咨詢有限公司 備案號:晉ICP備17003981號 技術支持:龍采科技集團")
>>> f["copyright"], f["icp"], f["tech_support"]
('山西風雨竹企業管理咨詢有限公司', '晉ICP備17003981號', '龍采科技集團')
"""
from __future__ import annotations

import re

from pipelines.extract import rules as R
from pipelines.extract.serialize import no_marks

__all__ = ["FOOTER_FIELDS", "empty_footer", "footer_lines", "footer_shaped", "parse_footer", "short_footer_words",
           "text_friend_links"]

FOOTER_FIELDS = ("copyright", "sponsor", "operator", "icp", "police_record", "site_code", "tech_support",
                 "address", "phone", "email")

# A value runs to the next gap (two spaces, a bar, a full-width space, a line end) or the next label.
_LABELS = (r"版[权權]所有|著作[權权]所有|主[办辦](?:单位|單位)?|承[办辦](?:单位|單位)?|[运運][维維](?:单位|單位)?|"
           r"[维維][护護](?:单位|單位)?|技[术術]支持|[网網]站[标標]识码|[网網]站[标標]識碼|地址|[联聯][系係](?:电话|電話|方式)|"
           r"[电電]話|电话|[传傳]真|邮编|郵遞區號|郵編|Email|E-mail|[电電]子(?:邮箱|郵件|信箱)|邮箱|信箱|备案号|備案號|"
           r"ICP|[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]公[网網]安[备備]|"
           r"Copyright|©|All Rights Reserved|服务热线|客服|ICP[备備证證]|建[议議]|最佳|分辨率")
_END = rf"(?=\s{{2,}}|[|｜\u3000\n]|\s+(?:{_LABELS})|(?:{_LABELS})|[，,;；。]|$)"
#: The value itself, and the value after an optional colon.
_VALUE_TEXT = r"([^\s|｜\u3000\n:：，,;；。][^|｜\u3000\n]*?)" + _END
_VALUE = r"[:：]?\s*" + _VALUE_TEXT

_PATTERNS = {
    "sponsor": re.compile(r"主[办辦](?:单位|單位)?\s*[:：]\s*" + _VALUE_TEXT),
    "operator": re.compile(r"(?:承[办辦]|[运運][维維]|[维維][护護])(?:单位|單位)?\s*[:：]\s*" + _VALUE_TEXT),
    "tech_support": re.compile(r"技[术術]支持\s*(?:单位|單位)?" + _VALUE),
    "site_code": re.compile(r"[网網]站[标標][识識]码\s*[:：]?\s*([0-9A-Za-z]{6,20})|[网網]站標識碼\s*[:：]?\s*([0-9A-Za-z]{6,20})"),
    "icp": re.compile(r"([\u4e00-\u9fff]{0,2}\s*ICP\s*[备備证證]\s*[:：]?\s*[\d\s]{4,14}\s*[号號]?(?:\s*-\s*\d+)?)", re.I),
    "police_record": re.compile(r"([\u4e00-\u9fff]{1,2}公[网網]安[备備]\s*[:：]?\s*\d{6,20}\s*[号號]?)"),
    "address": re.compile(r"(?:[通联聯][讯訊系]?地址|单位地址|單位地址|地址|Address)" + _VALUE),
    "phone": re.compile(r"(?:[联聯][系係](?:电话|電話|方式)|[电電]話|电话|服务热线|客服热线|热线|Tel|Phone)\s*[:：]\s*"
                        r"((?:\+?[(（]?\d[\d\-－—() （）]{5,}\d)(?:\s*[、/,，]\s*\d[\d\-－—() （）]{5,}\d)*)", re.I),
    "email": re.compile(r"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"),
}
_COPYRIGHT_AFTER = re.compile(r"(?:版[权權]所有|著作[權权]所有)\s*(?:[:：]|©)\s*" + _VALUE_TEXT)
_COPYRIGHT_BEFORE = re.compile(r"(?:^|[ \t|｜\u3000:：©]|\d{4})([^\s|｜\u3000:：©]{2,40}?)[ \t]*(?:版[权權]所有|著作[權权]所有)",
                               re.M)
_COPYRIGHT_LEADING = re.compile(r"(?:^|\s{2})(?:版[权權]所有|著作[權权]所有)[ \t]+" + _VALUE_TEXT, re.M)
_COPYRIGHT_EN = re.compile(r"(?:Copyright|©|\(c\))\s*(?:©|\(c\)|&copy;)?\s*(?:(?:19|20)\d{2}\s*(?:[-–—]\s*(?:19|20)?\d{2,4})?)?"
                           r"\s*(?:by\s+)?([^|｜\n]+?)\s*(?=All Rights|版[权權]|\s{2,}|[|｜\u3000\n]|\.\s|$)", re.I)
#: Phrases that follow 版权所有 but are not a holder ("版权所有 不得转载", "© 2004-2008").
_NOT_HOLDER = re.compile(r"不得|未经|禁止|翻印|转载|複製|轉載|侵权|必究|reserved|^[\d\s\-–—@©]+$", re.I)
_TRIM = " \t\u3000:：,，;；.。|｜-—·"
#: What the English holder pattern catches that is not a holder's name: a bare year, an All Rights phrase.
_NOT_LEADING_HOLDER = re.compile(r"(?:Copyright|©|\d)", re.I)
_NOT_EN_HOLDER = re.compile(r"(?:All Rights|版[权權])", re.I)
_COLON = re.compile(r"[:：]")
#: Copyright words left around a holder's name, and what a name has: two letters or characters.
_HOLDER_LEAD = re.compile(r"^(?:Copyright|©|\(c\))\s*(?:(?:19|20)\d{2}\s*(?:[-–—]\s*\d{2,4})?)?\s*", re.I)
_HOLDER_TAIL = re.compile(r"\s*(?:All Rights Reserved\.?|版[权權]所有)$", re.I)
_NAME_LETTERS = re.compile(r"[A-Za-z\u4e00-\u9fff]{2}")
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[\r\f\v]")


def empty_footer() -> dict:
    """A footer record with every field present and empty.

    >>> empty_footer()["friend_links"]
    []
    """
    out: dict = {k: None for k in FOOTER_FIELDS}
    out["friend_links"] = []
    return out


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip(_TRIM)
    return value or None


def parse_footer(text: str) -> dict:
    """Parse footer text into the fields of :func:`empty_footer` (``friend_links`` left empty).

    >>> f = parse_footer("主办：运城市人民政府办公室  承办：运城市大数据中心  网站标识码：1408000001\\n"
    ...                  "晋ICP备05004236号  晋公网安备 14080202000123号  地址：运城市河东东街88号  电话：0359-2022222")
    >>> f["sponsor"], f["operator"], f["site_code"], f["police_record"], f["phone"]
    ('运城市人民政府办公室', '运城市大数据中心', '1408000001', '晋公网安备14080202000123号', '0359-2022222')
    """
    out = empty_footer()
    if not text:
        return out
    text = text.replace("\xa0", " ")
    for key, rx in _PATTERNS.items():
        m = rx.search(text)
        if m:
            out[key] = _clean(next((g for g in m.groups() if g), None))
    m = _COPYRIGHT_AFTER.search(text)
    holder = m.group(1) if m else None
    if not holder:
        m = _COPYRIGHT_LEADING.search(text)
        holder = m.group(1) if m and not _NOT_LEADING_HOLDER.match(m.group(1)) else None
    if not holder:
        m = _COPYRIGHT_BEFORE.search(text)
        if m and not _COLON.search(m.group(1)):
            holder = m.group(1)
    if not holder:
        m = _COPYRIGHT_EN.search(text)
        if m and not _NOT_EN_HOLDER.match(m.group(1)):
            holder = m.group(1)
    holder = _clean(holder)
    if holder:
        holder = _HOLDER_LEAD.sub("", holder)
        holder = _clean(_HOLDER_TAIL.sub("", holder))
    if holder and (_NOT_HOLDER.search(holder) or not _NAME_LETTERS.search(holder)):
        holder = None
    out["copyright"] = holder
    for key in ("icp", "police_record"):
        if out[key]:
            out[key] = _SPACES.sub("", out[key])
    return out


_FRIEND_TEXT = re.compile(r"(?:友情[链鏈]接|[网網]站[链鏈]接|Friendly\s+Links?)\s*[:：]\s*(.+)", re.I)
_FRIEND_SPLIT = re.compile(r"\s*[|｜、]\s*|\s{2,}|\u3000+")


def text_friend_links(text: str) -> list[dict]:
    """Friend links written as plain text on a footer line (``友情鏈接:平臺甲 | 平臺乙 |``): each name, without
    a URL (the page links none).

    >>> text_friend_links("友情鏈接:晉陜豫黃河金三角區域經濟資源平臺 |")
    [{'text': '晉陜豫黃河金三角區域經濟資源平臺', 'url': None}]
    """
    out: list[dict] = []
    for line in text.split("\n"):
        m = _FRIEND_TEXT.search(line)
        if not m:
            continue
        for name in _FRIEND_SPLIT.split(m.group(1)):
            name = _clean(name)
            if name and _NAME_LETTERS.search(name) and not R.FOOTER_LINE.search(name) \
                    and all(name != x["text"] for x in out):
                out.append({"text": name, "url": None})
    return out


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _folds_to_ascii(c: str) -> bool:
    """A non-ASCII character that IGNORECASE matches with an ASCII letter (the Kelvin sign, the long s ...)."""
    return any(re.fullmatch(re.escape(c), x, re.IGNORECASE) for x in _ASCII_LETTERS)


_CODED = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def _atom(pattern: str, at: int, before: bool = False) -> str | None:
    """The character that a class's range starts (``before``: ends) with at ``at``: a plain character or one by its
    code (``\\u4e00``); None for anything else."""
    if before:
        for size in (4, 6, 10):
            m = _CODED.fullmatch(pattern, max(0, at - size + 1), at + 1)
            if m:
                return chr(int(m.group(0)[2:], 16))
        c = pattern[at]
        return None if c == "\\" or pattern[at - 1: at] == "\\" else c
    m = _CODED.match(pattern, at)
    if m:
        return chr(int(m.group(0)[2:], 16))
    c = pattern[at]
    return None if c == "\\" else c


def _lowered(pattern: str) -> str | None:
    """The pattern that finds, without IGNORECASE, in lower-cased ASCII text what ``pattern`` finds with IGNORECASE in
    the text: its ASCII letters lower-cased, escapes kept as they are (``\\S`` stays ``\\S``). None when that
    does not hold for sure: inline flags or named groups, a character by name, a range in a class other than of
    digits, letters of one case or non-ASCII characters, or a character that IGNORECASE matches with an ASCII letter
    while it is not one."""
    out, i, in_class = [], 0, False
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1: i + 2]
            size = {"x": 2, "u": 4, "U": 8}.get(nxt)
            if size:
                try:
                    char = chr(int(pattern[i + 2: i + 2 + size], 16))
                except ValueError:
                    return None
                if char.isascii() and char.isalpha():
                    out.append(char.lower() if not in_class else pattern[i: i + 2 + size])
                    if in_class:
                        return None
                elif not char.isascii() and _folds_to_ascii(char):
                    return None
                else:
                    out.append(pattern[i: i + 2 + size])
                i += 2 + size
                continue
            if nxt == "N" or not nxt:
                return None
            out.append(pattern[i: i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "-" and out and out[-1] != "[" and pattern[i + 1: i + 2] not in ("]", ""):
                lo, hi = _atom(pattern, i - 1, before=True), _atom(pattern, i + 1)
                if lo is None or hi is None or not ((lo.isdigit() and hi.isdigit()) or ("a" <= lo <= "z" and "a" <= hi <= "z")
                                                    or ("A" <= lo <= "Z" and "A" <= hi <= "Z")
                                                    or (not lo.isascii() and not hi.isascii())):
                    return None
        elif c == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "]":
                return None  # (a literal "]" first in a class: not worth following)
        elif c == "(" and pattern[i + 1: i + 2] == "?" and not (pattern[i + 2: i + 3] in (":", "=", "!")
                                                                or pattern[i + 2: i + 4] in ("<=", "<!")):
            return None
        if not c.isascii() and _folds_to_ascii(c):
            return None
        out.append(c.lower() if c.isascii() else c)
        i += 1
    return "".join(out)


def ascii_search(rx: re.Pattern):
    """``lambda text: rx.search(text) is not None``, faster on ASCII text when ``rx`` ignores case: there the
    pattern lower-cased without IGNORECASE (:func:`_lowered`) finds the same matches in the text lower-cased, and is
    scanned by its first characters (IGNORECASE keeps the regex engine from doing so)."""
    pattern = _lowered(rx.pattern) if rx.flags & re.IGNORECASE else None
    if pattern is None:
        return lambda text: rx.search(text) is not None
    try:
        low = re.compile(pattern, rx.flags & ~re.IGNORECASE)
    except re.error:
        return lambda text: rx.search(text) is not None

    def search(text: str) -> bool:
        if text.isascii():
            return low.search(text.lower()) is not None
        return rx.search(text) is not None
    return search


def _either(a: re.Pattern, b: re.Pattern):
    """Whether ``a`` or ``b`` finds a match in a text, in one scan (see :func:`ascii_search`)."""
    if a.flags != b.flags or any(re.search(r"\\\d|\(\?P", rx.pattern) for rx in (a, b)):
        return lambda text: a.search(text) is not None or b.search(text) is not None
    return ascii_search(re.compile(f"(?:{a.pattern})|(?:{b.pattern})", a.flags))


def memo_by_line(test):
    """``test`` (a pure function of one line of text) answering again from memory for a line it has seen: a
    portal's navigation, sidebar and footer lines come back on every page. At most ``LINE_MEMO_SIZE`` lines are
    remembered (then the memory starts again)."""
    known: dict = {}

    def remembered(line: str):
        found = known.get(line, known)
        if found is known:
            if len(known) >= R.LINE_MEMO_SIZE:
                known.clear()
            found = known[line] = test(line)
        return found
    remembered.__doc__ = test.__doc__
    remembered.__name__ = test.__name__
    remembered.__wrapped__ = test
    return remembered


#: ``FOOTER_LINE`` finds something in the text (see :func:`ascii_search`)
has_footer_line = memo_by_line(ascii_search(R.FOOTER_LINE))
#: neither a registration number nor a footer word: not a footer line (most lines, ruled out in one scan)
_FOOTER_EITHER = _either(R.FOOTER_REGISTRATION, R.FOOTER_LINE)


def footer_shaped(line: str) -> bool:
    """A footer line by its shape, not by a word inside a sentence: a registration number
    (``…ICP备12345678号``, ``…公网安备…号``, ``网站标识码：…``), or a footer word (版权所有, 友情链接,
    技术支持：, Copyright ...) on a line that does not read as prose.

    >>> footer_shaped("版权所有：某市人民政府　京ICP备12345678号")
    True
    >>> footer_shaped("部分网站底部仅标注“版权所有”字样，未悬挂ICP备案编号及链接。")
    False
    """
    if not _FOOTER_EITHER(line):
        return False
    if R.FOOTER_REGISTRATION.search(line):
        # a sentence that cites a record number ("经查，该网站备案号为…ICP备…号，已注销。") is text
        return not (len(line) > 2 * R.MAX_SHORT_FOOTER_SENTENCE and R.FOOTER_PROSE.search(line)
                    and not R.FOOTER_COPYRIGHT_SHAPE.search(line) and not R.FOOTER_WEAK.search(line))
    return has_footer_line(line) and not _footer_prose(line)


footer_shaped = memo_by_line(footer_shaped)


def _footer_prose(line: str) -> bool:
    """A line naming a footer word that reads as a sentence (see ``FOOTER_PROSE`` in ``rules``)."""
    if len(line) <= R.MAX_SHORT_FOOTER_SENTENCE:
        return False
    if R.FOOTER_QUOTED.search(line) or R.FOOTER_PROSE.search(line):
        return True
    return bool(R.FOOTER_SENTENCE_END.search(line)) and not R.FOOTER_COPYRIGHT_SHAPE.search(line)


def short_footer_words(line: str) -> bool:
    """``SHORT_FOOTER_WORDS`` on a line that is not a sentence."""
    return bool(R.SHORT_FOOTER_WORDS.search(line)) and not _footer_prose(line)


short_footer_words = memo_by_line(short_footer_words)


def _gap_line(line: str) -> str:
    """Normalise a footer line but keep gaps (full-width spaces, tabs, runs of spaces) as two spaces."""
    line = R.FOOTER_GAP.sub("  ", no_marks(line))
    return _ODD_SPACE.sub(" ", line).strip()


def footer_lines(zone: str) -> list[str]:
    """The footer block: the last cluster of strong footer lines (ICP, 版权所有 ...) in ``zone``, with the
    weak 主办/地址/电话 lines around it. Gaps are kept so that field values end where they should."""
    raw = [x for x in zone.split("\n") if x and not x.isspace() and len(x) <= R.MAX_FOOTER_ZONE_LINE]
    strong = [i for i, line in enumerate(raw) if has_footer_line(line)]
    if not strong:
        return []
    first = next(i for i in strong if i >= strong[-1] - R.FOOTER_CLUSTER_LINES)
    start = max(0, first - R.FOOTER_WEAK_LINES_ABOVE)
    picked = (_gap_line(x) for x in raw[start:] if R.FOOTER_LINE.search(x) or R.FOOTER_WEAK.search(x))
    return [x for x in picked if x and len(x) <= R.MAX_FOOTER_BLOCK_LINE]
