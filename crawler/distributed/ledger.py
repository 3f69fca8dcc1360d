"""The discovery report of a distributed run: every worker's books on discovery, put together.

A single crawl keeps one :class:`crawler.columns.Ledger` (columns, what their lists announce,
what was reached, limits, pager problems) and records its report in the archive at the end. In a
distributed run the list pages of one column are parsed by several workers, none of which sees
the whole column. So a worker's spider keeps a :class:`RecordingLedger`: the ordinary ledger,
which also notes every entry it makes. The scheduler pushes those notes to the run's list in
Redis (``P:site:S:run:N:ledger``) with the worker's counters, and always before the worker says it
is idle; the worker that finishes the run (or finds it abandoned) replays every worker's notes
into one ledger (:func:`replay`) and sends its report in the ``run_end`` message, which the writer
records in the archive with the run's crawl -- as a single crawl does.

Replaying puts the column structure first (entries and pages added to columns, in the order
they were pushed), then the rest (answers, announcements, articles, problems, limits): a worker
may parse a list page before the worker that queued it has pushed the note saying which column
it belongs to.

Example:
    >>> a, b = RecordingLedger(), RecordingLedger()
    >>> _ = a.enter("http://x/zwyw/", 1)
    >>> a.announce("http://x/zwyw/", pages=2, records=None, mechanisms=["next-link"])
    >>> a.add_page("http://x/zwyw/index_1.html", "http://x/zwyw/")
    >>> a.reached("http://x/zwyw/")
    >>> b.reached("http://x/zwyw/index_1.html")  # b alone would not know the column
    >>> [r["pages_reached"] for r in replay(b.take() + a.take()).report(set()) if r["kind"] == "column"]
    [2]
"""

from __future__ import annotations

import json
from typing import Any

from crawler.columns import Ledger

__all__ = ["RecordingLedger", "dumps", "loads", "replay"]

#: the ledger entries that make the columns' structure (replayed first)
STRUCTURE = ("enter", "add_page")
#: the ledger entries a worker notes
NOTED = (*STRUCTURE, "announce", "reached", "failed", "articles", "problem", "stop")


class RecordingLedger(Ledger):
    """A :class:`~crawler.columns.Ledger` that notes each entry made to it, for :meth:`take`."""

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[list[Any]] = []

    def take(self) -> list[list[Any]]:
        """The notes since the last call."""
        notes, self.notes = self.notes, []
        return notes


def _noting(name: str) -> Any:
    method = getattr(Ledger, name)

    def noted(self: RecordingLedger, *args: Any, **kwargs: Any) -> Any:
        if kwargs:  # keyword arguments in the order of the signature (announce's pages=..., ...)
            import inspect

            bound = inspect.signature(method).bind(self, *args, **kwargs)
            args = bound.args[1:]
        self.notes.append([name, *args])
        return method(self, *args)

    noted.__name__ = name
    noted.__doc__ = method.__doc__
    return noted


for _name in NOTED:
    setattr(RecordingLedger, _name, _noting(_name))


def replay(notes: list[list[Any]]) -> Ledger:
    """One ledger from the notes of every worker of a run (see the module docstring)."""
    ledger = Ledger()
    for note in notes:
        if note and note[0] in STRUCTURE:
            getattr(Ledger, note[0])(ledger, *note[1:])
    for note in notes:
        if note and note[0] in NOTED and note[0] not in STRUCTURE:
            getattr(Ledger, note[0])(ledger, *note[1:])
    return ledger


def dumps(notes: list[list[Any]]) -> list[bytes]:
    """Notes as Redis list values (JSON)."""
    return [json.dumps(note, ensure_ascii=False, separators=(",", ":")).encode() for note in notes]


def loads(values: list[bytes]) -> list[list[Any]]:
    """Notes from Redis list values; values that are not a note are left out."""
    notes = []
    for value in values:
        try:
            note = json.loads(value)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(note, list) and note and note[0] in NOTED:
            notes.append(note)
    return notes
