"""Events carried by what someone says rather than by an act: praise and criticism of another
actor in reported words, condolences, apologies.

Used by the events stage for sentences the lexicon-driven coder finds nothing in. Precision
comes first, so each rule wants a speaker, strong words of one polarity and an actor to aim at:

- an evaluation reported by a verb of saying: "X said Y was a great man" (051), "'The
  government's decision is outrageous,' said X" (111); what is judged is an actor, or a deed
  (a move, decision, attack, ...) whose doer, when named, is the target;
- a thing named by a damning or kind epithet: "X called the move a 'smash and grab'" (111);
- congratulations or a tribute addressed to someone: "X wrote, 'Congratulations to Y'" (051);
- grief at a death: "X said she was saddened by the death of Y", "India grieves the passing of
  Y" (018, toward the dead person's country);
- regret for a wrong: "He said he was sorry for ..." (055);
- the speaker's feelings about someone's deed: "X said he was appalled by Y's decision" (111),
  "proud of Y" (051);
- a wrongdoing said of a named actor, with no verb of accusing: "X said Y broke the law"
  (1121), "X claimed Y spied on the embassy" (1125), "according to X, Y meddled in the vote"
  (1123): an accusation of Y, coded by what Y is said to have done (crime or corruption 1121,
  human rights 1122, aggression 1123, war crimes 1124, espionage 1125, else 112); only in a
  finite past or present clause, and not where the lexicon-driven coder codes that clause as
  an act of Y's ("X said Y attacked Z" is Y's attack, reported);
- a strong judgement of a thing of state (a law, ruling, lockdown, reform, election result)
  whose doer goes unnamed, or of "it"/"this" standing for one named in the sentence or the
  one before it in the paragraph: "X said the reform was a historic achievement" (051), "'It
  is a disgrace,' X said of the ruling" (111). It has no target (the events stage implies
  one), so the speaker must be a known actor with a country, and praise must be acclaim.

Negation, modals, conditions, questions, mixed polarity and the pages of sport, culture,
business and weather give nothing.
"""

from __future__ import annotations

from typing import Any

from ..knowledge.event_lexicon import lexicon
from ..model import ActorRef
from .event_actors import FEELINGS, SAYING, ActorFinder, Found
from .event_coder import LEARNING, SentenceCoder
from .event_lemmas import lemma as _lemma
from .event_mention import Mention
from .event_parse import word_forms
from .event_wrongs import ACCUSE, arming, deed_objects, wrong_deed, wrong_noun
from .tone import polarity

#: Verbs that name a thing: "called the move a ...", "described the attack as ...".
_NAMING = frozenset({"call", "describe", "characterize", "characterise", "label", "brand",
                     "term", "dub"})
_COPULAS = frozenset({"be", "seem", "remain", "become", "look", "sound"})
#: Verbs whose subject undergoes what their object names ("suffered a terrible loss").
_UNDERGOING = frozenset({"suffer", "face", "endure", "experience", "undergo", "receive", "get",
                         "survive", "lose", "fear", "see", "witness", "have", "inherit",
                         "confront", "overcome", "avert", "prevent", "condemn", "denounce",
                         "criticize", "criticise", "oppose", "reject", "fight", "combat"})
#: What something is used as in bad faith ("using the law as a pretext").
_PRETEXTS = frozenset({"pretext", "excuse", "smokescreen", "cover", "ploy", "cudgel",
                       "scapegoat", "pawn"})
#: Verbs that liken one thing to another ("compared the president to Hitler").
_LIKENING = frozenset({"compare", "liken", "equate"})
#: What likening someone to damns them: tyrants, their regimes and their crimes.
_TYRANNY = frozenset({
    "hitler", "nazi", "nazis", "nazism", "fascist", "fascism", "fascists", "dictator",
    "dictators", "dictatorship", "tyrant", "tyranny", "mussolini", "stalin", "apartheid",
    "gestapo", "terrorist", "terrorists", "isis", "holocaust", "genocide", "pogrom",
})
#: What a deed is "in" when it breaks a rule ("in violation of the treaty").
_BREACHES = frozenset({"violation", "breach", "contravention", "defiance"})
#: What an act "in conflict with" breaches ("in direct conflict with its obligations").
_RULES = frozenset({"law", "obligation", "commitment", "treaty", "constitution", "rule",
                    "agreement", "charter", "convention", "resolution", "principle", "norm",
                    "regulation", "accord", "pledge", "promise", "ruling"})
#: Verbs whose object says what their subject is ("constitutes a violation").
_LINKING = frozenset({"constitute", "represent", "mark", "amount"})
#: Verbs of a life given to a cause, and words of a legacy that lasts ("a rich legacy").
_DEVOTING = frozenset({"devote", "dedicate", "give"})
_LASTING = frozenset({"rich", "lasting", "enduring", "proud", "indelible", "towering"})
#: "did a great job", "did the right thing": the work judged.
_JOBS = frozenset({"job", "work", "thing"})
#: Words that praise whoever they are said of ("a great man", "courageous").
_PRAISE = frozenset({
    "great", "wonderful", "excellent", "outstanding", "brilliant", "extraordinary",
    "remarkable", "exceptional", "courageous", "brave", "heroic", "hero", "legend", "giant",
    "icon", "visionary", "statesman", "patriot", "decent", "honest", "admirable", "fantastic",
    "tremendous", "superb", "incredible", "amazing", "principled", "tireless", "distinguished",
    "inspiration", "inspiring", "champion", "generous", "wise", "trustworthy", "honourable",
    "honorable", "dedicated", "selfless", "compassionate", "fearless", "trailblazer",
    "pioneer", "titan", "exemplary", "magnificent", "indispensable", "invaluable",
    "commendable", "praiseworthy", "laudable", "historic", "landmark", "milestone",
    "achievement", "triumph", "success", "breakthrough", "victory", "gentleman", "right",
    "iconic", "legendary", "stalwart", "humble", "beloved", "terrific", "splendid", "stellar",
    "valued",
})
#: Praise only of a person, or said on its own ("a great man", "he was great"), not of size
#: or weight ("a great power", "a tremendous challenge").
_MEASURING = frozenset({"great", "tremendous", "incredible", "extraordinary", "remarkable",
                        "exceptional", "fantastic", "amazing", "historic", "giant", "titan"})
_PERSONS = frozenset({
    "man", "woman", "person", "leader", "friend", "president", "statesman", "stateswoman",
    "patriot", "servant", "ally", "partner", "champion", "colleague", "mentor", "diplomat",
    "lawmaker", "senator", "politician", "minister", "soldier", "hero", "human", "being",
    "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
    "american", "citizen", "public", "official", "prime", "chancellor", "king", "queen",
})
#: What a deed is praised as with a word of weight ("a historic step").
_PROGRESS = frozenset({"step", "moment", "day", "move", "contribution", "leap", "decision"})
#: Words that damn whoever or whatever they are said of.
_DAMNING = frozenset({
    "unacceptable", "outrageous", "outrage", "disgrace", "disgraceful", "shameful",
    "shameless", "shame", "sham", "hoax", "farce", "travesty", "charade", "ploy", "stunt",
    "scandalous", "appalling", "abhorrent", "despicable", "deplorable", "reprehensible",
    "heinous", "barbaric", "barbarous", "cowardly", "criminal", "illegal", "unlawful",
    "unconstitutional", "irresponsible", "reckless", "hypocritical", "absurd", "ridiculous",
    "insult", "insulting", "betrayal", "lie", "liar", "crook", "fraud", "corrupt",
    "incompetent", "dishonest", "terrible", "awful", "horrible", "horrific", "atrocity",
    "crime", "violation", "breach", "illegitimate", "unjustified", "unjustifiable",
    "inexcusable", "unforgivable", "mistake", "blunder", "disaster", "disastrous",
    "catastrophe", "catastrophic", "nonsense", "rubbish", "garbage", "propaganda",
    "provocation", "provocative", "aggression", "racist", "dark", "bigot", "thug", "tyrant",
    "dictator", "traitor", "coward", "clown", "joke", "grab", "smash", "coup", "maneuver",
    "manoeuvre", "gimmick", "hunt", "shambles", "fiasco", "debacle", "sabotage",
    "irrational", "unfounded", "baseless", "groundless", "vile", "disgusting", "shocking",
    "deceitful", "cynical", "undemocratic", "authoritarian", "brutal", "cruel", "sad",
    "insane", "crazy", "stupid", "idiotic", "pathetic", "failure", "blow", "attack",
    "unhelpful", "counterproductive", "disappointing", "distortion", "lawless", "divisive",
    "chaotic", "inflammatory", "misleading", "dangerous", "hypocrisy", "wrong",
    "negligent", "negligence", "unethical", "immoral", "inhumane", "inhuman", "unjust",
    "discriminatory", "scandal", "blackmail", "extortion", "bullying", "hypocrite",
    "arrogant", "arrogance", "incompetence", "cowardice", "treacherous", "treachery",
    "dishonourable", "dishonorable", "lawlessness", "tyranny", "tyrannical", "oppressive",
    "unprofessional", "deceptive", "fraudulent", "outrageously", "shambolic", "callous",
    "genocide", "genocidal", "apartheid", "terrorism", "massacre", "murder", "cleansing",
    "lousy", "non-starter", "nonstarter", "unfair", "misguided", "regrettable", "unwise",
    "foolish", "senseless", "short-sighted", "shortsighted", "ill-advised", "destructive",
    "insufficient", "inadequate", "unworkable", "unrealistic", "arbitrary", "unfriendly",
    "wrongful", "unwarranted", "indefensible",
})
#: Motives that damn a deed said to be driven by them ("the arrest was politically motivated").
_BASE_MOTIVES = frozenset({"politically", "racially", "ideologically", "religiously"})
#: Deeds of violence: a motive said of one ("the attack was racially motivated") tells the
#: crime, it finds fault with no one.
_CRIMES_DONE = frozenset({"attack", "strike", "airstrike", "killing", "murder", "assassination",
                          "shooting", "stabbing", "massacre", "bombing", "abduction",
                          "kidnapping", "torture"})
