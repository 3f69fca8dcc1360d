"""govarchive CLI commands of distributed crawling: ``ingest`` (the single writer) and ``status``.

(``govarchive crawl CONFIG --redis URL`` runs a worker: see ``cli_crawl``.)
"""

from __future__ import annotations

import json
import logging
import os
import sys

import click

REDIS_HELP = "Redis URL (redis://HOST:PORT/DB); or $GOVARCHIVE_REDIS."
PREFIX_HELP = "Prefix of every Redis key (several deployments can share one Redis)."


def redis_option(required: bool = True):
    return click.option(
        "--redis", "redis_url", default=lambda: os.environ.get("GOVARCHIVE_REDIS"), required=required,
        metavar="URL", help=REDIS_HELP,
    )


def prefix_option():
    return click.option("--redis-prefix", default="govarchive", show_default=True, help=PREFIX_HELP)


def connect(url: str | None):
    """A connected Redis client, or a one-line error and exit 1."""
    from crawler.distributed.worker import RedisUnavailable, check_redis

    if not url:
        raise click.ClickException("no Redis URL: pass --redis redis://HOST:PORT/DB (or set GOVARCHIVE_REDIS)")
    try:
        return check_redis(url)
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None


@click.command("ingest")
@redis_option()
@click.option(
    "--db",
    default=lambda: os.environ.get("GOVARCHIVE_DB", "govarchive.db"),
    show_default="govarchive.db",
    help="SQLite archive to write (created if missing).",
)
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=200, show_default=True, help="Items per transaction.")
@click.option(
    "--exit-when-idle", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
    help="Stop after this long with nothing to ingest (default: run until SIGTERM / Ctrl-C).",
)
@click.option("--no-publish", is_flag=True, help="Do not publish the archive's state to Redis for the workers.")
@prefix_option()
@click.option("--log-level", default="INFO", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), show_default=True)
def ingest_cmd(
    redis_url: str, db: str, batch_size: int, exit_when_idle: float | None, no_publish: bool, redis_prefix: str,
    log_level: str,
) -> None:
    """Be the single writer: store the items crawl workers push to Redis into the archive.

    Items are taken in batches, each stored in one SQLite transaction with the same
    deduplication, versioning and revisit bookkeeping as a local crawl, and removed from Redis
    only after the commit: a writer killed at any moment loses nothing and stores nothing
    twice (the next one recovers the unfinished batch). Items that cannot be read go to a
    dead-letter list with the reason. The writer also publishes what the archive holds
    (known articles, validators, list pages) so that workers crawl incrementally.

    Run exactly one per archive (a second one refuses to start).

    Example:

        govarchive ingest --redis redis://127.0.0.1:6379/0 --db archive.db
    """
    import redis

    from archive.cli.crawl import _check_db_path
    from crawler.distributed.ingest import Writer, WriterBusy
    from crawler.distributed.keys import Keys
    from crawler.distributed.scheduler import redis_client

    _check_db_path(db)
    connect(redis_url)
    logging.basicConfig(level=log_level, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s", stream=sys.stderr)
    writer = Writer(
        redis_client(redis_url), Keys(redis_prefix), db, batch_size=batch_size, idle_exit=exit_when_idle,
        publish=not no_publish,
    )
    try:
        report = writer.run()
    except WriterBusy as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(75)
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
        raise click.ClickException(
            f"lost the connection to Redis at {redis_url} ({exc}); nothing is lost: the unfinished batch stays "
            "in Redis and the next `govarchive ingest` stores it"
        ) from None
    except Exception as exc:
        from archive.errors import ArchiveError

        if isinstance(exc, ArchiveError):
            raise click.ClickException(str(exc)) from None
        raise
    click.echo(report.line(), err=True)


@click.command("status")
@redis_option()
@prefix_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def status_cmd(redis_url: str, redis_prefix: str, as_json: bool) -> None:
    """Show the distributed crawl: per site, the run, queued requests, seen fingerprints, items
    waiting for the writer, workers seen in the last minute; the writer's last commit.

    Example:

        govarchive status --redis redis://127.0.0.1:6379/0
    """
    from crawler.distributed.keys import Keys
    from crawler.distributed.status import format_status, gather_status

    client = connect(redis_url)
    data = gather_status(client, Keys(redis_prefix))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        click.echo(format_status(data))


COMMANDS: list = [ingest_cmd, status_cmd]
