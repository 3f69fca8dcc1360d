"""govarchive CLI command ``changes``: what changed on the archived portals, with the evidence.

One line per event (:mod:`archive.changes`): when, what, which site, the article's title and
URL, and the captures that show it; ``--diff`` adds a readable diff of an edit, paragraph by
paragraph, compared by sentence and character (:mod:`archive.diff`).
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from archive.cli._common import check_date, check_site, check_window, db_option, open_archive

KINDS = ("new", "edited", "removed", "restored", "unlisted", "relisted")


def _day_or_month(end: bool):
    """``--since`` / ``--until`` as a date, or a month (``2026-03``: from its first / to its last day)."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        import calendar
        import re

        match = re.fullmatch(r"(\d{4})-(\d{2})", value or "")
        if match:
            year, month = int(match[1]), int(match[2])
            if not 1 <= month <= 12:
                raise click.BadParameter(f"{value!r} is not a valid month", ctx=ctx, param=param)
            return f"{value}-{calendar.monthrange(year, month)[1] if end else 1:02d}"
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM", ctx=ctx, param=param)
        return check_date(ctx, param, value)

    return callback


def _when(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def _evidence(event: dict[str, Any]) -> str:
    """The captures behind an event, and why (for a removal)."""
    kind = event["kind"]
    page = f"capture {event['page_id']}" if event["page_id"] else "no capture"
    if kind == "edited":
        return f"v{event['from_version']} → v{event['to_version']} · captures {event['before_page_id']} → {event['page_id']}"
    if kind == "removed":
        confirmed = f", confirmed by {event['confirm_page_id']} ({_when(event['confirmed_at'])})" \
            if event["confirm_page_id"] else ""
        last = f"; last good {event['before_page_id']}" if event["before_page_id"] else ""
        return f"{event['reason']} · {page}{confirmed}{last}"
    if kind == "restored":
        return f"{page}; removed since {_when((event['reason'] or '').removeprefix('removed since '))}"
    if kind == "unlisted":
        return f"{event['reason']} · list {page}"
    return page


def _print_diff(archive: Any, event: dict[str, Any], color: bool) -> None:
    from archive.changes import version_pair
    from archive.diff import render_text

    pair = version_pair(archive.conn, event)
    if pair is None:
        click.echo("    (the versions of this edit are not in the archive)")
        return
    old, new = pair
    for label, key in (("title", "title"), ("published", "published"), ("source", "source"),
                       ("author", "author"), ("editor", "editor")):
        if (old.get(key) or "") != (new.get(key) or ""):
            click.echo(f"    {label}: {old.get(key) or '-'} → {new.get(key) or '-'}")
    for label, key in (("attachments", "attachments"), ("images", "images")):
        before = {(a.get("url") if isinstance(a, dict) else str(a)) for a in old.get(key) or []}
        after = {(a.get("url") if isinstance(a, dict) else str(a)) for a in new.get(key) or []}
        for url in sorted(before - after):
            click.echo(f"    {label} - {url}")
        for url in sorted(after - before):
            click.echo(f"    {label} + {url}")
    text = render_text(old.get("body"), new.get("body"), color=color, indent="    ")
    if text:
        click.echo(text)


def print_events(archive: Any, events: list[dict[str, Any]], diff: bool = False, color: bool = False) -> None:
    """One line per event (and the diff of an edit under it with ``diff``)."""
    for event in events:
        click.echo(f"{_when(event['at'])}  {event['kind']:<9} {event['site']}  {event['title'] or '(no title)'}  "
                   f"{event['url']}  {_evidence(event)}")
        if diff and event["kind"] == "edited":
            _print_diff(archive, event, color)


def tally(events: list[dict[str, Any]]) -> str:
    """``N change(s): a new, b edited, ...``"""
    counts: dict[str, int] = {}
    for event in events:
        counts[event["kind"]] = counts.get(event["kind"], 0) + 1
    return f"{len(events)} change(s): " + ", ".join(f"{counts[k]} {k}" for k in KINDS if k in counts)


@click.command("changes")
@db_option
@click.option("--since", callback=_day_or_month(end=False), metavar="YYYY-MM[-DD]",
              help="Only events on or after this date (a month: from its first day).")
@click.option("--until", callback=_day_or_month(end=True), metavar="YYYY-MM[-DD]",
              help="Only events on or before this date (a month: to its last day).")
@click.option("--site", help="Only this site.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only events of this kind (repeatable): new, edited, removed, restored, unlisted, relisted.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--diff", is_flag=True, help="Under each edit, what changed: fields, then the changed paragraphs.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many events (the oldest first).")
def changes_cmd(db: str, since: str | None, until: str | None, site: str | None, kinds: tuple[str, ...],
                fmt: str, diff: bool, limit: int | None) -> None:
    """What changed on the portals: new articles, edits, removals, restorations.

    One line per event, oldest first: when (UTC), what, the site, the article's title,
    its URL, and the stored captures that show it. An edit is a change of the text, title,
    date, source or attachments (never a footer, a view counter or a "last updated"
    stamp). A removal -- a 404/410, a redirect to the home page or an error page, a
    "该信息已删除" notice -- is dated by the capture that first showed it and counted only
    once a later crawl saw it again; the last good text stays in the archive. "unlisted"
    (the article dropped off every list page that linked it) is a weaker signal.

    Example:

        govarchive changes --since 2026-03 --kind edited --kind removed --diff --db demo.db
    """
    from archive.db import ArchiveError

    check_window(since, until)
    archive = open_archive(db)
    try:
        check_site(archive, site)
        events = archive.changes(since=since, until=until, site=site, kinds=list(kinds), limit=limit)
        if fmt == "json":
            if diff:
                from archive.changes import version_pair
                from archive.diff import paragraphs

                for event in events:
                    pair = version_pair(archive.conn, event)
                    if pair:
                        event["diff"] = [{"old_paragraph": o, "new_paragraph": n, "ops": ops}
                                         for o, n, ops in paragraphs(pair[0].get("body"), pair[1].get("body"))]
            click.echo(json.dumps(events, ensure_ascii=False, indent=2))
            return
        if fmt == "csv":
            from archive.changes import EVENT_FIELDS
            from archive.export import csv_safe

            writer = csv.writer(sys.stdout)
            writer.writerow(EVENT_FIELDS)
            for event in events:
                writer.writerow([csv_safe(event[name]) for name in EVENT_FIELDS])
            return
        if not events:
            click.echo("no change recorded" + (f" since {since}" if since else ""), err=True)
            return
        print_events(archive, events, diff=diff, color=sys.stdout.isatty())
        click.echo(tally(events), err=True)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()


COMMANDS: list = [changes_cmd]
