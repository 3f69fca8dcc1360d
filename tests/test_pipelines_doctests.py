"""The examples in the docstrings of the pure layer (pipelines/) run and give the output they show.

Every module under ``pipelines/`` is collected (so a new module's examples run without being listed
here); the modules that document their functions with examples must keep having some.
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import pipelines

MODULES = sorted(m.name for m in pkgutil.walk_packages(pipelines.__path__, "pipelines."))
#: Modules whose docstrings carry examples (the others hold data, or only adapt other layers).
WITH_EXAMPLES = {
    "pipelines.classify", "pipelines.decode", "pipelines.extract", "pipelines.extract.body",
    "pipelines.extract.clean", "pipelines.extract.core", "pipelines.extract.dates", "pipelines.extract.fields",
    "pipelines.extract.footer", "pipelines.extract.lines", "pipelines.extract.links", "pipelines.extract.regions",
    "pipelines.extract.serialize", "pipelines.extract.threads", "pipelines.extract.title", "pipelines.extract.tree",
}


def test_every_module_with_examples_is_collected():
    assert WITH_EXAMPLES <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name in WITH_EXAMPLES:
        assert result.attempted > 0, f"{name} has no examples"
