"""Dates on Chinese and Taiwanese government pages: parsing them, and choosing a page's publication date.

``parse_date``/``find_dates`` are the project's date parsers (the date grammar lives here, not in
``rules``); ``pick_date`` chooses the publication date from the evidence a page offers
(:class:`DateEvidence`). Dates come back as ISO strings: ``2019-11-22``, or ``2019-11-22T09:30`` /
``2019-11-22T09:30:05`` when the page gives a time.

>>> parse_date("发布时间：2019年11月22日 09:30")
'2019-11-22T09:30'
>>> parse_date("民國108年8月12日")
'2019-08-12'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from lxml import etree

from pipelines.extract import rules as R

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from pipelines.extract.tree import Page

__all__ = ["DateEvidence", "date_from_url", "find_dates", "iso_from_parts", "parse_date", "pick_date", "taiwan",
           "time_elements", "with_time"]

_TIME = r"(?:\s*(?:T|\s|&nbsp;)?\s*(\d{1,2})[:：时時](\d{2})(?:[:：分](\d{2}))?)?"
_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?" + _TIME
)
# 2019年11月 without a day is not a publication date; compact 20191122 only in URLs.
_ROC = re.compile(
    r"(?:民國|民国|中華民國|中华民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?" + _TIME
)
# 108-08-12, 108/8/12, 108.08.12 (ROC years 1..200): only accepted when the caller says so.
_ROC_NUMERIC = re.compile(r"(?<![\d/.-])(\d{2,3})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.-])" + _TIME)
_ROC_CJK = re.compile(r"(?<!\d)(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _TIME)
# Japanese era dates: 令和6年2月13日 (令和 1 = 2019, 平成 1 = 1989; 元年 is year 1).
_JA_ERA = re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _TIME)
_JA_ERA_BASE = {"令和": 2018, "平成": 1988}
# Arabic-Indic and Persian digits, read as ASCII digits (one character for one: positions are kept).
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_DATE = re.compile(r"([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*"
                      r"([一二三四五六七八九十]{1,3})\s*日")
# 9/17/2004 5:54:13 AM (ASP/.NET's US default) and 06/02/2022 (day first, European sites).
_MDY = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])"
                  r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?", re.I)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "sept")
_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?)?"  # asctime: Tue Feb 13 15:02:07 2024
    r"((?:19|20)\d{2})\b",
    re.I,
)
#: Month names of the European languages pages come in (English is read by ``_EN_DATE``): German, French,
#: Spanish, Italian, Portuguese, Dutch, Polish (nominative and genitive), with the usual abbreviations.
_MONTH_NAMES = {
    **{m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                       "september", "oktober", "november", "dezember"])},
    "jänner": 1, "maerz": 3, "mär": 3, "okt": 10, "dez": 12,
    **{m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                       "septembre", "octobre", "novembre", "décembre"])},
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
    **{m: i + 1 for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"])},
    "setiembre": 9,
    **{m: i + 1 for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                       "agosto", "settembre", "ottobre", "novembre", "dicembre"])},
    **{m: i + 1 for i, m in enumerate(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                       "setembro", "outubro", "novembro", "dezembro"])},
    **{m: i + 1 for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                       "september", "oktober", "november", "december"])},
    **{m: i + 1 for i, m in enumerate(["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec",
                                       "sierpień", "wrzesień", "październik", "listopad", "grudzień"])},
    **{m: i + 1 for i, m in enumerate(["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                                       "sierpnia", "września", "października", "listopada", "grudnia"])},
    # Russian, genitive (13 февраля 2024) and nominative
    **{m: i + 1 for i, m in enumerate(["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                       "сентября", "октября", "ноября", "декабря"])},
    **{m: i + 1 for i, m in enumerate(["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                       "сентябрь", "октябрь", "ноябрь", "декабрь"])},
}
#: Every month name and abbreviation a date may be written with (lower case), for telling a date line from text.
MONTH_NAMES = frozenset(_MONTH_NAMES) | frozenset(_MONTHS) | frozenset(_EN_MONTHS)
#: ``13. November 2023``, ``15 novembre 2023``, ``15 de noviembre de 2023``, ``15 września 2023 10:12``.
_EU_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})\.?\s*(?:de\s+|di\s+)?(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
    r"\s*(?:de\s+|del\s+)?,?\s*((?:19|20)\d{2})(?!\d)(?:,?\s*(?:um|à|a\s+las|alle|o\s+godz\.?)?\s*(\d{1,2})[:h](\d{2}))?",
    re.I)
#: ``14.06.2023`` (day first: the dotted form is European), ``15.11.2023, 16:42`` / ``16.42 Uhr``.
_DMY_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])"
                         r"(?:,?\s*(\d{1,2})[:.](\d{2})(?=\s*(?:Uhr|h\b|$|[^\d.])))?")
_URL_DATE = (
    re.compile(r"[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_"),                    # TRS: t20191122_123.html
    re.compile(r"/((?:19|20)\d{2})[-_/]?(\d{2})[-_/]?(\d{2})/"),            # /2019-11/22/, /20191122/
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),               # Hanweb: /art/2021/8/3/art_1_2.html
    re.compile(r"/((?:19|20)\d{2})(\d{2})/t?(\d{2})\d*[^/]*$"),             # /201911/22xxxx.html
    re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)"),
)


def iso_from_parts(y: int, m: int, d: int, hh: str | None = None, mm: str | None = None,
                   ss: str | None = None) -> str | None:
    """Build an ISO date (and time) from parts, or None when they are not a real date.

    >>> iso_from_parts(2019, 11, 22, "9", "30")
    '2019-11-22T09:30'
    >>> iso_from_parts(2019, 2, 30) is None
    True
    """
    try:
        day = date(int(y), int(m), int(d))
    except ValueError:
        return None
    if not 1990 <= day.year <= 2100:
        return None
    out = day.isoformat()
    if hh is not None and mm is not None and int(hh) < 24 and int(mm) < 60:
        out += f"T{int(hh):02d}:{int(mm):02d}"
        if ss is not None and int(ss) < 60:
            out += f":{int(ss):02d}"
    return out


def _cn_number(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def find_dates(text: str, *, roc_numeric: bool = False, month_first: bool = False) -> list[tuple[int, str]]:
    """All dates in ``text`` as ``(position, iso)`` pairs, in order of position.

    ``roc_numeric`` also accepts bare ROC dates like ``108-08-12`` (Taiwanese pages); ``month_first`` reads
    ``11/05/2019`` the American way (a US page) where the order is otherwise day first.

    >>> find_dates("Veröffentlicht am 13. November 2023 · 15 de noviembre de 2023 · 14.06.2023")
    [(18, '2023-11-13'), (38, '2023-11-15'), (64, '2023-06-14')]
    >>> find_dates("piątek, 15 września 2023 10:12"), find_dates("11/05/2019", month_first=True)
    ([(8, '2023-09-15T10:12')], [(0, '2019-11-05')])

    >>> find_dates("2019/11/22 與 2019.11.23")
    [(0, '2019-11-22'), (13, '2019-11-23')]
    >>> find_dates("发布日期：9/17/2004 5:54:13 PM 或 25/12/2004")
    [(5, '2004-09-17T17:54:13'), (28, '2004-12-25')]
    >>> find_dates("7/5/2005 9:23:57 PM | 06/02/2022 - 13:48")
    [(0, '2005-07-05T21:23:57'), (22, '2022-02-06')]
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, iso: str | None) -> None:
        if iso and not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), iso))
            taken.append((m.start(), m.end()))

    if not text.isascii():
        text = text.translate(_EASTERN_DIGITS)
        if "年" in text:
            for m in _JA_ERA.finditer(text):
                n = 1 if m.group(2) == "元" else int(m.group(2))
                add(m, iso_from_parts(_JA_ERA_BASE[m.group(1)] + n, m.group(3), m.group(4), *m.groups()[4:]))
    for m in _ROC.finditer(text):
        add(m, iso_from_parts(int(m.group(1)) + 1911, m.group(2), m.group(3), *m.groups()[3:]))
    for m in _YMD.finditer(text):
        add(m, iso_from_parts(m.group(1), m.group(2), m.group(3), *m.groups()[3:]))
    if roc_numeric:
        for rx in (_ROC_CJK, _ROC_NUMERIC):
            for m in rx.finditer(text):
                if 1 <= int(m.group(1)) <= 200:
                    add(m, iso_from_parts(int(m.group(1)) + 1911, m.group(2), m.group(3), *m.groups()[3:]))
    for m in _CN_DATE.finditer(text):
        try:
            add(m, iso_from_parts(_cn_number(m.group(1)), _cn_number(m.group(2)), _cn_number(m.group(3))))
        except (KeyError, ValueError):
            pass
    for m in _MDY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        # a 12-hour clock is the US order (month first); otherwise day first (06/02/2022 - 13:48),
        # either way swapped when the first reading is not a date
        month, day = (a, b) if ((m.group(7) or month_first) and a <= 12) or b > 12 else (b, a)
        hh = m.group(4)
        if hh is not None and m.group(7):
            hh = str(int(hh) % 12 + (12 if m.group(7).upper() == "PM" else 0))
        add(m, iso_from_parts(m.group(3), month, day, hh, m.group(5), m.group(6)))
    for m in _EN_DATE.finditer(text):
        day = m.group(1) or m.group(3)
        if day:
            add(m, iso_from_parts(m.group(4), _MONTHS[m.group(2)[:3].lower()], day))
    if not text.isascii() or "." in text or " " in text:
        for m in _EU_DATE.finditer(text):
            add(m, iso_from_parts(m.group(3), _MONTH_NAMES[m.group(2).lower()], m.group(1), m.group(4), m.group(5)))
        for m in _DMY_DOTTED.finditer(text):
            add(m, iso_from_parts(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5)))
    found.sort()
    return found


