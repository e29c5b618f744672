#!/usr/bin/env bash
# Writes the pictures of the workbench that README.md and docs/workbench.md show, into
# docs/screenshots/: the main views on the bundled corpus (Russian interface, offscreen, no
# display needed) and the first page of the report for Uzbekistan.
#   docs/screenshots.sh            build if needed, then take the pictures
set -euo pipefail
cd "$(dirname "$0")/.."
./run.sh --build-only
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A copy, so the pictures show a neutral path rather than where this checkout lives.
cp -r corpus "$work/corpus"
build/src/cli/letopis-cli ingest --db "$work/corpus.db" --quiet "$work/corpus"
# A private settings folder, so the pictures do not depend on (or change) the user's layout.
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  build/src/app/letopis --db "$work/corpus.db" --lang ru --screenshots "$out"
build/src/cli/letopis-cli report --db "$work/corpus.db" --country UZ --out "$work/report-uz.pdf"
pdftoppm -png -r 70 -f 1 -l 1 "$work/report-uz.pdf" "$work/report-uz"
cp "$work"/report-uz-1.png "$out/report-uz-page1.png"
ls -1 "$out"
