"""govarchive CLI commands that read the archive: ``search``, ``show``, ``stats``.

A thin click layer: each command validates its arguments, opens the archive (never
creating one) and calls one library method. Errors are one line on stderr with a
non-zero exit.
"""
from __future__ import annotations

import json
import re
import sys
from typing import Any

import click

from archive.cli._common import check_site, check_window, date_options, db_option, open_archive
from archive.discovery import shortfall_lines


def _highlight(snippet: str, color: bool) -> str:
    from archive import tuning

    start, end = tuning.HIGHLIGHT
    if color:
        return snippet.replace(start, "\x1b[1;31m").replace(end, "\x1b[0m")
    return snippet.replace(start, "**").replace(end, "**")


class _QueryCommand(click.Command):
    """A command whose one argument may start with ``-`` (``search -防汛``).

    A token that is none of the command's options is the query when it is not an ASCII
    word (``-防汛``, ``-5G`` ...); an unknown ASCII option (``--limt``) is a mistyped option,
    and the error says how to search for it (after ``--``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", {})["ignore_unknown_options"] = True
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = {opt for param in self.get_params(ctx) for opt in (*param.opts, *param.secondary_opts)}
        for arg in args:
            if arg == "--":
                break
            name = arg.split("=", 1)[0]
            if len(arg) > 1 and arg.startswith("-") and name not in known and re.fullmatch(r"--?[A-Za-z][\w-]*", name):
                raise click.ClickException(
                    f"no such option: {name} (to search for text starting with '-', put it after --: "
                    f"govarchive {ctx.info_name} -- {arg})"
                )
        return super().parse_args(ctx, args)


@click.command(cls=_QueryCommand)
@click.argument("query")
@db_option
@click.option("--site", help="Only this site.")
@date_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="Maximum hits.")
@click.option("--order", type=click.Choice(["rank", "newest"]), default="rank", show_default=True,
              help="rank: bm25 relevance among the newest matches; newest: by published date.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def search(query: str, db: str, site: str | None, since: str | None, until: str | None, limit: int,
           order: str, fmt: str) -> None:
    """Full-text search of titles and bodies (Chinese-aware).

    One character (水) or more (防汛, 防汛工作), several words (ANDed), Latin and
    digits (5G, COVID); Traditional and Simplified are the same (运城 finds 運城).
    Matches are highlighted in the snippet. A query may start with a dash
    (search -防汛); an ASCII one must come after -- (search -- -x).

    Example:

        govarchive search 防汛 --db demo.db --since 2019-01-01 --order newest
    """
    from archive.db import ArchiveError

    check_window(since, until)
    archive = open_archive(db)
    try:
        check_site(archive, site)
        hits = archive.search(query, site=site, since=since, until=until, limit=limit, order=order)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"no match for {query!r}", err=True)
        return
    color = sys.stdout.isatty()
    for hit in hits:
        click.echo(f"[{hit['id']}] {hit['published'] or '----------'}  {hit['site']}  {hit['title']}")
        click.echo(f"    {_highlight(hit['snippet'], color)}")
        click.echo(f"    {hit['url']}")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(db: str, fmt: str) -> None:
    """Per site: pages, articles, versions, encodings, what changed, last crawl, errors, and what
    the last crawl's discovery found short (columns whose list announced more than was reached,
    limits that stopped discovery, pager problems).

    Example:

        govarchive stats --db demo.db
    """
    archive = open_archive(db)
    try:
        rows = archive.stats()
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("the archive is empty", err=True)
        return
    for r in rows:
        last = r["last_crawl"] or {}
        encodings = ", ".join(f"{k} {v}" for k, v in r["encodings"].items()) or "-"
        click.echo(f"{r['site']}")
        click.echo(f"  pages      {r['pages']} fetched, {r['stored_bodies']} bodies stored "
                   f"({r['stored_bytes'] / 1024:.0f} KiB compressed), {r['errors']} errors")
        click.echo(f"  articles   {r['articles']} ({r['article_urls']} URLs, {r['versions']} versions)")
        click.echo(f"  encodings  {encodings}; {r.get('mislabelled', 0)} pages lied about their charset")
        ch = r.get("changes") or {}
        if ch:
            click.echo(f"  changes    {ch['new']} new, {ch['edited']} edited, {ch['removed']} removed "
                       f"({ch['removed_now']} still gone, {ch['suspect']} awaiting a confirming crawl), "
                       f"{ch['restored']} restored, {ch['unlisted']} unlisted (govarchive changes)")
        if last:
            click.echo(f"  last crawl #{last['id']} {last['started_at']} -> {last['finished_at'] or '...'} "
                       f"({last['status']}); {r['crawls']} crawls in all")
            report = last.get("discovery") or {"columns": [], "problems": [], "limits": []}
            lines = shortfall_lines(report)
            if report["columns"]:
                click.echo(f"  discovery  {len(report['columns'])} columns; "
                           + (f"{len(lines)} to look at:" if lines else "every announced size reached, no limit hit"))
            for line in lines:
                click.echo(f"    {line}")


@click.command()
@click.argument("key", metavar="URL|ID")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(key: str, db: str, fmt: str) -> None:
    """Show one article (by id or any of its URLs) with all its versions.

    Example:

        govarchive show http://127.0.0.1:8000/wzdt/2019/1122/1.html --db demo.db
    """
    from archive.db import ArchiveError

    archive = open_archive(db)
    try:
        art = archive.article(key)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(art, ensure_ascii=False, indent=2, default=str))
        return
    _print_article(art)


def _print_article(art: dict[str, Any]) -> None:
    from archive.diff import render_text

    click.echo(f"#{art['id']}  {art['title']}")
    for label, key in (("site", "site"), ("published", "published"), ("source", "source"), ("author", "author"),
                       ("editor", "editor"), ("first seen", "first_seen"), ("last seen", "last_seen"),
                       ("version", "version"), ("encoding", "encoding")):
        if art.get(key) not in (None, ""):
            click.echo(f"  {label:<11}{art[key]}")
    for url in art["urls"]:
        click.echo(f"  url        {url}")
    for link in art.get("attachments") or []:
        click.echo(f"  attachment {link.get('text') or ''} {link['url']}".rstrip())
    click.echo("")
    click.echo(art["body"] or "")
    versions = art["versions"]
    if versions:
        click.echo("")
        click.echo(f"Earlier versions ({len(versions)}):")
        later = [*versions[1:], art]
        for old, new in zip(versions, later):
            click.echo(f"--- version {old['version']} (seen {old['first_seen']} .. {old['last_seen']}): "
                       f"{old['title']}")
            if (old["title"] or "") != (new["title"] or ""):
                click.echo(f"    title: {old['title']} → {new['title']}")
            click.echo(render_text(old["body"], new["body"], indent="    "))


COMMANDS: list = [search, show, stats]
