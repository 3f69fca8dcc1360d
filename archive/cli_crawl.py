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


@click.command("crawl")
@click.argument("config", type=click.Path(dir_okay=True))
@click.option("--db", default=lambda: os.environ.get("GOVARCHIVE_DB", "govarchive.db"), show_default="govarchive.db",
              help="SQLite archive to write (created if missing).")
@click.option("--site", "site_names", multiple=True, help="Only crawl these site(s) of the config (repeatable).")
@click.option("--max-pages", type=click.IntRange(min=0), default=None, help="Stop each site after N responses.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="KEY=VALUE", help="Override a Scrapy setting.")
@click.option("--log-level", default="INFO", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              show_default=True)
def crawl_cmd(config: str, db: str, site_names: tuple[str, ...], max_pages: int | None,
              overrides: tuple[str, ...], log_level: str) -> None:
    """Crawl the portal(s) described by a site config (TOML) into the archive.

    CONFIG is a TOML file (one site, or several as [[site]] tables) or a directory of them.

    Example:

        govarchive crawl crawler/sites/examples.toml --site qinghe --db archive.db
    """
    from crawler.runner import run_crawl
    from crawler.siteconfig import ConfigError, load_sites

    try:
        sites = load_sites(config)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if site_names:
        unknown = sorted(set(site_names) - {s.name for s in sites})
        if unknown:
            raise click.ClickException(f"unknown site(s) {', '.join(unknown)} in {config}; "
                                       f"known: {', '.join(s.name for s in sites)}")
        sites = [s for s in sites if s.name in site_names]
    if max_pages is not None:
        for site in sites:
            site.max_pages = max_pages
    _check_db_path(db)
    settings = {"LOG_LEVEL": log_level, **_parse_overrides(overrides)}
    stats = run_crawl(sites, db, settings)
    failed = False
    for name, st in stats.items():
        reason = st.get("finish_reason", "?")
        click.echo(f"{name}: {st.get('downloader/response_count', 0)} responses, "
                   f"{st.get('govarchive/new', 0)} new, {st.get('govarchive/changed', 0)} changed, "
                   f"{st.get('govarchive/unchanged', 0)} unchanged articles, {st.get('govarchive/error', 0)} errors "
                   f"({reason})", err=True)
        failed |= reason not in ("finished", "closespider_pagecount")
    if failed:
        sys.exit(1)


@click.command("demo")
@click.option("--db", default="demo.db", show_default=True, help="SQLite archive to write (replaced if it exists).")
@click.option("--keep", is_flag=True, help="Keep an existing database (a re-crawl) instead of starting fresh.")
@click.option("--log-level", default="WARNING", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              show_default=True)
def demo_cmd(db: str, keep: bool, log_level: str) -> None:
    """Serve the bundled demo portal on 127.0.0.1, crawl it into DB, print a summary.

    Everything is offline: the portal is shipped inside the package and served on a free
    loopback port; the real spider and pipelines crawl it.

    Example:

        govarchive demo --db demo.db
    """
    from crawler.demo_portal.server import serve
    from crawler.runner import run_crawl
    from crawler.siteconfig import SiteConfig

    from crawler.summary import print_summary

    _check_db_path(db)
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    with serve() as base_url:
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
    print_summary(db, site="demo")


COMMANDS: list = [crawl_cmd, demo_cmd]
