"""Issue 12, every quote to the right person: ``Rents have doubled in five years, she said. "If you earn the minimum
wage, you cannot live here," Marlow said.`` The small model sometimes hangs the first "said" on the clause before it
(an adverbial clause, the full stop on that clause's verb); the cue then found no content of its own and took the
quotation after its sentence's end, and the quotation went to "she" instead of Marlow (PolNeAR train: the same shape
with ', she said.' before a quotation handed to its own cue). A quotation that closes with a comma hands its words to
the clause after it; a cue of the sentence before takes it no more. The misparse depends on its context, so the
test gives the parse the model made there on sentences written for it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXT = ("Rents have doubled in five years, she said. \u201cIf you earn the minimum wage, you cannot live here,\u201d "
        "Marlow said.")


def _misparsed():
    """TEXT parsed by the model, then its first "said" hung on "doubled" as an adverbial clause (the comma and
    "she" under it, the full stop on "doubled"): the parse the model made of the same shape on PolNeAR train."""
    from spacy.tokens import Doc

    from newstrace.analysis.nlp import get_nlp, parse

    model = parse(TEXT)
    heads, deps = [t.head.i for t in model], [t.dep_ for t in model]
    said = next(t.i for t in model if t.text == "said")
    doubled = next(t.i for t in model if t.text == "doubled")
    for i in range(len(model)):
        if i < said and model[i].head.i == said or i == doubled:  # the clause hung on "said" now hangs on "doubled"
            heads[i], deps[i] = doubled, deps[i] if i != doubled else "ROOT"
    heads[said - 2], deps[said - 2] = said, "punct"  # ", she said"
    heads[said - 1], deps[said - 1] = said, "nsubj"
    heads[said], deps[said] = doubled, "advcl"
    heads[said + 1], deps[said + 1] = doubled, "punct"  # the full stop
    doc = Doc(get_nlp().vocab, words=[t.text for t in model], spaces=[bool(t.whitespace_) for t in model],
              tags=[t.tag_ for t in model], pos=[t.pos_ for t in model], lemmas=[t.lemma_ for t in model],
              heads=heads, deps=deps, ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in model])
    assert doc.text == TEXT and doc[said].dep_ == "advcl"
    return doc


def test_issue12_a_quotation_handed_to_its_own_cue_is_not_the_sentence_befores():
    from newstrace.analysis.quotes.driver import find_attributions

    doc = _misparsed()
    found = find_attributions(doc)
    quoted = [a for a in found if "minimum wage" in TEXT[a.content[0]:a.content[1]]]
    assert len(quoted) == 1 and TEXT[quoted[0].speaker[0]:quoted[0].speaker[1]] == "Marlow", found
    rents = [a for a in found if "Rents have doubled" in TEXT[a.content[0]:a.content[1]]]
    assert rents and TEXT[rents[0].speaker[0]:rents[0].speaker[1]] == "she", found


TITLED = ("Rebel leaders said they wanted new talks. \u201cThe fighting must stop now,\u201d UN Secretary-General "
          "Antonio Guterres said.\n\n"
          "Officials said the talks had stalled. \u201cWe will not give up on a deal,\u201d Secretary Pompeo said.\n\n"
          "The envoy said the ceasefire was holding. \u201cWe are watching closely,\u201d Secretary of State Ann "
          "Berg said.\n\n"
          "Prices have risen for three months, he said. \u201cWe expect them to fall by spring,\u201d "
          "Vice-President Tom Hale said.")


@pytest.mark.parametrize("needle, speaker", [("fighting must stop", "UN Secretary-General Antonio Guterres"),
                                             ("give up on a deal", "Secretary Pompeo"),
                                             ("watching closely", "Secretary of State Ann Berg"),
                                             ("fall by spring", "Vice-President Tom Hale")])
def test_issue12_a_titled_speaker_after_another_report_keeps_the_quote(quotes_of, needle, speaker):
    quotes = [q for q in quotes_of(TITLED) if needle in q.content]
    assert len(quotes) == 1 and quotes[0].speaker == speaker, quotes
