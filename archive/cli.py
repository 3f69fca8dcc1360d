"""The ``govarchive`` command line: a thin click layer over the library.

Each feature keeps its commands in its own module (``cli_crawl``, ``cli_decode``,
``cli_extract``, ``cli_archive``, ``cli_sites``) as a ``COMMANDS`` list; this module only
assembles them. Heavy imports (Scrapy, lxml, pyarrow) happen inside the
commands so that ``govarchive --help`` and ``govarchive extract`` start fast.
"""
from __future__ import annotations

import click

from archive import cli_archive, cli_crawl, cli_decode, cli_extract, cli_sites


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govarchive")
def cli() -> None:
    """govarchive: crawl regional government portals into a clean, searchable SQLite archive.

    Example:

        govarchive demo --db demo.db
    """


for _module in (cli_crawl, cli_sites, cli_decode, cli_extract, cli_archive):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="govarchive")


if __name__ == "__main__":
    main()
