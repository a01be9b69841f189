"""``newstrace link --jsonl``: the real CLI on short articles written for the tests."""

import json

import pytest

from tests.conftest import jsonl
from tests.link.articles import ALL


def _lines(rows) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")


@pytest.fixture
def pages(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_lines(ALL) + b'{"id": "empty"}\n' + b"not json\n")
    return path


@pytest.mark.parametrize("mode", ["batch", "online"])
def test_link_writes_story_and_duplicate_per_input_line(cli, pages, tmp_path, mode):
    out = tmp_path / "out.jsonl"
    proc = cli("link", "--jsonl", str(pages), "-o", str(out), "--mode", mode)
    assert proc.returncode == 0, proc.stderr
    rows = jsonl(out.read_bytes())
    assert [r["id"] for r in rows[:6]] == [a["id"] for a in ALL]
    by_id = {r["id"]: r for r in rows}
    assert by_id["portal-7"]["duplicate_of"] == "ledger-1"
    assert by_id["portal-7"]["story_id"] == by_id["ledger-1"]["story_id"] == by_id["courier-3"]["story_id"]
    assert by_id["ledger-9"]["story_id"] == by_id["courier-11"]["story_id"] != by_id["ledger-1"]["story_id"]
    assert by_id["sports-2"]["story_id"] not in {by_id["ledger-1"]["story_id"], by_id["ledger-9"]["story_id"]}


def test_bad_lines_get_a_row_with_their_error_and_the_batch_goes_on(cli, pages, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = cli("link", "--jsonl", str(pages), "-o", str(out))
    assert proc.returncode == 0
    rows = jsonl(out.read_bytes())
    assert len(rows) == len(ALL) + 2
    assert rows[-2]["error"]["code"] == "NT106" and rows[-2]["story_id"] is None
    assert rows[-1]["error"]["code"] == "NT105"
    assert b"2 not linked" in proc.stderr


def test_records_input_and_graph_output(cli, tmp_path):
    records = [
        {"id": "w1", "body": "The port of Halden closed after a fuel spill, the harbour master said.",
         "published": "2026-04-01", "outlet": {"name": "Wire", "domain": "wire.example"},
         "quotes": [{"kind": "direct", "content": "The harbour stays closed until the fuel is gone", "speaker": "Kim Dahl"}]},
        {"id": "s1", "body": "Halden port shut by a fuel spill, Wire reported.", "published": "2026-04-02",
         "outlet": {"name": "State", "domain": "state.example"},
         "sources": [{"id": "S1", "name": "Wire", "kind": "outlet"}],
         "quotes": [{"kind": "direct", "content": "The harbour stays shut until all the fuel is gone", "speaker": "Dahl"}]},
    ]
    path = tmp_path / "records.jsonl"
    path.write_bytes(_lines(records))
    graph = tmp_path / "graph.json"
    proc = cli("link", "--jsonl", str(path), "--records", "--graph", str(graph))
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in jsonl(proc.stdout)] == ["w1", "s1"]
    data = json.loads(graph.read_text())
    assert data["citations"][0]["citing"] == "state.example" and data["citations"][0]["cited"] == "wire"
    assert data["quotes"][0]["first"]["article_id"] == "w1"
    assert data["quotes"][0]["appearances"][0]["marked"] == "The harbour stays [-closed-]{+shut+} until {+all+} the fuel is gone"


def test_link_without_input_is_a_usage_error(cli, tmp_path):
    proc = cli("link", env={"NEWSTRACE_DB": str(tmp_path / "none-yet.db")})
    assert proc.returncode == 2
    assert b"--jsonl" in proc.stderr and b"ingest" in proc.stderr  # says how to give it input
    assert not (tmp_path / "none-yet.db").exists()  # no empty corpus left behind
