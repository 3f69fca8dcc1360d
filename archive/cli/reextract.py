"""govarchive CLI command ``reextract``: run the current extractor again over stored raw pages."""
from __future__ import annotations

import click

from archive.cli._common import check_site, db_option, open_archive


@click.command()
@db_option
@click.option("--site", help="Only this site (default: all sites).")
@click.option("--below-confidence", type=float, metavar="X",
              help="Only articles whose stored confidence is below X (0..1), or not recorded yet.")
@click.option("--method", "method", metavar="M",
              help="Only articles whose text was found by method M: rules, rules+core, core, first-post, selector, "
                   "page, script, or unknown (not recorded yet).")
def reextract(db: str, site: str | None, below_confidence: float | None, method: str | None) -> None:
    """Re-run extraction over stored raw pages, without fetching.

    Takes the latest capture of every article URL, runs the current extractor on
    its raw bytes and records a new version wherever the output changed, so
    extractor improvements reach old crawls. Each site's run is recorded as a
    crawl (config kind=reextract). Every article carries the confidence and the
    method of its extraction; --below-confidence and --method re-extract the
    doubtful ones only.

    Example:

        govarchive reextract --site demo --db demo.db
        govarchive reextract --below-confidence 0.5 --db demo.db
        govarchive reextract --method core --db demo.db
    """
    from archive.db import ArchiveError
    from archive.reextract import reextract as run

    archive = open_archive(db)
    try:
        check_site(archive, site)
        counts = run(archive, site=site, below_confidence=below_confidence, method=method)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing to re-extract"
    click.echo(f"reextract: {summary}", err=True)


COMMANDS: list = [reextract]
