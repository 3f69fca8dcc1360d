"""govarchive CLI command ``export``: articles (CSV, JSON Lines, Parquet) or raw captures (WARC).

Nothing is written before all input is validated (see :func:`archive.export.export`).
"""
from __future__ import annotations

import click

from archive.cli._common import check_site, check_window, date_options, db_option, open_archive


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "warc"]), required=True,
              help="csv/jsonl/parquet: one record per article; warc: the raw captures.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--force", is_flag=True,
              help="Replace an existing output file (and its sidecar); links, pipes and devices never are.")
@click.option("--site", help="Only this site.")
@click.option("--dataset", type=click.Choice(["articles", "changes"]), default="articles", show_default=True,
              help="articles: one record per article; changes: one per event (new, edited, removed, restored...) "
                   "with the captures that show it (--since/--until on the event date).")
@date_options
def export_cmd(db: str, fmt: str, output: str, force: bool, site: str | None, dataset: str, since: str | None,
               until: str | None) -> None:
    """Export articles (CSV, JSON Lines, Parquet) or raw captures (WARC) with provenance.

    Every article record carries its URL, the fetch time, crawl id and the raw
    page's SHA-256; a sidecar OUTPUT.datapackage.json describes the fields,
    counts, date range and crawl ids. CSV is spreadsheet-safe (no formula
    injection). WARC (gzip when OUTPUT ends in .gz) has request/response records
    with the original headers and bytes and revisit records for unchanged
    re-fetches (a failed fetch is a metadata record, never a response); for WARC,
    --since/--until filter on the fetch date. An existing OUTPUT is not replaced
    without --force. --dataset changes exports what changed instead: one record
    per event, with the captures that show it.

    Example:

        govarchive export --format parquet --site demo --output demo.parquet --db demo.db
    """
    from archive.db import ArchiveError
    from archive.export import export

    if not output.strip():
        raise click.ClickException("--output is empty: give the file to write")
    check_window(since, until)
    archive = open_archive(db)
    try:
        check_site(archive, site)
        meta = export(archive, fmt, output, site=site, since=since, until=until, force=force, dataset=dataset)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    what = "captures" if fmt == "warc" else "changes" if dataset == "changes" else "articles"
    click.echo(f"exported {meta['count']} {what} to {output} (metadata: {output}.datapackage.json)", err=True)


COMMANDS: list = [export_cmd]
