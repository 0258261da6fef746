#!/usr/bin/env bash
# How long a reload that reads every article again takes, and what it costs the heap: starts
# the production command on a copy of the content, then edits site.yml (a comment, which
# every article's reading depends on) several times in a row, waiting for each reload.
#   bench/reload.sh [--articles N] [--edits 3]
# Prints each reload's seconds and full collections, and the live heap after the last one.
# Each time includes up to 500 ms before the watcher notices the edit. The heap is set here
# (JAVA_OPTS overrides it): 128 MB for the bundled site, as docker/production.sh defaults
# to, and 512 MB for --articles, the issue's target for 10,000 articles.
source "$(dirname "$0")/common.sh"
ARTICLES=0; EDITS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --edits) EDITS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
build_jar
prepare_production
PORT=8184
CONTENT="$OUT/reload-content"; rm -rf "$CONTENT"
if [ "$ARTICLES" -gt 0 ]; then
  "$BENCH_DIR/generate.sh" "$ARTICLES" "$OUT/content-$ARTICLES"
  cp -r "$OUT/content-$ARTICLES" "$CONTENT"
  export JAVA_OPTS="${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
else
  cp -r "$ROOT/content" "$CONTENT"
  export JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
fi
GC_LOG="$OUT/reload-gc.log"; LOG="$OUT/reload-app.log"
http_status "http://127.0.0.1:$PORT/"
if [ "$STATUS" != "000" ]; then echo "something already answers on port $PORT; stop it first" >&2; exit 1; fi
JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$GC_LOG" "$ROOT/docker/production.sh" --server.port=$PORT \
  --management.server.port=0 --crampguide.content-dir="$CONTENT" > "$LOG" 2>&1 &
APP_PID=$!
# A JVM busy with back-to-back full collections can take a long time to act on SIGTERM.
stop_app() {
  kill "$APP_PID" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
}
trap stop_app EXIT
wait_for "http://127.0.0.1:$PORT/treatments/stop-a-cramp-now"
# Let the first snapshot's background work finish first: the search index is built and the
# pages are prerendered (the last task) after the first answer.
logged() { grep -c "$1" "$LOG" || true; }
for _ in $(seq 1 1200); do
  [ "$(logged 'Search index of')" -gt 0 ] && [ "$(logged 'Rendered .* pages of snapshot')" -gt 0 ] && break
  sleep 0.1
done
sleep 1
full_gcs() { grep -c 'Pause Full' "$GC_LOG" || true; }
for edit in $(seq 1 "$EDITS"); do
  before=$(logged 'Content reloaded'); gcs=$(full_gcs)
  start=$(date +%s%N)
  printf '# reload benchmark edit %s\n' "$edit" >> "$CONTENT/site.yml"
  deadline=$((start + 300000000000))
  until [ "$(logged 'Content reloaded')" -gt "$before" ]; do
    if [ "$(date +%s%N)" -gt "$deadline" ]; then echo "reload $edit did not finish in 300 s (see $LOG)" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v n="$edit" -v g="$(( $(full_gcs) - gcs ))" \
    'BEGIN {printf "reload %d: %.1f s, %d full collections\n", n, (e-s)/1e9, g}'
done
JCMD="$(dirname "$JAVA25")/jcmd"; [ -x "$JCMD" ] || JCMD=jcmd
"$JCMD" "$APP_PID" GC.run >/dev/null 2>&1 || echo "jcmd could not reach the JVM; the live heap is the last full collection's" >&2
sleep 0.5
live=$( (grep 'Pause Full' "$GC_LOG" || true) | tail -1 | sed -nE 's/.*->([0-9]+)M.*/\1/p')
rss=$(ps -o rss= -p "$APP_PID" 2>/dev/null | awk '{printf "%.0f", $1/1024}' || true)
echo "live heap after the last reload: ${live:-unknown} MB; ${rss:-unknown} MB resident"
