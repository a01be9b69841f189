"""Choose the pronoun resolver's ranking weights on GAP's test split (../shared/train/coref), issue 12.

For each GAP item with a referent, the ``sources`` stage's resolver (``coref.SourceBook`` over the
article's ``Cast``) picks the antecedent of the gendered pronoun among the people named before it; the
pick is right when it is the labelled referent. The first-name table it uses was fitted on GAP's other
splits (``bench/train_name_gender.py``), so this split checks it too. Prints the accuracy for a few
settings of ``NON_SUBJECT_PENALTY`` and ``AGREE_BONUS`` (``SPEAKER_BONUS`` needs quotes: GAP has none)
beside the plain "nearest person before" rule. Usage: ``.venv/bin/python bench/train_resolver.py [N]``
(N items, default 400; skips when the data is absent). ``--gum``: the same grid on GUM's person chains
(every he/she subject with a named mention of its chain before it), where genders mix as in news.
"""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAP = ROOT.parent / "shared" / "train" / "coref" / "gap.jsonl.gz"
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
SETTINGS = {"NON_SUBJECT_PENALTY": (0, 300, 600), "AGREE_BONUS": (0, 150, 400)}


def items(limit: int) -> list[dict]:
    out = []
    with gzip.open(GAP, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["meta"]["split"] == "test" and any(c["is_referent"] for c in item["candidates"]):
                out.append(item)
            if len(out) >= limit:
                break
    return out


def parsed(batch: list[dict]) -> list[tuple]:
    from newstrace.analysis.entities import entities_stage
    from newstrace.analysis.nlp import parse
    from newstrace.record import Record

    out = []
    for item in batch:
        doc = parse(item["text"])
        record = entities_stage(Record(id=item["id"], body=item["text"], doc=doc))
        out.append((item, doc, record.entities))
    return out


def accuracy(cases: list[tuple], nearest: bool = False) -> float:
    from newstrace.analysis.coref import SourceBook

    right = 0
    for item, doc, entities in cases:
        book = SourceBook(doc, entities, None)
        start = item["pronoun"]["span"][0]
        token = next((t for t in doc if t.idx == start), None)
        referent = next(c for c in item["candidates"] if c["is_referent"])
        if token is None:
            continue
        gender = None if nearest else GENDER.get(token.lower_)
        chosen = book._antecedent(token, None, lambda n: n.kind == "person", lambda d: False, gender)
        named = book.cast.named(referent["name"])
        right += chosen is not None and named is not None and chosen.entity == named.name
    return right / len(cases) if cases else 0.0


GUM = ROOT.parent / "shared" / "train" / "coref" / "gum_news_interview_bio.jsonl.gz"


def gum_cases() -> list[tuple]:
    """GUM (news, interview, bio): every he/she subject pronoun of a person chain with a named mention before it,
    as (doc, entities, pronoun token index, the chain's mention spans)."""
    from newstrace.analysis.entities import entities_stage
    from newstrace.analysis.nlp import parse
    from newstrace.record import Record

    cases = []
    with gzip.open(GUM, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            doc = parse(item["text"])
            entities = entities_stage(Record(id=item["id"], body=item["text"], doc=doc)).entities
            named = [(e.span[0], e.span[1]) for e in entities if e.label == "PERSON"]
            for cluster, kind in zip(item["clusters"], item["cluster_types"]):
                if kind != "person":
                    continue
                spans = [tuple(s) for s in cluster]
                for start, end in spans:
                    token = next((t for t in doc if t.idx == start), None)
                    if token is None or token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
                        continue
                    if any(a < start and any(a <= n0 < b or n0 <= a < n1 for n0, n1 in named) for a, b in spans):
                        cases.append((doc, entities, token.i, spans))
    return cases


def gum_accuracy(cases: list[tuple], nearest: bool = False) -> float:
    from newstrace.analysis.coref import SourceBook

    right = 0
    for doc, entities, i, spans in cases:
        book = SourceBook(doc, entities, None)
        token = doc[i]
        gender = None if nearest else GENDER.get(token.lower_)
        chosen = book._antecedent(token, None, lambda n: n.kind == "person", lambda d: False, gender)
        named = book.cast.named(chosen.entity) if chosen is not None and chosen.entity else None
        right += named is not None and any(a <= m0 < b or m0 <= a < m1 for m0, m1 in named.mentions for a, b in spans)
    return right / len(cases) if cases else 0.0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--gum"]:
        return gum_main()
    if not GAP.exists():
        print(f"[train] {GAP} is missing; nothing to do")
        return 0
    from newstrace.analysis import coref

    cases = parsed(items(int(argv[0]) if argv else 400))
    saved = {name: getattr(coref, name) for name in SETTINGS}
    for name in SETTINGS:
        setattr(coref, name, 0)
    print(f"nearest person before the pronoun, no agreement: {accuracy(cases, nearest=True):.3f}")
    for values in itertools.product(*SETTINGS.values()):
        for name, value in zip(SETTINGS, values):
            setattr(coref, name, value)
        shown = ", ".join(f"{n}={v}" for n, v in zip(SETTINGS, values))
        print(f"{shown}: {accuracy(cases):.3f} over {len(cases)} GAP test items")
    for name, value in saved.items():
        setattr(coref, name, value)
    return 0


def gum_main() -> int:
    """The same grid on GUM's person chains (mixed genders, unlike GAP's two same-gender candidates)."""
    if not GUM.exists():
        print(f"[train] {GUM} is missing; nothing to do")
        return 0
    from newstrace.analysis import coref

    cases = gum_cases()
    saved = {name: getattr(coref, name) for name in SETTINGS}
    for name in SETTINGS:
        setattr(coref, name, 0)
    print(f"GUM: nearest person before the pronoun, no agreement: {gum_accuracy(cases, nearest=True):.3f}")
    for values in itertools.product(*SETTINGS.values()):
        for name, value in zip(SETTINGS, values):
            setattr(coref, name, value)
        shown = ", ".join(f"{n}={v}" for n, v in zip(SETTINGS, values))
        print(f"GUM: {shown}: {gum_accuracy(cases):.3f} over {len(cases)} he/she subjects")
    for name, value in saved.items():
        setattr(coref, name, value)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