#: What falls short when it is "not enough" or "nowhere near enough": damned as too little.
_SUFFICING = frozenset({"enough", "sufficient", "adequate"})
_SHORT_OF = frozenset({"not", "n't", "nowhere", "hardly", "far"})
#: Damning only of a deed, not of a person ("the move was a coup" is not "X was a coup").
_DEED_ONLY = frozenset({"dark", "grab", "smash", "coup", "maneuver", "manoeuvre", "hunt", "blow",
                        "attack", "sad", "mistake", "blunder", "stunt", "ploy", "gimmick",
                        "historic", "landmark", "milestone", "achievement", "triumph",
                        "success", "breakthrough", "victory"})
#: Things someone did: what is said of them is said of their doer.
_DEEDS = frozenset({
    "move", "decision", "policy", "plan", "statement", "remark", "comment", "proposal", "law",
    "bill", "operation", "attack", "strike", "airstrike", "invasion", "action", "conduct",
    "announcement", "admission", "handling", "response", "killing", "murder",
    "assassination", "raid", "offensive", "deal", "agreement", "vote", "ruling", "order",
    "sanction", "measure", "step", "ban", "execution", "arrest", "detention", "sentence",
    "verdict", "crackdown", "occupation", "annexation", "bombing", "shelling", "blockade",
    "deportation", "expulsion", "threat", "behaviour", "behavior", "investigation", "inquiry",
    "impeachment", "intervention", "treatment", "persecution", "prosecution", "tariff",
    "embargo", "withdrawal", "proclamation", "declaration", "recognition", "suspension",
    "prorogation", "closure", "shutdown", "veto", "refusal", "rejection", "abduction",
    "kidnapping", "imprisonment", "jailing", "torture", "massacre", "shooting", "stabbing",
    "speech", "tweet", "claim", "accusation", "allegation", "appointment", "dismissal",
    "firing", "sacking", "pardon", "legislation", "reform", "budget", "approach",
    "rhetoric", "tactic", "campaign", "regime", "report", "finding", "sentencing",
    "indictment", "conviction", "trial", "seizure", "confiscation",
})
#: Deeds judged only of their named makers ("the UN report"), never of a place ("the jobs
#: report was disappointing" aims at no one).
_PAPERS = frozenset({"report", "finding"})
#: Things of state: what is judged of one with no doer named is judged of the state that made
#: it ("the new law marks a sad day", "the reform is a historic achievement").
_STATE_ACTS = frozenset({
    "law", "bill", "legislation", "amendment", "decree", "ordinance", "regulation",
    "directive", "ruling", "judgment", "judgement", "verdict", "decision", "policy", "measure",
    "plan", "reform", "overhaul", "budget", "lockdown", "curfew", "quarantine", "restriction",
    "mandate", "ban", "moratorium", "tariff", "sanction", "embargo", "tax", "levy", "subsidy",
    "bailout", "stimulus", "programme", "program", "scheme", "initiative", "proposal", "treaty",
    "accord", "deal", "agreement", "referendum", "election", "vote", "resolution", "veto",
    "pardon", "crackdown", "annexation", "proclamation", "constitution", "shutdown",
})
#: "the election result": a result or outcome of a vote.
_OUTCOMES = frozenset({"result", "outcome"})
_POLLS = frozenset({"election", "vote", "referendum", "poll", "ballot", "electoral"})
#: Pronouns that stand for a thing of state named before ("It is a disgrace").
_REFERRING = frozenset({"it", "this"})
#: Praise strong enough to be acclaim of a measure ("a historic achievement"), not a verdict
#: on how it went ("a great success").
_ACCLAIM = frozenset({
    "historic", "landmark", "milestone", "achievement", "triumph", "breakthrough", "excellent",
    "outstanding", "brilliant", "wonderful", "superb", "exemplary", "commendable", "laudable",
    "praiseworthy", "magnificent", "courageous",
})
#: Deeds whose possessor suffered them ("Nabil's murder"): their doer is only a "by" agent.
_SUFFERED = frozenset({
    "killing", "murder", "assassination", "execution", "arrest", "detention", "sentence",
    "deportation", "expulsion", "impeachment", "treatment", "persecution", "prosecution",
    "abduction", "kidnapping", "imprisonment", "jailing", "torture", "massacre", "shooting",
    "stabbing", "dismissal", "firing", "sacking", "pardon", "appointment", "investigation",
    "suspension", "prorogation", "sentencing", "indictment", "conviction", "trial",
})
#: Claims a speaker may call untrue, and the words that call them so.
_CLAIMS = frozenset({"report", "claim", "allegation", "accusation", "charge", "rumour",
                     "rumor", "story", "assertion", "suggestion", "speculation"})
_UNTRUE = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "fabricated",
                     "fake", "incorrect", "inaccurate", "unsubstantiated"})
_TRUE = frozenset({"true", "accurate", "correct"})
#: Words of a death.
_DEATH = frozenset({"death", "passing", "loss", "demise", "killing", "murder", "assassination",
                    "pass", "die", "departure"})
_NEWS = frozenset({"news", "report", "announcement"})
#: Words of grief, and the nouns that carry condolences.
_GRIEF_VERBS = frozenset({"grieve", "mourn"})
_GRIEF_ADJS = frozenset({"sadden", "saddened", "heartbroken", "grieve", "grieved",
                         "devastated", "devastate", "shocked", "shock", "sad", "distressed",
                         "pained"})
#: Verbs that pass on sad news ("saddened to report that Y has died", "announce with sadness
#: the passing of Y"), and the feelings news is given "with".
_TELLING = frozenset({"report", "announce", "confirm", "share", "inform", "learn", "hear",
                      "receive", "note"})
_SORROWS = frozenset({"sadness", "sorrow", "grief", "regret", "shock", "heart", "pain"})
#: Reactions that "come" or "pour in" from someone ("Condemnation came from X"), by code;
#: the words that carry one ("statements of condemnation"); the verbs of their arriving.
_REACTIONS = {**dict.fromkeys(("condemnation", "criticism", "denunciation", "censure",
                               "rebuke", "outrage"), "111"),
              **dict.fromkeys(("condolence", "condolences", "sympathy"), "018"),
              **dict.fromkeys(("congratulation", "congratulations", "praise", "tribute",
                               "plaudit", "accolade"), "051")}
_CARRIERS = frozenset({"statement", "message", "word", "expression", "letter", "note",
                       "tweet", "voice", "call"})
_ARRIVING = frozenset({"come", "pour", "flow", "flood", "arrive", "roll", "stream"})
#: Remarks made about someone, and the words that make them an attack ("made disparaging
#: comments about Y").
_REMARKS = frozenset({"remark", "comment", "statement", "word", "language", "rhetoric",
                      "tweet", "post"})
_DISPARAGING = frozenset({"critical", "disparaging", "derogatory", "insulting", "offensive",
                          "inflammatory", "scathing", "hostile", "harsh", "racist", "sexist",
                          "defamatory", "abusive", "contemptuous", "demeaning", "slanderous",
                          "hateful", "xenophobic", "belittling"})
_MAKING = frozenset({"make", "deliver", "issue", "post", "direct", "aim", "level", "pen"})
#: Verbs of dying whose subject is the dead ("Y has passed away", "Y died").
_DYING = frozenset({"die", "pass", "perish", "succumb"})
#: People who died in numbers ("the loss of lives"): grief for them has no named target.
_VICTIMS = frozenset({"life", "lives", "victim", "people", "family", "families", "citizen"})
#: Nouns that address praise to someone ("Congratulations to X").
_TRIBUTES = frozenset({"congratulations", "congratulation", "kudos", "tribute", "thanks",
                       "praise", "hat"})
_TRIBUTE_SUPPORT = frozenset({"pay", "offer", "extend", "send", "give", "express", "convey"})
#: The speaker's feelings, with the prepositions that name their cause.
_BAD_FEELINGS = frozenset({"appalled", "appal", "appall", "outraged", "outrage", "disgusted",
                           "disgust", "horrified", "horrify", "dismayed", "dismay",
                           "angered", "anger", "incensed", "furious", "disappointed",
                           "disappoint", "ashamed", "sicken", "sickened"})
_GOOD_FEELINGS = frozenset({"proud", "grateful", "thankful", "impressed", "impress"})
#: Worries about another's deed: disapproval (110), milder than outrage ("deeply concerned by
#: the arrests of protesters in Georgia").
_WORRIED = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed"})
_CAUSE_PREPS = frozenset({"by", "at", "with", "of", "to", "over"})
#: Replies whose anger makes them a judgement ("reacted angrily to the decision").
_REPLYING = frozenset({"react", "respond", "reply", "hit"})
_ANGRILY = frozenset({"angrily", "furiously", "indignantly", "harshly", "fiercely"})
#: Judging adjectives whose "of" names what they judge ("critical of Y"; "critical to" is vital).
_JUDGING_OF = frozenset({"critical"})
_MODALS = frozenset({"would", "could", "might", "may", "can", "will", "should", "must",
                     "shall", "'ll", "wo", "ca"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "hardly", "nothing", "neither", "nor",
                        "without"})
