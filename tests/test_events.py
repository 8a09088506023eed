"""The event coder: the example page, grammar cases, modality, non-events and gold-set floors."""

from __future__ import annotations

import csv
import re
from typing import Any

import pytest

from tests.conftest import DATA, ROOT, need
from tidings.eval.events import norm_country, read_gold, score_records
from tidings.knowledge.cameo import code_info, codebook
from tidings.knowledge.event_lexicon import lexicon
from tidings.model import Article, Event
from tidings.pipeline import build

OUR_GOLD = ROOT / "tests" / "gold" / "events" / "events.jsonl"


@pytest.fixture(scope="module")
def runner() -> Any:
    return build(("nlp", "entities", "events"))


def code(runner: Any, text: str, *, title: bool = False, date: str = "2025-07-20") -> list[Event]:
    art = Article(title=text, body="", reference_date=date) if title else Article(
        body=text, reference_date=date)
    return runner(art).events


def countries(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.code, e.sentence) for e in events]
    return events[0]


# ---------------------------------------------------------------- data files


def test_codebook_agrees_with_shared_files() -> None:
    rows = list(csv.DictReader(need(DATA / "cameo_codes.csv").open(encoding="utf-8")))
    for r in rows:
        info = code_info(r["cameo_code"])
        assert info.root == r["root_code"]
        assert info.goldstein == float(r["goldstein"])
        assert info.quad_class == int(r["quad_class"])
    assert len(codebook()) == len(rows)
    for line in need(DATA / "cameo_to_plover.txt").read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m and m.group(1) in codebook():
            first = next(ln for ln in need(DATA / "cameo_to_plover.txt").read_text(
                "utf-8").splitlines() if ln.startswith(m.group(1) + ":"))
            want = re.match(r"^\d+:\s*([A-Z]+)", first)
            assert want is not None
            assert code_info(m.group(1)).plover == want.group(1), m.group(1)


def test_lexicon_covers_every_root_with_known_codes() -> None:
    lex = lexicon()
    roots = {p.code[:2] for pats in lex.verbs.values() for p in pats}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for pats in (*lex.verbs.values(), *lex.nouns.values()):
        for p in pats:
            assert p.code in codebook()


def test_lexicon_is_broad_and_its_stops_load() -> None:
    lex = lexicon()
    codes = {p.code for pats in (*lex.verbs.values(), *lex.nouns.values()) for p in pats}
    assert len(codes) >= 180
    assert sum(len(v) for v in lex.verbs.values()) >= 1000
    assert "corruption" in lex.stops["fight"]
    assert not any(w.startswith("@") for stop in lex.stops.values() for w in stop)


# ---------------------------------------------------------------- the example page


@pytest.fixture(scope="module")
def page_events(example_page: str) -> list[Event]:
    from tidings.extractor import Extractor
    from tidings.sources.base import RawDocument

    ex = Extractor(("nlp", "entities", "quotes", "dates", "events"))
    art = ex.process(RawDocument(content=example_page, format="page"),
                     reference_date="2025-07-20")
    return art.events


def test_page_moscow_talks(page_events: list[Event]) -> None:
    talks = [e for e in page_events if e.section == "body" and e.root == "04"]
    assert len(talks) == 1, "one meeting, one record"
    ev = talks[0]
    assert countries(ev.sources + ev.targets) == {"RUS", "CHN"}
    assert ev.date == "2025-05-08"
    assert ev.place is not None and ev.place.name == "Moscow" and ev.place.lat is not None
    assert len(ev.mentions) >= 2


def test_page_agreements_and_gas_route(page_events: list[Event]) -> None:
    signed = [e for e in page_events if e.section == "body" and e.code == "057"]
    assert signed and countries(signed[0].sources) == {"RUS", "CHN"}
    route = [e for e in page_events if "gas route" in e.sentence]
    assert route and route[0].modality == "planned"


def test_page_related_headlines(page_events: list[Event]) -> None:
    by_section: dict[str, list[Event]] = {}
    for e in page_events:
        by_section.setdefault(e.section, []).append(e)
    sanctions = by_section["related:0"]
    assert [e.code for e in sanctions] == ["163"]
    assert countries(sanctions[0].sources) == {"EUR"}
    assert countries(sanctions[0].targets) == {"RUS"}
    railway = by_section["related:10"]
    assert railway[0].code == "057"
    assert countries(railway[0].sources) == {"UZB", "AFG", "PAK"}
    knb = by_section["related:17"]
    assert knb[0].code == "173" and countries(knb[0].sources) == {"KAZ"}
    for quiet in (1, 11, 13, 6, 19):
        assert f"related:{quiet}" not in by_section, quiet


def test_page_events_carry_codebook_fields(page_events: list[Event]) -> None:
    for e in page_events:
        info = code_info(e.code)
        assert (e.root, e.label, e.goldstein, e.quad_class) == (
            info.root, info.label, info.goldstein, info.quad_class)
        assert 0 < e.confidence <= 1 and e.date


# ---------------------------------------------------------------- grammar


def test_verbal_predicate_with_prepositional_target(runner: Any) -> None:
    ev = only(code(runner, "The European Union imposed sanctions on Russia."))
    assert ev.code == "163" and ev.plover == "COERCE"
    assert countries(ev.sources) == {"EUR"} and countries(ev.targets) == {"RUS"}


def test_passive_with_agent(runner: Any) -> None:
    ev = only(code(runner, "A Kazakh official was detained by the KNB."))
    assert ev.code == "173"
    assert [a.actor_code for a in ev.sources] == ["KAZSPY"]
    assert countries(ev.targets) == {"KAZ"}


def test_compound_actors_all_take_part(runner: Any) -> None:
    ev = only(code(runner, "Uzbekistan, Afghanistan and Pakistan signed an agreement on a railway."))
    assert ev.code == "057"
    assert countries(ev.sources) == {"UZB", "AFG", "PAK"} and ev.targets == []


def test_headline_grammar(runner: Any) -> None:
    ev = only(code(runner, "EU Slaps Sanctions on Russian Banks", title=True))
    assert ev.code == "163" and countries(ev.targets) == {"RUS"}
    ev = only(code(runner, "KNB Detains Official in Aqmola", title=True))
    assert ev.code == "173" and ev.place is not None and ev.place.country == "KAZ"


@pytest.mark.parametrize("headline,code_,target", [
    ("Kazakh Official Detained in Aqmola", "173", "KAZ"),
    ("Opposition leader arrested after protests in Minsk", "173", "BLR"),
    ("Sanctions imposed on Russian banks", "163", "RUS"),
])
def test_headline_passive_without_was(runner: Any, headline: str, code_: str,
                                      target: str) -> None:
    ev = only(code(runner, headline, title=True))
    assert ev.code == code_ and target in countries(ev.targets)
    assert not any(a.name.lower() in headline.lower() and a.country == target
                   and a.actor_code == target for a in ev.sources)


def test_headline_protest_keeps_its_subject(runner: Any) -> None:
    ev = only(code(runner, "Protesters marched in Minsk", title=True))
    assert ev.root == "14" and countries(ev.sources) == {"BLR"}


def test_nominal_event(runner: Any) -> None:
    ev = only(code(runner, "Talks between Kazakhstan and Kyrgyzstan ended without result."))
    assert ev.root == "04" and countries(ev.sources) == {"KAZ", "KGZ"}


def test_role_noun_actor_takes_demonym(runner: Any) -> None:
    ev = only(code(runner, "Hungarian officials criticised the European Commission."))
    assert ev.code == "111" and countries(ev.sources) == {"HUN"}


