"""issue 13: ACLED-style sub-event types that carry to countries the model never saw (sentences written here)."""

from __future__ import annotations

import pytest

from newstrace.analysis import event_typer as typer
from newstrace.analysis import events as ev
from newstrace.analysis.event_model import Prediction, load
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record

pytestmark = pytest.mark.slow  # real spaCy pipeline


def acled_types(body: str) -> list[str | None]:
    record = ev.events_stage(Record(id="t", body=body, doc=get_nlp()(body)))
    return [e.acled_type for e in record.events]


class UnsureModel:
    """The shipped model's labels, always 60 % sure of a peaceful protest."""

    def __init__(self) -> None:
        real = load("acled")
        assert real is not None
        self.counts, self.plover = dict.fromkeys(real.labels, 1000), real.plover

    rule_features = False
    masked_names = False

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        return Prediction("PEACE_PROTEST", 0.6, 0.6)


@pytest.mark.parametrize("body", [
    "Residents protested in Meru against drug trafficking in their estate.",
    "Nurses protested in Nyeri over the coronavirus pandemic.",
])
def test_issue13_a_protest_about_a_crime_or_a_disaster_is_typed_as_a_protest(monkeypatch, body):
    """The crime or the pandemic is what the protest is about: an unsure model still types the protest,
    not ORG_CRIME or NATURAL_DISASTER (ACLED has no notes of those, so only the rules give them)."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureModel())
    assert acled_types(body) == ["PEACE_PROTEST"]


@pytest.mark.parametrize("body", [
    "Traders blocked the road to the county offices to protest new market fees.",
    "Angry residents barricaded the Kisumu road with burning tyres to protest the poor state of the road.",
])
def test_issue13_blocking_roads_is_a_violent_demonstration(body):
    """ACLED's codebook counts road blocks, barricades and burning tyres as a violent demonstration."""
    assert acled_types(body) == ["VIOL_DEMONSTR"]


def test_issue13_a_protest_against_a_killing_is_no_force_against_protesters():
    assert acled_types("Families of the victims protested in Garissa on Monday after gunmen killed four "
                       "teachers.") == ["PEACE_PROTEST"]


def test_issue13_police_firing_on_protesters_is_still_force_against_them():
    assert acled_types("Police opened fire on demonstrators in Migori, killing one protester.") == [
        "FORCE_AGAINST_PROTEST"]


def test_issue13_a_dispersal_takes_its_acled_type_from_another_family():
    """PLOVER calls a dispersal COERCE, ACLED a protest with intervention: with no rule type and no sure
    COERCE type the model's material-conflict type stands (it was left empty)."""
    assert acled_types("Police dispersed a crowd of traders outside the county offices in Nakuru.") == [
        "PROTEST_WITH_INTER"]


class UnsureAttackModel(UnsureModel):
    """The shipped model's labels, always 60 % sure of an attack (below the override threshold)."""

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        return Prediction("ATTACK", 0.6, 0.6)


@pytest.mark.parametrize("body", [
    "Soldiers shot dead two suspected militants near the border town of Kolo.",
    "Police gunned down three suspected gang members in Waru estate.",
    "Police shot dead three suspected robbers in Nakuru town.",
])
def test_issue13_state_forces_killing_suspects_is_a_clash(monkeypatch, body):
    """ACLED codes state forces killing suspected militants or criminals as an armed clash (11 of 14 such
    training notes of the fitting countries), not as one-sided violence against civilians."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    assert acled_types(body) == ["ARMED_CLASH"]


@pytest.mark.parametrize("body", [
    "Suspected bandits shot dead two teachers near the border town of Kolo.",
    "Gunmen shot dead three villagers in Waru estate.",
])
def test_issue13_suspects_killing_or_no_suspects_stay_an_attack(monkeypatch, body):
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    assert acled_types(body) == ["ATTACK"]


@pytest.mark.parametrize("body", [
    "Two unknown men shot a policeman near the market of Tanu on Sunday.",
    "Unidentified attackers killed two soldiers at a checkpoint outside Bela town.",
])
def test_issue13_an_attack_on_armed_forces_by_an_unnamed_side_is_a_clash(monkeypatch, body):
    """ACLED keeps ATTACK for violence against unarmed people: an attack on police, soldiers or a militia is an
    ARMED_CLASH even when the attackers have no sector (training notes with unknown gunmen / assailants attacking
    police, soldiers, gendarmes or a militia: ARMED_CLASH 28 of 31, five countries)."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    assert acled_types(body) == ["ARMED_CLASH"]


