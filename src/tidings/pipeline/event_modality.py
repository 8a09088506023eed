"""The modality of an event mention: asserted, planned, negated, hypothetical or reported.

Read off the parse around the trigger: a negation on the verb (negated); a modal of possibility or
a condition (hypothetical, "could face sanctions"); a future auxiliary, a governing verb of
intention or a headline infinitive (planned, "plans to launch", "Putin to visit China"); a
reporting verb above the trigger or quotation marks around it (reported). The first that applies
in that order wins.
"""

from __future__ import annotations

from typing import Any

from .event_lemmas import lemma

NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PLAN_VERBS = frozenset({
    "plan", "intend", "aim", "prepare", "schedule", "expect", "seek", "want", "hope", "set",
    "mean", "decide", "consider", "propose", "due", "go", "wish", "envisage", "willing",
    "ready", "prepared", "determined", "eager", "apply", "aspire", "strive",
})
PLAN_NOUNS = frozenset({"plan", "intention", "intent", "proposal", "initiative", "project",
                        "decision", "prospect", "aim", "goal", "readiness"})
HYPOTHETICAL_NOUNS = frozenset({"threat", "risk", "possibility", "prospect", "danger", "fear"})
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "claim", "state", "announce", "allege", "note", "add", "write",
    "insist", "argue", "assert", "declare", "confirm", "reveal", "explain", "stress", "emphasize",
    "emphasise", "quote", "cite", "suggest", "believe", "think", "reiterate", "repeat",
    "underline", "underscore", "maintain", "affirm", "reaffirm", "tweet", "post",
})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Nouns whose that-clause is a claim, not a fact ("allegations that X fired on civilians").
CLAIM_NOUNS = frozenset({"allegation", "claim", "accusation", "charge", "rumour", "rumor",
                         "report", "suggestion", "assertion", "speculation", "contention"})
#: Verbs that deny the claim they take.
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})


#: Nouns of an act not done, whose "to" clause says which ("its refusal to join").
_REFUSALS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})


def _clause_chain(tok: Any) -> list[Any]:
    """The trigger and the verbs it hangs from through open complements and conjunctions."""
    chain = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "conj", "acl", "pcomp", "dobj", "pobj", "prep", "compound",
                       "amod") and cur.head.i != cur.i:
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break  # "X opted not to hold it, but the party endorsed him": its own clause
        cur = cur.head
        chain.append(cur)
        if cur.pos_ == "VERB" and cur.dep_ not in ("xcomp", "conj"):
            break
    return chain


