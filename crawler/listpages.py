"""What a list page holds beyond its ``<a href>`` links: the list mechanisms of the CMSs Chinese
governments run on, read as general rules (no per-site code). Pure: HTML text in, facts out;
no Scrapy, no archive.

- **Links outside href**: ``<frame>`` / ``<iframe>`` ``src``; URL literals in ``onclick`` /
  ``onchange`` handlers and ``javascript:`` hrefs (``window.open('show.asp?id=12')``,
  ``location.href='list.asp?page=2'``); ``<option value>`` of navigating ``<select>`` menus.
- **Script pagers** are *run*, not pattern-matched: the page's inline scripts and the calls its
  pager links make (``javascript:goPage(3)``, ``onclick="toPage(2)"``) execute in an embedded V8
  (:class:`crawler.pagerscripts.ScriptRunner`, through ``mini-racer``) against a stub browser whose ``document.write``
  and ``location`` record what the page would show or go to. That covers TRS WCM's
  ``createPageHTML(countPage, currentPage, "index", "html")`` (literal or variable arguments; when
  the function lives in an external ``createPageHTML.js`` TRS's convention stands in for it), the
  older TRS pager that ``document.write``s ``"index" + "_" + nextPage + "." + "html"``, and
  ``goPage`` / ``toPage`` / ``turnPage`` functions that build the URL by concatenation, whatever
  branches they take. Integer pager calls are filled between the smallest and largest page the
  pager offers (首页 ... 尾页), at most :data:`PAGER_BOUND` pages.
- **大汉 Hanweb jcms "jpage" lists**: the records inside ``<script type="text/xml"><datastore>``
  and the ``dataproxy.jsp`` POSTs (``startrecord`` / ``endrecord`` / ``perpage`` with the
  ``jpage({...})`` call's ``ajaxParam`` form) that page through the rest until ``totalRecord``.
- **Announced sizes**: ``共12页``, ``共236条``, ``页次：1/3``, ``totalRecord: 236``,
  ``countPage = 12``; nonsense (negative, beyond :data:`PAGER_BOUND`) is a *problem* of the page.
- **List dates**: the date printed beside each link of a list (``<li><a>…</a><span>2024-03-26``),
  for revisit planning.

Example::

    facts = analyse(html, "http://a.gov.cn/xwzx/index.html")
    facts.links, facts.pager, facts.posts, facts.announced_pages, facts.problems
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.pagerscripts import PAGER_BOUND, SCRIPT_MAX_WRITES, TRS_DEFAULT, ScriptRunner, default_runner

__all__ = [
    "PAGER_BOUND",
    "JPagePost",
    "ListFacts",
    "ScriptRunner",
    "analyse",
    "datastore_records",
    "jpage_next_posts",
    "looks_like_pager_text",
]

SCRIPT_MAX_CHARS = 60_000  # bigger inline scripts (inlined libraries) are not pagers
#: anchor texts of pager links (下一页, 尾页, page numbers ...)
PAGER_TEXT = re.compile(
    r"^\s*(?:[<>«»‹›]+|\d{1,4}|\[\d{1,4}\]|第?\s*\d+\s*页|上一?页|下一?页|前一?页|后一?页|尾\s*页|末\s*页|"
    r"最后一?页|next|prev(?:ious)?|last)\s*$",
    re.I,
)

_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_TAGS = r"(?:\s|&nbsp;|<[^>]{0,80}>)*"
_NUM = r"(-?\d+)"
ANNOUNCED_PAGES = [
    re.compile(r"共" + _TAGS + _NUM + _TAGS + r"页"),
    re.compile(r"页次[：:]?" + _TAGS + r"\d+" + _TAGS + r"/" + _TAGS + _NUM),
    re.compile(r"共" + _TAGS + r"\d+" + _TAGS + r"条(?:记录)?" + _TAGS + r"\d+" + _TAGS + r"/" + _TAGS + _NUM),
    re.compile(r"\b(?:countPage|pageCount|totalPage|totalPages|pagecount|_nPageCount)['\"]?\s*[:=]\s*['\"]?" + _NUM),
]
ANNOUNCED_RECORDS = [
    re.compile(r"共" + _TAGS + _NUM + _TAGS + r"(?:条|篇)"),
    re.compile(r"\b(?:totalRecord|totalCount|recordCount|totalrecord|total)['\"]?\s*[:=]\s*['\"]?" + _NUM),
    re.compile(r"<totalrecord>\s*" + _NUM + r"\s*</totalrecord>", re.I),
]
_URL_LITERAL = re.compile(
    r"(?:\bopen|location(?:\.href)?|\.replace|\.assign|\.href)\s*(?:=|\()\s*(['\"])([^'\"\s]{1,400})\1"
)
_INT_CALL = re.compile(r"^\s*([A-Za-z_$][\w$]*)\s*\(\s*(-?\d+)\s*(?:,[^()]*)?\)\s*;?\s*(?:return\s+false;?)?\s*$")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_RECORD = re.compile(r"<record>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</record>", re.S | re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</nextgroup>", re.S | re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_DATA_CALL = re.compile(
    r"(?:\$\.getJSON|\$\.get|\$\.post|\bfetch|\.ajax\(\s*\{[^{}]{0,200}?\burl)\s*[(:]\s*['\"]([^'\"]{3,300})['\"]"
)
_JPAGE_CALL = re.compile(r"\.jpage\s*\(\s*\{")


@dataclass
class JPagePost:
    """One ``dataproxy.jsp`` request of a jpage list: POST ``url`` with ``form``; ``key`` is the
    same as one GET URL (every parameter in the query), the page's name in the archive."""

    url: str
    form: dict[str, str]
    key: str
    start: int
    end: int
    per_page: int
    total: int | None


