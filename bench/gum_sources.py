"""One real entity, one source, of the right kind: the sources stage on GUM's coreference chains (issue 12).

GUM (``../shared/train/coref/gum_news_interview_bio.jsonl.gz``, training data, never in the repo) annotates every
mention of every entity, chained and typed (person, organization, place, ...). The ``entities,sources,quotes``
stages run on each document (``format="body"``); every predicted source (not the page's own outlet) is mapped to
the GUM chain most of its mentions fall in (a mention matches a chain mention sharing its head character span:
either contains the other). Figures:

* **split**: chains of a person, organization or place that two or more predicted sources map to (the
  attribution set's ``split_rate``: one real source predicted as several), over the chains some source maps to;
* **kind**: the mapped sources whose kind fits the chain's GUM type (the readable kind figure of
  ``train_source_kinds.py --figure`` uses speakers only; this one every source): person chain with a proper-noun
  mention -> person, other person chain -> anonymous, organization -> organization/government/outlet, place ->
  government. Where GUM's types follow another convention than the attribution guide
  (../shared/eval/attribution/README.md), the guide wins (2026-12-07): a people's word before a noun names no one
  ("an Italian doctor", "U.S. officials": unnamed, anonymous by the guide; GUM's capitals made them named people
  or bodies); a person chain whose named mentions are all plurals is a group ("the Nazarenes": anonymous or a
  body); an organization chain never named ("institutional recipients") may be anonymous (unnamed groups).
  Figures then: kind 181/194 -> 185/194, split unchanged (6/188).

``--show N`` prints N examples per error class, ``--errors N`` the same with the words around each first mention
(training text: read here, never copied into the repository).
Usage: ``nice .venv/bin/python bench/gum_sources.py [--show N | --errors N] [--genre news]``.

Tried and not kept (2026-12-05): "they" to the latest plural noun for people heading a subject in its sentence or
the one before, when no body was mentioned after it (GUM: of 13 "they" speakers 10 are groups of people, 8 of them
resolved to a body). GUM kind 178 -> 180/210, GUM speakers .866 -> .874, attribution tune unchanged, but check
source F1 .887 -> .878, kind .806 -> .784, split .091 -> .121: on the check half "they" after such a subject is a body.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "train" / "coref" / "gum_news_interview_bio.jsonl.gz"
TYPES = ("person", "organization", "place")
KINDS = {"named person": ("person",), "unnamed person": ("anonymous",),
         "group": ("anonymous", "organization"), "organization": ("organization", "government", "outlet"),
         "unnamed organization": ("anonymous", "organization", "government", "outlet"), "place": ("government",)}


def chains(item: dict, doc=None) -> list[tuple[list[tuple[int, int]], str]]:
    """(mention spans, class) of the person, organization and place chains and singletons of one document (``doc``,
    its parse, tells a group of people: every named mention a plural)."""
    text = item["text"]
    out = [([tuple(s) for s in cluster], kind) for cluster, kind in zip(item["clusters"], item["cluster_types"])]
    out += [([tuple(s["span"])], s["type"]) for s in item["singletons"]]
    kept = []
    for spans, kind in out:
        if kind not in TYPES:
            continue
        named = any(_capitalised(text, a, b) for a, b in spans)
        if kind == "person":
            kind = "named person" if named else "unnamed person"
            if named and all(_plural(doc, a, b) for a, b in spans if _capitalised(text, a, b)):
                kind = "group"  # "Senate Democrats", "the Nazarenes": people as a group (the guide: anonymous or a body)
        elif kind == "organization" and not named:
            kind = "unnamed organization"  # "institutional recipients": unnamed groups are anonymous by the guide
        kept.append((spans, kind))
    return kept


def _plural(doc, start: int, end: int) -> bool:
    """A mention whose last word the parse tags a plural ("Senate Democrats", "the Nazarenes"; not "Brahms")."""
    words = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return bool(words) and words[-1].tag_ in ("NNPS", "NNS")


PRONOUNS = frozenset("i me my we us our you your he him his she her they them their it its the a an this that "
                     "these those".split())


def _capitalised(text: str, start: int, end: int) -> bool:
    """A mention with a capitalised word that no sentence start explains ("professor Marc Lamont Hill", "Hill
    said"; not "People said" opening a sentence) and that is no people's word before a noun ("an Italian doctor",
    "US officials": unnamed people by the guide)."""
    words = list(re.finditer(r"[^\s]+", text[start:end]))
    for n, word in enumerate(words):
        at = start + word.start()
        opening = at == start and text[:at].rstrip()[-1:] in ("", ".", "!", "?", '"', "\u201c", ":")
        if word.group()[:1].isupper() and word.group().lower() not in PRONOUNS and not opening and \
                not (n + 1 < len(words) and _peoples_word(word.group())):
            return True
    return False


def _peoples_word(word: str) -> bool:
    """A country's or people's adjective ("Italian", "Australian", "US"), from the gazetteer's place-words."""
    from newstrace.analysis.actors import demonyms
    from newstrace.analysis.gazetteer import gazetteer

    bare = word.strip(".,;:'\"()")
    return bare.lower() in demonyms() or bool(gazetteer().countries_named(bare))


