"""The record: serialisation round trip, schema, internals kept out of JSON."""

from __future__ import annotations

from newstrace.record import (Actor, DateValue, Event, Outlet, Page, ProvenanceNode, Quote, Record,
                              Source, json_schema)


def _record() -> Record:
    return Record(
        id="r1", body="MOSCOW (Sputnik) — text", outlet=Outlet("Sputnik", "sputnik.example", "meta", 0.9),
        published=DateValue("2021-08-04T18:41:00+04:00", "meta", 0.9),
        sources=(Source("s1", "The Daily Ledger", "outlet", None, ((0, 6),), None, "rules", 0.9),),
        quotes=(Quote("direct", "text", (19, 23), None, None, None, None, "s1", 0.5),
                Quote("direct", "Sput … text", (8, 23), None, None, None, None, "s1", 0.5,
                      content_fragments=((8, 14), (19, 23))),),
        events=(Event("ASSAULT", None, Actor("Iraq", "IRQ", "MIL"), None, None, None, (0, 23), 0.6),),
        provenance=ProvenanceNode("outlet", (ProvenanceNode("s1"),)),
        page=Page(id="r1", content=b"secret"),
    )


def test_round_trip_through_json():
    record = _record()
    data = record.to_dict()
    assert "page" not in data
    assert data["sources"][0]["mentions"] == [[0, 6]]
    assert data["provenance"]["children"][0]["source_id"] == "s1"
    again = Record.from_dict(data)
    assert again == record
    assert again.sources[0].mentions == ((0, 6),)
    assert data["quotes"][0]["content_fragments"] == []
    assert data["quotes"][1]["content_fragments"] == [[8, 14], [19, 23]]
    assert again.quotes[1].content_fragments == ((8, 14), (19, 23))


def test_schema_describes_nested_types():
    schema = json_schema()
    assert schema["properties"]["sources"]["items"] == {"$ref": "#/$defs/Source"}
    assert "ProvenanceNode" in schema["$defs"]
    assert schema["$defs"]["Quote"]["properties"]["content_span"]["prefixItems"][0] == {"type": "integer"}
    fragments = schema["$defs"]["Quote"]["properties"]["content_fragments"]
    assert fragments["type"] == "array" and fragments["items"]["prefixItems"][1] == {"type": "integer"}