@pytest.mark.parametrize("body, target", [
    ("Two unknown men shot and wounded a policeman near the market of Tanu on Sunday.", "policeman"),
    ("Gunmen stormed and looted the village of Tanu.", "village of Tanu"),
])
def test_issue13_two_verbs_sharing_one_object_give_the_first_its_target(monkeypatch, body, target):
    """"shot and wounded a policeman": the parse hangs the object under the second verb; the trigger (the first)
    had no target, so the attack on a policeman read as one-sided violence."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    record = ev.events_stage(Record(id="t", body=body, doc=get_nlp()(body)))
    assert [a.text for e in record.events[:1] for a in e.target_actors] == [target]
    assert target != "policeman" or record.events[0].acled_type == "ARMED_CLASH"


def test_issue13_an_attack_by_civilians_on_police_is_no_clash(monkeypatch):
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    assert acled_types("Gunmen shot dead three farmers near the market of Tanu.") == ["ATTACK"]
    assert acled_types("Angry villagers attacked two policemen at the market of Tanu.") != ["ARMED_CLASH"]


def test_issue13_rule_features_name_every_rule_that_fires_and_the_sectors():
    """What the rules see is a feature of the ACLED model: every rule that fires, the first apart, and the sectors of
    the role words; no place or person name enters them (they read the same in a country the model never saw)."""
    from newstrace.analysis.event_acled import rule_features

    found = rule_features(get_nlp()("Police fired tear gas at protesters who blocked the road in Kisumu.")[:])
    assert {"rule=PROTEST_WITH_INTER", "rule=VIOL_DEMONSTR", "rule1=PROTEST_WITH_INTER", "sector=COP"} <= set(found)
    assert not any("kisumu" in f.lower() for f in found)
    assert set(rule_features(get_nlp()("Rebels attacked an army base near the border.")[:])) >= {
        "rule=ATTACK", "sector=MIL", "sector=REB"}
    assert rule_features(get_nlp()("The weather was mild on Tuesday.")[:]) == []


def test_issue13_a_model_reads_rule_features_only_when_fitted_with_them():
    """The same extra feature moves a model fitted with rule features and leaves an older model alone."""
    import base64

    import numpy as np

    from newstrace.analysis.event_model import LinearModel

    weights = np.array([[0.0, 3.0], [1.0, 0.0]], dtype=np.float16)  # features "rule=ATTACK", "attack"
    spec = {"labels": ["ARMED_CLASH", "ATTACK"], "features": ["rule=ATTACK", "attack"], "bias": [0.0, 0.0],
            "weights": {"dtype": "float16", "shape": [2, 2], "data": base64.b64encode(weights.tobytes()).decode()}}
    old, new = LinearModel(spec), LinearModel({**spec, "rule_features": True})
    assert old.predict("gunmen attack", None, ["rule=ATTACK"]).label == "ARMED_CLASH"
    assert new.predict("gunmen attack", None, ["rule=ATTACK"]).label == "ATTACK"
    assert new.predict("gunmen attack").label == "ARMED_CLASH"


class ReadingModel(UnsureModel):
    """The shipped model's labels, noting the extra features the stage passes."""

    rule_features = True
    masked_names = True

    def __init__(self) -> None:
        super().__init__()
        self.extras: list[list[str]] = []
        self.texts: list[str] = []

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        self.extras.append(list(extra))
        self.texts.append(text)
        return Prediction("ATTACK", 0.6, 0.6)


def test_issue13_the_stage_gives_the_model_the_rules_view_of_the_sentence_and_the_next(monkeypatch):
    model = ReadingModel()
    monkeypatch.setattr(typer, "load_model", lambda name: model)
    acled_types("Gunmen attacked a village in the north. Two police reservists were killed.")
    assert model.extras and "rule=ATTACK" in model.extras[0] and "sector=COP" in model.extras[0]
    assert load("acled").rule_features  # the shipped model was fitted with them


