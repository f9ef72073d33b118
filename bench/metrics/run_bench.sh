#!/usr/bin/env bash
# Metrics benchmark: every metric on a gen_crm.py project beside the pandas peer of
# ../shared/bench/peers.sh (funnel, pipeline by manager x stage, NPS by month from the CSVs), in turn,
# in the same run.  usage: run_bench.sh BENCH_BIN CLI_BIN WORK_DIR
# Env: SCALE (deal count, default 1000000), RUNS (default 3), CRM_DATA (an existing gen_crm.py folder),
#      SHARED (default: ../shared beside the checkout), PY (python with pandas, default /usr/bin/python3).
set -euo pipefail
BENCH=$1 CLI=$2 WORK=$3
SCALE=${SCALE:-1000000} RUNS=${RUNS:-3} PY=${PY:-/usr/bin/python3}
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
mkdir -p "$WORK"
DATA=${CRM_DATA:-$WORK/crm-$SCALE}
if [ ! -f "$DATA/manifest.json" ]; then
  echo "generating $SCALE deals into $DATA"
  python3 "$SHARED/bench/gen_crm.py" --deals "$SCALE" --out "$DATA" -q
fi
DB=$WORK/bench-$SCALE.sqlite
if [ ! -f "$DB" ] || [ "$DATA/manifest.json" -nt "$DB" ]; then
  rm -f "$DB" "$DB.part"
  "$CLI" new "$DB.part" --company "Metrics bench" > /dev/null
  echo "loading $DATA into $DB (benchmark fixture, plain SQL inserts)"
  python3 "$HERE/load_gen_crm.py" "$DATA" "$DB.part"
  mv "$DB.part" "$DB"  # an interrupted load never leaves a half-filled project behind
fi
# The loader writes plain SQL: build the derived data the importer would have kept (the activities
# rollup and the deals snapshot), migrating an older project first. Timed: this is the rebuild's cost at this scale.
/usr/bin/time -f "optimize (rollup rebuild + validation): %e s wall, %U s user, %S s sys" "$CLI" optimize "$DB"
sleep 1.1  # a file at rest for over a second gets its validation marker on the next open
# The pandas peer exactly as peers.sh writes it.
awk '/cat > "\$T\/pandas_metrics.py"/{f=1;next} /^PYEOF/{if(f){exit}} f' "$SHARED/bench/peers.sh" > "$WORK/pandas_metrics.py"
cat "$DB" > /dev/null  # warm the page cache for every contender alike
"$BENCH" "$DB" "$RUNS"
# wall and CPU (user + sys) seconds of one whole process
timed() { /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" > /dev/null; awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time.txt"; }
full=() cli=() pandas=() fullc=() clic=() pandasc=() table=() tablec=()
for _ in $(seq "$RUNS"); do
  read -r w c < <(SA_NO_VALIDATION_CACHE=1 timed "$CLI" metrics "$DB" --json); full+=("$w"); fullc+=("$c")
  read -r w c < <(timed "$CLI" metrics "$DB" --json); cli+=("$w"); clic+=("$c")
  read -r w c < <(SA_NO_ROLLUP=1 timed "$CLI" metrics "$DB" --json); table+=("$w"); tablec+=("$c")
  read -r w c < <(timed "$PY" "$WORK/pandas_metrics.py" "$DATA"); pandas+=("$w"); pandasc+=("$c")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mf=$(median "${full[@]}") mc=$(median "${cli[@]}") mp=$(median "${pandas[@]}")
cf=$(median "${fullc[@]}") cc=$(median "${clic[@]}") cp=$(median "${pandasc[@]}")
mt=$(median "${table[@]}") ct=$(median "${tablec[@]}")
echo "salesaudit-cli metrics --json, full validation (SA_NO_VALIDATION_CACHE=1): median $mf s wall, $cf s CPU"
echo "salesaudit-cli metrics --json, validation marker found:                 median $mc s wall, $cc s CPU"
echo "salesaudit-cli metrics --json, marker, no rollups (SA_NO_ROLLUP=1):    median $mt s wall, $ct s CPU"
echo "pandas peer (funnel, pipeline by manager x stage, NPS by month):         median $mp s wall, $cp s CPU"
echo "ratio cli / pandas: wall $(echo "scale=3; $mc / $mp" | bc) (full validation $(echo "scale=3; $mf / $mp" | bc)), CPU $(echo "scale=3; $cc / $cp" | bc) (full validation $(echo "scale=3; $cf / $cp" | bc))"
