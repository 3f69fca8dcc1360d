"""``govarchive serve``: the researchers' window (Datasette with the govarchive plugin) on one archive."""
from __future__ import annotations

import click

from archive.cli._common import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address exposes the archive to the network.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Browse, search, compare and chart the archive in a web browser (read-only).

    Runs Datasette with govarchive's plugin: a Chinese search page (one- and two-character
    words, Traditional = Simplified, filters, CSV/JSON download), article pages with every
    version and a diff, raw captures shown inert, charts, described tables and canned queries.
    The file is opened read-only, so a crawl may write to it meanwhile. Ctrl-C stops it.

    Example:

        govarchive serve --db demo.db
    """
    from datasette.utils import tilde_encode

    from archive.errors import ArchiveError
    from archive.web import server

    try:
        name = server.check_archive(db)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    if not server.is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read the archive "
                   "(no login)", err=True)
    try:
        server.check_port(host, port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{port}/{tilde_encode(name)}"
    click.echo(f"serving {db} at {base}  (search: {base}/-/search, charts: {base}/-/charts; Ctrl-C to stop)",
               err=True)
    server.run(db, host, port)


COMMANDS: list = [serve]
