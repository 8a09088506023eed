"""Score the event coder against a gold set of coded sentences.

A gold file is JSON Lines, one sentence a line: ``text``, optional ``date`` (the reference date)
and ``expected_events``, a list of ``{"source": [countries], "target": [countries], "code": C}``
where ``C`` is a PLOVER category (the PLOVER gold standard records) or a CAMEO code (our own gold
set, which may also give ``modality``). Each sentence runs through the real ``nlp``, ``entities``
and ``events`` stages. The coder's answer for a sentence is its most confident event.

Scores: category accuracy (PLOVER category, and for CAMEO gold the root and full code) over
sentences with a gold event; source and target actor-country precision, recall and F1 (micro over
sentences, international bodies folded to ``IGO``/``NGO`` as PLOVER codes them; the parties of a
joint act that PLOVER marks ``SRC/TAR`` are matched in either role); for CAMEO gold, precision,
recall and F1 of (source country, target country, code) triples at the full code and at the root;
and the false event rate on sentences whose gold holds no event.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..model import Article, Event
from ..read.url_title import title_from_url
from .metrics import PRF
from .why_none import diagnose

#: Old CAMEO country codes some gold records use, to ISO 3166 alpha-3.
_OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "EUR": "IGO"}


def norm_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()
    if code.startswith("IGO") or code == "EUR":
        return "IGO"
    if code.startswith("NGO"):
        return "NGO"
    return _OLD_CODES.get(code, code)


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """JSON Lines, gzipped when the name ends in ``.gz``."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"file not found: {p}")
    try:
        text = (gzip.decompress(p.read_bytes()).decode("utf-8") if p.suffix == ".gz"
                else p.read_text(encoding="utf-8"))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise UsageError(f"{p}: unreadable ({exc})") from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UsageError(f"{p}:{n}: not JSON ({exc.msg})") from None
    return out


@dataclass
class _Counts:
    n: int = 0
    plover: int = 0
    root: int = 0
    code: int = 0
    coded: int = 0
    modality: int = 0
    modality_n: int = 0
    empty: int = 0
    false_events: int = 0
    #: (source country, target country, code) triples, for the full code and for the root.
    triples: dict[str, list[int]] = field(default_factory=lambda: {"code": [0, 0, 0],
                                                                    "root": [0, 0, 0]})
    tp: dict[str, int] = field(default_factory=lambda: {"source": 0, "target": 0})
    pred: dict[str, int] = field(default_factory=lambda: {"source": 0, "target": 0})
    gold: dict[str, int] = field(default_factory=lambda: {"source": 0, "target": 0})