def test_date_resolved_from_sentence(runner: Any) -> None:
    ev = only(code(runner, "On May 8, Kazakhstan and China signed an agreement.",
                   date="2025-07-20"))
    assert ev.date == "2025-05-08"


def test_pronoun_takes_subject_of_reporting_clause(runner: Any) -> None:
    ev = only(code(runner, "Syria says it is willing to withdraw its troops from Lebanon."))
    assert ev.plover == "AGREE" and countries(ev.sources) == {"SYR"}
    assert "LBN" in countries(ev.targets)


@pytest.mark.parametrize(("title", "body", "want", "src"), [
    ("Former Kyrgyz president Almazbek Atambayev dies at 69",
     "In 2017 he signed a border treaty with Uzbekistan.", "057", {"KGZ"}),
    ("Nursultan Nazarbayev steps down after three decades",
     "In 2019 he made a state visit to Beijing.", "042", {"KAZ"}),
])
def test_pronoun_before_any_name_is_the_headlines_one_person(runner: Any, title: str, body: str,
                                                             want: str, src: set[str]) -> None:
    evs = [e for e in runner(Article(title=title, body=body)).events if e.section == "body"]
    assert [e.code for e in evs] == [want] and countries(evs[0].sources) == src


def test_pronoun_after_a_name_in_the_body_is_not_the_headlines(runner: Any) -> None:
    art = Article(title="Tokayev visits Beijing",
                  body="Foreign Minister Wang Yi met the guests. He signed a trade deal.")
    assert all(countries(e.sources) != {"KAZ"} for e in runner(art).events
               if e.section == "body")


def test_a_bracket_parsed_as_a_phrase_head_leaves_the_events_stage_running(runner: Any) -> None:
    art = runner(Article(body=(
        "Lead author Anna Berg of Oslo's Institute for Marine Studies: Research and Training "
        "(I-MORE) said, \"The voyage gave us a rare chance.\" Norway expelled two Russian "
        "diplomats on Monday.")))
    assert art.errors == []
    assert any(e.root == "17" and countries(e.sources) == {"NOR"} for e in art.events)


@pytest.mark.parametrize("text", [
    "Gulf states condemned the attack on the tanker.",
    "Several Central Asian states welcomed the agreement with China.",
    "EU member states condemned the arrest of the journalist in Minsk.",
])
def test_states_of_a_region_are_not_the_united_states(runner: Any, text: str) -> None:
    assert all("USA" not in countries(e.sources) for e in code(runner, text))


@pytest.mark.parametrize("text", [
    '"We will not accept this," my colleague and I said.',
    'My husband and I told reporters, "We condemn the attack by Russia."',
])
def test_i_among_the_speakers_is_read_without_endless_lookup(runner: Any, text: str) -> None:
    assert runner(Article(body=text)).errors == []


def test_one_act_coded_twice_in_one_headline_is_one_event(runner: Any) -> None:
    art = runner(Article(title="US drone strike kills Iranian general in Baghdad", body=""))
    assert [e.root for e in art.events] == ["19"]
    assert countries(art.events[0].sources) == {"USA"}
    assert countries(art.events[0].targets) == {"IRN"}


def test_governor_without_event_of_its_own_composes(runner: Any) -> None:
    ev = only(code(runner, "Libya has offered to hand over two suspects to Britain."))
    assert ev.root == "03" and countries(ev.sources) == {"LBY"}
    assert "GBR" in countries(ev.targets)


def test_demand_that_clause_targets_its_subject(runner: Any) -> None:
    ev = only(code(runner, "The PRC demanded that the US cancel the sale."))
    assert ev.root == "10" and countries(ev.sources) == {"CHN"}
    assert countries(ev.targets) == {"USA"}


def test_group_named_by_demonym_and_protest_target(runner: Any) -> None:
    ev = only(code(runner, "Palestinian prisoners rioted at a jail in northern Israel."))
    assert ev.plover == "PROTEST" and countries(ev.sources) == {"PSE"}
    assert countries(ev.targets) == {"ISR"}


def test_conditional_threat_targets_the_condition(runner: Any) -> None:
    ev = only(code(runner, "Russia threatened to stop negotiations if the United States "
                           "deploys new missiles."))
    assert ev.root == "13" and countries(ev.targets) == {"USA"}


def test_agentless_passive_is_the_authorities_of_the_place(runner: Any) -> None:
    ev = only(code(runner, "A Kazakh journalist was detained in Kyrgyzstan."))
    assert ev.code == "173" and [a.actor_code for a in ev.sources] == ["KGZCOP"]
    assert countries(ev.targets) == {"KAZ"}


def test_agentless_arrest_with_no_place_is_the_authorities_of_the_arrested(runner: Any) -> None:
    ev = only(code(runner, "A Georgian tennis player was arrested on Friday on a charge of "
                           "domestic violence."))
    assert ev.code == "173" and [a.actor_code for a in ev.sources] == ["GEOCOP"]
    assert countries(ev.targets) == {"GEO"}


def test_one_domestic_event_merges_by_party_and_keeps_roles(runner: Any) -> None:
    art = Article(body="US federal judge T. S. Ellis sentenced Paul Manafort to 47 months in "
                       "prison. The sentence Ellis gave Manafort was lighter than prosecutors "
                       "sought, and Ellis also sentenced Manafort to pay a fine. A federal judge "
                       "in Virginia sentenced Rick Gates to probation.",
                  reference_date="2019-03-08")
    sentencings = [e for e in runner(art).events if e.code == "116"]
    # The first two sentences are one sentencing; Gates's is another.
    assert len(sentencings) == 2, [(e.sentence, e.sources, e.targets) for e in sentencings]
    manafort = next(e for e in sentencings if "Manafort" in e.sentence)
    assert len(manafort.mentions) >= 1
    assert [a.name for a in manafort.targets] == ["Paul Manafort"]
    assert "Paul Manafort" not in [a.name for a in manafort.sources]


@pytest.mark.parametrize("text,src,code_prefix", [
    ("The Biden administration imposed sanctions on Russia.", "USAGOV", "16"),
    ("Erdogan's government arrested 20 journalists.", "TURGOV", "17"),
    ("Putin's spokesman criticised the decision of the European Union.", "RUSGOV", "11"),
])
def test_entourage_acts_for_its_principals_country(runner: Any, text: str, src: str,
                                                   code_prefix: str) -> None:
    ev = only(code(runner, text))
    assert ev.code.startswith(code_prefix)
    assert [a.actor_code for a in ev.sources] == [src]


def test_airstrike_named_by_a_country_is_its_military(runner: Any) -> None:
    evs = code(runner, "The commander was killed last week by a United States military "
                       "airstrike in Iraq.")
    assert any(e.root == "19" and "USAMIL" in [a.actor_code for a in e.sources] for e in evs)


def test_ethnic_group_acting_in_a_country_is_of_that_country(runner: Any) -> None:
    ev = only(code(runner, "Ethnic Uzbeks protested in Osh against the arrests."))
    assert ev.root == "14" and countries(ev.sources) == {"KGZ"}


def test_rejected_calls_by_an_international_official_target_his_body(runner: Any) -> None:
    ev = only(code(runner, "The United States on Thursday rejected calls by Kofi Annan, UN "
                           "secretary-general, to adopt far-reaching reforms.",
                   date="2005-03-10"))
    assert ev.root == "12" and countries(ev.sources) == {"USA"}
    assert [a.actor_code for a in ev.targets] == ["IGOUNO"]


