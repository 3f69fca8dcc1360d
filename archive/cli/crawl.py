"""govarchive CLI commands that crawl: ``crawl`` (configured portals) and ``demo`` (the bundled portal)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


def _parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="-s/--set")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


def _check_db_path(db: str) -> None:
    parent = Path(db).resolve().parent
    if not parent.is_dir():
        raise click.ClickException(f"cannot create database {db}: directory {parent} does not exist")
    if Path(db).exists() and not Path(db).is_file():
        raise click.ClickException(f"{db} is not a file")


def _open_or_create(db: str) -> None:
    """Open (creating and migrating) the archive once before crawling: a corrupt, foreign or
    newer-schema file is one line here, not a traceback from inside each site's crawl."""
    from archive.db import Archive, ArchiveError, ArchiveLocked

    try:
        Archive(db, create=True, lock_wait=0).close()
    except ArchiveLocked:
        # another process holds the write lock (a crawl of another site, a backup): wait for it
        click.echo(f"govarchive crawl: {db} is locked by another process; waiting for it ...", err=True)
        try:
            Archive(db, create=True).close()
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from None
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("crawl")
@click.argument("config", type=click.Path(dir_okay=True))
@click.option(
    "--db",
    default=lambda: os.environ.get("GOVARCHIVE_DB", "govarchive.db"),
    show_default="govarchive.db",
    help="SQLite archive to write (created if missing).",
)
@click.option(
    "--site", "site_names", multiple=True, help="Only crawl these site(s) of the config (repeatable)."
)
@click.option(
    "--max-pages", type=click.IntRange(min=0), default=None, help="Stop each site after N responses."
)
@click.option(
    "-s", "--set", "overrides", multiple=True, metavar="KEY=VALUE", help="Override a Scrapy setting."
)
@click.option(
    "--log-level", default="INFO", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]), show_default=True
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Append the crawl log (and the final report) to this file instead of stderr.",
)
@click.option(
    "--progress",
    type=click.Choice(["auto", "live", "plain", "off"]),
    default="auto",
    show_default=True,
    help="Live display on a terminal, plain log lines otherwise (auto), or force one.",
)
@click.option(
    "--revisit-days",
    type=click.FloatRange(min=0),
    default=None,
    help="Refetch (conditionally) archived articles last seen this many days ago (overrides the config).",
)
@click.option(
    "--redis",
    "redis_url",
    default=None,
    metavar="URL",
    help="Run as a worker of a distributed crawl: frontier and seen-set in this Redis "
    "(redis://HOST:PORT/DB), pages to the writer (`govarchive ingest`) instead of --db.",
)
@click.option("--redis-prefix", default="govarchive", show_default=True, help="Prefix of every Redis key.")
@click.option(
    "--lock/--no-lock",
    default=True,
    show_default=True,
    help="Refuse to start while another crawl of the same site into the same archive runs.",
)
def crawl_cmd(
    config: str,
    db: str,
    site_names: tuple[str, ...],
    max_pages: int | None,
    overrides: tuple[str, ...],
    log_level: str,
    log_file: str | None,
    progress: str,
    revisit_days: float | None,
    redis_url: str | None,
    redis_prefix: str,
    lock: bool,
) -> None:
    """Crawl the portal(s) described by a site config (TOML) into the archive.

    CONFIG is a TOML file (one site, or several as [[site]] tables) or a directory of them.
    A re-crawl into the same archive is incremental: list pages are asked "changed since?",
    archived articles are skipped until due for a revisit, and a crawl that was killed is
    resumed (nothing archived twice, nothing lost).

    With --redis URL the process is one worker of a distributed crawl (scrapy-redis): any
    number of workers on any machines share one frontier per site, and one `govarchive ingest`
    stores what they fetch. A worker exits when its sites' runs are finished.

    Example:

        govarchive crawl crawler/sites/hebei.toml --site shijiazhuang --db archive.db

        govarchive crawl crawler/sites/hebei.toml --redis redis://10.0.0.5:6379/0
    """
    from crawler import statkeys as K
    from crawler.runner import SiteLock, SiteLocked, run_crawl
    from crawler.siteconfig import ConfigError, select_sites

    try:
        sites = select_sites(config, site_names)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    for site in sites:
        if max_pages is not None:
            site.max_pages = max_pages
        if revisit_days is not None:
            site.revisit_days = revisit_days
    if not redis_url:
        _check_db_path(db)
        _open_or_create(db)
    settings = {"LOG_LEVEL": log_level, "PROGRESS_MODE": progress, **_parse_overrides(overrides)}
    live = progress == "live" or (progress == "auto" and not log_file and sys.stderr.isatty())
    explicit_level = click.get_current_context().get_parameter_source("log_level")
    if live and explicit_level != click.core.ParameterSource.COMMANDLINE:
        settings["LOG_LEVEL"] = "WARNING"  # the live display says what INFO lines would
    if log_file:
        if not Path(log_file).resolve().parent.is_dir():
            raise click.ClickException(f"cannot write log file {log_file}: its directory does not exist")
        settings.update({"LOG_FILE": log_file, "LOG_FILE_APPEND": True})
        if progress == "auto":
            settings["PROGRESS_MODE"] = "plain"
    if redis_url:
        _crawl_as_worker(sites, redis_url, {"REDIS_KEY_PREFIX": redis_prefix, **settings}, log_file)
        return
    locks = [SiteLock(db, site.name) for site in sites] if lock else []
    try:
        for site_lock in locks:
            site_lock.acquire()
    except SiteLocked as exc:
        for site_lock in locks:
            site_lock.release()
        if log_file:
            with open(log_file, "a", encoding="utf-8") as fh:
                fh.write(f"govarchive crawl: {exc}\n")
        click.echo(f"Error: {exc}", err=True)
        sys.exit(75)  # EX_TEMPFAIL: try again later
    try:
        stats = run_crawl(sites, db, settings)
    finally:
        for site_lock in locks:
            site_lock.release()
    failed = False
    lines = []
    for name, st in stats.items():
        reason = st.get(K.FINISH_REASON, "?")
        not_stored = st.get(K.STORE_FAILED, 0)
        gone, removed = st.get(K.outcome("gone"), 0), st.get(K.outcome("removed"), 0)
        still = st.get(K.outcome("still_gone"), 0)
        found = _discovery_lines(db, name, st.get(K.CRAWL_ID))
        if not_stored:
            reason = "store_failed"
        lines.append(
            f"{name}: {st.get(K.REQUEST_COUNT, 0)} requests, "
            f"{st.get(K.status_count(200), 0)} pages fetched, "
            f"{st.get(K.status_count(304), 0)} not modified (304); articles: "
            f"{st.get(K.outcome('new'), 0)} new, {st.get(K.outcome('changed'), 0)} changed, "
            f"{st.get(K.outcome('unchanged'), 0)} unchanged, {st.get(K.SKIPPED_KNOWN, 0)} skipped as "
            f"archived; {st.get(K.outcome('error'), 0)} errors"
            f"{f'; {gone} looked gone (a later crawl confirms), {removed} removals confirmed' if gone or removed else ''}"
            f"{f', {still} still gone' if still else ''}"
            f"{', resumed an unfinished crawl' if st.get(K.RESUMED) else ''}"
            f"{f', {not_stored} pages NOT stored (the next run fetches them again)' if not_stored else ''} ({reason}"
            f"{'; discovery fell short, see below' if found else ''})"
        )
        lines.extend(f"  {line}" for line in found)
        failed |= reason not in ("finished", "closespider_pagecount") or bool(not_stored)
    for line in lines:
        click.echo(line, err=True)
    if log_file:
        with open(log_file, "a", encoding="utf-8") as fh:
            fh.write("".join(f"govarchive crawl: {line}\n" for line in lines))
    if failed:
        sys.exit(1)