def test_issue13_the_model_reads_no_names_of_people_or_places(monkeypatch):
    """issue 13 (seventeenth round): names do not carry to a country the model never saw; the stage gives the model
    the sentence with placeholders for them (``event_acled.named_masked``), as the model was fitted."""
    model = ReadingModel()
    monkeypatch.setattr(typer, "load_model", lambda name: model)
    acled_types("Gunmen attacked Peter Otieno in Nairobi on Monday. Police said two men were arrested.")
    assert model.texts and all("Nairobi" not in t and "Otieno" not in t for t in model.texts)
    assert "xperson" in model.texts[0] and "xplace" in model.texts[0] and "Police said" in model.texts[0]
    assert load("acled").masked_names  # the shipped model was fitted on such text


class FamilyModel(UnsureModel):
    """The shipped model's labels, counts and families, ``probability`` sure of ``label`` where the event's family
    allows it (else of the family's first type), as the real model chooses within the family."""

    def __init__(self, label: str, probability: float) -> None:
        super().__init__()
        real = load("acled")
        assert real is not None
        self.counts, self.label, self.probability = real.counts, label, probability

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        label = self.label if allowed is None or self.label in allowed else list(allowed)[0]
        return Prediction(label, self.probability, self.probability)


@pytest.mark.parametrize("body", [
    "Hundreds of women protested in the capital against the rape of a schoolgirl.",
    "Students marched in the city to protest the air strike that killed ten civilians.",
])
def test_issue13_a_protest_against_violence_is_a_protest(monkeypatch, body):
    """The rape or the air strike is what the protest is about: a rule type of another family gives way, and even an
    unsure model types the protest (on held-out countries' notes such rules were wrong 17 times in 18)."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureModel())
    assert acled_types(body) == ["PEACE_PROTEST"]


@pytest.mark.parametrize("body", [
    "Soldiers killed six militants in an ambush and seized weapons and ammunition.",
])
def test_issue13_a_strategic_development_beside_violence_gives_way_to_a_sure_model(monkeypatch, body):
    """Seizing arms after a clash: ACLED codes the violence. A sure model's violent type
    replaces the rarer strategic type; an unsure one leaves the rule's."""
    monkeypatch.setattr(typer, "load_model", lambda name: FamilyModel("ARMED_CLASH", 0.8))
    assert acled_types(body) == ["ARMED_CLASH"]
    monkeypatch.setattr(typer, "load_model", lambda name: FamilyModel("ARMED_CLASH", 0.5))
    assert acled_types(body) != ["ARMED_CLASH"]


def test_issue13_seizing_arms_without_violence_stays_a_strategic_development(monkeypatch):
    monkeypatch.setattr(typer, "load_model", lambda name: FamilyModel("ARMED_CLASH", 0.95))
    assert acled_types("Police seized weapons and ammunition in a raid on a house in the capital.") == ["DISR_WEAP"]


def test_issue13_grenade_launchers_are_no_grenade_attack():
    """A thrown grenade is ACLED's GRENADE; grenade launchers fired in a battle are not (0 of 165 training notes)."""
    assert acled_types("A man threw a grenade at a police post in the market.") == ["GRENADE"]
    assert acled_types("Soldiers fired mortars and grenade launchers at rebel positions near the town.") != ["GRENADE"]


@pytest.mark.parametrize("body", [
    "Soldiers fired with machine guns on the positions of the rebels near the border.",
    "Gunmen fired at a police patrol outside the town.",
    "Troops fired upon the crowd in the main square.",
])
def test_issue13_firing_at_someone_is_shooting_not_a_blaze(body):
    """"Fired at / upon / with / into": 240 training notes, none a disaster (ARMED_CLASH 154). The bare "fire" row
    made them MAN_MADE_DISASTER; the ATTACK rule now takes them, and the two armed sides make a clash."""
    from newstrace.analysis.event_acled import classify, sentence_keys

    match = classify(sentence_keys(get_nlp()(body)))
    assert match is not None and match.label == "ATTACK"
    assert acled_types(body)[0] not in ("MAN_MADE_DISASTER", "NATURAL_DISASTER", None)