@dataclass
class PostBack:
    """One ASP.NET WebForms pager page: POST ``url`` with the page's ``form`` (its hidden fields,
    ``__VIEWSTATE`` ..., and ``__EVENTTARGET`` / ``__EVENTARGUMENT`` of the pager link); ``key`` is
    its name in the archive (the URL with the two event fields in the query)."""

    url: str
    form: dict[str, str]
    key: str


@dataclass
class ListFacts:
    """What :func:`analyse` found on one page."""

    #: (absolute URL, how it was found) for links outside ``<a href>``
    links: list[tuple[str, str]] = field(default_factory=list)
    #: other pages of this list, as the page's pager offers them (absolute, in order)
    pager: list[str] = field(default_factory=list)
    #: jpage dataproxy requests for the records the page does not hold
    posts: list[JPagePost] = field(default_factory=list)
    #: mechanisms recognised (``trs-createPageHTML``, ``script-pager:goPage``, ``hanweb-jpage`` ...)
    mechanisms: list[str] = field(default_factory=list)
    announced_pages: int | None = None
    announced_records: int | None = None
    #: what is wrong with the page's pager (bad numbers, unparsable data): recorded as errors
    problems: list[str] = field(default_factory=list)
    #: pager functions that could not be followed (``goPage(): goPage is not defined``: the function
    #: lives in a script file, not on the page), for the crawl log
    unresolved: list[str] = field(default_factory=list)
    #: absolute link URL -> the date the list prints beside it (YYYY-MM-DD)
    dates: dict[str, str] = field(default_factory=dict)
    #: URLs the page's scripts load data from ($.getJSON, $.ajax, fetch): a JSON list to declare
    data_urls: list[str] = field(default_factory=list)
    #: ASP.NET ``__doPostBack`` pager pages: form POSTs
    postbacks: list[PostBack] = field(default_factory=list)
    #: JSON / JSONP lists the page's scripts load: URLs, ``{page}`` where the page number goes
    data_lists: list[str] = field(default_factory=list)
    #: the scripts the page loads (``<script src>``, absolute, in page order)
    script_srcs: list[str] = field(default_factory=list)
    #: pager functions the page calls but does not define (their code is in a script it loads)
    wanted: list[str] = field(default_factory=list)
    #: an empty pager box (``<div class="pagination" data-total="4"></div>``) a loaded script fills
    placeholder: bool = False

    def needs_scripts(self) -> bool:
        """The page's pager lives in the scripts it loads: they are worth fetching."""
        return bool(self.script_srcs) and (bool(self.wanted) or self.placeholder)

    def add_mechanism(self, name: str) -> None:
        if name not in self.mechanisms:
            self.mechanisms.append(name)


def looks_like_pager_text(text: str | None) -> bool:
    """True for the anchor text of a pager link.

    >>> [looks_like_pager_text(t) for t in ("下一页", "3", "尾页", "关于停水的通知", "首页")]
    [True, True, True, False, False]
    """
    return bool(text) and bool(PAGER_TEXT.match(text))


# -- analysis ----------------------------------------------------------------------------------------


def _join(base: str, href: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")) or len(href) > 1000:
        return None
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def _looks_like_url(value: str) -> bool:
    v = value.strip()
    if not v or " " in v or len(v) > 500 or v.startswith(("javascript:", "#", "mailto:")):
        return False
    return v.startswith(("http://", "https://", "/", "./", "../")) or "?" in v or bool(
        re.search(r"\.(?:s?html?|jsp|aspx?|php|do|action|cgi)(?:$|[?#])", v, re.I)
    ) or (v.endswith("/") and "/" in v[:-1])


def _int(text: str) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def _announced(text: str, patterns: list[re.Pattern]) -> list[int]:
    out = []
    for pattern in patterns:
        out.extend(v for v in (_int(m) for m in pattern.findall(text)) if v is not None)
    return out


def _brace_block(text: str, start: int) -> str | None:
    """The ``{...}`` starting at ``text[start]`` (strings respected), or None."""
    depth, i, quote = 0, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
        i += 1
    return None


def _js_value(block: str, key: str) -> str | None:
    """``key``'s value in a JS object literal, quoted or not (``totalRecord: 28``, ``"totalRecord":"28"``).

    >>> _js_value('{"totalRecord":"30","perPage":"4"}', "totalRecord"), _js_value("{perPage: 4}", "perPage")
    ('30', '4')
    """
    m = re.search(r"\b" + key + r"['\"]?\s*:\s*(?:'([^']*)'|\"([^\"]*)\"|(-?\d+))", block)
    if not m:
        return None
    return next(g for g in m.groups() if g is not None)


def _js_object(block: str) -> dict[str, str]:
    """A flat JS object literal (``{col: 1, path: '/', webname: '...'}``) as strings."""
    try:
        import chompjs

        data = chompjs.parse_js_object(block)
        if isinstance(data, dict):
            return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, float))}
    except Exception:  # noqa: BLE001 (fall back to a simple reading)
        pass
    return {
        k: next(g for g in (a, b, c) if g is not None)
        for k, a, b, c in re.findall(r"([A-Za-z_]\w*)\s*:\s*(?:'([^']*)'|\"([^\"]*)\"|(-?[\w.]+))", block)
    }


