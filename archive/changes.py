"""What changed on a portal: the archive's events, each backed by the captures that show it.

The store path (:func:`archive.store.store_page` and :meth:`archive.db.Archive.record_article`)
records an event whenever a capture shows one, so a single crawl, a distributed one (through the
same store step) and an importer of old captures all produce them. One row per event in the
``changes`` table:

- ``new`` -- an article seen for the first time (``page_id``: its first capture);
- ``edited`` -- a new version (``from_version`` -> ``to_version``; ``before_page_id`` is the last
  capture of the old version, ``page_id`` the first of the new one). Only a meaningful change
  counts: what :func:`archive.records.content_hash` leaves out (the footer, view counters,
  "last updated" stamps) never makes a version, and a re-extraction of the same bytes
  (``govarchive reextract``) makes a version but no event;
- ``removed`` -- a known article answered ``404``/``410``/``451``, redirected to a page that is
  not itself (the home page, a column, an error or login page, another site), or showed a
  take-down notice instead of its text (:mod:`pipelines.removal`). The first such capture makes
  the URL *suspect* (``article_urls.gone_page_id``); a removal is recorded only when a capture on
  a *later run* shows it again (``confirm_page_id``), so one bad night is not a removal. The event
  is dated by the first capture (``at``, ``page_id``) and keeps the last good one
  (``before_page_id``) -- the article's text stays in the archive. A good capture in between
  clears the suspicion. An article with another URL still serving it is not removed;
- ``restored`` -- a removed article answers with its text again (``page_id``; ``before_page_id``
  is the capture that showed the removal). Both events stay;
- ``unlisted`` -- the weaker signal: the article dropped off every list page that linked it
  (``page_id``: the list page's capture without the link; ``before_page_id``: its capture with
  it). Judged at the end of a finished crawl (:func:`judge_unlisted`), and only when nothing
  else can explain it: a link that merely slid to the next page of its column (new articles
  pushing old ones down) counts only if that next page was read in the same crawl and does not
  have it either. ``relisted`` when a list links it again.

Example:
    >>> import sqlite3
    >>> from archive.migrations import migrate
    >>> conn = sqlite3.connect(":memory:", isolation_level=None); _ = migrate(conn)
    >>> _ = record(conn, kind="edited", article_id=1, site="demo", url="http://x/1", at="2026-03-02T08:00:00Z",
    ...            from_version=1, to_version=2)
    >>> [(e["kind"], e["at"]) for e in events(conn, since="2026-03-01")]
    [('edited', '2026-03-02T08:00:00Z')]
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from archive.pagetypes import is_pagination
from archive.records import loads
from archive.times import utc_now

__all__ = [
    "KINDS",
    "counts",
    "events",
    "judge_unlisted",
    "note_list_links",
    "observe_gone",
    "observe_live",
    "record",
    "removal_evidence",
    "url_state",
    "version_pair",
]

#: The schema migration that made the tables (:mod:`archive.migrations`).
SCHEMA_VERSION = 9
#: The kinds of events, in the order a life can have them.
KINDS = ("new", "edited", "removed", "restored", "unlisted", "relisted")
#: Statuses that say the article is gone (Not Found, Gone, Unavailable For Legal Reasons).
GONE_STATUSES = (404, 410, 451)
#: Redirect targets that mean the article is gone (see :func:`pipelines.removal.redirect_kind`).
GONE_REDIRECTS = ("home", "list", "error", "login", "offsite")


def record(
    conn: sqlite3.Connection,
    *,
    kind: str,
    article_id: int,
    site: str,
    url: str,
    at: str,
    crawl_id: int | None = None,
    page_id: int | None = None,
    before_page_id: int | None = None,
    confirm_page_id: int | None = None,
    from_version: int | None = None,
    to_version: int | None = None,
    reason: str | None = None,
) -> int:
    """Add one event; returns its id (see the module docstring for the fields)."""
    if kind not in KINDS:
        raise ValueError(f"unknown change kind {kind!r}")
    cur = conn.execute(
        """INSERT INTO changes (article_id, site, url, kind, at, crawl_id, page_id, before_page_id,
               confirm_page_id, from_version, to_version, reason, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (article_id, site, url, kind, at, crawl_id, page_id, before_page_id, confirm_page_id,
         from_version, to_version, reason, utc_now()),
    )
    return int(cur.lastrowid)


# -- removal ------------------------------------------------------------------------------


