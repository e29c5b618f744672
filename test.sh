#!/usr/bin/env bash
# Letopis: install what is missing, build, and run every test through ctest. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --build-only
ctest --test-dir build --output-on-failure -j 2 "$@"