def test_state_of_emergency_is_coded_whatever_its_cause(runner: Any) -> None:
    # CAMEO 1724 codes the declaration itself, for unrest, a flood or an epidemic alike.
    ev = only(code(runner, "Kazakhstan declared a state of emergency after the floods."))
    assert ev.code == "1724" and countries(ev.sources) == {"KAZ"}
    # Coercion with no one else named falls on the country's own people.
    assert countries(ev.targets) == {"KAZ"}


def test_unknown_body_placed_in_a_country_is_of_that_country(runner: Any) -> None:
    ev = only(code(runner, "The Supreme Electoral Tribunal in Honduras rejected the appeal."))
    assert ev.root == "12" and countries(ev.sources) == {"HND"}


def test_foreign_pledge_in_a_story_about_one_country_targets_it(runner: Any) -> None:
    body = ("A block of flats collapsed in Aleppo, Syria, on Sunday, killing eleven people. "
            "Syrian civil defence teams searched the rubble through the night, and the governor "
            "of Aleppo said the building had been damaged during the war. Many buildings in "
            "the Syrian city were left unsafe by years of shelling, and residents say repairs "
            "have been slow. Syria's government has promised to inspect damaged blocks across "
            "the city and to rehouse families who lost their homes. China, Iran and Russia "
            "have pledged funds toward the cost of reconstruction. Local officials said more "
            "inspections would begin next week in the old quarter of the city, where many "
            "of the oldest houses stand empty, and that engineers from Damascus would join "
            "them to survey the water and power networks damaged in the fighting. Families "
            "who lost relatives in the collapse were given temporary shelter in a school.")
    art = Article(title="Block of flats collapses in Aleppo, Syria", body=body,
                  reference_date="2019-01-06")
    pledge = [e for e in runner(art).events if "pledged" in e.sentence]
    assert pledge and countries(pledge[0].sources) == {"CHN", "IRN", "RUS"}
    assert countries(pledge[0].targets) == {"SYR"}


def test_first_person_in_reported_words_is_the_speaker(runner: Any) -> None:
    ev = only(code(runner, 'Polish Prime Minister Mateusz Morawiecki visited the town. He '
                           'tweeted, "I want to express my sympathy to the families of the '
                           'victims."'))
    assert ev.root == "01" and countries(ev.sources) == {"POL"}


def test_mediation_implies_the_parties_mediated_between(runner: Any) -> None:
    ev = code(runner, "The White House announced a deal it brokered to normalize relations "
                      "between Sudan and Israel.")[0]
    assert ev.code == "045" and countries(ev.sources) == {"USA"} and not ev.targets
    assert countries(ev.implied_targets) == {"SDN", "ISR"}


def test_person_with_no_country_acts_for_the_country_of_the_place(runner: Any) -> None:
    ev = only(code(runner, "On Friday, Usman Khan stabbed several people at a hall in London."))
    assert ev.root == "18" and countries(ev.sources) == {"GBR"}


def test_a_storm_is_no_actor(runner: Any) -> None:
    assert not code(runner, "Typhoon Phanfone struck the Philippines on Wednesday. It also "
                            "blocked roads and forced over 58,000 civilians to evacuate.")


def test_participle_on_a_copula_takes_its_subject(runner: Any) -> None:
    ev = only(code(runner, "Indian authorities are at the spot, providing all assistance to "
                           "the affected."))
    assert ev.root == "07" and countries(ev.sources) == {"IND"}


def test_group_named_by_its_members_acts_as_them(runner: Any) -> None:
    ev = only(code(runner, "Western countries such as France and Germany condemned the attack "
                           "on Iran."))
    assert ev.root == "11" and countries(ev.sources) == {"FRA", "DEU"}


def test_country_name_inside_a_state_name_is_not_that_country(runner: Any) -> None:
    ev = only(code(runner, "Attorneys general from New Jersey, Colorado and New Mexico filed "
                           "a lawsuit against the order."))
    assert ev.root == "11" and countries(ev.sources) == {"USA"}


@pytest.mark.parametrize("text", [
    "US Senator Brian Carroll received the Solidarity Party's presidential nomination in 2019.",
    '"We should definitely add those planets to the menu of options," US scientist Sara '
    'Seager said.',
    "Encouraged to explore creative outlets by a psychotherapist, US actress Gloria "
    "Vanderbilt took acting lessons.",
    'US scientist Sara Seager said "Astronomers should keep an open mind as to which planets '
    'are worth searching for life".',
    "US actors walk the picket line in solidarity with striking US writers outside the "
    "studio offices.",
    "Microsoft blamed two US software updates for the connectivity glitches.",
    "To beat Donald Trump, Nikki Haley tries to expand her coalition.",
    "With many Americans affected by obesity, the promise of these drugs has been clashing "
    "with insurers.",
    "It was the dog on the silo that forced US farmer Chris Richmond's hand.",
    "US activist John Smith insists the 2004 election was stolen.",
    "The stock market in New York rallied to new highs over the past month.",
    "Reuters met the Kazakh foreign minister in Astana.",
    "The high interest rate environment in the US is forcing more American companies to sell "
    "assets.",
    '"Stroke tends to strike at a younger age in men than in women," said Price, a US coach.',
    "He remains one of the best drivers, something he demonstrated in a duel with Fernando "
    "Alonso at the Brazilian Grand Prix in Sao Paulo.",
    "In the US, renewable energy will continue its march on coal.",
    "Every Tuesday, US student Jessica Ramgoolam heads down to the public library branch.",
])
def test_no_event_where_no_actor_acts_on_another(runner: Any, text: str) -> None:
    assert not code(runner, text)


def test_two_word_role_acts_for_the_country_it_is_in(runner: Any) -> None:
    ev = only(code(runner, "The fire service in Bangladesh was investigating the possibility "
                           "of an electrical fault."))
    assert ev.root == "09" and countries(ev.sources) == {"BGD"}


def test_it_is_the_body_that_acted_in_the_sentence_before(runner: Any) -> None:
    events = code(runner, "The European Union imposed sanctions on Russia on Monday. It also "
                          "praised Ukraine for its reforms.")
    praise = [e for e in events if e.root == "05"]
    assert praise and countries(praise[0].sources) == {"EUR"}
    assert not code(runner, "It rained in Moscow on Monday and it forced thousands of people "
                            "to stay at home.")


def test_legislature_named_by_its_kind_is_the_countrys(runner: Any) -> None:
    ev = only(code(runner, "On December 18, the House in Washington passed two articles of "
                           "impeachment against President Donald Trump."))
    assert ev.code == "173" and countries(ev.sources) == {"USA"}


def test_protest_with_no_place_is_the_story_countrys_people(runner: Any) -> None:
    body = ("Hundreds of thousands of people marched through central London on Saturday to "
            "demand a new referendum on Brexit. The march, organised by the People's Vote "
            "campaign, was one of the largest in British history, and police in London said "
            "the crowd was peaceful. Speakers from the British Labour and Liberal Democrat "
            "parties addressed the rally, and organisers said people had travelled from all "
            "over the United Kingdom to attend. Protesters, carrying placards and flags, "
            "marched from Hyde Park Corner to Parliament.")
    art = Article(title="Thousands march in anti-Brexit protest in London", body=body,
                  reference_date="2019-03-24")
    march = [e for e in runner(art).events if "Hyde Park" in e.sentence]
    assert march and march[0].root == "14" and countries(march[0].sources) == {"GBR"}


def test_appeal_to_change_a_policy_is_coded_as_such(runner: Any) -> None:
    ev = only(code(runner, "The Democratic National Committee urged US states not to "
                           "reschedule their elections but to use mail-in voting instead."))
    assert ev.code == "0242" and countries(ev.targets) == {"USA"}


