"""A readable kind test set of NAMED BODIES from the Phoenix actor dictionaries (issue 12), for
``bench/train_source_kinds.py --figure``.

* government: the Phoenix state bodies fitted into ``data/sources_kinds_fitted.tsv`` whose Phoenix primary name
  falls in the held-out half (SHA-1 of the primary, lowest bit): those rows are taken out of the table while
  the figure runs, so the figure measures the general rules (head nouns, body heads, acronyms), not a look-up;
* organization: Phoenix international actors (``Phoenix.International.actors.txt``: companies MNC, NGOs, IGOs
  -- the annotation guide's "company, party, club, NGO, UN/WHO"), primary names only, no person (a first name
  of ``data/names_gender.tsv`` or an initial), no media sector (a media company may be an outlet).

Names are upper-case in Phoenix; they are written as a reader would (``Department of Homeland Security``,
``FBI``). Two figures: the name alone (``bodies.body_kind``, as the cast decides a body the model tagged) and
the whole stage on a sentence of our own ("X said on Tuesday that it would appeal the ruling.": spaCy's tag,
the cast and ``SourceBook.resolve``).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT.parent / "shared" / "train" / "events" / "actors" / "actors.tsv.gz"
NAMES = ROOT / "src" / "newstrace" / "data" / "names_gender.tsv"
LOWER = frozenset("of and for the on in to de du la at by from with".split())
TEMPLATE = "{name} said on Tuesday that it would appeal the ruling."
PER_KIND = 400  # sentences per kind through the stage (the name figure takes every name)


def held_out(primary: str) -> bool:
    return hashlib.sha1(primary.encode("utf-8")).digest()[-1] & 1 == 1


def readable(pattern: str) -> str:
    """``DEPARTMENT OF HOMELAND SECURITY`` -> ``Department of Homeland Security``; ``FBI``, ``US`` stay."""
    words = pattern.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in LOWER:
            out.append(low)
        elif len(word) <= 2 or not re.search(r"[AEIOUY]", word) or "." in word or len(words) == 1 and len(word) <= 4:
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def _rows() -> list[list[str]]:
    with gzip.open(ACTORS, "rt", encoding="utf-8") as fh:
        next(fh)
        return [line.rstrip("\n").rstrip("\r").split("\t") for line in fh]


def test_set() -> tuple[dict[str, list[str]], set[str]]:
    """({kind: [names]}, the fitted government rows to leave out while measuring)."""
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.quotes.cues import fitted_kind_rows
    rows = _rows()
    first_names = {line.split("\t")[0].lower() for line in NAMES.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")}
    primary_of = {" ".join(r[0].split()).lower(): r[6].strip() for r in rows
                  if len(r) >= 8 and r[7].startswith("Phoenix.Countries")}
    fitted = [row[1] for row in fitted_kind_rows() if row[0] == "body" and row[2] == "government"]
    by_suffix = {}
    for pattern, primary in primary_of.items():
        by_suffix.setdefault(pattern.split(" ", 1)[-1], primary)
    leave_out: set[str] = set()
    government: list[str] = []
    for name in fitted:
        primary = primary_of.get(name) or by_suffix.get(name) or name
        if held_out(primary):
            leave_out.add(name)
            if len(name) >= 4 or name.isalpha():
                government.append(readable(name.upper()))
    organization = []
    for r in rows:
        if len(r) < 8 or not r[7].startswith("Phoenix.International") or r[0] != r[6] or r[4] or r[5]:
            continue
        words = r[0].lower().split()
        if r[2] not in ("MNC", "NGO", "IGO") or "MED" in r[3].split() or not words or words[0] in first_names \
                or any(re.fullmatch(r"\w\.?", w) for w in words) or not held_out(r[0]):
            continue
        organization.append(readable(r[0]))
    return {"government": sorted(set(government)), "organization": sorted(set(organization))}, leave_out


def _without(leave_out: set[str]):
    """Take the held-out rows out of the fitted table (the caches every module shares)."""
    from newstrace.analysis import bodies
    from newstrace.analysis.quotes import cues
    rows = tuple(row for row in cues.fitted_kind_rows() if not (row[0] == "body" and row[1] in leave_out))
    cues.fitted_kind_rows.cache_clear()
    bodies.government_bodies.cache_clear()
    original = cues.fitted_kind_rows
    cues.fitted_kind_rows = lambda: rows  # type: ignore[assignment]
    bodies.fitted_kind_rows = cues.fitted_kind_rows  # type: ignore[assignment]
    bodies.government_bodies()  # cached without the held-out names, for every importer
    cues.fitted_kind_rows = original
    bodies.fitted_kind_rows = original


def body_figure(show: int = 0) -> dict:
    """Per kind: right/total by the name alone and through the stage, with the confusions and examples."""
    sets, leave_out = test_set()
    _without(leave_out)
    from newstrace.analysis.bodies import body_kind
    from newstrace.analysis.coref import SourceBook
    from newstrace.analysis.entities import entities_stage
    from newstrace.analysis.nlp import parse
    from newstrace.record import Record
    out: dict = {"name": defaultdict(Counter), "stage": defaultdict(Counter), "examples": defaultdict(list)}
    for gold, names in sets.items():
        for name in names:
            got = body_kind(name)
            out["name"][gold][got] += 1
        step = max(1, len(names) // PER_KIND)
        for name in names[::step]:
            text = TEMPLATE.format(name=name[:1].upper() + name[1:])
            doc = parse(text)
            verb = next((t for t in doc if t.lower_ == "said"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if subject is None:
                out["stage"][gold]["unparsed"] += 1
                continue
            book = SourceBook(doc, entities_stage(Record(id="k", body=text, doc=doc)).entities, None)
            draft = book.resolve(subject, (subject.left_edge.idx, subject.idx + len(subject.text)), None, True)
            got = draft.kind if draft is not None else "none"
            out["stage"][gold][got] += 1
            if got != gold and len(out["examples"][gold, got]) < show:
                out["examples"][gold, got].append(f"{name!r} -> {draft.name if draft else None}")
    return out


def print_body_figure(show: int = 0) -> None:
    if not ACTORS.exists():
        print("[figure] ../shared/train/events/actors is missing: no body figure")
        return
    result = body_figure(show)
    for part in ("name", "stage"):
        table = result[part]
        right = sum(table[k][k] for k in table)
        total = sum(sum(c.values()) for c in table.values())
        print(f"[figure] Phoenix named bodies, held-out half, by the {part}: kind right {right}/{total} = "
              f"{right / max(total, 1):.3f}")
        for gold, row in sorted(table.items()):
            print(f"[figure]   {gold}: {row[gold]}/{sum(row.values())}  "
                  + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    for (gold, got), lines in sorted(result["examples"].items()):
        for text in lines:
            print(f"[figure]     {gold} as {got}: {text}")


if __name__ == "__main__":
    print_body_figure(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
