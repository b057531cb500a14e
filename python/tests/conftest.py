"""Fixtures shared by the tests: the repository, and the native CLI to compare with."""
import json
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo() -> pathlib.Path:
    return REPO


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    """The CLI built from this checkout (`cargo build --release` when it is not there yet)."""
    path = REPO / "target" / "release" / "wenxi"
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "wenxi"], cwd=REPO, check=True)
    return path


@pytest.fixture(scope="session")
def run_cli(cli):
    """`run_cli(texts, reference_dates=None)`: the CLI's analyses (`--jsonl`, UTF-16 offsets)."""

    def run(texts, reference_dates=None):
        dates = reference_dates or [None] * len(texts)
        lines = []
        for i, (text, date) in enumerate(zip(texts, dates)):
            record = {"id": i, "text": text}
            if date is not None:
                record["reference_date"] = date
            lines.append(json.dumps(record, ensure_ascii=False))
        out = subprocess.run([str(cli), "analyze", "--jsonl"], input="\n".join(lines) + "\n",
                             capture_output=True, text=True, encoding="utf-8")
        return [json.loads(line) for line in out.stdout.splitlines()]

    return run


def utf16_to_codepoints(text: str, unit: int) -> int:
    """The code point offset of UTF-16 offset `unit` of `text`, checked by hand, not by wenxi."""
    count = 0
    for i, c in enumerate(text):
        if count == unit:
            return i
        count += 2 if ord(c) > 0xFFFF else 1
    assert count == unit, f"{unit} is inside a character or past the end"
    return len(text)