def test_promise_of_money_is_intent_to_give_economic_aid(runner: Any) -> None:
    ev = only(code(runner, "The governor of Chelyabinsk in Russia has promised each victim "
                           "will be subject to a payout of one million rubles."))
    assert ev.code == "0331" and countries(ev.sources) == {"RUS"}


def test_speaker_saying_they_may_act_threatens(runner: Any) -> None:
    ev = only(code(runner, "Trump said he may impose new tariffs on China."))
    assert ev.root == "13" and countries(ev.targets) == {"CHN"}
    ev = only(code(runner, "Officials said Russia could face new sanctions."))
    assert ev.root == "16" and ev.modality == "hypothetical"


def test_member_of_an_ngo_speaks_for_it(runner: Any) -> None:
    ev = only(code(runner, '"The murder is unacceptable and a terrible blow to journalism in '
                           'Yemen", said Sabrina Bennoui of Reporters Without Borders.'))
    assert ev.root == "11" and {a.actor_code[:3] for a in ev.sources if a.actor_code} == {"NGO"}


def test_insisting_that_someone_act_demands_it(runner: Any) -> None:
    ev = only(code(runner, "The US insisted that Iran release the sailors."))
    assert ev.root == "10" and countries(ev.targets) == {"IRN"}


def test_unrest_and_arrest_told_as_nouns_have_their_actors(runner: Any) -> None:
    events = code(runner, "Protests erupted in Minsk following the arrest of Belarusian "
                          "opposition leader Sergei Tikhanovsky.")
    by_root = {e.root: e for e in events}
    assert countries(by_root["14"].sources) == {"BLR"}
    assert countries(by_root["17"].sources) == {"BLR"} and by_root["17"].code == "173"


def test_support_for_someone_targets_them(runner: Any) -> None:
    ev = only(code(runner, "Russia declared its support for Serbia."))
    assert ev.root == "05" and countries(ev.targets) == {"SRB"}


def test_judgement_of_a_deed_told_before_targets_its_doer(runner: Any) -> None:
    body = ("Turkish troops launched an offensive against Kurdish fighters in northern Syria "
            "on Wednesday. The operation was condemned by members of the European Union.")
    evs = runner(Article(body=body, reference_date="2019-10-10")).events
    condemned = [e for e in evs if "condemned" in e.sentence]
    assert condemned and condemned[0].root == "11"
    assert countries(condemned[0].targets) == {"TUR"}


def test_participle_on_a_phrase_takes_the_subject_of_its_verb(runner: Any) -> None:
    ev = only(code(runner, "The Saudi foreign minister posted a message on Twitter blaming "
                           "Iran for the attacks."))
    assert ev.code == "112" and countries(ev.sources) == {"SAU"}
    assert countries(ev.targets) == {"IRN"}


def test_they_after_one_body_acted_is_that_body(runner: Any) -> None:
    evs = code(runner, "Kazakh police arrested a 36-year-old man in Almaty on Monday. They "
                       "later released him on bail.")
    released = [e for e in evs if e.code == "0841"]
    assert released and [a.actor_code for a in released[0].sources] == ["KAZCOP"]


def test_mediation_by_one_named_party_is_an_event(runner: Any) -> None:
    ev = only(code(runner, "Russia brokered a cease-fire agreement."))
    assert ev.code == "045" and countries(ev.sources) == {"RUS"}


def test_companies_registered_in_a_country_are_its(runner: Any) -> None:
    ev = only(code(runner, "The European Union imposed sanctions on five trading companies "
                           "registered in Kyrgyzstan."))
    assert ev.code == "163" and countries(ev.targets) == {"KGZ"}


def test_them_is_whom_the_sentence_act_fell_on(runner: Any) -> None:
    evs = code(runner, "The European Union imposed sanctions on five trading companies "
                       "registered in Kyrgyzstan, accusing them of supplying Russia with "
                       "microelectronics.")
    accused = [e for e in evs if e.root == "11"]
    assert accused and countries(accused[0].targets) == {"KGZ"}


def test_peacekeepers_arriving_protect_the_host(runner: Any) -> None:
    ev = only(code(runner, "Bangladeshi peacekeepers arrived in Mali."))
    assert ev.code == "074" and countries(ev.sources) == {"BGD"}
    assert countries(ev.targets) == {"MLI"}


@pytest.mark.parametrize(("text", "want", "src", "tgt"), [
    ("Turkey made an offer to mediate between Armenia and Azerbaijan.", "039", {"TUR"},
     {"ARM", "AZE"}),
    ("Uzbekistan announced plans for talks with Tajikistan.", "036", {"UZB"}, {"TJK"}),
])
def test_intent_carried_by_a_noun(runner: Any, text: str, want: str, src: set[str],
                                  tgt: set[str]) -> None:
    ev = only(code(runner, text))
    assert ev.code == want and countries(ev.sources) == src and countries(ev.targets) == tgt


def test_order_is_a_demand_or_the_act_ordered(runner: Any) -> None:
    ev = only(code(runner, "A Kyrgyz court ordered the opposition leader to appear for "
                           "questioning."))
    assert ev.root == "10" and countries(ev.sources) == {"KGZ"}
    ev = only(code(runner, "Tajikistan ordered its troops to withdraw from the border."))
    assert ev.code == "087" and countries(ev.sources) == {"TJK"} and ev.targets == []


def test_armed_groups_the_knowledge_base_lacks(runner: Any) -> None:
    ev = only(code(runner, "PKK fighters attacked a Turkish army post."))
    assert ev.root == "19" and [a.actor_code for a in ev.sources] == ["TURREB"]
    assert [a.actor_code for a in ev.targets] == ["TURMIL"]
    ev = only(code(runner, "Al-Qaeda claimed responsibility for the bombing."))
    assert countries(ev.sources) == {"IMG"}


def test_denied_cooperation_is_a_rejection(runner: Any) -> None:
    ev = only(code(runner, "Kazakhstan did not sign the treaty with Russia."))
    assert ev.root == "12" and ev.modality == "negated"
    assert countries(ev.sources) == {"KAZ"} and countries(ev.targets) == {"RUS"}