def parse_date(text: str | None, *, roc_numeric: bool = False, month_first: bool = False) -> str | None:
    """The first date in ``text`` as an ISO string, or None.

    >>> parse_date("2019.11.22")
    '2019-11-22'
    >>> parse_date("發布日期：108-08-12", roc_numeric=True)
    '2019-08-12'
    >>> parse_date("2025-02-30") is None
    True
    """
    if not text:
        return None
    dates = find_dates(text, roc_numeric=roc_numeric, month_first=month_first)
    return dates[0][1] if dates else None


def date_from_url(url: str | None) -> str | None:
    """A date encoded in the URL path (TRS ``t20191122_`` and similar), as a last resort.

    >>> date_from_url("http://www.gov.cn/xinwen/2019-11/22/content_1.htm")
    '2019-11-22'
    >>> date_from_url("http://x.gov.cn/art/t20191122_889.html")
    '2019-11-22'
    """
    if not url:
        return None
    for rx in _URL_DATE:
        m = rx.search(url)
        if m:
            iso = iso_from_parts(m.group(1), m.group(2), m.group(3))
            if iso:
                return iso
    return None


_JSON_DATE_KEYS = {"datePublished": "jsonld:datepublished", "dateCreated": "jsonld:datecreated",
                   "dateModified": "jsonld:datemodified", "uploadDate": "jsonld:uploaddate", "pubDate": "jsonld:pubdate"}


