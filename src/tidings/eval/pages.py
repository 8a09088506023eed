"""Scoring the page readers on real pages: a gold set of (HTML, plain-text dump, clean fields).

The data folder holds ``gold.jsonl`` (``id``, ``url``, ``title``, ``authors``, ``date``, ``body``),
``html/ID.html.gz`` and ``dumps.jsonl.gz`` (``id``, ``page``). Body text is scored by 4-word
shingle overlap; titles by normalised exact match; authors by per-page name-set F1; dates exactly.
Each reader is scored beside a baseline so a change can be judged against "doing nothing clever".
"""

from __future__ import annotations

import gzip
import html as html_lib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any

from ..read.base import PageText
from .metrics import PRF, shingle_prf

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass
class Gold:
    id: str
    url: str | None
    title: str | None
    authors: list[str]
    date: str | None
    body: str


def load_gold(data_dir: Path, ids: set[str] | None = None) -> list[Gold]:
    out = []
    with (data_dir / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if ids is not None and row["id"] not in ids:
                continue
            out.append(Gold(row["id"], row.get("url"), row.get("title"), row.get("authors") or [],
                            row.get("date"), row.get("body") or ""))
    return out


def norm_text(text: str | None) -> str:
    """Case, quote style, punctuation and spacing folded away."""
    return _NON_WORD.sub(" ", (text or "").translate(_QUOTES).casefold()).strip()


def title_match(predicted: str | None, gold: str | None) -> bool:
    return norm_text(predicted) == norm_text(gold)


def author_f1(predicted: Iterable[str], gold: Iterable[str]) -> float:
    p = {norm_text(a) for a in predicted} - {""}
    g = {norm_text(a) for a in gold} - {""}
    return PRF.from_counts(len(p & g), len(p), len(g)).f1


def _field_scores(
    pages: list[PageText | None], gold: list[Gold], prefix: str = ""
) -> dict[str, float]:
    if not gold:
        return {}
    prf = [shingle_prf(p.body if p else "", g.body) for p, g in zip(pages, gold, strict=True)]
    return {
        f"{prefix}body_precision": mean(x.precision for x in prf),
        f"{prefix}body_recall": mean(x.recall for x in prf),
        f"{prefix}body_f1": mean(x.f1 for x in prf),
        f"{prefix}title_accuracy": mean(
            title_match(p.title if p else None, g.title) for p, g in zip(pages, gold, strict=True)
        ),
        f"{prefix}author_f1": mean(
            author_f1(p.authors if p else [], g.authors) for p, g in zip(pages, gold, strict=True)
        ),
        f"{prefix}date_accuracy": mean(
            bool(p and p.published == g.date) for p, g in zip(pages, gold, strict=True)
        ),
    }


def _safe(read: Callable[[], PageText | None]) -> PageText | None:
    from ..errors import TidingsError

    try:
        return read()
    except TidingsError:
        return None


def _trafilatura_alone(html: str, url: str | None) -> PageText | None:
    """trafilatura with its default settings: the baseline the HTML reader must beat."""
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if not isinstance(doc, Document):
        return None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return PageText(body=doc.text or "", title=doc.title, authors=authors, published=doc.date)


def _read_html_file(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def score_html_pages(data_dir: Path, ids: set[str] | None = None) -> dict[str, float]:
    """The HTML reader's scores on the gold pages, and trafilatura-alone's as ``baseline_*``."""
    from ..read.html import read_html

    gold = load_gold(data_dir, ids)
    ours: list[PageText | None] = []
    base: list[PageText | None] = []
    for g in gold:
        html = _read_html_file(data_dir / "html" / f"{g.id}.html.gz")
        ours.append(_safe(lambda html=html, url=g.url: read_html(html, url=url)))  # type: ignore[misc]
        base.append(_safe(lambda html=html, url=g.url: _trafilatura_alone(html, url)))  # type: ignore[misc]
    return {
        "pages": float(len(gold)),
        **_field_scores(ours, gold),
        **_field_scores(base, gold, "baseline_"),
    }


def load_dumps(data_dir: Path, ids: set[str] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    with gzip.open(data_dir / "dumps.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row: dict[str, Any] = json.loads(line)
            if ids is None or row["id"] in ids:
                out[row["id"]] = row["page"]
    return out


def _dump_as_html(page: str) -> str:
    """A plain-text dump wrapped minimally so trafilatura can take it: one ``<p>`` per line."""
    lines = (line for line in page.splitlines() if line.strip())
    paras = "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in lines)
    return f"<html><body>\n{paras}</body></html>"


def _trafilatura_over_dump(page: str) -> PageText | None:
    import trafilatura

    text = trafilatura.extract(_dump_as_html(page))
    return PageText(body=text or "")


def score_dump_pages(data_dir: Path, ids: set[str] | None = None) -> dict[str, float]:
    """The plain-text layout reader's scores on the page dumps, beside two baselines:
    ``whole_dump_*`` (the dump taken as the body) and ``trafilatura_dump_*`` (trafilatura over
    the dump, one paragraph per line)."""
    from ..read.text_layout import read_page

    gold = load_gold(data_dir, ids)
    dumps = load_dumps(data_dir, ids)
    gold = [g for g in gold if g.id in dumps]
    ours: list[PageText | None] = []
    whole: list[PageText | None] = []
    traf: list[PageText | None] = []
    for g in gold:
        page = dumps[g.id]
        ours.append(_safe(lambda page=page: read_page(page)))  # type: ignore[misc]
        whole.append(PageText(body=page))
        traf.append(_safe(lambda page=page: _trafilatura_over_dump(page)))  # type: ignore[misc]
    scores = {"pages": float(len(gold)), **_field_scores(ours, gold)}
    for prefix, pages in (("whole_dump_", whole), ("trafilatura_dump_", traf)):
        scores.update({k: v for k, v in _field_scores(pages, gold, prefix).items() if "body" in k})
    return scores


def main() -> None:
    """``python -m tidings.eval.pages DATA_DIR [html|dump] [even|odd]``: print the scores."""
    import sys

    data_dir = Path(sys.argv[1])
    which = sys.argv[2] if len(sys.argv) > 2 else "html"
    half = sys.argv[3] if len(sys.argv) > 3 else None
    ids = None
    if half in ("even", "odd"):
        all_ids = [g.id for g in load_gold(data_dir)]
        ids = set(all_ids[0 if half == "even" else 1 :: 2])
    scorer = score_dump_pages if which == "dump" else score_html_pages
    for key, value in scorer(data_dir, ids).items():
        print(f"{key:32s} {value:.4f}")


if __name__ == "__main__":
    main()
