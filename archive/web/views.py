"""The pages and JSON/CSV endpoints of the researchers' window (routes of the Datasette plugin).

Every handler resolves the database from the URL, refuses one that is not an archive,
and runs its queries through Datasette's read-only connections (``execute_fn``), so the
window never writes and never blocks a crawl writing the same file.
"""
from __future__ import annotations

import csv
import io
import math
import urllib.parse
from typing import Any

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import AsgiStream, NotFound, Response
from markupsafe import Markup, escape

from archive import tuning
from archive.web import charts, data, diff, finder

__all__ = ["ROUTES"]

#: Hits per search page (HTML), and the most a JSON page may ask for.
PAGE_SIZE = 20
MAX_JSON_PAGE = 1000
#: Rows fetched per round while streaming a CSV download of a whole result.
CSV_BATCH = 500
#: Longest capture source shown as text on a page (the raw download has it all).
MAX_SOURCE_CHARS = 2_000_000

#: Content-Security-Policy of a raw capture: a sandboxed document (unique origin, no scripts,
#: no forms, no plugins), loading nothing from anywhere -- only its own inline styles.
RAW_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "frame-ancestors 'self'; form-action 'none'; base-uri 'none'")

CSV_FIELDS = ["id", "published", "site", "source", "title", "url", "score", "snippet", "first_seen", "last_seen",
              "version"]


async def _database(datasette: Any, request: Any) -> tuple[Any, str, str]:
    """(db, name, url-encoded name) of the archive named in the URL, or 404."""
    from archive.web import archive_names

    name = tilde_decode(request.url_vars["database"])
    if name not in datasette.databases or name not in archive_names(datasette):
        raise NotFound(f"no govarchive archive called {name!r} here")
    await datasette.ensure_permissions(request.actor, [("view-database", name), "view-instance"])
    return datasette.get_database(name), name, tilde_encode(name)


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any], status: int = 200) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def _marked(snippet: str) -> Markup:
    """A snippet with finder.MARK markers as escaped HTML with ``<mark>`` elements."""
    start, end = finder.MARK
    return Markup(str(escape(snippet)).replace(start, "<mark>").replace(end, "</mark>"))


def _plain(snippet: str, marks: tuple[str, str] = tuning.HIGHLIGHT) -> str:
    return snippet.replace(finder.MARK[0], marks[0]).replace(finder.MARK[1], marks[1])


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value), low), high) if value not in (None, "") else default
    except ValueError:
        return default


# ----------------------------------------------------------------------------- search


def _search_params(request: Any) -> dict[str, Any]:
    args = request.args
    return {
        "q": (args.get("q") or "").strip(),
        "site": args.get("site") or None,
        "since": (args.get("since") or "").strip() or None,
        "until": (args.get("until") or "").strip() or None,
        "source": (args.get("source") or "").strip() or None,
        "order": args.get("order") if args.get("order") in ("rank", "newest") else "rank",
    }


def _query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urllib.parse.urlencode({k: v for k, v in merged.items() if v not in (None, "")})


