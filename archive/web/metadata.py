"""Datasette metadata for a govarchive archive: titles, descriptions, hidden tables, canned queries.

``instance_metadata(names)`` is what the plugin's ``get_metadata`` hook returns for the
archive databases Datasette serves: every table and column researchers see is described,
the crawler's internal tables are hidden, the articles table searches through the archive's
own Chinese index, and a few questions researchers ask are canned queries.

Example:
    >>> meta = instance_metadata(["demo"])
    >>> meta["databases"]["demo"]["tables"]["migrations"]["hidden"], "articles_per_site_per_year" in meta[
    ...     "databases"]["demo"]["queries"]
    (True, True)
"""
from __future__ import annotations

from typing import Any

__all__ = ["TABLES", "HIDDEN", "database_metadata", "instance_metadata"]

TITLE = "govarchive: archived government portals"
DESCRIPTION = (
    "Articles published on regional government portals, as crawled: clean text with title, date, source "
    "office, 信息公开 metadata and attachments, every earlier version, every URL, and the raw captures they "
    "came from. Search in Chinese (one- and two-character words, Traditional = Simplified), read an "
    "article with its versions side by side, or chart how the archive grew."
)
LICENSE = "Texts: © their publishing bodies (see each article's source and footer); archived for research"
SOURCE = "Crawled by govarchive from the portals listed in the sites table"