def test_issue13_a_fire_that_broke_out_stays_a_disaster():
    from newstrace.analysis.event_acled import classify, sentence_keys

    match = classify(sentence_keys(get_nlp()("A fire broke out at a textile factory on the edge of the city.")))
    assert match is not None and match.label == "MAN_MADE_DISASTER"


def rule_label(body: str) -> str | None:
    from newstrace.analysis.event_acled import classify, sentence_keys

    match = classify(sentence_keys(get_nlp()(body)))
    return match.label if match else None


@pytest.mark.parametrize("body", [
    "Gunmen kidnapped a trader on the highway and killed his driver.",
    "Soldiers arrested four herders at the market and executed them outside the town.",
    "Militiamen detained two boys and tortured them for a day.",
])
def test_issue13_killing_beside_an_abduction_or_arrest_is_the_attack(body):
    """ACLED codes the violence when a note tells of an abduction or an arrest and a killing or torture
    (training notes: abduction and killing 82 of 114 ATTACK, 1 ABDUCT_DISSAP; arrest and execution or torture
    47 of 54 ATTACK)."""
    assert rule_label(body) == "ATTACK"


def test_issue13_an_abduction_or_arrest_alone_keeps_its_type():
    assert rule_label("Gunmen kidnapped a trader on the highway near the border.") == "ABDUCT_DISSAP"
    assert rule_label("Police arrested three opposition activists at their homes.") == "ARREST"


@pytest.mark.parametrize("body", [
    "Farmers found the body of a teacher in a ditch beside the road.",
    "Two men were found dead in a field outside the village.",
    "Soldiers executed five civilians near the camp.",
])
def test_issue13_bodies_found_and_executions_are_attacks(body):
    """"Found dead", "the body was found", "executed": ACLED's ATTACK (115 of 135 and 122 of 161 training
    notes); no rule coded them before."""
    assert rule_label(body) == "ATTACK"
    assert acled_types(body)[0] in ("ATTACK", "ARMED_CLASH")


def test_issue13_a_shoot_out_is_an_armed_clash():
    """93 of 98 training notes with a shoot-out are ARMED_CLASH."""
    assert rule_label("A shoot-out between soldiers and gunmen left two men dead in the port district.") == \
        "ARMED_CLASH"


def test_issue13_seizing_vehicles_or_livestock_takes_no_territory():
    """Militants seizing motorbikes or cattle loot; they take no territory (training notes with such objects:
    PROPERTY_DISTRUCT 65 of 123, no territory type)."""
    assert rule_label("Militants seized three motorbikes and livestock in the village.") not in (
        "NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT")
    assert rule_label("Rebels seized the town on Sunday.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_issue13_a_clash_leaving_people_dead_is_no_withdrawal():
    """"Leave" is a word of withdrawal, but "left three people dead" tells of violence (training notes with
    "left" and deaths or injuries: ARMED_CLASH 59, ATTACK 45 of 170, no territory type)."""
    assert rule_label("Clashes between farmers and herders left three people dead in the village.") == "ARMED_CLASH"
    assert rule_label("The troops left the town after the talks.") == "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("body", [
    "Rebel forces fired grenade launchers at government positions near the village.",
    "Monitors recorded 40 bursts of fire from small arms near the front line.",
])
def test_issue13_gunfire_is_no_blaze(body):
    """"Fire" beside weapons (guns, launchers, small arms, bursts of fire) is shooting, never a man-made disaster."""
    assert rule_label(body) not in ("MAN_MADE_DISASTER", "NATURAL_DISASTER")
    assert rule_label("A huge fire swept through the market overnight.") == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("body", [
    "Supporters of the mayor attacked supporters of a rival candidate outside the polling station.",
    "Locals assaulted two electricity workers who came to cut their power.",
])
def test_issue13_violence_by_a_crowd_is_mob_violence(monkeypatch, body):
    """Supporters, locals, villagers, a mob: ACLED's rioters, whose violence is MOB_VIOL, whether the rules or a
    sure model said ATTACK (training notes with such subjects: MOB_VIOL 397 of 440)."""
    monkeypatch.setattr(typer, "load_model", lambda name: FamilyModel("ATTACK", 0.95))
    assert acled_types(body) == ["MOB_VIOL"]


