"""Sport and market pages: their verbs of conflict are no political events."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.model import Article
from tidings.pipeline import build


@pytest.fixture(scope="module")
def runner() -> Any:
    return build(("nlp", "entities", "events"))


GAME = ("The New York Jets lost their season opener to the Buffalo Bills on Sunday night in "
        "front of a full stadium. The Jets ruled out quarterback Zach Wilson for the remainder "
        "of the game after a hit in the second quarter. Wilson fought through it, the coach "
        "said, and the fans cheered the rookie when he returned to the sideline. The league "
        "will review the play this week. The team's next game is against the Miami Dolphins, "
        "and the coach said the roster would not change before the match. Fans in the stadium "
        "booed the referee after the halftime whistle, and the scorer of the winning touchdown "
        "was named player of the game. Shares of the team's sponsor rose after the game. The "
        "Jets play four more games this month before the league's mid-season break, and tickets "
        "for the home games are already sold out.")


def test_a_sport_page_makes_no_event_of_its_verbs_of_conflict(runner: Any) -> None:
    assert runner(Article(body=GAME, reference_date="2025-09-08")).events == []


def test_a_political_actor_on_a_sport_page_still_acts(runner: Any) -> None:
    body = GAME + (" Separately, Russia sanctioned three American sports officials over the "
                   "boycott of the games.")
    events = runner(Article(body=body, reference_date="2025-09-08")).events
    assert [e.root for e in events] == ["16"]