def modality(trigger: Any, *, headline: bool, in_quote: bool, future_date: bool,
             outlet: str | None) -> str:
    chain = _clause_chain(trigger)
    kids = [c for t in chain for c in t.children]
    lowers = {c.lower_ for c in kids}
    if any(c.dep_ == "neg" for c in kids) or any(
        c.lower_ == "no" and c.dep_ == "det" for c in trigger.children
    ) or any(g.lower_ == "no" for n in (trigger, *(c for c in trigger.children
                                                   if c.dep_ == "dobj"))
             for c in n.children if c.dep_ == "amod" and c.lower_ in ("more", "further")
             for g in c.children):
        return "negated"  # "no talks", "will hold no more talks", "no further aid"
    if any(t.lemma_.lower() in ("fail", "refrain", "decline", "refuse")
           and chain[i - 1].dep_ == "xcomp" for i, t in enumerate(chain) if i):
        return "negated"  # "refused to condemn", not "after the strike, X refused ..."
    if any(t.dep_ == "acl" and t.head.lemma_.lower() in _REFUSALS for t in chain):
        return "negated"  # "Hungary's refusal to send weapons", "the failure to condemn"
    if under_denial(trigger):
        return "negated"  # "denied supplying drones", not "denied bail"
    if trigger.dep_ == "xcomp" and any(c.lower_ == "yet" for c in trigger.head.children):
        return "negated"  # "Trump has yet to concede"
    # "under the deal signed by X and Y, exports will rise": a participle qualifying a noun
    # keeps its own tense, not the clause's it hangs in
    own = chain[:1] if trigger.dep_ == "acl" and trigger.tag_ == "VBN" else chain
    aux = {c.lower_ for t in own for c in t.children if c.dep_ in ("aux", "auxpass")}
    if "would" in aux and _reported(chain[-1], None) and not lowers & CONDITION_MARKS:
        # "They said they would meet": the future of reported speech, not a condition.
        aux = (aux - {"would"}) | {"will"}
    if trigger.tag_ == "VBD" or "have" in aux or "has" in aux or "had" in aux:
        future_date = False  # a past act dated later than the reference is a dating slip
    if aux & HYPOTHETICAL_AUX or lowers & CONDITION_MARKS:
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for t in chain
           for c in t.head.children if t.dep_ == "advcl"):
        return "hypothetical"
    # "the project, funded by the Foundation": the noun a passive participle qualifies
    # underwent the act; it neither plans nor conditions it.
    above = chain[2:] if trigger.dep_ == "acl" and trigger.tag_ == "VBN" else chain[1:]
    if any(t.lemma_.lower() in HYPOTHETICAL_NOUNS for t in above if t.pos_ == "NOUN"):
        return "hypothetical"
    if _inverted_condition(trigger):
        return "hypothetical"  # "Had nine more senators voted to convict him, ..."
    if aux & FUTURE_AUX or future_date:
        return "planned"
    if any(lemma(t) in PLAN_VERBS or lemma(t) in PLAN_NOUNS for t in above):
        return "planned"
    if headline and trigger.tag_ == "VB" and "to" in aux and trigger.dep_ == "ROOT":
        return "planned"
    if headline and trigger.tag_ == "VB" and any(
        c.lower_ == "to" for c in trigger.children
    ) and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in kids):
        return "planned"
    claims = [i for i, t in enumerate(chain) if i and t.pos_ == "NOUN"
              and t.lemma_.lower() in CLAIM_NOUNS and chain[i - 1].dep_ in ("acl", "ccomp")]
    if claims:
        # "denied allegations that its troops fired on civilians": the deed is claimed, and
        # a claim denied asserts nothing
        if any(t.lemma_.lower() in DENYING for t in chain[claims[0] + 1:]):
            return "negated"
        return "reported"
    if in_quote or _reported(chain[-1], outlet):
        return "reported"
    return "asserted"


def under_denial(trigger: Any) -> bool:
    """An act denied in a gerund or infinitive ("Syria denied using chemical weapons",
    "denies having attacked the tanker"): it did not happen as far as the sentence says, and
    it is no refusal either; so is one denied in a that-clause ("denies that its troops
    shelled the town")."""
    chain = _clause_chain(trigger)
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.i != top.i and top.head.lemma_.lower() in DENYING:
        return True
    return trigger.tag_ in ("VBG", "VB", "VBN") and any(
        t.lemma_.lower() in DENYING and chain[i - 1].dep_ == "xcomp"
        for i, t in enumerate(chain) if i)


def _inverted_condition(trigger: Any) -> bool:
    """A condition told by inversion, opening the sentence: "Had they voted ...", "Were it
    to attack ...", "Should talks fail ..." (the parser hangs the clause on the auxiliary or
    the auxiliary on the clause)."""
    first = trigger.sent[0]
    if first.lower_ not in ("had", "were", "should"):
        return False
    clause = first.head if first.dep_ in ("aux", "auxpass") else first
    if clause.dep_ not in ("advcl", "ccomp", "parataxis") or not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i > first.i for t in clause.subtree):
        return False
    return trigger.i == clause.i or any(a.i == clause.i for a in trigger.ancestors)


def _reported(top: Any, outlet: str | None) -> bool:
    cur = top
    for _ in range(6):
        if cur.dep_ in ("ccomp", "parataxis", "advcl") and cur.head.i != cur.i:
            head = cur.head
            if head.lemma_.lower() in REPORTING_VERBS:
                subj = " ".join(c.text for c in head.children if c.dep_ == "nsubj")
                return not (outlet and subj and subj.lower() in outlet.lower())
            cur = head
            continue
        if cur.head.i == cur.i:
            break
        cur = cur.head
    sent = top.sent
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to"
               for t in sent if t.i + 1 < sent.end)
