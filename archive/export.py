"""Exports with provenance: CSV, JSON Lines, Parquet (articles, or the ``changes`` dataset: what
changed, with the captures that show it) and WARC (raw captures).

Every export streams from one SQLite cursor in constant memory (at most
``tuning.EXPORT_BATCH_ROWS`` rows held at a time) and writes a sidecar
``OUTPUT.datapackage.json`` (Frictionless Data Package style): the fields, the
record count, the date range, the crawl ids and sites, the filters used.

Each article record carries its provenance: the URL, the fetch time and crawl id
of the capture its current version was extracted from, and that raw page's
SHA-256 (``pages.sha256``; the WARC export carries the same bytes).

CSV is written as UTF-8 with a byte-order mark (so spreadsheet programs detect
UTF-8 Chinese text) and is safe to open in a spreadsheet: a text cell that
starts with ``= + - @``, a tab or a carriage return is prefixed with ``'`` so it
is never evaluated as a formula (OWASP "CSV injection").
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from archive import tuning
from archive.captures import decode_body, header_pairs, reason_phrase
from archive.db import Archive, ArchiveError
from archive.migrations import latest_version
from archive.search import rowid_range
from archive.times import format_utc, utc_now

__all__ = [
    "export", "iter_changes", "iter_records", "check_output", "CHANGE_FIELDS", "DATASETS", "FIELDS", "FORMATS",
    "csv_safe",
]

FORMATS = ("csv", "jsonl", "parquet", "warc")
#: What an export holds: ``articles`` (current versions) or ``changes`` (events, :mod:`archive.changes`).
DATASETS = ("articles", "changes")

#: (name, Frictionless type, description) of every exported article field.
FIELDS: list[tuple[str, str, str]] = [
    ("article_id", "integer", "Article id in the archive (govarchive show ID)"),
    ("url", "string", "URL the article was first seen under"),
    ("other_urls", "array", "Further URLs the same text was seen under"),
    ("site", "string", "Site name (crawl configuration)"),
    ("title", "string", "Title as published (original script)"),
    ("published", "string", "Publication date/time as extracted"),
    ("source", "string", "来源: the publishing office or outlet"),
    ("author", "string", "作者"),
    ("editor", "string", "责任编辑"),
    ("body", "string", "Article text as published (original script)"),
    ("title_simplified", "string", "Title folded to Simplified characters"),
    ("body_simplified", "string", "Body folded to Simplified characters"),
    ("attachments", "array", "URLs of linked attachment files"),
    ("version", "integer", "Version number of this text (1 = never changed)"),
    ("first_seen", "datetime", "When the article was first seen"),
    ("last_seen", "datetime", "When the article was last seen unchanged"),
    ("fetched_at", "datetime", "Fetch time of the capture this version was extracted from"),
    ("crawl_id", "integer", "Crawl (run) that made that capture"),
    ("page_id", "integer", "Id of that capture in the pages table"),
    ("sha256", "string", "SHA-256 of that capture's raw bytes (as in the WARC export)"),
    ("encoding", "string", "Character encoding the raw page was decoded with"),
    ("confidence", "number", "How much to trust the extracted text, 0..1 (empty: extracted before it was recorded)"),
    ("extraction_method", "string", "How the text was found: rules, rules+core, core, first-post, selector, page, script"),
]
_ARRAY_FIELDS = {name for name, typ, _ in FIELDS if typ == "array"}

#: (name, Frictionless type, description) of every field of the ``changes`` dataset.
CHANGE_FIELDS: list[tuple[str, str, str]] = [
    ("id", "integer", "Event id in the archive (changes table)"),
    ("kind", "string", "new, edited, removed, restored, unlisted or relisted"),
    ("at", "datetime", "When: fetch time of the capture that showed it (for a removal, the first one)"),
    ("site", "string", "Site name (crawl configuration)"),
    ("article_id", "integer", "Article id in the archive (govarchive show ID)"),
    ("title", "string", "The article's title (its last version)"),
    ("url", "string", "URL the event happened at"),
    ("reason", "string", "removed: HTTP 404, redirect to URL (home page), notice: 该信息已删除; unlisted: the list pages"),
    ("from_version", "integer", "Version before (edited; the last version of a removed or restored article)"),
    ("to_version", "integer", "Version after (new, edited)"),
    ("crawl_id", "integer", "Crawl that made the capture"),
    ("page_id", "integer", "The capture that shows the event (pages table; WARC-Govarchive-Page-ID)"),
    ("page_status", "integer", "Its HTTP status"),
    ("page_fetched_at", "datetime", "Its fetch time"),
    ("page_sha256", "string", "SHA-256 of its raw bytes (as in the WARC export)"),
    ("before_page_id", "integer", "The capture before: old version, last good capture, removal evidence, list page"),
    ("before_fetched_at", "datetime", "Its fetch time"),
    ("before_sha256", "string", "SHA-256 of its raw bytes"),
    ("confirm_page_id", "integer", "removed: the later crawl's capture that confirmed the removal"),
    ("confirmed_at", "datetime", "Its fetch time"),
    ("recorded_at", "datetime", "When the archive recorded the event"),
]

_MEDIATYPES = {
    "csv": "text/csv",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
    "warc": "application/warc",
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Neutralise a spreadsheet formula: prefix ``'`` to text starting with = + - @ tab or CR.

    Example:
        >>> csv_safe("=HYPERLINK(\\"http://evil\\")"), csv_safe("运城"), csv_safe(3)
        ('\\'=HYPERLINK("http://evil")', '运城', 3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _filters_sql(archive: Archive, site: str | None, since: str | None, until: str | None,
                 alias: str = "a") -> tuple[str, list[Any]]:
    where, params = [], []
    if site is not None:
        if site not in archive.sites():
            raise ArchiveError(f"unknown site {site!r}")
        where.append(f"{alias}.site = ?")
        params.append(site)
    lo, hi = rowid_range(since, until)
    if since or until:
        where.append(f"{alias}.search_rowid BETWEEN ? AND ?")
        params += [lo, hi]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def iter_records(
    archive: Archive, site: str | None = None, since: str | None = None, until: str | None = None
) -> Iterator[dict[str, Any]]:
    """Stream article records (current versions) with provenance, oldest article first.

    ``since``/``until`` (YYYY-MM-DD, inclusive) filter on the published date
    (first-seen date when unknown), like search.

    Example:
        >>> a = Archive(":memory:", create=True)
        >>> _ = a.record_article(None, "d", None, {"url": "http://x/1", "title": "t", "body": "b"}, "2026-01-01")
        >>> [r["url"] for r in iter_records(a)]
        ['http://x/1']
    """
    where, params = _filters_sql(archive, site, since, until)
    cur = archive.conn.cursor()
    cur.arraysize = tuning.EXPORT_BATCH_ROWS
    cur.execute(
        f"""SELECT a.id, a.url,
                (SELECT json_group_array(url) FROM article_urls u WHERE u.article_id = a.id AND u.url != a.url),
                a.site, a.title, a.published, a.source, a.author, a.editor, a.body, a.title_simplified,
                a.body_simplified, a.attachments, a.version, a.first_seen, a.last_seen,
                p.fetched_at, coalesce(p.crawl_id, a.crawl_id), a.page_id, p.sha256, coalesce(a.encoding, p.encoding),
                a.confidence, a.extraction_method
            FROM articles a LEFT JOIN pages p ON p.id = a.page_id{where} ORDER BY a.id""",
        params,
    )
    names = [name for name, _, _ in FIELDS]
    while True:
        rows = cur.fetchmany()
        if not rows:
            break
        for row in rows:
            rec = dict(zip(names, row))
            rec["other_urls"] = json.loads(rec["other_urls"] or "[]")
            links = json.loads(rec["attachments"] or "[]")
            rec["attachments"] = [link["url"] if isinstance(link, dict) else str(link) for link in links]
            yield rec


def iter_changes(
    archive: Archive, site: str | None = None, since: str | None = None, until: str | None = None
) -> Iterator[dict[str, Any]]:
    """Stream the ``changes`` dataset: events oldest first with their captures
    (:func:`archive.changes.events`); ``since``/``until`` (inclusive dates) filter on the event date.

    Example:
        >>> a = Archive(":memory:", create=True)
        >>> _ = a.record_article(None, "d", None, {"url": "http://x/1", "title": "t", "body": "b"}, "2026-03-02")
        >>> [(r["kind"], r["url"]) for r in iter_changes(a, since="2026-03-01")]
        [('new', 'http://x/1')]
    """
    from archive.changes import events

    yield from events(archive.conn, since=since, until=until, site=site)


class _Meta:
    """Running facts about an export (constant memory: crawl ids/sites are few)."""

    def __init__(self) -> None:
        self.count = 0
        self.crawl_ids: set[int] = set()
        self.sites: set[str] = set()
        self.dates: list[str | None] = [None, None]
        self.fetched: list[str | None] = [None, None]

    def add(self, site: str | None, crawl_id: int | None, date: str | None, fetched: str | None) -> None:
        self.count += 1
        if crawl_id is not None:
            self.crawl_ids.add(crawl_id)
        if site:
            self.sites.add(site)
        for rng, value in ((self.dates, date), (self.fetched, fetched)):
            if value:
                rng[0] = value if rng[0] is None or value < rng[0] else rng[0]
                rng[1] = value if rng[1] is None or value > rng[1] else rng[1]


def export(
    archive: Archive,
    fmt: str,
    output: str | os.PathLike[str],
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    force: bool = False,
    dataset: str = "articles",
) -> dict[str, Any]:
    """Export articles (csv/jsonl/parquet) or raw captures (warc) to ``output``; returns the sidecar dict.

    ``dataset="changes"`` exports what changed instead of the articles (csv/jsonl/parquet):
    one record per event with the captures that show it (:data:`CHANGE_FIELDS`).
    The sidecar is written to ``OUTPUT.datapackage.json``. A WARC file is gzipped
    per record when ``output`` ends in ``.gz``. An existing output or sidecar is
    refused unless ``force``; what is not a regular file (a symbolic link, a FIFO,
    a device) is never replaced (see :func:`check_output`). Both files are written
    beside their final name and renamed into place: nothing is half-written.

    Example:
        >>> import tempfile, os
        >>> a = Archive(":memory:", create=True)
        >>> out = os.path.join(tempfile.mkdtemp(), "a.jsonl")
        >>> export(a, "jsonl", out)["count"]
        0
    """
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if not str(output).strip():
        raise ArchiveError("the output file name is empty")
    if dataset not in DATASETS:
        raise ArchiveError(f"unknown dataset {dataset!r} (one of {', '.join(DATASETS)})")
    if dataset == "changes" and fmt == "warc":
        raise ArchiveError("the changes dataset is a table: export it as csv, jsonl or parquet "
                           "(its captures are in the WARC export of the archive)")
    output = Path(output)
    if not output.parent.is_dir():
        raise ArchiveError(f"cannot write {output}: no directory {output.parent}")
    sidecar_path = Path(str(output) + ".datapackage.json")
    db_files = {os.path.realpath(archive.path + suffix) for suffix in ("", "-wal", "-shm")}
    if os.path.realpath(output) in db_files or os.path.realpath(sidecar_path) in db_files:
        raise ArchiveError(f"refusing to overwrite the archive itself with the export ({output})")
    check_output(output, force)
    check_output(sidecar_path, force)
    # Validate filters before creating any file.
    _filters_sql(archive, site, since, until)
    meta = _Meta()
    tmp = _scratch(output)
    try:
        if fmt == "warc":
            _write_warc(archive, tmp, meta, site, since, until, gzip=output.name.endswith(".gz"))
        elif dataset == "changes":
            records = _tracked_changes(iter_changes(archive, site, since, until), meta)
            {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt](records, tmp, CHANGE_FIELDS)
        else:
            records = _tracked(iter_records(archive, site, since, until), meta)
            {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt](records, tmp, FIELDS)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    sidecar = _datapackage(archive, fmt, output, meta, site, since, until, dataset)
    tmp = _scratch(sidecar_path)
    try:
        tmp.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, sidecar_path)
    finally:
        tmp.unlink(missing_ok=True)
    return sidecar


def check_output(path: str | os.PathLike[str], force: bool = False) -> None:
    """Refuse to write over ``path`` unless it is absent, or a regular file and ``force``.

    A symbolic link (even to a regular file), a FIFO, a socket, a device or a directory
    is never replaced: the export would destroy the link or block on the pipe.

    Example:
        >>> import tempfile, os
        >>> d = tempfile.mkdtemp()
        >>> check_output(os.path.join(d, "new.csv"))
        >>> open(os.path.join(d, "old.csv"), "w").close()
        >>> check_output(os.path.join(d, "old.csv"))
        Traceback (most recent call last):
        archive.errors.ArchiveError: ... exists: not replaced (use --force to replace it)
        >>> check_output(os.path.join(d, "old.csv"), force=True)
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise ArchiveError(f"{path} is a symbolic link: not replaced (write to the file it points to, or elsewhere)")
    if not stat.S_ISREG(mode):
        raise ArchiveError(f"{path} exists and is not a regular file: not replaced")
    if not force:
        raise ArchiveError(f"{path} exists: not replaced (use --force to replace it)")


