"""`kill -9` during a real 200-article `tidings ingest` loses nothing and the rerun completes it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .test_store import _check_consistent

CITIES = ["Astana", "Almaty", "Bishkek", "Tashkent", "Dushanbe", "Moscow", "Beijing", "Ashgabat"]
ACTS = [
    "Police detained {n} activists after a rally in {city} on Monday, officials said.",
    "The foreign ministers of Kazakhstan and China held talks in {city} and signed {n} agreements.",
    "A court in {city} sentenced a former official to {n} years in prison for bribery.",
    "The government said trade with Russia grew by {n}% to $1.{n} billion last year.",
]


def _articles(path: Path, n: int = 200) -> None:
    with path.open("w") as fh:
        for i in range(n):
            city = CITIES[i % len(CITIES)]
            body = " ".join(a.format(n=i + 2, city=city) for a in ACTS[i % 2 :])
            fh.write(json.dumps({"id": f"a{i}", "title": f"Report {i} from {city}",
                                 "text": body, "date": "2025-05-08"}) + "\n")


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_during_ingest_then_rerun(tmp_path: Path) -> None:
    source, db = tmp_path / "batch.jsonl", tmp_path / "t.db"
    _articles(source)
    cmd = [sys.executable, "-m", "tidings", "ingest", str(source), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _stored(db) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    stored = _check_consistent(db)
    assert 30 <= len(stored) < 200

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{200 - len(stored)} new articles" in rerun.stdout
    assert f"{len(stored)} already stored" in rerun.stdout
    assert len(_check_consistent(db)) == 200
