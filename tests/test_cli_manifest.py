"""``decode --manifest`` and ``extract --manifest`` read manifests by one rule: a relative path is
taken from the manifest's folder (stdin: the current folder), and the record keeps it as written."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli

PAGE = Path(__file__).parent / "fixtures" / "extract" / "trs_div_1" / "page.html"


@pytest.fixture
def dataset(tmp_path: Path, monkeypatch) -> Path:
    """A data folder with a manifest and a page under pages/; the current folder is elsewhere."""
    data = tmp_path / "data"
    (data / "pages").mkdir(parents=True)
    shutil.copyfile(PAGE, data / "pages" / "a.html")
    line = {"path": "pages/a.html", "url": "http://www.yuncheng.gov.cn/t20231122_1.html", "headers": {}}
    (data / "manifest.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return data


def _rows(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize("command", [["decode", "--no-text"], ["extract"]])
def test_a_manifest_file_resolves_relative_paths_from_its_folder(dataset: Path, command: list[str]):
    result = CliRunner().invoke(cli, [*command, "--manifest", str(dataset / "manifest.jsonl")])
    assert result.exit_code == 0, result.output
    (row,) = _rows(result.output)
    assert row["path"] == "pages/a.html"  # as written in the manifest
    assert not row.get("error"), row
    assert row.get("encoding") or row.get("title")


@pytest.mark.parametrize("command", [["decode", "--no-text"], ["extract"]])
def test_a_manifest_on_stdin_resolves_relative_paths_from_the_current_folder(dataset: Path, command: list[str],
                                                                           monkeypatch):
    line = (dataset / "manifest.jsonl").read_text(encoding="utf-8")
    missing = CliRunner().invoke(cli, [*command, "--manifest", "-"], input=line)  # cwd is elsewhere
    assert missing.exit_code == 0, missing.output
    assert _rows(missing.output)[0]["error"]
    monkeypatch.chdir(dataset)
    found = CliRunner().invoke(cli, [*command, "--manifest", "-"], input=line)
    assert found.exit_code == 0, found.output
    (row,) = _rows(found.output)
    assert row["path"] == "pages/a.html" and not row.get("error"), row


def test_a_manifest_extracted_in_worker_processes_comes_out_in_its_order(tmp_path: Path):
    """Big and small pages mixed (workers finish them out of order): the records follow the manifest."""
    pages = sorted((Path(__file__).parent / "fixtures" / "extract").glob("*/page.html"))
    assert len(pages) >= 12
    lines = [{"path": str(p), "url": f"http://example.gov.cn/{i}.html", "headers": {}}
             for i, p in enumerate((pages * 6)[:72])]
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--manifest", str(manifest)])
    assert result.exit_code == 0, result.output
    assert [row["url"] for row in _rows(result.output)] == [line["url"] for line in lines]
