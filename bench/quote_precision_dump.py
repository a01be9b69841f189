"""Dump every attribution found on PolNeAR train with its shape and whether PolNeAR's annotators took it.

Analysis helper of issue 12 (quote precision and the cue lexicon, read from training data): one JSON line per
found attribution (cue lemma, frame, statement-model odds, speaker kind, content size...; label 1 when it matches
a gold one, one to one, >= 50 % of the longer span, ``train_quote_objects._matched``), then one line per gold
attribution (its cue's lemma and whether one of ours matched it). Written OUTSIDE the repository (``--out``,
default /tmp): lemmas and tags, no text but cue and speaker head words.
Usage: ``nice .venv/bin/python bench/quote_precision_dump.py [--limit N] [--out FILE]`` (~5 minutes).

What it showed (2026-12-06, all 837 articles; 8,516 found, 12,081 gold):
* No cue of ``data/cues.tsv`` is a loss for PolNeAR: of the attributions kept, no lemma seen 10 times or more
  is under 0.44 precision ("remember" .44, "know" .56, "appear" .57, "seem" .59); dropping a cue pays only under
  ~0.37 (half the F1). Pruning the lexicon by its training precision removes nothing.
* The gold cues we lack are mostly acts the attribution guide leaves out ("support" 79, "endorse" 65, "offer" 46,
  "vote" 32, "back" 31, "decline" 43); adding them trades one set against the other. One was a lemmatiser fault:
  "hoping / hoped / hopes" read as hop (33 gold, 1 found; repaired in ``quotes.cues.repair_cue_lemmas``).
* Weak frames whose speaker is a noun naming no source ("forecasts called for", "the video showed") are gold
  for PolNeAR 48 % of the time (274), other weak frames 57-66 %, clause frames 77-88 %.

Read again 2026-12-07 (quote precision on the attribution set without losing PolNeAR; with bench/quotes_train.py
``--errors``, the scorer's matching): the classes the attribution guide leaves out are PolNeAR attributions, so
dropping any of them trades one set for the other. Of ours that PolNeAR's gold matches: "declined / refused to
comment / say / discuss" 16 of 19 (every one of 34 "declined to …" sentences has a gold attribution whose cue
holds "declined"); "did not (immediately) respond / return / reply" 15 of 26; a cue inside an "if" / "unless" clause 29
of 43, inside a "whether" clause 7 of 11; a posted or shared medium as the object ("posted a photo", "tweeted an
image", "a message") mostly gold (email 17 of 18, message 11 of 14, photo 4 of 6); prep frames ("talked about",
"asked for", "called for") .62 of 354 (this dump); "to"-infinitive cues 243 of 347; the writer's own "I" / "we" / "you" .57-.65;
even quotes under confidence 0.1 are gold a third of the time (36 of 107). Only a paratactic "know" with a pronoun
("Now we know: …", 2 of 8) falls under a third. What both guides do refuse is a boundary the parse got wrong
(``quotes.complements._subject_clause``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_quote_objects import _matched, training_attributions  # noqa: E402


def shape(doc, attr, quotes) -> dict:
    from newstrace.analysis.quotes.objects import frame_of, names_an_act, reports_statement
    cue = doc.char_span(*attr.cue, alignment_mode="expand")
    verb = cue.root if cue is not None and len(cue) else None
    sp = doc.char_span(*attr.speaker, alignment_mode="expand") if attr.speaker else None
    head = sp.root if sp is not None and len(sp) else None
    span = doc.char_span(*attr.content, alignment_mode="expand")
    text = doc.text
    content = text[attr.content[0]:attr.content[1]]
    return {
        "kind": attr.kind, "cls": attr.cue_class, "lemma": attr.cue_lemma,
        "cpos": verb.pos_ if verb is not None else "", "ctag": verb.tag_ if verb is not None else "",
        "cdep": verb.dep_ if verb is not None else "",
        "frame": frame_of(doc, attr) or "", "act": names_an_act(doc, attr), "odds": round(reports_statement(doc, attr), 3),
        "spk": "none" if head is None else head.pos_, "spk_ent": head.ent_type_ if head is not None else "",
        "spk_lemma": head.lemma_.lower() if head is not None else "", "spk_n": len(sp) if sp is not None else 0,
        "spk_and": bool(sp is not None and any(t.lower_ == "and" for t in sp)),
        "after": bool(attr.speaker and attr.speaker[0] > attr.cue[0]),
        "content_before_cue": attr.content[1] <= attr.cue[0],
        "nchar": len(content), "ntok": len(span) if span is not None else 0,
        "marks": sum(1 for a, b in quotes if a < attr.content[1] and attr.content[0] < b),
        "full_quote": any(a <= attr.content[0] and attr.content[1] <= b for a, b in quotes),
        "frags": len(attr.fragments), "recipient": attr.recipient is not None,
        "neg": bool(verb is not None and any(c.dep_ == "neg" for c in verb.children)),
        "root_pos": span.root.pos_ if span is not None and len(span) else "",
        "root_dep": span.root.dep_ if span is not None and len(span) else "",
        "has_verb": bool(span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)),
        "has_subj": bool(span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default="/tmp/polnear_train_attrs.jsonl")
    args = parser.parse_args(argv)
    from newstrace.analysis.quotes.marks import quoted_spans

    with open(args.out, "w", encoding="utf-8") as out:
        for n, article, doc, found, gold, labels in training_attributions(args.limit):
            quotes = quoted_spans(doc.text)
            for attr, label in zip(found, labels):
                out.write(json.dumps({"article": n, "label": label, "gold_n": len(gold),
                                      **shape(doc, attr, quotes)}) + "\n")
            out.write(json.dumps({"article": n, "gold_total": len(gold)}) + "\n")
            hits = _matched([(g,) for g in gold], [a for f in found for a in (f.fragments or (f.content,))])
            for q, hit in zip([q for q in article["quotes"] if q.get("content_span")], hits):
                cue = doc.char_span(*q["cue_span"], alignment_mode="expand") if q.get("cue_span") else None
                root = cue.root if cue is not None and len(cue) else None
                out.write(json.dumps({"article": n, "gold": 1, "found": hit, "gkind": q["kind"],
                                      "gcls": q.get("cue_class"), "glemma": root.lemma_.lower() if root is not None else "",
                                      "gpos": root.pos_ if root is not None else "",
                                      "gcue": (q.get("cue") or "").lower()[:40]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
