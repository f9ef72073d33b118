#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the plain build with warnings as errors,
# then the same suite under AddressSanitizer + UBSan. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --dev
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Cache hits across checkouts in different folders (CI clones afresh).
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
export CTEST_OUTPUT_ON_FAILURE=1
echo "== plain build (warnings are errors) =="
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -LE slow
# The sanitizer run covers everything but the Qt Widgets program and its GUI tests (core, store,
# import, metrics, scoring, plan, demo, CLI, charts, report, goldens, hardening): the GUI suite runs in
# the plain build, and one more full Qt Widgets build would not fit CI's time (docs/RELIABILITY.md).
echo "== sanitizer build (address, undefined; all but the Qt Widgets app) =="
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
# The crash-safety kills run 50 times in the plain build; 20 suffice to exercise ASan.
SA_CRASH_ITERATIONS=20 ctest --preset asan -LE slow
# Every libFuzzer target briefly (clang, ASan + UBSan; preset fuzz): crashes, leaks, inputs over 1 s
# and allocations over 2 GB fail the run. Longer runs: scripts/fuzz.sh 300 (docs/RELIABILITY.md).
echo "== fuzzing: every target ${SA_FUZZ_SECONDS:-10} s =="
scripts/fuzz.sh "${SA_FUZZ_SECONDS:-10}"
echo "(tests labelled slow run with: ctest --preset ci -L slow)"
