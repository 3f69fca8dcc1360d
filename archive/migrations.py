"""Explicit, numbered, idempotent schema migrations of the archive.

Each migration is a function of a ``sqlite3.Connection`` that is safe to run
twice (it checks before it alters) and runs inside one transaction together
with the row that records it in the ``migrations`` table, so a crash leaves the
archive either before or after a migration, never half-way.

Version 1 is the original schema (bodies stored uncompressed, one URL per
article, no search index); later migrations upgrade such files in place.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from archive.captures import encode_body
from archive.changes import record as record_change
from archive.records import body_hash
from archive.search import index_article
from archive.times import utc_now

__all__ = ["MIGRATIONS", "applied", "migrate", "latest_version"]


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the current transaction.

    ``executescript`` would COMMIT first, breaking a migration's atomicity.
    """
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                conn.execute(pending)
            pending = ""


def m001_initial(conn: sqlite3.Connection) -> None:
    """Sites, crawls, pages (raw bodies, uncompressed), articles, versions, attachments."""
    _script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS sites (
            name TEXT PRIMARY KEY,
            created_at TEXT
        );
        CREATE TABLE IF NOT EXISTS crawls (
            id INTEGER PRIMARY KEY,
            site TEXT REFERENCES sites(name),
            started_at TEXT,
            finished_at TEXT,
            status TEXT,
            config TEXT,
            counts TEXT
        );
        CREATE TABLE IF NOT EXISTS pages (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawls(id),
            site TEXT,
            url TEXT NOT NULL,
            final_url TEXT,
            status INTEGER,
            fetched_at TEXT,
            headers TEXT,
            request_headers TEXT,
            sha256 TEXT,
            size INTEGER,
            body BLOB,
            encoding TEXT,
            encoding_source TEXT,
            declared TEXT,
            undecodable INTEGER,
            mislabelled INTEGER,
            page_type TEXT,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS pages_url ON pages(url, id);
        CREATE INDEX IF NOT EXISTS pages_site ON pages(site, id);
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            site TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            source TEXT,
            author TEXT,
            editor TEXT,
            body TEXT,
            title_simplified TEXT,
            body_simplified TEXT,
            attachments TEXT,
            images TEXT,
            footer TEXT,
            meta TEXT,
            encoding TEXT,
            encoding_source TEXT,
            error TEXT,
            content_hash TEXT,
            first_seen TEXT,
            last_seen TEXT,
            version INTEGER,
            version_since TEXT,
            page_id INTEGER REFERENCES pages(id),
            crawl_id INTEGER REFERENCES crawls(id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url);
        CREATE INDEX IF NOT EXISTS articles_site_published ON articles(site, published);
        CREATE TABLE IF NOT EXISTS article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id),
            version INTEGER,
            title TEXT,
            published TEXT,
            source TEXT,
            author TEXT,
            editor TEXT,
            body TEXT,
            attachments TEXT,
            images TEXT,
            footer TEXT,
            meta TEXT,
            content_hash TEXT,
            page_id INTEGER,
            crawl_id INTEGER,
            first_seen TEXT,
            last_seen TEXT,
            replaced_at TEXT,
            UNIQUE(article_id, version)
        );
        CREATE TABLE IF NOT EXISTS attachments (
            article_id INTEGER REFERENCES articles(id),
            url TEXT,
            text TEXT,
            first_seen TEXT,
            last_seen TEXT,
            PRIMARY KEY (article_id, url)
        );
        """
    )


def m002_compress_bodies(conn: sqlite3.Connection) -> None:
    """Compress raw bodies (zlib) and store unchanged re-fetches as revisits without a body."""
    cols = _columns(conn, "pages")
    if "body_codec" not in cols:
        conn.execute("ALTER TABLE pages ADD COLUMN body_codec TEXT")
    if "revisit_of" not in cols:
        conn.execute("ALTER TABLE pages ADD COLUMN revisit_of INTEGER REFERENCES pages(id)")
    rows = conn.execute("SELECT id, body FROM pages WHERE body IS NOT NULL AND body_codec IS NULL").fetchall()
    for page_id, body in rows:
        stored, codec = encode_body(body)
        conn.execute("UPDATE pages SET body = ?, body_codec = ? WHERE id = ?", (stored, codec, page_id))
    conn.execute("CREATE INDEX IF NOT EXISTS pages_sha256 ON pages(sha256)")


def m003_article_urls(conn: sqlite3.Connection) -> None:
    """One text under several URLs: ``article_urls`` and a whitespace-insensitive body hash."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS article_urls (
            url TEXT PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id),
            site TEXT,
            first_seen TEXT,
            last_seen TEXT
        )"""
    )
    conn.execute("CREATE INDEX IF NOT EXISTS article_urls_article ON article_urls(article_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS article_urls_site ON article_urls(site)")
    if "body_hash" not in _columns(conn, "articles"):
        conn.execute("ALTER TABLE articles ADD COLUMN body_hash TEXT")
    if "body_hash" not in _columns(conn, "article_versions"):
        conn.execute("ALTER TABLE article_versions ADD COLUMN body_hash TEXT")
    for art_id, body in conn.execute("SELECT id, body FROM articles WHERE body_hash IS NULL").fetchall():
        conn.execute("UPDATE articles SET body_hash = ? WHERE id = ?", (body_hash(body), art_id))
    for ver_id, body in conn.execute(
        "SELECT id, body FROM article_versions WHERE body_hash IS NULL"
    ).fetchall():
        conn.execute("UPDATE article_versions SET body_hash = ? WHERE id = ?", (body_hash(body), ver_id))
    conn.execute(
        """INSERT OR IGNORE INTO article_urls (url, article_id, site, first_seen, last_seen)
           SELECT url, id, site, first_seen, last_seen FROM articles"""
    )
    conn.execute("CREATE INDEX IF NOT EXISTS articles_site_body_hash ON articles(site, body_hash)")


def m004_search(conn: sqlite3.Connection) -> None:
    """Full-text search: the uni/bi index.

    (It used to add a Datasette trigram table as well, ``articles_fts``; migration 6 drops
    it from archives that have it, so it is no longer built here only to be dropped.)
    """
    if "search_rowid" not in _columns(conn, "articles"):
        conn.execute("ALTER TABLE articles ADD COLUMN search_rowid INTEGER")
    tables = _tables(conn)
    if "articles_search" not in tables:
        conn.execute(
            "CREATE VIRTUAL TABLE articles_search USING fts5("
            "uni, bi, site, content='', tokenize='unicode61 remove_diacritics 0')"
        )
    # Backfill the uni/bi index of articles that have none yet.
    for row in conn.execute(
        "SELECT id, site, title, body, published, first_seen FROM articles WHERE search_rowid IS NULL"
    ).fetchall():
        index_article(conn, *row)


_CRAWL_STATE = """
CREATE TABLE IF NOT EXISTS crawl_runs (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    crawl_id INTEGER,
    pid INTEGER,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    resumed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS crawl_runs_site ON crawl_runs (site, id);
CREATE TABLE IF NOT EXISTS list_pages (
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    links TEXT NOT NULL DEFAULT '[]',
    fetched_at TEXT NOT NULL,
    page_type TEXT,
    PRIMARY KEY (site, url)
);
CREATE TABLE IF NOT EXISTS revisits (
    id INTEGER PRIMARY KEY,
    crawl_id INTEGER,
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    page_type TEXT
);
CREATE INDEX IF NOT EXISTS revisits_url ON revisits (site, url);
CREATE TABLE IF NOT EXISTS attachment_blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    content_type TEXT,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS attachment_files (
    url TEXT NOT NULL,
    site TEXT,
    sha256 TEXT NOT NULL REFERENCES attachment_blobs (sha256),
    article_url TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (url, sha256)
);
"""


def m005_crawl_state(conn: sqlite3.Connection) -> None:
    """What an incremental, resumable crawl remembers (see :mod:`archive.crawlstate`): runs, list
    pages (validators, links, page type), ``304`` revisits, attachment files by SHA-256.

    Archives written before this migration may have these tables already (older versions
    created them beside the schema), some with ``list_pages`` lacking ``page_type``: they are
    kept as they are, and completed.
    """
    _script(conn, _CRAWL_STATE)
    if "page_type" not in _columns(conn, "list_pages"):
        conn.execute("ALTER TABLE list_pages ADD COLUMN page_type TEXT")


def m006_one_search_index(conn: sqlite3.Connection) -> None:
    """One full-text index: drop the Datasette trigram table ``articles_fts`` and its triggers.

    Every write used to index the same text twice (issue 14: dropping the trigram table
    alone made ingest 1.3-1.8x faster and the file 20% smaller). Datasette searches through
    ``articles_search`` instead (govarchive's plugin: ``archive/web/``), which also finds one-
    and two-character words. Indexes for the window's table page (newest first) and its
    source-office filter. The freed pages are reused by later writes (``VACUUM`` returns them).
    """
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    conn.execute("DROP TABLE IF EXISTS [articles_fts]")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_published ON articles(published)")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_source ON articles(source)")


def m007_window_indexes(conn: sqlite3.Connection) -> None:
    """Indexes for the researchers' window's charts (``archive/web/data.py``).

    Per-site encodings and per-crawl pages/errors read columns stored after the raw body, so a
    table scan reads every compressed page (14 s at 100,000 captures); a covering index of
    those small columns answers each from the index alone. The partial index finds the few
    pages whose charset lied.
    """
    conn.execute("CREATE INDEX IF NOT EXISTS pages_site_encoding ON pages(site, encoding, body_codec)")
    conn.execute("CREATE INDEX IF NOT EXISTS pages_crawl_outcome ON pages"
                 "(crawl_id, status, revisit_of, body_codec, error)")
    conn.execute("CREATE INDEX IF NOT EXISTS pages_charset_lies ON pages(site, url) WHERE mislabelled = 1")


def m008_batches(conn: sqlite3.Connection) -> None:
    """Items stored at most once (:mod:`archive.batch`): ``stored_items`` keeps the key of every
    item stored with one (and its run, kind, outcome, encoding); ``distributed_runs`` maps a
    distributed crawl's run (by uid) to its crawl row and crawl run row."""
    _script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS stored_items (
            key TEXT PRIMARY KEY,
            site TEXT,
            run_uid TEXT,
            kind TEXT,
            outcome TEXT,
            encoding TEXT,
            stored_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS stored_items_run ON stored_items (run_uid);
        CREATE TABLE IF NOT EXISTS distributed_runs (
            run_uid TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            run INTEGER NOT NULL,
            crawl_id INTEGER REFERENCES crawls(id),
            crawl_run_id INTEGER,
            status TEXT NOT NULL,
            resumed INTEGER NOT NULL DEFAULT 0,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE INDEX IF NOT EXISTS distributed_runs_site ON distributed_runs (site, finished_at);
        """,
    )


_CHANGES = """
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    crawl_id INTEGER,
    page_id INTEGER REFERENCES pages(id),
    before_page_id INTEGER REFERENCES pages(id),
    confirm_page_id INTEGER REFERENCES pages(id),
    from_version INTEGER,
    to_version INTEGER,
    reason TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_at ON changes(at, id);
CREATE INDEX IF NOT EXISTS changes_site_at ON changes(site, at);
CREATE INDEX IF NOT EXISTS changes_article ON changes(article_id, id);
CREATE TABLE IF NOT EXISTS list_drops (
    crawl_id INTEGER,
    site TEXT NOT NULL,
    list_url TEXT NOT NULL,
    url TEXT NOT NULL,
    tail INTEGER NOT NULL,
    page_id INTEGER,
    at TEXT NOT NULL,
    old_links_sha TEXT,
    PRIMARY KEY (crawl_id, list_url, url)
);
"""


def _backfill_changes(conn: sqlite3.Connection) -> None:
    """``new`` and ``edited`` events from what an archive made before migration 9 holds: each article
    at its first capture, each version at the first capture of its successor (a re-extraction of the
    same bytes is not an edit)."""
    ok = "status BETWEEN 200 AND 299 AND (body IS NOT NULL OR revisit_of IS NOT NULL)"
    articles = conn.execute("SELECT id, site, url, first_seen, version, crawl_id FROM articles ORDER BY id").fetchall()
    for art_id, site, url, first_seen, version, crawl_id in articles:
        urls = [r[0] for r in conn.execute("SELECT url FROM article_urls WHERE article_id = ?", (art_id,))] or [url]
        marks = ",".join("?" * len(urls))
        first = conn.execute(f"SELECT min(id) FROM pages WHERE url IN ({marks}) AND {ok}", urls).fetchone()[0]
        record_change(conn, kind="new", article_id=art_id, site=site, url=url, at=first_seen or utc_now(),
                      page_id=first, to_version=1)
        history = conn.execute(
            "SELECT version, page_id, replaced_at, crawl_id FROM article_versions WHERE article_id = ? ORDER BY version",
            (art_id,),
        ).fetchall()
        for old_version, before, replaced_at, _ in history:
            if replaced_at is None:
                continue
            page = conn.execute(
                f"SELECT id, crawl_id, sha256 FROM pages WHERE url IN ({marks}) AND fetched_at >= ? AND {ok} "
                "ORDER BY fetched_at, id LIMIT 1",
                [*urls, replaced_at],
            ).fetchone()
            before_sha = conn.execute("SELECT sha256 FROM pages WHERE id = ?", (before,)).fetchone() if before else None
            if page and before_sha and page[2] == before_sha[0]:
                continue  # the same bytes extracted again
            record_change(conn, kind="edited", article_id=art_id, site=site, url=url, at=replaced_at,
                          crawl_id=page[1] if page else None, page_id=page[0] if page else None,
                          before_page_id=before, from_version=old_version, to_version=old_version + 1)


def m009_changes(conn: sqlite3.Connection) -> None:
    """What changed on a portal (:mod:`archive.changes`): the ``changes`` table of events (new,
    edited, removed, restored, unlisted, relisted) with the captures that back them; on article
    URLs the removal evidence awaiting a confirming run (``gone_page_id``, ``gone_reason``), the
    confirmed removal (``removed_at``) and the fall off every list (``unlisted_at``); the
    article's own removal date (``articles.removed_at``); ``list_drops``, the links list pages
    lost during a crawl. An older archive gets ``new`` and ``edited`` events from the versions it
    holds."""
    _script(conn, _CHANGES)
    for column in ("gone_page_id INTEGER", "gone_reason TEXT", "removed_at TEXT", "unlisted_at TEXT"):
        if column.split()[0] not in _columns(conn, "article_urls"):
            conn.execute(f"ALTER TABLE article_urls ADD COLUMN {column}")
    if "removed_at" not in _columns(conn, "articles"):
        conn.execute("ALTER TABLE articles ADD COLUMN removed_at TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_removed ON articles(site, removed_at) WHERE removed_at IS NOT NULL")
    if conn.execute("SELECT count(*) FROM changes").fetchone()[0] == 0:
        _backfill_changes(conn)


def m010_extraction_confidence(conn: sqlite3.Connection) -> None:
    """How each article's text was extracted and how much to trust it: ``confidence`` (0..1) and
    ``extraction_method`` (``rules``, ``rules+core``, ``core``, ``first-post``, ``selector``, ``page``; see
    ``pipelines.extract.generic``) on ``articles`` and ``article_versions``, NULL for what was extracted
    before they were recorded (``govarchive reextract`` fills them in); an index for finding doubtful
    extractions."""
    for table in ("articles", "article_versions"):
        for column in ("confidence REAL", "extraction_method TEXT"):
            if column.split()[0] not in _columns(conn, table):
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_confidence ON articles(confidence)")


def m011_discovery(conn: sqlite3.Connection) -> None:
    """What discovery learnt (see :mod:`archive.discovery`): ``crawl_discovery`` keeps, per crawl,
    one row per column (what its list announced, what was reached), pager problem and limit that
    stopped discovery; ``link_dates`` keeps, per article URL, the date a list printed beside it and
    a sitemap's ``<lastmod>`` (for revisit planning)."""
    _script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS crawl_discovery (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawls(id),
            site TEXT NOT NULL,
            kind TEXT NOT NULL,
            column_url TEXT,
            url TEXT,
            facts TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS crawl_discovery_crawl ON crawl_discovery (crawl_id, kind);
        CREATE TABLE IF NOT EXISTS link_dates (
            site TEXT NOT NULL,
            url TEXT NOT NULL,
            list_date TEXT,
            lastmod TEXT,
            title TEXT,
            source_url TEXT,
            seen_at TEXT,
            PRIMARY KEY (site, url)
        );
        """,
    )


MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "initial", m001_initial),
    (2, "compress_bodies", m002_compress_bodies),
    (3, "article_urls", m003_article_urls),
    (4, "search", m004_search),
    (5, "crawl_state", m005_crawl_state),
    (6, "one_search_index", m006_one_search_index),
    (7, "window_indexes", m007_window_indexes),
    (8, "batches", m008_batches),
    (9, "changes", m009_changes),
    (10, "extraction_confidence", m010_extraction_confidence),
    (11, "discovery", m011_discovery),
]


def latest_version() -> int:
    """The schema version a fully migrated archive has.

    Example:
        >>> latest_version() >= 5
        True
    """
    return MIGRATIONS[-1][0]


def applied(conn: sqlite3.Connection) -> set[int]:
    """Numbers of the migrations already applied to this database.

    Example:
        >>> import sqlite3; applied(sqlite3.connect(":memory:"))
        set()
    """
    if "migrations" not in _tables(conn):
        return set()
    return {row[0] for row in conn.execute("SELECT id FROM migrations")}


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply pending migrations (up to ``upto``), each in its own transaction; return those applied.

    The connection must be in autocommit mode (``isolation_level=None``).

    Example:
        >>> import sqlite3; migrate(sqlite3.connect(":memory:", isolation_level=None))
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    done = applied(conn)
    ran = []
    for number, name, func in MIGRATIONS:
        if number in done or (upto is not None and number > upto):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if conn.execute("SELECT 1 FROM migrations WHERE id = ?", (number,)).fetchone():
                conn.execute("COMMIT")
                continue
            func(conn)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                (number, name, utc_now()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(number)
    return ran