def linked_data_dates(blocks) -> dict:
    """The dates a page's JSON-LD (``<script type="application/ld+json">``) gives for the page itself:
    ``{"jsonld:datepublished": …, "jsonld:datemodified": …}`` from the first object (``@graph`` items
    included) of an article-like or web-page type that has them, or a top-level object of no type at all (Baidu's
    cambrian JSON-LD: ``pubDate``, ``upDate``). Unreadable JSON is passed over.

    >>> linked_data_dates(['{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2023-11-21T09:15:00+00:00"}'])
    {'jsonld:datepublished': '2023-11-21T09:15:00+00:00'}
    >>> linked_data_dates(['{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "pubDate": "2021-12-31T23:21:49"}'])
    {'jsonld:pubdate': '2021-12-31T23:21:49'}
    """
    import json

    out: dict = {}
    for block in blocks:
        try:
            data = json.loads(block.strip().rstrip(";"))
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        top = {id(x) for x in items}
        queue = list(items)
        while queue:
            item = queue.pop(0)
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                queue.extend(item["@graph"])
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            untyped = kind is None and id(item) in top and "@graph" not in item
            if not untyped and not any(isinstance(k, str) and R.LINKED_DATA_TYPES.search(k) for k in kinds):
                continue
            for key, name in _JSON_DATE_KEYS.items():
                if isinstance(item.get(key), str) and name not in out:
                    out[name] = item[key]
    return out


def utc_offset_hours(url: str, lang: str) -> int:
    """The time zone of a page's Unix times: China Standard Time (UTC+8) for Chinese pages (a zh language, a
    Chinese, Hong Kong, Macau or Taiwan host, WeChat), else UTC."""
    return R.CHINA_UTC_OFFSET if R.CHINA_HOST.search(url or "") or lang.lower().startswith("zh") else 0


