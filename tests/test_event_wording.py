"""Event wordings of real news: each family with a few synonyms, and look-alikes that are no event.

Sentences are written here; each asserts the code and the actor countries a reader would expect.
"""

from __future__ import annotations

from typing import Any

import pytest

from tidings.model import Article, Event
from tidings.pipeline import build


@pytest.fixture(scope="module")
def runner() -> Any:
    return build(("nlp", "entities", "events"))


def events(runner: Any, text: str) -> list[Event]:
    """The sentence's events; a stage that failed on it (its error swallowed into the article's
    errors) fails the test rather than passing a look-alike for want of events."""
    art = runner(Article(body=text, reference_date="2024-03-01"))
    assert not art.errors, (text, art.errors)
    return art.events


def body_events(runner: Any, title: str, text: str) -> list[Event]:
    """The events a body sentence tells, read under a headline taken from its URL."""
    art = runner(Article(title=title, body=text, title_source="url", reference_date="2024-03-01"))
    assert not art.errors, (text, art.errors)
    return [e for e in art.events if "body" in {e.section, *(m.section for m in e.mentions)}]


def countries(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


# (sentence, code, source countries, target countries); an empty target set is not checked.
POSITIVE = [
    # whom suspended help was for (162)
    ("Germany suspended aid that was earmarked for Ethiopia.", "162", {"DEU"}, {"ETH"}),
    # sorry for a wrong is an apology (055); sorry to hear of a loss is sympathy (018)
    ("Boris Johnson said he was sorry for his remarks about Kenya.", "055", {"GBR"}, set()),
    ("Boris Johnson said he was sorry to hear about the accident in Kabul.", "018", {"GBR"},
     set()),
    # pardons and clemency (0841)
    ("President Biden granted a pardon to the former governor of Ohio.", "0841", {"USA"}, {"USA"}),
    ("The governor of Texas granted clemency to a Mexican inmate.", "0841", {"USA"}, {"MEX"}),
    ("President Trump granted Angela Ronae Stanton a full and unconditional pardon.", "0841",
     {"USA"}, {"USA"}),
    ("The Russian president pardoned two Ukrainian sailors.", "0841", {"RUS"}, {"UKR"}),
    # impeachment is a formal charge (173)
    ("The House of Representatives impeached President Donald Trump.", "173", {"USA"},
     {"USA"}),
    ("South Korea's parliament impeached President Park Geun-hye.", "173", {"KOR"}, {"KOR"}),
    # subpoenas demand information (101)
    ("The House Intelligence Committee issued a subpoena to Secretary of State Mike Pompeo.",
     "101", set(), {"USA"}),
    ("The United States Congress subpoenaed the Attorney General of the United States.",
     "101", {"USA"}, set()),
    # tributes, mourning and symbolic acts (051, 018, 017)
    ("Tributes were paid by the President of France.", "051", {"FRA"}, set()),
    ("The Kenyan president paid tribute to the late Ugandan leader.", "051", {"KEN"}, {"UGA"}),
    ("The Indian government declared three days of national mourning.", "017", {"IND"}, set()),
    ("The German government ordered flags to be lowered to half-mast.", "017", {"DEU"}, set()),
    ("Nancy Pelosi ordered the Capitol's flags be lowered to half staff.", "017", {"USA"},
     set()),
    ("The French president laid a wreath at the memorial in Warsaw.", "017", {"FRA"}, set()),
    # curbs on the public: lockdowns and curfews (172, 1723)
    ("The Italian government imposed a nationwide lockdown.", "172", {"ITA"}, set()),
    ("The Peruvian government extended the curfew in Lima.", "1723", {"PER"}, set()),
    # courts finding against a law (116)
    ("A Kenyan court found the law to be unconstitutional.", "116", {"KEN"}, set()),
    ("The Supreme Court of India declared the law unconstitutional.", "116", {"IND"}, set()),
    # confiscation (1711)
    ("Turkish police seized computers and documents from the offices of the newspaper.", "1711",
     {"TUR"}, set()),
    # calling a deed damning names (111)
    ("Boris Johnson called the French decision a political stunt.", "111", {"GBR"}, {"FRA"}),
    ("Merkel called the French plan a mistake.", "111", {"DEU"}, {"FRA"}),
    ("Trump called the Democrats' investigation a \"witch hunt\".", "111", {"USA"}, {"USA"}),
    ("Jeremy Corbyn called the government's move a \"smash and grab on our democracy\".", "111",
     {"GBR"}, {"GBR"}),
    # pressing someone to act is a demand (10), not coercion
    ("The Mexican government will pressure the U.S. government to protect Mexican migrants.",
     "100", {"MEX"}, {"USA"}),
    # a protest promised is a threat of dissent (133)
    ("Polish farmers promised protests in Warsaw until the Polish government cut fuel taxes.",
     "133", {"POL"}, set()),
    # rights conceded (0833)
    ("The Legislative Yuan of Taiwan voted to legalize same-sex marriage.", "0833", {"TWN"},
     set()),
    # aid held back (162, military 1622)
    ("The White House delayed military aid to Ukraine.", "1622", {"USA"}, {"UKR"}),
    ("Japan pledged $5 billion in humanitarian aid to Turkey.", "0333", {"JPN"}, {"TUR"}),
    # asking someone to mediate (028)
    ("Israel asked Egypt to mediate between Israel and Hamas.", "028", {"ISR"}, {"EGY"}),
    # claims in damning words accuse (112)
    ("Iraqi protesters have claimed Iran is unduly influencing their government.", "112",
     {"IRQ"}, {"IRN"}),
    # terrorist listings (172) and prison terms (116)
    ("The United States designated the Houthis a terrorist organization.", "172", {"USA"},
     set()),
    ("A British court jailed the Russian spy for ten years.", "116", {"GBR"}, {"RUS"}),
    ("The Supreme Court of Brazil struck down the law.", "116", {"BRA"}, set()),
    ("A federal judge in Texas ruled the government's practice of drafting only men is "
     "unconstitutional.", "116", {"USA"}, set()),
    # a relative clause's object is the noun it qualifies
    ("Iran condemned the sanctions that the United States imposed.", "163", {"USA"}, set()),
    ("The White House announced a deal it brokered between Sudan and Israel.", "045", {"USA"},
     set()),
    # allegations faced: the one who faces them is the target (112)
    ("The Nigerian police face allegations of torture.", "1122", set(), {"NGA"}),
    ("The Italian government placed the city of Milan under lockdown.", "172", {"ITA"}, set()),
    ("The French president laid flowers at the memorial in Kyiv.", "017", {"FRA"}, set()),
    ("The Pentagon paused military aid to Ukraine.", "1622", {"USA"}, {"UKR"}),
    ("The Spanish government flew flags at half-mast.", "017", {"ESP"}, set()),
    # breadth sweep: one or two common news wordings per CAMEO family
    ("The Iranian foreign ministry declined to comment on the report.", "011", {"IRN"}, set()),
    ("The German chancellor expressed optimism about the talks with Poland.", "013", {"DEU"},
     set()),
    ("The Pakistani army refuted the allegations made by India.", "016", {"PAK"}, set()),
    ("The Japanese prime minister offered prayers for the victims of the Turkish earthquake.",
     "018", {"JPN"}, set()),
    ("Ukraine asked Germany for more tanks.", "0232", {"UKR"}, {"DEU"}),
    ("Pakistan requested a loan from the International Monetary Fund.", "0231", {"PAK"}, set()),
    ("The Sudanese government appealed for food and medicine.", "0233", {"SDN"}, set()),
    ("Britain pledged to share intelligence with Kenya.", "0314", {"GBR"}, {"KEN"}),
    ("The Iranian government promised to release the French prisoners.", "0353", {"IRN"},
     {"FRA"}),
    ("The Indian foreign minister participated in talks with China.", "040", {"IND"}, {"CHN"}),
    ("The Qatari emir acted as mediator between Iran and the United States.", "045", {"QAT"},
     set()),
    ("India and Bangladesh entered into an agreement on water sharing.", "057", {"IND", "BGD"},
     set()),
    ("Russia exported more oil to India.", "061", {"RUS"}, {"IND"}),
    ("Germany shipped howitzers to Ukraine.", "072", {"DEU"}, {"UKR"}),
    ("Germany sent weapons to Ukraine.", "072", {"DEU"}, {"UKR"}),
    ("Canada resettled thousands of Syrian refugees.", "075", {"CAN"}, {"SYR"}),
    ("The Ethiopian government restored internet access in Tigray.", "0811", {"ETH"}, set()),
    ("The Indian government backtracked on the farm laws.", "0832", {"IND"}, set()),
    ("A Russian court acquitted the American journalist.", "0841", {"RUS"}, {"USA"}),
    ("Hamas accepted the ceasefire proposed by Egypt.", "0871", {"PSE"}, set()),
    ("The Brazilian government set up an inquiry into the killings.", "090", {"BRA"}, set()),
    ("Turkey demanded the extradition of the Swedish activists.", "1013", {"TUR"}, {"SWE"}),
    ("Ukraine demanded more ammunition from Germany.", "1032", {"UKR"}, {"DEU"}),
    ("The opposition in Kenya called on the president to resign.", "0241", set(), set()),
    ("The French president took aim at the British prime minister.", "111", {"FRA"}, {"GBR"}),
    ("Russia accused Ukraine of war crimes.", "1124", {"RUS"}, {"UKR"}),
    ("China registered a strong protest with Japan.", "114", {"CHN"}, {"JPN"}),
    ("Ukraine launched legal proceedings against Russia.", "115", {"UKR"}, {"RUS"}),
    ("A Russian court condemned the American journalist to twelve years in prison.", "116",
     {"RUS"}, {"USA"}),
    ("Israel brushed off calls for a ceasefire from France.", "1246", {"ISR"}, set()),
    ("Venezuela refused humanitarian aid from the United States.", "1223", {"VEN"}, {"USA"}),
    ("Niger rejected French peacekeepers.", "1224", {"NER"}, {"FRA"}),
    ("Russia evaded the oil embargo.", "128", {"RUS"}, set()),
    ("Iran threatened a blockade of the Strait of Hormuz.", "1381", {"IRN"}, set()),
    ("The Turkish president gave Sweden an ultimatum.", "139", {"TUR"}, {"SWE"}),
    ("Polish farmers launched a hunger strike in Warsaw.", "142", {"POL"}, set()),
    ("Protesters in Nairobi hurled stones at Kenyan police.", "145", {"KEN"}, {"KEN"}),
    ("Taiwan scrambled jets after Chinese warplanes entered its air defence zone.", "150",
     {"TWN"}, set()),
    ("The Indian army redeployed troops along the border with China.", "154", {"IND"}, {"CHN"}),
    ("The French government sent riot police to Marseille.", "153", {"FRA"}, set()),
    ("Russia renounced the nuclear test ban treaty.", "160", {"RUS"}, set()),
    ("The United States froze loans to Ethiopia.", "1621", {"USA"}, {"ETH"}),
    ("Germany suspended weapons deliveries to Saudi Arabia.", "1622", {"DEU"}, {"SAU"}),
    ("The United States raised tariffs on Chinese steel.", "163", {"USA"}, {"CHN"}),
    ("Poland threw out the Russian ambassador.", "174", {"POL"}, {"RUS"}),
    ("Iranian forces intercepted a British tanker in the Gulf.", "171", {"IRN"}, {"GBR"}),
    ("The Taliban banned the newspaper.", "1721", {"AFG"}, set()),
    ("Russian police beat protesters in Moscow.", "175", {"RUS"}, set()),
    ("A man attacked two Israeli police officers with a knife.", "182", set(), {"ISR"}),
    ("Ukrainian forces downed a Russian drone.", "190", {"UKR"}, {"RUS"}),
    ("Russian troops advanced on the Ukrainian city of Bakhmut.", "190", {"RUS"}, {"UKR"}),
    ("Israeli jets dropped bombs on Gaza.", "195", {"ISR"}, {"PSE"}),
    ("Armenia flouted the ceasefire.", "196", {"ARM"}, set()),
    ("Sudanese militias committed atrocities in Darfur.", "200", {"SDN"}, set()),
    ("The Syrian army used chemical weapons against civilians.", "2041", {"SYR"}, set()),
    # wordings mined from news pages with two actors and no event
    ("The Israeli prime minister shot down the French proposal.", "120", {"ISR"}, set()),
    ("The Serbian government threw out the Kosovo proposal.", "120", {"SRB"}, set()),
    ("Moscow brushed aside the Western criticism.", "120", {"RUS"}, set()),
    ("The French president slapped down the British proposal.", "111", {"FRA"}, set()),
    ("The Polish prime minister took Germany to task over the pipeline.", "111", {"POL"},
     {"DEU"}),
    ("Moscow poured scorn on the Western sanctions.", "111", {"RUS"}, set()),
    ("Ukraine's foreign minister called out Hungary over its stance.", "111", {"UKR"}, {"HUN"}),
    ("The Turkish foreign minister bashed the Greek government.", "111", {"TUR"}, {"GRC"}),
    ("The Russian president lampooned the American president.", "111", {"RUS"}, {"USA"}),
    ("China made representations to Japan over the visit.", "114", {"CHN"}, set()),
    ("Turkey gave Sweden until Friday to act.", "139", {"TUR"}, {"SWE"}),
    ("The Turkish president gave Sweden a deadline.", "139", {"TUR"}, {"SWE"}),
    ("Ukraine begged Germany for more air defence systems.", "020", {"UKR"}, {"DEU"}),
    ("The United Nations urged Russia and Ukraine to return to the negotiating table.", "026",
     set(), {"RUS", "UKR"}),
    ("The Japanese prime minister sat down with the South Korean president.", "040", {"JPN"},
     {"KOR"}),
    ("Russia and Ukraine agreed to a humanitarian pause.", "0871", {"RUS", "UKR"}, set()),
    ("Washington approved a $1 billion arms sale to Taiwan.", "072", {"USA"}, set()),
    ("Israel scaled back its offensive in Gaza.", "087", {"ISR"}, set()),
    ("The Indian Navy rendered assistance to a merchant vessel.", "070", {"IND"}, set()),
    ("The French government pushed for talks between Russia and Ukraine.", "026", {"FRA"},
     set()),
    ("The Texas government challenged the federal law in court.", "115", {"USA"}, set()),
    ("The Mexican government mounted a legal challenge against the American law.", "115",
     {"MEX"}, set()),
    ("North Korea paraded its missiles in Pyongyang.", "150", {"PRK"}, set()),
    ("The Kenyan government called out the army to restore order.", "154", {"KEN"}, set()),
    # phrasal verbs whose particle the parser reads as an adverb or hangs elsewhere
    ("Greece turned away a ship carrying Syrian refugees.", "174", {"GRC"}, {"SYR"}),
    ("Malta turned away a boat with 50 Libyan migrants.", "174", {"MLT"}, {"LBY"}),
    ("Italy turned the migrants away.", "174", {"ITA"}, set()),
    ("Egyptian President Hosni Mubarak stepped down.", "0831", {"EGY"}, set()),
    ("Algerian President Abdelaziz Bouteflika stepped down after weeks of protests.", "0831",
     {"DZA"}, set()),
    ("Serbia backed down after pressure from the European Union.", "080", {"SRB"}, set()),
    ("The Serbian government gave in to the demands of the protesters.", "080", {"SRB"},
     set()),
    # a particle and a preposition: "pull out of", "come out against", "come back to"
    ("The United States pulled out of the nuclear deal with Iran.", "160", {"USA"}, {"IRN"}),
    ("Iran pulled out of the talks in Vienna.", "164", {"IRN"}, set()),
    ("Russia walked out of the talks with Georgia.", "164", {"RUS"}, {"GEO"}),
    ("Hungary came out against the new sanctions on Russia.", "110", {"HUN"}, set()),
    ("Venezuela came out strongly against the plan by the United States.", "110", {"VEN"},
     {"USA"}),
    ("Turkey came out in support of Azerbaijan.", "051", {"TUR"}, {"AZE"}),
    ("Iran came back to the negotiating table with the United States.", "046", {"IRN"},
     {"USA"}),
    ("North Korea agreed to come back to the talks with South Korea.", "036", {"PRK"},
     {"KOR"}),
    ("Syria handed over the captured pilots to Jordan.", "0841", {"SYR"}, {"JOR"}),
    ("The Philippines and China set up a hotline.", "050", {"PHL", "CHN"}, set()),
    # second pass over missed news wordings: appeals, membership, intent
    ("The French president added his voice to calls for a ceasefire in Gaza.", "0256", {"FRA"},
     set()),
    ("The Finnish government applied for membership of NATO.", "022", {"FIN"}, set()),
    ("Georgia submitted a membership application to the European Union.", "022", {"GEO"},
     set()),
    ("Finland joined NATO.", "050", {"FIN"}, set()),
    ("Sweden announced it planned to join NATO.", "032", {"SWE"}, set()),
    ("Kenya joined the free trade area of East Africa.", "061", {"KEN"}, set()),
    # stakes bought across borders (061)
    ("A Chinese firm bought a stake in the Greek port of Piraeus.", "061", {"CHN"}, {"GRC"}),
    ("The Saudi fund took a stake in a British football club.", "061", {"SAU"}, {"GBR"}),
    ("The Qatari fund acquired a stake in a German carmaker.", "061", {"QAT"}, {"DEU"}),
    # being someone's critic, opponent or supporter
    ("The Hungarian prime minister has long been a critic of the European Commission.", "111",
     {"HUN"}, set()),
    ("The Polish president is a fierce opponent of the Russian government.", "111", {"POL"},
     {"RUS"}),
    ("The Hungarian prime minister is an opponent of the European migration pact.", "110",
     {"HUN"}, set()),
    ("The Japanese prime minister is a strong supporter of the Ukrainian government.", "051",
     {"JPN"}, {"UKR"}),
    ("The Serbian president traded insults with the Croatian prime minister.", "111", {"SRB"},
     {"HRV"}),
    ("The British prime minister faced a backlash from the Irish government.", "111", {"IRL"},
     {"GBR"}),
    ("The Venezuelan government disputed the American claims.", "016", {"VEN"}, set()),
    ("The opposition contested the results of the Kenyan election.", "110", set(), set()),
    ("The Iranian foreign minister spoke out against the Saudi strikes in Yemen.", "111",
     {"IRN"}, set()),
    ("The German chancellor spoke out in support of Israel.", "051", {"DEU"}, {"ISR"}),
    ("The Canadian prime minister stood up for the Indian farmers.", "052", {"CAN"}, {"IND"}),
    ("India voted in favour of the resolution on Ukraine.", "051", {"IND"}, set()),
    # contacts and assurances
    ("The French president reached out to the Algerian president.", "040", {"FRA"}, {"DZA"}),
    ("The Japanese government sent an envoy to North Korea.", "040", {"JPN"}, {"PRK"}),
    ("Qatar dispatched a delegation to Kabul.", "040", {"QAT"}, {"AFG"}),
    ("Britain gave assurances to Ireland about the border.", "030", {"GBR"}, {"IRL"}),
    ("The Chinese president reassured his Vietnamese counterpart.", "030", {"CHN"}, {"VNM"}),
    # giving someone things: arms, loans, relief (072, 071, 073)
    ("Russia supplied Iran with air defence systems.", "072", {"RUS"}, {"IRN"}),
    ("Germany provided Ukraine with tanks.", "072", {"DEU"}, {"UKR"}),
    ("Turkey sold drones to Ukraine.", "072", {"TUR"}, {"UKR"}),
    ("Japan provided Sri Lanka with emergency loans.", "071", {"JPN"}, {"LKA"}),
    ("The European Union provided Jordan with food and medicine.", "073", {"EUR"}, {"JOR"}),
    ("China wrote off loans to African countries.", "071", {"CHN"}, set()),
    ("Brazil sent firefighters to Bolivia.", "073", {"BRA"}, {"BOL"}),
    ("Japan resumed imports of Chinese seafood.", "061", {"JPN"}, {"CHN"}),
    # penalties and force
    ("The United States added Chinese firms to its trade blacklist.", "163", {"USA"}, {"CHN"}),
    ("A Russian court handed the American a nine-year prison term.", "116", {"RUS"}, {"USA"}),
    ("The Belarusian regime forced down a Ryanair plane.", "171", {"BLR"}, set()),
    ("India and China disengaged troops in Ladakh.", "087", {"IND", "CHN"}, set()),
]

NEGATIVE = [
    "The company lowered its profit forecast for the year.",
    "Shares in the Japanese carmaker were lowered to a sell rating by analysts.",
    "The French striker called the match a disaster for the club.",
    "The board granted the chief executive a bonus.",
    "The Chinese swimmer seized the lead in the final lap.",
    "The Brazilian team delayed its flight to Madrid because of fog.",
    "The British artist renamed the gallery's main hall last year.",
    "Heavy snow kept Canadian schools closed for a second day.",
    "The Brazilian coach called the defeat a lesson for his young players.",
    "The Danish museum extended its opening hours for the summer.",
    "The Spanish court found the weather too hot for an outdoor hearing.",
    "Senator Marco Rubio held a campaign rally in Ohio.",
    "Apple designated the new phone its flagship model.",
    "The lightning struck down an old oak in the Polish town.",
    "The Canadian runner paused at the finish line to greet fans.",
    # breadth sweep look-alikes
    "The striker expressed optimism about the new season.",
    "The chef unveiled a new menu at the restaurant.",
    "The bank raised interest rates again.",
    "Shoppers dropped their bags and ran.",
    "The ship sank in a storm off the coast of Norway.",
    "The team advanced to the final.",
    "The engineers scrambled to fix the bug.",
    "Investors shrugged off the weak data.",
    "The goalkeeper downed a bottle of water at half-time.",
    "The startup won a contract to supply software to the city.",
    "The German carmaker raised prices on imported parts.",
    "The Japanese student participated in a spelling contest.",
    "The singer gave in to the fans and played one more song.",
    "Emma gives birth in a subway car in the new film.",
    "The tour of the old palace begins at noon.",
    # mined wordings' look-alikes
    "The striker shot down the rumours about his transfer.",
    "Fans poured scorn on the referee's decision.",
    "The coach gave his players until Friday to recover.",
    "The board approved the sale of the company's jet.",
    "The bill now sits with the Kenyan Senate.",
    "The singer called out her former manager in a new song.",
    "The Brazilian club held a signing ceremony for its new striker.",
    "The gallery rendered the painting in bright colours.",
    "The Italian company scaled back its marketing campaign.",
    "The Spanish bank threw out the old logo.",
    # phrasal look-alikes: an ordinary preposition after the verb makes no phrasal verb
    "Iran turned to China for help.",
    "Police came out of the building in Paris.",
    "The French president came back to Paris on Monday.",
    "Iran came back from the talks in Vienna.",
    "The Russian minister turned away from reporters in Moscow.",
    "The mayor of Lyon gave in his notice.",
    # second-pass look-alikes
    "The singer added her voice to the new album.",
    "The student applied for a place at the university.",
    "The striker joined the Spanish club in the summer.",
    "The retired teacher bought a house in Spain.",
    "He took the stairs to the second floor.",
    "The coach is an opponent of the new rules of the league.",
    "The film critic praised the new movie.",
    "The shopkeeper traded insults with a customer.",
    "The player reached out to his former coach.",
    "The teacher reassured the nervous pupils.",
    "The waiter handed the guest a menu.",
    "The pilot forced down the stuck landing gear.",
    "The shareholders voted in favour of the merger.",
    "The teacher provided the pupils with pencils.",
    "The shop sells drones to hobbyists.",
    "The accountant wrote off the old printer.",
    "The chef added salt to the soup.",
    "The runner disputed the referee's claim.",
    "The candidate contested the seat in Kent.",
    "The actor spoke out about his illness.",
    "The boy stood up for his little sister.",
    "The publisher sent a delegation of authors to the book fair.",
]


# Third pass over missed news wordings: one family a line or two, with look-alikes.
THIRD_PASS = [
    # punishing people is an administrative sanction (172)
    ("Vietnamese police punished more than 200 people for spreading rumours.", "172", {"VNM"},
     set()),
    # shutting down or taking down accounts censors (1721)
    ("Iranian police shut down thousands of online accounts.", "1721", {"IRN"}, set()),
    ("The Taliban took down the accounts of Afghan journalists.", "1721", {"AFG"}, {"AFG"}),
    # bail granted releases (0841); bail denied refuses release (1243); a rescue is aid (071)
    ("The British man was bailed by Kenyan police pending an appeal.", "0841", {"KEN"},
     {"GBR"}),
    ("A Turkish court denied bail to the German journalist.", "1243", {"TUR"}, {"DEU"}),
    ("The European Union bailed out Greece.", "071", set(), {"GRC"}),
    # arms supplied or exported (072), also in the passive
    ("The Houthi missiles were supplied by Iran.", "072", {"IRN"}, set()),
    ("North Korea exported artillery shells to Russia.", "072", {"PRK"}, {"RUS"}),
    # paying another party for goods or a service (061)
    ("NASA paid for Russian rockets to launch its satellites.", "061", {"USA"}, {"RUS"}),
    # keeping a politician off the ballot (1722)
    ("The Colorado Supreme Court barred Trump from appearing on the ballot.", "1722", {"USA"},
     {"USA"}),
    ("The Maine secretary of state removed Trump from the ballot.", "1722", {"USA"}, {"USA"}),
    # denying that something happened (016); entering a plea (015)
    ("The Russian government denied that its troops had entered Ukraine.", "016", {"RUS"},
     set()),
    ("The American suspect entered a guilty plea.", "015", {"USA"}, set()),
    # criminal probes (091)
    ("Kenyan police opened a homicide probe.", "091", {"KEN"}, set()),
    # a donation pledged is an intent to give economic aid (0331)
    ("The Japanese company pledged a donation of 1 million dollars to the Kenyan government.",
     "0331", {"JPN"}, {"KEN"}),
    # funding received and financial support given (071)
    ("The Kenyan university received a grant from the American government.", "071", {"USA"},
     {"KEN"}),
    ("The Kenyan university received funding from the American government.", "071", {"USA"},
     {"KEN"}),
    ("The European Union provided financial support to Ukraine.", "071", set(), {"UKR"}),
    # loans and funding granted are economic aid (071), food sent humanitarian aid (073)
    ("The IMF granted Pakistan a loan.", "071", set(), {"PAK"}),
    ("Japan extended a loan to Sri Lanka.", "071", {"JPN"}, {"LKA"}),
    ("The European Union sent food to Sudan.", "073", set(), {"SDN"}),
    # pushing for rules is an appeal for a policy change (0242)
    ("Eleven Democrats signed a letter pushing for flexible rules for the hydrogen industry.",
     "0242", {"USA"}, set()),
    ("The French government called for a ban on Russian gas.", "0242", {"FRA"}, set()),
    # assets put under state management are confiscated (1711)
    ("The Kremlin placed the assets of the Austrian company under temporary management.",
     "1711", {"RUS"}, {"AUT"}),
]

# Seventh round: bodies named after a mishap act ("Fire and Rescue"); the mishap itself never does.
SEVENTH_PASS = [
    ("Rogaland Fire and Rescue requested support and equipment from other fire departments.",
     "023", {"NOR"}, set()),
    # a policy of doing something is done by whoever institutes it
    ("In 2005, the Uzbek president instituted a policy of detaining critics.", "173", {"UZB"},
     set()),
    # police beating protesters at home is violent repression; batons are no party
    ("Riot police beat protesters with batons in Tbilisi.", "175", {"GEO"}, {"GEO"}),
    ("Police fired and landed a live round on a protester in Hong Kong.", "175", {"HKG"},
     set()),
    # a thing led by one country is that country's, not the place it is named after
    ("Chirac was an outspoken opponent of the United States-led Iraq War.", "111", {"FRA"},
     {"USA"}),
    ("The Saudi-led coalition attacked rebel positions in Yemen.", "190", {"SAU"}, {"YEM"}),
    # let out of custody by no one named: the authorities of the place (0841)
    ("The suspect was released on bail in Almaty.", "0841", {"KAZ"}, set()),
    ("The journalist was freed from prison in Minsk.", "0841", {"BLR"}, set()),
    # accused of a crime or of spying by no one named: the authorities of the accused or place
    ("The former mayor of Almaty was accused of corruption.", "1121", {"KAZ"}, {"KAZ"}),
    ("An American journalist was accused of spying in Russia.", "1125", {"RUS"}, {"USA"}),
    # "were engaged in" is the subject's own doing; the place of the talks is no party
    ("Serb forces were engaged in fighting against Albanian rebels.", "190", {"SRB"},
     {"ALB"}),
    # an intent to host or visit needs no second party (036)
    ("Turkey expressed readiness to host peace talks.", "036", {"TUR"}, set()),
    # the story's reading of a town, not the gazetteer's namesake, places the act
    ("Police arrested two men in Norfolk after a robbery in Norwich.", "173", {"GBR"}, set()),
    # a deed judged with no doer named is aimed at the country where it was done
    ("Amnesty International said the arrests in Minsk were outrageous.", "111", set(),
     {"BLR"}),
    # people doing something, as a participle on a plural noun, are its doers
    ("Thousands of Georgian protesters demanding the resignation of the government blocked "
     "the main avenue.", "1041", {"GEO"}, {"GEO"}),
]

SEVENTH_PASS_LOOK_ALIKES = [
    "A fire destroyed the Russian embassy in Kabul.",
    "The patient was released from hospital in Kyiv.",
    "Three hostages were released in Mali.",
    "Thousands of Canadian customers complaining about the update flooded the forum.",
]

# Actors, seventh round: role nouns read by the body that qualifies them ("the sheriff's
# deputies" are police), staff placed by the body their unit belongs to.
ACTORS_7 = [
    ("The sheriff's deputies arrested two men in Ohio on Monday.", "173", {"USA"}, set()),
    ("Deputies of the county sheriff detained the driver in Texas.", "173", {"USA"}, set()),
    ("Researchers at the Migration Observatory at Oxford University criticised the plan.",
     "111", {"GBR"}, set()),
]

ACTORS_7_LOOK_ALIKES = [
    "The sheriff's deputies went home after the parade in Ohio.",
]

# Lexicon helper, seventh round: verbs whose past and -ing forms the tagger misreads ("fined"
# read as "fin", "forgave" kept whole) and wordings the lexicon lacked.
LEXICON_7 = [
    ("A Russian court fined the American company Google.", "172", {"RUS"}, {"USA"}),
    ("The United States forgave Sudan's debts.", "071", {"USA"}, {"SDN"}),
    ("Ugandan police teargassed opposition supporters.", "175", {"UGA"}, set()),
    ("Sudanese soldiers raped women in Darfur.", "1821", {"SDN"}, set()),
    # an actor requested to act is appealed to (020); asked for an end, to yield; for a
    # withdrawal of troops, to de-escalate (0256)
    ("The Iraqi government requested Turkey to hand over the suspects.", "020", {"IRQ"}, {"TUR"}),
    ("The Iraqi parliament requested the withdrawal of American troops.", "0256", {"IRQ"},
     {"USA"}),
    ("Ukraine requested more tanks from Germany.", "0232", {"UKR"}, {"DEU"}),
    # arms received are military aid from the giver (072)
    ("Ukraine received weapons from the United States.", "072", {"USA"}, {"UKR"}),
    ("Taiwan received American fighter jets.", "072", {"USA"}, {"TWN"}),
    # goods imported, contacts cut off, a border sealed, an agreement terminated
    ("India imported Russian oil.", "061", {"IND"}, {"RUS"}),
    ("North Korea cut off communication with South Korea.", "161", {"PRK"}, {"KOR"}),
    ("Egypt sealed its border with Gaza.", "172", {"EGY"}, set()),
    ("Mali terminated its defence agreement with France.", "160", {"MLI"}, {"FRA"}),
    # questioning a claim disapproves of it (110); questioning a suspect investigates (090)
    ("Pakistan questioned India's claims.", "110", {"PAK"}, {"IND"}),
    # a leader feted and a decision cheered are praised (051); forces driven out are fought (190)
    ("Spain feted the Moroccan king.", "051", {"ESP"}, {"MAR"}),
    ("Brazil cheered the decision by Argentina.", "051", {"BRA"}, {"ARG"}),
    ("The Iraqi army drove Islamic State militants out of Mosul.", "190", {"IRQ"}, set()),
]

LEXICON_7_LOOK_ALIKES = [
    "The singer rapped about his childhood in Paris.",
    "The dog wagged its tail at the French border.",
    "The hotel requested the guests to leave early.",
    "The museum received an old tank from a collector.",
    "The tenant terminated the lease agreement.",
    "The storm cut off communication with the island.",
    "Workers sealed the crack in the dam.",
    "The fans cheered the French team.",
    "Residents drove the foxes out of the village.",
]

# Event-coder helper, seventh round.
CODER_7: list[tuple[str, str, set[str], set[str]]] = [
    # the actor named before a gerund does it ("objected to Sweden joining NATO")
    ("Hungary dropped its objection to Sweden joining NATO.", "080", {"HUN"}, {"SWE"}),
    # aid or backing obtained: the giver is the source, the one who obtains it the target
    ("Pakistan secured a loan from China.", "071", {"CHN"}, {"PAK"}),
    ("Kenya got funding from the World Bank.", "071", set(), {"KEN"}),
    ("Ukraine got military aid from the United States.", "072", {"USA"}, {"UKR"}),
    ("Peru obtained asylum from Bolivia.", "075", {"BOL"}, {"PER"}),
    ("Sudan accepted aid from Egypt.", "070", {"EGY"}, {"SDN"}),
    ("Jordan accepted humanitarian aid from Saudi Arabia.", "073", {"SAU"}, {"JOR"}),
    ("Ukraine won the backing of Poland.", "051", {"POL"}, {"UKR"}),
    # access to a website, platform, app or news outlet cut off is censorship (1721)
    ("Russia blocked access to Instagram.", "1721", {"RUS"}, set()),
    ("Iran restricted access to WhatsApp.", "1721", {"IRN"}, set()),
    ("China blocked access to the BBC website.", "1721", {"CHN"}, set()),
    ("Myanmar's junta restricted access to social media.", "1721", {"MMR"}, set()),
    ("Turkey blocked Wikipedia.", "1721", {"TUR"}, set()),
    # readiness or willingness to do a coded act is the intent to do it
    ("Iran expressed readiness to resume talks with the United States.", "036", {"IRN"},
     {"USA"}),
    ("Qatar signalled willingness to mediate between Israel and Hamas.", "039", {"QAT"},
     {"ISR"}),
    # "charged that <clause>" accuses (112), never arrests
    ("India charged that Pakistan sheltered terrorists.", "112", {"IND"}, {"PAK"}),
    ("Russia charged that Ukraine was shelling civilians.", "112", {"RUS"}, {"UKR"}),
    ("Israel charged that Iran was arming Hezbollah.", "112", {"ISR"}, {"IRN"}),
    # a passive's agent with where it is from ("at", "of"): the source, never a target
    ("The plan was criticised by researchers at the Migration Observatory at Oxford "
     "University.", "111", {"GBR"}, set()),
    ("The deal was condemned by officials of the European Union.", "111", {"EUR"}, set()),
]

CODER_7_LOOK_ALIKES: list[str] = [
    "Pakistan secured the border.",
    "Kenya got a new president.",
    "The team won support from its fans.",
    "The mayor won support among voters.",
    "The landlord blocked access to the garden.",
    "The hotel blocked access to the pool for guests.",
    "The teacher charged the phone in the classroom.",
]

# (sentence, the only codes it gives): what an act is about, or what is asked or opposed,
# is no second event of the one who acts.
CODER_7_ONLY = [
    ("The US rebuked China over its military drills.", ["111"]),
    ("Germany lambasted Hungary over its veto.", ["111"]),
    ("Hungary dropped its objection to Sweden joining NATO.", ["080"]),
    ("Turkey opposed Finland joining NATO.", ["110"]),
    ("Germany urged Hungary to lift its veto.", ["025"]),  # appeal to yield
    ("Japan criticised South Korea over its naval exercises.", ["111"]),
    ("Iran signalled willingness to resume talks with the United States.", ["036"]),
    ("Russia charged that Ukraine was shelling civilians.", ["112"]),
]

# (sentence, code, source countries, the exact target countries)
CODER_7_TARGETS = [
    ("The plan was criticised by researchers at the Migration Observatory at Oxford "
     "University.", "111", {"GBR"}, set()),
    ("Mr. Trump attacked a rival, Senator Ted Cruz of Texas, over his birth in Canada.", "111",
     {"USA"}, {"USA"}),
    ("Biden praised his predecessor, Barack Obama, for his work in Kenya.", "051", {"USA"},
     {"USA"}),
    ("The US praised Qatar for its mediation in Gaza.", "051", {"USA"}, {"QAT"}),
    ("The city announced on Twitter the Federal Aviation Administration and the National "
     "Transportation Safety Board were to investigate the crash.", "090", {"USA"}, set()),
    ("The ministry said on Monday Germany would send troops to Lithuania.", "154", {"DEU"},
     {"LTU"}),
]

THIRD_PASS_LOOK_ALIKES = [
    "The player was punished by the referee.",
    "The shop shut down for the holidays.",
    "The singer paid for lunch with the American ambassador.",
    "Shares in the German carmaker declined 3%.",
    "The fisherman bailed water out of the boat.",
    "The coach pushed for a new rule on substitutions.",
]


# Actors whose country hangs on entity and place resolution: a given name alone, a body cut
# before "of" and its country, a small town, an Irish or British county and its police.
ENTITIES_7 = [
    ("Jared Kushner is an investor. On Monday, Jared met Israeli President Isaac Herzog in "
     "Jerusalem.", "040", {"USA"}, {"ISR"}),
    ("The Communist Party of the Russian Federation accused the Kremlin of fraud.", "1121",
     {"RUS"}, {"RUS"}),
    ("The Episcopal Church of the United States condemned the bombing of a mosque in Nigeria.",
     "111", {"USA"}, set()),
    ("The mayor of the city of Calabasas criticised the governor.", "111", {"USA"}, set()),
    ("Gardai arrested two men in County Cork on Tuesday.", "173", {"IRL"}, set()),
    ("Greater Manchester Police arrested a teenager after a stabbing.", "173", {"GBR"}, set()),
    ("Norfolk Constabulary arrested a man in Norwich.", "173", {"GBR"}, set()),
]

ENTITIES_7_LOOK_ALIKES = [
    "Riot police stood guard outside the stadium in Tbilisi.",
    "Border guards checked passports at the crossing near Lviv.",
    "Jared Kushner owns a building in Manhattan. Jared likes golf.",
    "Flooding closed roads in Norfolk and Suffolk.",
]


# Session 8: each list holds (sentence, code, source countries, target countries) or look-alikes
# that must give no event, kept apart by the part of the coder they exercise.
ACTORS_8: list[tuple[str, str, set[str], set[str]]] = [
    # a subject put after its verb ("Also investigating is ...")
    ("Also investigating is the Florida Highway Patrol.", "090", {"USA"}, set()),
    ("Also investigating the shooting is the Royal Canadian Mounted Police.", "091", {"CAN"},
     set()),
    # a country's people the recogniser did not name
    ("Thousands of Kosovars protested against the government.", "141", {"XKX"}, set()),
    ("Hongkongers marched toward the city centre on Sunday.", "141", {"HKG"}, set()),
    # a region named with its kind ("Donetsk Oblast")
    ("Russian troops shelled villages in Donetsk Oblast.", "194", {"RUS"}, {"UKR"}),
    # a vote tally is no object that acts ("voted 66 to 27 to ...")
    ("The legislature of Taiwan voted 66 to 27 to legalize same-sex marriage.", "0833",
     {"TWN"}, set()),
    # well-known bodies the knowledge base holds; a body "of" a region or a state
    ("The RIAA demanded its removal from GitHub.", "1041", {"USA"}, {"USA"}),
    ("The Libertarian Party criticised Red Hat.", "111", {"USA"}, {"USA"}),
    ("The University of California sued the Trump administration.", "115", {"USA"}, {"USA"}),
    ("The Parliament of New South Wales condemned the Israeli government.", "111", {"AUS"},
     {"ISR"}),
    # a body named by its kind after it was named in full
    ("The Senate of Nigeria passed the bill. Later, France praised the Senate.", "051",
     {"FRA"}, {"NGA"}),
    ("The Parliament of Iraq voted to expel US troops. The United States criticised "
     "Parliament for the vote.", "111", {"USA"}, {"IRQ"}),
    # a firm's short name after its full one; firms the knowledge base holds
    ("Germany banned Mahan Air on Monday. Later, Mahan criticised the German government.",
     "111", {"IRN"}, {"DEU"}),
    ("Moscow seized the assets of Danone and Carlsberg.", "1711", {"RUS"}, {"FRA", "DNK"}),
    # a US agency's acronym known abroad, in a story that names no country of its own
    ("The NIH rejected the request from China.", "120", {"USA"}, set()),
]
ACTORS_8_LOOK_ALIKES: list[str] = [
    "Also investigating is a local blogger.",
    "The board voted 5 to 2 to fire the coach.",
    "The Simpsons protested outside the stadium.",
    "The Museum of London condemned the decision.",
]
CODES_8: list[tuple[str, str, set[str], set[str]]] = [
    # the weapon named makes a use of force specific (195 aerial, 194 artillery)
    ("Israel launched air strikes on Gaza.", "195", {"ISR"}, {"PSE"}),
    ("Russian drones struck the Ukrainian port of Odesa.", "195", {"RUS"}, {"UKR"}),
    ("Syrian troops attacked the town of Idlib with tanks.", "194", {"SYR"}, {"SYR"}),
    # the wrong investigated or alleged makes the code specific (091, 092, 1121)
    ("The United Nations opened an investigation into human rights abuses in Myanmar.", "092",
     {"IGOUNO"}, {"MMR"}),
    ("France made accusations of fraud against Mali.", "1121", {"FRA"}, {"MLI"}),
    # what is asked for names the kind of cooperation or aid (0213, 1013, 0233)
    ("Iran asked Turkey to extradite the suspect.", "0213", {"IRN"}, {"TUR"}),
    ("The United States demanded that Ukraine investigate the company.", "1013", {"USA"},
     {"UKR"}),
    ("Kenya asked Japan to provide humanitarian aid.", "0233", {"KEN"}, {"JPN"}),
    # asked to make something easier or more affordable: a change of policy (0242)
    ("France urged Germany to make repairs cheaper.", "0242", {"FRA"}, {"DEU"}),
    # and the generic code where no kind is named: a drone shot down is the thing hit, a
    # bigger effort no rule changed
    ("Ukraine shot down a Russian drone.", "190", {"UKR"}, {"RUS"}),
    ("Germany urged Italy to make a bigger effort.", "020", {"DEU"}, {"ITA"}),
]
CODES_8_LOOK_ALIKES: list[str] = []
LEAD_8: list[tuple[str, str, set[str], set[str]]] = [
    ("French President Emmanuel Macron said the decision of the Iranian government was a "
     "disgrace.", "111", {"FRA"}, {"IRN"}),
    ("Chancellor Olaf Scholz said Russia's decision makes no sense.", "111", {"DEU"}, {"RUS"}),
    ("Former minister Ram Kumar died on Sunday in Delhi. The Congress Party, in its statement, "
     "said he was a \"gentleman politician\".", "051", {"IND"}, set()),
    ("The German Foreign Office said she was a courageous diplomat.", "051", {"DEU"}, set()),
    ("French President Emmanuel Macron tweeted: \"Our thoughts are with the people of "
     "Morocco.\"", "018", {"FRA"}, {"MAR"}),
    ("Governor Kathy Hochul said, \"My heart goes out to the families of the victims.\"",
     "018", {"USA"}, set()),
    ("An attacker stabbed two police officers in Brussels on Monday.", "182", {"BEL"}, set()),
    ("The attacker fatally stabbed a teacher in Arras, France.", "1823", set(), set()),
    ("A gunman stabbed a lawmaker to death in Leigh-on-Sea, England.", "1823", {"GBR"}, set()),
    ("A US-led coalition bombed militia targets near Sanaa.", "195", {"USA"}, {"YEM"}),
    ("Biden threatened to wreck Iran's economy.", "130", {"USA"}, {"IRN"}),
    ("Trump threatened to obliterate the Turkish economy.", "130", {"USA"}, {"TUR"}),
    ("Beijing warned it would respond forcefully if Taiwan declared independence.", "130",
     {"CHN"}, {"TWN"}),
    ("Tehran threatened to close the strait unless Washington lifted sanctions.", "1381",
     {"IRN"}, {"USA"}),
    ("Kim Jong Un said he would destroy South Korea if attacked.", "138", {"PRK"}, {"KOR"}),
    ("The army crushed the rebels in the north of the country.", "190", set(), set()),
    ("The emir of Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
     "045", {"QAT"}, {"ARE", "SAU"}),
    ("Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest.", "111",
     {"ALB"}, {"SRB"}),
    ("Mayor of London Sadiq Khan condemned the attack on the mosque in Finsbury Park.", "111",
     {"GBR"}, set()),
]

LEAD_8_LOOK_ALIKES: list[str] = [
    "Finance Minister Anton Siluanov said the new figures make sense.",
    "His lawyer said he was a great man.",
    "Chancellor Olaf Scholz said it makes no sense to wait for the report.",
    "Her thoughts were with her children.",
    "Apple crushed Samsung in smartphone sales last quarter.",
    "The storm destroyed crops across the island.",
]


OBJECTS_9: list[tuple[str, str, set[str], set[str]]] = [
    # a company bought is economic cooperation (061): by its kind or by its name
    ("German drugmaker Bayer acquired the American seed company Monsanto.", "061", {"DEU"},
     {"USA"}),
    ("IBM acquired the software firm Red Hat last year.", "061", {"USA"}, set()),
    # acceding to an agreement is signing it (057)
    ("Russia joined the Kyoto Protocol in 2004.", "057", {"RUS"}, set()),
    # waiving immunity lets a case go ahead: judicial cooperation (063)
    ("Uganda waived diplomatic immunity for its envoy.", "063", {"UGA"}, set()),
    # backing a bill, a ceasefire or an amendment endorses it (051)
    ("Senate Democrats supported the amendment.", "051", {"USA"}, set()),
    ("The French president backed the ceasefire.", "051", {"FRA"}, set()),
    # an option weighed (014)
    ("The Canadian government is considering sanctions against Iran.", "014", {"CAN"},
     {"IRN"}),
    ("Kenya is considering the possibility of a second vote.", "014", {"KEN"}, set()),
    # executions of the condemned (173), bodies left (160), towns retaken (192)
    ("Singapore executed a convicted drug trafficker.", "173", {"SGP"}, set()),
    ("Qatar quit OPEC in 2019.", "160", {"QAT"}, set()),
    ("Burkina Faso left ECOWAS.", "160", {"BFA"}, set()),
    ("Ukrainian forces retook the village.", "192", {"UKR"}, set()),
    # tear gas on a crowd is repression (175), not chemical war; ramming a ship is force (190)
    ("Kenyan police tear-gassed the protesters.", "175", {"KEN"}, {"KEN"}),
    ("Chinese coast guard ships rammed a Philippine supply boat.", "190", {"CHN"}, {"PHL"}),
    # naming a group terrorist, extremist or a foreign agent (172)
    ("The United States designated the Houthis as a terrorist group.", "172", {"USA"},
     {"YEM"}),
    ("Russia designated Meta an extremist organisation.", "172", {"RUS"}, {"USA"}),
    # tariffs in reply (163); a member suspended from a body (160); accession approved (051)
    ("China retaliated with tariffs on American soybeans.", "163", {"CHN"}, {"USA"}),
    ("The Commonwealth suspended Nigeria from the organisation.", "160", set(), {"NGA"}),
    ("Turkey approved Sweden's NATO membership.", "051", {"TUR"}, {"SWE"}),
    # places hit in war (190, 195 by air); looted heritage handed back (0842)
    ("Russian missiles hit an apartment block in Dnipro.", "195", {"RUS"}, {"UKR"}),
    ("The Houthis hit a cargo ship in the Gulf of Aden.", "190", {"YEM"}, set()),
    ("Germany repatriated the bronzes to Nigeria.", "0842", {"DEU"}, {"NGA"}),
    ("Kim Jong Un executed his uncle.", "173", {"PRK"}, set()),
    # money for a project is economic aid (071)
    ("The European Union funded the research project.", "071", {"EUR"}, set()),
    # curbs on the public: mandates and orders imposed or lifted, places locked down
    ("The Chilean government imposed a mask mandate.", "172", {"CHL"}, set()),
    ("The Italian government lifted the mask mandate.", "081", {"ITA"}, set()),
    ("China locked down the city of Wuhan.", "172", {"CHN"}, {"CHN"}),
    ("The court imposed a gag order on Trump.", "172", {"USA"}, {"USA"}),
    # an "until" clause of a past narrative happened
    ("Fighting went on until Russia withdrew its troops from the town.", "087", {"RUS"},
     set()),
]
OBJECTS_9_LOOK_ALIKES: list[str] = [
    "Senator Elizabeth Warren bought a group of paintings at auction.",
    "Apple acquired the rights to the film.",
    "Barack Obama bought a house in Washington.",
    "Emmanuel Macron supported the team at the World Cup final.",
    "Police executed a search warrant at the home of the senator.",
    "The army executed the president's order.",
    "Biden left the White House on Friday.",
    "The minister left the meeting early.",
    "A truck rammed a car in Berlin.",
    "The city designated the park a heritage site.",
    "The club suspended the player from the team.",
    "The university approved her application.",
    "Messi hit the post in the second half.",
    "The hurricane hit the town of Acapulco.",
    "Inflation hit American households.",
    "The law signed by the president takes effect on Monday.",
    "The Brazilian president imposed his will on the party.",
    "The British government imposed a tax on sugary drinks.",
    # an "until" clause in the present or under a promise has not happened
    "Protesters said they would stay in the square until the Egyptian army withdraws its troops.",
]
THREATS_9: list[tuple[str, str, set[str], set[str]]] = [
    # a threat takes the kind of what it threatens: the object or its "with"/"of" phrase
    ("The United States threatened Iran with new sanctions on Monday.", "1312", {"USA"},
     {"IRN"}),
    ("The European Union threatened Hungary with sanctions over its media law.", "1312",
     set(), {"HUN"}),
    ("Russia issued a threat of sanctions against Moldova.", "1312", {"RUS"}, {"MDA"}),
    ("Russian prosecutors threatened the opposition leader with arrest.", "132", {"RUS"},
     set()),
    ("The Hungarian government threatened the newspaper with the loss of its licence.", "132",
     {"HUN"}, set()),
    ("Zambia's president threatened the radio station's broadcasting permit.", "132", {"ZMB"},
     set()),
    ("French unions threatened a general strike over pension reform.", "133", {"FRA"}, set()),
    ("Nigerian doctors threatened an indefinite strike over unpaid salaries.", "133", {"NGA"},
     set()),
    ("China threatened Taiwan with military force on Sunday.", "138", {"CHN"}, {"TWN"}),
    # a warning to someone of a penalty threatens it; of an attack, whose attack is not said
    ("The EU warned Russia of new sanctions.", "1312", set(), {"RUS"}),
    ("The German chancellor warned Hungary of sanctions over its media law.", "1312", {"DEU"},
     {"HUN"}),
    ("The US embassy warned American citizens of an imminent attack in Moscow.", "130",
     {"USA"}, set()),
    # look-alikes whose code must not change: an armed strike; a cause, not a penalty
    ("Israel threatened a military strike on Iran's nuclear sites.", "138", {"ISR"}, {"IRN"}),
    ("Serbia threatened Kosovo over its arrest of a Serbian official.", "130", {"SRB"},
     {"XKX"}),
    # aid to the victims of a disaster or war is humanitarian
    ("The Red Cross provided assistance to the displaced families in Syria.", "073", set(),
     {"SYR"}),
    ("Turkey sent aid to the victims of the earthquake in Syria.", "073", {"TUR"}, set()),
    ("Canada sent aid to refugees in Jordan.", "073", {"CAN"}, {"JOR"}),
    ("The United States provided assistance to the Ukrainian army.", "070", {"USA"}, {"UKR"}),
    ("China gave aid to Cambodia for the new highway.", "070", {"CHN"}, {"KHM"}),
    # an accusation of failings only is criticism; of a wrong, or of an act, an accusation
    ("Some Tories accused the British prime minister of weakness.", "111", {"GBR"}, {"GBR"}),
    ("The French president accused the German chancellor of hypocrisy.", "111", {"FRA"},
     {"DEU"}),
    ("Brazil's opposition made accusations of incompetence against the government.", "111",
     {"BRA"}, {"BRA"}),
    ("Israel accused Hamas of cowardice and of hiding behind civilians.", "112", {"ISR"},
     {"PSE"}),
    ("Pakistan accused India of espionage.", "1125", {"PAK"}, {"IND"}),
    # help promised to, or asked for, an investigation or a court: judicial cooperation
    ("The German company pledged to cooperate fully with French prosecutors.", "0313",
     {"DEU"}, {"FRA"}),
    ("The Ukrainian prosecutor promised to assist American investigators.", "0313", {"UKR"},
     set()),
    ("Britain urged Russia to cooperate with the investigation into the poisoning.", "0213",
     {"GBR"}, {"RUS"}),
    ("Germany pressed Turkey to cooperate with German prosecutors.", "1013", {"DEU"}, {"TUR"}),
    ("Japan pledged to cooperate with South Korea on trade.", "031", {"JPN"}, {"KOR"}),
    ("The Greek government promised to help the victims of the fire.", "030", {"GRC"}, set()),
    # a named speaker attacking a person for an act, or as something, attacks in words
    ("Sanders attacked Bloomberg for buying the election.", "111", {"USA"}, {"USA"}),
    ("Democrats attacked Trump for refusing to release his tax returns.", "111", {"USA"},
     {"USA"}),
    ("Senator Ted Cruz attacked Nancy Pelosi as a hypocrite.", "111", {"USA"}, {"USA"}),
    ("A mob attacked Pakistani student Ali Khan for insulting the prophet.", "180", set(),
     {"PAK"}),
    ("Israel attacked Hamas commander Mohammed Deif for planning the raid.", "190", {"ISR"},
     {"PSE"}),
    # bans and curbs on assembly, speech and the press restrict political freedoms
    ("The Russian government banned the rally planned for Saturday.", "1721", {"RUS"}, set()),
    ("Police in Hong Kong banned the annual vigil for the Tiananmen victims.", "1721", {"HKG"},
     set()),
    ("The Belarusian government restricted press freedom.", "1721", {"BLR"}, set()),
    ("The French government banned the sale of fireworks.", "172", {"FRA"}, set()),
    # a rejected call takes the kind of what it called for
    ("The Israeli prime minister rejected calls for his resignation.", "1231", {"ISR"}, set()),
    ("The Peruvian president rejected calls to resign.", "1231", {"PER"}, set()),
    ("Netanyahu dismissed demands for a ceasefire in Gaza.", "1246", {"ISR"}, set()),
    ("Russia rejected calls for the release of the American journalist.", "1243", {"RUS"},
     set()),
    ("Germany rejected calls for higher spending.", "120", {"DEU"}, set()),
    ("The Polish president declined the defence minister's offer to resign.", "120", {"POL"},
     set()),
    # aid asked for, or promised, for the victims of a disaster or war is humanitarian
    ("The Sudanese army called for humanitarian aid for Darfur.", "0233", {"SDN"}, set()),
    ("Pakistan appealed for international assistance after the floods.", "0233", {"PAK"},
     set()),
    ("Japan pledged aid to the earthquake victims in Turkey.", "0333", {"JPN"}, set()),
    ("The Lebanese government called for military aid from France.", "0232", {"LBN"},
     {"FRA"}),
    ("Kenya called for more cooperation with Ethiopia.", "020", {"KEN"}, set()),
    # "cease-fire", as American outlets spell it, is a ceasefire
    ("Israel and Hamas agreed to a cease-fire.", "0871", {"ISR", "PSE"}, set()),
    ("Egypt called for a cease-fire in Gaza.", "0256", {"EGY"}, set()),
    ("The United States demanded a cease-fire in Sudan.", "107", {"USA"}, {"SDN"}),
    ("Hamas violated the cease-fire on Monday.", "196", {"PSE"}, set()),
    # a call or demand told as a noun takes the code its verb gives the same object
    ("The Turkish president renewed his call for a ceasefire in Gaza.", "0256", {"TUR"}, set()),
    ("The UN issued an appeal for humanitarian aid for Sudan.", "0233", set(), set()),
    ("The Kenyan opposition repeated its call for the president's resignation.", "0241",
     {"KEN"}, set()),
    ("The Chinese foreign minister renewed his call for talks between Russia and Ukraine.",
     "026", {"CHN"}, set()),
    ("The Labour leader repeated his call for an inquiry into the deal.", "020", {"GBR"},
     set()),
    ("The Kenyan president rejected the opposition's demand for an inquiry.", "120", {"KEN"},
     set()),
]
THREATS_9_LOOK_ALIKES: list[str] = [
    "Heavy rain curbed the size of the protest in London.",
    "The company restricted its media budget.",
]
ACTORS_9: list[tuple[str, str, set[str], set[str]]] = [
    ("Russian troops have spent months shelling the city of Kharkiv.", "194", {"RUS"}, {"UKR"}),
    ("Ukraine alleged Moscow was behind the blast.", "112", {"UKR"}, {"RUS"}),
    ("The ministry alleged that Russian hackers had broken into its servers.", "112", set(),
     {"RUS"}),
    # An editor's brackets in a quote are read as if absent.
    ("Scott Morrison wrote, \"Congratulations to [Jacinda Ardern] on her re-election.\"", "051",
     {"AUS"}, {"NZL"}),
    ("\"The [Turkish] army [has] shelled Kurdish villages [...] near the border,\" a Kurdish "
     "official said.", "194", {"TUR"}, set()),
    ("Police in Lyon detained a man, later identified as Somali national Abdi Farah.", "173",
     {"FRA"}, {"SOM"}),
]
ACTORS_9_LOOK_ALIKES: list[str] = [
    "The minister spent the weekend shooting pheasants on his estate.",
    "The lawsuit alleges that the company misled investors.",
]
#: Exact actors: a person's nationality the text states beside the name or in the next
#: sentence, not the country the story happens in.
ACTORS_9_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Police in Manchester arrested Libyan national Ahmed Zuwari on Sunday.", "173", {"GBR"},
     {"LBY"}),
    ("Police in Paris arrested Jean Bloggs on Friday. The 34-year-old Australian later "
     "appeared in court.", "173", {"FRA"}, {"AUS"}),
    ("Police in Paris arrested Jean Bloggs on Friday. The Australian embassy was informed.",
     "173", {"FRA"}, {"FRA"}),
    ("Police in Paris arrested US Senator John Bloggs. The Australian man was released.",
     "173", {"FRA"}, {"USA"}),
    ("The Football Association of Ireland met on Monday. The FAI condemned the Israeli "
     "government.", "111", {"IRL"}, {"ISR"}),
    # People abroad say nothing of whose police acted.
    ("Police detained a British tourist after the fight.", "173", set(), {"GBR"}),
    ("Authorities deported three Chinese nationals last week.", "174", set(), {"CHN"}),
    ("Police arrested Brenton Tarrant, an Australian citizen.", "173", set(), {"AUS"}),
    ("A Georgian player was arrested for match fixing.", "173", {"GEO"}, {"GEO"}),
    # The act judged: its doer ("by"), not the one it fell on ("of").
    ("France condemned the arrest of the journalist by Russian police.", "111", {"FRA"},
     {"RUS"}),
    ("Iran's foreign minister condemned the killing of the general by US forces.", "111",
     {"IRN"}, {"USA"}),
]
#: The other side several countries' words or help are about, when no one is named: the one
#: other country the sentence names (implied targets), never a country named as another party.
ACTORS_9_IMPLIED: list[tuple[str, str, set[str], set[str]]] = [
    ("Japan, Germany and Canada have pledged aid as Haiti rebuilds after the earthquake.", "033",
     {"JPN", "DEU", "CAN"}, {"HTI"}),
    ("Norway and Sweden offered to mediate as Ethiopia's war dragged on.", "039",
     {"NOR", "SWE"}, {"ETH"}),
    ("France and Germany pledged aid to the refugees, while Italy refused.", "0333",
     {"FRA", "DEU"}, set()),
]
LEAD_9: list[tuple[str, str, set[str], set[str]]] = [
    ("Former president Almazbek Atambayev governed for six years. Protests followed his arrest "
     "in Bishkek.", "173", {"KGZ"}, {"KGZ"}),
    ("Opposition leader Alexei Navalny returned to Moscow in January. His arrest at the airport "
     "drew crowds.", "173", {"RUS"}, {"RUS"}),
    ("Kyrgyz parliament votes to expel Russian troops", "166", {"KGZ"}, {"RUS"}),
]
LEAD_9_LOOK_ALIKES: list[str] = [
    "She spoke about the arrest of a neighbour.",
    "The company said his arrest record was irrelevant.",
    "Nikki Haley said she has a real shot at beating Donald Trump in New Hampshire.",
]

DISAPPROVE_10: list[tuple[str, str, set[str], set[str]]] = [
    ("The Indian government's decision triggered condemnation from Pakistan.", "111",
     {"PAK"}, {"IND"}),
    ("Japan's plan prompted objections from South Korea.", "111", {"KOR"}, {"JPN"}),
    ("The Australian prime minister's remarks provoked a backlash from China.", "111",
     {"CHN"}, {"AUS"}),
    ("The Afghan government said the Taliban were to blame for the violence.", "112",
     {"AFG"}, {"AFG"}),
    ("Russia is to blame for the attack on the power plant, Ukraine's president said.", "112",
     {"UKR"}, {"RUS"}),
    ("Investigators said Boeing was negligent.", "111", set(), {"USA"}),
    ("Spain's foreign minister said Morocco's decision was inhumane.", "111", {"ESP"},
     {"MAR"}),
    ("The Iranian foreign minister compared the American president to Hitler.", "111",
     {"IRN"}, {"USA"}),
    ("Palestinian officials compared Israel's policies to apartheid.", "111", {"PSE"},
     {"ISR"}),
    ("Texas joined a lawsuit against the federal government.", "115", {"USA"}, {"USA"}),
    ("In a lawsuit filed on Tuesday, Texas accused the Biden administration of abandoning "
     "the border.", "115", {"USA"}, {"USA"}),
    ("Spain accused Morocco in a complaint to the European Commission of breaking the "
     "fishing deal.", "114", {"ESP"}, {"MAR"}),
    ("Venezuela faces accusations from the United Nations of torturing prisoners.", "1122",
     set(), {"VEN"}),
    ("Greece said Turkey's actions were in clear violation of international law.", "111",
     {"GRC"}, {"TUR"}),
    ("The IMF rejected Pakistan's request for a new loan.", "1221", set(), {"PAK"}),
    ("Greece rejected Turkey's calls to hold negotiations.", "125", {"GRC"}, {"TUR"}),
    ("Democrats accused Trump of obstruction of Congress.", "1121", {"USA"}, {"USA"}),
    ("Iran blamed Israel's strike on the United States.", "112", {"IRN"}, {"USA"}),
    ("Biden blamed high prices on Putin's war.", "112", {"USA"}, {"RUS"}),
    ("China complained about Japan's decision.", "114", {"CHN"}, {"JPN"}),
    ("Amnesty International said the Nigerian army had failed to protect civilians.", "111",
     set(), {"NGA"}),
    ("The Ukrainian government asked Germany to send tanks, but Berlin refused.", "120",
     {"DEU"}, {"UKR"}),
    ("Israel asked Egypt to open the border, but Cairo declined.", "120", {"EGY"}, {"ISR"}),
    ("South Africa said Israel's actions amounted to genocide.", "111", {"ZAF"}, {"ISR"}),
    ("Ukraine filed a complaint against Russia at the International Court of Justice.", "115",
     {"UKR"}, {"RUS"}),
    ("The United States vetoed a resolution drafted by Russia.", "129", {"USA"}, {"RUS"}),
    ("China criticised a bill introduced by American lawmakers.", "111", {"CHN"}, {"USA"}),
    ("Turkey's president railed at the European Union.", "111", {"TUR"}, set()),
    ("The Indian foreign ministry rapped Pakistan for its remarks.", "111", {"IND"}, {"PAK"}),
    ("China called the American move a dangerous provocation.", "111", {"CHN"}, {"USA"}),
    ("The Russian opposition leader received a 19-year sentence.", "116", set(), {"RUS"}),
    ("Germany's chancellor said the Chinese government had pursued reckless policies.", "111",
     {"DEU"}, {"CHN"}),
    ("Amnesty said the Saudi authorities had carried out cruel executions.", "111", set(),
     {"SAU"}),
    ("China said the United States used human rights as an excuse to interfere.", "111",
     {"CHN"}, {"USA"}),
    ("China refused to condemn Russia's invasion.", "120", {"CHN"}, set()),
    ("In a rare rebuke of China, Vietnam summoned the Chinese ambassador.", "111", {"VNM"},
     {"CHN"}),
    ("The Russian opposition leader was branded a traitor by the Kremlin.", "111", {"RUS"},
     {"RUS"}),
    ("The British move was described as a provocation by Argentina.", "111", {"ARG"},
     {"GBR"}),
    ("The Philippine president drew the ire of the Chinese government.", "111", {"CHN"},
     {"PHL"}),
    ("Israel's strike provoked fury from Turkey.", "111", {"TUR"}, {"ISR"}),
    ("Iraq demanded that Turkey pull its forces out of the north.", "106", {"IRQ"}, {"TUR"}),
    ("The EU said Russia must withdraw its forces from Ukraine.", "106", set(), {"RUS"}),
]
DISAPPROVE_10_LOOK_ALIKES: list[str] = [
    "Hurricane Zeta slammed into the Louisiana coast.",
    "A truck slammed into a police station in Kabul.",
    "Who is to blame for the crisis remains unclear.",
    "The Pakistani army said India was not to blame for the blast.",
    "Historians compared the economy of the 1930s to the present one.",
    "The museum compared Hitler's speeches to Stalin's.",
    "Reviewers panned the French director's latest movie.",
    "Critics slammed the new Italian film as boring.",
    "The Brazilian striker blasted the ball past the goalkeeper.",
    "Greece said Turkey was not in violation of the treaty.",
    "His body rejected the kidney transplant from a Canadian donor.",
    "The Kenyan runner complained of pain in his knee.",
    "The Kenyan runner complained about the heat.",
    "Investors criticized Tesla's quarterly results.",
    "Environmentalists blamed Brazil's drought on climate change.",
    "The Kenyan government said the opposition had not failed to act.",
    "Reports said the Indian rocket failed to reach orbit.",
    "Turkey's president said the European Union would fail to act.",
    "China's exports to Russia declined.",
    "Historians said the Armenian genocide was a turning point.",
    "The American singer rapped about Chicago.",
    "Czech police described the gunman as a student who may have been influenced by "
    "shootings abroad.",
    "The Danish officer said the suspect's sentences would trail off.",
    "The Canadian rookie defied physics with a stunning goal.",
    "Kenya's president said the country had suffered a terrible loss.",
    "The Brazilian minister said the government had taken brave and decisive steps.",
    "The UN said Syria had endured a brutal war.",
    "Experts said the Chinese firm used the software as a tool.",
    "The price rise provoked anger among consumers.",
]
COERCE_10: list[tuple[str, str, set[str], set[str]]] = [
    ("Georgian opposition supporters protested outside parliament.", "141", {"GEO"}, {"GEO"}),
    ("Thousands of British nurses walked out over pay.", "1432", {"GBR"}, {"GBR"}),
    ("Kenyan teachers walked out of classrooms on Monday.", "143", {"KEN"}, {"KEN"}),
    ("Pakistani lawyers boycotted the courts in protest.", "143", {"PAK"}, {"PAK"}),
    ("Armenian protesters stormed the parliament in Yerevan.", "145", {"ARM"}, {"ARM"}),
    ("Militants stormed a hotel in Kabul.", "190", set(), {"AFG"}),
    ("The Russian delegation walked out of the talks in Geneva.", "164", {"RUS"}, set()),
    ("China protested the visit of the Taiwanese president to the US.", "114", {"CHN"}, set()),
    ("Police beat protesters in the main square of Minsk.", "175", {"BLR"}, {"BLR"}),
    ("Rebels attacked 3 villages in Mali.", "190", {"MLI"}, {"MLI"}),
    ("The former president of Peru went on trial for corruption.", "173", {"PER"}, {"PER"}),
    ("The former Malaysian prime minister stands trial for graft.", "173", {"MYS"}, {"MYS"}),
    ("A Mexican court put the former governor behind bars.", "173", {"MEX"}, {"MEX"}),
    ("South African police said a murder case had been opened.", "091", {"ZAF"}, set()),
    ("An investigation into the crash is under way, Indonesian officials said.", "090",
     {"IDN"}, set()),
    ("Kenyan police said a homicide probe is ongoing.", "091", {"KEN"}, set()),
    ("An inquiry into the collapse has been launched in Turkey.", "090", {"TUR"}, set()),
    ("The Dutch Safety Board is examining the cause of the crash.", "090", {"NLD"}, set()),
    ("Gunmen shot up a bar in Mexico on Sunday.", "193", {"MEX"}, {"MEX"}),
    ("Police stormed the court building in Dhaka.", "190", {"BGD"}, {"BGD"}),
    ("Crowds gathered in Hong Kong to demand democracy.", "1414", {"HKG"}, {"HKG"}),
    ("Kenyans gathered outside parliament calling for the release of the activists.", "141",
     {"KEN"}, {"KEN"}),
    ("Leaders gathered in Brussels to demand more aid for Ukraine.", "103", set(), {"UKR"}),
    ("Iran held large military exercises in the Gulf.", "150", {"IRN"}, set()),
    ("Taiwan staged military drills simulating an invasion.", "150", {"TWN"}, set()),
    ("China and Russia held naval drills in the Sea of Japan.", "062", {"CHN", "RUS"}, set()),
    ("India held joint exercises with the United States.", "062", {"IND"}, {"USA"}),
    ("Niger's junta ordered French troops to leave the country.", "166", {"NER"}, {"FRA"}),
    ("Russia ordered two Estonian diplomats to leave.", "174", {"RUS"}, {"EST"}),
    ("Thailand ordered the Cambodian workers to leave the country.", "174", {"THA"}, {"KHM"}),
    ("Biden ordered Russia to stop the invasion.", "100", {"USA"}, {"RUS"}),
    ("The Israeli army ordered residents to leave their homes in Khan Younis.", "100", {"ISR"},
     set()),
    ("Doctors in Nepal launched an indefinite strike.", "143", {"NPL"}, {"NPL"}),
    ("Protesters set fire to the parliament building in Nairobi.", "145", {"KEN"}, {"KEN"}),
    ("The protest turned violent when demonstrators attacked police in Lima.", "145",
     {"PER"}, {"PER"}),
    ("Farmers drove their tractors into Brussels to protest EU policies.", "1412", set(),
     set()),
    ("Gunmen launched an attack on a police station in Kano.", "193", {"NGA"}, {"NGA"}),
    ("Five Palestinians were killed in an Israeli airstrike in Gaza.", "195", {"ISR"},
     {"PSE"}),
    ("Two Turkish soldiers were wounded in a PKK attack.", "182", {"TUR"}, {"TUR"}),
    ("Three Nigerian soldiers were killed in a Boko Haram ambush.", "190", {"NGA"}, {"NGA"}),
    ("Dozens of civilians died in Russian missile strikes on Kyiv.", "195", {"RUS"}, {"UKR"}),
    ("Nigerian workers warned of a strike over the fuel subsidy.", "133", {"NGA"}, set()),
    ("Israel warned of a strike on Iranian nuclear sites.", "138", {"ISR"}, {"IRN"}),
    ("German police carried out raids across the country on Wednesday.", "173", {"DEU"},
     set()),
    ("Israeli troops carried out raids in Jenin.", "190", {"ISR"}, {"PSE"}),
    ("The suspect remains in police custody in Sydney.", "173", {"AUS"}, {"AUS"}),
    ("The Russian journalist faces prosecution.", "173", {"RUS"}, {"RUS"}),
    ("Egyptian police opened fire to disperse demonstrators on Monday night.", "175", {"EGY"},
     {"EGY"}),
    ("Israeli troops opened fire on a car in Jenin.", "193", {"ISR"}, {"PSE"}),
    ("Thousands protest in Belgrade against Serbian government", "141", {"SRB"}, {"SRB"}),
    ("Police raid home of Brazilian ex-president", "173", {"BRA"}, set()),
    ("A suicide bomber attacked a military convoy in northern Syria.", "1831", {"SYR"},
     {"SYR"}),
    ("Russian bombers struck targets in Syria.", "195", {"RUS"}, {"SYR"}),
]
COERCE_10_LOOK_ALIKES: list[str] = [
    "Real Madrid beat Barcelona in the Spanish cup final.",
    "Brazil beat Argentina 2-1 in Rio.",
    "The Labour candidate beat the Conservative in the election.",
    "The Kenyan runner suffered a cardiac arrest during the marathon.",
    "The Japanese tennis player went on to win the title.",
    "The French president fought back tears during the speech.",
    "The German team crushed Italy in the semi-final.",
    "The Canadian rapper was charged with energy on stage.",
    "The Brazilian fans stormed the pitch after the final whistle.",
    "The South Korean chipmaker shot up 10 percent on the stock market.",
    "Doctors examined the injured Kenyan runner.",
    "The Kenyan writer said a new chapter had been opened.",
    "Prosecution witnesses testified in the Kenyan trial.",
    "The Kenyan minister said an inquiry would be a waste of time.",
    "Mourners gathered in Kabul to pay tribute to the victims.",
    "Doctors declared the Kosovan man unfit to stand trial.",
]
STATEMENTS_10: list[tuple[str, str, set[str], set[str]]] = [
    # "hopes to": an intent (the model reads "hopes" as "hop")
    ("Kenya hopes to sign a trade agreement with Britain next year.", "0311", {"KEN"}, {"GBR"}),
    ("Japan is hoping to hold talks with China in the spring.", "036", {"JPN"}, {"CHN"}),
    ("Ukraine hoped to reach an agreement with the new Polish government.", "032", {"UKR"},
     {"POL"}),
    # what a state body paid for or supplied, told by a participle with its agent
    ("The survey is part of a programme funded by the National Science Foundation.", "071",
     {"USA"}, set()),
    ("The rebels' missiles, supplied by Iran, are the envy of many armies.", "072", {"IRN"},
     set()),
    ("Hezbollah, funded by Iran, has fought Israel for decades.", "071", {"IRN"}, {"LBN"}),
    ("The festival, sponsored by the Norwegian embassy, opened in Nairobi.", "071", {"NOR"},
     set()),
    ("The conference was sponsored by the Japanese government.", "071", {"JPN"}, set()),
    ("The excavation was funded by the Egyptian Ministry of Antiquities.", "071", {"EGY"},
     set()),
    # outlooks on a political prospect (013 optimism, 012 pessimism)
    ("The Indian foreign minister said he was confident that the talks with Pakistan would "
     "succeed.", "013", {"IND"}, {"PAK"}),
    ("Chinese officials are optimistic about the trade negotiations with the United States.",
     "013", {"CHN"}, {"USA"}),
    ("Turkey's foreign minister said he was hopeful that the war in Ukraine would end soon.",
     "013", {"TUR"}, {"UKR"}),
    ("The Japanese prime minister remains pessimistic about the peace process in Myanmar.",
     "012", {"JPN"}, {"MMR"}),
    ("Germany is sceptical about a ceasefire deal between Israel and Hamas.", "012", {"DEU"},
     {"ISR"}),
    # an offer or proposal of an act is an intent, composed with the act offered
    ("The Senate leader proposed to set term limits for members of Congress.", "0342",
     {"USA"}, set()),
    ("The Italian prime minister offered to resign after the vote.", "0341", {"ITA"}, set()),
    ("The Polish leader declared his intention to impose tougher punishments for child abuse.",
     "0342", {"POL"}, set()),
    ("Japan proposed that the two countries hold a summit in Tokyo.", "030", {"JPN"}, set()),
    # "called for X to do Y": an appeal to X, composed with the act asked for
    ("The Greek culture minister called for the marbles to be returned to Athens.", "0253",
     {"GRC"}, set()),
    ("The Chinese foreign ministry called for the United States to lift its sanctions.",
     "0254", {"CHN"}, {"USA"}),
    ("The French president called for the hostages to be released.", "0253", {"FRA"}, set()),
    ("The Indian government called for Pakistan to hold talks.", "026", {"IND"}, {"PAK"}),
    # a letter "asking him to ...": the writer asks, not the one written to
    ("The Irish foreign minister wrote to his British counterpart urging him to reconsider the "
     "bill.", "0242", {"IRL"}, set()),
]
STATEMENTS_10_LOOK_ALIKES: list[str] = [
    "A passer-by offered to help the injured man.",
    "The restaurant offered to pay for the meal.",
    "The coach called for the players to stay calm.",
    "The new camera now offers up to five times optical zoom.",
    "Shady developers offer up badly made apps to cash in on the craze.",
    "Fans are optimistic that the team will win the cup.",
    "The company is confident that sales will grow next year.",
    "The French minister is confident that the economy will recover.",
    "The Indian minister was not optimistic about the talks with China.",
    "The bill was sponsored by Senator Bernie Sanders.",
    "The new stadium, funded by ticket sales, opened on Monday.",
    "The rabbit hops across the field.",
    "The football club is sponsored by a local bakery.",
    "The conclusion is supported by evidence from three studies.",
    "The new laptop supports Windows and Linux.",
]
LEAD_10: list[tuple[str, str, set[str], set[str]]] = [
    ("Kyrgyz President Sadyr Japarov spoke in Bishkek on Monday. He was sharply criticised for "
     "his remarks.", "111", {"KGZ"}, {"KGZ"}),
    ("Uzbek President Shavkat Mirziyoyev spoke in Tashkent on Monday. Critics accused "
     "Mirziyoyev of ignoring the drought.", "112", {"UZB"}, {"UZB"}),
    ("They detained twelve activists in Almaty.", "173", {"KAZ"}, {"KAZ"}),
    ("The Kazakh government came under fire for the raid on the newspaper.", "111", {"KAZ"},
     {"KAZ"}),
    ("Tokayev came under fire from Russian lawmakers over the new tax.", "111", {"RUS"},
     {"KAZ"}),
    # A pardon frees a person (0841), and bloggers, critics and lawyers are people set free.
    ("Kazakh President Tokayev pardoned the jailed blogger.", "0841", {"KAZ"}, {"KAZ"}),
    ("Kyrgyz police released the opposition lawyer on Friday.", "0841", {"KGZ"}, {"KGZ"}),
    ("The Tajik poet was released from prison after six years.", "0841", {"TJK"}, {"TJK"}),
    # A named town taken, even where the recogniser reads its name as a person or a body.
    ("The Taliban seized Kabul.", "192", {"AFG"}, {"AFG"}),
    ("Rebels took control of Goma.", "192", set(), {"COD"}),
    ("Ukrainian forces recaptured Kherson.", "192", {"UKR"}, {"UKR"}),
    ("Russian troops captured Bakhmut.", "192", {"RUS"}, {"UKR"}),
    # Applying or aspiring to join is an intent, not the joining.
    ("Sweden applied to join NATO.", "032", {"SWE"}, set()),
    ("Georgia aspires to join the European Union.", "032", {"GEO"}, set()),
    # A blockade demanding something, with no other aim named, is for a change of policy.
    ("Kazakh farmers blocked the highway near Almaty, demanding that the government cut fuel "
     "duties.", "1442", {"KAZ"}, set()),
    # Two political actors of one country meeting are two parties.
    ("US President Joe Biden met House Speaker Nancy Pelosi at the White House.", "040",
     {"USA"}, {"USA"}),
    ("Kazakh President Tokayev agreed to meet opposition leaders next week.", "036", {"KAZ"},
     {"KAZ"}),
]
LEAD_10_LOOK_ALIKES: list[str] = [
    "The new phone came under fire for its price.",
    "The Kazakh poet released a new collection of verse.",
    "The Kazakh striker seized the chance to score.",
    "The campaign was inspired by the people the Almaty nurse met during her treatment.",
]
#: A voice the story does not place speaks from the home country only about its own people.
LEAD_10_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Kyrgyz President Sadyr Japarov spoke in Bishkek on Monday. Critics accused Vladimir "
     "Putin of ignoring the drought.", "112", set(), {"RUS"}),
    ("The Kyrgyz interior ministry came under fire for the raid.", "111", {"KGZ"}, {"KGZ"}),
    # Condemning an attack on someone is no judgement against them.
    ("Uzbekistan condemned the rocket attacks against Israel.", "111", {"UZB"}, set()),
    ("Kazakhstan condemned the Israeli strikes on Gaza.", "111", {"KAZ"}, {"ISR"}),
    ("Kazakhstan condemned the attack on Israel by Hamas.", "111", {"KAZ"}, {"PSE"}),
]
#: Precision audit of session 10's rules on real pages: offers of an act of politics stay
#: intents, blame keeps its object, an unplaced critic of the home country's people is theirs.
AUDIT_10: list[tuple[str, str, set[str], set[str]]] = [
    ("The Greek government offered to host talks between the two sides.", "030", {"GRC"},
     set()),
    ("Germany offered to send experts to Syria.", "030", {"DEU"}, {"SYR"}),
    ("The Turkish opposition leader proposed to abolish the presidential system.", "0342",
     {"TUR"}, set()),
    ("The Nigerian senator slammed the government over the delays.", "111", {"NGA"}, {"NGA"}),
    ("Kenyan President William Ruto spoke in Nairobi on Monday. He received criticism for the "
     "remarks.", "111", {"KEN"}, {"KEN"}),
    ("Kenyan President William Ruto spoke in Nairobi on Monday. Ruto could face a "
     "parliamentary probe.", "090", {"KEN"}, {"KEN"}),
]
AUDIT_10_LOOK_ALIKES: list[str] = [
    # an offer of an act that is no act of politics, or a reform offered by no state body
    "At the rally, the senator offered to sign autographs for the crowd.",
    "The singer offered to dance if her team won the final.",
    "Street vendors proposed to change the market hours.",
    # a blow or a crash, not blame
    "A storm slammed into the Florida coast on Sunday.",
    "The truck slammed into a bus near Lahore.",
]

SPECIFIC_11: list[tuple[str, str, set[str], set[str]]] = [
    # a meeting on the visitor's visit is a visit (042); with the visiting side, a host's (043)
    ("The Greek prime minister met Erdogan during a two-day visit to Ankara.", "042", {"GRC"},
     {"TUR"}),
    ("During his trip to Hanoi, the Australian foreign minister met Vietnam's prime minister.",
     "042", {"AUS"}, {"VNM"}),
    ("The visiting Kenyan president held talks with Joe Biden at the White House.", "042",
     {"KEN"}, {"USA"}),
    ("Modi held talks with the visiting Japanese prime minister in New Delhi.", "043", {"IND"},
     {"JPN"}),
    ("The Egyptian president met the visiting Saudi crown prince in Cairo.", "043", {"EGY"},
     {"SAU"}),
    ("The Chilean president met Lula in Brasilia.", "040", {"CHL"}, {"BRA"}),
    ("Lula met the Chilean president on Tuesday.", "040", {"BRA"}, {"CHL"}),
    # entering a grouping or agreement of trade is economic cooperation (061, intent 0311)
    ("Tanzania joined the East African customs union in 2005.", "061", {"TZA"}, set()),
    ("Uruguay said it would join the regional trade bloc.", "0311", {"URY"}, set()),
    ("Vietnam promised to sign the free trade agreement with the European Union.", "0311",
     {"VNM"}, set()),
    ("Japan said it would sign the peace treaty with Russia.", "032", {"JPN"}, {"RUS"}),
    # a go-between helps negotiate (045); a party negotiates (046)
    ("Norway helped negotiate the peace accord with the FARC.", "045", {"NOR"}, set()),
    ("Colombia negotiated a peace accord with the FARC.", "046", {"COL"}, set()),
    # a change of the constitution or of elections is one of institutions (0344, 1044)
    ("The Mexican president proposed amending the constitution to elect judges by popular "
     "vote.", "0344", {"MEX"}, set()),
    ("Opposition parties in Kenya demanded electoral reform.", "1044", {"KEN"}, set()),
    ("The Japanese government proposed raising the retirement age.", "0342", {"JPN"}, set()),
    # an accusation a filing makes is the filing (115, 114)
    ("A lawsuit filed by Canadian news outlets alleges that OpenAI copied their articles.",
     "115", set(), set()),
    ("The suit accuses Meta of misleading investors in Germany.", "115", set(), set()),
    # accused of a failing of office: criticism (111); of a crime: 1121
    ("French lawmakers accused the Italian government of mishandling the migrant crisis.",
     "111", {"FRA"}, {"ITA"}),
    ("The Indian opposition accused the government of putting farmers' livelihoods at risk.",
     "111", {"IND"}, {"IND"}),
    ("The Turkish opposition accused the minister of taking bribes.", "1121", {"TUR"},
     {"TUR"}),
    # asked to open an inquiry: judicial cooperation asked (1013, 0213)
    ("Washington pressured Kyiv to launch an investigation into the company.", "1013",
     {"USA"}, {"UKR"}),
    ("The European Union urged Malta to open an inquiry into the journalist's murder.", "0213",
     set(), {"MLT"}),
    # shooting down what flies is force (190), not small arms (193)
    ("French warships shot down two drones over the Red Sea.", "190", {"FRA"}, set()),
    ("British destroyers have been shooting missiles out of the sky.", "190", {"GBR"}, set()),
    ("Israeli soldiers shot two Palestinian protesters in the West Bank.", "193", {"ISR"},
     {"PSE"}),
    # cooperation of a named kind: economic (0311, 0211), military (0312, 0212), not aid
    ("China and Japan agreed to boost economic cooperation.", "0311", {"CHN", "JPN"}, set()),
    ("Russia and Iran pledged closer military cooperation.", "0312", {"RUS", "IRN"}, set()),
    ("Vietnam sought defence cooperation with India.", "0212", {"VNM"}, {"IND"}),
    ("Ukraine sought economic cooperation with Japan.", "0211", {"UKR"}, {"JPN"}),
    ("Russia pledged military aid to Syria.", "0332", {"RUS"}, {"SYR"}),
    ("France and Germany agreed to boost cooperation.", "032", {"FRA", "DEU"}, set()),
    # an agreement promised that ends a dispute: intent to settle (037)
    ("Kyiv hoped to reach an agreement with Poland to end the blockade.", "037", {"UKR"},
     {"POL"}),
    ("Serbia said it would sign a deal to settle the border dispute with Kosovo.", "037",
     {"SRB"}, set()),
    ("Japan said it would sign a deal with Australia.", "032", {"JPN"}, {"AUS"}),
    # a legislature endorsing a treaty ratifies it (057); others praise a deal (051)
    ("Hungary's parliament endorsed the treaty.", "057", {"HUN"}, set()),
    ("Germany endorsed the deal between Serbia and Kosovo.", "051", {"DEU"}, set()),
]
SPECIFIC_11_LOOK_ALIKES: list[str] = [
    "The film crew shot the rocket launch from a hill.",
    "A hobbyist shot his drone over the beach for a video.",
    "Visiting tourists met the mayor of Rome.",
]
ACTORS_11: list[tuple[str, str, set[str], set[str]]] = [
    # the one a "for" clause asks to act, a news outlet too
    ("The senator called for CNN to fire its anchor over the remarks.", "020", {"USA"},
     {"USA"}),
    ("Opposition MPs in Ankara called for the government to scrap the tax.", "0242", {"TUR"},
     {"TUR"}),
    ("Lawmakers called on the BBC to sack the presenter.", "020", {"GBR"}, {"GBR"}),
    # a politician, a business or union leader: a person of a kind
    ("A court in Minsk convicted the opposition politician of treason.", "116", {"BLR"},
     {"BLR"}),
    ("A Moscow court jailed the politician for nine years.", "116", {"RUS"}, {"RUS"}),
    ("Police in Dhaka arrested student leaders after the rally.", "173", {"BGD"}, {"BGD"}),
    # a political actor meeting a group of its country
    ("Putin met Russian business leaders in Moscow on Tuesday.", "040", {"RUS"}, {"RUS"}),
    ("Macron met French union leaders at the Elysee on Monday.", "040", {"FRA"}, {"FRA"}),
    # a body's inspectors and monitors stand for the body
    ("Iraq agreed to allow the return of UN weapons inspectors.", "0355", {"IRQ"}, {"IGOUNO"}),
    # a state's or province's government is its country's
    ("Goa's government announced three days of mourning for the former minister.", "017",
     {"IND"}, set()),
    ("Kerala police arrested two men over the attack on the temple.", "173", {"IND"}, set()),
]
ACTORS_11_LOOK_ALIKES: list[str] = [
    "She met her husband at a party in Paris.",
    "The president spoke to CNN about the war.",
    "He met his old friends for dinner in Rome.",
]
COOPERATE_11: list[tuple[str, str, set[str], set[str]]] = [
    # grief with the news verb read as an adverbial clause
    ("Modi said he was pained to hear about the death of the former minister.", "018",
     {"IND"}, set()),
    ("The Kenyan president said he was deeply pained to learn of the passing of the "
     "Tanzanian leader.", "018", {"KEN"}, {"TZA"}),
    # agreeing to an undertaking is an intent, partner or not
    ("The Security Council agreed to a one-year extension of the peacekeeping mission in "
     "Mali.", "030", {"IGOUNOSCN"}, set()),
    ("Ghana agreed to the proposal from Togo.", "030", {"GHA"}, set()),
    ("Israel agreed to a prisoner exchange.", "030", {"ISR"}, set()),
    ("Pakistan agreed to the handover of the suspects to India.", "030", {"PAK"}, set()),
    # accepting a proposal, showing willingness
    ("Chile accepted a proposal from Bolivia to end the border dispute.", "030", {"CHL"},
     {"BOL"}),
    ("The Sudanese government accepted the African Union peace plan.", "030", {"SDN"},
     {"IGOAFRAFU"}),
    ("Turkey has shown willingness to join the talks with Syria.", "030", {"TUR"}, set()),
    ("Bulgaria and Romania have shown interest in the Israeli project.", "030",
     {"BGR", "ROU"}, set()),
    # weighing a policy (014)
    ("The Indian government is reviewing its policy on Chinese investment.", "014", {"IND"},
     set()),
    ("The US is reassessing its approach to North Korea.", "014", {"USA"}, {"PRK"}),
    ("Germany will reconsider its ban on arms exports to Saudi Arabia.", "014", {"DEU"},
     {"SAU"}),
    ("The German chancellor said he would consider this.", "014", {"DEU"}, set()),
    # asking for something to be done
    ("The British government asked for the vote to be delayed.", "020", {"GBR"}, set()),
    ("French prosecutors asked for the trial to be postponed.", "020", {"FRA"}, set()),
    # relief handed over
    ("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Iran.", "073",
     {"CHE"}, set()),
    ("China handed over 500 tonnes of food to North Korea.", "073", {"CHN"}, {"PRK"}),
    ("Japan handed over aid supplies to Indonesia.", "070", {"JPN"}, {"IDN"}),
    # "whatever help we can" read with the help as the object of "can"
    ("\"We stand ready to provide whatever help we can to Brazil,\" tweeted Boris Johnson.",
     "033", {"GBR"}, {"BRA"}),
    ("Japan will send whatever aid it can to Turkey.", "033", {"JPN"}, {"TUR"}),
    # calling claims untrue is denying them
    ("The Kremlin said the reports were not true.", "016", {"RUS"}, set()),
    ("The Indian government said the report was untrue.", "016", {"IND"}, set()),
    ("The Kremlin said Ukraine's claims were false.", "016", {"RUS"}, {"UKR"}),
    # a life given to a cause, a lasting legacy: a tribute
    ("The Indian prime minister said Singh had dedicated his life to the nation.", "051",
     {"IND"}, {"IND"}),
    ("Kenya's foreign minister said Moi left a lasting legacy.", "051", {"KEN"}, {"KEN"}),
    ("The Chinese embassy said the accusations by Taiwan were baseless.", "016", {"CHN"},
     {"TWN"}),
    ("\"The reports are completely false,\" the Kremlin spokesman said.", "016", {"RUS"},
     set()),
]
COOPERATE_11_LOOK_ALIKES: list[str] = [
    "The Japanese official asked for his name to be withheld.",
    "The reporter asked for comment.",
    "I agreed to the interview.",
    "She agreed to a plan to sell the house.",
    "Scientists are exploring ways to cure cancer.",
    "The study showed interest in electric cars is growing in Germany.",
    "Erdogan's son said he was pained to hear the song again.",
    "The Canadian prime minister said he considers it a great honour.",
    "The Russian minister said the reports were true.",
    "Scientists said the report could be false.",
    "The Chilean president said Pinochet left a legacy of fear.",
    "The Kenyan minister said the firm devoted its life to profit.",
    "The French minister said she considered it important to talk to Russia.",
]
CONFLICT_11: list[tuple[str, str, set[str], set[str]]] = [
    # Facing prison after a charge: the accused is charged by their country's authorities.
    ("The former Pakistani prime minister faces up to 14 years in prison if convicted.", "173",
     {"PAK"}, {"PAK"}),
    ("The Russian activist faces five years in prison.", "173", {"RUS"}, {"RUS"}),
    ("The Egyptian blogger faces jail for insulting the president.", "173", {"EGY"}, {"EGY"}),
    ("If convicted, the Nigerian senator could face life in prison.", "173", {"NGA"}, {"NGA"}),
    # A bomb that goes off: the bombing falls on the place.
    ("A car bomb exploded near the Turkish embassy in Kabul.", "1832", set(), {"AFG"}),
    ("A bomb went off in a crowded market in Peshawar, Pakistan.", "183", set(), {"PAK"}),
    ("A roadside bomb exploded near a military convoy in Iraq.", "1833", set(), {"IRQ"}),
    # Kidnappers and assailants no one names: the place's unidentified attackers.
    ("Armed men abducted three French aid workers in Niger.", "181", {"NER"}, {"FRA"}),
    ("Unknown assailants kidnapped two Chinese engineers in Pakistan.", "181", {"PAK"},
     {"CHN"}),
    # A warrant "for" someone targets them.
    ("The International Criminal Court issued an arrest warrant for Russian President "
     "Vladimir Putin.", "173", set(), {"RUS"}),
    ("Iran issued arrest warrants for 36 people including Donald Trump.", "173", {"IRN"},
     {"USA"}),
    # Jailed for a crime: a sentence.
    ("Nine Pakistani men were jailed for fraud in Karachi.", "116", {"PAK"}, {"PAK"}),
    ("The Iranian activist was jailed for insulting the supreme leader.", "116", {"IRN"},
     {"IRN"}),
    # Attacks on people in the street; an attack made in a speech or a post is in words.
    ("The German man attacked a guard at the Turkish consulate in Berlin.", "180", {"DEU"},
     set()),
    ("Israeli settlers attacked Palestinian villagers in the West Bank.", "190", {"ISR"},
     {"PSE"}),
    ("The Hungarian prime minister attacked migrant workers in a speech.", "111", {"HUN"},
     set()),
    # A law or a veto used to do something: the user does it.
    ("EU regulators have used the new law to open a probe into Meta.", "090", set(),
     {"USA"}),
    ("Russia used its veto to block the UN resolution on Ukraine.", "129", {"RUS"}, set()),
    # Anger at a decision.
    ("Belgian shopkeepers are still fuming over the government's traffic plan.", "110",
     {"BEL"}, {"BEL"}),
    ("Beijing fumed at the Japanese decision to release the water.", "110", {"CHN"},
     {"JPN"}),
    ("Greek farmers chafe under the EU's new rules.", "110", {"GRC"}, set()),
    # Stabbings by someone unnamed: the place's unidentified attackers.
    ("A man stabbed three people in Hamburg on Friday.", "182", {"DEU"}, {"DEU"}),
    ("Two Israeli tourists were stabbed in Istanbul.", "182", {"TUR"}, {"ISR"}),
    ("A knifeman wounded four people at a school in France.", "182", {"FRA"}, set()),
    # Stripped of citizenship, the "of" read on the object.
    ("Nicaragua stripped 94 critics of their citizenship.", "172", {"NIC"}, set()),
    ("The Bahraini court stripped 138 people of their nationality.", "172", {"BHR"},
     {"BHR"}),
    # Envoys withdrawn from a country and talks cut off reduce relations.
    ("Israel withdrew its ambassador from Turkey.", "161", {"ISR"}, {"TUR"}),
    ("Bolivia withdrew its diplomats from Israel.", "161", {"BOL"}, {"ISR"}),
    ("China cut off military talks with the United States.", "164", {"CHN"}, {"USA"}),
    # An assassination with no killer named: the place's unidentified attackers.
    ("The Hamas leader was assassinated in Tehran.", "186", {"IRN"}, {"PSE"}),
    # A red notice for a wanted person; charged with a crime whose name holds "money".
    ("Interpol issued a red notice for the Venezuelan businessman.", "173", set(), {"VEN"}),
    ("Turkey sought an Interpol red notice for the Swedish journalist.", "173", {"TUR"},
     {"SWE"}),
    ("Prosecutors in Guatemala charged the journalist with money laundering.", "173",
     {"GTM"}, {"GTM"}),
]
CONFLICT_11_LOOK_ALIKES: list[str] = [
    "He spent ten years in prison in Egypt.",
    "The French team faces two years in the second division.",
    "The Brazilian economy faces years of stagnation.",
    "A gas cylinder exploded in a restaurant in Cairo.",
    "Protests exploded across Iran after the death.",
    "The alarm went off in the Kenyan parliament.",
    "Prices exploded in Argentina last year.",
    "The engine fumed over the hill.",
    "The US used the Chinese hackers to test its defences.",
    "The chef stabbed the steak with a fork in Paris.",
    "The wind stripped the trees of their leaves in Canada.",
    "The school issued a notice for parents in France.",
    "The bank charged customers with a fee in Kenya.",
    "Germany will fight against the climate crisis.",
]
LEAD_11: list[tuple[str, str, set[str], set[str]]] = [
    # a stabbing with no attacker named: unidentified attackers of the place, else of the
    # victims' country when the story is about it
    ("Four people were stabbed to death at a market in Lyon.", "1823", {"FRA"}, {"FRA"}),
    ("A Kazakh journalist was stabbed outside his home on Friday.", "182", {"KAZ"}, {"KAZ"}),
    ("British police officer John Reed was stabbed to death on Tuesday.", "1823", {"GBR"},
     {"GBR"}),
]
LEAD_11_LOOK_ALIKES: list[str] = [
    # firms leaving a market make no retreat
    "Several Western carmakers announced their withdrawal from Russia last year.",
    "Two German banks completed their exit from Iran.",
]
AUDIT_11: list[tuple[str, str, set[str], set[str]]] = [
    # a stabbing or knife attack that kills is an assault, not armed force
    ("A mass stabbing killed three people in Leeds.", "1823", {"GBR"}, {"GBR"}),
    ("A knifeman killed two Kenyan women in Nairobi.", "1823", {"KEN"}, {"KEN"}),
    # discussing with a partner stays a consultation
    ("The French president discussed Ukraine with the German chancellor.", "040", {"FRA"},
     {"DEU"}),
]
AUDIT_11_LOOK_ALIKES: list[str] = [
    # clashes with politicians are quarrels
    "The German charity has had repeated clashes with Italian politicians.",
    "The report led to clashes with lawmakers in Berlin.",
    # legal fights
    "His legal team has spent months fighting the Justice Department.",
    "The senator's lawyers fought the subpoena all the way to the Supreme Court.",
    # a knife taken from an attacker tells no knife attack
    "One man sprayed the attacker with a fire extinguisher, others struck him with their fists "
    "and took his knife.",
    # what one party discusses is a topic, not a partner
    "President Biden discussed his cabinet and the economy in the interview.",
    # yes-no questions tell no event
    "Had the government considered this before making the move?",
    "Did Putin meet Xi in Beijing?",
]
ACTORS_11_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a place of two countries' names follows the other places named
    ("A man was arrested in Norfolk after police in South London appealed for witnesses.",
     "173", {"GBR"}, {"GBR"}),
    ("A man was arrested in Norfolk after police in Virginia appealed for witnesses.",
     "173", {"USA"}, {"USA"}),
    # business leaders are a group of business, not of government
    ("Putin criticised Russian business leaders in Moscow on Tuesday.", "111", {"RUS"},
     {"RUS"}),
    # "the foreign ministers" after a phrase that named their countries
    ("The foreign ministers of Egypt, Greece and France met in Cairo. Turkey sent troops to "
     "Libya last week. The foreign ministers agreed to meet again on Crete.", "036",
     {"EGY", "GRC", "FRA"}, set()),
    # a deed is its doer's, not its victim's
    ("Canada condemned Russia's invasion of Ukraine.", "111", {"CAN"}, {"RUS"}),
    ("Albania denounced Serbia's crackdown on ethnic Albanians in Kosovo.", "111", {"ALB"},
     {"SRB"}),
    ("Germany criticised Israel's bombing of Gaza on Monday.", "111", {"DEU"}, {"ISR"}),
]
LEAD_11_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a withdrawal's "from" is the place left, its "of" those who leave
    ("Washington announced a troop withdrawal from Iraq.", "087", {"USA"}, {"IRQ"}),
    ("The withdrawal of Turkish forces from Libya was completed.", "087", {"TUR"}, {"LBY"}),
    ("Israel began its pullout from Gaza.", "087", {"ISR"}, {"PSE"}),
    ("France completed the withdrawal of its soldiers from Mali.", "087", {"FRA"}, {"MLI"}),
    ("Britain began the withdrawal of some combat forces from Afghanistan on Monday.", "087",
     {"GBR"}, {"AFG"}),
    # a soldier falls to an enemy the sentence does not name: no attackers of his own country
    ("A Russian soldier was killed on Tuesday.", "190", set(), {"RUS"}),
    # counterparts named by several countries' adjectives are one party each
    ("Sameh Shoukry met his Greek, Cypriot and French counterparts in Cairo.", "040", {"EGY"},
     {"GRC", "CYP", "FRA"}),
    # a word of a plan's name is no party's ("Good" of Turkey's Good Party)
    ("Belgian opposition leaders are fuming over the government's Good Move traffic scheme.",
     "110", {"BEL"}, {"BEL"}),
]

SPECIFIC_12: list[tuple[str, str, set[str], set[str]]] = [
    # an appeal or demand takes the kind of the act it asks for: a change of policy
    ("Opposition lawmakers urged the president of Kenya to veto the finance bill.", "0242",
     {"KEN"}, {"KEN"}),
    ("France urged Iran to reconsider its decision.", "0242", {"FRA"}, {"IRN"}),
    ("The United Nations urged Israel to halt settlement construction.", "0242", set(),
     {"ISR"}),
    ("Germany called on Poland to scrap the new media law.", "0242", {"DEU"}, {"POL"}),
    ("Doctors called on the government of Italy to impose a lockdown.", "0242", {"ITA"},
     {"ITA"}),
    ("Activists urged the government of Brazil to take action on deforestation.", "0242",
     {"BRA"}, {"BRA"}),
    # ... a release, asked in the passive ("for the statue to be returned")
    ("The deputy mayor of Leeds called for the statue to be returned.", "0253", {"GBR"},
     set()),
    ("Amnesty called for the prisoners to be freed in Bahrain.", "0253", set(), set()),
    ("The opposition called for the election to be held in Spain.", "020", {"ESP"}, set()),
    # ... respect for rights
    ("Britain called on Myanmar to uphold freedom of the press.", "0243", {"GBR"}, {"MMR"}),
    ("Sweden urged Belarus to respect the rights of protesters.", "0243", {"SWE"}, {"BLR"}),
    # ... a settlement
    ("Turkey urged Armenia and Azerbaijan to settle their differences.", "027", {"TUR"},
     {"ARM", "AZE"}),
    # asked not to attack: de-escalation; asked not to pardon: a policy, not a release
    ("The United States urged Russia not to attack Ukraine.", "0256", {"USA"}, {"RUS"}),
    ("Washington urged Israel not to launch a ground offensive.", "0256", {"USA"}, {"ISR"}),
    ("Officials in Peru pressured the president not to commute the sentence of the former "
     "leader.", "1042", {"PER"}, set()),
    # a rejected plan settles a dispute only when it is one; a truce deal rejected is a plan
    ("Kyrgyzstan rejected the proposal of Tajikistan.", "120", {"KGZ"}, {"TJK"}),
    ("Hamas rejected a proposed Israeli truce deal.", "127", set(), {"ISR"}),
    ("Russia rejected the peace proposal of Ukraine.", "127", {"RUS"}, set()),
    ("Israel rejected calls for a ceasefire.", "1246", {"ISR"}, set()),
    # investigations: of war crimes, of rights abuses, of illegal acts
    ("The ICC is investigating war crimes in Sudan.", "094", set(), set()),
    ("The UN opened an inquiry into alleged abuses by Ethiopian troops.", "092", set(), set()),
    ("The UN is investigating the air strike on the hospital in Yemen.", "093", set(), set()),
    ("Police in France are investigating the attack as an act of terrorism.", "091", {"FRA"},
     set()),
    ("French prosecutors are investigating the former minister for illegal campaign "
     "financing.", "091", {"FRA"}, {"FRA"}),
    # accusations of repression and of ceasefire violations
    ("The opposition accused the government of Uganda of a crackdown on dissent.", "1122",
     {"UGA"}, {"UGA"}),
    ("Human rights groups accused Egypt of arbitrary arrests.", "1122", set(), {"EGY"}),
    ("Azerbaijan accused Armenia of violating the ceasefire.", "1123", {"AZE"}, {"ARM"}),
    # an official complaint, unless filed in a court
    ("Mexico filed a formal complaint with the United States over the shooting.", "114",
     {"MEX"}, {"USA"}),
    ("The family filed a complaint in federal court against the city of Chicago.", "115",
     set(), {"USA"}),
    # threats: armed action, blockade, repression, penalties of office
    ("Iran threatened Israel with military action.", "138", {"IRN"}, {"ISR"}),
    ("China warned Taiwan that it would use force.", "138", {"CHN"}, {"TWN"}),
    ("Russia threatened to blockade Ukrainian ports.", "1381", {"RUS"}, set()),
    ("Iran threatened to close the Strait of Hormuz.", "1381", {"IRN"}, set()),
    ("The government of Nigeria warned the unions of a crackdown.", "137", {"NGA"}, set()),
    ("The president of Mexico threatened to fire the central bank governor.", "132",
     {"MEX"}, set()),
    # a bill voted down is rejected, not a plan to settle; a peace deal voted down is one
    ("The Senate of Chile voted against the bill.", "120", {"CHL"}, set()),
    ("Lawmakers in Ukraine voted against the peace agreement.", "127", {"UKR"}, set()),
    # a judge who jails sentences; jailed for a term or an offence is sentenced
    ("The judge jailed the man for contempt of court in Ireland.", "116", {"IRL"}, set()),
    ("The activist was jailed for a post on social media in Egypt.", "116", {"EGY"}, set()),
    ("Police jailed the protesters in Uganda.", "173", {"UGA"}, {"UGA"}),
    # a country's flights suspended or its planes kept out of the airspace: an embargo
    ("China suspended flights to Japan.", "163", {"CHN"}, {"JPN"}),
    ("Turkey closed its airspace to Israeli flights.", "163", {"TUR"}, {"ISR"}),
    ("Police closed the airport after a bomb threat in Mexico.", "172", {"MEX"}, set()),
    # a court's order to pay damages finds liable
    ("A court in Britain ordered the newspaper to pay damages.", "116", {"GBR"}, {"GBR"}),
    # outrage voiced is a denunciation; concern only disapproval
    ("France voiced outrage at the killing of its soldiers in Mali.", "111", {"FRA"}, set()),
    ("The government of Kenya expressed anger over the remarks of the Ugandan president.",
     "111", {"KEN"}, {"UGA"}),
    ("Germany expressed concern about the arrests in Georgia.", "110", {"DEU"}, set()),
    # look-alikes of the families, coded as the text says
    ("Farmers threatened to block the roads to the capital of Poland.", "133", set(), set()),
    ("The company threatened to close the factory in the port city.", "130", set(), set()),
    ("The United Nations urged Israel to stop the violence.", "020", set(), {"ISR"}),
    ("Police are investigating abuse at a children's home in Wales.", "090", {"GBR"}, set()),
    ("The president of Brazil called for an inquiry into the riots.", "020", {"BRA"}, set()),
    ("Police in Norway are investigating the attack on the mosque.", "090", {"NOR"}, set()),
    # an object's "into" phrase lends its verb no event of its own ("opened fire")
    ("Prosecutors in Spain opened an investigation into the fire at the warehouse.", "090",
     {"ESP"}, set()),
]

SPECIFIC_12_LOOK_ALIKES: list[str] = [
    "The museum rejected the proposal to extend its opening hours.",
]

ACTORS_12: list[tuple[str, str, set[str], set[str]]] = [
    # a party word takes the party of the story's country where it has one
    ("Conservative MPs in Canada criticised Prime Minister Justin Trudeau over the carbon tax "
     "in Canada.", "111", {"CAN"}, {"CAN"}),
    ("Labour MPs in New Zealand criticised Prime Minister Christopher Luxon, saying New "
     "Zealand deserved better.", "111", {"NZL"}, {"NZL"}),
    # a name several countries' bodies share is the body of the sentence's people
    ("Opposition leader Rahul Gandhi said Congress would oppose the farm laws passed by "
     "Prime Minister Narendra Modi's government.", "110", {"IND"}, set()),
    ("Brazilian President Lula said Congress must approve the budget before Brazil's "
     "election.", "1042", {"BRA"}, {"BRA"}),
    # an acronym the article spells out is that body, not a foreign one of the same letters
    ("Members of the Congressional Black Caucus wrote to the Labor Department. The CBC urged "
     "the department to act on layoffs.", "0242", {"USA"}, set()),
    # a body's acronym after another wording of its own name is still that body
    ("The International Atomic Energy Authority (IAEA) urged Iran to allow inspectors back.",
     "0255", {"IGOUNOIAE"}, {"IRN"}),
    # an adviser to a country's leader is that country's, "to" notwithstanding
    ("Mykola Petrenko, an adviser to the Ukrainian president, accused Russia of lying.",
     "112", {"UKR"}, {"RUS"}),
    # a march "in protest against" a party is aimed at that party
    ("Students marched in Tbilisi in protest against Russian influence.", "141", {"GEO"},
     {"RUS"}),
    ("Thousands of Armenians demonstrated in Yerevan in protest against Azerbaijan's "
     "offensive.", "141", {"ARM"}, {"AZE"}),
]

ACTORS_12_LOOK_ALIKES: list[str] = [
    "The premier of Ontario spent the weekend at his cottage.",
    "Labour MPs in New Zealand returned to parliament on Tuesday.",
    "Conservative groups held a picnic in Ottawa.",
    "Congress in India has a long history.",
    "Nir Oz is a kibbutz close to the Gaza Strip.",
]

COOPERATE_12: list[tuple[str, str, set[str], set[str]]] = [
    # sums of money given, deposited or contributed (071)
    ("Kuwait gave $300 million to Jordan.", "071", {"KWT"}, {"JOR"}),
    ("Norway contributed $15 million to the World Food Programme.", "071", {"NOR"}, set()),
    ("The UAE deposited $2 billion in Egypt's central bank.", "071", {"ARE"}, set()),
    ("Germany provided 500 million euros to Moldova.", "071", {"DEU"}, {"MDA"}),
    ("Japan pledged $700 million to Bangladesh.", "0331", {"JPN"}, {"BGD"}),
    ("Saudi Arabia has set aside $1 billion in aid for Sudan.", "071", {"SAU"}, set()),
    ("Qatar bankrolled the rebuilding of Lebanon's port.", "071", {"QAT"}, set()),
    # more aid, support-verb and measure wordings
    ("Britain stepped up its military assistance to Estonia.", "072", {"GBR"}, {"EST"}),
    ("Canada ramped up aid to Haiti.", "070", {"CAN"}, {"HTI"}),
    ("Jordan sent 150 trucks of aid to Gaza.", "070", {"JOR"}, {"PSE"}),
    ("Greece sent firefighting planes to Albania.", "073", {"GRC"}, {"ALB"}),
    ("Turkey rushed rescue teams to Morocco after the quake.", "073", {"TUR"}, {"MAR"}),
    ("Poland handed over tanks and howitzers to Ukraine.", "072", {"POL"}, {"UKR"}),
    ("The United States provided security assistance to the Philippines.", "072", {"USA"},
     {"PHL"}),
    # open to, ready for talks or cooperation: an intent (036, 031)
    ("Moscow said it was open to talks with Kyiv.", "036", {"RUS"}, {"UKR"}),
    ("Venezuela is ready for dialogue with Guyana.", "036", {"VEN"}, {"GUY"}),
    ("Seoul remains open to negotiations with Pyongyang.", "036", {"KOR"}, {"PRK"}),
    ("Hanoi said it was ready for cooperation with Canberra.", "031", {"VNM"}, {"AUS"}),
    # an invitation accepted: the visit's host is the target (036)
    ("The Kenyan president accepted an invitation to visit Japan.", "036", {"KEN"}, {"JPN"}),
    ("Lula accepted an invitation to meet Macron in Paris.", "036", {"BRA"}, {"FRA"}),
    # a headline's first party before a comma
    ("Egypt, Turkey agree to restore ties", "032", {"EGY", "TUR"}, set()),
    ("Brazil, Argentina vow closer cooperation", "031", {"BRA", "ARG"}, set()),
    # raised subjects of planned visits
    ("The Spanish king is scheduled to travel to Morocco.", "036", {"ESP"}, {"MAR"}),
    ("The Turkish president is expected to visit Iraq next week.", "036", {"TUR"}, {"IRQ"}),
    ("The Qatari emir is set to meet the Kenyan president in Nairobi.", "036", {"QAT"},
     {"KEN"}),
    # an agreement or truce qualified by its participle
    ("The accord signed by Ethiopia and Eritrea ended the war.", "057", {"ETH", "ERI"}, set()),
    ("Under the deal signed between Kazakhstan and China, gas exports will rise.", "057",
     {"KAZ", "CHN"}, set()),
    ("The treaty ratified by Chile and Peru settles the maritime border.", "057",
     {"CHL", "PER"}, set()),
    # thanks, congratulations, overtures in other words
    ("Armenia voiced gratitude to France for its support.", "051", {"ARM"}, {"FRA"}),
    ("The Indian prime minister extended his congratulations to the Maldivian president.",
     "051", {"IND"}, {"MDV"}),
    ("The Chinese president sent a congratulatory message to the new Vietnamese leader.", "051",
     {"CHN"}, {"VNM"}),
    ("Japan made overtures to North Korea.", "030", {"JPN"}, {"PRK"}),
    ("The Thai foreign minister affirmed the kingdom's support for Cambodia.", "032",
     {"THA"}, set()),
    ("Spain thanks Portugal for help in wildfire probe", "051", {"ESP"}, {"PRT"}),
    # settling differences, yielding in other words
    ("Ghana and Togo agreed to resolve their maritime dispute.", "037", {"GHA", "TGO"}, set()),
    ("Thailand and Cambodia vowed to settle their differences peacefully.", "037",
     {"THA", "KHM"}, set()),
    ("Canada dropped its WTO complaint against India.", "080", {"CAN"}, set()),
    ("Japan suspended joint military drills with Taiwan.", "087", {"JPN"}, {"TWN"}),
    # welcoming an accord between two parties, supplies let in
    ("The African Union welcomed the truce between Sudan and South Sudan.", "051", set(),
     {"SDN", "SSD"}),
    ("Egypt allowed fuel trucks into Gaza.", "0863", {"EGY"}, {"PSE"}),
    # meetings in other words: passive with "between", "be" on a visit or in a place for talks
    ("Talks were held between the Kenyan and Ethiopian foreign ministers in Addis Ababa.",
     "040", {"KEN", "ETH"}, set()),
    ("Greek and Turkish diplomats sat down for talks in Athens.", "040", {"GRC", "TUR"}, set()),
    ("The Nepali prime minister is on a four-day visit to China.", "042", {"NPL"}, {"CHN"}),
    ("The Emirati foreign minister was in Damascus for talks with the Syrian president.",
     "040", {"ARE"}, {"SYR"}),
    # joint bodies, hotlines, shared views, options weighed
    ("Brazil and Paraguay set up a joint working group on border security.", "060",
     {"BRA", "PRY"}, set()),
    ("China and Japan reopened a defence hotline.", "050", {"CHN", "JPN"}, set()),
    ("Oman and Iran see eye to eye on shipping in the Gulf.", "019", {"OMN", "IRN"}, set()),
    ("Canada is weighing a ban on Chinese electric cars.", "014", {"CAN"}, set()),
    # a need stressed is an appeal for the act needed
    ("The Qatari emir stressed the need for a political solution in Libya.", "027", {"QAT"},
     set()),
    ("The Pakistani foreign minister emphasised the importance of dialogue with India.", "026",
     {"PAK"}, {"IND"}),
    ("Algeria underlined the need to resume talks with Morocco.", "026", {"DZA"}, {"MAR"}),
    ("Germany stressed the need for humanitarian aid to Sudan.", "0233", {"DEU"}, {"SDN"}),
    # a state's "it" in its own reported words, money released
    ("Korea said it was grateful to Vietnam for its donation.", "051", {"KOR"}, {"VNM"}),
    ("The World Bank released $600 million to Ethiopia.", "071", set(), {"ETH"}),
    ("Uzbekistan and Kyrgyzstan established a joint border commission.", "060",
     {"UZB", "KGZ"}, set()),
]

COOPERATE_12_LOOK_ALIKES: list[str] = [
    "Microsoft offered $44 billion for the software company.",
    "The museum is open to visitors on Sundays.",
    "The conference room is ready for the meeting.",
    "The contract signed by the footballer runs until 2026.",
    "Friday, the shop gave $5 to every customer.",
    "The new stadium is expected to host the final.",
    "The charity said it was ready to help families fight the floods.",
    "The Japanese team sat down for dinner.",
    "The singer is on a world tour.",
    "She weighed the bag on the scale.",
    "The school suspended its fire drills.",
    "The coach stressed the importance of defence.",
    "The doctor stressed the need for rest.",
    "The studio released the film.",
    "The Italian bishop stressed the importance of small-group discussions in the parish.",
]

CONFLICT_12: list[tuple[str, str, set[str], set[str]]] = [
    # fighting told as breaking out, its sides on the verb
    ("Clashes erupted between Armenian and Azerbaijani troops on the border.", "190",
     {"ARM", "AZE"}, set()),
    ("Fighting broke out between Sudanese army and paramilitary forces in Khartoum.", "190",
     {"SDN"}, set()),
    ("Heavy fighting raged between Russian and Ukrainian forces around Avdiivka.", "190",
     {"RUS", "UKR"}, set()),
    ("Fierce battles raged between the army and Islamist rebels in northern Mali.", "190",
     {"MLI"}, set()),
    # a list of demands
    ("Saudi Arabia presented a list of demands to Qatar.", "100", {"SAU"}, {"QAT"}),
    # routes closed, agreements revoked
    ("Azerbaijan closed the Lachin corridor.", "172", {"AZE"}, set()),
    ("Niger's junta revoked military cooperation agreements with France.", "160", {"NER"},
     {"FRA"}),
    ("Mali rescinded its defence accord with France.", "160", {"MLI"}, {"FRA"}),
    # armed forces going into a country
    ("Turkish troops entered northern Syria on Wednesday.", "190", {"TUR"}, {"SYR"}),
    ("Ethiopian troops crossed into Somalia.", "190", {"ETH"}, {"SOM"}),
    ("Russian forces pushed into the Kharkiv region.", "190", {"RUS"}, {"UKR"}),
    ("Pakistani militants infiltrated Indian Kashmir.", "190", {"PAK"}, {"IND"}),
    # countermeasures promised, people taken away
    ("China said it would take countermeasures against Lithuania.", "130", {"CHN"}, {"LTU"}),
    ("Russia vowed countermeasures against Finland.", "130", {"RUS"}, {"FIN"}),
    ("Chinese police took away a Hong Kong activist.", "173", {"CHN"}, {"HKG"}),
    # blasts that rock a city, places hit
    ("A bomb blast rocked the Pakistani city of Quetta.", "183", {"PAK"}, {"PAK"}),
    ("A suicide bombing ripped through a crowd in Kabul.", "183", {"AFG"}, {"AFG"}),
    ("Russian artillery hammered Ukrainian positions near Kupiansk.", "194", {"RUS"},
     {"UKR"}),
    ("The Russian embassy in Kabul was hit by a suicide bomber.", "1831", {"AFG"}, {"RUS"}),
    # dissent crushed, hostages held, churches set ablaze
    ("Beijing pledged to crush the separatist movement in Xinjiang.", "137", {"CHN"}, set()),
    ("Iranian security forces crushed the strike in Tehran.", "175", {"IRN"}, set()),
    ("Militants held dozens of Algerian workers hostage at the gas plant.", "181", {"DZA"},
     set()),
    ("Armed men set ablaze a church in northern Nigeria.", "1712", set(), {"NGA"}),
    # armed men who clash with the police fight; protesters who do riot
    ("Gunmen clashed with police in Karachi.", "190", {"PAK"}, {"PAK"}),
    ("Rebels clashed with riot police in Bamako.", "190", {"MLI"}, {"MLI"}),
    ("Opposition supporters clashed with police in Dhaka.", "145", {"BGD"}, {"BGD"}),
    # a protest drawn from a state is its complaint; from a crowd, a demonstration
    ("The arrest of a Russian journalist in Poland prompted a protest from Moscow.", "114",
     {"RUS"}, set()),
    ("The decision drew a formal protest from the Japanese government.", "114", {"JPN"},
     set()),
    ("The ruling drew a protest from students in Dhaka.", "141", {"BGD"}, set()),
    # persona non grata however parsed; carriers sent
    ("Russia declared the German ambassador persona non grata.", "174", {"RUS"}, {"DEU"}),
    ("The Nigerien junta declared the French ambassador persona non grata.", "174", {"NER"},
     {"FRA"}),
    ("The United States sent an aircraft carrier to South Korea.", "154", {"USA"}, {"KOR"}),
]

CONFLICT_12_LOOK_ALIKES: list[str] = [
    "The two teams clashed in the semi-final in Madrid.",
    "Rival fans clashed in Madrid.",
    "Her new album was shot in Morocco.",
    "The Canadian startup is investigating new battery materials.",
    "Scientists probed the surface of Mars.",
    "The Turkish president entered Syria for talks.",
    "Thousands of migrants crossed into Poland from Belarus.",
    "The company moved into the Indian market.",
    "The Indian army entered the final of the tournament.",
    "The mother took away the children to Spain.",
    "A gas blast rocked a residential building in Moscow.",
    "A blast at a chemical plant rocked the Chinese city of Tianjin.",
    "The corruption scandal rocked the Pakistani government.",
    "The news shook the French capital.",
    "Inflation hit the Turkish capital hard.",
    "The Chinese boxer hammered his Russian opponent.",
    "Storms hammered the French city of Nice.",
    "The Chinese team crushed the attempt by Japan to equalise.",
    "The striker set the match ablaze with two goals in Madrid.",
    "The airline deployed a new carrier on the route to Japan.",
    "Chinese spies infiltrated the German parliament.",
]

SOURCES_12: list[tuple[str, str, set[str], set[str]]] = [
    # "his/her government" in what a named person says is that person's state
    ("Olaf Scholz said his government would send tanks to Ukraine.", "0332", {"DEU"}, {"UKR"}),
    ("Sheikh Hasina said her government would ask India for help.", "023", {"BGD"}, {"IND"}),
    ("Emmanuel Macron said his government would impose sanctions on Iran.", "1312", {"FRA"},
     {"IRN"}),
    # "our government/country/troops" in a quote is the speaker's state
    ("\"Our government will not recognise Kosovo,\" said the Serbian president.", "120",
     {"SRB"}, {"XKX"}),
    ("\"Our country will support Kenya,\" said the Japanese foreign minister.", "032", {"JPN"},
     {"KEN"}),
    ("\"Our troops will withdraw from Mali,\" Macron said.", "0356", {"FRA"}, {"MLI"}),
    ("\"Our nation condemns the attack on Israel,\" said the Italian prime minister.", "111",
     {"ITA"}, set()),
    # a gerund after "after", "since", "upon" is done by the main clause's subject
    ("After meeting Biden, Xi said he hoped for better ties with Washington.", "040", {"CHN"},
     {"USA"}),
    ("Upon arriving in Moscow, Kim Jong Un praised Russia's army.", "042", {"PRK"}, {"RUS"}),
    # a passive's "by" agent when the parser cut the participle from its "was"
    ("The resolution was, after hours of debate on Tuesday, rejected by China.", "120", {"CHN"},
     set()),
    # "they" after "arrested X after ..." is the one arrested; a plural group the parser
    # took for a person is still "they"
    ("Turkish police arrested 15 Syrian migrants after they attacked a police station in "
     "Istanbul.", "180", {"SYR"}, {"TUR"}),
    ("The US sanctioned two Chinese firms because they supplied drones to Russia.", "072",
     {"CHN"}, {"RUS"}),
    ("Egypt condemned Israel after it bombed a school in Gaza.", "195", {"ISR"}, set()),
    ("The Houthis seized a ship in the Red Sea and said they would attack more Israeli vessels.",
     "138", {"YEM"}, {"ISR"}),
    # students, teachers and journalists strike as persons, not as schools or newsrooms
    ("A student opened fire on classmates in Prague.", "180", {"CZE"}, set()),
    ("A teacher stabbed a pupil in Stockholm.", "182", {"SWE"}, set()),
    ("A journalist punched a police officer in Belgrade.", "182", {"SRB"}, {"SRB"}),
    # "she" after a quoted word, outside the quote, is still the speaker
    ("Jacinda Ardern said a ban could be \"inevitable\" and that she would ask Australia to "
     "join it.", "020", {"NZL"}, {"AUS"}),
]

SOURCES_12_LOOK_ALIKES: list[str] = [
    "\"Our country has many problems,\" said the Serbian president.",
    "\"Our government is in crisis,\" said the Serbian president.",
    "After meeting fans, the singer thanked the crew.",
    "A university announced its withdrawal from Russia.",
    "The novel flips back and forth in time, as Hartley recalls his first visit to Vienna in 1938.",
    "Macron recalled his visit to Algeria.",
    "The school would need board approval before filing a complaint against its conference.",
    "The stepfather told reporters: \"He got $750,000 after killing four people, our children.\"",
]

#: (headline, sentence, code, source countries, target countries): a sentence read under the
#: headline of its story, as the held-out sentences are.
SOURCES_12_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    # a role with no name in a story the headline places in one country is that country's
    ("Chile raises minimum wage", "The labour minister thanked Peru for its advice.", "051",
     {"CHL"}, {"PER"}),
    ("Chile raises minimum wage", "The foreign ministry summoned the Argentine ambassador.",
     "114", {"CHL"}, {"ARG"}),
    ("Floods hit Bangladesh", "The government asked India for help.", "023", {"BGD"}, {"IND"}),
    ("Nigerian senate passes budget", "The president urged Ghana to reopen the border.", "0251",
     {"NGA"}, {"GHA"}),
    # "he" or "she" with no person named: someone of the headline's country, unless the act
    # falls on that country itself
    ("Brazilian environment minister resigns", "She said she would ask Norway to resume funding.",
     "020", {"BRA"}, {"NOR"}),
    ("Mexico elects new president", "He threatened to cut aid to Honduras.", "1311", {"MEX"},
     {"HND"}),
    ("Mexico elects new president", "He threatened to impose tariffs on Honduras.", "1312",
     {"MEX"}, {"HND"}),
    # an agentless passive of the headline's kind is the headline's doers' act, unless it
    # falls on their own side
    ("US imposes new sanctions on Iran", "Sanctions were imposed on Iranian oil exports on "
     "Monday.", "163", {"USA"}, {"IRN"}),
    ("Israel strikes Gaza after rocket fire", "Two Israeli soldiers were killed on Monday.",
     "190", set(), {"ISR"}),
    # a headline naming two countries places no one; a role named with its country keeps it
    ("Chile and Peru sign trade pact", "The labour minister thanked Bolivia for its advice.",
     "051", set(), {"BOL"}),
    ("Kenya bans plastic bags", "The Ugandan government criticised the ban.", "111", {"UGA"},
     {"KEN"}),
    ("Mexico elects new president", "US officials accused Mexico of interference.", "1123",
     {"USA"}, {"MEX"}),
    ("Brazilian environment minister resigns", "He threatened to impose sanctions on Brazil.",
     "1312", set(), {"BRA"}),
]

LEAD_12: list[tuple[str, str, set[str], set[str]]] = [
]

LEAD_12_LOOK_ALIKES: list[str] = [
]

AUDIT_12: list[tuple[str, str, set[str], set[str]]] = [
    # a disappearance is a rights abuse only when enforced
    ("Greece is investigating the disappearance of a Turkish fishing boat.", "090", {"GRC"},
     {"TUR"}),
    ("The UN is investigating the enforced disappearance of activists in Belarus.", "092",
     set(), {"BLR"}),
    # troops that move into a country with their own subject still invade
    ("Russian troops crossed the border and moved into eastern Ukraine.", "190", {"RUS"},
     {"UKR"}),
    # agreeing to resolve differences stays an act; a way to resolve them is none
    ("Turkey and Armenia agreed to resolve their differences.", "037", {"TUR", "ARM"}, set()),
    # a place named on aid another gives is where it goes
    ("Germany will increase Ukraine aid next year.", "033", {"DEU"}, {"UKR"}),
    ("The EU agreed to step up Syria aid.", "033", set(), {"SYR"}),
    # "accused X of saying he ...": he is the one accused
    ("Erdogan accused Macron of saying he would ban Turkish imams.", "132", {"FRA"}, {"TUR"}),
    # a release from custody stays one
    ("Erdogan called for the release of the Turkish journalists from Israeli custody.", "0253",
     {"TUR"}, set()),
]

AUDIT_12_LOOK_ALIKES: list[str] = [
    # a release from a club or a contract frees no captive
    "After asking for his release from Juventus, the midfielder signed with Benfica.",
    "The striker asked for his release from his contract and joined Benfica.",
    "After asking for his release from Impact Wrestling, Kowalski signed with a Japanese "
    "promotion in Tokyo.",
    # a way open to two nations is no act of theirs
    "Collins said the best way for Turkey and Armenia to resolve their differences was "
    "dialogue.",
    "Analysts see talks as the only way for Serbia and Kosovo to settle their differences.",
    # "and Chad would be moving": the second verb's subject, misread as an object
    "The statement said French troops had defeated the rebels and Chad would be moving into "
    "the north.",
]

ACTORS_12_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a kibbutz is Israel's, whatever border it lies near
    ("Senator Lindsey Graham toured Nahal Oz, a kibbutz on the edge of the Gaza Strip.",
     "042", {"USA"}, {"ISR"}),
    ("Senator Lindsey Graham visited Nir Oz, a kibbutz close to the Gaza Strip.", "042",
     {"USA"}, {"ISR"}),
    # a province of millions, not a foreign town of its name
    ("Ontario's premier criticised Prime Minister Justin Trudeau.", "111", {"CAN"}, {"CAN"}),
    ("The premier of Ontario accused Prime Minister Justin Trudeau of ignoring the "
     "province.", "112", {"CAN"}, {"CAN"}),
    # a cause word before a group, in a story of a country with no such party: a creed
    ("Conservative activists in the United States accused President Biden of weakness.",
     "111", {"USA"}, {"USA"}),
    ("Conservative groups in the United States criticised President Biden.", "111", {"USA"},
     {"USA"}),
    # with no such story, the party word keeps its own party
    ("Labour MPs criticised the Israeli government.", "111", {"GBR"}, {"ISR"}),
    # a person the text does not place takes no country from the one he sends people to
    ("Home Secretary Robert Jenrick said he would deport migrants to Rwanda.", "132", set(),
     {"RWA"}),
    ("Rahul Gandhi said Congress would oppose the new law proposed by Prime Minister Narendra "
     "Modi.", "110", {"IND"}, {"IND"}),
]


def test_the_body_a_country_acts_in_is_the_other_side(runner: Any) -> None:
    """With no target, an international body the sentence names is the other side of a
    country's act ("backed a draft resolution at the United Nations"), not the country."""
    evs = [e for e in events(runner, "France backed a draft resolution at the United Nations "
                                     "calling for a truce.") if e.code == "051"]
    assert evs and [a.actor_code for a in evs[0].implied_targets] == ["IGOUNO"]


SOURCES_12_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # "he" in a quote is not its speaker
    ("\"He is a liar who attacked our country,\" Erdogan said of Netanyahu.", "190", set(),
     {"TUR"}),
    ("Erdogan said he had asked Putin to reopen the grain corridor.", "020", {"TUR"}, {"RUS"}),
    ("Kenyan police arrested 40 protesters after they attacked a police station in Nairobi.",
     "173", {"KEN"}, {"KEN"}),
    # "students stabbing suspect": the suspect in a stabbing, no students who stab
    ("Prosecutors asked for the students stabbing suspect's trial to take place in June.", "020",
     set(), set()),
]

LEAD_12_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a sovereign or a pope named by style and given name is the one person known by both
    ("Pope Francis urged Israel and Hamas to agree a ceasefire.", "0256", {"VAT"},
     {"ISR", "PSE"}),
    ("King Charles praised Kenya's recovery.", "051", {"GBR"}, {"KEN"}),
    ("Pope Leo XIV called on Russia to free Ukrainian prisoners.", "0253", {"VAT"},
     {"RUS", "UKR"}),
    # diplomats expelled are individuals expelled (174), troops sent away 166
    ("Estonia expelled a Russian diplomat on Friday.", "174", {"EST"}, {"RUS"}),
    ("Mali ordered French troops to leave the country.", "166", {"MLI"}, {"FRA"}),
]

SPECIFIC_13: list[tuple[str, str, set[str], set[str]]] = [
    # an appeal or demand for an end, a pause or a lifting takes the kind of what is ended
    ("The African Union called for an end to the fighting in Sudan.", "0256", set(), set()),
    ("Norway called for a pause in the fighting in Gaza.", "0256", {"NOR"}, set()),
    ("Pope Francis appealed for a cessation of hostilities in Lebanon.", "0256", {"VAT"},
     set()),
    ("Qatar renewed calls for an end to the Israeli offensive.", "0256", {"QAT"}, set()),
    ("Spain called for a halt to Russian air strikes on Ukrainian cities.", "0256", {"ESP"},
     set()),
    ("Mexico called for the lifting of the US embargo on Cuba.", "0254", {"MEX"}, set()),
    ("Belarus demanded the lifting of European sanctions.", "1054", {"BLR"}, set()),
    ("France called for the removal of tariffs on its wine.", "0254", {"FRA"}, set()),
    ("Ethiopian lawyers called for an end to the curfew in Addis Ababa.", "0251", {"ETH"},
     set()),
    ("The opposition in Bangladesh demanded an end to the state of emergency.", "1051",
     {"BGD"}, set()),
    ("Workers in Kenya demanded an end to the war in Sudan.", "1056", {"KEN"}, set()),
    ("Unions in France called for an end to the strikes.", "0252", {"FRA"}, set()),
    # the withdrawal of a bill asked is a change of policy; of troops, de-escalation (appeal)
    # or a demanded withdrawal (106); changes to a law and tougher penalties are policy
    ("Students in Bangladesh demanded the withdrawal of the quota law.", "1042", {"BGD"},
     set()),
    ("Traders in Ghana called for the withdrawal of the new levy and the law.", "0242",
     {"GHA"}, set()),
    ("Armenia demanded the withdrawal of Azerbaijani troops.", "106", {"ARM"}, set()),
    ("The Arab League called for the withdrawal of foreign forces from Syria.", "0256",
     set(), set()),
    ("The Liberal Democrats called for changes to the asylum law.", "0242", {"GBR"}, set()),
    ("Road safety groups in Ireland called for tougher penalties for speeding.", "0242",
     {"IRL"}, set()),
    # a rejected call or demand takes the kind of the act it asks
    ("Washington rejected calls to lift sanctions on Venezuela.", "1244", {"USA"}, set()),
    ("Moscow rejected demands to withdraw its troops from Georgia.", "1246", {"RUS"}, set()),
    ("Israel dismissed calls for an end to the siege.", "1246", {"ISR"}, set()),
    ("The Thai government rejected calls to lift the curfew.", "1241", {"THA"}, set()),
    ("The Serbian government rejected opposition demands for early elections.", "123",
     {"SRB"}, set()),
    ("Tehran refused to return the seized tanker to Greece.", "1243", {"IRN"}, {"GRC"}),
    # asked to hold elections (024), to refrain from violence (0256); extradition (0213)
    ("The United States urged Mali's junta to hold free elections.", "024", {"USA"},
     {"MLI"}),
    ("India urged Pakistan to refrain from provocative actions on the border.", "0256",
     {"IND"}, {"PAK"}),
    ("Greece called for the extradition of the suspects from Turkey.", "0213", {"GRC"}, set()),
    # threatened assaults are unconventional violence (1383), fire of arms a conventional
    # attack (1384); lawsuits and vetoes threaten no force (131); frozen funds are aid (1311)
    ("Boko Haram threatened to kidnap more schoolgirls in Nigeria.", "1383", {"NGA"}, set()),
    ("Hezbollah threatened to fire rockets at Haifa.", "1384", {"LBN"}, set()),
    ("Israel threatened to launch air strikes on Damascus.", "1384", {"ISR"}, set()),
    ("Microsoft threatened legal action against the British regulator.", "131", {"USA"},
     set()),
    ("China threatened to veto the Security Council resolution.", "131", {"CHN"}, set()),
    ("The governor of Texas threatened to sue the Biden administration.", "131", {"USA"},
     set()),
    ("The European Commission threatened Slovakia with a freeze of funds.", "1311", set(),
     {"SVK"}),
    # a warning of the warner's own act announced ("warned that it would ...") threatens it
    ("The European Union warned that it would impose new sanctions on Iran.", "1312",
     {"EUR"}, {"IRN"}),
    ("Washington warned Cairo that it could suspend military aid.", "1311", {"USA"},
     {"EGY"}),
    ("Beijing warned that it would take military action against the Philippines.", "138",
     {"CHN"}, set()),
    ("Pyongyang warned that it would respond with nuclear weapons.", "1385", {"PRK"}, set()),
    ("Tehran warned that Israel would face a crushing response.", "138", {"IRN"}, set()),
    ("Serbia warned that it would cut diplomatic ties with Montenegro.", "1313", {"SRB"},
     {"MNE"}),
    # investigations over an alleged wrong are of a crime
    ("Italian prosecutors opened an investigation into the minister over alleged misuse of "
     "public funds.", "091", {"ITA"}, set()),
    ("Peru's police investigated the former president for an alleged coup plot.", "091",
     {"PER"}, set()),
    ("The FBI is investigating the cyberattack on the hospital.", "091", {"USA"}, set()),
    # accusations of a named kind of wrong: harassing ships is aggression, vote buying and
    # sexual harassment crimes, excessive force an abuse, chemical weapons a war crime
    ("Malaysia accused Chinese coast guard ships of harassing its fishermen.", "1123",
     {"MYS"}, {"CHN"}),
    ("Zambia's opposition accused the ruling party of buying votes.", "1121", {"ZMB"}, set()),
    ("The former Peruvian minister was accused of sexual harassment.", "1121", set(), {"PER"}),
    ("Human Rights Watch accused police in Uganda of using excessive force.", "1122", set(),
     {"UGA"}),
    ("France accused the Syrian army of using chemical weapons.", "1124", {"FRA"}, {"SYR"}),
    ("Prosecutors in Chile alleged that the senator laundered money.", "1121", {"CHL"}, set()),
    # look-alikes that keep the generic code: the thing ended names no kind
    ("Norway called for an end to the crisis in Haiti.", "025", {"NOR"}, set()),
    ("The Chilean government urged an end to the strikes.", "025", {"CHL"}, set()),
    ("Houthi rebels threatened to attack ships in the Red Sea.", "138", {"YEM"}, set()),
    ("The regulator in Britain investigated the bank over its handling of complaints.", "090",
     {"GBR"}, set()),
    ("Beijing rejected calls for an independent inquiry.", "120", {"CHN"}, set()),
    ("Seoul threatened to suspend talks with Tokyo.", "134", {"KOR"}, {"JPN"}),
    ("Colombia accused Venezuela of harbouring rebels.", "112", {"COL"}, {"VEN"}),
    ("Moscow warned that Finland would face consequences.", "130", {"RUS"}, set()),
    ("The opposition in Malawi called for reforms.", "024", {"MWI"}, set()),
    ("The United States warned that Russia could use chemical weapons.", "130", {"USA"},
     set()),
    ("The opposition in Ghana alleged that the ruling party lied to voters.", "112", {"GHA"},
     set()),
]
SPECIFIC_13_LOOK_ALIKES: list[str] = [
    "The season came to an end in May.",
    "Fans called for the lifting of the trophy at the end of the match.",
    "The storm threatened to flood the coastal towns of Florida.",
    "Rising debt threatened the economy of Argentina.",
]
ACTORS_13: list[tuple[str, str, set[str], set[str]]] = [
    # two countries named by their compass words before one shared name
    ("South and North Korea exchanged artillery fire near the border.", "193",
     {"KOR", "PRK"}, set()),
    ("Troops from North and South Korea clashed at the border.", "190", {"KOR", "PRK"}, set()),
    # the Pope and the pontiff are the Holy See's
    ("The Pope condemned the executions in Iran.", "111", {"VAT"}, {"IRN"}),
    ("The pontiff urged Russia and Ukraine to exchange prisoners.", "0253", {"VAT"},
     {"RUS", "UKR"}),
    # British royals by style and given name or by title
    ("Prince William visited British troops in Estonia.", "042", {"GBR"}, set()),
    ("The Princess of Wales praised Kenya's conservation efforts.", "051", {"GBR"}, {"KEN"}),
    # "eastern Congo" and a Congo whose groups and towns are the Democratic Republic's
    ("Rebels attacked a village in eastern Congo, killing twelve soldiers.", "190",
     {"COD"}, {"COD"}),
    ("M23 rebels seized the town of Bunagana in Congo.", "192", {"COD"}, {"COD"}),
    # a court in The Hague is a world court, not the Netherlands', nor William Hague
    ("The court in The Hague ordered Israel to prevent genocide.", "100", {"IGOUNOICJ"},
     {"ISR"}),
    ("Ukraine asked the court in The Hague to order Russia to halt its invasion.", "020",
     {"UKR"}, {"IGOUNOICJ"}),
    ("Judges in The Hague issued an arrest warrant for the Russian president.", "173",
     {"IGOICC"}, {"RUS"}),
    # a group named by two coordinated parties is each of them
    ("Israeli and Hezbollah forces exchanged fire across the border.", "193",
     {"ISR", "LBN"}, set()),
    ("US and Iraqi forces killed a senior al-Qaeda commander.", "190", {"USA", "IRQ"},
     {"IMG"}),
    # a junta governs
    ("The junta in Niger expelled the French ambassador.", "174", {"NER"}, {"FRA"}),
    ("The military junta in Myanmar arrested dozens of protesters.", "173", {"MMR"}, {"MMR"}),
    # "the kingdom": the one the story named
    ("Saudi Arabia hosted the summit in Riyadh. The kingdom condemned the Israeli strikes.",
     "111", {"SAU"}, {"ISR"}),
    ("Saudi Arabia hosted the summit. The oil-rich kingdom pledged aid to Sudan.", "033",
     {"SAU"}, {"SDN"}),
    # a chief acts for the body named on him
    ("The UN chief urged Israel to allow aid into Gaza.", "0255", {"IGOUNO"}, {"ISR"}),
    ("NATO's chief warned Russia against escalation.", "130", {"IGOWSTNAT"}, {"RUS"}),
    # a person unknown to the KB who speaks for a world body, in apposition
    ("Pedro Alvarez, the UN special envoy for Yemen, urged the Houthis to release the "
     "detainees.", "0253", {"IGOUNO"}, {"YEM"}),
    ("Maria Lopez, a NATO spokeswoman, accused Russia of violating Estonian airspace.", "1123",
     {"IGOWSTNAT"}, {"RUS"}),
    ("Tom Reed, a spokesman for Amnesty International, condemned the executions in Iran.",
     "111", {"NGOAMN"}, set()),
    # regions that are no country of their own
    ("The foreign minister said the Sudanese army and the rebels in Darfur must reach a deal.",
     "100", set(), {"SDN"}),
    ("Egyptian troops killed ten militants in North Sinai.", "190", {"EGY"}, {"EGY"}),
    # a private person from a place is of its country
    ("Police in Lebanon arrested a missionary from Calgary on spying charges.", "173",
     {"LBN"}, {"CAN"}),
    ("Iranian police detained a tourist from Germany near Isfahan.", "173", {"IRN"}, {"DEU"}),
    # states named by what they are called for
    ("Hamas fired rockets at the Jewish state.", "195", {"PSE"}, {"ISR"}),
    ("The Islamic Republic accused Washington of plotting a coup.", "112", {"IRN"}, {"USA"}),
    # "the North" and "the South" of a Korean story
    ("Seoul said the North fired two ballistic missiles into the sea.", "195", {"PRK"}, set()),
    ("Pyongyang accused the South of sending propaganda balloons.", "112", {"PRK"}, {"KOR"}),
]
ACTORS_13_LOOK_ALIKES: list[str] = [
    "Manchester United signed a defender from Real Madrid.",
    "Fans of Manchester United protested outside the stadium.",
    "North and South Korea are technically still at war.",
    "The kingdom is home to two holy mosques.",
    "A Christian pastor visited the town.",
    "The North is colder than the South in winter.",
    "Tourists crowded the beaches near The Hague on Sunday.",
]
WORDING_13: list[tuple[str, str, set[str], set[str]]] = [
    # war games launched are joint drills (062), not an attack
    ("Pakistan and China launched joint war games in the Arabian Sea on Monday.", "062",
     {"PAK", "CHN"}, set()),
    ("Indian warships launched war games with the French navy.", "062", {"IND"}, {"FRA"}),
    # protests called violent are riots (145)
    ("Students staged violent protests against the Bangladeshi government.", "145", {"BGD"},
     {"BGD"}),
    ("Farmers held violent demonstrations against the Indian government in Delhi.", "145",
     {"IND"}, {"IND"}),
    # a demand that forces leave a land is a demand of withdrawal (106)
    ("The Syrian foreign minister said Turkish forces must withdraw from Syrian territory.",
     "106", {"SYR"}, {"TUR"}),
    ("Mali's junta said French soldiers must leave Mali.", "106", {"MLI"}, {"FRA"}),
    ("Hamas said Israel must get out of Gaza.", "106", {"PSE"}, {"ISR"}),
    ("Niger said the American troops should move out of the base.", "106", {"NER"}, {"USA"}),
    # no talks (or aid) unless a condition is met: a threat to halt them (134, 1311)
    ("Zelensky said there will be no talks until Russian troops leave Ukraine.", "134",
     {"UKR"}, {"RUS"}),
    ("Moscow said there would be no negotiations with Kyiv unless Ukraine recognised the new "
     "borders.", "134", {"RUS"}, {"UKR"}),
    ("The EU warned there would be no more aid to Hungary unless Budapest changed the law.",
     "1311", set(), {"HUN"}),
    ("The State Department indicated no support will come to Lebanon without economic reform.",
     "1311", {"USA"}, {"LBN"}),
    # backing given financially is economic aid (071), whatever is backed
    ("Qatar has backed the Taliban government financially.", "071", {"QAT"}, {"AFG"}),
    ("The forum was supported financially by Moscow.", "071", {"RUS"}, set()),
    # credited for a deed: praise (051)
    ("The Japanese prime minister credited South Korea for its help during the rescue.", "051",
     {"JPN"}, {"KOR"}),
    # hypocrisy pointed out: criticism (111)
    ("The Chinese envoy pointed to the hypocrisy of the United States.", "111", {"CHN"},
     {"USA"}),
    ("The Russian foreign minister pointed out the hypocrisy of the European Union.", "111",
     {"RUS"}, set()),
    # torture as a noun carried by a verb (1822)
    ("Detainees were subjected to torture by Egyptian security forces.", "1822", {"EGY"},
     set()),
    ("Amnesty said Russian forces used torture against Ukrainian prisoners.", "1822", {"RUS"},
     {"UKR"}),
    # a crowd gathered outside a seat of power demonstrates (141)
    ("Thousands of people gathered outside the Georgian parliament on Sunday.", "141", {"GEO"},
     {"GEO"}),
    ("Hundreds of people gathered outside the Russian embassy in Warsaw.", "141", set(),
     {"RUS"}),
    ("Protesters massed outside the French embassy in Niamey.", "141", {"NER"}, {"FRA"}),
    ("A crowd gathered outside the Kenyan parliament.", "141", {"KEN"}, {"KEN"}),
    # a lawsuit or complaint filed by one against another, told as a participle (115, 114)
    ("He referred to a lawsuit filed by Texas against Pfizer.", "115", {"USA"}, {"USA"}),
    ("A complaint filed by Ukraine against Russia is pending at the court.", "114", {"UKR"},
     {"RUS"}),
    ("The case brought by South Africa against Israel opened in The Hague.", "115", {"ZAF"},
     {"ISR"}),
    # a ruling that keeps a politician out of a race bans them (1722)
    ("The Colorado Supreme Court ruled that Trump could not appear on the state ballot.",
     "1722", {"USA"}, {"USA"}),
    ("A Russian court ruled that Navalny could not run in the presidential election.", "1722",
     {"RUS"}, {"RUS"}),
    ("The election commission decided that Imran Khan was ineligible to contest the "
     "election.", "1722", {"PAK"}, {"PAK"}),
    ("The Venezuelan court ruled that Machado is disqualified from the ballot.", "1722",
     {"VEN"}, {"VEN"}),
    ("A Russian court ruled that the law bars Navalny from running in the election.", "1722",
     {"RUS"}, {"RUS"}),
    # codebook pass: proscribing a group (172), ceding land (0842), an envoy reinstated (050)
    ("Britain proscribed Hamas as a terrorist organisation.", "172", {"GBR"}, {"PSE"}),
    ("Armenia ceded four villages to Azerbaijan.", "0842", {"ARM"}, {"AZE"}),
    ("Russia ceded the island to China in 2008.", "0842", {"RUS"}, {"CHN"}),
    ("Saudi Arabia reinstated its ambassador to Iran.", "050", {"SAU"}, {"IRN"}),
    # military goods sent to another state are military aid (072), not a deployment
    ("Norway sent military equipment to Saudi Arabia.", "072", {"NOR"}, {"SAU"}),
    ("France sent military hardware to Armenia.", "072", {"FRA"}, {"ARM"}),
]
WORDING_13_LOOK_ALIKES: list[str] = [
    "Sony launched a new war game for its console.",
    "The students launched a board game about the Cold War.",
    "The coach said the players must get out of their comfort zone.",
    "The union said there will be no talks until the company raises wages.",
    "The minister said there was no need for talks.",
    "His parents supported him financially.",
    "The coach credited the players for the win.",
    "The critic pointed out the hypocrisy of the novel's hero.",
    "Lawmakers gathered outside the Capitol for a photo.",
    "Reporters gathered outside the embassy to wait for the minister.",
    "Thousands of fans gathered outside the stadium in Madrid.",
    "A lawsuit filed against the company by customers was dismissed.",
    "The court ruled that the law could not be applied.",
    "The judge ruled that the company could not appear on the list.",
    "The goalkeeper ceded two goals to Spain.",
    "The company reinstated its chief executive.",
    "The club proscribed flares at the stadium.",
]
SOURCES_13: list[tuple[str, str, set[str], set[str]]] = [
    # offices named by an adjective and a head ("foreign secretary", "spy chief"), and the
    # regime, are roles of the country that names them
    ("The British foreign secretary urged Iran to release the prisoners.", "0253", {"GBR"},
     {"IRN"}),
    ("Egypt's intelligence chief met Hamas leaders in Cairo.", "040", {"EGY"}, {"PSE"}),
    ("Pakistan's army chief visited China.", "042", {"PAK"}, {"CHN"}),
    ("The Syrian regime bombed rebel-held towns.", "195", {"SYR"}, set()),
]
SOURCES_13_PROTEST_TARGETS: list[tuple[str, str, set[str], set[str]]] = [
    # a protest at a country's embassy is aimed at that country's government, not the host's
    ("Hundreds demonstrated outside the Russian embassy in Kyiv.", "141", {"UKR"}, {"RUS"}),
    ("Students rallied outside the embassy of France in Bamako.", "141", {"MLI"}, {"FRA"}),
    # with no embassy named, the host's
    ("Hundreds demonstrated in Kyiv on Sunday.", "141", {"UKR"}, {"UKR"}),
]
SOURCES_13_LOOK_ALIKES: list[str] = [
    # an act named by a noun with no doer and no headline tells no one's act
    "The apology to South Korea came after months of talks.",
]
AUDIT_13: list[tuple[str, str, set[str], set[str]]] = [
    # "demonstrate" as a protest stays one
    ("Thousands demonstrated against the new law in Tbilisi.", "1412", {"GEO"}, set()),
    ("Kenyan students demonstrated outside parliament in Nairobi.", "141", {"KEN"}, set()),
    ("Thousands of Kenyans demonstrated to demand lower taxes.", "1412", {"KEN"}, set()),
    # a release of captives stays one
    ("Russia released Evan Gershkovich in a prisoner swap.", "0841", {"RUS"}, set()),
    ("The Taliban freed two American teachers.", "0841", {"AFG"}, {"USA"}),
    # a doer who forces stays coercion
    ("Hackers forced the Albanian government to take its websites offline.", "170", set(),
     {"ALB"}),
    ("Russia forced Ukraine to withdraw from Avdiivka.", "170", {"RUS"}, {"UKR"}),
    # relatives act for themselves, of the man's country
    ("Israeli President Isaac Herzog died on Monday and his family thanked the Israeli army.",
     "051", {"ISR"}, {"ISR"}),
    ("Kenyan opposition leader Raila Odinga was arrested and his wife urged the government "
     "to release him.", "0253", {"KEN"}, {"KEN"}),
    # the group that holds a hostage is not the hostage's side
    ("An Israeli official said Hamas hostage Noa Argamani was freed by Israeli forces.", "0841",
     {"ISR"}, {"ISR"}),
    # a politician attacked on an issue is attacked in words
    ("Democrats continued to attack Trump on his taxes.", "111", {"USA"}, {"USA"}),
    ("Senator Warren attacked Biden on immigration.", "111", {"USA"}, {"USA"}),
    ("Biden attacked Trump on paying fewer taxes.", "111", {"USA"}, {"USA"}),
    ("Hamas attacked Israeli soldiers on the border.", "190", {"PSE"}, {"ISR"}),
    ("Kenyan police attacked opposition leader Raila Odinga on the street.", "190", {"KEN"},
     {"KEN"}),
    ("During his eulogy, Obama took a veiled shot at Trump.", "111", {"USA"}, {"USA"}),
    ("Macron took a parting shot at Erdogan.", "111", {"FRA"}, set()),
    # fighting for a place or against troops stays fighting
    ("Ukrainian troops are fighting for Bakhmut.", "190", {"UKR"}, set()),
    ("Nigerian troops fought Boko Haram fighters for three days.", "190", {"NGA"}, {"NGA"}),
    # workers strike; a player who strikes scores
    ("Dock workers in Greece struck for higher pay.", "1432", {"GRC"}, set()),
    ("Teachers in Kenya struck on Monday.", "143", {"KEN"}, set()),
    # a firm's dealings with a state or a state's body stay events
    ("Google agreed to pay the French government 500 million euros.", "030", {"USA"}, set()),
    ("Boeing agreed to sell 50 jets to Iran.", "0332", {"USA"}, {"IRN"}),
    ("The European Commission met Apple executives in Brussels.", "040", set(), {"USA"}),
    # police who round up or pick up people arrest them; a state that reaches out consults
    ("Ukrainian police rounded up dozens of protesters in Kyiv.", "173", {"UKR"}, {"UKR"}),
    ("Chinese police picked up the activist at his home in Beijing.", "173", {"CHN"}, {"CHN"}),
    ("Israel reached out to Saudi Arabia on normalisation.", "040", {"ISR"}, {"SAU"}),
    # armed men attack whatever they attack; a named group keeps its animal name
    ("Russian troops attacked a farm in Ukraine.", "190", {"RUS"}, {"UKR"}),
    ("Rebels in Mali attacked a gold mine.", "190", {"MLI"}, set()),
    ("Grey Wolves attacked Armenian protesters in Lyon.", "180", set(), {"ARM"}),
    # what a relative clause with its own subject qualifies is its object
    ("Prisoners that Russia returned to Ukraine were welcomed in Kyiv.", "0841", {"RUS"},
     {"UKR"}),
]
AUDIT_13_LOOK_ALIKES: list[str] = [
    # "demonstrate" as show
    "And 2023 demonstrated again in Canada that the Toronto council is anything but boring.",
    "Static images in Canada are not the best medium for demonstrating how effective the new "
    "lighting model is.",
    "The Kenyan vote demonstrates that the system in Nairobi is not truly democratic.",
    "New additions have become less frequent in Canada as demonstrated loyalty is valued most.",
    "The German interior ministry said the group was growing, as demonstrated by its growth "
    "in Berlin.",
    # a product or a press release frees no captive
    "Red Hat instead released Red Hat Enterprise Linux, which was a commercial only product.",
    "Google released Android 15 to Pixel owners in India on Tuesday.",
    "Microsoft released Windows 11 in Japan in October.",
    "Samsung released a new smartphone in South Korea.",
    "PG&E in California announced the schedule in a press release late yesterday.",
    "Red Hat decided to end Red Hat Linux in the United States shortly after releasing RHL 8.",
    # a thing that happens forces no one
    "Cyberattack forces First American to take some IT systems offline",
    "A cyberattack forced the German hospital to close its emergency room.",
    "Sanctions forced Iran to cut oil exports.",
    "Floods forced Pakistani schools in Sindh to close.",
    # attacks on an institution or a name are words
    "Trump's attacks on democracy in the United States worried observers.",
    # campaigning for a cause is no fighting
    "Jennifer Lu of Marriage Equality Coalition Taiwan said, \"We still need to fight for "
    "co-adoption rights.\"",
    "So the Indian group fights against violence and exploitation against sex workers.",
    "Kenyan nurses said they would keep fighting for better pay.",
    # one footballer who strikes scores, one actress who strikes a pose poses
    "Julian Alvarez struck twice in Jeddah, Saudi Arabia, setting City on their way.",
    "Taking full advantage of the dress in Athens, Kidman struck a leggy pose.",
    # offers, refusals and deals between firms are commerce
    "Twitter rejected Elon Musk's offer.",
    "Twitter had to acquiesce and accept Musk's deal.",
    # notices and nominations received, round-ups of things, press enquiries
    "GitHub received a takedown notice from the RIAA.",
    "We have rounded up the best urban adventures to be had across Tennessee, from Nashville "
    "to Memphis.",
    "Vanity Fair has reached out to Schneider in Texas for comment.",
    # an animal attacks no one politically
    "A bat attacked the Libertarian Party's presidential nominee in Ohio.",
    "A shark attacked a Russian tourist in Egypt.",
    # people who returned are the clause's subject, not people returned
    "The first COVID-19 cases in Bangladesh were two people who returned from Italy.",
]
LEAD_13: list[tuple[str, str, set[str], set[str]]] = [
]
LEAD_13_LOOK_ALIKES: list[str] = [
]
ACTORS_13_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("North and South Korea agreed to resume talks on family reunions.", "036",
     {"PRK", "KOR"}, set()),
    ("Hamas and Israeli negotiators met in Cairo.", "040", {"PSE", "ISR"}, set()),
    ("The two Koreas agreed to reopen a liaison office.", "030", {"PRK", "KOR"}, set()),
    # a country the apposition names first is the person's, whatever body comes after
    ("Anna Berg, a Swedish diplomat, criticised the UN over the report.", "111", {"SWE"},
     {"IGOUNO"}),
    # an adjective of faith names no one called by it ("Peter Christian")
    ("Police in Pakistan arrested a Christian man over blasphemy.", "173", {"PAK"}, {"PAK"}),
    # a prime minister by the article's date (2024-03-01: still in office)
    ("Rishi Sunak criticised Iran over its attack on Israel.", "111", {"GBR"}, {"IRN"}),
    ("Jordan's foreign ministry summoned the Israeli ambassador. The kingdom also recalled "
     "its envoy from Tel Aviv.", "161", {"JOR"}, {"ISR"}),
]
SOURCES_13_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # an unplaced critic of a country as a whole (or of its capital) is not of that country
    ("Officials accused Russia of spying.", "1125", set(), {"RUS"}),
    ("Officials accused Beijing of hacking.", "1125", set(), {"CHN"}),
    # a foreign diplomat's country is not that of who summons, arrests or expels them
    ("The ministry summoned the Russian ambassador.", "114", set(), {"RUS"}),
    ("Police arrested two Russian diplomats.", "173", set(), {"RUS"}),
    ("Officials expelled three Iranian diplomats.", "174", set(), {"IRN"}),
    # "the president" of a lone sentence is not of the country that is the other side
    ("The president criticised Russia.", "111", set(), {"RUS"}),
    ("The president visited Kenya.", "042", set(), {"KEN"}),
    ("The president praised Kenyan athletes.", "051", {"KEN"}, {"KEN"}),
    # a person of the country may be criticised at home
    ("Lawmakers criticised Kenya's president.", "111", {"KEN"}, {"KEN"}),
]
#: (headline, sentence, code, source countries, target countries with the implied one): a
#: lone sentence read under its headline.
SOURCES_13_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    # no other country in the sentence: the one other country the headline names
    ("Syria accuses Israel of airstrikes near Damascus", "The foreign ministry called the raid "
     "a flagrant breach of Syrian sovereignty.", "111", {"SYR"}, {"ISR"}),
    ("Canada asks India to cooperate in murder probe", "The Indian foreign ministry expressed "
     "its condolences.", "018", {"IND"}, {"CAN"}),
    ("Peru protests Mexican president's remarks", "The Peruvian foreign ministry condemned the "
     "remarks as interference.", "111", {"PER"}, {"MEX"}),
    ("Former Japanese prime minister Shinzo Abe shot dead", "The White House offered its "
     "condolences.", "018", {"USA"}, {"JPN"}),
    # a headline naming only the source's country leaves it its own target
    ("Kenya bans plastic bags", "The Kenyan environment minister praised the decision.", "051",
     {"KEN"}, {"KEN"}),
    ("Brazil wins World Cup", "The sports minister praised the team.", "051", {"BRA"},
     {"BRA"}),
    # one side agreeing to meet, the other named by the headline (a person's country too)
    ("US offers Iran talks on nuclear deal", "Iran agreed to hold talks next week.", "036",
     {"IRN"}, {"USA"}),
    ("Kim Jong Un offers talks", "Washington agreed to meet next month.", "036", {"USA"},
     {"PRK"}),
    ("Ethiopia and Egypt resume dam negotiations", "Addis Ababa agreed to a new round of "
     "talks.", "036", {"ETH"}, {"EGY"}),
    # a role's country: the headline's one country that is not the other side's
    ("Germany expels Russian diplomats", "Officials accused Moscow of espionage.", "1125",
     {"DEU"}, {"RUS"}),
    ("Germany expels Russian diplomats", "The ministry summoned the Russian ambassador.", "114",
     {"DEU"}, {"RUS"}),
    ("Poland protests Belarusian border incursion", "The government accused Minsk of "
     "provocation.", "1123", {"POL"}, {"BLR"}),
    ("Philippines summons Chinese envoy over reef collision", "The foreign ministry demanded "
     "that Beijing withdraw its ships.", "106", {"PHL"}, {"CHN"}),
    # a headline naming two countries besides the other side places no one
    ("Chile and Peru sign trade pact", "The labour minister thanked Bolivia for its advice.",
     "051", set(), {"BOL"}),
    # a role doing the headline's kind of act is the headline's doer, even where the sentence
    # places the act in the other country
    ("Israel strikes Hezbollah targets in Lebanon", "The army said it hit the group's weapons "
     "depots.", "190", {"ISR"}, {"LBN"}),
    ("Israel strikes Hezbollah targets in Lebanon", "The army said it hit weapons depots in "
     "southern Lebanon.", "190", {"ISR"}, {"LBN"}),
    ("India strikes militant camps in Pakistan", "The air force said it bombed several camps.",
     "195", {"IND"}, {"PAK"}),
    ("Russia strikes Ukrainian power grid", "The military said its missiles hit energy "
     "facilities.", "195", {"RUS"}, {"UKR"}),
    ("Britain summons Iranian ambassador", "The foreign secretary urged the regime to release "
     "the prisoners.", "0253", {"GBR"}, {"IRN"}),
    ("Egypt hosts Gaza ceasefire talks", "The intelligence chief met Hamas leaders.", "040",
     {"EGY"}, {"PSE"}),
    ("Thailand deports Russian tourists", "Police arrested two Russian tourists.", "173",
     {"THA"}, {"RUS"}),
    # the headline's kind of act named by a noun, its doer unsaid, is the headline doers'
    ("Japan apologizes to South Korea over wartime labour", "The apology to South Korea came "
     "after months of talks.", "055", {"JPN"}, {"KOR"}),
    ("US imposes new sanctions on Iran", "The sanctions on Iran's oil exports take effect on "
     "Monday.", "163", {"USA"}, {"IRN"}),
    # another kind of act is not the headline's doer's
    ("Israel strikes Hezbollah targets in Lebanon", "The government condemned the strikes.",
     "111", {"LBN"}, {"ISR"}),
]
#: (sentence, code, source countries, target countries with the implied one), read alone.
SOURCES_13_IMPLIED: list[tuple[str, str, set[str], set[str]]] = [
    # what a body of no country judges is about the one country the sentence names
    ("Amnesty International called the verdict a dark day for justice in Egypt.", "111",
     {"NGOAMN"}, {"EGY"}),
    ("The UN human rights office called the sentences an outrage against Iranian women.",
     "111", {"IGOUNOHCH"}, {"IRN"}),
]
SOURCES_13_HEADLINED_LOOK_ALIKES: list[tuple[str, str]] = [
    # one party agreeing to meet with no other country anywhere is no meeting
    ("Senate passes budget", "The committee agreed to meet on Tuesday."),
    ("Serbia and Kosovo leaders to meet in Brussels", "The Serbian president agreed to a "
     "meeting."),
]
LEAD_13_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
RECALL_13: list[tuple[str, str, set[str], set[str]]] = [
    # grief passed on as news: "saddened (to learn) that Y has died", "announce with sadness"
    ("Indian Prime Minister Narendra Modi said he was saddened to learn that former Nepalese prime "
     "minister Sushil Koirala had passed away.", "018", {"IND"}, {"NPL"}),
    ("Ghana's President Nana Akufo-Addo said he was saddened that former Nigerian president Umaru "
     "Yar'Adua had died.", "018", {"GHA"}, {"NGA"}),
    ("Kenyan President Uhuru Kenyatta announced with great sadness the death of former Tanzanian "
     "president Benjamin Mkapa.", "018", {"KEN"}, {"TZA"}),
    ("\"It is with deep sorrow that I announce the passing of former Zambian president Kenneth "
     "Kaunda,\" said Malawian President Lazarus Chakwera.", "018", {"MWI"}, {"ZMB"}),
    ("The Namibian government announced with deep sorrow the passing of former Zimbabwean president "
     "Robert Mugabe.", "018", {"NAM"}, {"ZWE"}),
    ("Japanese Prime Minister Fumio Kishida said he had learned with shock of the death of former "
     "Australian prime minister Bob Hawke.", "018", {"JPN"}, {"AUS"}),
    # reactions that come or pour in from someone
    ("Condemnation poured in from Germany, France and Britain.", "111", {"DEU", "FRA", "GBR"}, set()),
    ("Statements of condemnation have come from the Organisation of Islamic Cooperation and the "
     "Egyptian government.", "111", {"EGY"}, set()),
    ("Criticism came from the European Union and Canada.", "111", {"CAN"}, set()),
    ("Condolences poured in from Indian Prime Minister Narendra Modi and Pakistani Prime Minister "
     "Imran Khan.", "018", {"IND", "PAK"}, set()),
    ("Congratulations poured in for Joe Biden from Canadian Prime Minister Justin Trudeau and French "
     "President Emmanuel Macron.", "051", {"CAN", "FRA"}, {"USA"}),
    ("Messages of sympathy arrived from the Spanish foreign ministry after the floods in Morocco.",
     "018", {"ESP"}, set()),
    # disparaging remarks made about someone
    ("Turkish President Recep Tayyip Erdogan made disparaging comments about French President "
     "Emmanuel Macron.", "111", {"TUR"}, {"FRA"}),
    ("Brazilian President Jair Bolsonaro made derogatory remarks about the wife of French President "
     "Emmanuel Macron.", "111", {"BRA"}, {"FRA"}),
    ("Venezuela's foreign minister made insulting comments about Colombian President Ivan Duque.",
     "111", {"VEN"}, {"COL"}),
    # epithets: "lousy", "a non-starter", "not enough", "a stab in the back", "iconic"
    ("German Chancellor Angela Merkel called the American trade offer \"lousy\".", "111", {"DEU"}, set()),
    ("Labour leader Keir Starmer called the Conservative plan \"a non-starter\".", "111", {"GBR"}, set()),
    ("Canadian Prime Minister Justin Trudeau said the Chinese proposal was \"nowhere near enough\".",
     "111", {"CAN"}, {"CHN"}),
    ("The Ukrainian foreign minister said the German proposal was not enough.", "111", {"UKR"}, {"DEU"}),
    ("An Iraqi Kurdish leader said the Turkish decision was \"a stab in the back\".", "111", set(), {"TUR"}),
    ("French President Emmanuel Macron said former German chancellor Helmut Kohl had been an \"iconic\""
     " leader of Europe.", "051", {"FRA"}, {"DEU"}),
    ("Indian Prime Minister Narendra Modi called the American tariffs unfair.", "111", {"IND"}, {"USA"}),
    ("Indian Congress leader Rahul Gandhi called former prime minister Manmohan Singh \"humble and "
     "soft-spoken\".", "051", {"IND"}, {"IND"}),
    # praise drawn from someone, whose source it is; the drawing deed's owner is judged
    ("The Indian decision earned praise from the United States.", "051", {"USA"}, {"IND"}),
    ("The Saudi reforms won praise from British Foreign Secretary Liz Truss.", "051", {"GBR"},
     {"SAU"}),
    ("Putin's decision drew praise from Hungarian Prime Minister Viktor Orban.", "051", {"HUN"},
     {"RUS"}),
    ("Trump's remarks drew criticism from Israeli Prime Minister Benjamin Netanyahu.", "111", {"ISR"},
     {"USA"}),
    # the name after the noun, misread as qualifying it: "called the deal 'lousy'"
    ("Labour MP Tom Watson called Prime Minister Theresa May's proposed Brexit deal \"lousy\".",
     "111", {"GBR"}, {"GBR"}),
    ("The Irish foreign minister called the British proposal \"unworkable\".", "111", {"IRL"}, {"GBR"}),
    # a deed with no doer, aimed at the country the damning words place it in
    ("\"The journalist's murder is unacceptable and a terrible blow to press freedom in Mexico,\" said "
     "a spokesperson for Reporters Without Borders.", "111", set(), {"MEX"}),
    ("The killing of the activist was barbaric and a blow to democracy in Honduras, the Spanish "
     "foreign minister said.", "111", {"ESP"}, {"HND"}),
]
RECALL_13_LOOK_ALIKES: list[str] = [
    "The German chancellor made critical remarks about the weather.",
    "Criticism of the film came from French critics.",
    "Praise came from fans around the world.",
    "Condemnation did not come from the Chinese government.",
    "The rain came from the Atlantic.",
    "He said the food was not enough for the children.",
    "The team announced with great sadness the death of its former coach.",
    "She was saddened that her dog had died.",
    "Madrid coach Carlo Ancelotti called the referee's decision \"lousy\".",
    "He said the starter was a non-starter.",
    "Donations poured in from Germany and France.",
    "Calls came from the Kremlin late on Friday.",
    "The coach called the pitch \"terrible\".",
    "He said the weather in Spain was terrible.",
    "He made a humble request to the council.",
    "The striker earned praise from his coach.",
    "The film drew praise from critics.",
    "The senator made disparaging comments at the White House.",
]

NAMES_13B: list[tuple[str, str, set[str], set[str]]] = [
    ("Governor Paul Hendricks of Ohio (left) stands with Russian officers.", "051", {"USA"},
     {"RUS"}),
]
NAMES_13B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a lone surname after two others of that name is neither of the known bearers
    ("Zara Khan and Ali Khan spoke in Leeds. Police arrested Khan on Friday.", "173", {"GBR"},
     {"GBR"}),
    ("Nadia Khan and Omar Khan opened a bakery in Bradford. Officers later detained Khan.",
     "173", {"GBR"}, {"GBR"}),
    # a verb before the name: the nationality is the committee's, not the laureate's
    ("The Norwegian committee cited this in awarding Pedro Alvarez the prize, and Pedro "
     "Alvarez praised Chile.", "051", set(), {"CHL"}),
    # a quote after a name's comma is no apposition naming the person's country
    ("Critics praised actor Marcus Webb, \"I noticed then that Chad was unusual\", and Marcus "
     "Webb thanked Canada.", "051", set(), {"CAN"}),
    # a neighbourhood named after a people is not in their country
    ("Police said a man was shot in a Ukrainian Village alley, and the mayor condemned the "
     "attack.", "193", {"USA"}, {"USA"}),
]
RECORDS_13B: list[tuple[str, str, set[str], set[str]]] = [
    ("Damascus denied using chemical weapons against civilians.", "016", {"SYR"}, set()),
    ("Cairo denies torturing detainees in its prisons.", "016", {"EGY"}, set()),
    ("Beijing denies selling arms to Russia.", "016", {"CHN"}, set()),
    ("Israel denied entry to the UN rapporteur.", "172", {"ISR"}, set()),
]
RECORDS_13B_LOOK_ALIKES: list[str] = [
]

COVER_14A: list[tuple[str, str, set[str], set[str]]] = [
    # readiness to help or work with an actor is an intent to cooperate (030)
    ("Germany stands ready to help Ukraine.", "030", {"DEU"}, {"UKR"}),
    ("France is willing to work with the new government in Niger.", "030", {"FRA"}, {"NER"}),
    ("Japan is prepared to assist Turkey in rebuilding.", "030", {"JPN"}, {"TUR"}),
    ("Moscow said it was ready to help North Korea.", "030", {"RUS"}, {"PRK"}),
    ("The United States is eager to work with India on clean energy, the envoy said.", "030",
     {"USA"}, {"IND"}),
    # being in talks, negotiations or contact is consulting (040, 046)
    ("Britain is in talks with Japan about a defence deal.", "040", {"GBR"}, {"JPN"}),
    ("China and Australia are in negotiations over barley tariffs.", "046", {"CHN", "AUS"},
     set()),
    ("Turkey has been in touch with Syrian officials, the foreign minister said.", "040",
     {"TUR"}, {"SYR"}),
    ("Egyptian and Israeli security officials have been in contact over the border crossing.",
     "040", {"EGY", "ISR"}, set()),
    ("Saudi Arabia is in talks to normalise ties with Israel.", "050", {"SAU"}, {"ISR"}),
    # talks set beside the main clause are had by its subject
    ("Following a meeting with German Chancellor Olaf Scholz, Macron said Europe must act.",
     "040", {"FRA"}, {"DEU"}),
    ("During a telephone conversation with his Iranian counterpart, Macron warned of "
     "consequences.", "041", {"FRA"}, {"IRN"}),
    ("In a phone call with Netanyahu, Biden urged restraint.", "041", {"USA"}, {"ISR"}),
    ("After talks with Putin in Sochi, Erdogan said the grain deal could be revived.", "040",
     {"TUR"}, {"RUS"}),
    ("At a meeting with Brazil's foreign minister, Wang Yi called for a ceasefire.", "040",
     {"CHN"}, {"BRA"}),
    # hosting, defending ties, courting investors, lobbying and support announced
    ("Saudi Arabia played host to a Ukrainian delegation.", "043", {"SAU"}, {"UKR"}),
    ("China defended its ties with Russia.", "052", {"CHN"}, {"RUS"}),
    ("India defended its oil deal with Moscow.", "052", {"IND"}, {"RUS"}),
    ("Vietnam is courting American investors to build chip plants.", "0211", {"VNM"}, {"USA"}),
    ("Taiwan lobbied for support for its participation in the World Health Assembly.", "022",
     {"TWN"}, set()),
    ("Washington announced its support for Ukraine's bid to join NATO.", "051", {"USA"},
     {"UKR"}),
    ("France confirmed its backing for Morocco's autonomy plan for Western Sahara.", "051",
     {"FRA"}, {"MAR"}),
    ("The Biden administration is weighing new export controls on Chinese chip makers.", "014",
     {"USA"}, set()),
    ("Britain rejoined the EU's Horizon science programme.", "050", {"GBR"}, set()),
    # a passive relative clause acts on what it qualifies
    ("The agreement that was signed by Israel and Morocco angered Algeria.", "057",
     {"ISR", "MAR"}, set()),
    ("The deal, which was signed by Saudi Arabia and Iran in Beijing, restored ties.", "057",
     {"SAU", "IRN"}, set()),
    ("The sanctions, which were imposed on Iran by Washington in 2018, were lifted.", "163",
     {"USA"}, {"IRN"}),
    # meeting for talks, standing behind, agreeing with, asking someone for something
    ("German and Polish officials gathered for consultations in Warsaw.", "040",
     {"DEU", "POL"}, set()),
    ("Britain stands firmly behind Ukraine, the prime minister said.", "051", {"GBR"},
     {"UKR"}),
    ("Scholz said he agreed with Macron on the need for a strong European defence.", "019",
     {"DEU"}, {"FRA"}),
    ("Washington agrees with London that the strikes were necessary.", "019", {"USA"},
     {"GBR"}),
    ("Germany agreed with France to extend the mission.", "030", {"DEU"}, {"FRA"}),
    ("Ukraine asked the United States for more Patriot systems.", "020", {"UKR"}, {"USA"}),
    ("Nigeria is open to working with Ghana on security, the minister said.", "030", {"NGA"},
     {"GHA"}),
    ("Kuwait committed $500 million to Jordan's budget.", "0331", {"KWT"}, {"JOR"}),
    # a speaker disowning its part in a harm denies it (016)
    ("Israel said it was not responsible for the blast at the hospital.", "016", {"ISR"},
     set()),
    ("Iran insisted it was not involved in the assassination.", "016", {"IRN"}, set()),
    ("Putin said he was not involved in the killing of the opposition leader.", "016",
     {"RUS"}, set()),
    # arriving, stopping and setting off on a visit; calling someone to discuss is a call
    ("Biden stopped in Vietnam on his way home from the G20.", "042", {"USA"}, {"VNM"}),
    ("Sunak jetted into Riyadh for talks with the crown prince.", "042", {"GBR"}, {"SAU"}),
    ("The Italian prime minister flew into Cairo on Sunday.", "042", {"ITA"}, {"EGY"}),
    ("Xi kicked off a European tour in France.", "042", {"CHN"}, {"FRA"}),
    ("Macron kicked off a state visit to Vietnam on Monday.", "042", {"FRA"}, {"VNM"}),
    ("Macron called Zelensky on Tuesday to discuss the latest attacks.", "041", {"FRA"},
     {"UKR"}),
    ("Erdogan called Putin to offer condolences.", "041", {"TUR"}, {"RUS"}),
    # ties a thing makes between two parties are theirs; a gerund's doer past "in" or "by"
    ("The accords normalized relations between Israel and Bahrain.", "050", {"ISR", "BHR"},
     set()),
    ("The deal restored diplomatic ties between Saudi Arabia and Iran.", "050",
     {"SAU", "IRN"}, set()),
    ("Qatar played a key role in brokering the truce between Israel and Hamas.", "045",
     {"QAT"}, {"ISR"}),
    ("President Trump won praise in mediating the accords between Israel and Morocco.", "045",
     {"USA"}, set()),
    ("An agreement was reached between Iran and Saudi Arabia in Beijing.", "057",
     {"IRN", "SAU"}, set()),
    ("Diplomatic ties between Saudi Arabia and Iran were restored in March.", "050",
     {"SAU", "IRN"}, set()),
    # leaning on someone to act is an appeal of that act
    ("Washington is leaning on Cairo to open the Rafah crossing.", "0251", {"USA"}, {"EGY"}),
    ("Germany leaned on Hungary to lift its veto.", "025", {"DEU"}, {"HUN"}),
    # support lent, treaties acceded to, envoys sent back
    ("Germany lent its support to Ukraine's plan for a peace summit.", "051", {"DEU"}, {"UKR"}),
    ("Ukraine acceded to the Rome Statute of the International Criminal Court.", "057",
     {"UKR"}, set()),
    ("The UAE sent its ambassador back to Tehran.", "050", {"ARE"}, {"IRN"}),
    ("The UAE returned its ambassador to Tehran after a six-year absence.", "050", {"ARE"},
     {"IRN"}),
    ("China lent Pakistan $2 billion.", "071", {"CHN"}, {"PAK"}),
    # conversations had, terms bargained over, negotiations engaged in (046, not 040)
    ("Modi and Xi had a brief conversation at the summit.", "040", {"IND", "CHN"}, set()),
    ("Washington and Beijing bargained over tariffs for months.", "046", {"USA", "CHN"},
     set()),
    ("Israel and Lebanon are engaged in indirect negotiations over their maritime border.",
     "046", {"ISR", "LBN"}, set()),
    # a tone struck is an outlook; grieving with a country is sympathy
    ("Beijing struck an upbeat tone about relations with Washington.", "013", {"CHN"}, set()),
    ("Berlin struck a gloomy tone on the prospects for peace.", "012", {"DEU"}, set()),
    ("Biden said America grieves with Japan after the quake.", "018", {"USA"}, {"JPN"}),
    ("France mourns with Turkey, Macron wrote.", "018", {"FRA"}, {"TUR"}),
    # helper H: hyphenated verbs
    ("Kenya re-established diplomatic ties with Somalia.", "050", {"KEN"}, {"SOM"}),
    ("Qatar has re-established relations with Jordan after a long rift.", "050", {"QAT"},
     {"JOR"}),
    ("Israel re-opened talks with Hamas in Doha.", "040", {"ISR"}, {"PSE"}),
    ("Morocco re-opens its border with Algeria", "081", {"MAR"}, {"DZA"}),
    ("The European Union re-imposed sanctions on Belarus.", "163", {"EUR"}, {"BLR"}),
    ("Washington re-imposes tariffs on Chinese steel", "163", {"USA"}, {"CHN"}),
    ("Turkey re-deployed troops to northern Iraq.", "154", {"TUR"}, {"IRQ"}),
    ("India will re-start talks with Nepal next month.", "036", {"IND"}, {"NPL"}),
    ("Vietnam and Laos co-operated on border security.", "060", {"VNM", "LAO"}, set()),
    ("Ethiopia re-engaged with Eritrea in talks on the port.", "040", {"ETH"}, {"ERI"}),
    ("Pakistan re-affirmed its support for Palestine.", "032", {"PAK"}, set()),
    ("Norway co-sponsored a UN resolution condemning Myanmar.", "111", {"NOR"}, {"MMR"}),
    ("Azerbaijan counter-sued Armenia at the World Court.", "115", {"AZE"}, {"ARM"}),
    ("Ukraine counter-attacked Russian forces in Kharkiv.", "190", {"UKR"}, {"RUS"}),
    ("Qatar urged de-escalation in Lebanon.", "025", {"QAT"}, set()),
    ("Jordan called for de-escalation between Israel and Iran.", "0256", {"JOR"}, set()),
    ("Cuba re-arrested the dissident in Havana.", "173", {"CUB"}, {"CUB"}),
]
COVER_14A_LOOK_ALIKES: list[str] = [
    "Fans gathered for the concert in the park.",
    "The bodyguard stood behind the president during the speech.",
    "I agree with my sister about most things.",
    "The striker said he agreed with the manager's decision.",
    "The singer asked her fans for patience.",
    "He asked his boss for a raise.",
    "The coach is open to working with young players.",
    "Police said he was not responsible for the attack.",
    "The coach said he was not responsible for the defeat.",
    "The band stopped in Chicago on its world tour.",
    "Russian troops arrived in Mariupol.",
    "Ukrainian drones flew to Moscow.",
    "The singer kicked off her world tour in London.",
    "The president called voters to discuss the election.",
    "The match improved relations between the two clubs.",
    "The striker played a key role in winning the match.",
    "A settlement was reached between the two companies.",
    "She leaned on her friends for support.",
    "The player leaned on the wall.",
    "The singer lent her voice to the campaign for animal rights.",
    "The club sent its coach back to the academy.",
    "She returned the envoy's call on Monday.",
    "I had a long conversation with my mother.",
    "Shoppers bargained over the price of carpets.",
    "The singer struck an upbeat tone on her new album.",
    "The coach struck a positive tone before the final.",
    "The family grieves with the neighbours.",
    "Apple is in talks with investors about a new share sale.",
    "The striker is in talks with the club over a new contract.",
    "He was in touch with his family every day.",
    "The band is in talks with a new record label.",
    "The storm was in the Gulf of Mexico on Monday.",
    "The singer played host to a star-studded party in Los Angeles.",
    "The quarterback rejoined the team after his injury.",
    "The coach defended his team's record.",
    "The startup is courting investors for a new funding round.",
    "Fans showed their support for the team.",
    "The club is ready to help the young striker settle in.",
    "Volunteers stood ready to help the victims of the flood.",
    "She is willing to work with anyone who shares her vision.",
    "The coach said he was eager to work with the new players.",
    "The actress said she was ready to work with Netflix again.",
    "After a meeting with investors, the chief executive said the company would cut jobs.",
    "After talks with the union, the airline raised wages.",
    "Following a meeting with his lawyers, the actor said he would appeal.",
    "The book, which was signed by the author, sold out.",
    # helper H: hyphenated verbs
    "The club re-signed its star striker from Brazil.",
    "The band re-formed for a reunion tour in Japan.",
    "The singer re-released her debut album in France.",
    "The studio re-opened its archive to fans.",
    "The mayor was re-elected with 60 percent of the vote.",
    "Jean-Pierre co-founded the company with his brother.",
    "The pre-war talks between the two clubs went nowhere.",
    "Counter-protesters gathered outside the stadium before the match.",
    "The band co-wrote the song with a producer in London.",
]
COVER_14A_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Following a meeting with German Chancellor Olaf Scholz, Macron said Europe must act.",
     "040", {"FRA"}, {"DEU"}),
    ("Germany stands ready to help Ukraine.", "030", {"DEU"}, {"UKR"}),
]
COVER_14B: list[tuple[str, str, set[str], set[str]]] = [
    # aid announced as a sum "in" aid: the sum's verb carries the aid noun
    ("The United States announced $2 billion in military aid to Ukraine.", "072", {"USA"},
     {"UKR"}),
    ("Japan unveiled $500 million in humanitarian aid for Sudan.", "073", {"JPN"}, {"SDN"}),
    ("Britain approved 300 million pounds in aid to Ukraine.", "070", {"GBR"}, {"UKR"}),
    ("Canada announced new humanitarian aid for Haiti.", "073", {"CAN"}, {"HTI"}),
    ("Berlin has earmarked fresh military aid for Kyiv.", "072", {"DEU"}, {"UKR"}),
    # weapons named by their system
    ("The Netherlands sent F-16s to Ukraine.", "072", {"NLD"}, {"UKR"}),
    ("Washington has delivered HIMARS launchers to Kyiv.", "072", {"USA"}, {"UKR"}),
    ("Denmark supplied Ukraine with F-16s.", "072", {"DNK"}, {"UKR"}),
    ("Ukraine received new Patriot systems from Germany.", "072", {"DEU"}, {"UKR"}),
    ("Kyiv has received air defence systems from Italy.", "072", {"ITA"}, {"UKR"}),
    # information passed on
    ("US intelligence agencies passed information to Israel about the plot.", "064", {"USA"},
     {"ISR"}),
    ("Washington provided Kyiv with intelligence on Russian positions.", "064", {"USA"},
     {"UKR"}),
    ("South Korea and Japan resumed intelligence sharing.", "064", {"KOR", "JPN"}, set()),
    ("Turkey passed on evidence to Saudi Arabia about the killing.", "064", {"TUR"}, {"SAU"}),
    # peacekeeping missions renewed
    ("The UN extended its peacekeeping mission in Mali for another year.", "074", set(), set()),
    ("The Security Council renewed the peacekeeping mandate in Lebanon.", "074", set(), set()),
    # "handed over 13 hostages": the particle read as the number's "over"
    ("Hamas handed over 13 hostages to Israel.", "0841", {"PSE"}, {"ISR"}),
    ("Pakistan handed over 22 Indian fishermen to India.", "0841", {"PAK"}, {"IND"}),
    ("Azerbaijan handed over 32 Armenian soldiers to Yerevan.", "0841", {"AZE"}, {"ARM"}),
    # told to act: a demand, composed with the act told
    ("Serbia's president told Kosovo to withdraw its police from the north.", "1056", {"SRB"},
     {"XKX"}),
    ("Biden told Netanyahu to halt the offensive.", "1056", {"USA"}, {"ISR"}),
    ("Washington told Beijing to stop harassing Philippine vessels.", "100", {"USA"}, {"CHN"}),
    ("The EU told Hungary to lift its veto on aid to Ukraine.", "100", {"EUR"}, {"HUN"}),
    ("Trump told Zelensky to hold elections.", "104", {"USA"}, {"UKR"}),
    ("China has told Japan to release the detained fishermen.", "1053", {"CHN"}, {"JPN"}),
    # a body a named person attacks over an issue is attacked in words
    ("Hungary's prime minister Viktor Orban attacked the EU over migration.", "111", {"HUN"},
     {"EUR"}),
    ("Erdogan attacked NATO for its stance on Kurdish groups.", "111", {"TUR"}, set()),
    # "as" read on the object still names it
    ("Ukraine described Russia's actions as genocide.", "111", {"UKR"}, {"RUS"}),
    ("Kyiv described the Russian strike as a massacre.", "111", {"UKR"}, {"RUS"}),
    ("Germany described China's conduct as aggressive.", "111", {"DEU"}, {"CHN"}),
    # a plural present after a past "insisted" is a demand, not a claim
    ("Iraq insisted that US troops leave the country.", "106", {"IRQ"}, {"USA"}),
    ("Mali insisted that French soldiers withdraw from its territory.", "106", {"MLI"},
     {"FRA"}),
    ("Kyiv insisted that Western allies send more shells.", "1032", {"UKR"}, set()),
    # a state charged with a deed by another is accused, not indicted
    ("Kyiv charged Moscow with genocide.", "1124", {"UKR"}, {"RUS"}),
    ("Iran charged the United States with violating the nuclear deal.", "112", {"IRN"},
     {"USA"}),
    ("The US charged Russia with interfering in the election.", "112", {"USA"}, {"RUS"}),
    # "critical of" judges what it names
    ("Turkey was highly critical of Sweden.", "111", {"TUR"}, {"SWE"}),
    ("Germany remains critical of Hungary.", "111", {"DEU"}, {"HUN"}),
    ("The EU has been sharply critical of Israel's conduct in Gaza.", "111", {"EUR"}, {"ISR"}),
    # an angry reply to what another did
    ("Moscow reacted furiously to Finland's decision to join NATO.", "111", {"RUS"}, {"FIN"}),
    ("Pakistan reacted angrily to India's remarks.", "111", {"PAK"}, {"IND"}),
    ("Beijing responded angrily to Washington's new export controls.", "111", {"CHN"},
     {"USA"}),
    # helper K: headlines
    # a headline's comma for "and" between two named parties
    ("Lavrov, Jaishankar hold talks in Moscow", "040", {"RUS", "IND"}, set()),
    ("Erdogan, Putin meet in Sochi", "040", {"TUR", "RUS"}, set()),
    ("Modi, Biden sign defence pact", "057", {"IND", "USA"}, set()),
    ("Sunak, Meloni agree to cooperate on migration", "031", {"GBR", "ITA"}, set()),
    ("Lavrov, Jaishankar Hold Talks in Moscow", "040", {"RUS", "IND"}, set()),
    # a phone call held, taken or received
    ("Biden holds call with Xi", "041", {"USA"}, {"CHN"}),
    ("Macron held a call with Zelensky.", "041", {"FRA"}, {"UKR"}),
    ("Sunak receives call from Zelensky", "041", {"UKR"}, set()),
    ("Scholz takes call from Erdogan", "041", {"DEU"}, {"TUR"}),
    # a headline's "X says Y open to talks", its "is" dropped
    ("Kremlin says Putin open to talks with Kyiv", "036", {"RUS"}, {"UKR"}),
    ("Tehran says Raisi open to dialogue with Riyadh", "036", {"IRN"}, {"SAU"}),
    # aid as the subject of its arrival: aid given by the country named on it
    ("Aid from Egypt enters Gaza", "070", {"EGY"}, {"PSE"}),
    ("Qatari aid reaches Afghanistan", "070", {"QAT"}, {"AFG"}),
    ("Saudi aid arrives in Yemen", "070", {"SAU"}, {"YEM"}),
    ("A Turkish aid convoy entered Idlib.", "073", {"TUR"}, {"SYR"}),
    ("Humanitarian aid from Jordan reached Gaza on Monday.", "073", {"JOR"}, {"PSE"}),
    ("Aid From Egypt Enters Gaza", "070", {"EGY"}, {"PSE"}),
    # a Title Case headline alone as the text
    ("Turkey Strikes Kurdish Militants in Syria", "190", {"TUR"}, set()),
    ("Erdogan Arrives in Moscow for Talks With Putin", "042", {"TUR"}, {"RUS"}),
    # a bare role after the verb, read as its apposition, is its object
    ("Biden Hosts Japanese Prime Minister at White House", "043", {"USA"}, {"JPN"}),
    ("Xi welcomes Brazilian President in Beijing", "043", {"CHN"}, {"BRA"}),
    ("Putin receives Iranian Foreign Minister in Moscow", "043", {"RUS"}, {"IRN"}),
    # the country named on a visit is where it goes
    ("Lula wraps up China visit", "042", {"BRA"}, {"CHN"}),
    ("Macron ends three-day India visit", "042", {"FRA"}, {"IND"}),
    ("Scholz Begins China Visit", "042", {"DEU"}, {"CHN"}),
    ("The pope began an Iraq visit on Friday.", "042", {"VAT"}, {"IRQ"}),
]
COVER_14B_LOOK_ALIKES: list[str] = [
    "Apple announced $2 billion in share buybacks.",
    "The studio announced $5 million in box-office takings for the film.",
    "The zoo received two leopards from a park in Kenya.",
    "The hospital received a new computer system from Siemens.",
    "The striker passed the ball to his captain.",
    "The senator passed the bill to the committee.",
    "Putin told reporters to wait for the decision.",
    "Police told residents to stay indoors.",
    "The coach told his players to stay calm.",
    "The mayor told people to avoid the area.",
    "Biden told Netanyahu that the United States would not back an attack.",
    "Zelensky told the BBC that Ukraine needs more shells.",
    "Doctors told her to rest for a week.",
    "The referee handed over 2 match balls to the museum.",
    "He handed over 200 pages of notes to his editor.",
    "The critic described the film as a massacre of the novel.",
    "The coach described his team's performance as a disgrace.",
    "Analysts described the talks as productive.",
    "Iraq insisted that its forces remain in Kirkuk.",
    "The coach insisted that his players stay focused.",
    "Ukraine is critical to European security.",
    "The coach was critical of the referee.",
    "Access to clean water is critical for Gaza.",
    "Two soldiers were in critical condition after the blast in Kenya.",
    "The coach reacted angrily to the referee's decision.",
    "Fans reacted angrily to the club's decision to sell its captain.",
    "Investors reacted sharply to the Fed's decision.",
    # helper K: headlines
    "Lakers, Celtics meet in final",
    "Nadal, Federer meet in final",
    "Apple, Google sign deal",
    "Boeing, Airbus report record orders",
    "Yesterday, Wang holds talks",
    "Apple receives call for boycott",
    "Fans hold call for coach to quit",
    "Putin receives calls for peace talks",
    "Coach says Smith open to talks with club",
    "The ball reached the net.",
    "Water from the dam reaches Egypt",
    "Rescuers reach flood victims in Kenya",
    "Lakers host Celtics",
    "Apple lands deal",
    "Storm strikes coast",
    "Lakers Host Celtics",
    "Apple Lands Deal",
    "Storm Strikes Coast",
    "Museum hosts French painter",
    "Lakers begin Europe tour",
    "Taylor Swift begins Japan tour",
]
COVER_14B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Russia charged two Ukrainians with sabotage.", "173", {"RUS"}, {"UKR"}),
    ("Prosecutors charged the former president with corruption.", "173", set(), set()),
    ("The United States announced $2 billion in military aid to Ukraine.", "072", {"USA"},
     {"UKR"}),
    ("Biden told Netanyahu to halt the offensive.", "1056", {"USA"}, {"ISR"}),
]
COVER_14C: list[tuple[str, str, set[str], set[str]]] = [
    # 12 reject
    ("Iran turned down an offer of talks with the United States.", "125", {"IRN"}, {"USA"}),
    ("Pakistan declined an Indian invitation to talks on Kashmir.", "125", {"PAK"}, {"IND"}),
    ("Hamas rejected the Egyptian ceasefire plan.", "127", set(), {"EGY"}),
    ("Ethiopia rejected African Union mediation in its dispute with Egypt.", "126", {"ETH"},
     set()),
    ("Russia vetoed a UN Security Council resolution on Syria drafted by France.", "129",
     {"RUS"}, set()),
    ("Kenya refused to extradite the Ugandan opposition leader.", "121", {"KEN"}, {"UGA"}),
    ("Russia refused to hand over the suspects to Britain.", "1243", {"RUS"}, {"GBR"}),
    ("Moscow shot down a proposal by Kyiv for a prisoner exchange.", "120", {"RUS"}, {"UKR"}),
    ("Israel snubbed a French proposal for an international conference.", "120", {"ISR"},
     {"FRA"}),
    ("Iran balked at European demands to curb its missile programme.", "120", {"IRN"}, set()),
    ("Venezuela balked at the American proposal for new elections.", "120", {"VEN"}, set()),
    ("Hanoi would not entertain the request from Beijing.", "120", {"VNM"}, {"CHN"}),
    ("The EU said it would not consider Serbia's request for more time.", "120", set(),
     {"SRB"}),
    ("Egypt ignored Ethiopia's offer to resume negotiations on the dam.", "120", {"EGY"},
     {"ETH"}),
    ("Britain ignored the Irish offer of talks.", "120", {"GBR"}, {"IRL"}),
    # 13 threaten
    ("Russia threatened to cut gas supplies to Ukraine.", "1311", {"RUS"}, {"UKR"}),
    ("The European Union threatened Belarus with fresh sanctions.", "1312", set(), {"BLR"}),
    ("Saudi Arabia threatened to sever ties with Canada.", "1313", {"SAU"}, {"CAN"}),
    ("Russia gave Ukraine an ultimatum to withdraw its forces.", "139", {"RUS"}, {"UKR"}),
    ("Moscow warned Washington of retaliation over the seizure of Russian assets.", "138",
     {"RUS"}, {"USA"}),
    ("Pyongyang vowed to respond with overwhelming force to US drills.", "138", {"PRK"}, set()),
    ("North Korea said it would go to war with the United States.", "138", {"PRK"}, {"USA"}),
    ("Russia's threat to cut gas supplies alarmed Europe.", "1311", {"RUS"}, set()),
    ("Trump made a threat to impose tariffs on Mexico.", "1312", {"USA"}, {"MEX"}),
    ("China repeated its threat to invade Taiwan.", "138", {"CHN"}, {"TWN"}),
    ("Iran promised revenge against Israel.", "138", {"IRN"}, {"ISR"}),
    ("Tehran vowed to respond with missile strikes to any Israeli attack.", "1384", {"IRN"},
     set()),
    # 14 protest
    ("Hundreds of Palestinians protested against Israel in Ramallah.", "141", {"PSE"}, {"ISR"}),
    ("Lawyers marched in Islamabad against the government.", "141", {"PAK"}, {"PAK"}),
    ("A jailed Egyptian activist went on a hunger strike.", "142", {"EGY"}, set()),
    ("Crowds burned American flags in Tehran.", "141", {"IRN"}, {"USA"}),
    ("Protesters in Islamabad burned effigies of the Indian prime minister.", "141", {"PAK"},
     set()),
    # 15 force posture
    ("Russia massed troops on the border with Ukraine.", "154", {"RUS"}, set()),
    ("Taiwan put its armed forces on standby after Chinese warships appeared.", "152", {"TWN"},
     set()),
    ("Greece placed its navy on standby.", "152", {"GRC"}, set()),
    ("India placed its army on high alert.", "152", {"IND"}, set()),
    ("Pakistan placed its military on high alert after Indian strikes.", "152", {"PAK"}, set()),
    ("France put its police on alert.", "151", {"FRA"}, set()),
    ("Egypt sent troops and tanks to the border with Gaza.", "154", {"EGY"}, set()),
    ("Russia sent more tanks to its border with Finland.", "154", {"RUS"}, set()),
    # 16 reduce relations
    ("Argentina broke off diplomatic relations with Venezuela.", "161", {"ARG"}, {"VEN"}),
    ("Algeria recalled its ambassador to Paris for consultations.", "161", {"DZA"}, {"FRA"}),
    ("Sweden suspended aid to Zimbabwe.", "162", {"SWE"}, {"ZWE"}),
    ("Denmark halted aid to Tanzania.", "162", {"DNK"}, {"TZA"}),
    ("The US withheld $95 million in aid to Egypt.", "162", {"USA"}, {"EGY"}),
    ("Washington froze $200 million in military aid to Kyiv.", "1622", {"USA"}, {"UKR"}),
    ("The Netherlands halted funding to the Palestinian Authority.", "1621", {"NLD"}, {"PSE"}),
    ("Israel suspended talks with the Palestinian Authority.", "164", {"ISR"}, {"PSE"}),
    ("North Korea walked out of talks with the United States in Stockholm.", "164", {"PRK"},
     {"USA"}),
    ("Talks between Israel and Hamas collapsed on Sunday.", "164", {"ISR"}, set()),
    ("Negotiations between Serbia and Kosovo broke down.", "164", {"SRB"}, set()),
    ("Burundi expelled UN human rights observers.", "1662", {"BDI"}, set()),
    ("Nicaragua left the Organization of American States.", "160", {"NIC"}, set()),
    ("Russia declared Deutsche Welle an undesirable organisation.", "172", {"RUS"}, {"DEU"}),
    # 17 coerce
    ("Russia ordered the expulsion of ten Polish diplomats.", "174", {"RUS"}, {"POL"}),
    ("Moscow announced the expulsion of two German diplomats.", "174", {"RUS"}, {"DEU"}),
    ("Russia's expulsion of the American diplomats was the latest blow to relations.", "174",
     {"RUS"}, {"USA"}),
    ("Three Russian diplomats were ordered to leave Norway.", "174", set(), {"RUS"}),
    ("Thailand sent 40 Uyghur men back to China.", "174", {"THA"}, set()),
    ("Nicaragua has closed down dozens of NGOs, including American groups.", "172", {"NIC"},
     set()),
    ("Iran seized a British oil tanker in the Strait of Hormuz.", "171", {"IRN"}, {"GBR"}),
    ("Israeli forces demolished Palestinian homes in the West Bank.", "1712", {"ISR"}, {"PSE"}),
    ("Egyptian security forces took an Italian student into custody.", "173", {"EGY"}, {"ITA"}),
    ("Thailand imposed a curfew in Bangkok.", "1723", {"THA"}, set()),
    ("The Taliban banned women from universities.", "172", {"AFG"}, set()),
    ("Hamas's abduction of Israeli civilians shocked the world.", "181", {"PSE"}, {"ISR"}),
    ("Turkey massed armoured vehicles near the Syrian border.", "154", {"TUR"}, set()),
    ("Russia retaliated by expelling 30 Moldovan diplomats.", "174", {"RUS"}, {"MDA"}),
    ("The government responded by imposing a curfew in Dhaka.", "1723", {"BGD"}, set()),
]
COVER_14C_LOOK_ALIKES: list[str] = [
    "The hospital put its surgeons on standby for the storm.",
    "Police put extra officers on standby for the New Year concert.",
    "The restaurant chain closed down two branches in Ohio.",
    "The club closed down its website after the hack.",
    "Fans burned flares and waved flags at the stadium.",
    "The artist burned a portrait of herself during the performance.",
    "The council burned old posters at the recycling centre.",
    "The quarterback responded with force after the late tackle.",
    "The fund withheld $5 million in fees from investors.",
    "The company lost $95 million in revenue.",
    "Monday saw heavy snow across the Alps.",
    "The company sent new trucks to the border town for the fair.",
    "The band left the festival stage after midnight.",
    "The buyers balked at the asking price for the house.",
    "Critics declared the sequel an undesirable remake.",
    "The factory sent the workers back home early because of the storm.",
    "My grandfather went to war in 1942.",
    "The club will go to war with its rivals on Sunday.",
    "His talks with the band broke into laughter.",
    "The government is not considering a lockdown.",
    "The committee entertained the crowd with stories.",
    "The storm's threat to coastal towns grew overnight.",
    "The striker's threat to leave the club upset fans.",
    "He relaxed by reading novels.",
    "The dealer massed vehicles in the parking lot.",
]
COVER_14C_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Sweden suspended aid to Zimbabwe.", "162", {"SWE"}, {"ZWE"}),
    ("The Kremlin warned NATO against sending troops to Ukraine.", "130", {"RUS"},
     {"IGOWSTNAT"}),
    ("China warned Japan against interfering in Taiwan.", "130", {"CHN"}, {"JPN"}),
    ("The US sent weapons to Ukraine.", "072", {"USA"}, {"UKR"}),
    ("Beijing's crackdown on Uyghurs has drawn Western sanctions.", "175", {"CHN"}, {"CHN"}),
    ("Russia's arrest of the American reporter drew condemnation from Washington.", "173",
     {"RUS"}, {"USA"}),
    ("Navalny's arrest sparked protests.", "173", {"RUS"}, {"RUS"}),
    ("Navalny's arrest on Sunday sparked protests.", "173", {"RUS"}, {"RUS"}),
]
ACTORS_14: list[tuple[str, str, set[str], set[str]]] = [
    # a diplomat is the sending country's, not the host's
    ("Israel's ambassador to Nigeria, Michael Freeman, condemned the attack.", "111",
     {"ISR"}, set()),
    ("Britain's envoy to Sudan, Robert Fairweather, urged the army to stop the fighting.",
     "0256", {"GBR"}, set()),
    # "she" is not the man named last
    ("Putin met Hillary Clinton. She criticised Russia's human rights record.", "111",
     {"USA"}, {"RUS"}),
    # helper L
    # "RSF" in a story of Sudan's war is the Rapid Support Forces
    ("The RSF stormed army positions near Khartoum on Tuesday.", "190", {"SDN"}, set()),
    ("RSF fighters shelled a hospital in El Fasher.", "194", {"SDN"}, set()),
    ("Sudan's army accused the RSF of looting homes in Omdurman.", "1121", {"SDN"}, {"SDN"}),
    # a group named on the weapons it fires
    ("Hamas rockets struck Tel Aviv.", "194", {"PSE"}, {"ISR"}),
    ("Taliban mortars hit a police post in Kandahar.", "194", {"AFG"}, {"AFG"}),
    # al-Shabaab is Somali wherever it strikes
    ("Kenyan police said al-Shabaab militants attacked a bus in Lamu county.", "190",
     {"SOM"}, {"KEN"}),
    ("Kenyan officials said al-Shabaab fighters killed six soldiers in Garissa.", "190",
     {"SOM"}, {"KEN"}),
]
ACTORS_14_LOOK_ALIKES: list[str] = [
    # "Greek life": American college fraternities, no Greeks
    "The college banned Greek letter organizations.",
    "The university suspended Greek life after a student died.",
    # helper L: a sea, shelled with no doer named
    "Sudan's army chief toured the Red Sea coast.",
]
ACTORS_14_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # an unknown person takes no country from what the act is aimed at
    ("Archbishop Thomas Ndlovu called for sanctions against Zimbabwe.", "020", set(), {"ZWE"}),
    ("Activist Maria Lopez urged an arms embargo on Venezuela.", "020", set(), {"VEN"}),
    ("Pastor John Okafor demanded sanctions on Uganda.", "100", set(), {"UGA"}),
    # "he" opening a sentence is the subject of the one before, not its object
    ("Erdogan accused Netanyahu of genocide. Later, he threatened to cut ties with Israel.",
     "1313", {"TUR"}, {"ISR"}),
    ("Macron criticised Scholz. He also urged Poland to act.", "020", {"FRA"}, {"POL"}),
    # "Congo" in a story about the Democratic Republic is the DRC
    ("Rebels seized Goma on Tuesday. Congo's army attacked rebel positions.", "190",
     {"COD"}, set()),
    ("The Democratic Republic of Congo accused Rwanda of backing the rebels.", "112",
     {"COD"}, {"RWA"}),
    # a lone surname is the bearer named in full, not one named as another's relative
    ("John McCain's widow Cindy McCain criticised the Senate. McCain also urged Congress "
     "to act.", "020", {"IGOUNO"}, {"USA"}),
    # a town of the story's country, not a namesake abroad
    ("Police in the Philippine city of Valencia arrested five suspects.", "173",
     {"PHL"}, {"PHL"}),
    ("Philippine police arrested a mayor in Manila. Police later arrested two more officials "
     "in Cordova.", "173", {"PHL"}, {"PHL"}),
    ("Greek police arrested ten migrants.", "173", {"GRC"}, {"GRC"}),
    # a ship seized at sea is no one's told: not the seizer's, not a province named "Gulf"
    ("Iranian forces seized the vessel in the Gulf.", "171", {"IRN"}, set()),
    ("Iranian commandos seized a tanker in the Gulf of Oman.", "171", {"IRN"}, set()),
    ("The Israeli navy seized an Iranian vessel.", "171", {"ISR"}, {"IRN"}),
    # a march in a run of protests against a country's doing is aimed at that country
    ("Thousands of Taiwanese marched through Taipei in the tenth week of protests against "
     "Chinese government encroachment on Taiwan's freedoms.", "1413", {"TWN"}, {"CHN"}),
    ("Thousands marched in Paris in the fifth week of protests against the pension reform.",
     "1412", {"FRA"}, {"FRA"}),
    # helper L
    # a hostage's or captive's nationality is not the captors'
    ("Militants executed a Japanese hostage.", "1823", set(), {"JPN"}),
    ("Insurgents beheaded two British hostages.", "1823", set(), {"GBR"}),
    # a sea-side town unknown to the KB lies where the gazetteer puts it, not in the country
    # of the people acting there
    ("Russian soldiers killed civilians in Bucha.", "190", {"RUS"}, {"UKR"}),
    # "X has faced shelling by Y": Y shells X
    ("Ukraine has faced shelling by Russian forces.", "194", {"RUS"}, {"UKR"}),
    ("Armenia faced shelling by Azerbaijani troops.", "194", {"AZE"}, {"ARM"}),
    ("Gaza has endured shelling by Israeli tanks.", "194", {"ISR"}, {"PSE"}),
    ("Ukraine has faced shelling for months.", "194", set(), {"UKR"}),
    # "Brussels" in a story about the EU is the Union
    ("The EU fined Hungary. Brussels accused Budapest of breaking the rules.", "1121",
     {"EUR"}, {"HUN"}),
    ("Belgian police raided homes in Brussels.", "173", {"BEL"}, {"BEL"}),
    # "RSF" about the press stays Reporters Without Borders
    ("RSF condemned the arrest of two journalists in Khartoum.", "111", {"NGORSF"}, {"SDN"}),
    ("RSF ranked Sudan low in its index. RSF urged Khartoum to free the editor.", "020",
     {"NGORSF"}, {"SDN"}),
    # "told reporters" is no press story
    ("A Sudanese army spokesman told reporters that RSF fighters shelled a market in El "
     "Fasher.", "194", {"SDN"}, {"SDN"}),
]
COVER_14D: list[tuple[str, str, set[str], set[str]]] = [
    # 18: kidnappings, assaults, bombings, assassinations
    ("Boko Haram fighters abducted more than 100 schoolgirls from a school in Nigeria.", "181",
     {"NGA"}, set()),
    ("Gunmen abducted a Pakistani diplomat from his car in Kabul.", "181", {"AFG"}, {"PAK"}),
    ("Hamas is still holding about 130 Israelis hostage in Gaza.", "181", {"PSE"}, {"ISR"}),
    ("A British aid worker was kidnapped in northern Mali on Sunday.", "181", {"MLI"}, {"GBR"}),
    ("Two Chinese engineers were abducted in southern Pakistan.", "181", {"PAK"}, {"CHN"}),
    ("Gunmen seized two Italian journalists in southern Algeria.", "181", {"DZA"}, {"ITA"}),
    ("Gunmen seized three Chinese engineers in Pakistan's Balochistan province.", "181", {"PAK"},
     {"CHN"}),
    ("Russian forces abducted the mayor of Melitopol.", "181", {"RUS"}, {"UKR"}),
    ("Armed men seized two Italian tourists in southern Algeria.", "181", {"DZA"}, {"ITA"}),
    ("Kidnappers seized a French tourist in southern Niger.", "181", {"NER"}, {"FRA"}),
    ("An American journalist was taken hostage by militants in Syria.", "181", set(), {"USA"}),
    ("Israeli settlers assaulted a Palestinian farmer near Hebron.", "182", {"ISR"}, {"PSE"}),
    ("Syrian security forces tortured thousands of detainees, Amnesty International said.",
     "1822", {"SYR"}, set()),
    ("Islamic State militants beheaded a Japanese hostage in Syria.", "1823", set(), {"JPN"}),
    ("Islamic State fighters executed dozens of Iraqi soldiers near Tikrit.", "1823", set(),
     {"IRQ"}),
    ("Militants carried out a suicide bombing at a police station in Kabul.", "1831", {"AFG"},
     {"AFG"}),
    ("The Pakistani Taliban claimed responsibility for a suicide bombing that killed 30 people "
     "at a mosque in Peshawar.", "1831", {"PAK"}, {"PAK"}),
    ("The Islamic State group claimed the bombing, which killed 14 Egyptian soldiers in Sinai.",
     "183", set(), {"EGY"}),
    ("A roadside bomb blast that killed four Afghan soldiers in Helmand.", "1833", set(),
     {"AFG"}),
    ("Islamic State militants used civilians as human shields in Mosul.", "184", set(), set()),
    ("Gunmen tried to assassinate the governor of Afghanistan's Kandahar province.", "185",
     {"AFG"}, {"AFG"}),
    ("Gunmen assassinated a senior Hezbollah commander in Beirut.", "186", {"LBN"}, {"LBN"}),
    # 19: fighting, sieges, occupation, fire, air power, ceasefires
    ("Russia launched a full-scale invasion of Ukraine in February 2022.", "190", {"RUS"},
     {"UKR"}),
    ("Turkish forces pressed their offensive against Kurdish militias in northern Syria.", "190",
     {"TUR"}, set()),
    ("Ukrainian troops repelled a Russian assault near Bakhmut.", "190", {"UKR"}, {"RUS"}),
    ("Nine Pakistani police officers were wounded when militants attacked their checkpoint.",
     "182", {"PAK"}, {"PAK"}),
    ("Al-Shabaab claimed responsibility for the attack, which killed 20 Kenyan police officers.",
     "190", {"SOM"}, {"KEN"}),
    ("Boko Haram claimed an attack that killed 40 farmers in northeastern Nigeria.", "190",
     {"NGA"}, {"NGA"}),
    ("The attack on the Israeli embassy in Buenos Aires killed 29 people.", "190", set(),
     {"ISR"}),
    ("Israel imposed a total siege on the Gaza Strip.", "191", {"ISR"}, {"PSE"}),
    ("Russian forces encircled the port city of Mariupol.", "191", {"RUS"}, {"UKR"}),
    ("M23 rebels captured the eastern Congolese city of Goma.", "192", {"COD"}, {"COD"}),
    ("Syrian government forces recaptured Palmyra from Islamic State.", "192", {"SYR"}, set()),
    ("Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir.", "193",
     {"IND", "PAK"}, set()),
    ("Russian artillery shelled residential areas of Kharkiv overnight.", "194", {"RUS"},
     {"UKR"}),
    ("The Russian shelling of Kherson killed three civilians.", "194", {"RUS"}, {"UKR"}),
    ("Israel's bombardment of Gaza has killed more than 20,000 people.", "194", {"ISR"},
     {"PSE"}),
    ("Israel's bombing of Gaza, which has killed thousands of Palestinians, drew condemnation.",
     "195", {"ISR"}, {"PSE"}),
    ("Israeli air strikes killed at least 40 people in Gaza overnight, the Gaza health ministry "
     "said.", "195", {"ISR"}, {"PSE"}),
    ("Houthi rebels fired a ballistic missile at the Saudi capital Riyadh.", "195", {"YEM"},
     {"SAU"}),
    ("Azerbaijani forces violated the truce overnight, Armenia's defence ministry said.", "196",
     {"AZE"}, set()),
    ("Gunmen storm hotel in Somali capital", "193", set(), {"SOM"}),
    ("Boko Haram jihadists stormed a village in Borno state, killing 30 farmers.", "190",
     {"NGA"}, {"NGA"}),
    ("The Houthis said they had targeted a US warship in the Gulf of Aden.", "190", {"YEM"},
     {"USA"}),
    ("Ukrainian drones targeted a Russian oil refinery in Ryazan.", "195", {"UKR"}, {"RUS"}),
    ("Russian strikes on Kyiv left five people dead.", "190", {"RUS"}, set()),
    ("Gunmen left three Mexican police officers dead in Guerrero.", "193", {"MEX"}, {"MEX"}),
    # 20: mass violence
    ("Militants massacred dozens of villagers in eastern Congo.", "200", set(), {"COD"}),
    ("Serbian forces drove ethnic Albanians out of Kosovo.", "201", {"SRB"}, set()),
    ("Bosnian Serb forces carried out ethnic cleansing against Muslims in eastern Bosnia.",
     "203", set(), set()),
    ("Syrian government forces used chemical weapons against civilians in Douma.", "2041",
     {"SYR"}, {"SYR"}),
]
COVER_14D_LOOK_ALIKES: list[str] = [
    "Hackers hijacked the Twitter account of the Pakistani prime minister.",
    "Protesters hijacked the debate in the French parliament.",
    "The album leaked in Britain after hackers hijacked the label's website.",
    "The band was kidnapped by its own success in Britain.",
    "A French chef murdered the classics at a dinner in Paris, critics said.",
    "A car bomb scene was filmed in Belfast for a new Netflix series.",
    "Lightning struck a house in Kenya, killing a family of five.",
    "Five people were killed when a bus overturned in southern Mexico.",
    "Three Chinese climbers were killed when an avalanche struck their camp in Nepal.",
    "The Spanish police seized a tonne of cocaine at the port of Valencia.",
    "The Russian striker drove the ball out of the stadium.",
    "The new tax targets oil refineries in Texas.",
    "The campaign targeted young voters at the Glastonbury festival in Britain.",
    "Shoppers storm stores in Britain for Black Friday deals",
    "Fans storm pitch after Scotland win",
    "The heat wave left 20 people dead in India.",
    "A drunk driver left two pedestrians dead in London.",
    "The bus accident left 12 Indian pilgrims dead in Nepal.",
]
COVER_14D_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Israeli air strikes killed at least 40 people in Gaza overnight, the Gaza health ministry "
     "said.", "195", {"ISR"}, {"PSE"}),
    ("Hundreds of people were killed when government troops fired on protesters in Andijan.",
     "175", {"UZB"}, {"UZB"}),
    ("Rebels detained three Chinese workers at a mine in eastern Congo.", "173", {"COD"},
     {"CHN", "COD"}),
    ("Iran executed two men convicted of spying for Israel.", "173", {"IRN"}, {"IRN"}),
    ("Israeli police seized a Palestinian teenager in East Jerusalem.", "173", {"ISR"}, {"PSE"}),
]
AUDIT_14: list[tuple[str, str, set[str], set[str]]] = [
    # what a law did lead to happened; a permission a government gives is its act
    ("The new rules led to the arrest of dozens of activists in Egypt.", "173", {"EGY"},
     {"EGY"}),
    ("The Russian government allowed UN inspectors to visit the plant.", "0862", {"RUS"}, set()),
    # a relative arrested or killed by others is the others' act
    ("Their father was arrested by Iranian police in Tehran.", "173", {"IRN"}, set()),
    ("His son was killed by Russian soldiers near Kharkiv.", "190", {"RUS"}, set()),
    ("The Kenyan senator was killed in 2005. His daughter learned that her father was shot by "
     "Peter Mwangi.", "180", {"KEN"}, set()),
    # a minister arriving is a visit; a deployment of peacekeepers stays aid
    ("Indian Defence Minister Rajnath Singh arrived in Moscow for talks.", "042", {"IND"},
     {"RUS"}),
    ("A Chinese military delegation arrived in Islamabad on Monday.", "042", {"CHN"}, {"PAK"}),
    # a passive with its doer told, and one that happened
    ("Protesters could be detained by Belarusian police under the new rules, he said.", "173",
     {"BLR"}, set()),
    ("The journalist was arrested in Moscow on Tuesday.", "173", {"RUS"}, set()),
    # an emergency declared; a state's options; people addressing a state; an office left
    ("Peru declared a state of emergency in Lima.", "1724", {"PER"}, set()),
    ("The WHO declared that the outbreak was a global emergency.", "1724", set(), set()),
    ("The White House is considering new sanctions on Iran.", "014", {"USA"}, set()),
    ("Residents accused the Nigerian army of burning their homes.", "112", {"NGA"}, {"NGA"}),
    ("Foreign Minister Lavrov resigned on Monday.", "0831", {"RUS"}, set()),
    ("Biden called on Americans to get vaccinated.", "020", {"USA"}, {"USA"}),
    ("Many people in Gaza criticised Hamas.", "111", {"PSE"}, {"PSE"}),
    ("The Pakistani government appealed to people to stay calm.", "020", {"PAK"}, set()),
    ("Pakistan put its forces on alert along the Indian border.", "152", {"PAK"}, set()),
    # a charge of a crime, not a task given
    ("Police charged him with running a drug ring in Kenya.", "173", {"KEN"}, set()),
    ("The journalist was charged with spying for Israel.", "173", set(), set()),
    # force used on a crowd; proxies used to attack stay an attack, not a crackdown
    ("Police used force to disperse the protesters in Nairobi.", "175", {"KEN"}, {"KEN"}),
    ("They are one of the militias Iran uses to attack Israeli interests.", "190", {"IRN"},
     {"ISR"}),
]
AUDIT_14_LOOK_ALIKES: list[str] = [
    # what a law would allow or may lead to is no one's act
    "Kenya's parliament debated a bill that would allow police to detain protesters without "
    "charge.",
    "The new law allows Egyptian authorities to arrest journalists without a warrant.",
    "The amendment would let the Hungarian government ban opposition rallies.",
    "The decree permits the army to expel foreigners from Mali.",
    "The measure would give Indian police the power to seize property of protesters.",
    "A draft law that would authorise the Thai army to arrest protesters was approved.",
    "Critics said the law could lead to arrests of journalists in Turkey.",
    "Opposition leaders said the reform would lead to the expulsion of foreign journalists "
    "from Russia.",
    # what would have happened, or may or should be done by no one named
    "It was one of several bills that would have banned noncompete agreements in Ohio.",
    "Russia would have attacked Ukraine earlier without the sanctions, analysts said.",
    "Another film appears to claim that people can be arrested for flying the flag.",
    "This should be banned, the Danish engineer says flatly.",
    "Critics of the plan said migrants could be deported to Rwanda.",
    # the reader advised
    "You can block access to Facebook and Instagram during school hours.",
    "You should report any suspicious package to the police.",
    # a family's private life, in a film or a home
    "The film opens in Georgia in 1909. Young sisters Celie and Nettie are best friends who "
    "find moments of happiness away from their monstrous father Alfonso, who has been raping "
    "Celie for years.",
    "The Mexican brothers said their father had beaten their mother for years.",
    "Laura, 41, previously paid tribute to her son.",
    "The Nigerian singer thanked her mother in a speech.",
    # forces moving, no visit
    "A group of Israeli soldiers arrived at the building in Gaza where they were held.",
    "Police arrived at the scene within minutes.",
    "Turkish troops arrived at the border crossing on Sunday.",
    # an emergency ended, fire-fighting, a power or anyone's act, a firm's options
    "2023 was the year the World Health Organization declared that it was no longer a public "
    "health emergency.",
    "The WHO declared that mpox is no longer a global emergency.",
    "Officials said water bombing by aircraft was disallowed as it might have damaged the "
    "cathedral.",
    "Because only Congress may allocate funds in this way, the order is unlawful.",
    "Only Russia can end this war, Zelensky said.",
    "For any government to try to reverse this decision flies in the face of who we are.",
    "Any country that attacks a NATO member will face a response, Biden said.",
    "Samsung may be considering introducing a larger version of its tablet.",
    # people at large, animals, staff quitting
    "I think people reform, people progress, people reject ideas.",
    "The people collaborate in their own community.",
    "Microsoft probably will appeal to most people, as Windows is everywhere.",
    "The Hamas militants killed the canine.",
    "Dozens of nurses quit ahead of the winter in Leeds.",
    "Since the announcement was made, many people expressed their anger on Reddit.",
    "The bill would allow people living in or visiting Hong Kong to be removed to mainland "
    "China.",
    "Though the attack was unprecedented, the Czech Republic has faced shooting tragedies "
    "before.",
    "A doctor said, We received a mass casualty alert following the plane crash near the "
    "airport.",
    # a task given, no charge
    "The envoy was charged with overseeing the talks with Iran.",
    "A new Egyptian agency will be charged with monitoring the border with Gaza.",
    "They are among the proxy forces Iran uses across the region.",
]
AUDIT_14_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
SPEECH_15: list[tuple[str, str, set[str], set[str]]] = [
    # conduct damned or praised in reported words, under any verb of saying
    ("The German chancellor tweeted that Russia had betrayed its neighbours.", "111", {"DEU"},
     {"RUS"}),
    ("Japan's prime minister wrote that the Chinese government had behaved irresponsibly.",
     "111", {"JPN"}, {"CHN"}),
    ("The Polish president said Germany had mishandled the energy crisis.", "111", {"POL"},
     {"DEU"}),
    ("Britain's foreign secretary noted that the Iranian regime had acted recklessly in the "
     "Gulf.", "111", {"GBR"}, {"IRN"}),
    ("\"Russia has betrayed the trust of its neighbours,\" the Finnish president said.", "111",
     {"FIN"}, {"RUS"}),
    ("Canada's foreign minister noted that Ukraine had acted courageously.", "051", {"CAN"},
     {"UKR"}),
    ("The Indian prime minister said that the British government had done a terrific job.",
     "051", {"IND"}, {"GBR"}),
    ("Secretary of State Antony Blinken called Olaf Scholz \"a deeply valued partner\".", "051",
     {"USA"}, {"DEU"}),
    ("The Japanese foreign minister said Australia was a valued partner.", "051", {"JPN"},
     {"AUS"}),
    # a report judged is judged of its makers
    ("Israel's prime minister said the UN report was a disgrace.", "111", {"ISR"}, set()),
    ("The Russian embassy said the BBC's report was a shameful lie.", "111", {"RUS"}, {"GBR"}),
]
SPEECH_15_LOOK_ALIKES: list[str] = [
    # no actor judged, or sport, culture, private life
    "Officials said the weather had been awful all week.",
    "The minister said the jobs report was disappointing.",
    "The critic wrote that the director had botched the ending of the film.",
    "The manager said Arsenal had handled the pressure brilliantly.",
    "Her lawyer said her ex-husband had behaved disgracefully during the divorce.",
    "She said her husband had betrayed her.",
    # the speaker's own country, the speaker himself, a betrayal to come
    "The Chinese ambassador noted that China had acted responsibly.",
    "The French president said France had acted responsibly throughout the crisis.",
    "Biden said he had mishandled the withdrawal.",
    "Scholz said Russia would betray its partners if it cut the gas.",
    "The bank said the firm was valued at two billion dollars.",
]
SPEECH_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Britain's opposition leader said the British government had behaved shamefully.", "111",
     {"GBR"}, {"GBR"}),
    ("The Saudi foreign ministry said the Amnesty report was baseless propaganda.", "111",
     {"SAU"}, {"NGOAMN"}),
]
STRIKES_15: list[tuple[str, str, set[str], set[str]]] = [
    ("Israeli strikes on Gaza continued overnight.", "190", {"ISR"}, {"PSE"}),
    ("Five people died in Russian strikes on Odesa on Tuesday.", "190", {"RUS"}, {"UKR"}),
    ("The US carried out strikes against militant positions in Somalia.", "190", {"USA"},
     {"SOM"}),
    ("Dozens died in Russian missile strikes on Kharkiv.", "195", {"RUS"}, {"UKR"}),
    ("Eleven civilians were killed in Russian strikes on Kherson.", "190", {"RUS"}, set()),
    ("Three police officers died in a car bombing in Mogadishu.", "1832", {"SOM"}, {"SOM"}),
    ("Four soldiers died in a roadside bombing in Helmand.", "1833", {"AFG"}, {"AFG"}),
    ("Ten people were killed in a suicide bombing in Kabul.", "1831", {"AFG"}, {"AFG"}),
    ("Israel's blockade of Gaza has caused shortages of fuel.", "191", {"ISR"}, {"PSE"}),
    ("China's pressure on Taiwan has grown since the election.", "170", {"CHN"}, {"TWN"}),
    ("Turkey's threat to Sweden delayed the vote.", "130", {"TUR"}, {"SWE"}),
    ("Germany said it would refuse further aid to Hungary unless the veto was lifted.", "1311",
     {"DEU"}, {"HUN"}),
    ("The EU will refuse to negotiate with Britain unless it pays the bill.", "134", {"EUR"},
     {"GBR"}),
    ("Hamas said it would hold no more talks with Israel unless the bombing stopped.", "134",
     {"PSE"}, {"ISR"}),
    ("Germany will not send aid to Hungary unless the veto is lifted.", "1311", {"DEU"},
     {"HUN"}),
    ("Hamas will hold no more talks with Israel.", "125", {"PSE"}, {"ISR"}),
]
STRIKES_15_LOOK_ALIKES: list[str] = [
    "A strike on Monday shut schools in the city.",
    "Workers' strikes in France disrupted trains.",
    "The strike against the pay freeze entered its third week.",
    "Her grandfather died in a car crash in Ohio.",
    "Seven people died in a stampede in Lagos.",
    "Two miners died in an explosion at a coal mine in Shanxi.",
    "Two people were killed in a car crash in Ohio.",
    "Taylor Swift's tour of Japan sold out in minutes.",
    "Apple's deal with Samsung ended last year.",
    "The team's pressure on the goalkeeper paid off.",
]
STRIKES_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # an airstrike's doers fly in from elsewhere: no unidentified attackers of the place
    ("Five people died in an airstrike in Rafah.", "195", set(), {"PSE"}),
    ("Three civilians were killed in a drone strike in Idlib.", "195", set(), {"SYR"}),
    ("Dozens were killed in Israeli strikes on Gaza.", "190", {"ISR"}, {"PSE"}),
]
PROSE_15A: list[tuple[str, str, set[str], set[str]]] = [
    # grief in two feelings conjoined ("shocked and saddened to hear of the passing of Y")
    ("Chancellor Olaf Scholz said he was shocked and saddened to hear of the passing of the "
     "Irish president.", "018", {"DEU"}, {"IRL"}),
    ("The Kenyan president said he was stunned and saddened to learn of the death of the "
     "Tanzanian leader.", "018", {"KEN"}, {"TZA"}),
    ("The Japanese prime minister was shocked and devastated by the assassination of the "
     "Slovak prime minister.", "018", {"JPN"}, {"SVK"}),
    ("The Indian prime minister said he was pained to hear about the demise of his old "
     "colleague, former Chief Minister of Kerala Oommen Chandy.", "018", {"IND"}, set()),
    # a claim put to a speaker, answered "it is not true" (016)
    ("Asked about the accusation, the Spanish minister said it was not true.", "016",
     {"ESP"}, set()),
    ("When confronted with the allegation that he took bribes, the Nigerian senator told "
     'reporters "No, it is not true."', "016", {"NGA"}, set()),
    ("In response to the reports, the Turkish foreign ministry said this was false.", "016",
     {"TUR"}, set()),
    ("Questioned about the claims, the Hungarian government spokesman said it was "
     "completely untrue.", "016", {"HUN"}, set()),
    # "declined" an arrangement, a plan or a demand: a refusal
    ("The Russian president declined the arrangement proposed by France.", "127", {"RUS"},
     {"FRA"}),
    ("Serbia declined the EU plan for Kosovo.", "127", {"SRB"}, set()),
    ("The Iranian foreign minister declined the American demand.", "120", {"IRN"}, {"USA"}),
    ("The Venezuelan government declined the ultimatum issued by Washington.", "120",
     {"VEN"}, set()),
    # a crowd surrounding or besieging a seat of power obstructs passage (144), no siege
    ("Hundreds of protesters surrounded the Serbian parliament.", "1442", {"SRB"}, {"SRB"}),
    ("Demonstrators besieged the Georgian prime minister's office.", "1442", set(), {"GEO"}),
    ("Angry farmers blockaded the French agriculture ministry.", "1442", set(), {"FRA"}),
    ("Thousands of truckers blockaded the Canadian parliament.", "1442", set(), {"CAN"}),
    # armed men surrounding a place still besiege it
    ("Israeli soldiers encircled the Palestinian refugee camp.", "191", {"ISR"}, {"PSE"}),
    ("Russian troops surrounded the Ukrainian city of Mariupol.", "191", {"RUS"}, {"UKR"}),
    # a lawsuit announced for the future is a threat (131), as "threatened to sue" is
    ("Mexico said it would sue the American gun makers.", "131", {"MEX"}, {"USA"}),
    ("The Hungarian government vowed to challenge the EU ruling in court.", "131", {"HUN"},
     set()),
    ("Texas will sue the Biden administration over the rule, the Texas governor said.", "131",
     {"USA"}, {"USA"}),
    ("The Irish government pledged to file a lawsuit against Apple.", "131", {"IRL"},
     {"USA"}),
    # a lawsuit filed stays one
    ("Texas sued the Biden administration over the rule.", "115", {"USA"}, {"USA"}),
    # "took X to court", the "to court" misread as an infinitive
    ("The Hungarian government took the European Commission to court.", "115", {"HUN"},
     set()),
    ("The Hungarian government vowed to take the European Commission to court.", "131",
     {"HUN"}, set()),
    ("The Dutch government took the Russian state to court over the downing of the plane.",
     "115", {"NLD"}, {"RUS"}),
]
PROSE_15A_LOOK_ALIKES: list[str] = [
    "The coach said he was tired and saddened to hear of the death of his dog.",
    "The mayor said he was saddened by the death of a girl in Paris.",
    "She was shocked and saddened by the news.",
    "Asked about the rumours, the singer said it was not true.",
    "Asked about the weather, the Spanish minister said it was not true that it rained.",
    "The Spanish minister said it was not true.",
    "Asked about the claims, the striker said it was not true that he wanted to leave the club.",
    "Fans surrounded the Brazilian footballer at the airport.",
    "The striker declined a new deal with the club.",
    "Oil prices declined after the deal.",
    "Apple declined the takeover deal.",
    "She took her dog to school.",
    "The French president took his wife to dinner.",
]
PROSE_15A_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # the one asked refuses the asker: "X asked Y to ..., but he declined" (120 Y -> X)
    ("The Italian government asked the judge to delay the ruling, but he declined.", "120",
     {"ITA"}, {"ITA"}),
    ("Kenya asked Uganda to extradite the suspect, but it refused.", "120", {"UGA"}, {"KEN"}),
    ("Germany urged Poland to accept the refugees, but Warsaw declined.", "120", {"POL"},
     {"DEU"}),
    ("The Brazilian president asked the Argentine leader to reopen the border, but he "
     "refused.", "120", {"ARG"}, {"BRA"}),
]
PROSE_15B: list[tuple[str, str, set[str], set[str]]] = [
    # a condition told by inversion ("should X do Y") conditions a threat, as "if" does
    ("Beijing said it would impose sanctions on Washington should the US sell arms to Taiwan.",
     "1312", {"CHN"}, {"USA"}),
    ("Iran warned that it would retaliate should Israel strike its nuclear sites.", "138",
     {"IRN"}, {"ISR"}),
    ("The minister warned that Turkey would cut ties with Israel should Israel annex the "
     "territory.", "1313", {"TUR"}, {"ISR"}),
    # a claim made in a lawsuit or complaint sues or complains of whom it names
    ("Mexico argues in its lawsuit that American gunmakers fuel violence across the border.",
     "115", {"MEX"}, {"USA"}),
    ("Texas argued in its lawsuit that the federal government had failed to secure the border.",
     "115", {"USA"}, {"USA"}),
    ("Kenya claimed in a complaint to the African Union that Somalia had seized its fishing "
     "boats.", "114", {"KEN"}, {"SOM"}),
    # applying to an authority for its permission
    ("Serbia applied to the European Commission for permission to import the vaccine.", "020",
     {"SRB"}, set()),
    ("Gazprom has applied to Germany's regulator for approval of the pipeline.", "020",
     {"RUS"}, {"DEU"}),
    # an act "in conflict with" a law or treaty breaches it
    ("The German chancellor said Poland's decision was in direct conflict with European law.",
     "111", {"DEU"}, {"POL"}),
    ("The Spanish foreign minister said Morocco's actions are in direct conflict with its "
     "obligations under the treaty.", "111", {"ESP"}, {"MAR"}),
]
PROSE_15B_LOOK_ALIKES: list[str] = [
    # the inverted condition is no event of its own
    "Oil prices would soar should Iran close the Strait of Hormuz.",
    "Markets will tumble should China blockade Taiwan.",
    "The match will be postponed should protesters block the stadium.",
    "Shares in the chipmaker would fall should Washington sanction its Chinese suppliers.",
    "Insurers will raise premiums should Russia attack more tankers in the Black Sea.",
    "The festival would move online should Germany ban large gatherings again.",
    # claims made elsewhere than in a suit
    "The actor claims in her new memoir that her father was a spy.",
    "The team said in a statement that the coach had resigned.",
    "The club applied for permission to build a new stadium.",
    "She applied for a licence to open a bakery.",
    # in conflict with what is no rule
    "The coach said the player's comments were in conflict with the club's values.",
    "Scientists said the new data were in conflict with the standard model.",
    # violence one is said to like doing is no attack
    "The presenter said that Russian soldiers are happy to kill civilians.",
    "Critics say the gangs are happy to kill anyone who crosses them.",
    # reviews of games and devices
    "American reviewers criticised the game's endless loading screens.",
    "Gamers in Japan slammed the console's battery life.",
]
PROSE_15B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Iran warned that it would close the strait should Israel strike its nuclear sites.",
     "130", {"IRN"}, {"ISR"}),
    ("Ukraine alleged in a complaint filed at the court that Russia had violated the genocide "
     "convention.", "114", {"UKR"}, {"RUS"}),
    ("Poland claimed in a complaint to the commission that Germany had broken EU rules.",
     "114", {"POL"}, {"DEU"}),
    ("Lawyers for Meta said in a lawsuit that Apple's new rules were unfair.", "115",
     {"USA"}, {"USA"}),
]
DROPPED_15: list[tuple[str, str, set[str], set[str]]] = [
]
DROPPED_15_LOOK_ALIKES: list[str] = [
    # with no headline and no country, unnamed doers are no one's
    "Critics condemned the decision to reopen the schools.",
    "Ewa Sokolowska was actively encouraged to step down.",
]
#: (headline, body sentence, code, source countries, target countries and implied ones): a
#: domestic act whose doers the sentence leaves unnamed is the headline country's own.
DROPPED_15_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("Teachers' strike ends in Leeds, England",
     "The ruling drew objections from conservatives opposing the reform.", "111", {"GBR"},
     {"GBR"}),
    ("Former mayor of Brisbane, Australia dies aged 80",
     "Ewa Sokolowska was actively encouraged to step down.", "0241", {"AUS"}, {"AUS"}),
    ("Court overturns ban on rallies in Lagos, Nigeria",
     "Campaigners called for an inquiry into the shootings.", "020", {"NGA"}, {"NGA"}),
    ("Flooding closes schools in Ontario, Canada",
     "Critics condemned the decision to reopen them.", "111", {"CAN"}, {"CAN"}),
    ("Hospital strike spreads across Chile",
     "Mrs Abernathy-Cole was praised for her courage.", "051", {"CHL"}, {"CHL"}),
    ("Referendum on new constitution held in Chile",
     "Voters rejected the proposal by a wide margin.", "120", {"CHL"}, {"CHL"}),
    # a group named by people whose country the story does not give
    ("Novelists sue chatbot maker in New York, United States",
     "Authors like Jane Whitcombe, Peter Oduya and Mara Linden joined a class action lawsuit "
     "against OpenAI.", "115", {"USA"}, {"USA"}),
    ("Novelists protest in Lyon, France",
     "Writers such as Anne Kervella and Paul Morand-Dupuis criticised the ministry.", "111",
     {"FRA"}, {"FRA"}),
]
#: (headline, body sentence): things, sport, markets, mourning and captors stay without event.
DROPPED_15_HEADLINED_LOOK_ALIKES: list[tuple[str, str]] = [
    ("Bomb kills 20 in Kabul, Afghanistan", "Mourners gathered to pay tribute to the victims."),
    ("Earthquake shakes Puerto Rico", "That quake destroyed at least 300 homes."),
    ("Manchester United beat Chelsea in London, England",
     "Fans booed the referee after the match."),
    ("Film festival opens in Cannes, France", "The film was praised by critics."),
    ("Retailer cuts jobs in Ohio, United States", "Investors rejected the takeover offer."),
    ("Hostages freed in Mali", "Three hostages were released on Tuesday."),
    ("Floods hit Queensland, Australia", "The storm destroyed dozens of homes."),
    ("Novak Djokovic wins in Melbourne, Australia", "He beat his rival in straight sets."),
    ("Election results announced in Ghana", "Ghana was urged to accept the result."),
]
DROPPED_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
CODES_15: list[tuple[str, str, set[str], set[str]]] = [
    # a sum of money pledged, offered or asked for is economic aid
    ("Saudi Arabia pledged $2 billion to rebuild the port of Aden.", "0331", {"SAU"}, set()),
    ("Japan offered 500 million euros to Ukraine.", "0331", {"JPN"}, {"UKR"}),
    ("Pakistan asked China for $2 billion.", "0231", {"PAK"}, {"CHN"}),
    # what an appeal is "for", on the verb or on the one asked
    ("Kyiv appealed to its allies for military aid.", "0232", {"UKR"}, set()),
    ("The families pressed Tehran for the release of the sailors.", "1053", set(), {"IRN"}),
    ("Germany halted development aid to Niger after the coup.", "1621", {"DEU"}, {"NER"}),
    # blockades of people who protest: dissent, eased or pressed
    ("Greek farmers ended their blockade of the border crossing with Bulgaria.", "082",
     {"GRC"}, set()),
    ("Polish truckers blocked the border crossings with Ukraine.", "1442", {"POL"}, set()),
    # a term served is a sentence
    ("The Russian journalist was put behind bars for 22 years.", "116", {"RUS"}, set()),
    ("Iran sent the Briton to prison for ten years.", "116", {"IRN"}, {"GBR"}),
    # a proposed or promised change of the rules
    ("The Dutch health ministry proposed taking cannabis off the list of banned drugs.",
     "0342", {"NLD"}, set()),
    ("The Thai cabinet proposed reclassifying cannabis as a narcotic.", "0342", {"THA"}, set()),
    ("The Malian junta promised to hold elections next year.", "034", {"MLI"}, set()),
    # the deed an accusation names
    ("Washington accused Pyongyang of sending workers abroad under false identities and "
     "funnelling their wages to the regime.", "1121", {"USA"}, {"PRK"}),
    ("Amnesty accused Egyptian police of arbitrarily detaining hundreds of protesters.",
     "1122", set(), {"EGY"}),
    ("Mexico accused the former governor of diverting public funds.", "1121", {"MEX"}, {"MEX"}),
    ("Washington said the arrest of the reporter in Russia was arbitrary.", "111", {"USA"},
     {"RUS"}),
    # restrictions on political freedoms and parties, eased or imposed; property seized
    ("Thailand lifted the ban on political gatherings.", "0811", {"THA"}, set()),
    ("Egypt eased restrictions on the press.", "0811", {"EGY"}, set()),
    ("Turkey lifted the ban on the pro-Kurdish party.", "0812", {"TUR"}, set()),
    ("Pakistan imposed restrictions on the media.", "1721", {"PAK"}, set()),
    ("Russia seized the assets of Danone.", "1711", {"RUS"}, {"FRA"}),
    # an appeal or demand whose act changes the rules
    ("Australian senators urged the government to take action to curb online gambling.",
     "0242", {"AUS"}, set()),
    ("Canadian doctors urged Ottawa to ban menthol cigarettes.", "0242", {"CAN"}, {"CAN"}),
    ("US senators asked the Biden administration to tighten export controls on chips.",
     "0242", {"USA"}, {"USA"}),
    ("Japanese business leaders lobbied Tokyo for tax cuts.", "0242", {"JPN"}, {"JPN"}),
    ("The Indian opposition demanded a rollback of the fuel price hike.", "1042", {"IND"},
     set()),
    # blame rejected is responsibility denied
    ("The Kremlin rejected accusations that its forces bombed the hospital.", "016", {"RUS"},
     set()),
    ("China dismissed the allegations of forced labour in Xinjiang.", "016", {"CHN"}, set()),
    ("Iran rejected claims that it supplied drones to Russia.", "016", {"IRN"}, set()),
    ("Beijing dismissed reports of torture in Xinjiang.", "016", {"CHN"}, set()),
    # one private person who shoots commits an assault, not armed combat
    ("A student opened fire in a university building in Prague on Thursday.", "180", {"CZE"},
     set()),
    ("A police officer was shot in Croydon by a prisoner.", "180", {"GBR"}, {"GBR"}),
    ("A teenager shot dead three classmates at a school in Serbia.", "1823", {"SRB"}, set()),
    # the weapon or bomb named on what is fired or set off
    ("Al-Shabaab militants detonated a car bomb in Mogadishu.", "1832", {"SOM"}, set()),
    ("A militant detonated a suicide vest at a checkpoint in Kabul.", "1831", {"AFG"}, set()),
    ("Militants detonated a roadside device near a convoy in Somalia.", "1833", {"SOM"}, set()),
    # what an intent promises: rights upheld, peacekeepers sent
    ("The Thai government pledged to protect freedom of expression.", "0343", {"THA"}, set()),
    ("Serbia vowed to respect the rights of minorities.", "0343", {"SRB"}, set()),
    ("Turkey offered to send peacekeepers to Gaza.", "0334", {"TUR"}, {"PSE"}),
    # a request refused by what it asked: access for inspectors
    ("Iran rejected the IAEA request for access to the site.", "1245", {"IRN"}, set()),
    # a leader put back or taken out, asked for or refused
    ("ECOWAS urged Niger's junta to reinstate the ousted president.", "0241", set(), {"NER"}),
    ("The African Union demanded that the junta restore President Bazoum to power.", "1041",
     set(), {"NER"}),
]
CODES_15_LOOK_ALIKES: list[str] = [
    "Google offered $1 million to the winner of the coding contest.",
    "The bank lifted the ban on cryptocurrency purchases.",
    "The museum seized the opportunity to buy the painting.",
    "Farmers ended the harvest early in France.",
    "The band promised to hold a concert in Paris next year.",
    "Police said the gunman killed himself on the balcony of the building in Prague.",
    "The attacker shot himself after the attack in Prague.",
]
CODES_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Protesters blocked the main highway into Lima, demanding the resignation of the "
     "president.", "1441", {"PER"}, {"PER"}),
    ("Israel lifted its blockade of the port.", "0872", {"ISR"}, set()),
    ("China imposed a ban on imports of Japanese seafood.", "163", {"CHN"}, {"JPN"}),
    ("The US urged Qatar to cut ties with Hamas.", "020", {"USA"}, {"QAT", "PSE"}),
    ("Zelensky asked Congress to act to approve the aid.", "020", {"UKR"}, {"USA"}),
    ("Manila rejected China's claims to the South China Sea.", "120", {"PHL"}, {"CHN"}),
    ("Germany rejected the report of the commission.", "120", {"DEU"}, set()),
    ("Gunmen opened fire on a bus in Pakistan.", "193", {"PAK"}, {"PAK"}),
    ("Israeli troops shot dead two Palestinians in Jenin.", "193", {"ISR"}, {"PSE"}),
    ("Militants detonated a bomb in Quetta.", "183", {"PAK"}, {"PAK"}),
    ("Kenya urged the government to restore internet access.", "0251", {"KEN"}, set()),
]
ACTORS_15: list[tuple[str, str, set[str], set[str]]] = [
    # a state or large city opening the sentence names the country of the body after it
    ("Idaho prosecutors asked the judge to delay the trial.", "020", {"USA"}, set()),
    ("Oregon police arrested two protesters on Sunday.", "173", {"USA"}, set()),
    ("Queensland police arrested two men after the protest.", "173", {"AUS"}, set()),
    # a people of one country's region is that country's
    ("Bavarian police arrested two Austrian smugglers.", "173", {"DEU"}, {"AUT"}),
    ("Tibetan monks protested against the Chinese government.", "141", {"CHN"}, {"CHN"}),
    ("Chechen fighters attacked Ukrainian positions.", "190", {"RUS"}, {"UKR"}),
    ("Uyghur activists accused China of genocide.", "1122", {"CHN"}, {"CHN"}),
    # a wrong said of a state against a people's rights accuses the state
    ("The US envoy said Beijing abused the rights of Tibetans.", "1122", {"USA"}, {"CHN"}),
    ("Canada's foreign minister said China abused the human rights of Uyghurs in Xinjiang.",
     "1122", {"CAN"}, {"CHN"}),
    # a body backed by a seat of government is that government's country's
    ("The Kremlin-backed governor criticised Kyiv.", "111", {"RUS"}, {"UKR"}),
    ("Kremlin-backed separatists shelled the town.", "194", {"RUS"}, set()),
]
ACTORS_15_LOOK_ALIKES: list[str] = [
    "The Houthis’ arsenal is the envy of many armies.",
    "Idaho potatoes are grown across the state.",
    "Catalan is spoken by ten million people.",
    "Texas barbecue is popular with tourists.",
    "The arrest of a man by the river shocked residents.",
]
ACTORS_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a curly apostrophe after a plural is a possessive, not a closing quote
    ("Hamas’ rocket arsenal, supplied by Iran, keeps growing.", "072", {"IRN"}, {"PSE"}),
    ("The Houthis’ drone fleet, supplied by Iran, is vast.", "072", {"IRN"}, {"YEM"}),
    ("Gazan officials accused Israel of bombing a school.", "1123", {"PSE"}, {"ISR"}),
    ("Catalan police arrested two French nationals.", "173", {"ESP"}, {"FRA"}),
    ("Bosniak leaders accused Croatia of meddling.", "1123", {"BIH"}, {"HRV"}),
    # a deed judged in the passive: its doer is the target, not the one it fell on
    ("The deportation of Afghan refugees by Pakistan was criticised by the UN.", "111",
     {"IGOUNO"}, {"PAK"}),
    ("The shelling of the hospital by Russian forces was condemned by France.", "111",
     {"FRA"}, {"RUS"}),
    # the parser hangs the deed's "by" on its object
    ("The expulsion of Russian diplomats by Poland drew a sharp response.", "174",
     {"POL"}, {"RUS"}),
    ("The detention of two activists by Egyptian police sparked outrage.", "173",
     {"EGY"}, {"EGY"}),
    # a country named as a border's far side is not the home of those who block it
    ("Lorry drivers blocked the crossings on the border with Lithuania.", "1442",
     set(), {"LTU"}),
    ("Truckers have been blocking the border with Belarus since Monday.", "1442",
     set(), {"BLR"}),
    # "the ministers", "the two leaders": those who acted together, not whom they acted on
    ("Egypt, Jordan and Qatar called on Israel to halt its offensive in Gaza. The foreign "
     "ministers agreed to meet again in Cairo.", "036", {"EGY", "JOR", "QAT"}, set()),
    ("Brazil and Argentina condemned the coup in Bolivia and urged the army to return to "
     "barracks. Later, the two leaders agreed to send envoys to La Paz.", "036",
     {"BRA", "ARG"}, set()),
    # a judged deed named by whom it fell on: the doer of the deed told before on that side
    ("Hamas fighters attacked Israel on Saturday, killing hundreds. Germany condemned "
     "Saturday's attack on Israel.", "111", {"DEU"}, {"PSE"}),
    ("Russian drones struck Kyiv overnight. Poland condemned the attack on Ukraine.", "111",
     {"POL"}, {"RUS"}),
    ("Russian drones struck Kyiv overnight. Hungary condemned the attack on Slovakia.", "111",
     {"HUN"}, set()),
]
LEAD_15: list[tuple[str, str, set[str], set[str]]] = [
]
LEAD_15_LOOK_ALIKES: list[str] = [
    # A verb whose lexicon rows all share one root, with an actor on each side but no row
    # fitting: the kind of act is not the verb's alone (guards against a root back-off).
    "The Green Party picked a retired teacher as its candidate for governor.",
    "A reporter from the Daily Star interviewed the senator for a profile.",
    "The senator attended the governor's funeral on Saturday.",
    "The governor designated the former mayor as her chief of staff.",
    "The minister responded to a journalist's question with a joke.",
    "The mayor has worked for the Labour Party since 2010.",
    "The senator looks forward to his day in court.",
    "The club acquired a Brazilian striker from Porto on Thursday.",
]
LEAD_15_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
VERBS_16A: list[tuple[str, str, set[str], set[str]]] = [
    # a sum counted "in" aid: the aid is what is given or received
    ("Ukraine has received billions in aid from Germany.", "070", {"DEU"}, {"UKR"}),
    ("Ukraine has received 5 billion euros in aid from Germany.", "070", {"DEU"}, {"UKR"}),
    ("Japan has sent thousands in relief to the Philippines.", "070", {"JPN"}, {"PHL"}),
    ("Norway has given 300 million kroner in humanitarian aid to Sudan.", "073", {"NOR"},
     {"SDN"}),
    ("Ukraine has received billions in loans from the IMF.", "071", set(), {"UKR"}),
    ("The United States has given Israel billions in weapons.", "072", {"USA"}, {"ISR"}),
    ("Germany, which has given Ukraine billions in aid, said it would continue.", "070",
     {"DEU"}, set()),
    # help received from a party
    ("The Ukrainian army has received help from Poland.", "070", {"POL"}, {"UKR"}),
    ("Greece got help from the European Union to fight the fires.", "070", set(), {"GRC"}),
    ("Sudanese refugees have received help from Chad.", "070", {"TCD"}, {"SDN"}),
    # "no more talks unless ...": the "no" parsed under "more"
    ("Hamas said there would be no more talks unless Israel halted the fighting.", "134",
     {"PSE"}, {"ISR"}),
    ("Hamas has indicated that there would be no more talks over prisoner exchanges unless "
     "Israel halts the fighting.", "134", {"PSE"}, {"ISR"}),
    ("The Taliban said there will be no further negotiations until the United States "
     "withdraws its troops.", "134", {"AFG"}, {"USA"}),
    ("Washington said no more aid would come unless Kyiv fought corruption.", "1311", {"USA"},
     {"UKR"}),
    # exposed to an act by a copula: "has been subject to / the target of criticism"
    ("The Indian government has been subject to harsh criticism from Pakistan.", "111",
     {"PAK"}, {"IND"}),
    ("The Indian government has been the target of criticism from Pakistan.", "111", {"PAK"},
     {"IND"}),
    ("Russia has been the target of sanctions from the European Union.", "163", set(), {"RUS"}),
    ("The Iranian minister became the target of accusations from Israel.", "112", {"ISR"},
     {"IRN"}),
    ("The Kenyan army has been the subject of criticism from Somalia.", "111", {"SOM"},
     {"KEN"}),
    ("The minister is subject to an investigation by Indian police.", "090", {"IND"}, set()),
    # "indicated a probe is ongoing": the reported clause's subject misread as an object
    ("Florida police have indicated a homicide investigation is ongoing.", "091", {"USA"},
     set()),
    ("Kenyan police confirmed an investigation is under way.", "090", {"KEN"}, set()),
    ("The US has further indicated no support will come without political reform in Syria.",
     "1311", {"USA"}, {"SYR"}),
    ("The EU has indicated no aid will come unless Hungary reforms its courts.", "1311",
     set(), {"HUN"}),
    # "took steps to ban ...": who takes the steps does the act
    ("The Thai government took steps to dissolve the opposition party.", "1722", {"THA"},
     set()),
    ("The Thai government has taken steps to arrest opposition leaders.", "173", {"THA"},
     {"THA"}),
    ("Kenya made moves to expel Somali diplomats.", "174", {"KEN"}, {"SOM"}),
    # words reported by "indicated", "reiterated", "emphasized" as by "said"
    ("The Polish minister indicated the Russian decision was unacceptable.", "111", {"POL"},
     {"RUS"}),
    ("The Kenyan president emphasized that Somalia's decision was a grave mistake.", "111",
     {"KEN"}, {"SOM"}),
    ("The German chancellor reiterated that the Russian invasion was a crime.", "111", {"DEU"},
     {"RUS"}),
    # talks told as under way by one side: that side is in them
    ("Kenyan officials confirmed talks with Somalia are ongoing.", "040", {"KEN"}, {"SOM"}),
    ("The US State Department said negotiations with Iran are under way.", "046", {"USA"},
     {"IRN"}),
]
VERBS_16A_LOOK_ALIKES: list[str] = [
    "The company received 5 million euros in damages from the court.",
    "The club has spent millions in transfer fees.",
    "She got help from a friend.",
    "Hamas said there would be more talks next week.",
    "The coach said there would be no more training sessions unless the weather improved.",
    "The topic was the subject of talks between Kenya and Somalia.",
    "The bill is subject to a vote in the Kenyan parliament.",
    "The tax is subject to approval by the Kenyan parliament.",
    "The film has been the target of criticism from reviewers.",
    "Police have indicated the investigation would be a waste of time.",
    "The coach indicated no support will come from the fans.",
    "The Japanese ministry confirmed the visit was a success.",
    "Journalists said talks with Somalia are ongoing.",
    "Kenyan officials said talks with Somalia would be a waste of time.",
]
VERBS_16A_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Ukraine has received billions in aid from Germany.", "070", {"DEU"}, {"UKR"}),
    ("The Indian government took steps to ban Chinese apps.", "1721", {"IND"}, {"CHN"}),
    ("Brazil has taken measures to restrict imports from Argentina.", "163", {"BRA"}, {"ARG"}),
]
#: A lone sentence whose "it" is the body its headline is about.
VERBS_16A_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("NASA mourns cosmonaut Alexei Leonov", "It also praised the Russian space agency.",
     "051", {"USA"}, {"RUS"}),
    ("Kenya bans Chinese fish imports", "It accused the Chinese government of hacking.",
     "1125", {"KEN"}, {"CHN"}),
    ("Poland recalls its ambassador from Belarus", "It also expelled two Belarusian diplomats.",
     "", {"POL"}, {"BLR"}),
]
VERBS_16A_HEADLINED_NONE: list[tuple[str, str]] = [
    ("Kenya bans Chinese fish imports", "It was a difficult day for Chinese fishermen."),
    ("Typhoon hits the Philippines", "It destroyed hundreds of homes in Manila."),
]
VERBS_16B: list[tuple[str, str, set[str], set[str]]] = [
    # "the group" after a named armed group or NGO is that group
    ("Hamas rejected the truce proposal on Sunday. The group also said there would be no more "
     "negotiations unless Israel halted its offensive.", "134", {"PSE"}, {"ISR"}),
    ("Al-Shabaab seized a town in Somalia on Friday. The militant group accused Kenya of "
     "killing civilians.", "1121", {"SOM"}, {"KEN"}),
    # an age standing for a person held or freed
    ("The 34-year-old was bailed by magistrates in Leeds.", "0841", {"GBR"}, set()),
    ("A 52-year-old was freed by Ukrainian forces near Kharkiv.", "0841", {"UKR"}, set()),
    # blame one is "subject to" or "the target of" is criticism of them
    ("The Hungarian government has been subject to a wave of criticism from Germany.", "111",
     {"DEU"}, {"HUN"}),
    ("The Israeli envoy became the target of fierce condemnation from Turkey.", "111", {"TUR"},
     {"ISR"}),
    ("Poland was the object of sharp criticism from France.", "111", {"FRA"}, {"POL"}),
    # a ruling that someone's name may not appear on the ballot
    ("The Kenyan court ruled that Odinga's name could not appear on the ballot.", "1722",
     {"KEN"}, {"KEN"}),
    ("The Georgian Supreme Court ruled on Tuesday that Saakashvili was a traitor whose name "
     "could not appear on the ballot.", "1722", {"GEO"}, {"GEO"}),
    # a name of esteem for someone praises them
    ("The French president called Scholz a trusted friend.", "051", {"FRA"}, {"DEU"}),
    ("Erdogan described the Swedish prime minister as a respected partner.", "051", {"TUR"},
     {"SWE"}),
    # unrest told as having happened in a place
    ("There were violent protests in Paris on Saturday.", "145", {"FRA"}, {"FRA"}),
    ("The Georgian capital has seen mass protests since Sunday.", "141", {"GEO"}, {"GEO"}),
    # a cause that moves a party to act leaves the party the doer
    ("The attack prompted Israel to launch airstrikes on Gaza.", "195", {"ISR"}, {"PSE"}),
    ("The killing led Kenya to recall its ambassador from Uganda.", "161", {"KEN"}, {"UGA"}),
    ("The remarks spurred China to summon the Japanese ambassador.", "114", {"CHN"}, {"JPN"}),
    # "no more talks" with the "no" read on "more": a threat to halt talks on a condition
    ("Russia said there would be no more talks unless Ukraine withdrew its troops.", "134",
     {"RUS"}, {"UKR"}),
    ("Hungary said there would be no further aid until Ukraine restored minority rights.",
     "1311", {"HUN"}, {"UKR"}),
    # a body joined by its short name
    ("Egypt joined the AU in 1963.", "050", {"EGY"}, set()),
    ("Iran joined the SCO last year.", "050", {"IRN"}, set()),
    ("Bolivia joined Mercosur on Monday.", "061", {"BOL"}, set()),
    ("Ghana announced it planned to join the AfCFTA.", "0311", {"GHA"}, set()),
]
VERBS_16B_LOOK_ALIKES: list[str] = [
    "The 15-year-old striker was released by the club.",
    "The 70-year-old building was demolished by the council.",
    "Imports of steel are subject to a tariff.",
    "The plan was the subject of criticism in the press.",
    "Critics of the Chinese government were the target of a hacking campaign.",
    "The Georgian court ruled that Saakashvili was a candidate whose name appeared on the ballot.",
    "The museum called the painting a cherished treasure.",
    "There could be protests in Paris if the reform passes.",
    "Officials saw the protests as a threat.",
    "The company has seen strikes at its factories in Germany.",
    "The stadium has seen many rallies of the Formula One season.",
    "The rain forced fans to leave the stadium.",
    "He joined the EU delegation in Brussels.",
    "Russia said there would be more talks if Ukraine withdrew its troops.",
    "The union said there will be no more talks until the company raises wages.",
    "The analyst joined the NATO team last year.",
]
VERBS_16B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # "the group" after "a group of tourists" is not the armed group named before
    ("Hamas fired rockets. A group of tourists was stranded in Egypt. The group criticised "
     "Egypt.", "111", set(), {"EGY"}),
    # the date of the "to" clause does not make a past bail a plan
    ("The 49-year-old was bailed to return to the police station in Leeds on 6 April 2024.",
     "0841", {"GBR"}, set()),
    # one who pushes a party to act stays the party of the composed act
    ("Washington pushed Kyiv to launch a counteroffensive against Russia.", "100", {"USA"},
     {"UKR", "RUS"}),
]
DROPPED_16: list[tuple[str, str, set[str], set[str]]] = [
]
DROPPED_16_LOOK_ALIKES: list[str] = [
]
DROPPED_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
#: (headline naming only a region or a large city, body sentence, code, sources, targets and
#: implied ones): the place's country is the story's home.
DROPPED_16_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("Karachi police detain rights activists", "Critics condemned the detentions.", "111",
     {"PAK"}, {"PAK"}),
    ("Magnitogorsk factory workers walk out", "Mrs Petrova was praised for her courage.",
     "051", {"RUS"}, {"RUS"}),
    ("Paris court jails two police officers", "Critics condemned the ruling.", "111", {"FRA"},
     {"FRA"}),
    ("Sindh assembly passes child marriage ban",
     "Campaigners called for an inquiry into the law.", "020", {"PAK"}, {"PAK"}),
    ("Manchester man charged over attack", "He was arrested in March.", "173", {"GBR"},
     {"GBR"}),
    ("Catalonia court jails former minister", "He was arrested in March.", "173", {"ESP"},
     {"ESP"}),
    ("Perth Lord Mayor candidate interviewed", "Shop owners rejected the plan outright.", "127",
     {"AUS"}, {"AUS"}),
]
#: (headline, body sentence): a place word of a longer name, a place of two countries, and
#: praise of a work stay without event.
DROPPED_16_HEADLINED_LOOK_ALIKES: list[tuple[str, str]] = [
    ("Radio host Don Imus dies aged 79", "He was praised for his wit."),
    ("Punjab farmers block highway", "Critics condemned the blockade."),
    ("Manchester United sign striker", "He was praised for his pace."),
    ("Naples mayor opens new museum", "The exhibition was praised by critics."),
    ("Sydney Opera House turns 50", "The building was praised by architects."),
    ("London Bridge reopens after repairs", "He was praised for his courage."),
    # the city's country and the foreigner's weigh the same: no one home country
    ("Karachi police detain British journalist", "Critics condemned the detention."),
]
CODES_16: list[tuple[str, str, set[str], set[str]]] = [
    # a speaker's words that damn a coercive deed find fault with its doer (111), not coerce
    ("The State Department said the arrest of the activists by Chinese police was "
     "politically motivated.", "111", {"USA"}, {"CHN"}),
    ("Kyiv said the sentencing of the Crimean Tatar leader by a Russian court was politically "
     "motivated.", "111", {"UKR"}, {"RUS"}),
    ("Tehran said the detention of its diplomat in Belgium was politically motivated.", "111",
     {"IRN"}, {"BEL"}),
    # a coercive deed named as a wrong ("called the arrest unacceptable") is the speaker's act
    ("Germany called the arrest of the journalist in Turkey unacceptable.", "111", {"DEU"},
     {"TUR"}),
    ("Sweden called the detention of its citizen in Iran arbitrary.", "111", {"SWE"}, {"IRN"}),
    ("Lithuania called the expulsion of its diplomats by Moscow a provocation.", "111",
     {"LTU"}, {"RUS"}),
    # worry over another's coercive deed is disapproval (110) of its doer
    ("Germany said it was deeply concerned by the arrests of protesters in Georgia.", "110",
     {"DEU"}, {"GEO"}),
    ("The United States is concerned about the detention of the journalist in Russia.", "110",
     {"USA"}, {"RUS"}),
    # a deed met with criticism: the critics' disapproval (111)
    ("The arrest of the opposition leader in Tanzania was met with criticism from the United "
     "States.", "111", {"USA"}, set()),
    ("The decision by Israel was met with condemnation from Egypt and Jordan.", "111",
     {"EGY", "JOR"}, set()),
    # a state protesting against another's deed complains officially (114); crowds demonstrate
    ("Japan protested against the detention of its national by Chinese authorities.", "114",
     {"JPN"}, set()),
    ("Moscow protested against the expulsion of its diplomats from Norway.", "114", {"RUS"},
     {"NOR"}),
    ("Thousands of students protested against the decision in Dhaka.", "1412", {"BGD"}, set()),
    # a wrongdoing said of a deed accuses its doer
    ("Kyiv said the seizure of the ships by Russia violated international law.", "1121",
     {"UKR"}, {"RUS"}),
    ("The United Nations said the deportation of the migrants by Tunisia breached "
     "international law.", "1121", set(), {"TUN"}),
    # declining to say, confirm or elaborate is declining comment (011), not a rejection
    ("Iran declined to say whether it had supplied the drones.", "011", {"IRN"}, set()),
    ("The Turkish defence ministry declined to elaborate on the operation.", "011", {"TUR"},
     set()),
    ("Pakistan's foreign ministry refused to confirm the arrests.", "011", {"PAK"}, set()),
    ("Moscow declined to reveal how many soldiers had died.", "011", {"RUS"}, set()),
    ("The Indian embassy declined to explain the remarks about Canada.", "011", {"IND"},
     set()),
    # ... but refusing to respond to a demand rejects it
    ("Hamas refused to respond to a demand from Washington to disarm.", "120", {"PSE"},
     set()),
    ("Russia refused to extend the grain deal.", "120", {"RUS"}, set()),
    ("Hamas refused to release the hostages.", "1243", {"PSE"}, set()),
    # a state's ban on another country's firms, goods, ships or people is a sanction (163)
    ("The United States banned Huawei from its telecommunications networks.", "163", {"USA"},
     {"CHN"}),
    ("Turkey barred Israeli ships from its ports.", "163", {"TUR"}, {"ISR"}),
    ("China banned Lithuanian beef.", "163", {"CHN"}, {"LTU"}),
    ("Russia banned the Dutch airline KLM from its airspace.", "163", {"RUS"}, {"NLD"}),
    ("Kuwait suspended visas for Lebanese nationals.", "163", {"KWT"}, {"LBN"}),
    # ... while one on the foreign press stays an administrative restriction, as at home
    ("Turkey revoked the licences of Swedish broadcasters.", "172", {"TUR"}, {"SWE"}),
    ("Uganda banned the opposition party.", "1722", {"UGA"}, set()),
]
CODES_16_LOOK_ALIKES: list[str] = [
    "The attack on the synagogue was racially motivated, police said.",
    "Prosecutors said the killing was racially motivated.",
    "The court said the conviction of the former minister was sound.",
    "Experts said the storm broke records across the region.",
    "The minister said she was concerned about the weather.",
    "The UN is deeply concerned about the situation in Sudan.",
    "The coach was worried by the injury to his striker.",
    "Parents were alarmed by the shooting at the school.",
    "The film was met with criticism from reviewers.",
    "The coach's decision was met with criticism from fans.",
]
CODES_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Germany called the arrest of the journalist in Turkey unacceptable.", "111", {"DEU"},
     {"TUR"}),
    ("The State Department said the arrest of the activists by Chinese police was "
     "politically motivated.", "111", {"USA"}, {"CHN"}),
    ("Kyiv said the seizure of the ships by Russia violated international law.", "1121",
     {"UKR"}, {"RUS"}),
]
ACTORS_16: list[tuple[str, str, set[str], set[str]]] = [
    # a single-word body the knowledge base does not know still acts
    ("Harvard sued the Trump administration over the funding freeze.", "115", {"USA"}, {"USA"}),
    ("Princeton sued the Department of Education.", "115", {"USA"}, {"USA"}),
    # a body named by a role beside an airborne weapon keeps the place's country
    ("Government warplanes bombed villages in Darfur.", "195", {"SDN"}, set()),
]
ACTORS_16_LOOK_ALIKES: list[str] = [
    "Harvard is a university in Massachusetts.",
    "Senator Graham is expected to speak on Tuesday.",
]
ACTORS_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a surname under a legislator's title is the namesake who held that office, not one
    # known by the bare surname who held others
    ("Senator Graham criticized China over its trade practices.", "111", {"USA"}, {"CHN"}),
    ("Sen. Graham accused Iran of arming the rebels.", "112", {"USA"}, {"IRN"}),
    ("Senator Johnson accused the Chinese government of hiding the truth.", "112", {"USA"},
     {"CHN"}),
    ("Senator Cruz condemned the Mexican government.", "111", {"USA"}, {"MEX"}),
    ("Minister Graham met the Chinese ambassador.", "040", {"CAN"}, {"CHN"}),
    # a title only one country's legislators bear gives that country, not the other side's
    ("Rep. Smith criticized the Mexican president.", "111", {"USA"}, {"MEX"}),
    ("Congressman Gallagher accused TikTok of spying for China.", "1125", {"USA"}, {"CHN"}),
    ("Congresswoman Omar criticized the Israeli government.", "111", {"USA"}, {"ISR"}),
    # an airborne weapon is not of the country it strikes in
    ("A drone strike killed three al-Shabaab fighters in southern Somalia.", "195", set(),
     {"SOM"}),
    ("A drone attack killed a commander in eastern Syria.", "195", set(), {"SYR"}),
    ("Missiles hit a market in Kharkiv, killing five people.", "190", set(), {"UKR"}),
    ("Rockets struck a village in southern Lebanon.", "194", set(), {"LBN"}),
    # (unseen attackers on the ground are still the place's)
    ("A roadside bomb killed three soldiers in Kandahar.", "1833", {"AFG"}, {"AFG"}),
]
#: (headline, sentence, code, source countries, target countries): a party named bare is the
#: story's country's party of the name, else a party of no country the text tells.
ACTORS_16_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("Canada's opposition slams federal budget",
     "The Conservatives accused the government of wasting money.", "112", {"CAN"}, {"CAN"}),
    ("New Zealand election campaign heats up", "Labour accused the National Party of lying.",
     "112", {"NZL"}, {"NZL"}),
    ("Australian government announces new climate targets",
     "Labour accused the government of lying.", "112", {"AUS"}, {"AUS"}),
    ("British government unveils housing plan", "Labour criticized the government's plan.",
     "111", {"GBR"}, {"GBR"}),
    ("British government unveils housing plan", "The Democrats in Washington praised the plan.",
     "051", {"USA"}, set()),
]
FIXES_16: list[tuple[str, str, set[str], set[str]]] = [
    # a ban or restriction on goods lifted is an embargo eased (085), not an administrative
    # sanction (081)
    ("China lifted its ban on Australian wine.", "085", {"CHN"}, {"AUS"}),
    ("The EU lifted its ban on British beef.", "085", {"EUR"}, {"GBR"}),
    ("Russia lifted its ban on Georgian wine imports.", "085", {"RUS"}, set()),
    ("India lifted the ban on wheat exports.", "085", {"IND"}, set()),
    ("Japan eased restrictions on imports of Chinese seafood.", "085", {"JPN"}, set()),
    ("Thailand lifted the ban on political gatherings.", "0811", {"THA"}, set()),
    ("China lifted its travel ban on Japanese citizens.", "081", {"CHN"}, {"JPN"}),
    ("Israel lifted the ban on Palestinian fishermen.", "081", {"ISR"}, {"PSE"}),
    # another's bid, measure or takeover blocked or held up: a rejection (120, 1211)
    ("Turkey held up Sweden's NATO membership for months.", "120", {"TUR"}, {"SWE"}),
    ("Hungary blocked new EU sanctions against Russia.", "120", {"HUN"}, {"EUR"}),
    ("The US blocked Nippon Steel's purchase of U.S. Steel.", "1211", {"USA"}, {"JPN"}),
    ("Germany blocked Ukraine's bid to join NATO.", "120", {"DEU"}, {"UKR"}),
    # captives of war killed by troops (1823); the condemned executed or hanged (173)
    ("Russian soldiers executed Ukrainian prisoners of war.", "1823", {"RUS"}, {"UKR"}),
    ("Ukrainian prisoners of war were executed by Russian soldiers.", "1823", {"RUS"},
     {"UKR"}),
    ("Russian forces executed two captured Ukrainian soldiers near Bakhmut.", "1823",
     {"RUS"}, {"UKR"}),
    ("Iran hanged two protesters on Saturday.", "173", {"IRN"}, set()),
    ("Saudi Arabia executed a Pakistani man convicted of drug smuggling.", "173", {"SAU"},
     {"PAK"}),
    # "there will be no more talks / no ceasefire until ...": a threat or a refusal
    ("Hamas has indicated that there would be no more negotiations over prisoner exchanges "
     "unless Israel halted the fighting.", "134", {"PSE"}, {"ISR"}),
    ("Russia said there would be no ceasefire until Ukraine withdraws.", "1246", {"RUS"},
     {"UKR"}),
    ("Israel warned there would be no truce until all hostages are released.", "1246",
     {"ISR"}, set()),
    # a bombing named as the means of a harm gives its kind (183, 1831-1833)
    ("A bomb blast killed nine people in Karachi.", "183", set(), {"PAK"}),
    ("Four soldiers were killed in a roadside explosion in Mali.", "1833", set(), {"MLI"}),
    ("Three people were killed by an improvised explosive device in Kandahar.", "183", set(),
     {"AFG"}),
    ("A car bomb killed 15 people in Mogadishu.", "1832", set(), {"SOM"}),
    ("A landmine explosion killed three children in Yemen.", "190", set(), {"YEM"}),
    # accused of killing captives of war (1124) or of executing the detained (1122)
    ("Ukraine accused Russia of executing prisoners of war.", "1124", {"UKR"}, {"RUS"}),
    ("Amnesty accused Iran of executing protesters after sham trials.", "1122", set(),
     {"IRN"}),
    ("Rights groups accused Egypt of torturing detainees.", "1122", set(), {"EGY"}),
    ("Uganda lifted the ban on Kenyan milk.", "085", {"UGA"}, {"KEN"}),
    # a veto or objection lifted or withdrawn: yielding (080), not a veto
    ("Turkey lifted its veto on Sweden's NATO membership.", "080", {"TUR"}, {"SWE"}),
    ("Austria withdrew its veto on Romania's Schengen entry.", "080", {"AUT"}, {"ROU"}),
]
FIXES_16_LOOK_ALIKES: list[str] = [
    # a blast with no bomb named may be a mishap
    "Nine people were injured in a blast in Karachi.",
    "Five people were killed in an explosion at a gas station in Lagos.",
    "Seven people were killed in an explosion at a fireworks factory in India.",
    "Twelve miners died in a blast at a coal mine in Colombia.",
    "An explosion at a market in Quetta killed four people.",
    "A blast ripped through a crowded market in Peshawar, killing 20 people.",
    # hanging things, oneself; executing orders
    "Protesters hanged an effigy of the president.",
    "Demonstrators hung a banner from the bridge.",
    "Troops executed a search warrant at the compound.",
    "There will be more negotiations next week, the EU said.",
]
#: A blocked bid's or draft's own act is not told as done: only the rejection is coded.
FIXES_16_ONLY: list[tuple[str, list[str]]] = [
    ("Germany blocked Ukraine's bid to join NATO.", ["120"]),
    ("China blocked a UN statement that condemned North Korea's missile launch.", ["120"]),
    ("Russia vetoed the resolution, which condemned its annexation of four Ukrainian "
     "regions.", ["129"]),
    ("Germany blocked the deal, which France signed last year.", ["057", "120"]),
]
FIXES_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Russia said there would be no ceasefire until Ukraine withdraws.", "1246", {"RUS"},
     {"UKR"}),
    ("A bomb blast killed nine people in Karachi.", "183", {"PAK"}, {"PAK"}),
    # a proposal rejected in a relative clause: the proposer is the target
    ("China proposed a resolution that was vetoed by the United States.", "129", {"USA"},
     {"CHN"}),
    ("Britain tabled a motion that was blocked by France.", "120", {"FRA"}, {"GBR"}),
]
#: (headline, body sentence, code, sources, targets): a blast is a bombing when the story
#: says so.
FIXES_16_HEADLINED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("Suicide bombing kills nine in Karachi", "Nine people were injured in a blast in Karachi.",
     "182", {"PAK"}, {"PAK"}),
    ("Car bomb attack hits Mogadishu market", "Twenty people were killed in the explosion.",
     "190", set(), set()),
]
FIXES_16_HEADLINED_LOOK_ALIKES: list[tuple[str, str]] = [
    ("Gas explosion kills nine in Karachi", "Nine people were injured in a blast in Karachi."),
    ("Fire at Dhaka chemical depot", "Twenty people were killed in an explosion in Dhaka."),
]
LEAD_16: list[tuple[str, str, set[str], set[str]]] = [
    ("Russian drones hit Odesa on Sunday.", "195", {"RUS"}, {"UKR"}),
    ("Russian missiles hit Kyiv overnight.", "195", {"RUS"}, {"UKR"}),
    ("Israeli jets hit Beirut's southern suburbs.", "195", {"ISR"}, {"LBN"}),
    ("Ukrainian drones hit two Russian airfields in Kursk.", "195", {"UKR"}, {"RUS"}),
    ("Russian troops hit Kharkiv with artillery.", "194", {"RUS"}, {"UKR"}),
    ("Russian police picked up the blogger in Moscow.", "173", {"RUS"}, {"RUS"}),
    ("The blogger was picked up by the FSB in Moscow.", "173", {"RUS"}, {"RUS"}),
    ("Belarusian security agents picked up the journalist outside his home in Minsk.", "173",
     {"BLR"}, {"BLR"}),
]
LEAD_16_LOOK_ALIKES: list[str] = [
    "Trump hit Biden over the border crisis.",
    "The storm hit Florida on Tuesday.",
    "Western sanctions hit Russia hard.",
    "Inflation hit Argentina in March.",
    "The new tariffs hit Chinese exporters.",
    "Haley hit Trump on his age.",
    "Actors walked the picket line in solidarity with striking writers outside the studio gates.",
    "The parish choir had been travelling 500 miles from Ohio to Disneyland when the bus crashed.",
    "He told me that I will be picked up in the morning.",
    "Her father picked up the children from school in Kyiv.",
    "The mayor picked up the award in Paris.",
    "The rebels enjoy looting villages and killing farmers.",
    "The militia likes burning houses.",
]
LEAD_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Putin flew from Moscow to Beijing on Tuesday.", "042", {"RUS"}, {"CHN"}),
    ("Xi travelled from Beijing to Astana.", "042", {"CHN"}, {"KAZ"}),
]
AUDIT_16P: list[tuple[str, str, set[str], set[str]]] = [
    ("Iran tried the British national for smuggling.", "173", {"IRN"}, {"GBR"}),
    ("Egypt tried Mohamed Morsi for espionage.", "173", {"EGY"}, {"EGY"}),
    ("Germany has supported Ukraine with weapons.", "051", {"DEU"}, {"UKR"}),
    ("Tuesday's meeting between Germany and France was the fifth this year.", "040",
     {"DEU", "FRA"}, set()),
    ("Washington put pressure on Israel to allow more aid into Gaza.", "170", {"USA"}, {"ISR"}),
    ("Apple criticised the European Commission's decision.", "111", {"USA"}, {"EUR"}),
]
AUDIT_16P_LOOK_ALIKES: list[str] = [
    # "try" of a thing tried out, not a trial
    "Try the new dark mode on your phone.",
    "She tried the new diet and loved it.",
    "8. Try Reading Mode",
    "The actress said she tried Botox once and hated it.",
    # a sports club backed by its fans
    "Fans in Seoul have supported Manchester United for decades.",
    "He has backed Real Madrid since he was a boy.",
    # private jobs left
    "Olivia Colman quit her presenting job at BBC Radio 2.",
    "The BBC presenter stepped down from her hosting role on Radio 4.",
    "Jones quit as coach of the national team.",
    "The chef resigned from his teaching job in Paris.",
    # teams' fixtures
    "It will be the third all-time meeting between Oregon and Georgia.",
    "It is the first postseason meeting between Texas and Alabama.",
    # figures and markets pressing a bank
    "That could put further pressure on the Bank of Canada to cut rates sooner than planned.",
    "Weak jobs data put pressure on the Federal Reserve to cut rates.",
    "Soaring prices have put pressure on the government of Japan to act.",
    # advice with no one advising
    "One way to deal with hecklers is to politely request that people stay quiet.",
    "The best approach is to ask everyone to switch off their phones.",
]
AUDIT_16P_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("The defence minister of Ukraine resigned from the cabinet on Monday.", "0831", {"UKR"},
     {"UKR"}),
]
AUDIT_16W: list[tuple[str, str, set[str], set[str]]] = [
    # "vow/pledge/offer support for X": X is whom the support is for
    ("Germany vowed support for Ukraine.", "032", {"DEU"}, {"UKR"}),
    ("Japan offered its backing for the Philippines.", "032", {"JPN"}, {"PHL"}),
    ("Poland pledged solidarity for Lithuania on Monday.", "032", {"POL"}, {"LTU"}),
    # a person's rally against something is still a protest
    ("The opposition leader held his rally against the government in Dhaka.", "141", {"BGD"},
     {"BGD"}),
    ("Navalny's supporters held a rally in Moscow.", "141", {"RUS"}, set()),
]
AUDIT_16W_LOOK_ALIKES: list[str] = [
    # "the circumstances surrounding X": what a matter is about, not a siege
    "Officials released few details about the circumstances surrounding the Kenyan soldiers.",
    "Speculation surrounding the Iranian diplomats grew on Tuesday.",
    # one politician's own (campaign) rally is no protest
    "Bolsonaro held his final rally in Sao Paulo on Saturday.",
    "Imran Khan's rally in Lahore drew thousands of supporters.",
]
AUDIT_16W_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # who is serving a sentence is its target, not the court
    ("The former governor is serving a ten-year sentence in Russia for fraud.", "116", {"RUS"},
     {"RUS"}),
    ("The Australian blogger is serving a life sentence in China.", "116", set(), {"AUS"}),
    # one known name with "and" in it is one actor, not two
    ("The Islamic State of Iraq and the Levant claimed responsibility for the bombing on Monday.",
     "015", {"IMG"}, set()),
    ("The Islamic State of Iraq and the Levant attacked an army post in northern Syria.",
     "190", {"IMG"}, {"SYR"}),
    ("Turkey and Iraq condemned the attack.", "111", {"TUR", "IRQ"}, set()),
    ("The Democratic Republic of the Congo and Rwanda signed a peace deal on Friday.", "057",
     {"COD", "RWA"}, set()),
]
#: (sentence, code, the names its actors must have): actor names without junk in them.
AUDIT_16W_NAMES: list[tuple[str, str, set[str]]] = [
    # a clause the parser folded in before the noun
    ("The airport and nearby hotel were both evacuated and local police warned people in the "
     "area to stay indoors.", "130", {"local police", "people"}),
    ("The school was closed and Kenyan police arrested three teachers.", "173",
     {"Kenyan police", "three teachers"}),
    ("The shop was looted and Nigerian soldiers arrested five men.", "173",
     {"Nigerian soldiers", "Nigeria"}),
    # a hedge before the phrase
    ("The attacker stabbed reportedly three shoppers in Leeds on Friday.", "182",
     {"unidentified attackers", "three shoppers"}),
    # a name cut inside its brackets
    ("Delegates of the Economic Community of West African States (ECOWAS met Malian officials "
     "in Bamako.", "040", {"Economic Community of West African States", "Malian officials"}),
    ("The Islamic State of Iraq and the Levant claimed responsibility for the bombing on Monday.",
     "015", {"Islamic State of Iraq and the Levant"}),
]
ACTORS_16B: list[tuple[str, str, set[str], set[str]]] = [
    # a deed one is judged for is done by the one judged
    ("Norway condemned Russia for arresting Ukrainian journalists.", "173", {"RUS"}, {"UKR"}),
    ("Human Rights Watch slammed Egypt over jailing reporters.", "173", {"EGY"}, set()),
    ("Germany accused Iran of jailing dissidents.", "173", {"IRN"}, set()),
    ("Beijing was accused of detaining Uyghur activists.", "173", {"CHN"}, set()),
    # a participle's "by" phrase names the doer, not the clause above it
    ("France demanded the release of journalists arrested by Iranian security forces.", "173",
     {"IRN"}, set()),
    ("The EU called for the release of activists detained by Belarusian police.", "173",
     {"BLR"}, set()),
]
ACTORS_16B_LOOK_ALIKES: list[str] = [
]
ACTORS_16B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Sweden criticised Israel for detaining Palestinian children.", "173", {"ISR"}, {"PSE"}),
    ("Israel was criticised for detaining Palestinian children.", "173", {"ISR"}, {"PSE"}),
    # "its citizens" are the speaker's: their country is not the detainer's
    ("Canada said the detentions of its citizens were arbitrary.", "173", set(), {"CAN"}),
    # a ministry with no country named is not the object's
    ("The Foreign Ministry protested the Iranian seizure of the tanker.", "114", set(), {"IRN"}),
    ("The ministry condemned the Iranian attack.", "111", set(), {"IRN"}),
    # a titled person or a body the base cannot link is not of the other side's country
    ("Senator Hartwell criticized the Saudi crown prince.", "111", set(), {"SAU"}),
    ("Senator Hartwell praised the Nigerian students.", "051", set(), {"NGA"}),
    ("Yale rejected the demands of the Chinese students.", "120", set(), {"CHN"}),
    # a plural noun opening the sentence is no name
    ("Missiles struck a school in Odesa.", "195", set(), {"UKR"}),
]
PARSE_16: list[tuple[str, str, set[str], set[str]]] = [
    # a verb only English has as a verb, parsed as an adjective or a noun: parsed again
    ("Nicaragua expelled the Costa Rican ambassador and froze relations with San Jose.", "160",
     {"NIC"}, {"CRI"}),
    ("Algeria recalled its envoy and froze ties with Spain.", "161", {"DZA"}, {"ESP"}),
    ("Prosecutors in Seoul allege that North Korean hackers stole the data.", "1121", {"KOR"},
     {"PRK"}),
    ("Officials in Manila allege in a report that Chinese vessels rammed a supply boat.", "112",
     {"PHL"}, set()),
]
PARSE_16_LOOK_ALIKES: list[str] = [
    "The protesters froze in the cold outside the embassy.",
    "Sweden says NATO bid on track",
    "Kosovo's Council of Europe bid stalls",
    "Finland sees NATO entry soon",
]
PARSE_16_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Algeria recalled its envoy and froze ties with Spain.", "161", {"DZA"}, {"ESP"}),
]
#: Headlines alone (no body): a name read as the verb's adjective, a noun phrase read as a
#: clause ("NATO bid"), the root noun taken for the head of its verb.
PARSE_16_HEADLINES: list[tuple[str, str, set[str], set[str]]] = [
    ("Hungary vetoes EU aid to Ukraine", "129", {"HUN"}, {"UKR"}),
    ("Turkey blocks Sweden's NATO bid", "120", {"TUR"}, set()),
    ("Austria blocks Romania's Schengen bid", "120", {"AUT"}, set()),
    ("Hungary blocks Ukraine's EU membership bid", "120", {"HUN"}, set()),
    ("Belize suspends ties with Israel", "161", {"BLZ"}, {"ISR"}),
    ("Belize condemns Guatemala border move", "111", {"BLZ"}, {"GTM"}),
]
PARSE_16_HEADLINE_LOOK_ALIKES: list[str] = [
    "Sweden says NATO bid on track",
    "Hungary hopes EU funds flow",
    "Romania's Schengen bid",
]
SPECIFIC_17A: list[tuple[str, str, set[str], set[str]]] = [
    # an attempted act: the act attempted says the kind
    ("The envoy tried to pressure the Kenyan government to launch an investigation of the "
     "opposition leader.", "1013", set(), {"KEN"}),
    ("Brussels tried to press Belgrade to open an inquiry into the killings.", "1013",
     set(), {"SRB"}),
    # blocking by a crowd counted ("thousands of protesters")
    ("Hundreds of farmers gathered outside the ministry in Warsaw, blocking the entrance as "
     "they chanted slogans.", "1442", set(), set()),
    ("Dozens of students blocked the main road in Dhaka.", "1442", set(), set()),
    # a sum lent or given is economic aid, unless the aid noun names another kind
    ("Japan gave Indonesia a $1 billion loan.", "071", {"JPN"}, {"IDN"}),
    ("Saudi Arabia pledged $2 billion to Egypt.", "0331", {"SAU"}, {"EGY"}),
    ("Pakistan appealed to the IMF for a $3 billion loan.", "0231", {"PAK"}, set()),
    ("Norway promised a 40 million euro grant to Malawi.", "0331", {"NOR"}, {"MWI"}),
    ("The US pledged $100 million in humanitarian aid to Sudan.", "0333", {"USA"}, {"SDN"}),
    # cases investigated are crimes
    ("Police in Ohio investigated dozens of cases.", "091", {"USA"}, set()),
    ("Indonesian police are investigating the case.", "091", {"IDN"}, set()),
    ("The UN investigated cases of torture in Syria.", "092", set(), set()),
    # the deed told by a gerund after "accused ... of"
    ("Kyiv accused Moscow of launching an unprovoked attack.", "1123", {"UKR"}, {"RUS"}),
    ("Israel accused Hezbollah of firing rockets at northern towns.", "1123", {"ISR"},
     {"LBN"}),
    ("Russia accused Ukraine of shelling the nuclear plant.", "1123", {"RUS"}, {"UKR"}),
    # acts asked, promised or demanded whose appeal has a sub-code of its own
    ("China called on Russia and Ukraine to de-escalate.", "0256", {"CHN"}, {"RUS", "UKR"}),
    ("The EU urged Serbia and Kosovo to de-escalate tensions.", "0256", set(), {"SRB"}),
    ("Norway urged Colombia to accept mediation.", "028", {"NOR"}, {"COL"}),
    ("Qatar urged Sudan's army to accept African Union mediation.", "028", {"QAT"}, {"SDN"}),
    ("Armenia pledged to settle its dispute with Azerbaijan.", "037", {"ARM"}, {"AZE"}),
    ("India and Brazil agreed to boost trade.", "0311", {"IND", "BRA"}, set()),
    ("Vietnam increased trade with China last year.", "061", {"VNM"}, {"CHN"}),
    ("Amnesty called on Saudi Arabia to allow freedom of expression.", "0243", set(),
     {"SAU"}),
    ("Qatar promised to improve the rights of migrant workers.", "0343", {"QAT"}, set()),
    ("Colombia asked Panama to help investigate the smuggling ring.", "0213", {"COL"},
     {"PAN"}),
    ("France promised to help Senegal prosecute the traffickers.", "0313", {"FRA"}, set()),
    # the aid noun's kind, compounded in a package; a sum asked as support
    ("Washington announced a new military aid package for Ukraine.", "072", {"USA"},
     {"UKR"}),
    ("The Netherlands pledged a military aid package to Ukraine.", "0332", {"NLD"}, {"UKR"}),
    ("Ukraine requested $5 billion in budget support from the EU.", "0231", {"UKR"}, set()),
    # refusing aid of a kind
    ("Washington refused to send more weapons to Ukraine.", "1222", {"USA"}, {"UKR"}),
    ("Japan refused to provide financial aid to Myanmar.", "1221", {"JPN"}, {"MMR"}),
    # respect for rights asked as a noun
    ("The UN called for respect for the rights of the Rohingya.", "0243", set(), set()),
    ("Activists in Kenya demanded respect for the rights of refugees.", "1043", set(), set()),
    ("Turkey called for respect for the ceasefire.", "020", {"TUR"}, set()),
    # a deed said to be a breach is an accusation
    ("Lebanon said the Israeli strikes were a violation of its sovereignty.", "1123", {"LBN"},
     {"ISR"}),
    ("Seoul said the Chinese incursions were a violation of its airspace.", "1123", {"KOR"},
     {"CHN"}),
    ("Beijing said Washington's remarks were irresponsible.", "111", {"CHN"}, {"USA"}),
    ("Ghana accused the firm of illegal mining.", "1121", {"GHA"}, {"GHA"}),
    ("Uganda accused the opposition of criminal activity.", "1121", {"UGA"}, {"UGA"}),
    # an offer of cooperation of a kind, rejected
    ("India rejected China's offer of trade cooperation.", "1211", {"IND"}, {"CHN"}),
    ("Kyiv rejected Moscow's offer of military cooperation.", "1212", {"UKR"}, {"RUS"}),
    ("Serbia rejected the proposal of Croatia.", "120", {"SRB"}, {"HRV"}),
    # a refusal told by a noun: the refusal of the act
    ("Moscow's refusal to release the journalist angered Washington.", "1243", {"RUS"},
     set()),
    ("Belgrade's refusal to lift the sanctions on Kosovo drew criticism.", "1244", {"SRB"},
     set()),
    # outlets shut and parties banned, done or threatened
    ("Authorities in Nicaragua shut down two independent newspapers.", "1721", {"NIC"},
     set()),
    ("The government threatened to shut down independent newspapers in Nicaragua.", "1321",
     {"NIC"}, set()),
    ("The junta in Mali threatened to ban the opposition party.", "1322", set(), set()),
    ("Police shut down the border crossing in Rafah.", "172", set(), set()),
    ("The junta in Mali banned opposition rallies.", "1721", set(), set()),
    ("The junta in Mali threatened to ban opposition rallies.", "1321", set(), set()),
    # the act threatened, made specific by its own words
    ("Pakistan downgraded diplomatic relations with Afghanistan.", "161", {"PAK"}, {"AFG"}),
    ("Pakistan threatened to downgrade diplomatic relations with Afghanistan.", "1313",
     {"PAK"}, {"AFG"}),
    ("Canada downgraded trade ties with India.", "160", {"CAN"}, {"IND"}),
    # generic wordings stay generic
    ("Police investigated the incident.", "090", set(), set()),
    ("Ukraine accused Russia of lying.", "112", {"UKR"}, {"RUS"}),
    ("The campaign in Ohio accused the senator of siding with criminals.", "112", set(),
     set()),
    ("Spain pledged aid to Morocco.", "033", {"ESP"}, {"MAR"}),
]
SPECIFIC_17A_LOOK_ALIKES: list[str] = [
    "Tensions de-escalated after the weekend.",
    "The exchange boosted trade volumes.",
    "Tehran's refusal to fight was noted.",
    "The referee said the tackle was a violation of the rules.",
    "The company said the outage was a breach of its service agreement.",
    "Dozens of trucks blocked the road after the crash.",
]
SPECIFIC_17A_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Japan gave Indonesia a $1 billion loan.", "071", {"JPN"}, {"IDN"}),
    ("Kyiv accused Moscow of launching an unprovoked attack.", "1123", {"UKR"}, {"RUS"}),
    ("Armenia pledged to settle its dispute with Azerbaijan.", "037", {"ARM"}, {"AZE"}),
]
ROOTS_17B: list[tuple[str, str, set[str], set[str]]] = [
    # attacks in words: a political speaker attacking an office over an issue, or a measure
    ("The opposition attacked the Kenyan government over the tax hike.", "111", {"KEN"},
     {"KEN"}),
    ("Lawmakers attacked the Greek minister for his handling of the wildfires.", "111",
     {"GRC"}, {"GRC"}),
    ("The party attacked the French government over its pension reform.", "111", {"FRA"},
     {"FRA"}),
    ("Germany's finance minister attacked the Italian budget.", "111", {"DEU"}, {"ITA"}),
    ("The French president attacked the British migration deal.", "111", {"FRA"}, {"GBR"}),
    # retorts: a blow struck back at someone over words or a measure
    ("The Chinese foreign ministry hit back at Australia over the report.", "111", {"CHN"},
     {"AUS"}),
    ("Russia fired back at the EU over the sanctions.", "111", {"RUS"}, {"EUR"}),
    ("Turkey struck back at France over the remarks.", "111", {"TUR"}, {"FRA"}),
    ("Iran's foreign minister hit back at Britain in a statement.", "111", {"IRN"}, {"GBR"}),
    # force stays force
    ("Rebels attacked the Malian army over the weekend.", "190", set(), {"MLI"}),
    ("Militants attacked the Nigerian police for hours.", "190", set(), {"NGA"}),
    ("Israeli troops fired back at the gunmen.", "193", {"ISR"}, set()),
    ("Israel attacked Iran's nuclear program.", "190", {"ISR"}, {"IRN"}),
    ("Russian drones attacked the Ukrainian energy grid.", "195", {"RUS"}, {"UKR"}),
    # an act condemned in words; a person condemned to a sentence
    ("France condemned the jailing of the Russian journalist to 8 years.", "111", {"FRA"},
     {"RUS"}),
    ("Germany condemned the sentencing of the Iranian rapper to death.", "111", {"DEU"},
     {"IRN"}),
    ("A Belarusian judge condemned the activist to ten years in prison.", "116", {"BLR"},
     {"BLR"}),
    # jailed because of a crime: a sentence; jailed without one named: a detention
    ("Four men were jailed due to fraud at a court in Cardiff, Wales.", "116", {"GBR"}, set()),
    ("Two Nigerian officials were imprisoned because of bribery, a court in Abuja said.",
     "116", {"NGA"}, {"NGA"}),
    ("A Kenyan court jailed the officials because of fraud.", "116", {"KEN"}, set()),
    ("The journalist was jailed without trial in Eritrea.", "173", {"ERI"}, {"ERI"}),
    ("The activist was jailed due to his posts criticising the Egyptian government.", "173",
     {"EGY"}, {"EGY"}),
    # help in the helper's own words, or told as done, stays help
    ("Iran said it backs the rebels.", "051", {"IRN"}, set()),
    ("The United States armed the Syrian rebels.", "072", {"USA"}, {"SYR"}),
    ("Ukraine said Britain funds its army.", "071", {"GBR"}, set()),
    # "whatever help it can": the help is the object, however the parser reads it
    ("Japan stands ready to provide whatever help it can to Turkey.", "033", {"JPN"}, {"TUR"}),
    ("Canada provided whatever assistance it could to Haiti.", "070", {"CAN"}, {"HTI"}),
    # opposing by a lawsuit is one (115); a plan to, a threat of one (131)
    ("Mexico will oppose the US tariff by litigation.", "131", {"MEX"}, {"USA"}),
    ("Greenpeace said it would challenge the Dutch law by lawsuit.", "131", set(), {"NLD"}),
    ("The Mexican government opposed the US tariff by lawsuit.", "115", {"MEX"}, {"USA"}),
    # "urged that", "asked that", "requested that": appeals (02); "demanded that" demands (10)
    ("Germany urged that Iran release the detained journalists.", "0253", {"DEU"}, {"IRN"}),
    ("Japan asked that China lift its ban on seafood.", "0251", {"JPN"}, {"CHN"}),
    ("Canada requested that India share the evidence.", "0214", {"CAN"}, {"IND"}),
    ("The Australian foreign minister urged that China free the writer.", "0253", {"AUS"},
     {"CHN"}),
    ("Poland demanded that Russia release the detained journalists.", "1053", {"POL"},
     {"RUS"}),
    ("Turkey insisted that Sweden extradite the suspects.", "1013", {"TUR"}, {"SWE"}),
    # an accuser named, or an accusation that is the news, stays
    ("The Kenyan minister resigned after he was accused of corruption by the opposition.",
     "1121", {"KEN"}, set()),
    ("The former Brazilian president was accused of corruption.", "1121", {"BRA"}, {"BRA"}),
    # "ruled out" an act: a refusal of it, the act not done
    ("Germany ruled out sending Taurus missiles to Ukraine.", "1222", {"DEU"}, {"UKR"}),
    ("Britain ruled out rejoining the European Union.", "120", {"GBR"}, {"EUR"}),
    ("The French president ruled out stepping down.", "1231", {"FRA"}, set()),
    ("The Kremlin ruled out holding talks with Ukraine.", "125", {"RUS"}, {"UKR"}),
]
ROOTS_17B_BEST: list[tuple[str, str, set[str], set[str]]] = [
    # a speaker damning a coercive act: the speaker's criticism is the sentence's event
    ("Germany said the expulsion of its diplomats by Mali was unacceptable.", "111", {"DEU"},
     {"MLI"}),
    ("The US State Department said the detention of the American reporter in Russia was "
     "wrongful.", "111", {"USA"}, {"RUS"}),
    ("The Czech foreign ministry said the expulsion of diplomats by Russia was indefensible.",
     "111", {"CZE"}, {"RUS"}),
    ("Poland said the jailing of the journalist by Belarus was unwarranted.", "111", {"POL"},
     {"BLR"}),
    ("The opposition attacked the Kenyan government over the tax hike.", "111", {"KEN"},
     {"KEN"}),
    ("Russia fired back at the EU over the sanctions.", "111", {"RUS"}, {"EUR"}),
    ("France condemned the jailing of the Russian journalist to 8 years.", "111", {"FRA"},
     {"RUS"}),
    # help to an armed group told as another's claim accuses the helper
    ("According to the Yemeni minister, the rebels are backed by Iran.", "112", {"YEM"},
     {"IRN"}),
    ("The Yemeni minister said the militants are funded by Iran.", "112", {"YEM"}, {"IRN"}),
    ("Kenya's president said Eritrea supports the insurgents.", "112", {"KEN"}, {"ERI"}),
    ("Russia said the United States trains Syrian rebels.", "112", {"RUS"}, {"USA"}),
    ("According to Israel, the militants are armed by Iran.", "112", {"ISR"}, {"IRN"}),
    ("Germany urged that Iran release the detained journalists.", "0253", {"DEU"}, {"IRN"}),
    ("Canada requested that India share the evidence.", "0214", {"CAN"}, {"IND"}),
    # an accusation by no one, told as what led to the news, is no event of its own
    ("An Indian man was beaten to death by a mob after he was accused of stealing a cow.",
     "1823", {"IND"}, {"IND"}),
    ("The Malian general was arrested after he was accused of plotting a coup.", "173",
     {"MLI"}, {"MLI"}),
    ("Germany ruled out sending Taurus missiles to Ukraine.", "1222", {"DEU"}, {"UKR"}),
    ("Britain ruled out rejoining the European Union.", "120", {"GBR"}, {"EUR"}),
]
ROOTS_17B_LOOK_ALIKES: list[str] = [
]
ROOTS_17B_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("The opposition attacked the Kenyan government over the tax hike.", "111", {"KEN"},
     {"KEN"}),
    ("Russia fired back at the EU over the sanctions.", "111", {"RUS"}, {"EUR"}),
]
VERBS_17C: list[tuple[str, str, set[str], set[str]]] = [
    # an object "it" takes up the thing named before it, for the pattern's object words
    ("Kenya and Somalia negotiated a border accord for months, and Somalia finally signed it "
     "in Nairobi.", "057", {"SOM"}, set()),
    ("The two countries drafted a peace treaty, and Armenia signed it on Friday.", "057",
     {"ARM"}, set()),
    ("The Security Council adopted a resolution on Gaza, and Egypt welcomed it.", "051",
     {"EGY"}, set()),
    ("The Indian navy seized a fishing boat, and Sri Lanka released it a week later.", "0842",
     {"LKA"}, set()),
    ("The report was published on Monday. Canada welcomed it.", "051", {"CAN"}, set()),
    ("The US imposed sanctions on Venezuela in 2019, and Biden eased them in 2023.", "085",
     {"USA"}, {"VEN"}),
    ("Russia proposed new talks, and Ukraine rejected them.", "125", {"UKR"}, set()),
    ("The curfew had lasted a month before it was lifted by France.", "0813", {"FRA"}, set()),
    # a passive participle with its doer, qualifying the noun its patterns name: the noun is
    # what is done
    ("The sanctions imposed by the EU on Russian banks took effect on Friday.", "163", set(),
     {"RUS"}),
    ("The curfew lifted by France in New Caledonia had lasted three weeks.", "0813", {"FRA"},
     {"NCL"}),
    ("The tariffs removed by China on Australian wine had cost exporters billions.", "085",
     {"CHN"}, {"AUS"}),
    ("The embargo eased by Washington on Cuban cigars pleased importers.", "085", {"USA"},
     {"CUB"}),
    ("The aid pledged by Japan to Ukraine arrived on Tuesday.", "033", {"JPN"}, {"UKR"}),
]
VERBS_17C_LOOK_ALIKES: list[str] = [
    "The two companies drafted a merger plan, and the board signed it on Friday.",
    "Samsung launched a new phone, and reviewers welcomed it.",
    "Spain built a new stadium in Madrid and the city opened it in May.",
    "The Brazilian singer released an album and fans welcomed it warmly.",
    "It was a hard decision, and Greece accepted it.",
    "Italy signed the letter, and Poland read it aloud.",
    "The fans bought new scarves, and the club lifted them high.",
    "The film released by Netflix in May drew millions of viewers.",
    "The rules imposed by the league on players were strict.",
    "The speed limits lifted by the city council last year were restored.",
    "The new phone unveiled by Apple sold out in hours.",
    "The prices cut by Walmart on toys helped shoppers.",
    "The players signed by Chelsea last summer have struggled.",
    "The water restrictions eased by the county on Monday pleased farmers.",
]
VERBS_17C_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
DROPPED_17D: list[tuple[str, str, set[str], set[str]]] = [
]
DROPPED_17D_LOOK_ALIKES: list[str] = [
    # a consultation of one country alone names no partner; a place or a topic is not one
    "Poland agreed to talks.",
    "Japan agreed to talks in Geneva.",
    "Peru agreed to a summit at the Chilean resort of Vina del Mar.",
    "The Kremlin said Putin would hold talks on Ukraine.",
    "Brazil agreed to talks, Argentine officials said.",
    "A former aide held a press conference claiming the senator did business with China.",
]
DROPPED_17D_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    # a consultation with no partner parsed: the one other country its clause names (036, 04)
    ("North Korea agreed to a meeting proposed by South Korea.", "036", {"PRK"}, {"KOR"}),
    ("Greece agreed to talks on the dispute raised by Turkey.", "036", {"GRC"}, {"TUR"}),
    ("Chile agreed to open negotiations on the Bolivian claim to the sea.", "036", {"CHL"},
     {"BOL"}),
    ("Vietnam agreed to meet at a summit hosted by Indonesia.", "036", {"VNM"}, {"IDN"}),
    ("Australia agreed to consult on a treaty drafted by New Zealand.", "036", {"AUS"}, {"NZL"}),
    ("The United States worked at the U.N. to negotiate compromises in the text drafted by "
     "Egypt.", "046", {"USA"}, {"EGY"}),
    # one forced or compelled to act does the act (and is the one coerced, 170)
    ("The BBC was forced to apologize to the Israeli government.", "055", {"GBR"}, {"ISR"}),
    ("The French government was forced to apologize to Algeria.", "055", {"FRA"}, {"DZA"}),
    ("Japan was compelled to release the Chinese fishermen.", "0841", {"JPN"}, {"CHN"}),
    ("Turkey was forced to withdraw its troops from Syria.", "087", {"TUR"}, {"SYR"}),
]
ACTORS_17E: list[tuple[str, str, set[str], set[str]]] = [
    # A small capital's name that a big region abroad bears: the region's country
    ("Victoria police charged a man with murder on Monday.", "173", {"AUS"}, set()),
    ("Victoria Police arrested a man over the stabbing.", "173", {"AUS"}, set()),
    ("Police in Victoria arrested a teenager over the shooting.", "173", {"AUS"}, set()),
    # a bare surname in a sentence of American politics its namesake's country lacks
    ("Johnson, a Wisconsin Republican, accused the FBI of hiding records.", "112",
     {"USA"}, {"USA"}),
    # the addressee of a letter read as the subject of the request after it
    ("Two senators wrote Attorney General Merrick Garland asking him to release the "
     "documents.", "020", set(), {"USA"}),
    ("Lawmakers wrote Secretary of State Antony Blinken asking him to pressure Egypt.",
     "020", set(), {"USA"}),
]
ACTORS_17E_LOOK_ALIKES: list[str] = [
    "The Victoria Police museum reopened on Monday.",
    "Johnson's office is next to the Senate chamber.",
    "Two soldiers stood guard at the gate in Gaza.",
]
ACTORS_17E_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Grimm rejected Johnson's request for a Senate briefing.", "120", {"USA"}, {"USA"}),
    ("Johnson accused the European Union of bullying Britain.", "112", {"GBR"}, {"EUR"}),
    ("The Seychelles president met Indian officials in Victoria.", "040", {"SYC"}, {"IND"}),
    ("Police in Victoria, British Columbia, arrested two men.", "173", {"CAN"}, {"CAN"}),
    # soldiers in a territory with no army of its own are not its soldiers
    ("Three soldiers were wounded in Gaza on Tuesday.", "182", {"PSE"}, set()),
    ("Troops in the West Bank arrested two Palestinian teenagers.", "173", set(), {"PSE"}),
    ("Gunmen killed four soldiers in northern Mali.", "193", {"MLI"}, {"MLI"}),
]
VERBS_17F: list[tuple[str, str, set[str], set[str]]] = [
    # a text's act is its issuer's: "issued a statement that condemned ..."
    ("The Turkish foreign ministry issued a statement that condemned the Israeli raid on "
     "Jenin.", "111", {"TUR"}, {"ISR"}),
    ("Human Rights Watch published a report which accused Ethiopia of torturing detainees.",
     "1122", {"NGOHRW"}, {"ETH"}),
    ("Lithuania's president signed a decree that expels three Belarusian diplomats.",
     "174", {"LTU"}, {"BLR"}),
    # a note (letter) of protest is a protest note; protest expressed to a government
    ("Armenia handed a note of protest to the Azerbaijani envoy.", "114", {"ARM"}, {"AZE"}),
    ("Romania sent a letter of protest to Moscow over the drone debris.", "114", {"ROU"},
     {"RUS"}),
    ("The Uzbek Foreign Ministry expressed protest to Kabul over the shelling.", "114",
     {"UZB"}, {"AFG"}),
    # "X's refusal (failure) to do": not done, a refusal as "refused to" is
    ("Bulgaria's refusal to sell its old MiG jets to Ukraine angered Kyiv.", "1222", {"BGR"},
     {"UKR"}),
    ("Egypt's failure to open the Rafah crossing to aid convoys drew anger.", "1241", {"EGY"},
     {"PSE"}),
]
VERBS_17F_LOOK_ALIKES: list[str] = [
    "The company released a statement that thanked its customers for their patience.",
    "The teacher handed a note of the lesson to every pupil.",
    "She wrote a letter of thanks to her coach.",
]
VERBS_17F_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Pakistan sent the Security Council a letter that accused India of terrorism.",
     "1121", {"PAK"}, {"IND"}),
    # "'...,' he said": a person named inside the quoted words is not the speaker
    ("Polish Prime Minister Donald Tusk spoke in Warsaw on Monday. \u201cLukashenko\u2019s "
     "regime is a disgrace,\u201d he said.", "111", {"POL"}, {"BLR"}),
    ('Polish Prime Minister Donald Tusk spoke in Warsaw on Monday. "Lukashenko\'s regime is '
     'a disgrace," he said.', "111", {"POL"}, {"BLR"}),
    ("Estonian Prime Minister Kaja Kallas spoke in Tallinn on Friday. \u201cThere is no "
     "freedom there, but Lukashenko\u2019s regime has built an illegitimate and cruel state,"
     "\u201d she said later.", "111", {"EST"}, {"BLR"}),
]
LEAD_17: list[tuple[str, str, set[str], set[str]]] = [
    # a cooperation stopped is cut; a fight stopped is de-escalation
    ("Germany stopped sending missiles to Ukraine.", "1622", {"DEU"}, {"UKR"}),
    ("Berlin halted sending tanks to Kyiv.", "1622", {"DEU"}, {"UKR"}),
    ("The Netherlands stopped sending food aid to Gaza.", "1623", {"NLD"}, {"PSE"}),
    ("Iran stopped talking to the United States.", "164", {"IRN"}, {"USA"}),
    ("The US suspended negotiating with the Taliban.", "164", {"USA"}, {"AFG"}),
    ("Nigeria halted importing fuel from Russia.", "163", {"NGA"}, {"RUS"}),
    ("Israel stopped bombing Gaza.", "087", {"ISR"}, {"PSE"}),
    # the head of a state or body is its country's
    ("Blinken met the head of the Palestinian Authority in Ramallah.", "040", {"USA"}, {"PSE"}),
    ("The head of the Turkish delegation met Lavrov.", "040", {"TUR"}, {"RUS"}),
    ("Macron spoke with the head of the Chinese government.", "040", {"FRA"}, {"CHN"}),
    # an oil refinery or depot struck is a target; oil struck is a find
    ("Ukraine struck a Russian oil refinery.", "190", {"UKR"}, {"RUS"}),
    ("Kazakhstan closed its border with Kyrgyzstan.", "172", {"KAZ"}, {"KGZ"}),
    ("Ukrainian drones struck an oil depot in Russia's Bryansk region.", "195", {"UKR"}, {"RUS"}),
]
LEAD_17_LOOK_ALIKES: list[str] = [
    # a gerund opposed, avoided or resisted is not done
    "Japan avoided criticising China.",
    "He has avoided criticizing the Kazakh president in public.",
    "Hungary resisted imposing sanctions on Russia.",
    # a gerund stopped that is no cooperation or fight
    "She stopped working for the ministry.",
    "He stopped smoking after the election.",
    "The club stopped paying the players.",
    # a private family is no state
    "A Wisconsin family has agreed to sell 407 acres of their land to Microsoft.",
    "Chevron struck oil in Kazakhstan.",
    "BP struck oil near the Russian border.",
    # closed for works or weather: no act against anyone
    "The road was closed for repairs in Shymkent.",
    "Almaty closed the metro station for maintenance.",
    "Schools in Astana were closed because of the snow.",
]
RANK_17G: list[tuple[str, str, set[str], set[str]]] = [
    # a denial of an act, and a warning of what may come: the words are coded
    ("Pakistan denies that its army shelled villages in Afghanistan.", "016", {"PAK"}, set()),
    ("Kenya warned that the clashes in Somalia might spread to its territory.", "130", {"KEN"},
     set()),
]
RANK_17G_LOOK_ALIKES: list[str] = [
    # no state speaks, nor acts
    "Economists warned that the slowdown could spread to Europe.",
    "Analysts warned that the protests might spread.",
]
#: The event a one-event reader keeps (the most confident): a speaker's denial over the act
#: denied, a warning over the act it foresees; an act reported as done still wins.
RANK_17G_BEST: list[tuple[str, str, set[str], set[str]]] = [
    ("Iran denied that it had supplied drones to Russia.", "016", {"IRN"}, set()),
    ("Syria denied that its forces had fired on the protesters.", "016", {"SYR"}, set()),
    ("Pakistan denies that its army shelled villages in Afghanistan.", "016", {"PAK"}, set()),
    ("Russia denied bombing the hospital in Kharkiv.", "016", {"RUS"}, set()),
    ("The UN warned that fighting in Sudan could spread.", "130", {"IGOUNO"}, set()),
    ("Chad warned that attacks by Sudanese militias could destabilise the region.", "130",
     {"TCD"}, set()),
    ("Israel said Hamas fired rockets at Tel Aviv.", "195", {"PSE"}, {"ISR"}),
    # what a speaker says it would do is its intention, not a foreseen maybe
    ("Polish farmers said they would block the border with Ukraine to demand a ban on "
     "Ukrainian grain.", "133", {"POL"}, {"UKR"}),
    # the main clause's act over the one its adverbial clause sets it after
    ("Since Turkey invaded northern Cyprus in 1974, Greece has protested repeatedly.", "114",
     {"GRC"}, set()),
    ("Since the Taliban seized Kabul in 2021, Pakistan has expelled thousands of refugees.",
     "201", {"PAK"}, {"AFG"}),
    ("Meeting Chinese officials in Beijing, the German chancellor criticised Russia.", "111",
     {"DEU"}, {"RUS"}),
]
RANK_17G_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]
HEADLINE_17H: list[tuple[str, str, set[str], set[str]]] = [
    # a reason after "over" is no target ("sanctions on X over its missiles")
    ("Britain imposed sanctions on Russian generals over missiles.", "163", {"GBR"}, {"RUS"}),
    # a complaint over a deed names the doer too
    ("Armenia complained to the United Nations over Azerbaijani shelling of border villages.",
     "114", {"ARM"}, {"AZE"}),
]
HEADLINE_17H_LOOK_ALIKES: list[str] = [
    "Kazakh Women Fire Up Ice Hockey League",
    "Strikes continue at Tengiz oil field",
]
HEADLINE_17H_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("The EU imposed sanctions on Iranian officials over drones.", "163", {"EUR"}, {"IRN"}),
    ("Canada slapped sanctions on Chinese firms over drones.", "163", {"CAN"}, {"CHN"}),
    # a body that is one headline is read as a headline
    ("Guinea junta expels Ivorian ambassador", "174", {"GIN"}, {"CIV"}),
]
ACTORS_17I: list[tuple[str, str, set[str], set[str]]] = [
    # a consul general is a diplomat, not a general
    ("The Russian consul general criticised the Polish authorities.", "111", {"RUS"}, {"POL"}),
    ("A Russian major general was killed by Ukrainian forces.", "190", {"UKR"}, {"RUS"}),
    # police of an island the gazetteer's namesake towns hid
    ("Police in Bali detained two Russian women.", "173", {"IDN"}, {"RUS"}),
]
ACTORS_17I_LOOK_ALIKES: list[str] = [
    # a sports report's "Wagner" is a player, not the Wagner Group
    "Wagner criticised the referees after the Magic lost to the Bulls in the NBA playoffs.",
    # given names, not Haiti's Claude Joseph nor the Turkmen town of Mary
    "Mary and Joseph were rejected by the innkeeper.",
]
ACTORS_17I_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("The Chinese consul general met the mayor of Sydney on Tuesday.", "040", {"CHN"}, {"AUS"}),
    ("Two Australians were jailed by the authorities in Bali.", "173", {"IDN"}, {"AUS"}),
    ("Police in Lombok arrested a British tourist.", "173", {"IDN"}, {"GBR"}),
    # a world body's country is no home for the group it judges
    ("The European Union condemned the rebels' attack on the aid convoy.", "111", {"EUR"},
     set()),
    ("NATO criticised the militants for the attack.", "111", {"IGOWSTNAT"}, set()),
    # the second verb's subject that the parse joined to the first verb's object
    ("Apple released a new iPhone and Samsung criticised it.", "111", {"KOR"}, set()),
    ("A drone crossed the border and Poland shot it down.", "190", {"POL"}, set()),
    ("Iran seized a tanker and Britain condemned the move.", "111", {"GBR"}, {"IRN"}),
    ("Police arrested the men and the court jailed them.", "173", set(), set()),
    ("Senator Graham criticised the Chinese government.", "111", {"USA"}, {"CHN"}),
]
COVER_17J: list[tuple[str, str, set[str], set[str]]] = [
    # curbs, limits and controls: imposed, tightened, eased, lifted (trade ones an embargo)
    ("China imposed export curbs on rare earths.", "163", {"CHN"}, set()),
    ("Japan slapped curbs on chip exports to China.", "163", {"JPN"}, set()),
    ("India imposed curbs on rice exports to Bangladesh.", "163", {"IND"}, set()),
    ("Russia imposed curbs on the media.", "172", {"RUS"}, set()),
    ("Japan tightened limits on exports to South Korea.", "163", {"JPN"}, {"KOR"}),
    ("Japan tightened controls on exports to South Korea.", "163", {"JPN"}, {"KOR"}),
    ("Japan lifted limits on exports to South Korea.", "085", {"JPN"}, {"KOR"}),
    ("Japan relaxed limits on exports to South Korea.", "085", {"JPN"}, {"KOR"}),
    ("Japan scrapped controls on exports to South Korea.", "085", {"JPN"}, {"KOR"}),
    # flights and trade resumed: economic exchange resumed (061)
    ("Airlines from Italy resumed flights to Libya.", "061", {"ITA"}, {"LBY"}),
    ("Turkish Airlines resumed flights to Iraq.", "061", {"TUR"}, {"IRQ"}),
    ("Norway said it would resume flights to Libya.", "0311", {"NOR"}, {"LBY"}),
    # "take part in": drills, talks, protests
    ("Canada took part in military drills with Japan.", "062", {"CAN"}, {"JPN"}),
    ("Russia took part in naval exercises with China.", "062", {"RUS"}, {"CHN"}),
    ("China took part in talks with India.", "040", {"CHN"}, {"IND"}),
    # links and contacts are ties
    ("Kazakhstan bolstered links with Turkey.", "050", {"KAZ"}, {"TUR"}),
    ("Kazakhstan forged links with Turkey.", "050", {"KAZ"}, {"TUR"}),
    ("Lithuania cut links with Belarus.", "161", {"LTU"}, {"BLR"}),
    ("Lithuania cut contacts with Belarus.", "161", {"LTU"}, {"BLR"}),
    # objects of their own
    ("The United States froze Afghan central bank reserves.", "171", {"USA"}, {"AFG"}),
    ("Israel and Hamas agreed on a truce.", "0871", {"ISR", "PSE"}, set()),
    ("Ukraine hit a Russian warship in the Black Sea.", "190", {"UKR"}, {"RUS"}),
    ("Modi welcomed the French president to New Delhi.", "043", {"IND"}, {"FRA"}),
    # particles: booted out, joined hands with, pushed back against, shut down, challenged at
    ("Armenia booted out Russian diplomats.", "174", {"ARM"}, {"RUS"}),
    ("France joined hands with Morocco to fight terrorism.", "060", {"FRA"}, {"MAR"}),
    ("Mexico pushed back against the plan from Washington.", "120", {"MEX"}, {"USA"}),
    ("Georgia shut down Russian media.", "1721", {"GEO"}, {"RUS"}),
    ("Australia challenged China's tariffs at the WTO.", "115", {"AUS"}, {"CHN"}),
    ("Iran handed over the oil tanker to Greece.", "0842", {"IRN"}, {"GRC"}),
    ("Britain handed over the looted artifacts to Ghana.", "0842", {"GBR"}, {"GHA"}),
]
COVER_17J_LOOK_ALIKES: list[str] = [
    "The airline resumed flights after the storm.",
    "The factory resumed exports after the strike.",
    "She took part in a marathon in Boston.",
    "Students took part in a fire drill.",
    "The team took part in talks with sponsors.",
    "The couple agreed on a truce over the holidays.",
    "Parents put curbs on screen time.",
    "The bank froze his deposits.",
    "The wave hit the ship.",
    "He took part in the exercise with his friends.",
    "The mayor welcomed visitors to New York.",
    "Apple restored service to customers.",
    "The singer joined hands with fans on stage.",
    "He booted out the intruder.",
    "The player challenged the ruling at the tribunal.",
]
COVER_17J_EXACT: list[tuple[str, str, set[str], set[str]]] = [
    ("Japan tightened curbs on exports to South Korea.", "163", {"JPN"}, {"KOR"}),
    ("India imposed restrictions on wheat exports to Egypt.", "163", {"IND"}, {"EGY"}),
]
AUDIT_17K: list[tuple[str, str, set[str], set[str]]] = [
    ("Iran abandoned talks with the United States.", "164", {"IRN"}, {"USA"}),
    ("Russian troops occupied the town of Kherson.", "192", {"RUS"}, {"UKR"}),
    ("Thailand declared martial law on Tuesday.", "1724", {"THA"}, set()),
    ("The Ethiopian government declared a state of emergency in Amhara.", "1724", {"ETH"},
     set()),
    ("The Kenyan foreign minister discussed the plan with his Ugandan counterpart.", "040",
     {"KEN"}, {"UGA"}),
    ("The Turkish president welcomed the Finnish president in Ankara.", "043", {"TUR"}, {"FIN"}),
]
AUDIT_17K_LOOK_ALIKES: list[str] = [
    # interviews with a news outlet
    "Former Kenyan minister Joseph Otieno spoke with Wikinews in July.",
    "Speaking with Fox Business on Tuesday, Texas Governor Greg Abbott said the border was open.",
    "The Kenyan health minister discussed the plan with the Nairobi Times.",
    # things inspected
    "Utility workers in Ohio inspect the house where the family was found dead.",
    "Firefighters in Texas inspected the building after the blaze.",
    "Engineers in Japan inspected the damaged bridge on Monday.",
    # talk of something is no talks
    "Any setback could prompt the Federal Reserve to abandon all talk of rate cuts.",
    # private battles, hazards declared
    "Custody battles between parents in France can last years.",
    "The WHO decided to declare the outbreak a public health emergency in Congo.",
    "The WHO declared the outbreak a global health emergency in Geneva.",
]
AUDIT_17K_EXACT: list[tuple[str, str, set[str], set[str]]] = [
]

@pytest.mark.parametrize(("text", "want", "src", "tgt"), POSITIVE + THIRD_PASS + SEVENTH_PASS
                         + ACTORS_7 + LEXICON_7 + ENTITIES_7 + CODER_7
                         + ACTORS_8 + CODES_8 + LEAD_8
                         + OBJECTS_9 + THREATS_9 + ACTORS_9 + LEAD_9
                         + DISAPPROVE_10 + COERCE_10 + STATEMENTS_10 + LEAD_10 + AUDIT_10
                         + SPECIFIC_11 + ACTORS_11 + COOPERATE_11 + CONFLICT_11 + LEAD_11
                         + AUDIT_11 + SPECIFIC_12 + ACTORS_12 + COOPERATE_12 + CONFLICT_12
                         + SOURCES_12 + LEAD_12 + AUDIT_12 + SPECIFIC_13 + ACTORS_13
                         + WORDING_13 + SOURCES_13 + AUDIT_13 + LEAD_13 + RECALL_13
                         + NAMES_13B + RECORDS_13B
                         + COVER_14A + COVER_14B + COVER_14C + ACTORS_14 + COVER_14D + AUDIT_14
                         + SPEECH_15 + STRIKES_15
                         + PROSE_15A + PROSE_15B + DROPPED_15 + CODES_15 + ACTORS_15 + LEAD_15
                         + VERBS_16A + VERBS_16B + DROPPED_16 + CODES_16 + ACTORS_16
                         + FIXES_16 + LEAD_16 + AUDIT_16P + AUDIT_16W + ACTORS_16B + PARSE_16
                         + SPECIFIC_17A + ROOTS_17B + VERBS_17C + DROPPED_17D + ACTORS_17E + VERBS_17F
                         + LEAD_17 + RANK_17G + HEADLINE_17H + ACTORS_17I + COVER_17J + AUDIT_17K)
def test_news_wording_is_coded(runner: Any, text: str, want: str, src: set[str],
                               tgt: set[str]) -> None:
    evs = events(runner, text)
    hits = [e for e in evs if e.code == want]
    assert hits, (text, [(e.code, e.sources, e.targets) for e in evs])
    ev = hits[0]
    assert src <= countries(ev.sources), (text, ev.sources)
    assert tgt <= countries(ev.targets), (text, ev.targets)


@pytest.mark.parametrize("text", NEGATIVE + THIRD_PASS_LOOK_ALIKES
                                  + SEVENTH_PASS_LOOK_ALIKES + ACTORS_7_LOOK_ALIKES
                                  + LEXICON_7_LOOK_ALIKES + ENTITIES_7_LOOK_ALIKES
                                  + CODER_7_LOOK_ALIKES
                                  + ACTORS_8_LOOK_ALIKES + CODES_8_LOOK_ALIKES
                                  + LEAD_8_LOOK_ALIKES + OBJECTS_9_LOOK_ALIKES
                                  + THREATS_9_LOOK_ALIKES + ACTORS_9_LOOK_ALIKES
                                  + LEAD_9_LOOK_ALIKES + DISAPPROVE_10_LOOK_ALIKES
                                  + COERCE_10_LOOK_ALIKES + STATEMENTS_10_LOOK_ALIKES
                                  + LEAD_10_LOOK_ALIKES + AUDIT_10_LOOK_ALIKES
                                  + SPECIFIC_11_LOOK_ALIKES + ACTORS_11_LOOK_ALIKES
                                  + COOPERATE_11_LOOK_ALIKES + CONFLICT_11_LOOK_ALIKES
                                  + LEAD_11_LOOK_ALIKES + AUDIT_11_LOOK_ALIKES
                                  + SPECIFIC_12_LOOK_ALIKES + ACTORS_12_LOOK_ALIKES
                                  + COOPERATE_12_LOOK_ALIKES + CONFLICT_12_LOOK_ALIKES
                                  + SOURCES_12_LOOK_ALIKES + LEAD_12_LOOK_ALIKES
                                  + AUDIT_12_LOOK_ALIKES + SPECIFIC_13_LOOK_ALIKES
                                  + ACTORS_13_LOOK_ALIKES + WORDING_13_LOOK_ALIKES
                                  + SOURCES_13_LOOK_ALIKES + AUDIT_13_LOOK_ALIKES
                                  + LEAD_13_LOOK_ALIKES + RECALL_13_LOOK_ALIKES
                                  + RECORDS_13B_LOOK_ALIKES
                                  + COVER_14A_LOOK_ALIKES + COVER_14B_LOOK_ALIKES
                                  + COVER_14C_LOOK_ALIKES + ACTORS_14_LOOK_ALIKES
                                  + COVER_14D_LOOK_ALIKES + AUDIT_14_LOOK_ALIKES
                                  + SPEECH_15_LOOK_ALIKES + STRIKES_15_LOOK_ALIKES
                                  + PROSE_15A_LOOK_ALIKES + PROSE_15B_LOOK_ALIKES
                                  + DROPPED_15_LOOK_ALIKES + CODES_15_LOOK_ALIKES
                                  + ACTORS_15_LOOK_ALIKES + LEAD_15_LOOK_ALIKES
                                  + VERBS_16A_LOOK_ALIKES + VERBS_16B_LOOK_ALIKES
                                  + DROPPED_16_LOOK_ALIKES + CODES_16_LOOK_ALIKES
                                  + ACTORS_16_LOOK_ALIKES + FIXES_16_LOOK_ALIKES
                                  + LEAD_16_LOOK_ALIKES + AUDIT_16P_LOOK_ALIKES
                                  + AUDIT_16W_LOOK_ALIKES + ACTORS_16B_LOOK_ALIKES
                                  + PARSE_16_LOOK_ALIKES
                                  + SPECIFIC_17A_LOOK_ALIKES + ROOTS_17B_LOOK_ALIKES + VERBS_17C_LOOK_ALIKES
                                  + DROPPED_17D_LOOK_ALIKES + ACTORS_17E_LOOK_ALIKES + VERBS_17F_LOOK_ALIKES
                                  + LEAD_17_LOOK_ALIKES + RANK_17G_LOOK_ALIKES + HEADLINE_17H_LOOK_ALIKES
                                  + ACTORS_17I_LOOK_ALIKES + COVER_17J_LOOK_ALIKES + AUDIT_17K_LOOK_ALIKES)
def test_look_alike_is_no_event(runner: Any, text: str) -> None:
    evs = events(runner, text)
    assert not evs, (text, [(e.code, e.sources, e.targets) for e in evs])


def test_he_is_never_a_body(runner: Any) -> None:
    """"A jury convicted Harlan, and he received a sentence": "he" is Harlan, not the jury."""
    evs = events(runner, "A jury convicted Harlan of fraud on Friday, and he received a "
                         "three-year sentence.")
    assert evs and not any("jury" in a.name.lower() for e in evs for a in e.targets), [
        (e.code, e.sources, e.targets) for e in evs]


@pytest.mark.parametrize(("text", "codes"), CODER_7_ONLY + FIXES_16_ONLY)
def test_no_second_event_of_the_actor(runner: Any, text: str, codes: list[str]) -> None:
    evs = events(runner, text)
    assert sorted(e.code for e in evs) == codes, (text, [(e.code, e.sources, e.targets)
                                                         for e in evs])


@pytest.mark.parametrize(("text", "want", "src", "tgt"), CODER_7_TARGETS + ACTORS_9_EXACT
                         + LEAD_10_EXACT + ACTORS_11_EXACT + LEAD_11_EXACT + ACTORS_12_EXACT
                         + SOURCES_12_EXACT + LEAD_12_EXACT + ACTORS_13_EXACT
                         + SOURCES_13_EXACT + LEAD_13_EXACT + SOURCES_13_PROTEST_TARGETS
                         + NAMES_13B_EXACT + COVER_14A_EXACT + COVER_14B_EXACT
                         + COVER_14C_EXACT + ACTORS_14_EXACT + COVER_14D_EXACT
                         + AUDIT_14_EXACT + SPEECH_15_EXACT + STRIKES_15_EXACT
                         + PROSE_15A_EXACT + PROSE_15B_EXACT
                         + DROPPED_15_EXACT + CODES_15_EXACT + ACTORS_15_EXACT + LEAD_15_EXACT
                         + VERBS_16A_EXACT + VERBS_16B_EXACT + DROPPED_16_EXACT
                         + CODES_16_EXACT + ACTORS_16_EXACT + FIXES_16_EXACT + LEAD_16_EXACT
                         + AUDIT_16P_EXACT + AUDIT_16W_EXACT + ACTORS_16B_EXACT + PARSE_16_EXACT
                         + SPECIFIC_17A_EXACT + ROOTS_17B_EXACT + VERBS_17C_EXACT
                         + DROPPED_17D_EXACT + ACTORS_17E_EXACT + VERBS_17F_EXACT
                         + RANK_17G_EXACT + HEADLINE_17H_EXACT + ACTORS_17I_EXACT + COVER_17J_EXACT
                         + AUDIT_17K_EXACT)
def test_exact_actors(runner: Any, text: str, want: str, src: set[str], tgt: set[str]) -> None:
    evs = [e for e in events(runner, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in events(runner, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets) == tgt, (text, evs[0].targets)


@pytest.mark.parametrize(("text", "want", "src", "tgt"), ROOTS_17B_BEST + RANK_17G_BEST)
def test_best_event_is_the_right_root(runner: Any, text: str, want: str, src: set[str],
                                      tgt: set[str]) -> None:
    """The event a one-event reader keeps (the most confident) has the sentence's root."""
    evs = events(runner, text)
    assert evs, text
    best = max(evs, key=lambda e: e.confidence)
    assert best.code == want, (text, [(e.code, e.confidence) for e in evs])
    assert countries(best.sources) == src, (text, best.sources)
    assert countries(best.targets) == tgt, (text, best.targets)


@pytest.mark.parametrize(("text", "want", "names"), AUDIT_16W_NAMES)
def test_actor_names(runner: Any, text: str, want: str, names: set[str]) -> None:
    evs = [e for e in events(runner, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in events(runner, text)])
    assert {a.name for a in evs[0].sources + evs[0].targets} == names, (text, evs[0])


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"), SOURCES_12_HEADLINED)
def test_headline_places_unnamed_roles(runner: Any, title: str, text: str, want: str,
                                       src: set[str], tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets) == tgt, (text, evs[0].targets)


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"), SOURCES_13_HEADLINED)
def test_headline_names_the_other_side(runner: Any, title: str, text: str, want: str,
                                       src: set[str], tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets + evs[0].implied_targets) == tgt, (
        text, evs[0].targets, evs[0].implied_targets)


@pytest.mark.parametrize(("title", "text"), SOURCES_13_HEADLINED_LOOK_ALIKES)
def test_headline_look_alike_has_no_body_event(runner: Any, title: str, text: str) -> None:
    evs = body_events(runner, title, text)
    assert not evs, (text, [(e.code, e.sources, e.targets) for e in evs])


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"),
                         DROPPED_15_HEADLINED + DROPPED_16_HEADLINED)
def test_headline_country_does_unnamed_domestic_acts(runner: Any, title: str, text: str,
                                                     want: str, src: set[str],
                                                     tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets + evs[0].implied_targets) == tgt, (
        text, evs[0].targets, evs[0].implied_targets)


@pytest.mark.parametrize(("title", "text"), DROPPED_15_HEADLINED_LOOK_ALIKES
                         + DROPPED_16_HEADLINED_LOOK_ALIKES + FIXES_16_HEADLINED_LOOK_ALIKES)
def test_headline_country_look_alike_has_no_body_event(runner: Any, title: str,
                                                       text: str) -> None:
    evs = body_events(runner, title, text)
    assert not evs, (text, [(e.code, e.sources, e.targets) for e in evs])


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"), FIXES_16_HEADLINED)
def test_blast_under_a_bombing_headline_is_an_attack(runner: Any, title: str, text: str,
                                                     want: str, src: set[str],
                                                     tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert src <= countries(evs[0].sources), (text, evs[0].sources)
    assert tgt <= countries(evs[0].targets), (text, evs[0].targets)


#: A whole article about one country, for sentences read in it.
_ARTICLE_16 = (
    "Houston police said on Monday that a Texas man accused of a string of burglaries across "
    "the city had been identified after a long investigation. The United States attorney's "
    "office in Houston said the case was one of the largest of its kind in Texas this year. "
    "Local residents said the burglaries had frightened families across several "
    "neighbourhoods, and the city council held a meeting to discuss security. Officials in "
    "Texas said patrols would be increased in the coming weeks while the investigation "
    "continues. ")


def test_article_home_does_unnamed_arrests(runner: Any) -> None:
    """In a whole article about one country, an arrest told in a passive clause whose own
    party has a country is still that country's police's; a writer's round-up, a felon named
    by his conviction and a critic's praise are no act of its."""
    title = "Texas man identified in burglary investigation"
    for text in ("He was expelled from school and arrested at 16 for theft.",
                 "She was thrown out of college and arrested at 19 for fraud."):
        evs = [e for e in body_events(runner, title, _ARTICLE_16 + text)
               if e.code == "173" and text[:20] in e.sentence]
        assert evs and countries(evs[0].sources) == {"USA"}, (text, evs)
    for text in ("Convicted felons may not vote in some states.",
                 "I've rounded up the best deals for you.",
                 "The album was praised by critics."):
        evs = [e for e in body_events(runner, title, _ARTICLE_16 + text)
               if text[:20] in e.sentence]
        assert not evs, (text, [(e.code, e.sources, e.targets) for e in evs])


def test_refusal_on_a_condition_told_by_a_pronoun(runner: Any) -> None:
    """ "It said there would be no more talks unless ...": the threat is the one "it" is."""
    evs = events(runner, "Hamas issued a statement on Sunday. It said there would be no more "
                         "talks unless Israel halted the fighting.")
    assert [(e.code, countries(e.sources), countries(e.targets)) for e in evs] == [
        ("134", {"PSE"}, {"ISR"})]


def test_two_acts_of_one_kind_stay_two_events(runner: Any) -> None:
    """An arrest and a confiscation by the same police are two acts of coercion, and two
    killings by unrelated attackers are two attacks, not one record with all parties."""
    evs = events(runner, "Police in Almaty arrested three activists on Monday. Police also "
                         "confiscated the property of the activists on Monday.")
    assert sorted(e.code for e in evs) == ["1711", "173"]
    evs = events(runner, "Hamas militants killed 40 people in Sderot. An airstrike on a house "
                         "in Rafah killed six people.")
    assert len(evs) == 2
    assert not any("Hamas" in a.name for e in evs if "six" in e.sentence for a in e.sources)


def test_a_record_takes_the_kind_that_says_more(runner: Any) -> None:
    """A meeting and a visit in one sentence are one visit, not a bare meeting."""
    evs = events(runner, "Ivanka Trump and Jared Kushner met with Israeli President Isaac "
                         "Herzog and visited the Western Wall in Jerusalem.")
    assert [e.code for e in evs] == ["042"]
    assert countries(evs[0].sources) == {"USA"} and "ISR" in countries(evs[0].targets)


def test_talks_engaged_in_somewhere_have_no_target_there(runner: Any) -> None:
    evs = events(runner, "Russia and Ukraine were engaged in talks in Istanbul.")
    assert [e.code for e in evs] == ["040"]
    assert countries(evs[0].sources) == {"RUS", "UKR"} and not evs[0].targets


def test_an_attack_at_sea_strikes_no_country_of_the_sea_s_name(runner: Any) -> None:
    # The gazetteer holds Sudan's Red Sea State; a ship attacked in the Red Sea is not Sudan's.
    evs = events(runner, "The Houthis attacked a cargo ship in the Red Sea on Monday.")
    assert [e.code for e in evs] == ["190"]
    assert countries(evs[0].sources) == {"YEM"} and "SDN" not in countries(evs[0].targets)
    assert evs[0].place is None or evs[0].place.country != "SDN"


def test_who_receives_a_warrant_is_not_its_target(runner: Any) -> None:
    evs = events(runner, "Interpol received an arrest warrant from Russia for the journalist.")
    assert evs and all("IGO" not in countries(e.targets) for e in evs)
    assert all(not any((a.actor_code or "").startswith("IGO") for a in e.targets) for e in evs)


def test_a_target_of_no_country_leaves_the_implied_side(runner: Any) -> None:
    """A firm of unknown country praised at home: the dyad's other side is the home country."""
    evs = events(runner, "The Kyrgyz government praised Acme Holdings.")
    assert [e.code for e in evs] == ["051"]
    assert countries(evs[0].implied_targets) == {"KGZ"}


def test_expelling_foreign_troops_and_promising_compensation() -> None:
    from tidings.model import Article
    from tidings.pipeline import build

    run = build(("nlp", "entities", "events"))
    expel = run(Article(body="Iraq's parliament voted to expel Turkish troops from the country.",
                        reference_date="2025-07-20")).events
    assert [e.code for e in expel] == ["166"]
    paid = run(Article(body="The Kazakh government promised compensation to flood victims.",
                       reference_date="2025-07-20")).events
    assert [e.code for e in paid] == ["0331"]


def test_declared_or_signalled_intent_is_an_intent() -> None:
    from tidings.model import Article
    from tidings.pipeline import build

    run = build(("nlp", "entities", "events"))
    events = run(Article(body="Poland's leader declared his intent to impose stricter "
                              "punishment for abuse.", reference_date="2025-07-20")).events
    assert [e.root for e in events] == ["03"]


def test_committing_crimes_is_no_commitment() -> None:
    from tidings.model import Article
    from tidings.pipeline import build

    run = build(("nlp", "entities", "events"))
    art = run(Article(body="Myanmar committed war crimes against the Rohingya, the United States "
                           "said.", reference_date="2025-07-20"))
    assert all(e.root != "03" for e in art.events)


@pytest.mark.parametrize(("text", "want", "src", "tgt"), ACTORS_9_IMPLIED + SOURCES_13_IMPLIED)
def test_implied_target(runner: Any, text: str, want: str, src: set[str], tgt: set[str]
                        ) -> None:
    evs = [e for e in events(runner, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in events(runner, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets + evs[0].implied_targets) == tgt, (
        text, evs[0].targets, evs[0].implied_targets)


def test_home_of_unplaced_people_needs_a_clear_story_country() -> None:
    """People no one places take the story's country only where it holds two thirds of the
    story's countries; a bare majority still gives its police and parliament."""
    from tidings.model import Article
    from tidings.pipeline import build
    from tidings.pipeline.events import EventStage

    article = build(("nlp", "entities"))(Article(body=(
        "Israel's water ministry praised a desalination trial in Eilat. Israel will fund a "
        "second plant in Haifa. Canadian engineers from Toronto and Montreal visited the plant "
        "in Canada.")))
    stage = EventStage()
    focus, home = stage._focus(article, "main")
    assert focus == "ISR"
    assert home is None


def test_act_refused_is_not_asserted(runner: Any) -> None:
    """"refused to condemn X" is no condemnation: the act refused is negated, like "declined to"."""
    evs = events(runner, "China refused to condemn Russia's invasion.")
    assert not [e for e in evs if e.code.startswith("11") and e.modality == "asserted"], [
        (e.code, e.modality) for e in evs]
    # only an act the verb's own "to" governs: a strike told before it took place
    evs = events(runner, "After the Israeli airstrike on its embassy, Iran refused to attend "
                         "the talks.")
    assert [e for e in evs if e.code.startswith("19") and e.modality == "asserted"], [
        (e.code, e.modality) for e in evs]


def test_deed_claimed_is_not_asserted(runner: Any) -> None:
    """A deed told in an allegation's that-clause is claimed; in one denied, it is negated."""
    evs = events(runner, "Russia rejected claims that its troops shelled the hospital in Kharkiv.")
    assert [e.modality for e in evs if e.code.startswith("19")] == ["negated"], [
        (e.code, e.modality) for e in evs]
    evs = events(runner, "There are reports that Russian troops shelled the hospital.")
    assert [e.modality for e in evs if e.code.startswith("19")] == ["reported"], [
        (e.code, e.modality) for e in evs]


def test_a_finding_on_a_suspension_is_no_cut_in_relations(runner: Any) -> None:
    """ "Suspension" alone, in a headline about a ruling, is no suspension of relations."""
    evs = runner(Article(title="Court finds suspension of Kenyan parliament unlawful",
                         body="", reference_date="2024-03-01")).events
    assert not [e for e in evs if e.root == "16"], [(e.code, e.targets) for e in evs]


#: Headline grammar: counted crowds marching, victims "shot dead", "X to" do, two clauses.
HEADLINES_11: list[tuple[str, str, set[str], set[str]]] = [
    # a past verb with a result or a count and no object: the subject is the victim
    ("Two police officers shot dead in Almaty", "193", {"KAZ"}, {"KAZ"}),
    ("Journalist shot dead in Mexico", "193", {"MEX"}, {"MEX"}),
    ("Three guards stabbed to death in Bamako", "1823", {"MLI"}, {"MLI"}),
    ("Five protesters shot dead in Khartoum", "193", {"SDN"}, {"SDN"}),
    # "shot at" someone: the subject shot; at a place: the subject was shot
    ("Two gunmen shot at police in Dagestan", "193", {"RUS"}, {"RUS"}),
    ("Three students shot at school in Almaty", "193", {"KAZ"}, {"KAZ"}),
    # a place before the one sentenced: "Almaty, Kazakhstan killer sentenced"
    ("Texas, US gunman sentenced to death", "116", {"USA"}, {"USA"}),
    ("Paris, France attacker jailed for 30 years", "116", {"FRA"}, {"FRA"}),
    # "X to" + verb: X is the one to act
    ("EU to impose sanctions on Iran", "1312", {"EUR"}, {"IRN"}),
    ("Kazakhstan to expel Russian diplomats", "132", {"KAZ"}, {"RUS"}),
    ("Russia to deploy troops to Belarus", "154", {"RUS"}, {"BLR"}),
    # a crowd's verb read as a noun ("Thousands march"): protesters of the place
    ("Thousands march in anti-government protest in Belgrade", "141", {"SRB"}, {"SRB"}),
    ("Dozens march in Bishkek", "141", {"KGZ"}, {"KGZ"}),
    ("Thousands rally in pro-Russian protest in Riga", "141", {"LVA"}, {"LVA"}),
    # a second clause after "as" or ";" read on its own
    ("Kurds announce deal with Assad as Turkey invades Syria's northeast", "190", {"TUR"},
     {"SYR"}),
    ("Kyiv reports blackouts as Russian drones strike Odesa", "195", {"RUS"}, {"UKR"}),
    ("Russia expels British diplomats; UK vows response", "174", {"RUS"}, {"GBR"}),
    ("Police arrest opposition leader as protests spread in Dakar", "173", {"SEN"}, {"SEN"}),
]
HEADLINES_11_LOOK_ALIKES: list[str] = [
    "Thousands flock to Glastonbury festival",
    "Hundreds queue for new iPhone in Tokyo",
    "Stocks fall as Fed raises rates",
    "Shares slump as oil prices surge",
    "Storm batters coast; thousands without power",
    "Putin sworn in as president",
    "Tesco to sell Polish stores",
    "Poet dies at 80",
    "Violence breaks out at pro-Trump protest in Washington",
    "Pro-government rally held in Minsk",
]


def test_headline_shooter_is_not_the_victim(runner: Any) -> None:
    """"Two gunmen shot at police": the gunmen are the source, not the ones shot."""
    evs = runner(Article(title="Two gunmen shot at police in Dagestan", body="",
                         reference_date="2024-03-01")).events
    assert [e.sources[0].name for e in evs if e.code == "193"] == ["Two gunmen"], [
        (e.code, e.sources, e.targets) for e in evs]


@pytest.mark.parametrize(("title", "want", "src", "tgt"), HEADLINES_11 + PARSE_16_HEADLINES)
def test_headline_grammar_is_coded(runner: Any, title: str, want: str, src: set[str],
                                   tgt: set[str]) -> None:
    evs = runner(Article(title=title, body="", reference_date="2024-03-01")).events
    hits = [e for e in evs if e.code == want]
    assert hits, (title, [(e.code, e.sources, e.targets) for e in evs])
    assert src <= countries(hits[0].sources), (title, hits[0].sources)
    assert tgt <= countries(hits[0].targets), (title, hits[0].targets)


#: Headlines alone whose verb the parser lost: read as a noun ("junta expels French
#: ambassador", "guards fire on"), the object read as an adverb ("Summons Japanese
#: Ambassador"), the name read as the verb ("Japarov To Visit Beijing").
HEADLINES_17H: list[tuple[str, str, set[str], set[str]]] = [
    ("Guinea junta expels Ivorian ambassador", "174", {"GIN"}, {"CIV"}),
    ("Uzbekistan Expels Afghan Diplomat", "174", {"UZB"}, {"AFG"}),
    ("Beijing Summons Philippine Envoy", "114", {"CHN"}, {"PHL"}),
    ("Russia Summons Moldovan Ambassador", "114", {"RUS"}, {"MDA"}),
    ("Russian Soldiers Fire On Ukrainian Civilians", "193", {"RUS"}, {"UKR"}),
    ("Kyrgyz Border Guards Fire On Tajik Soldiers", "193", {"KGZ"}, {"TJK"}),
    ("Japarov To Visit Beijing", "036", {"KGZ"}, {"CHN"}),
    ("Mirziyoyev To Attend CIS Summit In Bishkek", "036", {"UZB"}, set()),
    ("Moscow Pressured Yerevan To Quit Court", "100", {"RUS"}, {"ARM"}),
    # a base form is read as the verb only after a plural: "court" here is the subject
    ("Tajik court sentences opposition activist to 15 years", "116", {"TJK"}, {"TJK"}),
    ("UK slaps sanctions on Iranian generals over missiles", "163", {"GBR"}, {"IRN"}),
]
HEADLINES_17H_LOOK_ALIKES: list[str] = [
    "Almaty Fire Department Drills Staff",
    "Kazakh Women Fire Up Ice Hockey League",
    "Kazakh Boxer Strikes Gold In Tashkent",
    "Taraz bars and cafes to close early",
    "Record Heat To Hit Astana",
    "Kazakh Singer To Perform In Seoul",
    "Fire damages warehouse in Karaganda",
    "Tenge weakens against dollar",
    "Kazakh poet dies at 85",
    "Heavy snow expected in Astana",
    "Kazakh boxer wins gold at Asian Games",
]


@pytest.mark.parametrize("title", HEADLINES_11_LOOK_ALIKES + PARSE_16_HEADLINE_LOOK_ALIKES
                         + HEADLINES_17H_LOOK_ALIKES)
def test_headline_look_alike_is_no_event(runner: Any, title: str) -> None:
    evs = runner(Article(title=title, body="", reference_date="2024-03-01")).events
    assert not evs, (title, [(e.code, e.sources, e.targets) for e in evs])


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"), VERBS_16A_HEADLINED)
def test_16a_lone_it_is_the_headline_body(runner: Any, title: str, text: str, want: str,
                                          src: set[str], tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want or (
        not want and e.sources)]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert tgt <= countries(evs[0].targets), (text, evs[0].targets)


@pytest.mark.parametrize(("title", "text"), VERBS_16A_HEADLINED_NONE)
def test_16a_lone_it_of_no_body(runner: Any, title: str, text: str) -> None:
    evs = [e for e in body_events(runner, title, text) if e.sources]
    assert not evs, (text, [(e.code, e.sources, e.targets) for e in evs])


@pytest.mark.parametrize(("title", "text", "want", "src", "tgt"), ACTORS_16_HEADLINED)
def test_bare_party_is_the_storys(runner: Any, title: str, text: str, want: str,
                                  src: set[str], tgt: set[str]) -> None:
    evs = [e for e in body_events(runner, title, text) if e.code == want]
    assert evs, (text, [(e.code, e.sources, e.targets) for e in body_events(runner, title, text)])
    assert countries(evs[0].sources) == src, (text, evs[0].sources)
    assert countries(evs[0].targets) == tgt, (text, evs[0].targets)


#: (headline, code, sources, targets): the headline's own event.
HEADLINES_17F: list[tuple[str, str, set[str], set[str]]] = [
    # "Tokayev To Visit ...": a name the tagger read as a noun, with the verb it is to do
    ("Tokayev To Visit Tashkent", "036", {"KAZ"}, {"UZB"}),
    ("Tokayev To Pay Official Visit To Azerbaijan", "036", {"KAZ"}, {"AZE"}),
]


@pytest.mark.parametrize(("title", "want", "src", "tgt"), HEADLINES_17H)
def test_headline_verb_read_again(runner: Any, title: str, want: str, src: set[str],
                                  tgt: set[str]) -> None:
    evs = [e for e in runner(Article(title=title, body="", reference_date="2024-03-01")).events
           if e.code == want]
    assert evs, title
    assert countries(evs[0].sources) == src, (title, evs[0].sources)
    assert tgt <= countries(evs[0].targets), (title, evs[0].targets)
    assert not countries(evs[0].targets) & src or src & tgt, (title, evs[0].targets)


@pytest.mark.parametrize(("title", "want", "src", "tgt"), HEADLINES_17F)
def test_headline_name_read_as_noun(runner: Any, title: str, want: str, src: set[str],
                                    tgt: set[str]) -> None:
    text = "The announcement came on Monday."
    evs = [e for e in runner(Article(title=title, body=text, title_source="url",
                                     reference_date="2024-03-01")).events
           if e.code == want and e.section == "title"]
    assert evs, title
    assert countries(evs[0].sources) == src, (title, evs[0].sources)
    assert countries(evs[0].targets) == tgt, (title, evs[0].targets)


def test_actors_17i_owners_and_titles(runner: Any) -> None:
    """A leader's regime is the leader's country, whoever speaks; a consul general is a
    diplomat; "Senator Smith" is no Australian minister; a signing's place is not its
    signers' country."""
    evs = body_events(runner, "Estonian minister criticises Belarus",
                      "‘Lukashenko’s regime has arrested hundreds of protesters,’ she said.")
    assert [countries(e.sources) for e in evs if e.code == "173"] == [{"BLR"}], evs
    evs = body_events(runner, "Spanish minister criticises Nicaragua",
                      "‘Ortega’s government has expelled the nuns,’ he said.")
    assert [countries(e.sources) for e in evs if e.code == "174"] == [{"NIC"}], evs
    evs = events(runner, "The Chinese consul general met the mayor of Sydney on Tuesday.")
    assert [a.actor_code for e in evs for a in e.sources] == ["CHNGOV"], evs
    evs = events(runner, "Senator Smith criticised the Chinese government.")
    assert evs and not any(a.country == "AUS" for e in evs for a in e.sources), evs
    for text in ("The agreement was signed by both governments in Brussels.",
                 "The deal was signed by the two sides in Vienna."):
        assert not any(a.country in ("BEL", "AUT") for e in events(runner, text)
                       for a in e.sources), text
