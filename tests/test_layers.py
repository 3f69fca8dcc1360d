"""The layers the imports obey, lowest first: pipelines/ < archive/ < crawler/ < the CLI (archive/cli/).

- ``pipelines/`` is pure (bytes -> text -> article): no Scrapy or Twisted, no SQLite, and
  neither ``archive`` nor ``crawler``.
- ``archive/`` is the SQLite library: no Scrapy or Twisted and no ``crawler``; it may use
  ``pipelines`` (re-extraction). Its CLI package ``archive/cli/`` is the top layer and may
  import everything; nothing else may import the CLI.
- ``crawler/`` is the Scrapy project: it may use ``pipelines`` and ``archive``, never the CLI.
  Its spiders only route: they import no ``archive`` (the item pipelines adapt items to it).
- SQL lives in ``archive/``: neither ``crawler/`` nor ``pipelines/`` imports ``sqlite3`` /
  ``sqlite_utils`` or calls ``.execute*()`` on a connection.

Every import is checked, at module level and inside functions, absolute and relative, and
``importlib.import_module("...")`` / ``__import__("...")`` with a literal name. The checker is
itself tested on a synthetic tree of bad imports.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipelines", "archive", "crawler")

SCRAPY = ("scrapy", "twisted", "itemadapter")
SQLITE = ("sqlite3", "sqlite_utils")


@dataclass(frozen=True)
class Rule:
    """Modules under ``where`` (a dotted prefix) must not import anything under ``forbidden``."""

    where: str
    forbidden: tuple[str, ...]
    why: str
    unless: str | None = None  # a dotted prefix under ``where`` the rule does not apply to


RULES = [
    Rule("pipelines", (*SCRAPY, *SQLITE, "archive", "crawler"), "pipelines/ is pure: no Scrapy, no SQLite, no upper layer"),
    Rule("archive", (*SCRAPY, "crawler"), "archive/ is the SQLite library: no Scrapy, no crawler", unless="archive.cli"),
    Rule("archive", ("archive.cli",), "the library never imports its CLI", unless="archive.cli"),
    Rule("crawler", ("archive.cli",), "crawler/ never imports the CLI"),
    Rule("crawler", SQLITE, "SQL lives in archive/: crawler/ goes through the archive library"),
    Rule("crawler.spiders", ("archive",), "spiders only route: the item pipelines adapt items to the archive"),
]

#: Connection methods that run SQL: only archive/ calls them.
SQL_CALLS = {"execute", "executemany", "executescript"}
SQL_FREE = ("pipelines", "crawler")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name of a relative import (``from ..db import x`` in ``archive.cli.query``)."""
    if not level:
        return target or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join([*base, *([target] if target else [])])


def imported_names(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """Every module a file imports, with the line: ``import a.b``, ``from a import b`` (both
    ``a`` and ``a.b``, since ``b`` may be a submodule), relative imports resolved, and literal
    ``importlib.import_module(...)`` / ``__import__(...)`` calls."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            out.append((node.lineno, base))
            out += [(node.lineno, f"{base}.{alias.name}" if base else alias.name)
                    for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("import_module", "__import__"):
                out.append((node.lineno, node.args[0].value))
    return out


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(root: Path) -> list[str]:
    """``path:line: module imports name (why)`` for every import against the layers under ``root``."""
    found = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            module = module_name(path, root)
            tree = ast.parse(path.read_bytes(), filename=str(path))
            where = path.relative_to(root)
            for line, name in imported_names(tree, module, path.name == "__init__.py"):
                for rule in RULES:
                    if not _under(module, rule.where) or (rule.unless and _under(module, rule.unless)):
                        continue
                    bad = next((f for f in rule.forbidden if _under(name, f)), None)
                    if bad:
                        found.append(f"{where}:{line}: {module} imports {name} ({rule.why})")
            if any(_under(module, p) for p in SQL_FREE):
                for node in ast.walk(tree):
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                            and node.func.attr in SQL_CALLS:
                        found.append(f"{where}:{node.lineno}: {module} runs SQL (.{node.func.attr}): "
                                     "queries belong in archive/")
    return found


def test_every_import_follows_the_layers():
    found = violations(ROOT)
    assert not found, "imports against the layers:\n" + "\n".join(found)


def test_the_checker_sees_the_project():
    names = {name for path in (ROOT / "crawler").rglob("*.py")
             for _, name in imported_names(ast.parse(path.read_bytes()), module_name(path, ROOT),
                                           path.name == "__init__.py")}
    assert "scrapy" in names and "pipelines.decode" in names  # the walk reaches real imports


# -- the checker itself, on a synthetic tree of bad imports ----------------------------------

BAD = {
    "pipelines/__init__.py": "",
    "pipelines/pure.py": "import re\n\n\ndef f():\n    import scrapy.http\n",
    "pipelines/store.py": "from archive.db import Archive\n",
    "pipelines/sql.py": "import sqlite3\n",
    "pipelines/dyn.py": "import importlib\nimportlib.import_module('twisted.internet')\n",
    "archive/__init__.py": "",
    "archive/db.py": "def g():\n    from crawler.items import PageItem\n",
    "archive/uses_cli.py": "from archive import cli\n",
    "archive/rel.py": "from .cli import query\n",
    "archive/rel2.py": "def r():\n    from . import cli\n",
    "archive/ok.py": "from pipelines.extract import extract_article\nimport sqlite3\n",
    "archive/cli/__init__.py": "import scrapy\nfrom crawler.runner import run_crawl\nfrom . import query\n",
    "archive/cli/query.py": "from ..db import Archive\n",
    "crawler/__init__.py": "",
    "crawler/summary.py": "def h(conn):\n    return conn.execute('SELECT 1')\n",
    "crawler/cmd.py": "from archive.cli.query import search\n",
    "crawler/fine.py": "import scrapy\nfrom archive.db import Archive\nfrom pipelines.decode import decode\n",
    "crawler/spiders/__init__.py": "",
    "crawler/spiders/portal.py": "def t():\n    from archive.times import utc_now\n",
}


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    for name, text in BAD.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_checker_fails_on_imports_against_the_layers(bad_tree: Path):
    found = violations(bad_tree)
    flagged = {line.split(":")[0] for line in found}
    assert flagged == {
        "pipelines/pure.py",  # scrapy, inside a function
        "pipelines/store.py",  # an upper layer
        "pipelines/sql.py",  # SQLite
        "pipelines/dyn.py",  # importlib.import_module with a literal name
        "archive/db.py",  # crawler, inside a function
        "archive/uses_cli.py",  # the library importing its CLI (from archive import cli)
        "archive/rel.py",  # the same, relative
        "archive/rel2.py",  # the same, relative, inside a function
        "crawler/summary.py",  # SQL run outside archive/
        "crawler/cmd.py",  # the CLI from below
        "crawler/spiders/portal.py",  # a spider importing archive
    }, "\n".join(found)
    # the CLI may import everything, and the allowed directions are not flagged
    assert not any(f.startswith(("archive/cli/", "archive/ok.py", "crawler/fine.py")) for f in flagged)


def test_relative_imports_are_resolved():
    assert _resolve("archive.cli.query", False, 2, "db") == "archive.db"
    assert _resolve("archive.cli", True, 1, None) == "archive.cli"
    assert _resolve("archive.store", False, 1, "cli") == "archive.cli"
    tree = ast.parse("from . import cli\n")
    assert (1, "archive.cli") in imported_names(tree, "archive.store", False)