@pytest.mark.parametrize(("text", "want", "src", "tgt"), [
    ("Moscow expelled two British diplomats.", "174", {"RUS"}, {"GBR"}),
    ("Washington recalled its ambassador from Caracas.", "161", {"USA"}, {"VEN"}),
    ("The World Bank approved a $300 million loan to Ghana.", "071", {"IGO"}, {"GHA"}),
    ("Sweden granted asylum to the Belarusian dissident.", "075", {"SWE"}, {"BLR"}),
    ("Pakistan lodged a strong protest with India over the border incident.", "114", {"PAK"},
     {"IND"}),
    ("Russia vetoed the Security Council resolution on Syria.", "129", {"RUS"}, None),
    ("Syrian troops pulled out of Beirut on Thursday.", "087", {"SYR"}, {"LBN"}),
    ("Russia massed troops along the Ukrainian border.", "154", {"RUS"}, {"UKR"}),
    ("Riot police fired tear gas at demonstrators.", "175", None, None),
    ("Hamas militants fired rockets at Israel.", "195", {"PSE"}, {"ISR"}),
    ("Ethiopian warplanes bombed the Eritrean port of Assab.", "195", {"ETH"}, {"ERI"}),
    ("Azerbaijan and Armenia exchanged fire along the border.", "193", {"AZE", "ARM"}, None),
    ("Japan pledged $500 million in reconstruction aid to Iraq.", "033", {"JPN"}, {"IRQ"}),
    ("Kyrgyz police dispersed demonstrators in Bishkek.", "175", {"KGZ"}, {"KGZ"}),
    ("The UN Security Council urged both sides to show restraint.", "025", {"IGO"}, None),
    ("Russian President Boris Yeltsin telephoned US President Bill Clinton on Monday.", "041",
     {"RUS"}, {"USA"}),
    # second round: owners, names, phone calls folded by the parser, places, deeds
    ("Kazakhstan's foreign ministry called Russia's decision a dangerous mistake.", "111",
     {"KAZ"}, {"RUS"}),
    ("Kyrgyzstan's president called Putin a trusted friend.", "051", {"KGZ"}, {"RUS"}),
    ("Russia's Foreign Ministry called the package \"illegitimate\".", "111", {"RUS"}, None),
    ("The former Kazakh minister Nurlan Bekov pleaded not guilty.", "016", {"KAZ"}, None),
    ("An Almaty court ordered the Kazakh activist held in pre-trial detention.", "173", None,
     {"KAZ"}),
    ("Three Turkish soldiers were killed by rocket fire near the Syrian border.", "194", None,
     {"TUR"}),
    ("Russian forces attacked Kharkiv with drones overnight.", "195", {"RUS"}, {"UKR"}),
    ("President Tokayev and President Mirziyoyev spoke by phone on Monday.", "041",
     {"KAZ", "UZB"}, None),
    ("Kazakhstan will support Uzbekistan's bid to join the World Trade Organization.", "032",
     {"KAZ"}, {"UZB"}),
    ("A roadside bomb near the city of Kandahar killed two Canadian soldiers.", "1833", {"AFG"},
     {"CAN"}),
    ("Russia announced new restrictions on flights to Georgia.", "163", {"RUS"}, {"GEO"}),
    ("Members of the opposition Ak Zhol party in Kazakhstan criticised the government.", "111",
     {"KAZ"}, None),
])
def test_codebook_breadth(runner: Any, text: str, want: str, src: set[str] | None,
                          tgt: set[str] | None) -> None:
    best = max(code(runner, text), key=lambda e: e.confidence)
    assert best.code == want
    if src is not None:
        assert {norm_country(c) for c in countries(best.sources)} == src
    if tgt is not None:
        assert {norm_country(c) for c in countries(best.targets)} == tgt


# ---------------------------------------------------------------- modality


@pytest.mark.parametrize(("text", "modality"), [
    ("Kazakh police detained two activists in Almaty last week.", "asserted"),
    ("Uzbekistan plans to launch a railway to Afghanistan in 2027.", "planned"),
    ("Kazakhstan could face sanctions.", "hypothetical"),
    ("Police did not detain the Kyrgyz activist.", "negated"),
    ("Officials said Kyrgyz police detained a Kazakh activist.", "reported"),
    ("Kyrgyz police detained a Kazakh activist.", "asserted"),
    ("The mayor tweeted that Kyrgyz police had detained a Kazakh activist.", "reported"),
    ("Had Kyrgyz police detained the Kazakh activist earlier, nobody would have died.",
     "hypothetical"),
    ("The EU imposed no new sanctions on Russia.", "negated"),
])
def test_modality(runner: Any, text: str, modality: str) -> None:
    assert only(code(runner, text)).modality == modality


def test_future_cooperation_is_intent(runner: Any) -> None:
    ev = only(code(runner, "Japan will provide humanitarian aid to Kyrgyzstan."))
    assert ev.root == "03" and ev.modality == "planned"


# ---------------------------------------------------------------- no event


@pytest.mark.parametrize("headline", [
    "Renowned Poet and Playwright Israil Saparbay Passes Away at 84",
    "Maintenance Completed at Pavlodar Petrochemical Plant Ahead of Schedule",
    "Analyst Arman Beisembayev Explains the Record-Breaking Exchange Rate",
    "President Signs Law on Governance, Infrastructure Development",
    "Astana Hosts an Exhibition of Kazakh Carpets",
])
def test_no_event_from_non_event_headlines(runner: Any, headline: str) -> None:
    assert code(runner, headline, title=True) == []


@pytest.mark.parametrize("text", [
    "A fire killed three people in a Catalonia apartment block.",
    "Siegel agreed to answer some questions.",
    "President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday.",
    "Adamowicz has supported LGBT rights.",
    "An earthquake struck southern Kyrgyzstan, injuring 25 people.",
    "The ministry is fighting corruption in the customs service.",
    "The National Weather Service has issued a flash flood warning.",
    "The Senate met on Monday.",
    "Seven people were killed when a military plane crashed near Almaty.",
    "The United Nations called the humanitarian crisis the worst in the world.",
    "Exports fell by 16% last year as banks tightened checks on cross-border payments.",
    "Prosecutors said the three defendants issued 46 loans to shell companies.",
    "He filmed broken roads and asked where the money went, his sister said.",
    "The aircraft overran the runway and broke through a barrier.",
    "The US Coast Guard called off its search late on Tuesday.",
    "John Smith ended his presidential campaign on Friday.",
    "The team beat Kazakhstan 3-1 in Astana.",
    "Police have been unable to question the driver.",
])
def test_no_event_from_accidents_trips_and_opinions(runner: Any, text: str) -> None:
    assert code(runner, text) == []


# ---------------------------------------------------------------- gold floors


def test_floor_on_our_gold_set(runner: Any) -> None:
    report = score_records(read_gold(OUR_GOLD), runner)
    assert report["records"] >= 40
    assert report["plover_accuracy"] >= 0.92
    assert report["root_accuracy"] >= 0.92
    assert report["code_accuracy"] >= 0.88
    assert report["actors"]["f1"] >= 0.95
    assert report["triples_code"]["f1"] >= 0.87
    assert report["false_event_rate"] == 0.0


def test_floor_on_the_plover_gold_set(runner: Any) -> None:
    """The issue's acceptance set, whole: category accuracy 0.75, actor F1 0.80."""
    report = score_records(read_gold(need(DATA / "plover_gold.jsonl")), runner)
    assert report["records"] == 322
    assert report["plover_accuracy"] >= 0.78
    assert report["actors"]["precision"] >= 0.90
    assert report["actors"]["f1"] >= 0.84


def test_floor_on_the_odd_plover_half(runner: Any) -> None:
    """The odd-index records, the half developed on least (session 2 only)."""
    records = read_gold(need(DATA / "plover_gold.jsonl"))[1::2]
    report = score_records(records, runner)
    assert report["plover_accuracy"] >= 0.74
    assert report["actors"]["precision"] >= 0.86
    assert report["actors"]["f1"] >= 0.77


HELD_OUT = ROOT / "tests" / "gold" / "events" / "heldout_cameo.jsonl"


def test_floor_on_blind_cameo_sentences_from_real_news(runner: Any) -> None:
    """160 Wikinews sentences coded in CAMEO before the coder ever ran on them (HELDOUT.md):
    far from the issue's targets; the floor keeps what is there and the no-false-event rule.
    Each sentence is read alone under the headline its URL gives, then with its text only."""
    report = score_records(read_gold(HELD_OUT), runner)
    assert report["records"] == 130
    assert report["false_event_rate"] == 0.0
    assert report["root_accuracy"] >= 0.71
    # Against CAMEO gold an event with no named target scores its implied dyad partner.
    assert report["actors"]["precision"] >= 0.925
    assert report["triples_code"]["f1"] >= 0.605
    assert report["triples_root"]["f1"] >= 0.675
    bare = score_records(read_gold(HELD_OUT), runner, text_only=True)
    assert bare["false_event_rate"] == 0.0
    assert bare["root_accuracy"] >= 0.65
    assert bare["actors"]["precision"] >= 0.85
    assert bare["triples_code"]["f1"] >= 0.44
    assert bare["triples_root"]["f1"] >= 0.505


