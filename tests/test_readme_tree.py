"""The README's "How it works" table names every module of the tree, in its package's row."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# sub-packages named as a whole (``distributed/``, ``web/``, ``demo_portal/``) are not walked
WHOLE = {"crawler/distributed", "crawler/demo_portal", "archive/web", "crawler/sites"}


def table_rows() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## How it works", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        m = re.match(r"\s*\|\s*`([\w/]+)/`\s*\|(.*)\|\s*$", line)
        if m:
            rows[m.group(1)] = m.group(2)
    return rows


def modules(package: str) -> list[str]:
    out = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT / package)
        if path.stem in ("__init__", "__main__") or any(
            str(parent.relative_to(ROOT)) in WHOLE for parent in path.parents if ROOT in parent.parents
        ):
            continue
        sub = (ROOT / package) / rel.parent
        if sub != ROOT / package and (sub / "__init__.py").exists() and f"{package}/{rel.parent}" in table_rows():
            continue  # a sub-package with a row of its own
        out.append(str(rel.with_suffix("")))
    return out


ROWS = table_rows()


def test_the_table_has_the_packages():
    assert {"pipelines", "archive", "archive/cli", "crawler", "tests", "benchmarks"} <= set(ROWS)


@pytest.mark.parametrize("package", ["pipelines", "archive", "archive/cli", "crawler"])
def test_every_module_is_in_its_row(package):
    row = ROWS[package]
    missing = []
    for module in modules(package):
        stem = module.rsplit("/", 1)[-1]
        # named as `extract/`'s steps (`core`, `tree` ...), `spiders/feeds.py`, or `db.py`
        if not re.search(rf"`(?:[\w/]*/)?{re.escape(stem)}(?:\.py)?`", row):
            missing.append(module)
    assert not missing, f"README 'How it works', row {package}/: not named: {missing}"
