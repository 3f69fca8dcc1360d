"""govarchive CLI command ``probe``: what discovery sees on a portal, before a long crawl."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import click


@click.command("probe")
@click.argument("url")
@click.option("--pages", "max_pages", type=click.IntRange(1, 500), default=40, show_default=True,
              help="Fetch at most this many pages (the home page, its frames, the first page of each list).")
@click.option("--config", type=click.Path(exists=True, dir_okay=True), default=None,
              help="A site config whose article_patterns / list_patterns to apply (its first site, or --site).")
@click.option("--site", "site_name", default=None, help="The site of --config to use.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--obey-robots/--no-obey-robots", default=True, show_default=True)
def probe_cmd(url: str, max_pages: int, config: str | None, site_name: str | None, fmt: str,
              obey_robots: bool) -> None:
    """Fetch a portal's home page and the first page of each list it links to, and print per
    column the list mechanism recognised, the pages / records it announces, the article links
    found and their URL shapes -- so a site config can be written or fixed before a long crawl.

    Example:

        govarchive probe http://www.example.gov.cn/
    """
    from crawler.runner import project_settings
    from crawler.siteconfig import ConfigError, select_sites

    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise click.ClickException(f"{url!r} is not an http(s) URL")
    patterns: dict[str, Any] = {}
    if config:
        try:
            sites = select_sites(config, [site_name] if site_name else [])
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from None
        patterns = {"article_patterns": sites[0].article_patterns, "list_patterns": sites[0].list_patterns}
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.probe import ProbeSpider

    settings = project_settings({
        "ITEM_PIPELINES": {}, "EXTENSIONS": {"scrapy.extensions.logstats.LogStats": None},
        "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": obey_robots, "DOWNLOAD_DELAY": 0.2,
        "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 1,
    })
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, url=url, max_pages=max_pages, **patterns)
    process.start()
    spider = crawler.spider
    if fmt == "json":
        click.echo(json.dumps({"pages": spider.pages, "errors": spider.errors}, ensure_ascii=False, indent=2))
        return
    if not spider.pages:
        errors = "; ".join(f"{u}: {e}" for u, e in spider.errors) or "no answer"
        raise click.ClickException(f"could not read {url}: {errors}")
    _print(spider.pages, spider.errors)


def _print(pages: list[dict[str, Any]], errors: list[tuple[str, str]]) -> None:
    out = click.echo
    shapes: dict[str, int] = {}
    for page in pages:
        role = "home page" if page["role"] == "home" else "list"
        out(f"{page['url']}  ({role}: {page['title'][:40]})")
        out(f"  mechanism   {', '.join(page['mechanisms']) or 'plain links'}")
        announced = [f"{page['announced_pages']} pages" if page["announced_pages"] is not None else "",
                     f"{page['announced_records']} records" if page["announced_records"] is not None else ""]
        out(f"  announced   {', '.join(a for a in announced if a) or '-'}")
        if page["pager"] or page["jpage_requests"]:
            more = len(page["pager"]) + page["jpage_requests"]
            example = page["pager"][0] if page["pager"] else "dataproxy.jsp requests"
            out(f"  pager       {more} more page(s) offered, e.g. {example}")
        found = len(page["articles"]) + len(page["candidates"])
        out(f"  articles    {found} link(s)" + (f" ({len(page['candidates'])} by headline only: URL shape unknown)"
                                                 if page["candidates"] else ""))
        for shape, n in sorted(page["shapes"].items(), key=lambda kv: -kv[1])[:3]:
            out(f"    shape     {shape} ({n})")
            shapes[shape] = shapes.get(shape, 0) + n
        for data in page.get("data_urls") or []:
            out(f"  data        the list is filled by script from {data}: declare it under [[json_lists]]")
        for problem in page["problems"]:
            out(f"  problem     {problem}")
        for call in page["unresolved"]:
            out(f"  not followed {call}")
    out("")
    out(f"{len(pages)} page(s) read; article URL shapes seen:")
    for shape, n in sorted(shapes.items(), key=lambda kv: -kv[1])[:20]:
        out(f"  {n:>4}  {shape}")
    for url, error in errors:
        out(f"{'skipped' if error.startswith('skipped') else 'failed'}: {url}: {error.removeprefix('skipped, ')}")


COMMANDS: list = [probe_cmd]