def script_dates(scripts, offset_hours: int = 0) -> list[str]:
    """Publication dates that inline scripts hold in variables or object keys named for them
    (``var createTime = '2023-09-24 18:36'``, ``publish_time: "2023-09-24"``, ``"pubDate": "…"``), and
    WeChat's ``var ct = "1695551760"`` (a Unix time, read in ``offset_hours``), most precise first.

    >>> script_dates(['var ct = "1665271800"; var publish_time = "2022-10-09" || "";'], 8)
    ['2022-10-09T07:30', '2022-10-09']
    """
    found: list[str] = []
    for text in scripts:
        for m in R.SCRIPT_DATE_VALUE.finditer(text):
            if not R.SCRIPT_DATE_NAME.search(text, max(0, m.start() - R.SCRIPT_NAME_CHARS), m.start()):
                continue
            value = (m.group("value") or m.group("number")).strip()
            iso = unix_date(value, offset_hours) if value.isdigit() else parse_date(value.replace("T", " "))
            if iso and iso not in found:
                found.append(iso)
    return sorted(found, key=len, reverse=True)


def unix_date(value: str, offset_hours: int = 0) -> str | None:
    """A Unix time in seconds or milliseconds (10 or 13 digits) as an ISO date and time in ``offset_hours``, or
    None outside 2000..2100.

    >>> unix_date("1667922447000", 8), unix_date("1644755400", 8), unix_date("12345")
    ('2022-11-08T23:47', '2022-02-13T20:30', None)
    """
    from datetime import datetime, timedelta, timezone

    if not value.isdigit() or len(value) not in (10, 13) or not R.MIN_UNIX_TIME <= int(value[:10]) <= R.MAX_UNIX_TIME:
        return None
    moment = datetime.fromtimestamp(int(value[:10]), tz=timezone(timedelta(hours=offset_hours)))
    return iso_from_parts(moment.year, moment.month, moment.day, str(moment.hour), str(moment.minute))


def taiwan(encoding: str | None, lang: str, url: str, text: str) -> bool:
    """A Taiwanese page (Big5, zh-TW, a .tw host, 民國 dates): bare ROC dates such as ``108-08-12`` count."""
    enc = (encoding or "").lower()
    return (any(e in enc for e in R.TAIWAN_ENCODINGS) or lang.lower() in R.TAIWAN_LANGS
            or R.TAIWAN_HOST.search(url or "") is not None or bool(R.TAIWAN_HINT.search(text[:R.TAIWAN_SAMPLE_CHARS])))


@dataclass
class DateEvidence:
    """The places a page's publication date is read from, gathered for :func:`pick_date`."""

    #: the info bar between headline and body
    header: str
    #: the ``<meta>`` tags (lower-cased names)
    metas: dict
    #: the 信息公开 metadata table
    disclosure: dict
    #: the body's last lines and its trailer (a notice's signature, the dateline under an end mark)
    tail: str
    url: str
    #: a Taiwanese page: bare ROC dates count
    roc: bool
    #: the body's first lines (a dateline above the text)
    head_lines: list[str]
    #: the first lines after the body (an info bar under the text)
    after: str
    #: the short lines right above the headline
    pre_title: list[str]
    #: dates the page's scripts hold (``Head.script_dates``)
    scripts: list = field(default_factory=list)
    #: dates of ``<time datetime>`` elements by the headline or in the body (:func:`time_elements`)
    times: list = field(default_factory=list)
    #: a US page: ``11/05/2019`` is month first
    month_first: bool = False
    #: the date of the page's own date element(s) (``Head.element_dates``: ``<span id="post-date">``, a hidden
    #: ``<textarea class="article-time">`` Unix time), when they agree
    elements: list = field(default_factory=list)


def us_page(url: str, lang: str) -> bool:
    """A page of the United States (``lang="en-US"``, a ``.gov``/``.us``/``.mil``/``.edu`` host): numeric
    dates are month first.

    >>> us_page("https://www.pinecounty.example/news", "en-US"), us_page("https://www.gov.uk/news", "en")
    (True, False)
    """
    return lang.lower().replace("_", "-") == "en-us" or bool(R.US_HOST.search(url or ""))


