"""The GDELT 2.0 event table: one tab-separated line per stored event, 61 columns, no header.

Columns are GDELT's, in its order (:data:`COLUMNS`); a field tidings does not know is left blank.
What is filled: the event id (a running number in this export), the dates, both actors (CAMEO
actor code, name, country, first role type; Actor2 is the named target, else the event's implied
CAMEO dyad partner, as CAMEO coders give it), the event, base and root codes, quad class and
Goldstein value, mention counts, the article's tone, the action's place (name, type, latitude,
longitude), the date added and the source URL. GDELT's geographic country codes are FIPS 10-4,
which tidings does not hold, so the ``*Geo_CountryCode`` fields stay blank.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from tidings.store import schema

if TYPE_CHECKING:
    from tidings.store.core import Store

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

#: The 61 columns of the GDELT 2.0 event table, in order.
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in _ACTOR], *[f"Actor2{c}" for c in _ACTOR],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"Actor1Geo_{c}" for c in _GEO], *[f"Actor2Geo_{c}" for c in _GEO],
    *[f"ActionGeo_{c}" for c in _GEO],
    "DATEADDED", "SOURCEURL",
)
_ROLE_CODES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "UAF", "SPY", "PTY", "BUS",
    "MED", "EDU", "CVL", "LAB", "AGR", "HLH", "REF", "CRM", "HRI", "ENV", "REL", "ELI", "MOD",
    "RAD", "DEV", "IGO", "NGO", "MNC",
})


def _day(value: str | None, fallback: str | None) -> date | None:
    for v in (value, fallback):
        if v and not v.startswith("X"):
            try:
                return date.fromisoformat(v[:10])
            except ValueError:
                continue
    return None


def _actor(actors: list[dict[str, Any]]) -> list[str]:
    if not actors:
        return [""] * len(_ACTOR)
    a = actors[0]
    code = a.get("actor_code") or a.get("country") or ""
    country = a.get("country") or ""
    if not (len(country) == 3 and country.isalpha()):
        country = ""
    rest = code[3:] if country and code.startswith(country) else code
    type1 = rest[:3] if rest[:3] in _ROLE_CODES else ""
    group = code[-3:] if code.startswith(("IGO", "NGO")) and len(code) >= 6 else ""
    return [code, (a.get("name") or "").upper(), country, group, "", "", "", type1, "", ""]


def _geo(place: dict[str, Any] | None) -> list[str]:
    if not place:
        return [""] * len(_GEO)
    has_point = place.get("lat") is not None and place.get("lon") is not None
    kind = "4" if has_point else ("1" if place.get("country") else "")
    return [kind, place.get("name") or "", "", "", "",
            _num(place.get("lat")), _num(place.get("lon")), ""]


def _num(value: Any) -> str:
    return "" if value is None else f"{float(value):g}"


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_rows(doc: dict[str, Any], first_id: int) -> list[list[str]]:
    """The GDELT rows for one stored article (its contract JSON)."""
    rows = []
    published = doc.get("published")
    body = doc.get("body") or ""
    lead_end = body.find("\n") if "\n" in body else len(body)
    url = doc.get("url") or (doc.get("provenance") or {}).get("path") or ""
    tone = doc.get("tone")
    for n, ev in enumerate(doc.get("events") or []):
        day = _day(ev.get("date"), published)
        code = str(ev.get("code") or "")
        root = ev.get("section") == "title" or (
            ev.get("section") == "body" and int(ev.get("start") or 0) < lead_end
        )
        mentions = 1 + len(ev.get("mentions") or [])
        added = _day(published, None)
        row = [
            str(first_id + n),
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            str(day.year) if day else "",
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            *_actor(ev.get("sources") or []),
            *_actor(ev.get("targets") or ev.get("implied_targets") or []),
            "1" if root else "0",
            code, code[:3], str(ev.get("root") or code[:2]),
            str(ev.get("quad_class") or ""), _num(ev.get("goldstein")),
            str(mentions), "1", "1", _num(tone),
            *_geo(None), *_geo(None), *_geo(ev.get("place")),
            added.strftime("%Y%m%d000000") if added else "",
            url,
        ]
        rows.append([_clean(c) for c in row])
    return rows


def export_gdelt(conn: Connection, out: Path) -> Path:
    """Exporter for :data:`tidings.store.export.EXPORTERS` (one consistent snapshot)."""
    from tidings.store.export import _atomic_text

    a = schema.articles
    stmt = select(a.c.doc).order_by(a.c.ingested_at, a.c.id)
    next_id = 1
    with _atomic_text(out, newline="") as fh:
        for doc in conn.execution_options(yield_per=1000).scalars(stmt):
            for row in gdelt_rows(doc, next_id):
                fh.write("\t".join(row) + "\n")
                next_id += 1
    return out


def write_gdelt(store: Store, out_path: str | Path) -> Path:
    """Write every stored event to ``out_path`` as a GDELT 2.0 event table."""
    from tidings.store.export import export

    return export(store, "gdelt", out_path)