def test_floor_on_the_cameo_development_sentences(runner: Any) -> None:
    """150 more Wikinews sentences coded blind (DEV.md), worked from in sessions 2 to 5."""
    report = score_records(read_gold(ROOT / "tests" / "gold" / "events" / "dev_cameo.jsonl"),
                           runner)
    assert report["records"] == 120
    assert report["false_event_rate"] == 0.0
    assert report["root_accuracy"] >= 0.82
    assert report["actors"]["precision"] >= 0.95
    assert report["triples_code"]["f1"] >= 0.755


def test_floor_on_the_second_cameo_development_sentences(runner: Any) -> None:
    """83 Wikinews sentences from articles in neither other set (DEV2.md), most of whose
    actors only the article names: scored alone (under the URL's headline), the floor guards
    precision."""
    report = score_records(read_gold(ROOT / "tests" / "gold" / "events" / "dev2_cameo.jsonl"),
                           runner)
    assert report["records"] == 58
    assert report["false_event_rate"] == 0.0
    assert report["root_accuracy"] >= 0.61
    assert report["actors"]["precision"] >= 0.95
    assert report["triples_code"]["f1"] >= 0.685


def test_floor_on_cameo_sentences_of_real_2023_pages(runner: Any) -> None:
    """137 body sentences of the real pages in ../shared/data/pages, coded without running the
    coder (PAGES.md); the records hold offsets, the text comes from the page dumps."""
    from tidings.eval.events import read_context, with_page_texts

    dumps = read_context(need(DATA / "pages" / "dumps.jsonl.gz"))
    records = with_page_texts(read_gold(ROOT / "tests" / "gold" / "events" / "pages_cameo.jsonl"),
                              dumps)
    report = score_records(records, runner)
    assert report["records"] == 111
    assert report["false_event_rate"] == 0.0
    assert report["root_accuracy"] >= 0.66
    assert report["actors"]["precision"] >= 0.92
    assert report["triples_code"]["f1"] >= 0.55


def test_floor_on_cameo_sentences_of_lifestyle_and_business_pages(runner: Any) -> None:
    """67 body sentences of 41 other real pages (PAGES2.md): mostly business, courts and
    everyday news, where private people and firms act; 29 of them report no event."""
    from tidings.eval.events import read_context, with_page_texts

    dumps = read_context(need(DATA / "pages" / "dumps.jsonl.gz"))
    records = with_page_texts(
        read_gold(ROOT / "tests" / "gold" / "events" / "pages2_cameo.jsonl"), dumps)
    report = score_records(records, runner)
    assert report["records"] == 38
    assert report["false_event_rate"] <= 0.05
    assert report["actors"]["precision"] >= 0.9
    assert report["triples_code"]["f1"] >= 0.17


def test_reading_the_whole_article_codes_the_gold_sentence(runner: Any) -> None:
    """With --context the sentence is coded inside its article, as tidings reads news."""
    from tidings.eval.events import read_context

    context = read_context(need(DATA / "wikinews" / "articles.jsonl"))
    records = [r for r in read_gold(HELD_OUT) if r["expected_events"]][:12]
    alone = score_records(records, runner, text_only=True)
    whole = score_records(records, runner, context=context)
    assert whole["records"] == alone["records"] == 12
    assert whole["actors"]["recall"] >= alone["actors"]["recall"]
    assert whole["actors"]["precision"] >= 0.75


def test_gold_records_can_point_into_page_dumps(tmp_path: Any) -> None:
    """Publishers' pages are not copied into gold files: a record gives a page id and the
    sentence's offsets, and `--pages` / `--context` read the dump."""
    import gzip
    import json

    from tidings.errors import UsageError
    from tidings.eval.events import score_events

    page = ("Home\n- World\n- Politics\n"
            "Kazakhstan and Uzbekistan sign water deal\n"
            "ASTANA, May 16 — Kazakhstan and Uzbekistan signed an agreement on sharing the "
            "water of the Syr Darya on Friday. The presidents of the two countries met in "
            "Astana for two days of talks on trade and energy.\n"
            "Latest news\n- Weather warning for Almaty\n")
    sentence = "Kazakhstan and Uzbekistan signed an agreement on sharing the water"
    start = page.index(sentence)
    end = page.index("Friday.") + len("Friday.")
    dumps = tmp_path / "dumps.jsonl.gz"
    with gzip.open(dumps, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "p1", "page": page}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": f"p1#{start}", "page": "p1", "start": start, "end": end,
                                "date": "2025-05-16", "expected_events": [
                                    {"source": ["KAZ", "UZB"], "target": [], "code": "057"}]})
                    + "\n", encoding="utf-8")
    for kwargs in ({"pages": dumps}, {"context": dumps}):
        report = score_events(gold, **kwargs)
        assert report["records"] == 1 and report["root_accuracy"] == 1.0, kwargs
    with pytest.raises(UsageError):
        score_events(gold)


def test_a_dateline_city_is_never_an_actor() -> None:
    from tidings.extractor import Extractor
    from tidings.sources.base import RawDocument

    body = ("SHYMKENT, May 16 — Kazakhstan's Anti-Corruption Agency said on Friday it had detained "
            "a city land official on suspicion of taking a bribe.\n"
            "UFA, May 14 — Police in Russia's Republic of Bashkortostan detained 23 people.")
    article = Extractor().process(RawDocument(content=body, format="text", title="Arrests"),
                                  reference_date="2025-05-20")
    names = {a.name for ev in article.events for a in (*ev.sources, *ev.targets)}
    assert "Shymkent" not in names and "Ufa" not in names
    assert any(ev.root == "17" for ev in article.events)


def test_agentless_owner_of_passive_subject_is_the_target(runner: Any) -> None:
    ev = only(code(runner, "A school for Sudanese children was shelled by Chadian rebels."))
    assert countries(ev.sources) == {"TCD"} and countries(ev.targets) == {"SDN"}


def test_ethnic_group_is_coded_by_its_home_country(runner: Any) -> None:
    ev = only(code(runner, "Iraqi Kurds demanded a ceasefire with Turkey on Monday."))
    assert countries(ev.sources) == {"IRQ"} and countries(ev.targets) == {"TUR"}


def test_subject_owned_by_a_pronoun_takes_its_antecedent(runner: Any) -> None:
    ev = only(code(runner, "Ethiopian rebels said their fighters had attacked the garrison."))
    assert countries(ev.sources) == {"ETH"}


def test_police_in_a_story_about_one_country_are_that_countrys(runner: Any) -> None:
    body = ("Kazakhstan's parliament passed a new law on public assemblies on Friday. Opposition "
            "groups in Kazakhstan said the law would limit protests in Kazakh cities.\n\n"
            "Police detained five activists on Saturday.")
    events = runner(Article(title="New assembly law passed", body=body,
                            reference_date="2025-06-01")).events
    arrest = only([e for e in events if e.root == "17"])
    assert arrest.code == "173"
    assert countries(arrest.sources) == {"KAZ"}


def test_a_domestic_act_with_no_target_implies_its_own_country_as_cameo_dyad(
        runner: Any) -> None:
    ev = only(code(runner, "The governor of Orenburg promised compensation to every family "
                           "whose home was flooded."))
    assert ev.targets == [] and countries(ev.implied_targets) == {"RUS"}
    # Named targets need no implied one; a mediator's own country is never the other side,
    # nor is one party of a joint act.
    assert only(code(runner, "Turkey criticised the decision of the United States.")
                ).implied_targets == []
    broker = only(code(runner, "Russia brokered a ceasefire between the two sides."))
    assert broker.code == "045" and broker.implied_targets == []
    joint = only(code(runner, "Kazakhstan and China signed an agreement on a railway."))
    assert joint.implied_targets == []