def _crawl_as_worker(sites: list, redis_url: str, settings: dict, log_file: str | None) -> None:
    """``crawl --redis``: one worker of a distributed crawl, a summary line per site."""
    from crawler import statkeys as K
    from crawler.distributed.worker import RedisUnavailable, check_redis, run_workers

    try:
        check_redis(redis_url)
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    stats = run_workers(sites, redis_url, settings)
    failed = False
    lines = []
    for name, st in stats.items():
        reason = st.get("finish_reason", "?")
        outcome = st.get(K.RUN_OUTCOME) or reason
        run = st.get(K.RUN)
        lines.append(
            f"{name}: worker {st.get(K.WORKER, '?')} in run {run if run is not None else '?'}: "
            f"{st.get(K.REQUEST_COUNT, 0)} requests, {st.get(K.status_count(200), 0)} pages fetched, "
            f"{st.get(K.status_count(304), 0)} not modified (304); {st.get(K.QUEUED, 0)} items queued for the "
            f"writer, {st.get(K.SKIPPED_KNOWN, 0)} articles skipped as archived; {st.get(K.ERROR, 0)} errors"
            f"{', resuming an unfinished crawl' if st.get(K.RESUMED) else ''} ({outcome})"
        )
        failed |= reason not in ("finished", "closespider_pagecount") or run is None
    for line in lines:
        click.echo(line, err=True)
    if log_file:
        with open(log_file, "a", encoding="utf-8") as fh:
            fh.write("".join(f"govarchive crawl: {line}\n" for line in lines))
    if failed:
        sys.exit(1)