#: Descriptions of the tables researchers see, and of each of their columns.
TABLES: dict[str, dict[str, Any]] = {
    "sites": {
        "description": "One row per crawled portal (the name of its site config).",
        "columns": {"name": "Site name, as in the site config and every other table's site column",
                    "created_at": "When the archive first saw this site (UTC)"},
    },
    "crawls": {
        "description": "One row per crawl run: when, with which settings, how it ended and what it counted.",
        "columns": {
            "id": "Crawl number", "site": "Site crawled", "started_at": "Start (UTC)", "finished_at": "End (UTC)",
            "status": "finished, interrupted, failed or running",
            "config": "The site config and settings the crawl ran with (JSON)",
            "counts": "What the crawl counted: pages, requests, new/changed articles, encodings, skips (JSON)",
        },
    },
    "pages": {
        "description": "Every fetch: URL, HTTP status and headers, the raw bytes (zlib-compressed, with their "
                       "SHA-256), the encoding they were decoded with and where that decision came from. An unchanged "
                       "re-fetch stores no body: revisit_of points at the capture that has the bytes.",
        "columns": {
            "id": "Capture number", "crawl_id": "Crawl that fetched it", "site": "Site",
            "url": "URL requested", "final_url": "URL after redirects", "status": "HTTP status",
            "fetched_at": "Fetch time (UTC)", "headers": "Response headers (JSON)",
            "request_headers": "Request headers sent, for conditional re-fetches (JSON)",
            "sha256": "SHA-256 of the raw bytes", "size": "Size of the raw bytes",
            "body": "Raw bytes, zlib-compressed (see body_codec); empty for a revisit",
            "body_codec": "How body is stored: zlib",
            "revisit_of": "For an unchanged re-fetch: the capture holding the same bytes",
            "encoding": "Codec the bytes were decoded with",
            "encoding_source": "Where that decision came from: bom, header, meta, detected or fallback",
            "declared": "Charsets the page declared: HTTP header, <meta>, byte-order mark (JSON)",
            "undecodable": "Bytes that could not be decoded with the chosen codec",
            "mislabelled": "1 when a declared charset (header or meta) was contradicted by the bytes: a charset lie",
            "page_type": "article, list, other",
            "error": "Why the page could not be fetched, decoded or extracted, if it could not",
        },
    },
    "articles": {
        "description": "The current version of every article. Search here uses the archive's Chinese index "
                       "(one- and two-character words, Traditional = Simplified); the search page adds ranking, "
                       "snippets and filters.",
        "columns": {
            "id": "Article number (links to its page: text, versions, captures)", "site": "Site",
            "url": "URL it was first seen under (article_urls has all)", "title": "Title",
            "published": "Publication date as the page gives it", "source": "Source office (来源/发布机构)",
            "author": "Author (作者)", "editor": "Editor (责任编辑)", "body": "Clean text, one paragraph per line",
            "title_simplified": "Title in Simplified characters", "body_simplified": "Text in Simplified characters",
            "attachments": "Attachment links: url, text (JSON)", "images": "Images in the text (JSON)",
            "footer": "The site footer parsed into fields: sponsor, ICP and police record numbers, "
                      "address, phone, friend links... (JSON)",
            "meta": "信息公开 metadata: 索引号, 发布机构, 成文日期, 文号, 主题分类... (JSON)",
            "encoding": "Codec of the page it was extracted from", "encoding_source": "Where that decision came from",
            "error": "Extraction problem, if any", "content_hash": "Hash of what makes a version",
            "body_hash": "Hash of the text without whitespace (the same text under several URLs is one article)",
            "first_seen": "First capture (UTC)", "last_seen": "Latest capture (UTC)",
            "version": "Version number: 1 unless the text changed", "version_since": "When this version was first seen",
            "page_id": "Capture this version was extracted from", "crawl_id": "Crawl of that capture",
            "search_rowid": "Key in the search index (date << 32 | id)",
            "removed_at": "When the portal took it down (the capture that first showed it gone; confirmed by a "
                          "later crawl), empty while it is online. The text stays here: see the changes table",
            "confidence": "How much to trust the extracted text, 0 to 1 (low: check it by hand; empty: extracted "
                          "before confidence was recorded)",
            "extraction_method": "How the text was found: rules (the portal rules), rules+core (widened by the "
                                 "general core), core (the general core: the rules found almost nothing), first-post "
                                 "(a thread's first post), selector (the site's body selector), page, script (the "
                                 "article HTML a script-rendered page carries in its state JSON)",
        },
    },
    "changes": {
        "description": "What changed on the portals: an article new, edited (a meaningful change: footers, view "
                       "counters and 'last updated' stamps do not count), removed (404/410, a redirect to the home "
                       "page or an error page, a 该信息已删除 notice -- confirmed by a later crawl), restored, or "
                       "dropped off every list page (unlisted, a weaker signal); each with the captures that show "
                       "it (govarchive changes prints them, --diff shows an edit).",
        "columns": {
            "id": "Event number", "article_id": "Article", "site": "Site", "url": "URL it happened at",
            "kind": "new, edited, removed, restored, unlisted or relisted",
            "at": "When (UTC): the fetch time of the capture that showed it",
            "crawl_id": "Crawl of that capture", "page_id": "The capture that shows it (pages.id)",
            "before_page_id": "The capture before: the old version (edited), the last good capture (removed), "
                              "the removal evidence (restored), the list page still linking it (unlisted)",
            "confirm_page_id": "removed: the later crawl's capture that confirmed the removal",
            "from_version": "Version before (edited, removed, restored)", "to_version": "Version after (new, edited)",
            "reason": "Why: HTTP 404, redirect to URL (home page), notice: 该信息已删除, the list pages...",
            "recorded_at": "When the archive recorded it (UTC)",
        },
    },
    "article_versions": {
        "description": "Every earlier version of an article: what it said until a later capture said something else.",
        "columns": {
            "id": "Row number", "article_id": "Article", "version": "Version number", "title": "Title",
            "published": "Publication date", "source": "Source office", "author": "Author", "editor": "Editor",
            "body": "Text of this version", "attachments": "Attachment links (JSON)", "images": "Images (JSON)",
            "footer": "Parsed footer (JSON)", "meta": "信息公开 metadata (JSON)", "content_hash": "Hash of the version",
            "body_hash": "Hash of the text without whitespace", "page_id": "Capture it was extracted from",
            "crawl_id": "Crawl of that capture", "first_seen": "First seen with this text",
            "last_seen": "Last seen with this text", "replaced_at": "When a new version replaced it",
            "confidence": "How much to trust this version's extracted text, 0 to 1",
            "extraction_method": "How this version's text was found (see articles)",
        },
    },
    "article_urls": {
        "description": "Every URL an article was seen under (a text published under two URLs is one article).",
        "columns": {"url": "URL", "article_id": "Article", "site": "Site", "first_seen": "First seen here",
                    "last_seen": "Last seen here",
                    "gone_page_id": "A capture that showed the article gone here (awaiting a later crawl, or the "
                                    "evidence of a confirmed removal)",
                    "gone_reason": "What that capture showed: HTTP 404, a redirect, a take-down notice",
                    "removed_at": "Gone here since (confirmed)",
                    "unlisted_at": "Dropped off every list page that linked it, as of"},
    },
    "attachments": {
        "description": "Files an article links to as attachments (附件).",
        "columns": {"article_id": "Article", "url": "Attachment URL", "text": "Link text",
                    "first_seen": "First seen", "last_seen": "Last seen"},
    },
    "attachment_files": {
        "description": "Attachments the crawler downloaded (when the site config asked it to).",
        "columns": {"url": "Attachment URL", "site": "Site", "sha256": "SHA-256 of the file",
                    "article_url": "Article page linking to it", "fetched_at": "Download time"},
    },
    "crawl_discovery": {
        "description": "What each crawl's discovery found: per column the size its list announced (共12页, "
                       "totalRecord) against the pages and article links reached, pager problems, and the "
                       "limits (depth, page cap, trap guard) that stopped discovery, with where.",
        "columns": {"id": "Row", "crawl_id": "Crawl", "site": "Site", "kind": "column / problem / limit",
                    "column_url": "Column (its entry page)", "url": "Page", "facts": "The facts (JSON)"},
    },
    "link_dates": {
        "description": "What lists, sitemaps and feeds printed beside each article link: the list date, "
                       "the sitemap's <lastmod>, the title.",
        "columns": {"site": "Site", "url": "Article URL", "list_date": "Date on the list",
                    "lastmod": "Sitemap <lastmod>", "title": "Title on the list", "source_url": "Seen on",
                    "seen_at": "Seen at"},
    },
}

