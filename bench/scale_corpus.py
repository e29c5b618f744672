#!/usr/bin/env python3
"""Writes N press-release-like documents built from real Russian text, for load tests only.

Sources: the bundled corpus/ (press releases about exhibitions and forums) and the news texts
under ../shared/data (NEREL, FactRuEval). Each document gets a date line (dd.mm.yyyy, 2001-2025),
a title and subtitle taken from real sentences, the "***" separator, and a body of paragraphs
drawn from the pool; years printed in the body are moved to the document's year, so the
events found spread over the whole period rather than piling onto the few bundled ones.
Layout: OUT/YYYY/MM/<source>/<seq>.txt, e.g. OUT/2014/06/rg/0001234.txt.

  bench/scale_corpus.py OUT N [--seed S] [--data DIR ...]
  bench/scale_corpus.py --stream N > all.txt   (one document per record, \\x1e between them)

The same seed and N always give the same files.
"""
import argparse
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ["rg", "interfax", "tass", "kommersant", "vedomosti", "expert", "ria", "prime"]
YEAR = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")


def text_files(folder):
    for base, _, names in os.walk(folder):
        for n in sorted(names):
            if n.endswith(".txt"):
                yield os.path.join(base, n)


def load_pool(dirs):
    """Paragraphs of real text; press-release paragraphs are kept apart (they carry events)."""
    releases, news = [], []
    for d in dirs:
        target = releases if os.path.abspath(d) == os.path.join(ROOT, "corpus") else news
        for path in text_files(d):
            with open(path, encoding="utf-8", errors="replace") as f:
                raw = f.read()
            lines = [l.strip() for l in raw.splitlines()]
            if "***" in lines:  # bundled releases: body after the separator
                lines = lines[lines.index("***") + 1:]
            for l in lines:
                if len(l) >= 80:
                    target.append(l)
    if not releases and not news:
        sys.exit("scale_corpus: no text found in " + ", ".join(dirs))
    return releases or news, news or releases


def sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if 20 <= len(s) <= 160]


def document(rng, releases, news, year):
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    body = []
    for _ in range(rng.randint(3, 7)):
        pool = releases if rng.random() < 0.5 else news
        body.append(YEAR.sub(str(year), rng.choice(pool)))
    heads = sentences(rng.choice(news)) or [rng.choice(news)[:120]]
    title = rng.choice(heads).rstrip(".")
    lead = rng.choice(releases)
    subs = sentences(lead) or [lead[:150]]
    subtitle = YEAR.sub(str(year), rng.choice(subs))
    head = f"{day:02d}.{month:02d}.{year}\n{title}\n{subtitle}\n***\n"
    return month, head + "\n".join(body) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="folder to write into")
    ap.add_argument("count", type=int, nargs="?", default=10000)
    ap.add_argument("--stream", type=int, metavar="N", help="write N documents to stdout instead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", nargs="*", default=[os.path.join(ROOT, "corpus"),
                                                 os.path.join(ROOT, "..", "shared", "data")])
    args = ap.parse_args()
    releases, news = load_pool(args.data)
    rng = random.Random(args.seed)
    count = args.stream if args.stream is not None else args.count
    if args.stream is None and not args.out:
        ap.error("name the output folder, or use --stream N")
    total = 0
    for i in range(count):
        year = 2001 + (i * 7919) % 25
        month, doc = document(rng, releases, news, year)
        if args.stream is not None:
            sys.stdout.write(doc + "\x1e")
            continue
        folder = os.path.join(args.out, str(year), f"{month:02d}", SOURCES[i % len(SOURCES)])
        os.makedirs(folder, exist_ok=True)
        data = doc.encode("utf-8")
        with open(os.path.join(folder, f"{i:07d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    if args.stream is None:
        print(f"scale_corpus: {count} documents, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
