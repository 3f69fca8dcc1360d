"""govarchive CLI commands for site configs and scheduling: ``sites`` and ``schedule``.

``govarchive schedule`` manages crontab entries (python-crontab) that run
``govarchive crawl CONFIG --site NAME --db DB --log-file LOGDIR/NAME.log`` at each site's
``schedule``. Entries are recognised by their comment ``govarchive site=NAME db=DB``; nothing
else in the crontab is touched. ``--tabfile PATH`` works on a crontab file instead of the
user's crontab (tests never touch the real one).
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click

BUNDLED_SITES = Path(__file__).resolve().parents[2] / "crawler" / "sites"
COMMENT_PREFIX = "govarchive site="


def _default_config() -> str:
    return str(BUNDLED_SITES)


@click.command("sites")
@click.argument("config", required=False, type=click.Path())
@click.option("--check", is_flag=True, help="Only validate: one line per file, every mistake spelled out.")
def sites_cmd(config: str | None, check: bool) -> None:
    """List the portals of site configs (a TOML file or a directory of them), or --check them.

    Without CONFIG the bundled example configs (crawler/sites/) are used. Exits 1 when a
    config has mistakes, with one line per mistake saying where and what.

    Example:

        govarchive sites crawler/sites/ --check
    """
    from crawler.siteconfig import check_configs

    config = config or _default_config()
    if not Path(config).exists():
        raise click.ClickException(f"{config}: no such config file or directory")
    results = check_configs(config)
    if not results:
        raise click.ClickException(f"{config}: no *.toml site configs in this directory")
    bad = False
    for path, sites, errors in results:
        if errors:
            bad = True
            for error in errors:
                click.echo(f"ERROR {error}", err=True)
        elif check:
            click.echo(f"ok    {path}: {len(sites)} site(s): {', '.join(s.name for s in sites)}")
    if not check:
        rows = [
            (
                s.name,
                s.schedule or "-",
                f"{s.revisit_days:g}d",
                s.start_urls[0] + (f" (+{len(s.start_urls) - 1})" if len(s.start_urls) > 1 else ""),
                Path(path).name,
            )
            for path, sites, errors in results
            for s in sites
        ]
        if rows:
            header = ("site", "schedule", "revisit", "start URL", "file")
            widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
            for row in [header, *rows]:
                click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())
    if bad:
        sys.exit(1)


def _open_tab(tabfile: str | None):
    from crontab import CronTab

    if tabfile:
        path = Path(tabfile)
        if not path.resolve().parent.is_dir():
            raise click.ClickException(f"{tabfile}: directory {path.resolve().parent} does not exist")
        if path.exists() and not path.is_file():
            raise click.ClickException(f"{tabfile} is not a file")
        path.touch(exist_ok=True)
        return CronTab(tabfile=str(path))
    try:
        return CronTab(user=True)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot read your crontab ({exc}); use --tabfile PATH") from None


def _write_tab(cron, tabfile: str | None) -> None:
    try:
        cron.write()
    except (OSError, ValueError) as exc:
        where = tabfile or "your crontab"
        raise click.ClickException(f"cannot write {where} ({exc})") from None


def _govarchive_command() -> list[str]:
    """How cron should start govarchive: the console script beside this Python, else ``python -m``."""
    script = Path(sys.executable).parent / "govarchive"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "archive.cli"]


def _ours(job) -> bool:
    return (job.comment or "").startswith(COMMENT_PREFIX)


def _comment(site: str, db: str) -> str:
    return f"{COMMENT_PREFIX}{site} db={db}"


def _parse_comment(comment: str) -> tuple[str, str]:
    body = comment[len(COMMENT_PREFIX) :]
    site, _, db = body.partition(" db=")
    return site, db


@click.group("schedule")
def schedule_cmd() -> None:
    """Run crawls from cron at each site config's `schedule` (install, list, remove).

    Example:

        govarchive schedule install crawler/sites/ --db /srv/archive.db --log-dir /srv/logs
    """


@schedule_cmd.command("install")
@click.argument("config", type=click.Path())
@click.option("--db", required=True, help="SQLite archive the scheduled crawls write to.")
@click.option("--site", "site_names", multiple=True, help="Only these site(s) (repeatable).")
@click.option(
    "--log-dir", default=None, help="Directory for one log file per site [default: beside the archive]."
)
@click.option("--tabfile", default=None, help="Edit this crontab file instead of your crontab.")
def schedule_install(
    config: str, db: str, site_names: tuple[str, ...], log_dir: str | None, tabfile: str | None
) -> None:
    """Add (or update) one crontab entry per scheduled site of CONFIG.

    Each entry runs `govarchive crawl CONFIG --site NAME --db DB --log-file LOGDIR/NAME.log`;
    a run that finds the previous one still going exits at once (the crawl lock).
    Sites without a `schedule` are skipped.

    Example:

        govarchive schedule install crawler/sites/hebei.toml --db archive.db --tabfile my.crontab
    """
    from crawler.siteconfig import ConfigError, select_sites

    try:
        sites = select_sites(config, site_names)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    db_path = Path(db).resolve()
    if not db_path.parent.is_dir():
        raise click.ClickException(f"cannot use archive {db}: directory {db_path.parent} does not exist")
    logs = Path(log_dir).resolve() if log_dir else db_path.parent
    if log_dir:
        logs.mkdir(parents=True, exist_ok=True)
    scheduled = [s for s in sites if s.schedule]
    for site in sites:
        if not site.schedule:
            click.echo(f"skipped {site.name}: no schedule in its config", err=True)
    if not scheduled:
        raise click.ClickException(f"no site in {config} has a schedule")
    cron = _open_tab(tabfile)
    for site in scheduled:
        comment = _comment(site.name, str(db_path))
        cron.remove_all(comment=comment)
        source = Path(site.source_path or config).resolve()
        argv = [
            *_govarchive_command(),
            "crawl",
            str(source),
            "--site",
            site.name,
            "--db",
            str(db_path),
            "--log-file",
            str(logs / f"{site.name}.log"),
            "--progress",
            "plain",
        ]
        job = cron.new(command=" ".join(shlex.quote(a) for a in argv), comment=comment)
        job.setall(site.schedule)
        if not job.is_valid():
            raise click.ClickException(
                f"{site.name}: schedule {site.schedule!r} is not a valid cron expression"
            )
        click.echo(f"installed {site.name}: {site.schedule} -> log {logs / (site.name + '.log')}")
    _write_tab(cron, tabfile)


@schedule_cmd.command("list")
@click.option("--tabfile", default=None, help="Read this crontab file instead of your crontab.")
def schedule_list(tabfile: str | None) -> None:
    """Show the govarchive entries of the crontab: site, schedule, archive, log file.

    Example:

        govarchive schedule list
    """
    cron = _open_tab(tabfile)
    jobs = [job for job in cron if _ours(job)]
    if not jobs:
        click.echo("no scheduled govarchive crawls")
        return
    for job in jobs:
        site, db = _parse_comment(job.comment)
        argv = shlex.split(job.command)
        log = argv[argv.index("--log-file") + 1] if "--log-file" in argv else "-"
        state = "" if job.is_enabled() else "  (disabled)"
        click.echo(f"{site:<16} {str(job.slices):<16} db={db}  log={log}{state}")


@schedule_cmd.command("remove")
@click.option("--site", "site_names", multiple=True, help="Only these site(s) (repeatable); default: all.")
@click.option("--db", default=None, help="Only entries writing to this archive.")
@click.option("--tabfile", default=None, help="Edit this crontab file instead of your crontab.")
def schedule_remove(site_names: tuple[str, ...], db: str | None, tabfile: str | None) -> None:
    """Remove govarchive entries from the crontab (all, or some sites / one archive).

    Example:

        govarchive schedule remove --site qinghe
    """
    cron = _open_tab(tabfile)
    db_path = str(Path(db).resolve()) if db else None
    removed = []
    for job in [j for j in cron if _ours(j)]:
        site, job_db = _parse_comment(job.comment)
        if (site_names and site not in site_names) or (db_path and job_db != db_path):
            continue
        cron.remove(job)
        removed.append(site)
    if not removed:
        raise click.ClickException("no matching scheduled govarchive crawl")
    _write_tab(cron, tabfile)
    click.echo(f"removed {len(removed)}: {', '.join(removed)}")


COMMANDS: list = [sites_cmd, schedule_cmd]
