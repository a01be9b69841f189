"""Issue 12, quotes whose cue the cue-verb rules did not see: a quotation after a clause ending in a colon
('The minister was blunt: "…"') and a speech verb the parse joined to its content as a conjunct ('…, the
treasurer told a council panel on Monday') (articles written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _with(quotes, needle: str) -> list:
    return [q for q in quotes if needle in q.content]


def test_issue12_a_quotation_after_a_clause_ending_in_a_colon_is_its_subjects(quotes_of):
    body = ("Finance Minister Lea Varga met the union leaders on Monday.\n\n"
            "Varga was blunt: \u201cWe will not sign this agreement under any circumstances.\u201d\n\n"
            "The union's letter made a different case:\n\n"
            "\u201cWorkers cannot wait another year for the raise they were promised.\u201d")
    quotes = quotes_of(body)
    blunt = _with(quotes, "not sign this agreement")
    assert len(blunt) == 1 and blunt[0].speaker == "Varga" and blunt[0].kind == "direct"
    letter = _with(quotes, "another year")
    assert len(letter) == 1 and letter[0].speaker == "The union's letter"


def test_issue12_a_colon_after_a_clause_about_a_thing_names_no_speaker(quotes_of):
    body = ("The harbour cafe reopened on Friday.\n\n"
            "The rules are simple: \u201cNo shoes, no shirt, no service at the counter.\u201d\n\n"
            "It was a familiar slogan: \u201cMake the harbour great again, now and forever.\u201d")
    quotes = quotes_of(body)
    assert not _with(quotes, "No shoes")
    assert not _with(quotes, "harbour great again")


def test_issue12_words_on_a_sign_after_a_colon_are_not_the_holders_quote(quotes_of):
    body = ("Hundreds of nurses marched to the regional hospital board on Saturday.\n\n"
            "Maria Ortega, a night-shift nurse, held up a sign: \u201cTwelve hours without a break is not care.\u201d\n\n"
            "Her colleague Tom Reyes was blunter: \u201cWe are leaving the wards because we cannot do the job.\u201d")
    quotes = quotes_of(body)
    assert _with(quotes, "without a break") == []
    blunt = _with(quotes, "leaving the wards")
    assert len(blunt) == 1 and blunt[0].speaker.endswith("Tom Reyes")


def test_issue12_a_speech_verb_parsed_as_a_conjunct_of_its_content(quotes_of):
    body = ("The council is increasing spending on the harbour.\n\n"
            "This includes a special fund to repair the old piers, Treasurer Ana Ruiz told a council panel on "
            "Wednesday. Other members disagreed.\n\n"
            "The shipyard is hanging on, but it is under intense pressure from cheaper yards abroad, said the "
            "yard's chief executive, Tomas Berg.\n\n"
            "The yard cut prices, and the chief executive said the market was weak.")
    quotes = quotes_of(body)
    fund = _with(quotes, "special fund")
    assert len(fund) == 1 and fund[0].speaker == "Treasurer Ana Ruiz" and fund[0].cue == "told"
    yard = _with(quotes, "intense pressure")
    assert len(yard) == 1 and "hanging on" in yard[0].content and "Tomas Berg" in yard[0].speaker
    weak = _with(quotes, "market was weak")  # 'and' before the subject: a clause of its own, as before
    assert len(weak) == 1 and not _with(quotes, "cut prices")


def test_issue12_a_participle_set_off_after_its_noun_names_no_speaker(quotes_of):
    body = ("Divers mapped the old harbour last week.\n\n"
            "Rocky shoals, thought to hide the wreck of a steamer, cover a fifth of the bay.\n\n"
            "Berg, believed to be the last diver of the old crew, was not there.\n\n"
            "Jones, the harbour master, said to wait for the spring tides.")
    quotes = quotes_of(body)
    assert not _with(quotes, "hide the wreck")
    assert not _with(quotes, "last diver")
    wait = _with(quotes, "wait for the spring")  # an apposition before the comma: a finite verb, as before
    assert len(wait) == 1 and wait[0].speaker.startswith("Jones")


def test_issue12_an_as_clause_with_a_conjunct_of_its_own_is_the_writers(quotes_of):
    body = ("The quarter's earnings were not a complete disappointment, as most of the firms reported in-line or "
            "better than expected results.\n\n"
            "The bridge will reopen in May, as the city's engineers reported on Tuesday.")
    quotes = quotes_of(body)
    assert not _with(quotes, "not a complete disappointment")
    bridge = _with(quotes, "bridge will reopen")
    assert len(bridge) == 1 and bridge[0].speaker == "the city's engineers"


def test_issue12_a_matter_referred_to_someone_is_no_statement(quotes_of):
    body = ("A caller threatened the councillor's office in March.\n\n"
            "The office referred the call to the county police, who opened an inquiry. Her aides referred requests "
            "for comment to the party's press office.\n\n"
            "The councillor referred to the caller as \u201ca coward\u201d.")
    quotes = quotes_of(body)
    assert not _with(quotes, "call to the county") and not _with(quotes, "requests for comment")  # handed on, not said
    assert _with(quotes, "a coward")  # "referred to X as Y" stays


def test_issue12_a_tags_attributes_kept_in_the_text_say_nothing(quotes_of):
    body = ("Parents posted their views on the ruling.\n\n"
            "One parent tweeted:\n\n"
            "<tweet tweet-author=\"@JaneRoe\" tweet-date=\"March 11, 2016\">I teach that age group. They are not ready "
            "to vote.<tweet/>.\n\n"
            "The court's clerk said the case would be heard again in May.")
    quotes = quotes_of(body)
    assert not [q for q in quotes if "tweet-author=" in q.content]  # an embedded post in markup, not a report
    assert _with(quotes, "heard again in May")


def test_issue12_a_set_phrase_with_a_speech_verb_reports_nobody(quotes_of):
    body = ("The storm hit the coast on Sunday.\n\n"
            "All told, the storm cost the county $2 million. Suffice it to say the harbour will need a new wall.\n\n"
            "The mayor told reporters that the wall would be rebuilt.")
    quotes = quotes_of(body)
    assert not _with(quotes, "cost the county") and not _with(quotes, "need a new wall")
    assert _with(quotes, "would be rebuilt")


@pytest.mark.parametrize("supposed, said", [
    ("If Mayor Tom Brandt believes the tunnel will pay for itself, he should put the city's own money into it.",
     "Brandt said on Monday that the tunnel would pay for itself within twenty years."),
    ("Unless the Harbour Bank says the loan is safe, the port will have to find the money elsewhere.",
     "The Harbour Bank said the loan was safe and would be signed in May."),
    ("Whether the council thinks the levy is fair hardly matters now, the Harbour Bank's loan officer Rita Haas said.",
     "Haas said the levy had been set by the previous council."),
])
def test_issue12_a_cue_that_opens_a_condition_reports_nothing_said(quotes_of, supposed, said):
    # "If Brandt believes …": a condition, nobody is reported to have said it; PolNeAR annotates it, so the quote
    # stays, under the view floor (0.45) the API filters on; the same speaker's statement stays above it
    quotes = quotes_of(supposed + "\n\n" + said)
    stated = [q for q in quotes if said.startswith(q.speaker or "\0") or q.content in said]
    assert stated and all(q.confidence >= 0.45 for q in stated)
    inner = [q for q in quotes if q.cue_span[0] < len(supposed) and q.cue in ("believes", "says", "thinks")]
    assert len(inner) == 1 and inner[0].confidence < 0.45
