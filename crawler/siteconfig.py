"""Site configs: one TOML file describes one portal, or several under ``[[site]]``.

A minimal config::

    name = "qinghe"
    start_urls = ["http://www.qinghe.gov.cn/"]
    allowed_domains = ["www.qinghe.gov.cn"]

Optional keys (all validated by :func:`load_sites`):

- ``article_patterns`` / ``list_patterns`` / ``deny_patterns``: regular expressions
  matched against the URL (path and query). Article patterns decide which pages are
  stored as articles; without them the default patterns of :mod:`crawler.urls` apply.
- ``sitemaps``: sitemap.xml URLs to read as extra start points.
- ``feeds``: RSS / Atom feed URLs to read as extra start points; ``discover_feeds``
  (default true) also follows feeds that list pages announce with ``<link rel="alternate">``.
- ``robots_sitemaps`` (default true): read the ``Sitemap:`` lines of each start host's robots.txt.
- ``[[json_lists]]`` (or ``[[site.json_lists]]``): list endpoints a page's script fills its
  list from (``$.getJSON(...)``). Keys: ``url`` (with ``{page}`` where the page number goes),
  ``items`` (dotted path to the list of items in the JSON, e.g. ``"data.list"``), ``url_field``
  (the item field with the article URL, absolute or relative), and optionally ``title_field``,
  ``date_field``, ``total_field`` (dotted path to the item count, e.g. ``"data.total"``),
  ``first_page`` (default 1) and ``column`` (the HTML page the list belongs to). Pages are asked
  until ``total_field`` is reached, or while pages have items when there is no total.
- ``max_pages``: stop after this many responses (0 = no limit).
- ``schedule``: a cron expression for ``govarchive schedule`` (e.g. ``"30 2 * * 1"``).
- ``revisit_days`` (default 30): an archived article is fetched again (conditionally) at the
  latest when it was last seen this many days ago; 0 revisits every article on every crawl.
- ``revisit_schedule`` (default ``[[7, 1], [30, 3], [180, 7]]``): ``[age, every]`` pairs in days:
  an article up to 7 days old (by its published date) is revisited daily, up to 30 days every 3
  days, up to 180 days weekly, older ones every ``revisit_days`` (the upper bound of every
  interval). A list page showing a newer date than the stored one, or a sitemap ``<lastmod>``
  after the last capture, makes an article due at once. Revisits are conditional: an unchanged
  article costs a ``304`` without a body.
- ``revisit_budget`` (default 500): at most this many archived articles per crawl are
  revisited on schedule alone, linked or not (a re-crawl asks for them directly: paging stops
  before old articles' list pages); the longest overdue first, the rest on the next crawls --
  so ``revisit_days`` is the upper bound unless more articles fall due at once than the budget
  allows. ``revisit_days = 0`` revisits all. Not counted: articles the portal says changed,
  URLs whose article looked gone (a removal is recorded only when a later run confirms it, so
  they are asked on the next crawl), removed articles (every ``revisit_days``: are they back?)
  and articles that fell off every list.
- ``hub_revisit_days`` (default 7): a *hub* -- a page that added no article of its own last
  time (section landing pages whose headlines their columns list too, site maps, contact
  pages; see :func:`crawler.revisit.hub_pages`) -- is asked again only when last fetched this
  many days ago; meanwhile the links it had are followed. Column list pages and start pages are asked on every crawl. 0 asks every
  hub every time.
- ``sitemap_revisit_days`` (default 7): the same for sitemaps and feeds whose articles list
  pages link too; one that was the only way to some article is read on every crawl, and so
  is every sitemap and feed on a first crawl. Hubs, sitemaps and feeds skipped this way are
  asked after all when a list page fails during the crawl.
- ``stop_on_known_list`` (default true): stop paging once a list page yields only
  articles the archive already has.
- ``download_attachments`` (default false): download linked attachment files into the
  archive (by SHA-256), each at most ``attachment_max_bytes`` (default 20 MB).
- ``[politeness]`` (or ``[site.politeness]``): ``download_delay``, ``concurrency``
  (per domain), ``autothrottle``, ``user_agent``, ``obey_robots``, ``retry_times``,
  ``timeout`` (seconds), ``max_response_bytes`` overrides.
- ``[hints]``: extraction hints handed to ``extract_article`` (e.g. ``body_selector``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = ["ConfigError", "SiteConfig", "check_configs", "cron_problem", "load_sites", "parse_sites", "select_sites"]

KNOWN_KEYS = {
    "name",
    "start_urls",
    "allowed_domains",
    "article_patterns",
    "list_patterns",
    "deny_patterns",
    "sitemaps",
    "max_pages",
    "schedule",
    "politeness",
    "hints",
    "description",
    "revisit_days",
    "stop_on_known_list",
    "download_attachments",
    "feeds",
    "discover_feeds",
    "attachment_max_bytes",
    "hub_revisit_days",
    "sitemap_revisit_days",
    "revisit_schedule",
    "revisit_budget",
    "json_lists",
    "robots_sitemaps",
}
JSON_LIST_KEYS = {"url", "items", "url_field", "title_field", "date_field", "total_field", "first_page", "column"}
POLITENESS_KEYS = {
    "download_delay",
    "concurrency",
    "autothrottle",
    "user_agent",
    "obey_robots",
    "retry_times",
    "timeout",
    "max_response_bytes",
}
BOOL_KEYS = ("stop_on_known_list", "download_attachments", "discover_feeds", "robots_sitemaps")
DOMAIN_RE = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\d+(?:\.\d+){3}$"
)
DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_HUB_REVISIT_DAYS = 7.0
DEFAULT_SITEMAP_REVISIT_DAYS = 7.0
#: ``revisit_schedule``: (age in days, revisit every N days), as in :data:`crawler.revisit.DEFAULT_SCHEDULE`
DEFAULT_REVISIT_SCHEDULE: tuple[tuple[float, float], ...] = ((7.0, 1.0), (30.0, 3.0), (180.0, 7.0))
DEFAULT_REVISIT_BUDGET = 500
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


#: politeness key -> (type, smallest allowed value)
POLITENESS_TYPES: dict[str, tuple[type, float]] = {
    "download_delay": (float, 0),
    "concurrency": (int, 1),
    "autothrottle": (bool, 0),
    "user_agent": (str, 0),
    "obey_robots": (bool, 0),
    "retry_times": (int, 0),
    "timeout": (float, 1),
    "max_response_bytes": (int, 1024),
}


def cron_problem(expr: object) -> str | None:
    """None for a valid five-field cron expression (or ``@daily`` style), else what is wrong.

    >>> cron_problem("30 2 * * 1") is None
    True
    >>> cron_problem("61 2 * * *")
    'is not a valid cron expression (minute 61: allowed 0-59)'
    """
    if not isinstance(expr, str) or not expr.strip():
        return 'must be a cron expression, e.g. "30 2 * * 1" (02:30 every Monday)'
    text = expr.strip()
    if text.startswith("@"):
        ok = text in ("@hourly", "@daily", "@weekly", "@monthly", "@yearly", "@annually", "@midnight")
        return None if ok else "is not a known @-schedule (@hourly, @daily, @weekly, @monthly, @yearly)"
    fields = text.split()
    if len(fields) != 5:
        return (
            f"has {len(fields)} field(s); a cron expression has five: minute hour day-of-month month "
            'day-of-week, e.g. "30 2 * * 1"'
        )
    names = [
        ("minute", 0, 59),
        ("hour", 0, 23),
        ("day of month", 1, 31),
        ("month", 1, 12),
        ("day of week", 0, 7),
    ]
    for value, (label, low, high) in zip(fields, names):
        for part in value.split(","):
            base, _, step = part.partition("/")
            if step and not step.isdigit():
                return f"is not a valid cron expression ({label} step {step!r})"
            if base == "*":
                continue
            bounds = base.split("-")
            if len(bounds) > 2 or not all(
                b.isdigit() or (label in ("month", "day of week") and b.isalpha() and len(b) == 3)
                for b in bounds
            ):
                return f"is not a valid cron expression ({label} {part!r})"
            for b in bounds:
                if b.isdigit() and not low <= int(b) <= high:
                    return f"is not a valid cron expression ({label} {b}: allowed {low}-{high})"
    return None


class ConfigError(ValueError):
    """A site config is missing, unreadable or invalid; the message says what and where."""


@dataclass
class SiteConfig:
    """One portal to crawl."""

    name: str
    start_urls: list[str]
    allowed_domains: list[str]
    article_patterns: list[str] = field(default_factory=list)
    list_patterns: list[str] = field(default_factory=list)
    deny_patterns: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    discover_feeds: bool = True
    json_lists: list[dict[str, Any]] = field(default_factory=list)
    robots_sitemaps: bool = True
    max_pages: int = 0
    schedule: str | None = None
    politeness: dict[str, Any] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    revisit_days: float = 30.0
    hub_revisit_days: float = DEFAULT_HUB_REVISIT_DAYS
    sitemap_revisit_days: float = DEFAULT_SITEMAP_REVISIT_DAYS
    revisit_schedule: tuple[tuple[float, float], ...] = DEFAULT_REVISIT_SCHEDULE
    revisit_budget: int = DEFAULT_REVISIT_BUDGET
    stop_on_known_list: bool = True
    download_attachments: bool = False
    attachment_max_bytes: int = DEFAULT_ATTACHMENT_MAX_BYTES
    source_path: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The config as plain data (stored with each crawl row)."""
        return {k: v for k, v in self.__dict__.items() if k != "source_path"}


