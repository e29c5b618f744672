#!/usr/bin/env bash
# The speed-at-scale benchmark (docs/performance.md). Prints `metric value unit` lines on stdout
# (also saved to WORK/results-N.txt); what it is doing goes to stderr.
#   bench/run.sh [--build DIR] [--docs N] [--work DIR] [--rate-docs N] [--no-gui] [--reuse-db]
# Defaults: build dir build-perf, 100000 documents, work dir /tmp/letopis-bench, ingest rates
# measured on 10000 documents. Corpora are generated once (bench/scale_corpus.py) and reused;
# --reuse-db keeps WORK/db-N.db from an earlier run instead of ingesting N documents again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$root/build-perf docs=100000 work=/tmp/letopis-bench rate_docs=10000 gui=1 reuse=0
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$(realpath "$2"); shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --rate-docs) rate_docs=$2; shift 2 ;;
    --no-gui) gui=0; shift ;;
    --reuse-db) reuse=1; shift ;;
    *) echo "usage: bench/run.sh [--build DIR] [--docs N] [--work DIR] [--rate-docs N] [--no-gui]" >&2; exit 2 ;;
  esac
done
say() { echo "bench: $*" >&2; }
rawbytes() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}'; } # text only, not folders
mkdir -p "$work"
out=$work/results-$docs.txt
: > "$out"
emit() { echo "$*" | tee -a "$out"; }

targets="letopis-cli letopis-bench-extract letopis-bench-query"
[ $gui = 1 ] && targets="$targets letopis-bench-gui"
say "building $targets in $build"
ninja -C "$build" $targets >&2
cli=$build/src/cli/letopis-cli

corpus() { # N -> folder
  local dir=$work/corpus-$1
  if [ ! -f "$dir/.complete" ]; then
    say "writing $1 documents to $dir"
    rm -rf "$dir"
    python3 "$here/scale_corpus.py" "$dir" "$1" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}
small=$(corpus "$rate_docs")
big=$(corpus "$docs")
emit "machine_cores $(nproc) cores"
emit "machine_load_average $(cut -d' ' -f1 /proc/loadavg) load"

say "extraction alone"
"$build/bench/letopis-bench-extract" "$small" | grep -E 'docs_per|mb_per|load' | tee -a "$out"

# ingest RUN-NAME THREADS CORPUS DB: wall and CPU rates, peak RSS.
ingest() {
  rm -f "$4" "$4-wal" "$4-shm"
  local t0 t1 n
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$cli" ingest --db "$4" --quiet --threads "$2" --format json "$3" > "$work/ingest.json"
  t1=$(date +%s.%N)
  n=$(python3 -c "import json;print(json.load(open('$work/ingest.json'))['new'])")
  read -r user sys rss < "$work/time.txt"
  python3 - "$1" "$n" "$t0" "$t1" "$user" "$sys" "$rss" "$(rawbytes "$3")" <<'PY' | tee -a "$out"
import sys
name, n, t0, t1, user, sys_, rss, raw = sys.argv[1:]
n, wall, cpu, raw = int(n), float(t1) - float(t0), float(user) + float(sys_), int(raw)
print(f"{name}_documents {n} docs")
print(f"{name}_seconds {wall:.1f} s")
print(f"{name}_docs_per_second {n / wall:.0f} docs/s")
print(f"{name}_mb_per_second {raw / wall / 1e6:.2f} MB/s")
print(f"{name}_cpu_seconds {cpu:.1f} s")
print(f"{name}_docs_per_cpu_second {n / cpu:.0f} docs/s")
print(f"{name}_peak_rss {int(rss) / 1024:.0f} MB")
PY
}
say "ingest $rate_docs documents, 1 and 2 threads"
ingest ingest_1thread 1 "$small" "$work/rate1.db"
ingest ingest_2threads 2 "$small" "$work/rate2.db"
python3 "$here/fts5_baseline.py" "$small" "$work/fts5.db" | tee -a "$out"
python3 - "$out" <<'PY' | tee -a "$out"
import sys
m = dict(l.split()[:2] for l in open(sys.argv[1]) if len(l.split()) == 3)
print(f"ingest_over_fts5_load {float(m['ingest_1thread_seconds']) / float(m['fts5_baseline_seconds']):.1f} ratio")
print(f"ingest_over_fts5_load_cpu {float(m['ingest_1thread_cpu_seconds']) / float(m['fts5_baseline_cpu_seconds']):.1f} ratio")
PY

db=$work/db-$docs.db
if [ $reuse = 1 ] && [ -f "$db" ]; then
  say "reusing $db"
else
  say "ingest $docs documents (2 threads)"
  ingest "ingest_${docs}" 2 "$big" "$db"
fi
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1 || true
raw=$(rawbytes "$big")
size=$(stat -c %s "$db")
emit "db_bytes_per_document $((size / docs)) bytes"
emit "db_size_over_raw_text $(python3 -c "print(f'{$size / $raw:.2f}')") ratio"

say "queries on $db"
"$build/bench/letopis-bench-query" "$db" --repeat 20 | tee -a "$out"
if [ $gui = 1 ]; then
  say "workbench on $db (offscreen)"
  QT_QPA_PLATFORM=offscreen "$build/bench/letopis-bench-gui" "$db" --repeat 10 | tee -a "$out"
fi
say "done: $out"