def _discovery_lines(db: str, site: str, crawl_id: int | None) -> list[str]:
    """What the crawl's discovery found short: columns under their announced size, limits, pager problems."""
    from archive.db import Archive, ArchiveError
    from archive.discovery import shortfall_lines, site_discovery

    if crawl_id is None:
        return []
    try:
        archive = Archive(db, create=False)
    except ArchiveError:
        return []
    try:
        return shortfall_lines(site_discovery(archive.conn, site, crawl_id))
    finally:
        archive.close()


@click.command("demo")
@click.option(
    "--db", default="demo.db", show_default=True, help="SQLite archive to write (replaced if it exists)."
)
@click.option(
    "--keep", is_flag=True, help="Keep an existing database (a re-crawl) instead of starting fresh."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default="a free port",
    help="Serve the portal on this port; with --keep and the same port a re-crawl is incremental.",
)
@click.option(
    "--log-level",
    default="WARNING",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
    show_default=True,
)
@click.option(
    "--changes", "history", is_flag=True,
    help="Crawl a copy of the portal four times while it changes (a notice edited, articles taken down, "
         "one brought back), then print what changed.",
)
def demo_cmd(db: str, keep: bool, port: int, log_level: str, history: bool) -> None:
    """Serve the bundled demo portal on 127.0.0.1, crawl it into DB, print a summary.

    Everything is offline: the portal is shipped inside the package and served on a free
    loopback port; the real spider and pipelines crawl it. With --changes, a copy of the
    portal changes between four crawls the way portals do (an edit, a 404, a "该信息已删除"
    notice, a redirect to the home page, an article unpublished from its list, a page
    re-rendered with a new footer and view count, a deleted notice put back), and the
    changes the archive recorded are printed (govarchive changes).

    Example:

        govarchive demo --db demo.db
    """
    from archive.cli._summary import print_summary
    from crawler.demo_portal.server import serve
    from crawler.runner import run_crawl
    from crawler.siteconfig import SiteConfig

    _check_db_path(db)
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    if history:
        _demo_history(db, port)
        return
    try:
        server_cm = serve(port=port)
        base_url = server_cm.__enter__()
    except OSError as exc:
        raise click.ClickException(
            f"cannot serve the demo portal on port {port}: {exc.strerror or exc}"
        ) from None
    try:
        host = base_url.split("//", 1)[1].split(":")[0]
        site = SiteConfig(
            name="demo",
            description="清河市人民政府 (bundled demo portal)",
            start_urls=[base_url + "/"],
            allowed_domains=[host],
            sitemaps=[base_url + "/sitemap.xml"],
            # our own loopback server: no need to be gentle
            politeness={"download_delay": 0, "concurrency": 8, "autothrottle": False},
        )
        click.echo(f"demo portal serving at {base_url}/ ; crawling into {db} ...", err=True)
        run_crawl([site], db, {"LOG_LEVEL": log_level})
    finally:
        server_cm.__exit__(None, None, None)
    print_summary(db, site="demo")