async def search_view(datasette: Any, request: Any) -> Response:
    db, name, path = await _database(datasette, request)
    fmt = request.url_vars.get("format")
    params = _search_params(request)
    page = _int(request.args.get("page"), 1, 1, 10**6)
    size = _int(request.args.get("size"), PAGE_SIZE, 1, MAX_JSON_PAGE if fmt == "json" else 100)
    error = None
    hits: list[dict[str, Any]] = []
    total = 0
    query = None
    if params["q"]:
        try:
            since, until = finder.valid_date(params["since"]), finder.valid_date(params["until"])
            query = finder.Query(params["q"], site=params["site"], since=since, until=until, source=params["source"])
            known_sites = await db.execute_fn(data.sites)
            if query.site and query.site not in known_sites:
                raise finder.QueryError(f"unknown site {query.site!r} (sites: {', '.join(known_sites) or 'none'})")
            query.match()
            query.rowid_range()
        except finder.QueryError as exc:
            error, query = str(exc), None
    if fmt == "csv":
        if query is None:
            return Response.text((error or "no query: add ?q=...") + "\n", status=400)
        return _csv_stream(db, query, params["order"], name)
    if query is not None:
        def run(conn):
            return (finder.count(conn, query),
                    finder.search(conn, query, order=params["order"], limit=size, offset=(page - 1) * size,
                                  highlight=finder.MARK))
        total, hits = await db.execute_fn(run)
    pages = max(1, math.ceil(total / size))
    base = f"/{path}/-/search"
    next_url = f"{base}{'.json' if fmt == 'json' else ''}?{_query_string(params, page=page + 1, size=size)}" \
        if page * size < total else None
    if fmt == "json":
        if error:
            return Response.json({"ok": False, "error": error}, status=400)
        return Response.json({
            "ok": True, "database": name, "query": params, "count": total, "page": page, "size": size,
            "next_url": next_url,
            "hits": [{**h, "snippet": _plain(h["snippet"]), "article_url": f"/{path}/-/article/{h['id']}"}
                     for h in hits],
        })
    sites, sources = await db.execute_fn(lambda conn: (data.sites(conn), finder.source_choices(conn)))
    for h in hits:
        h["snippet_html"] = _marked(h["snippet"])
        h["title_html"] = _marked(_title_marks(h["title"] or "", params["q"]))
    return await _render(datasette, request, "govarchive_search.html", {
        "database": name, "db_path": path, "params": params, "error": error, "hits": hits, "count": total,
        "page": page, "pages": pages, "size": size, "sites": sites, "sources": sources, "first": (page - 1) * size + 1,
        "prev_url": f"{base}?{_query_string(params, page=page - 1)}" if page > 1 else None,
        "next_url": f"{base}?{_query_string(params, page=page + 1)}" if page * size < total else None,
        "json_url": f"{base}.json?{_query_string(params, page=page)}",
        "csv_url": f"{base}.csv?{_query_string(params)}",
        "order_urls": {o: f"{base}?{_query_string(params, order=o)}" for o in ("rank", "newest")},
    })


def _title_marks(title: str, q: str) -> str:
    """The whole title with every match marked (snippet() would shorten a long title)."""
    from archive import text as textmod

    return textmod.snippet(title, q, context=len(title), highlight=finder.MARK) if title else ""


def _csv_stream(db: Any, query: finder.Query, order: str, name: str) -> AsgiStream:
    async def stream(writer):
        offset = 0
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(CSV_FIELDS)
        await writer.write("\ufeff" + buf.getvalue())
        while True:
            rows = await db.execute_fn(lambda conn, offset=offset: finder.search(
                conn, query, order=order, limit=CSV_BATCH, offset=offset, highlight=("", "")))
            if not rows:
                break
            buf = io.StringIO()
            out = csv.writer(buf)
            for hit in rows:
                out.writerow([_csv_cell(hit.get(f)) for f in CSV_FIELDS])
            await writer.write(buf.getvalue())
            offset += len(rows)
    filename = f"{name}-search.csv"
    return AsgiStream(stream, headers={"content-disposition": f'attachment; filename="{filename}"'},
                      content_type="text/csv; charset=utf-8")


