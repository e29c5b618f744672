#!/usr/bin/env python3
"""The floor ingest is measured against: the same *.txt files read and loaded into a bare SQLite
FTS5 table (unicode61 tokenizer, no stemming, no parsing, no extraction), in one transaction.
Prints `metric value unit` lines.   bench/fts5_baseline.py FOLDER [DB]"""
import os
import sqlite3
import sys
import time


def main():
    folder = sys.argv[1]
    db = sys.argv[2] if len(sys.argv) > 2 else ":memory:"
    if db != ":memory:" and os.path.exists(db):
        os.remove(db)
    t0, c0 = time.monotonic(), time.process_time()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(path, body)")
    n = size = 0
    con.execute("BEGIN")
    for base, _, names in os.walk(folder):
        for name in names:
            if not name.endswith(".txt"):
                continue
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                data = f.read()
            size += len(data)
            con.execute("INSERT INTO docs(path, body) VALUES (?, ?)", (path, data.decode("utf-8", "replace")))
            n += 1
    con.commit()
    con.close()
    seconds, cpu = time.monotonic() - t0, time.process_time() - c0
    print(f"fts5_baseline_docs_per_second {n / seconds:.0f} docs/s")
    print(f"fts5_baseline_mb_per_second {size / seconds / 1e6:.2f} MB/s")
    print(f"fts5_baseline_seconds {seconds:.2f} s")
    print(f"fts5_baseline_cpu_seconds {cpu:.2f} s")


if __name__ == "__main__":
    main()
