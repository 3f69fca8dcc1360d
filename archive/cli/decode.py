"""govarchive CLI command ``decode``: "why is this page garbled?"

Decodes saved page bytes the way the crawler does and shows the decision:
which encoding, where it came from (bom/header/meta/detected/fallback), the labels
the page declared, how many bytes were undecodable and whether a label lied.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from archive.cli._manifest import manifest_base, manifest_lines, resolve


def _record(decoded: Any, with_text: bool) -> dict:
    record = {
        "encoding": decoded.encoding,
        "encoding_source": decoded.source,
        "declared": decoded.declared,
        "undecodable": decoded.undecodable,
        "mislabelled": decoded.mislabelled,
    }
    if with_text:
        record["text"] = decoded.text
    return record


def _manifest_records(stream: TextIO, with_text: bool):
    """Yield one output record per manifest line; bad lines and missing files become ``error`` records."""
    from pipelines.decode import decode

    base = manifest_base(stream)
    for number, entry in manifest_lines(stream):
        if isinstance(entry, ValueError) or not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            reason = entry if isinstance(entry, ValueError) else 'expected an object with a "path" string'
            yield {"path": None, "line": number, "error": f"bad manifest line {number}: {reason}"}
            continue
        path = entry["path"]
        try:
            body = resolve(path, base).read_bytes()
        except OSError as exc:
            yield {"path": path, "error": f"cannot read {path}: {exc.strerror or exc}"}
            continue
        yield {"path": path, **_record(decode(body, entry.get("headers") or None), with_text)}


@click.command("decode")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=False))
@click.option("--content-type", "content_type", metavar="CT", default=None,
              help='The Content-Type header the page was served with, e.g. "text/html; charset=gbk".')
@click.option("--manifest", type=click.File("r", encoding="utf-8", errors="replace"), default=None, metavar="PATH|-",
              help='Decode many pages: JSON lines {"path": ..., "headers": {...}} ("-" = stdin); '
                   "relative paths are taken from the manifest's folder (stdin: the current folder).")
@click.option("--text/--no-text", "with_text", default=True, show_default=True,
              help="Include the decoded text in the output.")
def decode_cmd(file: str | None, content_type: str | None, manifest: TextIO | None, with_text: bool) -> None:
    """Show how a saved page decodes: encoding, its source, declared labels, text (JSON).

    With FILE, prints one JSON object. With --manifest, prints one JSON line per
    manifest line, each carrying its "path" (unreadable files give an "error" line
    and the run goes on).

    \b
    Example:
        govarchive decode page.html --content-type "text/html; charset=iso-8859-1"
        govarchive decode --manifest pages.jsonl --no-text
        echo '{"path": "page.html", "headers": {}}' | govarchive decode --manifest -
    """
    from pipelines.decode import decode

    if manifest is not None:
        if file is not None or content_type is not None:
            raise click.UsageError("give either FILE [--content-type] or --manifest, not both")
        for record in _manifest_records(manifest, with_text):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if file is None:
        raise click.UsageError("missing FILE (or use --manifest PATH|-)")
    try:
        body = Path(file).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {file}: {exc.strerror or exc}") from None
    decoded = decode(body, content_type)
    click.echo(json.dumps(_record(decoded, with_text), ensure_ascii=False, indent=2))


COMMANDS: list = [decode_cmd]