def _csv_cell(value: Any) -> Any:
    """Spreadsheet-safe cell (as the CSV export: a leading ``= + - @`` gets a ``'``)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


# ----------------------------------------------------------------------------- article


def _paragraphs(body: str | None) -> list[str]:
    return [p.strip() for p in (body or "").split("\n") if p.strip()]


_FIELDS = [("title", "Title"), ("published", "Published"), ("source", "Source office"), ("author", "Author"),
           ("editor", "Editor")]


def _compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed from version ``old`` to ``new``: fields, attachments and a diff of the text."""
    fields = [{"name": label, "old": old.get(key), "new": new.get(key),
               "html": diff.render_html(diff.diff_text(old.get(key) or "", new.get(key) or ""))}
              for key, label in _FIELDS if (old.get(key) or "") != (new.get(key) or "")]
    old_att = {a["url"]: a.get("text") for a in old.get("attachments") or []}
    new_att = {a["url"]: a.get("text") for a in new.get("attachments") or []}
    ops = diff.diff_text(old.get("body"), new.get("body"))
    return {
        "old": old["version"], "new": new["version"], "fields": fields,
        "attachments_added": [{"url": u, "text": t} for u, t in new_att.items() if u not in old_att],
        "attachments_removed": [{"url": u, "text": t} for u, t in old_att.items() if u not in new_att],
        "body_changed": any(op != "equal" for op, _ in ops),
        "body_html": diff.render_html(ops),
        "ops": ops,
        "summary": diff.summary(ops),
    }


async def article_view(datasette: Any, request: Any) -> Response:
    db, name, path = await _database(datasette, request)
    article_id = int(request.url_vars["id"])
    art = await db.execute_fn(lambda conn: data.article(conn, article_id))
    if art is None:
        raise NotFound(f"no article {article_id} in {name}")
    versions = art["versions"]
    numbers = [v["version"] for v in versions]
    by_number = {v["version"]: v for v in versions}
    for older, newer in zip(versions, versions[1:]):
        newer["change"] = diff.summary(diff.diff_text(older.get("body"), newer.get("body")))
    to_v = _int(request.args.get("to"), numbers[-1], numbers[0], numbers[-1])
    default_from = max((n for n in numbers if n < to_v), default=to_v)
    from_v = _int(request.args.get("from"), default_from, numbers[0], numbers[-1])
    compare = None
    if from_v in by_number and to_v in by_number and from_v != to_v:
        compare = _compare(by_number[from_v], by_number[to_v])
    if request.url_vars.get("format") == "json":
        if compare:
            compare = {k: v for k, v in compare.items() if not k.endswith("html")}
            for f in compare["fields"]:
                f.pop("html", None)
        return Response.json({"ok": True, "database": name, "article": art, "compare": compare}, default=str)
    page = art["page"] or {}
    q = (request.args.get("q") or "").strip()  # from a search: its matches are marked in the text
    return await _render(datasette, request, "govarchive_article.html", {
        "database": name, "db_path": path, "a": art, "compare": compare,
        "paragraphs": [_marked(_title_marks(p, q)) if q else p for p in _paragraphs(art["body"])],
        "from_v": from_v, "to_v": to_v, "numbers": numbers, "page": page,
        "encoding_source_text": data.ENCODING_SOURCES.get(page.get("encoding_source") or art.get("encoding_source"),
                                                          page.get("encoding_source") or "unknown"),
        "q": q,
    })


# ----------------------------------------------------------------------------- captures


def _decoded(page: dict[str, Any]) -> str:
    codec = page.get("encoding") or "utf-8"
    try:
        return page["body"].decode(codec, errors="replace")
    except LookupError:
        return page["body"].decode("utf-8", errors="replace")


async def capture_view(datasette: Any, request: Any) -> Response:
    db, name, path = await _database(datasette, request)
    page_id = int(request.url_vars["id"])
    page = await db.execute_fn(lambda conn: data.capture(conn, page_id))
    if page is None:
        raise NotFound(f"no capture {page_id} in {name}")
    text = _decoded(page)
    if request.url_vars.get("format") == "json":
        page = {k: v for k, v in page.items() if k != "body"}
        return Response.json({"ok": True, "database": name, "capture": page, "text": text}, default=str)
    truncated = len(text) > MAX_SOURCE_CHARS
    return await _render(datasette, request, "govarchive_capture.html", {
        "database": name, "db_path": path, "p": page, "source_text": text[:MAX_SOURCE_CHARS], "truncated": truncated,
        "encoding_source_text": data.ENCODING_SOURCES.get(page.get("encoding_source"), page.get("encoding_source")),
        "view": request.args.get("view") or "text",
    })


