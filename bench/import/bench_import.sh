#!/usr/bin/env bash
# Side-by-side import benchmark (docs/PERFORMANCE.md, "Import"):
#   the product (salesaudit-cli import, typed and normalised, deals then activities) versus the
#   sqlite3 CLI's .import of the same two raw files into an empty database, in the same run.
# usage: bench_import.sh CLI [SCALE...]   SCALE = deals count, default "100000 1000000"
# env:   SA_BENCH_DATA (default /tmp/sa-bench-import) holds generated data, never the repo;
#        SA_SHARED_DIR (default ../shared beside the checkout) holds bench/gen_crm.py;
#        RUNS (default 1): pairs per scale, .import and the product alternating;
#        BASELINE_CLI (optional): a second build (e.g. main's) run after the first in every pair, in
#        its own row, so that two builds are compared under the same load;
#        SCHEMA_CLI (optional): a third build (e.g. one with a proposed schema), likewise.
set -euo pipefail
cli=$(readlink -f "$1"); shift
scales=("${@:-100000 1000000}")
[ $# -eq 0 ] && scales=(100000 1000000)
here=$(cd "$(dirname "$0")" && pwd)
shared=${SA_SHARED_DIR:-$here/../../../shared}
data=${SA_BENCH_DATA:-/tmp/sa-bench-import}
mkdir -p "$data"
command -v sqlite3 >/dev/null || { echo "bench_import: sqlite3 CLI missing" >&2; exit 1; }

# wall seconds, peak RSS (MB) and CPU seconds (user + system) of a command, from /usr/bin/time -v
timed() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {print s}' "$log")
  rm -f "$log"
  echo "$wall $rss $cpu"
}

printf '| build | deals | activities | MB | .import s (CPU s) | product s (deals + activities) | product CPU s | ratio | product MB/s | product rows/s | product peak RSS MB | load |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
# one product run (a fresh project, deals then activities: two processes, as a user runs them)
product() {
  local label=$1 bin=$2
  rm -f "$data/p.sqlite"
  "$bin" new "$data/p.sqlite" --company Bench >/dev/null 2>&1
  sync # the previous run's file write-back must not land in this run's time (it did: the row after .import paid it)
  read -r t1 r1 c1 < <(timed "$bin" import "$data/p.sqlite" --entity deals --preset amocrm "$deals")
  read -r t2 r2 c2 < <(timed "$bin" import "$data/p.sqlite" --entity activities --preset amocrm "$acts")
  python3 - "$label" "$n" "$nacts" "$bytes" "$rows" "$t_raw" "$t1" "$t2" "$r1" "$r2" "$c_raw" "$c1" "$c2" \
      "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
label = sys.argv[1]
n, nacts, b, rows = map(int, sys.argv[2:6])
raw, t1, t2 = map(float, sys.argv[6:9])
rss = max(int(sys.argv[9]), int(sys.argv[10]))
c_raw, c1, c2 = map(float, sys.argv[11:14])
t = t1 + t2
print(f"| {label} | {n} | {nacts} | {b/1e6:.0f} | {raw:.1f} ({c_raw:.1f}) | {t:.1f} ({t1:.1f} + {t2:.1f}) | {c1 + c2:.1f} | {t/raw:.2f} | {b/1e6/t:.0f} | {rows/t:,.0f} | {rss} | {sys.argv[14]} |")
PY
  rm -f "$data/p.sqlite"
}
for n in "${scales[@]}"; do for run in $(seq "${RUNS:-1}"); do
  dir="$data/crm$n"
  if [ ! -f "$dir/manifest.json" ]; then
    python3 "$shared/bench/gen_crm.py" --deals "$n" --out "$dir" -q
  fi
  deals="$dir/deals.csv"; acts="$dir/activities.csv"
  bytes=$(( $(stat -c %s "$deals") + $(stat -c %s "$acts") ))
  rows=$(python3 -c "import json,sys; m=json.load(open('$dir/manifest.json'))['records']; print(m['deals.csv']+m['activities.csv'])")
  nacts=$(python3 -c "import json; print(json.load(open('$dir/manifest.json'))['records']['activities.csv'])")
  # sqlite3 .import: raw text into an empty database, both files, one process.
  rm -f "$data/raw.db"
  sync
  read -r t_raw _ c_raw < <(timed sqlite3 "$data/raw.db" -cmd ".mode csv" -cmd ".separator ;" \
      ".import '$deals' deals" ".import '$acts' activities")
  rm -f "$data/raw.db"
  product "this build" "$cli"
  if [ -n "${BASELINE_CLI:-}" ]; then product "baseline" "$(readlink -f "$BASELINE_CLI")"; fi
  if [ -n "${SCHEMA_CLI:-}" ]; then product "proposed schema" "$(readlink -f "$SCHEMA_CLI")"; fi
done; done