def _scratch(final: Path) -> Path:
    """A new, empty file beside ``final`` (created exclusively: never a link somebody left there)."""
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    umask = os.umask(0o022)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # the mode a plain open() would have given, not mkstemp's 0600
    os.close(fd)
    return Path(name)


def _tracked(records: Iterator[dict[str, Any]], meta: _Meta) -> Iterator[dict[str, Any]]:
    for rec in records:
        meta.add(rec["site"], rec["crawl_id"], (rec["published"] or "")[:10] or None, rec["fetched_at"])
        yield rec


def _tracked_changes(records: Iterator[dict[str, Any]], meta: _Meta) -> Iterator[dict[str, Any]]:
    for rec in records:
        meta.add(rec["site"], rec["crawl_id"], (rec["at"] or "")[:10] or None, rec["page_fetched_at"])
        yield rec


def _write_jsonl(records: Iterator[dict[str, Any]], path: Path, fields: list = FIELDS) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _write_csv(records: Iterator[dict[str, Any]], path: Path, fields: list = FIELDS) -> None:
    names = [name for name, _, _ in fields]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for rec in records:
            writer.writerow([
                csv_safe(json.dumps(rec[n], ensure_ascii=False) if n in _ARRAY_FIELDS else rec[n])
                for n in names
            ])