def url_state(conn: sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """What the archive knows of an article URL, or None for a URL that is not an article's:
    ``article_id``, ``site``, ``version``, ``page_id`` (the article's last good capture),
    ``article_removed_at``, ``removed_at`` (this URL), ``gone_page_id`` / ``gone_reason`` /
    ``gone_crawl_id`` / ``gone_at`` / ``gone_sha256`` (the capture that showed it gone)."""
    cur = conn.execute(
        """SELECT au.article_id, au.site, a.version, a.page_id, a.removed_at, au.removed_at, au.gone_page_id,
                  au.gone_reason, g.crawl_id, g.fetched_at, g.sha256, a.title
           FROM article_urls au JOIN articles a ON a.id = au.article_id
           LEFT JOIN pages g ON g.id = au.gone_page_id WHERE au.url = ?""",
        (url,),
    )
    row = cur.fetchone()
    if row is None:
        return None
    names = ["article_id", "site", "version", "page_id", "article_removed_at", "removed_at", "gone_page_id",
             "gone_reason", "gone_crawl_id", "gone_at", "gone_sha256", "title"]
    return dict(zip(names, row))


def _known_lists(conn: sqlite3.Connection, site: str) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT url FROM list_pages WHERE site = ? AND coalesce(page_type, 'list') NOT IN ('sitemap', 'feed')",
        (site,),
    )}


def _html(page: dict[str, Any]) -> str:
    decoded = page.get("decoded")
    text = decoded.get("text") if isinstance(decoded, dict) else getattr(decoded, "text", None)
    if text is None:
        from pipelines.decode import decode

        text = decode(page.get("body") or b"", page.get("headers") or {}).text
    return text


def _location(page: dict[str, Any]) -> str | None:
    from urllib.parse import urljoin

    from archive.captures import header_value

    location = header_value(page.get("headers") or {}, "Location")
    if location:
        return urljoin(page["url"], location.strip())
    final = page.get("final_url")
    return final if final and final != page["url"] else None


def _moved(state: dict[str, Any], article: dict[str, Any] | None, conn: sqlite3.Connection) -> bool:
    """The page a redirect led to holds the same article (the portal moved it)."""
    if not article or not (article.get("body") or "").strip():
        return False
    from difflib import SequenceMatcher

    row = conn.execute("SELECT title, body FROM articles WHERE id = ?", (state["article_id"],)).fetchone()
    if row is None:
        return False
    title, body = row
    if (article.get("title") or "").strip() and (article.get("title") or "").strip() == (title or "").strip():
        return True
    return SequenceMatcher(None, body or "", article.get("body") or "", autojunk=False).quick_ratio() >= 0.8


def removal_evidence(conn: sqlite3.Connection, page: dict[str, Any], state: dict[str, Any]) -> str | None:
    """Why this capture of a known article URL shows the article gone (``HTTP 404``, ``redirect to
    URL (home page)``, ``notice: 该信息已删除``), or None when it does not.

    ``page`` is the store step's page dict (status, headers, final_url, body, decoded, article,
    error); ``state`` is :func:`url_state`. A failed fetch (timeout, 5xx, a refused size) is no
    evidence either way.
    """
    from pipelines.removal import page_notice, redirect_kind, refresh_target

    status = page.get("status") or 0
    if status in GONE_STATUSES:
        return f"HTTP {status}"
    url = page["url"]
    target = None
    if 300 <= status < 400 and status != 304:
        target = _location(page)
        if target is None:
            return None  # a redirect without a target is a broken answer, not a removal
    elif 200 <= status < 300:
        final = page.get("final_url")
        if final and final != url:
            target = final
    else:
        return None
    labels = {"home": "home page", "list": "list page", "error": "error page", "login": "login page",
              "offsite": "another site", "page": "another page"}
    if target is not None:
        kind = redirect_kind(url, target, _known_lists(conn, state["site"]))
        if kind in GONE_REDIRECTS:
            return f"redirect to {target} ({labels[kind]})"
        if kind == "page" and not (200 <= status < 300 and _moved(state, page.get("article"), conn)):
            return f"redirect to {target} ({labels[kind]})"
    if not 200 <= status < 300:
        return None
    article = page.get("article") or {}
    body = article.get("body") or ""
    if len(body) > 400:
        return None  # a real article came back (the notice check below needs a short text)
    html = _html(page)
    refresh = refresh_target(html, page.get("final_url") or url)
    if refresh is not None:
        kind = redirect_kind(url, refresh, _known_lists(conn, state["site"]))
        if kind != "self" and (kind in GONE_REDIRECTS or not _moved(state, page.get("article"), conn)):
            return f"redirect to {refresh} ({labels[kind]}, by the page)"
    notice = page_notice(html, article.get("title"), body)
    if notice:
        return f"notice: {notice}"
    return None


