"""Build ``src/newstrace/data/actors_qualifier_agents.txt``: one-word Phoenix agents that are not nouns for
people or groups of people ("information", "technology", "home", "service", "carrier", "magazine"). Phoenix
lists them as agents because they follow a country or organisation ("Chinese information ministry", "U.S.
carrier", "Russian state media"); alone ("carriers are signing deals") they name no actor of that sector, so
:func:`newstrace.analysis.actors.sector_of` gives their sector only inside a phrase with a country/organisation
code or a named actor (issue 13).

Source: Princeton WordNet 3.0 (Debian package ``wordnet-base``, WordNet 3.0 licence): a word is kept here when
the senses filed under noun.person or noun.group hold less than ``MIN_SHARE`` of its tagged sense frequencies
(``cntlist.rev``, SemCor), over at least ``MIN_TAGGED`` tagged uses. Words with fewer (ships, "insurgency",
"regulator": too little evidence to judge), words WordNet does not list (abbreviations) and words of the hand-written ``actors_sectors.tsv`` are left alone.
GUM (``../shared/train/coref``, news/interview/bio, typed mentions; votes as in ``bench/train_source_kinds.py``)
has the last word: a word heading at least ``MIN_VOTES`` typed mentions there, at least half of them person
or organization ("religion", "magazine"), keeps its sector. Only words, no text, are written.

    .venv/bin/python bench/build_actor_qualifier_words.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newstrace" / "data"
OUT = DATA / "actors_qualifier_agents.txt"
WORDNET = Path("/usr/share/wordnet")
PEOPLE_FILES = frozenset({"14", "18"})  # lexicographer files noun.group, noun.person
MIN_SHARE = 0.5
MIN_VOTES = 2
MIN_TAGGED = 5  # sense-tagged uses needed to judge a word; rarer words keep their sector


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")][1:]


def people_shares(folder: Path = WORDNET) -> dict[str, float]:
    """noun lemma (tagged at least MIN_TAGGED times) -> share of its tagged senses filed under noun.person or noun.group."""
    tagged: Counter = Counter()
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, _, count = line.split()
        if "%1:" in key:
            lemma, lexfile = key.split("%1:")[0], key.split("%1:")[1][:2]
            tagged[(lemma, lexfile, key)] += int(count)
    per_lemma: dict[str, Counter] = {}
    for (lemma, lexfile, _), count in tagged.items():
        per_lemma.setdefault(lemma, Counter())[lexfile] += count
    shares = {}
    for line in (folder / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma = fields[0]
        counts = per_lemma.get(lemma, Counter())
        if sum(counts.values()) < MIN_TAGGED:
            continue
        shares[lemma] = sum(n for f, n in counts.items() if f in PEOPLE_FILES) / sum(counts.values())
    return shares


def gum_people_words() -> set[str]:
    """Head lemmas GUM types person or organization in at least half of (at least MIN_VOTES) mentions."""
    sys.path.insert(0, str(ROOT / "bench"))
    from newstrace.analysis.nlp import get_nlp
    from train_source_kinds import GUM, gum_votes
    if not GUM.exists():
        return set()
    votes = gum_votes(get_nlp())
    return {w for w, c in votes.items() if sum(c.values()) >= MIN_VOTES
            and c["person"] + c["organization"] >= sum(c.values()) / 2}


def main() -> int:
    if not WORDNET.exists():
        print(f"{WORDNET} is missing (apt-get install wordnet-base)")
        return 1
    shares = people_shares()
    hand = {row[0] for row in _rows("actors_sectors.tsv")} | gum_people_words()
    words = sorted(w for w, _ in _rows("actors_agents.tsv")
                   if w.isalpha() and w not in hand and w in shares and shares[w] < MIN_SHARE)
    header = ["# One-word Phoenix agents that are not nouns for people or groups (WordNet noun.person + noun.group",
              f"# under {MIN_SHARE} of the tagged senses): a sector only beside a code or a name. "
              "By bench/build_actor_qualifier_words.py"]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
