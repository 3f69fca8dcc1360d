"""The examples in the docstrings of archive/ and crawler/ run and give the output they show.

Every module whose source has a ``>>>`` example is collected (found by walking the packages, so
a new module is never forgotten), and doctest must actually see its examples.
"""
from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("archive", "crawler")


def modules_with_examples() -> list[str]:
    names = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if ">>>" in path.read_text(encoding="utf-8"):
                parts = path.relative_to(ROOT).with_suffix("").parts
                names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = modules_with_examples()


def test_the_library_modules_are_collected():
    assert {"archive.db", "archive.search", "archive.migrations", "archive.export", "crawler.revisit",
            "crawler.urls", "crawler.middlewares"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, f"{name} has '>>>' in its source but doctest finds no example"