def _arrow_schema(fields: list = FIELDS):
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "string": pa.string(), "datetime": pa.string(),
             "array": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[typ]) for name, typ, _ in fields])


def _write_parquet(records: Iterator[dict[str, Any]], path: Path, fields: list = FIELDS) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(fields)
    names = schema.names
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        written = False
        for rec in records:
            batch.append(rec)
            if len(batch) >= tuning.EXPORT_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch, written = [], True
        if batch or not written:  # an empty export is still a valid file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=schema).select(names))


# ----------------------------------------------------------------------------- WARC

#: Response headers that would misdescribe the stored bytes (Scrapy stores the
#: decoded, de-chunked body): kept under the pywb convention ``X-Archive-Orig-``.
_RENAMED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


_NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


def _warc_date(value: str | None) -> str:
    if not value:
        return utc_now()
    try:
        return format_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return utc_now()


def _response_headers(headers: dict[str, Any] | None, body_len: int) -> list[tuple[str, str]]:
    out = []
    for key, value in header_pairs(headers):
        if key.lower() in _RENAMED_HEADERS:
            if key.lower() == "content-length" and value.strip() == str(body_len):
                continue
            out.append(("X-Archive-Orig-" + key, value))
        else:
            out.append((key, value))
    out.append(("Content-Length", str(body_len)))
    return out


