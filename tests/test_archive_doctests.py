"""The examples in the archive library's docstrings run and give the output they show."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["archive", "archive.db", "archive.text", "archive.migrations", "archive.export", "archive.reextract"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name != "archive":
        assert result.attempted > 0, f"{name} has no examples"
