"""issue 13, "at least 80 % of shown events make sense to a reader": on real pages most sentences report no
event, and a trigger word there ("provide", "asked", "thank") is often none. Events that ask, suppose, instruct
the reader, speak in the writer's own voice or have no actor a reader could name fall under the default
threshold; the record keeps them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.event_shown import factors, shown_factor
from newstrace.analysis.events import events_stage
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record
from newstrace.settings import Settings

pytestmark = pytest.mark.slow  # real spaCy pipeline

SHOWN = Settings().events_min_confidence


def events_of(body: str):
    return events_stage(Record(id="t", body=body, doc=get_nlp()(body))).events


def only_event(body: str):
    found = events_of(body)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("body", [
    "Police arrested three protesters outside the parliament in Lusaka on Monday.",
    "The foreign ministry of Peru rejected the proposal on Tuesday.",
    "Mayor Ana Ruiz accused the transport company of hiding the costs.",
])
def test_issue13_a_reported_event_with_named_actors_is_shown(body):
    assert only_event(body).confidence >= SHOWN


@pytest.mark.parametrize("body, sign", [
    ("Would the regional hospitals provide better care for these patients?", "question"),
    ("Share your photos of the storm with our readers.", "imperative"),
    ("I agree with every word of the last comment.", "personal"),
    ("Coarser hair demands a thicker product.", "ungrounded"),
    ("The new brackets could support heavier shelves.", "hypothetical"),
])
def test_issue13_an_event_that_reports_no_happening_is_kept_but_not_shown(body, sign):
    event = only_event(body)
    assert event.confidence < SHOWN
    assert factors()[sign] < 1.0


def test_issue13_the_same_verb_is_shown_once_it_reports_a_happening():
    asked = only_event("Would the council ask the ministry for more money?")
    reported = only_event("The city council of Accra asked the finance ministry for more money on Friday.")
    assert asked.type == reported.type == "REQUEST"
    assert asked.confidence < SHOWN <= reported.confidence


def test_issue13_signs_multiply_and_unknown_signs_are_neutral():
    table = factors()
    assert shown_factor(()) == 1.0
    assert shown_factor(("question", "personal")) == pytest.approx(table["question"] * table["personal"])
    assert shown_factor(("no such sign",)) == 1.0


def test_issue13_a_noun_of_asking_as_subject_is_no_act_but_a_clash_is_a_happening():
    demand = only_event("Demand for cheap flights helped the airline of Kenya post a profit.")
    clashes = only_event("Clashes between police and farmers broke out in Nakuru on Monday.")
    assert demand.confidence < SHOWN <= clashes.confidence


@pytest.mark.parametrize("body, sign", [
    ("Kestrel Display Corp supplies screens for the new Orbit tablets.", "thing"),
    ("As of today Nimbus Desktop supports 64 bit Windows.", "thing"),
    ("The company is not offering many details on the new engine.", "thing"),
    ("The company's website takes another approach, offering information about special diets.", "thing"),
    ("The minister sought to calm the markets on Friday.", "attempt"),
    ("The association has for decades allowed schools to punish children.", "habitual"),
    ("Continue reading the main story\nFind out more\nJeremy Holt and Ali Reza met one another on the radio.",
     "glued"),
])
def test_issue13_product_talk_attempts_habits_and_page_furniture_are_kept_but_not_shown(body, sign):
    event = only_event(body)
    assert event.confidence < SHOWN
    assert factors()[sign] < 1.0


@pytest.mark.parametrize("body", [
    "The ministry of Ghana provided food to the flood victims on Monday.",
    "The company provided weapons to the rebels in Darfur.",
    "Kenya offered to host the talks in Nairobi.",
    "A court in Tunis has jailed a student for two years for helping militants.",
])
def test_issue13_the_same_verbs_between_people_or_states_carry_no_sign(body):
    # "provide" is a weaker lexicon row (0.70 once calibrated): no sign lowers it, the default threshold
    # (0.71, issue 13 fifth round) leaves its band out; "offered", "jailed" are shown
    assert only_event(body).confidence >= 0.7


def test_issue13_the_default_threshold_leaves_out_the_weaker_band():
    assert only_event("The ministry of Ghana provided food to the flood victims on Monday.").confidence < SHOWN
    assert only_event("The ministry of Ghana donated food to the flood victims on Monday.").confidence >= SHOWN


def test_issue13_backing_an_act_is_support_even_from_a_business_but_shown_only_from_a_political_actor():
    product = only_event("Nimbus Software supports the latest browsers.")
    act = only_event("Nimbus Software supports the decision to ban the imports.")
    state = only_event("The Kenyan government supports the decision to ban the imports.")
    assert product.type == act.type == state.type == "SUPPORT"
    assert product.confidence < act.confidence < SHOWN <= state.confidence  # thing, then unpolitical


@pytest.mark.parametrize("body", [
    "Four people were killed when a bridge collapsed in the city on Sunday.",
    "The president fired the finance minister on Tuesday after the audit.",
])
def test_issue13_an_assault_the_acled_typer_calls_a_disaster_is_kept_but_not_shown(body):
    event = only_event(body)
    assert event.type == "ASSAULT" and event.acled_type in ("MAN_MADE_DISASTER", "NATURAL_DISASTER")
    assert event.confidence < SHOWN


def test_issue13_violence_the_acled_typer_calls_violence_is_still_shown():
    event = only_event("Gunmen killed six villagers in an attack near Kano on Monday, police said.")
    assert event.type == "ASSAULT" and event.confidence >= SHOWN


FILLER = " ".join(["The team spent the spring testing the new model with its customers, who liked its battery and its"
                   " screen but not its price."] * 6)  # over 100 words, no place


def test_issue13_a_page_that_names_almost_no_place_shows_no_event():
    placeless = events_of("Mayor Ana Ruiz accused the transport company of hiding the costs. " + FILLER)
    placed = events_of("Mayor Ana Ruiz accused the transport company of hiding the costs in Lima. " + FILLER
                       + " Buyers in Quito, Bogota and Cusco agreed.")
    assert placeless[0].type == placed[0].type == "ACCUSE"
    assert placeless[0].confidence < SHOWN <= placed[0].confidence
    assert placeless[0].confidence == pytest.approx(placed[0].confidence * factors()["placeless"], abs=0.002)


def test_issue13_a_short_snippet_is_no_page_and_carries_no_page_sign():
    assert only_event("Mayor Ana Ruiz accused the transport company of hiding the costs.").confidence >= SHOWN


@pytest.mark.parametrize("unpolitical, political", [
    ("The researchers asked forty students to fill in a survey on Friday.",
     "The Kenyan government asked donors for more money on Friday."),
    ("The bakery offered free bread to its customers on Monday.",
     "The French government offered aid to the flood victims on Monday."),
])
def test_issue13_a_verbal_event_is_shown_only_when_a_political_actor_acts(unpolitical, political):
    hidden, shown = only_event(unpolitical), only_event(political)
    assert hidden.type == shown.type
    assert hidden.confidence < SHOWN <= shown.confidence


def test_issue13_violence_and_accusations_need_no_political_source():
    assert only_event("A man accused his neighbour of stealing the tools of the workshop in Lima.").confidence >= SHOWN


@pytest.mark.parametrize("body, trigger", [
    ("The anchor asked the prime minister the same question about the teachers' unions.", "asked"),
    ("Relatives in Quito asked the governor whether any houses were left standing.", "asked"),
    ("On Sunday, a new alliance of rebel groups called the Northern Front announced an offensive to take Gao.", "called"),
    ("City officials agree that the depot is in full compliance with state law.", "agree"),
    ("The minister started with the budget but wound up in a similar place.", "wound"),
    ("European leaders seized on an admission by the ministry that it keeps chemical arms.", "seized"),
    ("The quarterly survey of the company has killed productivity in the office.", "killed"),
])
def test_issue13_another_sense_of_the_trigger_word_is_kept_but_not_shown(body, trigger):
    """issue 13, sixth round: a question, a name, a shared view, a phrasal verb, a business as attacker."""
    event = next(e for e in events_of(body) if e.trigger == trigger)
    assert event.confidence < SHOWN


@pytest.mark.parametrize("body", [
    "The opposition asked the government to release the prisoners in Caracas.",
    "The president called for calm after the riots in Lagos.",
    "Iran agreed to release the sailors on Friday.",
    "Police seized weapons in a raid on a house in Lahore.",
    "Rebels attacked an army post in Idlib on Monday.",
])
def test_issue13_the_same_words_in_their_event_sense_stay_shown(body):
    assert max(e.confidence for e in events_of(body)) >= SHOWN


@pytest.mark.parametrize("body, trigger", [
    ("Government troops will attack the rebel town of Kasra next week, the ministry said.", "attack"),
    ("The foreign minister of Chile is going to visit Lima on Friday.", "visit"),
    ("The minister of Chile flew to Lima to visit the president of Peru.", "visit"),
    ("Rebels of the northern front gathered near Kasra to attack the army post.", "attack"),
    ("The union of dock workers wrote to the ministry of labour in Lisbon to demand higher pay.", "demand"),
])
def test_issue13_an_event_in_the_future_or_an_aim_is_kept_but_not_shown(body, trigger):
    """issue 13, seventh round: "will attack", "is going to visit", "flew to Lima to visit" report no happening yet."""
    event = next(e for e in events_of(body) if e.trigger == trigger)
    assert event.confidence < SHOWN


@pytest.mark.parametrize("body, trigger", [
    ("Peru's foreign minister to call for talks with Chile.", "call"),
    ("The foreign minister of Peru plans to call for talks with Chile on Friday.", "call"),
    ("The interior ministry of Peru is expected to ban the march in Lima.", "ban"),
    ("The army of Chad is preparing to attack the rebel town of Kasra.", "attack"),
])
def test_issue13_an_intended_or_announced_act_is_kept_but_not_shown(body, trigger):
    """issue 13, round 14: a headline's "minister to call for" and "plans to call for", "is expected to ban" tell of
    an act announced or intended, no happening yet."""
    event = next(e for e in events_of(body) if e.trigger == trigger)
    assert event.confidence < SHOWN


@pytest.mark.parametrize("body", [
    "Rebels began to shell the port city of Kasra on Monday, the army said.",
    "Gunmen in Kasra tried to kill the governor of the province on Monday.",
    "Police in Lusaka continued to arrest protesters outside the parliament on Monday.",
])
def test_issue13_an_act_under_way_or_attempted_stays_shown(body):
    """issue 13, seventh round: an infinitive that completes a verb ("began to", "tried to", "continued to") reports what was done."""
    assert max(e.confidence for e in events_of(body)) >= SHOWN


@pytest.mark.parametrize("body, trigger", [
    ("The opposition leader said democracy is being murdered in Kenya.", "murdered"),
    ("Senator Ruto attacked the plan of the government on Tuesday.", "attacked"),
])
def test_issue13_an_assault_on_an_idea_or_a_text_is_kept_but_not_shown(body, trigger):
    """issue 13, seventh round (metaphor): violence done to democracy or to a plan is a figure of speech."""
    event = next(e for e in events_of(body) if e.trigger == trigger)
    assert event.type == "ASSAULT"
    assert event.confidence < SHOWN


@pytest.mark.parametrize("body", [
    "Police attacked the protest outside the parliament in Nairobi on Monday.",
    "Government troops shelled the rebel positions near Kasra on Monday.",
    "Gunmen attacked the office of the governor in Kasra on Monday.",
])
def test_issue13_an_assault_on_people_places_or_a_gathering_stays_shown(body):
    """issue 13, seventh round: "the protest" is an event word, "positions" and "office" are places."""
    assert max(e.confidence for e in events_of(body)) >= SHOWN


@pytest.mark.parametrize("body, shown", [
    ("Officials in Nairobi insist that the new tax is fair to farmers.", False),
    ("The Kenyan government insists the border with Somalia was never closed.", False),
    ("The Kenyan government insisted that the journalists be released at once.", True),
    ("The Kenyan government insisted on a recount of the votes in Mombasa.", True),
])
def test_issue13_insisting_on_a_view_is_no_request(body, shown):
    """issue 13: "insist" with an indicative clause states a view (sign assertion); with a subjunctive or "on"
    it demands (a REQUEST, shown from a government)."""
    event = next(e for e in events_of(body) if e.trigger.lower().startswith("insist"))
    assert event.type == "REQUEST"
    assert (event.confidence >= SHOWN and not event.hidden) == shown, event
    assert ("sign: assertion" in (event.hidden or "")) == (not shown)


@pytest.mark.parametrize("body, shown", [
    ("The Kenyan foreign minister warned against the plan to close the border.", False),
    ("The Kenyan government has warned farmers about the risk of floods in the west.", False),
    ("Kenya's interior ministry warned that the floods could spread to Nairobi.", False),
    ("The Kenyan government warned of a rise in food prices after the drought.", False),
    ("The Kenyan army warned that it would retaliate against any attack on its bases.", True),
    ("The Kenyan army warned the rebels that it would strike their camps.", True),
])
def test_issue13_a_warning_of_a_danger_is_no_threat(body, shown):
    """issue 13 (sign warning): "warn" with "about/against/of" or with a clause that is not the speaker's own
    future act tells of a danger; "warned that it would retaliate" is a THREATEN, shown from an army."""
    event = next(e for e in events_of(body) if e.trigger == "warned")
    assert event.type == "THREATEN"
    assert (event.confidence >= SHOWN and not event.hidden) == shown, event
    assert ("sign: warning" in (event.hidden or "")) == (not shown)


@pytest.mark.parametrize("body, shown", [
    ("The Kenyan government earned the support of 60 percent of voters in the poll.", False),
    ("Senator Odinga has the support of 35 percent of Kenyan voters, a new survey found.", False),
    ("The ruling party of Kenya won the support of the unions on Monday.", False),
    ("The Kenyan government gets 40 percent support in the new poll.", False),
    ("The Kenyan government supported the ceasefire plan on Monday.", True),
])
def test_issue13_support_received_is_not_the_actors_support(body, shown):
    """issue 13 (sign received): "X earned / has / won the support of ..." or "X gets 40 percent support" makes X the
    one supported, not the supporter; "the government supported the plan" is its SUPPORT."""
    event = next(e for e in events_of(body) if e.trigger.lower().startswith("support"))
    assert event.type == "SUPPORT"
    assert (event.confidence >= SHOWN and not event.hidden) == shown, event
    assert ("sign: received" in (event.hidden or "")) == (not shown)