def test_all_three_nations_are_the_countries_the_sentence_just_named(runner: Any) -> None:
    ev = only(code(runner, "Singapore, India, and Australia searched the Java Sea: all three "
                           "nations offered military assistance."))
    assert countries(ev.sources) == {"SGP", "IND", "AUS"}


def test_an_aside_with_a_participle_is_not_a_target(runner: Any) -> None:
    ev = only(code(runner, "Germany banned Iranian airline Mahan Air from flying in the country, "
                           "with officials saying this is for security reasons."))
    assert [a.name for a in ev.targets] == ["Mahan Air"]


def test_the_talks_held_somewhere_are_no_party_to_them(runner: Any) -> None:
    ev = only(code(runner, "Russia and China held talks in Moscow."))
    assert countries(ev.sources) == {"RUS", "CHN"} and ev.targets == []


def test_a_lone_sentence_naming_one_country_gives_its_role_nouns_that_country(
        runner: Any) -> None:
    ev = only(code(runner, "Police detained eight people for spreading rumours about the "
                           "outbreak in Kazakhstan."))
    assert countries(ev.sources) == {"KAZ"}


def test_private_attackers_assault_and_police_firing_on_protesters_repress(runner: Any) -> None:
    worker = only(code(runner, "In Lyon, France, an IT worker went on a stabbing spree, "
                               "killing four."))
    assert worker.code == "1823"
    police = only(code(runner, "Riot police fired tear gas at protesters in Tbilisi."))
    assert police.code == "175"
    troops = only(code(runner, "Russian troops shelled the town of Kherson in Ukraine."))
    assert troops.root == "19"


def test_an_object_after_two_conjoined_verbs_is_both_verbs_object(runner: Any) -> None:
    events = code(runner, "Protesters surrounded and threatened Senator Rand Paul.")
    # a crowd surrounding someone obstructs passage (14), as armed men would besiege (19)
    assert {e.root for e in events} >= {"14", "13"}
    assert all(countries(e.targets) == {"USA"} for e in events)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_modality(runner: Any) -> None:
    events = code(runner, "Nevada opted not to hold a caucus, but the state party endorsed "
                          "Biden.")
    endorsed = next(e for e in events if e.root == "05")
    assert endorsed.modality == "asserted"


def test_the_doer_of_a_judged_deed_named_deep_by_by_is_the_target(runner: Any) -> None:
    ev = only(code(runner, "Erdogan condemned the recognition of the islands as Greek territory "
                           "by the President of France."))
    assert countries(ev.sources) == {"TUR"} and countries(ev.targets) == {"FRA"}


def test_aid_counted_and_slated_for_a_country_targets_it(runner: Any) -> None:
    ev = only(code(runner, "Trump ordered his staff to delay US$400 million in military aid "
                           "that had been slated for Ukraine."))
    assert ev.code == "1622" and countries(ev.targets) == {"UKR"}


def test_the_decision_by_a_country_to_act_is_that_country_acting(runner: Any) -> None:
    events = code(runner, "Kazakhstan criticised the decision by Russia to close the border.")
    judged = next(e for e in events if e.root == "11")
    assert countries(judged.targets) == {"RUS"}
    assert all(countries(e.sources) == {"RUS"} for e in events if e.root != "11")


def test_criticism_each_way_between_two_rivals_is_two_events(runner: Any) -> None:
    events = code(runner, "Biden criticised Trump over the tariffs. Trump accused Biden of "
                          "siding with criminals.")
    directed = {(a.name, b.name) for e in events for a in e.sources for b in e.targets}
    assert ("Joe Biden", "Donald Trump") in directed or ("Biden", "Trump") in directed
    assert ("Donald Trump", "Joe Biden") in directed or ("Trump", "Biden") in directed


def test_the_foreign_ministers_are_those_of_the_meeting_before(runner: Any) -> None:
    events = code(runner, "Foreign ministers of Egypt, France, Greece and Cyprus met in Cairo "
                          "on Wednesday. The foreign ministers agreed to meet again on Crete.")
    later = next(e for e in events if e.sentence.startswith("The foreign ministers"))
    assert countries(later.sources) == {"EGY", "FRA", "GRC", "CYP"}
    assert code(runner, "The foreign minister said the talks went well.") == []


def test_the_one_other_country_a_sentence_names_is_the_implied_other_side(runner: Any) -> None:
    ev = only(code(runner, "Trump defended his decision on Twitter, writing that if Turkey did "
                           "anything off limits he would destroy its economy."))
    assert ev.targets == [] and countries(ev.implied_targets) == {"TUR"}


def test_a_subject_hung_on_a_coordinated_auxiliary_still_acts(runner: Any) -> None:
    events = code(runner, "Trump said on Friday he can and may declare a national state of "
                          "emergency.")
    ev = next(e for e in events if e.root == "13")  # his own option: a threat (1324)
    assert ev.code == "1324" and countries(ev.sources) == {"USA"}
    assert ev.modality == "hypothetical"


def test_an_agentless_arrest_in_a_story_about_one_country_is_its_authorities(
        runner: Any) -> None:
    body = ("British police are investigating the theft of a gold statue from Blenheim Palace "
            "in Oxfordshire, England. The statue, worth several million pounds, was taken in "
            "the early hours of Saturday. The United Kingdom's museums association said the "
            "theft was a shock to the country. Prime Minister Boris Johnson called it a "
            "disgrace. The palace had reopened to visitors only a week before, after a long "
            "restoration of its halls and gardens that drew crowds from across Britain. "
            "Another man, who was arrested on the day of the theft, was later released on "
            "bail. Detectives said they were following several lines of inquiry and asked "
            "the public for help. The palace will stay closed to visitors until Monday while "
            "forensic teams complete their work in the state rooms and the gardens. Insurers "
            "have offered a reward for information.")
    art = runner(Article(body=body, reference_date="2019-09-16"))
    arrest = next(e for e in art.events if e.code == "173")
    assert countries(arrest.sources) == {"GBR"}


def test_they_in_an_officials_words_is_the_body_the_official_speaks_for(runner: Any) -> None:
    ev = only(code(runner, "The Kazakh interior minister said they detained three activists in "
                           "Almaty."))
    assert countries(ev.sources) == {"KAZ"} and ev.modality == "reported"


def test_drawing_criticism_from_someone_makes_them_the_critic(runner: Any) -> None:
    events = code(runner, "Hungary's veto drew sharp criticism from Poland.")
    judged = next(e for e in events if e.root == "11")
    assert countries(judged.sources) == {"POL"} and countries(judged.targets) == {"HUN"}


def test_an_agentless_arrest_in_a_lone_sentence_about_one_country(runner: Any) -> None:
    events = code(runner, "A man has been arrested after the mayor of the Polish city of Gdansk "
                          "was stabbed on stage.")
    arrest = next(e for e in events if e.code == "173")
    assert countries(arrest.sources) == {"POL"}


def test_the_law_a_speaker_says_someone_broke_is_only_the_accusation(runner: Any) -> None:
    events = code(runner, "Kazakhstan's president said Russia broke the law.")
    assert [e.root for e in events] == ["11"]