def datastore_records(text: str) -> list[str] | None:
    """The record HTML of a jpage ``<datastore>`` (a page's or a ``dataproxy.jsp`` answer), or None
    when the text holds no datastore at all (an error page, garbage).

    >>> datastore_records('<datastore><recordset><record><![CDATA[<li><a href="/a.html">A</a></li>]]></record></recordset></datastore>')
    ['<li><a href="/a.html">A</a></li>']
    >>> datastore_records("<html><body>系统繁忙</body></html>") is None
    True
    >>> datastore_records("<datastore><recordset><record><![CDATA[<li><a href=") is None  # truncated
    True
    """
    if not re.search(r"<(?:datastore|recordset)\b", text, re.I) or not re.search(
        r"</(?:datastore|recordset)>", text, re.I
    ):
        return None
    return [a if a is not None and a != "" else b for a, b in _RECORD.findall(text)]


def _hrefs(fragment: str, base: str) -> list[str]:
    out = []
    for groups in _HREF.findall(fragment):
        href = next((g for g in groups if g), "")
        url = _join(base, href.replace("&amp;", "&"))
        if url:
            out.append(url)
    return out


def _jpage(html: str, base: str, facts: ListFacts, inline_records: int) -> None:
    """Read a jpage list's parameters and plan its dataproxy POSTs."""
    call = _JPAGE_CALL.search(html)
    nextgroup = _NEXTGROUP.search(html)
    if not call and not nextgroup:
        return
    params: dict[str, str] = {}
    total = per_page = group = None
    proxy = None
    if call:
        block = _brace_block(html, call.end() - 1) or ""
        total = _int(_js_value(block, "totalRecord") or "")
        per_page = _int(_js_value(block, "perPage") or "")
        group = _int(_js_value(block, "groupSize") or "")
        proxy = _js_value(block, "proxyUrl")
        ajax = re.search(r"\bajaxParam['\"]?\s*:\s*\{", block)
        if ajax:
            params = _js_object(_brace_block(block, ajax.end() - 1) or "{}")
    if nextgroup:
        link = _hrefs(next((g for g in nextgroup.groups() if g), ""), base)
        if link:
            split = urlsplit(link[0])
            for k, v in parse_qsl(split.query, keep_blank_values=True):
                if k not in ("page", "startrecord", "endrecord", "perpage"):
                    params.setdefault(k, v)
            proxy = proxy or urlunsplit((split.scheme, split.netloc, split.path, "", ""))
    if not proxy:
        return
    facts.add_mechanism("hanweb-jpage")
    if total is not None:
        facts.announced_records = total
    per_page = per_page if per_page and per_page > 0 else 15
    group = group if group and group > 0 else 3
    proxy_url = _join(base, proxy)
    if proxy_url is None:
        return
    facts.posts.extend(jpage_next_posts(proxy_url, params, inline_records, per_page, group, total))


def jpage_next_posts(
    proxy_url: str, form: dict[str, str], have: int, per_page: int, group: int, total: int | None
) -> list[JPagePost]:
    """The dataproxy requests for records ``have+1 .. total`` in groups of ``per_page * group``
    (only the next group when the total is unknown: its answer says whether there is more).
    At most :data:`PAGER_BOUND` requests.

    >>> [(p.start, p.end) for p in jpage_next_posts("http://a/dp.jsp", {"columnid": "7"}, 12, 4, 3, 28)]
    [(13, 24), (25, 36)]
    """
    size = per_page * group
    out: list[JPagePost] = []
    start = have + 1
    while (total is None and not out) or (total is not None and start <= total):
        if len(out) >= PAGER_BOUND:
            break
        end = start + size - 1
        query = {"startrecord": str(start), "endrecord": str(end), "perpage": str(per_page)}
        split = urlsplit(proxy_url)
        url = urlunsplit((split.scheme, split.netloc, split.path, urlencode(query), ""))
        key = urlunsplit((split.scheme, split.netloc, split.path, urlencode(sorted({**form, **query}.items())), ""))
        out.append(JPagePost(url, dict(form), key, start, end, per_page, total))
        start = end + 1
    return out