def chain_of(mention: tuple[int, int], spans: dict[tuple[int, int], int], text: str = "",
             name: str = "") -> int | None:
    """The chain whose mention best matches ``mention`` (same span; else the shortest containing it; else, of the
    chain mentions it contains, one holding the last word of the source's ``name`` -- "Fuad Basya" of "Major general
    Fuad Basya, spokesman for the Indonesian military", not "the Indonesian military"; "Gabriel Demante" of "Galois'
    cousin, Gabriel Demante", not "Galois'" -- else the longest it contains)."""
    if mention in spans:
        return spans[mention]
    edge = [(b - a, c) for (a, b), c in spans.items() if (a == mention[0] or b == mention[1])
            and a <= mention[0] and mention[1] <= b]  # "Hill" of "Marc Lamont Hill", "Acme" of "Acme's report"
    if edge:
        return min(edge)[1]
    inner = [(a, b, c) for (a, b), c in spans.items() if mention[0] <= a and b <= mention[1] and (a, b) != mention]
    last = name.split()[-1].lower() if name.split() else ""
    named = [(b - a, c) for a, b, c in inner if last and last in text[a:b].lower().split()]
    if named:
        return max(named)[1]
    inner_edge = [(b - a, c) for a, b, c in inner if a == mention[0] or b == mention[1]]
    return max(inner_edge)[1] if inner_edge else None


def _context(text: str, span) -> str:
    """The words around a mention, the mention in [[ ]] (training text, printed only)."""
    start, end = span
    return repr(text[max(0, start - 80):start] + "[[" + text[start:end] + "]]" + text[end:end + 60])


def measure(genres: tuple[str, ...], show: int, context: bool = False) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    import newstrace
    from newstrace.analysis.nlp import parse

    split = kinds = 0
    mapped_chains = right = total = 0
    confusion: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    with gzip.open(GUM, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["meta"]["genre"] not in genres:
                continue
            record = newstrace.analyze(item["text"], format="body", stages=["entities", "sources", "quotes"],
                                       id=item["id"])
            found = chains(item, parse(item["text"]))
            spans = {tuple(s): i for i, (chain, _) in enumerate(found) for s in chain}
            by_chain: dict[int, list] = defaultdict(list)
            for source in record.sources:
                if source.method.startswith("page:"):
                    continue
                votes = Counter(chain_of(tuple(m), spans, item["text"], source.name) for m in source.mentions)
                votes.pop(None, None)
                if not votes:
                    continue
                chain = votes.most_common(1)[0][0]
                by_chain[chain].append(source)
                gold = found[chain][1]
                ok = source.kind in KINDS[gold]
                confusion[gold, source.kind] += 1
                right, total = right + ok, total + 1
                if not ok and len(examples[f"{gold} as {source.kind}"]) < show:
                    examples[f"{gold} as {source.kind}"].append(f"{item['id']}: {source.name!r}" + (
                        f" in {_context(item['text'], source.mentions[0])}" if context and source.mentions else ""))
            for chain, sources in by_chain.items():
                mapped_chains += 1
                if len(sources) > 1:
                    split += 1
                    if len(examples["split"]) < show:
                        examples["split"].append(f"{item['id']} ({found[chain][1]}): " + " | ".join(
                            f"{s.name} ({s.kind}; {[item['text'][a:b] for a, b in s.mentions][:3]})"
                        + (f" in {_context(item['text'], s.mentions[0])}" if context and s.mentions else "")
                        for s in sources))
            kinds += 1
    return {"documents": kinds, "chains": mapped_chains, "split": split, "split_rate": split / max(mapped_chains, 1),
            "kind_right": right, "kind_total": total, "kind_acc": right / max(total, 1), "confusion": confusion,
            "examples": examples}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--errors", type=int, default=0, help="as --show, each with the words around its first mention")
    parser.add_argument("--genre", action="append", help="news, interview, bio (default: all three)")
    args = parser.parse_args(argv)
    if not GUM.exists():
        print("[bench] ../shared/train/coref is missing; nothing to do")
        return 0
    result = measure(tuple(args.genre or ("news", "interview", "bio")), max(args.show, args.errors), bool(args.errors))
    print(f"[gum] {result['documents']} documents: split {result['split']}/{result['chains']} chains = "
          f"{result['split_rate']:.3f}; kind right {result['kind_right']}/{result['kind_total']} = "
          f"{result['kind_acc']:.3f}")
    for gold in KINDS:
        row = {got: n for (g, got), n in result["confusion"].items() if g == gold}
        print(f"[gum]   {gold}: " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    for label, lines in result["examples"].items():
        for text in lines:
            print(f"[gum]     {label}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
