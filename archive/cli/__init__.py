"""The ``govarchive`` command line: a thin click layer over the library, the top layer.

The CLI is the only layer that imports all the others (``pipelines``, ``archive``,
``crawler``). Each command group keeps its commands in its own module as a
``COMMANDS`` list; this package only assembles them:

- :mod:`archive.cli.crawl` -- ``crawl`` (configured portals, or as a worker with ``--redis``), ``demo``
- :mod:`archive.cli.distributed` -- ``ingest`` (the single writer of a distributed crawl), ``status``
- :mod:`archive.cli.probe` -- ``probe`` (what discovery sees on a portal, before a long crawl)
- :mod:`archive.cli.sites` -- ``sites`` (list / check configs), ``schedule`` (cron)
- :mod:`archive.cli.decode` -- ``decode`` (why is this page garbled?)
- :mod:`archive.cli.extract` -- ``extract`` (one saved page or a manifest)
- :mod:`archive.cli.query` -- ``search``, ``show``, ``stats``
- :mod:`archive.cli.changes` -- ``changes`` (edits, removals, restorations, with their evidence)
- :mod:`archive.cli.export` -- ``export``
- :mod:`archive.cli.reextract` -- ``reextract``
- :mod:`archive.cli.serve` -- ``serve`` (the researchers' window: Datasette with govarchive's plugin)

Heavy imports (Scrapy, lxml, pyarrow) happen inside the commands so that
``govarchive --help`` and ``govarchive extract`` start fast.
"""
from __future__ import annotations

import click

from archive.cli import (
    changes,
    crawl,
    decode,
    distributed,
    export,
    extract,
    probe,
    query,
    reextract,
    serve,
    sites,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govarchive")
def cli() -> None:
    """govarchive: crawl regional government portals into a clean, searchable SQLite archive.

    Example:

        govarchive demo --db demo.db
    """


for _module in (crawl, distributed, probe, sites, decode, extract, query, changes, export, reextract, serve):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="govarchive")