def _sha1_digest(body: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _write_warc(archive: Archive, path: Path, meta: _Meta, site: str | None, since: str | None,
                until: str | None, gzip: bool) -> None:
    from urllib.parse import urlsplit

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    where, params = [], []
    if site is not None:
        where.append("p.site = ?")
        params.append(site)
    if since:
        where.append("substr(p.fetched_at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(p.fetched_at, 1, 10) <= ?")
        params.append(until)
    cur = archive.conn.cursor()
    cur.arraysize = tuning.EXPORT_BATCH_ROWS
    cur.execute(
        f"""SELECT p.id, p.crawl_id, p.site, p.url, p.status, p.fetched_at, p.headers, p.request_headers,
                   p.sha256, p.body, p.body_codec, p.revisit_of, o.url, o.fetched_at, o.body, o.body_codec, p.error
            FROM pages p LEFT JOIN pages o ON o.id = p.revisit_of
            {('WHERE ' + ' AND '.join(where)) if where else ''} ORDER BY p.id""",
        params,
    )
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        info = writer.create_warcinfo_record(
            path.name.removesuffix(".part"),
            {"software": "govarchive", "format": "WARC File Format 1.1",
             "description": "Raw captures of regional government portals exported from a govarchive archive",
             "isPartOf": archive.path},
        )
        writer.write_record(info)
        while True:
            rows = cur.fetchmany()
            if not rows:
                break
            for (page_id, crawl_id, psite, url, status, fetched_at, headers, req_headers, sha, body, codec,
                 revisit_of, orig_url, orig_fetched, orig_body, orig_codec, error) in rows:
                headers = json.loads(headers or "{}")
                date = _warc_date(fetched_at)
                extra = {"WARC-Date": date, "WARC-Govarchive-Page-ID": str(page_id),
                         "WARC-Govarchive-Crawl-ID": str(crawl_id), "WARC-Govarchive-SHA256": sha or ""}
                meta.add(psite, crawl_id, None, fetched_at)
                # The request, as sent (or as Scrapy would have sent it).
                parts = urlsplit(url)
                target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                req = header_pairs(json.loads(req_headers)) if req_headers else []
                if not any(k.lower() == "host" for k, _ in req):
                    req.insert(0, ("Host", parts.netloc))
                request = writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""),
                    http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", req, is_http_request=True),
                    warc_headers_dict={"WARC-Date": date},
                )
                writer.write_record(request)
                if not status:
                    # No answer came (timeout, reset, size refusal ...): not a response. A metadata
                    # record says what happened; replay indexers skip warc-fields metadata.
                    writer.write_record(_failure_record(writer, url, request, extra, error))
                    continue
                status_line = f"{status} {reason_phrase(status)}"
                if body is None and revisit_of is not None:
                    original = decode_body(orig_body, orig_codec)
                    http_list = _response_headers(headers, len(original))
                    if status == 304:  # the server said "not modified": no payload length to claim
                        http_list = [(k, v) for k, v in http_list if k != "Content-Length"]
                    http = StatusAndHeaders(status_line, http_list, protocol="HTTP/1.1")
                    record = writer.create_revisit_record(
                        url, _sha1_digest(original), orig_url, _warc_date(orig_fetched), http_headers=http,
                        warc_headers_dict=extra,
                    )
                    if status == 304:
                        record.rec_headers.replace_header("WARC-Profile", _NOT_MODIFIED_PROFILE)
                else:
                    raw = decode_body(body, codec)
                    http = StatusAndHeaders(status_line, _response_headers(headers, len(raw)), protocol="HTTP/1.1")
                    record = writer.create_warc_record(
                        url, "response", payload=io.BytesIO(raw), http_headers=http, warc_headers_dict=extra,
                    )
                writer.write_record(record)