def test_an_actor_asked_to_act_is_appealed_to(runner: Any) -> None:
    ev = only(code(runner, "Poland asked Germany to explain its decision."))
    assert ev.code == "020" and countries(ev.sources) == {"POL"}
    assert countries(ev.targets) == {"DEU"}
    assert code(runner, "Reporters asked Chancellor Olaf Scholz about the talks.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Prosecutors in Almaty accused the former mayor of taking bribes.", "1121"),
    ("Kazakh police accused a man of stabbing two officers in Astana.", "1121"),
    ("Russia accused Ukraine of spying on its navy.", "1125"),
])
def test_an_accusation_is_coded_by_the_wrong_named(runner: Any, text: str, want: str) -> None:
    assert [e.code for e in code(runner, text) if e.root == "11"] == [want]


def test_a_title_of_another_office_is_not_the_known_person_of_that_surname(runner: Any) -> None:
    ev = only(code(runner, "The government asked Judge Miller to delay his ruling."))
    assert ev.code == "020" and "RUS" not in countries(ev.targets)


def test_it_is_the_country_the_sentence_before_was_about(runner: Any) -> None:
    events = code(runner, "North Korea has conducted roughly 100 missile tests this year. "
                          "In August, it also imposed sanctions on Japan.")
    ev = next(e for e in events if e.code == "163")
    assert countries(ev.sources) == {"PRK"} and countries(ev.targets) == {"JPN"}


def test_an_act_considered_is_a_policy_option_weighed(runner: Any) -> None:
    ev = only(code(runner, "Germany is weighing sending tanks to Ukraine."))
    assert ev.code == "014" and countries(ev.sources) == {"DEU"}
    assert countries(ev.targets) == {"UKR"}
    assert code(runner, "Shari Redstone was considering selling her family's stake in the "
                        "studio.") == []


@pytest.mark.parametrize(("text", "src"), [
    ("The plan was criticised by researchers at Oxford University.", {"GBR"}),
    ("Lawyers for the Kazakh government accused the company of fraud.", {"KAZ"}),
])
def test_people_who_work_for_a_body_act_for_it(runner: Any, text: str, src: set[str]) -> None:
    ev = only(code(runner, text))
    assert countries(ev.sources) == src


def test_a_body_named_again_by_its_head_noun_is_the_one_named_in_full(runner: Any) -> None:
    events = code(runner, "The Biden administration has warned North Korea many times. In the "
                          "last year, the administration has unveiled a flurry of sanctions "
                          "against North Korean hacking groups.")
    sanctions = next(e for e in events if e.code == "163")
    assert countries(sanctions.sources) == {"USA"} and countries(sanctions.targets) == {"PRK"}


def test_a_spokesman_for_a_body_speaks_for_it(runner: Any) -> None:
    ev = only(code(runner, "A spokesman for the Kazakh foreign ministry criticised the "
                           "decision of the Russian government."))
    assert countries(ev.sources) == {"KAZ"} and countries(ev.targets) == {"RUS"}


def test_groups_named_by_their_cause_act_for_the_story_country(runner: Any) -> None:
    events = code(runner, "Kyle Rittenhouse was released from jail in Wisconsin. Some "
                          "conservative groups have come to Rittenhouse's defense.")
    defence = next(e for e in events if e.root == "05")
    assert countries(defence.sources) == {"USA"}


def test_private_people_agreeing_that_something_is_so_is_no_agreement(runner: Any) -> None:
    assert code(runner, "Melody and Nariman Tashakor, who grew up in Canada, agree that they "
                        "didn't mind not celebrating Christmas in the United States.") == []
    agreed = only(code(runner, "Putin and Xi agreed that the talks would continue in Beijing."))
    assert countries(agreed.sources) == {"RUS", "CHN"}


@pytest.mark.parametrize(("text", "want"), [
    ("The United States backed Ukraine militarily.", "072"),
    ("The suspect's lawyer entered not guilty pleas on his behalf at a court in Almaty.", "016"),
])
def test_the_manner_or_the_plea_makes_the_code(runner: Any, text: str, want: str) -> None:
    assert want in [e.code for e in code(runner, text)]


def test_an_event_in_a_town_placed_by_its_region_is_there() -> None:
    run = build(("nlp", "entities", "quotes", "dates", "places", "events"))
    art = run(Article(body="Police arrested a man in Moscow, Idaho, on Friday.",
                      reference_date="2023-01-05"))
    arrest = only(art.events)
    assert arrest.place is not None and arrest.place.country == "USA"
    assert countries(arrest.sources) == {"USA"}


def test_they_is_the_group_the_sentence_before_was_about(runner: Any) -> None:
    events = code(runner, "The Houthis control the port of Hodeidah. In 2022 they launched "
                          "multiple attacks on Saudi oil facilities.")
    attack = next(e for e in events if e.root == "19")
    assert countries(attack.sources) == {"YEM"} and countries(attack.targets) == {"SAU"}


@pytest.mark.parametrize("text", [
    "The President of Kazakhstan declared Monday a day of national mourning.",
    "President Tokayev declared flags would be flown at half-mast on Monday.",
])
def test_mourning_declared_is_a_symbolic_act_of_who_declared_it(runner: Any, text: str
                                                                 ) -> None:
    ev = only(code(runner, text))
    assert ev.code == "017" and countries(ev.sources) == {"KAZ"}


@pytest.mark.parametrize(("text", "want"), [
    ("Germany pledged $1 billion in military aid to Ukraine.", "0332"),
    ("Japan promised $500 million in humanitarian aid to Turkey.", "0333"),
])
def test_a_sum_pledged_in_a_kind_of_aid_is_that_aid(runner: Any, text: str, want: str) -> None:
    assert only(code(runner, text)).code == want


@pytest.mark.parametrize(("text", "inner"), [
    ("Damascus denied using chemical weapons against civilians.", "20"),
    ("Cairo denies torturing detainees in its prisons.", "18"),
    ("Moscow denied supplying drones to Iran.", "07"),
    ("Beijing denies selling arms to Russia.", "07"),
    ("Tehran denied having attacked the tanker.", "19"),
])
def test_an_act_denied_in_a_gerund_is_not_asserted(runner: Any, text: str, inner: str) -> None:
    evs = code(runner, text)
    assert not [e for e in evs if e.root in (inner, "12") and e.modality == "asserted"], [
        (e.code, e.modality) for e in evs]
    assert not [e for e in evs if e.root == "12"], [(e.code, e.modality) for e in evs]
    # nor is the act denied read as the thing denied ("denied aid" is 162)
    assert not [e for e in evs if e.root == "16"], [(e.code, e.modality) for e in evs]


@pytest.mark.parametrize(("text", "want"), [
    ("The court denied bail to the former minister.", "1243"),
    ("Israel denied entry to the UN rapporteur.", "172"),
    ("The United States denied aid to Egypt.", "162"),
])
def test_a_thing_denied_is_an_act_that_stands(runner: Any, text: str, want: str) -> None:
    assert [e.modality for e in code(runner, text) if e.code == want] == ["asserted"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Obama took a veiled shot at Trump on Monday. Biden also slammed Trump.", 2),
    ("Merkel praised Macron at the summit. Johnson also lauded Macron.", 2),
    ("Sanders accused Netanyahu of war crimes. Ocasio-Cortez also denounced Netanyahu.", 2),
    ("Obama and Biden slammed Trump on Monday.", 1),
    ("Biden slammed Trump on Monday. Biden also criticised Trump over the tariffs.", 1),
])
def test_each_named_speaker_is_an_act_of_their_own(runner: Any, text: str,
                                                   speakers: int) -> None:
    evs = [e for e in code(runner, text) if e.root in ("05", "11", "12")]
    assert len(evs) == speakers, [(e.code, e.sources, e.sentence) for e in evs]