def pick_date(ev: DateEvidence) -> str | None:
    """The publication date: the most trusted piece of evidence that holds one.

    In order: a labelled date in the info bar; the page's own machine-readable date (``<meta>``, JSON-LD);
    any date in the info bar -- the one the URL, a script or a ``<time>`` confirms when the bar shows several;
    the 信息公开 table; the date the page's scripts hold; a dateline over the text; a date above the
    headline; a notice's signature date; a labelled date under the text; the page's own date element; the URL.
    Dates in sidebars and headline lists are never read: only these regions are."""
    header, metas, roc, head_lines, after = ev.header, ev.metas, ev.roc, ev.head_lines, ev.after
    kw = {"roc_numeric": roc, "month_first": ev.month_first}
    # 1. a labelled date in the info bar (a publication date before an update date: 更新日期, Updated)
    updated = None
    for m in R.DATE_LABEL_RX.finditer(header):
        d = parse_date(header[m.end(): m.end() + R.LABELLED_DATE_CHARS], **kw) or two_digit_year(header[m.end():])
        if d and R.UPDATE_DATE_LABEL.match(m.group(0)):
            # an unlabelled date printed before the update label is the publication date
            # ("2023-11-15 16:05 更新时间：2023-11-20"): a page re-saved later keeps its date
            updated = updated or parse_date(header[: m.start()], **kw) or d
        elif d:
            return d
    if updated:
        return updated
    # 2. meta tags (with the info bar's time of day when it shows the same day)
    in_header = parse_date(header, **kw)
    for k in R.META_DATE_KEYS:
        if metas.get(k):
            d = parse_date(metas[k], **kw)
            if d:
                if in_header and in_header[:10] == d[:10] and len(in_header) > len(d):
                    return in_header
                return d
    # 3. any date in the info bar: the one the URL, the scripts or a <time> confirm, else the first
    if in_header:
        confirmed = {d[:10] for d in [date_from_url(ev.url), *ev.scripts, *ev.times] if d}
        for _, d in find_dates(header, **kw):
            if d[:10] in confirmed:
                return d
        return in_header
    # 4. disclosure table
    for k in R.DISCLOSURE_DATE_KEYS:
        if ev.disclosure.get(k):
            d = parse_date(ev.disclosure[k], **kw)
            if d:
                return d
    # 4b. the date the page's scripts hold (WeChat's createTime / ct, a CMS's publishTime)
    if ev.scripts:
        return ev.scripts[0]
    # 5. a dateline on one of the first short lines of the body ("2003-7-24 钱江晚报"): the first four
    #    lines, and further while the lines stay short (subtitle, reporters, dateline above the text)
    for i, line in enumerate(head_lines):
        if i >= R.DATELINE_HEAD_LINES and any(len(x) > R.MAX_DATELINE_CHARS for x in head_lines[:i + 1]):
            break
        if len(line) <= R.MAX_DATELINE_CHARS:
            d = parse_date(line, **kw)
            if d:
                return d
    # 6. a date line right above the headline (templates that print the date first, some as a day over a
    #    year and month)
    for line in reversed(ev.pre_title):
        d = parse_date(line, **kw)
        if d:
            return d
        split = R.DAY_OVER_YEAR_MONTH.match(line)
        if split and iso_from_parts(split.group(2), split.group(3), split.group(1)):
            return iso_from_parts(split.group(2), split.group(3), split.group(1))
    # 7. the signature date at the end of a notice (on a short line of its own or with the signer,
    #    never a date cited inside a sentence or a reference)
    signature = "\n".join(x for x in ev.tail.split("\n") if len(x.strip()) <= R.MAX_DATELINE_CHARS)
    if signature:
        dates = find_dates(signature, **kw)
        if dates:
            return dates[-1][1]
    # 8. a labelled date just after the body (info bars placed under the text)
    for m in R.DATE_LABEL_RX.finditer(after):
        d = parse_date(after[m.end(): m.end() + R.LABELLED_DATE_CHARS], **kw)
        if d:
            return d
    # 8b. a date line right under the body (a note's date and place, a forum floor's tail)
    for line in after.split("\n")[:R.AFTER_DATE_LINES]:
        if len(line) <= R.MAX_DATELINE_CHARS and not R.PREV_NEXT_LINE.match(line) \
                and not R.AFTER_DATE_SENTENCE.search(R.CLOCK.sub(" ", line)):
            dates = find_dates(line, **kw)
            if len(dates) == 1 and (R.FIRST_FLOOR.search(line) or len(R.NON_DATE_CHARS.sub(
                    "", R.CLOCK.sub("", line))) <= R.AFTER_DATE_REST_CHARS):
                return dates[0][1]
    # 9. the page's own date element (``<span id="post-date">``), wherever the template put it
    if ev.elements:
        return ev.elements[0]
    # 10. the URL
    return date_from_url(ev.url)