async def capture_raw(datasette: Any, request: Any) -> Response:
    """The capture's bytes, inert: a sandboxed document (CSP) or a download, never live HTML."""
    db, name, path = await _database(datasette, request)
    page_id = int(request.url_vars["id"])
    page = await db.execute_fn(lambda conn: data.capture(conn, page_id))
    if page is None:
        raise NotFound(f"no capture {page_id} in {name}")
    headers = {
        "content-security-policy": RAW_CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
    }
    if request.args.get("download"):
        headers["content-disposition"] = f'attachment; filename="capture-{page_id}.bin"'
        return Response(page["body"], headers=headers, content_type="application/octet-stream")
    ctype = (page.get("content_type") or "").lower()
    html = "html" in ctype or (not ctype and page.get("page_type") in ("article", "list"))
    codec = page.get("encoding") or "utf-8"
    kind = "text/html" if html else "text/plain"
    return Response(page["body"], headers=headers, content_type=f"{kind}; charset={codec}")


# ----------------------------------------------------------------------------- charts


def _charts(chart_data: dict[str, Any]) -> dict[str, Markup]:
    a, v, e, c = (chart_data[k] for k in ("articles_per_month", "version_changes", "encodings", "crawls"))
    return {
        "articles_per_month": charts.bar_chart(
            "Articles per month per site", a["categories"], [tuple(s) for s in a["series"]],
            y_label="articles", empty="no dated articles yet"),
        "version_changes": charts.bar_chart(
            "New versions per " + v["granularity"], v["categories"], [tuple(s) for s in v["series"]],
            y_label="new versions", empty="no article has changed yet"),
        "encodings": charts.hbar_chart(
            "Stored pages by encoding, per site", e["rows"], [tuple(s) for s in e["series"]], x_label="pages",
            empty="no pages yet"),
        "charset_lies": charts.hbar_chart(
            "Pages whose declared charset lied, per site", [s for s, _ in e["lies"]],
            [("charset lies (URLs)", [n for _, n in e["lies"]])], x_label="URLs", empty="no pages yet",
            colors=["#D55E00"]),
        "crawls": charts.bar_chart(
            "Pages and errors per crawl", c["categories"], [tuple(s) for s in c["series"]], stacked=True,
            y_label="pages", empty="no crawls yet", colors=["#0072B2", "#56B4E9", "#D55E00"]),
    }


async def charts_view(datasette: Any, request: Any) -> Response:
    db, name, path = await _database(datasette, request)
    chart_data = await db.execute_fn(data.chart_data)
    if request.url_vars.get("format") == "json":
        return Response.json({"ok": True, "database": name, **chart_data})
    summary = await db.execute_fn(data.overview)
    return await _render(datasette, request, "govarchive_charts.html", {
        "database": name, "db_path": path, "d": chart_data, "charts": _charts(chart_data), "summary": summary,
    })


async def chart_svg(datasette: Any, request: Any) -> Response:
    db, name, path = await _database(datasette, request)
    chart = _charts(await db.execute_fn(data.chart_data)).get(request.url_vars["name"])
    if chart is None:
        raise NotFound(f"no chart {request.url_vars['name']!r}")
    return Response(str(chart), content_type="image/svg+xml; charset=utf-8",
                    headers={"x-content-type-options": "nosniff"})


_DB = r"^/(?P<database>[^/]+)/-/"
ROUTES = [
    (_DB + r"search(?:\.(?P<format>json|csv))?$", search_view),
    (_DB + r"article/(?P<id>\d+)(?:\.(?P<format>json))?$", article_view),
    (_DB + r"capture/(?P<id>\d+)/raw$", capture_raw),
    (_DB + r"capture/(?P<id>\d+)(?:\.(?P<format>json))?$", capture_view),
    (_DB + r"charts(?:\.(?P<format>json))?$", charts_view),
    (_DB + r"charts/(?P<name>[a-z_]+)\.svg$", chart_svg),
]
