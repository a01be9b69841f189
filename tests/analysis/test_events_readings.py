"""issue 13, shown events that make sense: the verb readings -- negation by "no"/"without", modality ("must/should"
of the speaker's own side, an inverted "should", a condition of the trigger's own, "easy to ..."), a statement in
the future after "insist", "ask" as a question, words or media released or offered, an occasion hosted, a law signed, an application demonstrated; declining to say, a deadline met, "should be ready", a
negated meeting, a crash, an embrace offered, a campaign suspended. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.events import events_stage
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record
from newstrace.settings import Settings

pytestmark = pytest.mark.slow  # real spaCy pipeline

SHOWN = Settings().events_min_confidence


def events_of(body: str):
    return events_stage(Record(id="t", body=body, doc=get_nlp()(body))).events


def shown(event) -> bool:
    return event.confidence >= SHOWN and not event.hidden


def by_trigger(body: str, trigger: str):
    return next((e for e in events_of(body) if e.trigger == trigger), None)


@pytest.mark.parametrize("body, trigger", [
    ("Police in Lusaka reported no arrests after the march on Monday.", "arrests"),
    ("No one was killed when the Zambian army shelled the border post.", "killed"),
    ("Nobody attacked the convoy of the Zambian minister on Monday.", "attacked"),
    ("The rally in Lusaka ended without arrests on Monday.", "arrests"),
])
def test_issue13_a_negated_conflict_word_codes_no_event(body, trigger):
    """issue 13: a trigger negated by its determiner ("no arrests"), a negative subject ("no one was killed",
    "nobody attacked") or "without" is no event, as "did not attack" is."""
    assert by_trigger(body, trigger) is None


@pytest.mark.parametrize("body, trigger", [
    ("Zambian soldiers attacked the convoy of the minister on Monday.", "attacked"),
    ("No fewer than 20 people were killed when Zambian soldiers attacked the village.", "killed"),
])
def test_issue13_the_same_conflict_word_without_negation_is_an_event(body, trigger):
    """"no fewer than 20 people" is a number, no negation."""
    assert by_trigger(body, trigger).type == "ASSAULT"


@pytest.mark.parametrize("body", [
    '"I should hope so," the Zambian foreign minister said.',
    "The Zambian president said the country must increase our efforts at the border.",
    'The Zambian president said: "We must do the same for our farmers."',
    'The Zambian president said the rebels would pay "should they make the mistake of crossing the border."',
])
def test_issue13_must_or_should_of_the_speakers_own_side_or_a_condition_is_no_request(body):
    """issue 13: "X said Y must ..." is X's REQUEST to Y, but not when Y is the speaker's side ("I should",
    "we must", "our efforts") or the "should" opens a condition ("should they make ...")."""
    assert not any(e.type == "REQUEST" and shown(e) for e in events_of(body))


def test_issue13_must_or_should_of_another_is_still_a_request():
    event = by_trigger("The Zambian foreign minister said the mayor of Lusaka should resign.", "resign")
    assert event.type == "REQUEST" and shown(event)


@pytest.mark.parametrize("body, trigger", [
    ("The Zambian foreign minister said the council should be dissolved if the budget fails.", "dissolved"),
    ("It is easy to criticize the Zambian government for the delays.", "criticize"),
    ("It would be hard for Zambian troops to attack the border post from the river.", "attack"),
])
def test_issue13_a_condition_or_an_adjective_of_ease_is_hypothetical(body, trigger):
    """issue 13 (sign hypothetical): the trigger's own "if" clause, or an infinitive under "easy", "hard",
    "important": what could or should be done, no happening."""
    event = by_trigger(body, trigger)
    assert event is not None and not shown(event)
    assert "sign: hypothetical" in (event.hidden or "")


def test_issue13_quick_to_criticize_reports_the_criticism():
    event = by_trigger("The Zambian foreign minister was quick to criticize the plan of the mining company.",
                       "criticize")
    assert event.type == "ACCUSE" and "hypothetical" not in (event.hidden or "")


@pytest.mark.parametrize("body, stated", [
    ("Zambian senators have insisted they won't consider any nominee this year.", True),
    ("The Zambian president insists he will release the files only when the others do.", True),
    ("The Zambian president insisted that the files be released at once.", False),
])
def test_issue13_insisting_on_ones_own_future_act_is_a_statement(body, stated):
    """issue 13 (sign assertion): "insist" with a clause in the future or under a modal states something, it
    demands nothing; a subjunctive clause is a demand."""
    event = next(e for e in events_of(body) if e.trigger.lower().startswith("insist"))
    assert ("sign: assertion" in (event.hidden or "")) == stated


@pytest.mark.parametrize("body, query", [
    ("A Zambian reporter asked: Did they discuss the border?", True),
    ("The Zambian anchor then asked Hichilema which provinces he could win.", True),
    ("The Zambian foreign minister asked the parliament to delay the vote.", False),
    ("The Zambian foreign minister asked that the vote be delayed.", False),
    ("The Zambian foreign minister asked for calm after the clashes.", False),
])
def test_issue13_ask_with_no_request_in_it_is_a_question(body, query):
    """issue 13 (sign query): "ask" with no "to"-infinitive, "for", that-clause or thing asked is a question."""
    event = by_trigger(body, "asked")
    assert event.type == "REQUEST"
    assert ("sign: query" in (event.hidden or "")) == query


@pytest.mark.parametrize("body, trigger, sign, shown_as", [
    ("The Zambian government released a new web video on Tuesday.", "released", "publication", False),
    ("The report was released by the Zambian finance ministry on Monday.", "released", "publication", False),
    ("The Zambian president offered his early assessment of the talks.", "offered", "publication", False),
    ("The Zambian government released 20 prisoners on Monday.", "released", "publication", True),
    ("The Zambian president hosted a dinner for donors at his residence.", "hosted", "occasion", False),
    ("The Zambian president hosted the Japanese prime minister in Lusaka.", "hosted", "occasion", True),
])
def test_issue13_words_media_and_occasions_are_no_concession_offer_or_meeting(body, trigger, sign, shown_as):
    """issue 13 (signs publication, occasion): releasing or offering words or media, or hosting an occasion, is no
    CONCEDE, AGREE or CONSULT; releasing prisoners or hosting a prime minister is, and is shown."""
    event = by_trigger(body, trigger)
    assert shown(event) == shown_as, event
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as)


@pytest.mark.parametrize("body, shown_as", [
    ("The Zambian president signed the bill into law on Monday.", False),
    ("The Zambian president signed an executive order on mining.", False),
    ("The Zambian president signed a trade deal with Malawi on Monday.", True),
])
def test_issue13_signing_a_law_or_an_order_is_no_agreement(body, shown_as):
    """issue 13 (sign signature): a signature under a law, an order or a text is no AGREE; a deal with Malawi is."""
    event = by_trigger(body, "signed")
    assert event.type == "AGREE" and shown(event) == shown_as
    assert ("sign: signature" in (event.hidden or "")) == (not shown_as)


@pytest.mark.parametrize("body, trigger, shown_as", [
    ("The Zambian opposition party demonstrated a new voting application in Lusaka.", "demonstrated", False),
    ("The Zambian president tried to rally the public behind the plan.", "rally", False),
    ("Thousands of Zambian students demonstrated outside the ministry in Lusaka on Monday.", "demonstrated", True),
    ("Zambian miners rallied in Lusaka against the new tax.", "rallied", True),
])
def test_issue13_demonstrating_or_rallying_something_is_no_protest(body, trigger, shown_as):
    """issue 13 (sign showing): "demonstrate" or "rally" with an object shows or gathers; without one it protests."""
    event = by_trigger(body, trigger)
    assert event.type == "PROTEST" and shown(event) == shown_as
    assert ("sign: showing" in (event.hidden or "")) == (not shown_as)


@pytest.mark.parametrize("body, trigger, sign, shown_as", [
    ("The Zambian finance ministry did not return a request for comment on Monday.", "request", "comment", False),
    ("The Zambian president clashed on Monday with the opposition leader, Hakainde Hichilema, over the budget.",
     "clashed", "quarrel", False),
    ("Zambian opposition supporters clashed with police in Lusaka on Monday.", "clashed", "quarrel", True),
])
def test_issue13_comment_requests_and_quarrels(body, trigger, sign, shown_as):
    """issue 13 (signs comment, quarrel): a reporter's request for comment and a clash with one named person are
    hidden; a clash with police stays shown."""
    event = by_trigger(body, trigger)
    assert event is not None
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body, trigger, shown_as", [
    ("A spokesman for the Zambian president declined to say whether the talks would resume.", "declined", False),
    ("The Zambian finance ministry declined to address the report of the auditors on Monday.", "declined", False),
    ("The Zambian foreign minister refused to answer questions about the border dispute.", "refused", False),
    ("The Zambian government refused to sign the trade agreement with Malawi.", "refused", True),
    ("The Zambian government declined to extradite the Malawian opposition leader.", "declined", True),
])
def test_issue13_declining_to_say_is_no_rejection(body, trigger, shown_as):
    """issue 13 (sign silence): "declined to say/address/comment" withholds a statement (CAMEO 011), it rejects no
    proposal ("refused to comment" codes none already); refusing to sign an agreement or to extradite someone is
    a REJECT and stays shown."""
    event = by_trigger(body, trigger)
    assert event.type == "REJECT"
    assert ("sign: silence" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body, trigger", [
    ("The Zambian president has never met an opponent like Hichilema.", "met"),
    ("The Zambian finance ministry has not yet released the figures for this year.", "released"),
    ("The Zambian foreign minister did not discuss the border dispute with Malawi.", "discuss"),
    ("The Zambian government did not provide any details of the loan from China.", "provide"),
])
def test_issue13_a_meeting_or_a_gift_that_did_not_happen_is_no_rejection(body, trigger):
    """issue 13 (sign unhappened): a negated meeting, release, discussion or gift tells what did not happen, no one's
    refusal: the REJECT the coder reads from it is not shown."""
    event = by_trigger(body, trigger)
    assert event is None or event.type != "REJECT" or not shown(event), event


def test_issue13_a_negated_acceptance_is_still_a_rejection():
    event = by_trigger("The Zambian president is not accepting the invitation of the Malawian president.", "accepting")
    assert event.type == "REJECT" and "unhappened" not in (event.hidden or "")


@pytest.mark.parametrize("body, trigger, shown_as", [
    ("The Zambian government did meet the deadline set by the IMF.", "meet", False),
    ("The Zambian finance ministry met the requirements of the IMF loan in March.", "met", False),
    ("The Zambian president met the Malawian president in Lusaka on Monday.", "met", True),
])
def test_issue13_meeting_a_deadline_is_no_consultation(body, trigger, shown_as):
    """issue 13 (sign target): "meet" with a deadline or a requirement for object reaches a goal; meeting a
    president is a CONSULT and stays shown."""
    event = by_trigger(body, trigger)
    assert event.type == "CONSULT"
    assert ("sign: target" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body", [
    "The Zambian president said our government must protect the miners of the Copperbelt.",
    "The Zambian foreign minister said the mayor of Lusaka should be ready for questions about the funds.",
    "The Zambian foreign minister said the people of Lusaka should have a voice in the choice of their mayor.",
])
def test_issue13_how_things_ought_to_be_or_our_own_plan_is_no_request(body):
    """issue 13: "our government must ..." ("our strategy should ...") is the speaker's own side; "Y should be ready", "Y should have a voice"
    say how things ought to be (sign stative): no REQUEST shown."""
    assert not any(e.type == "REQUEST" and shown(e) for e in events_of(body))


def test_issue13_should_be_removed_is_still_a_request():
    """A passive ("should be removed": "be" is its auxiliary) asks for an act."""
    event = by_trigger("The Zambian foreign minister said the mayor of Lusaka should be removed from office.",
                       "removed")
    assert event.type == "REQUEST" and shown(event)


def test_issue13_messages_offered_are_words():
    event = by_trigger("The Zambian president offers messages about stability to the miners of the Copperbelt.",
                       "offers")
    assert event is not None and "sign: publication" in (event.hidden or "")


@pytest.mark.parametrize("body, trigger, sign, shown_as", [
    ("Two Zambian miners were killed in a car crash near Kitwe on Monday.", "killed", "mishap", False),
    ("Three people were killed in an accident on the road to Lusaka.", "killed", "mishap", False),
    ("Two Zambian farmers were killed by lightning near Kitwe on Monday.", "killed", "mishap", False),
    ("Three Zambian soldiers were killed in an ambush near the border with Congo.", "killed", "mishap", True),
    ("The Zambian president offered a warm embrace to the Malawian leader.", "offered", "backing", False),
    ("The Zambian foreign minister offered his support to the Malawian president.", "offered", "backing", False),
    ("The Zambian president offered a deal to the striking miners.", "offered", "backing", True),
    ("The Zambian senator suspended his campaign for president on Monday.", "suspended", "bid", False),
    ("The Zambian government suspended the aid programme for the Copperbelt.", "suspended", "bid", True),
])
def test_issue13_accidents_backing_and_a_campaign_given_up(body, trigger, sign, shown_as):
    """issue 13 (signs mishap, backing, bid): a death in a crash or by lightning is no ASSAULT, an embrace or support
    offered is no AGREE, a senator suspending his own campaign is no SANCTION; an ambush, a deal offered and an aid
    programme suspended stay shown."""
    event = by_trigger(body, trigger)
    assert event is not None
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body, trigger, sign, shown_as", [
    ('"Zambia must reject this offer from the mining company once and for all."', "reject", "exhortation", False),
    ('"In the normal run of events, Zambia should reject a loan like this out of hand.', "reject", "exhortation", False),
    ('"Malawi should be grateful and even agree to help pay for the road," the Zambian president said.', "agree",
     "exhortation", False),
    ("The Zambian government rejected the loan from China on Monday.", "rejected", "exhortation", True),
    ("The Zambian finance ministry has been under a court order to release the documents in batches.", "release",
     "publication", False),
    ("A judge ordered the Zambian finance ministry to release all of the emails by the end of January.", "release",
     "publication", False),
    ("Research to be released this week by two Zambian economists suggests that the mines have lost jobs.",
     "released", "publication", False),
    ("The Zambian government released the detained journalists on Monday.", "released", "publication", True),
    ("The Zambian president hailed the record streak of 40 months of job growth in the Copperbelt.", "hailed",
     "boast", False),
    ("The Zambian president hailed his government's record on jobs.", "hailed", "boast", False),
    ("The Zambian president praised Malawi's record on human rights.", "praised", "boast", True),
    ("The Zambian president praised the Malawian president for his help with the floods.", "praised", "boast", True),
    ("About 30,000 Zambians are killed by guns every year, the minister said.", "killed", "statistic", False),
    ("Two people a day are shot in Lusaka, the police said.", "shot", "statistic", False),
    ("Zambian soldiers killed three rebels near the border on Monday.", "killed", "statistic", True),
    ("Three Zambian soldiers were killed last year in an ambush near the border.", "killed", "statistic", True),
])
def test_issue13_exhortations_papers_own_records_and_rates(body, trigger, sign, shown_as):
    """issue 13 (signs exhortation, boast, statistic; publication widened): "must/should reject" says what ought to
    be done, releasing documents, emails or research publishes them (no CONCEDE), hailing one's own record backs no
    one, deaths "every year" are a rate; a loan rejected, journalists released, a neighbour's record praised and
    soldiers killed in an ambush stay shown."""
    event = by_trigger(body, trigger)
    assert event is not None
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body, shown_as", [
    ("In the run-up to the elections, Senate leader Ann Ruiz relentlessly attacked the Berg brothers from the "
     "Senate floor.", False),
    ("Senator Ann Ruiz attacked the billionaire Tom Berg for his spending on the campaign.", False),
    ("Zambian soldiers led by Colonel John Banda attacked the rebels of Joseph Kony near the border.", True),
    ("Government helicopter gunships attacked Kitwe, the activists said.", True),
])
def test_issue13_one_named_person_attacking_another_is_a_war_of_words(body, shown_as):
    """issue 13 (sign rhetoric): "attack" from a named person to a named person, with no weapon, is no ASSAULT;
    soldiers attacking rebels and gunships attacking a town stay shown."""
    event = by_trigger(body, "attacked")
    assert event.type == "ASSAULT"
    assert ("sign: rhetoric" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event


@pytest.mark.parametrize("body, trigger, sign, shown_as", [
    ("Party rules allow for minority reports at the request of a quarter of the members.", "allow", "provision",
     False),
    ("The new law allows anyone to bring a petition to the Lusaka city council.", "allows", "provision", False),
    ("The Zambian government's policy has been to allow the rebels to sell copper from the mines they hold.",
     "allow", "provision", False),
    ("The Zambian government allowed the aid convoy to cross the border on Monday.", "allowed", "provision", True),
    ("The Zambian president asked opposition politicians.", "asked", "query", False),
    ("The Zambian president asked opposition politicians to join the talks in Lusaka.", "asked", "query", True),
    ("He is a nice person, he fought really hard, President Ann Ruiz of Zambia said of her rival.", "fought",
     "effort", False),
    ("Zambian rebels fought hard against government soldiers near the border.", "fought", "effort", True),
    ("The Malawi family clashed on Monday with the new face of the party, John Banda, in a bitter row.", "clashed",
     "quarrel", False),
    ("Zambian protesters clashed on Monday with riot police, the Lusaka police chief said.", "clashed", "quarrel",
     True),
])
def test_issue13_rules_permitting_people_asked_a_hard_fight_and_a_clash_with_a_named_face(body, trigger, sign,
                                                                                       shown_as):
    """issue 13 (signs provision and effort; query and quarrel widened): what a rule, a law or a policy allows is no
    one's concession, asking people with nothing asked for is a question, a rival who "fought really hard" made an
    effort, a clash with a party's face named in an apposition is a row of words; a government letting a convoy
    cross, a request to join talks, rebels fighting soldiers and protesters clashing with police stay shown."""
    event = by_trigger(body, trigger)
    assert event is not None
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert shown(event), event
