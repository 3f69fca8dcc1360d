"""The researchers' window: a Datasette plugin for govarchive archives.

Installed with govarchive (entry point ``datasette: govarchive``), so ``govarchive serve`` and a
plain ``datasette demo.db`` both get it. For every database that is a govarchive archive it adds:

* ``/DB/-/search`` -- the archive's Chinese-aware search (``archive.web.finder``) with filters,
  counts, paging, highlighted snippets, and ``.json`` / ``.csv`` downloads of the result;
* ``/DB/-/article/ID`` -- an article: text, metadata, footer, encoding evidence, URLs,
  captures, and every version with a Chinese-aware diff (``archive.web.diff``);
* ``/DB/-/capture/ID`` -- a raw capture shown as text, or rendered in a sandboxed frame from
  ``/DB/-/capture/ID/raw`` (served with a CSP ``sandbox`` header: its scripts never run);
* ``/DB/-/charts`` -- four server-side SVG charts (``archive.web.charts``), no JavaScript;
* metadata (``archive.web.metadata``): descriptions, hidden tables, canned queries, and
  ``?_search=`` on the articles table through the same Chinese index.

Databases that are not archives are left exactly as Datasette shows them.
"""
from __future__ import annotations

import sqlite3
import weakref
from typing import Any

from datasette import hookimpl

from archive.web import finder
from archive.web.data import file_type

__all__: list[str] = []

_ARCHIVES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def archive_names(datasette: Any) -> list[str]:
    """Names of the databases of this Datasette that are govarchive archives (checked once)."""
    names = _ARCHIVES.get(datasette)
    if names is None or set(names) - set(datasette.databases):
        names = []
        for name, db in list(datasette.databases.items()):
            if db.is_memory or not db.path:
                continue
            try:
                conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
                try:
                    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                finally:
                    conn.close()
            except sqlite3.Error:
                continue
            if {"migrations", "articles", "articles_search", "pages"} <= tables:
                names.append(name)
        _ARCHIVES[datasette] = names
    return names


def _escape_fts(query: str) -> str:
    """``escape_fts`` for an archive: the user's words as the archive's MATCH expression.

    Datasette's table search (``?_search=`` on ``articles``) wraps the query in
    ``escape_fts()``; on an archive that turns it into the same uni/bigram expression
    ``Archive.search`` uses, so 防汛 (two characters) and 運城 (Traditional) match.
    A query with nothing searchable matches nothing.
    """
    from archive import text as textmod

    try:
        return textmod.build_match(query)
    except textmod.SearchSyntaxError:
        return 'uni:"\ue001"'  # a token no text contains


@hookimpl(trylast=True)  # after Datasette's own escape_fts, so ours wins on an archive
def prepare_connection(conn, database, datasette):
    conn.create_function("govarchive_file_type", 1, file_type, deterministic=True)
    finder.register_functions(conn)
    try:
        is_archive = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'articles_search' AND type = 'table'"
        ).fetchone() is not None
    except sqlite3.Error:
        is_archive = False
    if is_archive:
        conn.create_function("escape_fts", 1, _escape_fts, deterministic=True)


@hookimpl
def get_metadata(datasette, key, database, table):
    from datasette.utils import tilde_encode

    from archive.web.metadata import instance_metadata

    names = archive_names(datasette)
    if not names:
        return {}
    meta = instance_metadata([tilde_encode(n) for n in names])
    # keyed by the real names (the URLs inside use the encoded ones)
    meta["databases"] = {n: meta["databases"][tilde_encode(n)] for n in names}
    return meta


@hookimpl
def register_routes(datasette):
    from archive.web import views

    return views.ROUTES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Article and capture ids link to their pages (tables and canned queries alike)."""
    from markupsafe import Markup

    if value is None or not isinstance(value, int) or database not in archive_names(datasette):
        return None
    from datasette.utils import tilde_encode

    db = tilde_encode(database)
    if (table == "articles" and column == "id") or column == "article_id":
        return Markup(f'<a href="/{db}/-/article/{value}">{value}</a>')
    if (table == "pages" and column in ("id", "revisit_of")) or column == "page_id":
        return Markup(f'<a href="/{db}/-/capture/{value}">{value}</a>')
    return None


@hookimpl
def menu_links(datasette, actor, request):
    from datasette.utils import tilde_encode

    links = []
    for name in archive_names(datasette):
        db = tilde_encode(name)
        links += [{"href": f"/{db}/-/search", "label": f"Search {name}"},
                  {"href": f"/{db}/-/charts", "label": f"Charts of {name}"}]
    return links
