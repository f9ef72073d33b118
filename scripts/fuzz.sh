#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs each for N seconds.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 300 fuzz_csv
# Default: 60 s for every target. A finding = a crash, a leak, an input taking over 1 s, or an
# allocation over 2 GB; the input lands in build-fuzz/crashes/<name>/ and the script fails.
# New inputs grow build-fuzz/corpus/<name>/ (not committed); the seeds are fuzz/corpus/<name>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
all=(fuzz_csv fuzz_encoding fuzz_normalise fuzz_xlsx fuzz_mapping fuzz_criteria fuzz_project)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target "${targets[@]}" -j2

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
status=0
for t in "${targets[@]}"; do
  name="${t#fuzz_}"
  mkdir -p "build-fuzz/corpus/$name" "build-fuzz/crashes/$name"
  # The largest seeds (criteria files, project files) are ~60 KB; the mutator may grow them a bit.
  max_len=65536
  case "$name" in criteria | project) max_len=131072 ;; esac
  echo "== $t for ${seconds}s"
  if ! "build-fuzz/bin/$t" -max_total_time="$seconds" -max_len="$max_len" -timeout=1 \
       -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="build-fuzz/crashes/$name/" "build-fuzz/corpus/$name" "fuzz/corpus/$name" \
       2>"build-fuzz/$name.log"; then
    tail -n 40 "build-fuzz/$name.log"
    echo "!! $t found a problem: see build-fuzz/crashes/$name/ and build-fuzz/$name.log"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "build-fuzz/$name.log" | tail -n 2 || true
  fi
done
exit $status
