"""Manifests: JSON lines naming saved pages, read the same way by ``decode`` and ``extract``.

One rule for paths: a relative ``path`` is taken from the manifest's folder, or from the
current folder when the manifest comes on stdin (``-``). A record keeps the path as written.

Example:
    >>> import io
    >>> list(manifest_lines(io.StringIO('{"path": "a.html"}\\n\\n{oops\\n')))[0]
    (1, {'path': 'a.html'})
    >>> resolve("pages/a.html", Path("/data/set"))
    PosixPath('/data/set/pages/a.html')
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

__all__ = ["manifest_base", "manifest_lines", "resolve"]


def manifest_base(stream: TextIO) -> Path:
    """The folder relative paths of this manifest are taken from (stdin: the current folder)."""
    name = getattr(stream, "name", "-")
    return Path.cwd() if name in ("-", "<stdin>") or not isinstance(name, str) else Path(name).resolve().parent


def manifest_lines(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """``(line number, parsed JSON)`` of every non-blank line; a line that is not JSON gives its
    ``ValueError`` instead (the caller reports it and goes on)."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError as exc:
            yield number, exc


def resolve(path: str, base: Path | None) -> Path:
    """Where a manifest's ``path`` is: absolute as is, relative from ``base`` (None: the current folder)."""
    target = Path(path)
    return target if target.is_absolute() or base is None else base / target