def _later(state: dict[str, Any], crawl_id: int | None, at: str) -> bool:
    """This capture is from a later run than the suspect one (or later in time, without runs)."""
    if crawl_id is not None and state["gone_crawl_id"] is not None:
        return crawl_id != state["gone_crawl_id"] and at >= (state["gone_at"] or "")
    return at > (state["gone_at"] or "")


def observe_gone(
    conn: sqlite3.Connection, state: dict[str, Any], url: str, crawl_id: int | None, page_id: int, at: str,
    reason: str,
) -> str:
    """A capture showed the article at ``url`` gone; returns the store outcome: ``gone`` (first
    sight, awaiting a later run), ``removed`` (this capture confirmed it) or ``still_gone``
    (removed before)."""
    if state["removed_at"] is not None:
        return "still_gone"
    if state["gone_page_id"] is None:
        conn.execute("UPDATE article_urls SET gone_page_id = ?, gone_reason = ? WHERE url = ?", (page_id, reason, url))
        return "gone"
    if not _later(state, crawl_id, at):
        return "gone"
    since = state["gone_at"] or at
    conn.execute("UPDATE article_urls SET removed_at = ? WHERE url = ?", (since, url))
    elsewhere = conn.execute(
        "SELECT 1 FROM article_urls WHERE article_id = ? AND url != ? AND removed_at IS NULL AND last_seen >= ?",
        (state["article_id"], url, since),
    ).fetchone()
    if elsewhere is None and state["article_removed_at"] is None:
        conn.execute("UPDATE articles SET removed_at = ? WHERE id = ?", (since, state["article_id"]))
        record(
            conn, kind="removed", article_id=state["article_id"], site=state["site"], url=url, at=since,
            crawl_id=state["gone_crawl_id"], page_id=state["gone_page_id"], before_page_id=state["page_id"],
            confirm_page_id=page_id, from_version=state["version"], reason=state["gone_reason"] or reason,
        )
    return "removed"


def observe_live(
    conn: sqlite3.Connection, state: dict[str, Any], url: str, crawl_id: int | None, page_id: int, at: str
) -> bool:
    """A capture showed the article at ``url`` again: a suspicion is cleared, a removal ends with a
    ``restored`` event. Returns True when the article was restored."""
    if state["removed_at"] is None:
        if state["gone_page_id"] is not None:
            conn.execute("UPDATE article_urls SET gone_page_id = NULL, gone_reason = NULL WHERE url = ?", (url,))
        return False
    conn.execute(
        "UPDATE article_urls SET removed_at = NULL, gone_page_id = NULL, gone_reason = NULL WHERE url = ?", (url,)
    )
    if state["article_removed_at"] is None:
        return False
    conn.execute("UPDATE articles SET removed_at = NULL WHERE id = ?", (state["article_id"],))
    record(
        conn, kind="restored", article_id=state["article_id"], site=state["site"], url=url, at=at,
        crawl_id=crawl_id, page_id=page_id, before_page_id=state["gone_page_id"], from_version=state["version"],
        reason=f"removed since {state['article_removed_at']}",
    )
    return True


# -- list pages ---------------------------------------------------------------------------


