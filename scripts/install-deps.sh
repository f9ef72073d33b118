#!/usr/bin/env bash
# The one place that lists what Sales Audit Workbench needs from Debian 12.
# Usage: scripts/install-deps.sh [--dev]   (--dev adds tools for tests, benchmarks and fuzzing)
set -euo pipefail
BUILD_PKGS=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools linguist-qt6 libqt6svg6 libqt6pdf6 qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  libsqlite3-dev libeigen3-dev nlohmann-json3-dev catch2
  libzip-dev libexpat1-dev libxlsxwriter-dev zlib1g-dev
  fonts-dejavu-core
)
DEV_PKGS=(
  sqlite3 poppler-utils xvfb xauth python3 python3-pandas clang libclang-rt-14-dev
  appstream desktop-file-utils dpkg-dev file clang-format
)
want=("${BUILD_PKGS[@]}")
if [ "${1:-}" = "--dev" ]; then want+=("${DEV_PKGS[@]}"); fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
