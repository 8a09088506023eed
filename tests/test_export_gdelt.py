"""The GDELT 2.0 event table export: 61 tab-separated columns per event, key fields right."""

from __future__ import annotations

from pathlib import Path

from tidings.model import ActorRef, Article, Event, Mention, PlaceRef
from tidings.store import Store
from tidings.store.export import export
from tidings.store.export_gdelt import COLUMNS, write_gdelt


def _article() -> Article:
    body = "On May 8, the Kremlin hosted talks with China. They signed an agreement."
    return Article(
        body=body, title="Moscow talks", url="https://news.example.org/a1",
        published="2025-07-20", tone=-1.5,
        events=[
            Event("043", "04", "Host a visit", "CONSULT", 1, 2.8,
                  [ActorRef("Kremlin", None, "RUSGOV", "RUS")],
                  [ActorRef("Xi Jinping", "e2", "CHNGOV", "CHN")],
                  "2025-05-08", PlaceRef("Moscow", "RUS", 55.76, 37.62), "asserted",
                  "On May 8, the Kremlin hosted talks with China.", "body", 22, 28, 0.9,
                  mentions=[Mention("body", 50, 56, "They signed an agreement.")]),
            Event("163", "16", "Impose embargo, boycott, or sanctions", "COERCE", 4, -8.0,
                  [ActorRef("European Union", None, "IGOEUREEC", "EUR")], [],
                  None, None, "asserted", "x", "title", 0, 6, 0.7),
        ],
    )


def test_gdelt_rows(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    store.add(_article())
    out = write_gdelt(store, tmp_path / "events.tsv")
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 2
    rows = [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(COLUMNS) == 61 and all(len(line.split("\t")) == 61 for line in lines)
    first, second = rows
    assert first["GLOBALEVENTID"] == "1" and second["GLOBALEVENTID"] == "2"
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == ("20250508", "202505", "2025")
    assert first["Actor1Code"] == "RUSGOV" and first["Actor1CountryCode"] == "RUS"
    assert first["Actor1Type1Code"] == "GOV" and first["Actor2Name"] == "XI JINPING"
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "043", "043", "04")
    assert first["QuadClass"] == "1" and first["GoldsteinScale"] == "2.8"
    assert first["NumMentions"] == "2" and first["AvgTone"] == "-1.5"
    assert first["ActionGeo_FullName"] == "Moscow" and first["ActionGeo_Lat"] == "55.76"
    assert first["IsRootEvent"] == "1"
    assert first["SOURCEURL"] == "https://news.example.org/a1"
    assert first["DATEADDED"] == "20250720000000"
    # An event without its own date takes the article's; the EU is CAMEO's EUR, group EEC.
    assert second["SQLDATE"] == "20250720" and second["Actor1CountryCode"] == "EUR"
    assert second["Actor1KnownGroupCode"] == "EEC" and second["Actor1Type1Code"] == "IGO"
    assert second["Actor2Code"] == "" and second["ActionGeo_Lat"] == ""
    store.close()


def test_gdelt_export_of_empty_store(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'e.db'}")
    out = export(store, "gdelt", tmp_path / "empty.tsv")
    assert out.read_text("utf-8") == ""
    store.close()


def test_gdelt_actor2_is_the_implied_dyad_partner_when_no_target_is_named(
        tmp_path: Path) -> None:
    vote = Event("0833", "08", "Accede to demands for change in policy", "CONCEDE", 2, 5.0,
                 [ActorRef("Mazhilis", None, "KAZLEG", "KAZ")], [],
                 "2025-05-08", None, "asserted", "The Mazhilis voted to cut the tax.", "body",
                 4, 9, 0.8, implied_targets=[ActorRef("Kazakhstan", None, "KAZ", "KAZ")])
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    store.add(Article(body=vote.sentence, url="https://news.example.org/a2", events=[vote]))
    line = write_gdelt(store, tmp_path / "events.tsv").read_text("utf-8").splitlines()[0]
    row = dict(zip(COLUMNS, line.split("\t"), strict=True))
    assert row["Actor1Code"] == "KAZLEG" and row["Actor2Code"] == "KAZ"
    assert row["Actor2CountryCode"] == "KAZ"
    store.close()