def note_list_links(
    conn: sqlite3.Connection, crawl_id: int | None, site: str, list_url: str, old_links: Iterable[str] | None,
    new_links: Iterable[str], page_id: int | None, at: str,
) -> int:
    """A list page (or sitemap) was read again: remember the archived articles it no longer links,
    for :func:`judge_unlisted` at the end of the crawl; returns how many.

    A dropped link is a *tail* drop when no article link after it on the old page is still there:
    new articles at the top push the last ones onto the next page.
    """
    if not old_links:
        return 0
    old = list(dict.fromkeys(old_links))
    new = set(new_links)
    gone = [u for u in old if u not in new]
    if not gone:
        return 0
    articles: set[str] = set()
    for start in range(0, len(gone), 500):  # a sitemap may drop thousands (SQLite bounds the parameters)
        chunk = gone[start:start + 500]
        articles.update(r[0] for r in conn.execute(
            f"SELECT url FROM article_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk))
    if not articles:
        return 0
    # the order of the archived articles the page linked, the dropped ones and those still there
    kept = [u for u in old if u in new]
    still: set[str] = set()
    for start in range(0, len(kept), 500):
        chunk = kept[start:start + 500]
        still.update(r[0] for r in conn.execute(
            f"SELECT url FROM article_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk))
    ordered = [u for u in old if u in articles or u in still]
    old_sha = links_sha(old_links)
    last_kept = max((i for i, url in enumerate(ordered) if url in new), default=-1)
    rows = [
        (crawl_id, site, list_url, url, int(i > last_kept), page_id, at, old_sha)
        for i, url in enumerate(ordered) if url not in new
    ]
    conn.executemany(
        "INSERT OR REPLACE INTO list_drops (crawl_id, site, list_url, url, tail, page_id, at, old_links_sha) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def links_sha(links: Iterable[str]) -> str:
    """A fingerprint of a list page's links (in order): two URLs of one page have the same."""
    return hashlib.sha1(json.dumps(list(links), ensure_ascii=False).encode("utf-8")).hexdigest()


def judge_unlisted(conn: sqlite3.Connection, crawl_id: int, site: str, started_at: str, at: str) -> dict[str, int]:
    """At the end of a finished crawl: ``unlisted`` events for the archived articles that dropped off
    every list page that linked them, ``relisted`` for unlisted ones linked again. Returns counts.

    A page this crawl did not read still links what it linked last time -- unless it was the same
    page under another URL (``/x/`` and ``/x/index.html``: the links it had are those the page
    read now had before). A link that dropped off the end of a page counts only when every
    other page of the same list (its pagination) was read in this crawl: otherwise it may just
    have slid onto a page this crawl did not read. Feeds (the newest items only) link nothing here.
    """
    drops = conn.execute(
        "SELECT url, list_url, tail, page_id, at, old_links_sha FROM list_drops WHERE crawl_id = ? AND site = ?",
        (crawl_id, site),
    ).fetchall()
    unlisted = conn.execute(
        "SELECT count(*) FROM article_urls WHERE site = ? AND unlisted_at IS NOT NULL", (site,)
    ).fetchone()[0]
    out = {"unlisted": 0, "relisted": 0}
    if not drops and not unlisted:
        return out
    memory = [
        (url, json.loads(links or "[]"), fetched_at)
        for url, links, fetched_at in conn.execute(
            "SELECT url, links, fetched_at FROM list_pages WHERE site = ? AND coalesce(page_type, 'list') != 'feed'",
            (site,),
        )
    ]
    read = {url for url, _, fetched in memory if fetched and fetched >= started_at}
    old_shas = {row[5] for row in drops}
    copies = {url for url, links, _ in memory if url not in read and links_sha(links) in old_shas}
    linked: set[str] = set()
    for url, links, _ in memory:
        if url not in copies:
            linked.update(links)
    by_url: dict[str, list[tuple]] = {}
    for url, list_url, tail, page_id, when, _ in drops:
        by_url.setdefault(url, []).append((list_url, tail, page_id, when))
    for url, rows in sorted(by_url.items()):
        if url in linked:
            continue
        state = conn.execute(
            "SELECT article_id, unlisted_at, removed_at FROM article_urls WHERE url = ?", (url,)
        ).fetchone()
        if state is None or state[1] is not None or state[2] is not None:
            continue
        siblings = [r[0] for r in conn.execute(
            "SELECT url FROM article_urls WHERE article_id = ? AND url != ?", (state[0], url))]
        if any(s in linked for s in siblings):
            continue  # the same article is still listed under another URL
        if any(
            tail and any(is_pagination(list_url, other) and other not in read and other not in copies
                         for other, _, _ in memory)
            for list_url, tail, _, _ in rows
        ):
            continue  # it may sit on a page of this list that this crawl did not read
        # the evidence: the first list page's capture without the link (sitemaps are not stored as pages)
        list_url, _, page_id, when = min(rows, key=lambda r: (r[2] is None, r[3]))
        before = conn.execute(
            "SELECT max(id) FROM pages WHERE url = ? AND id < ? AND status BETWEEN 200 AND 299", (list_url, page_id)
        ).fetchone()[0] if page_id else None
        conn.execute("UPDATE article_urls SET unlisted_at = ? WHERE url = ?", (when, url))
        record(
            conn, kind="unlisted", article_id=state[0], site=site, url=url, at=when, crawl_id=crawl_id,
            page_id=page_id, before_page_id=before,
            reason="no longer linked from " + ", ".join(sorted({r[0] for r in rows})),
        )
        out["unlisted"] += 1
    fresh: set[str] = set()  # a link seen again on a page this crawl read
    for url, links, _ in memory:
        if url in read:
            fresh.update(links)
    for url, article_id in conn.execute(
        "SELECT url, article_id FROM article_urls WHERE site = ? AND unlisted_at IS NOT NULL", (site,)
    ).fetchall():
        if url in fresh:
            conn.execute("UPDATE article_urls SET unlisted_at = NULL WHERE url = ?", (url,))
            record(conn, kind="relisted", article_id=article_id, site=site, url=url, at=at, crawl_id=crawl_id)
            out["relisted"] += 1
    conn.execute("DELETE FROM list_drops WHERE site = ? AND (crawl_id IS NULL OR crawl_id <= ?)", (site, crawl_id))
    return out


# -- reading ------------------------------------------------------------------------------

_EVENT_SQL = """
SELECT c.id, c.kind, c.at, c.site, c.article_id, coalesce(a.title, ''), c.url, c.reason,
       c.from_version, c.to_version, c.crawl_id,
       c.page_id, p.status, p.fetched_at, p.sha256,
       c.before_page_id, b.fetched_at, b.sha256,
       c.confirm_page_id, f.fetched_at, c.recorded_at
FROM changes c
LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN pages p ON p.id = c.page_id
LEFT JOIN pages b ON b.id = c.before_page_id
LEFT JOIN pages f ON f.id = c.confirm_page_id
"""
EVENT_FIELDS = [
    "id", "kind", "at", "site", "article_id", "title", "url", "reason", "from_version", "to_version", "crawl_id",
    "page_id", "page_status", "page_fetched_at", "page_sha256",
    "before_page_id", "before_fetched_at", "before_sha256",
    "confirm_page_id", "confirmed_at", "recorded_at",
]


def events(
    conn: sqlite3.Connection,
    since: str | None = None,
    until: str | None = None,
    site: str | None = None,
    kinds: Iterable[str] | None = None,
    article_id: int | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Events oldest first, with the captures that back them (``page_*``, ``before_*``,
    ``confirm_page_id`` / ``confirmed_at``). ``since`` / ``until`` are inclusive dates (or
    timestamps) on ``at``; ``title`` is the article's current title."""
    where, params = [], []
    if since:
        where.append("c.at >= ?")
        params.append(since)
    if until:
        where.append("c.at < ?")
        params.append(until + ("~" if len(until) == 10 else ""))  # the whole day: 'T…Z' < '~'
    if site:
        where.append("c.site = ?")
        params.append(site)
    kinds = list(kinds or [])
    if kinds:
        where.append(f"c.kind IN ({','.join('?' * len(kinds))})")
        params += kinds
    if article_id is not None:
        where.append("c.article_id = ?")
        params.append(article_id)
    sql = _EVENT_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.at, c.id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in conn.execute(sql, params):
        yield dict(zip(EVENT_FIELDS, row))


_VERSION_COLUMNS = "version, title, published, source, author, editor, body, attachments, images, page_id"


def version_pair(conn: sqlite3.Connection, event: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The two versions an ``edited`` event is about: ``(old, new)`` dicts (version, title,
    published, source, author, editor, body, attachments, images, page_id), or None."""
    if event.get("kind") != "edited" or event.get("from_version") is None:
        return None
    names = [c.strip() for c in _VERSION_COLUMNS.split(",")]

    def version(number: int) -> dict[str, Any] | None:
        row = conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM article_versions WHERE article_id = ? AND version = ?",
            (event["article_id"], number),
        ).fetchone() or conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM articles WHERE id = ? AND version = ?", (event["article_id"], number)
        ).fetchone()
        if row is None:
            return None
        out = dict(zip(names, row))
        out["attachments"] = loads(out["attachments"]) or []
        out["images"] = loads(out["images"]) or []
        return out

    old, new = version(event["from_version"]), version(event["to_version"])
    return (old, new) if old is not None and new is not None else None


def counts(conn: sqlite3.Connection, site: str) -> dict[str, int]:
    """Events of ``site`` by kind, plus ``suspect`` (URLs awaiting a confirming run) and
    ``removed_now`` (articles removed and not restored)."""
    out = {kind: 0 for kind in KINDS}
    out.update(dict(conn.execute("SELECT kind, count(*) FROM changes WHERE site = ? GROUP BY kind", (site,))))
    out["suspect"] = conn.execute(
        "SELECT count(*) FROM article_urls WHERE site = ? AND gone_page_id IS NOT NULL AND removed_at IS NULL",
        (site,),
    ).fetchone()[0]
    out["removed_now"] = conn.execute(
        "SELECT count(*) FROM articles WHERE site = ? AND removed_at IS NOT NULL", (site,)
    ).fetchone()[0]
    return out