def _str_list(site: dict, key: str, where: str, errors: list[str], required: bool = False) -> list[str]:
    value = site.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        errors.append(f"{where}: '{key}' must be a list of non-empty strings")
        return []
    if required and not value:
        errors.append(f"{where}: '{key}' is required")
    return value


def _json_lists(raw: Any, where: str, domains: list[str], errors: list[str]) -> list[dict[str, Any]]:
    """Validate ``[[json_lists]]`` tables (see the module doc); the normalised specs."""
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        errors.append(f"{where}: 'json_lists' must be a list of tables ([[json_lists]])")
        return []
    out = []
    for i, spec in enumerate(raw, 1):
        at = f"{where}: json_lists #{i}"
        if not isinstance(spec, dict):
            errors.append(f"{at}: must be a table")
            continue
        bad = False
        for key in sorted(set(spec) - JSON_LIST_KEYS):
            close = difflib.get_close_matches(key, sorted(JSON_LIST_KEYS), n=1, cutoff=0.5)
            errors.append(f"{at}: unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
            bad = True
        for key in ("url", "items", "url_field"):
            if not isinstance(spec.get(key), str) or not spec[key].strip():
                errors.append(f"{at}: '{key}' is required (a string)")
                bad = True
        for key in ("title_field", "date_field", "total_field", "column"):
            if key in spec and (not isinstance(spec[key], str) or not spec[key].strip()):
                errors.append(f"{at}: '{key}' must be a non-empty string")
                bad = True
        first = spec.get("first_page", 1)
        if not isinstance(first, int) or isinstance(first, bool) or first < 0:
            errors.append(f"{at}: 'first_page' must be a whole number >= 0")
            bad = True
        url = spec.get("url") if isinstance(spec.get("url"), str) else ""
        if url:
            probe = url.replace("{page}", "1")
            host = urlsplit(probe).hostname or ""
            if "{page}" not in url:
                errors.append(f"{at}: 'url' {url!r} has no {{page}} where the page number goes")
                bad = True
            if urlsplit(probe).scheme not in ("http", "https") or not host:
                errors.append(f"{at}: 'url' {url!r} is not an http(s) URL")
                bad = True
            elif domains and not any(host == d or host.endswith("." + d) for d in domains):
                errors.append(f"{at}: 'url' {url!r} is outside allowed_domains")
                bad = True
        if not bad:
            out.append({
                "url": url, "items": spec["items"], "url_field": spec["url_field"],
                "title_field": spec.get("title_field"), "date_field": spec.get("date_field"),
                "total": spec.get("total_field"), "first_page": first, "column": spec.get("column"),
            })
    return out


def _check_site(site: dict, where: str) -> tuple[SiteConfig | None, list[str]]:
    errors: list[str] = []
    for key in sorted(set(site) - KNOWN_KEYS):
        close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1, cutoff=0.5)
        errors.append(f"{where}: unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    name = site.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        errors.append(f"{where}: 'name' is required (letters, digits, '-', '_', '.')")
        name = "?"
    where = f"{where} ({name})" if name != "?" else where
    start_urls = _str_list(site, "start_urls", where, errors, required=True)
    for url in start_urls:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            errors.append(f"{where}: start URL {url!r} is not an http(s) URL")
    domains = _str_list(site, "allowed_domains", where, errors)
    for domain in domains:
        if "/" in domain or ":" in domain or not DOMAIN_RE.match(domain.lower()):
            errors.append(
                f"{where}: allowed domain {domain!r} must be a bare host name like "
                '"www.example.gov.cn" (no scheme, port or path)'
            )
    if not domains:
        domains = sorted({urlsplit(u).hostname for u in start_urls if urlsplit(u).hostname})
    for url in start_urls:
        host = urlsplit(url).hostname or ""
        if domains and not any(host == d or host.endswith("." + d) for d in domains):
            errors.append(f"{where}: start URL {url!r} is outside allowed_domains")
    patterns = {}
    for key in ("article_patterns", "list_patterns", "deny_patterns"):
        patterns[key] = _str_list(site, key, where, errors)
        for pattern in patterns[key]:
            try:
                re.compile(pattern)
            except re.error as exc:
                errors.append(f"{where}: {key} {pattern!r} is not a valid regular expression ({exc})")
    sitemaps = _str_list(site, "sitemaps", where, errors)
    feeds = _str_list(site, "feeds", where, errors)
    for key, urls in (("sitemaps", sitemaps), ("feeds", feeds)):
        for url in urls:
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
                errors.append(f"{where}: {key} entry {url!r} is not an http(s) URL")
    json_lists = _json_lists(site.get("json_lists", []), where, domains, errors)
    max_pages = site.get("max_pages", 0)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 0:
        errors.append(f"{where}: 'max_pages' must be a whole number >= 0")
        max_pages = 0
    schedule = site.get("schedule")
    if schedule is not None:
        problem = cron_problem(schedule)
        if problem:
            errors.append(f"{where}: 'schedule' {schedule!r} {problem}")
    politeness = site.get("politeness", {})
    if not isinstance(politeness, dict):
        errors.append(f"{where}: 'politeness' must be a table")
        politeness = {}
    for key in sorted(set(politeness) - POLITENESS_KEYS):
        close = difflib.get_close_matches(key, sorted(POLITENESS_KEYS), n=1, cutoff=0.5)
        errors.append(
            f"{where}: unknown politeness key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
        )
    for key, (kind, low) in POLITENESS_TYPES.items():
        if key not in politeness:
            continue
        value = politeness[key]
        if kind is bool:
            if not isinstance(value, bool):
                errors.append(f"{where}: politeness.{key} must be true or false")
        elif kind is str:
            if not isinstance(value, str) or not value.strip():
                errors.append(f"{where}: politeness.{key} must be a non-empty string")
        elif kind is int:
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                errors.append(f"{where}: politeness.{key} must be a whole number >= {low}")
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
            errors.append(f"{where}: politeness.{key} must be a number >= {low}")
    agent = politeness.get("user_agent")
    if isinstance(agent, str) and agent.strip() and not re.search(r"https?://|@|\+", agent):
        errors.append(f"{where}: politeness.user_agent should say how to reach you (a URL or an e-mail)")
    for key in BOOL_KEYS:
        if key in site and not isinstance(site[key], bool):
            errors.append(f"{where}: '{key}' must be true or false")
    max_att = site.get("attachment_max_bytes", DEFAULT_ATTACHMENT_MAX_BYTES)
    if not isinstance(max_att, int) or isinstance(max_att, bool) or max_att < 1:
        errors.append(f"{where}: 'attachment_max_bytes' must be a whole number >= 1")
        max_att = DEFAULT_ATTACHMENT_MAX_BYTES
    if "description" in site and not isinstance(site["description"], str):
        errors.append(f"{where}: 'description' must be a string")
    hints = site.get("hints", {})
    if not isinstance(hints, dict):
        errors.append(f"{where}: 'hints' must be a table")
        hints = {}
    revisit = site.get("revisit_days", 30.0)
    if isinstance(revisit, bool) or not isinstance(revisit, (int, float)) or revisit < 0:
        errors.append(f"{where}: 'revisit_days' must be a number >= 0")
        revisit = 30.0
    days = {}
    for key, default in (
        ("hub_revisit_days", DEFAULT_HUB_REVISIT_DAYS),
        ("sitemap_revisit_days", DEFAULT_SITEMAP_REVISIT_DAYS),
    ):
        value = site.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            errors.append(f"{where}: '{key}' must be a number >= 0")
            value = default
        days[key] = float(value)
    schedule_pairs = _revisit_schedule(site, where, errors)
    budget = site.get("revisit_budget", DEFAULT_REVISIT_BUDGET)
    if not isinstance(budget, int) or isinstance(budget, bool) or budget < 0:
        errors.append(f"{where}: 'revisit_budget' must be a whole number >= 0")
        budget = DEFAULT_REVISIT_BUDGET
    if errors:
        return None, errors
    return SiteConfig(
        name=name,
        start_urls=start_urls,
        allowed_domains=domains,
        article_patterns=patterns["article_patterns"],
        list_patterns=patterns["list_patterns"],
        deny_patterns=patterns["deny_patterns"],
        sitemaps=sitemaps,
        feeds=feeds,
        discover_feeds=site.get("discover_feeds", True),
        json_lists=json_lists,
        robots_sitemaps=site.get("robots_sitemaps", True),
        max_pages=max_pages,
        schedule=schedule,
        politeness=politeness,
        hints=hints,
        description=str(site.get("description", "")),
        revisit_days=float(revisit),
        hub_revisit_days=days["hub_revisit_days"],
        sitemap_revisit_days=days["sitemap_revisit_days"],
        revisit_schedule=schedule_pairs,
        revisit_budget=budget,
        stop_on_known_list=bool(site.get("stop_on_known_list", True)),
        download_attachments=bool(site.get("download_attachments", False)),
        attachment_max_bytes=max_att,
    ), []


def _revisit_schedule(site: dict, where: str, errors: list[str]) -> tuple[tuple[float, float], ...]:
    value = site.get("revisit_schedule")
    if value is None:
        return DEFAULT_REVISIT_SCHEDULE
    problem = f"{where}: 'revisit_schedule' must be a list of [age_days, every_days] pairs of numbers >= 0, " \
        "youngest first, e.g. [[7, 1], [30, 3], [180, 7]]"
    if not isinstance(value, list) or not all(
        isinstance(pair, list) and len(pair) == 2
        and all(isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0 for x in pair)
        for pair in value
    ) or [p[0] for p in value] != sorted(p[0] for p in value):
        errors.append(problem)
        return DEFAULT_REVISIT_SCHEDULE
    return tuple((float(a), float(b)) for a, b in value)


def parse_sites(data: dict, origin: str = "<config>") -> list[SiteConfig]:
    """Validate parsed TOML data; raise :class:`ConfigError` listing every mistake.

    Example::

        >>> parse_sites({"name": "demo", "start_urls": ["http://127.0.0.1:8000/"]})[0].allowed_domains
        ['127.0.0.1']
    """
    if "site" in data:
        raw = data["site"]
        if not isinstance(raw, list) or not raw:
            raise ConfigError(f"{origin}: '[[site]]' must be one or more tables")
        tables = [(t, f"{origin} [[site]] #{i + 1}") for i, t in enumerate(raw)]
    else:
        tables = [(data, origin)]
    sites, errors = [], []
    for table, where in tables:
        if not isinstance(table, dict):
            errors.append(f"{where}: not a table")
            continue
        site, errs = _check_site(table, where)
        errors.extend(errs)
        if site:
            sites.append(site)
    names = [s.name for s in sites]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        errors.append(f"{origin}: site name {dup!r} is used twice")
    if errors:
        raise ConfigError("\n".join(errors))
    return sites


def load_sites(path: str | Path) -> list[SiteConfig]:
    """Read and validate a TOML site config file (or every ``*.toml`` in a directory).

    Example::

        sites = load_sites("crawler/sites/hebei.toml")
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise ConfigError(f"{path}: no *.toml site configs in this directory")
        sites: list[SiteConfig] = []
        for f in files:
            sites.extend(load_sites(f))
        return sites
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    sites = parse_sites(data, str(path))
    for site in sites:
        site.source_path = str(path)
    return sites


def check_configs(path: str | Path) -> list[tuple[str, list[SiteConfig], list[str]]]:
    """Validate a config file, or every ``*.toml`` of a directory, without stopping at the first
    bad file: ``[(file, sites, errors)]``, one entry per file; site names used by two files
    are errors too.

    Example::

        for file, sites, errors in check_configs("crawler/sites"):
            print(file, len(sites), errors)
    """
    path = Path(path)
    files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    results: list[tuple[str, list[SiteConfig], list[str]]] = []
    seen: dict[str, str] = {}
    for f in files:
        try:
            sites = load_sites(f)
        except ConfigError as exc:
            results.append((str(f), [], str(exc).splitlines()))
            continue
        errors = []
        for site in sites:
            if site.name in seen:
                errors.append(f"{f}: site name {site.name!r} is already used in {seen[site.name]}")
            seen.setdefault(site.name, str(f))
        results.append((str(f), [] if errors else sites, errors))
    return results


def select_sites(path: str | Path, names: tuple[str, ...] | list[str] = ()) -> list[SiteConfig]:
    """The sites of a config file or directory, only those named when ``names`` is given.

    Raises :class:`ConfigError` for a bad config or a name it does not have.

    Example::

        select_sites("crawler/sites/hebei.toml", ["shijiazhuang"])
    """
    sites = load_sites(path)
    if not names:
        return sites
    unknown = sorted(set(names) - {s.name for s in sites})
    if unknown:
        raise ConfigError(f"unknown site(s) {', '.join(unknown)} in {path}; known: {', '.join(s.name for s in sites)}")
    return [s for s in sites if s.name in names]
