"""Build ``src/newstrace/data/actors_common_words.txt``: one-word names of the Phoenix actor dictionaries that
are ordinary English words ("mavericks", "youth", "organization", "zero"), which code an actor only when
written in capitals (issue 13: the film title "Chasing Mavericks" coded FRA REB through the alias of the
francs-tireurs).

Sources: the English word frequencies of the ``wordfreq`` package (3.1.1; data CC BY-SA 4.0, Robyn Speer et
al.); the WordNet lemma index that spaCy's English pipeline ships (``lemmatizer`` lookups); and how the word is
written in running text: its share of lower-case spellings away from the start of a sentence in the gold text
of the CleanEval pages of ``../shared/train/extraction/`` (general web English of 2007; counts only, no text is
kept). wordfreq is not a dependency of newstrace: install it only to rebuild the table.

A name (no space, letters only, longer than three letters, not a country/organisation-table name) is kept when
its Zipf frequency is at least ``--zipf`` (3.0: once in a million words), it is not a demonym (``Argentine``),
it (or its singular) is a WordNet lemma, and it is an ordinary word in use: written in lower case in at least
``--lower`` of its mid-sentence uses (so "senate", "google", "toronto", "putin", mostly written with a capital,
stay coded); a word seen fewer than ``MIN_SEEN`` times there only when it is a WordNet verb, adjective or
adverb.

    python bench/build_actor_common_words.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from newstrace.analysis.actors import SHORT_NAME, code_table, dictionary
from newstrace.analysis.gazetteer import gazetteer
from newstrace.analysis.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newstrace" / "data" / "actors_common_words.txt"
PAGES = ROOT.parent / "shared" / "train" / "extraction" / "pages.jsonl.gz"
WORD = re.compile(r"[A-Za-z]+")
MIN_SEEN = 3  # fewer mid-sentence uses than this: WordNet verbs/adjectives/adverbs only
SENTENCE_END = re.compile(r"[.!?:\"'“”‘’(\[]\s*$")


def case_counts(words: set[str]) -> tuple[Counter, Counter]:
    """(lower-case, capitalised) mid-sentence uses of ``words`` in the CleanEval gold text."""
    lower: Counter = Counter()
    upper: Counter = Counter()
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            if not page["id"].startswith("cleaneval"):
                continue
            for text_line in page["body"].splitlines():
                for m in WORD.finditer(text_line):
                    key = m.group().lower()
                    before = text_line[:m.start()]
                    if key not in words or not before.strip() or SENTENCE_END.search(before):
                        continue
                    (lower if m.group().islower() else upper)[key] += 1
    return lower, upper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zipf", type=float, default=3.0)
    parser.add_argument("--lower", type=float, default=0.5)
    args = parser.parse_args()
    lemmatizer = get_nlp().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    nouns, others = set(index["noun"]), set(index["verb"]) | set(index["adj"]) | set(index["adv"])
    tables = code_table()
    names = {n for n in dictionary() if n.isalpha() and n.isascii() and len(n) > SHORT_NAME and n not in tables}
    frequent = {n for n in names if zipf_frequency(n, "en") >= args.zipf}
    lower, upper = case_counts(frequent)
    gaz = gazetteer()
    kept = []
    for name in sorted(frequent - {n for n in frequent if gaz.demonym(n)}):
        forms = {name, name[:-1] if name.endswith("s") else name, name[:-2] if name.endswith("es") else name}
        seen = lower[name] + upper[name]
        in_use = lower[name] / seen >= args.lower if seen >= MIN_SEEN else bool(forms & others)
        if forms & (nouns | others) and in_use:
            kept.append(name)
    header = ("# One-word Phoenix actor names that are ordinary English words: they code an actor only when written\n"
              "# in capitals (issue 13). Built by bench/build_actor_common_words.py from wordfreq 3.1.1's English\n"
              f"# frequencies (CC BY-SA 4.0, Robyn Speer et al.), Zipf >= {args.zipf}, WordNet lemmas, not demonyms,\n"
              f"# written in lower case in >= {args.lower:.0%} of their mid-sentence uses in the CleanEval training\n"
              "# pages (or, seen less, WordNet verbs/adjectives/adverbs).\n")
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(frequent)} frequent one-word names -> {OUT}")


if __name__ == "__main__":
    main()
