"""The dates stage: expressions in several styles resolved against the stamp, and stamp conflicts (issue 5)."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.analysis.temporal import find_dates, stamp_conflicts
from newstrace.pipeline import Pipeline
from newstrace.record import Page

WEDNESDAY = date(2021, 8, 4)  # Wednesday 4 August 2021


def resolved(body: str, ref: date | None = WEDNESDAY) -> dict[str, tuple]:
    out = {}
    for found in find_dates(body, ref):
        text = body[found.start:found.end]
        out[text] = (found.resolved.value, found.resolved.grain, found.resolved.end_value)
    return out


@pytest.mark.parametrize("body, text, value, grain", [
    ("Talks began on Monday in Vienna.", "Monday", "2021-08-02", "day"),
    ("The ministry spoke on Wednesday.", "Wednesday", "2021-08-04", "day"),
    ("The vote will be held on Friday.", "Friday", "2021-08-06", "day"),
    ("He resigned last Friday.", "last Friday", "2021-07-30", "day"),
    ("The deal collapsed in October 2016 after months of talks.", "October 2016", "2016-10", "month"),
    ("The bridge opened in 2014.", "2014", "2014", "year"),
    ("Prices rose last year.", "last year", "2020", "year"),
    ("They met two weeks ago.", "two weeks ago", "2021-W29", "week"),
    ("The shipment arrived on the 12th.", "the 12th", "2021-07-12", "day"),
    ("Arrests began yesterday.", "yesterday", "2021-08-03", "day"),
    ("He will travel tomorrow.", "tomorrow", "2021-08-05", "day"),
    ("Earlier this month the fund closed.", "Earlier this month", "2021-08", "month"),
    ("Next week the court sits.", "Next week", "2021-W32", "week"),
    ("Three years ago the plant shut.", "Three years ago", "2018", "year"),
    ("Since the start of the war in 2011, many fled.", "2011", "2011", "year"),
    ("It happened in the 1990s.", "the 1990s", "199", "decade"),
])
def test_relative_and_partial_dates(body, text, value, grain):
    found = resolved(body)
    assert text in found, found
    assert found[text][:2] == (value, grain)


@pytest.mark.parametrize("body, text, value", [
    ("The law passed on August 2, 2019, in the Senate.", "August 2, 2019", "2019-08-02"),  # US
    ("It was signed on 2 August 2019 in London.", "2 August 2019", "2019-08-02"),  # British
    ("The filing is dated 2019-08-02.", "2019-08-02", "2019-08-02"),  # ISO
    ("The form was stamped 25/12/2019 by the clerk.", "25/12/2019", "2019-12-25"),  # day first, unambiguous
    ("The form was stamped 12/25/2019 by the clerk.", "12/25/2019", "2019-12-25"),  # month first
    ("On Tuesday, Aug. 3, the board met.", "Tuesday, Aug. 3", "2021-08-03"),  # AP style, no year
    ("The festival ran on 3rd of July.", "3rd of July", "2021-07-03"),
])
def test_full_dates_in_several_styles(body, text, value):
    found = resolved(body)
    assert text in found, found
    assert found[text][:2] == (value, "day")


def test_ranges_keep_both_ends():
    found = resolved("Between 2010 and 2014 output doubled. The summit ran from March 3 to March 5, 2019.")
    assert found["2010 and 2014"] == ("2010", "year", "2014")
    assert found["March 3 to March 5, 2019"] == ("2019-03-03", "day", "2019-03-05")


def test_month_alone_never_gets_a_day():
    found = resolved("The company expects profits in March.")
    assert found["March"] == ("2021-03", "month", None)


def test_words_that_look_like_dates_are_not_dates():
    found = resolved("Protesters march to the square and may stay. The 34-year-old was 2000 miles away.")
    assert not any(v[0] and v[0].startswith("2021-03") for v in found.values())
    assert "May" not in " ".join(found)


def test_times_and_durations():
    found = resolved("The blast came at 3 p.m., hours after the 10:30 a.m. meeting. He served for three years.")
    assert found["3 p.m."] == ("15:00", "time", None)
    assert found["10:30 a.m."] == ("10:30", "time", None)
    assert found["three years"] == ("P3Y", "duration", None)


def test_without_a_reference_relative_dates_stay_unresolved_but_absolute_ones_resolve():
    found = resolved("On Monday officials cited the June 3, 2015 report.", ref=None)
    assert found["Monday"][0] is None
    assert found["June 3, 2015"][0] == "2015-06-03"


def test_stale_stamp_is_reported_with_reasons():
    body = ("LONDON — Prime Minister Theresa May said on Tuesday, March 14, 2017, that the talks would "
            "begin within weeks. President Obama's former aides disagreed.")
    conflicts = stamp_conflicts(body, find_dates(body, WEDNESDAY), WEDNESDAY)
    assert any("2017-03-14" in c and "4.4 years" in c for c in conflicts)
    assert any("Theresa May" in c and "2019-07-24" in c for c in conflicts)


def test_fresh_story_that_mentions_history_has_no_conflict():
    body = ("The museum reopened on Monday, Aug. 2, 2021. It was founded in 1901, and President Obama "
            "visited it in 2012, guides said.")
    assert stamp_conflicts(body, find_dates(body, WEDNESDAY), WEDNESDAY) == []


def test_former_office_holders_do_not_date_a_story():
    body = "Former Prime Minister David Cameron spoke at the dinner."
    assert stamp_conflicts(body, find_dates(body, WEDNESDAY), WEDNESDAY) == []


@pytest.mark.slow
def test_stage_resolves_against_published_and_writes_conflicts():
    body = ("WASHINGTON — President Obama on Monday signed the bill, which Congress passed on "
            "March 3, 2016. The law takes effect next month.")
    record = Pipeline(["dates"]).run(Page(id="d", content=body, kind="body", published="2021-08-04"))
    assert record.error is None
    values = {d.text: d.value for d in record.dates}
    assert values["March 3, 2016"] == "2016-03-03"
    assert values["Monday"] == "2021-08-02"
    assert values["next month"] == "2021-09"
    for d in record.dates:
        assert body[d.span[0]:d.span[1]] == d.text and d.method and 0 < d.confidence <= 1
    assert record.published.value == "2021-08-04"
    assert any("Obama" in c for c in record.published.conflicts)


@pytest.mark.slow
def test_stage_uses_captured_when_there_is_no_published_date():
    record = Pipeline(["dates"]).run(Page(id="d", content="The plant closed yesterday.", kind="body",
                                          captured="2020-02-10T08:00:00Z"))
    assert [(d.text, d.value) for d in record.dates] == [("yesterday", "2020-02-09")]
    assert record.published is None


def test_since_a_date_runs_up_to_the_stamp_and_is_no_conflict():
    body = "Troops have hunted the cells since October 2016, an officer said on Monday."
    assert stamp_conflicts(body, find_dates(body, WEDNESDAY), WEDNESDAY) == []


@pytest.mark.slow
def test_stage_keeps_conflicts_found_by_extraction():
    from newstrace.analysis.temporal import dates_stage
    from newstrace.record import DateValue, Record

    body = "Prime Minister Theresa May spoke on Tuesday, March 14, 2017."
    stamp = DateValue("2021-08-04", "meta", 0.8, conflicts=("json-ld says 2021-04-08",))
    out = dates_stage(Record(id="c", body=body, published=stamp))
    assert out.published.conflicts[0] == "json-ld says 2021-04-08"
    assert len(out.published.conflicts) == 3


def parsed(body: str, ref: date = WEDNESDAY) -> dict[str, tuple]:
    from newstrace.analysis.nlp import get_nlp

    return {body[f.start:f.end]: (f.resolved.value, f.resolved.grain, f.resolved.end_value)
            for f in find_dates(body, ref, get_nlp()(body))}


@pytest.mark.parametrize("body, text, value", [
    # a future-looking noun ("plan") no longer sends a past-tense weekday forward
    ("On Monday the ministry said the plan would be revised.", "Monday", "2021-08-02"),
    ("By 10 p.m. Tuesday the crowd had gone home.", "Tuesday", "2021-08-03"),
    ("The ministers will meet on Tuesday, officials said.", "Tuesday", "2021-08-10"),
    ("Officials said they met in September to plan the vote.", "September", "2020-09"),
])
def test_the_verb_governing_a_date_decides_its_direction(body, text, value):
    assert parsed(body)[text][0] == value


def test_day_first_and_month_ranges_keep_both_ends():
    found = resolved("The talks ran from 3 to 5 March 2020. The exhibition ran from June to September. "
                     "Sales fell between March and May 2019, and from 30 November to 2 December 2018.")
    assert found["3 to 5 March 2020"] == ("2020-03-03", "day", "2020-03-05")
    assert found["June to September"] == ("2021-06", "month", "2021-09")
    assert found["March and May 2019"] == ("2019-03", "month", "2019-05")
    assert found["30 November to 2 December 2018"] == ("2018-11-30", "day", "2018-12-02")


def test_no_date_inside_a_name_or_the_dateline():
    """'World Digest Today' is an outlet and 'Theresa May' a person: neither is a date (issue 5)."""
    from newstrace.analysis.nlp import get_nlp
    from newstrace.analysis.temporal import dates_stage
    from newstrace.record import Dateline, Entity, Record

    body = "LONDON (World Digest Today) - Theresa May spoke on Tuesday."
    record = Record(id="n", body=body, doc=get_nlp()(body),
                    dateline=Dateline(place="London", outlet="World Digest Today", span=(0, 29)),
                    entities=(Entity(id="e0", text="Theresa May", span=(30, 41), label="PERSON",
                                     canonical="Theresa May"),))
    texts = [d.text for d in dates_stage(record).dates]
    assert texts == ["Tuesday"]
