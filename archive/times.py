"""Time in the archive: every timestamp is UTC text ``YYYY-MM-DDTHH:MM:SSZ``, formatted here only.

Example:
    >>> from datetime import datetime, timedelta, timezone
    >>> format_utc(datetime(2026, 1, 2, 11, 4, 5, tzinfo=timezone(timedelta(hours=8))))
    '2026-01-02T03:04:05Z'
    >>> len(utc_now())
    20
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

__all__ = ["UTC_FORMAT", "format_utc", "iso_date", "utc_now"]

#: The one timestamp format of the archive (crawls, pages, articles, crawl state, WARC dates).
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def format_utc(moment: datetime) -> str:
    """``moment`` as archive text in UTC; a naive datetime is taken to be UTC already.

    Example:
        >>> format_utc(datetime(2019, 11, 22, 10, 30))
        '2019-11-22T10:30:00Z'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    m = moment.astimezone(UTC)
    if m.year < 1000:  # strftime writes such a year unpadded: kept as it was
        return m.strftime(UTC_FORMAT)
    # UTC_FORMAT spelt out: a page's timestamp is formatted on every store (strftime is slower)
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def utc_now() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``.

    Example:
        >>> utc_now().endswith("Z")
        True
    """
    return format_utc(datetime.now(UTC))


_DATE_RE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def iso_date(value: str | None) -> date | None:
    """The calendar date a stored value starts with (``2019-11-22``, ``2019-11-22T10:00``), as a ``date``.

    For the archive's own columns (``published``, ``first_seen``) and ``--since``/``--until``; dates in a
    page's text are found by the extractor's grammar, :func:`pipelines.extract.dates.parse_date`. Also
    reads ``2019/11/22`` and ``2019年11月22日``; None for an empty or unparseable value.

    Example:
        >>> iso_date("2019年11月22日 10:30")
        datetime.date(2019, 11, 22)
    """
    if not value:
        return None
    m = _DATE_RE.match(str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
