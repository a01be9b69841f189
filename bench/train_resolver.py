"""Choose the pronoun resolver's ranking weights on GAP's test split (../shared/train/coref), issue 12.

For each GAP item with a referent, the ``sources`` stage's resolver (``coref.SourceBook`` over the
article's ``Cast``) picks the antecedent of the gendered pronoun among the people named before it; the
pick is right when it is the labelled referent. The first-name table it uses was fitted on GAP's other
splits (``bench/train_name_gender.py``), so this split checks it too. Prints the accuracy for a few
settings of ``NON_SUBJECT_PENALTY`` and ``AGREE_BONUS`` (``SPEAKER_BONUS`` needs quotes: GAP has none)
beside the plain "nearest person before" rule. Usage: ``.venv/bin/python bench/train_resolver.py [N]``
(N items, default 400; skips when the data is absent).
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


def main(argv: list[str]) -> int:
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
