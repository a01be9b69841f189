"""Issue 12: one real person is one source, however the article writes the name -- an inverted report glued to the
name ("Said Comey:"), a dateline the model ran into the name after it ("DENVER - Laura Whitfield"), an honorific that
tells which of two people sharing a surname speaks ("Mrs. Dalton" beside "Mark Dalton and his wife, Helen Dalton"), a
nickname in quotation marks inside the full name, a curly apostrophe in the surname ("O’Rourke" of "Brendan O'Rourke"),
a double surname without its accents. Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from .attribution_support import one_source_of, source_of


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "\"We closed the case,\" said Police Chief Dana Morrow on Monday. She said the file was sealed.\n\n"
    "Said Morrow: \"We found no evidence of a crime.\"",
    "\"We closed the case,\" said Police Chief Dana Morrow on Monday. She said the file was sealed.\n\n"
    "Says Morrow, \"We found no evidence of a crime.\"",
])
def test_issue12_inverted_report_verb_is_no_part_of_the_name(analyse, body):
    """Issue 12: "Said Morrow:" opening a sentence made a person "Said Morrow" beside "Dana Morrow"."""
    record = analyse(body)
    source = one_source_of(record, "closed the case", "no evidence")
    assert source.name == "Dana Morrow", record.sources
    assert not any(s.name.startswith(("Said", "Says")) for s in record.sources), record.sources


@pytest.mark.slow
def test_issue12_sentence_opening_first_name_stays_in_the_name(analyse):
    """Guard: a first name that is also a verb's form opens a name at a sentence's start ("Rose")."""
    record = analyse("The plant will close in May. Rose Tanner, a shift worker, said the news came as a shock. "
                     "\"Nobody warned us,\" Tanner said.")
    assert one_source_of(record, "a shock", "Nobody warned").name == "Rose Tanner"


@pytest.mark.slow
@pytest.mark.parametrize("body, speaker, other", [
    ("Germany targets hate speech\n\nBERLIN - Martin Keller may be testing the bounds of free speech. \"I am your "
     "voice,\" Keller said in a long address.\n\nHe was introduced by his daughter Anna Keller, who described him as "
     "a fighter. \"He never quits,\" she said.", "Martin Keller", "never quits"),
    ("Germany targets hate speech\n\nBERLIN - Martin Keller may be testing the bounds of free speech. \"I am your "
     "voice,\" Keller said in a long address.", "Martin Keller", None),
])
def test_issue12_person_after_a_dateline_keeps_the_surname(analyse, body, speaker, other):
    """Issue 12: "CITY - First Last" tagged as one body lost the person; the bare surname then went to the
    relative named later, or to no full name (PolNeAR training: three datelines so)."""
    record = analyse(body)
    source = source_of(record, "your voice")
    assert source is not None and source.name == speaker, record.sources
    assert other is None or source_of(record, other) is not source
    assert not any(s.name.startswith("BERLIN") for s in record.sources), record.sources


@pytest.mark.slow
@pytest.mark.parametrize("body, his, hers", [
    ("Senator Mark Dalton and his wife, Helen Dalton, toured the plant on Monday. \"We were impressed,\" Mr. Dalton "
     "said. \"The workers are proud,\" Mrs. Dalton said.", "Mark Dalton", "Helen Dalton"),
    ("James Okafor and his sister, Grace Okafor, run the bakery. \"Flour costs doubled,\" Ms. Okafor said. "
     "\"We raised prices twice,\" Mr. Okafor said.", "James Okafor", "Grace Okafor"),
])
def test_issue12_honorific_tells_which_bearer_of_a_shared_surname(analyse, body, his, hers):
    """Issue 12: a surname after Mr./Mrs./Ms. went to its first bearer whatever the honorific said (PolNeAR
    training: "Mr. Clinton" given to Hillary Clinton)."""
    record = analyse(body)
    quotes = {q.content.split()[0].strip("\"“"): q for q in record.quotes}
    assert set(quotes) >= {"We", "The"} or set(quotes) >= {"Flour", "We"}, record.quotes
    him = source_of(record, "impressed" if "impressed" in body else "raised prices")
    her = source_of(record, "are proud" if "proud" in body else "Flour costs")
    assert him is not None and him.name == his, record.sources
    assert her is not None and her.name == hers, record.sources


@pytest.mark.slow
def test_issue12_honorific_with_one_bearer_stays_with_that_person(analyse):
    """Guard: one Dalton in the article; "Mr. Dalton" is him."""
    record = analyse("Senator Mark Dalton toured the plant on Monday. \"We were impressed,\" Mr. Dalton said.")
    assert source_of(record, "impressed").name == "Mark Dalton"


@pytest.mark.slow
@pytest.mark.parametrize("body, nick", [
    ("William \"Bill\" Harmon, the mayor of Oakdale, said the budget was balanced. \"We kept every promise,\" Bill "
     "Harmon said on Monday. Later Harmon told reporters the city would hire more teachers.", "Bill"),
    ("Robert \u201cBobby\u201d Lane, the coach, said the team was ready. \u201cWe trained all summer,\u201d Bobby Lane "
     "said.", "Bobby"),
])
def test_issue12_nickname_in_quotation_marks_is_the_same_person(analyse, body, nick):
    """Issue 12: the full name with a nickname in quotation marks and the nickname with the surname were two
    sources (PolNeAR training: a governor named so)."""
    record = analyse(body)
    source = one_source_of(record, "was balanced" if "balanced" in body else "was ready",
                           "every promise" if "promise" in body else "trained all summer")
    assert nick in source.name
    assert len([s for s in record.sources if s.kind == "person"]) == 1, record.sources


@pytest.mark.slow
def test_issue12_curly_apostrophe_in_a_surname(analyse):
    """Issue 12: "O’Rourke" (curly) after "Brendan O'Rourke" (straight) had no source at all."""
    record = analyse("Brendan O'Rourke said he would not run again. \"I am done with campaigns,\" O\u2019Rourke told "
                     "supporters in Dayton.")
    assert one_source_of(record, "not run again", "done with campaigns").name == "Brendan O'Rourke"


@pytest.mark.slow
def test_issue12_double_surname_without_accents(analyse):
    """Issue 12: "Perez Molina" after "Juan Carlos Pérez Molina" was a second person."""
    record = analyse("President Juan Carlos Pérez Molina said the reform was needed. \"The people decided,\" Perez "
                     "Molina said on Sunday.")
    assert one_source_of(record, "reform was needed", "people decided").name == "Juan Carlos Pérez Molina"


@pytest.mark.slow
@pytest.mark.parametrize("body, first, second, name", [
    ("The Oregon Public Utilities Commission said it approved the rate plan on Tuesday. Oregon's utilities regulators "
     "said bills would rise by 4 percent.", "approved the rate plan", "bills would rise", "Oregon Public Utilities "
     "Commission"),
    ("The Marston County Sheriff's Office said the crash was under review. Investigators at the Marston County "
     "Sheriff's Office said the driver had been speeding.", "under review", "had been speeding",
     "Marston County Sheriff's Office"),
    ("The Justice Department said it would appeal. Prosecutors at the Justice Department said the ruling ignored the "
     "law.", "would appeal", "ignored the law", "Justice Department"),
])
def test_issue12_regulators_investigators_prosecutors_of_a_named_body_are_that_body(analyse, body, first, second,
                                                                                   name):
    """Issue 12: a named body's regulators, investigators or prosecutors (the guide's unnamed officials of a named
    body) were a second source beside the body."""
    record = analyse(body)
    assert one_source_of(record, first, second).name == name


@pytest.mark.slow
def test_issue12_prosecutors_of_no_named_body_stay_apart(analyse):
    """Guard: prosecutors with no body named are no company named before them."""
    record = analyse("Acme Corp said its accounts were in order. Federal prosecutors said the company had hidden "
                     "losses for years.")
    assert source_of(record, "hidden losses") is not source_of(record, "in order")
