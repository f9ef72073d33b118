#!/usr/bin/env bash
# Formats every tracked C++ file with the repository's .clang-format (Debian 12's clang-format 14).
# Usage: scripts/format.sh [--check]   (--check lists unformatted files and fails instead of rewriting)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "format: clang-format is not installed (scripts/install-deps.sh --dev)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.hpp' 2>/dev/null || find src tests bench fuzz -name '*.cpp' -o -name '*.h')
if [ "${1:-}" = "--check" ]; then
  bad=()
  for f in "${files[@]}"; do
    [ -f "$f" ] && ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1 && bad+=("$f")
  done
  if [ ${#bad[@]} -gt 0 ]; then
    printf 'not clang-formatted (run scripts/format.sh or: cmake --build build --target format):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files clean"
else
  printf '%s\0' "${files[@]}" | xargs -0 -r clang-format -i
fi