_CONDITIONS = frozenset({"if", "unless", "whether", "when", "once"})
#: Pages whose judgements are no political event: sport, culture, business, weather.
_OFF_PAGE = frozenset({
    "match", "game", "season", "coach", "goal", "league", "cup", "championship", "tournament",
    "player", "striker", "club", "squad", "team", "teammate", "fan", "fans", "olympic",
    "olympics", "medal", "film", "movie", "album", "song", "book", "novel", "actor",
    "actress", "singer", "band", "concert", "festival", "weather", "forecast", "rain",
    "temperature", "stock", "shares", "earnings", "profit", "revenue", "investor",
    "investors", "sales", "product", "company", "restaurant", "recipe", "race", "score",
})
#: Teams of politics and the law, not of sport.
_WORKING_TEAMS = frozenset({"leadership", "legal", "negotiating", "transition", "campaign",
                            "security", "defense", "defence", "rescue", "investigative",
                            "medical", "diplomatic", "policy", "economic", "management"})
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "this", "that", "these",
                       "those", "him", "her", "them", "me", "us", "what", "which", "who"})
_FIRST_PERSON = frozenset({"i", "we"})
#: People who speak for no body ("his spokesman said he was ..." speaks of himself).
_SPEAKING_PEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "lawyer",
                              "attorney", "adviser", "advisor", "wife", "widow", "family",
                              "relative", "friend", "neighbour", "neighbor", "witness"})
_CONFIDENCE = 0.45
#: Outlooks on how things of politics will go: optimism (013) and pessimism (012).
_OUTLOOKS = {**dict.fromkeys(("optimistic", "confident", "hopeful", "upbeat"), "013"),
             **dict.fromkeys(("pessimistic", "doubtful", "sceptical", "skeptical",
                              "gloomy"), "012")}
_OUTLOOK_VERBS = frozenset({"be", "remain", "feel", "seem", "sound", "appear"})
#: What an outlook must be about to be a political comment ("optimistic about the talks"),
#: not a fan's or a firm's ("confident the team will win", "that sales will grow").
_PROSPECTS = frozenset({
    "talk", "negotiation", "deal", "agreement", "peace", "ceasefire", "truce", "relation",
    "tie", "process", "summit", "accord", "treaty", "settlement", "solution", "cooperation",
    "dialogue", "reconciliation", "partnership", "meeting", "war", "conflict", "crisis",
    "negotiator", "diplomacy", "resolution", "sanction", "alliance",
})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

# Accusations in reported words ---------------------------------------------------------------

#: Verbs that put a claim about someone ("X said Y lied", "X tweeted that Y cheated").
_ALLEGING = frozenset({
    "say", "tell", "claim", "allege", "charge", "insist", "tweet", "write", "post", "state",
    "declare", "assert", "maintain", "contend", "argue", "add", "stress", "testify",
    "complain", "note", "remark", "comment", "lament", "observe", "reply", "respond",
})
#: Verbs that damn a named doer's conduct by themselves ("X said Y had betrayed voters").
_BETRAYING = frozenset({"betray", "mishandle", "bungle", "botch", "squander"})
#: Verbs of conduct judged by their manner ("behaved irresponsibly", "acted courageously").
_CONDUCT = frozenset({"behave", "act", "handle", "respond", "react", "conduct"})
_BAD_MANNER = frozenset({"irresponsibly", "recklessly", "shamefully", "disgracefully",
                         "cowardly", "dishonestly", "appallingly", "deplorably",
                         "hypocritically", "cynically", "unlawfully", "illegally",
                         "callously", "negligently", "arrogantly", "incompetently", "badly",
                         "poorly", "terribly", "disastrously", "unprofessionally"})
_GOOD_MANNER = frozenset({"responsibly", "courageously", "bravely", "admirably", "wisely",
                          "heroically", "brilliantly", "superbly", "commendably",
                          "honourably", "honorably", "magnificently", "selflessly"})
#: Verbs of denial: what is said under them is denied ("denied saying Y lied").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebut", "retract"})
#: "X was behind the attack", "responsible for the bombing": harm laid at someone's door.
_HARMS = frozenset({"attack", "bombing", "strike", "airstrike", "killing", "murder",
                    "assassination", "explosion", "blast", "shooting", "massacre", "hack",
                    "cyberattack", "poisoning", "plot", "abduction", "kidnapping", "sabotage",
                    "leak", "disappearance", "violence", "unrest", "riot", "coup", "atrocity",
                    "crash", "downing", "hacking", "breach", "fire", "arson"})
#: Names of a deed that say it broke a rule or a right.
_BREACHES = frozenset({"violation", "breach", "infringement", "contravention"})
#: What is breached that makes the accusation one of aggression (1123).
_SOVEREIGN = frozenset({"sovereignty", "airspace", "territory", "border", "integrity", "waters",
                        "ceasefire", "truce", "armistice"})


def _breach(preds: list[Any]) -> str | None:
    """"said the strikes were a violation of its sovereignty": a deed named a breach of a
    country's sovereignty or of a truce accuses its doer of aggression (1123); a breach of law
    named stays a denunciation (111)."""
    for p in (c for pred in preds for c in _conjuncts(pred)):
        if _lemma(p) not in _BREACHES:
            continue
        broken = {_lemma(t) for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" for t in (g, *g.children)}
        if broken & _SOVEREIGN:
            return "1123"
    return None


#: What a copula says that blames its subject: "guilty of fraud", "complicit in the attack".
_CULPABLE = frozenset({"guilty", "complicit", "culpable", "responsible", "involved"})
#: A part in a harm a speaker disowns ("said it was not responsible for the blast"), and who.
_DISOWNED = frozenset({"responsible", "involved", "complicit", "culpable"})
#: How a speaker speaks of itself: a body as "it" or "we", a person as "he", "she" or "I".
_SELF_PRONOUNS = (frozenset({"it", "we", "they"}), frozenset({"he", "she", "i", "we"}))
#: Above a judgement: the accusation is the sentence's own act, ranked before a deed its quoted
#: words report in another clause ("said X broke the law and likes killing people").
_ACCUSING_CONFIDENCE = 0.65


def _off_page(tok: Any) -> bool:
    """A word of sport, culture, business or weather ("a leadership team" is none)."""
    return bool(_words(tok) & _OFF_PAGE) and not (_lemma(tok) == "team" and any(
        c.dep_ in ("compound", "amod") and _lemma(c) in _WORKING_TEAMS for c in tok.children))


def _words(tok: Any) -> set[str]:
    """A word's lemma and form, and with a hyphenated prefix its whole form ("non-starter")."""
    forms = word_forms(tok)
    if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ and (
            not tok.nbor(-2).whitespace_):
        forms.add(f"{tok.nbor(-2).lower_}-{tok.lower_}")
    return forms


def _short(tok: Any) -> bool:
    """"not enough", "nowhere near enough", "far from sufficient": too little."""
    if _lemma(tok) not in _SUFFICING:
        return False
    mods = [c for c in tok.children if c.dep_ in ("neg", "advmod")]
    mods += [g for c in mods for g in c.children if g.dep_ == "advmod"]
    if tok.dep_ == "acomp":
        mods += [c for c in tok.head.children if c.dep_ == "neg"]  # "was not enough"
    return any(m.lower_ in _SHORT_OF for m in mods) or (
        tok.head.lower_ == "from" and tok.head.head.lower_ == "far")


def _backstab(tok: Any) -> bool:
    """"a stab in the back": a betrayal."""
    return _lemma(tok) == "stab" and tok.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_lemma(g) == "back" for g in c.children)
        for c in tok.children)


def _base_motive(tok: Any) -> bool:
    """"politically motivated", "racially motivated": a deed done for a base end."""
    return _lemma(tok) in ("motivated", "motivate") and any(
        c.dep_ == "advmod" and c.lower_ in _BASE_MOTIVES for c in tok.children)


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in tok.children
               if c.dep_ in ("neg", "advmod", "det", "preconj", "cc"))


#: Verbs and nouns by which a claim is put to someone ("asked about the allegations").
_PUTTING = frozenset({"ask", "confront", "question", "press", "respond", "reply", "react",
                      "response", "reaction"})


def _claim_put(pron: Any) -> Any | None:
    """The claim a speaker answers "it is not true" to: one put to them earlier in the
    sentence ("when confronted with the accusation", "asked about the reports")."""
    return next((t for t in pron.sent if t.i < pron.i and _lemma(t) in _CLAIMS
                 and t.dep_ == "pobj" and _lemma(t.head.head) in _PUTTING), None)


