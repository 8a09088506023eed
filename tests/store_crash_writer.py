"""Test helper run as a script: add 200 generated articles one by one to the store at argv[1].

Prints ``added I`` after each article it stored. ``tests/test_store.py`` kills it part way with
SIGKILL and checks the store it leaves behind. With ``--slow-after N`` it writes the first N
articles at full speed (where the kill should land, most likely inside a transaction) and then
pauses between articles, so a test process that is slow to react still kills it part way.
"""

from __future__ import annotations

import sys
import time

from tidings.model import (
    ActorRef,
    Alias,
    Amount,
    Article,
    DateMention,
    Entity,
    Event,
    Mention,
    Place,
    PlaceRef,
    Quote,
)
from tidings.store import Store

TOTAL = 200


def make(i: int) -> Article:
    """Article number ``i``: layer sizes vary with ``i`` so every count check means something."""
    words = " ".join(f"w{i}x{k}" for k in range(400))
    body = f"Report {i}. The council of region {i} met. {words}"
    ents = [
        Entity(
            id=f"e{j + 1}", name=f"Person {i}-{j}", type="PERSON", country="KAZ",
            actor_code="KAZGOV", kb_id=None,
            mentions=[Mention("body", k, k + 6, "Report") for k in range(1 + (i + j) % 4)],
        )
        for j in range(5 + i % 7)
    ]
    events = [
        Event(
            code="057", root="05", label="Sign formal agreement", plover="AGREE", quad_class=1,
            goldstein=8.0, sources=[ActorRef(f"Person {i}-0", "e1", "KAZGOV", "KAZ")],
            targets=[ActorRef(f"Person {i}-1", "e2", "KAZGOV", "KAZ")] * (1 + j % 2),
            date="2025-01-01", place=PlaceRef("Astana", "KAZ", 51.17, 71.45) if j % 2 else None,
            modality="asserted", sentence=f"Report {i}.", section="body", start=0, end=9,
            confidence=0.5,
        )
        for j in range(i % 5)
    ]
    return Article(
        body=body,
        title=f"Council report number {i}",
        published="2025-01-02",
        entities=ents,
        events=events,
        quotes=[Quote(f"Line {k}", f"Person {i}-0", "e1", "said", "direct", "body", 0, 6)
                for k in range(i % 3)],
        amounts=[Amount(f"{k} tonnes", float(k), "tonnes", None, None, False, "body", 0, 3)
                 for k in range(i % 4)],
        dates=[DateMention("Jan 1", "2025-01-01", "body", 0, 5)] * (i % 2),
        places=[Place("Astana", "city", "KAZ", 51.17, 71.45,
                      [Mention("body", 0, 6, "Report")] * (1 + i % 3))],
        aliases=[Alias(f"alias {i}", f"canonical {i}")],
    )


def main() -> None:
    store = Store(sys.argv[1])
    slow_after = int(sys.argv[3]) if sys.argv[2:3] == ["--slow-after"] else TOTAL
    for i in range(TOTAL):
        if store.add(make(i)):
            print(f"added {i}", flush=True)
        if i >= slow_after:
            time.sleep(0.05)


if __name__ == "__main__":
    main()
