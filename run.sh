#!/usr/bin/env bash
# Letopis: install what is missing, build, ingest corpus/ into the default database, open the workbench.
#   ./run.sh                      build, ingest, open the window
#   ./run.sh --screenshot F.png   same, but save a picture of the window and quit (works headless)
#   ./run.sh --build-only         install and build only (test.sh uses this)
# Any other arguments go to the workbench (e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
          qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libgl-dev libicu-dev libsqlite3-dev libstemmer-dev
          libhunspell-dev hunspell-ru nlohmann-json3-dev catch2 libxxhash-dev libmimalloc-dev iso-codes fonts-noto-core
          qt6-translations-l10n xvfb xauth poppler-utils clang libclang-rt-14-dev)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build build
}

install_missing
build
[ "${1:-}" = "--build-only" ] && exit 0

db_args=()
for a in "$@"; do [ "$a" = "--db" ] && db_args=(x); done
if [ ${#db_args[@]} -eq 0 ]; then
  # Incremental: unchanged files are skipped by size and time, so this is quick after the first run.
  build/src/cli/letopis-cli ingest corpus --quiet
fi

shot=0
for a in "$@"; do [ "$a" = "--screenshot" ] && shot=1; done
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  if [ $shot -eq 1 ]; then
    export QT_QPA_PLATFORM=offscreen
  else
    echo "No display to open the workbench on: run 'xvfb-run -a ./run.sh', or './run.sh --screenshot letopis.png' to save a picture of it."
    exit 0
  fi
fi
exec build/src/app/letopis "$@"
