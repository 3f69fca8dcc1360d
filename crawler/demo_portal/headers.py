"""How the demo portal's server labels what it sends: the data map behind every Content-Type.

Real regional portals are inconsistent, and the crawler's decoder has to cope with all of it:

* most pages go out as bare ``text/html`` and only the ``<meta>`` tag names the charset;
* a few columns sit behind a server that sends the *correct* charset in the header;
* one column (采购结果, GBK bytes) sits behind an old default config that sends a LYING
  ``charset=iso-8859-1``; a decoder that trusts the header produces mojibake there.

``HTML_CONTENT_TYPES`` maps a path prefix to the header sent for ``.html``/``.htm`` files;
the longest matching prefix wins (an exact file path is just a very long prefix).
``EXTENSION_TYPES`` covers everything else. ``build.py`` reads the same map to record the
header each page is served with in ``expected.json``.
"""

from __future__ import annotations

import posixpath

#: Path prefix -> Content-Type for HTML pages. Longest prefix wins.
HTML_CONTENT_TYPES: dict[str, str] = {
    "/": "text/html",
    # The modern CMS (UTF-8) sends a correct charset.
    "/xwzx/zwyw/": "text/html; charset=utf-8",
    "/zwgk/rsrm/": "text/html; charset=UTF-8",
    # 政策解读 (GBK bytes, meta says gb2312): correct header charset, spelled differently.
    "/zwgk/zcjd/": "text/html; charset=GBK",
    # 采购结果公告: an old server's default charset that is simply wrong (bytes are GBK).
    "/zwgk/cgjg/": "text/html; charset=iso-8859-1",
    # The sister-county site (Big5): list pages carry the right header, articles do not.
    "/xwzx/yhxz/index.html": "text/html; charset=big5",
    "/xwzx/yhxz/list_2.htm": "text/html; charset=big5",
    "/xwzx/yhxz/list_3.htm": "text/html; charset=big5",
}

#: Extension -> Content-Type for everything that is not HTML.
EXTENSION_TYPES: dict[str, str] = {
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".css": "text/css",
    ".js": "application/javascript",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".zip": "application/zip",
}

DEFAULT_TYPE = "application/octet-stream"


def content_type_for(path: str) -> str:
    """Return the Content-Type header the demo server sends for a URL path.

    Example::

        >>> content_type_for("/zwgk/cgjg/202310/t20231012_1040121.html")
        'text/html; charset=iso-8859-1'
        >>> content_type_for("/robots.txt")
        'text/plain; charset=utf-8'
    """
    ext = posixpath.splitext(path)[1].lower()
    if ext in (".html", ".htm") or path.endswith("/"):
        best = ""
        for prefix in HTML_CONTENT_TYPES:
            if path.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return HTML_CONTENT_TYPES[best]
    return EXTENSION_TYPES.get(ext, DEFAULT_TYPE)