def _felt_too(tok: Any) -> Any | None:
    """"he was shocked and saddened to hear ...": the "be" of a feeling conjoined to one after
    it (the second may be read as a conjunct of "be" or of the first, or as a clause of the
    verb of saying). None for any other word."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("conj", "ccomp") or tok.i < 2:
        return None
    head = tok.head
    if tok.dep_ == "conj" and _lemma(head) == "be":
        return head
    if tok.dep_ == "conj" and head.dep_ == "acomp" and _lemma(head.head) == "be":
        return head.head
    before = tok.doc[tok.i - 2]
    if tok.doc[tok.i - 1].lower_ == "and" and before.dep_ == "acomp" and _lemma(
            before.head) == "be":
        return before.head
    return None


def _hedged(clause: Any, *, negated: bool = True) -> bool:
    """A clause that asserts nothing: negated (unless ``negated`` is off), modal, conditional
    or a question."""
    for c in clause.children:
        if negated and (c.dep_ == "neg" or (
                c.dep_ in ("advmod", "det") and c.lower_ in _NEGATIONS)):
            return True
        if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
            return True
        if c.dep_ == "mark" and c.lower_ in _CONDITIONS:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children):
            return True  # "if it passed, the law was ..."
    lo, hi = clause.left_edge.i, clause.right_edge.i
    doc = clause.doc
    return any(doc[i].text == "?" for i in range(lo, min(hi + 2, len(doc))))


def _of_state(tok: Any) -> bool:
    """Whether a word names a thing of state: a law, ruling, lockdown, reform, "the Patriot
    Act", "the election result"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_:
        return tok.ent_type_ == "LAW" and tok.dep_ not in ("compound", "amod", "nmod")
    if tok.pos_ == "PROPN":
        return False
    lemma = _lemma(tok)
    if lemma in _OUTCOMES:
        return any(c.dep_ in ("compound", "amod", "nmod") and _words(c) & _POLLS
                   for c in tok.children)
    return lemma in _STATE_ACTS


def _things(toks: list[Any]) -> list[Any]:
    """The things a stretch of text names as subject or object: what "it" may stand for. Not
    people or pronouns, nor who says something."""
    return [t for t in toks if t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
            and (t.pos_ == "NOUN" or _of_state(t)) and t.ent_type_ in ("", "LAW")
            and not (t.dep_ == "nsubj" and _lemma(t.head) in SAYING)]


def _placed(sources: list[Found]) -> bool:
    """Whether a speaker is a known actor with a country."""
    return any(f.actor is not None and bool(f.actor.country) for f in sources)


def _acclaimed(preds: list[Any]) -> bool:
    """Whether a predicate acclaims: its head or a word on it is one of strong praise."""
    return any(_words(w) & _ACCLAIM for p in preds for c in _conjuncts(p)
               for w in (c, *c.children))


def _conjuncts(tok: Any) -> list[Any]:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _finite(verb: Any) -> bool:
    """A verb of a finite past or present clause: "broke", "is influencing", "has lied", "did
    lie"; not "to lie", nor one after a modal (a hedge) or of a future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN":
        return any(_lemma(a) in ("have", "be") for a in auxes)
    if verb.tag_ == "VBG":
        return any(_lemma(a) == "be" for a in auxes)
    return verb.tag_ == "VB" and any(_lemma(a) == "do" for a in auxes)


def _misread_claim(clause: Any) -> tuple[Any, list[Any]]:
    """"claimed Iran is unduly influencing ...", parsed as "claimed Iran" and "is influencing":
    the verb of saying and the accused, when the clause has its own tense but no subject and
    the object of the verb of saying stands just before it."""
    rep = clause.head
    if clause.dep_ != "conj" or rep.pos_ != "VERB" or _lemma(rep) not in _ALLEGING or (
            not any(c.dep_ == "aux" and _lemma(c) in ("be", "have") for c in clause.children)):
        return None, []
    objs = [c for c in rep.children if c.dep_ == "dobj" and c.i < clause.i]
    if len(objs) != 1 or objs[0].pos_ != "PROPN" or any(
            c.dep_ == "cc" and objs[0].i < c.i < clause.i for c in rep.children):
        return None, []
    if _finite(rep) and not any(_lemma(a) in _DENYING or _hedged(a)
                                for a in [rep, *list(rep.ancestors)[:3]]):
        return rep, objs
    return None, []


def _against_rules(noun: Any) -> bool:
    """"in direct conflict with the treaty": a conflict with rules, a breach of them (not
    "in conflict with Russia")."""
    return _lemma(noun) == "conflict" and any(
        _lemma(g) in _RULES for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj")


def _to_blame(tok: Any) -> bool:
    """"X is to blame": the subject of the copula is the one blamed, not the one blaming."""
    return tok.dep_ == "xcomp" and _lemma(tok) == "blame" and _lemma(tok.head) == "be" and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) and not any(
        c.dep_ == "dobj" for c in tok.children)


def _culpability(clause: Any) -> str | None:
    """The accusation a copula makes of its subject: "was guilty of fraud" 1121, "was behind
    the attack" 112, "is complicit in war crimes" 1124."""
    for c in clause.children:
        if _to_blame(c):
            # "the Taliban were to blame for the violence"
            nouns = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj"]
            if not _negated(c) and not _negated(clause):
                return wrong_noun(nouns) or ACCUSE
            continue
        if c.dep_ == "acomp" and _lemma(c) in _CULPABLE:
            nouns = [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "for")
                     for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "behind":
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        code = wrong_noun(nouns)
        if code is None and any(_lemma(n) in _HARMS for n in nouns):
            code = ACCUSE
        if code is None and not nouns and _lemma(c) in ("guilty", "complicit"):
            code = ACCUSE
        if code is not None and not _negated(c):
            return code
    return None


#: Parts of speech a judgement in speech can start from.
_JUDGED_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "INTJ"})


