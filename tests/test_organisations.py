"""Parties, armed groups, state bodies and NGOs of organisations.csv and igos.csv resolve, in
running text, to their country and CAMEO role through the entities stage."""

from __future__ import annotations

import pytest

from tidings.knowledge import get_kb
from tidings.model import Article
from tidings.pipeline.registry import Runner


@pytest.fixture(scope="module")
def run() -> Runner:
    from tidings.pipeline import entities, nlp  # noqa: F401 - registers the stages

    return Runner(["nlp", "entities"])


@pytest.mark.parametrize(("body", "name", "country", "code"), [
    ("Fighters of the Popular Mobilization Forces clashed with gunmen near Tikrit on Sunday.",
     "Popular Mobilization Forces", "IRQ", "IRQUAF"),
    ("The Houthis fired two missiles at a cargo ship, a spokesman for Ansar Allah said.",
     "Ansar Allah", "YEM", "YEMREB"),
    ("The Scottish National Party and the Kuomintang sent delegations to the conference.",
     "Kuomintang", "TWN", "TWNPTY"),
    ("The Bank of Korea kept its main rate on hold, while the Syrian Democratic Forces "
     "detained dozens of suspects.", "Syrian Democratic Forces", "SYR", "SYRREB"),
    ("The Tehrik-i-Taliban Pakistan claimed the attack, police in Peshawar said.",
     "Tehrik-i-Taliban Pakistan", "PAK", "PAKREB"),
    ("Voters backed Fidesz, while the Aam Aadmi Party won in Delhi.",
     "Aam Aadmi Party", "IND", "INDPTY"),
])
def test_bodies_resolve_in_a_sentence(run: Runner, body: str, name: str, country: str,
                                      code: str) -> None:
    article = run(Article(body=body, published="2024-05-01"))
    found = {e.name: e for e in article.entities}
    assert name in found, sorted(found)
    assert (found[name].country, found[name].actor_code) == (country, code)


@pytest.mark.parametrize(("text", "code", "country"), [
    ("SNP", "GBRPTY", "GBR"), ("Fidesz", "HUNPTY", "HUN"), ("M23", "CODREB", "COD"),
    ("al-Shabaab", "SOMREB", "SOM"), ("Kurdistan Workers' Party", "TURREB", "TUR"),
    ("Kosovo Liberation Army", "SRBREB", "SRB"), ("Euskadi Ta Askatasuna", "ESPSEP", "ESP"),
    ("Rapid Support Forces", "SDNUAF", "SDN"), ("Bank of Korea", "KORGOV", "KOR"),
    ("Crown Prosecution Service", "GBRJUD", "GBR"), ("Bundeskriminalamt", "DEUCOP", "DEU"),
    ("Basij", "IRNMIL", "IRN"), ("Bernama", "MYSMED", "MYS"),
    ("Syrian Observatory for Human Rights", "SYRHRI", "SYR"),
    ("Save the Children", "NGOSTC", "NGOSTC"), ("Norwegian Refugee Council", "NGONRC", "NGONRC"),
])
def test_knowledge_base_codes(text: str, code: str, country: str) -> None:
    org = get_kb().organisation(text)
    assert org is not None, text
    assert (org.code, org.country) == (code, country)


@pytest.mark.parametrize("text", ["snp", "Labor Party", "Socialist Party", "Civic Coalition",
                                  "General People's Congress", "Reprieve", "sdf"])
def test_ambiguous_names_are_left_out(text: str) -> None:
    org = get_kb().organisation(text)
    assert org is None or org.country not in {"AUS", "ISR", "FRA", "POL", "YEM", "SYR"}, text


def test_armed_groups_agree_with_the_event_coder() -> None:
    """A body the event coder's own armed-group list knows has the same country there."""
    from tidings.pipeline.event_actors import armed_group

    kb = get_kb()
    for name in ("PKK", "FARC", "LTTE", "KLA", "al-Shabaab", "Boko Haram", "Houthis", "MILF",
                 "Hamas", "Hezbollah", "Taliban", "Palestinian Islamic Jihad"):
        org, group = kb.organisation(name), armed_group(name)
        assert org is not None and group is not None, name
        assert (org.country, org.code) == group, name