def _failure_record(writer: Any, url: str, request: Any, extra: dict[str, str], error: str | None) -> Any:
    """The ``metadata`` record of a fetch that got no HTTP answer (``application/warc-fields``)."""
    fields = [("govarchive-fetch", "failed: no HTTP response was received"),
              ("govarchive-error", " ".join((error or "unknown error").split())),
              ("govarchive-page-id", extra["WARC-Govarchive-Page-ID"])]
    payload = "".join(f"{k}: {v}\r\n" for k, v in fields).encode("utf-8")
    headers = {k: v for k, v in extra.items() if k != "WARC-Govarchive-SHA256"}
    headers["WARC-Concurrent-To"] = request.rec_headers.get_header("WARC-Record-ID")
    return writer.create_warc_record(
        url, "metadata", payload=io.BytesIO(payload), warc_content_type="application/warc-fields",
        warc_headers_dict=headers,
    )


# ----------------------------------------------------------------------------- sidecar


def _datapackage(archive: Archive, fmt: str, output: Path, meta: _Meta, site: str | None,
                 since: str | None, until: str | None, dataset: str = "articles") -> dict[str, Any]:
    fields, key = (CHANGE_FIELDS, "id") if dataset == "changes" else (FIELDS, "article_id")
    resource: dict[str, Any] = {
        "name": output.name.split(".")[0].lower() or "export",
        "path": output.name,
        "format": fmt,
        "mediatype": _MEDIATYPES[fmt],
        "bytes": output.stat().st_size,
        "hash": "sha256:" + _file_sha256(output),
    }
    if fmt == "warc":
        resource["description"] = (
            "Raw captures (ISO 28500 WARC 1.1 via warcio): a request and a response record per fetch with the "
            "original headers and bytes; revisit records (identical-payload-digest) for unchanged re-fetches; "
            "a fetch that got no HTTP answer (timeout, reset, size refusal) is a request and a metadata record "
            "(application/warc-fields: govarchive-error), never a response."
        )
    else:
        resource["profile"] = "tabular-data-resource"
        resource["encoding"] = "utf-8-sig" if fmt == "csv" else "utf-8"
        resource["schema"] = {
            "fields": [{"name": n, "type": t, "description": d} for n, t, d in fields],
            "primaryKey": [key],
        }
        if dataset == "changes":
            resource["description"] = (
                "What changed on the portals: one record per event (new, edited, removed, restored, unlisted, "
                "relisted) with the captures that show it (page ids and SHA-256 as in the WARC export)."
            )
        if fmt == "csv":
            resource["dialect"] = {"delimiter": ",", "header": True, "quoteChar": '"'}
            resource["description"] = " ".join(filter(None, [resource.get("description"), (
                "Array fields are JSON text. Text cells starting with = + - @ tab or CR are prefixed with ' "
                "(spreadsheet formula-injection guard): strip one leading ' from such cells to get the original."
            )]))
    return {
        "profile": "data-package" if fmt == "warc" else "tabular-data-package",
        "name": "govarchive-export",
        "created": utc_now(),
        "resources": [resource],
        "govarchive": {
            "count": meta.count,
            "record": "capture" if fmt == "warc" else "change" if dataset == "changes" else "article",
            "dataset": "captures" if fmt == "warc" else dataset,
            "filters": {"site": site, "since": since, "until": until},
            "published_range": meta.dates if fmt != "warc" and dataset == "articles" else None,
            "event_range": meta.dates if dataset == "changes" else None,
            "fetched_range": meta.fetched,
            "crawl_ids": sorted(meta.crawl_ids),
            "sites": sorted(meta.sites),
            "archive": os.path.abspath(archive.path) if archive.path != ":memory:" else ":memory:",
            "schema_version": latest_version(),
        },
        "count": meta.count,
    }


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