def _demo_history(db: str, port: int) -> None:
    """``govarchive demo --changes``: four crawls of a changing copy of the demo portal (each a
    ``govarchive crawl`` of its own, as cron would run them), then what changed."""
    import subprocess
    import tempfile

    from archive.cli._common import open_archive
    from archive.cli.changes import print_events, tally
    from crawler.demo_portal import history
    from crawler.demo_portal.server import DemoPortalServer

    with tempfile.TemporaryDirectory(prefix="govarchive-demo-") as tmp:
        root = history.copy_site(Path(tmp) / "site")
        history.prepare(root)
        try:
            server = DemoPortalServer(root, port).start()
        except OSError as exc:
            raise click.ClickException(f"cannot serve the demo portal on port {port}: {exc.strerror or exc}") from None
        try:
            config = Path(tmp) / "demo.toml"
            config.write_text(
                f'name = "demo"\ndescription = "清河市人民政府 (bundled demo portal, changing)"\n'
                f'start_urls = ["{server.base_url}/"]\nallowed_domains = ["127.0.0.1"]\n'
                f'sitemaps = ["{server.base_url}/sitemap.xml"]\nsitemap_revisit_days = 0\n'
                "[politeness]\ndownload_delay = 0\nconcurrency = 8\nautothrottle = false\n",
                encoding="utf-8",
            )
            click.echo(f"demo portal (a copy that will change) serving at {server.base_url}/ ; crawling into {db}",
                       err=True)
            steps = [("the portal as published", None), *((step.title, step) for step in history.STEPS)]
            for number, (title, step) in enumerate(steps, 1):
                if step is not None:
                    step.apply(root)
                # every archived article is asked again (conditionally: an unchanged one costs a 304)
                # except on the third crawl, which shows a plain re-crawl confirming the removals
                revisit = [] if number == 3 else ["--revisit-days", "0"]
                result = subprocess.run(
                    [sys.executable, "-m", "archive.cli", "crawl", str(config), "--db", db, "--progress", "off",
                     "--log-level", "ERROR", *revisit],
                    capture_output=True, text=True,
                )
                # the crawl's summary line ("demo: N requests, ...") and what discovery found short under it
                lines = result.stderr.rstrip().splitlines()
                start = max((i for i, text in enumerate(lines) if text.startswith("demo: ")), default=len(lines) - 1)
                summary = lines[start:start + 1] + [
                    text for text in lines[start + 1:] if text.startswith("  ")]
                click.echo(f"crawl {number} ({title}):")
                for text in summary or ["?"]:
                    click.echo(f"  {text.removeprefix('demo: ')}")
                if result.returncode != 0:
                    raise click.ClickException(f"crawl {number} failed:\n{result.stderr[-2000:]}")
        finally:
            server.stop()
    archive = open_archive(db)
    try:
        events = archive.changes()
        new = [e for e in events if e["kind"] == "new"]
        click.echo(f"\nwhat changed (govarchive changes --db {db} --diff), besides {len(new)} new articles:")
        print_events(archive, [e for e in events if e["kind"] != "new"], diff=True,
                     color=click.get_text_stream("stdout").isatty())
        click.echo(tally(events))
    finally:
        archive.close()


COMMANDS: list = [crawl_cmd, demo_cmd]
