#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job on the bundled demo audit:
# demo project -> score -> action plan -> PDF report (and the GUI on it where a display exists).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Cache hits across checkouts in different folders (CI clones afresh).
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
cli=build/bin/salesaudit-cli
out=${DEMO_DIR:-$PWD/demo-output}
mkdir -p "$out"
rm -f "$out/demo.sqlite"
"$cli" demo "$out/demo.sqlite"
"$cli" score "$out/demo.sqlite"
"$cli" plan "$out/demo.sqlite" --lang ru >/dev/null
"$cli" report "$out/demo.sqlite" --pdf "$out/demo-report-ru.pdf" --lang ru
"$cli" report "$out/demo.sqlite" --pdf "$out/demo-report-en.pdf" --lang en
echo
echo "Demo audit project: $out/demo.sqlite"
echo "PDF report:         $out/demo-report-ru.pdf (Russian), $out/demo-report-en.pdf (English)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  echo "Opening the workbench on the demo audit..."
  build/bin/salesaudit "$out/demo.sqlite" &
fi
