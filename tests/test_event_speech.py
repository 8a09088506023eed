"""Events carried by reported words: praise, criticism, condolences and apologies in what someone
says, and the judgements that are no event (sport, weather, films, the economy, hedged words)."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.model import Article, Event
from tidings.pipeline import build


@pytest.fixture(scope="module")
def runner() -> Any:
    return build(("nlp", "entities", "events"))


def code(runner: Any, text: str, *, date: str = "2025-07-20") -> list[Event]:
    return runner(Article(body=text, reference_date=date)).events


def countries(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.code, e.sentence) for e in events]
    return events[0]


@pytest.mark.parametrize(("text", "want", "src", "tgt"), [
    ("Senate leader Chuck Schumer told reporters that Joe Biden was a great man.",
     "051", {"USA"}, {"USA"}),
    ('"I think Angela Merkel is a great leader," Emmanuel Macron told reporters.',
     "051", {"FRA"}, {"DEU"}),
    ('"Congratulations to Joe Biden on a hard-fought victory," Justin Trudeau wrote on Twitter.',
     "051", {"CAN"}, {"USA"}),
    ("Indian Prime Minister Narendra Modi said Shinzo Abe had done a wonderful job.",
     "051", {"IND"}, {"JPN"}),
    ('"The decision by the Russian government is outrageous," said French Foreign Minister '
     "Jean-Yves Le Drian.", "111", {"FRA"}, {"RUS"}),
    ("Sergey Lavrov said Washington's decision was irresponsible.", "111", {"RUS"}, {"USA"}),
    ("According to Mike Pompeo, China's conduct was unacceptable.", "111", {"USA"}, {"CHN"}),
    ("Emmanuel Macron said he was appalled by Russia's decision.", "111", {"FRA"}, {"RUS"}),
    ("Iranian Foreign Minister Javad Zarif said the American strike constituted a flagrant "
     "violation of international law.", "111", {"IRN"}, {"USA"}),
    ("German Chancellor Angela Merkel said she was saddened by the death of former French "
     "President Jacques Chirac.", "018", {"DEU"}, {"FRA"}),
    ('"We are deeply saddened to learn of the passing of President Jacques Chirac," the German '
     "Foreign Ministry said in a statement.", "018", {"DEU"}, {"FRA"}),
])
def test_reported_judgements(runner: Any, text: str, want: str, src: set[str],
                             tgt: set[str]) -> None:
    ev = only(code(runner, text))
    assert ev.code == want
    assert countries(ev.sources) == src
    assert countries(ev.targets) == tgt
    assert ev.modality == "reported"


def test_damning_a_deed_with_no_doer_criticises_no_one(runner: Any) -> None:
    ev = only(code(runner, '"The murder of the journalist is unacceptable," said UN '
                           "Secretary-General Antonio Guterres."))
    assert ev.code == "111" and not ev.targets
    assert ev.confidence < 0.8  # a judgement in words is less sure than an act


def test_apology_in_quoted_words(runner: Any) -> None:
    ev = only(code(runner, '"We are sorry for the pain our policies caused," Canadian Prime '
                           "Minister Justin Trudeau said."))
    assert ev.code == "055" and countries(ev.sources) == {"CAN"}


@pytest.mark.parametrize("text", [
    "The coach said his team was outstanding in the second half.",
    "Boris Johnson said the match was a disgrace.",
    "Angela Merkel said the weather was terrible.",
    "Barack Obama said the film was great.",
    "Narendra Modi said the economy was growing.",
    "Emmanuel Macron said the French economy was strong.",
    "Emmanuel Macron said the decision was a great success.",
    "Justin Trudeau said it was a great day for Canada.",
    "Vladimir Putin said Russia was proud of its history.",
    "Vladimir Putin said he was saddened by the death of his dog.",
])
def test_opinions_about_no_one_are_no_event(runner: Any, text: str) -> None:
    assert code(runner, text) == []


@pytest.mark.parametrize("text", [
    "Donald Trump said Joe Biden was not a great man.",
    "Donald Trump said Joe Biden would be a disaster.",
    "Angela Merkel asked whether Vladimir Putin was a reliable partner.",
    "Donald Trump said Kim Jong Un was a great leader but a terrible negotiator.",
])
def test_negated_hedged_or_mixed_words_are_no_event(runner: Any, text: str) -> None:
    assert code(runner, text) == []


def test_block_quote_speaks_for_its_attributed_speaker() -> None:
    # The page layout: a quote on its own line, the attribution on the next; "we" in it is
    # the speaker, and a judgement is read though the quote also names an attack.
    run = build(("nlp", "entities", "quotes", "events"))
    body = ("Polish Prime Minister Mateusz Morawiecki spoke in Warsaw on Monday.\n"
            "We are appalled by Russia's decision to attack Ukraine.\n"
            "Morawiecki said.\n")
    events = run(Article(body=body, reference_date="2022-03-01")).events
    ev = max(events, key=lambda e: e.confidence)
    assert ev.code == "111" and ev.modality == "reported"
    assert countries(ev.sources) == {"POL"} and countries(ev.targets) == {"RUS"}
    # The attack decided on is Russia's act too, a planned one.
    assert all(e.modality == "planned" and countries(e.sources) == {"RUS"}
               for e in events if e is not ev)


# Judgements of a thing of state whose doer goes unnamed: the speaker's, with no target (the
# events stage implies the acting country).

@pytest.mark.parametrize(("text", "want", "src"), [
    ("Canadian Finance Minister Chrystia Freeland said the new budget was a historic "
     "achievement.", "051", {"CAN"}),
    ('"The lockdown is a catastrophe for small towns," said British Labour leader Keir '
     "Starmer.", "111", {"GBR"}),
    ("Indian opposition leader Rahul Gandhi said the farm law marked a dark day for farmers.",
     "111", {"IND"}),
    ("German Chancellor Olaf Scholz said he was appalled by the verdict.", "111", {"DEU"}),
    ('"It is a shameful day for our democracy," Indian opposition leader Rahul Gandhi said of '
     "the new citizenship law.", "111", {"IND"}),
    ("The Spanish parliament passed the housing reform on Thursday. Spanish Prime Minister "
     "Pedro Sanchez said it was a historic achievement.", "051", {"ESP"}),
])
def test_judgement_of_a_measure_with_no_doer(runner: Any, text: str, want: str,
                                            src: set[str]) -> None:
    ev = only(code(runner, text))
    assert ev.code == want and ev.modality == "reported"
    assert countries(ev.sources) == src
    assert countries(ev.targets) <= src  # none named, or the makers of the measure
    assert countries(ev.targets) or countries(ev.implied_targets) == src


def test_it_stands_for_a_measure_named_before(runner: Any) -> None:
    # "it" is the plan of the sentence before: its maker is the target.
    ev = only([e for e in code(runner, "China unveiled a peace plan on Friday. Antony Blinken "
                                       "said it was a cynical ploy.") if e.code == "111"])
    assert countries(ev.sources) == {"USA"} and countries(ev.targets) == {"CHN"}


@pytest.mark.parametrize("text", [
    # praise that is no acclaim, or no thing of state, or no speaker with a country
    "French Finance Minister Bruno Le Maire said the reform was a great success.",
    "John Smith said the new law was a historic achievement.",
    "The Spanish parliament passed the housing reform on Thursday. He said it was a "
    "historic achievement.",
    "Pedro Sanchez said it was a historic achievement.",
    # "it" for something else, or an expletive "it"
    "The Spanish parliament passed the housing reform, which angered landlords. Pedro Sanchez "
    "said it was a disgrace.",
    "The Spanish parliament passed the housing reform on Thursday.\nPedro Sanchez said it was "
    "a historic achievement.",
    "The Spanish parliament passed the housing reform on Thursday. Pedro Sanchez said it was "
    "a disgrace that the opposition walked out.",
    # negation, modals, questions, conditions, mixed polarity
    "Pedro Sanchez said the housing reform was not a disgrace.",
    "Pedro Sanchez said the housing reform would be a historic achievement.",
    "Pedro Sanchez asked whether the housing reform was a historic achievement.",
    "Pedro Sanchez said that if it passed, the housing reform was a historic achievement.",
    "Pedro Sanchez said the housing reform was a historic achievement but a costly mistake.",
])
def test_no_judgement_of_a_measure(runner: Any, text: str) -> None:
    assert [e for e in code(runner, text) if e.code in ("051", "111")] == []


# Accusations with no verb of accusing: a wrongdoing said of a named actor.

_ACCUSATIONS = ("112", "1121", "1122", "1123", "1124", "1125")


def accusations(events: list[Event]) -> list[Event]:
    return [e for e in events if e.code in _ACCUSATIONS]


@pytest.mark.parametrize(("text", "want", "src", "tgt"), [
    ("Vladimir Putin said Ukraine violated the law.", "1121", {"RUS"}, {"UKR"}),
    ("Nancy Pelosi tweeted that Donald Trump had obstructed justice.", "1121", {"USA"}, {"USA"}),
    ("Keir Starmer said Boris Johnson was guilty of corruption.", "1121", {"GBR"}, {"GBR"}),
    ("Polish Prime Minister Mateusz Morawiecki said Belarus was smuggling migrants across the "
     "border.", "1121", {"POL"}, {"BLR"}),
    ("Joe Biden said China abused the human rights of the Uyghurs.", "1122", {"USA"}, {"CHN"}),
    ("Hillary Clinton wrote that Russia had interfered in the 2016 election.", "1123", {"USA"},
     {"RUS"}),
    ("Nikol Pashinyan said Azerbaijan breached Armenian sovereignty.", "1123", {"ARM"}, {"AZE"}),
    ("Angela Merkel said Russia was spying on the Bundestag.", "1125", {"DEU"}, {"RUS"}),
    ("Mike Pompeo said China stole American secrets.", "1125", {"USA"}, {"CHN"}),
    ("Joe Biden said Vladimir Putin lied about the invasion.", "112", {"USA"}, {"RUS"}),
    ("Narendra Modi said Pakistan harboured terrorists.", "112", {"IND"}, {"PAK"}),
    ("Israeli Prime Minister Benjamin Netanyahu said Iran was behind the attack on the tanker.",
     "112", {"ISR"}, {"IRN"}),
    ('"China stole our technology," Donald Trump told reporters.', "1121", {"USA"}, {"CHN"}),
    ("According to Emmanuel Macron, Russia lied about the poisoning.", "112", {"FRA"}, {"RUS"}),
    ("Iraqi protesters have claimed Iran is secretly spying on their government.", "1125",
     {"IRQ"}, {"IRN"}),
])
def test_wrongdoing_said_of_someone_accuses_them(runner: Any, text: str, want: str,
                                                 src: set[str], tgt: set[str]) -> None:
    events = code(runner, text)
    ev = only(accusations(events))
    assert ev.code == want and ev.modality == "reported"
    assert countries(ev.sources) == src and countries(ev.targets) == tgt
    # The accusation is the sentence's event, before the deed it reports.
    assert max(events, key=lambda e: e.confidence) is ev


def test_a_reported_act_is_left_to_the_coder(runner: Any) -> None:
    ev = only(code(runner, "Emmanuel Macron said Russia attacked Ukraine."))
    assert ev.code == "190" and countries(ev.sources) == {"RUS"}


@pytest.mark.parametrize("text", [
    # negated, hedged, conditional, asked, to come
    "Vladimir Putin said Ukraine did not violate the law.",
    "Vladimir Putin said Ukraine may have violated the law.",
    "Antony Blinken said Russia would meddle in the election.",
    "Antony Blinken said Russia will interfere in the vote.",
    "Vladimir Putin said that if Ukraine violated the law, it should pay.",
    "Joe Biden asked whether Vladimir Putin lied about the invasion.",
    "Vladimir Putin is expected to say Ukraine violated the law.",
    "Joe Biden said Vladimir Putin wanted to rig the election.",
    # denied, or not said
    "Vladimir Putin denied saying Ukraine violated the law.",
    "Joe Biden never said Vladimir Putin lied about the invasion.",
    "Angela Merkel said Russia denied meddling in the election.",
    # the speaker themself, a pronoun, no one named, no one with a country
    "Boris Johnson said he broke the law.",
    "Emmanuel Macron said the election was rigged.",
    "Protesters claimed Iran is spying on their government.",
    # no wrongdoing
    "Vladimir Putin said the town lies on the river.",
    "Joe Biden said Xi Jinping was responsible for the security of the summit.",
    "Joe Biden said China discriminates between good and bad investments.",
])
def test_no_accusation(runner: Any, text: str) -> None:
    assert accusations(code(runner, text)) == []


@pytest.mark.parametrize(("text", "want", "src", "tgt"), [
    # the name read as an apposition of the thing named, or as a second name
    ('Senator Thom Tillis called Trump\'s comments "unhelpful rhetoric."', "111", {"USA"},
     {"USA"}),
    ("Sergey Lavrov called Washington's remarks a provocation.", "111", {"RUS"}, {"USA"}),
    # the speaker misread as qualified by the verb of naming; a political team is no sport
    ("Senator Thom Tillis, a member of the Republican leadership team, called Trump's comments "
     '"unhelpful rhetoric."', "111", {"USA"}, {"USA"}),
    # doing the right thing is praise
    ("Emmanuel Macron said Germany had done the right thing.", "051", {"FRA"}, {"DEU"}),
])
def test_names_and_deeds_judged(runner: Any, text: str, want: str, src: set[str],
                                tgt: set[str]) -> None:
    ev = only(code(runner, text))
    assert (ev.code, countries(ev.sources), countries(ev.targets)) == (want, src, tgt)


def test_a_sports_team_still_keeps_judgements_off_the_page(runner: Any) -> None:
    assert code(runner, 'The coach called the team\'s defence "a disgrace."') == []