class SpeechCoder:
    """Codes the evaluations in reported speech of one section."""

    def __init__(self, finder: ActorFinder, *, headline: bool,
                 coder: SentenceCoder | None = None) -> None:
        self.finder = finder
        self.headline = headline
        #: The section's lexicon-driven coder, asked which clauses it codes itself.
        self.coder = coder or SentenceCoder(lexicon(), finder, headline=headline)

    def code(self, sent: Any) -> list[Mention]:
        if any(_off_page(t) for t in sent):
            return []
        found: list[Mention] = []
        # every rule starts from a word of one of these kinds (or a feeling as a subject)
        toks = [t for t in sent if t.pos_ in _JUDGED_POS or t.dep_ == "nsubj"]
        for rule in (self._naming, self._likening, self._tribute, self._grief, self._sad_news,
                     self._sympathy, self._apology, self._feeling, self._outlook, self._reaction,
                     self._remarks, self._angry_reply,
                     self._denial, self._disowning, self._evaluation, self._accusation,
                     self._failure, self._conduct,
                     self._damned_deed):
            for tok in toks:
                m = rule(tok)
                if m is not None and any(f.actor is not None or f.anaphor for f in m.sources):
                    found.append(m)
        # One judgement a sentence: the one that names whom it is aimed at.
        return sorted(found, key=lambda m: -sum(f.actor is not None for f in m.targets))[:1]

    # actors --------------------------------------------------------------------------------

    def _speakers(self, verb: Any, depth: int = 0) -> list[Found]:
        """Who says: the subject of the verb of saying, or of the verb it is conjoined to;
        "I" and "we" in reported words are whoever reports them ("'I think ...,' X said"); the
        one "adding" something is the one who said the clause it hangs on."""
        cur = verb
        for _ in range(4):
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children):
                return []
            subj = [c for c in cur.children if c.dep_ == "nsubj"]
            if subj:
                if subj[0].lower_ in _FIRST_PERSON:
                    outer = self._reporter(cur)
                    return self._speakers(outer, depth + 1) if outer is not None and (
                        depth < 3) else self.finder.quote_speaker(subj[0])
                if subj[0].lower_ in _PRONOUNS - {"he", "she", "they"}:
                    return []
                return [f for s in subj for f in self.finder.find(s)]
            if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
                cur = cur.head
                continue
            if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.pos_ in ("VERB", "AUX"):
                cur = self._reporter(cur.head) or cur.head
                continue
            if cur.dep_ == "acl" and cur.tag_ in ("VBD", "VBN") and (
                    cur.head.ent_type_ == "PERSON") and any(
                    c.dep_ == "appos" and c.i < cur.i for c in cur.head.children):
                # "Senator X, a Republican, called ...", the verb misread as qualifying X
                return self.finder.find(cur.head)
            break
        return []

    def _voice(self, clause: Any) -> list[Found] | None:
        """Who a clause is said by, or None when it is not reported speech: the subject of its
        verb of saying, or "according to X"."""
        rep = self._reporter(clause)
        if rep is not None:
            return self._speakers(rep)
        said = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"
                for p in c.children if p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
        if said:
            return [f for g in said for f in self.finder.find(g)]
        return None

    def _reporter(self, clause: Any) -> Any | None:
        """The verb of saying a clause is the complement of ("said [Y was great]")."""
        cur = clause
        for _ in range(3):
            if cur.dep_ in ("ccomp", "parataxis") and cur.head.pos_ == "VERB" and (
                    _lemma(cur.head) in SAYING) and not _hedged(cur.head):
                return cur.head
            if cur.dep_ == "conj" and cur.head.i != cur.i:
                cur = cur.head  # "... is unacceptable and constitutes a blow," said X
                continue
            break
        return None

    def _holder(self, subj: Any, clause: Any) -> list[Found]:
        """Who a feeling belongs to: a pronoun in reported words is the speaker ("X said she
        was saddened", "Japan said it was grateful"); a named subject is itself."""
        if subj is None or subj.lower_ in _PRONOUNS:
            if subj is not None and subj.lower_ not in ("he", "she", "i", "we", "they", "it"):
                return []
            voice = self._voice(clause)
            if voice is None and subj is not None and subj.lower_ in _FIRST_PERSON:
                return self.finder.quote_speaker(subj)
            return voice or []
        return self.finder.find(subj)

    def _named(self, tok: Any, *, someone: bool = False) -> list[Found]:
        """The actors a phrase names; with ``someone``, a name the recogniser missed is still
        someone ("told MSNBC Cummings 'was a great man'"), of no known country."""
        if tok.lower_ in _PRONOUNS:
            return []
        found = [f for f in self.finder.find(tok, target=True) if f.actor is not None]
        if not found and someone and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and (
                tok.text[:1].isupper() and tok.i > tok.sent.start):
            found = [Found(ActorRef(name=tok.text))]
        return found

    def _doers(self, deed: Any) -> list[Found]:
        """Who did a deed: "Russia's move", "the Israeli strike", "the decision by (or of) X",
        "the plan Trump announced"; a deed suffered ("the murder of X") has only a "by" doer."""
        suffered = _lemma(deed) in _SUFFERED
        out: list[Found] = []
        for c in deed.children:
            if not suffered and (c.dep_ == "poss" or (
                    c.dep_ in ("compound", "amod", "nmod")
                    and self.finder.entity_at(c) is not None)):
                out += self._named(c)
            elif c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "of" and not suffered)):
                # "the decision by X", "the decision of the Iranian government"
                out += [f for g in c.children if g.dep_ == "pobj" for f in self._named(g)]
            elif c.dep_ == "prep" and c.lower_ == "of":
                # "the expulsion of its diplomats by Mali", "by Mali" hung on the diplomats
                out += [f for g in c.children if g.dep_ == "pobj" for b in g.children
                        if b.dep_ == "prep" and b.lower_ == "by"
                        for h in b.children if h.dep_ == "pobj" for f in self._named(h)]
            elif c.dep_ in ("relcl", "acl"):
                out += [f for s in c.children if s.dep_ == "nsubj" for f in self._named(s)]
                out += [f for a in c.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj" for f in self._named(g)]
        return out

    def _judged(self, tok: Any, tone: int) -> tuple[list[Found], bool, bool] | None:
        """What a judgement is aimed at: an actor, or a deed and its doer. None when neither;
        the first flag says the target is a deed, the second that it is a thing of state with
        no doer named, or one "it" stands for (its speaker must then have a country)."""
        thing = self._antecedent(tok) if tok.lower_ in _REFERRING else tok
        if thing is None:
            return None
        state = _of_state(thing)
        if (_lemma(thing) in _DEEDS and not thing.ent_type_) or state:
            doers = self._doers(thing)
            if thing is not tok:
                doers += self._makers(thing)
            if doers:
                return doers, True, thing is not tok
            if tone < 0 and thing is tok and _lemma(thing) in _DEEDS - _PAPERS:
                # "the murder of the journalist is unacceptable"; "the arrests in Minsk are
                # outrageous": aimed at the country where the deed was done
                # ("in Turkey unacceptable": the name misread as the place's noun)
                return [f for t in thing.subtree if t.dep_ == "pobj" and t.head.lower_ in (
                    "in", "inside") for p in (t, *(c for c in t.children if c.dep_ == "compound"))
                    for f in self._place_country(p)][:1], True, False
            return ([], True, True) if state else None
        actors = self._named(tok, someone=True)
        return (actors, False, False) if actors else None

    def _makers(self, thing: Any) -> list[Found]:
        """Who made a thing of state named before: the subject of the verb it is the object
        of ("China proposed a plan", "Parliament passed the bill")."""
        verb = thing.head
        if thing.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return []
        if thing.dep_ == "nsubjpass":
            return [f for a in verb.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj" for f in self._named(g)]
        return [f for c in verb.children if c.dep_ == "nsubj" for f in self._named(c)]

    def _antecedent(self, pron: Any) -> Any | None:
        """The thing of state "it" or "this" stands for: the one the speaker speaks "of", else
        the last thing named before it in the sentence outside the judging clause, else the
        last one named in the sentence before, when it is of the same paragraph; a thing of
        state only when that last thing is one."""
        if pron.pos_ != "PRON" or pron.dep_ not in ("nsubj", "dobj"):
            return None
        clause = pron.head
        heads = [clause, *[p for p in clause.children if p.dep_ in ("acomp", "attr", "oprd")]]
        if any(c.dep_ in ("ccomp", "xcomp", "csubj") or (
                c.dep_ in ("relcl", "acl", "advcl") and any(
                    m.lower_ in ("that", "to") and m.dep_ in ("mark", "aux")
                    for m in c.children))
               for h in heads for c in h.children):
            return None  # "it is a disgrace that ...", "it is shameful to ...": no thing
        sent = pron.sent
        inside = {t.i for t in clause.subtree}
        spoken = [g for t in sent if _lemma(t) in SAYING | _NAMING
                  for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
                  for g in p.children if g.dep_ == "pobj" and _of_state(g)]
        if spoken:
            return spoken[0]
        near = _things([t for t in sent if t.i < pron.i and t.i not in inside])
        if near:
            return near[-1] if _of_state(near[-1]) else None
        doc = pron.doc
        if self.headline or sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        # Of the same paragraph: no line break between, nor inside before the thing.
        start = doc.text.rfind("\n", before.start_char, sent.start_char)
        named = _things([t for t in before if t.idx > start])
        return named[-1] if named and _of_state(named[-1]) else None

    # judgements ----------------------------------------------------------------------------

    def _tone(self, preds: list[Any], *, deed: bool) -> int:
        """+1 or -1 for words of one strong polarity, 0 for none or mixed."""
        words: list[Any] = []
        for p in preds:
            for c in _conjuncts(p):
                words.append(c)
                words += [m for m in c.children if m.dep_ in ("amod", "compound", "advmod",
                                                             "acomp", "attr", "npadvmod")]
        good = bad = 0
        for w in words:
            if _short(w) or (deed and _backstab(w)):
                bad += 1
                continue
            if _negated(w):
                return 0
            forms = _words(w)
            if not deed and forms & _DEED_ONLY:
                continue
            if forms & _MEASURING and w.dep_ in ("amod", "compound") and not (
                    _words(w.head) & (_PERSONS | (_PROGRESS if deed else frozenset()))):
                continue  # "a great power", "a tremendous challenge"
            if forms & _PRAISE:
                good += 1
            elif forms & _DAMNING:
                bad += 1
        # Mixed: any word of the other polarity in the whole predicate.
        lex = [polarity(t.lower_, _lemma(t)) for p in preds for t in p.subtree]
        if good and not bad and -1 not in lex:
            return 1
        if bad and not good and not any(
                polarity(t.lower_, _lemma(t)) > 0 and not _words(t) & (_DAMNING | _MEASURING)
                and not _short(t) for p in preds for t in p.subtree
                if t.dep_ not in ("poss", "pobj")):
            return -1
        return 0

    def _evaluation(self, clause: Any) -> Mention | None:
        """"X said Y was a great man", "'The decision is outrageous,' said X", "X said the
        strike constituted a violation of international law"."""
        lemma = _lemma(clause)
        # "was not enough": the negation is the judgement, not a denial of it
        short = any(c.dep_ == "acomp" and _short(c) for c in clause.children)
        if clause.pos_ not in ("AUX", "VERB") or _hedged(clause, negated=not short):
            return None
        if lemma in _COPULAS:
            preds = [c for c in clause.children if c.dep_ in ("attr", "acomp", "oprd")]
            # "was in clear violation of the law", "is in breach of the agreement"
            preds += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj" and (
                          _lemma(g) in _BREACHES or _against_rules(g))]
        elif lemma in _LINKING:
            preds = [c for c in clause.children if c.dep_ == "dobj"] + [
                g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
                and lemma == "amount" for g in c.children if g.dep_ == "pobj"]
        elif lemma == "do":
            preds = [c for c in clause.children if c.dep_ == "dobj" and _lemma(c) in _JOBS]
        elif lemma == "make":
            # "the proposal makes no sense": damned as senseless
            preds = [c for c in clause.children if c.dep_ == "dobj" and _lemma(c) == "sense"
                     and any(d.lower_ == "no" for d in c.children)]
        elif lemma in _DEVOTING or (lemma == "leave" and not any(
                c.dep_ == "neg" for c in clause.children)):
            # "devoted his life to public service", "leaves behind a rich legacy": a tribute
            objs = [c for c in clause.children if c.dep_ == "dobj"] + [
                g for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"
                for g in c.children if g.dep_ == "pobj"]  # "leaves behind a legacy"
            preds = [c for c in objs if (
                (lemma != "leave" and _lemma(c) in ("life", "career")
                 and any(p.dep_ == "prep" and p.lower_ == "to" for p in clause.children))
                or (_lemma(c) == "legacy" and any(
                    _lemma(m) in _PRAISE | _LASTING for m in c.children if m.dep_ == "amod")))]
        else:
            return None
        sources = self._voice(clause)
        if not preds or sources is None:
            return None
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        rep = self._reporter(clause)
        if subj is None and rep is not None and _lemma(rep) == "tell":
            # "told MSNBC Cummings 'was a great man'": the subject read as the object.
            subj = next((c for c in rep.children if c.dep_ == "dobj"
                         and c.i < clause.i and clause.left_edge.i - c.i <= 2), None)
        if subj is None:
            return None
        # "said the arrest was politically motivated": a deed of state done for a base end
        motive = _lemma(subj) in _DEEDS - _CRIMES_DONE and any(map(_base_motive, preds))
        return self._judgement(sources, clause, subj, preds,
                               tone=-1 if lemma == "make" or motive or any(
                                   map(_against_rules, preds))
                               else 1 if lemma in _DEVOTING | {"leave"} else 0)

    def _disowning(self, clause: Any) -> Mention | None:
        """"Israel said it was not responsible for the blast", "... was not involved in the
        attack": the speaker denying its own part in a harm (016)."""
        if _lemma(clause) == "involve" and any(c.dep_ == "auxpass" for c in clause.children):
            culp = clause  # "was not involved in", read as a passive
        elif _lemma(clause) == "be":
            culp = next((c for c in clause.children if c.dep_ == "acomp"
                         and _lemma(c) in _DISOWNED), None)
        else:
            return None
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        rep = self._reporter(clause)
        speaker = next((c for c in rep.children if c.dep_ == "nsubj"), None) if rep else None
        if culp is None or subj is None or speaker is None or not _negated(clause) or (
                subj.lower_ not in _SELF_PRONOUNS[speaker.ent_type_ == "PERSON"]):
            return None  # "police said he was not responsible": someone else cleared
        harms = [g for p in culp.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
                 for g in p.children if g.dep_ == "pobj"]
        if not (any(_lemma(n) in _HARMS for n in harms) or wrong_noun(harms)):
            return None
        sources = self._speakers(rep)
        if not sources:
            return None
        # the denial is told, not negated: its word is the copula, not the negated verb
        word = next((c for c in culp.children if c.dep_ == "auxpass"), culp)
        return Mention("016", word, sources, [], tokens=[word], confidence=_CONFIDENCE)

    def _denial(self, clause: Any) -> Mention | None:
        """"The Kremlin said the reports were not true", "X said the claims were false": a
        denial (016), of whoever the claims are told to be by."""
        if _lemma(clause) != "be" or clause.pos_ not in ("AUX", "VERB"):
            return None
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("it", "this", "that"):
            subj = _claim_put(subj)  # "asked about the allegations, X said it was not true"
        if subj is None or _lemma(subj) not in _CLAIMS or any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children):
            return None
        neg = any(c.dep_ == "neg" for c in clause.children)
        pred = next((c for c in clause.children if c.dep_ == "acomp" and (
            (c.lower_ in _UNTRUE and not neg) or (c.lower_ in _TRUE and neg))), None)
        sources = self._voice(clause)
        if pred is None or not sources:
            return None
        claimers = [c for c in subj.children if c.dep_ == "poss"] + [
            g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for g in c.children if g.dep_ == "pobj"]
        return Mention("016", pred, sources, [f for g in claimers for f in self._named(g)],
                       tokens=[pred], confidence=_CONFIDENCE)

    def _judgement(self, sources: list[Found], trigger: Any, subj: Any,
                   preds: list[Any], tone: int = 0) -> Mention | None:
        """The judgement of ``subj`` by ``preds``, of the ``tone`` their words carry unless
        one is given."""
        given = tone
        for deed in (False, True):
            tone = given or self._tone(preds, deed=deed)
            if tone == 0:
                continue
            judged = self._judged(subj, tone)
            if judged is None and not deed and self._said_of_someone(trigger, subj):
                judged = [Found(None, subj.lower_, subj.idx)], False, False
            if judged is None or judged[1] != deed:
                continue
            if judged[2] and not (_placed(sources) and (tone < 0 or _acclaimed(preds))):
                continue
            if deed and tone < 0 and not judged[0] and not judged[2]:
                # "the murder is unacceptable and a blow to press freedom in Mexico": aimed at
                # the country the damning words place it in
                more = [c for c in trigger.conjuncts if c.i > trigger.i and c.pos_ in (
                    "NOUN", "ADJ")]  # "is unacceptable and a blow to ...", misread
                judged = [f for p in (*preds, *more) for c in _conjuncts(p) for t in c.subtree
                          if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside")
                          for f in self._place_country(t)][:1], True, False
            code = "051" if tone > 0 else _breach(preds) or "111"
            return Mention(code, trigger, sources, judged[0], tokens=[trigger],
                           confidence=_CONFIDENCE)
        return None

    def _said_of_someone(self, clause: Any, subj: Any) -> bool:
        """"The party said he was a gentleman politician": a body's words on "he" or "she" are
        about the person the story told of (a person's own "he" may be himself)."""
        if subj.lower_ not in ("he", "she"):
            return False
        rep = self._reporter(clause)
        speaker = next((c for c in rep.children if c.dep_ == "nsubj"), None) if (
            rep is not None) else None
        return speaker is not None and speaker.lower_ not in _PRONOUNS and (
            speaker.ent_type_ in ("ORG", "GPE", "NORP") or (
                not speaker.ent_type_ and speaker.pos_ == "NOUN"
                and _lemma(speaker) not in _PERSONS | _SPEAKING_PEOPLE))

    # accusations ---------------------------------------------------------------------------

    def _accusation(self, clause: Any) -> Mention | None:
        """"X said Y broke the law", "X claimed Y spied on the embassy": a wrongdoing said of a
        named actor other than the speaker accuses them."""
        if clause.pos_ not in ("VERB", "AUX") or not _finite(clause) or _hedged(clause):
            return None
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
        if _lemma(clause) == "be":
            code = _culpability(clause)
            accused = [c for c in clause.children if c.dep_ == "nsubj"]
        elif _lemma(clause) == "involve" and passive:
            nouns = [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"
                     for g in p.children if g.dep_ == "pobj"]
            code = wrong_noun(nouns)
            accused = [c for c in clause.children if c.dep_ == "nsubjpass"]
        else:
            code = wrong_deed(clause)
            accused = [g for a in clause.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj"] if passive else [
                c for c in clause.children if c.dep_ == "nsubj"]
        rep = None
        if not accused and not passive:
            rep, accused = _misread_claim(clause)
        if code is None or not accused:
            return None
        sources = self._alleged_by(clause) if rep is None else self._speakers(rep)
        own = {k for f in sources if f.actor is not None
               for k in (f.actor.entity, f.actor.name.lower()) if k}
        # "said the seizure of the ships by Russia violated international law": the deed's doer
        targets = [f for t in accused for f in (
                       self._doers(t) if _lemma(t) in _DEEDS and not t.ent_type_
                       else self._named(t))
                   if f.actor is not None and f.actor.country
                   and not {f.actor.entity, f.actor.name.lower()} & own]
        if not targets or not (_placed(sources) or any(f.anaphor for f in sources)):
            return None  # an accuser of no known country ("protesters") makes half an event
        if self._coded(clause) and not arming(clause):
            return None  # "said Iran arms the rebels": the help is the accusation
        return Mention(code, clause, sources, targets, tokens=[clause],
                       confidence=_ACCUSING_CONFIDENCE)

    def _failure(self, clause: Any) -> Mention | None:
        """"X said the army had failed to protect civilians": a failing said of a named actor
        other than the speaker finds fault with them (111)."""
        if clause.pos_ != "VERB" or _lemma(clause) != "fail" or not _finite(clause) or (
                _hedged(clause)):
            return None
        if not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                   for c in clause.children):
            return None
        sources, targets = self._speaker_and_faulted(clause)
        if not targets or not _placed(sources):
            return None
        return Mention("111", clause, sources, targets, tokens=[clause],
                       confidence=_CONFIDENCE)

    def _conduct(self, clause: Any) -> Mention | None:
        """"X tweeted that the senator had betrayed voters", "X said the government behaved
        irresponsibly", "X noted Y had acted courageously": a named actor's conduct, damned or
        praised in reported words, judges them (111, 051)."""
        if clause.pos_ != "VERB" or not _finite(clause) or _hedged(clause) or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            return None
        lemma = _lemma(clause)
        manner = {m.lower_ for m in clause.children if m.dep_ == "advmod"}
        if manner & _GOOD_MANNER and manner & _BAD_MANNER:
            return None
        if (lemma in _BETRAYING and not manner & _GOOD_MANNER) or (
                lemma in _CONDUCT and manner & _BAD_MANNER):
            code = "111"
        elif lemma in _CONDUCT and manner & _GOOD_MANNER:
            code = "051"
        else:
            return None
        sources, targets = self._speaker_and_faulted(clause)
        # "the Chinese envoy said China had acted responsibly": a view of its own country
        own = {f.actor.country for f in sources if f.actor is not None}
        targets = [f for f in targets if f.actor is not None and not (
            f.actor.actor_code == f.actor.country and f.actor.country in own)]
        if not targets or not _placed(sources) or self._coded(clause):
            return None
        return Mention(code, clause, sources, targets, tokens=[clause], confidence=_CONFIDENCE)

    def _damned_deed(self, clause: Any) -> Mention | None:
        """"X said Putin's regime has built an illegitimate and lawless state", "X said the
        government pursued reckless policies": what a named actor did, damned by the words
        on its object, finds fault with them (111)."""
        if clause.pos_ != "VERB" or _lemma(clause) in _UNDERGOING | SAYING | _NAMING or (
                not _finite(clause)) or _hedged(clause):
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            return None
        objs = [c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objs) != 1:
            return None
        pretext = _lemma(clause) in ("use", "exploit") and any(
            _lemma(g) in _PRETEXTS for h in (clause, objs[0]) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj")
        if not pretext and (not any(
                m.dep_ == "amod" and m.pos_ == "ADJ" and _words(m) & _DAMNING
                and not _words(m) & _DEED_ONLY for m in objs[0].children)
                or self._tone(objs, deed=False) >= 0):
            return None
        sources, targets = self._speaker_and_faulted(clause)
        # "'... has built a lawless state,' he said": "he" is found in the story
        if not targets or not (_placed(sources) or any(
                f.anaphor in ("he", "she") for f in sources)) or self._coded(clause):
            return None
        return Mention("111", clause, sources, targets, tokens=[clause],
                       confidence=_CONFIDENCE)

    def _speaker_and_faulted(self, clause: Any) -> tuple[list[Found], list[Found]]:
        """Who puts a clause as a claim, and the named actors of known country its subject
        names other than the speaker: the one who finds fault and those found at fault."""
        sources = self._alleged_by(clause)
        own = {k for f in sources if f.actor is not None
               for k in (f.actor.entity, f.actor.name.lower()) if k}
        targets = [f for c in clause.children if c.dep_ == "nsubj" for f in self._named(c)
                   if f.actor is not None and f.actor.country
                   and not {f.actor.entity, f.actor.name.lower()} & own]
        return sources, targets

    def _alleged_by(self, clause: Any) -> list[Found]:
        """Who says a clause, when it is put as a claim: the subject of the verb of saying it
        is the complement of, said (not denied, hedged or to come), or "according to X"."""
        cur = clause
        for _ in range(3):
            rep = cur.head
            if cur.dep_ in ("ccomp", "parataxis") and rep.pos_ == "VERB" and (
                    _lemma(rep) in _ALLEGING):
                if not (_finite(rep) or (rep.tag_ == "VBG" and rep.dep_ == "advcl")):
                    return []  # "will say", "is expected to claim"
                if any(_lemma(a) in _DENYING or _hedged(a)
                       for a in [rep, *list(rep.ancestors)[:3]]):
                    return []  # "denied saying ...", "did not claim ..."
                return self._speakers(rep)
            if cur.dep_ == "conj" and rep.i != cur.i:
                cur = rep
                continue
            break
        said = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"
                for p in c.children if p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
        return [f for g in said for f in self.finder.find(g)]

    def _coded(self, clause: Any) -> bool:
        """Whether the lexicon-driven coder codes a clause (its verb or what it is done to) as
        an event of its own: "said Russia attacked Ukraine" is Russia's attack, reported. A
        law broken (128) is no act apart from the accusation."""
        mine = {clause.i, *[o.i for o in deed_objects(clause)]}
        for m in self.coder.code(clause.sent):
            heads = [m.trigger, *m.tokens, *([m.support] if m.support is not None else [])]
            if {t.i for t in heads} & mine and not m.code.startswith("128"):
                return True
        return False

    def _naming(self, verb: Any) -> Mention | None:
        """"X called the move a 'smash and grab'", "described Y as a liar"."""
        if verb.pos_ != "VERB" or _lemma(verb) not in _NAMING or _hedged(verb):
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        names = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")
                 and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ in ("pobj", "amod")]
        # "called Trump's comments 'unhelpful rhetoric'", the name read as an apposition
        names += [g for o in objs for g in o.children if g.dep_ in ("appos", "npadvmod")
                  and g.pos_ in ("NOUN", "ADJ")]
        # "called the deal 'lousy'": the name after the noun, misread as qualifying it
        names += [g for o in objs for g in o.children if g.dep_ == "amod" and g.i > o.i
                  and g.pos_ == "ADJ"]
        # "called the arrest of the journalist in Turkey unacceptable": the name read as the
        # noun its object's phrase ends in
        names += [t for o in objs[:1] for t in (o.right_edge,) if not names and t.i > o.i
                  and t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj") and t.i == verb.right_edge.i
                  - (verb.right_edge.pos_ == "PUNCT")]
        if not objs and len(names) >= 2 and names[0].pos_ in ("NOUN", "PROPN"):
            objs = names[:1]  # "called Trump's comments 'unhelpful rhetoric'" read as two names
            names = names[1:]
        if len(objs) != 1 or not names:
            return None
        return self._judgement(self._speakers(verb), verb, objs[0], names)

    def _likening(self, verb: Any) -> Mention | None:
        """"X compared Y to Hitler", "likened Y's policies to apartheid": damned by likeness to
        a tyrant (111)."""
        if verb.pos_ != "VERB" or _lemma(verb) not in _LIKENING or _hedged(verb):
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objs) != 1:
            return None
        likes = [g for h in (verb, objs[0]) for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("to", "with")
                 for g in c.children if g.dep_ == "pobj"]
        if not any(_words(g) & _TYRANNY or any(_words(m) & _TYRANNY for m in g.children
                                               if m.dep_ in ("amod", "compound"))
                   for g in likes):
            return None
        judged = self._judged(objs[0], -1)
        if judged is None or not judged[0]:
            return None
        return Mention("111", verb, self._speakers(verb), judged[0], tokens=[verb],
                       confidence=_CONFIDENCE)

    # tributes, grief, apologies, feelings --------------------------------------------------

    def _tribute(self, noun: Any) -> Mention | None:
        """"X wrote, 'Congratulations to Y'", "X paid tribute to Y"."""
        if noun.pos_ not in ("NOUN", "INTJ", "PROPN") or noun.lower_ not in _TRIBUTES:
            return None
        if noun.lower_ == "hat" and not any(c.lower_ == "off" for c in noun.children):
            return None
        to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
        head = noun.head
        if not to and head.pos_ == "VERB" and _lemma(head) in _TRIBUTE_SUPPORT:
            to = [g for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
        targets = [f for t in to for f in self._named(t)]
        if not targets or _negated(noun):
            return None
        if noun.dep_ in ("dobj", "ccomp", "dep", "npadvmod", "appos", "parataxis") and (
                head.pos_ == "VERB" and _lemma(head) in SAYING | _TRIBUTE_SUPPORT):
            if _hedged(head):
                return None
            sources = self._speakers(head)
        else:
            return None
        return Mention("051", noun, sources, targets, tokens=[noun], confidence=_CONFIDENCE)

    def _dead(self, tok: Any) -> tuple[list[Found], bool]:
        """Whose death a phrase names: (their countries, whether it names a death at all).
        "the passing of Pranab Mukherjee", "Chirac's death", "the loss of lives in Delhi"."""
        if _lemma(tok) in _NEWS:
            for g in [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                      for g in c.children if g.dep_ == "pobj"]:
                return self._dead(g)  # "the news of Y's death"
        if _lemma(tok) not in _DEATH and tok.lower_ not in _DEATH:
            who = self._named(tok)
            return self._countries(who), bool(who)
        heads = [c for c in tok.children if c.dep_ == "poss"]
        for c in [tok, *[a for a in tok.children if a.dep_ in ("advmod", "prt")]]:
            heads += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
        people = [f for h in heads for f in self._named(h)]
        # "the demise of my dear friend, former Deputy Chief Minister of Goa Y": the one
        # named further on in the phrase
        people = people or [f for h in heads for t in h.subtree if t.i != h.i
                            and t.dep_ in ("appos", "conj") for f in self._named(t)]
        if people:
            return self._countries(people), True
        if any(_lemma(h) in _VICTIMS or h.lower_ in _VICTIMS for h in heads):
            places = [f for h in heads for t in h.subtree
                      for f in self._place_country(t)]
            return places[:1], True
        return [], False

    def _countries(self, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        kb = self.finder.kb
        for f in found:
            iso = f.actor.country if f.actor is not None else None
            if iso and iso in kb.countries and all(o.actor and o.actor.country != iso
                                                   for o in out):
                out.append(Found(ActorRef(name=kb.countries[iso].name, actor_code=iso,
                                          country=iso)))
        return out

    def _place_country(self, tok: Any) -> list[Found]:
        ent = self.finder.entity_at(tok)
        if ent is None or ent.type not in ("GPE", "LOC") or not ent.country:
            return []
        return self._countries([Found(ActorRef(name=ent.name, country=ent.country))])

    def _sympathy(self, tok: Any) -> Mention | None:
        """"Our thoughts are with the families of the victims", "my prayers are with Y": the
        speaker's sympathy (018), toward whom the words name."""
        if tok.dep_ != "nsubj" or _lemma(tok) not in FEELINGS or _lemma(tok.head) != "be":
            return None
        if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children):
            return None
        withs = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]
        if not withs or _hedged(tok.head):
            return None
        targets = [f for w in withs for f in self._named(w)]
        return Mention("018", tok, self.finder.find(tok), targets, tokens=[tok],
                       confidence=_CONFIDENCE)

    def _grief(self, tok: Any) -> Mention | None:
        """"India grieves the passing of Y", "X said she was saddened by the death of Y"."""
        lemma = _lemma(tok)
        felt = _felt_too(tok)  # "shocked and saddened": the "be" the feelings hang on
        if tok.pos_ == "VERB" and lemma in _GRIEF_VERBS and tok.dep_ not in ("amod", "acl"):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
                     for g in c.children if g.dep_ == "pobj"]
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        elif tok.pos_ in ("VERB", "ADJ") and (lemma in _GRIEF_ADJS or tok.lower_ in _GRIEF_ADJS):
            if tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass")
                                              for c in tok.children) and felt is None:
                return None
            # "saddened by the death of Y", "saddened to learn of the passing of Y"
            # ("pained to hear about": the infinitive may be parsed as an adverbial clause)
            holders = [tok, *[c for c in tok.children if _lemma(c) in LEARNING | _TELLING and (
                c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]]
            objs = [g for h in holders for c in h.children if c.dep_ in ("prep", "agent")
                    and c.lower_ in ("by", "at", "about", "over", "of")
                    for g in c.children if g.dep_ == "pobj"]
            objs += [c for h in holders[1:] for c in h.children if c.dep_ == "dobj"]
            # "saddened (to learn) that Y had passed away": the one who died
            objs += self._died(holders)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and tok.dep_ == "acomp":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None and felt is not None:
                subj = next((c for c in felt.children if c.dep_ == "nsubj"), None)
        else:
            return None
        if _hedged(tok) or (tok.dep_ == "acomp" and _hedged(tok.head)) or (
                felt is not None and _hedged(felt)):
            return None
        targets: list[Found] = []
        death = False
        for o in objs:
            dead, named = self._dead(o)
            targets += dead
            death = death or named
        if not death:
            return None
        clause = tok.head if tok.dep_ == "acomp" else (felt or tok)
        sources = self._holder(subj, clause)
        return Mention("018", tok, sources, targets, tokens=[tok], confidence=_CONFIDENCE)

    def _died(self, holders: list[Any]) -> list[Any]:
        """Who a clause under a word of grief says died: "(saddened that) Y has passed away"."""
        return [c for h in holders for v in h.children if v.dep_ == "ccomp"
                and _lemma(v) in _DYING and not _hedged(v) and (
                    _lemma(v) != "pass" or any(p.lower_ == "away" for p in v.children))
                for c in v.children if c.dep_ == "nsubj"]

    def _sad_news(self, verb: Any) -> Mention | None:
        """"X announced with great sadness the death of Y", "'It is with deep sorrow that I
        announce the passing of Y,' said X": grief (018) toward the dead's country."""
        if verb.pos_ != "VERB" or _lemma(verb) not in _TELLING or _hedged(verb):
            return None
        frames = [verb, *([verb.head] if verb.dep_ in ("ccomp", "relcl") and (
            _lemma(verb.head) == "be") else [])]
        sorrows = [g for f in frames for c in f.children if c.dep_ == "prep"
                   and c.lower_ == "with" for g in c.children
                   if g.dep_ == "pobj" and _lemma(g) in _SORROWS and (
                       _lemma(g) != "heart" or any(m.lower_ == "heavy" for m in g.children))]
        if not sorrows:
            return None
        # the news is the verb's object, or misread as hanging on the sorrow ("with sadness
        # the passing of Y"), or the "of" of "learned with shock of the death of Y"
        objs = [c for h in (verb, *sorrows) for c in h.children if c.dep_ == "dobj"]
        objs += [g for h in (verb, *sorrows) for c in h.children if c.dep_ == "prep"
                 and c.lower_ in ("of", "about") for g in c.children if g.dep_ == "pobj"]
        targets: list[Found] = []
        death = False
        for o in objs:
            if _lemma(o) not in _DEATH | _NEWS:
                continue
            dead, named = self._dead(o)
            targets += dead
            death = death or named
        if not death:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return Mention("018", verb, self._holder(subj, frames[-1]), targets, tokens=[verb],
                       confidence=_CONFIDENCE)

    def _reaction(self, verb: Any) -> Mention | None:
        """"Condemnation came from X and Y", "Statements of condemnation have come from X",
        "Congratulations poured in for Y from X": the reaction of those it comes from."""
        if verb.pos_ != "VERB" or _lemma(verb) not in _ARRIVING or _hedged(verb):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or _negated(subj):
            return None
        noun = subj
        if _lemma(subj) in _CARRIERS:
            noun = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), subj)
        code = _REACTIONS.get(_lemma(noun)) or _REACTIONS.get(noun.lower_)
        if code is None:
            return None
        heads = (verb, subj, noun)
        aimed = [g for h in heads for c in h.children if c.dep_ == "prep"
                 and c.lower_ in ("for", "to") for g in c.children if g.dep_ == "pobj"]
        # "for Y from X": the "from" may hang on whom it is for
        sources = [f for h in (*heads, *aimed) for c in h.children if c.dep_ == "prep"
                   and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"
                   for f in self.finder.find(g)]
        if not _placed(sources):
            return None
        targets = [f for g in aimed for f in self._named(g)]
        targets += [f for h in heads for c in h.children if c.dep_ == "prep"
                    and c.lower_ in ("of", "over") and h is not subj for g in c.children
                    if g.dep_ == "pobj" and _lemma(g) in _DEEDS for f in self._doers(g)]
        return Mention(code, verb, sources, targets, tokens=[noun], confidence=_CONFIDENCE)

    def _remarks(self, noun: Any) -> Mention | None:
        """"X made disparaging comments about Y", "critical remarks aimed at Y" (111)."""
        if noun.pos_ != "NOUN" or _lemma(noun) not in _REMARKS or _negated(noun):
            return None
        if not any(c.dep_ == "amod" and _words(c) & _DISPARAGING for c in noun.children):
            return None
        verb = noun.head
        if noun.dep_ != "dobj" or _lemma(verb) not in _MAKING or _hedged(verb):
            return None
        targets = [f for h in (noun, verb) for c in h.children if c.dep_ == "prep"
                   and c.lower_ in ("about", "against", "toward", "towards", "regarding",
                                    "concerning")
                   for g in c.children if g.dep_ == "pobj" for f in self._named(g)]
        if not targets:
            return None
        return Mention("111", noun, self._speakers(verb), targets, tokens=[noun],
                       confidence=_CONFIDENCE)

    def _apology(self, adj: Any) -> Mention | None:
        """"He said he was sorry for ...", "'I am sorry for every wound ...,' said X"."""
        if adj.lower_ != "sorry" or adj.dep_ != "acomp" or _lemma(adj.head) != "be":
            return None
        if _hedged(adj.head) or _negated(adj) or any(c.dep_ in ("xcomp", "ccomp")
                                                     and c.pos_ == "VERB"
                                                     for c in adj.children):
            return None  # "sorry to hear": sympathy, not an apology
        fors = [g for c in adj.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
        that = any(c.dep_ == "ccomp" for c in adj.children)
        if not fors and not that:
            return None
        if any(_lemma(g) in _DEATH | _VICTIMS for g in fors):
            return None  # "sorry for your loss", "sorry for the families": sympathy
        subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        sources = self._holder(subj, adj.head)
        targets = [f for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj" for f in self._named(g)]
        return Mention("055", adj, sources, targets, tokens=[adj], confidence=_CONFIDENCE)

    def _feeling(self, tok: Any) -> Mention | None:
        """"X said he was appalled by Y's decision" (111), "proud of Y" (051)."""
        forms = _words(tok)
        judging = bool(forms & _JUDGING_OF) and tok.pos_ == "ADJ"
        if forms & _BAD_FEELINGS or judging:
            code = "111"
        elif forms & _GOOD_FEELINGS:
            code = "051"
        elif tok.lower_ in _WORRIED and tok.pos_ == "ADJ":
            code = "110"
        else:
            return None
        clause = tok.head if tok.dep_ == "acomp" else tok
        if tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass")
                                          for c in tok.children):
            return None
        if tok.pos_ not in ("VERB", "ADJ") or _hedged(clause) or _negated(tok):
            return None
        causes = [g for c in tok.children if c.dep_ in ("prep", "agent")
                  and c.lower_ in (("of",) if judging else _CAUSE_PREPS | (
                      {"about"} if code == "110" else set()))
                  for g in c.children if g.dep_ == "pobj"]
        targets: list[Found] = []
        state = False
        for g in causes:
            judged = self._judged(g, 1 if code == "051" else -1)
            if judged is not None:
                targets += judged[0]
                state = state or judged[2] or (not judged[0] and _of_state(g))
        if not targets and not state:
            return None
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        sources = self._holder(subj, clause)
        if not targets and not _placed(sources):
            return None
        return Mention(code, tok, sources, targets, tokens=[tok], confidence=_CONFIDENCE)

    def _angry_reply(self, verb: Any) -> Mention | None:
        """"Moscow reacted angrily to Finland's decision", "responded furiously to the
        remarks": an angry reply to what another did disapproves of it (111)."""
        if verb.pos_ != "VERB" or _lemma(verb) not in _REPLYING or _hedged(verb) or not any(
                c.dep_ == "advmod" and c.lower_ in _ANGRILY for c in verb.children):
            return None
        targets = [f for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"
                   for f in (self._judged(g, -1) or ([], False, False))[0]]
        if not targets:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return Mention("111", verb, self._holder(subj, verb), targets, tokens=[verb],
                       confidence=_CONFIDENCE)

    def _outlook(self, adj: Any) -> Mention | None:
        """"X said he was confident that the talks with Y would succeed" (013), "X remains
        pessimistic about the peace process" (012): an outlook on a political prospect, said
        of (or by) a known actor; its target is whom the prospect names."""
        code = _OUTLOOKS.get(adj.lower_)
        if code is None or adj.pos_ != "ADJ" or adj.dep_ != "acomp" or (
                _lemma(adj.head) not in _OUTLOOK_VERBS):
            return None
        if _negated(adj) or _negated(adj.head) or _hedged(adj.head):
            return None
        about = [g for c in adj.children if c.dep_ == "prep"
                 and c.lower_ in ("about", "of", "in", "on", "over", "regarding")
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
        about += [c for c in adj.children if c.dep_ == "ccomp"]
        about += [c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i]
        words = {_lemma(t) for a in about for t in a.subtree}
        if not words & _PROSPECTS:
            return None
        subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        sources = self._holder(subj, adj.head)
        if not _placed(sources):
            return None
        spans = {t.i for a in about for t in a.subtree}
        targets = [f for ent in adj.doc.ents if ent.label_ in _ACTOR_ENTS
                   and ent.root.i in spans for f in self._named(ent.root)]
        return Mention(code, adj, sources, targets, tokens=[adj], confidence=_CONFIDENCE)
