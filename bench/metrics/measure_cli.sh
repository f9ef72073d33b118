#!/usr/bin/env bash
# The CLI beside the pandas peer, in turn, on an existing project (no data generation, no optimize):
# `metrics --json` with the rollups, with SA_NO_ROLLUP=1, and pandas_metrics.py on the CSVs it was
# loaded from; wall, CPU (user + sys), peak RSS and the load average of every run.
# usage: measure_cli.sh CLI PROJECT CRM_DIR PANDAS_SCRIPT   env: RUNS (default 3), PY (default /usr/bin/python3)
set -euo pipefail
CLI=$1 DB=$2 DATA=$3 SCRIPT=$4
RUNS=${RUNS:-3} PY=${PY:-/usr/bin/python3}
t() {
  local label=$1 la
  shift
  la=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "$label %e s wall, %U+%S s CPU, %M KB (load $la)" "$@" > /dev/null
}
cat "$DB" "$DATA"/*.csv > /dev/null # the page cache, alike for every contender
sleep 1.1                          # a file at rest gets its validation marker on the next open
"$CLI" metrics "$DB" --json > /dev/null
for _ in $(seq "$RUNS"); do
  t "cli, rollups  " "$CLI" metrics "$DB" --json
  SA_NO_ROLLUP=1 t "cli, tables   " "$CLI" metrics "$DB" --json
  t "pandas        " "$PY" "$SCRIPT" "$DATA"
done
