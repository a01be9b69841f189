"""Attributions found in one pass over a spaCy Doc: cue, content, nearest speaker mention.

A cascade of rules, each reading the dependency parse:

1. a cue verb (``data/cues.tsv``) with a clausal complement: ``X said (that) …``, ``X plans to …``,
   ``urged voters to …``, or an object: ``called Trump a liar``, ``accused X of Y``, ``proposed
   dropping …``; a reported clause the parse cut short runs to its sentence end;
2. a cue verb standing beside its content: ``…, he said.`` / ``A, he said in a report, and B.``;
3. a speech verb ending in a colon or introducing a quotation with a comma: ``X said: "…"`` (the
   words may open the next paragraph), ``he said, "…"``;
4. ``according to X, …``, ``…, per X``;
5. quotes signed ``― Name``;
6. noun cues: ``Trump's claim that …``, ``criticism of X``, ``Abedin's reply: "…"``;
7. adjectives of belief and feeling: ``she was sure (that) …``, ``concerned about X``;
8. lines opened by a named source and a colon: ``Sanders: Clinton needs to …``; a quotation after a name
   and a colon in running text: ``… - Mark Blumenthal and Jon Cohen: “…”``; after a clause ending in a colon, its
   subject's: ``The minister was blunt: “…”``.

Contents that touch a quoted passage grow to the whole passage (multi-sentence and run-over
quotes); ``"A," she said. "B."`` becomes one attribution (two with the same speaker when the words
between outweigh the quoted ones). Asides that end a content (``, which …``,
``, focusing on …``, ``; …``, a time phrase after an object) are the writer's and are cut.
Attributions inside another's content are dropped (one level, as news readers count them); so are
weak frames (``announced the plan``) that ``objects.py``'s fitted model does not take for a statement, and
what an embedded tweet's text says (``tweets.py``); words in quotation marks that no kept attribution covers
and that hang on a cue verb's object (``urged an “end to …”``, ``accused him of “…”``) are its subject's
(``fragments.py``). The
speaker is the nearest mention: the subject of the cue (inherited along ``adding …``, ``… and
added``, ``quoted as saying``, ``issued a statement saying``), never a word inside the quote nor one
across a paragraph break; a passive cue without agent (``is expected to``, ``was asked``) names nobody.
"""

from __future__ import annotations

from ...budget import checked
from .adjacent import colon_quotes, dashed_label, labelled_quotes, phrasal_quotes
from .cues import (
    Attribution,
    adj_cue_table,
    cue_table,
    discourse_idiom,
    kind_of_noun,
    noun_cue_table,
    repair_cue_lemmas,
)
from .fragments import quoted_fragments
from .marks import quoted_spans
from .merge import drop_nested, grow_to_quotes, join_uncued_paragraphs, merge_interrupted, split_resumed, with_content
from .objects import keep_statements
from .others import according_to_cue, adjective_cue, labelled_lines, noun_cue, signed_quotes
from .speakers import named_subjects, repair_modal_names, resolve_relatives, stranded_subjects
from .syntax import Span, is_inside, is_verb, text_of, trim
from .tweets import only_a_link, post_spans
from .verbs import verb_cue


def find_attributions(doc, start: int | Span = 0, weigh_objects: bool = True) -> list[Attribution]:
    """Every attribution of the Doc, in text order, nested ones removed. ``start`` is the dateline
    (its span, or where it ends): no content begins inside it; a headline above it stays. Weak frames
    (``announced the plan``) the fitted model does not take for a statement are dropped unless
    ``weigh_objects`` is false (``bench/train_quote_objects.py`` fits the model on all of them)."""
    dateline = (0, start) if isinstance(start, int) else tuple(start)
    repair_modal_names(doc)  # '"…," May told reporters': the surname, not the modal
    repair_cue_lemmas(doc)  # 'hoping' read as a form of hop
    quotes = quoted_spans(text_of(doc))
    cues, nouns, adjectives = cue_table(), noun_cue_table(), adj_cue_table()
    found: list[Attribution] = []
    for token in checked(doc, 256):  # the document's time and memory budgets bite here too (issue 18)
        if (token.lemma_ == "accord" and token.text.lower() == "according") or token.lower_ == "per":
            found.extend(according_to_cue(token))
        elif token.lemma_.lower() in cues and is_verb(token) and not discourse_idiom(token):  # not "That said, …"
            found.extend(verb_cue(token, cues[token.lemma_.lower()], quotes))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
            found.extend(noun_cue(token, nouns[token.lemma_.lower()], quotes))
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in adjectives:
            found.extend(adjective_cue(token, adjectives[token.lower_]))
    found.extend(signed_quotes(doc, quotes))
    found.extend(labelled_lines(doc))
    for label in labelled_quotes(doc, quotes):
        if dashed_label(text_of(doc), label):  # 'Pollsters agree - Carl Bialik: “…”': the label, not 'agree', says it
            found = [a for a in found if not (a.content[0] < label.content[1] and label.content[0] < a.content[1]
                                              and a.cue[1] <= label.cue[0])]
        if not _reported(label.content, found):
            found.append(label)
    found.extend(a for a in phrasal_quotes(doc, quotes) if not _reported(a.content, found))
    found.extend(a for a in colon_quotes(doc, quotes, kind_of_noun(), cues) if not _reported(a.content, found))
    found = named_subjects(resolve_relatives(found, doc), doc)  # "X, who said …": X speaks
    found = stranded_subjects(found, doc)  # "In a statement, her adviser, Tom Berg, said": the parse hung him elsewhere
    found = [grow_to_quotes(a, quotes, text_of(doc)) for a in checked(found, 8)
             if not any(is_inside(a.cue, q) for q in quotes)]  # words inside a quote belong to its speaker
    found = join_uncued_paragraphs(merge_interrupted(found, quotes, doc), quotes, text_of(doc))
    found = [a if a.content[1] <= dateline[0] else
             with_content(a, trim(text_of(doc), (max(a.content[0], dateline[1]), a.content[1])))
             for a in found
             if a.content[1] <= dateline[0] or a.content[1] > dateline[1] + 1]
    found = drop_nested(split_resumed(found, text_of(doc)))
    posts = post_spans(text_of(doc))  # an embedded tweet's words are the post's, not the article's report
    found = [a for a in found if not only_a_link(text_of(doc), a.content) and
             not any(s <= a.content[0] and a.content[1] <= e for s, e in posts)]
    if not weigh_objects:
        return found
    kept = keep_statements(doc, found)
    orphans = [q for q in quotes
               if not any(s <= q[0] and q[1] <= e for s, e in posts) and not dateline[0] <= q[0] < dateline[1]]
    added = quoted_fragments(doc, orphans, kept)  # 'urged an “end to …”': the act's words in quotation marks
    return sorted(kept + added, key=lambda a: a.content[0]) if added else kept


def _reported(quote: Span, found: list[Attribution]) -> bool:
    """``told CNBC: “…”``: a cue outside the quotation already reports it (cues inside it are its speaker's)."""
    return any(a.content[0] < quote[1] and quote[0] < a.content[1] and not is_inside(a.cue, quote) for a in found)
