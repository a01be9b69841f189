"""Actor coding from demonyms, country names, capitals, organisations and role words (issue 6)."""

from __future__ import annotations

import pytest

from newstrace.analysis.actors import code_phrase, find_codes, split_compound


def coded(text: str, head: int | None = None):
    words = text.split()
    return code_phrase(text, words, [w.lower().rstrip("s") for w in words], head)


@pytest.mark.parametrize("text, code", [
    ("Kenyan police", "KEN"),           # demonym from the country data
    ("Peruvian negotiators", "PER"),
    ("the Norwegian envoy", "NOR"),
    ("Ottawa", "CAN"),                  # a capital stands for its country
    ("Canberra", "AUS"),
    ("New Zealand", "NZL"),             # multi-word name
    ("NATO commanders", "IGO"),
    ("the African Union", "IGO"),
    ("Washington", "USA"),
])
def test_codes_from_country_data_and_tables(text, code):
    assert coded(text).code == code


@pytest.mark.parametrize("text, head, sector", [
    ("Kenyan police", 1, "COP"),
    ("the Chilean foreign minister", 3, "GOV"),
    ("Malian rebels", 1, "REB"),
    ("Colombian troops", 1, "MIL"),
    ("Egyptian students", 1, "EDU"),
])
def test_sector_from_role_words(text, head, sector):
    assert coded(text, head).sector == sector


def test_no_code_without_a_country_word():
    actor = coded("the local farmers", 2)
    assert actor.code is None


def test_lower_case_pronoun_us_is_not_the_united_states():
    assert find_codes("they told us".split()) == []
    assert find_codes("the US said".split())[0][2] == "USA"


def test_compound_phrase_splits_into_one_actor_per_country():
    words = "Senior Chilean and Bolivian diplomats".split()
    lemmas = ["senior", "chilean", "and", "bolivian", "diplomat"]
    actors = split_compound(" ".join(words), words, lemmas, 4)
    assert [a.code for a in actors] == ["CHL", "BOL"]
    assert all(a.sector == "GOV" for a in actors)


def test_leaders_named_without_their_country_are_coded():
    """'President Bush' and 'Putin' carry their country (from the Phoenix dictionaries, issue 13); a place
    of the same name still wins."""
    from newstrace.analysis.actors import as_of, code_phrase

    with as_of("2003-05-01"):
        bush = code_phrase("President Bush", ["President", "Bush"], ["president", "Bush"], head=1)
        annan = code_phrase("Kofi Annan", ["Kofi", "Annan"], ["Kofi", "Annan"])
    assert (bush.code, bush.sector) == ("USA", "GOV")
    assert annan.code == "IGO"
    assert code_phrase("Putin", ["Putin"], ["Putin"]).code == "RUS"
    assert code_phrase("Georgia", ["Georgia"], ["Georgia"]).code == "GEO"


def test_issue13_a_leader_is_government_in_office_and_elite_after():
    """issue 13: office-holders are dated by the article's date (Orban: prime minister 1998-2002)."""
    from newstrace.analysis.actors import as_of, code_phrase

    def orban(date):
        with as_of(date):
            return code_phrase("Viktor Orban", ["Viktor", "Orban"], ["Viktor", "Orban"])

    assert (orban("2000-03-01").code, orban("2000-03-01").sector) == ("HUN", "GOV")
    assert (orban("2005-03-01").code, orban("2005-03-01").sector) == ("HUN", "ELI")
    assert (orban("1995-03-01").code, orban("1995-03-01").sector) == ("HUN", "ELI")


def test_issue13_short_dictionary_names_need_capitals():
    """issue 13: a three-letter dictionary name ("FBI") codes only in capitals, not the word "goa"."""
    from newstrace.analysis.actors import find_codes

    assert [m[2] for m in find_codes(["the", "FBI"])] == ["USA"]
    assert find_codes(["a", "goa", "trip"]) == []


@pytest.mark.parametrize("text", [
    "the surfing film Chasing Mavericks",   # a Phoenix alias of the francs-tireurs (FRA REB)
    "a youth football club",                # an alias of a French armed group
    "the organization behind the festival",  # an alias coded MEA REB
    "the Youth Orchestra",                  # capitalised in a title, still the ordinary word
    "zero tolerance campaigners",
])
def test_issue13_ordinary_english_words_are_no_dictionary_actors(text):
    """issue 13: a one-word dictionary name that is an ordinary English word (data/actors_common_words.txt,
    built from public word frequencies) codes no actor in ordinary use."""
    assert find_codes(text.split()) == []


@pytest.mark.parametrize("text, code, sector", [
    ("Taliban fighters", "AFG", None),        # armed group: the name is only ever a name
    ("Hamas gunmen", "PSE", None),
    ("FARC guerrillas", "COL", "REB"),        # from the Phoenix dictionary
    ("the Senate", "USA", "GOV"),             # mostly written with a capital: not an ordinary word
    ("the ZERO commandos", "USA", "REB"),     # the guarded word in capitals still codes
])
def test_issue13_real_group_and_body_names_stay_coded(text, code, sector):
    found = find_codes(text.split())
    assert found and found[0][2] == code
    assert sector is None or found[0][3] == sector


# issue 13: Phoenix agents that name things, not people or groups ("carrier", "information", "home", "service"),
# give their sector only beside a country/organisation code or a name, or modifying another noun.
@pytest.mark.parametrize("text, head, sector", [
    ("carriers", 0, None),                    # "carriers are signing deals": telecom firms, not the navy
    ("the information", 1, None),
    ("a nursing home", 2, None),
    ("the service", 1, None),
    ("the technology", 1, None),
    ("U.S. carrier", 1, "MIL"),               # a code in the phrase
    ("the Interior spokesman", 2, "GOV"),     # a role word heads it
    ("the Interior", 1, "GOV"),               # a name (capital past the first word)
    ("police", 0, "COP"),                     # group nouns are untouched
    ("the army", 1, "MIL"),
    ("the government", 1, "GOV"),
    ("rebels", 0, "REB"),
])
def test_thing_agents_need_a_code_or_name(text, head, sector):
    assert coded(text, head).sector == sector


def test_thing_agent_still_marks_a_candidate_when_loose():
    words = ["carriers"]
    assert code_phrase("carriers", words, ["carrier"], 0, loose=True).sector == "MIL"


def test_qualifier_table_is_things_only():
    from newstrace.analysis.actors import qualifier_agents
    things = qualifier_agents()
    assert {"carrier", "information", "home", "service", "technology"} <= things
    assert not things & {"police", "army", "troop", "government", "ministry", "rebel", "official", "soldier"}