def test_issue13_an_armed_group_of_the_villagers_is_no_crowd(monkeypatch):
    monkeypatch.setattr(typer, "load_model", lambda name: FamilyModel("ATTACK", 0.95))
    assert acled_types("Gunmen attacked the villagers in their homes.") == ["ATTACK"]
    assert acled_types("A militia of the villagers attacked the police post.") != ["MOB_VIOL"]


def test_issue13_staged_a_protest_is_a_protest_not_a_stag():
    """The small model lemmatises "staged" as "stag": the lexicon's "stage_protest" row never matched and the noun
    "protest" (a diplomatic protest, ACCUSE) coded the sentence, so a human chain about a student's suicide
    became a SUIC_BOMB."""
    body = "Villagers staged a protest on the highway after a student committed suicide."
    record = ev.events_stage(Record(id="t", body=body, doc=get_nlp()(body)))
    assert [(e.type, e.acled_type) for e in record.events] == [("PROTEST", "PEACE_PROTEST")]


def test_issue13_a_verb_lemma_keeps_its_silent_e_only_where_the_lemmatiser_lost_it():
    from newstrace.analysis.event_acled import verb_lemma

    doc = get_nlp()("They staged a sit-in and the stags were hopping while she used the hall.")
    lemmas = {t.lower_: verb_lemma(t, {"stage", "hope", "use"}) for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["hopping"] == "hop"  # no silent e lost: "hopp" + ing is not "hop" + ing
    assert lemmas["used"] == "use"


def test_issue13_the_acled_rules_read_raped_as_rape():
    """The lemmatiser reads "raped" as a form of "rap"; the rules' keys repair it as the lexicon's do."""
    assert rule_label("Two men raped a girl near the market.") == "SEX_VIOL"


class TwoFamilyModel(UnsureModel):
    """The shipped model's labels: ``probability`` sure of a violent demonstration among all types, 80 % sure of an
    armed clash within the assault family."""

    def __init__(self, probability: float) -> None:
        super().__init__()
        self.probability = probability

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        if allowed is None or "VIOL_DEMONSTR" in allowed:
            return Prediction("VIOL_DEMONSTR", self.probability, self.probability)
        return Prediction("ARMED_CLASH", 0.8, 0.8)


@pytest.mark.parametrize("probability, expected", [(0.95, "VIOL_DEMONSTR"), (0.85, "VIOL_DEMONSTR"),
                                                   (0.75, "ARMED_CLASH")])
def test_issue13_a_very_sure_model_types_an_event_of_another_family(monkeypatch, probability, expected):
    """issue 13 (ninth round): the lexicon's category and ACLED's families differ (traders clashing with police are
    an assault to the lexicon, a violent demonstration to ACLED): a model at least ACLED_MODEL_SURE sure of a common
    type of another family types the event; a less sure one keeps to the family. 0.8 since the twenty-second round
    (0.9 before: a model 0.85 sure kept to the family)."""
    monkeypatch.setattr(typer, "load_model", lambda name: TwoFamilyModel(probability))
    assert acled_types("Hawkers clashed with police officers in the market of Tiko on Friday.") == [expected]


class FreeModel(UnsureModel):
    """Sure of one common type among all families; of the event's own family, when that is another, unsure."""

    def __init__(self, label: str, probability: float) -> None:
        super().__init__()
        self.label, self.probability = label, probability

    def predict(self, text, allowed=None, extra=()) -> Prediction:
        if allowed is None or self.label in allowed:
            return Prediction(self.label, self.probability, self.probability)
        return Prediction(allowed[0], 0.2, 0.2)


@pytest.mark.parametrize("body, label, probability, expected", [
    ("Floods swept away the houses of farmers, and police detained two traders in Tiko on Friday.",
     "ARREST", 0.85, "ARREST"),
    ("Floods swept away the houses of farmers, and police detained two traders in Tiko on Friday.",
     "ARREST", 0.75, "NATURAL_DISASTER"),
    ("Members of a drug gang set fire to the homes of two traders in Tiko on Friday.",
     "PROPERTY_DISTRUCT", 0.85, "PROPERTY_DISTRUCT"),
    ("Members of a drug gang set fire to the homes of two traders in Tiko on Friday.",
     "PROPERTY_DISTRUCT", 0.75, "ORG_CRIME"),
])
def test_issue13_a_sure_model_of_any_family_types_over_a_rule_type_acled_lacks(monkeypatch, body, label, probability,
                                                                                 expected):
    """issue 13 (tenth round): a rule type ACLED has no notes of (a crime, a disaster) gives way to the model when it
    is at least ACLED_MODEL_OVER_RULE_ONLY (0.8) sure of a common type of any family: an arrest beside a flood is an
    arrest, arson by a gang a property destruction (the ACLED notes of held-out countries, every fold); 0.9 of the
    event's own family before, so an arson (an assault to the lexicon) could never become a property destruction."""
    monkeypatch.setattr(typer, "load_model", lambda name: FreeModel(label, probability))
    assert acled_types(body) == [expected]


@pytest.mark.parametrize("probability, expected", [(0.25, "PROPERTY_DISTRUCT"), (0.15, None)])
def test_issue13_a_fairly_sure_model_types_a_material_event_the_rules_left_untyped(monkeypatch, probability, expected):
    """issue 13 (twenty-second round): a raid no ACLED rule types takes the model's type of its own family from
    ACLED_MODEL_ALONE (0.2; 0.3 before: on the held-out-country folds such a first choice was more often right than
    no type, which makes a later sentence the note's first coded one or leaves the note untyped)."""
    monkeypatch.setattr(typer, "load_model", lambda name: FreeModel("PROPERTY_DISTRUCT", probability))
    assert acled_types("Herders raided a farm outside Tiko on Friday.") == [expected]


@pytest.mark.parametrize("body", [
    "Gunmen shot dead a nurse at a coronavirus checkpoint outside the town on Sunday.",
    "Soldiers fought with market vendors who defied the coronavirus curfew in the capital.",
])
def test_issue13_the_pandemic_is_the_setting_of_an_assault_not_a_disaster(body):
    """issue 13 (eleventh round): violence during the pandemic is the violence (1,175 training notes name the
    pandemic, none a disaster); the pandemic's words type a sentence only when no other rule fires."""
    types = acled_types(body)
    assert types and types[0] not in ("NATURAL_DISASTER", None)


def test_issue13_pandemic_figures_alone_are_still_a_disaster():
    body = "Coronavirus cases rose again in the province this week."
    record = ev.events_stage(Record(id="t", body=body, doc=get_nlp()(body)))
    assert [i.acled_type for i in record.incidents] == ["NATURAL_DISASTER"]


@pytest.mark.parametrize("probability, expected", [(0.85, "PEACE_PROTEST"), (0.75, "VIOL_DEMONSTR")])
def test_issue13_an_escalated_protest_gives_way_to_a_very_sure_peaceful_model(monkeypatch, probability, expected):
    """issue 13 (eleventh round): the rules' escalation word is often the protest's topic or purpose ("demanding the
    arrest of", "to prevent the spread"); a model at least ACLED_MODEL_OVER_ESCALATED (0.8) sure of a peaceful
    protest types it, a less sure one leaves the rule's escalation."""
    monkeypatch.setattr(typer, "load_model", lambda name: FreeModel("PEACE_PROTEST", probability))
    body = "Traders blocked the road to the county offices to protest new market fees."
    assert acled_types(body) == [expected]


@pytest.mark.parametrize("body", [
    "Traders blocked the entrance to the county offices to protest new market fees.",
    "Nurses blocked the gate of the hospital for two hours to protest unpaid salaries.",
])
def test_issue13_blocking_a_gate_or_an_entrance_alone_is_a_peaceful_protest(body):
    """issue 13 (eleventh round): a road block is ACLED's violent demonstration, but blocking an entrance, a gate or
    an office is a sit-in: training notes with a protest and "block" but no road, barricade, fire or stones are
    PEACE_PROTEST 126, VIOL_DEMONSTR 47, PROTEST_WITH_INTER 22 (25 countries)."""
    assert acled_types(body) == ["PEACE_PROTEST"]


@pytest.mark.parametrize("probability, expected", [(0.95, "VIOL_DEMONSTR"), (0.85, "VIOL_DEMONSTR"),
                                                   (0.75, "FORCE_AGAINST_PROTEST")])
def test_issue13_force_against_a_violent_demonstration_gives_way_to_a_sure_model(monkeypatch, probability, expected):
    """issue 13 (eleventh round): police firing on demonstrators who had turned violent is ACLED's violent
    demonstration; the rare force rule gives way only to a model ACLED_MODEL_SURE (0.8 since the twenty-second
    round) sure of that."""
    monkeypatch.setattr(typer, "load_model", lambda name: FreeModel("VIOL_DEMONSTR", probability))
    assert acled_types("Police opened fire on demonstrators in Migori, killing one protester.") == [expected]


@pytest.mark.parametrize("body, expected", [
    ("Market vendors demonstrated and barricaded the main road, demanding lower fees.", "VIOL_DEMONSTR"),
    ("Residents demonstrated by throwing stones at the district office over water cuts.", "VIOL_DEMONSTR"),
    ("Police dispersed and detained students who demonstrated outside the ministry.", "PROTEST_WITH_INTER"),
    ("Teachers demonstrated outside the ministry over unpaid salaries.", "PEACE_PROTEST"),
])
def test_issue13_the_verb_demonstrate_is_a_protest_word_of_the_escalation_rules(monkeypatch, body, expected):
    """issue 13 (fourteenth round): the escalated-protest rules asked for a protest word among protest, demonstrator,
    demonstration, rally, march ... but not the verb "demonstrate", so "demonstrated and barricaded the road" stayed a
    peaceful protest whatever the rules saw (training notes with the verb and no other protest word: with violence
    words VIOL_DEMONSTR 36 of 47, 13 countries; with police action PROTEST_WITH_INTER 9, VIOL_DEMONSTR 8, PEACE 3)."""
    monkeypatch.setattr(typer, "load_model", lambda name: UnsureModel())
    assert acled_types(body)[:1] == [expected]


def test_issue13_role_features_say_who_acts_and_who_suffers_without_names():
    """The model reads the clause roles of the role words (agent / patient and their sector, ARMED for an armed one)
    and NAMED for a group's name no dictionary holds: an attack on armed people (ACLED's armed clash) reads the same
    in a country the model never saw; the names themselves never enter the features (issue 13, fifteenth round)."""
    from newstrace.analysis.event_acled import role_features

    def roles(text: str) -> set[str]:
        return set(role_features(get_nlp()(text)[:]))

    militants = roles("Militants killed two policemen at a checkpoint near Tanu.")
    assert {"agent=REB", "agent=ARMED", "patient=COP", "patient=ARMED"} <= militants
    passive = roles("Three soldiers were shot dead by gunmen in the hills of Orro.")
    assert {"patient=MIL", "patient=ARMED", "agent=REB"} <= passive
    assert "agent=NAMED" not in passive  # a place after "in" is no actor
    assert "patient=NAMED" in roles("Gunmen attacked a camp of the Ngoro Defence Front on Monday.")
    farmers = roles("Gunmen shot dead three farmers near the market of Tanu.")
    assert "patient=AGR" in farmers and "patient=ARMED" not in farmers
    assert not any("ngoro" in f.lower() or "tanu" in f.lower() for f in militants | farmers)
    assert roles("The weather was mild on Tuesday.") == set()


def test_issue13_rule_and_role_features_are_fitted_at_their_scale():
    """train_events fits the general features (rules, sectors, roles) at GENERAL_SCALE and returns weights for 0/1
    features: the same fit on columns scaled by hand gives the same predictions."""
    import sys
    from pathlib import Path

    import numpy as np
    from scipy import sparse

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import train_events as te

    index = {"rule=ATTACK": 0, "attack": 1, "patient=ARMED": 2}
    x = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 1], [0, 1, 1], [1, 0, 0]], dtype=float))
    y, weights = np.array([0, 1, 1, 0]), np.ones(4)
    w, b = te.fit_with_legacy(x, y, ["ATTACK", "ARMED_CLASH"], 1e-2, weights, [], index, 0.0)
    scale = te.column_scale(index)
    assert list(scale) == [te.GENERAL_SCALE, 1.0, te.GENERAL_SCALE]
    w_hand, b_hand = te.fit((x @ sparse.diags(scale)).tocsr(), y, 2, 1e-2, weights)
    assert np.allclose(x @ w + b, (x @ sparse.diags(scale)) @ w_hand + b_hand, atol=1e-4)
