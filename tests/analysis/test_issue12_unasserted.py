"""Issue 12, quote precision on articles nobody tuned for: what the attribution guide leaves out because nobody
asserted anything -- "declined to comment" and its kin ("refused to say whether …", "would not say how many …",
"did not respond to a request for comment"), wishes ("wants X to …", "would like to see …"), open questions
("wondering whether …") -- or because it was said jointly ("Both sides said", "the two companies said") goes, while
the statements beside them stay. Articles written for these tests (names invented); each holds the quotes the guide
annotates and the ones it does not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _with(quotes, needle: str) -> list:
    return [q for q in quotes if needle in q.content]


@pytest.mark.parametrize("body, said, unsaid", [
    ("Harbour Bay officials declined to comment on the lawsuit. The port's lawyer, Nadia Kern, said the claim had no "
     "merit.", "had no merit", "the lawsuit"),
    ("A spokeswoman for the port refused to say how many cranes had failed. Port director Ivo Marek said two cranes "
     "would be replaced in May.", "would be replaced", "how many cranes"),
    ("Councillor Rita Haas declined to say whether she would run again. She said the budget vote had been a mistake.",
     "had been a mistake", "would run again"),
    ("The health minister, Omar Sallah, would not say when the clinic would reopen. Sallah said the staff had been "
     "paid.", "had been paid", "clinic would reopen"),
    ("The contractor did not respond to a request for comment. The city engineer, Lena Fox, said the bridge was "
     "safe.", "bridge was safe", "request for comment"),
])
def test_issue12_what_a_speaker_declined_to_say_is_no_quote(quotes_of, body, said, unsaid):
    quotes = quotes_of(body)
    assert len(_with(quotes, said)) == 1, quotes
    assert not _with(quotes, unsaid), quotes


@pytest.mark.parametrize("body, said, unsaid", [
    ("Beijing wants Washington to lift the tariffs before any deal. The commerce ministry said on Tuesday that the "
     "talks had been constructive.", "had been constructive", "Washington to lift"),
    ("Some advisers would like to see a smaller deal signed before the summer. Trade envoy Tom Brandt said a larger "
     "deal was still possible.", "still possible", "a smaller deal"),
    ("The union wants to reopen the talks in March. Its leader, Dana Pierce, told members that the offer was too "
     "low.", "offer was too low", "reopen the talks"),
    ("Farmers are wondering whether the subsidies will last another year. Agriculture Minister Eva Lind said the "
     "subsidies would be paid until 2030.", "paid until 2030", "subsidies will last"),
])
def test_issue12_a_wish_or_an_open_question_is_no_quote(quotes_of, body, said, unsaid):
    quotes = quotes_of(body)
    assert len(_with(quotes, said)) == 1, quotes
    assert not _with(quotes, unsaid), quotes


def test_issue12_a_refusal_to_say_is_no_quote_but_a_claim_that_is(quotes_of):
    body = ("Mayor Tomas Berg faced the council on Monday.\n\n"
            "His refusal to say which contractor he had hired drew jeers from the gallery. Berg's claim that the "
            "harbour wall would be finished by June was disputed by the engineers.")
    quotes = quotes_of(body)
    assert not _with(quotes, "which contractor")
    assert _with(quotes, "harbour wall would be finished")


def test_issue12_direct_words_of_a_wish_or_a_question_stay(quotes_of):
    body = ("Nurses marched to the hospital board on Saturday.\n\n"
            "\u201cWe want the wards staffed properly,\u201d said Maria Ortega, a night-shift nurse. "
            "\u201cWho will care for the patients at night?\u201d she wondered.\n\n"
            "Board chair Ana Ruiz said she wanted the dispute settled, and that the board would meet the union.")
    quotes = quotes_of(body)
    assert len(_with(quotes, "wards staffed properly")) == 1
    assert len(_with(quotes, "care for the patients")) == 1
    assert _with(quotes, "board would meet the union")


def test_issue12_a_plain_statement_after_a_refusal_stays(quotes_of):
    body = ("The airline refused to comment on the crash.\n\n"
            "Its chief executive, Ines Moura, said later that the pilots had followed every procedure and that the "
            "investigators had the flight recorders.")
    quotes = quotes_of(body)
    assert not _with(quotes, "on the crash") and not [q for q in quotes if q.content == "the crash"]
    stated = _with(quotes, "followed every procedure")
    assert len(stated) == 1 and stated[0].confidence >= 0.45


@pytest.mark.parametrize("body, said, unsaid", [
    ("The ferry company did not reveal the cost of the repairs. Its engineer, Paul Dietz, said the hull had been "
     "patched twice.", "patched twice", "cost of the repairs"),
    ("Police would not confirm that the driver had been arrested. Inspector Lara Voss said the road would reopen "
     "on Friday.", "reopen on Friday", "driver had been arrested"),
    ("The minister would not discuss the investigation with reporters. Her deputy, Karl Ahn, said the inquiry "
     "would take months.", "take months", "the investigation"),
])
def test_issue12_what_a_speaker_withheld_is_no_quote(quotes_of, body, said, unsaid):
    quotes = quotes_of(body)
    assert len(_with(quotes, said)) == 1, quotes
    assert not _with(quotes, unsaid), quotes


def test_issue12_a_confirmation_or_a_discussion_that_took_place_stays(quotes_of):
    body = ("Police confirmed that the driver had been arrested on Friday.\n\n"
            "Inspector Lara Voss discussed the arrest with reporters and said the road would reopen on Monday.")
    quotes = quotes_of(body)
    assert _with(quotes, "driver had been arrested")
    assert _with(quotes, "reopen on Monday")


@pytest.mark.parametrize("body, said, joint", [
    ("Harbour Lines and Baltic Ferries met regulators on Monday. The two companies said in a joint statement that "
     "fares would rise in May. Harbour Lines' chief executive, Ana Ruiz, said the rise would be small.",
     "rise would be small", "fares would rise"),
    ("Union and management negotiators met for six hours. Both sides said the talks had been useful. The union's "
     "leader, Dana Pierce, told members that a strike was still possible.", "strike was still possible",
     "talks had been useful"),
    ("All three candidates have said they would cut the harbour toll. Councillor Tom Berg said on Monday that the "
     "toll paid for the dredging.", "toll paid for the dredging", "cut the harbour toll"),
    ("Ruiz and Berg left the hearing together. \u201cWe will fight this ruling,\u201d both women said. Ruiz said "
     "later that an appeal would be filed within a week.", "appeal would be filed", "fight this ruling"),
])
def test_issue12_a_statement_made_jointly_is_no_quote(quotes_of, body, said, joint):
    quotes = quotes_of(body)
    assert len(_with(quotes, said)) == 1, quotes
    assert not _with(quotes, joint), quotes


def test_issue12_a_count_without_the_names_anonymous_sources_who_stay(quotes_of):
    body = ("Two people briefed on the talks said the deal was close.\n\n"
            "The two-term senator, Ines Moura, said the bill would pass. The 2019 report found that the port lost "
            "money.")
    quotes = quotes_of(body)
    assert _with(quotes, "deal was close") and _with(quotes, "bill would pass") and _with(quotes, "lost money")
