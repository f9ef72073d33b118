#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job on the bundled demo audit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
out=${DEMO_DIR:-$PWD/demo-output}
mkdir -p "$out"
rm -f "$out/demo.sqlite"
build/bin/salesaudit-cli demo "$out/demo.sqlite"
build/bin/salesaudit-cli info "$out/demo.sqlite"
echo
echo "Demo audit project: $out/demo.sqlite"
