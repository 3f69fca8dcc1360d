"""Site configs: the bundled examples are valid, and every kind of mistake gets a clear message
(``govarchive sites [CONFIG] [--check]``). Nothing here fetches the real portals."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli
from crawler.siteconfig import ConfigError, check_configs, cron_problem, load_sites, parse_sites

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "crawler" / "sites"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_bundled_example_configs_are_valid():
    sites = load_sites(BUNDLED)
    names = {s.name for s in sites}
    assert {"demo", "hebei", "shijiazhuang", "guangdong", "beijing", "taipei"} <= names
    assert all(s.schedule and cron_problem(s.schedule) is None for s in sites)
    result = run("sites", str(BUNDLED), "--check")
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") == len(list(BUNDLED.glob("*.toml")))


def test_sites_lists_every_site_with_its_schedule():
    result = run("sites")  # default: the bundled configs
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["site", "schedule", "revisit"]
    row = next(line for line in lines if line.startswith("shijiazhuang "))
    assert "50 2 * * 1" in row and "http://www.sjz.gov.cn/" in row and "hebei.toml" in row


BAD = """
name = "bad site"
start_urls = ["www.example.gov.cn/index.html"]
allowed_domains = ["http://www.example.gov.cn/"]
article_patterns = ["/t(\\\\d+.html"]
schedul = "0 3 * * *"
revisit_days = -1
hub_revisit_days = "weekly"
sitemap_revisit_days = -2
stop_on_known_list = "yes"
feeds = ["rss.xml"]
[politeness]
delay = 2
concurrency = 0
user_agent = "bot"
"""


def test_check_reports_every_mistake_on_its_own_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    result = run("sites", str(bad), "--check")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR ")]
    expected = [
        "unknown key 'schedul' (did you mean 'schedule'?)",
        "'name' is required",
        "is not an http(s) URL",
        "must be a bare host name",
        "is not a valid regular expression",
        "'revisit_days' must be a number >= 0",
        "'hub_revisit_days' must be a number >= 0",
        "'sitemap_revisit_days' must be a number >= 0",
        "'stop_on_known_list' must be true or false",
        "feeds entry 'rss.xml' is not an http(s) URL",
        "unknown politeness key 'delay' (did you mean 'download_delay'?)",
        "politeness.concurrency must be a whole number >= 1",
        "politeness.user_agent should say how to reach you",
    ]
    for fragment in expected:
        assert sum(fragment in line for line in errors) >= 1, (fragment, errors)
    assert all(str(bad) in line for line in errors)  # each line says where


@pytest.mark.parametrize(
    "schedule, fragment",
    [
        ("0 3 * *", "has 4 field(s)"),
        ("61 3 * * *", "minute 61: allowed 0-59"),
        ("0 24 * * *", "hour 24: allowed 0-23"),
        ("0 3 * * 9", "day of week 9"),
        ("@fortnightly", "not a known @-schedule"),
    ],
)
def test_bad_schedules_say_what_is_wrong(schedule, fragment):
    with pytest.raises(ConfigError) as err:
        parse_sites({"name": "x", "start_urls": ["http://a.gov.cn/"], "schedule": schedule})
    assert fragment in str(err.value)


def test_hub_and_sitemap_revisit_days_default_to_a_week_and_can_be_set():
    base = {"name": "x", "start_urls": ["http://a.gov.cn/"]}
    site = parse_sites(base)[0]
    assert (site.hub_revisit_days, site.sitemap_revisit_days) == (7.0, 7.0)
    site = parse_sites({**base, "hub_revisit_days": 0, "sitemap_revisit_days": 1.5})[0]
    assert (site.hub_revisit_days, site.sitemap_revisit_days) == (0.0, 1.5)
    assert site.as_dict()["hub_revisit_days"] == 0.0  # stored with each crawl row
    with pytest.raises(ConfigError, match="'hub_revisit_days' must be a number >= 0"):
        parse_sites({**base, "hub_revisit_days": True})


def test_valid_schedules_pass():
    for schedule in ("30 2 * * 1", "*/15 * * * *", "0 3 1,15 * *", "0 4 * * mon-fri", "@daily"):
        assert cron_problem(schedule) is None, schedule


def test_not_toml_and_missing_file_are_one_line_errors(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x"\nstart_urls = [\n', encoding="utf-8")
    result = run("sites", str(broken), "--check")
    assert result.exit_code == 1 and "not valid TOML" in result.output and "Traceback" not in result.output
    result = run("sites", str(tmp_path / "nope.toml"))
    assert result.exit_code != 0 and "no such config" in result.output and "Traceback" not in result.output


def test_directory_check_goes_on_past_a_bad_file_and_catches_duplicate_names(tmp_path):
    good = 'name = "{n}"\nstart_urls = ["http://www.{n}.gov.cn/"]\n'
    (tmp_path / "a.toml").write_text(good.format(n="alpha"), encoding="utf-8")
    (tmp_path / "b.toml").write_text("name = 3\n", encoding="utf-8")
    (tmp_path / "c.toml").write_text(good.format(n="alpha"), encoding="utf-8")
    results = {Path(f).name: errors for f, _, errors in check_configs(tmp_path)}
    assert results["a.toml"] == []
    assert any("'name' is required" in e for e in results["b.toml"])
    assert any("'alpha' is already used in" in e for e in results["c.toml"])
    result = run("sites", str(tmp_path), "--check")
    assert result.exit_code == 1 and "ok    " in result.output


def test_multi_site_file_and_politeness_settings():
    sites = load_sites(BUNDLED / "hebei.toml")
    assert [s.name for s in sites] == ["hebei", "shijiazhuang"]
    from crawler.runner import site_settings

    assert site_settings(sites[0])["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert site_settings(sites[0])["DOWNLOAD_DELAY"] == 3.0


def test_commands_have_help_with_an_example():
    for args in (
        ["sites"],
        ["schedule"],
        ["schedule", "install"],
        ["schedule", "list"],
        ["schedule", "remove"],
        ["crawl"],
    ):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, args
