"""Build ``src/newstrace/data/events_abstract_nouns.txt``: nouns that name ideas, states, qualities, texts or
times rather than people, places or things ("democracy", "productivity", "plan", "bill", "unemployment"). An
ASSAULT whose patient is such a noun ("democracy is being murdered", "killed productivity")
is a figure of speech, not violence (``analysis/event_shown.py``, sign ``metaphor``; issue 13).

Source: Princeton WordNet 3.0 (Debian package ``wordnet-base``, WordNet 3.0 licence): a noun is kept when the
senses filed under the abstract lexicographer files (noun.attribute, cognition, communication, feeling, motive,
process, relation, state, time) hold at least ``MIN_SHARE`` of its sense-tagged uses (``cntlist.rev``, SemCor),
over at least ``MIN_TAGGED`` uses. Acts and events (noun.act, noun.event: "war", "battle", "raid") are not
abstract here: one attacks a meeting or fights a war. Only words are written.

    .venv/bin/python bench/build_event_abstract_nouns.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newstrace" / "data" / "events_abstract_nouns.txt"
WORDNET = Path("/usr/share/wordnet")
ABSTRACT_FILES = frozenset({"07", "09", "10", "12", "16", "22", "24", "26", "28"})
MIN_SHARE = 0.7
MIN_TAGGED = 5


def abstract_shares(folder: Path = WORDNET) -> dict[str, float]:
    """noun lemma (tagged at least MIN_TAGGED times) -> share of its tagged senses in ABSTRACT_FILES."""
    per_lemma: dict[str, Counter] = {}
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, _, count = line.split()
        if "%1:" in key:
            lemma, lexfile = key.split("%1:")[0], key.split("%1:")[1][:2]
            per_lemma.setdefault(lemma, Counter())[lexfile] += int(count)
    return {lemma: sum(n for f, n in counts.items() if f in ABSTRACT_FILES) / sum(counts.values())
            for lemma, counts in per_lemma.items() if sum(counts.values()) >= MIN_TAGGED and lemma.isalpha()}


def main() -> int:
    if not WORDNET.exists():
        print(f"{WORDNET} is missing (apt-get install wordnet-base)")
        return 1
    words = sorted(w for w, share in abstract_shares().items() if share >= MIN_SHARE)
    header = ["# Nouns of ideas, states, qualities, texts and times (WordNet abstract lexicographer files hold at least",
              f"# {MIN_SHARE} of the tagged senses, over at least {MIN_TAGGED} uses): an ASSAULT on one is a figure "
              "of speech. By bench/build_event_abstract_nouns.py"]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