#: Tables with crawler bookkeeping, not research data (Datasette hides FTS tables itself).
HIDDEN = [
    "migrations", "crawl_runs", "list_pages", "revisits", "attachment_blobs", "articles_fts", "stored_items",
    "distributed_runs", "list_drops",
]


def _queries(db: str) -> dict[str, dict[str, Any]]:
    return {
        "articles_per_site_per_year": {
            "title": "Articles per site per year",
            "description": "By publication year; articles without a date are counted as (no date).",
            "sql": "SELECT site, coalesce(nullif(substr(published, 1, 4), ''), '(no date)') AS year,\n"
                   "       count(*) AS articles\nFROM articles\nGROUP BY site, year\nORDER BY site, year",
        },
        "charset_lies": {
            "title": "Pages whose charset lied",
            "description": "Pages that declared a charset (HTTP header or <meta>) their bytes contradicted, "
                           "with what they said and what the bytes really were.",
            "sql": "SELECT site, url,\n       json_extract(declared, '$.header') AS header_said,\n"
                   "       json_extract(declared, '$.meta') AS meta_said,\n       encoding AS decoded_as,\n"
                   "       encoding_source AS decided_by,\n       count(*) AS captures, max(fetched_at) AS last_fetched\n"
                   "FROM pages\nWHERE mislabelled = 1\nGROUP BY site, url\nORDER BY site, url",
        },
        "changed_after_first_capture": {
            "title": "Articles changed after their first capture",
            "description": "Articles whose text, title, date, source or attachments changed after the archive "
                           "first saw them; open one to read the versions side by side.",
            "sql": "SELECT a.id AS article_id, a.site, a.title, a.version AS versions,\n"
                   "       a.first_seen, a.version_since AS last_changed, a.url\nFROM articles a\n"
                   "WHERE a.version > 1\nORDER BY a.version_since DESC",
        },
        "removed_articles": {
            "title": "Articles taken down",
            "description": "Articles the portals removed (confirmed by a later crawl) and not restored, with why "
                           "and when; the archive keeps their last text.",
            "sql": "SELECT a.id AS article_id, a.site, a.title, a.published, a.removed_at,\n"
                   "       (SELECT reason FROM changes c WHERE c.article_id = a.id AND c.kind = 'removed'\n"
                   "        ORDER BY c.id DESC LIMIT 1) AS reason, a.url\nFROM articles a\n"
                   "WHERE a.removed_at IS NOT NULL\nORDER BY a.removed_at DESC",
        },
        "attachments_by_type": {
            "title": "Attachments by type",
            "description": "Attachment links grouped by file type (the extension in the URL).",
            "sql": "SELECT govarchive_file_type(url) AS type, count(*) AS attachments,\n"
                   "       count(DISTINCT article_id) AS articles\nFROM attachments\nGROUP BY type\n"
                   "ORDER BY attachments DESC, type",
        },
    }


def _links(path: str) -> str:
    return (f'<a href="{path}/-/search">Search the archive</a> · <a href="{path}/-/charts">Charts</a> · '
            f'<a href="{path}/articles">Articles table</a>')


def database_metadata(db: str) -> dict[str, Any]:
    """Metadata of one archive database named ``db`` (tables, hidden tables, search, queries).

    ``db`` is the database's name as it appears in URLs (tilde-encoded).
    """
    tables: dict[str, dict[str, Any]] = {name: dict(spec) for name, spec in TABLES.items()}
    tables["articles"].update({
        "fts_table": "articles_search",
        "fts_pk": "search_rowid",
        "sort_desc": "published",
        "label_column": "title",
        "description_html": f'{TABLES["articles"]["description"]}<br>{_links("/" + db)}',
    })
    tables["sites"]["label_column"] = "name"
    for name in HIDDEN:
        tables[name] = {"hidden": True}
    return {
        "description_html": f"{DESCRIPTION}<br><strong>{_links('/' + db)}</strong>",
        "tables": tables,
        "queries": _queries(db),
    }


def instance_metadata(names: list[str]) -> dict[str, Any]:
    """Metadata for a Datasette serving the archive databases ``names``."""
    links = "".join(f"<br><strong>{name}:</strong> {_links('/' + name)}" for name in names)
    return {
        "title": TITLE,
        "description_html": DESCRIPTION + links,
        "license": LICENSE,
        "source": SOURCE,
        "databases": {name: database_metadata(name) for name in names},
    }
