"""Build ``src/newstrace/data/geo_common_words_en.txt``: frequent English words that are also the name of
some place (issue 14: the gazetteer never resolves a common word of the page's language).

Source: the English word frequencies of the ``wordfreq`` package (3.1.1; data CC BY-SA 4.0, Robyn Speer et
al.), read from its ``small_en.msgpack.gz``; part-of-speech from the WordNet lemma index that spaCy's
English pipeline ships (``lemmatizer`` lookups). wordfreq is not a dependency of newstrace: install it
(or unpack its wheel) only to rebuild the table.

A word is kept when its Zipf frequency is at least ``--zipf`` (3.5: about the 6,000 most frequent words),
it is a verb, adjective or adverb in WordNet (so person names and proper nouns that are only nouns stay
out), it is not a place-word (``Canadian``), and every place of that name is small: no country, continent,
union, region, sea or first-level subdivision, no town of ``--max-population`` people or more.

    python bench/build_geo_common_words.py PATH/TO/wordfreq/data/small_en.msgpack.gz
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

import msgpack

from newstrace.analysis.gazetteer import gazetteer
from newstrace.analysis.nlp import get_nlp

OUT = Path(__file__).resolve().parents[1] / "src" / "newstrace" / "data" / "geo_common_words_en.txt"
BIG = {"country", "continent", "union", "admin1", "region", "water"}


def zipf_words(path: Path) -> dict[str, float]:
    """wordfreq's cBpack: bin i (from 1) holds the words of -i centibels, Zipf = 9 - i / 100."""
    with gzip.open(path) as fh:
        bins = msgpack.load(fh, raw=False)
    return {word: 9 - i / 100 for i, words in enumerate(bins[1:], start=1) for word in words}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("freqs", type=Path, help="wordfreq's small_en.msgpack.gz")
    parser.add_argument("--zipf", type=float, default=3.5)
    parser.add_argument("--max-population", type=int, default=100_000)
    args = parser.parse_args()
    index = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    not_names = set(index["verb"]) | set(index["adj"]) | set(index["adv"])
    gaz = gazetteer()
    kept = []
    for word, zipf in zipf_words(args.freqs).items():
        if zipf < args.zipf or len(word) < 3 or not (word.isalpha() and word.isascii()) or word not in not_names:
            continue
        places = gaz.lookup(word)
        if not places or gaz.demonym(word):
            continue
        if any(p.feature in BIG or p.population >= args.max_population for p in places):
            continue
        kept.append(word)
    header = ("# Frequent English words that are also the name of some small place: never resolved as a place\n"
              "# when the model did not tag them or they open a sentence (issue 14). Built by\n"
              "# bench/build_geo_common_words.py from wordfreq 3.1.1's English frequencies (CC BY-SA 4.0,\n"
              f"# Robyn Speer et al.), Zipf >= {args.zipf}, WordNet verbs/adjectives/adverbs, places under "
              f"{args.max_population:,} people.\n")
    OUT.write_text(header + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