def _dates(tree: Any, base: str, facts: ListFacts) -> None:
    for a in tree.iterfind(".//a[@href]"):
        parent = a.getparent()
        for _ in range(2):
            if parent is None or parent.tag in ("li", "tr", "dd", "p", "dl"):
                break
            parent = parent.getparent()
        if parent is None or parent.tag not in ("li", "tr", "dd", "p", "dl"):
            continue
        m = _DATE.search(parent.text_content() or "")
        if m:
            url = _join(base, a.get("href", ""))
            if url:
                facts.dates.setdefault(url, f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")


#: names a page may call without defining them (the language, the browser, jQuery)
_JS_BUILTINS = frozenset(
    "if for while switch return function typeof catch with new void delete in of do else try throw "
    "parseInt parseFloat isNaN isFinite Number String Boolean Array Object Math Date RegExp JSON "
    "encodeURIComponent decodeURIComponent encodeURI decodeURI escape unescape eval alert confirm prompt "
    "setTimeout setInterval clearTimeout clearInterval open close print $ jQuery require define".split()
)
_CALLED = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(")
_DEFINED = re.compile(r"\bfunction\s+([A-Za-z_$][\w$]*)|(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*function\b")
_PAGER_FUNCTION = re.compile(r"pag|turn|go|jump|fanye|fenye|nav|list", re.I)
_PAGER_BOX = re.compile(r"^(?:page|pages|pager|paging|pagination|pagenav|page_?div|fanye|pagebar|pageBar|pg)$|pag(?:e|ing|inat)", re.I)


def _called_names(code: str) -> set[str]:
    return set(_CALLED.findall(code)) - _JS_BUILTINS


def _defined_names(code: str) -> set[str]:
    return {a or b for a, b in _DEFINED.findall(code)}


def script_functions(text: str, names: set[str]) -> str:
    """The definitions of ``names`` in a (big) script: ``function NAME(...) {...}`` and
    ``NAME = function (...) {...}`` blocks, so a page's pager function can be run without the
    megabytes of library code around it.

    >>> script_functions("var a=1;function showPage(n){return n;}\\nfunction other(){}", {"showPage"})
    'function showPage(n){return n;}'
    """
    out = []
    for name in sorted(names):
        for m in re.finditer(r"(?:\bfunction\s+" + re.escape(name) + r"|(?<![\w$.])" + re.escape(name)
                             + r"\s*=\s*function\b[^{]*?)\s*\([^)]*\)\s*\{", text):
            block = _brace_block(text, m.end() - 1)
            if block is not None:
                head = text[m.start():m.end() - 1]
                out.append((head if head.lstrip().startswith("function") else "var " + head) + block)
                break
    return "\n".join(out)


def _elements(tree: Any) -> list[dict[str, Any]]:
    """The elements a pager script may look up: those with an id, a data- attribute or a pager's
    class (at most 300), as ``{"tag", "id", "cls", "attrs"}``."""
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        attrs = {k.lower(): v for k, v in el.attrib.items()}
        if "id" in attrs or any(k.startswith("data-") for k in attrs) or _PAGER_BOX.search(attrs.get("class", "")):
            out.append({"tag": el.tag.lower(), "id": attrs.get("id", ""), "cls": attrs.get("class", ""), "attrs": attrs})
            if len(out) >= 300:
                break
    return out


def _select_calls(select: Any) -> list[str]:
    """A ``<select>``'s ``onchange`` run once per option, with ``this`` the select showing that option
    (``window.location.href = 'index_' + this.value + '.html'``), when its options are not URLs
    themselves (page numbers, ids)."""
    handler = next((v for k, v in select.attrib.items() if k.lower() == "onchange"), "")
    if not handler or not re.search(r"\bthis\b", handler) or len(handler) > 1000:
        return []
    import json

    elements = list(select.iter("option"))[:PAGER_BOUND]
    options = [{"value": o.get("value") if o.get("value") is not None else (o.text or "").strip(),
                "text": (o.text or "").strip()} for o in elements]
    if any(_looks_like_url(o["value"]) for o in options):
        return []  # a menu of URLs (友情链接, columns): its options are links already
    # onchange fires when another option is chosen: the one shown (selected, else the first) never
    current = next((i for i, o in enumerate(elements) if o.get("selected") is not None), 0)
    calls = []
    for i, option in enumerate(options):
        if i == current:
            continue
        this = {"value": option["value"], "selectedIndex": i, "options": options}
        calls.append("(function(){" + handler + "\n}).call(" + json.dumps(this, ensure_ascii=False) + ")")
    return calls


def analyse(html: str, base_url: str, runner: ScriptRunner | None = None, run_scripts: bool = True,
            external: dict[str, str] | None = None) -> ListFacts:
    """Everything :mod:`crawler.listpages` knows how to read from one page (see the module doc).

    >>> f = analyse('<a href="javascript:goPage(3)">尾页</a> 共3页<script>function goPage(n){'
    ...             'location.href="list.jsp?pageNo="+n;}</script>', "http://a/x/list.jsp")
    >>> f.pager, f.announced_pages, f.mechanisms
    (['http://a/x/list.jsp?pageNo=1', 'http://a/x/list.jsp?pageNo=2', 'http://a/x/list.jsp?pageNo=3'], 3, ['script-pager:goPage'])

    ``external``: the text of scripts the page loads (``<script src>``), by absolute URL, fetched
    because the page needs them (:meth:`ListFacts.needs_scripts`); they run in page order with
    the inline ones (a big one only for the functions the page calls: :func:`script_functions`).
    """
    import lxml.html

    facts = ListFacts()
    if not html or not html.strip():
        return facts
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return facts
    base = base_url
    for b in tree.iterfind(".//base[@href]"):
        base = _join(base_url, b.get("href", "")) or base_url
        break
    seen: set[str] = set()

    def link(url: str | None, how: str) -> None:
        if url and url not in seen:
            seen.add(url)
            facts.links.append((url, how))

    # frames and iframes (old county sites are framesets)
    for el in tree.iter("frame", "iframe"):
        if el.get("src"):
            link(_join(base, el.get("src")), "frame")
            facts.add_mechanism("frames")
    # navigating <select> menus
    select_calls: list[str] = []
    for select in tree.iter("select"):
        handler = " ".join(v for k, v in select.attrib.items() if k.lower().startswith("on"))
        for option in select.iter("option"):
            value = option.get("value") or ""
            if (handler or _looks_like_url(value)) and _looks_like_url(value):
                link(_join(base, value), "option")
                facts.add_mechanism("select-navigation")
        select_calls.extend(_select_calls(select))
    # handlers and javascript: hrefs: URL literals, and the calls to run
    calls: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            lname = name.lower()
            code = None
            if lname == "href" and value.strip().lower().startswith("javascript:"):
                code = value.strip()[11:]
            elif lname.startswith("on") and value:
                code = value
            if not code:
                continue
            for _q, literal in _URL_LITERAL.findall(code):
                if _looks_like_url(literal) or "?" in literal:
                    link(_join(base, literal), "script-link")
                    facts.add_mechanism("script-links")
            code = code.strip()
            if code and not re.search(r"\bthis\b", code) and code not in calls and len(code) < 300:
                calls.append(code)
    # jpage datastores (records the HTML link extractor never sees)
    inline_records = 0
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() in ("text/xml", "application/xml"):
            records = datastore_records(script.text or "") or []
            inline_records += len(records)
            for record in records:
                for url in _hrefs(record, base):
                    link(url, "jpage-record")
            for url, date in _record_dates(records, base).items():
                facts.dates.setdefault(url, date)
    if inline_records or "<datastore" in html:
        _jpage(html, base, facts, inline_records)
    # announced sizes
    text = html
    pages = _announced(text, ANNOUNCED_PAGES)
    records = _announced(text, ANNOUNCED_RECORDS)
    # script pagers: run them
    inline: list[str] = []
    ordered: list[tuple[str, str]] = []  # ("inline", text) / (src URL, "") in page order
    for el in tree.iter("script"):
        if (el.get("type") or "text/javascript").lower() not in (
                "text/javascript", "javascript", "application/javascript", "text/jscript", ""):
            continue
        if el.get("src"):
            src = _join(base, el.get("src"))
            if src and src not in facts.script_srcs:
                facts.script_srcs.append(src)
                ordered.append((src, ""))
        elif el.text and len(el.text) <= SCRIPT_MAX_CHARS:
            inline.append(el.text)
            ordered.append(("inline", el.text))
    called = set()
    for code in [*inline, *calls]:
        called |= _called_names(code)
    defined = set()
    for code in inline:
        defined |= _defined_names(code)
    scripts = []
    for src, text in ordered:
        if src == "inline":
            scripts.append(text)
        elif external and external.get(src):
            code = external[src]
            if len(code) > SCRIPT_MAX_CHARS:
                code = script_functions(code, called - defined)
            if code:
                scripts.append(code)
                defined |= _defined_names(code)
    facts.wanted = sorted(n for n in called - defined if _PAGER_FUNCTION.search(n) and n != "createPageHTML")
    elements = _elements(tree)
    facts.placeholder = _empty_pager_box(tree)
    pager_calls = _pager_calls(calls, facts) + select_calls
    if select_calls:
        facts.add_mechanism("select-onchange")
    uses_trs = any("createPageHTML" in s for s in scripts)
    if uses_trs:
        facts.add_mechanism("trs-createPageHTML")
        if not any(re.search(r"function\s+createPageHTML\b", s) for s in scripts):
            scripts = [TRS_DEFAULT, *scripts]
        trs_pages, trs_records = _trs_counts(scripts)
        pages.extend(trs_pages)
        records.extend(trs_records)
    if any("document.write" in s and re.search(r"\b(?:countPage|nextPage|currentPage)\b", s) for s in scripts) \
            and not uses_trs:
        facts.add_mechanism("trs-document-write")
    wants_scripts = bool(pager_calls) or uses_trs or any("document.write" in s for s in scripts) \
        or bool(external and facts.script_srcs) or bool(facts.wanted)
    if run_scripts and wants_scripts:
        result = (runner or default_runner()).run(scripts, pager_calls, base, elements)
        # what the pager wrote announces sizes too (document.write("共" + n + "页"))
        written_text = result.get("out") or ""
        pages.extend(_announced(written_text, ANNOUNCED_PAGES[:3]))
        records.extend(_announced(written_text, ANNOUNCED_RECORDS[:1]))
        written = _hrefs(result.get("out") or "", base)
        navigated = [u for u in (_join(base, v) for v in result.get("nav") or []) if u]
        for name in sorted({_call_name(c) for c in result.get("hits") or []} - {"", "void", "window", "open"}):
            facts.add_mechanism(f"script-pager:{name}")
        generated = list(dict.fromkeys([*written, *navigated]))
        if len(generated) > PAGER_BOUND:
            facts.problems.append(
                f"pager script offered {len(generated)} links; only the first {PAGER_BOUND} are followed"
            )
            generated = generated[:PAGER_BOUND]
        facts.pager.extend(u for u in generated if u not in facts.pager)
        for error in result.get("err") or []:
            if "__too_many_writes" in error:
                facts.problems.append(f"pager script wrote more than {SCRIPT_MAX_WRITES} strings: stopped")
            elif error.startswith("call ") and _PAGERISH.search(_call_name(error[5:])):
                # one line per pager function, whatever page numbers it was called with
                call, _, why = error[5:].partition(": ")
                line = f"{_call_name(call)}(): {why}"
                if line not in facts.unresolved:
                    facts.unresolved.append(line)
            elif "pager script failed" in error or "no JavaScript engine" in error:
                facts.problems.append(error)
            elif error.startswith(("script: ", "ready: ")) and facts.wanted:
                # a pager function the page calls at load time and no script defines
                m = re.search(r"([A-Za-z_$][\w$]*) is not defined", error)
                if m and m.group(1) in facts.wanted:
                    line = f"{m.group(1)}(): {m.group(0)}"
                    if line not in facts.unresolved:
                        facts.unresolved.append(line)
    for value in pages:
        if value < 0:
            facts.problems.append(f"pager announces {value} pages")
        elif value > PAGER_BOUND:
            facts.problems.append(
                f"pager announces {value} pages, beyond the bound of {PAGER_BOUND}: followed page by page"
            )
    for value in records:
        if value < 0:
            facts.problems.append(f"list announces {value} records")
    good_pages = [p for p in pages if p >= 0]
    good_records = [r for r in records if r >= 0]
    if good_pages:
        facts.announced_pages = max(good_pages)
    if good_records and facts.announced_records is None:
        facts.announced_records = max(good_records)
    _dates(tree, base, facts)
    for script in scripts:
        for literal in _DATA_CALL.findall(script):
            url = _join(base, literal)
            if url and url not in facts.data_urls:
                facts.data_urls.append(url)
    for url in data_lists(inline, base):
        if url not in facts.data_lists:
            facts.data_lists.append(url)
    facts.postbacks = _postbacks(tree, base)
    if facts.postbacks:
        facts.add_mechanism("aspnet-postback")
    more = _load_more(tree, base)
    if more:
        facts.add_mechanism("load-more")
        facts.pager.extend(u for u in more if u not in facts.pager)
    facts.problems = list(dict.fromkeys(facts.problems))
    return facts


_DATA_URL_ATTRS = ("data-url", "data-href", "data-api", "data-link", "data-action", "data-more-url", "data-ajax-url")
_DATA_PAGE = re.compile(r"^data-(?:page|pageindex|page-index|pageno|page-no|pagenum|page-num|next-?page|current-?page|p)$")
_DATA_TOTAL = re.compile(r"^data-(?:total|pages|total-?pages?|page-?count|pagecount|max-?page|maxpage|last-?page)$")
_PAGE_PARAM = re.compile(r"([?&](?:page|pageno|pagenum|pageindex|page_no|curpage|currentpage|p|pn)=)(\d*)(?=&|$)", re.I)


def _load_more(tree: Any, base: str) -> list[str]:
    """The pages a "加载更多" (load more) button fetches: ``data-url`` with the next page in
    ``data-page`` and the last in ``data-total`` (``data-url="/more.jsp?pageIndex=" data-page="2"
    data-total="4"`` -> ``more.jsp?pageIndex=2`` .. ``=4``; without a total, the next page only).

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<a class="more" data-url="/m.jsp?pageIndex=" data-page="2" data-total="4">加载更多</a>')
    >>> _load_more(t, "http://a/x/")
    ['http://a/m.jsp?pageIndex=2', 'http://a/m.jsp?pageIndex=3', 'http://a/m.jsp?pageIndex=4']
    """
    out: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        attrs = {k.lower(): v for k, v in el.attrib.items()}
        template = next((attrs[a].strip() for a in _DATA_URL_ATTRS if attrs.get(a, "").strip()), None)
        if not template:
            continue
        first = next((_int(v.strip()) for k, v in attrs.items() if _DATA_PAGE.match(k)), None)
        last = next((_int(v.strip()) for k, v in attrs.items() if _DATA_TOTAL.match(k)), None)
        if first is None or first < 0:
            continue
        last = first if last is None or last < first else min(last, first + PAGER_BOUND - 1)
        for n in range(first, last + 1):
            if "{page}" in template or "{{page}}" in template:
                href = template.replace("{{page}}", str(n)).replace("{page}", str(n))
            elif template.endswith("="):
                href = template + str(n)
            elif _PAGE_PARAM.search(template):
                href = _PAGE_PARAM.sub(lambda m: m.group(1) + str(n), template, count=1)
            else:
                break
            url = _join(base, href)
            if url and url not in out:
                out.append(url)
    return out


_PAGE_KEY = r"(?:page|pageNo|pageNum|pageIndex|page_no|pageNumber|curPage|currentPage|current|p|pn|pageindex|pageno|pagenum)"
_DATA_CALL_AT = re.compile(
    r"(?:\$\.getJSON|\$\.get|\bfetch|axios\.get|\.ajax\(\s*\{[^{}]{0,200}?\burl)\s*[(:]\s*['\"]([^'\"]{3,300})['\"]"
)
_POST_TYPE = re.compile(r"\b(?:type|method)\s*:\s*['\"]post['\"]", re.I)
_NAVIGATES = re.compile(r"(?:location|href|\.open\s*\(|\.replace\s*\(|\.assign\s*\()[^;'\"]{0,30}$")
_PAGED_LITERAL = re.compile(r"['\"]((?:https?://[^'\"\s/]+)?/[^'\"\s<>]*\?[^'\"\s<>]*?\b" + _PAGE_KEY + r"=)['\"]")
_NOT_DATA = re.compile(r"\.(?:js|css|png|jpe?g|gif|svg|ico|woff2?|ttf|html?|shtml)(?:$|\?)", re.I)


def data_lists(scripts: list[str], base: str) -> list[str]:
    """The JSON / JSONP lists inline scripts load, as URLs with ``{page}`` where the page number
    goes (plain URLs when they are not paged): ``$.getJSON('/gkml/tree.json')``; ``$.ajax({url:
    '/list.jsp', data: {catid: 12, page: page, rows: 10}})`` (literal parameters kept, a page
    parameter given by a variable paged); a URL literal ending in a page parameter
    (``var listApi = '/api/list?channelId=31&pageNo=';``).

    >>> data_lists(["$.ajax({ url: '/i/list.jsp', dataType: 'jsonp', data: { catid: 12, page: page, rows: 10 } });",
    ...             "var api = '/api/list?cid=3&pageNo=';", "$.getJSON('/tree.json', f);"], "http://a/x/")
    ['http://a/i/list.jsp?catid=12&rows=10&page={page}', 'http://a/api/list?cid=3&pageNo={page}', 'http://a/tree.json']
    """
    out: list[str] = []

    def add(url: str | None) -> None:
        if url and url not in out and not _NOT_DATA.search(urlsplit(url.replace("{page}", "1")).path):
            out.append(url)

    for script in scripts:
        for m in _DATA_CALL_AT.finditer(script):
            literal = m.group(1)
            if "+" in literal or literal.startswith(("javascript:", "#")):
                continue
            params: list[tuple[str, str]] = []
            paged = False
            window = script[m.end(): m.end() + 600]
            call = _brace_block(script, script.rfind("{", m.start(), m.end())) if ".ajax" in m.group(0) else None
            if call and _POST_TYPE.search(call):
                continue  # a POST (a form, a counter): not a list to page through by GET
            data = re.search(r"\bdata\s*:\s*\{", window)
            if data and not re.search(r"\}\s*\)", window[: data.start()]):
                block = _brace_block(window, data.end() - 1) or ""
                for key, value in re.findall(r"['\"]?([A-Za-z_$][\w$]*)['\"]?\s*:\s*([^,}]+)", block[1:-1]):
                    value = value.strip()
                    lit = re.fullmatch(r"'([^']*)'|\"([^\"]*)\"|(-?\d+(?:\.\d+)?)", value)
                    if lit:
                        params.append((key, next(g for g in lit.groups() if g is not None)))
                    elif re.fullmatch(_PAGE_KEY, key):
                        paged = True
                        page_key = key
            url = _join(base, literal)
            if url is None:
                continue
            if params:
                url += ("&" if "?" in url else "?") + urlencode(params)
            if paged:
                url += ("&" if "?" in url else "?") + page_key + "={page}"
            elif _PAGE_PARAM.search(url):
                url = _PAGE_PARAM.sub(lambda g: g.group(1) + "{page}", url, count=1)
            add(url)
        for m in _PAGED_LITERAL.finditer(script):
            if _NAVIGATES.search(script[max(0, m.start() - 40): m.start()]):
                continue  # location.href = '/list.jsp?page=' + n: a pager of pages, not data
            add(_join(base, m.group(1) + "{page}"))
    return out


_POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")


def _postbacks(tree: Any, base: str) -> list[PostBack]:
    """The pages of an ASP.NET pager (GridView ``Page$3``, AspNetPager ``3``): each a POST of the
    page's form with the pager link's ``__EVENTTARGET`` / ``__EVENTARGUMENT``, as a browser sends it.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<form method="post" action="./List.aspx"><input type="hidden" name="__VIEWSTATE" '
    ...     'value="vs"><input type="hidden" name="__EVENTTARGET" value=""><a href="javascript:__doPostBack('
    ...     '&#39;GridView1&#39;,&#39;Page$2&#39;)">2</a><a href="javascript:__doPostBack(&#39;btnSearch&#39;,&#39;&#39;)">搜索</a></form>')
    >>> [(p.url, p.form["__EVENTARGUMENT"], p.key) for p in _postbacks(t, "http://a/zw/List.aspx")]
    [('http://a/zw/List.aspx', 'Page$2', 'http://a/zw/List.aspx?__EVENTARGUMENT=Page%242&__EVENTTARGET=GridView1')]
    """
    out: list[PostBack] = []
    for form in tree.iter("form"):
        if form.find(".//input[@name='__VIEWSTATE']") is None:
            continue
        fields: dict[str, str] = {}
        for el in form.iter("input", "select", "textarea"):
            name = el.get("name")
            kind = (el.get("type") or "text").lower()
            if not name or kind in ("submit", "button", "image", "reset", "file") or (
                    kind in ("checkbox", "radio") and el.get("checked") is None):
                continue
            if el.tag == "select":
                chosen = [o for o in el.iter("option") if o.get("selected") is not None] or list(el.iter("option"))[:1]
                fields.setdefault(name, chosen[0].get("value", chosen[0].text or "") if chosen else "")
            elif el.tag == "textarea":
                fields.setdefault(name, el.text or "")
            else:
                fields.setdefault(name, el.get("value") or "")
        url = _join(base, form.get("action") or base)
        if url is None:
            continue
        seen: set[tuple[str, str]] = set()
        for el in form.iter("a"):
            code = el.get("href") or ""
            m = _POSTBACK.search(code)
            if not m:
                continue
            target, arg = m.group(1), m.group(2)
            pager = re.fullmatch(r"Page\$\d+", arg) or (re.fullmatch(r"\d+", arg) and re.search(r"pag", target, re.I))
            if not pager or (target, arg) in seen or len(out) >= PAGER_BOUND:
                continue
            seen.add((target, arg))
            data = {**fields, "__EVENTTARGET": target, "__EVENTARGUMENT": arg}
            split = urlsplit(url)
            query = parse_qsl(split.query, keep_blank_values=True) + [("__EVENTARGUMENT", arg), ("__EVENTTARGET", target)]
            key = urlunsplit((split.scheme, split.netloc, split.path, urlencode(sorted(query)), ""))
            out.append(PostBack(url, data, key))
    return out


def _empty_pager_box(tree: Any) -> bool:
    """An empty element named like a pager (``<div class="pagination" data-total-page="4"></div>``,
    ``<div id="pager"></div>``): a script the page loads writes the pager into it."""
    for el in tree.iter("div", "span", "p", "ul", "nav", "td"):
        name = (el.get("class") or "") + " " + (el.get("id") or "")
        if name.strip() and _PAGER_BOX.search(name) and not len(el) and not (el.text or "").strip():
            return True
    return False


def _record_dates(records: list[str], base: str) -> dict[str, str]:
    out = {}
    for record in records:
        m = _DATE.search(re.sub(r"<[^>]+>", " ", record))
        urls = _hrefs(record, base)
        if m and urls:
            out[urls[0]] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return out


_PAGERISH = re.compile(r"page|pager|turn|go|jump|fanye|nav|list", re.I)


def _call_name(code: str) -> str:
    m = re.match(r"\s*([\w$.]+)\s*\(", code)
    return m.group(1) if m else ""


def _trs_counts(scripts: list[str]) -> tuple[list[int], list[int]]:
    """The page (and record) counts ``createPageHTML(...)`` calls pass, literal or ``var count = N``:
    ``(count, current, name, ext)`` or WCM's ``('div', count, current, name, ext, records)``.

    >>> _trs_counts(["var countPage = 3//共多少页\\ncreatePageHTML(countPage, 0, 'index', 'html');",
    ...              "createPageHTML('page_div',5, 1,'index','htm',18);"])
    ([3, 5], [18])
    """
    pages, records = [], []
    joined = "\n".join(s for s in scripts if s is not TRS_DEFAULT)

    def value(arg: str) -> int | None:
        arg = arg.strip().strip("'\"")
        number = _int(arg)
        if number is None and re.fullmatch(r"[A-Za-z_$][\w$]*", arg):
            m = re.search(r"\bvar\s+" + re.escape(arg) + r"\s*=\s*['\"]?(-?\d+)", joined)
            number = _int(m.group(1)) if m else None
        return number

    for call in re.findall(r"createPageHTML\(([^()]*)\)", joined):
        args = [a.strip() for a in call.split(",")]
        if not args or args[0].startswith("_n"):  # the function's own definition
            continue
        if re.fullmatch(r"['\"][^'\"]*['\"]", args[0]) and _int(args[0].strip("'\"")) is None:
            count = value(args[1]) if len(args) > 1 else None
            if len(args) > 5 and value(args[5]) is not None:
                records.append(value(args[5]))
        else:
            count = value(args[0])
        if count is not None:
            pages.append(count)
    return pages, records

def _pager_calls(calls: list[str], facts: ListFacts) -> list[str]:
    """The handler calls to run: every one as written, and integer pager calls filled between the
    pages they offer (``goPage(2)``, ``goPage(9)`` -> 2..9; ``goPage(9)`` alone -> 1..9), in page order.

    >>> _pager_calls(["toPage(2)", "toPage(4)"], ListFacts()), _pager_calls(["goPage(3)"], ListFacts())
    (['toPage(2)', 'toPage(3)', 'toPage(4)'], ['goPage(1)', 'goPage(2)', 'goPage(3)'])
    """
    ints: dict[str, set[int]] = {}
    out: list[str] = []
    for code in calls:
        m = _INT_CALL.match(code)
        if m and m.group(1) not in ("void", "alert", "history", "window", "open"):
            n = int(m.group(2))
            if n < 0:
                facts.problems.append(f"pager call with a negative page: {code.strip()}")
                continue
            if "," not in code:
                ints.setdefault(m.group(1), set()).add(n)
                continue
        out.append(code)
    for name, values in ints.items():
        # from the first page the pager offers; when it offers none of the first two (尾页 only),
        # from page 1 -- the page being read is page 1 or 2 and needs no call
        low, high = (min(values) if min(values) <= 2 else 1), max(values)
        if high - low > PAGER_BOUND:
            facts.problems.append(f"pager {name}() offers pages {low}..{high}, beyond the bound of {PAGER_BOUND}")
            high = low + PAGER_BOUND
        out.extend(f"{name}({n})" for n in range(low, high + 1))
    return out
