"""issue 13 (second session): how the trained ACLED model and the rules share the sub-event type, and the
guard against sports metaphors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis import event_typer
from newstrace.analysis.event_model import Prediction
from newstrace.analysis.events import events_stage
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record

pytestmark = pytest.mark.slow  # real spaCy pipeline


def coded(body: str) -> Record:
    return events_stage(Record(id="t", body=body, doc=get_nlp()(body)))


class StubModel:
    """A stand-in for the ACLED model that is always ``probability`` sure of ``label``."""

    def __init__(self, label: str, probability: float) -> None:
        self.label, self.probability = label, probability
        self.counts = {"VIOL_DEMONSTR": 1500, "PEACE_PROTEST": 4000, "ATTACK": 2000, "ARMED_CLASH": 2900}
        self.plover = {"VIOL_DEMONSTR": "PROTEST", "PEACE_PROTEST": "PROTEST", "ATTACK": "ASSAULT", "ARMED_CLASH": "ASSAULT"}

    rule_features = False
    masked_names = False

    def predict(self, text, allowed=None, extra=()):
        return Prediction(self.label, self.probability, self.probability)


@pytest.mark.parametrize("probability, expected", [(0.95, "ATTACK"), (0.8, "ATTACK"), (0.75, "ORG_CRIME")])
def test_issue13_only_a_very_sure_model_overrides_a_type_acled_lacks(monkeypatch, probability, expected):
    """issue 13: the rules alone know ORG_CRIME ("gang"); the model, trained on ACLED notes, replaces such a
    rule type only when it is at least ACLED_MODEL_OVER_RULE_ONLY sure of a type it has many notes of."""
    monkeypatch.setattr(event_typer, "load_model", lambda name: StubModel("ATTACK", probability))
    types = [e.acled_type for e in coded("A gang attacked a bank van in Nakuru on Monday.").events]
    assert types == [expected]  # (a protest is never ORG_CRIME: test_events_acled.py)


@pytest.mark.parametrize("body", [
    "Arsenal crushed the visitors with a late strike from Saka.",
    "United stormed back to beat the visitors 3-2.",
    "The champions hammered the visitors and killed off the game before half-time.",
    "Kane fired a shot past the goalkeeper to beat the hosts.",
    "Celtic destroyed the visitors at Parkhead on Saturday.",
])
def test_issue13_a_match_report_is_no_assault(body):
    """issue 13: "crushed/beat/routed the visitors" coded ASSAULT at 0.73; the words of play are no violence."""
    assert coded(body).events == ()


@pytest.mark.parametrize("body, etype", [
    ("Fans clashed with police outside the stadium after the derby.", "ASSAULT"),
    ("Gunmen attacked a bus carrying football supporters on Sunday.", "ASSAULT"),
    ("The coach accused the referee of bias after the match.", "ACCUSE"),
])
def test_issue13_violence_around_sport_is_still_coded(body, etype):
    """issue 13: the sports guard keeps real violence at a match (a veto word) and verbal events of sport."""
    assert [e.type for e in coded(body).events] == [etype]


def test_issue13_a_score_line_alone_is_no_sport():
    from newstrace.analysis.event_guards import is_sports

    sent = next(get_nlp()("The court upheld the ban in a 5-4 ruling on Tuesday.").sents)
    assert not is_sports(sent)
    sent = next(get_nlp()("The hosts beat Ghana 2-1 in Accra.").sents)
    assert is_sports(sent)


@pytest.mark.parametrize("body, model_label, expected", [
    ("Police fired tear gas to disperse protesters in the capital.", "PEACE_PROTEST", "PROTEST_WITH_INTER"),
    ("Protesters hurled stones at police during the march in Mombasa.", "PEACE_PROTEST", "VIOL_DEMONSTR"),
    ("Police fired tear gas to disperse protesters in the capital.", "VIOL_DEMONSTR", "VIOL_DEMONSTR"),
    ("Hundreds of nurses marched through Nairobi to demand higher pay.", "PEACE_PROTEST", "PEACE_PROTEST"),
])
def test_issue13_a_sure_peaceful_model_does_not_calm_an_escalated_protest(monkeypatch, body, model_label, expected):
    """issue 13 (third session): the model leans to the peaceful majority of its ACLED notes; a protest the
    rules found escalated (tear gas, dispersal, stones) keeps its type when the model says PEACE_PROTEST below
    ACLED_MODEL_OVER_ESCALATED (0.8; eleventh round), while the model still chooses among the escalated types."""
    stub = StubModel(model_label, 0.75)
    stub.counts["PROTEST_WITH_INTER"] = 500
    stub.plover["PROTEST_WITH_INTER"] = "PROTEST"
    monkeypatch.setattr(event_typer, "load_model", lambda name: stub)
    assert [e.acled_type for e in coded(body).events] == [expected]


@pytest.mark.parametrize("body", [
    "Villagers lynched a suspected thief in Embu on Sunday.",
    "A mob beat a suspected robber to death at the bus park.",
    "Vigilantes killed two men accused of cattle theft near the market.",
])
def test_issue13_mob_justice_against_a_suspect_is_no_organised_crime(body):
    """issue 13 (third session): "theft", "robber" made the ORG_CRIME rule fire on mob justice; a lynching
    or a vigilante killing of a suspect is mob violence (ACLED's coding of such notes)."""
    types = [e.acled_type for e in coded(body).events]
    assert types and "ORG_CRIME" not in types, types


@pytest.mark.parametrize("body, label", [
    ("Rebels recaptured the town of Kilela on Friday, days after it was seized by government troops.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Militants recaptured two villages near the border a week after they were seized by the army.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Government troops recaptured the town of Kilela from the rebels on Friday.", "GOV_REGAINS_TERIT"),
])
def test_issue13_who_takes_the_territory_is_the_subject_of_the_taking(body, label):
    """issue 13 (third session): the event coded in such a sentence can be the earlier seizure, with the
    troops as its source; the ACLED territory type follows the active subject of the verb that takes it."""
    types = [e.acled_type for e in coded(body).events]
    assert types[:1] == [label], types


@pytest.mark.parametrize("body, etype", [
    ("Nurses in Kisumu protest unpaid salaries.", "PROTEST"),
    ("Raiders from the hills attack border village of Lokori", "ASSAULT"),
])
def test_issue13_a_headline_read_as_one_noun_phrase_is_still_coded(body, etype):
    """issue 13 (fifth session): a headline-style sentence without a verb ("Raiders attack village") is parsed
    as one noun phrase, its verb a compound modifier; the modifier guard (for "a jet black dress") dropped the
    event. The guard holds only in sentences whose root is a verb."""
    assert [e.type for e in coded(body).events] == [etype]
    assert coded("She wore a jet black dress to the premiere.").events == ()


class RecordingModel(StubModel):
    """The stub, noting what text the stage gave the model."""

    def __init__(self, label: str, probability: float) -> None:
        super().__init__(label, probability)
        self.texts: list[str] = []

    def predict(self, text, allowed=None, extra=()):
        self.texts.append(text)
        return super().predict(text, allowed)


def test_issue13_the_acled_model_reads_the_next_sentence_too(monkeypatch):
    """issue 13 (fifth session): the model was fitted on ACLED notes, which tell one event in 1-3 sentences; it
    reads an event's sentence with the next one ("... killed in the shootout" makes the attack a clash). The
    last sentence is read alone."""
    stub = RecordingModel("ATTACK", 0.95)
    monkeypatch.setattr(event_typer, "load_model", lambda name: stub)
    body = "Gunmen attacked a village near Isiolo on Monday. Two police reservists died in the shootout that followed."
    record = coded(body)
    assert record.events and record.events[0].acled_type == "ATTACK"
    assert stub.texts[0] == body
    stub.texts.clear()
    coded("Gunmen attacked a village near Isiolo on Monday.")
    assert set(stub.texts) == {"Gunmen attacked a village near Isiolo on Monday."}  # within its family and among all


@pytest.mark.parametrize("body, etype", [
    ("Party supporters beat up three youths outside the tallying centre.", "ASSAULT"),
    ("A man was beaten to death by villagers in Meru on Sunday.", "ASSAULT"),
    ("Residents pelted the county officers with stones.", "PROTEST"),
    ("Youths threw stones at passing vehicles on the highway.", "PROTEST"),
    ("Our team beat the visitors in the final.", None),
])
def test_issue13_beatings_and_stone_throwing_are_coded(body, etype):
    """issue 13 (fifth session): "beat up", "beaten to death" and stone throwing coded no event (the lexicon lacked
    them; CAMEO's BEAT and PELT blocks have them); winning a match is still no assault."""
    assert [e.type for e in coded(body).events][:1] == ([etype] if etype else [])


@pytest.mark.parametrize("body", [
    "Rioting broke out in the town after the results were announced.",
    "Looting and rioting spread to the suburbs of the city.",
])
def test_issue13_rioting_is_a_riot(body):
    """issue 13 (fifth session): the lemmatiser keeps the noun "rioting" as it is, so neither the lexicon's "riot"
    nor the ACLED rules' saw it; it is a violent demonstration."""
    assert [(e.type, e.acled_type) for e in coded(body).events] == [("PROTEST", "VIOL_DEMONSTR")]


@pytest.mark.parametrize("body, etype, acled", [
    ("Hundreds of families fled their homes after the killing of ten fishermen by a militia.", "ASSAULT", "ATTACK"),
    ("The kidnapping of two aid workers near the border shocked the town.", "COERCE", "ABDUCT_DISSAP"),
    ("The senators condemned the killing of the activist.", "ACCUSE", "ATTACK"),
])
def test_issue13_nouns_the_lemmatiser_keeps_are_coded(body, etype, acled):
    """issue 13 (fifth session): "killing", "kidnapping" stay as they are after lemmatising, so "kill" and
    "kidnap" missed them; the condemnation of a killing stays an ACCUSE (the verb at the root decides)."""
    assert [(e.type, e.acled_type) for e in coded(body).events] == [(etype, acled)]


@pytest.mark.parametrize("body, expected", [
    ("Police shot dead two suspected gang members along the highway on Friday.", "ATTACK"),
    ("Soldiers killed three suspected drug smugglers near the border.", "ATTACK"),
    ("A gang attacked a bank van in Nakuru on Monday.", "ORG_CRIME"),
])
def test_issue13_state_violence_against_suspects_is_no_organised_crime(monkeypatch, body, expected):
    """issue 13 (fifth session): the crime words of the ORG_CRIME rule ("gang", "drug") named the victims of police
    or army violence; such an assault is typed by the model (ACLED codes the violence), while criminals acting
    keep the rule's ORG_CRIME unless the model is sure (ACLED_MODEL_OVER_RULE_ONLY)."""
    monkeypatch.setattr(event_typer, "load_model", lambda name: StubModel("ATTACK", 0.75))
    assert [e.acled_type for e in coded(body).events] == [expected]


@pytest.mark.parametrize("body", [
    "Members of the Awami League staged a protest rally in Dhaka against the blockade.",
    "Supporters of the National League for Democracy marched through Yangon to demand the release of detainees.",
])
def test_issue13_a_party_named_league_is_no_sport(body):
    """A word of play inside a name ("Awami League") made the whole sentence a match report: 77 of 2,100 notes
    of countries held out of training (Bangladesh) lost their protest."""
    assert [e.type for e in coded(body).events] == ["PROTEST"]


def test_issue13_a_league_match_is_still_sport():
    assert coded("United crushed the visitors with a late strike to go top of the league.").events == ()


@pytest.mark.parametrize("body", [
    "On 20 November, members of the opposition staged a protest in Kela during the countrywide shut down announced "
    "for 19-20 November.",
    "Members of the ruling party staged a human chain protest in Tanu following the assault on Jubo league men.",
])
def test_issue13_a_range_of_days_or_a_lower_cased_party_league_is_no_sport(body):
    """"on 19-20 November" read as a score line beside "down" (a verb of winning), and a party's name written
    lower-cased ("Jubo league men") as a league of play: protests on notes of countries held out of training lost
    their events."""
    assert [e.type for e in coded(body).events] == ["PROTEST"]


def test_issue13_a_score_beside_a_month_or_a_league_match_is_still_sport():
    from newstrace.analysis.event_guards import is_sports

    assert is_sports(next(get_nlp()("The hosts beat Ghana 2-1 in May to go top.").sents))
    assert coded("Rovers crushed the visitors 3-0 in the league match on Sunday.").events == ()