def _best(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def _countries(actors: Iterable[Any]) -> set[str]:
    out = set()
    for a in actors:
        if a is None:
            continue
        c = norm_country(a if isinstance(a, str) else a.country)
        if c:
            out.add(c)
    return out


def _symmetric(rec: dict[str, Any], gold: dict[str, Any]) -> bool:
    """A PLOVER record whose parties are all marked both source and target."""
    return "SRC/TAR" in str(rec.get("markup", "")) and not any(gold.get("target") or [])


def _dyad(ev: Event, cameo: bool) -> list[Any]:
    """The event's targets; scored against CAMEO gold, which codes every event as a dyad,
    the implied target where none is named."""
    if not cameo or any(a.country for a in ev.targets):
        return ev.targets
    return ev.targets + ev.implied_targets


def _triples(sources: set[str], targets: set[str], code: str) -> set[tuple[str, str, str]]:
    """(source, target, code) for every pair; an event with no target pairs with "-"."""
    return {(s, t, code) for s in sources or {"-"} for t in targets or {"-"}}


def _count_triples(c: _Counts, want: set[tuple[str, str, str]],
                   have: set[tuple[str, str, str]]) -> None:
    for level, cut in (("code", None), ("root", 2)):
        w = {(s, t, k[:cut]) for s, t, k in want}
        h = {(s, t, k[:cut]) for s, t, k in have}
        c.triples[level][0] += len(w & h)
        c.triples[level][1] += len(h)
        c.triples[level][2] += len(w)


def read_context(path: str | Path) -> dict[str, dict[str, Any]]:
    """Articles by URL (JSON Lines with ``url``, ``title``, ``text``, ``date``), the whole
    stories gold sentences were taken from; or page dumps by id (``id``, ``page``: a web page
    as plain text, optionally gzipped), read whole by the page reader."""
    return {str(r.get("url") if "url" in r else r.get("id")): r for r in read_gold(path)}


def with_page_texts(records: list[dict[str, Any]], pages: dict[str, dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """Records that point into a page dump (``page``, ``start``, ``end``: the publishers' text
    is not copied into the gold file) get their sentence as ``text``."""
    out = []
    for rec in records:
        if "page" in rec and "text" not in rec:
            row = pages.get(str(rec["page"]))
            if row is None or "page" not in row:
                raise UsageError(f"{rec.get('id')}: page {rec['page']} not in the page dumps")
            rec = {**rec, "text": str(row["page"])[int(rec["start"]):int(rec["end"])]}
        out.append(rec)
    return out


def _in_context(rec: dict[str, Any], context: dict[str, dict[str, Any]], runner: Any
                ) -> tuple[list[Event], Article] | None:
    """The events the pipeline finds in the record's sentence when it reads the whole article
    the sentence came from (the record's ``id`` is ``<url>#<n>``), and that article; None
    without the article."""
    story = context.get(str(rec["page"]) if "page" in rec else
                        str(rec.get("id", "")).rsplit("#", 1)[0])
    if story is None:
        return None
    if "page" in story:
        from ..read import read_document
        from ..sources.base import RawDocument

        article = runner(read_document(RawDocument(content=str(story["page"]), format="page"),
                                       reference_date=rec.get("date")))
    else:
        article = runner(Article(title=story.get("title") or None, body=story.get("text", ""),
                                 reference_date=story.get("date") or rec.get("date")))
    text = " ".join(str(rec.get("text", "")).split())
    # An event told in the headline and again in the sentence is one record: its further
    # mentions carry the sentence.
    return [e for e in article.events
            if any(section == "body" and _overlaps(" ".join(said.split()), text)
                   for section, said in [(e.section, e.sentence)]
                   + [(m.section, m.text) for m in e.mentions])], article


def _alone(rec: dict[str, Any], runner: Any, text_only: bool) -> tuple[Article, list[Event]]:
    """The record's text read on its own: as a headline when the record says it is one, else
    as a body sentence under the headline its URL's slug gives (the record's ``id`` or ``url``;
    a user reading one sentence of a story still knows which story), scoring only the events of
    the sentence."""
    text = str(rec.get("text", ""))
    if rec.get("title"):
        article = runner(Article(title=text, body="", reference_date=rec.get("date")))
        return article, article.events
    url = str(rec.get("url") or str(rec.get("id", "")).rsplit("#", 1)[0])
    url = url if url.startswith(("http://", "https://")) and not text_only else ""
    slug = title_from_url(url)
    article = runner(Article(body=text, title=slug, title_source="url" if slug else None,
                             url=url or None, reference_date=rec.get("date")))
    return article, [e for e in article.events
                     if "body" in {e.section, *(m.section for m in e.mentions)}]


def _overlaps(sentence: str, text: str) -> bool:
    return bool(sentence) and (sentence in text or text in sentence)


def _miss(rec: dict[str, Any], gold: dict[str, Any] | None, best: Event | None,
          article: Article) -> dict[str, Any]:
    got = None if best is None else {
        "code": best.code, "plover": best.plover,
        "source": sorted(_countries(best.sources)),
        "target": sorted(_countries(_dyad(best, str((gold or {}).get("code", ""))[:1].isdigit()))),
        "actors": [a.name for a in best.sources] + ["->"] + [a.name for a in best.targets]}
    why = diagnose(article, str(rec.get("text", ""))) if best is None and article.docs else None
    return {"id": rec.get("id"), "text": rec.get("text", ""), "gold": gold, "got": got,
            "why": why}


def score_records(records: list[dict[str, Any]], runner: Any | None = None,
                  context: dict[str, dict[str, Any]] | None = None,
                  misses: list[dict[str, Any]] | None = None,
                  text_only: bool = False) -> dict[str, Any]:
    """Run the pipeline over each record's ``text`` and score the events against its gold;
    with ``context`` (articles by URL), over the whole article the sentence came from; else
    alone, under the headline its URL gives unless ``text_only``. Records the coder gets wrong
    (category, code or actor countries) are added to ``misses``."""
    from ..knowledge.cameo import codebook

    if runner is None:
        from ..pipeline import build

        runner = build(("nlp", "entities", "events"), keep_docs=misses is not None)
    book = codebook()
    c = _Counts()
    for rec in records:
        found = _in_context(rec, context, runner) if context else None
        if found is not None:
            events, article = found
        else:
            article, events = _alone(rec, runner, text_only)
        gold = rec.get("expected_events") or []
        if not gold:
            c.empty += 1
            c.false_events += bool(events)
            worst = _best(events)
            if worst is not None:
                _count_triples(c, set(), _triples(_countries(worst.sources),
                                                  _countries(_dyad(worst, True)), worst.code))
                if misses is not None:
                    misses.append(_miss(rec, None, worst, article))
            continue
        g = gold[0]
        c.n += 1
        best = _best(events)
        code = str(g.get("code", ""))
        is_cameo = code[:1].isdigit()
        # a record may state its PLOVER category where it is not the CAMEO code's mapping
        # (expelled diplomats: CAMEO 174, PLOVER SANCTION, as both standards' coders have it)
        want_plover = g.get("plover") or (
            book[code].plover if is_cameo and code in book else code)
        if best is not None:
            c.plover += best.plover == want_plover
            if is_cameo:
                c.coded += 1
                c.root += best.root == code[:2]
                c.code += best.code == code
            if "modality" in rec:
                c.modality_n += 1
                c.modality += best.modality == rec["modality"]
        elif "modality" in rec:
            c.modality_n += 1
        pred_roles = {"source": _countries(best.sources) if best else set(),
                      "target": _countries(_dyad(best, is_cameo)) if best else set()}
        gold_roles = {role: _countries(g.get(role) or []) for role in ("source", "target")}
        if is_cameo:
            _count_triples(
                c, _triples(gold_roles["source"], gold_roles["target"], code),
                _triples(pred_roles["source"], pred_roles["target"], best.code)
                if best is not None else set())
        if _symmetric(rec, g):
            # PLOVER marks the parties of a joint act "SRC/TAR" and lists them all as sources:
            # "X telephoned Y" coded X -> Y names the same two parties.
            pred_roles = {"source": pred_roles["source"] | pred_roles["target"],
                          "target": set()}
        right = best is not None and (best.code == code if is_cameo
                                      else best.plover == want_plover)
        for role in ("source", "target"):
            want = gold_roles[role]
            have = pred_roles[role]
            c.tp[role] += len(want & have)
            c.pred[role] += len(have)
            c.gold[role] += len(want)
            right = right and want == have
        if misses is not None and not right:
            misses.append(_miss(rec, g, best, article))
    return _report(c)


def _report(c: _Counts) -> dict[str, Any]:
    def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
        p = PRF.from_counts(tp, n_pred, n_gold)
        return {"precision": round(p.precision, 3), "recall": round(p.recall, 3),
                "f1": round(p.f1, 3)}

    out: dict[str, Any] = {
        "records": c.n,
        "plover_accuracy": round(c.plover / c.n, 3) if c.n else 0.0,
        "source": prf(c.tp["source"], c.pred["source"], c.gold["source"]),
        "target": prf(c.tp["target"], c.pred["target"], c.gold["target"]),
        "actors": prf(sum(c.tp.values()), sum(c.pred.values()), sum(c.gold.values())),
    }
    if c.triples["code"][2]:
        out["triples_code"] = prf(*c.triples["code"])
        out["triples_root"] = prf(*c.triples["root"])
    if c.coded:
        out["root_accuracy"] = round(c.root / c.n, 3) if c.n else 0.0
        out["code_accuracy"] = round(c.code / c.n, 3) if c.n else 0.0
    if c.modality_n:
        out["modality_accuracy"] = round(c.modality / c.modality_n, 3)
    if c.empty:
        out["no_event_records"] = c.empty
        out["false_event_rate"] = round(c.false_events / c.empty, 3)
    return out


def score_events(gold_path: str | Path, *, half: str | None = None,
                 limit: int | None = None, context: str | Path | None = None,
                 pages: str | Path | None = None,
                 misses: list[dict[str, Any]] | None = None,
                 text_only: bool = False) -> dict[str, Any]:
    """Score the gold file at ``gold_path``; ``half`` = ``even``/``odd`` scores that half;
    ``context`` names the articles the sentences came from, read whole; ``pages`` the page
    dumps that records pointing into pages take their sentences from; ``text_only`` reads
    each sentence without the headline of its URL."""
    records = read_gold(gold_path)
    stories = read_context(context) if context else None
    if any("page" in r and "text" not in r for r in records):
        dumps = read_context(pages) if pages else stories
        if dumps is None:
            raise UsageError("these gold records point into page dumps: give --pages")
        records = with_page_texts(records, dumps)
    if half == "even":
        records = records[0::2]
    elif half == "odd":
        records = records[1::2]
    elif half is not None:
        raise UsageError(f"half must be 'even' or 'odd', not {half!r}")
    if limit is not None:
        records = records[:limit]
    return score_records(records, context=stories, misses=misses, text_only=text_only)


def format_misses(misses: list[dict[str, Any]]) -> str:
    """One block per missed record: the sentence, what the gold says, what the coder said."""
    lines: list[str] = []
    for m in misses:
        g, got = m["gold"], m["got"]
        lines.append(f"- {m['id']}: {m['text']}" if m["id"] else f"- {m['text']}")
        want = "no event" if g is None else (
            f"{g.get('code')} {sorted(_countries(g.get('source') or []))} -> "
            f"{sorted(_countries(g.get('target') or []))}")
        have = ("no event" + (f" ({m['why']})" if m.get("why") else "")) if got is None else (
            f"{got['code']} ({got['plover']}) {got['source']} -> {got['target']}  "
            f"[{' '.join(got['actors'])}]")
        lines.append(f"    gold {want}")
        lines.append(f"    got  {have}")
    return "\n".join(lines)


def format_report(name: str, report: dict[str, Any]) -> str:
    lines = [f"{name}: {report['records']} records with an event"]
    lines.append(f"  PLOVER category accuracy  {report['plover_accuracy']:.3f}")
    for key in ("root_accuracy", "code_accuracy", "modality_accuracy", "false_event_rate"):
        if key in report:
            lines.append(f"  {key.replace('_', ' '):<25} {report[key]:.3f}")
    for role in ("source", "target", "actors"):
        r = report[role]
        lines.append(f"  {role + ' countries':<25} P {r['precision']:.3f}  R {r['recall']:.3f}"
                     f"  F1 {r['f1']:.3f}")
    for key, name in (("triples_code", "(source, target, code)"),
                      ("triples_root", "(source, target, root)")):
        if key not in report:
            continue
        r = report[key]
        lines.append(f"  {name:<25} P {r['precision']:.3f}  R {r['recall']:.3f}"
                     f"  F1 {r['f1']:.3f}")
    return "\n".join(lines)
