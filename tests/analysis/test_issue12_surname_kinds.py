"""Issue 12: a one-word surname the model tags as a body or a work of art is a person when the page says so
(kinds found wrong on PolNeAR training pages: "Sanders compared himself ...", "Trump told The Post" with
"Trump" tagged WORK_OF_ART). Articles written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newstrace.analysis.nlp import parse
from newstrace.analysis.person_cues import loose_tag, pronoun_cue

from .attribution_support import source_of


def _span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.slow
def test_issue12_a_reflexive_or_reported_pronoun_after_a_one_word_subject_is_a_cue():
    text = "At the town hall, Okonkwo compared himself to the mayor. Later, Lindqvist said she would resign."
    doc = parse(text)
    assert pronoun_cue(doc, _span_of(text, "Okonkwo"))
    assert pronoun_cue(doc, _span_of(text, "Lindqvist"))
    other = "The Harbour Authority said it would close the pier, and Okonkwo asked Mayor Ruiz whether he agreed."
    doc = parse(other)
    assert not pronoun_cue(doc, _span_of(other, "Okonkwo"))  # "he" after another proper name: Ruiz's


def test_issue12_only_one_word_tags_of_no_person_or_body_are_loose():
    assert loose_tag(SimpleNamespace(label="WORK_OF_ART", text="Trump"))
    assert not loose_tag(SimpleNamespace(label="WORK_OF_ART", text="The Art of the Deal"))  # a title hides names
    assert not loose_tag(SimpleNamespace(label="ORG", text="Carrier"))


@pytest.mark.slow
def test_issue12_a_surname_tagged_as_a_body_that_compares_himself_is_a_person(analyse):
    body = ("At the town hall on Tuesday, Okonkwo compared himself to the mayor, saying, \u201cI don't take money "
            "from developers.\u201d The crowd in the gym cheered.")
    record = analyse(body)
    speaker = source_of(record, "take money")
    assert speaker is not None and speaker.kind == "person", record.sources


def test_issue12_an_initial_before_a_first_name_opens_a_person_name():
    from newstrace.analysis.names import person_name
    assert person_name("H. Ross Perot") == "H. Ross Perot"
    assert person_name("R. Milo Ferrante") == "R. Milo Ferrante"
    assert person_name("U. Harbour Authority") is None  # no first name after the initial


@pytest.mark.slow
@pytest.mark.parametrize("name", ["J. Tobin Woods", "K. Dane Waters"])  # an untagged proper noun; a plural-looking noun
def test_issue12_an_untagged_name_opening_with_an_initial_is_a_person_not_unnamed(analyse, name):
    body = ("Delegates are still determined to disrupt the vote.\n\n"
            f"{name}, whose Harbour Watch group has been organising the delegates, said the rules "
            "committee would hear them.")
    record = analyse(body)
    speaker = source_of(record, "rules committee")
    assert speaker is not None and speaker.kind == "person" and name.split()[-1] in speaker.name, record.sources


@pytest.mark.slow
def test_issue12_the_outlet_after_the_is_no_surname_of_a_person_with_that_name(analyse):
    body = ("The Hill reported on Monday that the council vote was delayed by a week.\n\n"
            "Katie Hill, a spokeswoman for the mayor, denied the report. Hill said the vote would go ahead on Friday.")
    record = analyse(body)
    outlet = source_of(record, "vote was delayed")
    person = source_of(record, "go ahead")
    assert outlet is not None and outlet.kind == "outlet", outlet
    assert person is not None and person.kind == "person" and person.name == "Katie Hill", person



@pytest.mark.slow
def test_issue12_a_full_name_tagged_as_a_body_is_a_person_when_its_surname_alone_takes_a_role():
    from newstrace.analysis.people import Cast

    text = ("The governor's pick to run the water board, Marisska Oyelaran, told lawmakers that she would raise rates. "
            "Oyelaran, a former utility official, said the board needed engineers.")
    start = text.index("Marisska Oyelaran")
    tagged = SimpleNamespace(label="ORG", text="Marisska Oyelaran", canonical="Marisska Oyelaran",
                             span=(start, start + len("Marisska Oyelaran")))  # as the model tags a rare first name
    cast = Cast(parse(text), [tagged])
    person = cast.person_named("Oyelaran")
    assert person is not None and person.kind == "person" and person.name == "Marisska Oyelaran"
    other = "The board hired Harbour Oyelaran last year. Oyelaran builds pumps in Ohio."  # no role, no pronoun
    start = other.index("Harbour Oyelaran")
    tagged = SimpleNamespace(label="ORG", text="Harbour Oyelaran", canonical="Harbour Oyelaran",
                             span=(start, start + len("Harbour Oyelaran")))
    assert Cast(parse(other), [tagged]).person_named("Oyelaran") is None


def test_issue12_a_name_opening_with_a_big_city_is_no_persons():
    from newstrace.analysis.person_cues import city_named

    assert city_named("Manchester United") and city_named("Chicago Bulls")
    assert not city_named("Van Buren")  # a particle opening a surname (Van is also a city)
    assert not city_named("Cuba Gooding Jr.")  # countries are left out
    assert not city_named("Paris")  # one word


@pytest.mark.slow
def test_issue12_a_club_tagged_as_a_person_is_a_body_and_its_city_no_first_name():
    from newstrace.analysis.people import Cast

    text = "Police in Manchester said a man was arrested. Manchester United manager Ola Brekke said the team was fit."
    start = text.index("Manchester United")
    tagged = SimpleNamespace(label="PERSON", text="Manchester United", canonical="Manchester United",
                             span=(start, start + len("Manchester United")))  # as the small model tags it
    cast = Cast(parse(text), [tagged])
    club = cast.named("Manchester United")
    assert club is not None and club.kind == "organization"
    assert cast.person_named("Manchester") is None  # the city is no first name of a person


def _tag(text: str, words: str, label: str, nth: int = 0) -> SimpleNamespace:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return SimpleNamespace(label=label, text=words, canonical=words, span=(start, start + len(words)))


@pytest.mark.slow
def test_issue12_an_honorific_and_surname_tagged_as_a_body_is_the_person_of_that_surname():
    from newstrace.analysis.people import Cast

    text = ("Actor Tomas Hadwell said the prop revolver misfired on stage. Mr Hadwell is suing the theatre, "
            "and his lawyer said the company had ignored warnings.")
    tags = [_tag(text, "Tomas Hadwell", "PERSON"), _tag(text, "Mr Hadwell", "ORG")]
    cast = Cast(parse(text), tags)  # (as the small model tags a British "Mr" without its full stop)
    actor = cast.person_named("Tomas Hadwell")
    assert actor is not None and cast.at(tags[1].span[0]) is actor  # one person, not a second "Hadwell"
    assert [n.name for n in cast.by_name.values() if n.kind == "person"] == ["Tomas Hadwell"] * 2
