#!/usr/bin/env bash
# Cold start of the production command: builds the jar if needed, prepares the AOT cache
# (docker/prepare-aot.sh), then starts docker/production.sh three times and measures the time
# from launch to the first 200 of an article. The last line is the median, first_answer_s=1.8.
#   bench/cold-start.sh [--articles N] [--runs 3]
source "$(dirname "$0")/common.sh"
ARTICLES=0; RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
need curl
build_jar
"$ROOT/docker/prepare-aot.sh" "$JAR"
ARGS=(--server.port=8182 --management.server.port=0)
if [ "$ARTICLES" -gt 0 ]; then
  CONTENT="$OUT/content-$ARTICLES"
  "$BENCH_DIR/generate.sh" "$ARTICLES" "$CONTENT"
  ARGS+=(--crampguide.content-dir="$CONTENT")
  # The production command's 128 MB heap is for the bundled site; 10,000 articles run in 512 MB.
  export JAVA_OPTS="${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
fi
# User plus system clock ticks in a /proc stat file ($1), or nothing if it is gone. The
# fields are counted after the command name, which may contain spaces: utime is the 12th.
stat_ticks() {
  local stat fields
  { read -r stat < "$1"; } 2>/dev/null || return 0
  read -r -a fields <<< "${stat##*) }"
  echo $((fields[11] + fields[12]))
}
# Seconds of $1 ticks.
seconds() { awk -v t="$1" -v k="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t/k}'; }
# CPU ticks the JIT's compiler threads of process $1 have used so far. Threads the JVM has
# stopped are gone from task/ with their CPU (it starts and stops extra compiler threads on
# hosts with more cores; on two it keeps one of each), so this can read low there.
jit_ticks() {
  local task comm ticks=0 used
  for task in /proc/"$1"/task/*; do
    # A thread may have ended since the glob: skip it.
    { read -r comm < "$task/comm"; } 2>/dev/null || continue
    case "$comm" in
      C1\ Compiler*|C2\ Compiler*) used=$(stat_ticks "$task/stat"); ticks=$((ticks + ${used:-0})) ;;
    esac
  done
  echo "$ticks"
}
"$BENCH_DIR/host-speed.sh"
TIMES=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$ROOT/docker/production.sh" "${ARGS[@]}" > "$OUT/cold-start-$run.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  wait_for "http://127.0.0.1:8182/treatments/stop-a-cramp-now"
  end=$(date +%s%N)
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
  # CPU the process used up to the first answer: the work is the same every run, so when a
  # start is slow and this is high, the host was slow, not the start longer.
  cpu=$(seconds "$(stat_ticks "/proc/$pid/stat")")
  jit=$(seconds "$(jit_ticks "$pid")")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", (e-s)/1e9}')
  echo "run $run: first answer after ${t} s, ${cpu} s of CPU (${jit} s of it in the JIT's compiler threads), ${rss} MB resident"
  TIMES+=("$t")
done
"$BENCH_DIR/host-speed.sh"
printf 'first_answer_s=%s\n' "$(printf '%s\n' "${TIMES[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
