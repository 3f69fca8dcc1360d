"""govarchive CLI commands for site configs and scheduling: ``sites`` and ``schedule``.

``govarchive schedule`` manages crontab entries that run
``govarchive crawl CONFIG --site NAME --db DB --log-file LOGDIR/NAME.log`` at each site's
``schedule``, through the ``crontab`` program (or on a crontab file: ``--tabfile PATH``). Its
entries are marked unambiguously (comment ``govarchive-schedule site=NAME db=DB check=HASH``,
HASH from the command itself, see :class:`_Tab`); every other line of the crontab is left byte
for byte as it was.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click

BUNDLED_SITES = Path(__file__).resolve().parents[2] / "crawler" / "sites"
MARK_PREFIX = "govarchive-schedule site="


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


class _Tab:
    """A crontab as its lines, edited as text: govarchive's own lines are recognised, added and
    removed; every other line -- the user's jobs, environment settings, comments, spacing -- is
    written back byte for byte (python-crontab re-renders them: it reorders environment lines,
    squeezes spacing, and took a user's job whose comment merely looked like ours).

    Ours, unambiguously: a job line whose comment is ``govarchive-schedule site=NAME db=DB
    check=HASH``, HASH being the start of the SHA-256 of the line's command. Entries written by
    earlier versions (comment ``govarchive site=NAME db=DB``) count as ours only when their
    command really is ``govarchive crawl ... --site NAME --db DB``.
    """

    def __init__(self, text: str, tabfile: str | None) -> None:
        self.lines = text.splitlines(keepends=True)
        self.tabfile = tabfile

    @classmethod
    def open(cls, tabfile: str | None) -> _Tab:
        if tabfile:
            path = Path(tabfile)
            if not path.resolve().parent.is_dir():
                raise click.ClickException(f"{tabfile}: directory {path.resolve().parent} does not exist")
            if path.exists() and not path.is_file():
                raise click.ClickException(f"{tabfile} is not a file")
            return cls(path.read_text(encoding="utf-8") if path.exists() else "", tabfile)
        listed = _crontab("-l")
        if listed.returncode != 0:
            if "no crontab" not in listed.stderr.lower():
                why = listed.stderr.strip() or f"exit {listed.returncode}"
                raise click.ClickException(f"cannot read your crontab ({why}); use --tabfile PATH")
            return cls("", None)
        return cls(listed.stdout, None)

    def write(self) -> None:
        text = "".join(self.lines)
        if self.tabfile:
            try:
                Path(self.tabfile).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise click.ClickException(f"cannot write {self.tabfile} ({exc})") from None
            return
        written = _crontab("-", stdin=text)
        if written.returncode != 0:
            raise click.ClickException(f"cannot write your crontab ({written.stderr.strip()})")

    def jobs(self) -> list[tuple[int, dict]]:
        """``[(line index, {site, db, schedule, command, enabled})]`` of govarchive's own lines."""
        return [(i, job) for i, line in enumerate(self.lines) if (job := our_job(line)) is not None]

    def remove(self, indexes: set[int]) -> None:
        self.lines = [line for i, line in enumerate(self.lines) if i not in indexes]

    def add(self, line: str) -> None:
        if self.lines and not self.lines[-1].endswith("\n"):
            self.lines[-1] += "\n"
        self.lines.append(line + "\n")


def _crontab(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["crontab", *args], input=stdin, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise click.ClickException("no crontab program here (install cron), or use --tabfile PATH") from None


_JOB_LINE = re.compile(
    r"^[ \t]*(?P<off>#[ \t]*)?(?P<when>@\w+|(?:\S+[ \t]+){4}\S+)[ \t]+(?P<command>.*?)[ \t]+#[ \t]*"
    r"(?P<comment>govarchive(?:-schedule)? site=.*?)\s*$"
)
_MARK = re.compile(r"^govarchive-schedule site=(?P<site>\S+) db=(?P<db>.+) check=(?P<check>[0-9a-f]{16})$")
_LEGACY_MARK = re.compile(r"^govarchive site=(?P<site>\S+) db=(?P<db>.+)$")


def _check(command: str) -> str:
    return hashlib.sha256(command.encode("utf-8")).hexdigest()[:16]


def job_line(schedule: str, command: str, site: str, db: str) -> str:
    """govarchive's crontab line for one site (without the newline).

    >>> job_line("0 3 * * *", "govarchive crawl s.toml --site a --db /x.db", "a", "/x.db")
    '0 3 * * * govarchive crawl s.toml --site a --db /x.db # govarchive-schedule site=a db=/x.db check=...'
    """
    return f"{schedule} {command} # {MARK_PREFIX}{site} db={db} check={_check(command)}"


def our_job(line: str) -> dict | None:
    """The fields of one of govarchive's own crontab lines, or None for any other line.

    >>> our_job(job_line("0 3 * * *", "govarchive crawl s.toml --site a --db /x.db", "a", "/x.db"))["site"]
    'a'
    >>> our_job("30 2 * * * /usr/local/bin/backup.sh # govarchive site=a db=/x.db") is None
    True
    """
    match = _JOB_LINE.match(line)
    if match is None:
        return None
    command, comment = match.group("command"), match.group("comment")
    mark = _MARK.match(comment)
    if mark is not None:
        if mark.group("check") != _check(command):
            return None  # a look-alike comment on a line we did not write
    else:
        mark = _LEGACY_MARK.match(comment)
        if mark is None or not _runs_our_crawl(command, mark.group("site"), mark.group("db")):
            return None
    return {"site": mark.group("site"), "db": mark.group("db"), "schedule": " ".join(match.group("when").split()),
            "command": command, "enabled": match.group("off") is None}


def _runs_our_crawl(command: str, site: str, db: str) -> bool:
    """Whether ``command`` is ``govarchive crawl ... --site SITE --db DB`` (an older version's entry)."""
    try:
        argv = shlex.split(command)
    except ValueError:
        return False
    if "crawl" not in argv:
        return False
    head = argv[: argv.index("crawl")]
    if not head or not (Path(head[0]).name == "govarchive" or head[-2:] == ["-m", "archive.cli"]):
        return False
    pairs = set(zip(argv, argv[1:]))
    return ("--site", site) in pairs and ("--db", db) in pairs


def _govarchive_command() -> list[str]:
    """How cron should start govarchive: the console script beside this Python, else ``python -m``."""
    script = Path(sys.executable).parent / "govarchive"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "archive.cli"]


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
    from crontab import CronSlices

    tab = _Tab.open(tabfile)
    for site in scheduled:
        if not CronSlices.is_valid(site.schedule):
            raise click.ClickException(f"{site.name}: schedule {site.schedule!r} is not a valid cron expression")
    for site in scheduled:
        tab.remove({i for i, job in tab.jobs() if job["site"] == site.name and job["db"] == str(db_path)})
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
        command = " ".join(shlex.quote(a) for a in argv)
        tab.add(job_line(" ".join(site.schedule.split()), command, site.name, str(db_path)))
        click.echo(f"installed {site.name}: {site.schedule} -> log {logs / (site.name + '.log')}")
    tab.write()


@schedule_cmd.command("list")
@click.option("--tabfile", default=None, help="Read this crontab file instead of your crontab.")
def schedule_list(tabfile: str | None) -> None:
    """Show the govarchive entries of the crontab: site, schedule, archive, log file.

    Example:

        govarchive schedule list
    """
    jobs = [job for _, job in _Tab.open(tabfile).jobs()]
    if not jobs:
        click.echo("no scheduled govarchive crawls")
        return
    for job in jobs:
        try:
            argv = shlex.split(job["command"])
        except ValueError:
            argv = []
        log = argv[argv.index("--log-file") + 1] if "--log-file" in argv[:-1] else "-"
        state = "" if job["enabled"] else "  (disabled)"
        click.echo(f"{job['site']:<16} {job['schedule']:<16} db={job['db']}  log={log}{state}")


@schedule_cmd.command("remove")
@click.option("--site", "site_names", multiple=True, help="Only these site(s) (repeatable); default: all.")
@click.option("--db", default=None, help="Only entries writing to this archive.")
@click.option("--tabfile", default=None, help="Edit this crontab file instead of your crontab.")
def schedule_remove(site_names: tuple[str, ...], db: str | None, tabfile: str | None) -> None:
    """Remove govarchive entries from the crontab (all, or some sites / one archive).

    Example:

        govarchive schedule remove --site qinghe
    """
    tab = _Tab.open(tabfile)
    db_path = str(Path(db).resolve()) if db else None
    chosen = [
        (i, job) for i, job in tab.jobs()
        if not (site_names and job["site"] not in site_names) and not (db_path and job["db"] != db_path)
    ]
    if not chosen:
        raise click.ClickException("no matching scheduled govarchive crawl")
    tab.remove({i for i, _ in chosen})
    tab.write()
    click.echo(f"removed {len(chosen)}: {', '.join(job['site'] for _, job in chosen)}")


COMMANDS: list = [sites_cmd, schedule_cmd]
