"""What the archive commands share: the ``--db`` option, date options, opening an archive, checks.

Every archive command opens an existing archive (never creating one) and turns an
``ArchiveError`` into a one-line ``click`` error.
"""
from __future__ import annotations

import re

import click

DB_HELP = "Archive file (default govarchive.db, or $GOVARCHIVE_DB)."


def db_option(func):
    return click.option(
        "--db", "db", default="govarchive.db", envvar="GOVARCHIVE_DB", show_default=True, help=DB_HELP,
        type=click.Path(dir_okay=False),
    )(func)


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD", ctx=ctx, param=param)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a valid date", ctx=ctx, param=param) from None
    return value


def date_options(func):
    func = click.option("--until", callback=check_date, metavar="YYYY-MM-DD",
                        help="Only articles published on or before this date.")(func)
    func = click.option("--since", callback=check_date, metavar="YYYY-MM-DD",
                        help="Only articles published on or after this date.")(func)
    return func


def open_archive(db: str):
    """Open an existing archive or fail with a one-line error (never creates a file)."""
    from archive.db import Archive, ArchiveError

    try:
        return Archive(db, create=False)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


def check_site(archive, site: str | None) -> None:
    if site is not None and site not in archive.sites():
        known = ", ".join(archive.sites()) or "none"
        raise click.ClickException(f"unknown site {site!r} (sites in the archive: {known})")


def check_window(since: str | None, until: str | None) -> None:
    if since and until and since > until:
        raise click.ClickException(f"--since {since} is after --until {until}")
