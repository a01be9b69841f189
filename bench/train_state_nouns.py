"""Write ``src/newstrace/data/sources_state_nouns.tsv``: the head nouns of state bodies from the Phoenix agents dictionary
(issue 12).

The public PETRARCH2/Phoenix agents dictionary (``../shared/train/events/actors/raw/Phoenix.agents.txt.gz``, MIT)
files generic words under CAMEO sector codes. Its stand-alone one-word entries (a line ``WORD [~CODE]``, maybe with a plural in braces: no
``!MINIST!``-style wildcard, no multi-word phrase, no synonym list) filed under state sectors only (GOV, MIL, COP,
JUD, LEG, SPY; not GOVBUS, GOVMED, ...) are nouns for the state's bodies and people: "TRIBUNAL", "JUDICIARY",
"CONSULATE", "REGIME", "BATTALION", "POLITBURO". A row is written for each such word that

* the project's kind tables do not already type, nor its singular (``sources_kinds.tsv`` and
  ``sources_kinds_fitted.tsv`` win: the people nouns "judge", "envoy", "colonel", "representative" are there as
  ``anonymous``);
* is no person's word: no ending of a person's noun (``mention_words.HUMAN_ENDINGS``: -er, -or, -ist, -ian, ...),
  and no rank Phoenix also lists abbreviated (``ADM.`` -> ADMIRAL, ``ENS.`` -> ENSIGN, ``GEN.`` -> GENERALS: a title
  written before a person's name);
* is alphabetic, and is a noun in the project's spaCy model heading the subject of our own sentence "The WORD
  said on Tuesday that it would appeal." and in two object places of our own (``OBJECTS``; not an adjective: "NAVAL").

Each row is ``noun<TAB>government<TAB>phoenix <code>``: a body described by that noun ("an employment tribunal said",
"the judiciary said") is a government source. Every row is a word the training dictionary lists, so the data-table
rule (no row whose text the dev eval texts hold unless a ../shared/train dictionary lists it) holds by construction.

Usage: ``.venv/bin/python bench/train_state_nouns.py`` (skips when ../shared/train is absent).
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT.parent / "shared" / "train" / "events" / "actors" / "raw" / "Phoenix.agents.txt.gz"
OUT = ROOT / "src" / "newstrace" / "data" / "sources_state_nouns.tsv"
STATE_CODES = frozenset("GOV MIL COP JUD LEG SPY".split())
ENTRY = re.compile(r"^([A-Z][A-Z.\-/0-9]*)\s+(?:\{[^}]*\}\s*)?\[~([A-Z]+)\]\s*(?:#.*)?$")
TEMPLATE = "The {word} said on Tuesday that it would appeal."
OBJECTS = ("They visited the {word} yesterday.", "We wrote to the {word} and the ministry.")  # "naval": ADJ here


def standalone_entries() -> dict[str, str]:
    """word (lower-case) -> CAMEO code, for the one-word entries of the raw agents file with a state code."""
    out: dict[str, str] = {}
    with gzip.open(RAW, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            match = ENTRY.match(line.strip())
            if match and match.group(2) in STATE_CODES:
                out.setdefault(match.group(1).lower(), match.group(2))
    return out


def abbreviated_ranks(entries: dict[str, str]) -> set[str]:
    """Words of which the dictionary also lists an abbreviation opening them ("adm." -> "admiral")."""
    stems = {w[:-1] for w in entries if w.endswith(".") and w[:-1].isalpha()}
    return {w for w in entries if w.isalpha() and any(w.startswith(stem) and w != stem for stem in stems)}


def state_nouns() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.mention_words import HUMAN_ENDINGS
    from newstrace.analysis.nlp import get_nlp
    from newstrace.analysis.quotes.cues import fitted_kind_rows
    entries = standalone_entries()
    ranks = abbreviated_ranks(entries)
    hand = (ROOT / "src" / "newstrace" / "data" / "sources_kinds.tsv").read_text(encoding="utf-8").splitlines()
    known = {row[1] for row in fitted_kind_rows() if row[0] == "noun"} | \
        {line.split("\t")[0] for line in hand if line.strip() and not line.startswith("#")}  # (not this table's own)
    nlp = get_nlp()
    out: dict[str, str] = {}
    for word, code in sorted(entries.items()):
        singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        if not word.isalpha() or len(word) < 3 or word in known or singular in known or word in ranks or \
                word.endswith(HUMAN_ENDINGS):
            continue  # (a plural whose singular the tables type: "representatives" of "representative")
        doc = nlp(TEMPLATE.format(word=word))
        objects = [next(t for t in nlp(text.format(word=word)) if t.lower_ == word) for text in OBJECTS]
        if doc[1].dep_ != "nsubj" or any(t.pos_ not in ("NOUN", "PROPN") for t in [doc[1], *objects]):
            continue
        out[word] = code
    return out


def main() -> int:
    if not RAW.exists():
        print(f"[train] {RAW} is missing; nothing to do")
        return 0
    nouns = state_nouns()
    lines = ["# Head nouns of state bodies: the stand-alone one-word entries of the Phoenix agents dictionary filed under",
             "# a state sector (GOV MIL COP JUD LEG SPY), no person's word, not typed by sources_kinds*.tsv.",
             "# Written by bench/train_state_nouns.py from ../shared/train/events/actors (MIT). noun<TAB>kind<TAB>evidence"]
    lines += [f"{word}\tgovernment\tphoenix {code}" for word, code in sorted(nouns.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"[train] {len(nouns)} state nouns -> {OUT}: {', '.join(sorted(nouns))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