def two_digit_year(text: str) -> str | None:
    """A date with a two-digit year at the start of ``text`` (what follows a date label): ``21-11-08 19:05``.
    Only this century's years up to the current one are read.

    >>> two_digit_year("21-11-08 19:05 来源：大理日报"), two_digit_year("99-01-02"), two_digit_year("21-11-08-3")
    ('2021-11-08T19:05', None, None)
    """
    m = R.TWO_DIGIT_YEAR_DATE.match(text)
    if not m or int(m.group(1)) > date.today().year % 100:
        return None
    return iso_from_parts(2000 + int(m.group(1)), m.group(2), m.group(3), *m.groups()[3:])


#: leaf elements of the body with a class or id; ``element_dates`` keeps those whose names hold one of
#: ``DATE_ELEMENT_WORDS`` (a regular expression over the names is twice as fast as XPath ``contains()``)
_DATE_ELEMENTS = etree.XPath("//body/descendant::*[not(*)][@class or @id]")  # (``//body//*``, evaluated faster)


def element_dates(root: HtmlElement, offset_hours: int = 0) -> list[str]:
    """The date of the page's own date element: an element whose class/id names a date or time
    (``DATE_ELEMENT_HINT``) and whose text, or ``value``, is only a full date or a Unix time, outside furniture
    (a class/id hint of its own or of an ancestor: comments, sidebars, related lists) and outside list items and
    links. Every such element must give the same day; several days (a list of dated items) give nothing.

    >>> from lxml import html
    >>> root = html.document_fromstring('<div class="post"><p>Text.</p><div class="postDesc">posted @ '
    ...     '<span id="post-date">2018-04-12 16:12</span></div></div><div class="comments"><span class="date">'
    ...     '2018-04-13</span></div><textarea class="article-time" hidden>1523520720000</textarea>')
    >>> element_dates(root, 8)
    ['2018-04-12T16:12']
    """
    from pipelines.extract.tree import hint

    found: list[str] = []
    for el in _DATE_ELEMENTS(root):
        if el.tag in R.DATE_ELEMENT_NOT_UNDER:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not R.DATE_ELEMENT_HINT.search(names):
            continue
        text = (el.text or el.get("value") or "").strip()
        if not text or len(text) > R.DATE_ELEMENT_MAX_CHARS:
            continue
        d = unix_date(text, offset_hours) if text.isdigit() else None
        if d is None:
            dates = find_dates(text)
            # a full date and at most a time of day beside it
            if len(dates) != 1 or len(R.NON_DATE_CHARS.sub("", text)) > R.DATE_ELEMENT_EXTRA_CHARS:
                continue
            d = dates[0][1]
        if hint(el) < 0 or any(a.tag in R.DATE_ELEMENT_NOT_UNDER or (hint(a) < 0 and a.tag not in R.PAGE_TAGS
                                                                     and not _position_only(a))
                               for a in el.iterancestors()):
            continue
        found.append(d)
    if len({d[:10] for d in found}) != 1:
        return []
    return sorted(set(found), key=len, reverse=True)[:1]


def _position_only(el: HtmlElement) -> bool:
    """A furniture-hinted element whose hint only names a position (``bottom-container``), not a kind of furniture."""
    from pipelines.extract.tree import _token_hint, class_tokens

    return all(_token_hint(t) >= 0 or R.DATE_POSITION_HINT.search(t) for t in class_tokens(el))


def time_elements(page: Page, title_node: HtmlElement | None, nodes: list[HtmlElement]) -> list[str]:
    """ISO dates from ``<time datetime>`` elements between the headline and the body, or inside the body
    (``page`` is the :class:`~pipelines.extract.tree.Page`)."""
    order_index = page.index
    start = order_index.get(title_node, order_index.get(nodes[0], 0)) if title_node is not None else \
        order_index.get(nodes[0], 0)
    body_start = order_index.get(nodes[0], 0)
    out = []
    for el in page.root.iter("time"):
        value = el.get("datetime")
        at = order_index.get(el, -1)
        if value and (start <= at <= body_start or any(n in nodes for n in el.iterancestors())):
            d = parse_date(value.replace("T", " "))
            if d:
                out.append(d)
    return out


def with_time(published: str | None, times: list[str]) -> str | None:
    """Add the time of day from a machine-readable ``<time>`` of the same day, or use it when nothing else dates the page."""
    if not published:
        return times[0] if times else None
    for t in times:
        if t[:10] == published[:10] and len(t) > len(published):
            return t
    return published
