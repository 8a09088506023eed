"""The people knowledge base: record validity, UN-wide coverage, and lookups."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise

import pytest

from tidings.knowledge import people as kb
from tidings.knowledge.people import (
    KINDS,
    ORGS,
    ROLE_CODES,
    by_surname,
    find_person,
    office_holder,
    person_name_words,
    role_on,
)

UN_MEMBERS = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR",
    "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN",
    "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
    "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
]

#: Offices held by several people at once.
SHARED_TITLES = ("Co-", "Member of the Presidency", "Captain Regent")
#: Offices of a former federation, filed under a successor state but distinct from that state's
#: own offices of the time (Gorbachev's Soviet presidency beside Yeltsin's Russian one).
FEDERAL_TITLES = ("Soviet Union", "Yugoslavia", "Czechoslovakia", "Serbia and Montenegro",
                  "East Germany")


def all_roles() -> list[tuple[kb.Person, kb.Role]]:
    return [(p, r) for p in kb.people() for r in p.roles]


def test_un_member_list_is_complete() -> None:
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193


def test_people_are_read_once() -> None:
    kb._index.cache_clear()
    person_name_words.cache_clear()
    assert kb.people() and person_name_words()
    assert kb._index() is kb._index()


def test_person_records_are_valid() -> None:
    everyone = kb.people()
    ids = [p.id for p in everyone]
    assert len(ids) == len(set(ids))
    qids = [p.qid for p in everyone if p.qid]
    assert len(qids) == len(set(qids)), "a QID is given to two people"
    for p in everyone:
        assert p.id and p.id == p.id.strip().lower() and " " not in p.id
        assert p.name.strip() == p.name and p.name
        assert kb.valid_iso3(p.country), (p.id, p.country)
        assert p.gender in ("m", "f", ""), p.id
        assert not p.qid or (p.qid.startswith("Q") and p.qid[1:].isdigit()), p.id
        assert p.surnames, p.id


def test_role_records_are_valid() -> None:
    pairs = all_roles()
    assert len(pairs) >= 1000
    for p, r in pairs:
        assert r.kind in KINDS, (p.id, r)
        assert r.code in ROLE_CODES, (p.id, r)
        assert r.title, (p.id, r)
        if r.org:
            assert r.org in ORGS and not r.country, (p.id, r)
        else:
            assert kb.valid_iso3(r.country), (p.id, r)
        if r.kind != "fig":
            assert r.start, (p.id, r)
        if r.start and r.end:
            assert r.start <= r.end, (p.id, r)
        if r.start:
            date.fromisoformat(r.start)
        if r.end:
            date.fromisoformat(r.end)


def _office(r: kb.Role) -> tuple[str, str] | None:
    if r.kind == "fig" or any(t in r.title for t in SHARED_TITLES) or "Co-Prince" in r.title:
        return None
    group = {"hosg": "hos", "hos": "hos", "hog": "hog"}.get(r.kind, r.kind)
    federal = next((t for t in FEDERAL_TITLES if t in r.title), "")
    if federal:
        return (r.country, group + "/" + federal)
    return (r.country or r.org, group + ("/" + r.title if r.kind == "igo" else ""))


def test_no_overlapping_terms_in_one_office() -> None:
    terms: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for p, r in all_roles():
        office = _office(r)
        if office and r.start:
            terms[office].append((r.start, r.end or "9999-12-31", p.id))
            if r.kind == "hosg":
                terms[(office[0], "hog")].append((r.start, r.end or "9999-12-31", p.id))
    problems = []
    for office, spans in terms.items():
        spans.sort()
        for (s1, e1, a), (s2, _e2, b) in pairwise(spans):
            if s2 < e1 and date.fromisoformat(e1) - date.fromisoformat(s2) > timedelta(days=1):
                problems.append((office, a, s1, e1, b, s2))
    assert not problems, problems[:20]


@pytest.mark.parametrize("country", UN_MEMBERS)
def test_every_un_member_has_leaders_on_2020_01_01(country: str) -> None:
    assert office_holder(country, "head_of_state", "2020-01-01"), country
    assert office_holder(country, "head_of_government", "2020-01-01"), country


def test_office_holders_on_dates() -> None:
    def holder(country: str, kind: str, day: str) -> str | None:
        person = office_holder(country, kind, day)
        return person.name if person else None

    assert holder("RUS", "president", "2025-05-08") == "Vladimir Putin"
    assert holder("KAZ", "president", "2018-06-01") == "Nursultan Nazarbayev"
    assert holder("KAZ", "president", "2020-01-01") == "Kassym-Jomart Tokayev"
    assert holder("USA", "president", "2021-06-01") == "Joe Biden"
    assert holder("USA", "president", "2025-03-01") == "Donald Trump"
    assert holder("USA", "head_of_government", "2025-03-01") == "Donald Trump"
    assert holder("CHN", "head_of_state", "2025-05-08") == "Xi Jinping"
    assert holder("CHN", "head_of_state", "2016-01-01") == "Xi Jinping"
    assert holder("GBR", "head_of_government", "2022-10-01") == "Liz Truss"
    assert holder("GBR", "head_of_state", "2022-10-01") == "Charles III"
    assert holder("GBR", "head_of_state", "2022-09-01") == "Elizabeth II"
    assert holder("DEU", "chancellor", "2023-01-01") == "Olaf Scholz"
    assert holder("RUS", "foreign_minister", "2025-05-08") == "Sergey Lavrov"
    assert holder("UZB", "head_of_state", "2017-01-01") == "Shavkat Mirziyoyev"
    assert holder("UN", "igo_head", "2020-01-01") == "António Guterres"
    assert holder("KAZ", "president", "1990-01-01") is None


def test_office_holders_of_g20_and_central_asia_security_and_money() -> None:
    g20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
           "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
    wanted = {
        "foreign_minister": [*g20, "KAZ", "KGZ", "TJK", "TKM", "UZB"],
        "defence_minister": [*g20, "KAZ", "TJK", "UZB"],
        "central_bank": [*g20, "KAZ", "KGZ", "TJK", "UZB"],
    }
    for kind, countries in wanted.items():
        for country in countries:
            assert office_holder(country, kind, "2020-01-01"), (country, kind)
    assert office_holder("GBR", "central_bank", "2020-03-16").name == "Andrew Bailey"


def test_find_person_by_names_and_variants() -> None:
    tokayev = find_person("Kassym-Jomart Tokayev")
    assert [p.id for p in tokayev] == [p.id for p in find_person("Qasym-Jomart Toqaev")]
    assert find_person("kassym jomart tokayev") == tokayev
    assert find_person("Shavkat Mirziyoev") == find_person("Shavkat Mirziyoyev")
    assert find_person("Zelensky") == find_person("Volodymyr Zelenskyy")
    xi = find_person("XI JINPING")
    assert len(xi) == 1 and xi[0].qid == "Q15031" and xi[0].country == "CHN"
    assert find_person("Vladimir Putin")[0].qid == "Q7747"
    assert find_person("Recep Tayyip Erdogan") == find_person("Recep Tayyip Erdoğan")
    assert find_person("Nobody Atall") == []


def test_by_surname_and_gender() -> None:
    assert "vladimir-putin" in [p.id for p in by_surname("Putin")]
    assert "kassym-jomart-tokayev" in [p.id for p in by_surname("Tokaev")]
    assert "xi-jinping" in [p.id for p in by_surname("Xi")]
    assert find_person("Liz Truss")[0].gender == "f"
    assert find_person("Vladimir Putin")[0].gender == "m"


def test_role_on() -> None:
    tokayev = by_surname("Tokayev")[0]
    on_2018 = role_on(tokayev, "2018-06-01")
    assert on_2018 is not None and on_2018.org == "" and "Senate" in on_2018.title
    now = role_on(tokayev, "2020-01-01")
    assert now is not None and now.kind == "hos" and now.code == "GOV"
    latest = role_on(tokayev, None)
    assert latest is not None and latest.end is None
    lavrov = find_person("Sergey Lavrov")[0]
    assert role_on(lavrov, "2001-01-01") is None


def test_person_name_words() -> None:
    words = person_name_words()
    assert {"Tokayev", "Kassym", "Jomart", "Putin", "Xi", "Jinping", "Zelenskyy"} <= words
    assert all(w[:1].isupper() for w in words)
    assert not {"King", "President", "Sheikh"} & words


def test_actor_codes() -> None:
    putin = find_person("Vladimir Putin")[0]
    role = role_on(putin, "2025-05-08")
    assert role is not None and role.actor_code == "RUSGOV"
    guterres = find_person("Antonio Guterres")[0]
    role = role_on(guterres, "2020-01-01")
    assert role is not None and role.actor_code == "IGOUNO"
    assert role_on(find_person("Valery Gerasimov")[0], "2020-01-01").actor_code == "RUSMIL"


def test_historical_office_holders() -> None:
    def holder(country: str, kind: str, day: str) -> str | None:
        person = office_holder(country, kind, day)
        return person.name if person else None

    assert holder("USA", "head_of_state", "2002-06-01") == "George W. Bush"
    assert holder("USA", "head_of_state", "1991-06-01") == "George H. W. Bush"
    assert holder("USA", "head_of_state", "1995-06-01") == "Bill Clinton"
    assert holder("RUS", "head_of_state", "1995-01-01") == "Boris Yeltsin"
    assert holder("RUS", "head_of_government", "1999-10-01") == "Vladimir Putin"
    assert holder("RUS", "head_of_government", "2010-01-01") == "Vladimir Putin"
    assert holder("RUS", "head_of_state", "2004-01-01") == "Vladimir Putin"
    assert holder("UN", "igo_head", "2000-01-01") == "Kofi Annan"
    assert holder("UN", "igo_head", "1994-01-01") == "Boutros Boutros-Ghali"
    assert holder("GBR", "head_of_government", "1998-01-01") == "Tony Blair"
    assert holder("KAZ", "head_of_state", "1995-01-01") == "Nursultan Nazarbayev"
    assert holder("CHN", "head_of_state", "2005-01-01") == "Hu Jintao"
    assert holder("DEU", "chancellor", "1995-01-01") == "Helmut Kohl"
    assert holder("FRA", "head_of_state", "1999-01-01") == "Jacques Chirac"
    assert holder("TUR", "head_of_government", "2000-01-01") == "Bülent Ecevit"
    assert holder("ISR", "head_of_government", "2000-01-01") == "Ehud Barak"
    assert holder("PSE", "head_of_state", "2000-01-01") == "Yasser Arafat"
    assert holder("IRQ", "head_of_state", "2000-01-01") == "Saddam Hussein"
    assert holder("EGY", "head_of_state", "2000-01-01") == "Hosni Mubarak"
    assert holder("USA", "foreign_minister", "1998-01-01") == "Madeleine Albright"
    assert holder("RUS", "foreign_minister", "1993-01-01") == "Andrei Kozyrev"
    assert holder("NATO", "igo_head", "2001-01-01") == "George Robertson"
    assert holder("IAEA", "igo_head", "2005-01-01") == "Mohamed ElBaradei"
    assert holder("EU", "president of the european commission", "2000-01-01") == "Romano Prodi"


def test_namesakes_are_told_apart_by_date() -> None:
    bushes = by_surname("Bush")
    assert {p.name for p in bushes} >= {"George H. W. Bush", "George W. Bush"}
    in_office = {d: [p.name for p in bushes if (r := role_on(p, d)) and r.kind == "hosg"]
                 for d in ("1990-06-01", "2002-06-01", "2012-01-01")}
    assert in_office == {"1990-06-01": ["George H. W. Bush"], "2002-06-01": ["George W. Bush"],
                         "2012-01-01": []}
    assert len(find_person("George Bush")) == 2
    annan = find_person("Kofi Annan")[0]
    role = role_on(annan, "2002-01-01")
    assert role is not None and role.actor_code == "IGOUNO" and annan.country == "GHA"
    clinton = find_person("Bill Clinton")[0]
    role = role_on(clinton, "1998-01-01")
    assert role is not None and role.actor_code == "USAGOV"


def test_earlier_roles_of_people_already_known() -> None:
    putin = find_person("Vladimir Putin")
    assert len(putin) == 1
    kinds = [(r.kind, r.start) for r in putin[0].roles]
    assert ("hog", "1999-08-09") in kinds and ("hos", "1999-12-31") in kinds
    tokayev = find_person("Kassym-Jomart Tokayev")[0]
    assert role_on(tokayev, "2000-01-01").kind == "hog"
    assert role_on(tokayev, "2005-01-01").kind == "fm"
    gorbachev = role_on(find_person("Mikhail Gorbachev")[0], "1991-01-01")
    assert gorbachev is not None and gorbachev.actor_code == "RUSGOV"
