"""Memory of a process tree from /proc (Linux): the benchmarks' samplers (crawl.py, soak.py) share it."""
from __future__ import annotations

import os


def tree_pids(root: int) -> list[int]:
    """``root`` and every process under it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError):
            continue
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def proc_kb(pid: int, name: bytes, path: str) -> int:
    """The kB figure of line ``name`` in ``/proc/PID/PATH`` (``Pss:`` of smaps_rollup, ``VmRSS:`` of status); 0 when gone."""
    try:
        with open(f"/proc/{pid}/{path}", "rb") as fh:
            for line in fh:
                if line.startswith(name):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) ``pid`` has used so far; 0 when gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def proc_role(pid: int, root: int) -> str:
    """``crawl`` (the root), ``writer`` or ``workers`` (a govarchive pool worker: the writer preloads
    the archive's store step), or ``other``."""
    if pid == root:
        return "crawl"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read()
    except OSError:
        return "other"
    if b"crawler.workers" not in cmdline:
        return "other"
    return "writer" if b"archive.batch" in cmdline else "workers"
