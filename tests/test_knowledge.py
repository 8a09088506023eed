"""The knowledge base: every record valid, the lookups right on realistic cases, loading fast."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from datetime import date

import pytest

from tidings.errors import UnknownCode
from tidings.knowledge import KnowledgeBase, get_kb, proper_name_words
from tidings.knowledge import records as rec


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return get_kb()


# --- records ----------------------------------------------------------------------------------


def test_countries_cover_iso_3166_1_with_unique_codes() -> None:
    countries = rec.read_countries()
    iso3 = [c.iso3 for c in countries]
    iso2 = [c.iso2 for c in countries]
    assert len(iso3) == len(set(iso3)) and len(iso2) == len(set(iso2))
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2)
    assert len(countries) >= 249
    assert {"RUS", "CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "USA", "ATA", "TWN", "PSE"} <= set(iso3)
    assert {c.kind for c in countries} <= {"sovereign", "territory", "uninhabited",
                                           "partially-recognised"}


def test_every_country_has_a_capital_with_coordinates() -> None:
    for c in rec.read_countries():
        assert c.name and c.capital, c.iso3
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180, c.iso3


def test_capitals_lie_roughly_where_expected(kb: KnowledgeBase) -> None:
    assert kb.country("KAZ").capital == "Astana"
    assert kb.country("KAZ").lat == pytest.approx(51.17, abs=0.2)
    assert kb.country("RUS").lon == pytest.approx(37.62, abs=0.2)
    assert kb.country("AUS").lat < 0 and kb.country("USA").lon < 0


def test_no_name_clashes_in_any_index(kb: KnowledgeBase) -> None:
    for index in (kb.country_names, kb.capitals, kb.seat_names, kb.org_names,
                  kb.institution_forms, kb.roles, kb.place_names):
        assert index.clashes == []


def test_role_codes_are_from_the_allowed_set(kb: KnowledgeBase) -> None:
    used = {s.role for s in kb.seats} | {o.role for o in kb.organisations.values()}
    used |= {i.role for i in kb.institutions} | {r for _, r in rec.read_roles()}
    assert used <= rec.ROLE_CODES, used - rec.ROLE_CODES


def test_organisation_records_are_valid(kb: KnowledgeBase) -> None:
    igos = rec.read_igos()
    codes = [o.code for o in igos]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"(IGO|NGO)[A-Z0-9]{3,9}", c) for c in codes)
    assert all(o.parent is None or o.parent in codes for o in igos)
    national = rec.read_organisations()
    ids = [o.id for o in national]
    assert len(ids) == len(set(ids)) and not set(ids) & set(codes)
    for o in national:
        assert o.country in kb.countries, o.id
        assert o.id.startswith(o.country.lower() + "-"), o.id
        assert o.code == o.country + o.role
    for row in rec.rows("igos.csv"):
        assert row["code_source"] in {"cameo", "tidings"}
        assert row["code_source"] == "tidings" or len(row["group"]) == 3


def test_sector_coverage(kb: KnowledgeBase) -> None:
    by_country: dict[str, set[str]] = {}
    for o in kb.organisations.values():
        by_country.setdefault(o.country, set()).add(o.role)
    for iso3 in ("RUS", "CHN", "KAZ", "USA"):
        assert {"GOV", "SPY", "LEG", "PTY", "BUS", "MED"} <= by_country[iso3], iso3
    for iso3 in ("KGZ", "TJK", "TKM", "UZB", "GBR", "FRA", "DEU", "JPN", "IND", "TUR"):
        assert {"LEG", "PTY"} <= by_country[iso3], iso3


def test_seat_and_place_countries_exist(kb: KnowledgeBase) -> None:
    bodies = {o.country for o in kb.organisations.values()}
    for s in kb.seats:
        assert s.country in kb.countries or s.country in bodies, s.name
    for p in kb.places.values():
        assert p.country in kb.countries, p.id
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180, p.id


def test_renamings_are_ordered_and_point_at_known_places(kb: KnowledgeBase) -> None:
    for r in kb.renamings:
        assert r.place in kb.places or r.place in kb.countries, r
        if r.start and r.end:
            assert r.start < r.end, r
    for ref in {r.place for r in kb.renamings}:
        spans = sorted((r.start or date.min, r.end or date.max) for r in kb.renamings
                       if r.place == ref)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, ref


def test_bad_dates_are_refused() -> None:
    assert rec.parse_date("2019-03-23") == date(2019, 3, 23)
    assert rec.parse_date("1992") == date(1992, 1, 1)
    assert rec.parse_date("") is None
    with pytest.raises(ValueError):
        rec.parse_date("March 1992")


# --- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "iso3"), [
    ("Russian Federation", "RUS"), ("Russia", "RUS"), ("russian", "RUS"), ("Russians", "RUS"),
    ("PRC", "CHN"), ("People's Republic of China", "CHN"), ("Chinese", "CHN"),
    ("Kyrgyz Republic", "KGZ"), ("Kyrgyz", "KGZ"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("Turkiye", "TUR"), ("Burma", "MMR"), ("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"),
    ("Kazakhstan's", "KAZ"), ("U.S.", "USA"), ("US", "USA"), ("United States", "USA"),
    ("America", "USA"), ("American", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
    ("British", "GBR"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"),
    ("Uzbek", "UZB"), ("Tajik", "TJK"), ("Turkmen", "TKM"), ("the Netherlands", "NLD"),
])
def test_country_for(kb: KnowledgeBase, text: str, iso3: str) -> None:
    assert kb.country_for(text) == iso3


@pytest.mark.parametrize("text", ["us", "car", "Moscow", "the Kremlin", "Putin", "", "  "])
def test_country_for_refuses_non_countries(kb: KnowledgeBase, text: str) -> None:
    assert kb.country_for(text) is None


def test_country_for_a_capital_when_asked(kb: KnowledgeBase) -> None:
    assert kb.country_for("Moscow", capitals=True) == "RUS"
    assert kb.country_for("Astana", capitals=True) == "KAZ"


def test_country_by_code(kb: KnowledgeBase) -> None:
    assert kb.country("kaz").name == "Kazakhstan"
    assert kb.country("KZ").iso3 == "KAZ"
    with pytest.raises(UnknownCode):
        kb.country("XYZ")


@pytest.mark.parametrize(("text", "found"), [
    ("Chinese-Russian", ["CHN", "RUS"]),
    ("Russia-China", ["RUS", "CHN"]),
    ("Sino-Russian relations", ["CHN", "RUS"]),
    ("Russian-Chinese high-level talks", ["RUS", "CHN"]),
    ("U.S.-China trade war", ["USA", "CHN"]),
    ("the Kazakh-Uzbek border", ["KAZ", "UZB"]),
    ("South Korean and North Korean officials", ["KOR", "PRK"]),
    ("Guinea-Bissau and Guinea", ["GNB", "GIN"]),
    ("Papua New Guinea", ["PNG"]),
    ("talks with us on the car", []),
])
def test_countries_in(kb: KnowledgeBase, text: str, found: list[str]) -> None:
    assert kb.countries_in(text) == found


def test_countries_in_with_capitals(kb: KnowledgeBase) -> None:
    assert kb.countries_in("Moscow-Beijing ties") == []
    assert kb.countries_in("Moscow-Beijing ties", capitals=True) == ["RUS", "CHN"]


@pytest.mark.parametrize(("text", "seat"), [
    ("the Kremlin", ("RUS", "GOV")), ("Kremlin", ("RUS", "GOV")), ("the White House", ("USA", "GOV")),
    ("Akorda", ("KAZ", "GOV")), ("Ak Orda", ("KAZ", "GOV")), ("Zhongnanhai", ("CHN", "GOV")),
    ("Downing Street", ("GBR", "GOV")), ("the Elysee", ("FRA", "GOV")), ("Élysée", ("FRA", "GOV")),
    ("Quai d'Orsay", ("FRA", "GOV")), ("Foggy Bottom", ("USA", "GOV")),
    ("the Blue House", ("KOR", "GOV")), ("Kasumigaseki", ("JPN", "GOV")),
    ("the Bundeskanzleramt", ("DEU", "GOV")), ("the Pentagon", ("USA", "MIL")),
    ("Lubyanka", ("RUS", "SPY")), ("the Berlaymont", ("EUR", "GOV")),
])
def test_seat(kb: KnowledgeBase, text: str, seat: tuple[str, str]) -> None:
    assert kb.seat(text) == seat


def test_seat_refuses_common_words(kb: KnowledgeBase) -> None:
    assert kb.seat("house") is None and kb.seat("the palace") is None


@pytest.mark.parametrize(("text", "code", "country", "role"), [
    ("the UN", "IGOUNO", "IGOUNO", "IGO"), ("United Nations", "IGOUNO", "IGOUNO", "IGO"),
    ("European Union", "IGOEUREEC", "EUR", "IGO"), ("EU", "IGOEUREEC", "EUR", "IGO"),
    ("European Commission", "IGOEURCOM", "EUR", "IGO"),
    ("Council of the EU", "IGOEURCOU", "EUR", "IGO"),
    ("European Parliament", "IGOEURPAR", "EUR", "IGO"),
    ("NATO", "IGOWSTNAT", "IGOWSTNAT", "IGO"), ("Nato", "IGOWSTNAT", "IGOWSTNAT", "IGO"),
    ("OSCE", "IGOEURSCE", "IGOEURSCE", "IGO"), ("Shanghai Cooperation Organisation", "IGOSCO",
                                                  "IGOSCO", "IGO"),
    ("CSTO", "IGOCST", "IGOCST", "IGO"), ("EAEU", "IGOEAU", "IGOEAU", "IGO"),
    ("BRICS", "IGOBRI", "IGOBRI", "IGO"), ("IAEA", "IGOUNOIAE", "IGOUNOIAE", "IGO"),
    ("World Health Organization", "IGOUNOWHO", "IGOUNOWHO", "IGO"),
    ("Amnesty International", "NGOAMN", "NGOAMN", "NGO"), ("Red Cross", "NGOIRC", "NGOIRC", "NGO"),
    ("the FSB", "RUSSPY", "RUS", "SPY"), ("KNB", "KAZSPY", "KAZ", "SPY"),
    ("SBU", "UKRSPY", "UKR", "SPY"), ("MSS", "CHNSPY", "CHN", "SPY"),
    ("State Duma", "RUSLEG", "RUS", "LEG"), ("Mazhilis", "KAZLEG", "KAZ", "LEG"),
    ("Jogorku Kenesh", "KGZLEG", "KGZ", "LEG"), ("Oliy Majlis", "UZBLEG", "UZB", "LEG"),
    ("NPC", "CHNLEG", "CHN", "LEG"), ("Amanat", "KAZPTY", "KAZ", "PTY"),
    ("United Russia", "RUSPTY", "RUS", "PTY"), ("CCP", "CHNPTY", "CHN", "PTY"),
    ("Gazprom", "RUSBUS", "RUS", "BUS"), ("KazMunayGas", "KAZBUS", "KAZ", "BUS"),
    ("Samruk-Kazyna", "KAZBUS", "KAZ", "BUS"), ("Qarmet", "KAZBUS", "KAZ", "BUS"),
    ("Uzbekneftegaz", "UZBBUS", "UZB", "BUS"), ("Sinopec", "CHNBUS", "CHN", "BUS"),
    ("TASS", "RUSMED", "RUS", "MED"), ("Xinhua", "CHNMED", "CHN", "MED"),
    ("Reuters", "GBRMED", "GBR", "MED"), ("AFP", "FRAMED", "FRA", "MED"),
    ("RFE/RL", "USAMED", "USA", "MED"), ("Orda.kz", "KAZMED", "KAZ", "MED"),
    ("Vlast.kz", "KAZMED", "KAZ", "MED"), ("Kun.uz", "UZBMED", "UZB", "MED"),
    ("24.kg", "KGZMED", "KGZ", "MED"), ("Azattyq", "KAZMED", "KAZ", "MED"),
])
def test_organisation(kb: KnowledgeBase, text: str, code: str, country: str, role: str) -> None:
    org = kb.organisation(text)
    assert org is not None, text
    assert (org.code, org.country, org.role) == (code, country, role)


@pytest.mark.parametrize(("text", "code", "kind"), [
    ("Kazakh Foreign Ministry", "KAZGOV", "ministry"),
    ("Kyrgyzstan's Foreign Ministry", "KGZGOV", "ministry"),
    ("Ministry of Foreign Affairs of Uzbekistan", "UZBGOV", "ministry"),
    ("Supreme Court of Tajikistan", "TJKJUD", "court"),
    ("Turkmen Defence Ministry", "TKMMIL", "ministry"),
    ("the Russian Interior Ministry", "RUSCOP", "ministry"),
    ("Mongolian central bank", "MNGGOV", "bank"),
    ("US Defense Department", "USAMIL", "ministry"),
])
def test_generic_national_bodies(kb: KnowledgeBase, text: str, code: str, kind: str) -> None:
    org = kb.organisation(text)
    assert org is not None, text
    assert (org.code, org.type) == (code, kind)


@pytest.mark.parametrize("text", ["ap", "Foreign Ministry", "the company", "Ministry of Magic", ""])
def test_organisation_refuses(kb: KnowledgeBase, text: str) -> None:
    assert kb.organisation(text) is None


@pytest.mark.parametrize(("noun", "role"), [
    ("police", "COP"), ("protesters", "OPP"), ("prosecutors", "JUD"), ("the court", "JUD"),
    ("judge", "JUD"), ("officials", "GOV"), ("government", "GOV"), ("ministry", "GOV"),
    ("rebels", "REB"), ("troops", "MIL"), ("army", "MIL"), ("military", "MIL"),
    ("soldiers", "MIL"), ("activists", "CVL"), ("journalists", "MED"), ("opposition", "OPP"),
    ("lawmakers", "LEG"), ("parliament", "LEG"), ("businessmen", "BUS"), ("company", "BUS"),
    ("students", "EDU"), ("residents", "CVL"), ("diplomat", "GOV"), ("ambassador", "GOV"),
    ("president", "GOV"), ("prime minister", "GOV"), ("minister", "GOV"),
    ("foreign minister", "GOV"), ("Police", "COP"), ("senior officials", "GOV"),
    ("riot police officers", "COP"), ("judges", "JUD"),
])
def test_role_for(kb: KnowledgeBase, noun: str, role: str) -> None:
    assert kb.role_for(noun) == role


def test_role_for_unknown(kb: KnowledgeBase) -> None:
    assert kb.role_for("weather") is None and kb.role_for("") is None


@pytest.mark.parametrize(("text", "on", "name"), [
    ("Nur-Sultan", None, "Astana"), ("Astana", None, "Astana"),
    ("Astana", date(2020, 6, 1), "Nur-Sultan"), ("Astana", date(2019, 3, 22), "Astana"),
    ("Astana", date(2019, 3, 23), "Nur-Sultan"), ("Nur-Sultan", date(2022, 9, 17), "Astana"),
    ("Astana", date(1995, 1, 1), "Akmola"), ("Alma-Ata", None, "Almaty"),
    ("Almaty", date(1980, 1, 1), "Alma-Ata"), ("Kiev", None, "Kyiv"), ("Aqtau", None, "Aktau"),
    ("Uralsk", None, "Oral"), ("Qaraghandy", None, "Karaganda"), ("Chimkent", None, "Shymkent"),
    ("Ust-Kamenogorsk", None, "Oskemen"), ("Semipalatinsk", None, "Semey"),
    ("Semey", date(2000, 1, 1), "Semipalatinsk"), ("Zhetysu", None, "Jetisu Region"),
    ("Zhetisu", None, "Jetisu Region"), ("Aqmola", None, "Akmola Region"),
    ("Atyrau", None, "Atyrau"), ("Guryev", None, "Atyrau"), ("Leningrad", None, "Saint Petersburg"),
    ("St Petersburg", date(1950, 1, 1), "Leningrad"), ("Frunze", None, "Bishkek"),
    ("Burma", None, "Myanmar"), ("Turkey", None, "Türkiye"), ("Turkey", date(2010, 1, 1), "Turkey"),
    ("Swaziland", None, "Eswatini"), ("Moscow", None, "Moscow"), ("Atlantis", None, None),
])
def test_canonical_place_name(kb: KnowledgeBase, text: str, on: date | None,
                              name: str | None) -> None:
    assert kb.canonical_place_name(text, on) == name


def test_place_gives_coordinates(kb: KnowledgeBase) -> None:
    almaty = kb.place("Alma-Ata")
    assert almaty is not None and almaty.country == "KAZ"
    assert almaty.lat == pytest.approx(43.24, abs=0.2)
    capital = kb.place("Ulaanbaatar")
    assert capital is not None and capital.country == "MNG"
    assert kb.place("Lima") is not None and kb.place("nowhere at all") is None


def test_proper_name_words(kb: KnowledgeBase) -> None:
    words = proper_name_words()
    for word in ("Kremlin", "Russian", "Kazakh", "Akorda", "Astana", "Zhongnanhai", "NATO",
                 "Gazprom", "Xinhua", "Beijing", "Moscow", "Qaraghandy", "Elysee", "Duma", "House"):
        assert word in words, word
    for word in ("The", "Of", "Republic", "United", "People", "National", "State", "Court",
                 "Ministry", "Strengthen", "Ties", "Amid"):
        assert word not in words, word
    assert all(" " not in w for w in words)


def test_loading_is_small() -> None:
    """The knowledge base fits a laptop beside spaCy (its load time is in benchmarks/)."""
    code = (
        "import tracemalloc\n"
        "tracemalloc.start()\n"
        "from tidings.knowledge.base import KnowledgeBase\n"
        "kb = KnowledgeBase(); kb.proper_name_words(); kb.countries_in('Sino-Russian')\n"
        "print(tracemalloc.get_traced_memory()[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) < 150 * 1024 * 1024


def test_get_kb_is_cached() -> None:
    assert get_kb() is get_kb()


def test_region_abbreviations_name_their_region() -> None:
    from tidings.knowledge.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    for form, name in (("N.C.", "North Carolina"), ("N.D.", "North Dakota"), ("Ida.", "Idaho"),
                       ("Wisc.", "Wisconsin"), ("Ont.", "Ontario"), ("B.C.", "British Columbia")):
        assert [c.entry.name for c in gaz.candidates(form)] == [name], form
    kentucky = gaz.region_by_admin1("US.KY")
    assert kentucky is not None and kentucky.name == "Kentucky"
    # the build matches names best first: near names keep their own codes
    for admin1, name in (("US.NC", "North Carolina"), ("US.ND", "North Dakota"),
                         ("US.SD", "South Dakota")):
        region = gaz.region_by_admin1(admin1)
        assert region is not None and region.name == name and region.id == admin1.replace(".", "-")


def test_counties_are_places_of_their_country() -> None:
    from tidings.knowledge.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    for name, country in (("Norfolk", "GBR"), ("Co. Cork", "IRL"), ("County Down", "GBR"),
                          ("Powys", "GBR")):
        assert any(c.entry.kind == "county" and c.entry.country == country
                   for c in gaz.candidates(name)), name
    assert not [c for c in gaz.candidates("Down") if c.entry.kind == "county"]


def test_pointer_after_a_place() -> None:
    from tidings.knowledge.place_resolve import pointer_after

    def outer(text: str) -> str | None:
        e = pointer_after(text, text.index(","))
        return None if e is None else e.name

    assert outer("a house in Moscow, Idaho, on Friday") == "Idaho"
    assert outer("TALLAHASSEE, Fla. (AP) — ") == "Florida"
    assert outer("born in Lyon, France.") == "France"
    assert outer("flights to Moscow, Kyiv and Minsk") is None  # a list, not a location
    assert outer("in Paris, Georgia Smith said") is None  # a longer name
    # the comma closes an introductory clause; the country opens the main one
    assert outer("After Russia attacked Kyiv, Poland summoned the ambassador.") is None
    assert outer("When the storm hit Springfield, Illinois declared an emergency.") is None
    assert outer("In Moscow, Idaho, the mayor resigned.") == "Idaho"
    assert outer("After leaving Lyon, France, he flew home.") == "France"


@pytest.mark.parametrize(("text", "want"), [
    ("the New South Wales parliament", ["AUS"]),
    ("police in British Columbia", ["CAN"]),
    ("herders in Inner Mongolia", ["CHN"]),
    ("the New Mexico governor", ["USA"]),
    ("patrols in the South China Sea", []),
    ("migrants from Latin America", []),
    ("Russia and British Columbia", ["RUS", "CAN"]),
    ("the Spanish government", ["ESP"]),
])
def test_a_place_holding_a_country_s_name_is_not_that_country(text: str, want: list[str]
                                                              ) -> None:
    assert get_kb().countries_in(text) == want


def test_places_holding_country_names_are_all_listed() -> None:
    """Every region, island, area, sea and large city of the gazetteer whose name holds
    another country's name is in country_word_places.csv, so "New Jersey" names no Jersey."""
    from tidings.knowledge import records
    from tidings.knowledge.gazetteer import get_gazetteer

    kb = get_kb()
    listed = {r["name"] for r in records.rows("country_word_places.csv")}
    missing = []
    for e in get_gazetteer().entries:
        if e.kind not in ("region", "county", "island", "area", "city", "feature") or (
                e.kind == "city" and e.population < 100_000):
            continue
        hits = kb.country_names.scan(e.name)
        if len(hits) == 1 and hits[0][2] != e.country and hits[0][1] - hits[0][0] < len(e.name):
            missing.append(e.name)
    assert set(missing) <= listed, sorted(set(missing) - listed)
