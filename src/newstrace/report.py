"""A readable view of records with rich, for people who want to look rather than read JSON.

The report is a list of section renderers; each stage's fields get their own section and a
section shows only when its field has something in it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import settings
from .analysis.event_default import in_default_set

Section = Callable[[dict], "Table | Text | Group | None"]


def _metadata(record: dict) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    outlet = record.get("outlet") or {}
    dateline = record.get("dateline") or {}
    rows = [
        ("outlet", f"{outlet.get('name')} ({outlet.get('method')})" if outlet else None),
        ("dateline", dateline.get("text")),
        ("published", _date(record.get("published"))),
        ("modified", _date(record.get("modified"))),
        ("authors", ", ".join(a["name"] for a in record.get("authors") or ()) or None),
        ("section", record.get("section")),
        ("tags", ", ".join(record.get("tags") or ()) or None),
        ("language", record.get("language")),
        ("related", "; ".join(r["title"] for r in record.get("related") or ()) or None),
        ("links", str(len(record["links"])) + " in the body" if record.get("links") else None),
    ]
    for name, value in rows:
        if value:
            table.add_row(name, Text(str(value)))
    return table


def _date(value: dict | None) -> str | None:
    if not value:
        return None
    text = f"{value['value']} ({value['method']}, {value['confidence']:.2f})"
    if value.get("conflicts"):
        text += " — conflicts: " + "; ".join(value["conflicts"])
    return text


def _body(record: dict) -> Text | None:
    body = record.get("body") or ""
    if not body:
        return None
    preview = textwrap.shorten(body.replace("\n", " "), width=400, placeholder=" …")
    return Text(preview, style="dim")


def _sources(record: dict) -> Table | None:
    sources = record.get("sources") or ()
    if not sources:
        return None
    names = {s["id"]: s["name"] for s in sources}
    table = Table(title="sources", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("id", "name", "kind", "description", "known through", "mentions", "confidence"):
        table.add_column(column)
    for s in sources:  # one row per real-world person or body (issue 12: its mentions are merged)
        table.add_row(s["id"], Text(s["name"]), s["kind"], Text(s.get("description") or ""),
                      Text(names.get(s.get("cited_by"), "") if s.get("cited_by") else ""), str(len(s["mentions"])),
                      f"{s.get('confidence') or 0:.2f}")
    return table


def _quotes(record: dict) -> Table | None:
    quotes = record.get("quotes") or ()
    if not quotes:
        return None
    names = {s["id"]: s["name"] for s in record.get("sources") or ()}
    table = Table(title="quotes", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("kind", "speaker (source)", "cue", "content", "confidence"):
        table.add_column(column)
    for q in quotes:
        who = f"{q.get('speaker') or '—'}" + (f" ({names[q['source_id']]})" if q.get("source_id") in names else "")
        if q.get("speaker") and q.get("speaker_resolved") is False:
            who += " (unresolved)"
        content = textwrap.shorten(q["content"].replace("\n", " "), width=160, placeholder=" …")
        confidence = q.get("confidence")
        sure = f"{confidence:.2f}" if isinstance(confidence, (int, float)) else "unknown"
        table.add_row(q["kind"], Text(who), Text(q.get("cue") or ""), Text(content), sure)
    return table


def _provenance(record: dict) -> Text | None:
    tree = record.get("provenance")
    if not tree or not tree.get("children"):
        return None
    sources = {s["id"]: s for s in record.get("sources") or ()}
    text = Text("provenance\n", style="bold")

    def add(node: dict, depth: int) -> None:
        source = sources.get(node["source_id"])
        label = f"{source['name']} [{source['kind']}]" if source else "(outlet unknown)"
        text.append("    " * depth + ("└─ " if depth else "") + label + "\n")
        for child in node.get("children") or ():
            add(child, depth + 1)

    add(tree, 0)
    return text


def _places(record: dict) -> Table | None:
    """One row per distinct place, with how often the body names it."""
    places = record.get("places") or ()
    if not places:
        return None
    rows: dict[tuple, list] = {}
    for p in places:
        key = (p.get("gazetteer_id") or p["name"], p.get("country"))
        rows.setdefault(key, [p, []])[1].append(p["name"])
    table = Table(title="places", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("place", "as written", "country", "feature", "lat, lon", "confidence"):
        table.add_column(column)
    for first, names in rows.values():
        point = f"{first['lat']:.2f}, {first['lon']:.2f}" if first.get("lat") is not None else "—"
        written = ", ".join(dict.fromkeys(names)) + (f" (×{len(names)})" if len(names) > 1 else "")
        table.add_row(Text(first["name"]), Text(written), first.get("country") or "—", first.get("feature") or "—",
                      point, f"{first['confidence']:.2f}")
    return table


def _dates(record: dict) -> Table | None:
    dates = record.get("dates") or ()
    if not dates:
        return None
    table = Table(title="dates in the body", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("text", "value", "grain"):
        table.add_column(column)
    for d in dates:
        value = d.get("value") or "—"
        if d.get("end_value"):
            value += f" / {d['end_value']}"
        table.add_row(Text(d["text"]), value, d["grain"])
    return table


def _actor(actor: dict | None) -> str:
    if not actor:
        return "—"
    tags = "/".join(x for x in (actor.get("code"), actor.get("sector")) if x)
    return f"{actor['text']} [{tags}]" if tags else actor["text"]


def _events(record: dict) -> Group | None:
    """Who did what to whom, where and when: one row per event of the default set, as the web UI and the API
    show them (issue 13: confidence at least ``NEWSTRACE_EVENTS_MIN_CONFIDENCE``, no ``hidden`` reason); the
    others are counted below the table (the JSONL record keeps every event)."""
    events = record.get("events") or ()
    if not events:
        return None
    threshold = settings.current().events_min_confidence
    shown = [e for e in events if in_default_set(e, threshold)]
    parts: list[Table | Text] = []
    if shown:
        table = Table(title="events", title_justify="left", show_edge=False, pad_edge=False)
        for column in ("type", "mode", "who", "whom", "where", "when", "ACLED", "trigger", "conf."):
            table.add_column(column)
        for e in shown:
            table.add_row(e["type"], e.get("mode") or "—", Text(_actor(e.get("source_actor"))),
                          Text(_actor(e.get("target_actor"))), Text(e.get("place") or "—"), e.get("date") or "—",
                          e.get("acled_type") or "—", Text(e.get("trigger") or "—"), f"{e['confidence']:.2f}")
        parts.append(table)
    if folded := len(events) - len(shown):
        parts.append(Text(f"{'events: ' if not shown else ''}{folded} more folded away (confidence under "
                          f"{threshold:g} or a hidden reason: a question, a future, a quoted claim ...); the "
                          "JSONL record keeps every event with its confidence", style="dim"))
    return Group(*parts)


def _incidents(record: dict) -> Table | None:
    """Disasters and accidents the page reports: no political event, but worth finding."""
    incidents = record.get("incidents") or ()
    if not incidents:
        return None
    table = Table(title="incidents", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("ACLED", "where", "when", "trigger"):
        table.add_column(column)
    for i in incidents:
        table.add_row(i["acled_type"], Text(i.get("place") or "—"), i.get("date") or "—", Text(i["trigger"]))
    return table


SECTIONS: list[Section] = [_metadata, _body, _sources, _quotes, _provenance, _places, _dates, _events, _incidents]


def render(record: dict) -> Panel:
    if record.get("error"):
        err = record["error"]
        return Panel(Text(f"{err['code']}: {err['message']}", style="red"), title=str(record.get("id")),
                     border_style="red")
    parts = [part for section in SECTIONS if (part := section(record)) is not None]
    title = record.get("title") or record.get("id")
    return Panel(Group(*parts), title=Text(str(title), style="bold"), subtitle=str(record.get("id")),
                 border_style="green")


PIPED_WIDTH = 200  # columns when stdout is a file or a pipe (rich's default there is 80)


def report_console() -> Console:
    """A console for the report: the terminal's width, or ``PIPED_WIDTH`` when piped, so that dates and
    names are not cut to "2021…" in a file."""
    import sys

    return Console() if sys.stdout.isatty() else Console(width=PIPED_WIDTH)


def print_report(records: Iterable[dict], console: Console | None = None) -> dict[str, int]:
    console = console or report_console()
    counts = {"documents": 0, "errors": 0}
    for record in records:
        console.print(render(record))
        counts["documents"] += 1
        counts["errors"] += 1 if record.get("error") else 0
    return counts
