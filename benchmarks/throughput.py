"""Throughput and memory of the whole pipeline beside bare spaCy on the same texts.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N]

Prints articles/s, words/s, peak RSS, the ratio to bare ``nlp.pipe`` over the same texts in the
same run, each stage's share of the pipeline's time, and how long the gazetteer takes to load.
The pipeline runs first, so its peak RSS is read before the bare run (whose 64-text batches hold
more parses in memory at once).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wikinews" / "articles.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: benchmark data not found at {args.data}")
        return 0

    from tidings import spacy_model
    from tidings.extractor import Extractor
    from tidings.read import read_document
    from tidings.sources.base import RawDocument

    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    raws = [RawDocument(content=r["text"], format="text", title=r.get("title"), date=r.get("date"))
            for r in rows]
    articles = [read_document(raw) for raw in raws]
    texts = [t for a in articles for _, t in a.sections()]
    n_words = sum(len(a.body.split()) + len((a.title or "").split()) for a in articles)

    nlp = spacy_model.load()
    extractor = Extractor()
    list(nlp.pipe(texts[:20]))
    extractor.analyse(read_document(raws[0]))
    for name in extractor.runner.timings:
        extractor.runner.timings[name] = 0.0

    began = time.perf_counter()
    for raw in raws:
        extractor.analyse(read_document(raw))
    whole = time.perf_counter() - began
    rss_pipeline = peak_rss_mb()

    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - began

    n = len(articles)
    print(f"articles: {n}, words: {n_words}, texts: {len(texts)}")
    print(f"bare nlp.pipe : {n / bare:8.2f} articles/s  {n_words / bare:10.0f} words/s  ({bare:.1f} s)")
    print(f"tidings       : {n / whole:8.2f} articles/s  {n_words / whole:10.0f} words/s  ({whole:.1f} s)")
    print(f"ratio (tidings / bare): {bare / whole:.2f}")
    print(f"peak RSS of the pipeline run: {rss_pipeline:.0f} MB "
          f"(whole process, after the bare run too: {peak_rss_mb():.0f} MB)")
    total = sum(extractor.runner.timings.values()) or 1.0
    print("stage shares of pipeline time:")
    for name, secs in extractor.runner.timings.items():
        print(f"  {name:<10} {secs:7.2f} s  {100 * secs / total:5.1f}%")
    print(f"gazetteer load (a fresh table, best of two): {gazetteer_load():.2f} s")
    print(f"knowledge base load (a fresh process): {knowledge_load():.2f} s")
    return 0


def knowledge_load() -> float:
    """Seconds for a fresh interpreter to import and build the knowledge base."""
    code = ("import time; t = time.perf_counter()\n"
            "from tidings.knowledge.base import KnowledgeBase\n"
            "kb = KnowledgeBase(); kb.proper_name_words(); kb.countries_in('Sino-Russian')\n"
            "print(time.perf_counter() - t)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def gazetteer_load() -> float:
    """Seconds to build the place table once more (the knowledge base it merges is cached)."""
    from tidings.knowledge.gazetteer import Gazetteer

    times = []
    for _ in range(2):
        began = time.perf_counter()
        Gazetteer()
        times.append(time.perf_counter() - began)
    return min(times)


if __name__ == "__main__":
    sys.exit(main())
